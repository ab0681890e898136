//! A fast path for the sheets of an xlsx, with calamine as the reader of record.
//!
//! Measured on a 100,000-VM RVTools export (978 MB of sheet XML), calamine's event reader
//! takes ~13 s of CPU for the three tabs rehost reads (80 MB/s a core), most of it in
//! generic XML machinery; inflating is under a tenth of it. [`scan`] reads the shapes
//! spreadsheet writers actually emit with `memchr`, several times faster, and gives exactly
//! the cells calamine gives (tests compare the two on every workbook fixture and on
//! generated ones). It refuses ([`Bail`]) whatever it does not read the way calamine does,
//! and that sheet, or the whole workbook if its parts are unusual, is read by calamine.

mod parts;
mod scan;
mod tags;
#[cfg(test)]
mod tests;
mod text;

use std::io::{Cursor, Read, Seek};

use zip::ZipArchive;

use super::sheet::Cell;

use scan::{Context, SheetScan};

/// Why the fast path gave a sheet or a workbook back to calamine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Bail(pub &'static str);

/// What every sheet of a workbook shares: where the sheets are, the shared strings and
/// which styles are dates.
pub(crate) struct Book {
    sheets: Vec<parts::SheetPart>,
    strings: Vec<String>,
    formats: Vec<parts::NumFormat>,
}

/// The zip entry of the workbook part (`xl/workbook.xml`), as the package's relationships
/// name it; `None` if they name none the zip holds.
pub(crate) fn workbook_entry<R: Read + Seek>(zip: &mut ZipArchive<R>) -> Option<String> {
    let (dir, name) = parts::workbook_path(zip).ok()?;
    parts::entry_name(zip, &format!("{dir}{name}"))
}

impl Book {
    /// Reads the workbook's parts; `Err` if any is unusual (the workbook is then calamine's).
    pub(crate) fn open(bytes: &[u8]) -> Result<Book, Bail> {
        let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| Bail("not a zip"))?;
        let (dir, sheets) = parts::sheets(&mut zip)?;
        let formats = parts::formats(&mut zip, &dir)?;
        let strings = parts::shared_strings(&mut zip, &dir)?;
        Ok(Book {
            sheets,
            strings,
            formats,
        })
    }

    /// Every sheet's name and kind, in workbook order, as calamine's `sheets_metadata`
    /// lists them.
    pub(crate) fn sheets(&self) -> Vec<(String, calamine::SheetType)> {
        self.sheets
            .iter()
            .map(|s| (s.name.clone(), s.typ))
            .collect()
    }

    /// Reads every cell of sheet `name`, handing each position to `each` in document order
    /// with a function that reads the cell's value (for the columns it keeps), until `each`
    /// says stop (`Ok(false)`). A [`Bail`] means the sheet must be read again by calamine;
    /// `each`'s own error ends the read.
    pub(crate) fn read_sheet<R: Read + Seek, E>(
        &self,
        zip: &mut ZipArchive<R>,
        name: &str,
        mut each: impl FnMut(u32, u32, &mut dyn FnMut() -> Option<Cell>) -> Result<bool, E>,
    ) -> Result<Result<(), E>, Bail> {
        let sheet = self
            .sheets
            .iter()
            .find(|s| s.name == name)
            .ok_or(Bail("no such sheet"))?;
        let entry = parts::entry_name(zip, &sheet.path).ok_or(Bail("sheet part missing"))?;
        let file = zip
            .by_name(&entry)
            .map_err(|_| Bail("sheet part unreadable"))?;
        let cx = Context {
            strings: &self.strings,
            formats: &self.formats,
        };
        let mut scan = SheetScan::new(file, cx);
        while let Some((r, c)) = scan.next_cell()? {
            let mut bailed = None;
            let mut value = || {
                scan.value().unwrap_or_else(|b| {
                    bailed = Some(b);
                    None
                })
            };
            let go_on = each(r, c, &mut value);
            if let Some(b) = bailed {
                return Err(b);
            }
            match go_on {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Ok(Err(e)),
            }
        }
        Ok(Ok(()))
    }
}
