//! Evaluation: every rule of a matrix over one machine → findings and a readiness verdict
//! in Azure Migrate's vocabulary.

use serde::Serialize;

use super::check::dr::DrContext;
use super::check::{Eval, Outcome, Reading};
use super::matrix::{Matrix, Rule, Severity, When};
use super::spec::{Match, best_match};
use crate::model::{Hypervisor, Machine, Value};

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
}

impl Finding {
    /// The message, when kept (always for failures and unknowns).
    pub fn message(&self) -> &str {
        self.detail.as_ref().map_or("", |d| d.message.as_str())
    }
    pub fn eval(&self) -> Option<&Eval> {
        self.detail.as_ref().map(|d| &d.eval)
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

/// Whether a rule's filter holds: yes, no, cannot tell from this row (a blank or unreadable
/// cell), or cannot tell from this file (it has no column for what the filter reads).
enum Applies {
    Yes,
    No(String),
    Maybe(String),
    Absent(String),
}

/// Why a rule does not apply, in words only when `full` asks (explain): a rule that does not
/// apply is a pass, and reports do not word passes.
fn words(full: bool, why: impl FnOnce() -> String) -> String {
    if full { why() } else { String::new() }
}

/// Notes why a filter cannot be told: in `absent` when the file has no column for it (the rule
/// is then not evaluated), else in `maybe` (blank or unreadable: unknown). The first reason of
/// each kind is kept.
fn unsure<T>(
    v: &Value<T>,
    absent: &mut Option<String>,
    maybe: &mut Option<String>,
    why: impl FnOnce() -> String,
) {
    let slot = if matches!(v, Value::Absent) {
        absent
    } else {
        maybe
    };
    if slot.is_none() {
        *slot = Some(why());
    }
}

fn applies(w: &When, m: &Machine, platform: Hypervisor, full: bool) -> Applies {
    let mut maybe: Option<String> = None;
    // A filter over a column the file lacks: the rule is not evaluated, never unknown.
    let mut absent: Option<String> = None;
    if let Some(g) = w.generation {
        match m.effective_generation() {
            Value::Known(x) if x == g => {}
            Value::Known(x) => {
                return Applies::No(words(full, || {
                    format!("applies to generation {g}; this is generation {x}")
                }));
            }
            other => {
                unsure(&other, &mut absent, &mut maybe, || {
                    format!(
                        "applies to generation {g}; generation: {}",
                        other.gap().unwrap_or_default()
                    )
                });
            }
        }
    }
    if let Some(f) = w.firmware {
        match m.effective_firmware() {
            Value::Known(x) if x == f => {}
            Value::Known(x) => {
                return Applies::No(words(full, || {
                    format!(
                        "applies to {} firmware; this is {}",
                        f.as_str().to_uppercase(),
                        x.as_str().to_uppercase()
                    )
                }));
            }
            other => {
                unsure(&other, &mut absent, &mut maybe, || {
                    format!(
                        "applies to {} firmware; firmware: {}",
                        f.as_str().to_uppercase(),
                        other.gap().unwrap_or_default()
                    )
                });
            }
        }
    }
    if let Some(hs) = &w.hypervisor {
        let h = m.hypervisor.known().copied().unwrap_or(platform);
        if !hs.contains(&h) {
            return Applies::No(words(full, || {
                format!(
                    "applies to {} machines; this is a {} machine",
                    hs.iter().map(|h| h.label()).collect::<Vec<_>>().join(", "),
                    h.label()
                )
            }));
        }
    }
    if let Some(list) = &w.os {
        match &m.os {
            Value::Known(os) if os.product == "other" => {
                maybe.get_or_insert(format!(
                    "applies to some OSes; {:?} is not recognised",
                    os.raw
                ));
            }
            Value::Known(os) => match best_match(list, os).0 {
                Match::Yes => {}
                Match::No => {
                    return Applies::No(words(full, || format!("does not apply to {}", os.raw)));
                }
                Match::Partly => {
                    maybe.get_or_insert(format!(
                        "may apply to {} (version not precise enough)",
                        os.raw
                    ));
                }
            },
            other => {
                unsure(other, &mut absent, &mut maybe, || {
                    format!(
                        "applies to some OSes; the OS: {}",
                        other.gap().unwrap_or_default()
                    )
                });
            }
        }
    }
    if let Some(managed) = w.managed {
        let is = match &m.host.managed_by {
            Value::Known(t) => {
                Some(!t.trim().is_empty() && !t.to_ascii_lowercase().starts_with("none"))
            }
            Value::Empty => Some(false),
            Value::Absent => {
                absent.get_or_insert(
                    "applies depending on management; no column for it in the inventory".into(),
                );
                None
            }
            Value::Invalid(_) => None,
        };
        match is {
            Some(x) if x == managed => {}
            Some(_) => {
                return Applies::No(words(full, || {
                    if managed {
                        "applies to managed hosts".into()
                    } else {
                        "applies to unmanaged hosts".into()
                    }
                }));
            }
            None if absent.is_some() => {}
            None => {
                maybe.get_or_insert(
                    "applies depending on management; the cell is unreadable".into(),
                );
            }
        }
    }
    match (absent, maybe) {
        (Some(why), _) => Applies::Absent(why),
        (None, Some(why)) => Applies::Maybe(why),
        (None, None) => Applies::Yes,
    }
}

fn fill(template: &str, e: &Eval, m: &Machine) -> String {
    fill_with(template, e, m, os_cause(m))
}

/// A message template with the finding's values and the cause in the reader's language.
fn fill_with(template: &str, e: &Eval, m: &Machine, cause: &str) -> String {
    let os = m.os.known().map(|o| o.raw.clone()).unwrap_or_default();
    template
        .replace("{actual}", &e.actual)
        .replace("{limit}", &e.limit)
        .replace("{disk}", &e.disk)
        .replace("{name}", &m.name)
        .replace("{os}", &os)
        .replace("{cause}", cause)
}

impl Finding {
    /// The message in Korean where the rule says it in Korean (a failure, in the rule's own
    /// words); `None` where the words are the check's own (an unknown, a pass), which are
    /// English for now.
    pub fn message_ko(&self, rule: &Rule, m: &Machine) -> Option<String> {
        let ko = rule.ko.as_ref()?;
        let e = self.eval()?;
        (self.outcome == Outcome::Fail).then(|| fill_with(&ko.message, e, m, os_cause_ko(m)))
    }
}

/// [`os_cause`] in Korean.
fn os_cause_ko(m: &Machine) -> &'static str {
    let Some(os) = m.os.known() else {
        return "OS를 알 수 없습니다";
    };
    match (os.product.as_str(), os.family) {
        ("windows-client", _) => {
            "Windows 클라이언트 OS이며, Azure에서는 Visual Studio 구독이 있어야 실행할 수 있습니다"
        }
        ("windows-server" | "windows-legacy", _) => "지원이 종료된 Windows Server 릴리스입니다",
        (_, crate::os::Family::Linux) => "Azure가 보증하지 않는 Linux 버전입니다",
        _ => "평가에서 다루지 않는 OS입니다",
    }
}

/// Why an OS is ready only with conditions, by its kind, as Azure Migrate's own reasons tell
/// them apart (`WindowsClientVersionsConditionallySupported`,
/// `WindowsServerVersionsSupportedWithCaveat`, `EndorsedWithConditionsLinuxDistributions`):
/// one cause, not the three lumped together.
fn os_cause(m: &Machine) -> &'static str {
    let Some(os) = m.os.known() else {
        return "the OS is not known";
    };
    match (os.product.as_str(), os.family) {
        ("windows-client", _) => {
            "a Windows client OS, which Azure runs only with a Visual Studio subscription"
        }
        ("windows-server" | "windows-legacy", _) => "a Windows Server release out of support",
        (_, crate::os::Family::Linux) => "a Linux version Azure does not endorse",
        _ => "an OS the assessment does not list",
    }
}

/// The message a finding shows: the rule's own words when it fails, a plain statement
/// otherwise.
fn message(rule: &Rule, e: &Eval, m: &Machine) -> String {
    match e.outcome {
        Outcome::Pass if e.why.starts_with("not applicable") => e.why.clone(),
        Outcome::Fail => fill(&rule.message, e, m),
        Outcome::Pass if e.why.is_empty() => {
            if e.actual.is_empty() {
                "passes".into()
            } else {
                format!("passes: {}", e.actual)
            }
        }
        Outcome::Pass => format!("passes: {}", e.why),
        Outcome::Unknown => format!("cannot tell: {}", e.why),
        Outcome::NotEvaluated => format!("not evaluated: {}", e.why),
    }
}

/// Evaluates one rule: a filter that does not hold passes the rule as not applicable; one that
/// cannot be told makes a failing check unknown (it fails only if the filter holds). Returns
/// the evaluation and whether the rule applies. `full`: word passes too (explain).
fn judge(
    rule: &Rule,
    m: &Machine,
    platform: Hypervisor,
    strict: bool,
    ctx: &DrContext,
    full: bool,
) -> (Eval, bool) {
    let filter = rule
        .when
        .as_ref()
        .map_or(Applies::Yes, |w| applies(w, m, platform, full));
    let mut e = match &filter {
        Applies::No(why) => {
            let e = Eval {
                outcome: Outcome::Pass,
                actual: String::new(),
                limit: String::new(),
                disk: String::new(),
                why: words(full, || format!("not applicable: {why}")),
                readings: Vec::<Reading>::new(),
            };
            return (e, false);
        }
        _ => rule.check.evaluate(m, platform, ctx, full),
    };
    match &filter {
        Applies::Maybe(why) if e.outcome == Outcome::Fail => {
            e.outcome = Outcome::Unknown;
            e.why = format!("{} would fail it, but {why}", e.actual);
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
            e = rule.check.evaluate(m, platform, ctx, true);
        }
        e.outcome = Outcome::Unknown;
    }
    (e, true)
}

/// Evaluates one rule and words its outcome.
pub fn evaluate_rule(
    rule: &Rule,
    m: &Machine,
    platform: Hypervisor,
    strict: bool,
    ctx: &DrContext,
) -> (Outcome, String, Eval) {
    let (e, _) = judge(rule, m, platform, strict, ctx, true);
    let msg = message(rule, &e, m);
    (e.outcome, msg, e)
}

/// Evaluates every rule of `matrix` over `m`.
pub fn assess(
    matrix: &Matrix,
    index: usize,
    m: &Machine,
    strict: bool,
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
            let (eval, applicable) = judge(rule, m, platform, strict, ctx, keep == Keep::All);
            let outcome = eval.outcome;
            if outcome == Outcome::NotEvaluated && !gaps.contains_key(&(index, i)) {
                // Unworded unless every finding is: word it once, for the run's coverage gaps.
                let why = if eval.why.is_empty() {
                    judge(rule, m, platform, strict, ctx, true).0.why
                } else {
                    eval.why.clone()
                };
                gaps.insert((index, i), why);
            }
            let detail = (keep == Keep::All || outcome.is_reported()).then(|| {
                Box::new(Detail {
                    message: message(rule, &eval, m),
                    eval,
                })
            });
            Finding {
                rule: i,
                severity: rule.severity,
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
