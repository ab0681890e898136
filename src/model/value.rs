//! One imported attribute: known, absent (no column), empty (a blank cell) or unreadable. The
//! difference between absent and empty is what lets a rule be *not evaluated* for a whole
//! inventory and *unknown* for one machine.

use serde::Serialize;

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
    /// hygiene: a VM state vSphere does not write (a power, guest or Fault Tolerance state).
    ExpectedVmState,
    // aws
    /// VMware Tools' detailed data that names no kernel (`kernelVersion`).
    NoKernel,
    /// No partition row of the machine holds the path (`raw`) a free-space rule asks about.
    NoPartition,
}

/// What is wrong with a number and its unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Problem {
    NotANumber,
    UnknownUnit(String),
    Negative,
    TooLarge,
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
}

impl<T: Serialize> Serialize for Value<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Known(v) => v.serialize(s),
            _ => s.serialize_none(),
        }
    }
}
