//! The caps that keep a hostile or broken file from taking the machine down. Each produces a
//! clear error (or, for a cell, a marked cut) instead of an abort. The README's "Robustness"
//! section lists them.

use std::io::Cursor;

use super::ImportError;

/// Largest inventory file read (2 GiB): far beyond any real export (a 100,000-VM RVTools
/// workbook is about 84 MB).
pub const MAX_FILE_BYTES: u64 = 2 << 30;

/// Non-empty cells read from one file (60 million): a 100,000-VM RVTools export holds about
/// 18 million.
pub const MAX_CELLS_PER_FILE: usize = 60_000_000;

/// Text kept from one cell (32 KiB, Excel's own cell limit is 32,767 characters).
pub const MAX_CELL_CHARS: usize = 32 * 1024;

/// Declared uncompressed size of one part of an xlsx (1 GiB), and of all parts (4 GiB).
pub const MAX_ZIP_ENTRY_BYTES: u64 = 1 << 30;
pub const MAX_ZIP_TOTAL_BYTES: u64 = 4 << 30;

/// The part cap, lowered by `REHOST_MAX_XLSX_PART_BYTES` (for tests and small machines).
fn max_entry() -> u64 {
    std::env::var("REHOST_MAX_XLSX_PART_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(MAX_ZIP_ENTRY_BYTES, |v: u64| v.min(MAX_ZIP_ENTRY_BYTES))
}

/// Refuses an xlsx whose parts declare absurd sizes before anything is inflated: the shared
/// strings table is read whole when the workbook opens, so this is the last safe moment.
pub fn check_zip(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ImportError::Unreadable {
            file: file.into(),
            sheet: None,
            why: super::FileProblem::NotZip(e.to_string()),
        })?;
    let mut total = 0u64;
    let max_entry = max_entry();
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| ImportError::Unreadable {
            file: file.into(),
            sheet: None,
            why: super::FileProblem::DamagedZipEntry {
                entry: i,
                why: e.to_string(),
            },
        })?;
        let size = entry.size();
        total = total.saturating_add(size);
        if size > max_entry || total > MAX_ZIP_TOTAL_BYTES {
            return Err(ImportError::TooLarge {
                file: file.into(),
                why: super::FileProblem::ZipPart {
                    part: entry.name().map(|n| n.to_string()).unwrap_or_default(),
                    bytes: size,
                    cap_part: max_entry,
                    cap_all: MAX_ZIP_TOTAL_BYTES,
                },
            });
        }
    }
    Ok(())
}
