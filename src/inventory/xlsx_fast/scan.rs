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
use super::tags::{
    Tag, attrs, end_tag, find_end, index, local, position, start_tag, text_until_end,
};
use super::text::{decode_into, has_escape, trim, unescape_into, utf8};
use crate::inventory::sheet::{Cell, text_cell};

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
        let first = self.pos == 0 && self.buf.is_empty();
        self.buf.drain(..self.pos);
        self.pos = 0;
        // What is left is one item cut short, which is scanned again from its start: at
        // least double it, so that a huge cell costs a few passes, not one per chunk.
        let len = self.buf.len();
        let want = len + CHUNK.max(len);
        self.buf.resize(want, 0);
        let mut got = len;
        while got < want {
            match self.input.read(&mut self.buf[got..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => got += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return Err(Bail("sheet part cannot be inflated")),
            }
        }
        self.buf.truncate(got);
        if first {
            super::parts::utf8_declared(&self.buf)?;
        }
        Ok(())
    }
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
    /// The next item of `whole` (text is skipped): what it was and how many bytes it took.
    fn step(&mut self, whole: &[u8]) -> Result<Step, Bail> {
        let Some(lt) = memchr::memchr(b'<', whole) else {
            return Ok(Step::More(whole.len()));
        };
        let s = &whole[lt..];
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
                    b"c" => Ok(match self.cell(whole, lt, &tag)? {
                        Some((end, row, col, p)) => Step::Cell(end, row, col, p),
                        None => Step::More(lt),
                    }),
                    _ => Err(Bail("unexpected element in sheet data")),
                }
            }
        }
    }

    /// The whole `<c>…</c>` whose start tag `tag` is at `s[at]`: where it ends, its
    /// position and where its value lies (offsets into `s`); `None` if the buffer ends
    /// inside it.
    fn cell(
        &mut self,
        s: &[u8],
        at: usize,
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
        let mut i = at + tag.len;
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
                        if child.empty {
                            val = Val::Inline(i, i);
                        } else {
                            let Some((start, len)) = find_end(&s[i..], child.name) else {
                                return Ok(None);
                            };
                            val = Val::Inline(i, i + start);
                            i += len;
                        }
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
