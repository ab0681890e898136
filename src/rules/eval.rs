//! Evaluation: every rule of a matrix over one machine → findings and a readiness verdict
//! in Azure Migrate's vocabulary.

use serde::{Deserialize, Serialize};

use super::check::dr::DrContext;
use super::check::{Eval, Later, Outcome, Why};
use super::filter::{Applies, applies};
use super::matrix::{Matrix, Rule, Severity};
use super::releases::{Amendment, Effect};
use crate::model::{Hypervisor, Machine};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Readiness {
    Ready,
    ReadyWithConditions,
    Unknown,
    NotReady,
    /// The target's platform rule excludes the machine (a VMware VM under the Hyper-V
    /// scenario): the scenario does not speak of it, so it is neither ready nor not ready.
    NotApplicable,
}

impl Readiness {
    pub fn as_str(self) -> &'static str {
        match self {
            Readiness::Ready => "ready",
            Readiness::ReadyWithConditions => "ready-with-conditions",
            Readiness::NotReady => "not-ready",
            Readiness::Unknown => "unknown",
            Readiness::NotApplicable => "not-applicable",
        }
    }
    /// Eligible in the exam sense: can go (possibly after meeting conditions).
    pub fn eligible(self) -> bool {
        matches!(self, Readiness::Ready | Readiness::ReadyWithConditions)
    }
}

/// One rule's result for one machine. Small on purpose: an estate of 100,000 machines holds
/// millions of these. What the check saw is kept for failures and unknowns (what reports
/// show), and for every finding when [`Keep::All`] asks (explain, JSON); the words layer says
/// it.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Index of the rule in its matrix.
    pub rule: usize,
    pub severity: super::Severity,
    pub outcome: Outcome,
    /// False when the rule's filter says it does not apply to this machine.
    pub applicable: bool,
    pub detail: Option<Box<Detail>>,
}

/// What a finding saw, typed.
#[derive(Debug, Clone)]
pub struct Detail {
    pub eval: Eval,
}

impl Finding {
    pub fn eval(&self) -> Option<&Eval> {
        self.detail.as_ref().map(|d| &d.eval)
    }
    /// The release that decided it against its matrix, if one did: the index of the
    /// amendment among the rule's releases in force, and what it does.
    pub fn release(&self) -> Option<(usize, Effect)> {
        match self.eval()?.why {
            Why::Release { amendment, effect } => Some((usize::from(amendment), effect)),
            _ => None,
        }
    }
}

/// Which findings keep their message and readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Failures and unknowns: what the reports show.
    Problems,
    /// Every finding: for `explain`.
    All,
    /// Failures and unknowns without what they saw: the verdicts and counts, for a writer that
    /// writes each machine as it is evaluated (JSON) and so need not hold a million machines'
    /// findings and DR results at once.
    Verdicts,
}

/// One machine against one matrix.
#[derive(Debug, Clone)]
pub struct Assessment {
    /// Index of the matrix in the selection.
    pub matrix: usize,
    pub readiness: Readiness,
    pub findings: Vec<Finding>,
    /// Which applicable blocking rules were evaluated ([`super::coverage`]): taken before a
    /// run drops the findings reports do not list.
    pub coverage: super::coverage::Coverage,
}

impl Assessment {
    /// The failed blockers (or, for an unknown verdict, the unknown blockers) that decide it.
    pub fn deciding(&self) -> impl Iterator<Item = &Finding> {
        let want = match self.readiness {
            Readiness::NotReady | Readiness::NotApplicable => {
                Some((Severity::Blocker, Outcome::Fail))
            }
            Readiness::Unknown => Some((Severity::Blocker, Outcome::Unknown)),
            _ => None,
        };
        self.findings
            .iter()
            .filter(move |f| want.is_some_and(|(s, o)| f.severity == s && f.outcome == o))
    }
    /// The conditions that make it ready-with-conditions.
    pub fn conditions(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Condition && f.outcome.is_reported())
    }
}

/// Evaluates one rule: a filter that does not hold passes the rule as not applicable; one that
/// cannot be told makes a failing check unknown (it fails only if the filter holds). Returns
/// the evaluation and whether the rule applies. `full`: keep what passes read too (explain).
fn judge(
    rule: &Rule,
    m: &Machine,
    platform: Hypervisor,
    how: Judging,
    ctx: &DrContext,
    full: bool,
) -> (Eval, bool) {
    let strict = how.strict;
    let filter = rule
        .when
        .as_ref()
        .map_or(Applies::Yes, |w| applies(w, m, platform));
    let mut e = match filter {
        Applies::No(why) => {
            return (Eval::new(Outcome::Pass, Why::NotApplicable(why)), false);
        }
        Applies::Maybe(why) => {
            let mut e = rule.check.evaluate(m, platform, ctx, full);
            if e.outcome == Outcome::Fail {
                e.outcome = Outcome::Unknown;
                e.why = Why::WouldFail(why);
            }
            e
        }
        // The file cannot say whether the rule applies: a failure would be a guess, and so
        // would an unknown; like a rule whose own column is missing, it is not evaluated.
        Applies::Absent(why) => {
            let mut e = rule.check.evaluate(m, platform, ctx, full);
            if matches!(e.outcome, Outcome::Fail | Outcome::Unknown) {
                e.outcome = Outcome::NotEvaluated;
                e.why = Why::Filter(why);
            }
            e
        }
        Applies::Yes => rule.check.evaluate(m, platform, ctx, full),
    };
    if strict && e.outcome == Outcome::NotEvaluated {
        // Unknown is reported, so it keeps what it read: the check's own answer (a run that
        // keeps every finding's readings keeps the filter's reason, as it always has).
        if !full {
            e = rule.check.evaluate(m, platform, ctx, true);
        }
        e.outcome = Outcome::Unknown;
    }
    (e, true)
}

/// How a run judges: whether a rule not evaluated counts as unknown (`--strict`), and the
/// releases and pending editions beside the matrices.
#[derive(Debug, Clone, Copy, Default)]
pub struct Judging<'a> {
    pub strict: bool,
    /// The selection's release changes in force (`[matrix][rule]`); none: the matrix alone.
    pub releases: &'a [Vec<Vec<Amendment<'a>>>],
    /// Per matrix, the next edition whose undated changes may already apply.
    pub pending: &'a [Option<&'a Matrix>],
}

/// The release, if any, that changes a rule's outcome for this machine: for a failure the
/// newest release in force that supports it; for a pass the newest that withdrew it. Returns
/// its index among `amendments`.
fn by_release(
    amendments: &[Amendment<'_>],
    e: &Eval,
    m: &Machine,
    platform: Hypervisor,
    ctx: &DrContext,
) -> Option<(usize, Effect)> {
    if !matches!(e.outcome, Outcome::Fail | Outcome::Pass) {
        return None;
    }
    // Only a change that could turn this outcome is evaluated: a pass is changed only by a
    // withdrawal or a restated check, a failure only by an addition or a restated check (most
    // machines pass an OS rule that two dozen rollups add to).
    use super::releases::Kind;
    amendments
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, a)| match (e.outcome, a.change.kind()) {
            (Outcome::Pass, Kind::Adds) | (Outcome::Fail, Kind::Withdraws) => false,
            (Outcome::Pass, _) => a.certain,
            _ => true,
        })
        .find_map(|(i, a)| {
            let amended = a.check.evaluate(m, platform, ctx, false).outcome;
            a.effect(e.outcome, amended).map(|fx| (i, fx))
        })
}

/// When the next edition's changes are dated only to a span that holds the day assessed, and
/// it judges this rule otherwise (a pass where this edition fails, or the reverse; a failed
/// rule it no longer has), why the rule cannot be told: what each edition makes of it.
fn undated_change(
    rule: &Rule,
    e: &Eval,
    next: &Matrix,
    m: &Machine,
    how: Judging,
    ctx: &DrContext,
) -> Option<Why> {
    if !matches!(e.outcome, Outcome::Fail | Outcome::Pass) {
        return None;
    }
    let later = match next.rules.iter().find(|r| r.id == rule.id) {
        Some(r) => {
            let (le, _) = judge(r, m, next.matrix.applies_to[0], how, ctx, false);
            match le.outcome {
                Outcome::Pass => Later::Passes,
                Outcome::Fail => Later::Fails(Box::new(le)),
                _ => return None,
            }
        }
        None => Later::Gone,
    };
    let later_fails = matches!(later, Later::Fails(_));
    if !matches!(
        (e.outcome, later_fails),
        (Outcome::Fail, false) | (Outcome::Pass, true)
    ) {
        return None;
    }
    next.matrix.changed_after?;
    Some(Why::Undated {
        was: e.outcome,
        later,
    })
}

/// Evaluates one rule, keeping all it read.
pub fn evaluate_rule(
    rule: &Rule,
    m: &Machine,
    platform: Hypervisor,
    how: Judging,
    ctx: &DrContext,
) -> Eval {
    judge(rule, m, platform, how, ctx, true).0
}

/// Evaluates every rule of `matrix` over `m`.
pub fn assess(
    matrix: &Matrix,
    index: usize,
    m: &Machine,
    how: Judging,
    ctx: &DrContext,
    keep: Keep,
    gaps: &mut std::collections::BTreeMap<(usize, usize), Why>,
) -> Assessment {
    let platform = matrix.matrix.applies_to[0];
    let findings: Vec<Finding> = matrix
        .rules
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            // What a pass or a rule not evaluated read is kept only when every finding is.
            let (mut eval, applicable) = judge(rule, m, platform, how, ctx, keep == Keep::All);
            let amendments = how
                .releases
                .get(index)
                .and_then(|per| per.get(i))
                .map_or(&[][..], |v| v.as_slice());
            let decided = if applicable && !amendments.is_empty() && rule.severity != Severity::Info
            {
                by_release(amendments, &eval, m, platform, ctx)
            } else {
                None
            };
            let mut severity = rule.severity;
            if let Some((a, fx)) = decided {
                match fx {
                    Effect::Supports | Effect::Withdraws => {
                        severity = Severity::Condition;
                        eval.outcome = Outcome::Fail;
                    }
                    Effect::MaybeSupports => eval.outcome = Outcome::Unknown,
                }
                eval.why = Why::Release {
                    amendment: u16::try_from(a).unwrap_or(u16::MAX),
                    effect: fx,
                };
            } else if applicable
                && rule.severity != Severity::Info
                && let Some(next) = how.pending.get(index).copied().flatten()
                && let Some(why) = undated_change(rule, &eval, next, m, how, ctx)
            {
                eval.outcome = Outcome::Unknown;
                eval.why = why;
            }
            let outcome = eval.outcome;
            if outcome == Outcome::NotEvaluated && !gaps.contains_key(&(index, i)) {
                gaps.insert((index, i), eval.why.clone());
            }
            let detail =
                (keep == Keep::All || outcome.is_reported()).then(|| Box::new(Detail { eval }));
            Finding {
                rule: i,
                severity,
                outcome,
                applicable,
                detail,
            }
        })
        .collect();
    // A failed blocking platform rule: the machine is not this scenario's to judge.
    let excluded = findings.iter().any(|f| {
        f.severity == Severity::Blocker
            && f.outcome == Outcome::Fail
            && matrix.rules[f.rule].check.is_platform()
    });
    let readiness = if excluded {
        Readiness::NotApplicable
    } else {
        readiness(&findings)
    };
    Assessment {
        matrix: index,
        readiness,
        coverage: super::coverage::Coverage::of(&findings),
        findings,
    }
}

/// A failed blocker → not ready; else an unknown blocker → unknown; else a failed or unknown
/// condition → ready with conditions; else ready. Info never changes the verdict.
pub fn readiness(findings: &[Finding]) -> Readiness {
    let has = |s: Severity, o: Outcome| findings.iter().any(|f| f.severity == s && f.outcome == o);
    if has(Severity::Blocker, Outcome::Fail) {
        Readiness::NotReady
    } else if has(Severity::Blocker, Outcome::Unknown) {
        Readiness::Unknown
    } else if has(Severity::Condition, Outcome::Fail) || has(Severity::Condition, Outcome::Unknown)
    {
        Readiness::ReadyWithConditions
    } else {
        Readiness::Ready
    }
}
