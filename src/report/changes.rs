//! The verdicts that changed between two dates (`assess --compare-as-of`), in words: per
//! machine and target, then → now and the rules that made the difference.

use std::fmt::Write as _;

use crate::inventory::Inventory;
use crate::rules::compare::{Said, VerdictChange};
use crate::rules::diff::Change;

fn said(s: Said) -> &'static str {
    match s {
        Said::Reported(o) => o.as_str(),
        Said::Clear => "clear",
        Said::NoRule => "no such rule",
    }
}

/// `Changes since DATE` and one block per machine and target whose verdict differs.
pub fn render(inv: &Inventory, since: &str, changes: &[VerdictChange<'_>]) -> String {
    let mut out = format!("\nVerdicts that differ from {since}:\n");
    if changes.is_empty() {
        out.push_str("  none: every machine has the verdict it had then\n");
        return out;
    }
    for c in changes {
        let _ = writeln!(
            out,
            "  {}  {} {} → {}: {} → {}",
            inv.machines[c.machine].name,
            c.now_matrix.target(),
            c.then_matrix.edition(),
            c.now_matrix.edition(),
            c.then.as_str(),
            c.now.as_str()
        );
        for r in &c.rules {
            let why = r
                .changes
                .iter()
                .map(|ch| match ch {
                    Change::Value { what, old, new } => format!("{what}: {old} → {new}"),
                    Change::List {
                        what,
                        added,
                        removed,
                    } => {
                        let mut parts = Vec::new();
                        if !added.is_empty() {
                            parts.push(format!("{what} added {}", added.join(", ")));
                        }
                        if !removed.is_empty() {
                            parts.push(format!("{what} removed {}", removed.join(", ")));
                        }
                        parts.join("; ")
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
            let why = match (r.then, r.now) {
                (Said::NoRule, _) => "a rule the newer edition adds".to_string(),
                (_, Said::NoRule) => "a rule the newer edition drops".to_string(),
                _ if why.is_empty() => "the same rule".to_string(),
                _ => why,
            };
            let _ = writeln!(
                out,
                "      {:<24} {} → {}  ({why})",
                r.id,
                said(r.then),
                said(r.now)
            );
        }
    }
    let _ = writeln!(
        out,
        "  {} verdict(s) differ; clear: no finding (the rule passed, did not apply or was not evaluated)",
        changes.len()
    );
    out
}
