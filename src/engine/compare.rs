//! The same machines judged at two dates: where a verdict differs between the edition in force
//! then and the one in force now, and which rules made the difference ("this was not ready in
//! 2020, is it now, and why?").

use super::Evaluation;
use crate::rules::diff::{Change, rule_changes};
use crate::rules::{Matrix, Outcome, Readiness};

/// What one edition's rule said of a machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    /// A failure or an unknown.
    Reported(Outcome),
    /// No finding: the rule passed, did not apply, or could not be evaluated (reports keep
    /// failures and unknowns only).
    Clear,
    /// The edition has no such rule.
    NoRule,
}

/// One rule whose outcome for a machine differs between the editions.
#[derive(Debug, Clone)]
pub struct RuleChange<'a> {
    pub id: &'a str,
    pub then: Said,
    pub now: Said,
    /// How the rule itself changed (empty: the same rule, another reading of the machine).
    pub changes: Vec<Change<'a>>,
}

/// A machine whose verdict for a target differs between the two dates.
#[derive(Debug, Clone)]
pub struct VerdictChange<'a> {
    pub machine: usize,
    pub then_matrix: &'a Matrix,
    pub now_matrix: &'a Matrix,
    pub then: Readiness,
    pub now: Readiness,
    pub rules: Vec<RuleChange<'a>>,
}

/// What the assessment says of rule `i`: findings hold failures and unknowns (all outcomes
/// when every finding is kept).
fn outcome_of(a: &super::Assessment, i: usize) -> Said {
    match a.findings.iter().find(|f| f.rule == i) {
        Some(f) if f.outcome.is_reported() => Said::Reported(f.outcome),
        _ => Said::Clear,
    }
}

/// Every machine and target whose verdict differs, in inventory order. Targets are matched by
/// name; a target selected on one side only is left out.
pub fn compare<'a>(then: &Evaluation<'a>, now: &Evaluation<'a>) -> Vec<VerdictChange<'a>> {
    let mut out = Vec::new();
    let pairs: Vec<(usize, usize)> = now
        .selection
        .matrices
        .iter()
        .enumerate()
        .filter_map(|(j, m)| {
            let i = then
                .selection
                .matrices
                .iter()
                .position(|t| t.target() == m.target())?;
            Some((i, j))
        })
        .collect();
    for (machine, (t_row, n_row)) in then.per_machine.iter().zip(&now.per_machine).enumerate() {
        for &(i, j) in &pairs {
            let (ta, na) = (&t_row[i], &n_row[j]);
            if ta.readiness == na.readiness {
                continue;
            }
            let (tm, nm) = (then.selection.matrices[i], now.selection.matrices[j]);
            let mut rules = Vec::new();
            for (k, nr) in nm.rules.iter().enumerate() {
                let now_o = outcome_of(na, k);
                match tm.rules.iter().position(|r| r.id == nr.id) {
                    Some(l) => {
                        let then_o = outcome_of(ta, l);
                        if then_o != now_o {
                            rules.push(RuleChange {
                                id: &nr.id,
                                then: then_o,
                                now: now_o,
                                changes: rule_changes(&tm.rules[l], nr),
                            });
                        }
                    }
                    None if now_o != Said::Clear => rules.push(RuleChange {
                        id: &nr.id,
                        then: Said::NoRule,
                        now: now_o,
                        changes: Vec::new(),
                    }),
                    None => {}
                }
            }
            for (l, tr) in tm.rules.iter().enumerate() {
                let then_o = outcome_of(ta, l);
                if then_o != Said::Clear && !nm.rules.iter().any(|r| r.id == tr.id) {
                    rules.push(RuleChange {
                        id: &tr.id,
                        then: then_o,
                        now: Said::NoRule,
                        changes: Vec::new(),
                    });
                }
            }
            out.push(VerdictChange {
                machine,
                then_matrix: tm,
                now_matrix: nm,
                then: ta.readiness,
                now: na.readiness,
                rules,
            });
        }
    }
    out
}
