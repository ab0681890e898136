//! Per-disk sheets joined to their machines: RVTools `vDisk` and Hyper-V per-VHD exports.
//! Which disk is the OS disk, and a disk's kind when the row does not say, are the format's
//! (`formats::Spec::disk_role`, `disk_kind`).

use std::collections::HashMap;
use std::sync::Arc;

use super::cells;
use super::detect::{Detected, Format};
use super::headers::Field;
use super::imported::{Inventory, SheetReport};
use super::reader::RowReader;
use super::sheet::{Row, Sheet};
use super::table;
use crate::model::{Disk, DiskKind, DiskRole, Machine, Value};

/// Values a disk row makes of another field's column, for the record of where each value was
/// read (`SheetReport::read`): a disk's size, OS or data, is its capacity.
pub const MADE_FROM: &[(Field, Field)] = &[
    (Field::OsDisk, Field::DiskCapacity),
    (Field::DataDisk, Field::DiskCapacity),
];

/// Index of machines by name (first machine of a name wins, as for duplicates).
pub fn index_by_name(machines: &[Machine]) -> HashMap<String, usize> {
    let mut idx = HashMap::with_capacity(machines.len());
    for (i, m) in machines.iter().enumerate() {
        idx.entry(m.name.to_ascii_lowercase()).or_insert(i);
    }
    idx
}

/// Reads one disk row into a [`Disk`]; invalid cells go to data quality.
/// `is_first`: no disk of this machine has been read from a disk sheet yet.
pub fn read_disk(
    inv: &mut Inventory,
    rr: &RowReader<'_>,
    det: &Detected,
    row: &Row,
    machine: &str,
    is_first: bool,
) -> Disk {
    let label = det
        .disk_column(Field::DiskLabel)
        .and_then(|c| row.get(c.index))
        .map(|c| c.text())
        .or_else(|| {
            det.disk_column(Field::DiskPath)
                .and_then(|c| row.get(c.index))
                .map(|c| {
                    c.text()
                        .rsplit(['\\', '/'])
                        .next()
                        .unwrap_or_default()
                        .to_string()
                })
        })
        .unwrap_or_else(|| format!("disk (row {})", row.number));
    let spec = rr.format.spec();
    let role = (spec.disk_role)(&label, is_first);
    let size = match det.disk_column(Field::DiskCapacity) {
        None => Value::Absent,
        Some(col) => match row.get(col.index) {
            None => Value::Empty,
            Some(cell) => {
                let unit = col.unit.or((spec.unit)(Field::DiskCapacity).0);
                let v = cells::size(cell, unit);
                if let Value::Invalid(bad) = &v {
                    rr.record(inv, row, col, machine, &bad.raw, &bad.why);
                }
                v
            }
        },
    };
    let mut disk = Disk::new(label, role, size);
    disk.source = Some(rr.source(row));
    if let Some(col) = det.disk_column(Field::DiskController) {
        let v = cells::controller(row.get(col.index));
        if let Value::Invalid(bad) = &v {
            rr.record(inv, row, col, machine, &bad.raw, &bad.why);
        }
        disk.controller = v;
    }
    let text_of = |f: Field| {
        det.disk_column(f)
            .and_then(|c| row.get(c.index))
            .map(|c| c.text().to_ascii_lowercase())
    };
    let mut kind = match text_of(Field::DiskFormat).as_deref() {
        Some("vhd") => Value::Known(DiskKind::Vhd),
        Some("vhdx") => Value::Known(DiskKind::Vhdx),
        _ => spec.disk_kind.map_or(Value::Absent, Value::Known),
    };
    if let Some(path) = text_of(Field::DiskPath) {
        if path.ends_with(".vhds") {
            kind = Value::Known(DiskKind::Shared);
        } else if path.ends_with(".vhdx") && !kind.is_known() {
            kind = Value::Known(DiskKind::Vhdx);
        } else if path.ends_with(".vhd") && !kind.is_known() {
            kind = Value::Known(DiskKind::Vhd);
        }
    }
    // A disk can be raw, shared and independent at once; the strongest one names its kind
    // and the machine-level flags (set by the caller from `special`) keep all of them.
    let mut special = Vec::new();
    if text_of(Field::DiskMode).is_some_and(|m| m.starts_with("independent")) {
        special.push(DiskKind::Independent);
    }
    if text_of(Field::DiskRaw).is_some_and(|r| matches!(r.as_str(), "true" | "yes")) {
        special.push(DiskKind::Rdm);
    }
    if text_of(Field::DiskSharing).is_some_and(|s| s.contains("multiwriter") || s == "true")
        || kind == Value::Known(DiskKind::Shared)
    {
        special.push(DiskKind::Shared);
    }
    if let Some(k) = special.last() {
        kind = Value::Known(*k);
    }
    for k in special {
        disk.features.insert(k);
    }
    disk.kind = kind;
    disk
}

/// Joins a per-VHD sheet to the machines already imported; a VM found only here becomes a
/// machine of its own, read from the same row.
pub fn attach_vhd_sheet(inv: &mut Inventory, file: &Arc<str>, sheet: &Sheet, det: &Detected) {
    let made_from = [super::row::MADE_FROM, MADE_FROM];
    let mut report: SheetReport = table::new_report(file, sheet, det, &[], &made_from);
    let rr = RowReader {
        file,
        sheet: sheet.name.as_deref().map(Into::into),
        format: Format::HYPER_V_VHD,
    };
    let Some(name_col) = det.disk_column(Field::Name).cloned() else {
        inv.sheets.push(report);
        return;
    };
    let mut idx = index_by_name(&inv.machines);
    let header_row = report.header_row.unwrap_or(0);
    for row in &sheet.rows[det.header.unwrap_or(0) + 1..] {
        report.rows_read += 1;
        if det.repeats_disk_header(row) {
            report.skipped += 1;
            let why = super::note::Note::RepeatedHeader {
                row: row.number,
                header_row,
            };
            rr.skip(inv, row, None, why);
            continue;
        }
        let name = row
            .get(name_col.index)
            .map(|c| c.text().trim().to_string())
            .unwrap_or_default();
        if name.is_empty() {
            report.skipped += 1;
            rr.skip(
                inv,
                row,
                None,
                super::note::Note::DiskRowNoVm {
                    row: row.number,
                    header: name_col.header.clone(),
                },
            );
            continue;
        }
        let i = match idx.get(&name.to_ascii_lowercase()) {
            Some(i) => {
                report.attached += 1;
                *i
            }
            None => {
                let mut m = Machine::new(name.clone(), rr.source(row));
                super::row::apply_row(inv, &rr, det, row, &mut m);
                m.disks.clear();
                // The row's controller is this disk's (read below), not the machine's.
                m.disk_flags.controllers = Value::Absent;
                inv.machines.push(m);
                report.machines += 1;
                idx.insert(name.to_ascii_lowercase(), inv.machines.len() - 1);
                inv.machines.len() - 1
            }
        };
        let first_disk = !inv.machines[i].disks.iter().any(|d| d.source.is_some());
        let mname = inv.machines[i].name.clone();
        let disk = read_disk(inv, &rr, det, row, &mname, first_disk);
        let m = &mut inv.machines[i];
        note_disk_kind(m, &disk);
        m.disks.push(disk);
        m.disk_sizes = Value::Known(());
    }
    inv.sheets.push(report);
}

/// Machine-level disk flags from a disk read off a per-disk sheet: a per-disk sheet lists
/// every disk, so what it does not show is known to be absent.
pub fn note_disk_kind(m: &mut Machine, disk: &Disk) {
    let flags = &mut m.disk_flags;
    for f in [&mut flags.shared, &mut flags.rdm, &mut flags.independent] {
        if !f.is_known() {
            *f = Value::Known(false);
        }
    }
    for kind in disk.features.iter().chain(disk.kind.known().copied()) {
        match kind {
            DiskKind::Shared => flags.shared = Value::Known(true),
            DiskKind::Rdm => flags.rdm = Value::Known(true),
            DiskKind::Independent => flags.independent = Value::Known(true),
            _ => {}
        }
    }
}

/// Machines a per-disk sheet should have covered but listed no disk for: their disks are
/// unknown (an empty OS disk), never silently none.
/// `controller_column`: a disk sheet had a controller column, so such a machine's controller
/// is unknown too.
pub fn mark_machines_without_disks(inv: &mut Inventory, controller_column: bool) {
    for m in &mut inv.machines {
        if m.disks.is_empty() && m.disk_sizes.is_absent() {
            let mut d = Disk::new("OS disk", DiskRole::Os, Value::Empty);
            if controller_column && m.disk_flags.controllers.is_absent() {
                d.controller = Value::Empty;
            }
            m.disks.push(d);
            m.disk_sizes = Value::Empty;
        }
    }
}
