//! How much of a verdict was checked: of the blocking rules that apply to a machine, how many
//! were evaluated and which were not (the inventory has no column for what they read).
//!
//! Only blockers count. A consultant's question is "was this *ready* fully checked?", and
//! blockers are what decide readiness: a blocker left unevaluated could have made the machine
//! not ready, so its ✓ holds only as far as the file let rehost look. A condition left
//! unevaluated could at most turn ✓ into ~ (the machine still moves), and an info rule (the
//! RPO and RTO targets) never changes a verdict, so neither makes a verdict partly checked.
//! The DR churn limits are blockers (over the limit, Site Recovery cannot keep up) and count
//! like any other blocker. A rule whose filter says it does not apply to the machine (a
//! UEFI-only rule on a BIOS machine) is not one of its blocking rules.
//!
//! `--strict` turns a rule not evaluated into unknown before this is counted, so a strict
//! verdict is unknown, never partly checked.

use super::check::Outcome;
use super::eval::{Assessment, Finding, Readiness};
use super::matrix::Severity;

/// The blocking rules of one assessment: how many apply, and which of them were not
/// evaluated. Held for every machine and target of an estate, so it is small: rule indices
/// below 64 (every shipped matrix) fit in a bit set, and only a matrix with more rules
/// allocates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Applicable blocking rules.
    blocking: u16,
    /// Indices (in the matrix) of the applicable blocking rules not evaluated.
    missing: Missing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Missing {
    Bits(u64),
    List(Box<[u16]>),
}

impl Default for Missing {
    fn default() -> Self {
        Missing::Bits(0)
    }
}

impl Coverage {
    /// The coverage of one machine's findings against one matrix: every finding, before the
    /// run drops the ones reports do not list.
    pub fn of(findings: &[Finding]) -> Coverage {
        let blocking_rules = || {
            findings
                .iter()
                .filter(|f| f.severity == Severity::Blocker && f.applicable)
        };
        let blocking = u16::try_from(blocking_rules().count()).unwrap_or(u16::MAX);
        let missing = blocking_rules()
            .filter(|f| f.outcome == Outcome::NotEvaluated)
            .map(|f| f.rule);
        // A bit set without allocating (every shipped matrix); a list past 64 rules.
        let missing = if missing.clone().all(|r| r < 64) {
            Missing::Bits(missing.fold(0, |bits, r| bits | 1 << r))
        } else {
            Missing::List(
                missing
                    .map(|r| u16::try_from(r).unwrap_or(u16::MAX))
                    .collect(),
            )
        };
        Coverage { blocking, missing }
    }

    /// Applicable blocking rules.
    pub fn blocking(&self) -> usize {
        usize::from(self.blocking)
    }

    /// Applicable blocking rules evaluated (passed, failed or unknown).
    pub fn evaluated(&self) -> usize {
        self.blocking() - self.not_evaluated().count()
    }

    /// Indices of the applicable blocking rules not evaluated, in matrix order.
    pub fn not_evaluated(&self) -> impl Iterator<Item = usize> + '_ {
        let (bits, list) = match &self.missing {
            Missing::Bits(b) => (*b, &[][..]),
            Missing::List(l) => (0, &l[..]),
        };
        (0..64usize)
            .filter(move |i| bits & (1 << i) != 0)
            .chain(list.iter().map(|r| usize::from(*r)))
    }

    /// Every applicable blocking rule was evaluated.
    pub fn fully_checked(&self) -> bool {
        match &self.missing {
            Missing::Bits(b) => *b == 0,
            Missing::List(l) => l.is_empty(),
        }
    }
}

/// The verdict of `a` rests on blocking rules that were not evaluated: it is ready (or ready
/// with conditions) only as far as the inventory let rehost check. Not ready, unknown and
/// not applicable are decided by what was read, whatever else was missing.
pub fn partly_checked(a: &Assessment) -> bool {
    a.readiness.eligible() && !a.coverage.fully_checked()
}

/// How a verdict reads with its coverage: ready, ready with conditions, each fully or partly
/// checked; the other verdicts as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    pub readiness: Readiness,
    /// Ready or ready with conditions, with blocking rules not evaluated.
    pub partly: bool,
}

impl Checked {
    pub fn of(a: &Assessment) -> Checked {
        Checked {
            readiness: a.readiness,
            partly: partly_checked(a),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: usize, severity: Severity, outcome: Outcome, applicable: bool) -> Finding {
        Finding {
            rule,
            severity,
            outcome,
            applicable,
            detail: None,
        }
    }

    #[test]
    fn only_applicable_blockers_count() {
        use Outcome::*;
        use Severity::*;
        let findings = [
            finding(0, Blocker, Pass, true),
            finding(1, Blocker, NotEvaluated, true),
            finding(2, Blocker, Fail, true),
            finding(3, Blocker, Unknown, true),
            // A condition or info rule not evaluated: not a blocking rule.
            finding(4, Condition, NotEvaluated, true),
            finding(5, Info, NotEvaluated, true),
            // A blocker whose filter says it does not apply.
            finding(6, Blocker, Pass, false),
            finding(9, Blocker, NotEvaluated, true),
        ];
        let c = Coverage::of(&findings);
        assert_eq!(c.blocking(), 5);
        assert_eq!(c.evaluated(), 3);
        assert_eq!(c.not_evaluated().collect::<Vec<_>>(), [1, 9]);
        assert!(!c.fully_checked());
    }

    #[test]
    fn every_blocker_evaluated_is_fully_checked() {
        let c = Coverage::of(&[
            finding(0, Severity::Blocker, Outcome::Pass, true),
            finding(1, Severity::Condition, Outcome::NotEvaluated, true),
        ]);
        assert!(c.fully_checked());
        assert_eq!((c.blocking(), c.evaluated()), (1, 1));
        assert_eq!(Coverage::of(&[]), Coverage::default());
    }

    #[test]
    fn a_matrix_of_more_than_64_rules_keeps_every_index() {
        let findings: Vec<Finding> = (0..70)
            .map(|i| {
                let o = if i % 30 == 5 {
                    Outcome::NotEvaluated
                } else {
                    Outcome::Pass
                };
                finding(i, Severity::Blocker, o, true)
            })
            .collect();
        let c = Coverage::of(&findings);
        assert_eq!(c.not_evaluated().collect::<Vec<_>>(), [5, 35, 65]);
        assert_eq!((c.blocking(), c.evaluated()), (70, 67));
    }

    #[test]
    fn it_stays_small() {
        // One per machine and target: a million machines against four targets hold four
        // million of these.
        assert!(std::mem::size_of::<Coverage>() <= 24);
    }
}
