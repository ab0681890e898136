//! Terminal columns: a Hangul syllable takes two, so a table lines up by width, not by chars.

use unicode_width::UnicodeWidthStr;

/// Columns a text takes on a terminal: a Hangul syllable takes two.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces to `w` terminal columns.
pub fn pad(s: &str, w: usize) -> String {
    let n = width(s);
    if n >= w {
        return s.to_string();
    }
    format!("{s}{}", " ".repeat(w - n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_takes_two_columns() {
        assert_eq!(width("급여-DB-01"), 10);
        assert_eq!(pad("급여", 6), "급여  ");
        assert_eq!(width(&pad("vm1", 6)), 6);
    }
}
