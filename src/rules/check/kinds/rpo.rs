//! `rpo`: the machine's RPO target can be met, by a copy frequency (Hyper-V) or with recovery
//! points created within a fixed time of upload (VMware, physical).

use serde::Deserialize;

use super::super::dr::{achievable_rpo, target_gap, target_reading};
use super::super::{Context, Eval, Kind, Outcome, Quantity, Why};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::Duration;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rpo {
    #[serde(default)]
    pub recovery_point_within: Option<Duration>,
    #[serde(default)]
    pub copy_frequencies: Option<Vec<Duration>>,
}

impl Kind for Rpo {
    const NAME: &'static str = "rpo";
    const EXAMPLE: &'static str =
        r#"check = { kind = "rpo", copy_frequencies = ["30 s", "5 min", "15 min"] }"#;
    const DR: bool = true;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let (ctx, within, frequencies) = (
            cx.dr,
            self.recovery_point_within,
            self.copy_frequencies.as_deref(),
        );
        let Value::Known(t) = ctx.rpo else {
            return target_gap(&ctx.rpo, Field::Rpo);
        };
        let r = || target_reading(m, Field::Rpo, t, &ctx.rpo_from);
        match achievable_rpo(t, within, frequencies) {
            None => Eval::new(Outcome::Fail, Why::None)
                .actual(Quantity::Seconds(t))
                .limit(Quantity::Limit)
                .read(r()),
            Some((a, freq)) => {
                let why = match freq {
                    Some(f) => Why::RpoByFrequency {
                        target: t,
                        every: f,
                    },
                    None => Why::RpoAchievable {
                        target: t,
                        achievable: a,
                    },
                };
                Eval::new(Outcome::Pass, why)
                    .actual(Quantity::Seconds(t))
                    .limit(Quantity::Limit)
                    .worded(full, |e| e.read(r()))
            }
        }
    }
}
