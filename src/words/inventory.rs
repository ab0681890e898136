//! The importer's words: its data-quality messages ([`Note`]), its notes on files and sheets
//! ([`SheetNote`]), why a file cannot be imported ([`ImportError`], [`FileProblem`]), the kind
//! of a record ([`Issue`]) and a sheet's format ([`Format`]), in the reader's language from the
//! catalogue (`locales/<code>.ftl`, section "Inventory").
//!
//! The importer hands over typed values; a quoted value (a raw cell, a header, a sheet's name)
//! is quoted here, as Rust quotes a string, so every language quotes it alike. JSON without a
//! language and `Display` (anyhow's error chain) are English, from the same catalogue.

use super::model::WordsIn;
use serde::{Serialize, Serializer};

use super::Lang;
use crate::inventory::detect::Format;
use crate::inventory::note::{NotATable as Table, NotAVm, Orphan, Unused};
use crate::inventory::own_reports::OwnReport;
use crate::inventory::{FileProblem, ImportError, Issue, Note, SheetNote};
use crate::model::OsSource;
use crate::say;

/// Rust's quoting of a value (`"vm 1"`), as the messages show names and raw cells.
fn q(s: &str) -> String {
    format!("{s:?}")
}

/// The kind of a data-quality record (`invalid`, `skipped`, …).
pub fn issue(i: Issue, lang: Lang) -> String {
    match i {
        Issue::Invalid => say!(lang, "inv-issue-invalid"),
        Issue::Skipped => say!(lang, "inv-issue-skipped"),
        Issue::Assumption => say!(lang, "inv-issue-assumption"),
        Issue::Coverage => say!(lang, "inv-issue-coverage"),
    }
}

/// A sheet's format as `inspect` and the workbook name it (`RVTools vInfo`): the message
/// `inv-format-<id>`, so a new format's module brings its id and each catalogue its name
/// (every format in `formats::ALL` has one: tested).
pub fn format(f: Format, lang: Lang) -> String {
    super::catalogue::say(lang, &format!("inv-format-{}", f.id()), &[])
}

fn not_a_vm(n: NotAVm, lang: Lang) -> String {
    match n {
        NotAVm::Template => say!(lang, "inv-not-a-vm-template"),
        NotAVm::SrmPlaceholder => say!(lang, "inv-not-a-vm-srm"),
    }
}

fn own_report(r: OwnReport, lang: Lang) -> String {
    match r {
        OwnReport::Workbook => say!(lang, "inv-report-workbook"),
        OwnReport::Json => say!(lang, "inv-report-json"),
        OwnReport::DiffJson => say!(lang, "inv-report-diff-json"),
        OwnReport::Csv => say!(lang, "inv-report-csv"),
        OwnReport::Markdown => say!(lang, "inv-report-markdown"),
        OwnReport::DiffMarkdown => say!(lang, "inv-report-diff-markdown"),
        OwnReport::Html => say!(lang, "inv-report-html"),
    }
}

fn unused(u: Unused, lang: Lang) -> String {
    match u {
        Unused::Empty => say!(lang, "inv-unused-empty"),
        Unused::NoNameColumn => say!(lang, "inv-unused-no-name-column"),
        Unused::OnlyName => say!(lang, "inv-unused-only-name"),
    }
}

/// A source of a machine's OS within a row (`VMware Tools`), as `explain` lists them.
pub fn os_source(s: OsSource, lang: Lang) -> String {
    match s {
        OsSource::ToolsDetailed => say!(lang, "inv-os-from-tools-detailed"),
        OsSource::Tools => say!(lang, "inv-os-from-tools"),
        OsSource::ConfigFile => say!(lang, "inv-os-from-config-file"),
        OsSource::OsColumn => say!(lang, "inv-os-from-os-column"),
    }
}

/// A data-quality record's message.
pub fn note(n: &Note, lang: Lang) -> String {
    use Note::*;
    match n {
        CannotRead { header, raw, why } => say!(
            lang,
            "inv-cannot-read",
            header = header,
            raw = q(raw),
            why = why.words(lang)
        ),
        NoMachineName { row, header } => {
            say!(lang, "inv-no-machine-name", row = *row, header = header)
        }
        NoVmName { row } => say!(lang, "inv-no-vm-name", row = *row),
        NotAVm { name, why } => say!(
            lang,
            "inv-not-a-vm",
            name = name,
            why = not_a_vm(*why, lang)
        ),
        HostRowIncomplete { row, host: None } => {
            say!(lang, "inv-host-row-incomplete", row = *row)
        }
        HostRowIncomplete {
            row,
            host: Some(host),
        } => say!(
            lang,
            "inv-host-row-no-version",
            row = *row,
            host = host.as_str()
        ),
        OrphanRow { tab, row, vm } => {
            let why = match vm {
                Orphan::Skipped { name, why } => say!(
                    lang,
                    "inv-orphan-skipped",
                    name = name,
                    why = not_a_vm(*why, lang)
                ),
                Orphan::NoVm => say!(lang, "inv-orphan-no-vm"),
                Orphan::NotInVinfo { name } => {
                    say!(lang, "inv-orphan-not-in-vinfo", name = q(name))
                }
            };
            say!(
                lang,
                "inv-orphan-row",
                tab = format(*tab, lang),
                row = *row,
                why = why
            )
        }
        DiskRowNoVm { row, header } => {
            say!(lang, "inv-disk-row-no-vm", row = *row, header = header)
        }
        HypervisorInferred { machines } => {
            say!(lang, "inv-hypervisor-inferred", machines = *machines)
        }
        MemoryWithoutUnit { header } => say!(lang, "inv-memory-without-unit", header = q(header)),
        NoUnit { header, unit } => {
            say!(lang, "inv-no-unit", header = q(header), unit = unit.label())
        }
        Disk1IsOs => say!(lang, "inv-disk1-is-os"),
        Duplicate { first } => say!(lang, "inv-duplicate", first = first),
        GuestOs {
            configured,
            running,
            from,
        } => say!(
            lang,
            "inv-guest-os",
            configured = q(configured),
            running = q(running),
            from = from.map(|s| os_source(s, lang)).unwrap_or_default()
        ),
        PassedOver { folder: true } => say!(lang, "inv-passed-over-folder"),
        PassedOver { folder: false } => say!(lang, "inv-passed-over-special"),
        OwnReport(kind) => say!(
            lang,
            "inv-own-report-skipped",
            report = own_report(*kind, lang)
        ),
        UnclosedQuote { lines } => say!(lang, "inv-unclosed-quote", lines = *lines),
        NotUtf8 => say!(lang, "inv-cell-not-utf8"),
        RepeatedHeader { row, header_row } => say!(
            lang,
            "inv-repeated-header",
            row = *row,
            header_row = *header_row
        ),
        NameCut { chars } => say!(lang, "inv-name-cut", chars = *chars),
        Merged { first, by, value } => say!(
            lang,
            "inv-merged",
            first = first,
            by = same_vm(*by, lang),
            value = q(value)
        ),
        PlaceholderOf { name, protected } => say!(
            lang,
            "inv-placeholder-of",
            name = name,
            protected = protected
        ),
        Worded(text) => text.clone(),
    }
}

/// The identity two rows of two files share.
pub fn same_vm(by: crate::inventory::SameVm, lang: Lang) -> String {
    use crate::inventory::SameVm::*;
    match by {
        VmUuid => say!(lang, "inv-same-vm-uuid"),
        InstanceUuid => say!(lang, "inv-same-instance-uuid"),
        NameAndVcenter => say!(lang, "inv-same-name-vcenter"),
    }
}

/// A note on a file or sheet as read.
pub fn sheet_note(n: &SheetNote, lang: Lang) -> String {
    use SheetNote::*;
    match n {
        Windows1252 => say!(lang, "inv-read-windows-1252"),
        Cp949 => say!(lang, "inv-read-cp949"),
        NotUtf8 { cells } => say!(lang, "inv-read-not-utf8", cells = *cells),
        Utf16 { big_endian, bom } => {
            let order = if *big_endian {
                say!(lang, "inv-big-endian")
            } else {
                say!(lang, "inv-little-endian")
            };
            if *bom {
                say!(lang, "inv-read-utf16", order = order)
            } else {
                say!(lang, "inv-read-utf16-no-bom", order = order)
            }
        }
        NulRemoved => say!(lang, "inv-nul-removed"),
        Delimiter(d) => say!(lang, "inv-delimiter", delimiter = q(d)),
        NotATable { sheet, what } => {
            let what = match what {
                Table::Chart => say!(lang, "inv-chart-sheet"),
                Table::Dialog => say!(lang, "inv-dialog-sheet"),
                Table::Macro => say!(lang, "inv-macro-sheet"),
                Table::Vba => say!(lang, "inv-vba-module"),
            };
            say!(lang, "inv-not-a-table", sheet = q(sheet), what = what)
        }
        SameName { name, read_as } => {
            say!(lang, "inv-same-name", name = q(name), read_as = q(read_as))
        }
        SameNameNotRead { name } => say!(lang, "inv-same-name-not-read", name = q(name)),
        RvtoolsVersion(v) => say!(lang, "inv-rvtools-version", version = v),
        RvtoolsTab(t) => say!(lang, "inv-rvtools-tab", tab = t),
        NotUsed(u) => say!(lang, "inv-not-used", why = unused(*u, lang)),
    }
}

/// Why a whole file cannot be imported.
pub fn file_problem(p: &FileProblem, lang: Lang) -> String {
    use FileProblem::*;
    match p {
        FolderEmpty => say!(lang, "inv-folder-empty"),
        FolderOnlyReports(n) => say!(lang, "inv-folder-only-reports", count = *n),
        OwnReport(kind) => say!(
            lang,
            "inv-own-report-refused",
            report = own_report(*kind, lang)
        ),
        IsDirectory => say!(lang, "inv-is-directory"),
        Empty => say!(lang, "inv-file-empty"),
        NoText => say!(lang, "inv-no-text"),
        Binary => say!(lang, "inv-binary"),
        Encrypted => say!(lang, "inv-encrypted"),
        Damaged => say!(lang, "inv-damaged"),
        OtherKind(crate::inventory::sniff::Other::ExcelBinary) => say!(lang, "inv-xlsb"),
        OtherKind(kind) => say!(lang, "inv-other-kind", kind = other_kind(*kind, lang)),
        NotZip(e) => say!(lang, "inv-not-zip", why = e),
        DamagedZipEntry { entry, why } => {
            say!(lang, "inv-damaged-zip-entry", entry = *entry, why = why)
        }
        NotXls(e) => say!(lang, "inv-not-xls", why = e),
        Csv { line: Some(l), why } => say!(lang, "inv-csv-line", line = *l, why = why),
        Csv { line: None, why } => why.clone(),
        FileBytes { bytes, cap } => say!(lang, "inv-file-bytes", bytes = *bytes, cap = *cap),
        Rows { cap } => say!(lang, "inv-rows", cap = *cap),
        Machines { cap } => say!(lang, "inv-machines", cap = *cap),
        Cells { cap } => say!(lang, "inv-cells", cap = *cap),
        SheetCells { sheet, cap } => say!(lang, "inv-sheet-cells", sheet = q(sheet), cap = *cap),
        ZipPart {
            part,
            bytes,
            cap_part,
            cap_all,
        } => say!(
            lang,
            "inv-zip-part",
            part = q(part),
            bytes = *bytes,
            cap_part = *cap_part,
            cap_all = *cap_all
        ),
        NoRows => say!(lang, "inv-no-rows"),
        NotUsed(u) => say!(lang, "inv-not-used-file", why = unused(*u, lang)),
        NoNameColumnAnywhere => say!(lang, "inv-no-name-column-anywhere"),
        RvtoolsWithoutVinfo => say!(lang, "inv-rvtools-without-vinfo"),
        Over(o) => super::limits::over(lang, o),
        BadXlsxReader(v) => say!(lang, "inv-bad-xlsx-reader", value = q(v)),
        Other(text) => text.clone(),
    }
}

/// A file that cannot be imported, named with its sheet when the problem is one sheet's (an
/// I/O error's own words come from the system).
pub fn import_error(e: &ImportError, lang: Lang) -> String {
    match e {
        ImportError::Io { file, err } => {
            say!(lang, "inv-error", file = file, why = lang.io_error(err))
        }
        ImportError::Unreadable { file, sheet, why }
        | ImportError::NotAnInventory { file, sheet, why } => match sheet {
            Some(s) => say!(
                lang,
                "inv-error-in-sheet",
                file = file,
                sheet = q(s),
                why = file_problem(why, lang)
            ),
            None => say!(
                lang,
                "inv-error",
                file = file,
                why = file_problem(why, lang)
            ),
        },
        ImportError::TooLarge { file, why } => {
            say!(
                lang,
                "inv-error",
                file = file,
                why = file_problem(why, lang)
            )
        }
    }
}

/// A note written as its English words (JSON without a language, `inspect --format json`).
impl Serialize for Note {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&note(self, Lang::En))
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&note(self, Lang::En))
    }
}

impl Serialize for SheetNote {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&sheet_note(self, Lang::En))
    }
}

impl std::fmt::Display for SheetNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&sheet_note(self, Lang::En))
    }
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&file_problem(self, Lang::En))
    }
}

/// English, as anyhow's chain writes it (`main` words a Korean chain link by link).
impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&import_error(self, Lang::En))
    }
}

/// A kind of file rehost does not read, with its article: "a Word document (.docx)".
fn other_kind(kind: crate::inventory::sniff::Other, lang: Lang) -> String {
    use crate::inventory::sniff::Other::*;
    match kind {
        Word => say!(lang, "inv-kind-word"),
        PowerPoint => say!(lang, "inv-kind-powerpoint"),
        Visio => say!(lang, "inv-kind-visio"),
        ExcelBinary => say!(lang, "inv-kind-xlsb"),
        Word97 => say!(lang, "inv-kind-word97"),
        PowerPoint97 => say!(lang, "inv-kind-powerpoint97"),
        OutlookMessage => say!(lang, "inv-kind-outlook"),
        OdfText => say!(lang, "inv-kind-odt"),
        OdfPresentation => say!(lang, "inv-kind-odp"),
        OdfOther => say!(lang, "inv-kind-odf"),
        Pdf => say!(lang, "inv-kind-pdf"),
        Rtf => say!(lang, "inv-kind-rtf"),
        Png => say!(lang, "inv-kind-png"),
        Jpeg => say!(lang, "inv-kind-jpeg"),
        Gif => say!(lang, "inv-kind-gif"),
        Gzip => say!(lang, "inv-kind-gzip"),
        SevenZip => say!(lang, "inv-kind-7z"),
        Rar => say!(lang, "inv-kind-rar"),
        Zip => say!(lang, "inv-kind-zip"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every format the importer knows has its name in every language: a format is named by
    /// its id, so a new format's module without a catalogue line fails here, naming both.
    #[test]
    fn every_format_is_named_in_every_language() {
        for spec in crate::inventory::formats::ALL {
            for lang in Lang::ALL {
                let name = format(spec.format, *lang);
                assert!(
                    !name.is_empty() && !name.starts_with('['),
                    "{lang:?} has no inv-format-{} (the format's name)",
                    spec.format.id()
                );
            }
        }
        assert_eq!(format(Format::RVTOOLS_INFO, Lang::En), "RVTools vInfo");
        assert_eq!(
            format(Format("hyper-v-vm"), Lang::Ko),
            "Hyper-V Get-VM 내보내기"
        );
    }
}
