//! The terminal's default view: one line per machine and one column per target, each cell the
//! verdict and the rule that decides it, fitted to the terminal's width; then one summary
//! block. `--details` gives the per-target lists ([`super::table`]) instead.

use crate::words::report::{Word, label as fixed, word};
use std::fmt::Write as _;

use super::checked;
use super::summary::summarise;
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::report::{pad, width};
use crate::rules::coverage::Checked;
use crate::rules::{Assessment, Matrix, Readiness};
use crate::words::Lang;

/// Columns to fit: `COLUMNS`, else the terminal's width, else 100.
pub fn terminal_width() -> usize {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|n| *n >= 20)
    {
        return n;
    }
    tty_width().unwrap_or(100)
}

/// The width of the terminal standard output is, if it is one (the terminal_size crate asks
/// the terminal on every platform it supports, with no unsafe call here).
fn tty_width() -> Option<usize> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    terminal_size::terminal_size_of(std::io::stdout())
        .map(|(w, _)| usize::from(w.0))
        .filter(|w| *w >= 20)
}

/// A verdict's words in its colour (green, amber, red, grey) when colour is on.
pub(super) fn paint(s: &str, r: Readiness, colour: bool) -> String {
    if !colour {
        return s.to_string();
    }
    let code = match r {
        Readiness::Ready => "32",
        Readiness::ReadyWithConditions => "33",
        Readiness::NotReady => "31",
        Readiness::Unknown | Readiness::NotApplicable => "90",
    };
    format!("\x1b[{code}m{s}\x1b[0m")
}

/// `text` in at most `w` terminal columns: the middle elided (`very-lo…ame-01`), so both the
/// start and the distinguishing end of a machine name stay. A Hangul syllable takes two
/// columns.
pub fn elide_middle(text: &str, w: usize) -> String {
    if width(text) <= w {
        return text.to_string();
    }
    if w <= 1 {
        return "…".chars().take(w).collect();
    }
    let budget = w - 1;
    let head_w = budget.div_ceil(2);
    let tail_w = budget - head_w;
    let mut head = String::new();
    for c in text.chars() {
        if width(&head) + width(c.encode_utf8(&mut [0; 4])) > head_w {
            break;
        }
        head.push(c);
    }
    let mut tail: Vec<char> = Vec::new();
    for c in text.chars().rev() {
        let now: String = tail.iter().rev().collect();
        if width(&now) + width(c.encode_utf8(&mut [0; 4])) > tail_w {
            break;
        }
        tail.push(c);
    }
    let tail: String = tail.into_iter().rev().collect();
    format!("{head}…{tail}")
}

/// `text` in at most `w` terminal columns, cut at the end.
fn cut(text: &str, w: usize) -> String {
    if width(text) <= w {
        return text.to_string();
    }
    let mut s = String::new();
    for c in text.chars() {
        if width(&s) + width(c.encode_utf8(&mut [0; 4])) > w.saturating_sub(1) {
            break;
        }
        s.push(c);
    }
    s.push('…');
    s
}

/// A rule id without its target's prefix (`ASRHV-BITLOCKER` → `BITLOCKER`): the column's
/// header already names the target.
fn short_id(id: &str) -> &str {
    id.split_once('-').map_or(id, |(_, rest)| rest)
}

/// The rule that decides a verdict (the first blocker, else the first condition).
fn deciding_rule<'m>(a: &Assessment, mx: &'m Matrix) -> Option<&'m str> {
    a.deciding()
        .next()
        .or_else(|| a.conditions().next())
        .map(|f| mx.rules[f.rule].id.as_str())
}

/// The matrix: one line per machine, fitted to `cols` terminal columns.
pub fn render(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    colour: bool,
    cols: usize,
    lang: Lang,
) -> String {
    let mut s = String::new();
    let summary = summarise(inv, ev, lang);
    // A target whose scenario covers none of the machines gets no column, only its line in
    // the summary.
    let shown: Vec<usize> = (0..ev.selection.matrices.len())
        .filter(|j| {
            let c = &summary.targets[*j].readiness;
            inv.machines.is_empty() || c.not_applicable < inv.machines.len()
        })
        .collect();
    let targets = shown.len();
    let head_word = word(lang, Word::Machine);
    let longest = inv
        .machines
        .iter()
        .map(|m| width(&super::safe::term(&m.name)))
        .max()
        .unwrap_or(7)
        .max(width(head_word))
        .max(7);
    // Each target needs room for a mark and a few letters of its rule; the name takes what is
    // left, up to its longest, and never less than 8.
    let min_cell = 12;
    let gap = 2;
    let fixed = 2 + targets * (min_cell + gap);
    let name_w = longest.min(cols.saturating_sub(fixed).max(8)).min(40);
    let cell_w = cols
        .saturating_sub(2 + name_w)
        .checked_div(targets)
        .map_or(0, |w| w.saturating_sub(gap).clamp(3, 26));
    let mut head = format!("  {}", pad(head_word, name_w));
    for j in &shown {
        let mx = ev.selection.matrices[*j];
        let _ = write!(
            head,
            "{:gap$}{}",
            "",
            pad(&cut(mx.target(), cell_w), cell_w)
        );
    }
    let _ = writeln!(s, "{}", head.trim_end());
    for (m, per) in inv.machines.iter().zip(&ev.per_machine) {
        // Escaped before it is measured and painted: the column stays aligned, and no
        // escape of the inventory's can ride along with rehost's colours.
        let name = super::safe::term(&m.name);
        let mut line = format!("  {}", pad(&elide_middle(&name, name_w), name_w));
        for j in &shown {
            let (a, mx) = (&per[*j], ev.selection.matrices[*j]);
            // `✓?` where the verdict rests on blocking rules not evaluated.
            let mark = checked::mark(Checked::of(a));
            let text = match deciding_rule(a, mx) {
                Some(id) if a.readiness != Readiness::NotApplicable => {
                    format!("{mark} {}", short_id(id))
                }
                _ => mark.to_string(),
            };
            let text = cut(&text, cell_w);
            let fill = cell_w.saturating_sub(width(&text));
            let _ = write!(
                line,
                "{:gap$}{}{:fill$}",
                "",
                paint(&text, a.readiness, colour),
                ""
            );
        }
        let _ = writeln!(s, "{}", line.trim_end());
    }
    s.push('\n');
    s.push_str(&summary_block(inv, ev, &shown, cols, true, lang));
    s
}

/// The summary alone, for the terminal when the report went to a file.
pub fn render_summary(inv: &Inventory, ev: &Evaluation<'_>, cols: usize, lang: Lang) -> String {
    let all: Vec<usize> = (0..ev.selection.matrices.len()).collect();
    summary_block(inv, ev, &all, cols, false, lang)
}

/// The legend, each target's counts and most frequent blocker, and the notes.
fn summary_block(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    shown: &[usize],
    cols: usize,
    with_table: bool,
    lang: Lang,
) -> String {
    let width = cols;
    let mut s = String::new();
    let summary = summarise(inv, ev, lang);
    let legend = word(lang, Word::Legend);
    let _ = writeln!(s, "  {}", cut(legend, width.saturating_sub(2)));
    // What `✓?` means, where a target shown has such a verdict.
    if shown
        .iter()
        .any(|j| summary.targets[*j].readiness.any_partly_checked())
    {
        for l in wrap(checked::legend(lang), width.saturating_sub(2)) {
            let _ = writeln!(s, "  {l}");
        }
    }
    s.push('\n');
    // The summary block: per target, its edition and counts, and the rule that blocks most.
    for (j, mx) in ev.selection.matrices.iter().enumerate() {
        let c = &summary.targets[j].readiness;
        // Ready fully checked (`✓`) apart from ready as far as checked (`✓?`), where any is.
        let mut counts = checked::counts(c)
            .iter()
            .map(|(k, n)| format!("{} {n}", checked::mark(*k)))
            .collect::<Vec<_>>()
            .join("  ");
        if c.not_applicable > 0 {
            let _ = write!(counts, "  · {}", c.not_applicable);
        }
        if c.not_applicable == inv.machines.len() && !inv.machines.is_empty() || !shown.contains(&j)
        {
            counts = format!(
                "· {}: {}",
                c.not_applicable,
                word(lang, Word::OtherPlatforms)
            );
        }
        let line = format!("  {} {}: {counts}", mx.target(), mx.edition());
        let _ = writeln!(s, "{}", cut(&line, width));
        if let Some(l) = checked::unchecked_line(&summary.targets[j], lang, true) {
            let _ = writeln!(s, "{}", cut(&format!("    {l}"), width));
        }
        if let Some(b) = summary.targets[j].top_blockers.first() {
            let title = mx
                .rules
                .iter()
                .find(|r| r.id == b.rule)
                .map_or(b.title.as_str().into(), |r| {
                    crate::words::finding::rule_title(r, lang)
                });
            let line = format!(
                "    {} ✗ {} ({}): {title}",
                word(lang, Word::MostOften),
                b.rule,
                b.machines
            );
            let _ = writeln!(s, "{}", cut(&line, width));
        }
    }
    // Disaster recovery, where anybody asked about it: verdicts and the link's arithmetic.
    if let Some(lines) = super::dr_summary(ev, lang) {
        s.push('\n');
        let _ = writeln!(s, "  {}:", fixed(lang, "rep-dr-head"));
        for l in lines {
            for w in wrap(&l, width.saturating_sub(4)) {
                let _ = writeln!(s, "    {w}");
            }
        }
    }
    let gaps: usize = summary.targets.iter().map(|t| t.coverage_gaps.len()).sum();
    s.push('\n');
    let mut notes = Vec::new();
    if gaps > 0 {
        notes.push(if with_table {
            crate::say!(lang, "rep-gaps-in-details", n = gaps)
        } else {
            crate::say!(lang, "rep-gaps-in-report", n = gaps)
        });
    }
    for note in &summary.left_out {
        notes.push(crate::say!(lang, "rep-left-out-note", note = note));
    }
    let dq = inv.data_quality.len();
    if dq > 0 {
        notes.push(crate::say!(lang, "rep-dq-note", n = dq));
    }
    notes.push(if with_table {
        word(lang, Word::WhyEach).to_string()
    } else {
        fixed(lang, "rep-why-each-in-report").to_string()
    });
    for n in notes {
        for l in wrap(&n, width.saturating_sub(2)) {
            let _ = writeln!(s, "  {l}");
        }
    }
    s
}

/// Words into lines of at most `w` terminal columns.
fn wrap(text: &str, w: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let len = width(&line);
        if len > 0 && len + 1 + width(word) > w {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_elided_in_the_middle() {
        for (text, w, want) in [
            ("short", 10, "short"),
            ("exactly-10", 10, "exactly-10"),
            ("sql-server-production-01", 12, "sql-se…on-01"),
            ("abcdef", 2, "a…"),
            ("abcdef", 1, "…"),
        ] {
            let got = elide_middle(text, w);
            assert_eq!(got, want);
            assert!(got.chars().count() <= w);
        }
    }

    #[test]
    fn text_wraps_within_the_width() {
        let lines = wrap("one two three four five six seven", 10);
        assert!(lines.iter().all(|l| l.chars().count() <= 10), "{lines:?}");
        assert_eq!(lines.join(" "), "one two three four five six seven");
    }
}
