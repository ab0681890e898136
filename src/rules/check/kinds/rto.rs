//! `rto`: the machine's RTO target is no shorter than the RTO the service level promises.

use serde::Deserialize;

use super::super::dr::{target_gap, target_reading};
use super::super::{Context, Eval, Kind, Outcome};
use crate::model::{Field, Lang, Machine, Value};
use crate::rules::spec::Duration;
use crate::units::format_duration_in;

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
            return target_gap(&ctx.rto, "RTO", full, cx.lang);
        };
        let out = if t < sla.0 {
            Outcome::Fail
        } else {
            Outcome::Pass
        };
        Eval::new(out, "").worded(full, |e| {
            let (target, sla) = (
                format_duration_in(t, cx.lang),
                format_duration_in(sla.0, cx.lang),
            );
            let why = match (out, cx.lang) {
                (Outcome::Pass, Lang::En) => {
                    format!("RTO target {target} is within the {sla} the SLA promises")
                }
                (Outcome::Pass, Lang::Ko) => {
                    format!("복구 시간 목표(RTO) {target}은(는) SLA가 보장하는 {sla} 이내입니다")
                }
                _ => String::new(),
            };
            e.why(why).actual(target).limit(sla).read(target_reading(
                m,
                Field::Rto,
                t,
                &ctx.rto_from,
                cx.lang,
            ))
        })
    }
}
