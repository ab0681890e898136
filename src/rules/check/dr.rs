//! What the disaster-recovery check kinds (`rpo`, `rto`, `peak-churn-max`, `churn-max`) share:
//! the machine's resolved targets ([`DrContext`]), replica storage, churn tables and how a
//! churn figure is judged against them. The limits are the matrix's parameters.

use serde::Deserialize;

use super::{Eval, Outcome, Quantity, Reading, Subject, Why, reading, state};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::{Duration, Rate, Size};

/// The average I/O size a churn row is for: `8 KB`, `16 KB or more`, as the page writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IoSize {
    pub kb: u32,
    pub or_more: bool,
}

impl<'de> Deserialize<'de> for IoSize {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<IoSize, D::Error> {
        let text = String::deserialize(d)?;
        let (size, or_more) = match text.trim().strip_suffix("or more") {
            Some(s) => (s.trim(), true),
            None => (text.trim(), false),
        };
        let kb = size
            .strip_suffix("KB")
            .and_then(|n| n.trim().parse().ok())
            .ok_or_else(|| {
                crate::rules::reason::de_error(crate::rules::BadValue::IoSize(text.clone()))
            })?;
        Ok(IoSize { kb, or_more })
    }
}

/// Where replicas are written; churn limits differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Storage {
    Standard,
    #[default]
    Premium,
}

impl Storage {
    pub fn as_str(self) -> &'static str {
        match self {
            Storage::Standard => "standard",
            Storage::Premium => "premium",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChurnPer {
    /// VMware and physical: each disk's average churn (Site Recovery's table is per disk).
    Disk,
    /// Hyper-V: the whole VM's average churn.
    Vm,
}

/// One row of a churn table: for this replica storage (and disk size and I/O size, when the
/// row depends on them), average churn up to `max`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChurnLimit {
    pub storage: Storage,
    #[serde(default)]
    pub io_size: Option<IoSize>,
    #[serde(default)]
    pub disk_size_min: Option<Size>,
    #[serde(default)]
    pub disk_size_max: Option<Size>,
    pub max: Rate,
}

/// A machine's DR targets after defaults and tier policies, and the run's replica storage.
#[derive(Debug, Clone, Default)]
pub struct DrContext {
    pub rpo: Value<u64>,
    pub rto: Value<u64>,
    /// Where each target came from.
    pub rpo_from: TargetFrom,
    pub rto_from: TargetFrom,
    pub storage: Storage,
    /// The day assessed (`--as-of`; none: today): the hygiene checks' snapshot age.
    pub day: Option<crate::model::Date>,
}

/// Where a machine's RPO or RTO target came from: its own column, its tier in a policy file,
/// or the run's option.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum TargetFrom {
    #[default]
    Nowhere,
    /// The machine's `RPO`/`RTO` column.
    Column,
    /// `tier` (as the machine's cell wrote it) in the policy `file`.
    Tier { tier: String, file: String },
    /// `--rpo` / `--rto`.
    Option,
}

/// The RPO a target can get: Hyper-V picks the longest copy frequency that meets it; VMware
/// and physical create a recovery point within a fixed time of upload. `None`: cannot meet.
pub fn achievable_rpo(
    target: u64,
    within: Option<Duration>,
    frequencies: Option<&[Duration]>,
) -> Option<(u64, Option<u64>)> {
    if let Some(f) = frequencies {
        let best = f.iter().map(|d| d.0).filter(|d| *d <= target).max()?;
        return Some((best, Some(best)));
    }
    match within {
        Some(w) if target < w.0 => None,
        Some(w) => Some((w.0, None)),
        None => Some((target, None)),
    }
}

/// A target (`field`: RPO or RTO) that is not known.
pub(super) fn target_gap(v: &Value<u64>, field: Field) -> Eval {
    match v {
        Value::Invalid(bad) => {
            Eval::new(Outcome::Unknown, Why::TargetUnreadable(field, bad.clone()))
        }
        Value::Empty => Eval::new(Outcome::NotEvaluated, Why::NoTarget(field)),
        _ => Eval::new(Outcome::NotEvaluated, Why::NoTargetAnywhere(field)),
    }
}

pub(super) fn target_reading(m: &Machine, field: Field, value: u64, from: &TargetFrom) -> Reading {
    let mut r = reading(
        field,
        Quantity::Target {
            seconds: value,
            from: Box::new(from.clone()),
        },
        Some(&m.source),
    );
    if *from != TargetFrom::Column {
        r.source = None;
    }
    r
}

pub(super) fn rate_reading(m: &Machine, field: Field, v: f64) -> Reading {
    reading(field, Quantity::Rate(v), Some(&m.source))
}

/// The rows that apply to a disk of `size` (any size when unknown) on `storage`.
pub fn rows(limits: &[ChurnLimit], storage: Storage, size: Option<u64>) -> Vec<&ChurnLimit> {
    limits
        .iter()
        .filter(|l| l.storage == storage)
        .filter(|l| match size {
            None => true,
            Some(s) => {
                l.disk_size_min.is_none_or(|m| s > m.0) && l.disk_size_max.is_none_or(|m| s <= m.0)
            }
        })
        .collect()
}

/// Judges one churn figure against the rows that may apply: within every row's limit passes,
/// over every row's limit fails, in between depends on the I/O size, which inventories rarely
/// give. Returns the outcome and why (empty for a plain pass or fail).
pub(super) fn churn_outcome(churn: f64, exact: bool, rows: &[&ChurnLimit]) -> (Outcome, Why) {
    if rows.is_empty() {
        return (Outcome::Unknown, Why::NoChurnLimit);
    }
    let lo = rows.iter().map(|r| r.max.0).fold(f64::INFINITY, f64::min);
    let hi = rows.iter().map(|r| r.max.0).fold(0.0, f64::max);
    if churn <= lo {
        (Outcome::Pass, Why::None)
    } else if churn > hi && exact {
        (Outcome::Fail, Why::None)
    } else if !exact {
        (Outcome::Unknown, Why::ChurnPerDiskNotGiven)
    } else {
        (Outcome::Unknown, Why::ChurnDependsOnIo)
    }
}

/// A churn figure (`field`: average or peak) that is not known: unknown, or not evaluated
/// when the file has no column for it.
pub(super) fn churn_gap(v: &Value<f64>, field: Field) -> Eval {
    let what = if field == Field::PeakChurn {
        Subject::PeakChurn
    } else {
        Subject::Churn
    };
    match v {
        Value::Invalid(bad) => Eval::new(Outcome::Unknown, Why::ChurnUnreadable(what, bad.clone())),
        Value::Empty => Eval::new(Outcome::Unknown, Why::Gap(what, state(v))),
        _ => Eval::new(Outcome::NotEvaluated, Why::NoColumn(what)),
    }
}
