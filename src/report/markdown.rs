//! `--format md`: the summary and the machines that cannot go, as Markdown for an email or a
//! ticket.

use std::fmt::Write as _;

use super::summary::summarise;
use super::table::reason;
use crate::engine::Evaluation;
use crate::i18n::{Lang, Word};
use crate::inventory::Inventory;
use crate::rules::Readiness;

/// Skipped rows listed one by one; past this many, the rest are counted (a report for an
/// email or a ticket, not a dump).
const SKIPPED_LISTED: usize = 200;

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
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
        .map(|f| format!("`{}`", cell(f)))
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
    let skipped = super::summary::skipped_rows(inv, lang);
    if !skipped.is_empty() {
        let _ = writeln!(
            s,
            "\n## {} ({})\n",
            lang.pick("Rows not read as machines", "머신으로 읽지 않은 행"),
            skipped.len()
        );
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            lang.pick("Row", "행"),
            lang.tr("Machine"),
            lang.tr("Why")
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
            let _ = match lang {
                Lang::En => writeln!(
                    s,
                    "\n_… and {more} more: every one is in `rehost inspect` and the workbook's Data quality sheet._"
                ),
                Lang::Ko => writeln!(
                    s,
                    "\n_… 외 {more}개: 모두 `rehost inspect`와 통합 문서의 데이터 품질 시트에 있습니다._"
                ),
            };
        }
    }
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
