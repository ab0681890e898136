//! Sheets and cells as read from any file: what every reader produces and the importer
//! consumes. Rows are stored sparsely (only cells that hold something), so a sheet whose one
//! cell sits at `XFD1048576` costs one cell, not a 17-billion-cell rectangle.

use std::io::Read;

use calamine::{Reader, SheetType};
use compact_str::CompactString;

use super::imported::ImportError;
use super::limits::MAX_CELL_CHARS;

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
#[derive(Debug, Clone, Default, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
    /// Excel 97-2003; `biff8` for Excel 97 and later (not BIFF5, Excel 5 and 95).
    Xls {
        biff8: bool,
    },
    Ods,
    Csv,
}

/// A file read into sheets, plus notes about how it was read.
#[derive(Debug)]
pub struct RawFile {
    pub kind: FileKind,
    pub sheets: Vec<Sheet>,
    /// Encoding or other reading notes (`read as UTF-16`, …).
    pub notes: Vec<super::note::SheetNote>,
    /// Cells the reader could not read as written, and what it made of them.
    pub damage: Vec<Damage>,
}

/// A cell a reader could not read as written (a quote never closed, bytes that are not
/// UTF-8): the reader keeps what it could and names the cell, and the importer records it in
/// data quality, so a damaged file is read as far as it can be and says where it was damaged.
#[derive(Debug, Clone, PartialEq)]
pub struct Damage {
    /// The sheet, by its name as read (`None`: a CSV file).
    pub sheet: Option<String>,
    /// The row's number, as `Row::number`.
    pub row: u32,
    /// The 0-based column.
    pub column: u32,
    pub what: DamageKind,
}

/// What was wrong with a damaged cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DamageKind {
    /// A quote opened in the cell is never closed: read as it stands, it would have taken the
    /// `lines` lines after it into the cell. The row is read up to its line end instead and the
    /// lines after it as rows of their own.
    UnclosedQuote { lines: u32 },
    /// Bytes that are not UTF-8 in a file that otherwise is: shown as U+FFFD.
    NotUtf8,
}

/// Decides, from a sheet's first rows, which of its columns the importer will read. Given to
/// the readers by the importer, so that reading knows nothing of formats: it only keeps the
/// columns it is told to.
pub type Planner<'a> = &'a (dyn Fn(&Sheet, &str) -> ColumnPlan + Sync);

pub(crate) fn unreadable(
    file: &str,
    sheet: Option<&str>,
    why: impl std::fmt::Display,
) -> ImportError {
    ImportError::Unreadable {
        file: file.into(),
        sheet: sheet.map(Into::into),
        why: super::note::FileProblem::Other(why.to_string()),
    }
}

/// Text cells: blank text is no cell; overlong text is cut with a marker, so a 10 MB cell
/// cannot carry 10 MB into every report, and the cut cell with its marker still fits in a
/// workbook cell (Excel counts UTF-16 units: 32,767 of them).
pub(crate) fn text_cell(s: &str) -> Option<Cell> {
    if s.trim().is_empty() {
        return None;
    }
    // A UTF-8 string is never more UTF-16 units long than it is bytes.
    if s.len() > MAX_CELL_CHARS && s.encode_utf16().count() > MAX_CELL_CHARS {
        return Some(Cell::Text(CompactString::from(cut_text(s))));
    }
    Some(Cell::Text(CompactString::from(s)))
}

/// The marker a cut cell ends with.
pub const CUT_MARKER: &str = "…[cut at 32,767 characters]";

/// `s` cut so that it and [`CUT_MARKER`] are at most [`MAX_CELL_CHARS`] UTF-16 units.
pub(crate) fn cut_text(s: &str) -> String {
    let room = MAX_CELL_CHARS - CUT_MARKER.encode_utf16().count();
    let mut units = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if units + c.len_utf16() > room {
            break;
        }
        units += c.len_utf16();
        end = i + c.len_utf8();
    }
    format!("{}{CUT_MARKER}", &s[..end])
}

/// Every sheet's name and kind, in workbook order.
pub(crate) fn kinds<R: Reader<RS>, RS: Read + std::io::Seek>(book: &R) -> Vec<(String, SheetType)> {
    book.sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.typ))
        .collect()
}

/// The worksheets' names, and a note for each other sheet (a chart, dialog or macro sheet,
/// or a VBA module: none holds a table).
pub(crate) fn split_worksheets(
    all: Vec<(String, SheetType)>,
) -> (Vec<String>, Vec<super::note::SheetNote>) {
    let mut names = Vec::new();
    let mut notes = Vec::new();
    for (name, typ) in all {
        use super::note::NotATable;
        let what = match typ {
            SheetType::WorkSheet => {
                names.push(name);
                continue;
            }
            SheetType::ChartSheet => NotATable::Chart,
            SheetType::DialogSheet => NotATable::Dialog,
            SheetType::MacroSheet => NotATable::Macro,
            SheetType::Vba => NotATable::Vba,
        };
        notes.push(super::note::SheetNote::NotATable {
            sheet: name.to_string(),
            what,
        });
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

    /// A cell is cut to fit Excel's cell (32,767 UTF-16 units) with its marker; one that fits
    /// is kept whole.
    #[test]
    fn cut_cells_fit_a_workbook_cell() {
        let units = |c: Option<Cell>| match c {
            Some(Cell::Text(t)) => (t.encode_utf16().count(), t.ends_with(CUT_MARKER)),
            other => panic!("{other:?}"),
        };
        for (text, cut) in [
            ("x".repeat(MAX_CELL_CHARS), false),
            ("x".repeat(MAX_CELL_CHARS + 1), true),
            ("가".repeat(MAX_CELL_CHARS), false),
            ("가".repeat(MAX_CELL_CHARS + 1), true),
            ("😀".repeat(MAX_CELL_CHARS / 2 + 1), true),
        ] {
            let (n, marked) = units(text_cell(&text));
            assert!(n <= MAX_CELL_CHARS, "{n}");
            assert_eq!(marked, cut, "{}", text.len());
        }
    }
}
