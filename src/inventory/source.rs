//! Reading a file into sheets of cells: xlsx (streamed, see `xlsx_source`), xls and ods (through calamine's
//! ranges), CSV in any delimiter and encoding people produce.
//!
//! The kind of file is told from its first bytes, not its name: a CSV saved as `.xlsx` is
//! read as CSV, random bytes are refused with a clear error.
//!
//! Rows are stored sparsely (only cells that hold something) so that a sheet whose one cell
//! sits at `XFD1048576` costs one cell, not a 17-billion-cell rectangle.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader, SheetType};

use compact_str::CompactString;

use super::ImportError;
use super::limits::{MAX_CELL_CHARS, MAX_CELLS_PER_FILE, MAX_FILE_BYTES};

/// One cell as the importer sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text up to 24 bytes (most inventory cells) is held inline, with no allocation.
    Text(CompactString),
    Number(f64),
    Bool(bool),
    /// An Excel date; kept apart so a date where a size belongs is reported as such.
    Date(f64),
    /// A formula error such as `#DIV/0!`.
    Error(String),
}

impl Cell {
    /// The cell as text, as a person would read it.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.to_string(),
            Cell::Number(n) => format_number(*n),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
            Cell::Date(d) => format!("date {d}"),
            Cell::Error(e) => e.clone(),
        }
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A row: its 1-based number in the sheet and its non-empty cells in column order.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub number: u32,
    pub cells: Vec<(u32, Cell)>,
}

impl Row {
    pub fn get(&self, col: usize) -> Option<&Cell> {
        let col = u32::try_from(col).ok()?;
        self.cells
            .binary_search_by_key(&col, |(c, _)| *c)
            .ok()
            .map(|i| &self.cells[i].1)
    }
}

/// A sheet (or a whole CSV file, which has no sheet name).
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: Option<String>,
    pub rows: Vec<Row>,
}

/// Which columns of a sheet the importer will read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnPlan {
    All,
    /// These columns (sorted).
    Only(Vec<u32>),
    /// None: a sheet the importer does not use.
    Nothing,
}

/// What kind of container a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Xlsx,
    Xls,
    Ods,
    Csv,
}

/// A file read into sheets, plus notes about how it was read.
#[derive(Debug)]
pub struct RawFile {
    pub kind: FileKind,
    pub sheets: Vec<Sheet>,
    /// Encoding or other reading notes (`read as UTF-16`, …).
    pub notes: Vec<String>,
}

/// Reads a file from disk.
pub fn read_file(path: &Path) -> Result<RawFile, ImportError> {
    let display = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| ImportError::Io {
        file: display.clone(),
        err: e,
    })?;
    if meta.is_dir() {
        return Err(ImportError::Unreadable {
            file: display,
            sheet: None,
            why: "is a directory, not an inventory file".into(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            file: display,
            why: format!(
                "{} bytes is over the {} byte cap on one inventory file",
                meta.len(),
                MAX_FILE_BYTES
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| ImportError::Io {
        file: display.clone(),
        err: e,
    })?;
    read_bytes(&display, bytes)
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
            why: "the workbook is damaged (its reader gave up)".into(),
        })
    })
}

/// Reads a file already in memory; `name` is used in messages.
pub fn read_bytes(name: &str, bytes: Vec<u8>) -> Result<RawFile, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Unreadable {
            file: name.into(),
            sheet: None,
            why: "the file is empty (0 bytes)".into(),
        });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        if is_ods(&bytes) {
            return guarded(name, || read_ranges(name, FileKind::Ods, bytes));
        }
        return guarded(name, || super::xlsx_source::read_xlsx(name, bytes));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        if contains(&bytes, &utf16le("EncryptedPackage")) {
            return Err(ImportError::Unreadable {
                file: name.into(),
                sheet: None,
                why: "the workbook is encrypted (password-protected); save an unprotected copy"
                    .into(),
            });
        }
        check_compound_file(name, &bytes)?;
        return guarded(name, || read_ranges(name, FileKind::Xls, bytes));
    }
    super::csv_source::read_csv(name, bytes)
}

/// An xls is an OLE compound file. calamine follows its sector chains without looking for
/// loops, so a damaged or crafted one can make it allocate without end; the cfb crate walks the
/// same chains with those checks first, and the workbook stream is read through it once.
fn check_compound_file(name: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let bad = |why: String| ImportError::Unreadable {
        file: name.into(),
        sheet: None,
        why: format!("not a readable Excel 97-2003 workbook: {why}"),
    };
    let mut cf = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let stream = ["/Workbook", "/Book", "/WORKBOOK", "/BOOK"]
        .into_iter()
        .find(|p| cf.is_stream(p))
        .ok_or_else(|| bad("it holds no Workbook stream".into()))?;
    let mut s = cf.open_stream(stream).map_err(|e| bad(e.to_string()))?;
    let mut sink = std::io::sink();
    std::io::copy(&mut (&mut s).take(bytes.len() as u64 * 2 + 4096), &mut sink)
        .map_err(|e| bad(e.to_string()))?;
    Ok(())
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

pub(super) fn unreadable(
    file: &str,
    sheet: Option<&str>,
    why: impl std::fmt::Display,
) -> ImportError {
    ImportError::Unreadable {
        file: file.into(),
        sheet: sheet.map(Into::into),
        why: why.to_string(),
    }
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

/// Text cells: blank text is no cell; overlong text is cut at the cap with a marker, so a
/// 10 MB cell cannot carry 10 MB into every report.
pub(super) fn text_cell(s: &str) -> Option<Cell> {
    if s.trim().is_empty() {
        return None;
    }
    if s.len() > MAX_CELL_CHARS {
        let mut end = MAX_CELL_CHARS;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        return Some(Cell::Text(compact_str::format_compact!(
            "{}…[cut at {} bytes]",
            &s[..end],
            MAX_CELL_CHARS
        )));
    }
    Some(Cell::Text(CompactString::from(s)))
}

/// xls and ods: calamine loads them whole; its own cell limits guard the allocation.
fn read_ranges(name: &str, kind: FileKind, bytes: Vec<u8>) -> Result<RawFile, ImportError> {
    let cursor = Cursor::new(bytes);
    let mut book: calamine::Sheets<_> = match kind {
        FileKind::Ods => calamine::Sheets::Ods(
            calamine::open_workbook_from_rs(cursor)
                .map_err(|e: calamine::OdsError| unreadable(name, None, e))?,
        ),
        _ => calamine::Sheets::Xls(
            calamine::open_workbook_from_rs(cursor)
                .map_err(|e: calamine::XlsError| unreadable(name, None, e))?,
        ),
    };
    let mut sheets = Vec::new();
    let mut total = 0usize;
    let (names, notes) = split_worksheets(kinds(&book));
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
            if total > MAX_CELLS_PER_FILE {
                return Err(ImportError::TooLarge {
                    file: name.into(),
                    why: format!("over the cap of {MAX_CELLS_PER_FILE} non-empty cells"),
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
    })
}

/// Every sheet's name and kind, in workbook order.
pub(super) fn kinds<R: Reader<RS>, RS: Read + std::io::Seek>(book: &R) -> Vec<(String, SheetType)> {
    book.sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.typ))
        .collect()
}

/// The worksheets' names, and a note for each other sheet (a chart, dialog or macro sheet,
/// or a VBA module: none holds a table).
pub(super) fn split_worksheets(all: Vec<(String, SheetType)>) -> (Vec<String>, Vec<String>) {
    let mut names = Vec::new();
    let mut notes = Vec::new();
    for (name, typ) in all {
        let what = match typ {
            SheetType::WorkSheet => {
                names.push(name);
                continue;
            }
            SheetType::ChartSheet => "a chart sheet",
            SheetType::DialogSheet => "a dialog sheet",
            SheetType::MacroSheet => "a macro sheet",
            SheetType::Vba => "a VBA module",
        };
        notes.push(format!("sheet {name:?} is {what}, not a table: skipped"));
    }
    (names, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_sparse_and_addressable() {
        let row = Row {
            number: 3,
            cells: vec![(0, Cell::Text("a".into())), (16383, Cell::Number(1.0))],
        };
        assert_eq!(row.get(16383), Some(&Cell::Number(1.0)));
        assert_eq!(row.get(5), None);
    }

    #[test]
    fn empty_and_random_files_are_refused() {
        assert!(matches!(
            read_bytes("x.xlsx", vec![]),
            Err(ImportError::Unreadable { .. })
        ));
        let junk: Vec<u8> = b"PK\x03\x04garbage that is no zip at all".to_vec();
        let err = read_bytes("y.xlsx", junk).unwrap_err().to_string();
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
