//! The binary as a user runs it: exit statuses, one-line errors, the JSON contract's fields.

use std::path::Path;
use std::process::Output;

use crate::common::{rehost, stderr};

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
    // What Get-VM and the VHD list give is there; what they do not (no OS, secure boot,
    // BitLocker or usable adapter column) is null, never a guess. Every key is written.
    for key in [
        "name",
        "source",
        "hypervisor",
        "firmware",
        "generation",
        "cores",
        "memory_bytes",
        "disks",
        "host",
    ] {
        assert!(!m[key].is_null(), "machine has {key}: {m}");
    }
    for key in ["secure_boot", "os", "nics", "bitlocker"] {
        assert!(
            m.get(key).is_some_and(|v| v.is_null()),
            "{key} is written, as null: {m}"
        );
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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn the_readme_example_names_the_eligible_machines_and_the_limits() {
    let out = rehost(&[
        "assess",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "--target",
        "asr-hyperv",
        "--as-of",
        "2020-01-27",
        "--details",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let line = |name: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(&format!("{name} ")))
            .unwrap_or_default()
            .to_string()
    };
    let verdict = |name: &str| {
        line(name)
            .split_whitespace()
            .nth(1)
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(verdict("VMA"), "ready", "{text}");
    assert_eq!(verdict("VMB"), "ready", "{text}");
    assert!(
        line("VM1").contains("not-ready") && line("VM1").contains("BitLocker"),
        "{text}"
    );
    assert!(
        line("VM2").contains("not-ready") && line("VM2").contains("2,048 GB"),
        "{text}"
    );
    assert!(
        line("VMC").contains("not-ready") && line("VMC").contains("4,095 GB"),
        "{text}"
    );
    // The file has no column for the VMM version, shared VHDs, Fibre Channel, 4K sectors or
    // churn: the two are ready as far as those columns let rehost check.
    assert!(line("VMA").contains("ready (partly checked)"), "{text}");
    assert!(
        text.contains(
            "ready, fully checked 0 · ready, partly checked 2 · ready with conditions, fully \
             checked 0 · ready with conditions, partly checked 0 · not ready 3 · unknown 0"
        ),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no colour when not on a terminal");
}

#[test]
fn fail_on_sets_the_exit_status() {
    let run = |fail_on: &str| {
        rehost(&[
            "assess",
            "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
            "-t",
            "asr-hyperv",
            "--fail-on",
            fail_on,
        ])
        .status
        .code()
    };
    assert_eq!(run("never"), Some(0));
    assert_eq!(run("not-ready"), Some(1));
    assert_eq!(run("conditions"), Some(1));
    let ready_only = rehost(&[
        "assess",
        "inventories/exam/seed-q4-azure-migrate-2018.csv",
        "-t",
        "azure-migrate",
        "--as-of",
        "2018-06-01",
        "--fail-on",
        "not-ready",
    ]);
    assert_eq!(
        ready_only.status.code(),
        Some(1),
        "three machines are not ready"
    );
}

#[test]
fn as_of_before_a_targets_first_edition() {
    let alone = rehost(&[
        "assess",
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        "-t",
        "asr-hyperv",
        "--as-of",
        "2018-01-01",
    ]);
    assert_eq!(alone.status.code(), Some(2));
    assert!(
        stderr(&alone).contains("first is 2018-02-14"),
        "{}",
        stderr(&alone)
    );
    let several = rehost(&[
        "assess",
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        "-t",
        "migrate-vmware-agentless,asr-hyperv",
        "--as-of",
        "2019-01-01",
        "--format",
        "json",
    ]);
    assert_eq!(several.status.code(), Some(0), "{}", stderr(&several));
    let v: serde_json::Value = serde_json::from_slice(&several.stdout).unwrap();
    assert_eq!(
        v["summary"]["left_out"][0],
        "migrate-vmware-agentless: no edition on or before 2019-01-01; its first is 2019-06-24"
    );
    assert_eq!(v["machines"][0]["assessments"].as_array().unwrap().len(), 1);
    let bad_date = rehost(&[
        "assess",
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        "--as-of",
        "yesterday",
    ]);
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(
        stderr(&bad_date).contains("--as-of"),
        "{}",
        stderr(&bad_date)
    );
}

#[test]
fn explain_and_rules_commands() {
    let out = rehost(&[
        "explain",
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        "-m",
        "dc1",
        "-t",
        "asr-hyperv",
        "--as-of",
        "2020-01-27",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("fail          blocker   ASRHV-OSDISK-GEN2"),
        "{text}"
    );
    assert!(
        text.contains("read: os disk size = OS disk: 400 GB  (seed-q1-asr-hyperv-vmm.csv!G2)"),
        "{text}"
    );
    let missing = rehost(&[
        "explain",
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        "-m",
        "SQL",
    ]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("did you mean SQL1"),
        "{}",
        stderr(&missing)
    );

    let list = stdout(&rehost(&["rules", "list"]));
    for t in [
        "asr-vmware 2019-10-15",
        "asr-vmware 2023-09-28",
        "asr-hyperv 2020-01-27",
        "azure-migrate 2018-03-27",
        "azure-migrate 2020-05-27",
        "azure-migrate 2024-06-24",
        "migrate-vmware-agentless 2019-06-24",
        "migrate-vmware-agentless 2020-06-08",
        "migrate-vmware-agentless 2023-09-29",
    ] {
        assert!(list.contains(t), "{t} in rules list");
    }
    let show = stdout(&rehost(&["rules", "show", "ASRHV-OSDISK-GEN2"]));
    assert!(
        show.contains("OS disks at most 300 GB") && show.contains("#azure-vm-requirements"),
        "{show}"
    );
    let bad = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(bad.path(), "[matrix]\ntarget = \"x\"\ntitle = \"t\"\nedition = \"2020-01-01\"\nsource = \"https://e.org\"\napplies_to = [\"vmware\"]\n\n[[rule]]\nid = \"X-1\"\ntitle = \"t\"\nseverity = \"blocker\"\ncheck = { kind = \"teleport\" }\nmessage = \"m\"\nremediation = \"r\"\nreference = \"https://e.org#a\"\n").unwrap();
    let check = rehost(&["rules", "check", bad.path().to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(2));
    assert!(
        stderr(&check).contains(":12: unknown variant `teleport`"),
        "{}",
        stderr(&check)
    );
}

#[test]
fn a_company_policy_is_just_another_matrix() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("contoso-policy")).unwrap();
    std::fs::write(
        dir.path().join("contoso-policy/2024-01-01.toml"),
        "[matrix]\ntarget = \"contoso-policy\"\ntitle = \"Contoso: every VM has an owner\"\nedition = \"2024-01-01\"\nsource = \"https://intranet.contoso.example/policy\"\napplies_to = [\"vmware\", \"hyper-v\", \"physical\"]\nprovenance = \"policy 7\"\n\n[[rule]]\nid = \"CONTOSO-OWNER\"\ntitle = \"Owner tag\"\nseverity = \"blocker\"\ncheck = { kind = \"field\", field = \"tag:Owner\", op = \"present\" }\nmessage = \"{name} has no Owner\"\nremediation = \"Fill in the Owner column.\"\nreference = \"https://intranet.contoso.example/policy#owner\"\n",
    )
    .unwrap();
    let out = rehost(&[
        "assess",
        "tests/fixtures/checks/field.csv",
        "--rules",
        dir.path().to_str().unwrap(),
        "-t",
        "contoso-policy",
        "--details",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("unowned  not-ready") && text.contains("CONTOSO-OWNER: unowned has no Owner"),
        "{text}"
    );
}

#[test]
fn real_discovery_export_assessed_in_json() {
    let out = rehost(&[
        "assess",
        "--format",
        "json",
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let machines = v["machines"].as_array().unwrap();
    assert_eq!(machines.len(), 294);
    for m in machines {
        let assessments = m["assessments"].as_array().unwrap();
        assert_eq!(assessments.len(), 4, "{}", m["name"]);
        for a in assessments {
            assert!(a["readiness"].is_string());
            // No verdict is unknown because a column is absent: absent columns are not-evaluated.
            if a["readiness"] == "unknown" {
                for f in a["findings"].as_array().unwrap() {
                    if f["outcome"] == "unknown" && f["severity"] == "blocker" {
                        assert!(!f["message"].as_str().unwrap().contains("no column"), "{f}");
                    }
                }
            }
        }
    }
    let am = v["summary"]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["target"] == "azure-migrate")
        .unwrap();
    assert_eq!(am["edition"], "2025-02-06");
    assert_eq!(am["readiness"]["unknown"], 0);
    let gaps: Vec<&str> = am["coverage_gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["rule"].as_str().unwrap())
        .collect();
    assert_eq!(gaps, ["AM18-DISK-SIZE"], "the export has no disk sizes");
    assert!(
        v["data_quality"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["issue"] == "coverage"
                && d["message"].as_str().unwrap().contains("AM18-DISK-SIZE"))
    );
}

/// `rules kinds` documents every registered check kind, with its example.
#[test]
fn rules_kinds_documents_every_kind() {
    let out = rehost(&["rules", "kinds"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    for k in rehost::rules::check::KINDS {
        assert!(text.contains(&format!("\n{}\n", k.name)), "{}", k.name);
        assert!(text.contains(k.example), "{}", k.example);
    }
    assert!(
        text.lines()
            .all(|l| l.chars().count() <= 80 || l.contains("e.g."))
    );
}
