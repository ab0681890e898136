//! `--format md`: the summary and the machines that cannot go, as Markdown for an email or a
//! ticket.

use std::fmt::Write as _;

use super::summary::summarise;
use super::table::reason;
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::rules::Readiness;

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

pub fn render(inv: &Inventory, ev: &Evaluation<'_>) -> String {
    let summary = summarise(inv, ev);
    let mut s = String::new();
    let _ = writeln!(s, "# Migration readiness\n");
    let _ = writeln!(
        s,
        "{} machine(s) from {}; matrices {}.\n",
        summary.machines,
        summary
            .files
            .iter()
            .map(|f| format!("`{}`", cell(f)))
            .collect::<Vec<_>>()
            .join(", "),
        summary
            .as_of
            .as_deref()
            .map(|d| format!("as of {d}"))
            .unwrap_or_else(|| "at their newest editions".into())
    );
    let _ = writeln!(
        s,
        "| Target | Edition | Ready | Ready with conditions | Not ready | Unknown | Not applicable |"
    );
    let _ = writeln!(s, "|---|---|---:|---:|---:|---:|---:|");
    for t in &summary.targets {
        let c = &t.readiness;
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} |",
            t.target,
            t.edition,
            c.ready,
            c.ready_with_conditions,
            c.not_ready,
            c.unknown,
            c.not_applicable
        );
    }
    for note in &summary.left_out {
        let _ = writeln!(s, "\n_Left out: {}_", cell(note));
    }
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
                    per[j].readiness.as_str(),
                    cell(&reason(&per[j], mx))
                )
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "\n## {} {}: not ready or unknown ({})\n",
            mx.target(),
            mx.edition(),
            rows.len()
        );
        let _ = writeln!(s, "| Machine | Readiness | Why |");
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
                format!(
                    "- {} `{}`: {} ({} machines)",
                    t.target,
                    g.rule,
                    cell(&g.why),
                    g.machines
                )
            })
        })
        .collect();
    if !gaps.is_empty() {
        let _ = writeln!(s, "\n## Not evaluated for lack of a column\n");
        for g in gaps {
            let _ = writeln!(s, "{g}");
        }
    }
    s
}
