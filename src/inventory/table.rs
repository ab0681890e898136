//! Rows of a machine sheet → machines: one function for every format that has one row per
//! machine (generic tables, Azure Migrate CSV and discovery export, Hyper-V `Get-VM`, RVTools
//! vInfo). What differs between formats is only the default unit of a column and what the
//! format says about the hypervisor.

use std::collections::HashMap;
use std::sync::Arc;

use super::detect::Detected;
use super::headers::{Column, Field};
use super::imported::{DataQuality, Inventory, Issue, MappedColumn, SheetReport};
use super::note::{Note, SheetNote};
use super::parallel::{Made, make_machines};
use super::reader::RowReader;
use super::sheet::{Row, Sheet};
use crate::model::Machine;

/// A sheet that was read and not used (a tab we do not need, a metadata sheet).
pub fn ignored_sheet(
    file: &Arc<str>,
    sheet: &Sheet,
    det: &Detected,
    notes: &[SheetNote],
) -> SheetReport {
    let mut notes = notes.to_vec();
    if let Some(why) = det.why {
        notes.push(SheetNote::NotUsed(why));
    }
    SheetReport {
        file: file.clone(),
        sheet: sheet.name.as_deref().map(Into::into),
        format: det.format,
        header_row: None,
        columns: Vec::new(),
        ignored: Vec::new(),
        rows_read: 0,
        machines: 0,
        attached: 0,
        skipped: 0,
        notes,
        read: Vec::new(),
    }
}

/// A sheet's report before its rows are read, with the column each value its rows give is
/// read from: each mapped column's own field, then the values its readers make of another
/// field's column (`made_from`: value, column it is made of; the first that applies wins).
pub fn new_report(
    file: &Arc<str>,
    sheet: &Sheet,
    det: &Detected,
    notes: &[SheetNote],
    made_from: &[&[(Field, Field)]],
) -> SheetReport {
    let header_row = det.header.map(|i| sheet.rows[i].number);
    let mut used: Vec<&Column> = det.columns.iter().collect();
    let per_disk = det.format.spec().per_disk;
    if per_disk {
        for c in &det.disk_columns {
            if !used.contains(&c) {
                used.push(c);
            }
        }
        // In the sheet's order: a column both tables map (`Controller`) is not listed apart.
        used.sort_by_key(|c| c.index);
    }
    let mut read: Vec<(Field, u32)> = Vec::new();
    for c in &used {
        if !read.iter().any(|(f, _)| *f == c.field) {
            read.push((c.field, c.index as u32));
        }
    }
    for (value, from) in made_from.iter().flat_map(|m| m.iter()) {
        if !read.iter().any(|(f, _)| f == value)
            && let Some((_, column)) = read.iter().find(|(f, _)| f == from)
        {
            read.push((*value, *column));
        }
    }
    let columns = used
        .iter()
        .map(|c| MappedColumn {
            header: c.header.clone(),
            field: c.field,
            column: crate::model::col_letter(c.index),
        })
        .collect();
    SheetReport {
        file: file.clone(),
        sheet: sheet.name.as_deref().map(Into::into),
        format: det.format,
        header_row,
        columns,
        // A per-disk sheet's headers are read with the disk aliases too: one mapped there
        // (`Capacity MiB`, `Controller`) is used, not ignored. A header the report lists as
        // mapped is never also "not used", whichever row or table mapped it.
        ignored: det
            .unmapped
            .iter()
            .filter(|(i, h)| {
                !used
                    .iter()
                    .any(|c| c.index == *i || c.header.trim().eq_ignore_ascii_case(h.trim()))
            })
            .map(|(_, h)| h.clone())
            .collect(),
        rows_read: 0,
        machines: 0,
        attached: 0,
        skipped: 0,
        notes: notes.to_vec(),
        read,
    }
}

/// Imports every row of a machine sheet. The sheet is taken whole and each row dropped once
/// it is a machine, so a million-row file's cells give way to its machines as they are made.
pub fn import_machines(
    inv: &mut Inventory,
    file: &Arc<str>,
    sheet: Sheet,
    det: &Detected,
    notes: &[SheetNote],
) {
    let mut report = new_report(file, &sheet, det, notes, &[super::row::MADE_FROM]);
    let rr = RowReader {
        file,
        sheet: sheet.name.as_deref().map(Into::into),
        format: det.format,
    };
    announce_assumptions(inv, &rr, det);
    let header = det.header.unwrap_or(0);
    let Some(name_col) = det.column(Field::Name).cloned() else {
        inv.sheets.push(report);
        return;
    };
    let body = sheet.rows.len().saturating_sub(header + 1);
    let header_row = report.header_row.unwrap_or(0);
    let make = |row: &Row, inv: &mut Inventory| -> Made {
        if det.repeats_header(row) {
            rr.skip(
                inv,
                row,
                None,
                Note::RepeatedHeader {
                    row: row.number,
                    header_row,
                },
            );
            return Made::Skipped(None);
        }
        let name = match row.get(name_col.index) {
            Some(c) => c.text().trim().to_string(),
            None => String::new(),
        };
        if name.is_empty() {
            rr.skip(
                inv,
                row,
                None,
                Note::NoMachineName {
                    row: row.number,
                    header: name_col.header.clone(),
                },
            );
            return Made::Skipped(None);
        }
        let mut m = Machine::new(name, rr.source(row));
        let inferred = super::row::apply_row(inv, &rr, det, row, &mut m);
        Made::Machine(m, inferred)
    };
    // The sheet is taken whole and each row dropped once it is a machine, so a million-row
    // file's cells give way to its machines as they are made.
    let tally = make_machines(inv, sheet.rows.into_iter().skip(header + 1), body, &make);
    report.rows_read += tally.rows;
    report.skipped += tally.skipped;
    report.machines += tally.machines;
    if tally.inferred > 0 {
        rr.note(
            inv,
            Some(Field::Hypervisor),
            Note::HypervisorInferred {
                machines: tally.inferred,
            },
        );
    }
    inv.sheets.push(report);
}

fn announce_assumptions(inv: &mut Inventory, rr: &RowReader<'_>, det: &Detected) {
    for col in &det.columns {
        if col.unit.is_some() {
            continue;
        }
        let (unit, assumed) = (det.format.spec().unit)(col.field);
        if det.format.spec().memory_by_size && col.field == Field::Memory {
            rr.note(
                inv,
                Some(col.field),
                Note::MemoryWithoutUnit {
                    header: col.header.clone(),
                },
            );
        } else if let (Some(u), true) = (unit, assumed) {
            rr.note(
                inv,
                Some(col.field),
                Note::NoUnit {
                    header: col.header.clone(),
                    unit: u,
                },
            );
        }
    }
    if det
        .columns
        .iter()
        .any(|c| c.field == Field::DiskN && c.disk_index == Some(1))
    {
        rr.note(inv, Some(Field::DiskN), Note::Disk1IsOs);
    }
}

/// Duplicate machine names are kept (they may be distinct machines on different hosts) and
/// reported, since a reader joining by name would merge them.
pub fn mark_duplicates(inv: &mut Inventory) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut dups = Vec::new();
    for (i, m) in inv.machines.iter().enumerate() {
        if let Some(first) = seen.insert(m.name.as_str(), i) {
            dups.push((first, i));
        }
    }
    for (first, i) in dups {
        let m = &inv.machines[i];
        let first_src = inv.machines[first].source.display();
        inv.data_quality.push(DataQuality {
            issue: Issue::Assumption,
            file: m.source.file.clone(),
            sheet: m.source.sheet.clone(),
            cell: None,
            row: Some(m.source.row),
            machine: Some(m.name.clone()),
            field: Some(Field::Name),
            raw: Some(m.name.clone()),
            message: Note::Duplicate { first: first_src },
        });
    }
}
