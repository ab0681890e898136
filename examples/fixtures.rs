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

#[path = "fixtures/rvtools_4x.rs"]
mod rvtools_4x;
#[path = "common/rvtools_columns.rs"]
mod rvtools_columns;
#[path = "fixtures/rvtools_controllers.rs"]
mod rvtools_controllers;
#[path = "fixtures/rvtools_guest_os.rs"]
mod rvtools_guest_os;
#[path = "fixtures/rvtools_usage.rs"]
mod rvtools_usage;
use rvtools_4x::rvtools_4x;
use rvtools_controllers::rvtools_controllers;
use rvtools_guest_os::rvtools_guest_os;
use rvtools_usage::rvtools_usage;

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
    rvtools_guest_os(&format!("{dir}/rvtools-4x-guest-os.xlsx"))?;
    rvtools_usage(&format!("{dir}/rvtools-4x-usage.xlsx"))?;
    rvtools_controllers(&format!("{dir}/rvtools-4x-controllers.xlsx"))?;
    rvtools_3x(&format!("{dir}/rvtools-3x.xlsx"))?;
    generic_xlsx(&format!("{dir}/generic-hand-typed.xlsx"))?;
    println!("fixtures written to {dir}");
    Ok(())
}
