//! One limit table per shipped edition: `tests/editions/<target>/<edition>.csv` is an
//! inventory whose rows each name a rule of that edition (`Rule`) and the outcome it must give
//! (`Expect`: pass, fail, unknown, not-applicable, not-evaluated), written from that edition's
//! page. Every rule with a limit or a list has a row just inside it and one just outside, so a
//! number mistyped in a matrix, or an edition picked for the wrong date, fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rehost::inventory;
use rehost::rules::eval::assess;
use rehost::rules::{Keep, Matrix, Outcome, RuleSet};

fn table(m: &Matrix) -> PathBuf {
    Path::new("tests/editions")
        .join(m.target())
        .join(format!("{}.csv", m.edition()))
}

fn tag<'a>(m: &'a rehost::model::Machine, key: &str) -> Option<&'a str> {
    m.tags
        .iter()
        .find(|(h, _)| h.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.as_str())
}

/// What the edition's rule says of one machine, in the table's words.
fn outcome_of(m: &Matrix, rule: &str, machine: &rehost::model::Machine) -> Option<String> {
    let ctx = rehost::dr::context(machine, &rehost::dr::DrOptions::default());
    let mut gaps = BTreeMap::new();
    let a = assess(
        m,
        0,
        machine,
        Default::default(),
        &ctx,
        Keep::All,
        &mut gaps,
    );
    let i = m.rules.iter().position(|r| r.id == rule)?;
    let f = &a.findings[i];
    Some(
        if !f.applicable {
            "not-applicable"
        } else {
            match f.outcome {
                Outcome::Pass => "pass",
                Outcome::Fail => "fail",
                Outcome::Unknown => "unknown",
                Outcome::NotEvaluated => "not-evaluated",
            }
        }
        .to_string()
            + &format!(
                " ({})",
                rehost::words::finding::message(
                    rehost::words::finding::Of::matrix(m),
                    f,
                    machine,
                    rehost::words::Lang::En
                )
            ),
    )
}

#[test]
fn every_edition_gives_its_limit_table() {
    let set = RuleSet::builtin().unwrap();
    let mut failures = Vec::new();
    let mut rows = 0;
    for m in set.matrices.values() {
        let path = table(m);
        if !path.exists() {
            failures.push(format!("{}: no limit table", path.display()));
            continue;
        }
        let inv = inventory::import(&[&path]).unwrap_or_else(|e| panic!("{e}"));
        let skipped: usize = inv.sheets.iter().map(|s| s.skipped).sum();
        assert_eq!(skipped, 0, "{}: rows skipped", path.display());
        // Per rule, the outcomes the table asks for.
        let mut seen: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for machine in &inv.machines {
            let (Some(rule), Some(expect)) = (tag(machine, "Rule"), tag(machine, "Expect")) else {
                failures.push(format!(
                    "{} / {}: needs Rule and Expect",
                    path.display(),
                    machine.name
                ));
                continue;
            };
            rows += 1;
            let Some(got) = outcome_of(m, rule, machine) else {
                failures.push(format!(
                    "{} / {}: {rule} is not a rule of this edition",
                    path.display(),
                    machine.name
                ));
                continue;
            };
            let rule_id = m.rules.iter().find(|r| r.id == rule).unwrap().id.as_str();
            seen.entry(rule_id).or_default().insert(expect.to_string());
            if !got.starts_with(&format!("{expect} ")) {
                failures.push(format!(
                    "{} / {}: {rule} expected {expect}, got {got}",
                    path.display(),
                    machine.name
                ));
            }
        }
        for r in m.rules.iter().filter(|r| r.check.has_limit()) {
            let s = seen.get(r.id.as_str());
            for want in ["pass", "fail"] {
                if !s.is_some_and(|s| s.contains(want)) {
                    failures.push(format!(
                        "{}: {} has a limit but no `{want}` row",
                        path.display(),
                        r.id
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(rows > 0);
}

/// A table for an edition that no longer ships is a leftover: say so.
#[test]
fn every_limit_table_is_of_a_shipped_edition() {
    let set = RuleSet::builtin().unwrap();
    let shipped: BTreeSet<PathBuf> = set.matrices.values().map(table).collect();
    for dir in std::fs::read_dir("tests/editions").unwrap() {
        for f in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let f = f.unwrap().path();
            assert!(shipped.contains(&f), "{}: no such edition", f.display());
        }
    }
}

/// Azure Migrate's Linux list follows the endorsed-distributions page of each date, and the
/// 32-bit row the 2024 lift-and-shift article: one machine per change, judged the day before
/// and the day an edition starts (why each date: the editions' notes).
#[test]
fn azure_migrate_readiness_changes_on_the_days_its_pages_changed() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("estate.csv");
    let machine = |name: &str, os: &str, arch: &str| {
        format!("{name},VMware ESXi 6.5,{os},{arch},BIOS,4,16,100,200,1,1\n")
    };
    std::fs::write(
        &csv,
        "Name,Platform,OS,OS architecture,Firmware,Cores,Memory (GB),OS disk (GB),Data disk (GB),Number of data disks,NICs\n"
            .to_string()
            + &machine("debian10", "Debian 10", "x64")
            + &machine("debian79", "Debian 7.9", "x64")
            + &machine("leap151", "openSUSE Leap 15.1", "x64")
            + &machine("ol8", "Oracle Linux 8", "x64")
            + &machine("ws2008-32", "Windows Server 2008", "x86"),
    )
    .unwrap();
    let at = |day: &str| -> BTreeMap<String, (String, String)> {
        let out = crate::common::rehost(&[
            "assess",
            csv.to_str().unwrap(),
            "--target",
            "azure-migrate",
            "--as-of",
            day,
            "--format",
            "json",
        ]);
        assert_ne!(out.status.code(), Some(2), "{out:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["machines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let a = &m["assessments"][0];
                (
                    m["name"].as_str().unwrap().to_string(),
                    (
                        a["edition"].as_str().unwrap().to_string(),
                        a["readiness"].as_str().unwrap().to_string(),
                    ),
                )
            })
            .collect()
    };
    const READY: &str = "ready";
    const COND: &str = "ready-with-conditions";
    const NOT: &str = "not-ready";
    // (day, edition in force, machine, readiness)
    let rows = [
        // The 11/04/2019 table: Debian 7.9+ and 10, openSUSE Leap 42.2+, Oracle Linux 6.4+/7.0+.
        ("2020-07-27", "2020-05-27", "debian10", READY),
        ("2020-07-27", "2020-05-27", "debian79", READY),
        ("2020-07-27", "2020-05-27", "leap151", COND),
        ("2020-07-27", "2020-05-27", "ol8", COND),
        // The 6.x/7.x/8.x table (handed off 07/28/2020): Debian 8.x and 9.x only.
        ("2020-07-28", "2020-07-28", "debian10", COND),
        ("2020-07-28", "2020-07-28", "debian79", COND),
        ("2020-07-28", "2020-07-28", "leap151", READY),
        ("2020-07-28", "2020-07-28", "ol8", READY),
        ("2021-01-02", "2020-07-28", "debian10", COND),
        // The page of 01/03/2021 adds Debian 10.x; the 04/06/2021 text keeps it.
        ("2021-01-03", "2021-01-03", "debian10", READY),
        ("2021-07-28", "2021-07-28", "debian10", READY),
        ("2023-08-31", "2023-01-17", "debian10", READY),
        ("2023-08-31", "2023-01-17", "debian79", COND),
        // 32-bit: conditionally ready by the calculation page, Not Ready by the lift-and-shift
        // article of 06/24/2024, conditionally ready again by the calculation page of 02/06/2025.
        ("2024-06-23", "2023-01-17", "ws2008-32", COND),
        ("2024-06-24", "2024-06-24", "ws2008-32", NOT),
        ("2025-02-05", "2024-06-24", "ws2008-32", NOT),
        ("2025-02-06", "2025-02-06", "ws2008-32", COND),
    ];
    let mut days: BTreeMap<&str, BTreeMap<String, (String, String)>> = BTreeMap::new();
    let mut wrong = Vec::new();
    for (day, edition, name, readiness) in rows {
        let got = days.entry(day).or_insert_with(|| at(day));
        let (e, r) = &got[name];
        if (e.as_str(), r.as_str()) != (edition, readiness) {
            wrong.push(format!(
                "{day} {name}: want {edition} {readiness}, got {e} {r}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The asr-vmware page kept ms.date 07/14/2020 from July 2020 to spring 2021 and 08/02/2021
/// into 2022 while its lists and limits changed; the editions dated by the copies read put each
/// change on the right side of its date. One machine per change, judged on both sides.
#[test]
fn asr_vmware_changes_fall_on_their_dates() {
    let set = RuleSet::builtin().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("dated.csv");
    std::fs::write(
        &csv,
        "Name,Platform,Managed by,Host OS,Gen,Firmware,OS,OS architecture,OS disk (GB),Data disk (GB)\n\
         ol82,VMware,vCenter Server 7.0,VMware ESXi 7.0.3,1,BIOS,Oracle Linux 8.2,x64,100,100\n\
         big-data,VMware,vCenter Server 7.0,VMware ESXi 7.0.3,1,BIOS,Windows Server 2019,x64,100,32767\n\
         gen2-os,VMware,vCenter Server 7.0,VMware ESXi 7.0.3,2,UEFI,Windows Server 2019,x64,4095,100\n\
         deb10,VMware,vCenter Server 7.0,VMware ESXi 7.0.3,1,BIOS,Debian GNU/Linux 10.9,x64,100,100\n\
         ws2022,VMware,vCenter Server 7.0,VMware ESXi 7.0.3,1,BIOS,Windows Server 2022,x64,100,100\n\
         vc70,VMware,vCenter Server 7.0,VMware ESXi 6.7.0,1,BIOS,Windows Server 2019,x64,100,100\n",
    )
    .unwrap();
    let inv = inventory::import(&[&csv]).unwrap();
    let machine = |n: &str| inv.machines.iter().find(|m| m.name == n).unwrap();
    // (day, machine, rule, edition in force, outcome)
    let rows = [
        ("2020-07-13", "vc70", "ASRVMW-VCENTER", "2019-10-15", "fail"),
        ("2020-07-14", "vc70", "ASRVMW-VCENTER", "2020-07-14", "pass"),
        ("2020-08-01", "ol82", "ASRVMW-OS", "2020-07-14", "pass"),
        ("2021-02-15", "ol82", "ASRVMW-OS", "2021-02-10", "pass"),
        ("2021-03-03", "ol82", "ASRVMW-OS", "2021-03-03", "fail"),
        ("2021-06-01", "ol82", "ASRVMW-OS", "2021-03-08", "fail"),
        ("2021-08-02", "ol82", "ASRVMW-OS", "2021-08-02", "pass"),
        (
            "2020-10-01",
            "big-data",
            "ASRVMW-DATADISK-SIZE",
            "2020-07-14",
            "fail",
        ),
        (
            "2021-03-07",
            "big-data",
            "ASRVMW-DATADISK-SIZE",
            "2021-03-03",
            "fail",
        ),
        (
            "2021-06-01",
            "big-data",
            "ASRVMW-DATADISK-SIZE",
            "2021-03-08",
            "pass",
        ),
        (
            "2020-10-01",
            "gen2-os",
            "ASRVMW-OSDISK",
            "2020-07-14",
            "fail",
        ),
        (
            "2021-06-01",
            "gen2-os",
            "ASRVMW-OSDISK-GEN2",
            "2021-03-08",
            "pass",
        ),
        ("2020-10-01", "deb10", "ASRVMW-OS", "2020-07-14", "fail"),
        ("2021-02-10", "deb10", "ASRVMW-OS", "2021-02-10", "pass"),
        ("2021-11-21", "ws2022", "ASRVMW-OS", "2021-08-02", "fail"),
        ("2021-11-22", "ws2022", "ASRVMW-OS", "2021-11-22", "pass"),
    ];
    let mut failures = Vec::new();
    for (day, name, rule, edition, want) in rows {
        let sel = set
            .select(
                &["asr-vmware".to_string()],
                Some(rehost::rules::Date::parse(day).unwrap()),
            )
            .unwrap();
        let m = sel.matrices[0];
        if m.edition().to_string() != edition {
            failures.push(format!("{day}: edition {} (want {edition})", m.edition()));
            continue;
        }
        let got = outcome_of(m, rule, machine(name)).unwrap_or_else(|| "no such rule".into());
        if !got.starts_with(&format!("{want} ")) {
            failures.push(format!("{day} {name} {rule}: {got} (want {want})"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
