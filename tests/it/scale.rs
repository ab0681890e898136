//! The scale generator and a 10,000-machine estate, end to end. Timings belong to
//! `bench/run.sh`; these tests check only that the generator is reproducible and that a large
//! generated inventory goes through every target and every report without an error.

use std::path::Path;

use crate::common::rehost;

/// The generator itself, compiled into this test (its `main` goes unused here).
#[allow(dead_code)]
#[path = "../../examples/generate.rs"]
mod generate;

/// Writes a generated inventory (also used by `outputs`, for a run large enough to be caught
/// writing).
pub fn generate(machines: usize, format: &str, seed: u64, out: &Path) {
    generate::run(machines, seed, format, out.to_str().unwrap()).unwrap();
}

#[test]
fn generator_is_reproducible_from_its_seed() {
    let dir = tempfile::tempdir().unwrap();
    for (format, ext) in [
        ("rvtools", "xlsx"),
        ("azure-migrate-csv", "csv"),
        ("generic-csv", "csv"),
    ] {
        let path = |name: &str| dir.path().join(format!("{format}-{name}.{ext}"));
        generate(300, format, 7, &path("a"));
        generate(300, format, 7, &path("b"));
        generate(300, format, 8, &path("c"));
        let (a, b, c) = (
            std::fs::read(path("a")).unwrap(),
            std::fs::read(path("b")).unwrap(),
            std::fs::read(path("c")).unwrap(),
        );
        assert!(a.len() > 10_000, "{format}: {} bytes", a.len());
        // Not assert_eq!: a failure would print megabytes of bytes.
        assert!(a == b, "{format}: the same seed gave different bytes");
        assert!(a != c, "{format}: another seed gave the same estate");
    }
}

#[test]
fn ten_thousand_machine_rvtools_estate_assesses_against_every_target() {
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("rvtools-10000.xlsx");
    generate(10_000, "rvtools", 1, &inv);
    let inv = inv.to_str().unwrap();

    // What the importer made of it: every vInfo row is a machine or a recorded skip.
    let inspect = rehost(&["inspect", "--format", "json", inv]);
    assert_eq!(
        inspect.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&inspect.stderr)
    );
    let seen: serde_json::Value = serde_json::from_slice(&inspect.stdout).unwrap();
    let machines = seen["machines"].as_u64().unwrap() as usize;
    let vinfo = seen["sheets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["sheet"] == "vInfo")
        .expect("vInfo read");
    assert_eq!(vinfo["rows_read"].as_u64().unwrap(), 10_000);
    assert_eq!(
        vinfo["machines"].as_u64().unwrap() + vinfo["skipped"].as_u64().unwrap(),
        10_000
    );
    assert!(machines > 9_000, "{machines} machines");

    // The JSON contract: one record per machine, each with all four targets, and the
    // summary's counts adding up to the machines.
    let json = dir.path().join("report.json");
    let out = rehost(&[
        "assess",
        inv,
        "--format",
        "json",
        "-o",
        json.to_str().unwrap(),
    ]);
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let list = doc["machines"].as_array().unwrap();
    assert_eq!(list.len(), machines);
    for m in list {
        assert_eq!(
            m["assessments"].as_array().unwrap().len(),
            // The four Azure targets and hygiene (an RVTools export).
            5,
            "{}",
            m["name"]
        );
    }
    // Machines are assessed in runs on every core and rendered in blocks; the document keeps
    // the inventory's order.
    let rows: Vec<u64> = list
        .iter()
        .map(|m| m["source"]["row"].as_u64().unwrap())
        .collect();
    assert!(
        rows.windows(2).all(|w| w[0] < w[1]),
        "machines out of inventory order"
    );
    for t in doc["summary"]["targets"].as_array().unwrap() {
        let r = &t["readiness"];
        let total: u64 = [
            "ready",
            "ready_with_conditions",
            "not_ready",
            "unknown",
            "not_applicable",
        ]
        .iter()
        .map(|k| r[k].as_u64().unwrap())
        .sum();
        assert_eq!(total as usize, machines, "{}", t["target"]);
    }
    // Every rule a finding names is described once in the rules table.
    let rules = doc["rules"].as_object().unwrap();
    for m in list.iter().take(500) {
        for a in m["assessments"].as_array().unwrap() {
            for f in a["findings"].as_array().unwrap() {
                assert!(rules.contains_key(f["rule"].as_str().unwrap()), "{f}");
            }
        }
    }

    // The workbook: one Machines row per machine.
    let xlsx = dir.path().join("report.xlsx");
    let out = rehost(&["assess", inv, "-o", xlsx.to_str().unwrap()]);
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range("Machines").unwrap();
    assert_eq!(sheet.height(), machines + 1, "header and one row a machine");
}
