//! The verdicts that changed between two dates (`assess --compare-as-of`), in words: per
//! machine and target, then → now and the rules that made the difference.

use std::fmt::Write as _;

use crate::engine::compare::{Said, VerdictChange};
use crate::inventory::Inventory;
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
            // One line for the rule, one for each way it changed: the terminal is 80 wide.
            let _ = writeln!(out, "      {}: {} → {}", r.id, said(r.then), said(r.now));
            let lines: Vec<String> = match (r.then, r.now) {
                (Said::NoRule, _) => vec!["a rule the newer edition adds".into()],
                (_, Said::NoRule) => vec!["a rule the newer edition drops".into()],
                _ if r.changes.is_empty() => vec!["the same rule in both".into()],
                _ => r
                    .changes
                    .iter()
                    // A title that names the new limit says nothing the limit does not.
                    .filter(|ch| !matches!(ch, Change::Value { what: "title", .. }))
                    .flat_map(|ch| match ch {
                        Change::Value { what, old, new } => vec![format!("{what}: {old} → {new}")],
                        Change::When { .. } | Change::Check { .. } => {
                            let (what, old, new) =
                                crate::words::check::change(ch, crate::words::Lang::En);
                            vec![format!("{what}: {old} → {new}")]
                        }
                        Change::List {
                            what,
                            added,
                            removed,
                        } => {
                            let mut v = Vec::new();
                            if !added.is_empty() {
                                v.push(format!("{what} added: {}", added.join(", ")));
                            }
                            if !removed.is_empty() {
                                v.push(format!("{what} removed: {}", removed.join(", ")));
                            }
                            v
                        }
                    })
                    .collect(),
            };
            for l in lines {
                let _ = writeln!(out, "        {l}");
            }
        }
    }
    let _ = writeln!(
        out,
        "  {} verdict(s) differ (clear: no finding; the rule passed, did not apply\n  or was not evaluated)",
        changes.len()
    );
    out
}
