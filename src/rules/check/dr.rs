//! Disaster-recovery checks: whether a machine's RPO and RTO targets can be met, and whether
//! its data churn stays within what Site Recovery can replicate. The limits are the matrix's
//! parameters; the machine's targets come resolved in the [`DrContext`].

use serde::Deserialize;

use super::{Eval, Outcome, Reading, reading};
use crate::model::{Disk, Field, Machine, Value};
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

fn target_gap(v: &Value<u64>, what: &str, full: bool) -> Eval {
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

fn target_reading(m: &Machine, field: Field, value: u64, from: &str) -> Reading {
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

pub(super) fn rpo(
    m: &Machine,
    ctx: &DrContext,
    within: Option<Duration>,
    frequencies: Option<&[Duration]>,
    full: bool,
) -> Eval {
    let Value::Known(t) = ctx.rpo else {
        return target_gap(&ctx.rpo, "RPO", full);
    };
    let limit = || match (frequencies, within) {
        (Some(f), _) => format!(
            "copy frequencies {}",
            f.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        (None, Some(w)) => format!("recovery points within {w} of upload"),
        (None, None) => String::new(),
    };
    let r = || target_reading(m, Field::Rpo, t, &ctx.rpo_from);
    match achievable_rpo(t, within, frequencies) {
        None => Eval::new(Outcome::Fail, "")
            .actual(format_duration(t))
            .limit(limit())
            .read(r()),
        Some((a, freq)) => Eval::new(Outcome::Pass, "").worded(full, |e| {
            let how = match freq {
                Some(f) => format!("replicating every {}", format_duration(f)),
                None => format!("achievable {}", format_duration(a)),
            };
            e.why(format!("RPO target {} met by {how}", format_duration(t)))
                .actual(format_duration(t))
                .limit(limit())
                .read(r())
        }),
    }
}

pub(super) fn rto(m: &Machine, ctx: &DrContext, sla: Duration, full: bool) -> Eval {
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

fn rate_reading(m: &Machine, field: Field, v: f64) -> Reading {
    reading(
        field,
        format!("{} MB/s", group_thousands(v)),
        Some(&m.source),
    )
}

pub(super) fn peak_churn(m: &Machine, max: Rate, full: bool) -> Eval {
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
                .actual(format!(
                    "at least {} MB/s (the average)",
                    group_thousands(*a)
                ))
                .limit(max.to_string())
                .read(rate_reading(m, Field::Churn, *a))
        }
        (Value::Invalid(bad), _) => Eval::new(
            Outcome::Unknown,
            format!("peak churn {:?}: {}", bad.raw, bad.why),
        ),
        (Value::Empty, _) => Eval::new(Outcome::Unknown, "peak churn: the cell is empty"),
        _ => Eval::new(Outcome::NotEvaluated, "").worded(full, |e| {
            e.why("the inventory has no column for peak churn")
        }),
    }
}

/// The rows that apply to a disk of `size` (any size when unknown) on `storage`.
fn rows(limits: &[ChurnLimit], storage: Storage, size: Option<u64>) -> Vec<&ChurnLimit> {
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
fn limit_text(rows: &[&ChurnLimit]) -> String {
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
fn judge(churn: f64, exact: bool, rows: &[&ChurnLimit]) -> (Outcome, &'static str) {
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

pub(super) fn churn(
    m: &Machine,
    ctx: &DrContext,
    per: ChurnPer,
    limits: &[ChurnLimit],
    full: bool,
) -> Eval {
    let vm = &m.dr.churn_mb_s;
    match per {
        // The machine's own figure, else the sum of its disks' (per-disk write throughput).
        ChurnPer::Vm => match m.average_churn() {
            Some(c) => {
                let rows = rows(limits, ctx.storage, None);
                let (out, why) = judge(c, true, &rows);
                Eval::new(out, why)
                    .worded(full, |e| e.read(rate_reading(m, Field::Churn, c)))
                    .quoted(full, |e| {
                        e.actual(format!("{} MB/s", group_thousands(c)))
                            .limit(format!(
                                "{} ({} storage)",
                                limit_text(&rows),
                                ctx.storage.as_str()
                            ))
                    })
            }
            None => churn_gap(vm, full),
        },
        ChurnPer::Disk => {
            let per_disk: Vec<(&Disk, f64)> = m
                .disks
                .iter()
                .filter_map(|d| d.churn_mb_s.known().map(|c| (d, *c)))
                .collect();
            let (figures, exact): (Vec<(Option<&Disk>, f64)>, bool) = if !per_disk.is_empty() {
                (per_disk.iter().map(|(d, c)| (Some(*d), *c)).collect(), true)
            } else {
                match vm {
                    // One disk: the machine's churn is the disk's. Several: a bound only.
                    Value::Known(c) => (vec![(m.disks.first(), *c)], m.disks.len() <= 1),
                    other => return churn_gap(other, full),
                }
            };
            let rank = |o: Outcome| match o {
                Outcome::Fail => 3,
                Outcome::Unknown => 2,
                _ => 1,
            };
            let mut worst: Option<(Outcome, &'static str, Vec<&ChurnLimit>, Option<&Disk>, f64)> =
                None;
            for (d, c) in &figures {
                let size = d.and_then(|d| d.size_bytes.known().copied());
                let rows = rows(limits, ctx.storage, size);
                let (out, why) = judge(*c, exact, &rows);
                if worst.as_ref().is_none_or(|w| rank(out) > rank(w.0)) {
                    worst = Some((out, why, rows, *d, *c));
                }
            }
            let Some((out, why, rows, disk, c)) = worst else {
                return churn_gap(vm, full);
            };
            let e = Eval::new(out, why).quoted(full, |mut e| {
                e = e
                    .actual(format!("{} MB/s", group_thousands(c)))
                    .limit(format!(
                        "{} per disk ({} storage)",
                        limit_text(&rows),
                        ctx.storage.as_str()
                    ));
                e.disk = disk.map(|d| d.name.to_string()).unwrap_or_default();
                e
            });
            e.worded(full, |mut e| {
                e.readings = figures
                    .iter()
                    .map(|(d, c)| {
                        let field = match (exact && !per_disk.is_empty(), d.map(|d| d.role)) {
                            (true, Some(crate::model::DiskRole::Os)) => Field::OsDiskChurn,
                            (true, Some(crate::model::DiskRole::Data)) => Field::DataDiskChurn,
                            _ => Field::Churn,
                        };
                        let mut r = rate_reading(m, field, *c);
                        if let Some(d) = d {
                            r.value = format!("{}: {}", d.name, r.value);
                        }
                        r
                    })
                    .collect();
                e
            })
        }
    }
}

fn churn_gap(v: &Value<f64>, full: bool) -> Eval {
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
