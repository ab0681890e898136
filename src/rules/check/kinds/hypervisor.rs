//! `hypervisor`: the machine runs on one of a list of platforms. A failed blocker of this kind
//! makes the machine not-applicable to the target: it is another scenario's to judge.

use serde::Deserialize;

use super::super::{BadParams, Context, Eval, Kind, Outcome, Quantity, Why, Wrong, reading, state};
use crate::model::{Field, Hypervisor as Platform, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hypervisor {
    pub allowed: Vec<Platform>,
}

impl Kind for Hypervisor {
    const NAME: &'static str = "hypervisor";
    const EXAMPLE: &'static str =
        r#"check = { kind = "hypervisor", allowed = ["vmware", "physical"] }"#;
    const PLATFORM: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        if self.allowed.is_empty() {
            return Err(BadParams::new(
                Self::NAME,
                Wrong::Empty { param: "allowed" },
            ));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        match &m.hypervisor {
            Value::Known(h) => {
                let out = if self.allowed.contains(h) {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, Why::None)
                    .actual(Quantity::Platform(*h))
                    .limit(Quantity::Limit)
                    .worded(full, |e| {
                        let mut r =
                            reading(Field::Hypervisor, Quantity::Platform(*h), Some(&m.source));
                        if m.hypervisor_inferred {
                            r.value = Quantity::PlatformInferred(*h);
                            r.column_hint = Some(if m.host.os.is_known() {
                                Field::HostOs
                            } else {
                                Field::ManagedBy
                            });
                        }
                        e.read(r)
                    })
            }
            other => Eval::new(
                Outcome::Pass,
                Why::PlatformAssumed(state(other), cx.default_platform),
            )
            .actual(Quantity::PlatformAssumed(cx.default_platform))
            .limit(Quantity::Limit),
        }
    }
}
