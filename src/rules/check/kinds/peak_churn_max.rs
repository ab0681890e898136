//! `peak-churn-max`: the machine's peak churn across all its disks is within the limit.

use serde::Deserialize;

use super::super::dr::{churn_gap, rate_reading};
use super::super::{Context, Eval, Kind, Outcome, Quantity, Why};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::Rate;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeakChurnMax {
    pub max: Rate,
}

impl Kind for PeakChurnMax {
    const NAME: &'static str = "peak-churn-max";
    const EXAMPLE: &'static str = r#"check = { kind = "peak-churn-max", max = "54 MB/s" }"#;
    const DR: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let max = self.max;
        match (&m.dr.peak_churn_mb_s, &m.dr.churn_mb_s) {
            (Value::Known(p), _) => {
                let out = if *p <= max.0 {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, Why::None)
                    .actual(Quantity::Rate(*p))
                    .limit(Quantity::RateMax(max))
                    .worded(full, |e| e.read(rate_reading(m, Field::PeakChurn, *p)))
            }
            // The peak is at least the average: an average over the limit fails it too.
            (Value::Absent | Value::Empty, Value::Known(a)) if *a > max.0 => {
                Eval::new(Outcome::Fail, Why::None)
                    .actual(Quantity::RateAtLeast(*a))
                    .limit(Quantity::RateMax(max))
                    .read(rate_reading(m, Field::Churn, *a))
            }
            (peak, _) => churn_gap(peak, Field::PeakChurn),
        }
    }
}
