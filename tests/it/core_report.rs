//! rehost's sizes and support statuses against Azure Migrate's own assessment of the real
//! discovery export (its Core report of 2023-08-31, transcribed in
//! tests/fixtures/azure-migrate-core-report-2023-sizing.csv).

use std::collections::BTreeMap;

use rehost::sizing::catalogue::Catalogue;

use crate::common::assess_json;

/// The discovery export's machines, Azure Migrate's recommendations and statuses.
fn core_report() -> Vec<BTreeMap<String, String>> {
    let mut r =
        csv::Reader::from_path("tests/fixtures/azure-migrate-core-report-2023-sizing.csv").unwrap();
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            headers
                .iter()
                .zip(rec.unwrap().iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn as_on_premises_vcpus_match_azure_migrate() {
    let v = assess_json(&[
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        "-t",
        "azure-migrate",
        "--as-of",
        "2023-08-25",
    ]);
    let cat = Catalogue::builtin();
    let ours: BTreeMap<&str, &serde_json::Value> = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap(), m))
        .collect();
    let (mut total, mut same) = (0, 0);
    let mut differ = Vec::new();
    for row in core_report() {
        let theirs = &row["As-is VM size"];
        if theirs.is_empty() {
            continue;
        }
        total += 1;
        let want = cat
            .size(theirs)
            .unwrap_or_else(|| panic!("{theirs} not in the catalogue"));
        let m = ours[row["Machine"].as_str()];
        let s = &m["sizing"];
        assert_eq!(m["assessments"][0]["vm_size"], s["vm_size"]);
        // At least the machine's cores and memory.
        let vcpus = s["vcpus"].as_u64().unwrap();
        assert!(vcpus >= m["cores"].as_u64().unwrap(), "{}", row["Machine"]);
        assert!(
            s["memory_gib"].as_f64().unwrap() * (1u64 << 30) as f64
                >= m["memory_bytes"].as_f64().unwrap(),
            "{}",
            row["Machine"]
        );
        if vcpus == u64::from(want.vcpus) {
            same += 1;
        } else {
            differ.push(format!("{} {theirs} {}", row["Machine"], s["vm_size"]));
        }
    }
    assert_eq!(total, 194, "machines with an as-on-premises recommendation");
    assert!(
        same * 10 >= total * 9,
        "{same} of {total} as Azure Migrate: {differ:?}"
    );
    // Measured: every one of them.
    assert_eq!(same, total, "{differ:?}");
}

#[test]
fn windows_server_support_matches_azure_migrate() {
    let rows = core_report();
    // 1. Every Windows Server machine as Azure Migrate read its OS: the same status.
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("core-os.csv");
    let mut w = csv::Writer::from_path(&inv).unwrap();
    w.write_record(["Name", "Operating system", "Cores", "Memory (MB)"])
        .unwrap();
    for r in &rows {
        w.write_record([&r["Machine"], &r["Operating System"], "2", "4096"])
            .unwrap();
    }
    w.flush().unwrap();
    let v = assess_json(&[
        inv.to_str().unwrap(),
        "-t",
        "azure-migrate",
        "--as-of",
        "2023-08-25",
    ]);
    let status: BTreeMap<String, String> = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_string(),
                m["support"]["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let windows: Vec<_> = rows
        .iter()
        .filter(|r| r["Operating System"].contains("Windows Server"))
        .collect();
    assert_eq!(windows.len(), 235);
    for r in &windows {
        assert_eq!(
            status[&r["Machine"]], r["Support"],
            "{}: {}",
            r["Machine"], r["Operating System"]
        );
    }
    // 2. The discovery export as it is: where its label names the release Azure Migrate
    // judged, the same status; where it says only "2016 or later" and the guest reported
    // 2019 or 2022 to Azure Migrate, rehost judges the label by 2016 (the first to end), as
    // Azure Migrate itself did for the 25 machines that reported nothing more.
    let v = assess_json(&[
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        "-t",
        "azure-migrate",
        "--as-of",
        "2023-08-25",
    ]);
    let ours: BTreeMap<&str, &serde_json::Value> = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap(), m))
        .collect();
    let (mut same, mut later) = (0, 0);
    for r in &windows {
        let m = ours[r["Machine"].as_str()];
        let got = m["support"]["status"].as_str().unwrap();
        if got == r["Support"] {
            same += 1;
        } else {
            assert!(m["os"]["raw"].as_str().unwrap().contains("2016 or later"));
            assert!(
                r["Operating System"].contains("2019") || r["Operating System"].contains("2022"),
                "{}",
                r["Machine"]
            );
            assert_eq!((got, r["Support"].as_str()), ("extended", "mainstream"));
            later += 1;
        }
    }
    assert_eq!((same, later), (136, 99));
    // Linux: the lifecycle's status, with its source; no version, unknown.
    for r in rows
        .iter()
        .filter(|r| r["Operating System"].contains("CentOS 7"))
    {
        let s = &ours[r["Machine"].as_str()]["support"];
        assert_eq!(s["status"], "extended", "{}", r["Machine"]);
        assert!(s["source"].as_str().unwrap().starts_with("https://"));
    }
    for r in rows
        .iter()
        .filter(|r| r["Operating System"] == "Ubuntu Linux (64-bit)")
    {
        assert_eq!(ours[r["Machine"].as_str()]["support"]["status"], "unknown");
    }
}
