#!/usr/bin/env bash
# Writes every output rehost makes for every bundled inventory and fixture into OUT, so two
# builds can be compared byte for byte (a refactor must not change a report):
#   bench/outputs.sh BIN OUT [EXTRA-INVENTORY...]
#   diff -r OUT-before OUT-after
# Per input: assess as table, json, csv, md and xlsx (SOURCE_DATE_EPOCH set, so the workbook is
# reproducible), assess --compare-as-of, inspect (text and json), explain of the first three
# machines, and the DR example with a policy and a bandwidth. Exit statuses are kept too.
# Everything runs twice, in English (OUT/en) and in Korean (OUT/ko, by REHOST_LANG).
set -uo pipefail
BIN=${1:?usage: bench/outputs.sh BIN OUT [EXTRA...]}
OUT=${2:?usage: bench/outputs.sh BIN OUT [EXTRA...]}
shift 2
cd "$(dirname "$0")/.."
ROOT=$OUT
export SOURCE_DATE_EPOCH=1700000000 NO_COLOR=1 COLUMNS=80
inputs=(inventories/*.csv inventories/exam/*.csv inventories/samples/*.xlsx
  tests/fixtures/*.csv tests/fixtures/*.xlsx tests/fixtures/*.xls tests/fixtures/*.ods
  tests/fixtures/rvtools-csv "$@")
run() { # name, args...
  local name=$1; shift
  "$BIN" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
  echo "$?" > "$OUT/$name.rc"
  # The report's own path (`report written to OUT/...`) is the one difference two runs have.
  sed -i "s#$OUT#OUT#g" "$OUT/$name.out" "$OUT/$name.err"
}
for lang in en ko; do
export REHOST_LANG=$lang
OUT=$ROOT/$lang
mkdir -p "$OUT"
for f in "${inputs[@]}"; do
  [ -e "$f" ] || continue
  k=$(echo "$f" | tr '/.' '__')
  for fmt in table json csv md; do run "$k.assess.$fmt" assess "$f" --format "$fmt"; done
  run "$k.assess.xlsx" assess "$f" --format xlsx -o "$OUT/$k.xlsx"
  run "$k.compare" assess "$f" --compare-as-of 2020-01-27
  run "$k.inspect" inspect "$f"
  run "$k.inspect.json" inspect "$f" --format json
  names=$("$BIN" assess "$f" --format json 2>/dev/null | python3 -c \
    'import json,sys
try: print("\n".join(m["name"] for m in json.load(sys.stdin)["machines"][:3]))
except Exception: pass')
  i=0
  while IFS= read -r n; do
    [ -n "$n" ] || continue
    run "$k.explain.$i" explain "$f" --machine "$n"
    i=$((i + 1))
  done <<< "$names"
done
run dr-example.policy assess inventories/dr-example.csv --dr-policy inventories/dr-policy.toml \
  --bandwidth 1Gbps --target asr-vmware,asr-hyperv
run dr-example.policy.json assess inventories/dr-example.csv --dr-policy inventories/dr-policy.toml \
  --bandwidth 1Gbps --format json
run rules.list rules list
run rules.diff rules diff asr-hyperv 2020-01-27
run rules.show rules show ASRVMW-OS
run rules.show.hv rules show ASRHV-PLATFORM
run rules.kinds rules kinds
run diff.text diff inventories/dr-example.csv inventories/dr-example.csv --old-as-of 2020-01-27
run diff.md diff inventories/dr-example.csv inventories/dr-example.csv --old-as-of 2020-01-27 -f md
done
# A workbook's zip holds no timestamps with SOURCE_DATE_EPOCH; compare it as bytes.
echo "wrote $(find "$ROOT" -type f | wc -l) files to $ROOT"
