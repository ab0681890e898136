//! The binary as a user runs it: exit statuses, one-line errors, the JSON contract's fields.

use std::path::Path;
use std::process::{Command, Output};

fn rehost(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rehost"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run rehost")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A clear one-line error naming the file, exit status 2, no panic.
fn assert_clean_error(o: &Output, file: &str, words: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(file), "names the file: {err}");
    assert!(err.contains(words), "says why ({words}): {err}");
}

#[test]
fn unreadable_inputs_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let empty = write("empty.csv", b"");
    assert_clean_error(&rehost(&["inspect", &empty]), &empty, "empty");
    let junk: Vec<u8> = (0..4000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 7) as u8)
        .collect();
    let random = write("random.xlsx", &junk);
    assert_clean_error(&rehost(&["assess", &random]), &random, "not a spreadsheet");
    let truncated = std::fs::read("tests/fixtures/rvtools-4x.xlsx").unwrap();
    let truncated = write("truncated.xlsx", &truncated[..truncated.len() / 2]);
    assert_clean_error(&rehost(&["inspect", &truncated]), &truncated, "xlsx");
    let unknown = write("unknown.csv", b"colour,flavour\nred,sweet\n");
    assert_clean_error(
        &rehost(&["inspect", &unknown]),
        &unknown,
        "no recognisable machine-name column",
    );
    let missing = dir.path().join("nope.csv").display().to_string();
    assert_clean_error(&rehost(&["inspect", &missing]), &missing, "No such file");
    let encrypted = "tests/fixtures/encrypted.xlsx";
    assert_clean_error(&rehost(&["inspect", encrypted]), encrypted, "encrypted");
}

#[test]
fn a_cell_at_xfd1048576_does_not_allocate_the_rectangle() {
    // calamine's owned ranges allocate the full declared rectangle (17 billion cells) for a
    // sheet whose one far cell sits at XFD1048576; the importer streams cells instead.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("far.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Name").unwrap();
    ws.write_string(0, 1, "Cores").unwrap();
    ws.write_string(1, 0, "VM1").unwrap();
    ws.write_number(1, 1, 2).unwrap();
    ws.write_string(1_048_575, 16_383, "far away").unwrap();
    wb.save(&path).unwrap();
    let out = rehost(&["inspect", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("rows read 2, machines 1"), "{text}");
    assert!(
        text.contains("far away") || text.contains("row 1048576"),
        "the far row is reported: {text}"
    );
}

#[test]
fn inspect_shows_format_mapping_counts_and_records() {
    let out = rehost(&["inspect", "tests/fixtures/rvtools-4x.xlsx"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "tests/fixtures/rvtools-4x.xlsx [vInfo]: RVTools vInfo",
        "OS according to the configuration file",
        "→ os",
        "rows read 6, machines 4, attached to machines 0, skipped 2",
        "vInfo!K4: Memory: cannot read \"4 GB?\"",
        "tmpl-ws2022 skipped: a template",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    let json = rehost(&[
        "inspect",
        "--format",
        "json",
        "tests/fixtures/rvtools-4x.xlsx",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["machines"], 4);
    assert_eq!(v["sheets"][0]["format"], "rvtools-info");
    assert_eq!(v["data_quality"][0]["cell"], "vInfo!K4");
}

#[test]
fn assess_json_carries_the_imported_facts() {
    let out = rehost(&[
        "assess",
        "--format",
        "json",
        "tests/fixtures/hyperv-getvm.csv",
        "tests/fixtures/hyperv-vhd.csv",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let m = &v["machines"][0];
    for key in [
        "name",
        "source",
        "hypervisor",
        "firmware",
        "generation",
        "secure_boot",
        "os",
        "cores",
        "memory_bytes",
        "nics",
        "disks",
        "bitlocker",
        "host",
    ] {
        assert!(m.get(key).is_some(), "machine has {key}: {m}");
    }
    assert_eq!(m["name"], "DC01");
    assert_eq!(m["source"]["file"], "tests/fixtures/hyperv-getvm.csv");
    assert_eq!(m["source"]["row"], 3);
    assert_eq!(m["hypervisor"], "hyper-v");
    assert_eq!(m["firmware"], "uefi");
    assert_eq!(m["generation"], 2);
    assert_eq!(m["memory_bytes"], 4294967296u64);
    assert_eq!(m["disks"][0]["role"], "os");
    assert_eq!(m["disks"][0]["size_bytes"], 136365211648u64);
    assert_eq!(m["disks"][0]["kind"], "vhdx");
    assert_eq!(m["host"]["name"], "HV-HOST01");
    assert!(m["host"]["managed_by"].is_null());
    assert!(m["bitlocker"].is_null(), "no column: null, not false");
    let bad = &v["machines"][3];
    assert_eq!(bad["name"], "BAD04");
    assert!(bad["cores"].is_null(), "invalid is null in the machine");
    assert!(
        v["data_quality"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["cell"] == "hyperv-getvm.csv!D6")
    );
    assert!(m["os"].is_null(), "Get-VM has no OS column");

    let out = rehost(&[
        "assess",
        "--format",
        "json",
        "tests/fixtures/azure-migrate-import.csv",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let os = &v["machines"][1]["os"];
    assert_eq!(os["raw"], "Red Hat Enterprise Linux 7.9");
    assert_eq!(os["product"], "rhel");
    assert_eq!(os["version"], "7.9");
    assert_eq!(os["architecture"], "x64");
    assert!(Path::new("tests/fixtures/hyperv-getvm.csv").exists());
}
