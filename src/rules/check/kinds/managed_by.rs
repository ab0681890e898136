//! `managed-by`: the management server (VMM, vCenter) is in the matrix's list.

use serde::Deserialize;

use super::super::software::spec_list;
use super::super::{
    Context, Eval, Kind, ListOf, Outcome, Quantity, Reading, Subject, Why, gap, reading,
};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::OsSpec;

/// How a blank cell in a management column reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Blank {
    /// A blank cell is unknown (the default).
    #[default]
    Unknown,
    /// A blank cell means the host is not managed (as people type exam tables).
    Unmanaged,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManagedBy {
    pub allowed: Vec<OsSpec>,
    /// A host must be managed.
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub blank: Blank,
}

impl Kind for ManagedBy {
    const NAME: &'static str = "managed-by";
    const EXAMPLE: &'static str =
        r#"check = { kind = "managed-by", allowed = ["vcenter 6.5..8.1"], required = true }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let (allowed, required) = (&self.allowed, self.required);
        let unmanaged = |reading: Option<Reading>| {
            let out = if required {
                Outcome::Fail
            } else {
                Outcome::Pass
            };
            let e = Eval::new(out, Why::HostNotManaged)
                .actual(Quantity::NotManaged)
                .limit(Quantity::Limit);
            match reading {
                Some(r) => e.worded(full, |e| e.read(r)),
                None => e,
            }
        };
        match &m.host.managed_by {
            Value::Known(t) => match t.server() {
                Some(text) if t.is_managed() => {
                    spec_list(text, allowed, Field::ManagedBy, &m.source, full)
                }
                _ => unmanaged(None),
            },
            Value::Empty if self.blank == Blank::Unmanaged => unmanaged(Some(reading(
                Field::ManagedBy,
                Quantity::EmptyUnmanaged,
                Some(&m.source),
            ))),
            other => gap(other, Subject::ManagementServer).limit(Quantity::Limit),
        }
    }

    fn specs_mut(&mut self) -> Option<&mut Vec<OsSpec>> {
        Some(&mut self.allowed)
    }

    fn spec_list(&self) -> Option<(ListOf, &[OsSpec])> {
        Some((ListOf::ManagementServer, &self.allowed))
    }

    fn rest(&self) -> String {
        format!("{:?} {:?}", self.required, self.blank)
    }
}
