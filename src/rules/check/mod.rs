//! Check kinds: the Rust side of a rule. Each kind is one file under `kinds/` with its typed
//! parameters, validation, evaluation, wording and doc, registered once in [`registry`]; no
//! limit lives here, only in the matrix files.
//!
//! A check reads the machine's values and answers pass, fail, unknown (the value is missing
//! from this row or unreadable) or not evaluated (the inventory has no column for it).

pub mod disks;
pub mod dr;
mod kinds;
mod registry;
mod software;

pub use disks::{Role, kind_name};
pub use kinds::disk_count_max::CountRole;
pub use kinds::field::FieldOp;
pub use kinds::hygiene::{Hygiene as HygieneCheck, Item as HygieneItem};
pub use kinds::kernel as kinds_kernel;
pub use kinds::managed_by::Blank;
pub use kinds::vm_name::host_label;
pub use registry::{BadParams, Check, Context, KINDS, Kind, KindDoc, ListOf, Wrong};

use crate::model::{Field, SourceRef, Value};

mod quantity;
mod why;

pub use quantity::{Quantity, Reading};
pub use why::{Bound, FilterWhy, Later, Subject, Why};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
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

/// A check's answer with what it saw, typed: the words layer says it.
#[derive(Debug, Clone, PartialEq)]
pub struct Eval {
    pub outcome: Outcome,
    pub actual: Quantity,
    pub limit: Quantity,
    /// The disk a failure is about (an index into the machine's `disks`).
    pub disk: Option<u16>,
    pub why: Why,
    pub readings: Vec<Reading>,
}

impl Eval {
    pub fn new(outcome: Outcome, why: Why) -> Eval {
        Eval {
            outcome,
            actual: Quantity::None,
            limit: Quantity::None,
            disk: None,
            why,
            readings: Vec::new(),
        }
    }
    fn limit(mut self, l: Quantity) -> Eval {
        self.limit = l;
        self
    }
    fn actual(mut self, a: Quantity) -> Eval {
        self.actual = a;
        self
    }
    fn read(mut self, r: Reading) -> Eval {
        self.readings.push(r);
        self
    }
    /// Adds what was read (readings, and values that cost an allocation) to a failure or an
    /// unknown, and to a pass or a rule not evaluated only when `full` asks (explain). The
    /// gate stays because readings are a vector each: at 100,000 machines, four matrices and
    /// some forty rules, keeping what every pass read was over half of the evaluation.
    fn worded(self, full: bool, words: impl FnOnce(Eval) -> Eval) -> Eval {
        if full || self.outcome.is_reported() {
            words(self)
        } else {
            self
        }
    }
}

fn reading(field: Field, value: Quantity, source: Option<&SourceRef>) -> Reading {
    Reading {
        field,
        value,
        source: source.cloned(),
        column_hint: None,
    }
}

/// The index of `d` among the machine's disks.
fn disk_index(m: &crate::model::Machine, d: &crate::model::Disk) -> u16 {
    let i = m.disks.iter().position(|x| std::ptr::eq(x, d)).unwrap_or(0);
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// A value's gap without the value: absent, empty or unreadable.
fn state<T>(v: &Value<T>) -> Value<()> {
    match v {
        Value::Known(_) => Value::Known(()),
        Value::Absent => Value::Absent,
        Value::Empty => Value::Empty,
        Value::Invalid(bad) => Value::Invalid(bad.clone()),
    }
}

/// Outcome for a value that is not known: no column → not evaluated; blank or unreadable →
/// unknown.
fn gap<T>(v: &Value<T>, what: Subject) -> Eval {
    match v {
        Value::Absent => Eval::new(Outcome::NotEvaluated, Why::NoColumn(what)),
        other => Eval::new(Outcome::Unknown, Why::Gap(what, state(other))),
    }
}

fn count_max(v: &Value<u32>, max: u32, what: Field, src: &SourceRef, full: bool) -> Eval {
    match v {
        Value::Known(n) => {
            let out = if *n <= max {
                Outcome::Pass
            } else {
                Outcome::Fail
            };
            Eval::new(out, Why::None)
                .actual(Quantity::Count(*n))
                .limit(Quantity::Count(max))
                .worded(full, |e| {
                    e.read(reading(what, Quantity::Count(*n), Some(src)))
                })
        }
        other => gap(other, Subject::Field(what)),
    }
}

fn flag(v: &Value<bool>, allowed: bool, what: Field, src: &SourceRef, full: bool) -> Eval {
    match v {
        Value::Known(on) => {
            let out = if *on && !allowed {
                Outcome::Fail
            } else {
                Outcome::Pass
            };
            Eval::new(out, Why::None)
                .actual(Quantity::YesNo(*on))
                .limit(Quantity::Allowed(allowed))
                .worded(full, |e| {
                    e.read(reading(what, Quantity::YesNo(*on), Some(src)))
                })
        }
        other => gap(other, Subject::Field(what)),
    }
}
