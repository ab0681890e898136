//! The terminal's detailed view (`--details`): per target, one line per machine with its
//! readiness and the rule that decides it, then the counts and what could not be evaluated.
//! Colour only when asked for (a terminal without `NO_COLOR`).

use crate::words::report::{Word, dr as dr_verdict, label as fixed, readiness, word};
use std::fmt::Write as _;

use super::checked;
use super::compact::{elide_middle, paint};
use super::fit;
use super::summary::summarise;
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::model::Machine;
use crate::report::pad;
use crate::rules::coverage::Checked;
use crate::rules::{Assessment, Readiness, Selection};
use crate::words::Lang;
use crate::words::finding::Of;

/// Why a machine has its verdict, in one line: the deciding rule and its message (worded in
/// the run's language when it was judged).
pub fn reason(sel: &Selection<'_>, a: &Assessment, m: &Machine, lang: Lang) -> String {
    let mx = sel.matrices[a.matrix];
    let mut deciding: Vec<_> = a.deciding().collect();
    if deciding.is_empty() {
        deciding = a.conditions().collect();
    }
    match deciding.split_first() {
        None => String::new(),
        Some((f, rest)) => {
            let more = if rest.is_empty() {
                String::new()
            } else {
                format!(
                    " (+{} {}: {})",
                    rest.len(),
                    fixed(lang, "rep-more"),
                    rest.iter()
                        .map(|f| mx.rules[f.rule].id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            let rule = &mx.rules[f.rule];
            let said = crate::words::finding::message(Of::in_selection(sel, a.matrix), f, m, lang);
            format!("{}: {}{more}", rule.id, super::safe::term(&said))
        }
    }
}

/// Per target, every machine with its verdict and reason (`--details`), fitted to `cols`
/// terminal columns: a long reason hangs under its column.
pub fn render(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    colour: bool,
    cols: usize,
    lang: Lang,
) -> String {
    let mut s = String::new();
    let summary = summarise(inv, ev, lang);
    let width = inv
        .machines
        .iter()
        .map(|m| super::width(&super::safe::term(&m.name)))
        .max()
        .unwrap_or(4)
        .clamp(7, 40);
    for (j, mx) in ev.selection.matrices.iter().enumerate() {
        let head = format!(
            "{} {} — {}",
            mx.target(),
            mx.edition(),
            crate::words::finding::matrix_title(&mx.matrix, lang)
        );
        for l in fit::hang("", 2, &head, cols) {
            let _ = writeln!(s, "{l}");
        }
        let c = &summary.targets[j].readiness;
        if c.not_applicable > 0 && c.not_applicable == inv.machines.len() {
            // A scenario for another platform: one line, not a row and a gap list per machine.
            let rule = ev.per_machine[0][j]
                .deciding()
                .next()
                .map(|f| {
                    let r = &mx.rules[f.rule];
                    format!(
                        " ({}: {})",
                        r.id,
                        crate::words::finding::rule_title(r, lang)
                    )
                })
                .unwrap_or_default();
            let line = format!(
                "{}{rule}",
                crate::say!(lang, "rep-all-not-applicable", n = c.not_applicable)
            );
            for l in fit::hang("  ", 4, &line, cols) {
                let _ = writeln!(s, "{l}");
            }
            s.push('\n');
            continue;
        }
        // The verdict column as wide as the longest verdict this target gives, in this
        // language, so the reason keeps what room there is.
        let vw = ev
            .per_machine
            .iter()
            .map(|per| &per[j])
            .filter(|a| a.readiness != Readiness::NotApplicable)
            .map(|a| super::width(&checked::words(Checked::of(a), lang)))
            .max()
            .unwrap_or(0)
            .max(super::width(word(lang, Word::Readiness)));
        // The machine column takes no more than half of what the verdict leaves, so the
        // reason keeps room of its own.
        let width = width.min((cols.saturating_sub(vw + 8) / 2).max(7));
        let show_dr = ev.dr.iter().any(|per| {
            per.get(j).and_then(|d| d.as_ref()).is_some_and(|d| {
                d.verdict != crate::dr::DrVerdict::NoTargets || d.churn_mb_per_s.is_some()
            })
        });
        if show_dr {
            let _ = writeln!(
                s,
                "  {}  {}  {:<11}  {}",
                pad(word(lang, Word::Machine), width),
                pad(word(lang, Word::Readiness), vw),
                "DR",
                word(lang, Word::Why)
            );
        } else {
            let _ = writeln!(
                s,
                "  {}  {}  {}",
                pad(word(lang, Word::Machine), width),
                pad(word(lang, Word::Readiness), vw),
                word(lang, Word::Why)
            );
        }
        for (i, (m, per)) in inv
            .machines
            .iter()
            .zip(&ev.per_machine)
            .enumerate()
            // Machines the scenario does not cover are counted below, not listed one by one.
            .filter(|(_, (_, per))| per[j].readiness != Readiness::NotApplicable)
        {
            let a = &per[j];
            let name = pad(&elide_middle(&super::safe::term(&m.name), width), width);
            let verdict = pad(&checked::words(Checked::of(a), lang), vw);
            let dr = ev.dr[i].get(j).and_then(|d| d.as_ref());
            let dr_col = if show_dr {
                format!(
                    "{}  ",
                    pad(dr.map(|d| dr_verdict(lang, d.verdict)).unwrap_or(""), 11)
                )
            } else {
                String::new()
            };
            let mut why = reason(&ev.selection, a, m, lang);
            if why.is_empty()
                && let Some(d) = dr.filter(|d| {
                    !matches!(
                        d.verdict,
                        crate::dr::DrVerdict::Meets | crate::dr::DrVerdict::NoTargets
                    )
                })
            {
                why = crate::words::dr::reason(lang, d, Of::in_selection(&ev.selection, j), a, m);
            }
            if why.is_empty() && crate::rules::coverage::partly_checked(a) {
                // Nothing failed: say what the verdict was not checked against.
                let ids: Vec<&str> = a
                    .coverage
                    .not_evaluated()
                    .map(|r| mx.rules[r].id.as_str())
                    .collect();
                why = checked::not_checked(&ids, lang);
            }
            // The reason hangs under its column; the verdict is painted after it is measured.
            let start = format!("  {name}  {verdict}  {dr_col}");
            // Beside the verdict where there is room for a few words a line, else under it.
            let lines = if cols.saturating_sub(super::width(&start)) >= 30 || why.is_empty() {
                fit::hang(&start, super::width(&start), &why, cols)
            } else {
                std::iter::once(start.clone())
                    .chain(
                        fit::wrap(&why, cols.saturating_sub(6))
                            .into_iter()
                            .map(|l| format!("      {l}")),
                    )
                    .collect()
            };
            let mut lines = lines.into_iter();
            if let Some(first) = lines.next() {
                let rest = &first[start.len().min(first.len())..];
                let line = format!(
                    "  {name}  {}  {dr_col}{rest}",
                    paint(&verdict, a.readiness, colour)
                );
                let _ = writeln!(s, "{}", line.trim_end());
            }
            for l in lines {
                let _ = writeln!(s, "{l}");
            }
        }
        let t = &summary.targets[j];
        let c = &t.readiness;
        // Ready fully checked apart from partly checked, where any verdict is partly checked.
        let split = c.any_partly_checked();
        let mut counts: Vec<String> = checked::counts(c)
            .iter()
            .map(|(k, n)| {
                // "ready 2", as before; the other words as the portal writes them.
                let word = readiness(lang, k.readiness).replace('-', " ");
                if split && k.readiness.eligible() {
                    format!("{} {n}", checked::label(&word, k.partly, lang))
                } else {
                    format!("{word} {n}")
                }
            })
            .collect();
        if c.not_applicable > 0 {
            counts.push(format!(
                "{} {}",
                readiness(lang, Readiness::NotApplicable).replace('-', " "),
                c.not_applicable
            ));
        }
        // Each count whole on its line.
        for (k, l) in fit::pack(&counts, " · ", cols.saturating_sub(4))
            .iter()
            .enumerate()
        {
            let _ = writeln!(s, "{}{l}", if k == 0 { "  " } else { "    " });
        }
        // One line per missing column: the rules it leaves unevaluated, with machine counts.
        let mut by_why: Vec<(&str, Vec<String>)> = Vec::new();
        for g in &t.coverage_gaps {
            let item = format!("{} ({})", g.rule, g.machines);
            match by_why.iter_mut().find(|(w, _)| *w == g.why) {
                Some((_, v)) => v.push(item),
                None => by_why.push((&g.why, vec![item])),
            }
        }
        for (why, rules) in by_why {
            let rules = rules.join(", ");
            let line = crate::say!(lang, "rep-not-evaluated-why", why = why, rules = rules);
            for l in fit::hang("  ", 4, &line, cols) {
                let _ = writeln!(s, "{l}");
            }
        }
        s.push('\n');
    }
    if let Some(lines) = super::dr_summary(ev, lang) {
        let _ = writeln!(s, "{}:", fixed(lang, "rep-dr-head"));
        for l in lines {
            for l in fit::hang("  ", 4, &l, cols) {
                let _ = writeln!(s, "{l}");
            }
        }
        s.push('\n');
    }
    for note in &summary.left_out {
        let line = format!("{}: {note}", fixed(lang, "rep-left-out"));
        for l in fit::hang("", 2, &line, cols) {
            let _ = writeln!(s, "{l}");
        }
    }
    let dq = inv.data_quality.len();
    if dq > 0 {
        for l in fit::hang(
            "",
            2,
            &crate::say!(lang, "rep-dq-note-inspect", n = dq),
            cols,
        ) {
            let _ = writeln!(s, "{l}");
        }
    }
    s
}
