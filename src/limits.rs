//! What rehost will read, and what its readers may build from it: every cap in one place, each
//! with its reason. A hostile or broken file is refused with exit status 2 and a message naming
//! it (and its sheet or cell), in bounded memory, never an abort on a failed allocation.
//!
//! The caps bound what a file can make rehost *build*, not only its bytes: a zip inflates, a
//! shared string is copied into every cell that refers to it, an ODS repeat attribute stands
//! for a million rows, a message template is filled for every machine. Each cap sits far above
//! what a real export or rule file holds (the figure is given beside it) and low enough that
//! everything a file can make rehost hold at once stays well under 2 GiB.
//!
//! This is the bottom layer: a refusal is typed ([`Over`]); its words in the reader's language
//! are the words layer's (`crate::words::limits`), its `Display` the English an error chain
//! prints. The readers apply the caps
//! (`inventory::limits` for workbooks, `rules`, `sizing::prices`, `dr` for theirs); the
//! README's "Robustness" section lists them with what each refusal says.

use std::io::Read;
use std::path::Path;

// ---- Every file rehost opens -------------------------------------------------------------

/// Largest inventory file read (2 GiB): far beyond any real export (a 100,000-VM RVTools
/// workbook is about 84 MB).
pub const MAX_FILE_BYTES: u64 = 2 << 30;

/// Largest rule file (`--rules DIR`, `rules check`): 1 MiB. The largest shipped matrix or
/// release-notes file is 25 KB.
pub const MAX_RULES_FILE_BYTES: u64 = 1 << 20;

/// Largest saved Retail Prices response (`--prices`): 256 MiB. One region's virtual-machine
/// and managed-disk prices, every page of them, are some tens of megabytes; parsed, a file at
/// the cap takes under a gigabyte.
pub const MAX_PRICES_FILE_BYTES: u64 = 256 << 20;

/// Largest DR policy file (`--dr-policy`): 1 MiB; a policy is a few tiers of two durations.
pub const MAX_POLICY_FILE_BYTES: u64 = 1 << 20;

// ---- What an inventory's readers build -----------------------------------------------------

/// Non-empty cells read from one file (60 million): a 100,000-VM RVTools export holds about
/// 18 million.
pub const MAX_CELLS_PER_FILE: usize = 60_000_000;

/// Data rows of one CSV (1,048,576): no sheet of a spreadsheet holds more (Excel's own limit),
/// and a CSV is one exported. Each row costs the reader and the machine it becomes about 900
/// bytes, so without it a 50 MB file of 4 million three-cell rows took 3.6 GB.
pub const MAX_ROWS_PER_CSV: usize = 1 << 20;

/// Machines in one run (1,048,576): the scale rehost is measured to (a million machines in
/// about 2 GiB), and far past the largest estate (a vCenter manages some 45,000 VMs). Several
/// files of a million rows each would otherwise add up past any memory.
pub const MAX_MACHINES: usize = 1 << 20;

/// Text kept from one cell: Excel's own limit, 32,767 characters. A longer cell is cut with a
/// marker that fits within it, so every cell rehost read can be written back into a workbook.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Text kept from all the cells of one file (512 MiB). A shared string is copied into every
/// cell that refers to it, so a small workbook whose one 32 KiB string fills a million cells
/// would build 32 GB; a 100,000-VM RVTools export keeps under 100 MB of text, a
/// 1,000,000-row CSV under 100 MB.
pub const MAX_TEXT_BYTES_PER_FILE: u64 = 512 << 20;

/// Declared uncompressed size of one part of an xlsx (1 GiB), and of all parts (4 GiB).
pub const MAX_ZIP_ENTRY_BYTES: u64 = 1 << 30;
pub const MAX_ZIP_TOTAL_BYTES: u64 = 4 << 30;

/// Entries of an xlsx's shared-string table (8 million). Each costs a reader 24 bytes and
/// more even when empty, and calamine, the fallback reader, holds a copy per thread: 8
/// million empty entries are some 200 MB a copy. A 100,000-VM export's distinct texts (names,
/// paths, UUIDs, addresses of every VM, disk and partition) are a few million at most.
pub const MAX_SHARED_STRINGS: usize = 8_000_000;

/// Bytes of the shared-string part as inflated (256 MiB): the text built from it is never
/// longer than its XML. A 100,000-VM export's table is tens of megabytes.
pub const MAX_SHARED_STRINGS_BYTES: u64 = 256 << 20;

/// Bytes of XML of one shared string or one ODS cell (1 MiB), checked before its text is
/// built. Excel holds 32,767 characters in a cell; written as character references with a
/// run of formatting every few characters that is well under a megabyte.
pub const MAX_CELL_XML_BYTES: u64 = 1 << 20;

/// Number formats plus cell formats (`numFmt`, `xf`) of an xlsx's styles (262,144). Excel
/// limits a workbook's `xf` records to 65,430 ([MS-OI29500] 2.1.727, "cellXfs (Cell
/// Formats)", https://msdn.microsoft.com/en-us/library/ff532521(v=office.12).aspx); a real
/// export has a few dozen.
pub const MAX_STYLES: usize = 1 << 18;

/// Bytes of the other small parts of an xlsx the readers take whole (workbook, relationships,
/// styles): 64 MiB; a real one is kilobytes.
pub const MAX_SMALL_PART_BYTES: u64 = 64 << 20;

/// Cells of the rectangles an ODS reader builds, over all its tables (16 million). calamine
/// expands `table:number-rows-repeated` and `number-columns-repeated` into every cell of the
/// used rectangle (56 bytes a cell with its formula), so an 882-byte file could ask for
/// billions; 16 million is a 100,000-row table 160 columns wide.
pub const MAX_ODS_CELLS: u64 = 16 << 20;

// ---- What rule files make rehost write for every machine ----------------------------------

/// Rules in one matrix (1,000): the largest shipped has 25. Every rule is evaluated and may
/// be reported for every machine.
pub const MAX_RULES_PER_MATRIX: usize = 1_000;

/// Characters of one rule's title, message or remediation, in either language (2,000): the
/// longest shipped is 233. The message is filled in and written for every machine it fails.
pub const MAX_RULE_TEXT_CHARS: usize = 2_000;

/// Placeholders (`{name}`, `{os}`, …) in one message (12): each may stand for a 32 KB cell,
/// so a message of `{name}` repeated would multiply the largest cell in every finding. The
/// shipped messages use at most three.
pub const MAX_PLACEHOLDERS: usize = 12;

// ---- Reading a file -------------------------------------------------------------------------

/// What a file is to rehost, for the words of a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Inventory,
    Rules,
    Prices,
    Policy,
}

impl Role {
    /// The cap on one file of this kind.
    pub fn cap(self) -> u64 {
        match self {
            Role::Inventory => MAX_FILE_BYTES,
            Role::Rules => MAX_RULES_FILE_BYTES,
            Role::Prices => MAX_PRICES_FILE_BYTES,
            Role::Policy => MAX_POLICY_FILE_BYTES,
        }
    }
}

/// What a path names when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Directory,
    Device,
    Fifo,
    Socket,
    Other,
}

impl NotAFile {
    fn of(t: std::fs::FileType) -> Option<NotAFile> {
        use std::os::unix::fs::FileTypeExt;
        Some(if t.is_file() {
            return None;
        } else if t.is_dir() {
            NotAFile::Directory
        } else if t.is_char_device() || t.is_block_device() {
            NotAFile::Device
        } else if t.is_fifo() {
            NotAFile::Fifo
        } else if t.is_socket() {
            NotAFile::Socket
        } else {
            NotAFile::Other
        })
    }
}

/// A cap a file went over, or a file that is not one: the reason of a refusal, typed; the
/// words layer words it where it is shown (the caller adds the file's name), and writes its
/// `Display` (the English words, `crate::words::limits::over`).
#[derive(Debug, Clone, PartialEq)]
pub enum Over {
    /// The path is a device, a pipe, a socket (or a link to one): it has no size to check and
    /// may never end.
    NotAFile { role: Role, what: NotAFile },
    /// The file is larger than its kind's cap.
    FileBytes { role: Role, bytes: u64, cap: u64 },
    /// Text kept from the cells of one file.
    TextBytes { sheet: Option<String>, cap: u64 },
    /// Shared strings: too many entries.
    SharedStrings { cap: usize },
    /// Shared strings: the part inflates past its cap.
    SharedStringsBytes { cap: u64 },
    /// One shared string's XML (`index`, 0-based) or one ODS cell's (`cell`, `B7`).
    CellXml {
        sheet: Option<String>,
        cell: String,
        cap: u64,
    },
    /// Number and cell formats of an xlsx's styles.
    Styles { cap: usize },
    /// A small part of an xlsx (`part`) inflates past its cap.
    PartBytes { part: String, cap: u64 },
    /// The cells an ODS's repeat attributes stand for.
    OdsCells { sheet: String, cells: u64, cap: u64 },
    /// Rules in one matrix.
    Rules { count: usize, cap: usize },
    /// One rule's text (`field`: message, title, remediation).
    RuleText {
        rule: String,
        field: &'static str,
        chars: usize,
        cap: usize,
    },
    /// Placeholders in one rule's message.
    Placeholders {
        rule: String,
        count: usize,
        cap: usize,
    },
}

/// A file refused by a cap, named: for readers whose own error type has no place for it. Its
/// `Display` is the words layer's (`crate::words::limits::refused`).
#[derive(Debug)]
pub struct Refused {
    pub file: String,
    pub why: Over,
}

impl std::error::Error for Over {}
impl std::error::Error for Refused {}

/// Why a file could not be read: a cap, or the system's own error.
#[derive(Debug)]
pub enum ReadError {
    Over(Over),
    Io(std::io::Error),
}

/// Reads a file whole, if it is a regular file (a link is followed) no larger than its kind's
/// cap. The type is checked before the file is opened (opening a pipe waits for a writer), and
/// again on the open file; the read stops one byte past the cap, so a file that grows while
/// it is read is refused too.
pub fn read_file(path: &Path, role: Role) -> Result<Vec<u8>, ReadError> {
    let cap = role.cap();
    let not_a_file = |t| NotAFile::of(t).map(|what| ReadError::Over(Over::NotAFile { role, what }));
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if let Some(e) = not_a_file(meta.file_type()) {
        return Err(e);
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if let Some(e) = not_a_file(meta.file_type()) {
        return Err(e);
    }
    let too_large = |bytes| ReadError::Over(Over::FileBytes { role, bytes, cap });
    if meta.len() > cap {
        return Err(too_large(meta.len()));
    }
    let mut out = Vec::with_capacity(meta.len() as usize);
    file.take(cap + 1)
        .read_to_end(&mut out)
        .map_err(ReadError::Io)?;
    if out.len() as u64 > cap {
        return Err(too_large(out.len() as u64));
    }
    Ok(out)
}

/// [`read_file`] as text: invalid UTF-8 is the system's `InvalidData` error.
pub fn read_text(path: &Path, role: Role) -> Result<String, ReadError> {
    String::from_utf8(read_file(path, role)?)
        .map_err(|e| ReadError::Io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_within_the_cap_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let ok = dir.path().join("ok.toml");
        std::fs::write(&ok, "x").unwrap();
        assert_eq!(read_file(&ok, Role::Rules).unwrap(), b"x");
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b' '; MAX_RULES_FILE_BYTES as usize + 1]).unwrap();
        assert!(matches!(
            read_file(&big, Role::Rules),
            Err(ReadError::Over(Over::FileBytes { .. }))
        ));
        assert!(matches!(
            read_file(Path::new("/dev/zero"), Role::Policy),
            Err(ReadError::Over(Over::NotAFile {
                what: NotAFile::Device,
                ..
            }))
        ));
        assert!(matches!(
            read_file(dir.path(), Role::Prices),
            Err(ReadError::Over(Over::NotAFile {
                what: NotAFile::Directory,
                ..
            }))
        ));
        let link = dir.path().join("zero.toml");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(
            read_file(&link, Role::Rules),
            Err(ReadError::Over(Over::NotAFile { .. }))
        ));
    }
}
