//! xlsx, streamed: every sheet read cell by cell (no rectangle is ever allocated), on as many
//! threads as there are cores, keeping only the columns the sheet's format will use.

use std::io::Cursor;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use calamine::{DataRef, Reader, Xlsx};

use super::imported::ImportError;
use super::limits::{MAX_CELLS_PER_FILE, MAX_TEXT_BYTES_PER_FILE};
use super::sheet::{
    Cell, ColumnPlan, FileKind, Planner, RawFile, Row, Sheet, kinds, split_worksheets, text_cell,
    unreadable,
};
use super::xlsx_fast;

/// Rows read whole before a sheet's format decides which columns to keep.
const PLAN_AFTER_ROWS: usize = 10;

/// The importer's cell for a value calamine read (`None`: nothing there). The fast reader
/// makes the same cells from the XML directly; its tests hold the two together.
pub(super) fn data_ref_cell(v: &DataRef<'_>) -> Option<Cell> {
    Some(match v {
        DataRef::Empty => return None,
        DataRef::String(s) => text_cell(s)?,
        DataRef::SharedString(s) => text_cell(s)?,
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(d) => Cell::Date(d.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Cell::Text(s.into()),
        DataRef::Error(e) => Cell::Error(e.to_string()),
    })
}

/// Streams every sheet of an xlsx cell by cell: no rectangle is ever allocated.
///
/// Sheets are independent until the join, so a workbook with several is read by as many
/// threads as the machine has cores (at most four), each with its own reader over the same
/// bytes, taking the next unread sheet when it is done: RVTools' vInfo on one core while
/// vDisk and vPartition go through the other halves the read of a 100,000-VM export.
///
/// Each sheet goes through the fast reader ([`xlsx_fast`]) when the workbook's parts allow
/// it, and through calamine when they do not or the sheet holds something the fast reader
/// leaves to calamine: the same cells either way.
pub(super) fn read_xlsx(
    name: &str,
    bytes: Vec<u8>,
    plan: Planner<'_>,
) -> Result<RawFile, ImportError> {
    let reader = XlsxReader::from_env().map_err(|why| ImportError::Unreadable {
        file: name.into(),
        sheet: None,
        why: super::note::FileProblem::BadXlsxReader(why.0),
    })?;
    read_xlsx_with(name, bytes, plan, reader)
}

/// `REHOST_XLSX_READER` names no reader (its value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadXlsxReader(pub String);

/// Which reader reads an xlsx.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XlsxReader {
    /// The fast reader, falling back to calamine for a workbook or sheet it leaves to it.
    Fast,
    /// calamine alone: slower, and the reference the fast reader is tested against.
    Calamine,
}

impl XlsxReader {
    /// `REHOST_XLSX_READER=calamine` reads every workbook with calamine alone: the escape
    /// hatch should the fast reader ever misread a file. Unset or `fast`: the fast reader.
    pub fn from_env() -> Result<XlsxReader, BadXlsxReader> {
        match std::env::var("REHOST_XLSX_READER") {
            Err(_) => Ok(XlsxReader::Fast),
            Ok(v) if v.eq_ignore_ascii_case("fast") || v.is_empty() => Ok(XlsxReader::Fast),
            Ok(v) if v.eq_ignore_ascii_case("calamine") => Ok(XlsxReader::Calamine),
            Ok(v) => Err(BadXlsxReader(v)),
        }
    }
}

/// [`read_xlsx`] with the reader chosen by the caller (the differential tests and fuzz target
/// read each workbook both ways).
pub fn read_xlsx_with(
    name: &str,
    bytes: Vec<u8>,
    plan: Planner<'_>,
    reader: XlsxReader,
) -> Result<RawFile, ImportError> {
    super::limits::check_zip(name, &bytes)?;
    super::limits::check_xlsx_parts(name, &bytes)?;
    // Two sheets of one name: the later renamed, so each reader finds each by its part.
    let (bytes, renamed) = super::same_names::xlsx(bytes);
    let fast = match reader {
        XlsxReader::Fast => xlsx_fast::Book::open(&bytes).ok(),
        XlsxReader::Calamine => None,
    };
    let mut first = None;
    let all = match &fast {
        Some(book) => book.sheets(),
        None => {
            let book: Xlsx<_> =
                Xlsx::new(Cursor::new(&bytes[..])).map_err(|e| unreadable(name, None, e))?;
            let all = kinds(&book);
            first = Some(book);
            all
        }
    };
    // Chart, dialog and macro sheets hold no table: said, not read.
    let (names, mut notes) = split_worksheets(all);
    notes.extend(renamed);
    let total_cells = Budget::default();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(names.len());
    let next = AtomicUsize::new(0);
    let done = std::sync::Mutex::new((0..names.len()).map(|_| None).collect::<Vec<_>>());
    let work = |mut reader: SheetReader<'_>| {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(sheet_name) = names.get(i) else {
                break;
            };
            let rows = reader.read(sheet_name, &total_cells);
            let failed = rows.is_err();
            if let Ok(mut d) = done.lock() {
                d[i] = Some(rows);
            }
            if failed {
                // The others stop taking sheets: the first error is the answer.
                next.store(usize::MAX / 2, Ordering::Relaxed);
                break;
            }
        }
    };
    let reader = |calamine| SheetReader {
        file: name,
        bytes: &bytes,
        fast: fast.as_ref(),
        zip: None,
        calamine,
        plan,
    };
    if threads <= 1 {
        work(reader(first));
    } else {
        std::thread::scope(|scope| {
            let work = &work;
            let reader = &reader;
            let mut first = first;
            for _ in 0..threads {
                let own = first.take();
                scope.spawn(move || work(reader(own)));
            }
        });
    }
    let results = done.into_inner().unwrap_or_default();
    let mut sheets = Vec::with_capacity(names.len());
    for (sheet_name, rows) in names.into_iter().zip(results) {
        let Some(rows) = rows else {
            continue;
        };
        sheets.push(Sheet {
            name: Some(sheet_name),
            rows: rows?,
        });
    }
    Ok(RawFile {
        kind: FileKind::Xlsx,
        sheets,
        notes,
        damage: Vec::new(),
    })
}

/// One thread's readers over the workbook's bytes, each opened when first needed.
struct SheetReader<'a> {
    file: &'a str,
    bytes: &'a [u8],
    fast: Option<&'a xlsx_fast::Book>,
    zip: Option<zip::ZipArchive<Cursor<&'a [u8]>>>,
    calamine: Option<Xlsx<Cursor<&'a [u8]>>>,
    plan: Planner<'a>,
}

impl SheetReader<'_> {
    fn read(&mut self, sheet: &str, total_cells: &Budget) -> Result<Vec<Row>, ImportError> {
        if let Some(book) = self.fast {
            if self.zip.is_none() {
                self.zip = zip::ZipArchive::new(Cursor::new(self.bytes)).ok();
            }
            if let Some(zip) = &mut self.zip {
                let mut rows = SheetRows::new(self.file, sheet, self.plan);
                match book.read_sheet(zip, sheet, |r, c, v| rows.push_with(r, c, v, total_cells)) {
                    Ok(Ok(())) => return rows.finish(total_cells),
                    Ok(Err(e)) => return Err(e),
                    // Read again by calamine; the cells counted so far are given back.
                    Err(_) => {
                        total_cells.cells.fetch_sub(rows.added, Ordering::Relaxed);
                        total_cells
                            .text
                            .fetch_sub(rows.text_added, Ordering::Relaxed);
                    }
                }
            }
        }
        if self.calamine.is_none() {
            let book =
                Xlsx::new(Cursor::new(self.bytes)).map_err(|e| unreadable(self.file, None, e))?;
            self.calamine = Some(book);
        }
        let book = self.calamine.as_mut().expect("opened above");
        let mut reader = book
            .worksheet_cells_reader(sheet)
            .map_err(|e| unreadable(self.file, Some(sheet), e))?;
        let mut rows = SheetRows::new(self.file, sheet, self.plan);
        while let Some(cell) = reader
            .next_cell()
            .map_err(|e| unreadable(self.file, Some(sheet), e))?
        {
            let (r, c) = cell.get_position();
            if !rows.push_with(r, c, || data_ref_cell(cell.get_value()), total_cells)? {
                break;
            }
        }
        rows.finish(total_cells)
    }
}

/// A sheet's rows as its cells arrive, keeping only the columns its format will use.
struct SheetRows<'a> {
    file: &'a str,
    planner: Planner<'a>,
    sheet: &'a str,
    rows: Vec<Row>,
    unordered: bool,
    /// Once the first rows are in, the sheet's format says which columns the importer will
    /// read; the others are not kept (a full RVTools vInfo has 93 columns, the importer
    /// reads about 25), and tabs it does not read at all stop there.
    plan: Option<ColumnPlan>,
    /// Cells counted but not yet added to the file's count, and all counted by this sheet.
    /// Cells are added now and then, so that readers on other threads do not contend for
    /// the count on every cell.
    counted: usize,
    added: usize,
    /// Bytes of text kept and not yet added to the file's count, and all added by this sheet.
    text: u64,
    text_added: u64,
}

/// What the sheets of one file have kept so far, shared by the threads reading them: cells,
/// and bytes of text (a shared string is copied into every cell that refers to it).
#[derive(Default)]
struct Budget {
    cells: AtomicUsize,
    text: AtomicU64,
}

impl<'a> SheetRows<'a> {
    fn new(file: &'a str, sheet: &'a str, planner: Planner<'a>) -> Self {
        SheetRows {
            file,
            planner,
            sheet,
            rows: Vec::new(),
            unordered: false,
            plan: None,
            counted: 0,
            added: 0,
            text: 0,
            text_added: 0,
        }
    }

    /// Takes the cell at 0-based (`r`, `c`), made by `value` only if its column is kept;
    /// `false` once the sheet's format says nothing more of it is needed.
    fn push_with(
        &mut self,
        r: u32,
        c: u32,
        value: impl FnOnce() -> Option<Cell>,
        total_cells: &Budget,
    ) -> Result<bool, ImportError> {
        let rows = &mut self.rows;
        if self.plan.is_none()
            && rows.len() >= PLAN_AFTER_ROWS
            && rows.last().is_some_and(|l| l.number != r + 1)
        {
            let head = Sheet {
                name: Some(self.sheet.to_string()),
                rows: std::mem::take(rows),
            };
            let p = (self.planner)(&head, self.file);
            *rows = head.rows;
            if p == ColumnPlan::Nothing {
                return Ok(false);
            }
            self.plan = Some(p);
        }
        if let Some(ColumnPlan::Only(cols)) = &self.plan
            && cols.binary_search(&c).is_err()
        {
            return Ok(true);
        }
        let Some(value) = value() else {
            return Ok(true);
        };
        self.counted += 1;
        if self.counted == 1 << 16 {
            total_cells.cells.fetch_add(self.counted, Ordering::Relaxed);
            self.added += self.counted;
            self.counted = 0;
            if total_cells.cells.load(Ordering::Relaxed) > MAX_CELLS_PER_FILE {
                return Err(self.too_large());
            }
        }
        if let Cell::Text(t) = &value {
            self.text += t.len() as u64;
            // Added a megabyte at a time: checked long before the cap is passed by much.
            if self.text >= 1 << 20 {
                self.add_text(total_cells)?;
            }
        }
        let number = r + 1;
        let rows = &mut self.rows;
        match rows.last_mut() {
            Some(last) if last.number == number => {
                if last.cells.last().is_some_and(|(lc, _)| *lc >= c) {
                    self.unordered = true;
                }
                last.cells.push((c, value));
            }
            Some(last) if last.number > number => {
                self.unordered = true;
                rows.push(Row {
                    number,
                    cells: vec![(c, value)],
                });
            }
            _ => {
                // Rows of a sheet are alike: room for as many cells as the last one kept
                // saves growing every row's list five or six times (vInfo keeps ~25).
                let mut cells = Vec::with_capacity(rows.last().map_or(4, |l| l.cells.len()));
                cells.push((c, value));
                rows.push(Row { number, cells });
            }
        }
        Ok(true)
    }

    fn too_large(&self) -> ImportError {
        ImportError::TooLarge {
            file: self.file.into(),
            why: super::note::FileProblem::SheetCells {
                sheet: self.sheet.to_string(),
                cap: MAX_CELLS_PER_FILE,
            },
        }
    }

    fn add_text(&mut self, total: &Budget) -> Result<(), ImportError> {
        let now = total.text.fetch_add(self.text, Ordering::Relaxed) + self.text;
        self.text_added += self.text;
        self.text = 0;
        if now > MAX_TEXT_BYTES_PER_FILE {
            return Err(ImportError::TooLarge {
                file: self.file.into(),
                why: super::note::FileProblem::Over(crate::limits::Over::TextBytes {
                    sheet: Some(self.sheet.to_string()),
                    cap: MAX_TEXT_BYTES_PER_FILE,
                }),
            });
        }
        Ok(())
    }

    fn finish(mut self, total_cells: &Budget) -> Result<Vec<Row>, ImportError> {
        if total_cells.cells.fetch_add(self.counted, Ordering::Relaxed) + self.counted
            > MAX_CELLS_PER_FILE
        {
            return Err(self.too_large());
        }
        self.add_text(total_cells)?;
        Ok(if self.unordered {
            normalise_order(self.rows)
        } else {
            self.rows
        })
    }
}

/// Files written by some tools list cells out of order; sort and merge rows once.
fn normalise_order(rows: Vec<Row>) -> Vec<Row> {
    let mut cells: Vec<(u32, u32, Cell)> = rows
        .into_iter()
        .flat_map(|r| r.cells.into_iter().map(move |(c, v)| (r.number, c, v)))
        .collect();
    cells.sort_by_key(|(r, c, _)| (*r, *c));
    cells.dedup_by_key(|(r, c, _)| (*r, *c));
    let mut out: Vec<Row> = Vec::new();
    for (r, c, v) in cells {
        match out.last_mut() {
            Some(last) if last.number == r => last.cells.push((c, v)),
            _ => out.push(Row {
                number: r,
                cells: vec![(c, v)],
            }),
        }
    }
    out
}
