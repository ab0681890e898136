//! `rehost diff`: what changed between two assessments, as text for the terminal (80
//! columns), Markdown for a ticket or a wiki, or JSON for a script.

use std::fmt::Write as _;

use crate::diff::{Diff, VerdictMove};

fn edition_note(c: &VerdictMove) -> String {
    if c.edition_before == c.edition_after {
        String::new()
    } else {
        format!(" (matrix {} → {})", c.edition_before, c.edition_after)
    }
}

fn totals(d: &Diff) -> String {
    format!(
        "{} verdict(s) changed of {} compared: {} better, {} worse; {} machine(s) added, {} removed",
        d.changed.len(),
        d.verdicts_compared,
        d.better,
        d.worse,
        d.added.len(),
        d.removed.len()
    )
}

/// For the terminal: one block per changed verdict, each rule on its own line.
pub fn text(d: &Diff, old: &str, new: &str) -> String {
    let mut s = format!("Changes from {old} to {new}:\n");
    if d.changed.is_empty() {
        s.push_str("  no verdict changed\n");
    }
    for c in &d.changed {
        let _ = writeln!(
            s,
            "  {}  {}: {} → {}{}",
            c.machine,
            c.target,
            c.before,
            c.after,
            edition_note(c)
        );
        for r in &c.rules {
            let what = match (r.before.as_str(), r.after.as_str()) {
                (_, "clear") => "no longer reported",
                ("clear", "fail") => "now fails",
                ("clear", _) => "now unknown",
                _ => "changed",
            };
            let _ = writeln!(s, "      {} {what}: {} → {}", r.rule, r.before, r.after);
            if !r.message.is_empty() {
                let _ = writeln!(s, "        {}", r.message);
            }
        }
    }
    for (label, names) in [("added", &d.added), ("removed", &d.removed)] {
        if !names.is_empty() {
            let _ = writeln!(s, "  {label}: {}", names.join(", "));
        }
    }
    let _ = writeln!(s, "  {}", totals(d));
    s
}

/// Markdown: a table of the changed verdicts and the rules behind each.
pub fn markdown(d: &Diff, old: &str, new: &str) -> String {
    let esc = super::safe::markdown;
    let mut s = format!(
        "# Changes from `{}` to `{}`\n\n{}.\n\n",
        super::safe::markdown_code(old),
        super::safe::markdown_code(new),
        totals(d)
    );
    if !d.changed.is_empty() {
        s.push_str("| Machine | Target | Before | After | Why |\n|---|---|---|---|---|\n");
        for c in &d.changed {
            let mut why: Vec<String> = c
                .rules
                .iter()
                .map(|r| format!("{}: {} → {}", r.rule, r.before, r.after))
                .collect();
            if c.edition_before != c.edition_after {
                why.push(format!("matrix {} → {}", c.edition_before, c.edition_after));
            }
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                esc(&c.machine),
                c.target,
                c.before,
                c.after,
                esc(&why.join("; "))
            );
        }
        s.push('\n');
    }
    for (label, names) in [("Added", &d.added), ("Removed", &d.removed)] {
        if !names.is_empty() {
            let _ = writeln!(s, "{label}: {}\n", esc(&names.join(", ")));
        }
    }
    s
}

pub fn json(d: &Diff, old: &str, new: &str) -> String {
    let v = serde_json::json!({ "old": old, "new": new, "diff": d });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}
