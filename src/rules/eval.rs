//! Evaluation: every rule of a matrix over one machine → findings and a readiness verdict
//! in Azure Migrate's vocabulary.

use serde::Serialize;

use super::check::dr::DrContext;
use super::check::{Eval, Outcome, Reading};
use super::filter::{Applies, applies, words};
use super::matrix::{Matrix, Rule, Severity};
use super::releases::{Amendment, Cite, Effect};
use crate::model::{Hypervisor, Lang, Machine};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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
/// millions of these. The message and the values read are kept for failures and unknowns
/// (what reports show), and for every finding when [`Keep::All`] asks (explain, JSON).
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

/// What a finding says and what it read.
#[derive(Debug, Clone)]
pub struct Detail {
    pub message: String,
    pub eval: Eval,
    /// The release that decided the finding against its matrix, when one did (a condition
    /// that names both pages); reports cite it and show its fix instead of the rule's.
    pub release: Option<Box<ReleaseFinding>>,
}

/// A finding decided by a release beside the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseFinding {
    pub cite: Cite,
    /// The fix, in the run's language.
    pub remediation: String,
}

impl Finding {
    /// The message, when kept (always for failures and unknowns).
    pub fn message(&self) -> &str {
        self.detail.as_ref().map_or("", |d| d.message.as_str())
    }
    pub fn eval(&self) -> Option<&Eval> {
        self.detail.as_ref().map(|d| &d.eval)
    }
    /// The release that decided it, if one did.
    pub fn release(&self) -> Option<&ReleaseFinding> {
        self.detail.as_ref().and_then(|d| d.release.as_deref())
    }
}

/// Which findings keep their message and readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Failures and unknowns: what the reports show.
    Problems,
    /// Every finding: for `explain`.
    All,
    /// Failures and unknowns without their words: the verdicts and counts, for a writer that
    /// evaluates each machine again as it writes it (JSON) and so need not hold a million
    /// machines' messages and DR results at once.
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

/// A message template with the finding's values and the cause in the reader's language.
fn fill(template: &str, e: &Eval, m: &Machine, lang: Lang) -> String {
    let os = m.os.known().map(|o| o.raw.clone()).unwrap_or_default();
    template
        .replace("{actual}", &e.actual)
        .replace("{limit}", &e.limit)
        .replace("{disk}", &e.disk)
        .replace("{name}", &m.name)
        .replace("{os}", &os)
        .replace("{cause}", os_cause(m, lang))
}

/// Why an OS is ready only with conditions, by its kind, as Azure Migrate's own reasons tell
/// them apart (`WindowsClientVersionsConditionallySupported`,
/// `WindowsServerVersionsSupportedWithCaveat`, `EndorsedWithConditionsLinuxDistributions`):
/// one cause, not the three lumped together.
fn os_cause(m: &Machine, lang: Lang) -> &'static str {
    let Some(os) = m.os.known() else {
        return lang.pick("the OS is not known", "OS를 알 수 없습니다");
    };
    match (os.product.as_str(), os.family) {
        ("windows-client", _) => lang.pick(
            "a Windows client OS, which Azure runs only with a Visual Studio subscription",
            "Windows 클라이언트 OS이며, Azure에서는 Visual Studio 구독이 있어야 실행할 수 있습니다",
        ),
        ("windows-server" | "windows-legacy", _) => lang.pick(
            "a Windows Server release out of support",
            "지원이 종료된 Windows Server 릴리스입니다",
        ),
        (_, crate::os::Family::Linux) => lang.pick(
            "a Linux version Azure does not endorse",
            "Azure가 보증하지 않는 Linux 버전입니다",
        ),
        _ => lang.pick(
            "an OS the assessment does not list",
            "평가에서 다루지 않는 OS입니다",
        ),
    }
}

/// The leading words of a rule that does not apply to the machine, in the reader's language.
fn not_applicable(lang: Lang) -> &'static str {
    lang.pick("not applicable", "해당 없음")
}

/// The message a finding shows, in the reader's language: the rule's own words when it fails
/// (its Korean text under `--lang ko`), a plain statement otherwise.
fn message(rule: &Rule, e: &Eval, m: &Machine, lang: Lang) -> String {
    let (passes, cannot_tell, not_evaluated) = match lang {
        Lang::En => ("passes", "cannot tell", "not evaluated"),
        Lang::Ko => ("통과", "판단할 수 없음", "평가하지 않음"),
    };
    match e.outcome {
        Outcome::Fail => match (lang, &rule.ko) {
            (Lang::Ko, Some(ko)) => fill(&ko.message, e, m, lang),
            _ => fill(&rule.message, e, m, lang),
        },
        // A rule that does not apply says so in its own words (`not applicable: …`).
        Outcome::Pass if e.why.starts_with(not_applicable(lang)) => e.why.clone(),
        Outcome::Pass if e.why.is_empty() => {
            if e.actual.is_empty() {
                passes.into()
            } else {
                format!("{passes}: {}", e.actual)
            }
        }
        Outcome::Pass => format!("{passes}: {}", e.why),
        Outcome::Unknown => format!("{cannot_tell}: {}", e.why),
        Outcome::NotEvaluated => format!("{not_evaluated}: {}", e.why),
    }
}

/// Evaluates one rule: a filter that does not hold passes the rule as not applicable; one that
/// cannot be told makes a failing check unknown (it fails only if the filter holds). Returns
/// the evaluation and whether the rule applies. `full`: word passes too (explain).
fn judge(
    rule: &Rule,
    m: &Machine,
    platform: Hypervisor,
    how: Judging,
    ctx: &DrContext,
    full: bool,
) -> (Eval, bool) {
    let Judging { strict, lang, .. } = how;
    let filter = rule
        .when
        .as_ref()
        .map_or(Applies::Yes, |w| applies(w, m, platform, full, lang));
    let mut e = match &filter {
        Applies::No(why) => {
            let e = Eval {
                outcome: Outcome::Pass,
                actual: String::new(),
                limit: String::new(),
                disk: String::new(),
                why: words(full, || format!("{}: {why}", not_applicable(lang))),
                readings: Vec::<Reading>::new(),
            };
            return (e, false);
        }
        _ => rule.check.evaluate(m, platform, ctx, full, lang),
    };
    match &filter {
        Applies::Maybe(why) if e.outcome == Outcome::Fail => {
            e.outcome = Outcome::Unknown;
            e.why = match lang {
                Lang::En => format!("{} would fail it, but {why}", e.actual),
                Lang::Ko => format!("{}(이)면 실패하지만, {why}", e.actual),
            };
        }
        // The file cannot say whether the rule applies: a failure would be a guess, and so
        // would an unknown; like a rule whose own column is missing, it is not evaluated.
        Applies::Absent(why) if matches!(e.outcome, Outcome::Fail | Outcome::Unknown) => {
            e.outcome = Outcome::NotEvaluated;
            e.why = why.clone();
        }
        _ => {}
    }
    if strict && e.outcome == Outcome::NotEvaluated {
        // Unknown is reported, so it needs the reason a rule not evaluated was left without.
        if !full {
            e = rule.check.evaluate(m, platform, ctx, true, lang);
        }
        e.outcome = Outcome::Unknown;
    }
    (e, true)
}

/// How a run judges: whether a rule not evaluated counts as unknown (`--strict`), and the
/// language its findings are worded in.
#[derive(Debug, Clone, Copy, Default)]
pub struct Judging<'a> {
    pub strict: bool,
    pub lang: Lang,
    /// The selection's release changes in force (`[matrix][rule]`); none: the matrix alone.
    pub releases: &'a [Vec<Vec<Amendment<'a>>>],
    /// Per matrix, the next edition whose undated changes may already apply.
    pub pending: &'a [Option<&'a Matrix>],
}

/// The release, if any, that changes a rule's outcome for this machine: for a failure the
/// newest release in force that supports it; for a pass the newest that withdrew it.
fn by_release<'r>(
    amendments: &'r [Amendment<'r>],
    e: &Eval,
    m: &Machine,
    platform: Hypervisor,
    ctx: &DrContext,
    lang: Lang,
) -> Option<(&'r Amendment<'r>, Effect)> {
    if !matches!(e.outcome, Outcome::Fail | Outcome::Pass) {
        return None;
    }
    // Only a change that could turn this outcome is evaluated: a pass is changed only by a
    // withdrawal or a restated check, a failure only by an addition or a restated check (most
    // machines pass an OS rule that two dozen rollups add to).
    use super::releases::Kind;
    amendments
        .iter()
        .rev()
        .filter(|a| match (e.outcome, a.change.kind()) {
            (Outcome::Pass, Kind::Adds) | (Outcome::Fail, Kind::Withdraws) => false,
            (Outcome::Pass, _) => a.certain,
            _ => true,
        })
        .find_map(|a| {
            let amended = a.check.evaluate(m, platform, ctx, false, lang).outcome;
            a.effect(e.outcome, amended).map(|fx| (a, fx))
        })
}

/// When the next edition's changes are dated only to a span that holds the day assessed, and
/// it judges this rule otherwise (a pass where this edition fails, or the reverse; a failed
/// rule it no longer has), why the rule cannot be told, naming both editions and the span.
#[allow(clippy::too_many_arguments)]
fn undated_change(
    rule: &Rule,
    e: &Eval,
    next: &Matrix,
    this: &Matrix,
    m: &Machine,
    platform: Hypervisor,
    how: Judging,
    ctx: &DrContext,
) -> Option<String> {
    if !matches!(e.outcome, Outcome::Fail | Outcome::Pass) {
        return None;
    }
    let lang = how.lang;
    let later = next.rules.iter().find(|r| r.id == rule.id);
    let (later_outcome, later_says) = match later {
        Some(r) => {
            let (le, _) = judge(r, m, next.matrix.applies_to[0], how, ctx, false);
            let says = message(r, &le, m, lang);
            (le.outcome, says)
        }
        None => (
            Outcome::Pass,
            lang.pick("the rule is gone", "규칙이 없어졌습니다")
                .to_string(),
        ),
    };
    if !matches!(
        (e.outcome, later_outcome),
        (Outcome::Fail, Outcome::Pass) | (Outcome::Pass, Outcome::Fail)
    ) {
        return None;
    }
    let after = next.matrix.changed_after?;
    let says = if e.outcome == Outcome::Fail {
        let full = if e.actual.is_empty() {
            judge(rule, m, platform, how, ctx, true).0
        } else {
            e.clone()
        };
        message(rule, &full, m, lang)
    } else {
        lang.pick("passes", "통과").to_string()
    };
    let (ed, nx) = (this.edition(), next.edition());
    let (after, ed, nx) = (lang.day(after), lang.day(ed), lang.day(nx));
    Some(match lang {
        Lang::En => format!(
            "cannot tell: the page changed between {after} and {nx}, and no copy read dates the change closer; the edition of {ed} says: {says}; that of {nx}: {later_says}"
        ),
        Lang::Ko => format!(
            "판단할 수 없음: 페이지가 {after}부터 {nx} 사이에 바뀌었고, 읽은 사본으로는 바뀐 날짜를 더 좁힐 수 없습니다. {ed} 판: {says}. {nx} 판: {later_says}"
        ),
    })
}

/// Evaluates one rule and words its outcome.
pub fn evaluate_rule(
    rule: &Rule,
    m: &Machine,
    platform: Hypervisor,
    how: Judging,
    ctx: &DrContext,
) -> (Outcome, String, Eval) {
    let (e, _) = judge(rule, m, platform, how, ctx, true);
    let msg = message(rule, &e, m, how.lang);
    (e.outcome, msg, e)
}

/// Evaluates every rule of `matrix` over `m`.
pub fn assess(
    matrix: &Matrix,
    index: usize,
    m: &Machine,
    how: Judging,
    ctx: &DrContext,
    keep: Keep,
    gaps: &mut std::collections::BTreeMap<(usize, usize), String>,
) -> Assessment {
    let platform = matrix.matrix.applies_to[0];
    let findings: Vec<Finding> = matrix
        .rules
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            // The message is worded only when it will be kept; a pass or a rule not evaluated
            // only when every finding keeps its words.
            let (mut eval, applicable) = judge(rule, m, platform, how, ctx, keep == Keep::All);
            let amendments = how
                .releases
                .get(index)
                .and_then(|per| per.get(i))
                .map_or(&[][..], |v| v.as_slice());
            let decided = if applicable && !amendments.is_empty() && rule.severity != Severity::Info
            {
                by_release(amendments, &eval, m, platform, ctx, how.lang)
            } else {
                None
            };
            let mut severity = rule.severity;
            let mut release = None;
            if let Some((a, fx)) = decided {
                // The matrix's own words first: the release's message quotes them.
                if eval.outcome == Outcome::Fail && eval.actual.is_empty() {
                    eval = judge(rule, m, platform, how, ctx, true).0;
                }
                let says = message(rule, &eval, m, how.lang);
                let text = a.message(fx, matrix.edition(), &says, how.lang);
                match fx {
                    Effect::Supports | Effect::Withdraws => {
                        severity = Severity::Condition;
                        eval.outcome = Outcome::Fail;
                    }
                    Effect::MaybeSupports => eval.outcome = Outcome::Unknown,
                }
                eval.why = text;
                release = Some(Box::new(ReleaseFinding {
                    cite: a.cite(fx, how.lang),
                    remediation: a.remediation(fx, how.lang),
                }));
            }
            let mut worded = release.is_some();
            if !worded
                && applicable
                && rule.severity != Severity::Info
                && let Some(next) = how.pending.get(index).copied().flatten()
                && let Some(text) = undated_change(rule, &eval, next, matrix, m, platform, how, ctx)
            {
                eval.outcome = Outcome::Unknown;
                eval.why = text;
                worded = true;
            }
            let outcome = eval.outcome;
            if outcome == Outcome::NotEvaluated && !gaps.contains_key(&(index, i)) {
                // Unworded unless every finding is: word it once, for the run's coverage gaps.
                let why = if eval.why.is_empty() {
                    judge(rule, m, platform, how, ctx, true).0.why
                } else {
                    eval.why.clone()
                };
                gaps.insert((index, i), why);
            }
            let detail = (keep == Keep::All || outcome.is_reported()).then(|| {
                let message = if worded {
                    eval.why.clone()
                } else {
                    message(rule, &eval, m, how.lang)
                };
                Box::new(Detail {
                    message,
                    eval,
                    release,
                })
            });
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
