//! What the importer says about what it read: each data-quality message ([`Note`]) and each
//! note on a file or sheet ([`SheetNote`]) is typed, so one import serves a report in any
//! language: a report words it for its reader (`--lang ko`), and JSON without a language
//! keeps the English text it always had.

use serde::{Serialize, Serializer};

use crate::model::{Lang, Refusal};

/// Why an RVTools row is not a machine although it names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAVm {
    Template,
    SrmPlaceholder,
}

impl NotAVm {
    pub fn words(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (NotAVm::Template, Lang::En) => "a template, not a VM",
            (NotAVm::SrmPlaceholder, Lang::En) => "a Site Recovery Manager placeholder, not a VM",
            (NotAVm::Template, Lang::Ko) => "VM이 아닌 템플릿",
            (NotAVm::SrmPlaceholder, Lang::Ko) => "VM이 아닌 Site Recovery Manager 자리 표시자",
        }
    }
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
    /// An RVTools vHost row without a host or its version.
    HostRowIncomplete { row: u32 },
    /// An RVTools per-VM tab's row (`tab`: `RVTools vDisk`) whose VM is not a machine.
    OrphanRow {
        tab: &'static str,
        row: u32,
        vm: Orphan,
    },
    /// A per-disk row whose VM cell (`header`) is blank.
    DiskRowNoVm { row: u32, header: String },
    /// Machines whose platform was inferred from the host OS or management server.
    HypervisorInferred { machines: usize },
    /// A generic table's memory column without a unit.
    MemoryWithoutUnit { header: String },
    /// A size column without a unit, read in `unit`.
    NoUnit { header: String, unit: &'static str },
    /// Azure Migrate's CSV: Disk 1 is the OS disk.
    Disk1IsOs,
    /// A machine name met before, at `first`.
    Duplicate { first: String },
    /// A VM configured as one OS and running another (RVTools): the running one is used.
    GuestOs {
        configured: String,
        running: String,
        from: &'static str,
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

impl Note {
    /// The message in the reader's language.
    pub fn words(&self, lang: Lang) -> String {
        use Note::*;
        let ko = lang == Lang::Ko;
        match self {
            CannotRead { header, raw, why } if ko => {
                format!(
                    "{header}: {raw:?}을(를) 읽을 수 없습니다: {}",
                    why.words(lang)
                )
            }
            CannotRead { header, raw, why } => {
                format!("{header}: cannot read {raw:?}: {}", why.words(lang))
            }
            NoMachineName { row, header } if ko => {
                format!("{row}행에 머신 이름이 없습니다({header}이(가) 비어 있음)")
            }
            NoMachineName { row, header } => {
                format!("row {row} has no machine name ({header} is empty)")
            }
            NoVmName { row } if ko => format!("{row}행에 VM 이름이 없습니다"),
            NoVmName { row } => format!("row {row} has no VM name"),
            NotAVm { name, why } if ko => format!("{name} 건너뜀: {}", why.words(lang)),
            NotAVm { name, why } => format!("{name} skipped: {}", why.words(lang)),
            HostRowIncomplete { row } if ko => {
                format!("vHost {row}행에 호스트나 버전이 없습니다")
            }
            HostRowIncomplete { row } => format!("vHost row {row} names no host or version"),
            OrphanRow { tab, row, vm } => {
                let why = match (vm, lang) {
                    (Orphan::Skipped { name, why }, Lang::En) => {
                        format!("belongs to {name}, skipped as {}", why.words(lang))
                    }
                    (Orphan::Skipped { name, why }, Lang::Ko) => {
                        format!(
                            "{name}의 행이며, {name}은(는) {}(으)로 건너뜀",
                            why.words(lang)
                        )
                    }
                    (Orphan::NoVm, Lang::En) => "names no VM".into(),
                    (Orphan::NoVm, Lang::Ko) => "VM 이름이 없습니다".into(),
                    (Orphan::NotInVinfo { name }, Lang::En) => {
                        format!("names VM {name:?}, which is not in vInfo")
                    }
                    (Orphan::NotInVinfo { name }, Lang::Ko) => {
                        format!("VM {name:?}은(는) vInfo에 없습니다")
                    }
                };
                if ko {
                    format!("{tab} {row}행: {why}")
                } else {
                    format!("{tab} row {row}: {why}")
                }
            }
            DiskRowNoVm { row, header } if ko => {
                format!("디스크 {row}행에 VM이 없습니다({header}이(가) 비어 있음)")
            }
            DiskRowNoVm { row, header } => {
                format!("disk row {row} names no VM ({header} is empty)")
            }
            HypervisorInferred { machines } if ko => {
                format!(
                    "머신 {machines}대의 하이퍼바이저를 호스트 OS 또는 관리 서버에서 추정했습니다"
                )
            }
            HypervisorInferred { machines } => format!(
                "hypervisor inferred from the host OS or management server for {machines} machine(s)"
            ),
            MemoryWithoutUnit { header } if ko => format!(
                "{header:?}에 단위가 없습니다. 1,024 미만의 숫자는 GB로, 그보다 큰 숫자는 MB로 읽습니다"
            ),
            MemoryWithoutUnit { header } => format!(
                "{header:?} has no unit: numbers under 1,024 are read as GB, larger ones as MB"
            ),
            NoUnit { header, unit } if ko => {
                format!("{header:?}에 단위가 없습니다. 단위 없는 숫자는 {unit}(으)로 읽습니다")
            }
            NoUnit { header, unit } => {
                format!("{header:?} has no unit: numbers without one are read as {unit}")
            }
            Disk1IsOs if ko => "Disk 1을 OS 디스크로, 나머지를 데이터 디스크로 봅니다".into(),
            Disk1IsOs => "Disk 1 is taken as the OS disk, the others as data disks".into(),
            Duplicate { first } if ko => {
                format!("중복된 머신 이름입니다({first}에도 있음). 둘 다 유지하고 평가합니다")
            }
            Duplicate { first } => {
                format!("duplicate machine name (also at {first}); both are kept and assessed")
            }
            GuestOs {
                configured,
                running,
                from,
            } if ko => format!(
                "{configured:?}(으)로 구성되어 있지만 {running:?}이(가) 실행 중입니다({from}). 실행 중인 OS로 읽습니다"
            ),
            GuestOs {
                configured,
                running,
                from,
            } => format!(
                "configured as {configured:?}, running {running:?} ({from}); read as the running OS"
            ),
            PassedOver { folder: true } if ko => {
                "폴더 안의 폴더이므로 읽지 않았습니다(폴더는 한 단계만 엽니다)".into()
            }
            PassedOver { folder: true } => {
                "a folder inside the folder: not read (folders are opened one level deep)".into()
            }
            PassedOver { folder: false } if ko => {
                "일반 파일이 아니므로(파이프, 장치 또는 소켓) 읽지 않았습니다".into()
            }
            PassedOver { folder: false } => {
                "not a regular file (a pipe, a device or a socket): not read".into()
            }
            OwnReport(kind) if ko => format!(
                "rehost가 쓴 {}이며 인벤토리가 아니므로 건너뛰었습니다",
                kind.words(lang)
            ),
            OwnReport(kind) => {
                format!(
                    "{} rehost wrote, not an inventory: skipped",
                    kind.words(lang)
                )
            }
            UnclosedQuote { lines } if ko => format!(
                "이 셀에서 연 따옴표가 닫히지 않아 다음 {lines}줄이 이 셀에 들어갈 뻔했습니다. 이 행은 줄 끝까지만 읽고, 그 뒤의 줄은 각각 행으로 읽었습니다"
            ),
            UnclosedQuote { lines } => format!(
                "a quote opened in this cell is never closed, which would take the next {lines} line(s) into it; the row is read to its line end and the lines after it as rows of their own"
            ),
            NotUtf8 if ko => {
                "UTF-8이 아닌 바이트를 �로 바꿔 읽었습니다(파일의 나머지는 UTF-8로 읽음)".into()
            }
            NotUtf8 => {
                "bytes that are not UTF-8 read as � (the rest of the file is read as UTF-8)".into()
            }
            RepeatedHeader { row, header_row } if ko => {
                format!("{row}행은 {header_row}행의 머리글을 반복하므로 머신이 아닙니다")
            }
            RepeatedHeader { row, header_row } => {
                format!("row {row} repeats the header row ({header_row}): not a machine")
            }
            NameCut { chars } if ko => format!(
                "머신 이름이 통합 문서 셀 하나에 들어가는 {chars}자보다 길어 잘랐습니다(끝에 …[cut at …] 표시). 원본 파일에서 이름을 확인하세요"
            ),
            NameCut { chars } => format!(
                "the machine name is longer than the {chars} characters a workbook cell holds: cut at import (it ends with …[cut at …]); see the source file for the whole name"
            ),
            Worded(text) => text.clone(),
        }
    }
}

/// A note written as its English words (JSON without a language, `inspect --format json`).
impl Serialize for Note {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.words(Lang::En))
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
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

impl Unused {
    pub fn words(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Unused::Empty, Lang::En) => "the sheet is empty",
            (Unused::NoNameColumn, Lang::En) => {
                "no recognisable machine-name column (such as `Name`, `VM`, `Server name`)"
            }
            (Unused::OnlyName, Lang::En) => {
                "only a name column was recognised; no machine attributes"
            }
            (Unused::Empty, Lang::Ko) => "시트가 비어 있습니다",
            (Unused::NoNameColumn, Lang::Ko) => {
                "머신 이름으로 알아볼 수 있는 열(`Name`, `VM`, `Server name` 등)이 없습니다"
            }
            (Unused::OnlyName, Lang::Ko) => "이름 열만 알아볼 수 있고 머신 특성 열은 없습니다",
        }
    }
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

impl SheetNote {
    pub fn words(&self, lang: Lang) -> String {
        use SheetNote::*;
        let ko = lang == Lang::Ko;
        match self {
            Windows1252 if ko => "올바른 UTF-8이 아니어서 Windows-1252로 읽었습니다".into(),
            Windows1252 => "not valid UTF-8; read as Windows-1252".into(),
            Cp949 if ko => {
                "올바른 UTF-8이 아니어서 한국어 Windows 코드 페이지(CP949)로 읽었습니다".into()
            }
            Cp949 => "not valid UTF-8; read as the Korean Windows code page (CP949)".into(),
            NotUtf8 { cells } if ko => format!(
                "UTF-8로 읽었지만 셀 {cells}개에 UTF-8이 아닌 바이트가 있어 �로 바꿨습니다(데이터 품질에 셀마다 기록)"
            ),
            NotUtf8 { cells } => format!(
                "read as UTF-8; {cells} cell(s) hold bytes that are not, read as � (each named in data quality)"
            ),
            Utf16 { big_endian, bom } => {
                let (order, ko_order) = if *big_endian {
                    ("big-endian", "빅 엔디언")
                } else {
                    ("little-endian", "리틀 엔디언")
                };
                match (ko, bom) {
                    (false, true) => format!("read as UTF-16 ({order})"),
                    (false, false) => format!("read as UTF-16 ({order}, no BOM)"),
                    (true, true) => format!("UTF-16({ko_order})으로 읽었습니다"),
                    (true, false) => format!("UTF-16({ko_order}, BOM 없음)으로 읽었습니다"),
                }
            }
            NulRemoved if ko => "NUL 문자를 제거했습니다".into(),
            NulRemoved => "NUL characters removed".into(),
            Delimiter(d) if ko => format!("구분 기호 {d:?}"),
            Delimiter(d) => format!("delimiter {d:?}"),
            NotATable { sheet, what } => {
                let (en, k) = match what {
                    self::NotATable::Chart => ("a chart sheet", "차트 시트"),
                    self::NotATable::Dialog => ("a dialog sheet", "대화 상자 시트"),
                    self::NotATable::Macro => ("a macro sheet", "매크로 시트"),
                    self::NotATable::Vba => ("a VBA module", "VBA 모듈"),
                };
                if ko {
                    format!("시트 {sheet:?}은(는) 표가 아닌 {k}이므로 건너뜁니다")
                } else {
                    format!("sheet {sheet:?} is {en}, not a table: skipped")
                }
            }
            SameName { name, read_as } if ko => format!(
                "시트 여러 개의 이름이 {name:?}이므로 뒤의 시트는 {read_as:?}(으)로 읽습니다"
            ),
            SameName { name, read_as } => {
                format!("more than one sheet is named {name:?}: a later one is read as {read_as:?}")
            }
            SameNameNotRead { name } if ko => format!(
                "시트 여러 개의 이름이 {name:?}입니다. xls 읽기는 이름마다 시트 하나(마지막 시트)만 읽을 수 있어 나머지는 읽지 않았습니다. .xlsx로 저장하면 모두 읽습니다"
            ),
            SameNameNotRead { name } => format!(
                "more than one sheet is named {name:?}: an xls is read one sheet a name (the last), so the others are not read; saved as .xlsx, every one is"
            ),
            RvtoolsVersion(v) if ko => format!("RVTools 버전 {v}"),
            RvtoolsVersion(v) => format!("RVTools version {v}"),
            RvtoolsTab(t) if ko => format!("RVTools 탭 {t}"),
            RvtoolsTab(t) => format!("RVTools tab {t}"),
            NotUsed(u) if ko => format!("사용하지 않음: {}", u.words(lang)),
            NotUsed(u) => format!("not used: {}", u.words(lang)),
        }
    }
}

impl Serialize for SheetNote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.words(Lang::En))
    }
}

impl std::fmt::Display for SheetNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}

/// Why a whole file cannot be imported (the reason of an [`super::ImportError`]).
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
    /// Words from elsewhere (the reader's own configuration).
    Other(String),
}

impl FileProblem {
    pub fn words(&self, lang: Lang) -> String {
        use FileProblem::*;
        let ko = lang == Lang::Ko;
        let see = if ko {
            " (`rehost inspect`와 README에서 읽을 수 있는 형식을 확인하세요)"
        } else {
            " (see `rehost inspect` and the README for the formats read)"
        };
        match self {
            FolderEmpty => lang.pick("the folder holds no files", "폴더에 파일이 없습니다").into(),
            FolderOnlyReports(n) if ko => {
                format!("폴더에 rehost가 쓴 보고서 {n}개만 있고 인벤토리가 없습니다")
            }
            FolderOnlyReports(n) => {
                format!("the folder holds only reports rehost wrote ({n}), no inventory")
            }
            OwnReport(kind) if ko => format!(
                "rehost가 쓴 {}입니다. 인벤토리가 아닙니다. 보고서를 만든 인벤토리를 지정하세요",
                kind.words(lang)
            ),
            OwnReport(kind) => format!(
                "is {} rehost wrote, not an inventory; give the inventory it was made from",
                kind.words(lang)
            ),
            IsDirectory => lang
                .pick("is a directory, not an inventory file", "인벤토리 파일이 아니라 폴더입니다")
                .into(),
            Empty => lang.pick("the file is empty (0 bytes)", "파일이 비어 있습니다(0바이트)").into(),
            NoText => lang.pick("the file holds no text", "파일에 텍스트가 없습니다").into(),
            Binary => lang
                .pick(
                    "not a spreadsheet or CSV file (binary content)",
                    "스프레드시트나 CSV 파일이 아닙니다(이진 내용)",
                )
                .into(),
            Encrypted => lang
                .pick(
                    "the workbook is encrypted (password-protected); save an unprotected copy",
                    "통합 문서가 암호화되어 있습니다(암호 보호). 보호되지 않은 사본으로 저장하세요",
                )
                .into(),
            Damaged => lang
                .pick(
                    "the workbook is damaged (its reader gave up)",
                    "통합 문서가 손상되었습니다(읽기를 중단함)",
                )
                .into(),
            NotZip(e) if ko => format!("읽을 수 있는 xlsx(zip) 파일이 아닙니다: {e}"),
            NotZip(e) => format!("not a readable xlsx (zip) file: {e}"),
            DamagedZipEntry { entry, why } if ko => {
                format!("손상된 xlsx(zip) 항목 {entry}: {why}")
            }
            DamagedZipEntry { entry, why } => format!("damaged xlsx (zip) entry {entry}: {why}"),
            NotXls(e) if ko => format!("읽을 수 있는 Excel 97-2003 통합 문서가 아닙니다: {e}"),
            NotXls(e) => format!("not a readable Excel 97-2003 workbook: {e}"),
            Csv { line: Some(l), why } if ko => format!("{l}행: {why}"),
            Csv { line: Some(l), why } => format!("line {l}: {why}"),
            Csv { line: None, why } => why.clone(),
            FileBytes { bytes, cap } if ko => {
                format!("너무 큽니다: {bytes}바이트로 인벤토리 파일 하나의 상한 {cap}바이트를 넘습니다")
            }
            FileBytes { bytes, cap } => {
                format!("too large: {bytes} bytes is over the {cap} byte cap on one inventory file")
            }
            Rows { cap } if ko => format!(
                "너무 큽니다: CSV 하나의 데이터 행 상한 {cap}개(스프레드시트 시트 하나가 담는 행 수)를 넘습니다"
            ),
            Rows { cap } => format!(
                "too large: over the cap of {cap} data rows in one CSV (the rows one spreadsheet sheet holds)"
            ),
            Machines { cap } if ko => format!(
                "너무 큽니다: 이 파일까지 읽으면 머신이 한 번의 실행 상한 {cap}대를 넘습니다"
            ),
            Machines { cap } => format!(
                "too large: with this file the run holds more than {cap} machines, the cap on one run"
            ),
            Cells { cap } if ko => format!("너무 큽니다: 비어 있지 않은 셀 상한 {cap}개를 넘습니다"),
            Cells { cap } => format!("too large: over the cap of {cap} non-empty cells"),
            SheetCells { sheet, cap } if ko => format!(
                "너무 큽니다: 시트 {sheet:?}에서 파일이 비어 있지 않은 셀 상한 {cap}개를 넘습니다"
            ),
            SheetCells { sheet, cap } => format!(
                "too large: sheet {sheet:?} takes the file past the cap of {cap} non-empty cells"
            ),
            ZipPart {
                part,
                bytes,
                cap_part,
                cap_all,
            } if ko => format!(
                "너무 큽니다: 파트 {part:?}의 압축을 풀면 {bytes}바이트입니다(상한: 파트당 {cap_part}, 전체 {cap_all})"
            ),
            ZipPart {
                part,
                bytes,
                cap_part,
                cap_all,
            } => format!(
                "too large: part {part:?} inflates to {bytes} bytes (caps: {cap_part} a part, {cap_all} in all)"
            ),
            NoRows if ko => format!("파일에 행이 없습니다(빈 시트){see}"),
            NoRows => format!("the file has no rows (empty sheet){see}"),
            NotUsed(u) => format!("{}{see}", u.words(lang)),
            NoNameColumnAnywhere if ko => {
                format!("머신 이름으로 알아볼 수 있는 열이 있는 시트가 없습니다{see}")
            }
            NoNameColumnAnywhere => {
                format!("no sheet has a recognisable machine-name column{see}")
            }
            RvtoolsWithoutVinfo => lang
                .pick(
                    "RVTools per-tab CSV files were given without RVTools_tabvInfo.csv, which lists the VMs",
                    "RVTools 탭별 CSV 파일에 VM 목록인 RVTools_tabvInfo.csv가 없습니다",
                )
                .into(),
            Over(o) => crate::words::limits::over(lang, o),
            Other(text) => text.clone(),
        }
    }
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}
