//! `rehost diff`: what changed between two assessments, as text for the terminal (80
//! columns), Markdown for a ticket or a wiki, or JSON for a script.

use std::fmt::Write as _;

use crate::diff::{Diff, Reported, VerdictMove};
use crate::say;
use crate::words::Lang;

/// `matrix 2024-10-16 → 2026-04-06`: the edition a verdict was judged by, before and after.
fn matrix_move(c: &VerdictMove, lang: Lang) -> String {
    say!(
        lang,
        "rep-diff-matrix",
        before = c.edition_before.as_str(),
        after = c.edition_after.as_str()
    )
}

fn edition_note(c: &VerdictMove, lang: Lang) -> String {
    if c.edition_before == c.edition_after {
        String::new()
    } else {
        format!(" ({})", matrix_move(c, lang))
    }
}

fn totals(d: &Diff, lang: Lang) -> String {
    say!(
        lang,
        "rep-diff-totals",
        changed = d.changed.len(),
        compared = d.verdicts_compared,
        better = d.better,
        worse = d.worse,
        added = d.added.len(),
        removed = d.removed.len()
    )
}

/// For the terminal: one block per changed verdict, each rule on its own line.
pub fn text(d: &Diff, old: &str, new: &str, lang: Lang) -> String {
    let mut s = say!(lang, "rep-diff-title", old = old, new = new);
    s.push('\n');
    if d.changed.is_empty() {
        let _ = writeln!(s, "  {}", say!(lang, "rep-diff-none"));
    }
    for c in &d.changed {
        let _ = writeln!(
            s,
            "  {}  {}: {} → {}{}",
            c.machine,
            c.target,
            c.before.as_str(),
            c.after.as_str(),
            edition_note(c, lang)
        );
        for r in &c.rules {
            let what = match (r.before, r.after) {
                (_, Reported::Clear) => say!(lang, "rep-diff-no-longer-reported"),
                (Reported::Clear, Reported::Fail) => say!(lang, "rep-diff-now-fails"),
                (Reported::Clear, _) => say!(lang, "rep-diff-now-unknown"),
                _ => say!(lang, "rep-diff-changed"),
            };
            let _ = writeln!(
                s,
                "      {} {what}: {} → {}",
                r.rule,
                r.before.as_str(),
                r.after.as_str()
            );
            if !r.message.is_empty() {
                let _ = writeln!(s, "        {}", r.message);
            }
        }
    }
    for (label, names) in [
        (say!(lang, "rep-diff-added"), &d.added),
        (say!(lang, "rep-diff-removed"), &d.removed),
    ] {
        if !names.is_empty() {
            let _ = writeln!(s, "  {label}: {}", names.join(", "));
        }
    }
    let _ = writeln!(s, "  {}", totals(d, lang));
    s
}

/// Markdown: a table of the changed verdicts and the rules behind each.
pub fn markdown(d: &Diff, old: &str, new: &str, lang: Lang) -> String {
    let esc = super::safe::markdown;
    let mut s = format!(
        "# {}\n\n{}.\n\n",
        say!(
            lang,
            "rep-diff-md-title",
            old = super::safe::markdown_code(old),
            new = super::safe::markdown_code(new)
        ),
        totals(d, lang)
    );
    if !d.changed.is_empty() {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
            say!(lang, "rep-diff-col-machine"),
            say!(lang, "rep-diff-col-target"),
            say!(lang, "rep-diff-col-before"),
            say!(lang, "rep-diff-col-after"),
            say!(lang, "rep-diff-col-why")
        );
        for c in &d.changed {
            let mut why: Vec<String> = c
                .rules
                .iter()
                .map(|r| format!("{}: {} → {}", r.rule, r.before.as_str(), r.after.as_str()))
                .collect();
            if c.edition_before != c.edition_after {
                why.push(matrix_move(c, lang));
            }
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                esc(&c.machine),
                c.target,
                c.before.as_str(),
                c.after.as_str(),
                esc(&why.join("; "))
            );
        }
        s.push('\n');
    }
    for (label, names) in [
        (say!(lang, "rep-diff-md-added"), &d.added),
        (say!(lang, "rep-diff-md-removed"), &d.removed),
    ] {
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
