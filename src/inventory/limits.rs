//! The caps that keep a hostile or broken workbook from taking the machine down, applied
//! before a reader builds anything: each produces a clear error (or, for a cell, a marked cut)
//! instead of an abort. The caps themselves, with their reasons, are in [`crate::limits`];
//! the README's "Robustness" section lists them.

use std::io::{Cursor, Read};

use super::imported::ImportError;
use super::note::FileProblem;
use crate::limits::Over;

pub use crate::limits::{
    MAX_CELL_CHARS, MAX_CELL_XML_BYTES, MAX_CELLS_PER_FILE, MAX_FILE_BYTES, MAX_ODS_CELLS,
    MAX_SHARED_STRINGS, MAX_SHARED_STRINGS_BYTES, MAX_SMALL_PART_BYTES, MAX_STYLES,
    MAX_TEXT_BYTES_PER_FILE, MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES,
};

/// The part cap, lowered by `REHOST_MAX_XLSX_PART_BYTES` (for tests and small machines).
fn max_entry() -> u64 {
    std::env::var("REHOST_MAX_XLSX_PART_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(MAX_ZIP_ENTRY_BYTES, |v: u64| v.min(MAX_ZIP_ENTRY_BYTES))
}

/// Refuses an xlsx whose parts declare absurd sizes before anything is inflated: the shared
/// strings table is read whole when the workbook opens, so this is the last safe moment.
pub fn check_zip(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ImportError::Unreadable {
            file: file.into(),
            sheet: None,
            why: super::note::FileProblem::NotZip(e.to_string()),
        })?;
    let mut total = 0u64;
    let max_entry = max_entry();
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| ImportError::Unreadable {
            file: file.into(),
            sheet: None,
            why: super::note::FileProblem::DamagedZipEntry {
                entry: i,
                why: e.to_string(),
            },
        })?;
        let size = entry.size();
        total = total.saturating_add(size);
        if size > max_entry || total > MAX_ZIP_TOTAL_BYTES {
            return Err(ImportError::TooLarge {
                file: file.into(),
                why: super::note::FileProblem::ZipPart {
                    part: entry.name().map(|n| n.to_string()).unwrap_or_default(),
                    bytes: size,
                    cap_part: max_entry,
                    cap_all: MAX_ZIP_TOTAL_BYTES,
                },
            });
        }
    }
    Ok(())
}

/// The xlsx parts a reader takes whole, checked before either reader (the fast one or
/// calamine) builds anything from them: the shared-string table (entries, bytes, the XML of
/// one string), the styles (number and cell formats) and the other small parts (bytes). Each
/// part is inflated once here through a fixed buffer, whatever it declares: a zip entry may
/// inflate past the size it states.
pub fn check_xlsx_parts(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // `check_zip` has said why.
    };
    let over = |why: Over| ImportError::TooLarge {
        file: file.into(),
        why: FileProblem::Over(why),
    };
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index(i) else {
            continue; // The readers say why.
        };
        let name = entry.name().unwrap_or_default().replace('\\', "/");
        let lower = name.to_ascii_lowercase();
        let base = lower.rsplit('/').next().unwrap_or_default().to_string();
        if base == "sharedstrings.xml" {
            shared_strings(entry).map_err(over)?;
        } else if base == "styles.xml" {
            small_part(entry, &name, &mut Styles::default()).map_err(over)?;
        } else if base == "workbook.xml" || base.ends_with(".rels") {
            small_part(entry, &name, &mut NoChecks).map_err(over)?;
        }
    }
    Ok(())
}

/// What a scan checks: each tag as it goes by, and the offset reached after each block (to
/// refuse what grows between tags, such as one string's endless text).
trait Checks {
    fn tag(&mut self, t: &Tag<'_>) -> Result<(), Over>;
    fn reached(&mut self, _pos: u64) -> Result<(), Over> {
        Ok(())
    }
}

/// A part read through the scanner, refused once it inflates past `MAX_SMALL_PART_BYTES`.
fn small_part(entry: impl Read, name: &str, checks: &mut impl Checks) -> Result<(), Over> {
    scan(entry, MAX_SMALL_PART_BYTES, checks).map_err(|e| match e {
        ScanStop::Cap => Over::PartBytes {
            part: name.to_string(),
            cap: MAX_SMALL_PART_BYTES,
        },
        ScanStop::Over(o) => o,
    })
}

/// Nothing but the part's size.
struct NoChecks;

impl Checks for NoChecks {
    fn tag(&mut self, _: &Tag<'_>) -> Result<(), Over> {
        Ok(())
    }
}

/// The shared-string table: its entries counted, each one's XML measured as it goes.
#[derive(Default)]
struct SharedStrings {
    count: usize,
    open: Option<u64>,
}

impl SharedStrings {
    fn long(&self, now: u64) -> Result<(), Over> {
        match self.open {
            Some(start) if now - start > MAX_CELL_XML_BYTES => Err(Over::CellXml {
                sheet: None,
                cell: format!("shared string {}", self.count.saturating_sub(1)),
                cap: MAX_CELL_XML_BYTES,
            }),
            _ => Ok(()),
        }
    }
}

impl Checks for SharedStrings {
    fn tag(&mut self, t: &Tag<'_>) -> Result<(), Over> {
        if t.name != b"si" {
            return Ok(());
        }
        if t.close {
            self.long(t.end)?;
            self.open = None;
        } else {
            self.count += 1;
            if self.count > MAX_SHARED_STRINGS {
                return Err(Over::SharedStrings {
                    cap: MAX_SHARED_STRINGS,
                });
            }
            self.open = Some(t.at);
        }
        Ok(())
    }

    fn reached(&mut self, pos: u64) -> Result<(), Over> {
        self.long(pos)
    }
}

fn shared_strings(entry: impl Read) -> Result<(), Over> {
    match scan(
        entry,
        MAX_SHARED_STRINGS_BYTES,
        &mut SharedStrings::default(),
    ) {
        Ok(()) => Ok(()),
        Err(ScanStop::Cap) => Err(Over::SharedStringsBytes {
            cap: MAX_SHARED_STRINGS_BYTES,
        }),
        Err(ScanStop::Over(o)) => Err(o),
    }
}

/// The styles' number and cell formats, counted.
#[derive(Default)]
struct Styles(usize);

impl Checks for Styles {
    fn tag(&mut self, t: &Tag<'_>) -> Result<(), Over> {
        if !t.close && (t.name == b"numFmt" || t.name == b"xf") {
            self.0 += 1;
            if self.0 > MAX_STYLES {
                return Err(Over::Styles { cap: MAX_STYLES });
            }
        }
        Ok(())
    }
}

/// An ODS's tables checked before calamine reads them: calamine expands
/// `table:number-rows-repeated` and `table:number-columns-repeated` into every cell of each
/// table's used rectangle, and clones a repeated cell's text into each. Counted here as it
/// counts them (its own caps: 1,048,576 rows, 16,384 columns), without building anything.
pub fn check_ods(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // calamine says why.
    };
    let Ok(entry) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let mut ods = OdsCount::default();
    match scan(entry, MAX_ZIP_ENTRY_BYTES, &mut ods) {
        Ok(()) => Ok(()),
        Err(ScanStop::Cap) => Err(Over::PartBytes {
            part: "content.xml".into(),
            cap: MAX_ZIP_ENTRY_BYTES,
        }),
        Err(ScanStop::Over(o)) => Err(o),
    }
    .map_err(|why| ImportError::TooLarge {
        file: file.into(),
        why: FileProblem::Over(why),
    })
}

/// calamine's limits on one ODS table.
const ODS_ROWS: u64 = 1_048_576;
const ODS_COLUMNS: u64 = 16_384;

/// The count of what calamine would build from an ODS, as its tags go by.
#[derive(Default)]
struct OdsCount {
    /// The table being read: its name, rows so far (repeats counted), the rows and columns
    /// its non-empty cells span.
    table: String,
    rows: u64,
    first_row: Option<u64>,
    end_row: u64,
    col_min: u64,
    col_max: u64,
    /// Cells of the rectangles of the tables read before this one.
    done: u64,
    /// Cells calamine pushes before expanding rows (each row once, its repeated cells cloned).
    raw: u64,
    /// Text the expanded cells hold (a cell's XML bounds its text).
    text: u64,
    /// The row being read: its repeat, the columns pushed, empty columns waiting, the span of
    /// its non-empty cells, the bytes of its non-empty cells' XML (times their repeats).
    row_repeat: u64,
    cols: u64,
    pending: u64,
    row_span: Option<(u64, u64)>,
    row_text: u64,
    cell: Option<OdsCell>,
}

struct OdsCell {
    at: u64,
    repeat: u64,
    nonempty: bool,
    /// Column where the cell starts (0-based).
    col: u64,
}

impl Checks for OdsCount {
    fn tag(&mut self, t: &Tag<'_>) -> Result<(), Over> {
        self.on_tag(t)
    }

    fn reached(&mut self, pos: u64) -> Result<(), Over> {
        match &self.cell {
            Some(c) if pos - c.at > MAX_CELL_XML_BYTES => Err(self.long_cell()),
            _ => Ok(()),
        }
    }
}

impl OdsCount {
    fn long_cell(&self) -> Over {
        Over::CellXml {
            sheet: Some(self.table.clone()),
            cell: self.cell_ref(),
            cap: MAX_CELL_XML_BYTES,
        }
    }

    fn cell_ref(&self) -> String {
        let col = self.cell.as_ref().map_or(self.cols, |c| c.col);
        format!(
            "{}{}",
            crate::model::col_letter(col as usize),
            self.rows + 1
        )
    }

    fn table_cells(&self) -> u64 {
        match self.first_row {
            Some(first) => (self.end_row - first).saturating_mul(self.col_max + 1 - self.col_min),
            None => 0,
        }
    }

    fn on_tag(&mut self, t: &Tag<'_>) -> Result<(), Over> {
        match (t.name, t.close) {
            (b"table", false) => {
                self.done = self.done.saturating_add(self.table_cells());
                self.table = t.attr(b"name").unwrap_or_default();
                self.rows = 0;
                self.first_row = None;
                self.end_row = 0;
                self.col_min = u64::MAX;
                self.col_max = 0;
            }
            (b"table-row", false) => {
                self.row_repeat = t
                    .number(b"number-rows-repeated")
                    .min(ODS_ROWS.saturating_sub(self.rows));
                self.cols = 0;
                self.pending = 0;
                self.row_span = None;
                self.row_text = 0;
            }
            (b"table-row", true) => self.end_of_row()?,
            (b"table-cell" | b"covered-table-cell", false) => {
                let repeat = t
                    .number(b"number-columns-repeated")
                    .min(ODS_COLUMNS.saturating_sub(self.cols));
                // A cell with a value, a formula or content (text) is kept; an empty
                // self-closed cell (however styled) is only a gap.
                let nonempty = !t.empty
                    || t.attrs.iter().any(|(k, _)| {
                        memchr::memmem::find(k, b"value").is_some()
                            || memchr::memmem::find(k, b"formula").is_some()
                    });
                self.cell = Some(OdsCell {
                    at: t.at,
                    repeat,
                    nonempty,
                    col: self.cols + if nonempty { self.pending } else { 0 },
                });
            }
            (b"table-cell" | b"covered-table-cell", true) => self.end_of_cell(t.end)?,
            _ => {}
        }
        Ok(())
    }

    fn end_of_cell(&mut self, end: u64) -> Result<(), Over> {
        let Some(c) = self.cell.take() else {
            return Ok(());
        };
        let bytes = end.saturating_sub(c.at);
        if bytes > MAX_CELL_XML_BYTES {
            self.cell = Some(c);
            return Err(self.long_cell());
        }
        if c.nonempty {
            let first = self.cols + self.pending;
            self.cols = first + c.repeat;
            self.pending = 0;
            if c.repeat > 0 {
                let (lo, hi) = self.row_span.unwrap_or((first, first));
                self.row_span = Some((lo.min(first), hi.max(self.cols - 1)));
            }
            self.row_text = self.row_text.saturating_add(bytes.saturating_mul(c.repeat));
            self.raw = self.raw.saturating_add(c.repeat);
            if self.raw > MAX_ODS_CELLS {
                return Err(self.too_many(self.raw));
            }
        } else {
            self.pending = c.repeat;
        }
        Ok(())
    }

    fn end_of_row(&mut self) -> Result<(), Over> {
        let start = self.rows;
        self.rows = self.rows.saturating_add(self.row_repeat);
        if let Some((lo, hi)) = self.row_span.take() {
            self.first_row.get_or_insert(start);
            self.end_row = self.rows;
            self.col_min = self.col_min.min(lo);
            self.col_max = self.col_max.max(hi);
            let cells = self.done.saturating_add(self.table_cells());
            if cells > MAX_ODS_CELLS {
                return Err(self.too_many(cells));
            }
            self.text = self
                .text
                .saturating_add(self.row_text.saturating_mul(self.row_repeat));
            if self.text > MAX_TEXT_BYTES_PER_FILE {
                return Err(Over::TextBytes {
                    sheet: Some(self.table.clone()),
                    cap: MAX_TEXT_BYTES_PER_FILE,
                });
            }
        }
        Ok(())
    }

    fn too_many(&self, cells: u64) -> Over {
        Over::OdsCells {
            sheet: self.table.clone(),
            cells,
            cap: MAX_ODS_CELLS,
        }
    }
}

/// One tag of an XML stream as [`XmlScan`] sees it: its local name (the prefix dropped), the
/// first bytes of its attributes' values, and where it starts and ends in the stream.
pub(crate) struct Tag<'a> {
    pub name: &'a [u8],
    /// An end tag (`</x>`).
    pub close: bool,
    /// A self-closed tag (`<x/>`): a start and an end at once.
    pub empty: bool,
    pub attrs: &'a [(Vec<u8>, Vec<u8>)],
    /// Offset of its `<`, and just past its `>`.
    pub at: u64,
    pub end: u64,
}

impl Tag<'_> {
    fn attr(&self, local: &[u8]) -> Option<String> {
        self.attrs
            .iter()
            .find(|(k, _)| k.as_slice() == local)
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
    }

    /// A count attribute; absent or unreadable is 1, as a repeat defaults to.
    fn number(&self, local: &[u8]) -> u64 {
        self.attr(local)
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(1)
    }
}

/// Bytes kept of a name or an attribute's value: enough for any name and number the checks
/// read; the rest is counted, not kept.
const KEEP: usize = 256;

#[derive(Clone, Copy, PartialEq)]
enum State {
    Text,
    /// `<` seen; the tag's name so far.
    Name,
    /// Inside a tag, between attributes.
    Attrs,
    AttrName,
    /// After an attribute's name, waiting for its quote.
    AttrEq,
    AttrValue(u8),
    /// `<!…>` or `<?…>`: skipped.
    Skip,
}

/// A streaming reader of an XML part's tags that builds nothing from its text: enough to count
/// a part's entries and measure them in a fixed amount of memory, whatever the part holds.
/// It is no validating parser; where it could be fooled (a `<` in a comment) it counts more,
/// never less, than the readers will build.
pub(crate) struct XmlScan {
    state: State,
    pos: u64,
    at: u64,
    close: bool,
    slash: bool,
    name: Vec<u8>,
    attr: Vec<u8>,
    value: Vec<u8>,
    attrs: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Why a scan stopped: the part passed its byte cap, or a check refused it.
enum ScanStop {
    Cap,
    Over(Over),
}

/// Scans `r` to its end or `cap` bytes, handing each tag to `checks` and, after each block, the
/// offset reached.
fn scan(mut r: impl Read, cap: u64, checks: &mut impl Checks) -> Result<(), ScanStop> {
    let mut xml = XmlScan {
        state: State::Text,
        pos: 0,
        at: 0,
        close: false,
        slash: false,
        name: Vec::new(),
        attr: Vec::new(),
        value: Vec::new(),
        attrs: Vec::new(),
    };
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = match r.read(&mut buf) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // A damaged part: the readers say why.
            Err(_) => return Ok(()),
        };
        if xml.pos + n as u64 > cap {
            return Err(ScanStop::Cap);
        }
        xml.feed(&buf[..n], checks).map_err(ScanStop::Over)?;
        checks.reached(xml.pos).map_err(ScanStop::Over)?;
    }
}

impl XmlScan {
    fn feed(&mut self, block: &[u8], each: &mut impl Checks) -> Result<(), Over> {
        let base = self.pos;
        let mut i = 0;
        while i < block.len() {
            if self.state == State::Text {
                match memchr::memchr(b'<', &block[i..]) {
                    None => break,
                    Some(j) => {
                        i += j + 1;
                        self.at = base + (i - 1) as u64;
                        self.state = State::Name;
                        self.name.clear();
                        self.attrs.clear();
                        self.close = false;
                        self.slash = false;
                        continue;
                    }
                }
            }
            let b = block[i];
            i += 1;
            match self.state {
                State::Text => unreachable!("handled above"),
                State::Name => {
                    if self.name.is_empty() && !self.close {
                        match b {
                            b'/' => {
                                self.close = true;
                                continue;
                            }
                            b'!' | b'?' => {
                                self.state = State::Skip;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    match b {
                        b'>' => self.emit(base + i as u64, each)?,
                        b'/' => {
                            self.slash = true;
                            self.state = State::Attrs;
                        }
                        b if b.is_ascii_whitespace() => self.state = State::Attrs,
                        b':' => self.name.clear(),
                        b => {
                            if self.name.len() < KEEP {
                                self.name.push(b);
                            }
                        }
                    }
                }
                State::Attrs => match b {
                    b'>' => self.emit(base + i as u64, each)?,
                    b'/' => self.slash = true,
                    b if b.is_ascii_whitespace() => {}
                    b => {
                        self.slash = false;
                        self.attr.clear();
                        self.attr.push(b);
                        self.state = State::AttrName;
                    }
                },
                State::AttrName => match b {
                    b'=' => self.state = State::AttrEq,
                    b if b.is_ascii_whitespace() => self.state = State::AttrEq,
                    b'>' => self.emit(base + i as u64, each)?,
                    b':' => self.attr.clear(),
                    b => {
                        if self.attr.len() < KEEP {
                            self.attr.push(b);
                        }
                    }
                },
                State::AttrEq => match b {
                    b'"' | b'\'' => {
                        self.value.clear();
                        self.state = State::AttrValue(b);
                    }
                    b'>' => self.emit(base + i as u64, each)?,
                    _ => {}
                },
                State::AttrValue(q) => {
                    if b == q {
                        self.attrs.push((
                            std::mem::take(&mut self.attr),
                            std::mem::take(&mut self.value),
                        ));
                        self.state = State::Attrs;
                    } else if self.value.len() < KEEP {
                        self.value.push(b);
                    }
                }
                State::Skip => {
                    if b == b'>' {
                        self.state = State::Text;
                    }
                }
            }
        }
        self.pos = base + block.len() as u64;
        Ok(())
    }

    fn emit(&mut self, end: u64, each: &mut impl Checks) -> Result<(), Over> {
        self.state = State::Text;
        let name = std::mem::take(&mut self.name);
        let attrs = std::mem::take(&mut self.attrs);
        let tag = Tag {
            name: &name,
            close: self.close,
            empty: self.slash && !self.close,
            attrs: &attrs,
            at: self.at,
            end,
        };
        each.tag(&tag)?;
        if tag.empty {
            // A self-closed tag is its own end.
            each.tag(&Tag {
                close: true,
                empty: false,
                ..tag
            })?;
        }
        self.name = name;
        self.attrs = attrs;
        self.attrs.clear();
        Ok(())
    }
}
