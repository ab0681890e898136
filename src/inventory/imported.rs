//! What an import produces: the [`Inventory`] (machines, the sheets read, the data-quality
//! records) and the [`ImportError`] of a file that cannot be read at all. Below every reader,
//! so that each of them, and the importer above them, import these types downward.

use std::sync::Arc;

use serde::Serialize;

use super::formats::Format;
use super::headers;
use super::note::{FileProblem, Note, SheetNote};
use crate::model::Machine;

/// A file that cannot be imported at all. Bad cells never produce this; they become invalid
/// values and data-quality records. Its words (and its `Display`, which anyhow's chain shows)
/// are the words layer's (`crate::words::inventory`).
#[derive(Debug)]
pub enum ImportError {
    Io {
        file: String,
        err: std::io::Error,
    },
    Unreadable {
        file: String,
        sheet: Option<String>,
        why: FileProblem,
    },
    TooLarge {
        file: String,
        why: FileProblem,
    },
    NotAnInventory {
        file: String,
        sheet: Option<String>,
        why: FileProblem,
    },
}

/// The I/O error is written within the message (`file: error`), not as a cause of its own,
/// so that an error chain names it once.
impl std::error::Error for ImportError {}

/// How serious a data-quality record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Issue {
    /// A cell that could not be read; the field is invalid for that machine.
    Invalid,
    /// A row that did not become a machine.
    Skipped,
    /// A reading the importer made that the reader should know about (a unit assumed,
    /// a hypervisor inferred, a duplicate name).
    Assumption,
    /// A rule the inventory gives no column for (filled in by the rules engine).
    Coverage,
}

/// One data-quality record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataQuality {
    pub issue: Issue,
    pub file: Arc<str>,
    pub sheet: Option<Arc<str>>,
    /// Cell reference (`vInfo!C17`) or row, when the record is about one.
    pub cell: Option<String>,
    pub row: Option<u32>,
    pub machine: Option<String>,
    pub field: Option<headers::Field>,
    pub raw: Option<String>,
    pub message: Note,
}

/// One column of a sheet and the field it was read as.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MappedColumn {
    pub header: String,
    pub field: headers::Field,
    /// Spreadsheet letter of the column (`C`).
    pub column: String,
}

/// What was found in one sheet (or CSV file).
#[derive(Debug, Clone, Serialize)]
pub struct SheetReport {
    pub file: Arc<str>,
    pub sheet: Option<Arc<str>>,
    pub format: Format,
    /// Row number of the header row.
    pub header_row: Option<u32>,
    /// Source header → field, with the column's letter.
    pub columns: Vec<MappedColumn>,
    /// Headers that were not mapped to any field.
    pub ignored: Vec<String>,
    pub rows_read: usize,
    pub machines: usize,
    /// Rows that became part of a machine (a disk, a partition, a host's version).
    pub attached: usize,
    pub skipped: usize,
    pub notes: Vec<SheetNote>,
    /// The column each value of a machine (or of a disk) read from this sheet came from, as
    /// its reader recorded when the sheet was read: a field's own column, or the column the
    /// value was made of (a disk's size from `Capacity`, a platform from `Server type`). With
    /// the row every machine and disk keeps ([`crate::model::SourceRef`]), the cell of every
    /// value: a few entries a sheet, nothing held on the machines.
    #[serde(skip)]
    pub read: Vec<(headers::Field, u32)>,
}

/// The cell a value was read from: its sheet (an index into [`Inventory::sheets`]), its row
/// number and its column (0 is `A`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CellId {
    pub sheet: u32,
    pub row: u32,
    pub column: u32,
}

/// One cell of an inventory as people quote it, `vInfo!C17` (a CSV's file name stands for its
/// sheet). Written straight into a report, never made into a string of its own: a million
/// machines' JSON quotes some ten million of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellRef<'a> {
    pub place: &'a str,
    /// The column (0 is `A`), written as its letters.
    pub column: u32,
    pub row: u32,
}

impl std::fmt::Display for CellRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The letters, last first, without a String: `A`..`Z`, `AA`..
        let mut letters = [0u8; 8];
        let mut n = self.column as usize;
        let mut len = 0;
        loop {
            letters[len] = b'A' + (n % 26) as u8;
            len += 1;
            if n < 26 || len == letters.len() {
                break;
            }
            n = n / 26 - 1;
        }
        letters[..len].reverse();
        let column = std::str::from_utf8(&letters[..len]).map_err(|_| std::fmt::Error)?;
        write!(f, "{}!{}{}", self.place, column, self.row)
    }
}

/// Everything imported from one run's files.
#[derive(Debug, Default, Serialize)]
pub struct Inventory {
    pub files: Vec<String>,
    pub sheets: Vec<SheetReport>,
    pub machines: Vec<Machine>,
    pub data_quality: Vec<DataQuality>,
    /// The hosts a host sheet lists (RVTools vHost), in sheet order: the estate's over-commit.
    #[serde(skip)]
    pub hosts: Vec<crate::model::HostFacts>,
}

impl Inventory {
    /// The cell the value of `field` in the row `source` was read from, as the sheet's reader
    /// recorded it; none when that sheet gave no column for it (the value was made of others
    /// or came from another sheet).
    pub fn cell(&self, source: &crate::model::SourceRef, field: headers::Field) -> Option<CellId> {
        let sheet = self
            .sheets
            .iter()
            .position(|s| s.file == source.file && s.sheet == source.sheet)?;
        let (_, column) = self.sheets[sheet].read.iter().find(|(f, _)| *f == field)?;
        Some(CellId {
            sheet: sheet as u32,
            row: source.row,
            column: *column,
        })
    }

    /// [`Inventory::cell`] as people quote it (`vInfo!C17`).
    pub fn cell_of<'a>(
        &'a self,
        source: &'a crate::model::SourceRef,
        field: headers::Field,
    ) -> Option<CellRef<'a>> {
        let cell = self.cell(source, field)?;
        let place = source.sheet.as_deref().unwrap_or_else(|| {
            source
                .file
                .rsplit(['/', '\\'])
                .next()
                .unwrap_or(&source.file)
        });
        Some(CellRef {
            place,
            column: cell.column,
            row: cell.row,
        })
    }

    /// Which fields the inventory has at least one column for, across all sheets.
    pub fn has_field(&self, field: headers::Field) -> bool {
        self.sheets
            .iter()
            .any(|s| s.columns.iter().any(|c| c.field == field))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cell's letters are written as the sheet shows them, as `col_letter` makes them.
    #[test]
    fn cell_letters_as_the_sheet_shows_them() {
        for column in [0u32, 1, 25, 26, 27, 51, 52, 701, 702, 16_383] {
            let cell = CellRef {
                place: "vInfo",
                column,
                row: 17,
            };
            let letters = crate::model::col_letter(column as usize);
            assert_eq!(cell.to_string(), format!("vInfo!{letters}17"), "{column}");
        }
        let a = CellRef {
            place: "vDisk",
            column: 2,
            row: 5,
        };
        assert_eq!(a.to_string(), "vDisk!C5");
    }
}
