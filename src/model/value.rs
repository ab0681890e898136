//! One imported attribute: known, absent (no column), empty (a blank cell) or unreadable. The
//! difference between absent and empty is what lets a rule be *not evaluated* for a whole
//! inventory and *unknown* for one machine.

use serde::Serialize;

use super::Lang;

/// One imported attribute.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value<T> {
    /// Read and understood.
    Known(T),
    /// The inventory has no column for this attribute at all.
    #[default]
    Absent,
    /// The column exists but this row's cell is blank.
    Empty,
    /// The cell holds something that could not be read. Boxed: unreadable cells are rare, and
    /// inline the two strings would make every value of a machine 48 bytes.
    Invalid(Box<Unreadable>),
}

/// A cell that could not be read: the text as found and why it was refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Unreadable {
    pub raw: String,
    pub why: Refusal,
}

/// Why a cell was refused. Typed, so each report says it in its reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Refusal {
    FormulaError,
    ExpectedYesNo,
    NotANumber,
    DateWhereNumber,
    YesNoWhereNumber,
    NegativeCount,
    NotWholeNumber,
    /// A size with a unit no one knows (`12 furlongs`).
    UnknownUnit(String),
    NegativeSize,
    SizeTooLarge,
    NoUnit,
    DateWhereSize,
    YesNoWhereSize,
    ExpectedFirmware,
    ExpectedGeneration,
    GenerationRange,
    NegativeDuration,
    /// A duration that does not read, and why.
    Duration(Problem),
    ExpectedDuration,
    UtilisationRange,
    ExpectedUtilisation,
    ExpectedOps,
    ExpectedRate,
    /// A rate that does not read, and why.
    Rate(Problem),
    ExpectedArchitecture,
    ExpectedPlatform,
    /// A disk controller that names no bus rehost knows (`virtio`, `PMEM`).
    ExpectedController,
}

/// What is wrong with a number and its unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Problem {
    NotANumber,
    UnknownUnit(String),
    Negative,
    TooLarge,
}

impl Problem {
    pub fn words(&self, lang: Lang) -> String {
        match (self, lang) {
            (Problem::NotANumber, Lang::En) => "not a number".into(),
            (Problem::UnknownUnit(u), Lang::En) => format!("unknown unit {u:?}"),
            (Problem::Negative, Lang::En) => "negative".into(),
            (Problem::TooLarge, Lang::En) => "too large".into(),
            (Problem::NotANumber, Lang::Ko) => "숫자가 아닙니다".into(),
            (Problem::UnknownUnit(u), Lang::Ko) => format!("알 수 없는 단위 {u:?}"),
            (Problem::Negative, Lang::Ko) => "음수입니다".into(),
            (Problem::TooLarge, Lang::Ko) => "너무 큽니다".into(),
        }
    }
}

impl Refusal {
    /// The reason in the reader's language.
    pub fn words(&self, lang: Lang) -> String {
        use Refusal::*;
        let fixed = |en: &str, ko: &str| lang.pick(en, ko).to_string();
        match self {
            FormulaError => fixed("formula error", "수식 오류"),
            ExpectedYesNo => fixed("expected yes or no", "예 또는 아니요여야 합니다"),
            NotANumber => fixed("not a number", "숫자가 아닙니다"),
            DateWhereNumber => fixed(
                "a date where a number belongs",
                "숫자가 들어갈 자리에 날짜가 있습니다",
            ),
            YesNoWhereNumber => fixed(
                "yes/no where a number belongs",
                "숫자가 들어갈 자리에 예/아니요가 있습니다",
            ),
            NegativeCount => fixed("negative count", "개수가 음수입니다"),
            NotWholeNumber => fixed("not a whole number", "정수가 아닙니다"),
            UnknownUnit(u) => match lang {
                Lang::En => format!("unknown unit {u:?}"),
                Lang::Ko => format!("알 수 없는 단위 {u:?}"),
            },
            NegativeSize => fixed("negative size", "크기가 음수입니다"),
            SizeTooLarge => fixed("size too large", "크기가 너무 큽니다"),
            NoUnit => fixed(
                "no unit given and none known for this column",
                "단위가 없고 이 열의 단위도 알 수 없습니다",
            ),
            DateWhereSize => fixed(
                "a date where a size belongs",
                "크기가 들어갈 자리에 날짜가 있습니다",
            ),
            YesNoWhereSize => fixed(
                "yes/no where a size belongs",
                "크기가 들어갈 자리에 예/아니요가 있습니다",
            ),
            ExpectedFirmware => fixed("expected BIOS or UEFI/EFI", "BIOS 또는 UEFI/EFI여야 합니다"),
            ExpectedGeneration => {
                fixed("expected generation 1 or 2", "1세대 또는 2세대여야 합니다")
            }
            GenerationRange => fixed("generation must be 1 or 2", "세대는 1 또는 2여야 합니다"),
            NegativeDuration => fixed("negative duration", "기간이 음수입니다"),
            Duration(p) => match lang {
                Lang::En => format!("{} (write a duration such as 15 min or 1 h)", p.words(lang)),
                Lang::Ko => format!("{}(15 min 또는 1 h처럼 쓰세요)", p.words(lang)),
            },
            ExpectedDuration => fixed(
                "expected a duration such as 15 min or 1 h",
                "15 min 또는 1 h 같은 기간이어야 합니다",
            ),
            UtilisationRange => fixed(
                "a utilisation must be between 0 and 100 %",
                "사용률은 0~100%여야 합니다",
            ),
            ExpectedUtilisation => fixed(
                "expected a utilisation in per cent, such as 35",
                "35처럼 백분율 사용률이어야 합니다",
            ),
            ExpectedOps => fixed(
                "expected operations per second, such as 120",
                "120처럼 초당 작업 수여야 합니다",
            ),
            ExpectedRate => fixed(
                "expected a rate such as 12 MB/s",
                "12 MB/s 같은 속도여야 합니다",
            ),
            Rate(p) => match lang {
                Lang::En => format!("{} (write a rate such as 12 MB/s)", p.words(lang)),
                Lang::Ko => format!("{}(12 MB/s처럼 쓰세요)", p.words(lang)),
            },
            ExpectedArchitecture => fixed(
                "expected x64, x86, 64-bit or 32-bit",
                "x64, x86, 64-bit 또는 32-bit여야 합니다",
            ),
            ExpectedPlatform => fixed(
                "expected VMware, Hyper-V or Physical",
                "VMware, Hyper-V 또는 Physical이어야 합니다",
            ),
            ExpectedController => fixed(
                "expected a disk controller: IDE, SATA, SCSI or NVMe",
                "IDE, SATA, SCSI 또는 NVMe 디스크 컨트롤러여야 합니다",
            ),
        }
    }
}

/// In JSON the reason is its English words, as before it was typed.
impl serde::Serialize for Refusal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.words(Lang::En))
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}

impl<T> Value<T> {
    /// An unreadable value: `raw` as found, `why` it was refused.
    pub fn invalid(raw: impl Into<String>, why: Refusal) -> Value<T> {
        Value::Invalid(Box::new(Unreadable {
            raw: raw.into(),
            why,
        }))
    }
    pub fn known(&self) -> Option<&T> {
        match self {
            Value::Known(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_known(&self) -> bool {
        matches!(self, Value::Known(_))
    }
    pub fn is_absent(&self) -> bool {
        matches!(self, Value::Absent)
    }
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Value<U> {
        match self {
            Value::Known(v) => Value::Known(f(v)),
            Value::Absent => Value::Absent,
            Value::Empty => Value::Empty,
            Value::Invalid(bad) => Value::Invalid(bad),
        }
    }
    /// Keep `self` unless it is absent or empty and `other` says more.
    pub fn or(self, other: Value<T>) -> Value<T> {
        match (&self, &other) {
            (Value::Known(_) | Value::Invalid(_), _) => self,
            (_, Value::Known(_) | Value::Invalid(_)) => other,
            (Value::Empty, _) => self,
            _ => other,
        }
    }
    /// A short description of why the value is not known, for messages, in the reader's
    /// language.
    pub fn gap_in(&self, lang: Lang) -> Option<String> {
        match (self, lang) {
            (Value::Known(_), _) => None,
            (Value::Absent, Lang::En) => Some("no column for it in the inventory".into()),
            (Value::Absent, Lang::Ko) => Some("인벤토리에 해당 열이 없습니다".into()),
            (Value::Empty, Lang::En) => Some("the cell is empty".into()),
            (Value::Empty, Lang::Ko) => Some("셀이 비어 있습니다".into()),
            (Value::Invalid(bad), Lang::En) => Some(format!(
                "could not read {:?}: {}",
                bad.raw,
                bad.why.words(lang)
            )),
            (Value::Invalid(bad), Lang::Ko) => Some(format!(
                "{:?}을(를) 읽을 수 없습니다: {}",
                bad.raw,
                bad.why.words(lang)
            )),
        }
    }
}

impl<T: Serialize> Serialize for Value<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Known(v) => v.serialize(s),
            _ => s.serialize_none(),
        }
    }
}
