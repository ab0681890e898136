//! The importer: files in, an [`Inventory`] out (machines plus data-quality records).
//!
//! Each file is read into sheets ([`source`]), each sheet's format is detected from its
//! headers ([`detect`]), rows become machines (`table`) and per-disk sheets are joined to
//! them (`disks`). Every row read ends as a machine, as a part of one (a disk, a partition),
//! or as a skipped row in data quality with its reason: `rows_read = machines + attached +
//! skipped` for every sheet, and tests hold the importer to it.

mod biff;
mod cells;
mod csv_source;
pub mod detect;
mod disks;
pub mod formats;
mod guest_os;
pub mod headers;
pub mod import_check;
pub mod imported;
pub mod limits;
pub mod merge;
pub mod note;
pub mod own_reports;
mod parallel;
mod reader;
mod row;
mod rvtools;
mod same_names;
pub mod sheet;
pub mod sniff;
pub mod source;
mod table;
mod xlsx_fast;
mod xlsx_source;

pub use xlsx_source::XlsxReader;

use std::path::Path;
use std::sync::Arc;

pub use formats::Format;
pub use imported::{
    CellId, CellRef, DataQuality, ImportError, Inventory, Issue, MappedColumn, SheetReport,
};
pub use note::{FileProblem, Note, SameVm, SheetNote};

/// Which columns of a sheet to keep, decided from its first rows: RVTools tabs keep the columns
/// the importer maps (their other columns are never read), tabs it does not use keep none, and
/// everything else keeps all (unmapped columns of hand-made tables become tags).
pub(crate) fn plan_columns(head: &sheet::Sheet, file: &str) -> sheet::ColumnPlan {
    let det = detect::detect(head, file);
    let spec = det.format.spec();
    match spec.keep {
        formats::Keep::Mapped => {
            // Disk and partition rows are joined to their VM: only the disk fields count.
            let per_disk = spec.per_disk;
            let used: Vec<&headers::Column> = if per_disk {
                det.disk_columns
                    .iter()
                    .filter(|c| {
                        !matches!(
                            c.field,
                            headers::Field::Template
                                | headers::Field::SrmPlaceholder
                                | headers::Field::Host
                        )
                    })
                    .collect()
            } else {
                det.columns.iter().chain(&det.disk_columns).collect()
            };
            let mut cols: Vec<u32> = used.iter().map(|c| c.index as u32).collect();
            cols.sort_unstable();
            cols.dedup();
            sheet::ColumnPlan::Only(cols)
        }
        formats::Keep::Nothing => sheet::ColumnPlan::Nothing,
        formats::Keep::All => sheet::ColumnPlan::All,
    }
}

/// The files a run reads: those named on the command line, with folders opened to the files
/// they hold (sorted, so the order is stable; an RVTools per-tab CSV export is usually a
/// folder), and the reports of rehost's own a folder holds, left out.
#[derive(Debug, Default)]
pub struct Files {
    pub read: Vec<std::path::PathBuf>,
    /// rehost's reports found in a folder, which are not read.
    pub own_reports: Vec<(std::path::PathBuf, own_reports::OwnReport)>,
    /// What else a folder holds that is not read: a folder inside it (folders are opened one
    /// level deep) or something that is no regular file (a pipe, a device, a socket).
    pub passed_over: Vec<(std::path::PathBuf, bool)>,
}

/// The files `paths` stand for (see [`Files`]). A report of rehost's named on its own is
/// refused: it is no inventory, and dropping it would assess fewer files than were named.
pub fn files(paths: &[impl AsRef<Path>]) -> Result<Files, ImportError> {
    let mut out = Files::default();
    for p in paths {
        let p = p.as_ref();
        if !p.is_dir() {
            if let Some(kind) = own_reports::recognise(p) {
                return Err(ImportError::NotAnInventory {
                    file: p.display().to_string(),
                    sheet: None,
                    why: FileProblem::OwnReport(kind),
                });
            }
            out.read.push(p.to_path_buf());
            continue;
        }
        let mut found: Vec<_> = std::fs::read_dir(p)
            .map_err(|e| ImportError::Io {
                file: p.display().to_string(),
                err: e,
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            // Hidden files (a `.DS_Store`, an editor's swap file) are no one's inventory.
            .filter(|f| {
                !f.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .filter(|f| {
                // What is not read is said, never dropped without a word.
                f.is_file() || {
                    out.passed_over.push((f.clone(), f.is_dir()));
                    false
                }
            })
            .collect();
        found.sort();
        if found.is_empty() {
            return Err(ImportError::Unreadable {
                file: p.display().to_string(),
                sheet: None,
                why: FileProblem::FolderEmpty,
            });
        }
        let before = out.read.len();
        for f in found {
            match own_reports::recognise(&f) {
                Some(kind) => out.own_reports.push((f, kind)),
                None => out.read.push(f),
            }
        }
        if out.read.len() == before {
            return Err(ImportError::NotAnInventory {
                file: p.display().to_string(),
                sheet: None,
                why: FileProblem::FolderOnlyReports(
                    out.own_reports
                        .iter()
                        .filter(|(f, _)| f.starts_with(p))
                        .count(),
                ),
            });
        }
    }
    Ok(out)
}

/// Imports every file; the first file that cannot be read at all stops the import. rehost's
/// own reports in a folder are not read, each named in data quality.
pub fn import(paths: &[impl AsRef<Path>]) -> Result<Inventory, ImportError> {
    let files = files(paths)?;
    let mut inv = Inventory::default();
    // What a folder holds and is not read: each file named, with why.
    let skipped = files
        .own_reports
        .iter()
        .map(|(path, kind)| (path, Note::OwnReport(*kind)))
        .chain(
            files
                .passed_over
                .iter()
                .map(|(path, folder)| (path, Note::PassedOver { folder: *folder })),
        );
    for (path, message) in skipped {
        inv.data_quality.push(DataQuality {
            issue: Issue::Skipped,
            file: path.display().to_string().into(),
            sheet: None,
            cell: None,
            row: None,
            machine: None,
            field: None,
            raw: None,
            message,
        });
    }
    let mut rvtools_csv = rvtools::CsvSet::default();
    let mut disk_sheets = Vec::new();
    for path in &files.read {
        let display: Arc<str> = path.display().to_string().into();
        inv.files.push(display.to_string());
        let raw = source::read_file(path, &plan_columns)?;
        record_damage(&mut inv, &display, &raw);
        // RVTools per-tab CSVs, by name (`RVTools_tabvInfo.csv`) or, renamed, by their headers.
        if raw.kind == sheet::FileKind::Csv
            && let Some(tab) =
                detect::csv_tab_name(path).or_else(|| detect::csv_tab_by_headers(&raw, &display))
        {
            rvtools_csv.add(tab, display, raw);
            continue;
        }
        disk_sheets.extend(import_raw(&mut inv, display.clone(), raw)?);
        within_machine_cap(&inv, &display)?;
    }
    if !rvtools_csv.is_empty() {
        rvtools_csv.import(&mut inv)?;
        within_machine_cap(&inv, inv.files.last().map_or("", String::as_str))?;
    }
    Ok(finish(inv, disk_sheets))
}

/// The run holds no more machines than [`crate::limits::MAX_MACHINES`] once `file` is read.
fn within_machine_cap(inv: &Inventory, file: &str) -> Result<(), ImportError> {
    if inv.machines.len() > crate::limits::MAX_MACHINES {
        return Err(ImportError::TooLarge {
            file: file.to_string(),
            why: note::FileProblem::Machines {
                cap: crate::limits::MAX_MACHINES,
            },
        });
    }
    Ok(())
}

/// Imports one file already in memory (`name` is used in messages and cell references).
/// The fuzz targets and property tests call this; it never panics on any bytes.
pub fn import_bytes(name: &str, bytes: Vec<u8>) -> Result<Inventory, ImportError> {
    let raw = source::read_bytes(name, bytes, &plan_columns)?;
    let mut inv = Inventory::default();
    inv.files.push(name.to_string());
    record_damage(&mut inv, &name.into(), &raw);
    let pending = import_raw(&mut inv, name.into(), raw)?;
    Ok(finish(inv, pending))
}

/// The cells a reader could not read as written, each recorded against its cell: whatever
/// became of its row, the record says what was damaged and what was made of it.
fn record_damage(inv: &mut Inventory, file: &Arc<str>, raw: &sheet::RawFile) {
    for d in &raw.damage {
        let sheet: Option<Arc<str>> = d.sheet.as_deref().map(Into::into);
        let at = crate::model::SourceRef {
            file: file.clone(),
            sheet: sheet.clone(),
            row: d.row,
        };
        let (issue, message) = match d.what {
            sheet::DamageKind::UnclosedQuote { lines } => {
                (Issue::Assumption, Note::UnclosedQuote { lines })
            }
            sheet::DamageKind::NotUtf8 => (Issue::Invalid, Note::NotUtf8),
        };
        inv.data_quality.push(DataQuality {
            issue,
            file: file.clone(),
            sheet,
            cell: Some(at.cell(d.column as usize)),
            row: Some(d.row),
            machine: None,
            field: None,
            raw: None,
            message,
        });
    }
}

/// Once every file's machines are in: per-disk sheets joined to them (machines a disk list
/// names and no file described become machines of their own), then duplicate names marked.
fn finish(mut inv: Inventory, pending: PendingDisks) -> Inventory {
    let any_disk_sheet = !pending.is_empty();
    let controller_column = pending
        .iter()
        .any(|(_, _, det)| det.disk_column(headers::Field::DiskController).is_some());
    for (file, sheet, det) in pending {
        disks::attach_vhd_sheet(&mut inv, &file, &sheet, &det);
    }
    if any_disk_sheet {
        disks::mark_machines_without_disks(&mut inv, controller_column);
    }
    merge::merge_files(&mut inv);
    table::mark_duplicates(&mut inv);
    name_damaged_rows(&mut inv);
    mark_cut_names(&mut inv);
    inv
}

/// A damaged cell's record names the machine its row became, once the machines are made.
fn name_damaged_rows(inv: &mut Inventory) {
    let damaged = |d: &DataQuality| {
        d.machine.is_none() && matches!(d.message, Note::UnclosedQuote { .. } | Note::NotUtf8)
    };
    if !inv.data_quality.iter().any(damaged) {
        return;
    }
    let by_row: std::collections::HashMap<(&str, Option<&str>, u32), &str> = inv
        .machines
        .iter()
        .map(|m| {
            let s = &m.source;
            ((&*s.file, s.sheet.as_deref(), s.row), m.name.as_str())
        })
        .collect();
    let names: Vec<Option<String>> = inv
        .data_quality
        .iter()
        .map(|d| {
            let key = (&*d.file, d.sheet.as_deref(), d.row?);
            damaged(d)
                .then(|| by_row.get(&key).map(|n| n.to_string()))
                .flatten()
        })
        .collect();
    for (d, name) in inv.data_quality.iter_mut().zip(names) {
        if name.is_some() {
            d.machine = name;
        }
    }
}

/// A name cut at import (longer than a workbook cell holds, see [`sheet::text_cell`]) is a
/// data-quality record: the report shows the cut name, and says so.
fn mark_cut_names(inv: &mut Inventory) {
    let cut: Vec<DataQuality> = inv
        .machines
        .iter()
        .filter(|m| m.name.ends_with(sheet::CUT_MARKER))
        .map(|m| DataQuality {
            issue: Issue::Assumption,
            file: m.source.file.clone(),
            sheet: m.source.sheet.clone(),
            cell: None,
            row: Some(m.source.row),
            machine: Some(m.name.clone()),
            field: Some(headers::Field::Name),
            raw: None,
            message: Note::NameCut {
                chars: limits::MAX_CELL_CHARS,
            },
        })
        .collect();
    inv.data_quality.extend(cut);
}

/// A per-disk sheet waiting for the machines of every file before it is joined to them.
type PendingDisks = Vec<(Arc<str>, sheet::Sheet, detect::Detected)>;

/// Imports a file already read. Per-disk sheets are returned, to be joined once every file's
/// machines are known (a `Get-VM` export and a `Get-VHD` export are often two files).
fn import_raw(
    inv: &mut Inventory,
    file: Arc<str>,
    raw: sheet::RawFile,
) -> Result<PendingDisks, ImportError> {
    let detected: Vec<detect::Detected> = raw
        .sheets
        .iter()
        .map(|s| detect::detect(s, &file))
        .collect();
    if detected.iter().all(|d| d.format == Format::UNKNOWN) {
        let only = raw.sheets.len() == 1;
        let sheet = if only {
            raw.sheets[0].name.clone()
        } else {
            None
        };
        let why = if raw.sheets.iter().all(|s| s.rows.is_empty()) {
            FileProblem::NoRows
        } else {
            detected
                .iter()
                .find_map(|d| d.why)
                .map_or(FileProblem::NoNameColumnAnywhere, FileProblem::NotUsed)
        };
        return Err(ImportError::NotAnInventory {
            file: file.to_string(),
            sheet,
            why,
        });
    }
    if detected.iter().any(|d| d.format.is_rvtools()) {
        rvtools::import_workbook(inv, file, raw, detected);
        return Ok(Vec::new());
    }
    let mut pending = Vec::new();
    for (sheet, det) in raw.sheets.into_iter().zip(detected) {
        match det.format {
            Format::HYPER_V_VHD => pending.push((file.clone(), sheet, det)),
            Format::UNKNOWN => inv
                .sheets
                .push(table::ignored_sheet(&file, &sheet, &det, &raw.notes)),
            _ => table::import_machines(inv, &file, sheet, &det, &raw.notes),
        }
    }
    Ok(pending)
}

#[cfg(test)]
mod tests;

/// Reads an xlsx's sheets with the chosen reader and the importer's own column plan: the same
/// cells the importer would see. For the differential tests and fuzz target, which hold the
/// fast reader to calamine in the mode production uses (only the columns a format keeps).
pub fn read_xlsx_sheets(
    bytes: Vec<u8>,
    reader: XlsxReader,
) -> Result<Vec<sheet::Sheet>, ImportError> {
    xlsx_source::read_xlsx_with("input.xlsx", bytes, &plan_columns, reader).map(|f| f.sheets)
}
