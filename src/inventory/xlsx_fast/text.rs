//! Cell text as calamine reads it: XML entities and character references decoded, the
//! ASCII whitespace around a `<t>` trimmed unless it says `xml:space="preserve"`, then
//! Excel's `_xHHHH_` escapes undone. Each step mirrors calamine 0.38 (and quick-xml 0.42
//! under it) so that the fast reader and calamine give a sheet the same cells; anything
//! they would treat differently is refused ([`Bail`]) rather than guessed.

use super::Bail;

/// Decodes `&amp;`-style entities and `&#N;`/`&#xH;` references of raw XML text into `out`
/// (appended). A carriage return is refused: quick-xml folds line ends first (XML 1.0 §2.11).
pub(super) fn decode_into(raw: &[u8], out: &mut String) -> Result<(), Bail> {
    if memchr::memchr(b'\r', raw).is_some() {
        return Err(Bail("carriage return in text"));
    }
    let mut rest = raw;
    while let Some(amp) = memchr::memchr(b'&', rest) {
        out.push_str(utf8(&rest[..amp])?);
        let after = &rest[amp + 1..];
        let semi = memchr::memchr(b';', after).ok_or(Bail("unterminated entity"))?;
        let name = &after[..semi];
        match name {
            b"lt" => out.push('<'),
            b"gt" => out.push('>'),
            b"amp" => out.push('&'),
            b"apos" => out.push('\''),
            b"quot" => out.push('"'),
            _ => out.push(char_ref(name)?),
        }
        rest = &after[semi + 1..];
    }
    out.push_str(utf8(rest)?);
    Ok(())
}

/// `#65` or `#x41`, as quick-xml's `parse_number` reads them: no sign, not zero, a real char.
fn char_ref(name: &[u8]) -> Result<char, Bail> {
    let bad = Bail("unknown entity");
    let num = name.strip_prefix(b"#").ok_or(bad)?;
    let (digits, radix) = match num.strip_prefix(b"x") {
        Some(hex) => (hex, 16),
        None => (num, 10),
    };
    if digits.first().is_some_and(|b| *b == b'+' || *b == b'-') {
        return Err(bad);
    }
    let code = u32::from_str_radix(utf8(digits)?, radix).map_err(|_| bad)?;
    if code == 0 {
        return Err(bad);
    }
    char::from_u32(code).ok_or(bad)
}

pub(super) fn utf8(b: &[u8]) -> Result<&str, Bail> {
    std::str::from_utf8(b).map_err(|_| Bail("text is not UTF-8"))
}

/// The whitespace calamine trims from a `<t>` without `xml:space="preserve"`.
pub(super) fn trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\r', '\n'])
}

const ESCAPE_LEN: usize = 7; // "_xHHHH_"

/// Undoes Excel's `_xHHHH_` escapes (UTF-16 code units; a lone surrogate becomes U+FFFD),
/// appending to `out`: the algorithm of calamine's `unescape_xml`.
pub(super) fn unescape_into(s: &str, out: &mut String) {
    let Some((mut index, mut unit)) = find_escape(s, 0) else {
        out.push_str(s);
        return;
    };
    let mut copied = 0;
    loop {
        out.push_str(&s[copied..index]);
        index += ESCAPE_LEN;
        match unit {
            0xD800..=0xDBFF => match parse_escape(s, index) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    let cp =
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    out.push(char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER));
                    index += ESCAPE_LEN;
                }
                _ => out.push(char::REPLACEMENT_CHARACTER),
            },
            0xDC00..=0xDFFF => out.push(char::REPLACEMENT_CHARACTER),
            _ => out.push(char::from_u32(u32::from(unit)).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
        copied = index;
        match find_escape(s, index) {
            Some(next) => (index, unit) = next,
            None => break,
        }
    }
    out.push_str(&s[copied..]);
}

/// Whether `s` holds an escape at all (most text does not, and is copied once).
pub(super) fn has_escape(s: &str) -> bool {
    find_escape(s, 0).is_some()
}

fn find_escape(s: &str, mut start: usize) -> Option<(usize, u16)> {
    while let Some(offset) = memchr::memchr(b'_', &s.as_bytes()[start..]) {
        let index = start + offset;
        if let Some(unit) = parse_escape(s, index) {
            return Some((index, unit));
        }
        start = index + 1;
    }
    None
}

fn parse_escape(s: &str, index: usize) -> Option<u16> {
    let b = s.as_bytes().get(index..index + ESCAPE_LEN)?;
    if b[0] != b'_' || b[1] != b'x' || b[6] != b'_' || !b[2..6].iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u16::from_str_radix(std::str::from_utf8(&b[2..6]).ok()?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(raw: &str) -> Result<String, Bail> {
        let mut s = String::new();
        decode_into(raw.as_bytes(), &mut s).map(|()| s)
    }

    #[test]
    fn entities_and_references_decode_like_quick_xml() {
        let cases: &[(&str, Option<&str>)] = &[
            ("plain", Some("plain")),
            (
                "R&amp;D &lt;x&gt; &quot;q&quot; &apos;a&apos;",
                Some("R&D <x> \"q\" 'a'"),
            ),
            ("&#65;&#x42;&#x00e9;", Some("ABé")),
            ("&#0;", None),
            ("&#x-1;", None),
            ("&#+65;", None),
            ("&#xD800;", None),
            ("&nbsp;", None),
            ("a &amp b", None),
            ("line\r\nbreak", None),
            ("line\nbreak", Some("line\nbreak")),
        ];
        for (raw, want) in cases {
            assert_eq!(decoded(raw).ok().as_deref(), *want, "{raw}");
        }
    }

    #[test]
    fn excel_escapes_undo_like_calamine() {
        let cases = [
            ("no escape", "no escape"),
            ("a_x000D_b", "a\rb"),
            ("_x005F_x000D_", "_x000D_"),
            ("_xD83D__xDCF7_", "📷"),
            ("_xD83D_ alone", "\u{FFFD} alone"),
            ("_xDCF7_", "\u{FFFD}"),
            ("_x00zz_ srv_x64", "_x00zz_ srv_x64"),
            ("end_x0041_", "endA"),
        ];
        for (raw, want) in cases {
            let mut out = String::new();
            unescape_into(raw, &mut out);
            assert_eq!(out, want, "{raw}");
            assert_eq!(has_escape(raw), raw != want, "{raw}");
        }
    }
}
