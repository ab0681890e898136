//! rehost against Azure Migrate's own verdicts: the service assessed the 294 machines of the
//! real discovery export (inventories/samples) on 2023-08-31; its readiness per machine is
//! transcribed in tests/fixtures/azure-migrate-core-report-2023.csv (where from: the .md
//! beside it). Assessed as of that day, rehost must give the service's verdict.

use std::collections::BTreeMap;
use std::process::Command;

fn service() -> BTreeMap<String, String> {
    let text =
        std::fs::read_to_string("tests/fixtures/azure-migrate-core-report-2023.csv").unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    rows.records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect()
}

/// Machine → (rehost's readiness, the rules it reported) at `as_of`.
fn rehost_at(as_of: &str) -> (String, BTreeMap<String, (String, Vec<String>)>) {
    let out = Command::new(env!("CARGO_BIN_EXE_rehost"))
        .args([
            "assess",
            "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
            "--target",
            "azure-migrate",
            "--as-of",
            as_of,
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut edition = String::new();
    let machines = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let a = &m["assessments"][0];
            edition = a["edition"].as_str().unwrap().to_string();
            let rules = a["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["rule"].as_str().unwrap().to_string())
                .collect();
            (
                m["name"].as_str().unwrap().to_string(),
                (a["readiness"].as_str().unwrap().to_string(), rules),
            )
        })
        .collect();
    (edition, machines)
}

#[test]
fn the_discovery_export_gets_the_services_verdicts_of_2023_08_31() {
    // As of the export's earliest timestamp (2023-08-25) and of the assessment (2023-08-31).
    for day in ["2023-08-25", "2023-08-31"] {
        agrees_on_every_machine(day);
    }
}

fn agrees_on_every_machine(day: &str) {
    let service = service();
    assert_eq!(service.len(), 294);
    let (edition, ours) = rehost_at(day);
    assert_eq!(edition, "2023-01-17");
    assert_eq!(ours.len(), 294);
    let differ: Vec<String> = ours
        .iter()
        .filter(|(name, (r, _))| service[*name] != *r)
        .map(|(name, (r, rules))| {
            format!("{name}: rehost {r} {rules:?}, service {}", service[name])
        })
        .collect();
    let agree = 294 - differ.len();
    assert!(
        agree * 100 >= 97 * 294,
        "{day}: {agree} of 294 agree:\n{}",
        differ.join("\n")
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

/// Before the first text with the new UEFI row (01/17/2023) the newest that can be cited is
/// the 07/28/2021 one, which still makes UEFI conditionally ready: the 39 UEFI machines the
/// service rated Ready would differ, for that rule alone, and nothing else does.
#[test]
fn before_the_uefi_text_only_the_uefi_machines_differ() {
    let service = service();
    let (edition, ours) = rehost_at("2023-01-16");
    assert_eq!(edition, "2021-07-28");
    let differ: Vec<(&String, &Vec<String>)> = ours
        .iter()
        .filter(|(name, (r, _))| service[*name] != *r)
        .map(|(name, (_, rules))| (name, rules))
        .collect();
    assert_eq!(differ.len(), 39, "{differ:?}");
    for (name, rules) in differ {
        assert_eq!(service[name], "ready", "{name}");
        assert_eq!(rules, &["AM18-BOOT-TYPE"], "{name}");
    }
}
