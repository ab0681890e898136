//! What the disaster-recovery check kinds (`rpo`, `rto`, `peak-churn-max`, `churn-max`) share:
//! the machine's resolved targets ([`DrContext`]), replica storage, churn tables and how a
//! churn figure is judged against them. The limits are the matrix's parameters.

use serde::Deserialize;

use super::{Eval, Outcome, Reading, reading};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::{Duration, Rate, Size};
use crate::units::{format_duration, group_thousands};

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
    pub io_size: Option<String>,
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
    /// Where the target came from (`RPO target column`, `tier gold`, `--rpo`).
    pub rpo_from: std::borrow::Cow<'static, str>,
    pub rto_from: std::borrow::Cow<'static, str>,
    pub storage: Storage,
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

pub(super) fn target_gap(v: &Value<u64>, what: &str, full: bool) -> Eval {
    match v {
        Value::Invalid(bad) => Eval::new(
            Outcome::Unknown,
            format!(
                "the {what} target {:?} cannot be read: {}",
                bad.raw, bad.why
            ),
        ),
        Value::Empty => Eval::new(Outcome::NotEvaluated, "").worded(full, |e| {
            e.why(format!("no {what} target for this machine"))
        }),
        _ => Eval::new(Outcome::NotEvaluated, "").worded(full, |e| {
            e.why(format!(
                "no {what} target (no column, --{} or tier policy)",
                what.to_ascii_lowercase()
            ))
        }),
    }
}

pub(super) fn target_reading(m: &Machine, field: Field, value: u64, from: &str) -> Reading {
    let mut r = reading(
        field,
        format!("{} ({from})", format_duration(value)),
        Some(&m.source),
    );
    if !from.contains("column") {
        r.source = None;
    }
    r
}

pub(super) fn rate_reading(m: &Machine, field: Field, v: f64) -> Reading {
    reading(
        field,
        format!("{} MB/s", group_thousands(v)),
        Some(&m.source),
    )
}

/// The rows that apply to a disk of `size` (any size when unknown) on `storage`.
pub(super) fn rows(limits: &[ChurnLimit], storage: Storage, size: Option<u64>) -> Vec<&ChurnLimit> {
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

/// The limits of the rows that may apply, in words: one figure, or each with its I/O size.
pub(super) fn limit_text(rows: &[&ChurnLimit]) -> String {
    let lo = rows.iter().map(|r| r.max.0).fold(f64::INFINITY, f64::min);
    let hi = rows.iter().map(|r| r.max.0).fold(0.0, f64::max);
    if (hi - lo).abs() < f64::EPSILON {
        format!("{} MB/s", group_thousands(hi))
    } else {
        let parts: Vec<String> = rows
            .iter()
            .map(|r| {
                format!(
                    "{} MB/s{}",
                    group_thousands(r.max.0),
                    r.io_size
                        .as_deref()
                        .map(|s| format!(" at {s}"))
                        .unwrap_or_default()
                )
            })
            .collect();
        parts.join(", ")
    }
}

/// Judges one churn figure against the rows that may apply: within every row's limit passes,
/// over every row's limit fails, in between depends on the I/O size, which inventories rarely
/// give. Returns the outcome and why (empty for a plain pass or fail).
pub(super) fn churn_outcome(
    churn: f64,
    exact: bool,
    rows: &[&ChurnLimit],
) -> (Outcome, &'static str) {
    if rows.is_empty() {
        return (Outcome::Unknown, "no churn limit for this storage");
    }
    let lo = rows.iter().map(|r| r.max.0).fold(f64::INFINITY, f64::min);
    let hi = rows.iter().map(|r| r.max.0).fold(0.0, f64::max);
    if churn <= lo {
        (Outcome::Pass, "")
    } else if churn > hi && exact {
        (Outcome::Fail, "")
    } else if !exact {
        (
            Outcome::Unknown,
            "churn per disk is not given; the machine's total is above the lowest per-disk limit",
        )
    } else {
        (
            Outcome::Unknown,
            "the limit depends on the average I/O size, which the inventory does not give",
        )
    }
}

pub(super) fn churn_gap(v: &Value<f64>, full: bool) -> Eval {
    match v {
        Value::Invalid(bad) => Eval::new(
            Outcome::Unknown,
            format!("churn {:?}: {}", bad.raw, bad.why),
        ),
        Value::Empty => Eval::new(Outcome::Unknown, "churn: the cell is empty"),
        _ => Eval::new(Outcome::NotEvaluated, "")
            .worded(full, |e| e.why("the inventory has no column for churn")),
    }
}
