//! `--format md`: the summary and the machines that cannot go, as Markdown for an email or a
//! ticket.

use std::fmt::Write as _;

use super::summary::summarise;
use super::table::reason;
use crate::engine::Evaluation;
use crate::i18n::{Lang, Word};
use crate::inventory::Inventory;
use crate::rules::Readiness;

/// Inventory text safe inside a Markdown table cell or line: shown, never rendered.
fn cell(s: &str) -> String {
    super::safe::markdown(s)
}

/// The report, its headings, verdicts and the rules' words in `lang`.
pub fn render(inv: &Inventory, ev: &Evaluation<'_>, lang: Lang) -> String {
    let ko = lang == Lang::Ko;
    let summary = summarise(inv, ev);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}\n",
        if ko {
            "마이그레이션 준비 상태"
        } else {
            "Migration readiness"
        }
    );
    let files = summary
        .files
        .iter()
        .map(|f| format!("`{}`", super::safe::markdown_code(f)))
        .collect::<Vec<_>>()
        .join(", ");
    let as_of = ev.selection.as_of.map(|d| crate::i18n::date(d, lang));
    let _ = match (lang, as_of) {
        (Lang::En, Some(d)) => writeln!(
            s,
            "{} machine(s) from {files}; matrices as of {d}.\n",
            summary.machines
        ),
        (Lang::En, None) => writeln!(
            s,
            "{} machine(s) from {files}; matrices at their newest editions.\n",
            summary.machines
        ),
        (Lang::Ko, Some(d)) => writeln!(
            s,
            "{files}의 머신 {}대, {d} 기준 매트릭스.\n",
            summary.machines
        ),
        (Lang::Ko, None) => writeln!(
            s,
            "{files}의 머신 {}대, 각 대상의 최신 판 매트릭스.\n",
            summary.machines
        ),
    };
    let head: Vec<&str> = [
        "Target",
        "Edition",
        "Ready",
        "Ready with conditions",
        "Not ready",
        "Unknown",
        "Not applicable",
    ]
    .iter()
    .map(|h| lang.tr(h))
    .collect();
    let _ = writeln!(s, "| {} |", head.join(" | "));
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
        let _ = writeln!(s, "\n_{}: {}_", lang.pick("Left out", "제외"), cell(note));
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
                    lang.readiness(per[j].readiness),
                    cell(&reason(&per[j], mx, lang))
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
            if ko {
                "준비되지 않음 또는 알 수 없음"
            } else {
                "not ready or unknown"
            },
            rows.len()
        );
        if ko {
            let _ = writeln!(
                s,
                "| {} | {} | {} |",
                lang.word(Word::Machine),
                lang.word(Word::Readiness),
                lang.word(Word::Why)
            );
        } else {
            let _ = writeln!(s, "| Machine | Readiness | Why |");
        }
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
                let n = match lang {
                    Lang::En => format!("{} machines", g.machines),
                    Lang::Ko => format!("머신 {}대", g.machines),
                };
                format!("- {} `{}`: {} ({n})", t.target, g.rule, cell(&g.why))
            })
        })
        .collect();
    if !gaps.is_empty() {
        let _ = writeln!(
            s,
            "\n## {}\n",
            if ko {
                "열이 없어 평가하지 않음"
            } else {
                "Not evaluated for lack of a column"
            }
        );
        for g in gaps {
            let _ = writeln!(s, "{g}");
        }
    }
    s
}
