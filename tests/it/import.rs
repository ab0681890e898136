//! The importer on real files: one test per format, the row-accounting invariant on every
//! fixture, and the real Azure Migrate discovery export.

use std::path::Path;

use rehost::inventory::{self, Format, Inventory, Issue};
use rehost::model::{DiskKind, DiskRole, Firmware, Hypervisor, Machine, Manager, Value};

const GIB: u64 = 1 << 30;
const MIB: u64 = 1 << 20;

fn import(paths: &[&str]) -> Inventory {
    inventory::import(&paths.iter().map(Path::new).collect::<Vec<_>>())
        .unwrap_or_else(|e| panic!("{paths:?}: {e}"))
}

fn machine<'a>(inv: &'a Inventory, name: &str) -> &'a Machine {
    inv.machines
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no machine {name}"))
}

fn sizes(m: &Machine, role: DiskRole) -> Vec<Option<u64>> {
    m.disks
        .iter()
        .filter(|d| d.role == role)
        .map(|d| d.size_bytes.known().copied())
        .collect()
}

/// Rows in = machines + rows attached to machines + skipped rows, for every sheet, and every
/// skipped row has a data-quality record.
fn assert_nothing_lost(inv: &Inventory) {
    for s in &inv.sheets {
        assert_eq!(
            s.rows_read,
            s.machines + s.attached + s.skipped,
            "{} {:?}: rows in must equal rows accounted for",
            s.file,
            s.sheet
        );
    }
    let skipped: usize = inv.sheets.iter().map(|s| s.skipped).sum();
    let records = inv
        .data_quality
        .iter()
        .filter(|d| d.issue == Issue::Skipped)
        .count();
    assert_eq!(skipped, records, "every skipped row is in data quality");
    let machines: usize = inv.sheets.iter().map(|s| s.machines).sum();
    assert_eq!(machines, inv.machines.len());
}

#[test]
fn every_fixture_accounts_for_every_row() {
    let fixtures = [
        "tests/fixtures/rvtools-4x.xlsx",
        "tests/fixtures/rvtools-3x.xlsx",
        "tests/fixtures/rvtools-csv",
        "tests/fixtures/azure-migrate-import.csv",
        "tests/fixtures/hyperv-getvm.csv",
        "tests/fixtures/hyperv-getvm-utf16.csv",
        "tests/fixtures/hyperv-getvm-ps51.csv",
        "tests/fixtures/hyperv-vhd.csv",
        "tests/fixtures/hyperv-vhd-report.csv",
        "tests/fixtures/generic-semicolon.csv",
        "tests/fixtures/generic-hand-typed.xlsx",
        "tests/fixtures/generic-hand-typed.xls",
        "tests/fixtures/generic-hand-typed.ods",
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "inventories/exam/seed-q4-azure-migrate-2018.csv",
    ];
    for f in fixtures {
        let inv = import(&[f]);
        assert!(!inv.machines.is_empty(), "{f}");
        assert_nothing_lost(&inv);
    }
}

#[test]
fn rvtools_4x_joins_vinfo_vdisk_vpartition_vhost() {
    let inv = import(&["tests/fixtures/rvtools-4x.xlsx"]);
    let names: Vec<&str> = inv.machines.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        ["app01", "db01", "web01", "legacy01"],
        "templates and SRM placeholders skipped"
    );
    let skipped: Vec<&str> = inv
        .data_quality
        .iter()
        .filter(|d| d.issue == Issue::Skipped)
        .filter_map(|d| d.machine.as_deref())
        .collect();
    assert_eq!(
        skipped,
        ["tmpl-ws2022", "srm-ph-app02", "tmpl-ws2022", "ghost01"]
    );

    let app = machine(&inv, "app01");
    assert_eq!(app.hypervisor, Value::Known(Hypervisor::Vmware));
    assert_eq!(
        app.memory_bytes,
        Value::Known(16 * GIB),
        "vInfo Memory is MiB"
    );
    assert_eq!(app.firmware, Value::Known(Firmware::Bios));
    assert_eq!(
        sizes(app, DiskRole::Os),
        [Some(100 * GIB)],
        "Hard disk 1 is the OS disk"
    );
    assert_eq!(sizes(app, DiskRole::Data), [Some(2048 * GIB)]);
    assert_eq!(
        app.dr.used_bytes,
        Value::Known((51200 + 1048576) * MIB),
        "vPartition consumed"
    );
    assert_eq!(
        app.host.os.known().map(String::as_str),
        Some("VMware ESXi 8.0.2 build-22380479")
    );
    assert_eq!(
        app.host.managed_by.known().and_then(Manager::server),
        Some("vCenter Server 8.0.2.0")
    );
    let os = app.os.known().expect("os");
    assert_eq!(
        (os.product.as_str(), os.version.as_deref()),
        ("windows-server", Some("2019"))
    );

    let db = machine(&inv, "db01");
    assert_eq!(db.firmware, Value::Known(Firmware::Uefi));
    assert_eq!(db.secure_boot, Value::Known(true));
    assert_eq!(db.disks[2].kind, Value::Known(DiskKind::Shared));
    assert_eq!(db.disk_flags.rdm, Value::Known(true));
    assert_eq!(db.disk_flags.independent, Value::Known(true));
    assert_eq!(
        app.disk_flags.rdm,
        Value::Known(false),
        "vDisk lists every disk"
    );

    // `Other (64-bit)` in the configuration file, Ubuntu 20.04 by VMware Tools: the guest's
    // own reading is used, and the configuration's word is a data-quality record.
    let web = machine(&inv, "web01");
    assert_eq!(
        web.os
            .known()
            .map(|o| (o.product.as_str(), o.version.as_deref())),
        Some(("ubuntu", Some("20.04")))
    );
    assert!(inv.data_quality.iter().any(|d| {
        d.machine.as_deref() == Some("web01")
            && d.message
                .to_string()
                .starts_with("configured as \"Other (64-bit)\", running \"Ubuntu 20.04.6 LTS\"")
    }));
    assert!(matches!(&web.memory_bytes, Value::Invalid(bad) if bad.raw == "4 GB?"));
    let bad = inv
        .data_quality
        .iter()
        .find(|d| d.issue == Issue::Invalid)
        .expect("a record");
    assert_eq!(bad.cell.as_deref(), Some("vInfo!K4"));
    assert_eq!(
        inv.sheets
            .iter()
            .find(|s| s.format == Format::RVTOOLS_META)
            .map(|_| ()),
        Some(())
    );
    assert!(inv.sheets.iter().any(|s| {
        s.notes
            .iter()
            .any(|n| n.to_string() == "RVTools version 4.7.1.4")
    }));
}

#[test]
fn rvtools_3x_reads_mb_headers_and_tools_os_fallback() {
    let inv = import(&["tests/fixtures/rvtools-3x.xlsx"]);
    let fs = machine(&inv, "FS01");
    assert_eq!(sizes(fs, DiskRole::Os), [Some(60 * GIB)]);
    assert_eq!(
        sizes(fs, DiskRole::Data),
        [Some((1153433.6f64 * MIB as f64).round() as u64)]
    );
    assert_eq!(fs.dr.used_bytes, Value::Known(800000 * MIB), "In Use MB");
    assert_eq!(
        fs.host.managed_by.known().and_then(Manager::server),
        Some("vCenter Server 6.0")
    );
    let lnx = machine(&inv, "LNX01");
    let os = lnx
        .os
        .known()
        .expect("tools OS used when the configured OS is empty");
    assert_eq!(
        (os.product.as_str(), os.version.as_deref()),
        ("centos", Some("6"))
    );
}

#[test]
fn rvtools_per_tab_csv_folder() {
    let inv = import(&["tests/fixtures/rvtools-csv"]);
    assert_eq!(inv.machines.len(), 1);
    let m = machine(&inv, "csv-app01");
    assert_eq!(sizes(m, DiskRole::Data), [Some(200 * GIB)]);
    assert_eq!(m.memory_bytes, Value::Known(8 * GIB));
    assert!(
        inv.data_quality
            .iter()
            .any(|d| d.message.to_string().contains("belongs to csv-tmpl"))
    );
}

#[test]
fn azure_migrate_csv_template() {
    let inv = import(&["tests/fixtures/azure-migrate-import.csv"]);
    assert_eq!(inv.sheets[0].format, Format("azure-migrate-csv"));
    let sql = machine(&inv, "sql01.contoso.local");
    assert_eq!(sql.memory_bytes, Value::Known(32 * GIB));
    assert_eq!(sizes(sql, DiskRole::Os), [Some(128 * GIB)]);
    assert_eq!(
        sizes(sql, DiskRole::Data),
        [Some(1024 * GIB), Some(2048 * GIB)]
    );
    assert_eq!(sql.nics, Value::Known(2));
    let app = machine(&inv, "app02.contoso.local");
    assert_eq!(app.hypervisor, Value::Known(Hypervisor::HyperV));
    assert_eq!(app.firmware, Value::Known(Firmware::Uefi));
    let os = app.os.known().expect("os");
    assert_eq!(
        (os.product.as_str(), os.version.as_deref()),
        ("rhel", Some("7.9")),
        "OS version column"
    );
    assert_eq!(
        machine(&inv, "phys03.contoso.local").hypervisor,
        Value::Known(Hypervisor::Physical)
    );
    let old = machine(&inv, "old04.contoso.local");
    assert_eq!(old.architecture, Value::Known(rehost::model::Arch::X86));
    assert_eq!(old.effective_data_disk_count(), Value::Known(0));
}

#[test]
fn azure_migrate_discovery_export_imports_all_294_machines() {
    let inv = import(&["inventories/samples/AzureMigrate_Discovery_Report.xlsx"]);
    assert_eq!(inv.machines.len(), 294);
    assert!(
        !inv.data_quality
            .iter()
            .any(|d| matches!(d.issue, Issue::Invalid | Issue::Skipped)),
        "{:?}",
        inv.data_quality
    );
    let formats: Vec<Format> = inv.sheets.iter().map(|s| s.format).collect();
    assert_eq!(
        formats,
        [
            Format("azure-migrate-properties"),
            Format("azure-migrate-discovery")
        ]
    );
    let m = machine(&inv, "DEVSQLVM13");
    assert_eq!(
        m.hypervisor,
        Value::Known(Hypervisor::Vmware),
        "from the vmwaresites machine id"
    );
    assert_eq!(m.memory_bytes, Value::Known(4 * GIB));
    assert_eq!(
        m.effective_data_disk_count(),
        Value::Known(1),
        "Total Disks 2 = OS + 1 data"
    );
    assert!(m.disks.is_empty(), "the export has no disk sizes");
    assert!(
        inv.machines
            .iter()
            .all(|m| m.os.is_known() && m.cores.is_known())
    );
    let uefi = inv
        .machines
        .iter()
        .filter(|m| m.firmware == Value::Known(Firmware::Uefi))
        .count();
    assert_eq!(uefi, 41);
}

#[test]
fn hyperv_getvm_with_type_line_joined_with_a_vhd_list() {
    let inv = import(&[
        "tests/fixtures/hyperv-getvm.csv",
        "tests/fixtures/hyperv-vhd.csv",
    ]);
    assert_nothing_lost(&inv);
    let dc = machine(&inv, "DC01");
    assert_eq!(dc.generation, Value::Known(2));
    assert_eq!(
        dc.memory_bytes,
        Value::Known(4 * GIB),
        "MemoryStartup is bytes"
    );
    assert_eq!(
        dc.host.name.known().map(String::as_str),
        Some("HV-HOST01"),
        "ComputerName is the host"
    );
    assert_eq!(dc.hypervisor, Value::Known(Hypervisor::HyperV));
    assert_eq!(sizes(dc, DiskRole::Os), [Some(127 * GIB)]);
    let sql = machine(&inv, "SQL02");
    assert_eq!(
        sizes(sql, DiskRole::Data),
        [Some(5 * 1024 * GIB), Some(GIB)]
    );
    assert_eq!(
        sql.disk_flags.shared,
        Value::Known(true),
        "a .vhds is a shared VHD set"
    );
    // A VM the VHD list names but Get-VM did not: kept, as a machine of its own.
    assert_eq!(
        sizes(machine(&inv, "GHOST05"), DiskRole::Os),
        [Some(40 * GIB)]
    );
    // A VM Get-VM lists but the VHD list does not: its disks are unknown, not none.
    let bad = machine(&inv, "BAD04");
    assert_eq!(sizes(bad, DiskRole::Os), [None]);
    let cells: Vec<&str> = inv
        .data_quality
        .iter()
        .filter_map(|d| d.cell.as_deref())
        .collect();
    assert_eq!(
        cells,
        [
            "hyperv-getvm.csv!C6",
            "hyperv-getvm.csv!D6",
            "hyperv-getvm.csv!E6"
        ]
    );
}

#[test]
fn hyperv_utf16_export() {
    let inv = import(&["tests/fixtures/hyperv-getvm-utf16.csv"]);
    assert_eq!(inv.machines[1].name, "Café-VM");
    assert_eq!(inv.machines[0].memory_bytes, Value::Known(2 * GIB));
    assert!(
        inv.sheets[0]
            .notes
            .iter()
            .any(|n| n.to_string().contains("UTF-16"))
    );
}

#[test]
fn hyperv_per_vhd_report_alone() {
    let inv = import(&["tests/fixtures/hyperv-vhd-report.csv"]);
    assert_eq!(inv.sheets[0].format, Format::HYPER_V_VHD);
    let f = machine(&inv, "FILE01");
    assert_eq!(sizes(f, DiskRole::Os), [Some(127 * GIB)]);
    assert_eq!(sizes(f, DiskRole::Data), [Some(4500 * GIB)]);
    assert_eq!(f.memory_bytes, Value::Known(16 * GIB));
    assert_eq!(f.cores, Value::Known(4));
    assert_eq!(f.host.name.known().map(String::as_str), Some("HVS01"));
}

#[test]
fn generic_tables_with_units_lists_and_title_rows() {
    for f in [
        "tests/fixtures/generic-hand-typed.xlsx",
        "tests/fixtures/generic-hand-typed.xls",
        "tests/fixtures/generic-hand-typed.ods",
    ] {
        let inv = import(&[f]);
        assert_eq!(
            inv.sheets[0].header_row,
            Some(3),
            "{f}: title row above the header"
        );
        let sql = machine(&inv, "HV-SQL01");
        assert_eq!(sizes(sql, DiskRole::Os), [Some(250 * GIB)], "{f}");
        assert_eq!(
            sizes(sql, DiskRole::Data),
            [Some(1024 * GIB), Some(500 * GIB)],
            "{f}: a list in a cell"
        );
        assert_eq!(sql.memory_bytes, Value::Known(32 * GIB), "{f}");
        let lnx = machine(&inv, "HV-LNX02");
        assert_eq!(
            lnx.memory_bytes,
            Value::Known(8 * GIB),
            "{f}: 8192 read as MB"
        );
        assert_eq!(
            lnx.effective_data_disk_count(),
            Value::Known(0),
            "{f}: count column says none"
        );
        let fs = machine(&inv, "HV-FS03");
        assert_eq!(sizes(fs, DiskRole::Os), [Some(1536 * GIB)], "{f}: 1.5 TiB");
        assert_eq!(sizes(fs, DiskRole::Data), [Some(2048 * GIB)], "{f}: 2,048");
        assert_eq!(fs.bitlocker, Value::Known(true));
        assert_eq!(fs.generation, Value::Known(1));
    }
}

#[test]
fn generic_semicolon_csv_with_decimal_commas() {
    let inv = import(&["tests/fixtures/generic-semicolon.csv"]);
    let a1 = machine(&inv, "APP-01");
    assert_eq!(
        sizes(a1, DiskRole::Data),
        [Some((1024.5 * GIB as f64) as u64)]
    );
    let a2 = machine(&inv, "APP-02");
    assert_eq!(sizes(a2, DiskRole::Os), [Some(512 * GIB)]);
    assert_eq!(
        a2.disk_sizes,
        Value::Empty,
        "an empty data-disk cell is unknown, not none"
    );
    assert!(matches!(a2.bitlocker, Value::Invalid(_)));
    assert_eq!(
        machine(&inv, "APP-03").disk_flags.shared,
        Value::Known(true)
    );
}

#[test]
fn exam_tables_read_as_typed() {
    let inv = import(&["inventories/exam/seed-q4-azure-migrate-2018.csv"]);
    let sea = machine(&inv, "Sea-CA01");
    assert_eq!(sea.hypervisor, Value::Known(Hypervisor::HyperV));
    assert_eq!(
        sea.host.os.known().map(String::as_str),
        Some("Windows Server 2016")
    );
    assert_eq!(
        machine(&inv, "Sea-DC01").hypervisor,
        Value::Known(Hypervisor::Physical)
    );
    let nyc = machine(&inv, "NYC-FS01");
    assert_eq!(
        nyc.host.managed_by.known().and_then(Manager::server),
        Some("vCenter Server 6.5")
    );
    assert_eq!(nyc.memory_bytes, Value::Known(16 * GIB));
    let q3 = import(&["inventories/exam/seed-q3-asr-hyperv-bitlocker.csv"]);
    assert_eq!(sizes(machine(&q3, "VM2"), DiskRole::Os), [Some(3072 * GIB)]);
    assert_eq!(machine(&q3, "VM1").bitlocker, Value::Known(true));
}

#[test]
fn several_files_at_once_keep_their_sources() {
    let inv = import(&[
        "tests/fixtures/azure-migrate-import.csv",
        "tests/fixtures/rvtools-4x.xlsx",
    ]);
    assert_eq!(inv.machines.len(), 8);
    assert_eq!(
        inv.machines[0].source.display(),
        "tests/fixtures/azure-migrate-import.csv!2"
    );
    assert_eq!(
        inv.machines[4].source.display(),
        "tests/fixtures/rvtools-4x.xlsx!vInfo!2"
    );
}

/// RVTools' `VI SDK Server type` `HostAgent`: the VM's host is a standalone ESXi host, managed
/// by no server, and the JSON says so in the words it always has.
#[test]
fn rvtools_standalone_esxi_host_is_managed_by_none() {
    let dir = std::env::temp_dir().join(format!("rehost-hostagent-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for tab in ["vInfo", "vDisk"] {
        let name = format!("RVTools_tab{tab}.csv");
        let text =
            std::fs::read_to_string(Path::new("tests/fixtures/rvtools-csv").join(&name)).unwrap();
        let text = if tab == "vInfo" {
            text.lines()
                .enumerate()
                .map(|(i, l)| {
                    let extra = if i == 0 {
                        "VI SDK Server type"
                    } else {
                        "HostAgent"
                    };
                    format!("{l},{extra}\n")
                })
                .collect()
        } else {
            text
        };
        std::fs::write(dir.join(&name), text).unwrap();
    }
    let inv = import(&[dir.to_str().unwrap()]);
    let m = machine(&inv, "csv-app01");
    assert_eq!(m.host.managed_by, Value::Known(Manager::StandaloneEsxi));
    assert_eq!(
        serde_json::to_value(&m.host).unwrap()["managed_by"],
        "none (ESXi host)"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
