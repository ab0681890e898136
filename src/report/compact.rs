//! The terminal's default view: one line per machine and one column per target, each cell the
//! verdict and the rule that decides it, fitted to the terminal's width; then one summary
//! block. `--details` gives the per-target lists ([`super::table`]) instead.

use crate::words::report::{Word, label as fixed, word};
use std::fmt::Write as _;

use super::checked;
use super::fit;
use super::summary::summarise;
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::report::{pad, width};
use crate::rules::coverage::Checked;
use crate::rules::{Assessment, Matrix, Readiness};
use crate::words::Lang;

/// Columns to fit: `COLUMNS`, else the terminal's width, else 100.
pub fn terminal_width() -> usize {
    known_width().unwrap_or(100)
}

/// Columns to fit where the width is known: `COLUMNS`, else the terminal's. Output piped
/// elsewhere with no `COLUMNS` has none, so its lines stay whole for grep and friends.
pub fn known_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|n| *n >= 20)
    {
        return Some(n);
    }
    tty_width()
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

/// A target's name in lines of at most `w` columns, broken after its hyphens
/// (`migrate-vmware-` / `agentless`); `None` where a part alone is wider than `w`.
fn stack(name: &str, w: usize) -> Option<Vec<String>> {
    let mut lines: Vec<String> = vec![String::new()];
    for part in name.split_inclusive('-') {
        if width(part) > w {
            return None;
        }
        let last = lines.last_mut().expect("one line at least");
        if width(last) + width(part) <= w {
            last.push_str(part);
        } else {
            lines.push(part.to_string());
        }
    }
    Some(lines)
}

/// A rule id's initials (`DR-PEAK-CHURN` → `DPC`), numbered where two ids share them, kept
/// with the id in `seen` for the legend; never one of the `taken` ids a cell shows whole.
fn abbreviate(id: &str, taken: &[&str], seen: &mut Vec<(String, String)>) -> String {
    if let Some((short, _)) = seen.iter().find(|(_, i)| i == id) {
        return short.clone();
    }
    let initials: String = id.split('-').filter_map(|p| p.chars().next()).collect();
    let mut short = initials.clone();
    let mut n = 1;
    while seen.iter().any(|(s, _)| *s == short) || taken.contains(&short.as_str()) {
        n += 1;
        short = format!("{initials}{n}");
    }
    seen.push((short.clone(), id.to_string()));
    short
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
    // Each target's name whole: stacked at its hyphens where it is wider than its column,
    // else (a part still too wide) a key such as `T3`, with a legend under the table.
    let stacked: Option<Vec<Vec<String>>> = shown
        .iter()
        .map(|j| stack(ev.selection.matrices[*j].target(), cell_w))
        .collect();
    let mut keys: Vec<String> = Vec::new();
    let heads: Vec<Vec<String>> = match stacked {
        Some(h) => h,
        None => shown
            .iter()
            .enumerate()
            .map(|(k, j)| {
                let mx = ev.selection.matrices[*j];
                keys.push(format!("T{} = {} {}", k + 1, mx.target(), mx.edition()));
                vec![cut(&format!("T{}", k + 1), cell_w)]
            })
            .collect(),
    };
    // Where the columns are of more than one cloud, a line above them names each cloud over
    // its columns (they are grouped by cloud); left out where a name is wider than its columns.
    let of: Vec<Option<crate::rules::clouds::Cloud>> = shown
        .iter()
        .map(|j| crate::rules::clouds::cloud_of(ev.selection.matrices[*j].target()))
        .collect();
    if crate::words::clouds::of_targets(shown.iter().map(|j| ev.selection.matrices[*j].target()))
        .len()
        > 1
    {
        let mut line = format!("  {}", pad("", name_w));
        let mut fits = true;
        let mut k = 0;
        while k < of.len() {
            let n = of[k..].iter().take_while(|c| **c == of[k]).count();
            let span = n * cell_w + (n - 1) * gap;
            let label = of[k].map_or(String::new(), |c| crate::words::clouds::short_name(c, lang));
            fits &= width(&label) <= span;
            let _ = write!(line, "{:gap$}{}", "", pad(&label, span));
            k += n;
        }
        if fits {
            let _ = writeln!(s, "{}", line.trim_end());
        }
    }
    let rows = heads.iter().map(Vec::len).max().unwrap_or(1);
    // Bottom-aligned: the last header line, beside the machine column's word, sits on the table.
    for r in 0..rows {
        let mut head = if r + 1 == rows {
            format!("  {}", pad(head_word, name_w))
        } else {
            format!("  {}", pad("", name_w))
        };
        for h in &heads {
            let part = (r + h.len())
                .checked_sub(rows)
                .map_or("", |i| h[i].as_str());
            let _ = write!(head, "{:gap$}{}", "", pad(part, cell_w));
        }
        let _ = writeln!(s, "{}", head.trim_end());
    }
    // A rule id too wide for its cell is shown by its initials, spelled out under the table.
    let mut abbreviations: Vec<(String, String)> = Vec::new();
    let taken: Vec<&str> = shown
        .iter()
        .flat_map(|j| ev.selection.matrices[*j].rules.iter())
        .map(|r| short_id(&r.id))
        .collect();
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
                    let id = short_id(id);
                    let whole = format!("{mark} {id}");
                    if width(&whole) <= cell_w {
                        whole
                    } else {
                        let short = abbreviate(id, &taken, &mut abbreviations);
                        let text = format!("{mark} {short}");
                        if width(&text) <= cell_w {
                            text
                        } else {
                            mark.to_string()
                        }
                    }
                }
                _ => mark.to_string(),
            };
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
    if !keys.is_empty() || !abbreviations.is_empty() {
        s.push('\n');
    }
    let abbreviations: Vec<String> = abbreviations
        .iter()
        .map(|(short, id)| format!("{short} = {id}"))
        .collect();
    // A target's key on a line of its own; the rules' initials as many to a line as fit.
    for k in &keys {
        for l in fit::hang("  ", 7, k, cols) {
            let _ = writeln!(s, "{l}");
        }
    }
    for l in fit::pack(&abbreviations, " · ", cols.saturating_sub(2)) {
        let _ = writeln!(s, "  {l}");
    }
    s.push('\n');
    s.push_str(&summary_block(
        inv,
        ev,
        &shown,
        cols,
        true,
        Records::Inspect,
        lang,
    ));
    s
}

/// Where the data-quality records are to be read besides `rehost inspect`: the summary names
/// only what the run wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Records {
    /// Nowhere but `rehost inspect` (the terminal, CSV, HTML; Markdown lists only the rows
    /// not read as machines, where there are any).
    Inspect,
    /// The workbook's Data quality sheet.
    Workbook,
    /// The JSON report's `data_quality`.
    Json,
}

/// The summary alone, for the terminal when the report went to a file (`records`: where
/// that file holds the data-quality records).
pub fn render_summary(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    cols: usize,
    records: Records,
    lang: Lang,
) -> String {
    let all: Vec<usize> = (0..ev.selection.matrices.len()).collect();
    summary_block(inv, ev, &all, cols, false, records, lang)
}

/// The legend, each target's counts and most frequent blocker, and the notes.
fn summary_block(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    shown: &[usize],
    cols: usize,
    with_table: bool,
    records: Records,
    lang: Lang,
) -> String {
    let width = cols;
    let mut s = String::new();
    let summary = summarise(inv, ev, lang);
    let legend = word(lang, Word::Legend);
    // Each mark with its words on one line.
    let marks: Vec<String> = legend.split("  ").map(str::to_string).collect();
    for l in fit::pack(&marks, "  ", width.saturating_sub(2)) {
        let _ = writeln!(s, "  {l}");
    }
    // What `✓?` means, where a target shown has such a verdict.
    if shown
        .iter()
        .any(|j| summary.targets[*j].readiness.any_partly_checked())
    {
        for l in fit::wrap(checked::legend(lang), width.saturating_sub(2)) {
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
            .collect::<Vec<_>>();
        if c.not_applicable > 0 {
            counts.push(format!("· {}", c.not_applicable));
        }
        let head = format!("  {} {}: ", mx.target(), mx.edition());
        let lines = if c.not_applicable == inv.machines.len() && !inv.machines.is_empty()
            || !shown.contains(&j)
        {
            let text = format!(
                "· {}: {}",
                c.not_applicable,
                word(lang, Word::OtherPlatforms)
            );
            fit::hang(&head, 6, &text, width)
        } else {
            // Each mark with its count.
            fit::hang_items(&head, 6, &counts, "  ", width)
        };
        for l in lines {
            let _ = writeln!(s, "{l}");
        }
        if let Some(l) = checked::unchecked_line(&summary.targets[j], lang, true) {
            for l in fit::hang("    ", 8, &l, width) {
                let _ = writeln!(s, "{l}");
            }
        }
        // What most often stands in the way: a failed blocker; else, where none failed, a
        // condition; else a blocker that could not be judged.
        let t = &summary.targets[j];
        let most = (t.top_blockers.first().map(|b| ("✗", b)))
            .or_else(|| t.top_conditions.first().map(|b| ("~", b)))
            .or_else(|| t.top_unknowns.first().map(|b| ("?", b)));
        if let Some((mark, b)) = most {
            let title = mx
                .rules
                .iter()
                .find(|r| r.id == b.rule)
                .map_or(b.title.as_str().into(), |r| {
                    crate::words::finding::rule_title(r, lang)
                });
            let line = format!(
                "{} {mark} {} ({}): {title}",
                word(lang, Word::MostOften),
                b.rule,
                b.machines
            );
            for l in fit::hang("    ", 8, &line, width) {
                let _ = writeln!(s, "{l}");
            }
        }
        // Quotas the estate exceeds, and what to check on each machine (AWS targets).
        let in_scope = inv.machines.len().saturating_sub(c.not_applicable);
        for line in crate::words::manual::target_notes(mx, in_scope, lang) {
            for l in fit::hang("    ", 8, &line, width) {
                let _ = writeln!(s, "{l}");
            }
        }
    }
    // Disaster recovery, where anybody asked about it: verdicts and the link's arithmetic.
    if let Some(lines) = super::dr_summary(ev, lang) {
        s.push('\n');
        let _ = writeln!(s, "  {}:", fixed(lang, "rep-dr-head"));
        for l in lines {
            for w in fit::wrap(&l, width.saturating_sub(4)) {
                let _ = writeln!(s, "    {w}");
            }
        }
    }
    // The estate: totals, what a `--where` left out, per-group readiness.
    s.push_str(&super::estate::terminal(inv, ev, lang, width));
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
        notes.push(match records {
            Records::Inspect => crate::say!(lang, "rep-dq-note-inspect", n = dq),
            Records::Workbook => crate::say!(lang, "rep-dq-note", n = dq),
            Records::Json => crate::say!(lang, "rep-dq-note-json", n = dq),
        });
    }
    notes.push(if with_table {
        word(lang, Word::WhyEach).to_string()
    } else {
        fixed(lang, "rep-why-each-in-report").to_string()
    });
    let clouds = crate::words::clouds::of_targets(ev.selection.matrices.iter().map(|m| m.target()));
    if let Some(note) = crate::words::clouds::assessed_note(&clouds, lang) {
        notes.push(note);
    }
    for n in notes {
        for l in fit::wrap(&n, width.saturating_sub(2)) {
            let _ = writeln!(s, "  {l}");
        }
    }
    s
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
}
