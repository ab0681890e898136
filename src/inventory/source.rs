//! Reading a file into sheets of cells: xlsx (streamed, see `xlsx_source`), xls and ods (through calamine's
//! ranges), CSV in any delimiter and encoding people produce.
//!
//! The kind of file is told from its first bytes, not its name: a CSV saved as `.xlsx` is
//! read as CSV, random bytes are refused with a clear error.
//!
//! Which columns to keep is the caller's to say (a [`Planner`]): reading knows no formats.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader};

use super::imported::ImportError;
use super::limits::{MAX_CELLS_PER_FILE, MAX_TEXT_BYTES_PER_FILE};
use super::note::FileProblem;
use super::sheet::{
    Cell, FileKind, Planner, RawFile, Row, Sheet, kinds, split_worksheets, text_cell, unreadable,
};

/// Reads a file from disk.
pub fn read_file(path: &Path, plan: Planner<'_>) -> Result<RawFile, ImportError> {
    use crate::limits::{NotAFile, Over, ReadError, Role};
    let display = path.display().to_string();
    let bytes = crate::limits::read_file(path, Role::Inventory).map_err(|e| match e {
        ReadError::Io(err) => ImportError::Io {
            file: display.clone(),
            err,
        },
        ReadError::Over(Over::NotAFile {
            what: NotAFile::Directory,
            ..
        }) => ImportError::Unreadable {
            file: display.clone(),
            sheet: None,
            why: FileProblem::IsDirectory,
        },
        ReadError::Over(Over::FileBytes { bytes, cap, .. }) => ImportError::TooLarge {
            file: display.clone(),
            why: FileProblem::FileBytes { bytes, cap },
        },
        ReadError::Over(o) => ImportError::Unreadable {
            file: display.clone(),
            sheet: None,
            why: FileProblem::Over(o),
        },
    })?;
    read_bytes(&display, bytes, plan)
}

/// Runs a spreadsheet reader, turning a panic inside it (a bug in the reader on a damaged
/// file) into an error naming the file, so that no input can take the process down.
fn guarded(
    name: &str,
    f: impl FnOnce() -> Result<RawFile, ImportError>,
) -> Result<RawFile, ImportError> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    result.unwrap_or_else(|_| {
        Err(ImportError::Unreadable {
            file: name.into(),
            sheet: None,
            why: FileProblem::Damaged,
        })
    })
}

/// Reads a file already in memory; `name` is used in messages.
pub fn read_bytes(name: &str, bytes: Vec<u8>, plan: Planner<'_>) -> Result<RawFile, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Unreadable {
            file: name.into(),
            sheet: None,
            why: FileProblem::Empty,
        });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        if is_ods(&bytes) {
            // calamine reads an ODS whole, its repeats expanded: checked first.
            super::limits::check_zip(name, &bytes)?;
            super::limits::check_ods(name, &bytes)?;
            return guarded(name, || read_ranges(name, FileKind::Ods, bytes));
        }
        if let Some(kind) = super::sniff::zip(&bytes) {
            return Err(other_kind(name, kind));
        }
        return guarded(name, || super::xlsx_source::read_xlsx(name, bytes, plan));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        if contains(&bytes, &utf16le("EncryptedPackage")) {
            return Err(ImportError::Unreadable {
                file: name.into(),
                sheet: None,
                why: FileProblem::Encrypted,
            });
        }
        let biff8 = check_compound_file(name, &bytes)?;
        return guarded(name, || read_ranges(name, FileKind::Xls { biff8 }, bytes));
    }
    if let Some(kind) = super::sniff::magic(&bytes) {
        return Err(other_kind(name, kind));
    }
    super::csv_source::read_csv(name, bytes)
}

/// A file of another kind than rehost reads, named as that kind.
fn other_kind(name: &str, kind: super::sniff::Other) -> ImportError {
    ImportError::Unreadable {
        file: name.into(),
        sheet: None,
        why: FileProblem::OtherKind(kind),
    }
}

/// An xls is an OLE compound file. calamine follows its sector chains without looking for
/// loops, so a damaged or crafted one can make it allocate without end; the cfb crate walks the
/// same chains with those checks first, and the workbook stream is read through it once.
/// Says whether the workbook is BIFF8 (Excel 97 and later): its first record, BOF, gives the
/// version (0x0600).
fn check_compound_file(name: &str, bytes: &[u8]) -> Result<bool, ImportError> {
    let bad = |why: String| ImportError::Unreadable {
        file: name.into(),
        sheet: None,
        why: FileProblem::NotXls(why),
    };
    let mut cf = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let stream = ["/Workbook", "/Book", "/WORKBOOK", "/BOOK"]
        .into_iter()
        .find(|p| cf.is_stream(p))
        .ok_or_else(|| match super::sniff::compound(&cf) {
            Some(kind) => other_kind(name, kind),
            None => bad("it holds no Workbook stream".into()),
        })?;
    let mut s = cf.open_stream(stream).map_err(|e| bad(e.to_string()))?;
    let mut bof = [0u8; 6];
    let got = (&mut s)
        .take(6)
        .read(&mut bof)
        .map_err(|e| bad(e.to_string()))?;
    let biff8 = got == 6 && bof[..2] == [0x09, 0x08] && bof[4..6] == [0x00, 0x06];
    let mut stream = bof[..got].to_vec();
    (&mut s)
        .take(bytes.len() as u64 * 2 + 4096)
        .read_to_end(&mut stream)
        .map_err(|e| bad(e.to_string()))?;
    // calamine copies a shared string into every cell that names it: the sum is counted
    // before it builds them (a small file could otherwise ask for gigabytes).
    if biff8 && super::biff::shared_text_bytes(&stream) > MAX_TEXT_BYTES_PER_FILE {
        return Err(ImportError::TooLarge {
            file: name.into(),
            why: FileProblem::Over(crate::limits::Over::TextBytes {
                sheet: None,
                cap: MAX_TEXT_BYTES_PER_FILE,
            }),
        });
    }
    Ok(biff8)
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn is_ods(bytes: &[u8]) -> bool {
    // An ODF package stores an uncompressed `mimetype` entry first.
    bytes.len() > 80
        && contains(
            &bytes[..bytes.len().min(200)],
            b"application/vnd.oasis.opendocument.spreadsheet",
        )
}

fn data_cell(v: &Data) -> Option<Cell> {
    Some(match v {
        Data::Empty => return None,
        Data::String(s) => text_cell(s)?,
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => Cell::Date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.into()),
        Data::Error(e) => Cell::Error(e.to_string()),
    })
}

/// xls and ods: calamine loads them whole; its own cell limits guard the allocation.
fn read_ranges(name: &str, kind: FileKind, bytes: Vec<u8>) -> Result<RawFile, ImportError> {
    // Two sheets of one name: an ods's later ones renamed, an xls's named as not read.
    let (bytes, renamed) = match kind {
        FileKind::Ods => super::same_names::ods(bytes),
        _ => (bytes, Vec::new()),
    };
    let cursor = Cursor::new(bytes);
    let mut book: calamine::Sheets<_> = match kind {
        FileKind::Ods => calamine::Sheets::Ods(
            calamine::open_workbook_from_rs(cursor)
                .map_err(|e: calamine::OdsError| unreadable(name, None, e))?,
        ),
        _ => {
            // A BIFF8 string is UTF-16 whatever the CODEPAGE record says: a flag tells whether
            // it is stored whole or "compressed" (the low byte of each character, Latin-1).
            // calamine decodes a compressed string by the CODEPAGE record, so a workbook that
            // records 1252 (some writers do) read as names with a NUL after every letter. The
            // record is for BIFF5 and older, whose strings are in the code page.
            let mut options = calamine::XlsOptions::default();
            if kind == (FileKind::Xls { biff8: true }) {
                options.force_codepage = Some(1200);
            }
            calamine::Sheets::Xls(
                calamine::Xls::new_with_options(cursor, options)
                    .map_err(|e| unreadable(name, None, e))?,
            )
        }
    };
    let mut sheets = Vec::new();
    let mut total = 0usize;
    let mut text = 0u64;
    let (names, mut notes) = split_worksheets(kinds(&book));
    notes.extend(renamed);
    let (names, unread) = super::same_names::xls(names);
    notes.extend(unread);
    for sheet_name in names {
        let range = book
            .worksheet_range(&sheet_name)
            .map_err(|e| unreadable(name, Some(&sheet_name), e))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut rows = Vec::new();
        for (i, row) in range.rows().enumerate() {
            let cells: Vec<(u32, Cell)> = row
                .iter()
                .enumerate()
                .filter_map(|(j, v)| data_cell(v).map(|c| (c0 + j as u32, c)))
                .collect();
            if cells.is_empty() {
                continue;
            }
            total += cells.len();
            text += cells
                .iter()
                .map(|(_, c)| match c {
                    Cell::Text(t) => t.len() as u64,
                    _ => 0,
                })
                .sum::<u64>();
            if text > MAX_TEXT_BYTES_PER_FILE {
                return Err(ImportError::TooLarge {
                    file: name.into(),
                    why: FileProblem::Over(crate::limits::Over::TextBytes {
                        sheet: Some(sheet_name),
                        cap: MAX_TEXT_BYTES_PER_FILE,
                    }),
                });
            }
            if total > MAX_CELLS_PER_FILE {
                return Err(ImportError::TooLarge {
                    file: name.into(),
                    why: FileProblem::Cells {
                        cap: MAX_CELLS_PER_FILE,
                    },
                });
            }
            rows.push(Row {
                number: r0 + i as u32 + 1,
                cells,
            });
        }
        sheets.push(Sheet {
            name: Some(sheet_name),
            rows,
        });
    }
    Ok(RawFile {
        kind,
        sheets,
        notes,
        damage: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::limits::MAX_CELL_CHARS;

    #[test]
    fn empty_and_random_files_are_refused() {
        assert!(matches!(
            read_bytes("x.xlsx", vec![], &|_, _| {
                super::super::sheet::ColumnPlan::All
            }),
            Err(ImportError::Unreadable { .. })
        ));
        let junk: Vec<u8> = b"PK\x03\x04garbage that is no zip at all".to_vec();
        let err = read_bytes("y.xlsx", junk, &|_, _| super::super::sheet::ColumnPlan::All)
            .unwrap_err()
            .to_string();
        assert!(err.contains("y.xlsx"), "{err}");
    }

    #[test]
    fn overlong_text_is_cut() {
        let long = "x".repeat(MAX_CELL_CHARS + 10);
        match text_cell(&long) {
            Some(Cell::Text(t)) => assert!(t.len() < MAX_CELL_CHARS + 40 && t.ends_with(']')),
            other => panic!("{other:?}"),
        }
    }
}
