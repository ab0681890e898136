//! `rto`: the machine's RTO target is no shorter than the RTO the service level promises.

use serde::Deserialize;

use super::super::dr::{target_gap, target_reading};
use super::super::{Context, Eval, Kind, Outcome, Quantity, Why};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::Duration;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rto {
    pub sla: Duration,
}

impl Kind for Rto {
    const NAME: &'static str = "rto";
    const EXAMPLE: &'static str = r#"check = { kind = "rto", sla = "2 h" }"#;
    const DR: bool = true;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let (ctx, sla) = (cx.dr, self.sla);
        let Value::Known(t) = ctx.rto else {
            return target_gap(&ctx.rto, Field::Rto);
        };
        let out = if t < sla.0 {
            Outcome::Fail
        } else {
            Outcome::Pass
        };
        let why = match out {
            Outcome::Pass => Why::RtoMet {
                target: t,
                sla: sla.0,
            },
            _ => Why::None,
        };
        Eval::new(out, why)
            .actual(Quantity::Seconds(t))
            .limit(Quantity::Seconds(sla.0))
            .worded(full, |e| {
                e.read(target_reading(m, Field::Rto, t, &ctx.rto_from))
            })
    }
}
