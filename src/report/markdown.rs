//! `--format md`: the summary and the machines that cannot go, as Markdown for an email or a
//! ticket.

use crate::words::report::{label, readiness};
use std::fmt::Write as _;

use super::checked;
use super::summary::summarise;
use super::table::reason;
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::rules::Readiness;
use crate::words::Lang;

/// Skipped rows listed one by one; past this many, the rest are counted (a report for an
/// email or a ticket, not a dump).
const SKIPPED_LISTED: usize = 200;

/// Inventory text safe inside a Markdown table cell or line: shown, never rendered.
fn cell(s: &str) -> String {
    super::safe::markdown(s)
}

/// The report, its headings, verdicts and the rules' words in `lang`.
pub fn render(inv: &Inventory, ev: &Evaluation<'_>, lang: Lang) -> String {
    let summary = summarise(inv, ev, lang);
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", label(lang, "rep-md-title"));
    let files = summary
        .files
        .iter()
        .map(|f| format!("`{}`", super::safe::markdown_code(f)))
        .collect::<Vec<_>>()
        .join(", ");
    let as_of = ev
        .selection
        .as_of
        .map(|d| crate::words::report::date(d, lang));
    let n = summary.machines;
    let intro = match as_of {
        Some(d) => crate::say!(lang, "rep-md-intro-as-of", n = n, files = files, day = d),
        None => crate::say!(lang, "rep-md-intro-newest", n = n, files = files),
    };
    let _ = writeln!(s, "{intro}\n");
    // Ready fully checked apart from partly checked, where any verdict is partly checked.
    let split = summary
        .targets
        .iter()
        .any(|t| t.readiness.any_partly_checked());
    let mut head: Vec<String> = vec![
        label(lang, "rep-target").into(),
        label(lang, "rep-edition").into(),
    ];
    for (id, eligible) in [
        ("rep-ready", true),
        ("rep-ready-with-conditions", true),
        ("rep-not-ready", false),
        ("rep-unknown", false),
        ("rep-not-applicable", false),
    ] {
        if split && eligible {
            head.push(checked::label(label(lang, id), false, lang));
            head.push(checked::label(label(lang, id), true, lang));
        } else {
            head.push(label(lang, id).into());
        }
    }
    let _ = writeln!(s, "| {} |", head.join(" | "));
    let _ = writeln!(s, "|---|---|{}", "---:|".repeat(head.len() - 2));
    for t in &summary.targets {
        let c = &t.readiness;
        let mut row: Vec<String> = vec![t.target.clone(), t.edition.clone()];
        // The header's columns, split for every target once any is partly checked: a
        // target checked fully writes its counts as fully checked and 0 partly, not fewer
        // cells than the header has (which shifted its counts under the wrong heading).
        for r in [
            Readiness::Ready,
            Readiness::ReadyWithConditions,
            Readiness::NotReady,
            Readiness::Unknown,
        ] {
            if split && r.eligible() {
                row.push(c.get_checked(r, false).to_string());
                row.push(c.get_checked(r, true).to_string());
            } else {
                row.push(c.get(r).to_string());
            }
        }
        row.push(c.not_applicable.to_string());
        let _ = writeln!(s, "| {} |", row.join(" | "));
    }
    // Per target, the blocking rules its partly checked verdicts were not checked against
    // (why each was not is in the list of rules not evaluated below).
    let unchecked: Vec<String> = summary
        .targets
        .iter()
        .filter(|t| !t.unchecked_blockers.is_empty())
        .map(|t| {
            let ids = t
                .unchecked_blockers
                .iter()
                .map(|g| format!("`{}`", g.rule))
                .collect::<Vec<_>>()
                .join(", ");
            let n = t.unchecked_blockers.len();
            let line = crate::say!(lang, "rep-md-unchecked", n = n, ids = ids);
            format!("- {}: {line}", t.target)
        })
        .collect();
    if !unchecked.is_empty() {
        let _ = writeln!(s, "\n{}\n", label(lang, "rep-md-partly"));
        for u in unchecked {
            let _ = writeln!(s, "{u}");
        }
    }
    // Per target, the quotas the estate exceeds and what to check on each machine (the
    // terminal's lines under the target, in the same words).
    let notes: Vec<String> = ev
        .selection
        .matrices
        .iter()
        .zip(&summary.targets)
        .flat_map(|(mx, t)| {
            let in_scope = summary.machines.saturating_sub(t.readiness.not_applicable);
            crate::words::manual::target_notes(mx, in_scope, lang)
                .into_iter()
                .map(move |l| format!("- {}: {}", t.target, cell(&l)))
        })
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(s, "\n{}\n", label(lang, "rep-md-target-notes"));
        for n in notes {
            let _ = writeln!(s, "{n}");
        }
    }
    for note in &summary.left_out {
        let _ = writeln!(s, "\n_{}: {}_", label(lang, "rep-md-left-out"), cell(note));
    }
    // The estate's totals, what a `--where` left out, per-group readiness.
    s.push_str(&super::estate::markdown(inv, ev, lang));
    for (j, mx) in ev.selection.matrices.iter().enumerate() {
        let rows: Vec<String> = inv
            .machines
            .iter()
            .zip(&ev.per_machine)
            .filter(|(_, per)| matches!(per[j].readiness, Readiness::NotReady | Readiness::Unknown))
            .map(|(m, per)| {
                format!(
                    "| {} | {} | {} |",
                    cell(&m.name),
                    readiness(lang, per[j].readiness),
                    cell(&reason(&ev.selection, &per[j], m, lang))
                )
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "\n## {} {}: {} ({})\n",
            mx.target(),
            mx.edition(),
            label(lang, "rep-md-not-ready-or-unknown"),
            rows.len()
        );
        let _ = writeln!(s, "{}", label(lang, "rep-md-table-head"));
        let _ = writeln!(s, "|---|---|---|");
        for r in rows {
            let _ = writeln!(s, "{r}");
        }
    }
    let gaps: Vec<String> = summary
        .targets
        .iter()
        .flat_map(|t| {
            t.coverage_gaps.iter().map(move |g| {
                let n = crate::say!(lang, "rep-md-machines", n = g.machines);
                format!("- {} `{}`: {} ({n})", t.target, g.rule, cell(&g.why))
            })
        })
        .collect();
    let skipped = super::summary::skipped_rows(inv, lang);
    if !skipped.is_empty() {
        let _ = writeln!(
            s,
            "\n## {} ({})\n",
            label(lang, "rep-md-rows-not-read"),
            skipped.len()
        );
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            label(lang, "rep-md-row"),
            label(lang, "rep-machine"),
            label(lang, "rep-why")
        );
        let _ = writeln!(s, "|---|---|---|");
        for r in skipped.iter().take(SKIPPED_LISTED) {
            let _ = writeln!(
                s,
                "| {} | {} | {} |",
                cell(&r.place),
                cell(&r.machine),
                cell(&r.why)
            );
        }
        if skipped.len() > SKIPPED_LISTED {
            let more = skipped.len() - SKIPPED_LISTED;
            let _ = writeln!(s, "\n{}", crate::say!(lang, "rep-md-more-rows", n = more));
        }
    }
    if !gaps.is_empty() {
        let _ = writeln!(s, "\n## {}\n", label(lang, "rep-md-not-evaluated"));
        for g in gaps {
            let _ = writeln!(s, "{g}");
        }
    }
    s
}
