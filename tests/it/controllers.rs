//! A disk's controller: read from RVTools vDisk (xlsx and per-tab CSV), Hyper-V's
//! `ControllerType` and hand-typed tables, and judged by the NVMe rules of the agentless
//! VMware migration and VMware/physical Site Recovery matrices.

use rehost::inventory::{self, Inventory};
use rehost::model::{Controller, Machine, Value};

use crate::common::{assess_json, rehost};

fn machine<'a>(inv: &'a Inventory, name: &str) -> &'a Machine {
    inv.machines
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no machine {name}"))
}

/// What a disk's controller was read as, in a test's words.
fn read_as(v: &Value<Controller>) -> String {
    match v {
        Value::Known(c) => c.label().to_string(),
        Value::Absent => "absent".into(),
        Value::Empty => "empty".into(),
        Value::Invalid(_) => "unreadable".into(),
    }
}

/// vDisk's `Controller` as RVTools writes it: vSphere's device labels, which a vCenter in
/// another language writes in its own words, one row per spelling.
const RVTOOLS_SPELLINGS: &[(&str, &str)] = &[
    ("SCSI controller 0", "SCSI"),
    ("SCSI controller 3", "SCSI"),
    ("NVME controller 0", "NVMe"),
    ("NVMe controller 1", "NVMe"),
    ("SATA controller 0", "SATA"),
    ("IDE 0", "IDE"),
    ("IDE 1", "IDE"),
    ("SCSI-Controller 0", "SCSI"),
    ("Contrôleur SCSI 0", "SCSI"),
    ("SCSI 컨트롤러 0", "SCSI"),
    ("NVMe-Controller 0", "NVMe"),
    ("", "empty"),
    ("NVDIMM controller 0", "unreadable"),
    ("PCI controller 0", "unreadable"),
];

/// Writes an RVTools per-tab CSV export (vInfo and vDisk) with one VM per spelling.
fn per_tab_csv(dir: &std::path::Path, header: &str) {
    let mut vinfo = String::from(
        "VM,Powerstate,Template,CPUs,Memory,Disks,OS according to the configuration file\n",
    );
    let mut vdisk = format!("VM,Powerstate,Template,Disk,Capacity MiB,Raw,{header}\n");
    for (i, (text, _)) in RVTOOLS_SPELLINGS.iter().enumerate() {
        vinfo.push_str(&format!(
            "vm{i},poweredOn,False,2,4096,1,Microsoft Windows Server 2019 (64-bit)\n"
        ));
        vdisk.push_str(&format!(
            "vm{i},poweredOn,False,Hard disk 1,40960,False,{text}\n"
        ));
    }
    std::fs::write(dir.join("RVTools_tabvInfo.csv"), vinfo).unwrap();
    std::fs::write(dir.join("RVTools_tabvDisk.csv"), vdisk).unwrap();
}

#[test]
fn rvtools_controller_spellings_read_from_per_tab_csv() {
    let dir = tempfile::tempdir().unwrap();
    per_tab_csv(dir.path(), "Controller");
    let inv = inventory::import(&[dir.path()]).unwrap();
    let mut wrong = Vec::new();
    for (i, (text, want)) in RVTOOLS_SPELLINGS.iter().enumerate() {
        let got = read_as(&machine(&inv, &format!("vm{i}")).disks[0].controller);
        if got != *want {
            wrong.push(format!("{text:?}: expected {want}, got {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Each unreadable cell is recorded with its place and text; a blank one is not an error.
    let records: Vec<(String, String)> = inv
        .data_quality
        .iter()
        .map(|d| (d.cell.clone().unwrap_or_default(), d.message.to_string()))
        .collect();
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0].0, "RVTools_tabvDisk.csv!G14");
    assert!(
        records[0].1.contains("NVDIMM controller 0")
            && records[0].1.contains("expected a disk controller"),
        "{records:?}"
    );
}

#[test]
fn a_vdisk_without_a_controller_column_leaves_the_controller_absent() {
    let dir = tempfile::tempdir().unwrap();
    per_tab_csv(dir.path(), "Thin");
    let inv = inventory::import(&[dir.path()]).unwrap();
    assert!(
        inv.machines
            .iter()
            .all(|m| m.disks.iter().all(|d| d.controller.is_absent()))
    );
}

#[test]
fn rvtools_xlsx_controllers_per_disk() {
    let inv = inventory::import(&["tests/fixtures/rvtools-4x-controllers.xlsx"]).unwrap();
    let controllers = |name: &str| -> Vec<String> {
        machine(&inv, name)
            .disks
            .iter()
            .map(|d| format!("{}: {}", d.name, read_as(&d.controller)))
            .collect()
    };
    assert_eq!(
        controllers("win-nvme"),
        ["Hard disk 1: SCSI", "Hard disk 2: NVMe"]
    );
    assert_eq!(controllers("lnx-nvme"), ["Hard disk 1: NVMe"]);
    assert_eq!(
        controllers("win-sata-ide"),
        ["Hard disk 1: SATA", "Hard disk 2: IDE"]
    );
    assert_eq!(controllers("lnx-de-scsi"), ["Hard disk 1: SCSI"]);
    assert_eq!(controllers("lnx-blank"), ["Hard disk 1: empty"]);
    assert_eq!(controllers("lnx-nvdimm"), ["Hard disk 1: unreadable"]);
    // vDisk lists no disk for it: its disk, and so its controller, is unknown, not absent.
    assert_eq!(controllers("lnx-no-vdisk"), ["Hard disk 1: empty"]);
    let cells: Vec<&str> = inv
        .data_quality
        .iter()
        .filter_map(|d| d.cell.as_deref())
        .collect();
    assert_eq!(cells, ["vDisk!M11"]);
}

#[test]
fn hyperv_controller_type_per_vhd() {
    let inv = inventory::import(&[
        "tests/fixtures/hyperv-getvm.csv",
        "tests/fixtures/hyperv-vhd.csv",
    ])
    .unwrap();
    let first = |name: &str| read_as(&machine(&inv, name).disks[0].controller);
    assert_eq!(first("DC01"), "SCSI");
    assert_eq!(first("SQL02"), "IDE");
    // Get-VM lists it, the VHD list does not: a controller column existed, so unknown.
    assert_eq!(first("BAD04"), "empty");
    // A machine made from a VHD row keeps the controller on its disk, not on the machine.
    let ghost = machine(&inv, "GHOST05");
    assert!(ghost.disk_flags.controllers.is_absent());
    assert_eq!(read_as(&ghost.disks[0].controller), "SCSI");
}

/// A hand-typed table's machine-level column, under the headers people give it.
#[test]
fn generic_controller_columns() {
    let cases: &[(&str, &str, Option<&[Controller]>)] = &[
        ("Controller", "NVMe", Some(&[Controller::Nvme])),
        (
            "Disk controller",
            "SCSI; NVMe",
            Some(&[Controller::Scsi, Controller::Nvme]),
        ),
        ("Bus", "SATA", Some(&[Controller::Sata])),
        ("Disk bus", "LSI Logic SAS", Some(&[Controller::Scsi])),
        (
            "Storage controller",
            "VMware Paravirtual",
            Some(&[Controller::Scsi]),
        ),
        ("ControllerType", "IDE", Some(&[Controller::Ide])),
        ("Controller", "virtio", None),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (i, (header, cell, want)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("t{i}.csv"));
        std::fs::write(
            &path,
            format!("Server,OS,{header}\nsrv,Windows Server 2019,\"{cell}\"\n"),
        )
        .unwrap();
        let inv = inventory::import(&[&path]).unwrap();
        let got = &inv.machines[0].disk_flags.controllers;
        match want {
            Some(list) => {
                let got: Vec<Controller> = got
                    .known()
                    .unwrap_or_else(|| panic!("{header} = {cell}: {got:?}"))
                    .iter()
                    .collect();
                assert_eq!(got, *list, "{header} = {cell}");
            }
            None => {
                assert!(matches!(got, Value::Invalid(_)), "{header} = {cell}");
                assert_eq!(inv.data_quality.len(), 1, "{header} = {cell}");
            }
        }
    }
}

fn assessment<'a>(v: &'a serde_json::Value, name: &str, target: &str) -> &'a serde_json::Value {
    v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("no machine {name}"))["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["target"] == target)
        .unwrap()
}

fn blocking(a: &serde_json::Value) -> Vec<&str> {
    a["blocking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap())
        .collect()
}

#[test]
fn nvme_disks_decide_readiness_end_to_end() {
    let file = "tests/fixtures/rvtools-4x-controllers.xlsx";
    let v = assess_json(&[file, "-t", "asr-vmware", "-t", "migrate-vmware-agentless"]);
    // Site Recovery today: NVMe for Windows machines only.
    let lnx = assessment(&v, "lnx-nvme", "asr-vmware");
    assert_eq!(lnx["readiness"], "not-ready", "{lnx}");
    assert_eq!(blocking(lnx), ["ASRVMW-NVME-LINUX"]);
    let win = assessment(&v, "win-nvme", "asr-vmware");
    assert_eq!(win["readiness"], "ready", "{win}");
    assert!(
        win["not_applicable"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "ASRVMW-NVME-LINUX")
    );
    assert_eq!(
        assessment(&v, "lnx-scsi", "asr-vmware")["readiness"],
        "ready"
    );
    // Agentless migration: no NVMe disks at all.
    for name in ["win-nvme", "lnx-nvme"] {
        let a = assessment(&v, name, "migrate-vmware-agentless");
        assert_eq!(a["readiness"], "not-ready", "{name}: {a}");
        assert_eq!(blocking(a), ["MIGVMW-NVME"], "{name}");
        let message = a["findings"][0]["message"].as_str().unwrap();
        assert!(message.contains("is on an NVMe controller"), "{message}");
    }
    let win_msg = assessment(&v, "win-nvme", "migrate-vmware-agentless")["findings"][0]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        win_msg.starts_with("Hard disk 2 "),
        "names the disk: {win_msg}"
    );
    for name in ["lnx-scsi", "win-sata-ide", "lnx-de-scsi"] {
        let a = assessment(&v, name, "migrate-vmware-agentless");
        assert_eq!(a["readiness"], "ready", "{name}: {a}");
    }
    // A blank or unreadable controller cell: unknown, never a pass.
    for name in ["lnx-blank", "lnx-nvdimm"] {
        let a = assessment(&v, name, "migrate-vmware-agentless");
        assert_eq!(a["readiness"], "unknown", "{name}: {a}");
        assert!(
            a["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["rule"] == "MIGVMW-NVME" && f["outcome"] == "unknown"),
            "{name}: {a}"
        );
    }
}

/// The editions before the pages spoke of NVMe do not judge it; the Site Recovery page of
/// early 2021 said no NVMe for any machine (its text of 09/25/2020 had no NVMe row).
#[test]
fn nvme_rules_follow_the_page_editions() {
    let file = "tests/fixtures/rvtools-4x-controllers.xlsx";
    let old_migrate = assess_json(&[
        file,
        "-t",
        "migrate-vmware-agentless",
        "--as-of",
        "2024-06-01",
    ]);
    let a = assessment(&old_migrate, "win-nvme", "migrate-vmware-agentless");
    assert_eq!(a["readiness"], "ready", "{a}");
    let before = assess_json(&[file, "-t", "asr-vmware", "--as-of", "2020-08-01"]);
    let a = assessment(&before, "win-nvme", "asr-vmware");
    assert!(!blocking(a).contains(&"ASRVMW-NVME"), "{a}");
    let asr_2020 = assess_json(&[file, "-t", "asr-vmware", "--as-of", "2021-03-10"]);
    // (vCenter 8 and Windows Server 2022 came later too: the NVMe rule is one blocker.)
    let a = assessment(&asr_2020, "win-nvme", "asr-vmware");
    assert!(blocking(a).contains(&"ASRVMW-NVME"), "{a}");
    let a = assessment(&asr_2020, "win-sata-ide", "asr-vmware");
    assert!(!blocking(a).contains(&"ASRVMW-NVME"), "{a}");
    let asr_2023 = assess_json(&[file, "-t", "asr-vmware", "--as-of", "2024-01-01"]);
    let a = assessment(&asr_2023, "lnx-nvme", "asr-vmware");
    assert!(!blocking(a).iter().any(|b| b.contains("NVME")), "{a}");
}

#[test]
fn inspect_maps_the_vdisk_controller_column() {
    let out = rehost(&["inspect", "tests/fixtures/rvtools-4x.xlsx"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let vdisk = text
        .split("[vDisk]")
        .nth(1)
        .and_then(|s| s.split("[vPartition]").next())
        .unwrap();
    assert!(
        vdisk.contains("Controller                               → disk controller"),
        "{vdisk}"
    );
    let unused = vdisk
        .lines()
        .find(|l| l.trim_start().starts_with("not used:"))
        .unwrap();
    assert!(!unused.contains("Controller"), "{unused}");
    assert!(!unused.contains("Capacity MiB"), "{unused}");
}
