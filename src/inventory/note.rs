//! What the importer says about what it read: each data-quality message ([`Note`]) and each
//! note on a file or sheet ([`SheetNote`]) is typed, with the quantities it is about (rows,
//! counts, headers, encodings), so one import serves a report in any language. Their words
//! are the words layer's (`crate::words::inventory`), which also writes them into JSON (in
//! English) and gives them `Display`.

use super::formats::Format;
use crate::model::{OsSource, Refusal};
use crate::units::SizeUnit;

/// Why an RVTools row is not a machine although it names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAVm {
    Template,
    SrmPlaceholder,
}

/// The identity by which two rows of two files are one VM (`merge`), the strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SameVm {
    /// RVTools vInfo `VM UUID`.
    VmUuid,
    /// vCenter's instance UUID (`Instance UUID`, the 2019 import template's `Virtual machine
    /// ID`).
    InstanceUuid,
    /// The VM name within one vCenter (`VI SDK Server`).
    NameAndVcenter,
}

/// A data-quality record's message.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// A cell that could not be read, under its column's header.
    CannotRead {
        header: String,
        raw: String,
        why: Refusal,
    },
    /// A row with a blank name cell (`header`).
    NoMachineName { row: u32, header: String },
    /// An RVTools vInfo row with no VM name.
    NoVmName { row: u32 },
    /// An RVTools row that is a template or placeholder.
    NotAVm { name: String, why: NotAVm },
    /// An RVTools vHost row without a host (`host: None`) or, naming one, without its
    /// version (a blank cell, or no `ESX Version` column).
    HostRowIncomplete { row: u32, host: Option<String> },
    /// An RVTools per-VM tab's row (`tab`: `RVTools vDisk`) whose VM is not a machine.
    OrphanRow { tab: Format, row: u32, vm: Orphan },
    /// A per-disk row whose VM cell (`header`) is blank.
    DiskRowNoVm { row: u32, header: String },
    /// Machines whose platform was inferred from the host OS or management server.
    HypervisorInferred { machines: usize },
    /// A generic table's memory column without a unit.
    MemoryWithoutUnit { header: String },
    /// A size column without a unit, read in `unit`.
    NoUnit { header: String, unit: SizeUnit },
    /// Azure Migrate's CSV: Disk 1 is the OS disk.
    Disk1IsOs,
    /// A machine name met before, at `first`.
    Duplicate { first: String },
    /// A VM configured as one OS and running another (RVTools): the running one is used.
    GuestOs {
        configured: String,
        running: String,
        /// The source of the OS used (none when no reading is known to be it).
        from: Option<OsSource>,
    },
    /// A file of an assessed folder that is one of rehost's own reports: skipped, so that a
    /// report written into the folder is never read back as an inventory.
    OwnReport(super::own_reports::OwnReport),
    /// An entry of an assessed folder that is not read: a folder (`folder`), or no regular
    /// file (a pipe, a device, a socket).
    PassedOver { folder: bool },
    /// A quote opened in a cell and never closed: the row was read to its line end, and the
    /// `lines` lines the quote would have taken into the cell as rows of their own.
    UnclosedQuote { lines: u32 },
    /// Bytes that are not UTF-8 in a cell of a UTF-8 file (shown as U+FFFD).
    NotUtf8,
    /// A row that repeats the header row (`header_row`): two exports joined, or a header
    /// printed every page.
    RepeatedHeader { row: u32, header_row: u32 },
    /// A machine name longer than a workbook cell holds, cut at import.
    NameCut { chars: usize },
    /// A row of a later file that is the same VM as the machine at `first` (found by `by`,
    /// whose value is `value`): merged into it, not a second machine.
    Merged {
        first: String,
        by: SameVm,
        value: String,
    },
    /// An SRM placeholder whose protected VM another file holds, at `protected`.
    PlaceholderOf { name: String, protected: String },
    /// Text already worded in the reader's language (a report's own record).
    Worded(String),
}

/// Why a row of an RVTools per-VM tab belongs to no machine.
#[derive(Debug, Clone, PartialEq)]
pub enum Orphan {
    /// Its VM was skipped (a template, a placeholder).
    Skipped {
        name: String,
        why: NotAVm,
    },
    NoVm,
    NotInVinfo {
        name: String,
    },
}

/// What a sheet that is not a table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotATable {
    Chart,
    Dialog,
    Macro,
    Vba,
}

/// Why a sheet was not used for machines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unused {
    Empty,
    NoNameColumn,
    OnlyName,
}

/// A note on a file or sheet as read: its encoding, delimiter, RVTools version, why it was
/// not used.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetNote {
    Windows1252,
    /// Not UTF-8, and read as the Korean Windows code page (949) it decodes as.
    Cp949,
    /// UTF-8 with bytes that are not: `cells` cells hold them, each named in data quality.
    NotUtf8 {
        cells: usize,
    },
    Utf16 {
        big_endian: bool,
        bom: bool,
    },
    NulRemoved,
    Delimiter(String),
    NotATable {
        sheet: String,
        what: NotATable,
    },
    /// A later sheet named as an earlier one, read under a name of its own.
    SameName {
        name: String,
        read_as: String,
    },
    /// A later sheet named as an earlier one in an xls, which can be read only once.
    SameNameNotRead {
        name: String,
    },
    RvtoolsVersion(String),
    RvtoolsTab(String),
    NotUsed(Unused),
}

/// Why a whole file cannot be imported (the reason of an [`super::imported::ImportError`]).
#[derive(Debug, Clone, PartialEq)]
pub enum FileProblem {
    FolderEmpty,
    /// A folder whose every file is one of rehost's reports (how many).
    FolderOnlyReports(usize),
    /// A file named on the command line that is one of rehost's reports.
    OwnReport(super::own_reports::OwnReport),
    IsDirectory,
    Empty,
    NoText,
    Binary,
    Encrypted,
    /// A spreadsheet reader gave up on the file.
    Damaged,
    /// A file of another kind (a Word document, a PDF…), told from its bytes.
    OtherKind(super::sniff::Other),
    /// The zip container of an xlsx: the zip library's words.
    NotZip(String),
    DamagedZipEntry {
        entry: usize,
        why: String,
    },
    /// An Excel 97-2003 compound file: the cfb library's words.
    NotXls(String),
    /// A CSV parse error, at its line when known (the csv library's words).
    Csv {
        line: Option<u32>,
        why: String,
    },
    /// Over a size cap.
    FileBytes {
        bytes: u64,
        cap: u64,
    },
    Cells {
        cap: usize,
    },
    /// Data rows of one CSV over [`crate::limits::MAX_ROWS_PER_CSV`].
    Rows {
        cap: usize,
    },
    /// Machines of the run over [`crate::limits::MAX_MACHINES`] once this file is read.
    Machines {
        cap: usize,
    },
    SheetCells {
        sheet: String,
        cap: usize,
    },
    ZipPart {
        part: String,
        bytes: u64,
        cap_part: u64,
        cap_all: u64,
    },
    /// Not an inventory: no rows, no usable sheet, or RVTools tabs without vInfo.
    NoRows,
    NotUsed(Unused),
    NoNameColumnAnywhere,
    RvtoolsWithoutVinfo,
    /// Over one of the caps on what a reader builds, or not a regular file
    /// ([`crate::limits`]).
    Over(crate::limits::Over),
    /// `REHOST_XLSX_READER` names no reader (its value).
    BadXlsxReader(String),
    /// A library's own words (calamine's, the csv reader's): data, not rehost's sentence.
    Other(String),
}
