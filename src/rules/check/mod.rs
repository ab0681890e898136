//! Check kinds: the Rust side of a rule. Each kind is one file under `kinds/` with its typed
//! parameters, validation, evaluation, wording and doc, registered once in [`registry`]; no
//! limit lives here, only in the matrix files.
//!
//! A check reads the machine's values and answers pass, fail, unknown (the value is missing
//! from this row or unreadable) or not evaluated (the inventory has no column for it).

mod disks;
pub mod dr;
mod kinds;
mod registry;
mod software;

pub use disks::{Role, kind_name, kind_name_in};
pub use kinds::disk_count_max::CountRole;
pub use kinds::field::FieldOp;
pub use kinds::managed_by::Blank;
pub use registry::{BadParams, Check, Context, KINDS, Kind, KindDoc};

use crate::model::{Field, Lang, SourceRef, Value};

/// What a check read, for `explain`: the field, the value as shown, and the row it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub field: Field,
    pub value: String,
    pub source: Option<SourceRef>,
    /// For a value that came from a column other than the field's own (a disk from vDisk).
    pub column_hint: Option<Field>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Pass,
    Fail,
    Unknown,
    NotEvaluated,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Unknown => "unknown",
            Outcome::NotEvaluated => "not-evaluated",
        }
    }
    /// Fail or unknown: the outcomes a report lists as findings (a pass needs no word, and a
    /// rule not evaluated is a coverage gap, reported once per rule).
    pub fn is_reported(self) -> bool {
        matches!(self, Outcome::Fail | Outcome::Unknown)
    }
}

/// A check's answer with what it saw.
#[derive(Debug, Clone)]
pub struct Eval {
    pub outcome: Outcome,
    pub actual: String,
    pub limit: String,
    pub disk: String,
    /// Why the outcome is what it is, in words (for pass/unknown/not-evaluated).
    pub why: String,
    pub readings: Vec<Reading>,
}

impl Eval {
    fn new(outcome: Outcome, why: impl Into<String>) -> Eval {
        Eval {
            outcome,
            actual: String::new(),
            limit: String::new(),
            disk: String::new(),
            why: why.into(),
            readings: Vec::new(),
        }
    }
    fn limit(mut self, l: impl Into<String>) -> Eval {
        self.limit = l.into();
        self
    }
    fn actual(mut self, a: impl Into<String>) -> Eval {
        self.actual = a.into();
        self
    }
    fn read(mut self, r: Reading) -> Eval {
        self.readings.push(r);
        self
    }
    fn why(mut self, w: impl Into<String>) -> Eval {
        self.why = w.into();
        self
    }
    /// Adds the words (`actual`, `limit`, readings, why) to a failure or an unknown, and to a
    /// pass or a rule not evaluated only when `full` asks. Reports show failures and unknowns;
    /// the rest is worded for explain (and a rule's reason for not being evaluated once a
    /// run, by evaluating it again). At a million machines, four matrices and some forty
    /// rules, wording every pass and gap was over half of the evaluation.
    fn worded(self, full: bool, words: impl FnOnce(Eval) -> Eval) -> Eval {
        if full || self.outcome.is_reported() {
            words(self)
        } else {
            self
        }
    }
    /// Adds what a failure's message quotes (`actual`, `limit`, `disk`): a failure is worded
    /// from the rule's template, an unknown only says why it cannot tell, so the figures are
    /// made for a failure or when `full` asks. For checks whose figures cost more than their
    /// outcome (a churn table's limits in words, for every machine whose churn is unknown).
    fn quoted(self, full: bool, figures: impl FnOnce(Eval) -> Eval) -> Eval {
        if full || self.outcome == Outcome::Fail {
            figures(self)
        } else {
            self
        }
    }
}

fn reading(field: Field, value: String, source: Option<&SourceRef>) -> Reading {
    Reading {
        field,
        value,
        source: source.cloned(),
        column_hint: None,
    }
}

/// Outcome for a value that is not known: no column → not evaluated; blank or unreadable →
/// unknown. `what` is the attribute, in `lang`.
fn gap<T>(v: &Value<T>, what: &str, full: bool, lang: Lang) -> Eval {
    match v {
        Value::Absent => Eval::new(Outcome::NotEvaluated, "").worded(full, |e| {
            e.why(match lang {
                Lang::En => format!("the inventory has no column for {what}"),
                Lang::Ko => format!("인벤토리에 {what} 열이 없습니다"),
            })
        }),
        other => Eval::new(
            Outcome::Unknown,
            format!("{what}: {}", other.gap_in(lang).unwrap_or_default()),
        ),
    }
}

fn show<T: std::fmt::Display>(v: &Value<T>, lang: Lang) -> String {
    match (v, lang) {
        (Value::Known(x), _) => x.to_string(),
        (Value::Absent, _) => lang.pick("(no column)", "(열 없음)").into(),
        (Value::Empty, _) => lang.pick("(empty)", "(빈 셀)").into(),
        (Value::Invalid(bad), Lang::En) => format!("{:?} (unreadable)", bad.raw),
        (Value::Invalid(bad), Lang::Ko) => format!("{:?}(읽을 수 없음)", bad.raw),
    }
}

fn count_max(
    v: &Value<u32>,
    max: u32,
    what: Field,
    src: &SourceRef,
    full: bool,
    lang: Lang,
) -> Eval {
    match v {
        Value::Known(n) => {
            let out = if *n <= max {
                Outcome::Pass
            } else {
                Outcome::Fail
            };
            Eval::new(out, "").worded(full, |e| {
                e.actual(n.to_string()).limit(max.to_string()).read(reading(
                    what,
                    n.to_string(),
                    Some(src),
                ))
            })
        }
        other => gap(other, what.label_in(lang), full, lang),
    }
}

fn flag(
    v: &Value<bool>,
    allowed: bool,
    what: Field,
    src: &SourceRef,
    full: bool,
    lang: Lang,
) -> Eval {
    match v {
        Value::Known(on) => {
            let out = if *on && !allowed {
                Outcome::Fail
            } else {
                Outcome::Pass
            };
            let text = lang.yes_no(*on);
            Eval::new(out, "").worded(full, |e| {
                e.actual(text)
                    .limit(allowed_words(allowed, lang))
                    .read(reading(what, text.into(), Some(src)))
            })
        }
        other => gap(other, what.label_in(lang), full, lang),
    }
}

/// Allowed or not, as a limit reads (`{limit}`).
fn allowed_words(allowed: bool, lang: Lang) -> &'static str {
    match (allowed, lang) {
        (true, Lang::En) => "allowed",
        (false, Lang::En) => "not allowed",
        (true, Lang::Ko) => "허용",
        (false, Lang::Ko) => "허용되지 않음",
    }
}

/// The values a check allows, in words: `BIOS or UEFI` (`BIOS 또는 UEFI`). Made only when a
/// finding is worded.
fn either(names: impl Iterator<Item = String>, lang: Lang) -> String {
    names.collect::<Vec<_>>().join(lang.pick(" or ", " 또는 "))
}
