//! `managed-by`: the management server (VMM, vCenter) is in the matrix's list.

use serde::Deserialize;

use super::super::software::{spec_list, specs};
use super::super::{Context, Eval, Kind, Outcome, Reading, gap, reading};
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
    const DOC: &'static str = "The management server (VMM, vCenter) is one of `allowed`; with \
        `required = true` a host must be managed. `None` or an empty text is not managed; a \
        blank cell is unknown, or not managed with `blank = \"unmanaged\"`.";
    const EXAMPLE: &'static str =
        r#"check = { kind = "managed-by", allowed = ["vcenter 6.5..8.1"], required = true }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let (allowed, required) = (&self.allowed, self.required);
        let unmanaged = |reading: Option<Reading>| {
            let out = if required {
                Outcome::Fail
            } else {
                Outcome::Pass
            };
            Eval::new(out, "").worded(full, |e| {
                let e = e
                    .why(
                        cx.lang
                            .pick("the host is not managed", "호스트가 관리되지 않습니다"),
                    )
                    .actual(cx.lang.pick("not managed", "관리되지 않음"))
                    .limit(specs(allowed, cx.lang));
                match reading {
                    Some(r) => e.read(r),
                    None => e,
                }
            })
        };
        match &m.host.managed_by {
            Value::Known(t)
                if t.trim().is_empty() || t.to_ascii_lowercase().starts_with("none") =>
            {
                unmanaged(None)
            }
            Value::Known(t) => spec_list(t, allowed, Field::ManagedBy, &m.source, full, cx.lang),
            Value::Empty if self.blank == Blank::Unmanaged => unmanaged(Some(reading(
                Field::ManagedBy,
                cx.lang
                    .pick("(empty: not managed)", "(빈 셀: 관리되지 않음)")
                    .into(),
                Some(&m.source),
            ))),
            other => gap(
                other,
                cx.lang.pick("the management server", "관리 서버"),
                full,
                cx.lang,
            )
            .worded(full, |e| e.limit(specs(allowed, cx.lang))),
        }
    }

    fn specs_mut(&mut self) -> Option<&mut Vec<OsSpec>> {
        Some(&mut self.allowed)
    }

    fn spec_list(&self) -> Option<(&'static str, &[OsSpec])> {
        Some(("management server", &self.allowed))
    }

    fn rest(&self) -> String {
        format!("required {}, blank {:?}", self.required, self.blank)
    }
}
