//! Text fitted to the terminal's width: words wrapped into lines, a long field hung under its
//! column, so nothing rehost writes in a terminal runs past the width. A web address is never
//! broken (a broken one cannot be followed): it stands whole on a line of its own.

use super::columns::width;

/// Words into lines of at most `w` terminal columns, the spaces between two words on one line
/// as they were (`✓ 0  ✗ 2` keeps its two). A word wider than `w` is broken after a hyphen,
/// slash or comma where it can be, else at the width; a web address is left whole.
pub fn wrap(text: &str, w: usize) -> Vec<String> {
    let w = w.max(1);
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for (gap, word) in words(text) {
        let len = width(&line);
        let gap = if len == 0 { "" } else { gap };
        if len > 0 && len + width(gap) + width(word) > w {
            out.push(std::mem::take(&mut line));
        }
        let gap = if line.is_empty() { "" } else { gap };
        if width(word) > w && !word.contains("://") {
            // Too wide for any line: in pieces, each on its own line but the last.
            let room = w.saturating_sub(width(&line) + width(gap)).max(1);
            let mut pieces = split_wide(word, room, w);
            let last = pieces.pop().unwrap_or_default();
            for p in pieces {
                if !line.is_empty() {
                    line.push_str(gap);
                }
                line.push_str(&p);
                out.push(std::mem::take(&mut line));
            }
            line = last;
            continue;
        }
        line.push_str(gap);
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// Items (`DPC = DR-PEAK-CHURN`) into lines of at most `w` columns, `sep` between two on a
/// line; an item is broken only where it alone is wider than a line.
pub fn pack(items: &[String], sep: &str, w: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items {
        if !line.is_empty() && width(&line) + width(sep) + width(item) > w {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str(sep);
        }
        line.push_str(item);
        if width(&line) > w {
            let mut lines = wrap(&std::mem::take(&mut line), w);
            line = lines.pop().unwrap_or_default();
            out.extend(lines);
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// Items after `first` as [`hang`] places words: each item whole, `sep` between two on a line,
/// the lines after the first indented by `indent`.
pub fn hang_items(
    first: &str,
    indent: usize,
    items: &[String],
    sep: &str,
    w: usize,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = first.to_string();
    let mut on_line = 0;
    for item in items {
        let room = w.saturating_sub(width(&line));
        let sep_w = if on_line > 0 { width(sep) } else { 0 };
        let fresh = on_line == 0 && line.trim().is_empty();
        if !fresh && sep_w + width(item) > room {
            out.push(std::mem::take(&mut line).trim_end().to_string());
            line = " ".repeat(indent);
            on_line = 0;
        }
        if on_line > 0 {
            line.push_str(sep);
        }
        line.push_str(item);
        on_line += 1;
    }
    out.push(line);
    out
}

/// `text`'s words, each with the blanks before it.
fn words(text: &str) -> impl Iterator<Item = (&str, &str)> {
    let text = text.trim();
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let start = rest
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(rest.len());
        let (gap, tail) = rest.split_at(start);
        let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        let (word, after) = tail.split_at(end);
        rest = after;
        Some((gap, word))
    })
}

/// `word` in pieces, the first at most `first` columns and the rest at most `w`, each ending
/// after a hyphen, slash or comma where one falls in the piece.
fn split_wide(word: &str, first: usize, w: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = word;
    let mut room = first;
    while width(rest) > room {
        let mut end = 0;
        let mut soft = None;
        for (i, c) in rest.char_indices() {
            let next = i + c.len_utf8();
            if width(&rest[..next]) > room {
                break;
            }
            end = next;
            if matches!(c, '-' | '/' | '\\' | ',' | '_') {
                soft = Some(next);
            }
        }
        let cut = soft
            .unwrap_or(end)
            .max(rest.chars().next().map_or(1, char::len_utf8));
        out.push(rest[..cut].to_string());
        rest = &rest[cut..];
        room = w;
    }
    out.push(rest.to_string());
    out
}

/// `text` after `first` (a line's columns so far), wrapped to `w` columns, the lines after the
/// first indented by `indent` spaces: a long field hangs under its own column. Where that
/// column leaves too little room (under 24 columns), the field goes on under a shallow indent.
pub fn hang(first: &str, indent: usize, text: &str, w: usize) -> Vec<String> {
    let indent = if w.saturating_sub(indent) < 24 {
        indent.min(6)
    } else {
        indent
    };
    let start = width(first);
    let mut out = Vec::new();
    let mut all = words(text).peekable();
    // The first line: as many words as fit after `first`.
    let mut line = first.to_string();
    let mut rest = String::new();
    while let Some((gap, word)) = all.peek() {
        let gap = if width(&line) > start { *gap } else { "" };
        if width(&line) + width(gap) + width(word) > w {
            break;
        }
        line.push_str(gap);
        line.push_str(word);
        all.next();
    }
    for (gap, word) in all {
        if !rest.is_empty() {
            rest.push_str(gap);
        }
        rest.push_str(word);
    }
    if width(&line) > start || rest.is_empty() {
        out.push(line.trim_end().to_string());
    } else if !first.trim().is_empty() {
        out.push(first.trim_end().to_string());
    }
    let pad = " ".repeat(indent);
    for l in wrap(&rest, w.saturating_sub(indent)) {
        out.push(format!("{pad}{l}"));
    }
    out
}

/// Every line of `text` in at most `w` columns: a wider line wraps, its later lines hung under
/// the field it holds: after a short label (`fix:  `, `not used: `), else after its first
/// wide gap (a column), else two in from the line's own indent. A line that fits is untouched.
pub fn lines(text: &str, w: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if width(body) <= w {
            out.push_str(line);
            continue;
        }
        let lead = body.len() - body.trim_start().len();
        let content = &body[lead..];
        // The field starts after a label (`read: `), else after a column's gap.
        let field = content
            .find(": ")
            .filter(|i| *i <= 16 && !content[..*i].contains("  "))
            .map(|i| i + 1)
            .or_else(|| content.find("  ").filter(|i| width(&content[..*i]) <= 40))
            .map(|i| i + content[i..].len() - content[i..].trim_start().len());
        let (head, rest) = match field {
            Some(i) => body.split_at(lead + i),
            None => body.split_at(lead),
        };
        if rest.trim().contains("://") && !rest.trim().contains(char::is_whitespace) {
            // A web address alone: whole, where it can be followed from.
            out.push_str(line);
            continue;
        }
        let indent = match field {
            Some(_) => width(head),
            None => width(head) + 2,
        };
        for l in hang(head, indent, rest, w) {
            out.push_str(&l);
            out.push('\n');
        }
        if end.is_empty() {
            out.pop();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_within_the_width() {
        let lines = wrap("one two three four five six seven", 10);
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
        assert_eq!(lines.join(" "), "one two three four five six seven");
        assert_eq!(wrap("✓ 0  ✗ 2   ? 1", 80), ["✓ 0  ✗ 2   ? 1"]);
    }

    #[test]
    fn a_wide_word_breaks_after_a_hyphen_and_an_address_stays_whole() {
        let lines = wrap("see ASRVMW-INDEPENDENT-DISK-CONTROLLER now", 16);
        assert!(lines.iter().all(|l| width(l) <= 16), "{lines:?}");
        assert_eq!(
            lines.concat().replace(' ', ""),
            "seeASRVMW-INDEPENDENT-DISK-CONTROLLERnow"
        );
        assert!(
            lines.iter().any(|l| l.ends_with("INDEPENDENT-")),
            "{lines:?}"
        );
        let url =
            "https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-support-matrix";
        let lines = wrap(&format!("see: {url}"), 40);
        assert_eq!(lines, ["see:", url]);
    }

    #[test]
    fn long_lines_hang_under_their_field() {
        let text = "head\n                fix:  Upgrade the guest to a listed version (RHEL 8.9 and later)\n  see:  https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-support-matrix\n";
        let got = lines(text, 52);
        let want = "head\n                fix:  Upgrade the guest to a listed\n                      version (RHEL 8.9 and later)\n  see:  https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-support-matrix\n";
        assert_eq!(got, want);
        // A line that fits is left as it was, blanks and all.
        assert_eq!(lines("  a    b  \nc", 52), "  a    b  \nc");
    }

    #[test]
    fn items_stay_whole() {
        let items = [
            "T1 = asr-vmware 2026-04-06".to_string(),
            "T2 = asr-hyperv".into(),
        ];
        assert_eq!(pack(&items, " · ", 30), items);
        assert_eq!(pack(&items, " · ", 80), [items.join(" · ")]);
    }

    #[test]
    fn a_field_hangs_under_its_column() {
        let lines = hang(
            "  vm-01  ready  ",
            16,
            "one two three four five six seven eight",
            30,
        );
        assert_eq!(lines[0], "  vm-01  ready  one two three");
        assert!(
            lines[1..].iter().all(|l| l.starts_with(&" ".repeat(6))),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| width(l) <= 30), "{lines:?}");
        // Hangul takes two columns.
        let lines = hang("  ", 2, "가나다 라마바 사아자 차카타", 16);
        assert!(lines.iter().all(|l| width(l) <= 16), "{lines:?}");
        assert_eq!(lines.len(), 2);
    }
}
