//! What the disaster-recovery check kinds (`rpo`, `rto`, `peak-churn-max`, `churn-max`) share:
//! the machine's resolved targets ([`DrContext`]), replica storage, churn tables and how a
//! churn figure is judged against them. The limits are the matrix's parameters.

use serde::Deserialize;

use super::{Eval, Outcome, Reading, reading};
use crate::model::{Field, Lang, Machine, Value};
use crate::rules::spec::{Duration, Rate, Size};
use crate::units::{format_duration_in, group_thousands};

impl Storage {
    /// As the Korean pages say it: 표준, 프리미엄.
    pub fn words_ko(self) -> &'static str {
        match self {
            Storage::Standard => "표준",
            Storage::Premium => "프리미엄",
        }
    }
}

/// The average I/O size a churn row is for: `8 KB`, `16 KB or more`, as the page writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IoSize {
    pub kb: u32,
    pub or_more: bool,
}

impl IoSize {
    pub fn words(self, lang: Lang) -> String {
        match (self.or_more, lang) {
            (false, _) => format!("{} KB", self.kb),
            (true, Lang::En) => format!("{} KB or more", self.kb),
            (true, Lang::Ko) => format!("{} KB 이상", self.kb),
        }
    }
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
                serde::de::Error::custom(format!(
                    "io_size {text:?}: expected a size in KB, such as \"8 KB\" or \"16 KB or more\""
                ))
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

impl TargetFrom {
    /// In words, for a reading: `RPO column`, `tier Gold in policy.toml`, `--rpo`.
    pub fn words(&self, what: &str, lang: Lang) -> String {
        match (self, lang) {
            (TargetFrom::Nowhere, _) => String::new(),
            (TargetFrom::Column, Lang::En) => format!("{what} column"),
            (TargetFrom::Column, Lang::Ko) => format!("{what} 열"),
            (TargetFrom::Tier { tier, file }, Lang::En) => format!("tier {tier} in {file}"),
            (TargetFrom::Tier { tier, file }, Lang::Ko) => format!("{file}의 {tier} 등급"),
            (TargetFrom::Option, _) => format!("--{}", what.to_ascii_lowercase()),
        }
    }
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

/// `what`: `RPO` or `RTO`.
pub(super) fn target_gap(v: &Value<u64>, what: &str, full: bool, lang: Lang) -> Eval {
    // As the Korean pages name them: 복구 지점 목표(RPO), 복구 시간 목표(RTO).
    let ko = if what == "RPO" {
        "복구 지점 목표(RPO)"
    } else {
        "복구 시간 목표(RTO)"
    };
    let option = what.to_ascii_lowercase();
    match v {
        Value::Invalid(bad) => Eval::new(
            Outcome::Unknown,
            match lang {
                Lang::En => format!(
                    "the {what} target {:?} cannot be read: {}",
                    bad.raw,
                    bad.why.words(lang)
                ),
                Lang::Ko => format!(
                    "{ko} {:?}을(를) 읽을 수 없습니다: {}",
                    bad.raw,
                    bad.why.words(lang)
                ),
            },
        ),
        Value::Empty => Eval::new(Outcome::NotEvaluated, "").worded(full, |e| {
            e.why(match lang {
                Lang::En => format!("no {what} target for this machine"),
                Lang::Ko => format!("이 머신의 {ko}가 없습니다"),
            })
        }),
        _ => Eval::new(Outcome::NotEvaluated, "").worded(full, |e| {
            e.why(match lang {
                Lang::En => format!("no {what} target (no column, --{option} or tier policy)"),
                Lang::Ko => format!("{ko} 없음(열, --{option}, 등급 정책 모두 없음)"),
            })
        }),
    }
}

pub(super) fn target_reading(
    m: &Machine,
    field: Field,
    value: u64,
    from: &TargetFrom,
    lang: Lang,
) -> Reading {
    let what = if field == Field::Rpo { "RPO" } else { "RTO" };
    let mut r = reading(
        field,
        format!(
            "{} ({})",
            format_duration_in(value, lang),
            from.words(what, lang)
        ),
        Some(&m.source),
    );
    if *from != TargetFrom::Column {
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
pub(super) fn limit_text(rows: &[&ChurnLimit], lang: Lang) -> String {
    let lo = rows.iter().map(|r| r.max.0).fold(f64::INFINITY, f64::min);
    let hi = rows.iter().map(|r| r.max.0).fold(0.0, f64::max);
    if (hi - lo).abs() < f64::EPSILON {
        format!("{} MB/s", group_thousands(hi))
    } else {
        let parts: Vec<String> = rows
            .iter()
            .map(|r| {
                let max = group_thousands(r.max.0);
                match (r.io_size, lang) {
                    (Some(s), Lang::En) => format!("{max} MB/s at {}", s.words(lang)),
                    (Some(s), Lang::Ko) => format!("I/O {}에서 {max} MB/s", s.words(lang)),
                    (None, _) => format!("{max} MB/s"),
                }
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
    lang: Lang,
) -> (Outcome, &'static str) {
    if rows.is_empty() {
        return (
            Outcome::Unknown,
            lang.pick(
                "no churn limit for this storage",
                "이 스토리지의 데이터 변동률 한도가 없습니다",
            ),
        );
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
            lang.pick(
                "churn per disk is not given; the machine's total is above the lowest per-disk limit",
                "디스크별 데이터 변동률이 없습니다. 머신 전체 값이 디스크별 최저 한도를 넘습니다",
            ),
        )
    } else {
        (
            Outcome::Unknown,
            lang.pick(
                "the limit depends on the average I/O size, which the inventory does not give",
                "한도는 평균 I/O 크기에 따라 다르며, 인벤토리에 I/O 크기가 없습니다",
            ),
        )
    }
}

/// A churn figure (`field`: average or peak) that is not known: unknown, or not evaluated
/// when the file has no column for it.
pub(super) fn churn_gap(v: &Value<f64>, field: Field, full: bool, lang: Lang) -> Eval {
    let what = match (field, lang) {
        (Field::PeakChurn, Lang::En) => "peak churn",
        (_, Lang::En) => "churn",
        (f, Lang::Ko) => f.label_in(lang),
    };
    match v {
        Value::Invalid(bad) => Eval::new(
            Outcome::Unknown,
            match lang {
                Lang::En => format!("{what} {:?}: {}", bad.raw, bad.why.words(lang)),
                Lang::Ko => format!(
                    "{what} {:?}을(를) 읽을 수 없습니다: {}",
                    bad.raw,
                    bad.why.words(lang)
                ),
            },
        ),
        Value::Empty => Eval::new(
            Outcome::Unknown,
            format!("{what}: {}", v.gap_in(lang).unwrap_or_default()),
        ),
        _ => Eval::new(Outcome::NotEvaluated, "").worded(full, |e| {
            e.why(match lang {
                Lang::En => format!("the inventory has no column for {what}"),
                Lang::Ko => format!("인벤토리에 {what} 열이 없습니다"),
            })
        }),
    }
}
