//! `architecture`: the guest architecture is one of a list (Azure runs x64 guests).

use serde::Deserialize;

use super::super::{
    BadParams, Context, Eval, Kind, Outcome, Quantity, Subject, Why, Wrong, gap, reading,
};
use crate::model::{Arch, Field, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Architecture {
    pub allowed: Vec<Arch>,
}

impl Kind for Architecture {
    const NAME: &'static str = "architecture";
    const EXAMPLE: &'static str = r#"check = { kind = "architecture", allowed = ["x64"] }"#;

    fn validate(&self) -> Result<(), BadParams> {
        if self.allowed.is_empty() {
            return Err(BadParams::new(
                Self::NAME,
                Wrong::Empty { param: "allowed" },
            ));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        match &m.architecture {
            Value::Known(a) => {
                let out = if self.allowed.contains(a) {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, Why::None)
                    .actual(Quantity::Arch(*a))
                    .limit(Quantity::Limit)
                    .worded(full, |e| {
                        let derived = m.os.known().is_some_and(|o| o.arch_derived);
                        let from_os =
                            derived || m.os.known().is_some_and(|o| o.architecture == Some(*a));
                        let value = if derived {
                            Quantity::ArchFromOs(*a)
                        } else {
                            Quantity::Arch(*a)
                        };
                        let mut r = reading(Field::OsArch, value, Some(&m.source));
                        if from_os && !m.architecture_from_column {
                            r.column_hint = Some(Field::Os);
                        }
                        e.read(r)
                    })
            }
            other => gap(other, Subject::Arch).limit(Quantity::Limit),
        }
    }
}
