//! The few pieces of XML syntax the fast reader needs, on bytes: a start tag and its
//! attributes, an end tag, a cell reference, the text up to an end tag.

use super::Bail;

/// A start tag: its name, its attribute text, its length through `>`.
pub(super) struct Tag<'a> {
    pub name: &'a [u8],
    pub attrs: &'a [u8],
    pub len: usize,
    /// `<c/>`: quick-xml, as calamine sets it up, reads it as `<c></c>`.
    pub empty: bool,
}

/// The tag at `s[0] == b'<'`; `None` if the buffer ends inside it. Tags are a few dozen
/// bytes, so a plain loop beats a `memchr` call per quote.
pub(super) fn start_tag(s: &[u8]) -> Result<Option<Tag<'_>>, Bail> {
    let mut name_end = 0;
    let mut quote = 0u8;
    let mut end = 0;
    for (i, &b) in s.iter().enumerate().skip(1) {
        if quote != 0 {
            if b == quote {
                quote = 0;
            }
            continue;
        }
        match b {
            b'>' => {
                end = i;
                break;
            }
            b'"' | b'\'' => quote = b,
            // Only `/>` closes an empty element; quick-xml reads `<c/ r="A1">` as an element
            // named `c/`, which calamine then skips: refused here rather than read as `<c>`.
            b'/' => match s.get(i + 1) {
                Some(b'>') if name_end == 0 => name_end = i,
                Some(b'>') => {}
                Some(_) => return Err(Bail("malformed tag")),
                None => return Ok(None),
            },
            b' ' | b'\t' | b'\n' | b'\r' if name_end == 0 => name_end = i,
            _ => {}
        }
    }
    if end == 0 {
        return Ok(None);
    }
    if name_end == 0 {
        name_end = end;
    }
    if name_end == 1 {
        return Err(Bail("tag without a name"));
    }
    let empty = end > name_end && s[end - 1] == b'/';
    Ok(Some(Tag {
        name: &s[1..name_end],
        attrs: &s[name_end..if empty { end - 1 } else { end }],
        len: end + 1,
        empty,
    }))
}

/// The end tag at `s[0..2] == b"</"`: its name and length.
pub(super) fn end_tag(s: &[u8]) -> Option<(&[u8], usize)> {
    let gt = memchr::memchr(b'>', s)?;
    Some((s[2..gt].trim_ascii_end(), gt + 1))
}

pub(super) fn local(name: &[u8]) -> &[u8] {
    match memchr::memrchr(b':', name) {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// `key="value"` pairs of a tag's attribute text.
pub(super) fn attrs(mut s: &[u8]) -> impl Iterator<Item = Result<(&[u8], &[u8]), Bail>> {
    std::iter::from_fn(move || {
        s = s.trim_ascii_start();
        if s.is_empty() {
            return None;
        }
        let bad = Err(Bail("malformed attribute"));
        let Some(eq) = memchr::memchr(b'=', s) else {
            return Some(bad);
        };
        let key = s[..eq].trim_ascii_end();
        let rest = s[eq + 1..].trim_ascii_start();
        let Some(&q) = rest.first().filter(|q| **q == b'"' || **q == b'\'') else {
            return Some(bad);
        };
        let Some(close) = memchr::memchr(q, &rest[1..]) else {
            return Some(bad);
        };
        let value = &rest[1..1 + close];
        s = &rest[close + 2..];
        Some(Ok((key, value)))
    })
}

/// calamine's `get_row_and_optional_column`: letters (the column), then digits (the row),
/// both 1-based in the text; 0-based out.
pub(super) fn position(r: &[u8]) -> Result<(u32, Option<u32>), Bail> {
    let bad = Bail("malformed cell reference");
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = &r[letters..];
    if letters > 3
        || digits.is_empty()
        || digits.len() > 7
        || !digits.iter().all(u8::is_ascii_digit)
    {
        return Err(bad);
    }
    let col = r[..letters].iter().fold(0u32, |c, b| {
        c * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1
    });
    let row = digits
        .iter()
        .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    Ok((row.checked_sub(1).ok_or(bad)?, col.checked_sub(1)))
}

pub(super) fn index(s: &[u8]) -> Result<usize, Bail> {
    if s.is_empty() || s.len() > 12 || !s.iter().all(u8::is_ascii_digit) {
        return Err(Bail("malformed index"));
    }
    Ok(s.iter().fold(0usize, |n, d| n * 10 + usize::from(d - b'0')))
}

/// The end tag of `name` in `s`: where it starts and the length through it.
pub(super) fn find_end(s: &[u8], name: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    loop {
        i += memchr::memchr(b'<', &s[i..])?;
        if s.get(i + 1) == Some(&b'/') {
            let (end, len) = end_tag(&s[i..])?;
            if end == name {
                return Some((i, i + len));
            }
        }
        i += 1;
    }
}

/// Text up to the end tag of `name`, which must come next: the length of the text and the
/// length through the end tag; `None` if the buffer ends first.
pub(super) fn text_until_end(s: &[u8], name: &[u8]) -> Result<Option<(usize, usize)>, Bail> {
    let Some(lt) = memchr::memchr(b'<', s) else {
        return Ok(None);
    };
    if s.len() < lt + 2 {
        return Ok(None);
    }
    if s[lt + 1] != b'/' {
        return Err(Bail("markup inside a value"));
    }
    let Some((end, len)) = end_tag(&s[lt..]) else {
        return Ok(None);
    };
    if end != name {
        return Err(Bail("value closed by another tag"));
    }
    Ok(Some((lt, lt + len)))
}
