#!/usr/bin/env bash
# Benchmarks rehost on generated inventories: wall time and peak memory of
#   - rehost assess against all four targets writing the xlsx report,
#   - the same with --format json,
#   - examples/read_only (calamine streaming every cell of the sheets rehost reads, one thread:
#     the floor for a calamine reader),
# for 10k and 100k-machine RVTools workbooks and a 1,000,000-machine CSV (assess json only).
# --peer also runs bench/peer/assess.py (pandas with openpyxl and with calamine) on the workbooks.
# Usage: bench/run.sh [--peer] [--quick] [--no-1m] [--runs N]
#   --quick: 10k only; --no-1m: skip the CSV; --runs N: run each measurement N times and report
#   the median with the range (a shared virtual machine varies by 10 % and more between runs).
set -euo pipefail
cd "$(dirname "$0")/.."
PEER=0; QUICK=0
NO1M=0; RUNS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --peer) PEER=1;; --quick) QUICK=1;; --no-1m) NO1M=1;;
    --runs) RUNS=${2:?--runs needs a number}; shift;;
    --runs=*) RUNS=${1#--runs=};;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
  shift
done
case "$RUNS" in ''|*[!0-9]*|0) echo "--runs wants a positive number" >&2; exit 2;; esac
OUT=${BENCH_DIR:-target/bench}
mkdir -p "$OUT"
cargo build --release --quiet --bin rehost --example generate --example read_only
if [ "$PEER" = 1 ]; then
  python3 -m pip install --quiet -r bench/peer/requirements.txt
fi
BIN=target/release/rehost
measure() { # label, command...   (median of $RUNS runs: time, and the memory of that run)
  local label=$1; shift
  : > "$OUT/runs.txt"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > /dev/null 2> "$OUT/stderr.txt" || { echo "$label failed:"; cat "$OUT/stderr.txt"; return 1; }
    cat "$OUT/time.txt" >> "$OUT/runs.txt"
  done
  read -r secs kb lo hi < <(sort -n "$OUT/runs.txt" | awk '{s[NR]=$1; k[NR]=$2} END {m=int((NR+1)/2); print s[m], k[m], s[1], s[NR]}')
  if [ "$RUNS" -gt 1 ]; then range=$(printf "(%.2f-%.2f s)" "$lo" "$hi"); else range=""; fi
  printf "%-44s %9.2f s %9.0f MB %s\n" "$label" "$secs" "$((kb / 1024))" "$range"
  echo "$label $secs $kb" >> "$OUT/results.txt"
}
: > "$OUT/results.txt"
sizes="10000 100000"; [ "$QUICK" = 1 ] && sizes="10000"
for n in $sizes; do
  f="$OUT/rvtools-$n.xlsx"
  [ -f "$f" ] || target/release/examples/generate --machines "$n" --format rvtools --seed 1 -o "$f" 2>/dev/null
  measure "read_only rvtools $n" target/release/examples/read_only "$f"
  measure "assess xlsx rvtools $n" $BIN assess "$f" -o "$OUT/report-$n.xlsx"
  measure "assess json rvtools $n" $BIN assess "$f" --format json -o "$OUT/report-$n.json"
  if [ "$PEER" = 1 ]; then
    measure "peer pandas+openpyxl rvtools $n" python3 bench/peer/assess.py "$f" --engine openpyxl -o "$OUT/peer-openpyxl-$n.xlsx"
    measure "peer pandas+calamine rvtools $n" python3 bench/peer/assess.py "$f" --engine calamine -o "$OUT/peer-calamine-$n.xlsx"
  fi
done
if [ "$QUICK" = 0 ] && [ "$NO1M" = 0 ]; then
  f="$OUT/generic-1000000.csv"
  [ -f "$f" ] || target/release/examples/generate --machines 1000000 --format generic-csv --seed 1 -o "$f" 2>/dev/null
  measure "assess json generic-csv 1000000" $BIN assess "$f" --format json -o "$OUT/report-1m.json"
fi
echo
# Ratios against calamine's read-only floor, and against the peer when it ran.
secs() { awk -v k="$1" '{l=$1; for (i=2;i<=NF-2;i++) l=l" "$i; if (l==k) print $(NF-1)}' "$OUT/results.txt"; }
for n in $sizes; do
  ro=$(secs "read_only rvtools $n"); ax=$(secs "assess xlsx rvtools $n")
  [ -n "$ro" ] && [ -n "$ax" ] && awk -v a="$ax" -v b="$ro" -v n="$n" 'BEGIN {printf "assess xlsx / read_only, %s machines: %.2f\n", n, a/b}'
  for eng in openpyxl calamine; do
    pe=$(secs "peer pandas+$eng rvtools $n")
    [ -n "$pe" ] && awk -v a="$pe" -v b="$ax" -v n="$n" -v e="$eng" 'BEGIN {printf "rehost speed-up over pandas+%s, %s machines: %.1f x\n", e, n, a/b}'
  done
done
