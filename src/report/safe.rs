//! Inventory text made harmless where it is shown. A machine name, an OS string, a sheet name
//! or a cell is whatever the file says: an escape sequence in it would clear a terminal,
//! retitle it or plant a fake hyperlink (OSC 8), and a bidi override would make `evil.exe`
//! read as `exe.live`; in Markdown, `<img onerror>` or `[x](javascript:…)` would run where
//! the report is rendered. Every such character is shown, not obeyed: `\u{1b}`.

use std::borrow::Cow;

/// Characters a terminal or a renderer would act on rather than show: C0 and C1 controls,
/// DEL, the bidi embeddings, overrides and isolates, and the marks that reorder text.
fn is_active(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

fn escape(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_active(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_active(c) && !keep(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One value on one line (a name in a table column): every active character visible,
/// new lines and tabs too, so a value cannot break the table's lines or columns.
pub fn term(s: &str) -> Cow<'_, str> {
    escape(s, |_| false)
}

/// A whole text for the terminal: new lines kept, every other active character visible.
/// With `colour`, rehost's own colours (`ESC[0m`, `ESC[31m`, `ESC[32m`, `ESC[33m`,
/// `ESC[90m`, and nothing else) pass; inventory text is escaped before it is painted, so
/// these are the only escapes left in a report.
pub fn term_text(s: &str, colour: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_active(c) && c != '\n') {
        return Cow::Borrowed(s);
    }
    const OURS: [&str; 5] = ["\x1b[0m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[90m"];
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if colour
            && c == '\x1b'
            && let Some(ours) = OURS.iter().find(|o| rest.starts_with(**o))
        {
            out.push_str(ours);
            rest = &rest[ours.len()..];
            continue;
        }
        if is_active(c) && c != '\n' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// Text in a Markdown table cell or paragraph: shown as written, never as HTML, a link or
/// emphasis, on one line.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '|' | '`' | '*' | '_' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c if is_active(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Text inside a Markdown code span: no backtick can end the span early, nothing is active.
pub fn markdown_code(s: &str) -> String {
    term(s).replace('`', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_characters_are_shown_not_obeyed() {
        let cases = [
            ("plain", "plain"),
            (
                "vm\x1b[2J\x1b]0;owned\x07",
                "vm\\u{1b}[2J\\u{1b}]0;owned\\u{7}",
            ),
            (
                "\x1b]8;;https://evil\x1b\\click\x1b]8;;\x1b\\",
                "\\u{1b}]8;;https://evil\\u{1b}\\click\\u{1b}]8;;\\u{1b}\\",
            ),
            ("abc\u{202E}exe.txt", "abc\\u{202e}exe.txt"),
            ("a\u{2066}b\u{2069}", "a\\u{2066}b\\u{2069}"),
            ("tab\there\nline", "tab\\u{9}here\\u{a}line"),
            ("del\u{7f} c1\u{9b}", "del\\u{7f} c1\\u{9b}"),
            ("한국어 이름", "한국어 이름"),
        ];
        for (raw, want) in cases {
            assert_eq!(term(raw), want, "{raw:?}");
        }
        assert!(matches!(term("ok"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_whole_text_keeps_its_lines_and_only_our_colours() {
        let ours = "\x1b[32m✓\x1b[0m vm\n";
        assert_eq!(term_text(ours, true), ours);
        assert_eq!(term_text(ours, false), "\\u{1b}[32m✓\\u{1b}[0m vm\n");
        // Anything else starting with ESC is shown, colour or not.
        assert_eq!(term_text("\x1b[2J\x1b[8m", true), "\\u{1b}[2J\\u{1b}[8m");
        assert_eq!(term_text("a\u{202E}b\n", true), "a\\u{202e}b\n");
    }

    #[test]
    fn markdown_text_is_never_html_a_link_or_a_table_break() {
        assert_eq!(
            markdown("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            markdown("[click](javascript:alert(1))"),
            "\\[click\\](javascript:alert(1))"
        );
        assert_eq!(markdown("a|b\nc"), "a\\|b c");
        assert_eq!(markdown("*x* _y_ `z`"), "\\*x\\* \\_y\\_ \\`z\\`");
        assert_eq!(markdown("vm\x1b[2J"), "vm\\u{1b}\\[2J");
        assert_eq!(markdown_code("a`b\x1b"), "a'b\\u{1b}");
    }
}
