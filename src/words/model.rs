//! What a cell held and what a column is, in the reader's language: a field's name, why a
//! value is not known (no column, an empty cell, a refused one and why), a disk's name, a
//! platform and a duration. The model keeps these typed ([`Value`], [`Refusal`], [`Field`]);
//! a refusal's `Display` and JSON form are its English words, written here.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::model::{Disk, Field, Hypervisor, Problem, Refusal, Value};
use crate::say;

use super::Lang;

/// A field's name (`os disk size`; `OS 디스크 크기`), said once per language and kept.
pub fn field(f: Field, lang: Lang) -> &'static str {
    static SAID: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let all = SAID.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&l| {
                Field::ALL
                    .iter()
                    .map(|f| &*Box::leak(super::say(l, f.message_id(), &[]).into_boxed_str()))
                    .collect()
            })
            .collect()
    });
    let l = Lang::ALL.iter().position(|x| *x == lang).unwrap_or(0);
    let i = Field::ALL.iter().position(|x| *x == f).unwrap_or(0);
    all[l][i]
}

/// A platform as a reader names it: `VMware`, `Hyper-V`, `physical` (물리적 서버).
pub fn hypervisor(h: Hypervisor, lang: Lang) -> &'static str {
    super::report::label(
        lang,
        match h {
            Hypervisor::Vmware => "model-platform-vmware",
            Hypervisor::HyperV => "model-platform-hyper-v",
            Hypervisor::Physical => "model-platform-physical",
            Hypervisor::Other => "model-platform-other",
        },
    )
}

/// The model's names in the reader's language, as methods where a report words many of them
/// (`field.label_in(lang)`): the words layer extends the model's types, which stay typed.
pub trait LabelIn {
    fn label_in(self, lang: Lang) -> &'static str;
}

impl LabelIn for Field {
    fn label_in(self, lang: Lang) -> &'static str {
        field(self, lang)
    }
}

impl LabelIn for Hypervisor {
    fn label_in(self, lang: Lang) -> &'static str {
        hypervisor(self, lang)
    }
}

/// A disk's name in the reader's language ([`disk_name`]).
pub trait NameIn {
    fn name_in(&self, lang: Lang) -> Cow<'_, str>;
}

impl NameIn for Disk {
    fn name_in(&self, lang: Lang) -> Cow<'_, str> {
        disk_name(self, lang)
    }
}

/// Why a value is not known, in the reader's language ([`gap`]).
pub trait GapIn {
    fn gap_in(&self, lang: Lang) -> Option<String>;
}

impl<T> GapIn for Value<T> {
    fn gap_in(&self, lang: Lang) -> Option<String> {
        gap(self, lang)
    }
}

/// A refusal's or a number's problem in the reader's language.
pub trait WordsIn {
    fn words(&self, lang: Lang) -> String;
}

impl WordsIn for Refusal {
    fn words(&self, lang: Lang) -> String {
        refusal(self, lang)
    }
}

impl WordsIn for Problem {
    fn words(&self, lang: Lang) -> String {
        problem(self, lang)
    }
}

/// What is wrong with a number and its unit.
pub fn problem(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::NotANumber => say!(lang, "model-not-a-number"),
        Problem::UnknownUnit(u) => say!(lang, "model-unknown-unit", unit = format!("{u:?}")),
        Problem::Negative => say!(lang, "model-negative"),
        Problem::TooLarge => say!(lang, "model-too-large"),
    }
}

/// Why a cell was refused.
pub fn refusal(r: &Refusal, lang: Lang) -> String {
    use Refusal::*;
    match r {
        FormulaError => say!(lang, "model-formula-error"),
        ExpectedYesNo => say!(lang, "model-expected-yes-no"),
        NotANumber => say!(lang, "model-not-a-number"),
        DateWhereNumber => say!(lang, "model-date-where-number"),
        YesNoWhereNumber => say!(lang, "model-yes-no-where-number"),
        NegativeCount => say!(lang, "model-negative-count"),
        NotWholeNumber => say!(lang, "model-not-whole-number"),
        UnknownUnit(u) => say!(lang, "model-unknown-unit", unit = format!("{u:?}")),
        NegativeSize => say!(lang, "model-negative-size"),
        SizeTooLarge => say!(lang, "model-size-too-large"),
        NoUnit => say!(lang, "model-no-unit"),
        DateWhereSize => say!(lang, "model-date-where-size"),
        YesNoWhereSize => say!(lang, "model-yes-no-where-size"),
        ExpectedFirmware => say!(lang, "model-expected-firmware"),
        ExpectedGeneration => say!(lang, "model-expected-generation"),
        GenerationRange => say!(lang, "model-generation-range"),
        NegativeDuration => say!(lang, "model-negative-duration"),
        Duration(p) => say!(lang, "model-bad-duration", why = problem(p, lang)),
        ExpectedDuration => say!(lang, "model-expected-duration"),
        UtilisationRange => say!(lang, "model-utilisation-range"),
        ExpectedUtilisation => say!(lang, "model-expected-utilisation"),
        ExpectedOps => say!(lang, "model-expected-ops"),
        ExpectedRate => say!(lang, "model-expected-rate"),
        Rate(p) => say!(lang, "model-bad-rate", why = problem(p, lang)),
        ExpectedArchitecture => say!(lang, "model-expected-architecture"),
        ExpectedPlatform => say!(lang, "model-expected-platform"),
        ExpectedController => say!(lang, "model-expected-controller"),
        ExpectedVmState => say!(lang, "model-expected-vm-state"),
        NoKernel => say!(lang, "model-no-kernel"),
        NoPartition => say!(lang, "model-no-partition"),
    }
}

/// In JSON a refusal is its English words, as before it was typed.
impl serde::Serialize for Refusal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&refusal(self, Lang::En))
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&refusal(self, Lang::En))
    }
}

/// What manages a host: the management column's text as written, or none for a standalone
/// ESXi host (`none (ESXi host)`).
pub fn manager(m: &crate::model::Manager, lang: Lang) -> String {
    use crate::model::Manager;
    match m {
        Manager::Server(t) => t.clone(),
        Manager::StandaloneEsxi => say!(lang, "model-manager-standalone-esxi"),
    }
}

/// In JSON a host's manager is its English words, as before it was typed.
impl serde::Serialize for crate::model::Manager {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&manager(self, Lang::En))
    }
}

/// Text that is not a calendar day, quoted as written.
pub fn bad_date(e: &crate::model::BadDate, lang: Lang) -> String {
    say!(lang, "model-bad-date", text = format!("{:?}", e.0))
}

impl std::fmt::Display for crate::model::BadDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&bad_date(self, Lang::En))
    }
}

/// An OS catalogue that does not load: the TOML parser's words, or an entry's pattern key
/// (`pattern`, `version`) and the regex library's words.
pub fn os_catalogue_error(e: &crate::os::CatalogueError, lang: Lang) -> String {
    use crate::os::CatalogueError;
    match e {
        CatalogueError::Toml(err) => err.to_string(),
        CatalogueError::Pattern {
            product,
            which,
            err,
        } => say!(
            lang,
            "model-os-pattern",
            product = product,
            which = *which,
            err = err.to_string()
        ),
    }
}

impl std::fmt::Display for crate::os::CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&os_catalogue_error(self, Lang::En))
    }
}

/// Why a value is not known, for messages: no column, an empty cell, or the cell as written
/// and why it was refused. None for a known value.
pub fn gap<T>(v: &Value<T>, lang: Lang) -> Option<String> {
    match v {
        Value::Known(_) => None,
        Value::Absent => Some(say!(lang, "model-gap-no-column")),
        Value::Empty => Some(say!(lang, "model-gap-empty")),
        Value::Invalid(bad) => Some(say!(
            lang,
            "model-gap-unreadable",
            raw = format!("{:?}", bad.raw),
            why = refusal(&bad.why, lang)
        )),
    }
}

/// The disk's name for a reader: the inventory's own (`Hard disk 1`, `Disk 2`) as written;
/// the names rehost gives a file's `OS disk` and `Data disk N` columns in the reader's
/// language (`OS 디스크`, `데이터 디스크 1`).
pub fn disk_name(d: &Disk, lang: Lang) -> Cow<'_, str> {
    match d.name.as_str() {
        crate::model::OS_DISK_NAME => say!(lang, "model-disk-os").into(),
        n => match n.strip_prefix(crate::model::DATA_DISK_PREFIX) {
            Some(k) if !k.is_empty() && k.chars().all(|c| c.is_ascii_digit()) => {
                say!(lang, "model-disk-data", n = k).into()
            }
            _ => Cow::Borrowed(&d.name),
        },
    }
}

/// Seconds as a person reads them, exactly: `30 s`, `5 min`, `4 min 59 s`, `1 h 59 min`,
/// `2 h`, `1 day`, `1 day 1 h`; in Korean `15분`, `1시간 30분`, `2일`, as the Korean Site
/// Recovery pages write them.
pub fn duration(secs: u64, lang: Lang) -> String {
    if secs == 0 {
        return say!(lang, "model-duration-zero");
    }
    let parts = [
        (secs / 86_400, "model-duration-days"),
        ((secs % 86_400) / 3600, "model-duration-hours"),
        ((secs % 3600) / 60, "model-duration-minutes"),
        (secs % 60, "model-duration-seconds"),
    ];
    parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, id)| super::say(lang, id, &[("n", (*n).into())]))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field has its name in every language.
    #[test]
    fn every_field_is_named_in_every_language() {
        for &lang in Lang::ALL {
            for &f in Field::ALL {
                let name = field(f, lang);
                assert!(!name.starts_with('['), "{f:?} in {}: {name}", lang.code());
            }
        }
        assert_eq!(field(Field::OsDisk, Lang::En), Field::OsDisk.label());
        assert_eq!(field(Field::OsDisk, Lang::Ko), "OS 디스크 크기");
    }

    #[test]
    fn durations_read_as_people_write_them() {
        for (secs, en, ko) in [
            (0, "0 s", "0초"),
            (30, "30 s", "30초"),
            (299, "4 min 59 s", "4분 59초"),
            (7140, "1 h 59 min", "1시간 59분"),
            (86_400, "1 day", "1일"),
            (2 * 86_400 + 3600, "2 days 1 h", "2일 1시간"),
        ] {
            assert_eq!(duration(secs, Lang::En), en);
            assert_eq!(duration(secs, Lang::Ko), ko);
            assert_eq!(
                duration(secs, Lang::En),
                crate::units::format_duration(secs)
            );
        }
    }

    #[test]
    fn gaps_and_disk_names() {
        let bad: Value<u32> = Value::invalid("lots", Refusal::NotANumber);
        assert_eq!(
            gap(&bad, Lang::En).unwrap(),
            "could not read \"lots\": not a number"
        );
        assert_eq!(
            gap(&Value::<u32>::Empty, Lang::Ko).unwrap(),
            "셀이 비어 있습니다"
        );
        let d = Disk::new("Data disk 2", crate::model::DiskRole::Data, Value::Absent);
        assert_eq!(disk_name(&d, Lang::Ko), "데이터 디스크 2");
        assert_eq!(disk_name(&d, Lang::En), "Data disk 2");
    }

    /// A day that does not read and an OS entry's pattern that does not compile: the English
    /// words as rehost has always written them, Korean with only the values left.
    #[test]
    fn date_and_os_catalogue_errors_in_both_languages() {
        let e = crate::model::Date::parse("2024-02-30").unwrap_err();
        assert_eq!(e.to_string(), "date \"2024-02-30\": expected YYYY-MM-DD");
        super::super::assert_korean(
            &bad_date(&e, Lang::Ko),
            &["\"2024-02-30\""],
            &["YYYY", "MM", "DD"],
        );
        // A pattern that does not compile, built at run time as a catalogue's would be.
        let pattern = ["(", "7"].concat();
        let err = regex::Regex::new(&pattern).unwrap_err();
        let regex_words = err.to_string();
        let e = crate::os::CatalogueError::Pattern {
            product: "rhel".into(),
            which: "version",
            err,
        };
        assert_eq!(e.to_string(), format!("rhel: version: {regex_words}"));
        super::super::assert_korean(
            &os_catalogue_error(&e, Lang::Ko),
            &["rhel", &regex_words],
            &["version"],
        );
    }

    /// A standalone ESXi host's manager: none, in both languages; JSON keeps the English
    /// words, and a management column's text stays as written.
    #[test]
    fn a_standalone_esxi_host_is_managed_by_none() {
        use crate::model::Manager;
        let m = Manager::StandaloneEsxi;
        assert_eq!(manager(&m, Lang::En), "none (ESXi host)");
        assert_eq!(serde_json::to_string(&m).unwrap(), "\"none (ESXi host)\"");
        super::super::assert_korean(&manager(&m, Lang::Ko), &[], &["ESXi"]);
        assert!(!m.is_managed());
        let v = Manager::Server("vCenter Server 6.5".into());
        assert_eq!(manager(&v, Lang::Ko), "vCenter Server 6.5");
        assert!(v.is_managed());
        assert!(!Manager::Server("None".into()).is_managed());
    }
}
