//! Disaster-recovery arithmetic: each machine's RPO and RTO targets (its own, its tier's, or
//! the run's defaults), its DR verdict from the matrix's DR rules, and the estate's bandwidth
//! and initial-replication figures. Every limit comes from the `asr-*` matrix files.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::{Machine, Value};
use crate::rules::check::dr::{DrContext, Storage, TargetFrom, achievable_rpo};
use crate::rules::matrix::{Estate as EstateLimits, Matrix};
use crate::rules::{Assessment, Outcome, check::Check};
use crate::units;

/// What the command line says about DR.
#[derive(Debug, Clone, Default)]
pub struct DrOptions {
    /// `--rpo`: the target for machines without one of their own or of their tier.
    pub rpo: Option<u64>,
    pub rto: Option<u64>,
    pub policy: Option<DrPolicy>,
    /// `--bandwidth`, in Mbit/s.
    pub bandwidth_mbps: Option<f64>,
    pub storage: Storage,
    /// `--growth`, as a fraction (0.30); the matrix's default when not given.
    pub growth: Option<f64>,
}

/// A tier policy file: `[tiers.gold] rpo = "30 s"  rto = "1 h"`.
#[derive(Debug, Clone, Default)]
pub struct DrPolicy {
    pub file: String,
    pub tiers: BTreeMap<String, TierTargets>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TierTargets {
    pub rpo: Option<u64>,
    pub rto: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    tiers: BTreeMap<String, TierFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TierFile {
    rpo: Option<crate::rules::spec::Duration>,
    rto: Option<crate::rules::spec::Duration>,
}

/// A DR policy file that cannot be used. Its words (and its `Display`) are the words layer's
/// (`crate::words::dr::policy_error`).
#[derive(Debug)]
pub enum PolicyError {
    /// The system could not read the file.
    Io { file: String, err: std::io::Error },
    /// Over the cap on a policy file, or not a regular file.
    Over {
        file: String,
        why: crate::limits::Over,
    },
    /// Not a policy: the TOML parser's message, at its line.
    Syntax {
        file: String,
        line: usize,
        message: String,
    },
}

impl std::error::Error for PolicyError {}

/// `--growth` that is not a percentage from 0% to 1000%, as typed. Its words (and its
/// `Display`) are the words layer's (`crate::words::dr::growth_error`).
#[derive(Debug, Clone, PartialEq)]
pub enum GrowthError {
    NotANumber(String),
    OutOfRange(String),
}

impl std::error::Error for GrowthError {}

impl DrPolicy {
    /// Reads a policy file, if it is a regular file within its cap
    /// ([`crate::limits::MAX_POLICY_FILE_BYTES`]). The command line reads it through
    /// [`crate::limits::read_text`] itself, to word a refusal in the reader's language.
    pub fn load(path: &Path) -> Result<DrPolicy, PolicyError> {
        let file = || path.display().to_string();
        let text =
            crate::limits::read_text(path, crate::limits::Role::Policy).map_err(|e| match e {
                crate::limits::ReadError::Io(err) => PolicyError::Io { file: file(), err },
                crate::limits::ReadError::Over(why) => PolicyError::Over { file: file(), why },
            })?;
        DrPolicy::parse(&text, &file())
    }

    pub fn parse(text: &str, file: &str) -> Result<DrPolicy, PolicyError> {
        let f: PolicyFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| {
                text[..s.start.min(text.len())].matches('\n').count() + 1
            });
            PolicyError::Syntax {
                file: file.to_string(),
                line,
                message: e.message().trim().to_string(),
            }
        })?;
        let tiers = f
            .tiers
            .into_iter()
            .map(|(k, t)| {
                (
                    k.trim().to_ascii_lowercase(),
                    TierTargets {
                        rpo: t.rpo.map(|d| d.0),
                        rto: t.rto.map(|d| d.0),
                    },
                )
            })
            .collect();
        Ok(DrPolicy {
            file: file.to_string(),
            tiers,
        })
    }
}

/// A machine's targets: its own cell wins, then its tier in the policy, then `--rpo`/`--rto`.
pub fn context(m: &Machine, opts: &DrOptions) -> DrContext {
    let tier = m.dr.tier.known().and_then(|t| {
        opts.policy.as_ref().and_then(|p| {
            p.tiers
                .get(&t.trim().to_ascii_lowercase())
                .map(|x| (t, p, x))
        })
    });
    let pick = |own: &Value<u64>,
                from_tier: Option<u64>,
                default: Option<u64>|
     -> (Value<u64>, TargetFrom) {
        match own {
            Value::Known(_) | Value::Invalid(_) => (own.clone(), TargetFrom::Column),
            _ => match (from_tier, tier, default) {
                (Some(v), Some((t, p, _)), _) => (
                    Value::Known(v),
                    TargetFrom::Tier {
                        tier: t.to_string(),
                        file: p.file.clone(),
                    },
                ),
                (_, _, Some(v)) => (Value::Known(v), TargetFrom::Option),
                _ => (own.clone(), TargetFrom::Nowhere),
            },
        }
    };
    let (rpo, rpo_from) = pick(&m.dr.rpo_seconds, tier.and_then(|t| t.2.rpo), opts.rpo);
    let (rto, rto_from) = pick(&m.dr.rto_seconds, tier.and_then(|t| t.2.rto), opts.rto);
    DrContext {
        rpo,
        rto,
        rpo_from,
        rto_from,
        storage: opts.storage,
        day: None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DrVerdict {
    Meets,
    AtRisk,
    CannotMeet,
    NoTargets,
    Unknown,
}

impl DrVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            DrVerdict::Meets => "meets",
            DrVerdict::AtRisk => "at-risk",
            DrVerdict::CannotMeet => "cannot-meet",
            DrVerdict::NoTargets => "no-targets",
            DrVerdict::Unknown => "unknown",
        }
    }
}

/// A line of a machine's DR arithmetic (what `explain` shows), typed; `crate::words::dr`
/// words it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DrNote {
    /// A DR rule (its index in the matrix) that failed or could not tell: its finding says
    /// why.
    Finding { rule: usize },
    /// The RPO target: the longest copy frequency that meets it, or (none) the recovery
    /// points are created within `achievable` seconds of upload.
    Rpo {
        target: u64,
        frequency: Option<u64>,
        achievable: u64,
    },
    /// The replication link is `short_mbps` short of the estate's churn.
    LinkShort { short_mbps: f64 },
}

/// The one reason a verdict is what it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DrReason {
    /// The first note of the verdict's kind (a DR finding, or the link's shortfall).
    Note(DrNote),
    /// A target (RPO or RTO) cannot be read.
    TargetUnreadable,
    /// No RPO or RTO target.
    NoTargets,
}

/// One machine's DR result against one `asr-*` matrix.
#[derive(Debug, Clone)]
pub struct DrResult {
    pub rpo_target_seconds: Option<u64>,
    pub achievable_rpo_seconds: Option<u64>,
    pub replication_frequency_seconds: Option<u64>,
    pub rto_target_seconds: Option<u64>,
    pub churn_mb_per_s: Option<f64>,
    pub verdict: DrVerdict,
    /// What explains the verdict (none when it meets its targets).
    pub reason: Option<DrReason>,
    /// Why (the arithmetic `explain` shows).
    pub notes: Vec<DrNote>,
    /// Indices of the DR findings in the assessment (as evaluated, before a report drops
    /// the findings it does not show).
    pub findings: Vec<usize>,
}

/// What the estate's figures mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EstateNote {
    /// The churn with its growth needs `required_mbps`; the link is `short_mbps` short, so
    /// every machine with an RPO target is at risk.
    LinkShort {
        required_mbps: f64,
        growth_percent: f64,
        available_mbps: f64,
        short_mbps: f64,
    },
    /// Initial replication of `used_bytes` takes `hours` at `available_mbps`, over the
    /// `goal_hours`.
    InitialOverGoal {
        used_bytes: u64,
        hours: f64,
        available_mbps: f64,
        goal_hours: f64,
    },
}

/// The estate's figures, for the summary and the DR sheet.
#[derive(Debug, Clone, Serialize)]
pub struct EstateDr {
    pub required_bandwidth_mbps: Option<f64>,
    pub available_bandwidth_mbps: Option<f64>,
    /// How far the link falls short (positive) of what the churn needs.
    pub shortfall_mbps: Option<f64>,
    pub initial_replication_hours: Option<f64>,
    pub initial_replication_goal_hours: Option<f64>,
    pub growth_percent: f64,
    pub machines_with_churn: usize,
    pub machines_without_churn: usize,
    pub machines_without_used_storage: usize,
    /// What the figures mean for the estate, typed; `crate::words::dr` words them (and the
    /// JSON writer adds them in the reader's language).
    #[serde(skip)]
    pub notes: Vec<EstateNote>,
    pub verdicts: BTreeMap<String, BTreeMap<DrVerdict, usize>>,
}

/// Whether the matrix has DR rules at all (the `asr-*` ones do).
pub fn has_dr(mx: &Matrix) -> bool {
    mx.rules.iter().any(|r| r.check.is_dr())
}

/// The estate arithmetic: required Mbps = Σ average churn (MB/s) × 8 × (1 + growth); initial
/// replication hours = Σ used storage × 8 ÷ available Mbps.
pub fn estate(machines: &[Machine], opts: &DrOptions, limits: Option<&EstateLimits>) -> EstateDr {
    let growth = opts
        .growth
        .or(limits.map(|l| l.growth_percent / 100.0))
        .unwrap_or(0.0);
    let churns: Vec<f64> = machines.iter().filter_map(Machine::average_churn).collect();
    let used: Vec<u64> = machines
        .iter()
        .filter_map(|m| m.dr.used_bytes.known().copied())
        .collect();
    let required = (!churns.is_empty()).then(|| churns.iter().sum::<f64>() * 8.0 * (1.0 + growth));
    let initial = opts
        .bandwidth_mbps
        .filter(|b| *b > 0.0 && !used.is_empty())
        .map(|b| {
            let bits = used.iter().map(|u| *u as f64).sum::<f64>() * 8.0;
            bits / (b * 1e6) / 3600.0
        });
    let goal = limits
        .and_then(|l| l.initial_replication_goal)
        .map(|d| d.0 as f64 / 3600.0);
    let mut notes = Vec::new();
    if let (Some(r), Some(b)) = (required, opts.bandwidth_mbps)
        && r > b
    {
        notes.push(EstateNote::LinkShort {
            required_mbps: r,
            growth_percent: growth * 100.0,
            available_mbps: b,
            short_mbps: r - b,
        });
    }
    if let (Some(h), Some(g)) = (initial, goal)
        && h > g
    {
        notes.push(EstateNote::InitialOverGoal {
            used_bytes: used.iter().sum(),
            hours: h,
            available_mbps: opts.bandwidth_mbps.unwrap_or_default(),
            goal_hours: g,
        });
    }
    EstateDr {
        required_bandwidth_mbps: required,
        available_bandwidth_mbps: opts.bandwidth_mbps,
        shortfall_mbps: required.zip(opts.bandwidth_mbps).map(|(r, b)| r - b),
        initial_replication_hours: initial,
        initial_replication_goal_hours: goal,
        growth_percent: growth * 100.0,
        machines_with_churn: churns.len(),
        machines_without_churn: machines.len() - churns.len(),
        machines_without_used_storage: machines.len() - used.len(),
        notes,
        verdicts: BTreeMap::new(),
    }
}

/// The DR verdict of one machine: churn or an RPO that cannot be met → cannot-meet; a value
/// that cannot be read → unknown; no target at all → no-targets; an RTO under the SLA or a link
/// too slow for the estate's churn → at-risk; else meets.
pub fn result(
    mx: &Matrix,
    a: &Assessment,
    ctx: &DrContext,
    m: &Machine,
    estate: &EstateDr,
) -> Option<DrResult> {
    if !has_dr(mx) {
        return None;
    }
    let mut notes = Vec::new();
    let mut findings = Vec::new();
    // The first note of each kind: what explains a verdict of that kind.
    let (mut cannot_why, mut risk_why, mut unknown_why) = (None, None, None);
    let mut achievable = None;
    let mut frequency = None;
    for (i, f) in a.findings.iter().enumerate() {
        let rule = &mx.rules[f.rule];
        if !rule.check.is_dr() {
            continue;
        }
        findings.push(i);
        let first = match (&rule.check, f.outcome) {
            (Check::Rto(_), Outcome::Fail) => Some(&mut risk_why),
            (_, Outcome::Fail) => Some(&mut cannot_why),
            (_, Outcome::Unknown) => Some(&mut unknown_why),
            _ => None,
        };
        if let Some(first) = first {
            let note = DrNote::Finding { rule: f.rule };
            first.get_or_insert(note);
            notes.push(note);
        }
        if let (Check::Rpo(rpo), Value::Known(t)) = (&rule.check, &ctx.rpo)
            && let Some((ach, freq)) = achievable_rpo(
                *t,
                rpo.recovery_point_within,
                rpo.copy_frequencies.as_deref(),
            )
        {
            achievable = Some(ach);
            frequency = freq;
            notes.push(DrNote::Rpo {
                target: *t,
                frequency: freq,
                achievable: ach,
            });
        }
    }
    let has_rpo = ctx.rpo.is_known();
    let has_target = has_rpo || ctx.rto.is_known();
    if has_rpo && let Some(short) = estate.shortfall_mbps.filter(|s| *s > 0.0) {
        let note = DrNote::LinkShort { short_mbps: short };
        risk_why.get_or_insert(note);
        notes.push(note);
    }
    let invalid_target =
        matches!(ctx.rpo, Value::Invalid(_)) || matches!(ctx.rto, Value::Invalid(_));
    let verdict = if cannot_why.is_some() {
        DrVerdict::CannotMeet
    } else if unknown_why.is_some() || invalid_target {
        DrVerdict::Unknown
    } else if !has_target {
        DrVerdict::NoTargets
    } else if risk_why.is_some() {
        DrVerdict::AtRisk
    } else {
        DrVerdict::Meets
    };
    let reason = match verdict {
        DrVerdict::CannotMeet => cannot_why.map(DrReason::Note),
        DrVerdict::Unknown => Some(unknown_why.map_or(DrReason::TargetUnreadable, DrReason::Note)),
        DrVerdict::AtRisk => risk_why.map(DrReason::Note),
        DrVerdict::NoTargets => Some(DrReason::NoTargets),
        DrVerdict::Meets => None,
    };
    Some(DrResult {
        reason,
        rpo_target_seconds: ctx.rpo.known().copied(),
        achievable_rpo_seconds: achievable,
        replication_frequency_seconds: frequency,
        rto_target_seconds: ctx.rto.known().copied(),
        churn_mb_per_s: m.average_churn(),
        verdict,
        notes,
        findings,
    })
}

/// `--bandwidth` and `--growth` as typed.
pub fn parse_growth(text: &str) -> Result<f64, GrowthError> {
    let t = text.trim().trim_end_matches('%').trim();
    let v: f64 = units::parse_number(t).ok_or_else(|| GrowthError::NotANumber(text.to_string()))?;
    if !(0.0..=1000.0).contains(&v) {
        return Err(GrowthError::OutOfRange(text.to_string()));
    }
    Ok(v / 100.0)
}
