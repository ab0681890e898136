//! `rehost diff`: two reports of the same inventory at two dates list exactly the machines
//! whose verdict changed, with the rule that changed; the same from two inventories; Markdown
//! and JSON forms; a file that is no report is a clear error.

use std::collections::BTreeSet;

use crate::common::{rehost, stderr};

fn report(dir: &std::path::Path, name: &str, args: &[&str]) -> String {
    let path = dir.join(name);
    let mut all = vec!["assess"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-f", "json", "-o", path.to_str().unwrap()]);
    let out = rehost(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    path.to_str().unwrap().to_string()
}

/// The machines whose azure-migrate verdict differs between two dates, from the reports
/// themselves.
fn differing(old: &str, new: &str) -> BTreeSet<String> {
    let read = |p: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
    };
    let (o, n) = (read(old), read(new));
    let verdicts = |v: &serde_json::Value| -> Vec<(String, String)> {
        v["machines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["name"].as_str().unwrap().to_string(),
                    m["assessments"][0]["readiness"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                )
            })
            .collect()
    };
    verdicts(&o)
        .into_iter()
        .zip(verdicts(&n))
        .filter(|(a, b)| a.1 != b.1)
        .map(|(a, _)| a.0)
        .collect()
}

#[test]
fn two_dates_list_exactly_the_changed_machines_and_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let inv = "inventories/samples/AzureMigrate_Discovery_Report.xlsx";
    let old = report(
        dir.path(),
        "old.json",
        &[inv, "-t", "azure-migrate", "--as-of", "2022-01-01"],
    );
    let new = report(
        dir.path(),
        "new.json",
        &[inv, "-t", "azure-migrate", "--as-of", "2023-08-31"],
    );
    let want = differing(&old, &new);
    // The UEFI row of 2023 (see service_verdicts.rs): 39 machines.
    assert_eq!(want.len(), 39);
    let out = rehost(&["diff", &old, &new, "-f", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let changed = v["diff"]["changed"].as_array().unwrap();
    let got: BTreeSet<String> = changed
        .iter()
        .map(|c| c["machine"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(got, want);
    for c in changed {
        assert_eq!(c["before"], "ready-with-conditions");
        assert_eq!(c["after"], "ready");
        assert_eq!(c["direction"], "better");
        assert_eq!(
            (c["edition_before"].as_str(), c["edition_after"].as_str()),
            (Some("2021-07-28"), Some("2023-01-17"))
        );
        let rules: Vec<&str> = c["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["rule"].as_str().unwrap())
            .collect();
        assert_eq!(rules, ["AM18-BOOT-TYPE"], "{c}");
    }
    assert_eq!(v["diff"]["verdicts_compared"], 294);
    assert_eq!(v["diff"]["better"], 39);
    assert_eq!(v["diff"]["worse"], 0);
    // The same, from the inventory itself assessed at both dates.
    let out = rehost(&[
        "diff",
        inv,
        inv,
        "-t",
        "azure-migrate",
        "--old-as-of",
        "2022-01-01",
        "--as-of",
        "2023-08-31",
        "-f",
        "json",
    ]);
    let v2: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v2["diff"], v["diff"]);
    // No change between a report and itself.
    let out = rehost(&["diff", &new, &new]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("no verdict changed"), "{text}");
}

#[test]
fn a_remediation_round_reads_as_fixes_and_regressions() {
    let dir = tempfile::tempdir().unwrap();
    let before = dir.path().join("before.csv");
    let after = dir.path().join("after.csv");
    let head =
        "Name,Operating system,Cores,Memory (GB),OS disk (GB),Data disk (GB),BitLocker,Gen\n";
    std::fs::write(
        &before,
        format!("{head}vm1,Windows Server 2019,2,8,127,100,Yes,1\nvm2,Windows Server 2019,2,8,127,100,No,1\nold1,Windows Server 2016,2,8,127,100,No,1\n"),
    )
    .unwrap();
    std::fs::write(
        &after,
        format!("{head}vm1,Windows Server 2019,2,8,127,100,No,1\nvm2,Windows Server 2019,2,8,3000,100,No,1\nnew1,Windows Server 2022,2,8,127,100,No,1\n"),
    )
    .unwrap();
    let (b, a) = (before.to_str().unwrap(), after.to_str().unwrap());
    let out = rehost(&["diff", b, a, "-t", "asr-hyperv", "--as-of", "2026-12-01"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("vm1  asr-hyperv: not-ready → ready"),
        "{text}"
    );
    assert!(
        text.contains("ASRHV-BITLOCKER no longer reported: fail → clear"),
        "{text}"
    );
    assert!(
        text.contains("vm2  asr-hyperv: ready → not-ready"),
        "{text}"
    );
    assert!(
        text.contains("ASRHV-OSDISK-GEN1 now fails: clear → fail"),
        "{text}"
    );
    assert!(text.contains("added: new1"), "{text}");
    assert!(text.contains("removed: old1"), "{text}");
    assert!(text.contains("1 better, 1 worse"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    let md = rehost(&[
        "diff",
        b,
        a,
        "-t",
        "asr-hyperv",
        "--as-of",
        "2026-12-01",
        "-f",
        "md",
    ]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("| vm2 | asr-hyperv | ready | not-ready | ASRHV-OSDISK-GEN1: clear → fail |"),
        "{md}"
    );
}

#[test]
fn a_file_that_is_no_report_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"machines\": 3}").unwrap();
    let out = rehost(&["diff", bad.to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    assert!(
        e.contains("bad.json") && e.contains("not a rehost JSON report"),
        "{e}"
    ); // In Korean, rehost's own words are Korean; the parser's reason is quoted as written.
    let out = rehost(&[
        "diff",
        bad.to_str().unwrap(),
        bad.to_str().unwrap(),
        "--lang",
        "ko",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    assert!(
        e.starts_with("rehost: 오류: ") && e.contains("bad.json: rehost JSON 보고서가 아닙니다("),
        "{e}"
    );
}

/// What `rehost assess --format json` writes is what `rehost diff` reads: the report written
/// by the streaming writer, read back, holds every machine's name, every target's edition and
/// readiness, and every failed or unknown rule with its severity, outcome and message, exactly
/// as the same evaluation gives them in this run. On the README's example and on the real
/// export against every target (so every readiness, outcome and severity is written), in
/// English and Korean.
#[test]
fn what_the_report_writer_writes_the_diff_reader_reads() {
    use rehost::diff::{Snapshot, diff};
    use rehost::engine::Evaluation;
    use rehost::rules::{Date, Keep, Outcome, Readiness, RuleSet, Severity};
    use rehost::words::Lang;

    let set = RuleSet::load(None).unwrap();
    let cases: [(&str, &[&str], &str); 2] = [
        (
            "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
            &["asr-hyperv"],
            "2020-01-27",
        ),
        (
            "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
            &[],
            "2026-04-06",
        ),
    ];
    let mut readiness = BTreeSet::new();
    let mut outcomes = BTreeSet::new();
    let mut severities = BTreeSet::new();
    for (file, targets, day) in cases {
        let inv = rehost::inventory::import(&[file]).unwrap();
        let day = Date::parse(day).unwrap();
        let targets: Vec<String> = targets.iter().map(|t| t.to_string()).collect();
        for lang in [Lang::En, Lang::Ko] {
            let mut written = Vec::new();
            rehost::report::json::assess_and_write(
                &inv,
                set.select(&targets, Some(day)).unwrap(),
                false,
                Default::default(),
                &rehost::plan::Planner::new(day),
                lang,
                &mut written,
            )
            .unwrap();
            let read = Snapshot::read("written.json", &written[..]).unwrap();
            let ev = Evaluation::run_with(
                &inv,
                set.select(&targets, Some(day)).unwrap(),
                false,
                Default::default(),
                Keep::Problems,
            );
            let here = Snapshot::of(&inv, &ev, lang);
            assert_eq!(read.machines.len(), inv.machines.len(), "{file}");
            assert_eq!(read, here, "{file} {lang:?}");
            let d = diff(&read, &here);
            assert!(d.changed.is_empty() && d.added.is_empty() && d.removed.is_empty());
            for m in &read.machines {
                for a in &m.assessments {
                    readiness.insert(a.readiness);
                    for f in &a.findings {
                        outcomes.insert(f.outcome);
                        severities.insert(f.severity);
                        assert!(!f.message.is_empty(), "{} {}", m.name, f.rule);
                    }
                }
            }
        }
    }
    // Not a round trip of nothing: every verdict code crossed it.
    use Readiness::*;
    assert_eq!(
        readiness.into_iter().collect::<Vec<_>>(),
        [Ready, ReadyWithConditions, Unknown, NotReady, NotApplicable]
    );
    assert_eq!(
        outcomes.into_iter().collect::<Vec<_>>(),
        [Outcome::Fail, Outcome::Unknown]
    );
    // (No shipped rule is `info`.)
    assert_eq!(
        severities.into_iter().collect::<Vec<_>>(),
        [Severity::Blocker, Severity::Condition]
    );
}

/// A report whose readiness rehost does not know (misspelt, or from a rehost with a verdict
/// this one lacks) is refused, naming the file and the value, not compared as a string.
#[test]
fn a_misspelt_readiness_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let good = report(
        dir.path(),
        "good.json",
        &[
            "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
            "-t",
            "asr-hyperv",
            "--as-of",
            "2020-01-27",
        ],
    );
    let text = std::fs::read_to_string(&good).unwrap();
    // The machines' part (the rules table before it names severities too, and is not read).
    let at = text.find("\"machines\": [").unwrap();
    for (field, from, to) in [
        (
            "readiness",
            "\"readiness\":\"not-ready\"",
            "\"readiness\":\"not_ready\"",
        ),
        ("outcome", "\"outcome\":\"fail\"", "\"outcome\":\"failed\""),
        (
            "severity",
            "\"severity\":\"blocker\"",
            "\"severity\":\"Blocker\"",
        ),
    ] {
        assert!(
            text[at..].contains(from),
            "{field}: {from} not in the report"
        );
        let bad = dir.path().join(format!("bad-{field}.json"));
        let misspelt = format!("{}{}", &text[..at], text[at..].replacen(from, to, 1));
        std::fs::write(&bad, misspelt).unwrap();
        let bad = bad.to_str().unwrap();
        for (old, new) in [(bad, good.as_str()), (good.as_str(), bad)] {
            let out = rehost(&["diff", old, new]);
            assert_eq!(out.status.code(), Some(2), "{field}");
            assert!(out.stdout.is_empty(), "{field}");
            let e = stderr(&out);
            let value = to.rsplit(':').next().unwrap().trim_matches('"');
            assert!(
                e.contains(&format!("bad-{field}.json: not a rehost JSON report"))
                    && e.contains(&format!("unknown variant `{value}`")),
                "{e}"
            );
        }
    }
}

/// A report as rehost wrote it before rules were listed by id: every rule among the findings,
/// passes and rules not evaluated too, with their titles, fixes and references; the keys in
/// alphabetical order; no language, rules table, support or sizing. Made here from today's
/// report of the same inventory.
fn in_the_first_format(report: &serde_json::Value) -> String {
    use serde_json::{Value, json};
    let rules = &report["rules"];
    let mut machines = Vec::new();
    for m in report["machines"].as_array().unwrap() {
        let mut m = m.as_object().unwrap().clone();
        m.remove("support");
        m.remove("sizing");
        for a in m["assessments"].as_array_mut().unwrap() {
            let a = a.as_object_mut().unwrap();
            let mut findings = Vec::new();
            for f in a["findings"].as_array().unwrap() {
                let rule = &rules[f["rule"].as_str().unwrap()];
                let mut f = f.as_object().unwrap().clone();
                f.remove("release");
                f.insert("title".into(), rule["title"].clone());
                f.insert("remediation".into(), rule["remediation"].clone());
                f.insert("reference".into(), rule["reference"].clone());
                findings.push(Value::Object(f));
            }
            for (list, outcome) in [
                ("passed", "pass"),
                ("not_applicable", "pass"),
                ("not_evaluated", "not-evaluated"),
            ] {
                for id in a[list].as_array().unwrap() {
                    let rule = &rules[id.as_str().unwrap()];
                    findings.push(json!({
                        "rule": id,
                        "title": rule["title"],
                        "severity": rule["severity"],
                        "outcome": outcome,
                        "message": "passes",
                        "remediation": rule["remediation"],
                        "reference": rule["reference"],
                        "values": [],
                    }));
                }
            }
            for gone in [
                "passed",
                "not_applicable",
                "not_evaluated",
                "coverage",
                "vm_size",
                "dr",
            ] {
                a.remove(gone);
            }
            a.insert("findings".into(), Value::Array(findings));
        }
        machines.push(Value::Object(m));
    }
    // serde_json's map without `preserve_order` writes its keys sorted, as that writer did.
    let old = json!({
        "machines": machines,
        "data_quality": report["data_quality"],
        "summary": report["summary"],
    });
    let text = serde_json::to_string_pretty(&old).unwrap();
    assert!(
        text.find("\"assessments\"").unwrap() < text.find("\"name\"").unwrap(),
        "keys sorted"
    );
    text
}

/// A report of that first format still reads, and compares as today's does: the same 39
/// machines, each by the one rule that changed (a rule that passes on both sides is clear on
/// both, whether it was written among the findings or by id).
#[test]
fn a_report_of_the_first_format_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let inv = "inventories/samples/AzureMigrate_Discovery_Report.xlsx";
    let old = report(
        dir.path(),
        "old.json",
        &[inv, "-t", "azure-migrate", "--as-of", "2022-01-01"],
    );
    let new = report(
        dir.path(),
        "new.json",
        &[inv, "-t", "azure-migrate", "--as-of", "2023-08-31"],
    );
    let first = dir.path().join("first-format.json");
    let today: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&old).unwrap()).unwrap();
    std::fs::write(&first, in_the_first_format(&today)).unwrap();
    let first = first.to_str().unwrap();
    let json = |old: &str| -> serde_json::Value {
        let out = rehost(&["diff", old, &new, "-f", "json"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (from_first, from_today) = (json(first), json(&old));
    assert_eq!(from_first["diff"]["better"], 39);
    assert_eq!(from_first["diff"], from_today["diff"]);
    // And the other way round, and the text form.
    let text = |old: &str, new: &str| {
        let out = rehost(&["diff", old, new]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        String::from_utf8(out.stdout)
            .unwrap()
            .replace(old, "OLD")
            .replace(new, "NEW")
    };
    assert_eq!(text(&new, first), text(&new, &old));
    assert!(text(&new, first).contains("AM18-BOOT-TYPE now fails: clear → fail"));
}
