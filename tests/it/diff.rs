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
    );
}
