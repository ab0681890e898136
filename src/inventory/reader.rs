//! What reading one sheet's rows needs besides the cells: where a row is (its [`SourceRef`]),
//! where its unreadable cells, skipped rows and assumptions are recorded, and the unit a
//! format's numbers are in when the header does not say. Every importer of rows uses it; it
//! uses only the sheet and the model.

use std::sync::Arc;

use super::format::Format;
use super::headers::Column;
use super::imported::{DataQuality, Inventory, Issue};
use super::note::Note;
use super::sheet::Row;
use crate::model::{Field, Refusal, SourceRef};
use crate::units::SizeUnit;

/// The unit a column's numbers are in when neither header nor cell says, and whether that is
/// an assumption the reader should be told about (rather than the format's documented unit).
pub fn default_unit(format: Format, field: Field) -> (Option<SizeUnit>, bool) {
    use Field::*;
    match (format, field) {
        // RVTools vInfo `Memory` is MiB although its header says nothing.
        (Format::RvtoolsInfo, Memory | ActiveMemory) => (Some(SizeUnit::MiB), false),
        (Format::AzureMigrateCsv | Format::AzureMigrateDiscovery, Memory) => {
            (Some(SizeUnit::MiB), false)
        }
        (Format::AzureMigrateCsv, DiskN | UsedStorage) => (Some(SizeUnit::GiB), false),
        // `MemoryStartup` from Get-VM is in bytes.
        (Format::HyperVVm | Format::HyperVVhd, Memory) => (Some(SizeUnit::Bytes), false),
        (Format::HyperVVhd, DiskCapacity) => (Some(SizeUnit::Bytes), false),
        (Format::RvtoolsInfo | Format::RvtoolsDisk | Format::RvtoolsPartition, _) => {
            (Some(SizeUnit::MiB), true)
        }
        (
            _,
            Memory | ActiveMemory | OsDisk | DataDisk | LargestDataDisk | DiskN | UsedStorage
            | ProvisionedStorage,
        ) => (Some(SizeUnit::GiB), true),
        _ => (None, false),
    }
}

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
