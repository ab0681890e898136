//! `hypervisor`: the machine runs on one of a list of platforms. A failed blocker of this kind
//! makes the machine not-applicable to the target: it is another scenario's to judge.

use serde::Deserialize;

use super::super::{BadParams, Context, Eval, Kind, Outcome, either, reading};
use crate::model::{Field, Hypervisor as Platform, Lang, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hypervisor {
    pub allowed: Vec<Platform>,
}

impl Kind for Hypervisor {
    const NAME: &'static str = "hypervisor";
    const DOC: &'static str = "The machine runs on one of `allowed` (`vmware`, `hyper-v`, \
        `physical`, `other`): from a platform column, the format (RVTools is VMware), or the \
        host. An unknown platform passes as the target's own. As a blocker, a failure makes \
        the verdict not-applicable, not not-ready.";
    const EXAMPLE: &'static str =
        r#"check = { kind = "hypervisor", allowed = ["vmware", "physical"] }"#;
    const PLATFORM: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        if self.allowed.is_empty() {
            return Err("hypervisor: allowed is empty".into());
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let names = || {
            either(
                self.allowed.iter().map(|h| match cx.lang {
                    Lang::En => h.as_str().to_string(),
                    Lang::Ko => h.label_in(cx.lang).to_string(),
                }),
                cx.lang,
            )
        };
        match &m.hypervisor {
            Value::Known(h) => {
                let out = if self.allowed.contains(h) {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, "").worded(full, |e| {
                    let label = h.label_in(cx.lang);
                    let mut r = reading(Field::Hypervisor, label.into(), Some(&m.source));
                    if m.hypervisor_inferred {
                        r.value = match cx.lang {
                            Lang::En => format!("{label} (inferred from the host)"),
                            Lang::Ko => format!("{label}(호스트에서 추정)"),
                        };
                        r.column_hint = Some(if m.host.os.is_known() {
                            Field::HostOs
                        } else {
                            Field::ManagedBy
                        });
                    }
                    e.actual(h.label_in(cx.lang)).limit(names()).read(r)
                })
            }
            other => Eval::new(Outcome::Pass, "").worded(full, |e| {
                let (gap, assumed) = (
                    other.gap_in(cx.lang).unwrap_or_default(),
                    cx.default_platform.label_in(cx.lang),
                );
                e.why(match cx.lang {
                    Lang::En => format!(
                        "platform not known ({gap}); assumed {}, this target's source",
                        cx.default_platform.as_str()
                    ),
                    Lang::Ko => format!(
                        "플랫폼을 알 수 없습니다({gap}). 이 대상의 원본인 {assumed}(으)로 가정합니다"
                    ),
                })
                .actual(match cx.lang {
                    Lang::En => format!("assumed {}", cx.default_platform.as_str()),
                    Lang::Ko => format!("{assumed}(가정)"),
                })
                .limit(names())
            }),
        }
    }
}
