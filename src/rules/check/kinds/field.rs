//! `field`: a company policy over any column (`tag:Owner` present, `power-state` equals
//! `poweredOn`).

use serde::Deserialize;

use super::super::{BadParams, Context, Eval, Kind, Outcome, Quantity, Why, Wrong, reading};
use crate::model::{Field as Column, Machine, Value};
use crate::rules::spec::Pattern;

/// The machine attributes a policy can name besides `tag:<column>`.
const FIELDS: &[&str] = &[
    "name",
    "power-state",
    "host",
    "tier",
    "application",
    "recovery-group",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldOp {
    Present,
    Absent,
    Equals,
    NotEquals,
    Matches,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub field: String,
    pub op: FieldOp,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub pattern: Option<Pattern>,
}

impl Kind for Field {
    const NAME: &'static str = "field";
    const EXAMPLE: &'static str =
        r#"check = { kind = "field", field = "tag:Owner", op = "present" }"#;

    fn validate(&self) -> Result<(), BadParams> {
        let field = &self.field;
        if !(field.starts_with("tag:") || FIELDS.contains(&field.as_str())) {
            return Err(BadParams::new(
                Self::NAME,
                Wrong::UnknownField {
                    field: field.clone(),
                    known: FIELDS,
                },
            ));
        }
        match self.op {
            // `not-equals` too is told `equals needs value`, as it always was.
            FieldOp::Equals | FieldOp::NotEquals if self.value.is_none() => Err(BadParams::new(
                Self::NAME,
                Wrong::Needs {
                    op: "equals",
                    param: "value",
                },
            )),
            FieldOp::Matches if self.pattern.is_none() => Err(BadParams::new(
                Self::NAME,
                Wrong::Needs {
                    op: "matches",
                    param: "pattern",
                },
            )),
            _ => Ok(()),
        }
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let (field, op) = (self.field.as_str(), self.op);
        let (value, pattern) = (self.value.as_deref(), self.pattern.as_ref());
        let v: Value<String> = if let Some(tag) = field.strip_prefix("tag:") {
            match m.tags.iter().find(|(h, _)| h.eq_ignore_ascii_case(tag)) {
                Some((_, t)) => Value::Known(t.clone()),
                None => Value::Absent,
            }
        } else {
            match field {
                "name" => Value::Known(m.name.clone()),
                "power-state" => m.power_state.clone(),
                "host" => m.host.name.clone(),
                "tier" => m.dr.tier.clone(),
                "application" => m.dr.application.clone(),
                _ => m.dr.recovery_group.clone(),
            }
        };
        let present = matches!(&v, Value::Known(t) if !t.trim().is_empty());
        let text = v.known().cloned().unwrap_or_default();
        let ok = match op {
            FieldOp::Present => present,
            FieldOp::Absent => !present,
            FieldOp::Equals => present && value.is_some_and(|x| text.eq_ignore_ascii_case(x)),
            FieldOp::NotEquals => !value.is_some_and(|x| text.eq_ignore_ascii_case(x)),
            FieldOp::Matches => pattern.is_some_and(|p| p.0.is_match(&text)),
        };
        // A tag column that is not there at all fails a "present" policy: that is the finding.
        let out = match (&v, op) {
            (Value::Invalid(_), _) => Outcome::Unknown,
            _ if ok => Outcome::Pass,
            _ => Outcome::Fail,
        };
        Eval::new(out, Why::None)
            .limit(Quantity::Limit)
            .worded(full, |e| {
                e.actual(if present {
                    Quantity::Text(text.clone())
                } else {
                    Quantity::NoValue
                })
                .read(reading(
                    Column::Tag,
                    Quantity::Cell(Box::new((field.to_string(), v.clone()))),
                    Some(&m.source),
                ))
            })
    }
}
