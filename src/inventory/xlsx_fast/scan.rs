//! One worksheet's XML, scanned cell by cell with `memchr` instead of a general XML parser.
//!
//! A 100,000-VM RVTools export is a gigabyte of sheet XML in which nearly every byte is one
//! of a handful of shapes: `<row r="2">`, `<c r="A2" s="1" t="s"><v>7</v></c>`,
//! `<c t="inlineStr"><is><t>text</t></is></c>`. Those are read here at several times the
//! speed of calamine's event reader, giving exactly the cells calamine gives (the same
//! positions, types, trimming, escapes, dates). Everything else the format allows (rich
//! text in a cell, CDATA, comments, other encodings, anything malformed) is refused with a
//! [`Bail`], and the sheet is read again by calamine, so a rare file is slower, never wrong.

use std::io::Read;

use compact_str::CompactString;

use super::Bail;
use super::parts::NumFormat;
use super::text::{decode_into, has_escape, trim, unescape_into, utf8};
use crate::inventory::source::{Cell, text_cell};

/// Bytes inflated at a time.
const CHUNK: usize = 1 << 18;

/// What the workbook tells a sheet: its shared strings and what each style makes of numbers.
pub(crate) struct Context<'b> {
    pub strings: &'b [String],
    pub formats: &'b [NumFormat],
}

/// Streams the cells of one sheet part.
pub(crate) struct SheetScan<'b, R> {
    input: R,
    buf: Vec<u8>,
    pos: usize,
    eof: bool,
    st: State<'b>,
    /// The cell last returned: where its step began in `buf`, and its value's place.
    last: Option<(usize, Pending)>,
}

struct State<'b> {
    cx: Context<'b>,
    row: u32,
    col: u32,
    in_data: bool,
    done: bool,
    /// Scratch for decoded text and for the text of an inline string.
    text: String,
    value: String,
}

enum Step {
    /// The buffer ends inside the next item: `usize` bytes before it can go.
    More(usize),
    /// An item (tag, text) of `usize` bytes read; nothing to report.
    Skip(usize),
    /// A cell of `usize` bytes at (row, column); its value is read only if asked for.
    Cell(usize, u32, u32, Pending),
}

/// Where the value of the cell just read lies, as offsets from where its step began; read
/// by [`SheetScan::value`] only for the columns the importer keeps (25 of vInfo's 93).
#[derive(Clone, Copy)]
struct Pending {
    val: Val,
    style: Option<(usize, usize)>,
    typ: Option<(usize, usize)>,
}

impl<'b, R: Read> SheetScan<'b, R> {
    pub(crate) fn new(input: R, cx: Context<'b>) -> Self {
        SheetScan {
            input,
            buf: Vec::with_capacity(CHUNK * 2),
            pos: 0,
            eof: false,
            last: None,
            st: State {
                cx,
                row: 0,
                col: 0,
                in_data: false,
                done: false,
                text: String::new(),
                value: String::new(),
            },
        }
    }

    /// The position (0-based row, column) of the next cell in document order, `None` after
    /// `</sheetData>`.
    pub(crate) fn next_cell(&mut self) -> Result<Option<(u32, u32)>, Bail> {
        self.last = None;
        while !self.st.done {
            match self.st.step(&self.buf[self.pos..])? {
                Step::Skip(n) => self.pos += n,
                Step::Cell(n, row, col, pending) => {
                    self.last = Some((self.pos, pending));
                    self.pos += n;
                    return Ok(Some((row, col)));
                }
                Step::More(n) => {
                    self.pos += n;
                    self.fill()?;
                }
            }
        }
        Ok(None)
    }

    /// What the cell last returned by [`next_cell`](Self::next_cell) holds: `None` if
    /// nothing calamine would report as a value.
    pub(crate) fn value(&mut self) -> Result<Option<Cell>, Bail> {
        let Some((base, p)) = self.last else {
            return Ok(None);
        };
        let s = &self.buf[base..];
        let at = |r: Option<(usize, usize)>| r.map(|(a, b)| &s[a..b]);
        match p.val {
            Val::Empty => Ok(None),
            Val::V(a, b) => self.st.v(&s[a..b], at(p.style), at(p.typ)),
            Val::Inline(a, b) => {
                self.st.inline(&s[a..b])?;
                Ok(text_cell(&self.st.value))
            }
        }
    }

    fn fill(&mut self) -> Result<(), Bail> {
        if self.eof {
            return Err(Bail("sheet ends before </sheetData>"));
        }
        self.buf.drain(..self.pos);
        self.pos = 0;
        let len = self.buf.len();
        self.buf.resize(len + CHUNK, 0);
        let n = loop {
            match self.input.read(&mut self.buf[len..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return Err(Bail("sheet part cannot be inflated")),
            }
        };
        self.buf.truncate(len + n);
        if len == 0 && n > 0 {
            super::parts::utf8_declared(&self.buf)?;
        }
        self.eof = n == 0;
        Ok(())
    }
}

/// A start tag: its name, its attribute text, its length through `>`.
struct Tag<'a> {
    name: &'a [u8],
    attrs: &'a [u8],
    len: usize,
    empty: bool,
}

/// The tag at `s[0] == b'<'`; `None` if the buffer ends inside it. Tags are a few dozen
/// bytes, so a plain loop beats a `memchr` call per quote.
fn start_tag(s: &[u8]) -> Result<Option<Tag<'_>>, Bail> {
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
            b' ' | b'\t' | b'\n' | b'\r' | b'/' if name_end == 0 => name_end = i,
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
fn end_tag(s: &[u8]) -> Option<(&[u8], usize)> {
    let gt = memchr::memchr(b'>', s)?;
    Some((s[2..gt].trim_ascii_end(), gt + 1))
}

fn local(name: &[u8]) -> &[u8] {
    match memchr::memrchr(b':', name) {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// `key="value"` pairs of a tag's attribute text.
fn attrs(mut s: &[u8]) -> impl Iterator<Item = Result<(&[u8], &[u8]), Bail>> {
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
fn position(r: &[u8]) -> Result<(u32, Option<u32>), Bail> {
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

fn index(s: &[u8]) -> Result<usize, Bail> {
    if s.is_empty() || s.len() > 12 || !s.iter().all(u8::is_ascii_digit) {
        return Err(Bail("malformed index"));
    }
    Ok(s.iter().fold(0usize, |n, d| n * 10 + usize::from(d - b'0')))
}

/// What the last child element of a `<c>` left (calamine keeps the last one).
#[derive(Clone, Copy)]
enum Val {
    Empty,
    /// A `<v>`'s raw text, at this range.
    V(usize, usize),
    /// An `<is>`'s content, at this range.
    Inline(usize, usize),
}

impl State<'_> {
    fn step(&mut self, s: &[u8]) -> Result<Step, Bail> {
        let Some(lt) = memchr::memchr(b'<', s) else {
            return Ok(Step::More(s.len()));
        };
        let s = &s[lt..];
        let Some(&next) = s.get(1) else {
            return Ok(Step::More(lt));
        };
        match next {
            b'?' | b'!' if !self.in_data => {
                let close: &[u8] = if s.starts_with(b"<!--") {
                    b"-->"
                } else if next == b'?' {
                    b"?>"
                } else {
                    return Err(Bail("declaration in a sheet"));
                };
                match memchr::memmem::find(s, close) {
                    Some(end) => Ok(Step::Skip(lt + end + close.len())),
                    None => Ok(Step::More(lt)),
                }
            }
            b'?' | b'!' => Err(Bail("comment, CDATA or instruction in sheet data")),
            b'/' => {
                let Some((name, len)) = end_tag(s) else {
                    return Ok(Step::More(lt));
                };
                if self.in_data {
                    match local(name) {
                        b"row" => {
                            self.row += 1;
                            self.col = 0;
                        }
                        b"sheetData" => self.done = true,
                        _ => return Err(Bail("unexpected end tag in sheet data")),
                    }
                }
                Ok(Step::Skip(lt + len))
            }
            _ if !self.in_data => {
                let Some(tag) = start_tag(s)? else {
                    return Ok(Step::More(lt));
                };
                match local(tag.name) {
                    b"sheetData" => {
                        self.in_data = true;
                        self.done = tag.empty;
                    }
                    b"dimension" => {
                        let r = attrs(tag.attrs)
                            .find_map(|a| match a {
                                Ok((b"ref", v)) => Some(Ok(v)),
                                Ok(_) => None,
                                Err(e) => Some(Err(e)),
                            })
                            .transpose()?
                            .ok_or(Bail("dimension without ref"))?;
                        let parts: Vec<&[u8]> = r.split(|b| *b == b':').collect();
                        if parts.len() > 2 {
                            return Err(Bail("malformed dimension"));
                        }
                        for p in parts {
                            position(p)?;
                        }
                    }
                    _ => {}
                }
                Ok(Step::Skip(lt + tag.len))
            }
            _ => {
                let Some(tag) = start_tag(s)? else {
                    return Ok(Step::More(lt));
                };
                match local(tag.name) {
                    b"row" => {
                        for a in attrs(tag.attrs) {
                            if let (b"r", v) = a? {
                                self.row = position(v)?.0;
                            }
                        }
                        if tag.empty {
                            self.row += 1;
                            self.col = 0;
                        }
                        Ok(Step::Skip(lt + tag.len))
                    }
                    b"c" => Ok(match self.cell(s, &tag)? {
                        Some((len, row, col, p)) => {
                            let shift =
                                |r: Option<(usize, usize)>| r.map(|(a, b)| (a + lt, b + lt));
                            let val = match p.val {
                                Val::Empty => Val::Empty,
                                Val::V(a, b) => Val::V(a + lt, b + lt),
                                Val::Inline(a, b) => Val::Inline(a + lt, b + lt),
                            };
                            let p = Pending {
                                val,
                                style: shift(p.style),
                                typ: shift(p.typ),
                            };
                            Step::Cell(lt + len, row, col, p)
                        }
                        None => Step::More(lt),
                    }),
                    _ => Err(Bail("unexpected element in sheet data")),
                }
            }
        }
    }

    /// A whole `<c>…</c>` at the start of `s`: its length, position and where its value
    /// lies; `None` if the buffer ends inside it.
    fn cell(
        &mut self,
        s: &[u8],
        tag: &Tag<'_>,
    ) -> Result<Option<(usize, u32, u32, Pending)>, Bail> {
        let (mut r, mut style, mut typ) = (None, None, None);
        let offset = |v: &[u8]| {
            let a = v.as_ptr() as usize - s.as_ptr() as usize;
            (a, a + v.len())
        };
        for a in attrs(tag.attrs) {
            match a? {
                (b"r", v) => r = Some(v),
                (b"s", v) => style = Some(offset(v)),
                (b"t", v) => typ = Some(offset(v)),
                _ => {}
            }
        }
        let (row, col) = match r {
            Some(r) => match position(r)? {
                (row, Some(col)) => (row, col),
                (_, None) => return Err(Bail("cell reference without a column")),
            },
            None => (self.row, self.col),
        };
        let mut i = tag.len;
        let mut val = Val::Empty;
        if !tag.empty {
            loop {
                let Some(lt) = memchr::memchr(b'<', &s[i..]) else {
                    return Ok(None);
                };
                i += lt;
                let Some(&next) = s.get(i + 1) else {
                    return Ok(None);
                };
                if next == b'/' {
                    let Some((name, len)) = end_tag(&s[i..]) else {
                        return Ok(None);
                    };
                    if local(name) != b"c" {
                        return Err(Bail("unexpected end tag in a cell"));
                    }
                    i += len;
                    break;
                }
                if next == b'!' || next == b'?' {
                    return Err(Bail("comment, CDATA or instruction in a cell"));
                }
                let Some(child) = start_tag(&s[i..])? else {
                    return Ok(None);
                };
                i += child.len;
                let is_v = match local(child.name) {
                    b"v" => true,
                    b"f" => false,
                    b"is" => {
                        let len = if child.empty {
                            0
                        } else {
                            match find_end(&s[i..], child.name) {
                                Some((start, len)) => {
                                    val = Val::Inline(i, i + start);
                                    i += len;
                                    continue;
                                }
                                None => return Ok(None),
                            }
                        };
                        val = Val::Inline(i, i + len);
                        continue;
                    }
                    _ => return Err(Bail("unexpected element in a cell")),
                };
                if child.empty {
                    val = if is_v { Val::V(i, i) } else { Val::Empty };
                    continue;
                }
                let Some((end, len)) = text_until_end(&s[i..], child.name)? else {
                    return Ok(None);
                };
                val = if is_v { Val::V(i, i + end) } else { Val::Empty };
                i += len;
            }
        }
        self.col = col + 1;
        Ok(Some((i, row, col, Pending { val, style, typ })))
    }

    /// The text of an `<is>`'s content (one or more plain `<t>`s) into `self.value`. Rich
    /// runs and phonetic text are left to calamine.
    fn inline(&mut self, s: &[u8]) -> Result<(), Bail> {
        self.value.clear();
        let mut i = 0;
        while let Some(lt) = memchr::memchr(b'<', &s[i..]) {
            i += lt;
            let t = start_tag(&s[i..])?.ok_or(Bail("broken inline string"))?;
            if local(t.name) != b"t" {
                return Err(Bail("rich or phonetic inline string"));
            }
            i += t.len;
            let mut preserve = false;
            for a in attrs(t.attrs) {
                if let (b"xml:space", v) = a? {
                    preserve = v == b"preserve";
                }
            }
            if t.empty {
                continue;
            }
            let (end, len) =
                text_until_end(&s[i..], t.name)?.ok_or(Bail("broken inline string"))?;
            self.text.clear();
            decode_into(&s[i..i + end], &mut self.text)?;
            let kept = if preserve {
                &self.text[..]
            } else {
                trim(&self.text)
            };
            unescape_into(kept, &mut self.value);
            i += len;
        }
        Ok(())
    }

    /// A `<v>`'s text as calamine's `read_v` reads it for the cell's type and style.
    fn v(
        &mut self,
        raw: &[u8],
        style: Option<&[u8]>,
        typ: Option<&[u8]>,
    ) -> Result<Option<Cell>, Bail> {
        match typ {
            None | Some(b"n" | b"s" | b"b" | b"e") => {
                if raw.is_empty() {
                    return Ok(None);
                }
                if memchr::memchr(b'&', raw).is_some() {
                    return Err(Bail("entity in a value"));
                }
                let v = utf8(raw)?;
                Ok(match typ {
                    Some(b"s") => {
                        let s = self
                            .cx
                            .strings
                            .get(index(raw)?)
                            .ok_or(Bail("no such shared string"))?;
                        text_cell(s)
                    }
                    Some(b"b") => match v.trim() {
                        "" => None,
                        "0" | "false" => Some(Cell::Bool(false)),
                        "1" | "true" => Some(Cell::Bool(true)),
                        _ => return Err(Bail("malformed boolean")),
                    },
                    Some(b"e") => {
                        let e: calamine::CellErrorType =
                            v.parse().map_err(|_| Bail("unknown error value"))?;
                        Some(Cell::Error(e.to_string()))
                    }
                    _ => match fast_float2::parse::<f64, _>(raw) {
                        Ok(n) => Some(self.number(n, style)?),
                        Err(_) if typ.is_none() => text_cell(v),
                        Err(_) => return Err(Bail("malformed number")),
                    },
                })
            }
            Some(b"inlineStr" | b"is") => Ok(None),
            Some(b"str") => {
                self.text.clear();
                decode_into(raw, &mut self.text)?;
                if has_escape(&self.text) {
                    self.value.clear();
                    unescape_into(&self.text, &mut self.value);
                    Ok(text_cell(&self.value))
                } else {
                    Ok(text_cell(&self.text))
                }
            }
            Some(b"d") => {
                self.text.clear();
                decode_into(raw, &mut self.text)?;
                Ok(Some(Cell::Text(CompactString::from(self.text.as_str()))))
            }
            Some(_) => Err(Bail("unknown cell type")),
        }
    }

    fn number(&self, n: f64, style: Option<&[u8]>) -> Result<Cell, Bail> {
        let format = match style {
            Some(s) => self.cx.formats.get(index(s)?).copied(),
            None => Some(NumFormat::Other),
        };
        Ok(match format {
            Some(NumFormat::DateTime | NumFormat::TimeDelta) => Cell::Date(n),
            _ => Cell::Number(n),
        })
    }
}

/// The end tag of `name` in `s`: where it starts and the length through it.
fn find_end(s: &[u8], name: &[u8]) -> Option<(usize, usize)> {
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
fn text_until_end(s: &[u8], name: &[u8]) -> Result<Option<(usize, usize)>, Bail> {
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
