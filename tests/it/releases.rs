//! Release notes beside the matrices (`rules/<target>/releases.toml`): each target's table
//! `tests/releases/<target>.csv` names, per row, a day (`As of`), a rule and what the matrix in
//! force and the releases in force on that day make of the machine (`Expect`: pass, fail,
//! `release:<ID>` for a failure a release supports, `withdrawn:<ID>` for a pass a release
//! withdrew, unknown inside a month-only release's month). The rows are written from the
//! release notes' text, one just inside and one just outside each change, at days on both
//! sides of its release.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use rehost::inventory;
use rehost::rules::eval::{Judging, assess};
use rehost::rules::releases::ReleaseNotes;
use rehost::rules::{Date, Keep, Outcome, RuleSet, Severity};

fn tag<'a>(m: &'a rehost::model::Machine, key: &str) -> Option<&'a str> {
    m.tags
        .iter()
        .find(|(h, _)| h.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.as_str())
}

/// What the matrix and the releases in force on `day` make of rule `rule` for `machine`.
fn outcome_on(
    set: &RuleSet,
    target: &str,
    day: Date,
    rule: &str,
    machine: &rehost::model::Machine,
) -> Result<String, String> {
    let sel = set
        .select(&[target.to_string()], Some(day))
        .map_err(|e| e.to_string())?;
    let m = sel.matrices[0];
    let ctx = rehost::dr::context(machine, &rehost::dr::DrOptions::default());
    let how = Judging {
        releases: &sel.releases,
        ..Judging::default()
    };
    let a = assess(m, 0, machine, how, &ctx, Keep::All, &mut BTreeMap::new());
    let i = m
        .rules
        .iter()
        .position(|r| r.id == rule)
        .ok_or_else(|| format!("{rule} is not a rule of {target} {}", m.edition()))?;
    let f = &a.findings[i];
    let of = rehost::words::finding::Of::in_selection(&sel, 0);
    let word = match (
        rehost::words::finding::release(of, f, rehost::words::Lang::En),
        f.outcome,
    ) {
        (Some((cite, _)), _) => match cite.effect {
            rehost::rules::releases::EffectCode::SupportedByRelease => {
                assert_eq!(f.severity, Severity::Condition);
                format!("release:{}", cite.release)
            }
            rehost::rules::releases::EffectCode::WithdrawnByRelease => {
                format!("withdrawn:{}", cite.release)
            }
            rehost::rules::releases::EffectCode::ReleaseMayApply => "unknown".into(),
        },
        (None, Outcome::Pass) => "pass".into(),
        (None, Outcome::Fail) => "fail".into(),
        (None, Outcome::Unknown) => "unknown".into(),
        (None, Outcome::NotEvaluated) => "not-evaluated".into(),
    };
    Ok(format!(
        "{word} ({} {}: {})",
        target,
        m.edition(),
        rehost::words::finding::message(of, f, machine, rehost::words::Lang::En)
    ))
}

#[test]
fn every_release_table_holds() {
    let set = RuleSet::builtin().unwrap();
    let mut failures = Vec::new();
    let mut rows = 0;
    assert!(
        set.releases.contains_key("asr-vmware") && set.releases.contains_key("asr-hyperv"),
        "Site Recovery's release notes ship for both of its targets"
    );
    for (target, notes) in &set.releases {
        let path = Path::new("tests/releases").join(format!("{target}.csv"));
        if !path.exists() {
            failures.push(format!("{}: no table", path.display()));
            continue;
        }
        let inv = inventory::import(&[&path]).unwrap_or_else(|e| panic!("{e}"));
        let skipped: usize = inv.sheets.iter().map(|s| s.skipped).sum();
        assert_eq!(skipped, 0, "{}: rows skipped", path.display());
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for machine in &inv.machines {
            let (Some(day), Some(rule), Some(expect)) = (
                tag(machine, "As of"),
                tag(machine, "Rule"),
                tag(machine, "Expect"),
            ) else {
                failures.push(format!(
                    "{} / {}: needs As of, Rule and Expect",
                    path.display(),
                    machine.name
                ));
                continue;
            };
            rows += 1;
            let day = Date::parse(day).unwrap_or_else(|e| panic!("{}: {e}", machine.name));
            match outcome_on(&set, target, day, rule, machine) {
                Ok(got) if got.starts_with(&format!("{expect} ")) => {
                    seen.insert(expect.to_string());
                }
                Ok(got) => failures.push(format!(
                    "{} / {} at {day}: {rule} expected {expect}, got {got}",
                    path.display(),
                    machine.name
                )),
                Err(e) => failures.push(format!("{} / {}: {e}", path.display(), machine.name)),
            }
        }
        // Releases decide rows: a release whose change every later edition already carries
        // (Debian 10 in January 2021) decides none, so not every one must; but most do.
        let with_changes = notes
            .releases
            .iter()
            .filter(|r| !r.changes.is_empty())
            .count();
        let deciding = notes
            .releases
            .iter()
            .filter(|r| seen.contains(&format!("release:{}", r.id)))
            .count();
        if deciding * 3 < with_changes * 2 {
            failures.push(format!(
                "{}: only {deciding} of {with_changes} releases decide a row",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(rows > 0);
}

/// A table for a target without release notes is a leftover.
#[test]
fn every_release_table_is_of_shipped_notes() {
    let set = RuleSet::builtin().unwrap();
    for f in std::fs::read_dir("tests/releases").unwrap() {
        let f = f.unwrap().path();
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        assert!(
            set.releases.contains_key(&stem),
            "{}: no release notes for {stem}",
            f.display()
        );
    }
}

/// Every release cites its page and has a Korean name; every source names the copies read.
#[test]
fn release_notes_cite_their_pages() {
    let set = RuleSet::builtin().unwrap();
    for n in set.releases.values() {
        assert!(
            n.source.page.starts_with("https://learn.microsoft.com/"),
            "{}",
            n.origin
        );
        assert!(n.source.ko.is_some(), "{}: ko.title", n.origin);
        for p in &n.source.provenance {
            // A stored copy whose commit the index does not give says so.
            assert!(
                (p.contains('@') || p.contains("commit not given")) && p.contains("ms.date"),
                "{}: {p}",
                n.origin
            );
        }
        for r in &n.releases {
            assert!(
                r.reference.starts_with("https://learn.microsoft.com/"),
                "{}",
                r.id
            );
        }
    }
}

const GOOD: &str = r#"
[source]
target = "asr-vmware"
title = "What's new"
ko.title = "새로운 기능"
page = "https://learn.microsoft.com/azure/site-recovery/site-recovery-whats-new"
provenance = ["owner/repo@0123 articles/x.md, ms.date 01/01/2025"]

[[release]]
id = "UR1"
name = "Update Rollup 1"
ko.name = "업데이트 롤업 1"
date = "2025-04"
reference = "https://learn.microsoft.com/azure/site-recovery/site-recovery-whats-new#ur1"
  [[release.change]]
  rule = "ASRVMW-OS"
  text = "OEL 8.10"
  adds = ["oracle-linux 8.10"]
"#;

#[test]
fn bad_release_notes_name_file_and_reason() {
    let set = RuleSet::builtin().unwrap();
    let check = |text: &str| -> Result<(), String> {
        let n = ReleaseNotes::parse(text, "releases.toml").map_err(|e| e.to_string())?;
        n.check_against(&set.editions("asr-vmware"))
            .map_err(|e| e.to_string())
    };
    check(GOOD).expect("the good file loads");
    let cases = [
        (
            GOOD.replace("2025-04", "2025-13"),
            "expected YYYY-MM-DD or YYYY-MM",
        ),
        (
            GOOD.replace("ASRVMW-OS", "ASRVMW-NOPE"),
            "no edition of asr-vmware has this rule",
        ),
        (
            GOOD.replace("rule = \"ASRVMW-OS\"", "rule = \"ASRVMW-BITLOCKER\""),
            "adds needs a rule with a list",
        ),
        (
            GOOD.replace(
                "adds = [\"oracle-linux 8.10\"]",
                "adds = [\"oracle-linux 8.10\"]\n  withdraws = [\"centos 6\"]",
            ),
            "exactly one of adds, withdraws or check",
        ),
        (
            GOOD.replace(
                "adds = [\"oracle-linux 8.10\"]",
                "check = { kind = \"disk-max\", role = \"data\", max = \"64 TB\" }",
            ),
            "check must be of the rule's kind",
        ),
        (
            GOOD.replace("ko.name = \"업데이트 롤업 1\"\n", ""),
            "no ko.name",
        ),
        (
            GOOD.replace("oracle-linux 8.10\"]", "plan9 8.10\"]"),
            "plan9",
        ),
        (
            GOOD.replace(
                "provenance = [\"owner/repo@0123 articles/x.md, ms.date 01/01/2025\"]",
                "provenance = []",
            ),
            "provenance",
        ),
        (format!("{GOOD}colour = 1\n"), "colour"),
    ];
    for (text, want) in cases {
        let e = check(&text).expect_err(want);
        assert!(e.contains("releases.toml"), "{e}");
        assert!(e.contains(want), "want {want:?} in {e}");
    }
}

fn rehost(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rehost"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1796083200") // 2026-12-01
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// The issue's case: an RVTools 4.x export whose Oracle Linux guest runs 8.10 (read from
/// VMware Tools' Guest Detailed Data). Today the matrix still stops at 8.9 and Update Rollup
/// 78 supports 8.10: ready with a condition that names both; before the rollup, not ready.
#[test]
fn oracle_linux_8_10_is_ready_with_a_condition_citing_update_rollup_78() {
    let fixture = "tests/fixtures/rvtools-4x-guest-os.xlsx";
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("r.json");
    let json_s = json.to_str().unwrap();
    let verdict = |as_of: Option<&str>| -> serde_json::Value {
        let mut args = vec!["assess", fixture, "-t", "asr-vmware", "-o", json_s];
        if let Some(d) = as_of {
            args.extend(["--as-of", d]);
        }
        let (_, out) = rehost(&args);
        let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap())
            .unwrap_or_else(|e| panic!("{e}: {out}"));
        doc["machines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == "ora01")
            .unwrap()["assessments"][0]
            .clone()
    };
    let today = verdict(None);
    assert_eq!(today["readiness"], "ready-with-conditions", "{today:#}");
    let f = today["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "ASRVMW-OS")
        .unwrap();
    assert_eq!(f["severity"], "condition");
    assert_eq!(f["release"]["effect"], "supported-by-release");
    assert_eq!(f["release"]["name"], "Update Rollup 78");
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("Update Rollup 78") && msg.contains("not yet listed in the support matrix of"),
        "{msg}"
    );
    let before = verdict(Some("2025-01-15"));
    assert_eq!(before["readiness"], "not-ready", "{before:#}");
    assert!(before["findings"][0].get("release").is_none());
    // explain cites both pages; the Korean words name the rollup in Korean.
    let (_, ex) = rehost(&["explain", fixture, "-m", "ora01", "-t", "asr-vmware"]);
    assert!(ex.contains("site-recovery-whats-new"), "{ex}");
    assert!(ex.contains("vmware-physical-azure-support-matrix"), "{ex}");
    let (_, ko) = rehost(&[
        "assess",
        fixture,
        "-t",
        "asr-vmware",
        "--details",
        "--lang",
        "ko",
    ]);
    assert!(ko.contains("업데이트 롤업 78"), "{ko}");
}

/// `rules diff` lists the releases announced between two days beside the matrix changes, and
/// `rules show` lists the releases that amend a rule.
#[test]
fn rules_diff_and_show_cite_the_release_notes() {
    let (code, out) = rehost(&["rules", "diff", "asr-vmware", "2025-01-15", "2025-06-30"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("release notes (https://learn.microsoft.com/azure/site-recovery/site-recovery-whats-new)"), "{out}");
    assert!(out.contains("Update Rollup 78"), "{out}");
    assert!(out.contains("oracle-linux 8.10"), "{out}");
    // Not a release outside the span.
    let (_, early) = rehost(&["rules", "diff", "asr-vmware", "2024-01-01", "2024-12-31"]);
    assert!(!early.contains("Update Rollup 78"), "{early}");
    let (_, show) = rehost(&["rules", "show", "ASRVMW-OS"]);
    assert!(show.contains("ASRVMW-OS in the release notes"), "{show}");
    assert!(show.contains("Update Rollup 78"), "{show}");
}
