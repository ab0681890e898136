//! `rto`: the machine's RTO target is no shorter than the RTO the service level promises.

use serde::Deserialize;

use super::super::dr::{target_gap, target_reading};
use super::super::{Context, Eval, Kind, Outcome};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::Duration;
use crate::units::format_duration;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rto {
    pub sla: Duration,
}

impl Kind for Rto {
    const NAME: &'static str = "rto";
    const DOC: &'static str = "The machine's RTO target is no shorter than `sla`, the recovery \
        time the service level promises: a shorter target is at risk (a DR condition, not a \
        readiness blocker).";
    const EXAMPLE: &'static str = r#"check = { kind = "rto", sla = "2 h" }"#;
    const DR: bool = true;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let (ctx, sla) = (cx.dr, self.sla);
        let Value::Known(t) = ctx.rto else {
            return target_gap(&ctx.rto, "RTO", full);
        };
        let out = if t < sla.0 {
            Outcome::Fail
        } else {
            Outcome::Pass
        };
        Eval::new(out, "").worded(full, |e| {
            let why = if out == Outcome::Pass {
                format!(
                    "RTO target {} is within the {sla} the SLA promises",
                    format_duration(t)
                )
            } else {
                String::new()
            };
            e.why(why)
                .actual(format_duration(t))
                .limit(sla.to_string())
                .read(target_reading(m, Field::Rto, t, &ctx.rto_from))
        })
    }

    fn describe(&self) -> String {
        format!(
            "RTO target no shorter than the {} the SLA promises",
            self.sla
        )
    }
}
