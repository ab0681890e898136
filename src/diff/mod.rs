//! What changed between two assessments of an estate: two JSON reports (`rehost assess
//! --format json`), or two inventories assessed alike. Per machine and target, the verdict
//! before and after and why it moved: rules newly failing or unknown, rules fixed, the
//! matrix edition changed; machines that appear or disappear; totals.

use std::collections::BTreeMap;
use std::io::Read;

use serde::Serialize;

use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::rules::{Outcome, Readiness};
use crate::schema::{Assessment, Finding, Machine, ReadAssessment, ReadMachine, ReadReport};

/// The part of a report a comparison reads: the report's own schema ([`crate::schema`]), the
/// writer's parts skipped.
pub type Snapshot = ReadReport;

/// A report that cannot be read as one. Its words (and its `Display`, in English) are the
/// words layer's (`crate::words::report::diff_error`); the JSON parser's own reason is quoted
/// as it wrote it.
#[derive(Debug)]
pub enum DiffError {
    Io {
        file: String,
        err: std::io::Error,
    },
    /// A pipe, a device or a folder: never waited on.
    NotAFile {
        file: String,
    },
    Json {
        file: String,
        err: serde_json::Error,
    },
}

impl std::error::Error for DiffError {}

impl Snapshot {
    /// Reads a report written by `rehost assess --format json`.
    pub fn read(file: &str, r: impl Read) -> Result<Snapshot, DiffError> {
        serde_json::from_reader(std::io::BufReader::new(r)).map_err(|err| DiffError::Json {
            file: file.to_string(),
            err,
        })
    }

    pub fn load(path: &std::path::Path) -> Result<Snapshot, DiffError> {
        let file = path.display().to_string();
        // A report is a regular file: a pipe or a device would be waited on or read for ever
        // (a JSON report is streamed, so its size needs no cap of its own).
        if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) && path.exists() {
            return Err(DiffError::NotAFile { file });
        }
        let f = std::fs::File::open(path).map_err(|err| DiffError::Io {
            file: file.clone(),
            err,
        })?;
        Snapshot::read(&file, f)
    }

    /// The same view of an evaluation made in this run.
    /// Two inventories assessed alike; the rules' messages in `lang`.
    pub fn of(inv: &Inventory, ev: &Evaluation<'_>, lang: crate::words::Lang) -> Snapshot {
        let machines = inv
            .machines
            .iter()
            .zip(&ev.per_machine)
            .map(|(m, per)| Machine {
                name: m.name.clone(),
                rest: (),
                assessments: per
                    .iter()
                    .map(|a| {
                        let mx = ev.selection.matrices[a.matrix];
                        Assessment {
                            target: mx.target().to_string(),
                            edition: mx.edition().to_string(),
                            readiness: a.readiness,
                            blocking: Vec::new(),
                            findings: a
                                .findings
                                .iter()
                                .filter(|f| f.outcome.is_reported())
                                .map(|f| Finding {
                                    rule: mx.rules[f.rule].id.clone(),
                                    outcome: f.outcome,
                                    severity: f.severity,
                                    message: crate::words::finding::message(
                                        crate::words::finding::Of::in_selection(
                                            &ev.selection,
                                            a.matrix,
                                        ),
                                        f,
                                        m,
                                        lang,
                                    ),
                                    rest: (),
                                })
                                .collect(),
                            rest: (),
                        }
                    })
                    .collect(),
            })
            .collect();
        Snapshot { machines }
    }
}

/// How a verdict moved, best first; none for a machine the target does not speak of.
fn rank(readiness: Readiness) -> Option<u8> {
    match readiness {
        Readiness::Ready => Some(0),
        Readiness::ReadyWithConditions => Some(1),
        Readiness::Unknown => Some(2),
        Readiness::NotReady => Some(3),
        Readiness::NotApplicable => None,
    }
}

/// A rule's outcome as a comparison sees it: reported (failed or unknown) or clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reported {
    Fail,
    Unknown,
    /// Not among the findings, or passed or not evaluated (a report before rules were listed
    /// by id wrote those among the findings too).
    Clear,
}

impl Reported {
    fn of(outcome: Option<Outcome>) -> Reported {
        match outcome {
            Some(Outcome::Fail) => Reported::Fail,
            Some(Outcome::Unknown) => Reported::Unknown,
            Some(Outcome::Pass | Outcome::NotEvaluated) | None => Reported::Clear,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Reported::Fail => "fail",
            Reported::Unknown => "unknown",
            Reported::Clear => "clear",
        }
    }
}

/// A rule whose outcome changed for a machine.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleMove {
    pub rule: String,
    pub before: Reported,
    pub after: Reported,
    /// The message of the side that reports it (the new one when both do).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub message: String,
}

/// One machine and target whose verdict differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictMove {
    pub machine: String,
    pub target: String,
    pub before: Readiness,
    pub after: Readiness,
    pub edition_before: String,
    pub edition_after: String,
    /// `better`, `worse` or `changed` (not-applicable on one side).
    pub direction: &'static str,
    pub rules: Vec<RuleMove>,
}

/// The whole comparison.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diff {
    pub changed: Vec<VerdictMove>,
    /// Machines only in the new report, and only in the old one.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// Machines in both, and machine × target verdicts compared.
    pub machines_compared: usize,
    pub verdicts_compared: usize,
    pub better: usize,
    pub worse: usize,
}

/// Compares `old` with `new`: machines matched by name (case-insensitive, the first of a
/// repeated name), targets by id.
pub fn diff(old: &Snapshot, new: &Snapshot) -> Diff {
    let key = |n: &str| n.to_lowercase();
    let mut old_by: BTreeMap<String, &ReadMachine> = BTreeMap::new();
    for m in &old.machines {
        old_by.entry(key(&m.name)).or_insert(m);
    }
    let mut new_keys = std::collections::BTreeSet::new();
    let mut out = Diff::default();
    for m in &new.machines {
        let k = key(&m.name);
        if !new_keys.insert(k.clone()) {
            continue;
        }
        let Some(before) = old_by.get(&k) else {
            out.added.push(m.name.clone());
            continue;
        };
        out.machines_compared += 1;
        for a in &m.assessments {
            let Some(b) = before.assessments.iter().find(|b| b.target == a.target) else {
                continue;
            };
            out.verdicts_compared += 1;
            if a.readiness == b.readiness {
                continue;
            }
            let outcome = |t: &ReadAssessment, rule: &str| {
                t.findings
                    .iter()
                    .find(|f| f.rule == rule)
                    .map(|f| (f.outcome, f.message.clone()))
            };
            let mut rules: Vec<RuleMove> = Vec::new();
            let mut ids: Vec<&str> = b.findings.iter().map(|f| f.rule.as_str()).collect();
            for f in &a.findings {
                if !ids.contains(&f.rule.as_str()) {
                    ids.push(&f.rule);
                }
            }
            for id in ids {
                let (was, now) = (outcome(b, id), outcome(a, id));
                let was_o = Reported::of(was.as_ref().map(|(o, _)| *o));
                let now_o = Reported::of(now.as_ref().map(|(o, _)| *o));
                if was_o != now_o {
                    let message = now.or(was).map(|(_, m)| m).unwrap_or_default();
                    rules.push(RuleMove {
                        rule: id.to_string(),
                        before: was_o,
                        after: now_o,
                        message,
                    });
                }
            }
            let direction = match (rank(b.readiness), rank(a.readiness)) {
                (Some(rb), Some(ra)) if ra < rb => {
                    out.better += 1;
                    "better"
                }
                (Some(_), Some(_)) => {
                    out.worse += 1;
                    "worse"
                }
                _ => "changed",
            };
            out.changed.push(VerdictMove {
                machine: m.name.clone(),
                target: a.target.clone(),
                before: b.readiness,
                after: a.readiness,
                edition_before: b.edition.clone(),
                edition_after: a.edition.clone(),
                direction,
                rules,
            });
        }
    }
    for (k, m) in &old_by {
        if !new_keys.contains(k) {
            out.removed.push(m.name.clone());
        }
    }
    out
}
