//! Several RVTools exports of overlapping vCenters read as one estate: the same VM found once
//! (by VM UUID, then instance UUID, then name within one vCenter), each merged row named in
//! data quality with both sources, SRM placeholders of a VM another file holds said as such,
//! and every row accounted for. The workbooks are generated here with RVTools 4.x headers.

use std::path::Path;

use rehost::inventory::{Inventory, Issue, Note, SameVm, import};
use rust_xlsxwriter::Workbook;

use crate::common::rehost;

/// RVTools 4.x vInfo headers (a subset, in RVTools' order).
const VINFO: &[&str] = &[
    "VM",
    "Powerstate",
    "Template",
    "SRM Placeholder",
    "CPUs",
    "Memory",
    "NICs",
    "Disks",
    "Primary IP Address",
    "Provisioned MiB",
    "In Use MiB",
    "Firmware",
    "OS according to the configuration file",
    "OS according to the VMware Tools",
    "VM ID",
    "VM UUID",
    "VI SDK Server type",
    "VI SDK API Version",
    "VI SDK Server",
];

const VDISK: &[&str] = &[
    "VM",
    "Powerstate",
    "Template",
    "Disk",
    "Capacity MiB",
    "VM UUID",
];

/// One VM row: name, VM UUID (blank: none), vCenter, placeholder.
pub struct Vm<'a> {
    pub name: &'a str,
    pub uuid: &'a str,
    pub vcenter: &'a str,
    pub placeholder: bool,
    pub os: &'a str,
}

/// An RVTools workbook: vInfo (with or without the `VM UUID` column, as older exports and
/// hand-cut ones lack it) and vDisk, one 40 GiB disk a VM.
pub fn rvtools(path: &Path, vms: &[Vm<'_>], with_uuid: bool) {
    let mut wb = Workbook::new();
    let headers: Vec<&str> = VINFO
        .iter()
        .copied()
        .filter(|h| with_uuid || *h != "VM UUID")
        .collect();
    let ws = wb.add_worksheet().set_name("vInfo").unwrap();
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, vm) in vms.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, h) in headers.iter().enumerate() {
            let c = c as u16;
            match *h {
                "VM" => ws.write_string(r, c, vm.name).map(|_| ()),
                "Powerstate" => ws.write_string(r, c, "poweredOn").map(|_| ()),
                "Template" => ws.write_boolean(r, c, false).map(|_| ()),
                "SRM Placeholder" => ws.write_boolean(r, c, vm.placeholder).map(|_| ()),
                "CPUs" => ws.write_number(r, c, 2).map(|_| ()),
                "Memory" => ws.write_number(r, c, 8192).map(|_| ()),
                "NICs" | "Disks" => ws.write_number(r, c, 1).map(|_| ()),
                "Primary IP Address" => ws.write_string(r, c, "10.0.0.1").map(|_| ()),
                "Provisioned MiB" | "In Use MiB" => ws.write_number(r, c, 40960).map(|_| ()),
                "Firmware" => ws.write_string(r, c, "bios").map(|_| ()),
                "OS according to the configuration file" | "OS according to the VMware Tools" => {
                    ws.write_string(r, c, vm.os).map(|_| ())
                }
                "VM ID" => ws.write_string(r, c, format!("vm-{r}")).map(|_| ()),
                "VM UUID" if !vm.uuid.is_empty() => ws.write_string(r, c, vm.uuid).map(|_| ()),
                "VI SDK Server type" => ws.write_string(r, c, "VirtualCenter").map(|_| ()),
                "VI SDK API Version" => ws.write_string(r, c, "8.0.2").map(|_| ()),
                "VI SDK Server" => ws.write_string(r, c, vm.vcenter).map(|_| ()),
                _ => Ok(()),
            }
            .unwrap();
        }
    }
    let ws = wb.add_worksheet().set_name("vDisk").unwrap();
    for (c, h) in VDISK.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, vm) in vms.iter().filter(|v| !v.placeholder).enumerate() {
        let r = r as u32 + 1;
        ws.write_string(r, 0, vm.name).unwrap();
        ws.write_string(r, 1, "poweredOn").unwrap();
        ws.write_boolean(r, 2, false).unwrap();
        ws.write_string(r, 3, "Hard disk 1").unwrap();
        ws.write_number(r, 4, 40960).unwrap();
        ws.write_string(r, 5, vm.uuid).unwrap();
    }
    wb.save(path).unwrap();
}

fn vm<'a>(name: &'a str, uuid: &'a str, vcenter: &'a str) -> Vm<'a> {
    Vm {
        name,
        uuid,
        vcenter,
        placeholder: false,
        os: "Microsoft Windows Server 2019 (64-bit)",
    }
}

/// Three exports: vCenter A; vCenter B (a VM moved from A and renamed, a VM of A's name with
/// its own UUID, and the VM A's placeholder protects); vCenter A again from an export without
/// the `VM UUID` column.
fn overlapping(dir: &Path) -> Vec<std::path::PathBuf> {
    let a = "vc-a.corp.local";
    let b = "vc-b.corp.local";
    let mut placeholder = vm("db01", "4201aaaa-0000-0000-0000-0000000000d1", a);
    placeholder.placeholder = true;
    let files = [
        (
            "1-vc-a.xlsx",
            vec![
                vm("a1", "4201aaaa-0000-0000-0000-000000000001", a),
                vm("a2", "4201aaaa-0000-0000-0000-000000000002", a),
                vm("a3", "4201aaaa-0000-0000-0000-000000000003", a),
                vm("a4", "4201aaaa-0000-0000-0000-000000000004", a),
                vm("a5", "4201aaaa-0000-0000-0000-000000000005", a),
                vm("web01", "4201aaaa-0000-0000-0000-0000000000w1", a),
                placeholder,
            ],
            true,
        ),
        (
            "2-vc-b.xlsx",
            vec![
                vm("b1", "4201bbbb-0000-0000-0000-000000000001", b),
                vm("b2", "4201bbbb-0000-0000-0000-000000000002", b),
                // Moved from A (vMotion across vCenters) and renamed: the UUID says it is a2.
                vm("a2-moved", "4201AAAA-0000-0000-0000-000000000002", b),
                // Another VM that happens to share a name with one of A's.
                vm("web01", "4201bbbb-0000-0000-0000-0000000000w1", b),
                vm("db01", "4201bbbb-0000-0000-0000-0000000000d1", b),
            ],
            true,
        ),
        (
            "3-vc-a-again.xlsx",
            vec![vm("a4", "", a), vm("A5", "", a), vm("a6", "", a)],
            false,
        ),
    ];
    files
        .into_iter()
        .map(|(name, vms, uuid)| {
            let p = dir.join(name);
            rvtools(&p, &vms, uuid);
            p
        })
        .collect()
}

fn merged(inv: &Inventory) -> Vec<(String, u32, SameVm, String)> {
    inv.data_quality
        .iter()
        .filter_map(|d| match &d.message {
            Note::Merged { first, by, .. } => {
                let file = Path::new(&*d.file)
                    .file_name()?
                    .to_string_lossy()
                    .to_string();
                Some((file, d.row?, *by, first.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn overlapping_vcenters_merge_to_one_machine_each_named_with_both_sources() {
    let dir = tempfile::tempdir().unwrap();
    let files = overlapping(dir.path());
    let inv = import(&[dir.path()]).unwrap();
    // A: 6 VMs (the placeholder skipped); B: 5 rows, a2-moved is a2; A again: a4 and A5 are
    // A's, a6 is new. web01 twice: two VMs (two UUIDs), both kept.
    let names: Vec<&str> = inv.machines.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "a1", "a2", "a3", "a4", "a5", "web01", "b1", "b2", "web01", "db01", "a6"
        ],
    );
    let a = files[0].display().to_string();
    let m = merged(&inv);
    assert_eq!(
        m,
        vec![
            (
                "2-vc-b.xlsx".into(),
                4,
                SameVm::VmUuid,
                format!("{a}!vInfo!3")
            ),
            (
                "3-vc-a-again.xlsx".into(),
                2,
                SameVm::NameAndVcenter,
                format!("{a}!vInfo!5")
            ),
            (
                "3-vc-a-again.xlsx".into(),
                3,
                SameVm::NameAndVcenter,
                format!("{a}!vInfo!6")
            ),
        ]
    );
    // Each record names both sources in words: the later row is the record's own place.
    let text: Vec<String> = inv
        .data_quality
        .iter()
        .filter(|d| matches!(d.message, Note::Merged { .. }))
        .map(|d| {
            format!(
                "{}!{}!{}: {}",
                d.file,
                d.sheet.as_deref().unwrap(),
                d.row.unwrap(),
                d.message
            )
        })
        .collect();
    assert!(
        text[0].contains("2-vc-b.xlsx!vInfo!4: the same VM as the machine at")
            && text[0].contains("1-vc-a.xlsx!vInfo!3 (same VM UUID"),
        "{text:?}"
    );
    // Every machine keeps its own file, sheet and row.
    let a6 = inv.machines.iter().find(|m| m.name == "a6").unwrap();
    assert_eq!(
        (
            a6.source.file.ends_with("3-vc-a-again.xlsx"),
            a6.source.sheet.as_deref(),
            a6.source.row
        ),
        (true, Some("vInfo"), 4)
    );
    // The placeholder is named with the protected VM it stands for.
    let ph: Vec<&Note> = inv
        .data_quality
        .iter()
        .map(|d| &d.message)
        .filter(|n| matches!(n, Note::PlaceholderOf { .. }))
        .collect();
    assert_eq!(ph.len(), 1, "{:?}", inv.data_quality);
    assert!(
        ph[0].to_string().contains("2-vc-b.xlsx!vInfo!6"),
        "{}",
        ph[0]
    );
    // Rows in = rows out, per file and sheet, each skipped row named.
    for s in &inv.sheets {
        assert_eq!(s.rows_read, s.machines + s.attached + s.skipped, "{:?}", s);
        let named = inv
            .data_quality
            .iter()
            .filter(|d| {
                d.issue == Issue::Skipped
                    && d.file == s.file
                    && d.sheet == s.sheet
                    && d.row.is_some()
            })
            .count();
        assert_eq!(named, s.skipped, "{} {:?}", s.file, s.sheet);
    }
    let vinfo_rows: usize = inv
        .sheets
        .iter()
        .filter(|s| s.sheet.as_deref() == Some("vInfo"))
        .map(|s| s.rows_read)
        .sum();
    assert_eq!(vinfo_rows, 15);
    assert_eq!(inv.machines.len(), 11);
}

#[test]
fn one_file_is_never_merged_within_itself() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("one.xlsx");
    let a = "vc-a";
    rvtools(
        &p,
        &[
            vm("x", "4201-1", a),
            vm("x", "4201-1", a),
            vm("y", "4201-2", a),
        ],
        true,
    );
    let inv = import(&[&p]).unwrap();
    assert_eq!(inv.machines.len(), 3);
    assert!(merged(&inv).is_empty());
}

#[test]
fn instance_uuid_merges_when_there_is_no_vm_uuid() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("cmdb-1.csv");
    let two = dir.path().join("cmdb-2.csv");
    std::fs::write(
        &one,
        "Name,Cores,Memory (GB),Operating system,Instance UUID\nsrv1,2,8,Windows Server 2019,5001-aa\nsrv2,2,8,Windows Server 2019,5001-bb\n",
    )
    .unwrap();
    std::fs::write(
        &two,
        "Name,Cores,Memory (GB),Operating system,Instance UUID\nsrv1.corp,2,8,Windows Server 2019,5001-AA\nsrv3,2,8,Windows Server 2019,5001-cc\n",
    )
    .unwrap();
    let inv = import(&[&one, &two]).unwrap();
    let names: Vec<&str> = inv.machines.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["srv1", "srv2", "srv3"]);
    let m = merged(&inv);
    assert_eq!(m.len(), 1);
    assert_eq!(
        (m[0].0.as_str(), m[0].1, m[0].2),
        ("cmdb-2.csv", 2, SameVm::InstanceUuid)
    );
}

#[test]
fn inspect_shows_per_file_what_was_merged() {
    let dir = tempfile::tempdir().unwrap();
    overlapping(dir.path());
    let out = rehost(&["inspect", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("machine(s) also in an earlier file"))
        .collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].contains("1-vc-a.xlsx: 0 machine(s)")
            && lines[0].ends_with("1 SRM placeholder(s) of a VM another file holds"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].contains("2-vc-b.xlsx: 1 machine(s)") && lines[1].contains("by VM UUID 1"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains("3-vc-a-again.xlsx: 2 machine(s)")
            && lines[2].contains("by name in one vCenter 2"),
        "{}",
        lines[2]
    );
    assert!(text.contains("Site Recovery Manager placeholder of the protected VM at"));
}
