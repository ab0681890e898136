//! What every output format summarises: per target, readiness counts, the most frequent
//! blocking rules and the coverage gaps; plus the data-quality records the rules add.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::engine::Evaluation;
use crate::inventory::{DataQuality, Inventory, Issue, Note};
use crate::rules::coverage::Checked;
use crate::rules::{Outcome, Readiness, Severity};
use crate::words::Lang;

/// Readiness counts in report order.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Counts {
    /// Ready, fully or partly checked.
    pub ready: usize,
    /// Of `ready`, those with applicable blocking rules not evaluated (the inventory has no
    /// column for them): ready as far as checked.
    pub ready_partly_checked: usize,
    /// Ready with conditions, fully or partly checked.
    pub ready_with_conditions: usize,
    /// Of `ready_with_conditions`, those with blocking rules not evaluated.
    pub ready_with_conditions_partly_checked: usize,
    pub not_ready: usize,
    pub unknown: usize,
    /// Machines the target's platform rule excludes: counted apart, never as not ready.
    pub not_applicable: usize,
}

impl Counts {
    pub fn add(&mut self, r: Readiness) {
        match r {
            Readiness::Ready => self.ready += 1,
            Readiness::ReadyWithConditions => self.ready_with_conditions += 1,
            Readiness::NotReady => self.not_ready += 1,
            Readiness::Unknown => self.unknown += 1,
            Readiness::NotApplicable => self.not_applicable += 1,
        }
    }
    /// Counts a verdict with its coverage ([`crate::rules::coverage`]).
    pub fn add_checked(&mut self, c: Checked) {
        self.add(c.readiness);
        match c.readiness {
            Readiness::Ready if c.partly => self.ready_partly_checked += 1,
            Readiness::ReadyWithConditions if c.partly => {
                self.ready_with_conditions_partly_checked += 1
            }
            _ => {}
        }
    }
    /// Machines of a verdict, fully checked (`partly` false) or partly (true); the other
    /// verdicts are never partly checked.
    pub fn get_checked(&self, r: Readiness, partly: bool) -> usize {
        let part = match r {
            Readiness::Ready => self.ready_partly_checked,
            Readiness::ReadyWithConditions => self.ready_with_conditions_partly_checked,
            _ => 0,
        };
        if partly { part } else { self.get(r) - part }
    }
    /// Any verdict rests on blocking rules not evaluated.
    pub fn any_partly_checked(&self) -> bool {
        self.ready_partly_checked + self.ready_with_conditions_partly_checked > 0
    }
    pub fn get(&self, r: Readiness) -> usize {
        match r {
            Readiness::Ready => self.ready,
            Readiness::ReadyWithConditions => self.ready_with_conditions,
            Readiness::NotReady => self.not_ready,
            Readiness::Unknown => self.unknown,
            Readiness::NotApplicable => self.not_applicable,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleCount {
    pub rule: String,
    pub title: String,
    pub machines: usize,
    /// For coverage gaps: what the inventory lacks.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TargetSummary {
    pub target: String,
    pub edition: String,
    pub title: String,
    pub source: String,
    pub readiness: Counts,
    /// Failed blockers, most frequent first (ten at most).
    pub top_blockers: Vec<RuleCount>,
    /// Failed conditions, then blockers that could not be judged (unknown), most frequent
    /// first (ten at most each): what the terminal names when no blocker failed, so that a
    /// target whose machines are all "with conditions" or "unknown" (hygiene on an export
    /// whose state columns hold placeholders) still says why. Not in JSON, whose machines
    /// carry every finding.
    #[serde(skip)]
    pub top_conditions: Vec<RuleCount>,
    #[serde(skip)]
    pub top_unknowns: Vec<RuleCount>,
    /// Rules not evaluated because the inventory has no column for them.
    pub coverage_gaps: Vec<RuleCount>,
    /// Blocking rules not evaluated for machines found ready or ready with conditions, with
    /// how many such machines each leaves partly checked: what their verdict was not checked
    /// against.
    pub unchecked_blockers: Vec<RuleCount>,
    /// The service quotas the machines in the target's scope exceed, each a sentence (estate
    /// notes, not machine verdicts); left out where there are none, so targets without
    /// quotas write what they wrote before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub quotas: Vec<String>,
    /// What the target's pages ask that no inventory shows, to check on each machine; left
    /// out where the target lists nothing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub manual: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub tool: String,
    pub files: Vec<String>,
    pub machines: usize,
    pub as_of: Option<String>,
    pub strict: bool,
    pub targets: Vec<TargetSummary>,
    /// Targets named but without an edition at the date.
    pub left_out: Vec<String>,
}

/// Why rule `r` of matrix `j` was not evaluated, as first met, in the run's language.
fn gap_reason(inv: &Inventory, ev: &Evaluation<'_>, j: usize, r: usize, lang: Lang) -> String {
    match ev.gap_why.get(&(j, r)) {
        Some((machine, why)) => match inv.machines.get(*machine) {
            Some(m) => crate::words::finding::gap_why(
                crate::words::finding::Of::in_selection(&ev.selection, j),
                r,
                why,
                m,
                lang,
            ),
            None => String::new(),
        },
        None => String::new(),
    }
}

pub fn summarise(inv: &Inventory, ev: &Evaluation<'_>, lang: Lang) -> Summary {
    let mut targets = Vec::new();
    for (j, m) in ev.selection.matrices.iter().enumerate() {
        let mut counts = Counts::default();
        let mut blockers: BTreeMap<usize, usize> = BTreeMap::new();
        let mut conditions: BTreeMap<usize, usize> = BTreeMap::new();
        let mut unknowns: BTreeMap<usize, usize> = BTreeMap::new();
        let mut gaps: BTreeMap<usize, (usize, String)> = BTreeMap::new();
        let mut unchecked: BTreeMap<usize, usize> = BTreeMap::new();
        for per in &ev.per_machine {
            let a = &per[j];
            let checked = Checked::of(a);
            counts.add_checked(checked);
            if checked.partly {
                for r in a.coverage.not_evaluated() {
                    *unchecked.entry(r).or_default() += 1;
                }
            }
            if a.readiness == Readiness::NotApplicable {
                // Its platform blocker is why it is not applicable, not a blocker to fix.
                continue;
            }
            for f in &a.findings {
                match (f.severity, f.outcome) {
                    (Severity::Blocker, Outcome::Fail) => *blockers.entry(f.rule).or_default() += 1,
                    (Severity::Condition, Outcome::Fail) => {
                        *conditions.entry(f.rule).or_default() += 1
                    }
                    (Severity::Blocker, Outcome::Unknown) => {
                        *unknowns.entry(f.rule).or_default() += 1
                    }
                    _ => {}
                }
            }
        }
        for ((jm, r), n) in &ev.gap_counts {
            if *jm == j {
                let why = gap_reason(inv, ev, j, *r, lang);
                gaps.insert(*r, (*n, why));
            }
        }
        let ranked = |counts: BTreeMap<usize, usize>| {
            let mut top: Vec<RuleCount> = counts
                .into_iter()
                .map(|(r, n)| RuleCount {
                    rule: m.rules[r].id.clone(),
                    title: crate::words::finding::rule_title(&m.rules[r], lang).into_owned(),
                    machines: n,
                    why: String::new(),
                })
                .collect();
            top.sort_by(|a, b| b.machines.cmp(&a.machines).then(a.rule.cmp(&b.rule)));
            top.truncate(10);
            top
        };
        let top = ranked(blockers);
        let top_conditions = ranked(conditions);
        let top_unknowns = ranked(unknowns);
        let coverage_gaps = gaps
            .into_iter()
            .map(|(r, (n, why))| RuleCount {
                rule: m.rules[r].id.clone(),
                title: crate::words::finding::rule_title(&m.rules[r], lang).into_owned(),
                machines: n,
                why,
            })
            .collect();
        let unchecked_blockers = unchecked
            .into_iter()
            .map(|(r, n)| RuleCount {
                rule: m.rules[r].id.clone(),
                title: crate::words::finding::rule_title(&m.rules[r], lang).into_owned(),
                machines: n,
                why: gap_reason(inv, ev, j, r, lang),
            })
            .collect();
        // The quotas are the terminal's: of the machines the target does not leave out.
        let in_scope = inv.machines.len().saturating_sub(counts.not_applicable);
        let quotas = crate::words::manual::quotas(m, in_scope, lang);
        targets.push(TargetSummary {
            target: m.target().to_string(),
            edition: m.edition().to_string(),
            title: crate::words::finding::matrix_title(&m.matrix, lang).into_owned(),
            source: m.matrix.source.clone(),
            readiness: counts,
            top_blockers: top,
            top_conditions,
            top_unknowns,
            coverage_gaps,
            unchecked_blockers,
            quotas,
            manual: crate::words::manual::checks(m, lang),
        });
    }
    Summary {
        tool: format!("rehost {}", env!("CARGO_PKG_VERSION")),
        files: inv.files.clone(),
        machines: inv.machines.len(),
        as_of: ev.selection.as_of.map(|d| d.to_string()),
        strict: ev.strict,
        targets,
        left_out: ev
            .selection
            .left_out
            .iter()
            .map(|l| crate::words::rules::left_out(l, lang))
            .collect(),
    }
}

/// The inventory's data-quality records plus one per coverage gap: a rule the inventory gives
/// no column for is named in data quality as well as in the summary.
/// Every message is worded in `lang`.
pub fn data_quality(inv: &Inventory, summary: &Summary, lang: Lang) -> Vec<DataQuality> {
    let mut out: Vec<DataQuality> = inv
        .data_quality
        .iter()
        .map(|d| DataQuality {
            message: Note::Worded(crate::words::inventory::note(&d.message, lang)),
            ..d.clone()
        })
        .collect();
    let file: Arc<str> = inv.files.first().map(|f| f.as_str()).unwrap_or("").into();
    for t in &summary.targets {
        for g in &t.coverage_gaps {
            out.push(DataQuality {
                issue: Issue::Coverage,
                file: file.clone(),
                sheet: None,
                cell: None,
                row: None,
                machine: None,
                field: None,
                raw: None,
                message: Note::Worded(crate::say!(
                    lang,
                    "rep-coverage-gap",
                    target = t.target.as_str(),
                    rule = g.rule.as_str(),
                    title = g.title.as_str(),
                    n = g.machines,
                    why = g.why.as_str()
                )),
            });
        }
    }
    out
}

/// A row of the inventory that did not become a machine, as every report lists it: where it
/// is (`servers.csv row 7`), the machine it named if any, and why, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedRow {
    pub place: String,
    pub machine: String,
    pub why: String,
}

/// Every skipped row, in import order: each report says which rows it left out and why, so
/// that rows in = machines + skipped rows can be checked from any one of them.
pub fn skipped_rows(inv: &Inventory, lang: Lang) -> Vec<SkippedRow> {
    inv.data_quality
        .iter()
        .filter(|d| d.issue == Issue::Skipped)
        .map(|d| {
            let sheet = d
                .sheet
                .as_deref()
                .unwrap_or_else(|| d.file.rsplit(['/', '\\']).next().unwrap_or(&d.file));
            let place = match d.row {
                Some(r) => crate::say!(lang, "rep-row-place", sheet = sheet, row = r),
                None => sheet.to_string(),
            };
            SkippedRow {
                place,
                machine: d.machine.clone().unwrap_or_default(),
                why: crate::words::inventory::note(&d.message, lang),
            }
        })
        .collect()
}
