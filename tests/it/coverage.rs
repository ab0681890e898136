//! Coverage: a ready verdict that rests on blocking rules the inventory has no column for is
//! never a plain ✓ ("ready as far as checked"), in the terminal, JSON and the summaries; a
//! file that gives every column a target reads still gets its plain ✓; `--strict` makes the
//! same verdict unknown.

use crate::common::{assess_json, rehost_with, stderr};

fn terminal(args: &[&str]) -> String {
    let mut all = vec!["assess"];
    all.extend_from_slice(args);
    let out = rehost_with(&all, &[("COLUMNS", "100")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// A machine's cell of a target's column in the compact table (`✓?`, `✗ OS`).
fn cells<'t>(text: &'t str, machine: &str) -> Vec<&'t str> {
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{machine} ")))
        .unwrap_or_else(|| panic!("no line for {machine}: {text}"));
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .skip(1)
        .collect()
}

/// Name, cores and memory only: nothing else was checked, so no target may say a plain ✓.
#[test]
fn name_cores_and_memory_alone_is_never_a_plain_tick() {
    let text = terminal(&[
        "tests/fixtures/name-cores-memory.csv",
        "--as-of",
        "2026-12-01",
    ]);
    assert_eq!(cells(&text, "app01"), ["✓?", "✓?", "✓?", "✓?"], "{text}");
    insta::assert_snapshot!("name_cores_memory_terminal", text);
}

#[test]
fn json_names_the_blocking_rules_not_evaluated() {
    let doc = assess_json(&[
        "tests/fixtures/name-cores-memory.csv",
        "-t",
        "azure-migrate",
        "--as-of",
        "2026-12-01",
    ]);
    let a = &doc["machines"][0]["assessments"][0];
    assert_eq!(a["readiness"], "ready");
    // Azure Migrate's blockers: the OS known, UEFI with an old Windows, cores, memory, disk
    // size, disk count and NICs. Only cores and memory have a column.
    assert_eq!(
        a["coverage"],
        serde_json::json!({
            "blocking_rules": 7,
            "evaluated": 2,
            "not_evaluated": ["AM18-OS-KNOWN", "AM24-UEFI-OS", "AM18-DISK-SIZE", "AM18-DISK-COUNT", "AM18-NICS"],
            "fully_checked": false,
        })
    );
    let t = &doc["summary"]["targets"][0];
    assert_eq!(t["readiness"]["ready"], 1);
    assert_eq!(t["readiness"]["ready_partly_checked"], 1);
    let unchecked: Vec<&str> = t["unchecked_blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        unchecked,
        [
            "AM18-OS-KNOWN",
            "AM24-UEFI-OS",
            "AM18-DISK-SIZE",
            "AM18-DISK-COUNT",
            "AM18-NICS"
        ]
    );
}

/// `--strict` keeps its meaning: a rule not evaluated is unknown, so the verdict is unknown,
/// not partly checked.
#[test]
fn strict_makes_it_unknown_not_partly_checked() {
    let text = terminal(&[
        "tests/fixtures/name-cores-memory.csv",
        "-t",
        "azure-migrate",
        "--strict",
    ]);
    assert!(cells(&text, "app01")[0].starts_with("? "), "{text}");
    assert!(!text.contains("✓?"), "{text}");
    let doc = assess_json(&[
        "tests/fixtures/name-cores-memory.csv",
        "-t",
        "azure-migrate",
        "--strict",
    ]);
    let a = &doc["machines"][0]["assessments"][0];
    assert_eq!(a["readiness"], "unknown");
    assert_eq!(a["coverage"]["fully_checked"], true);
    assert_eq!(
        doc["summary"]["targets"][0]["readiness"]["ready_partly_checked"],
        0
    );
}

/// The real Azure Migrate discovery export has no disk sizes (AM18-DISK-SIZE) and no vCenter
/// or ESXi version (ASRVMW-VCENTER, MIGVMW-VCENTER), blockers that apply to every machine:
/// under every target each ready verdict is partly checked and none fully. The totals are
/// the ones rehost gave before coverage (azure-migrate 242 ready and 52 with conditions,
/// asr-vmware 229 and 9, agentless 279 and 15); coverage moves all of them to "partly" and
/// leaves not ready and unknown alone.
#[test]
fn the_real_discovery_export_is_ready_only_as_far_as_checked() {
    let file = "inventories/samples/AzureMigrate_Discovery_Report.xlsx";
    let doc = assess_json(&[file, "--as-of", "2026-12-01"]);
    let counts = |target: &str| {
        let t = doc["summary"]["targets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["target"] == target)
            .unwrap();
        let r = &t["readiness"];
        let n = |k: &str| r[k].as_u64().unwrap();
        (
            n("ready") - n("ready_partly_checked"),
            n("ready_partly_checked"),
            n("ready_with_conditions") - n("ready_with_conditions_partly_checked"),
            n("ready_with_conditions_partly_checked"),
            n("not_ready"),
            n("unknown"),
        )
    };
    assert_eq!(counts("azure-migrate"), (0, 242, 0, 52, 0, 0));
    // Two CentOS 9 machines the matrix fails are ready with a condition by Update Rollup 67
    // (May 2023: "Cent OS 9"), so 11 and 11 rather than the matrix's 9 and 13.
    assert_eq!(counts("asr-vmware"), (0, 229, 0, 11, 11, 43));
    assert_eq!(counts("migrate-vmware-agentless"), (0, 279, 0, 15, 0, 0));
    // Per machine: every eligible verdict names AM18-DISK-SIZE among its rules not checked.
    let mut eligible = 0;
    for m in doc["machines"].as_array().unwrap() {
        for a in m["assessments"].as_array().unwrap() {
            let r = a["readiness"].as_str().unwrap();
            if a["target"] == "azure-migrate" {
                eligible += 1;
                assert!(r.starts_with("ready"), "{r}");
                assert_eq!(a["coverage"]["fully_checked"], false);
                assert!(
                    a["coverage"]["not_evaluated"]
                        .as_array()
                        .unwrap()
                        .contains(&serde_json::json!("AM18-DISK-SIZE"))
                );
            }
        }
    }
    assert_eq!(eligible, 294);
    // The terminal's summary lines say the same.
    let text = terminal(&[
        file,
        "-t",
        "asr-vmware,azure-migrate",
        "--as-of",
        "2026-12-01",
    ]);
    assert!(
        text.contains("asr-vmware 2026-04-06: ✓ 0  ✓? 229  ~ 0  ~? 11  ✗ 11  ? 43"),
        "{text}"
    );
    assert!(
        text.contains("azure-migrate 2025-02-06: ✓ 0  ✓? 242  ~ 0  ~? 52  ✗ 0  ? 0"),
        "{text}"
    );
    assert!(
        text.contains("✓? ~? 1 blocking rule(s) not checked (no column): DISK-SIZE"),
        "{text}"
    );
}

/// RVTools gives every column azure-migrate's rules read: its ready machines there keep a
/// plain ✓, beside the `✓?` of asr-vmware, whose BitLocker, Fibre Channel and 4K-sector rules
/// it has no column for.
#[test]
fn a_fully_evaluated_inventory_keeps_its_plain_tick() {
    let text = terminal(&[
        "tests/fixtures/rvtools-133.xlsx",
        "-t",
        "asr-vmware,azure-migrate",
        "--as-of",
        "2026-12-01",
    ]);
    // vm-0000002 is ready under both.
    assert_eq!(cells(&text, "vm-0000002"), ["✓?", "✓"], "{text}");
    assert!(
        text.contains("azure-migrate 2025-02-06: ✓ 101  ~ 25  ✗ 4  ? 3\n"),
        "{text}"
    );
    let doc = assess_json(&[
        "tests/fixtures/rvtools-133.xlsx",
        "-t",
        "azure-migrate",
        "--as-of",
        "2026-12-01",
    ]);
    for m in doc["machines"].as_array().unwrap() {
        let a = &m["assessments"][0];
        assert_eq!(a["coverage"]["fully_checked"], true, "{}", m["name"]);
        assert_eq!(a["coverage"]["evaluated"], a["coverage"]["blocking_rules"]);
    }
}
