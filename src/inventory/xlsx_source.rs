//! xlsx, streamed: every sheet read cell by cell (no rectangle is ever allocated), on as many
//! threads as there are cores, keeping only the columns the sheet's format will use.

use std::io::{Cursor, Read, Seek};
use std::sync::atomic::{AtomicUsize, Ordering};

use calamine::{DataRef, Reader, Xlsx};

use super::ImportError;
use super::limits::MAX_CELLS_PER_FILE;
use super::source::{Cell, ColumnPlan, FileKind, RawFile, Row, Sheet, text_cell, unreadable};

/// Rows read whole before a sheet's format decides which columns to keep.
const PLAN_AFTER_ROWS: usize = 10;

fn data_ref_cell(v: &DataRef<'_>) -> Option<Cell> {
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
pub(super) fn read_xlsx(name: &str, bytes: Vec<u8>) -> Result<RawFile, ImportError> {
    super::limits::check_zip(name, &bytes)?;
    let book: Xlsx<_> =
        Xlsx::new(Cursor::new(&bytes[..])).map_err(|e| unreadable(name, None, e))?;
    let names = book.sheet_names();
    let total_cells = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(names.len());
    let mut results: Vec<Option<Result<Vec<Row>, ImportError>>> = Vec::new();
    if threads <= 1 {
        let mut book = book;
        for sheet_name in &names {
            let rows = stream_xlsx_sheet(&mut book, name, sheet_name, &total_cells);
            let failed = rows.is_err();
            results.push(Some(rows));
            if failed {
                break;
            }
        }
    } else {
        let next = AtomicUsize::new(0);
        let done = std::sync::Mutex::new((0..names.len()).map(|_| None).collect::<Vec<_>>());
        std::thread::scope(|scope| {
            let mut books = vec![book];
            for _ in 1..threads {
                // The first reader parsed the same bytes, so this cannot fail differently.
                match Xlsx::new(Cursor::new(&bytes[..])) {
                    Ok(b) => books.push(b),
                    Err(_) => break,
                }
            }
            for mut book in books {
                let (next, done, names, total_cells) = (&next, &done, &names, &total_cells);
                scope.spawn(move || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(sheet_name) = names.get(i) else {
                            break;
                        };
                        let rows = stream_xlsx_sheet(&mut book, name, sheet_name, total_cells);
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
                });
            }
        });
        results = done.into_inner().unwrap_or_default();
    }
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
        notes: Vec::new(),
    })
}

fn stream_xlsx_sheet<RS: Read + Seek>(
    book: &mut Xlsx<RS>,
    file: &str,
    sheet: &str,
    total_cells: &AtomicUsize,
) -> Result<Vec<Row>, ImportError> {
    // Cells are counted here and added to the file's count now and then, so that readers
    // on other threads do not contend for it on every cell.
    let mut counted = 0usize;
    let mut reader = book
        .worksheet_cells_reader(sheet)
        .map_err(|e| unreadable(file, Some(sheet), e))?;
    let mut rows: Vec<Row> = Vec::new();
    let mut unordered = false;
    // Once the first rows are in, the sheet's format says which columns the importer will
    // read; the others are not kept (a full RVTools vInfo has 93 columns, the importer reads
    // about 25), and tabs it does not read at all stop here.
    let mut plan: Option<ColumnPlan> = None;
    while let Some(cell) = reader
        .next_cell()
        .map_err(|e| unreadable(file, Some(sheet), e))?
    {
        let (r, c) = cell.get_position();
        if plan.is_none()
            && rows.len() >= PLAN_AFTER_ROWS
            && rows.last().is_some_and(|l| l.number != r + 1)
        {
            let head = Sheet {
                name: Some(sheet.to_string()),
                rows: std::mem::take(&mut rows),
            };
            let p = super::plan_columns(&head, file);
            rows = head.rows;
            if p == ColumnPlan::Nothing {
                break;
            }
            plan = Some(p);
        }
        if let Some(ColumnPlan::Only(cols)) = &plan
            && cols.binary_search(&c).is_err()
        {
            continue;
        }
        let Some(value) = data_ref_cell(cell.get_value()) else {
            continue;
        };
        counted += 1;
        if counted == 1 << 16 {
            total_cells.fetch_add(counted, Ordering::Relaxed);
            counted = 0;
        }
        if counted == 0 && total_cells.load(Ordering::Relaxed) > MAX_CELLS_PER_FILE {
            return Err(ImportError::TooLarge {
                file: file.into(),
                why: format!(
                    "sheet {sheet:?} takes the file past the cap of {MAX_CELLS_PER_FILE} non-empty cells"
                ),
            });
        }
        let number = r + 1;
        match rows.last_mut() {
            Some(last) if last.number == number => {
                if last.cells.last().is_some_and(|(lc, _)| *lc >= c) {
                    unordered = true;
                }
                last.cells.push((c, value));
            }
            Some(last) if last.number > number => {
                unordered = true;
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
    }
    if total_cells.fetch_add(counted, Ordering::Relaxed) + counted > MAX_CELLS_PER_FILE {
        return Err(ImportError::TooLarge {
            file: file.into(),
            why: format!(
                "sheet {sheet:?} takes the file past the cap of {MAX_CELLS_PER_FILE} non-empty cells"
            ),
        });
    }
    if unordered {
        rows = normalise_order(rows);
    }
    Ok(rows)
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
