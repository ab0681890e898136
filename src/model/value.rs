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
    pub why: String,
}

impl<T> Value<T> {
    /// An unreadable value: `raw` as found, `why` it was refused.
    pub fn invalid(raw: impl Into<String>, why: impl Into<String>) -> Value<T> {
        Value::Invalid(Box::new(Unreadable {
            raw: raw.into(),
            why: why.into(),
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
    /// A short description of why the value is not known, for messages.
    pub fn gap(&self) -> Option<String> {
        self.gap_in(Lang::En)
    }

    /// [`Value::gap`] in the reader's language.
    pub fn gap_in(&self, lang: Lang) -> Option<String> {
        match (self, lang) {
            (Value::Known(_), _) => None,
            (Value::Absent, Lang::En) => Some("no column for it in the inventory".into()),
            (Value::Absent, Lang::Ko) => Some("인벤토리에 해당 열이 없습니다".into()),
            (Value::Empty, Lang::En) => Some("the cell is empty".into()),
            (Value::Empty, Lang::Ko) => Some("셀이 비어 있습니다".into()),
            (Value::Invalid(bad), Lang::En) => {
                Some(format!("could not read {:?}: {}", bad.raw, bad.why))
            }
            (Value::Invalid(bad), Lang::Ko) => {
                Some(format!("{:?}을(를) 읽을 수 없습니다: {}", bad.raw, bad.why))
            }
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
