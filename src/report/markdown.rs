//! `--format md`: the summary and the machines that cannot go, as Markdown for an email or a
//! ticket.

use std::fmt::Write as _;

use super::checked;
use super::summary::summarise;
use super::table::reason;
use crate::engine::Evaluation;
use crate::i18n::{Lang, Word};
use crate::inventory::Inventory;
use crate::rules::Readiness;

/// Skipped rows listed one by one; past this many, the rest are counted (a report for an
/// email or a ticket, not a dump).
const SKIPPED_LISTED: usize = 200;

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
    // Ready fully checked apart from partly checked, where any verdict is partly checked.
    let split = summary
        .targets
        .iter()
        .any(|t| t.readiness.any_partly_checked());
    let mut head: Vec<String> = vec![lang.tr("Target").into(), lang.tr("Edition").into()];
    for (label, eligible) in [
        ("Ready", true),
        ("Ready with conditions", true),
        ("Not ready", false),
        ("Unknown", false),
        ("Not applicable", false),
    ] {
        if split && eligible {
            head.push(checked::label(lang.tr(label), false, lang));
            head.push(checked::label(lang.tr(label), true, lang));
        } else {
            head.push(lang.tr(label).into());
        }
    }
    let _ = writeln!(s, "| {} |", head.join(" | "));
    let _ = writeln!(s, "|---|---|{}", "---:|".repeat(head.len() - 2));
    for t in &summary.targets {
        let c = &t.readiness;
        let mut row: Vec<String> = vec![t.target.clone(), t.edition.clone()];
        row.extend(checked::counts(c).iter().map(|(_, n)| n.to_string()));
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
            match lang {
                Lang::En => format!("- {}: {n} blocking rule(s) not checked: {ids}", t.target),
                Lang::Ko => format!("- {}: 확인하지 않은 차단 규칙 {n}개: {ids}", t.target),
            }
        })
        .collect();
    if !unchecked.is_empty() {
        let _ = writeln!(
            s,
            "\n{}\n",
            lang.pick(
                "_Partly checked_: ready as far as checked. The inventory has no column for \
                 some blocking rules, so they were not checked:",
                "_일부만 확인_: 확인한 범위에서 준비됨. 인벤토리에 열이 없어 확인하지 않은 \
                 차단 규칙이 있습니다:",
            )
        );
        for u in unchecked {
            let _ = writeln!(s, "{u}");
        }
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
