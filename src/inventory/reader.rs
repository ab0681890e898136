//! What reading one sheet's rows needs besides the cells: where a row is (its [`SourceRef`]),
//! where its unreadable cells, skipped rows and assumptions are recorded. Every importer of rows uses it; it
//! uses only the sheet and the model.

use std::sync::Arc;

use super::formats::Format;
use super::headers::Column;
use super::imported::{DataQuality, Inventory, Issue};
use super::note::Note;
use super::sheet::Row;
use crate::model::{Field, Refusal, SourceRef};

/// Context for reading the cells of one row.
pub struct RowReader<'a> {
    pub file: &'a Arc<str>,
    pub sheet: Option<Arc<str>>,
    pub format: Format,
}

impl RowReader<'_> {
    pub fn source(&self, row: &Row) -> SourceRef {
        SourceRef {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            row: row.number,
        }
    }

    pub fn record(
        &self,
        inv: &mut Inventory,
        row: &Row,
        col: &Column,
        machine: &str,
        raw: &str,
        why: &Refusal,
    ) {
        inv.data_quality.push(DataQuality {
            issue: Issue::Invalid,
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            cell: Some(self.source(row).cell(col.index)),
            row: Some(row.number),
            machine: Some(machine.to_string()),
            field: Some(col.field),
            raw: Some(raw.to_string()),
            message: Note::CannotRead {
                header: col.header.clone(),
                raw: raw.to_string(),
                why: why.clone(),
            },
        });
    }

    pub fn skip(&self, inv: &mut Inventory, row: &Row, machine: Option<&str>, why: Note) {
        inv.data_quality.push(DataQuality {
            issue: Issue::Skipped,
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            cell: None,
            row: Some(row.number),
            machine: machine.map(Into::into),
            field: None,
            raw: None,
            message: why,
        });
    }

    pub fn note(&self, inv: &mut Inventory, field: Option<Field>, message: Note) {
        inv.data_quality.push(DataQuality {
            issue: Issue::Assumption,
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            cell: None,
            row: None,
            machine: None,
            field,
            raw: None,
            message,
        });
    }
}
