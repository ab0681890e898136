//! `peak-churn-max`: the machine's peak churn across all its disks is within the limit.

use serde::Deserialize;

use super::super::dr::{churn_gap, rate_reading};
use super::super::{Context, Eval, Kind, Outcome};
use crate::model::{Field, Lang, Machine, Value};
use crate::rules::spec::Rate;
use crate::units::group_thousands;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeakChurnMax {
    pub max: Rate,
}

impl Kind for PeakChurnMax {
    const NAME: &'static str = "peak-churn-max";
    const DOC: &'static str = "Peak churn across all the machine's disks is at most `max` (a \
        rate: `54 MB/s`). Without a peak column, an average over the limit fails it too (the \
        peak is at least the average).";
    const EXAMPLE: &'static str = r#"check = { kind = "peak-churn-max", max = "54 MB/s" }"#;
    const DR: bool = true;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let max = self.max;
        match (&m.dr.peak_churn_mb_s, &m.dr.churn_mb_s) {
            (Value::Known(p), _) => {
                let out = if *p <= max.0 {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, "").worded(full, |e| {
                    e.actual(format!("{} MB/s", group_thousands(*p)))
                        .limit(max.to_string())
                        .read(rate_reading(m, Field::PeakChurn, *p))
                })
            }
            // The peak is at least the average: an average over the limit fails it too.
            (Value::Absent | Value::Empty, Value::Known(a)) if *a > max.0 => {
                Eval::new(Outcome::Fail, "")
                    .actual(match cx.lang {
                        Lang::En => format!("at least {} MB/s (the average)", group_thousands(*a)),
                        Lang::Ko => format!("{} MB/s 이상(평균)", group_thousands(*a)),
                    })
                    .limit(max.to_string())
                    .read(rate_reading(m, Field::Churn, *a))
            }
            (peak, _) => churn_gap(peak, Field::PeakChurn, full, cx.lang),
        }
    }
}
