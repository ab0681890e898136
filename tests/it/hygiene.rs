//! The hygiene rule set on an RVTools export shaped like the one avs-rvtools-analyzer
//! generates for its own tests (that project has no licence: nothing of it is copied; this
//! workbook is written here from the description of its shapes — 10 sheets, vHost 6 rows,
//! vInfo 44, vDisk 44, vUSB 5, vSnapshot 11, vCD 6, vNetwork 12, vSC_VMK 8, dvPort 9,
//! dvSwitch 2 — with RVTools' own headers). Check by check, the counts its code reports on
//! its fixture (80 findings in all) are met, or the difference is one the rule file's notes
//! name and this test asserts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rust_xlsxwriter::Workbook;

/// The secrets the workbook's annotations and snapshot descriptions hold: no output may
/// contain any of them.
const SECRETS: &[&str] = &[
    "Zx9AnnoSecret1",
    "AnnoSecret2x",
    "AnnoSecret3y",
    "SnapSecret4z",
    "SnapSecret5w",
];

/// One VM of the workbook: what vInfo says of it, and its disk.
struct Vm {
    name: String,
    power: &'static str,
    guest: &'static str,
    cpus: u32,
    memory_mib: u64,
    provisioned_mib: u64,
    hw: String,
    ft: &'static str,
    annotation: String,
    os: &'static str,
    raw: bool,
    raw_mode: &'static str,
    disk_mode: &'static str,
    shared_bus: &'static str,
    path: String,
}

fn vm(name: &str) -> Vm {
    Vm {
        name: name.to_string(),
        power: "poweredOn",
        guest: "running",
        cpus: 4,
        memory_mib: 8192,
        provisioned_mib: 102_400,
        hw: "vmx-17".into(),
        ft: "notConfigured",
        annotation: String::new(),
        os: "Microsoft Windows Server 2022 (64-bit)",
        raw: false,
        raw_mode: "",
        disk_mode: "persistent",
        shared_bus: "noSharing",
        path: format!("[datastore1] {name}/{name}.vmdk"),
    }
}

/// The 44 VMs, by purpose (the peer's fixture's shapes).
fn vms() -> Vec<Vm> {
    let mut v = Vec::new();
    for i in 1..=2 {
        v.push(Vm {
            os: "Oracle Linux 8 (64-bit)",
            ..vm(&format!("oracle-0{i}"))
        });
    }
    v.push(Vm {
        power: "Suspended",
        guest: "notRunning",
        hw: "11".into(),
        ..vm("suspended-01")
    });
    v.push(Vm {
        power: "Suspended",
        guest: "notRunning",
        hw: "8".into(),
        ..vm("suspended-02")
    });
    v.push(Vm {
        hw: "vmx-06".into(),
        ..vm("old-hw-01")
    });
    v.push(Vm {
        hw: "vmx-07".into(),
        ..vm("old-hw-02")
    });
    v.push(Vm {
        cpus: 72,
        ..vm("high-cpu-01")
    });
    v.push(Vm {
        cpus: 64,
        ..vm("high-cpu-02")
    });
    v.push(Vm {
        memory_mib: 1_048_576,
        ..vm("high-mem-01")
    });
    v.push(Vm {
        memory_mib: 786_432,
        ..vm("high-mem-02")
    });
    // 12 TiB; and 10,240,000 MiB: above the peer's 10,000,000 MiB, below 10 TiB.
    v.push(Vm {
        provisioned_mib: 12_582_912,
        ..vm("large-storage-01")
    });
    v.push(Vm {
        provisioned_mib: 10_240_000,
        ..vm("large-storage-02")
    });
    for i in 1..=2 {
        v.push(Vm {
            guest: "notRunning",
            ..vm(&format!("tools-nr-0{i}"))
        });
    }
    // Three path groups (2 + 2 + 3 VMs) and two VMs sharing their bus.
    for (group, n) in [("shared-a", 2), ("shared-b", 2), ("multi-shared", 3)] {
        for i in 1..=n {
            let path = if group == "multi-shared" {
                "[shared-datastore] multi-shared-storage.vmdk".to_string()
            } else {
                format!("[shared-datastore] {group}.vmdk")
            };
            v.push(Vm {
                path,
                ..vm(&format!("{group}-0{i}"))
            });
        }
    }
    for i in 1..=2 {
        v.push(Vm {
            shared_bus: "physicalSharing",
            ..vm(&format!("bus-shared-0{i}"))
        });
    }
    for i in 1..=2 {
        v.push(Vm {
            raw: true,
            raw_mode: "physicalMode",
            ..vm(&format!("rdm-physical-0{i}"))
        });
    }
    v.push(Vm {
        raw: true,
        raw_mode: "virtualMode",
        ..vm("rdm-virtual-01")
    });
    v.push(Vm {
        disk_mode: "independent_persistent",
        ..vm("independent-01")
    });
    for (i, a) in [
        "Admin password: Zx9AnnoSecret1",
        "svc account PWD = AnnoSecret2x",
        "Credentials: backup / AnnoSecret3y",
    ]
    .iter()
    .enumerate()
    {
        v.push(Vm {
            annotation: a.to_string(),
            ..vm(&format!("password-0{}", i + 1))
        });
    }
    v.push(Vm {
        annotation: "Web front end; owner: team A; passed QA".into(),
        ..vm("annotated-clean")
    });
    for i in 1..=3 {
        v.push(vm(&format!("vmk-0{i}")));
    }
    // Everything at once.
    v.push(Vm {
        os: "Oracle Linux 7 (64-bit)",
        hw: "vmx-06".into(),
        cpus: 80,
        memory_mib: 1_572_864,
        provisioned_mib: 10_485_760,
        ..vm("mixed")
    });
    for (i, ft) in ["running", "running", "needSecondary", "notConfigured"]
        .iter()
        .enumerate()
    {
        v.push(Vm {
            ft,
            ..vm(&format!("ft-0{}", i + 1))
        });
    }
    for i in 1..=5 {
        v.push(vm(&format!("normal-0{i}")));
    }
    v
}

/// Hosts: (name, ESX Version, CPU Model).
const HOSTS: &[(&str, &str, &str)] = &[
    (
        "esx01",
        "VMware ESXi 6.5.0 build-4564106",
        "AMD EPYC 7543 32-Core Processor",
    ),
    (
        "esx02",
        "VMware ESXi 6.7.0 build-8169922",
        "AMD EPYC 7543 32-Core Processor",
    ),
    (
        "esx03",
        "VMware ESXi 7.0.3 build-19193900",
        "Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz",
    ),
    (
        "esx04",
        "VMware ESXi 7.0.3 build-19193900",
        "Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz",
    ),
    (
        "esx05",
        "VMware ESXi 8.0.1 build-21495797",
        "Intel(R) Xeon(R) Platinum 8380 CPU @ 2.30GHz",
    ),
    (
        "esx06",
        "VMware ESXi 8.0.2 build-22380479",
        "Intel(R) Xeon(R) Platinum 8380 CPU @ 2.30GHz",
    ),
];

/// A sheet from a header row and text rows (`=`-prefixed cells are numbers, `?` booleans).
fn sheet(wb: &mut Workbook, name: &str, header: &[&str], rows: &[Vec<String>]) {
    let ws = wb.add_worksheet();
    ws.set_name(name).unwrap();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            if let Some(n) = cell.strip_prefix('=') {
                ws.write_number(r, c, n.parse::<f64>().unwrap()).unwrap();
            } else if let Some(b) = cell.strip_prefix('?') {
                ws.write_boolean(r, c, b == "true").unwrap();
            } else if !cell.is_empty() {
                ws.write_string(r, c, cell).unwrap();
            }
        }
    }
}

fn s(t: &str) -> String {
    t.to_string()
}

/// Writes the workbook.
pub fn write_fixture(path: &Path) {
    let vms = vms();
    let host_of = |i: usize| HOSTS[i % HOSTS.len()].0;
    let mut wb = Workbook::new();
    sheet(
        &mut wb,
        "vInfo",
        &[
            "VM",
            "Powerstate",
            "Template",
            "SRM Placeholder",
            "Guest state",
            "CPUs",
            "Memory",
            "Provisioned MiB",
            "In Use MiB",
            "HW version",
            "FT State",
            "Annotation",
            "Host",
            "Cluster",
            "Datacenter",
            "OS according to the configuration file",
            "OS according to the VMware Tools",
        ],
        &vms.iter()
            .enumerate()
            .map(|(i, v)| {
                vec![
                    v.name.clone(),
                    s(v.power),
                    s("?false"),
                    s("?false"),
                    s(v.guest),
                    format!("={}", v.cpus),
                    format!("={}", v.memory_mib),
                    format!("={}", v.provisioned_mib),
                    format!("={}", v.provisioned_mib / 2),
                    v.hw.clone(),
                    s(v.ft),
                    v.annotation.clone(),
                    s(host_of(i)),
                    s("Cluster-A"),
                    s("DC1"),
                    s(v.os),
                    s(v.os),
                ]
            })
            .collect::<Vec<_>>(),
    );
    sheet(
        &mut wb,
        "vDisk",
        &[
            "VM",
            "Disk",
            "Capacity MiB",
            "Raw",
            "Disk Mode",
            "Raw Com. Mode",
            "Sharing mode",
            "Write Through",
            "Shared Bus",
            "Path",
        ],
        &vms.iter()
            .map(|v| {
                vec![
                    v.name.clone(),
                    s("Hard disk 1"),
                    s("=102400"),
                    format!("?{}", v.raw),
                    s(v.disk_mode),
                    s(v.raw_mode),
                    s("sharingNone"),
                    s("?false"),
                    s(v.shared_bus),
                    v.path.clone(),
                ]
            })
            .collect::<Vec<_>>(),
    );
    sheet(
        &mut wb,
        "vHost",
        &["Host", "ESX Version", "CPU Model", "# CPU", "# Cores"],
        &HOSTS
            .iter()
            .map(|(h, v, c)| vec![s(h), s(v), s(c), s("=2"), s("=32")])
            .collect::<Vec<_>>(),
    );
    // Five USB devices, two of them disconnected.
    sheet(
        &mut wb,
        "vUSB",
        &["VM", "Powerstate", "Device Type", "Connected"],
        &[
            ("normal-01", true),
            ("normal-02", true),
            ("normal-03", true),
            ("normal-04", false),
            ("normal-05", false),
        ]
        .iter()
        .map(|(v, c)| vec![s(v), s("poweredOn"), s("USB Controller"), format!("?{c}")])
        .collect::<Vec<_>>(),
    );
    // Eleven snapshots on six VMs; two descriptions hold a password.
    let snaps: &[(&str, &str, u64, &str)] = &[
        ("oracle-01", "2026-01-10 08:00:00", 40_000, "before upgrade"),
        ("oracle-01", "2026-02-10 08:00:00", 40_000, "after upgrade"),
        ("oracle-01", "2026-03-10 08:00:00", 40_000, ""),
        ("oracle-02", "2026-12-04 09:00:00", 1_000, "patch"),
        ("oracle-02", "2026-12-04 10:00:00", 1_000, "patch 2"),
        (
            "normal-01",
            "2026-11-01 12:00:00",
            2_000,
            "root password SnapSecret4z",
        ),
        ("normal-01", "2026-11-02 12:00:00", 2_000, "second"),
        ("normal-02", "2026-12-02 12:00:00", 500, "three days"),
        ("old-hw-01", "2026-12-01 12:00:00", 500, "four days"),
        ("mixed", "2025-06-01 12:00:00", 60_000, "pwd SnapSecret5w"),
        ("mixed", "2025-07-01 12:00:00", 60_000, "old"),
    ];
    sheet(
        &mut wb,
        "vSnapshot",
        &[
            "VM",
            "Powerstate",
            "Name",
            "Description",
            "Date / time",
            "Size MiB (vmsn)",
        ],
        &snaps
            .iter()
            .enumerate()
            .map(|(i, (v, d, m, desc))| {
                vec![
                    s(v),
                    s("poweredOn"),
                    format!("snap-{i}"),
                    s(desc),
                    s(d),
                    format!("={m}"),
                ]
            })
            .collect::<Vec<_>>(),
    );
    // Six CD/DVD drives, four connected.
    sheet(
        &mut wb,
        "vCD",
        &[
            "VM",
            "Powerstate",
            "Connected",
            "Starts Connected",
            "Device Type",
        ],
        &[
            ("high-cpu-01", true),
            ("high-cpu-02", true),
            ("tools-nr-01", true),
            ("ft-01", true),
            ("ft-02", false),
            ("normal-05", false),
        ]
        .iter()
        .map(|(v, c)| vec![s(v), s("poweredOn"), format!("?{c}"), s("?false"), s("ISO")])
        .collect::<Vec<_>>(),
    );
    // Twelve adapters: seven on standard switches (vSwitch0 2, vSwitch1 2, vSwitch2 2,
    // vSwitch3 1), three of them on VMkernel port groups; five on distributed switches.
    let nics: &[(&str, &str, &str)] = &[
        ("vmk-01", "Management Network", "vSwitch0"),
        ("vmk-02", "vMotion", "vSwitch0"),
        ("vmk-03", "Storage-vmk", "vSwitch1"),
        ("normal-01", "VM Network", "vSwitch1"),
        ("normal-02", "VM Network 2", "vSwitch2"),
        ("normal-03", "VM Network 2", "vSwitch2"),
        ("normal-04", "Backup", "vSwitch3"),
        ("normal-05", "dv-prod-web", "dvs-prod"),
        ("oracle-01", "dv-prod-db", "dvs-prod"),
        ("oracle-02", "dv-prod-db", "dvs-prod"),
        ("annotated-clean", "dv-dmz", "dvs-dmz"),
        ("mixed", "dv-dmz-ephemeral", "dvs-dmz"),
    ];
    sheet(
        &mut wb,
        "vNetwork",
        &[
            "VM",
            "Powerstate",
            "NIC label",
            "Adapter",
            "Network",
            "Switch",
            "Connected",
        ],
        &nics
            .iter()
            .map(|(v, n, sw)| {
                vec![
                    s(v),
                    s("poweredOn"),
                    s("Network adapter 1"),
                    s("vmxnet3"),
                    s(n),
                    s(sw),
                    s("?true"),
                ]
            })
            .collect::<Vec<_>>(),
    );
    sheet(
        &mut wb,
        "vSC_VMK",
        &["Host", "Port Group", "Device", "IP Address"],
        &[
            ("esx01", "Management Network", "vmk0"),
            ("esx02", "Management Network", "vmk0"),
            ("esx03", "Management Network", "vmk0"),
            ("esx04", "Management Network", "vmk0"),
            ("esx01", "vMotion", "vmk1"),
            ("esx02", "vMotion", "vmk1"),
            ("esx03", "Storage-vmk", "vmk2"),
            ("esx04", "Storage-vmk", "vmk2"),
        ]
        .iter()
        .enumerate()
        .map(|(i, (h, p, d))| vec![s(h), s(p), s(d), format!("10.0.0.{}", i + 1)])
        .collect::<Vec<_>>(),
    );
    // Nine port groups, six of them lax (no VLAN, promiscuous, MAC changes, forged
    // transmits, ephemeral).
    let ports: &[(&str, &str, &str, &str, bool, bool, bool)] = &[
        (
            "dv-prod-web",
            "dvs-prod",
            "earlyBinding",
            "100",
            true,
            false,
            false,
        ),
        (
            "dv-prod-db",
            "dvs-prod",
            "earlyBinding",
            "200",
            false,
            false,
            false,
        ),
        ("dv-dmz", "dvs-dmz", "earlyBinding", "", false, false, false),
        (
            "dv-dmz-ephemeral",
            "dvs-dmz",
            "ephemeral",
            "300",
            false,
            false,
            false,
        ),
        (
            "dv-test-1",
            "dvs-prod",
            "earlyBinding",
            "401",
            false,
            true,
            false,
        ),
        (
            "dv-test-2",
            "dvs-prod",
            "earlyBinding",
            "402",
            false,
            false,
            true,
        ),
        (
            "dv-test-3",
            "dvs-dmz",
            "earlyBinding",
            "403",
            true,
            false,
            false,
        ),
        (
            "dvs-prod-uplinks",
            "dvs-prod",
            "earlyBinding",
            "0-4094",
            false,
            false,
            false,
        ),
        (
            "dvs-dmz-uplinks",
            "dvs-dmz",
            "earlyBinding",
            "0-4094",
            false,
            false,
            false,
        ),
    ];
    sheet(
        &mut wb,
        "dvPort",
        &[
            "Port",
            "Switch",
            "Type",
            "VLAN",
            "Allow Promiscuous",
            "Mac Changes",
            "Forged Transmits",
        ],
        &ports
            .iter()
            .map(|(p, sw, t, vlan, pr, mac, fo)| {
                vec![
                    s(p),
                    s(sw),
                    s(t),
                    s(vlan),
                    format!("?{pr}"),
                    format!("?{mac}"),
                    format!("?{fo}"),
                ]
            })
            .collect::<Vec<_>>(),
    );
    sheet(
        &mut wb,
        "dvSwitch",
        &["Switch", "Datacenter", "Version"],
        &[
            vec![s("dvs-prod"), s("DC1"), s("7.0.3")],
            vec![s("dvs-dmz"), s("DC1"), s("7.0.3")],
        ],
    );
    wb.save(path).unwrap();
}

/// The day the fixture is judged on (snapshot ages count to it).
const AS_OF: &str = "2026-12-05";

/// Per hygiene rule, the VMs it fails, from the JSON report.
fn failing(json: &serde_json::Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in json["machines"].as_array().unwrap() {
        let name = m["name"].as_str().unwrap().to_string();
        for a in m["assessments"].as_array().unwrap() {
            for f in a["findings"].as_array().unwrap() {
                if f["outcome"] == "fail" {
                    out.entry(f["rule"].as_str().unwrap().to_string())
                        .or_default()
                        .insert(name.clone());
                }
            }
        }
    }
    out
}

fn fixture() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("RVTools_export_peer_shapes.xlsx");
    write_fixture(&path);
    (dir, path)
}

#[test]
fn the_peer_shaped_export_gives_the_peer_counts_or_the_named_differences() {
    let (_dir, path) = fixture();
    let p = path.to_str().unwrap();
    let json = crate::common::assess_json(&[p, "--target", "hygiene", "--as-of", AS_OF]);
    assert_eq!(json["machines"].as_array().unwrap().len(), 44);
    let fail = failing(&json);
    let n = |rule: &str| fail.get(rule).map_or(0, BTreeSet::len);
    let vms = |rule: &str| fail.get(rule).cloned().unwrap_or_default();
    let set = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();

    // The inventory read as the peer reads it, for the checks it counts in rows or hosts.
    let inv = rehost::inventory::import(&[&path]).unwrap();
    let sum = |f: fn(&rehost::model::Hygiene) -> Option<u32>| -> u32 {
        inv.machines.iter().filter_map(|m| f(m.hygiene())).sum()
    };
    let hosts_of = |rule: &str| -> BTreeSet<String> {
        inv.machines
            .iter()
            .filter(|m| vms(rule).contains(&m.name))
            .filter_map(|m| m.host.name.known().cloned())
            .collect()
    };

    // (peer check, its count, ours, what ours counts) — one row per peer check.
    let mut total_peer = 0;
    let mut rows: Vec<(&str, usize, usize)> = Vec::new();
    let mut row = |check: &'static str, peer: usize, ours: usize| {
        total_peer += peer;
        rows.push((check, peer, ours));
    };
    // 1 ESXi versions: the peer lists 5 distinct versions (info; 6.5.0 and 6.7.0 warned).
    // rehost: VMs on hosts below 6.5 (the agentless matrix's floor), compared as numbers: none.
    row("esx_versions", 5, n("HYG-ESXI"));
    assert_eq!(n("HYG-ESXI"), 0);
    // 2 vUSB: the peer counts all 5 rows; rehost the 3 VMs with a connected device.
    row("vusb", 5, n("HYG-USB"));
    assert_eq!(
        vms("HYG-USB"),
        set(&["normal-01", "normal-02", "normal-03"])
    );
    // 3 risky disks: 2 physical RDM, 1 virtual RDM, 1 independent, as the peer.
    row(
        "risky_disks",
        4,
        n("HYG-RDM-PHYSICAL") + n("HYG-RDM-VIRTUAL") + n("HYG-INDEPENDENT"),
    );
    assert_eq!(n("HYG-RDM-PHYSICAL"), 2);
    assert_eq!(vms("HYG-RDM-VIRTUAL"), set(&["rdm-virtual-01"]));
    assert_eq!(vms("HYG-INDEPENDENT"), set(&["independent-01"]));
    // 4 standard switches: the peer counts 7 ports; rehost 7 VMs, one adapter each.
    row("non_dvs_switches", 7, n("HYG-STANDARD-SWITCH"));
    assert_eq!(sum(|h| h.standard_switch_nics.known().copied()), 7);
    // 5 snapshots: the peer counts 11 rows; rehost the 6 VMs that have them (11 in all),
    // 4 older than 3 days on the day assessed, 2 larger than 100 GiB together.
    row("snapshots", 11, n("HYG-SNAPSHOTS"));
    assert_eq!(n("HYG-SNAPSHOTS"), 6);
    assert_eq!(sum(|h| h.snapshot_count.known().copied()), 11);
    assert_eq!(
        vms("HYG-SNAPSHOT-AGE"),
        set(&["oracle-01", "normal-01", "old-hw-01", "mixed"])
    );
    assert_eq!(vms("HYG-SNAPSHOT-SIZE"), set(&["oracle-01", "mixed"]));
    // 6 suspended: 2 (the workbook writes `Suspended` as the peer's does; rehost reads any
    // case, tested in the kind's table).
    row("suspended", 2, n("HYG-SUSPENDED"));
    assert_eq!(n("HYG-SUSPENDED"), 2);
    // 7 Oracle guests: a licensing note, not hygiene; not carried over.
    row("oracle", 3, 0);
    // 8 dvPort: the peer counts 6 lax port groups; rehost the 3 VMs with an adapter on one.
    row("dvport", 6, n("HYG-PORT-SECURITY"));
    assert_eq!(
        vms("HYG-PORT-SECURITY"),
        set(&["normal-05", "annotated-clean", "mixed"])
    );
    // 9 non-Intel hosts: the peer counts 2 hosts; rehost every VM on them, on 2 hosts.
    row("non_intel_hosts", 2, hosts_of("HYG-HOST-CPU").len());
    assert_eq!(hosts_of("HYG-HOST-CPU"), set(&["esx01", "esx02"]));
    assert_eq!(n("HYG-HOST-CPU"), 16);
    // 10 VMware Tools not running on a powered-on VM: 2, as the peer.
    row("vmtools_not_running", 2, n("HYG-TOOLS"));
    assert_eq!(vms("HYG-TOOLS"), set(&["tools-nr-01", "tools-nr-02"]));
    // 11 connected CD/DVD drives: 4, as the peer.
    row("cdrom", 4, n("HYG-CDROM"));
    // 12 large provisioned: the peer's 3 are above 10,000,000 MiB; rehost's threshold is
    // 10 TiB, so large-storage-02 (10,240,000 MiB) and mixed (exactly 10 TiB) are not large.
    row("large_provisioned", 3, n("HYG-PROVISIONED"));
    assert_eq!(vms("HYG-PROVISIONED"), set(&["large-storage-01"]));
    // 13 vCPU beyond an AV36P host (36 cores): 3, as the peer.
    row("high_vcpu", 3, n("HYG-VCPU"));
    // 14 memory: the peer's limit is an AV36 host's 576 GB; rehost's the AV36P's 768 GB (the
    // host its cited page describes), so high-mem-02, exactly 768 GiB, is within it.
    row("high_memory", 3, n("HYG-MEMORY"));
    assert_eq!(vms("HYG-MEMORY"), set(&["high-mem-01", "mixed"]));
    // 15 hardware version: the peer's 4 are below HCX's 9; rehost's floor is changed block
    // tracking's 7: old-hw-01 and mixed (6), not old-hw-02 (7) nor suspended-02 (8).
    row("hw_version", 4, n("HYG-HW-VERSION"));
    assert_eq!(vms("HYG-HW-VERSION"), set(&["old-hw-01", "mixed"]));
    // 16 shared disks: the peer's 5 are groups (3 paths, 2 shared buses); rehost the 9 VMs.
    row("shared_disks", 5, n("HYG-SHARED"));
    assert_eq!(n("HYG-SHARED"), 9);
    // 17 passwords: 3 annotations and 2 snapshot descriptions, as the peer.
    row(
        "clear_text_passwords",
        5,
        n("HYG-SECRET-ANNOTATION") + n("HYG-SECRET-SNAPSHOT"),
    );
    assert_eq!(n("HYG-SECRET-ANNOTATION"), 3);
    assert_eq!(vms("HYG-SECRET-SNAPSHOT"), set(&["normal-01", "mixed"]));
    // 18 VMkernel networks: 3, as the peer.
    row("vmkernel", 3, n("HYG-VMKERNEL-NETWORK"));
    // 19 Fault Tolerance configured: 3, as the peer.
    row("fault_tolerance", 3, n("HYG-FT"));
    assert_eq!(total_peer, 80, "the peer's own total");

    // Where the counts agree, they must; every other row is a difference asserted above.
    let same = [
        "risky_disks",
        "suspended",
        "vmtools_not_running",
        "cdrom",
        "high_vcpu",
        "clear_text_passwords",
        "vmkernel",
        "fault_tolerance",
        "non_intel_hosts",
    ];
    for (check, peer, ours) in &rows {
        if same.contains(check) {
            assert_eq!(peer, ours, "{check}");
        }
    }
}

/// No output of any kind holds an annotation's or a snapshot description's text.
#[test]
fn no_output_prints_a_secret() {
    let (dir, path) = fixture();
    let p = path.to_str().unwrap();
    let mut outputs: Vec<(String, Vec<u8>)> = Vec::new();
    let run = |outputs: &mut Vec<(String, Vec<u8>)>, what: &str, args: &[&str]| {
        let out = crate::common::rehost(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{what}: {}",
            crate::common::stderr(&out)
        );
        outputs.push((what.to_string(), [out.stdout, out.stderr].concat()));
    };
    for lang in ["en", "ko"] {
        run(
            &mut outputs,
            "terminal",
            &["assess", p, "--as-of", AS_OF, "--lang", lang],
        );
        run(
            &mut outputs,
            "details",
            &["assess", p, "--as-of", AS_OF, "--details", "--lang", lang],
        );
        for f in ["json", "csv", "md"] {
            run(
                &mut outputs,
                f,
                &[
                    "assess", p, "--as-of", AS_OF, "--format", f, "-o", "-", "--lang", lang,
                ],
            );
        }
        for vm in [
            "password-01",
            "password-02",
            "password-03",
            "normal-01",
            "mixed",
        ] {
            run(
                &mut outputs,
                "explain",
                &["explain", p, "-m", vm, "--as-of", AS_OF, "--lang", lang],
            );
        }
        run(&mut outputs, "inspect", &["inspect", p, "--lang", lang]);
    }
    run(
        &mut outputs,
        "inspect json",
        &["inspect", p, "--format", "json"],
    );
    for (ext, f) in [("xlsx", "xlsx"), ("html", "html")] {
        let out = dir.path().join(format!("report.{ext}"));
        let o = out.to_str().unwrap();
        run(
            &mut outputs,
            f,
            &["assess", p, "--as-of", AS_OF, "--format", f, "-o", o],
        );
        let bytes = std::fs::read(&out).unwrap();
        if ext == "xlsx" {
            // Every part of the workbook, inflated.
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            for i in 0..zip.len() {
                let mut part = zip.by_index(i).unwrap();
                let mut text = Vec::new();
                std::io::Read::read_to_end(&mut part, &mut text).unwrap();
                outputs.push((format!("xlsx {i}"), text));
            }
        } else {
            outputs.push((f.to_string(), bytes));
        }
    }
    // The finding is there, saying which column; only the text is not.
    let json = outputs.iter().find(|(w, _)| w == "json").unwrap();
    let json = String::from_utf8_lossy(&json.1);
    assert!(
        json.contains("HYG-SECRET-ANNOTATION"),
        "the finding is reported"
    );
    assert!(json.contains("HYG-SECRET-SNAPSHOT"));
    for (what, bytes) in &outputs {
        let text = String::from_utf8_lossy(bytes);
        for secret in SECRETS {
            assert!(!text.contains(secret), "{what} prints the secret {secret}");
        }
        // Nor the words around it.
        assert!(
            !text.contains("Admin password:"),
            "{what} prints an annotation"
        );
        assert!(
            !text.contains("root password"),
            "{what} prints a description"
        );
    }
    assert!(outputs.len() > 30, "{} outputs", outputs.len());
}

/// The same export as RVTools' per-tab CSV files reads the same.
#[test]
fn per_tab_csv_exports_read_the_same_tabs() {
    let (dir, path) = fixture();
    let csv_dir = dir.path().join("csv");
    std::fs::create_dir(&csv_dir).unwrap();
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    use calamine::Reader;
    let mut files = Vec::new();
    for name in wb.sheet_names().to_owned() {
        let range = wb.worksheet_range(&name).unwrap();
        let mut out = String::new();
        for row in range.rows() {
            let cells: Vec<String> = row
                .iter()
                .map(|c| {
                    let t = match c {
                        calamine::Data::Bool(b) => if *b { "True" } else { "False" }.to_string(),
                        other => other.to_string(),
                    };
                    if t.contains([',', '"']) {
                        format!("\"{}\"", t.replace('"', "\"\""))
                    } else {
                        t
                    }
                })
                .collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        let f = csv_dir.join(format!("RVTools_tab{name}.csv"));
        std::fs::write(&f, out).unwrap();
        files.push(f.to_str().unwrap().to_string());
    }
    let mut args: Vec<&str> = files.iter().map(String::as_str).collect();
    args.extend(["--target", "hygiene", "--as-of", AS_OF]);
    let from_csv = failing(&crate::common::assess_json(&args));
    let p = path.to_str().unwrap();
    let from_xlsx = failing(&crate::common::assess_json(&[
        p, "--target", "hygiene", "--as-of", AS_OF,
    ]));
    assert_eq!(from_csv, from_xlsx);
    assert!(from_csv.len() > 15, "{:?}", from_csv.keys());
}
