//! Writes the workbook fixtures in `tests/fixtures/` (xlsx built with rust_xlsxwriter).
//! Run `cargo run --example fixtures` after changing it; the files are committed so tests
//! read real files. Headers follow real exports (see ../shared/research/peers-and-formats.md).

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

#[derive(Clone)]
enum V {
    S(&'static str),
    N(f64),
    B(bool),
    E,
}
use V::*;

fn sheet(
    wb: &mut Workbook,
    name: &str,
    headers: &[&str],
    rows: &[Vec<V>],
) -> Result<(), XlsxError> {
    let ws: &mut Worksheet = wb.add_worksheet();
    ws.set_name(name)?;
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(0, c as u16, *h)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match v {
                S(s) => {
                    ws.write_string(r, c, *s)?;
                }
                N(n) => {
                    ws.write_number(r, c, *n)?;
                }
                B(b) => {
                    ws.write_boolean(r, c, *b)?;
                }
                E => {}
            }
        }
    }
    Ok(())
}

const VINFO_4X: &[&str] = &[
    "VM",
    "Powerstate",
    "Template",
    "SRM Placeholder",
    "Config status",
    "DNS Name",
    "Connection state",
    "Guest state",
    "Heartbeat",
    "CPUs",
    "Memory",
    "NICs",
    "Disks",
    "Total disk capacity MiB",
    "Primary IP Address",
    "Provisioned MiB",
    "In Use MiB",
    "Unshared MiB",
    "EFI Secure boot",
    "Firmware",
    "HW version",
    "Annotation",
    "Datacenter",
    "Cluster",
    "Host",
    "OS according to the configuration file",
    "OS according to the VMware Tools",
    "VM ID",
    "VM UUID",
    "VI SDK Server type",
    "VI SDK API Version",
    "VI SDK Server",
    "VI SDK UUID",
];

#[allow(clippy::too_many_arguments)]
fn vinfo(
    name: &'static str,
    power: &'static str,
    template: bool,
    srm: bool,
    cpus: V,
    mem: V,
    disks: f64,
    fw: &'static str,
    secure: bool,
    host: &'static str,
    os: &'static str,
    tools_os: &'static str,
    uuid: &'static str,
) -> Vec<V> {
    vec![
        S(name),
        S(power),
        B(template),
        B(srm),
        S("green"),
        S(name),
        S("connected"),
        S("running"),
        S("green"),
        cpus,
        mem,
        N(1.0),
        N(disks),
        N(0.0),
        S("10.0.0.10"),
        N(0.0),
        N(0.0),
        N(0.0),
        B(secure),
        S(fw),
        N(19.0),
        E,
        S("DC1"),
        S("Cluster1"),
        S(host),
        S(os),
        S(tools_os),
        S("vm-100"),
        S(uuid),
        S("VirtualCenter"),
        S("8.0.2.0"),
        S("vcenter01.contoso.local"),
        S("8c1e2f5a-0000-4000-8000-000000000001"),
    ]
}

fn rvtools_4x(path: &str) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    let rows = vec![
        vinfo(
            "app01",
            "poweredOn",
            false,
            false,
            N(4.0),
            N(16384.0),
            2.0,
            "bios",
            false,
            "esx01.contoso.local",
            "Microsoft Windows Server 2019 (64-bit)",
            "Microsoft Windows Server 2019 Datacenter",
            "5001a1b2-0000-0000-0000-000000000001",
        ),
        vinfo(
            "db01",
            "poweredOn",
            false,
            false,
            N(8.0),
            N(65536.0),
            3.0,
            "efi",
            true,
            "esx01.contoso.local",
            "Red Hat Enterprise Linux 8 (64-bit)",
            "Red Hat Enterprise Linux 8.6 (64-bit)",
            "5001a1b2-0000-0000-0000-000000000002",
        ),
        vinfo(
            "web01",
            "poweredOff",
            false,
            false,
            N(2.0),
            S("4 GB?"),
            1.0,
            "efi",
            false,
            "esx02.contoso.local",
            "Other (64-bit)",
            "Ubuntu 20.04.6 LTS",
            "5001a1b2-0000-0000-0000-000000000003",
        ),
        vinfo(
            "tmpl-ws2022",
            "poweredOff",
            true,
            false,
            N(2.0),
            N(4096.0),
            1.0,
            "efi",
            false,
            "esx02.contoso.local",
            "Microsoft Windows Server 2022 (64-bit)",
            "",
            "5001a1b2-0000-0000-0000-000000000004",
        ),
        vinfo(
            "srm-ph-app02",
            "poweredOff",
            false,
            true,
            N(4.0),
            N(8192.0),
            1.0,
            "bios",
            false,
            "esx02.contoso.local",
            "Microsoft Windows Server 2016 (64-bit)",
            "",
            "5001a1b2-0000-0000-0000-000000000005",
        ),
        vinfo(
            "legacy01",
            "poweredOn",
            false,
            false,
            N(1.0),
            N(2048.0),
            2.0,
            "bios",
            false,
            "esx02.contoso.local",
            "Microsoft Windows Server 2003 Standard (32-bit)",
            "",
            "5001a1b2-0000-0000-0000-000000000006",
        ),
    ];
    sheet(&mut wb, "vInfo", VINFO_4X, &rows)?;
    sheet(
        &mut wb,
        "vCPU",
        &[
            "VM",
            "Powerstate",
            "Template",
            "CPUs",
            "Sockets",
            "Cores p/s",
        ],
        &[vec![
            S("app01"),
            S("poweredOn"),
            B(false),
            N(4.0),
            N(2.0),
            N(2.0),
        ]],
    )?;
    let vdisk_h = [
        "VM",
        "Powerstate",
        "Template",
        "SRM Placeholder",
        "Disk",
        "Disk Key",
        "Disk Path",
        "Capacity MiB",
        "Raw",
        "Disk Mode",
        "Sharing mode",
        "Thin",
        "Controller",
        "Label",
    ];
    let d = |vm: &'static str,
             disk: &'static str,
             mib: f64,
             raw: bool,
             mode: &'static str,
             sharing: &'static str| {
        vec![
            S(vm),
            S("poweredOn"),
            B(false),
            B(false),
            S(disk),
            N(2000.0),
            S("[ds1] vm/vm.vmdk"),
            N(mib),
            B(raw),
            S(mode),
            S(sharing),
            B(true),
            S("SCSI controller 0"),
            S(disk),
        ]
    };
    sheet(
        &mut wb,
        "vDisk",
        &vdisk_h,
        &[
            d(
                "app01",
                "Hard disk 1",
                102400.0,
                false,
                "persistent",
                "sharingNone",
            ),
            d(
                "app01",
                "Hard disk 2",
                2097152.0,
                false,
                "persistent",
                "sharingNone",
            ),
            d(
                "db01",
                "Hard disk 1",
                65536.0,
                false,
                "persistent",
                "sharingNone",
            ),
            d(
                "db01",
                "Hard disk 2",
                5242880.0,
                false,
                "persistent",
                "sharingNone",
            ),
            d(
                "db01",
                "Hard disk 3",
                1048576.0,
                true,
                "independent_persistent",
                "sharingMultiWriter",
            ),
            d(
                "web01",
                "Hard disk 1",
                40960.0,
                false,
                "persistent",
                "sharingNone",
            ),
            d(
                "tmpl-ws2022",
                "Hard disk 1",
                61440.0,
                false,
                "persistent",
                "sharingNone",
            ),
            d(
                "legacy01",
                "Hard disk 1",
                40960.0,
                false,
                "persistent",
                "sharingNone",
            ),
            d(
                "legacy01",
                "Hard disk 2",
                512.0,
                false,
                "persistent",
                "sharingNone",
            ),
        ],
    )?;
    let vpart_h = [
        "VM",
        "Powerstate",
        "Template",
        "SRM Placeholder",
        "Disk Key",
        "Disk",
        "Capacity MiB",
        "Consumed MiB",
        "Free MiB",
        "Free %",
    ];
    let p = |vm: &'static str, disk: &'static str, cap: f64, used: f64| {
        vec![
            S(vm),
            S("poweredOn"),
            B(false),
            B(false),
            N(2000.0),
            S(disk),
            N(cap),
            N(used),
            N(cap - used),
            N(((cap - used) / cap * 100.0).round()),
        ]
    };
    sheet(
        &mut wb,
        "vPartition",
        &vpart_h,
        &[
            p("app01", "C:\\", 102000.0, 51200.0),
            p("app01", "D:\\", 2097000.0, 1048576.0),
            p("db01", "/", 60000.0, 20480.0),
            p("ghost01", "/", 1000.0, 10.0),
        ],
    )?;
    sheet(
        &mut wb,
        "vHost",
        &[
            "Host",
            "Datacenter",
            "Cluster",
            "CPU Model",
            "# CPU",
            "# Cores",
            "ESX Version",
        ],
        &[
            vec![
                S("esx01.contoso.local"),
                S("DC1"),
                S("Cluster1"),
                S("Intel(R) Xeon(R) Gold 6248"),
                N(2.0),
                N(40.0),
                S("VMware ESXi 8.0.2 build-22380479"),
            ],
            vec![
                S("esx02.contoso.local"),
                S("DC1"),
                S("Cluster1"),
                S("Intel(R) Xeon(R) Gold 6248"),
                N(2.0),
                N(40.0),
                S("VMware ESXi 7.0.3 build-21930508"),
            ],
        ],
    )?;
    sheet(
        &mut wb,
        "vMetaData",
        &[
            "RVTools major version",
            "RVTools version",
            "xlsx creation datetime",
            "Server",
        ],
        &[vec![
            N(4.7),
            S("4.7.1.4"),
            N(46008.69),
            S("vcenter01.contoso.local"),
        ]],
    )?;
    wb.save(path)
}

fn rvtools_3x(path: &str) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    let h = [
        "VM",
        "Powerstate",
        "Template",
        "CPUs",
        "Memory",
        "NICs",
        "Disks",
        "Provisioned MB",
        "In Use MB",
        "Firmware",
        "Host",
        "OS according to the configuration file",
        "OS according to the VMware Tools",
        "VI SDK Server type",
        "VI SDK API Version",
    ];
    sheet(
        &mut wb,
        "vInfo",
        &h,
        &[
            vec![
                S("FS01"),
                S("poweredOn"),
                B(false),
                N(2.0),
                N(8192.0),
                N(1.0),
                N(2.0),
                N(1200000.0),
                N(800000.0),
                S("bios"),
                S("esx-old01"),
                S("Microsoft Windows Server 2012 (64-bit)"),
                E,
                S("VirtualCenter"),
                S("6.0"),
            ],
            vec![
                S("LNX01"),
                S("poweredOn"),
                B(false),
                N(2.0),
                N(4096.0),
                N(1.0),
                N(1.0),
                N(50000.0),
                N(20000.0),
                S("bios"),
                S("esx-old01"),
                E,
                S("CentOS 6 (64-bit)"),
                S("VirtualCenter"),
                S("6.0"),
            ],
        ],
    )?;
    sheet(
        &mut wb,
        "vDisk",
        &[
            "VM",
            "Powerstate",
            "Template",
            "Disk",
            "Capacity MB",
            "Raw",
            "Disk Mode",
        ],
        &[
            vec![
                S("FS01"),
                S("poweredOn"),
                B(false),
                S("Hard disk 1"),
                N(61440.0),
                B(false),
                S("persistent"),
            ],
            vec![
                S("FS01"),
                S("poweredOn"),
                B(false),
                S("Hard disk 2"),
                N(1153433.6),
                B(false),
                S("persistent"),
            ],
            vec![
                S("LNX01"),
                S("poweredOn"),
                B(false),
                S("Hard disk 1"),
                N(51200.0),
                B(false),
                S("persistent"),
            ],
        ],
    )?;
    wb.save(path)
}

fn generic_xlsx(path: &str) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    // A hand-made workbook: a title row above the table, units in cells, lists in a cell.
    let ws = wb.add_worksheet();
    ws.set_name("Servers")?;
    ws.write_string(0, 0, "Contoso server inventory, March")?;
    for (c, h) in [
        "Server",
        "Gen",
        "Guest OS",
        "OS disk",
        "Data disks",
        "Number of data disks",
        "Memory",
        "BitLocker",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *h)?;
    }
    let rows: [[V; 8]; 3] = [
        [
            S("HV-SQL01"),
            N(2.0),
            S("Windows Server 2016"),
            S("250 GB"),
            S("1 TB; 500 GB"),
            N(2.0),
            N(32.0),
            S("No"),
        ],
        [
            S("HV-LNX02"),
            N(2.0),
            S("Ubuntu 18.04 LTS"),
            S("64 GB"),
            E,
            N(0.0),
            N(8192.0),
            S("No"),
        ],
        [
            S("HV-FS03"),
            S("1"),
            S("Windows Server 2012 R2"),
            S("1.5 TiB"),
            S("2,048"),
            N(1.0),
            N(16.0),
            S("Yes"),
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            match v {
                S(s) => {
                    ws.write_string(r as u32 + 3, c as u16, *s)?;
                }
                N(n) => {
                    ws.write_number(r as u32 + 3, c as u16, *n)?;
                }
                _ => {}
            }
        }
    }
    let notes = wb.add_worksheet();
    notes.set_name("Notes")?;
    notes.write_string(0, 0, "Collected by hand from Hyper-V Manager.")?;
    wb.save(path)
}

fn main() -> Result<(), XlsxError> {
    let dir = "tests/fixtures";
    rvtools_4x(&format!("{dir}/rvtools-4x.xlsx"))?;
    rvtools_3x(&format!("{dir}/rvtools-3x.xlsx"))?;
    generic_xlsx(&format!("{dir}/generic-hand-typed.xlsx"))?;
    println!("fixtures written to {dir}");
    Ok(())
}
