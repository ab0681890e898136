//! `kernel`: the Linux kernel the guest runs, as VMware Tools report it (RVTools vInfo
//! `Guest Detailed Data`, `kernelVersion`), within the versions a page supports: at least
//! `min`, at most `max` (`6.8` holds every 6.8.x), none of `excluded`. Versions compare by
//! their numbers (`2.6.18-164.el5` is 2, 6, 18, 164). Only that column names a kernel: a
//! machine without a detailed-data reading is not evaluated, one whose reading gives no
//! kernel is unknown.

use serde::Deserialize;

use super::super::{
    BadParams, Context, Eval, Kind, Outcome, Quantity, Subject, Why, Wrong, reading,
};
use crate::model::{Field, Machine, Refusal, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kernel {
    #[serde(default)]
    pub min: Option<String>,
    #[serde(default)]
    pub max: Option<String>,
    #[serde(default)]
    pub excluded: Vec<String>,
}

/// The numbers of a kernel version, in order (`5.15.0-200.131.27.el9uek` → 5, 15, 0, 200,
/// 131, 27, 9).
pub fn numbers(v: &str) -> Vec<u64> {
    v.split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect()
}

impl Kernel {
    /// Whether `kernel` is within the check.
    pub fn holds(&self, kernel: &str) -> bool {
        let k = numbers(kernel);
        if let Some(min) = &self.min
            && k < numbers(min)
        {
            return false;
        }
        if let Some(max) = &self.max {
            let max = numbers(max);
            let head: Vec<u64> = k.iter().take(max.len()).copied().collect();
            if head > max {
                return false;
            }
        }
        !self.excluded.iter().any(|x| {
            let x = numbers(x);
            k.len() >= x.len() && k[..x.len()] == x[..]
        })
    }
}

impl Kind for Kernel {
    const NAME: &'static str = "kernel";
    const EXAMPLE: &'static str =
        r#"check = { kind = "kernel", min = "2.6.18-164", max = "6.8", excluded = ["4.9.256"] }"#;
    const LIMIT: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        let bad = |v: &str| numbers(v).is_empty();
        if self.min.is_none() && self.max.is_none() && self.excluded.is_empty() {
            return Err(BadParams::new(Self::NAME, Wrong::Empty { param: "min" }));
        }
        for (param, v) in [("min", &self.min), ("max", &self.max)] {
            if v.as_deref().is_some_and(bad) {
                return Err(BadParams::new(Self::NAME, Wrong::Empty { param }));
            }
        }
        if self.excluded.iter().any(|x| bad(x)) {
            return Err(BadParams::new(
                Self::NAME,
                Wrong::Empty { param: "excluded" },
            ));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let what = Subject::Field(Field::OsDetailed);
        let detailed = || {
            m.os_readings
                .iter()
                .filter(|r| r.field == Field::OsDetailed)
        };
        let kernel = match &m.os {
            Value::Known(os) if os.kernel.is_some() => os.kernel.clone(),
            _ => detailed().find_map(|r| r.os.kernel.clone()),
        };
        let Some(kernel) = kernel else {
            // A detailed-data reading without a kernel: the column is there, the value not.
            let raw = detailed().next().map(|r| r.os.raw.clone()).or(match &m.os {
                Value::Known(os) if os.detailed => Some(os.raw.clone()),
                _ => None,
            });
            return if let Some(raw) = raw {
                let gap = Value::<()>::invalid(raw, Refusal::NoKernel);
                Eval::new(Outcome::Unknown, Why::Gap(what, gap))
            } else {
                Eval::new(Outcome::NotEvaluated, Why::NoColumn(what))
            };
        };
        let out = if self.holds(&kernel) {
            Outcome::Pass
        } else {
            Outcome::Fail
        };
        Eval::new(out, Why::None)
            .actual(Quantity::Text(kernel.clone()))
            .limit(Quantity::Limit)
            .worded(full, |e| {
                e.read(reading(
                    Field::OsDetailed,
                    Quantity::Text(kernel),
                    Some(&m.source),
                ))
            })
    }

    fn rest(&self) -> String {
        format!("{:?} {:?} {:?}", self.min, self.max, self.excluded)
    }
}

#[cfg(test)]
mod tests {
    use super::Kernel;

    /// One row per bound, just inside and just outside.
    #[test]
    fn kernels_compare_by_their_numbers() {
        let k = Kernel {
            min: Some("2.6.18-164".into()),
            max: Some("6.8".into()),
            excluded: vec!["4.9.256".into()],
        };
        for (kernel, ok) in [
            ("2.6.18-164.el5", true),
            ("2.6.18-163.el5", false),
            ("2.6.32-71.el6.x86_64", true),
            ("6.8.12-1-generic", true),
            ("6.9.0", false),
            ("6.10.1", false),
            ("4.9.256-1", false),
            ("4.9.2560", true),
            ("4.9.255", true),
        ] {
            assert_eq!(k.holds(kernel), ok, "{kernel}");
        }
    }
}
