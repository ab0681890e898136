//! One input file made into its anonymised copy: every sheet read whole (every column),
//! each column treated as its header says (`columns`), and the copy written in the file's
//! own kind: a workbook as a workbook (xls and ods too, as xlsx), a CSV as a CSV.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::columns::{Kind, Treat, by_field, by_header};
use super::pseudonyms::Pseudonyms;
use super::shape;
use crate::inventory::detect;
use crate::inventory::headers::normalise;
use crate::inventory::sheet::{Cell, ColumnPlan, FileKind, RawFile, Sheet};

/// A file read, with how each of its sheets' columns is treated.
pub struct Planned {
    pub raw: RawFile,
    /// Per sheet: the header row's index in `rows` (rows above it are hidden as text), and the
    /// treatment per column.
    pub plans: Vec<(Option<usize>, Vec<(u32, Treat)>)>,
}

/// Reads every cell of every sheet.
pub fn read(path: &std::path::Path) -> Result<RawFile, crate::inventory::ImportError> {
    crate::inventory::source::read_file(path, &|_, _| ColumnPlan::All)
}

/// Decides each column's treatment from the sheet's headers.
pub fn plan(raw: RawFile, file: &str) -> Planned {
    let plans = raw.sheets.iter().map(|s| plan_sheet(s, file)).collect();
    Planned { raw, plans }
}

fn plan_sheet(sheet: &Sheet, file: &str) -> (Option<usize>, Vec<(u32, Treat)>) {
    let det = detect::detect(sheet, file);
    let header = det.header.or_else(|| {
        sheet
            .rows
            .iter()
            .position(|r| r.cells.iter().any(|(_, c)| matches!(c, Cell::Text(_))))
    });
    let Some(h) = header else {
        return (None, Vec::new());
    };
    let name = sheet
        .name
        .as_deref()
        .map(|n| n.trim().to_ascii_lowercase())
        .or_else(|| {
            detect::csv_tab_name(std::path::Path::new(file)).map(|t| t.to_ascii_lowercase())
        })
        .unwrap_or_default();
    let mut out = Vec::new();
    for (col, cell) in &sheet.rows[h].cells {
        let mapped = det
            .columns
            .iter()
            .chain(&det.disk_columns)
            .find(|c| c.index == *col as usize);
        let header = match cell {
            Cell::Text(t) => normalise(t),
            _ => String::new(),
        };
        let by_name = by_header(&name, &header);
        let treat = match mapped {
            // A header rehost maps that names a thing (a VM, a host) is hidden whatever
            // the table; a known identifying header wins over a field kept as a label.
            Some(c) => match (by_field(c.field), by_name) {
                (Treat::Keep, Treat::Hide(k)) => Treat::Hide(k),
                (t, _) => t,
            },
            None => by_name,
        };
        out.push((*col, treat));
    }
    (Some(h), out)
}

/// Every hidden value of the file gets its pseudonym (the first pass: so that names found
/// anywhere are known before any kept text is searched for them).
pub fn collect(p: &Planned, names: &mut Pseudonyms) {
    let _ = rewrite(p, names, None);
}

/// The file's sheets with every cell as the copy holds it.
pub fn rewrite(p: &Planned, names: &mut Pseudonyms, scrub: Option<&Scrub>) -> Vec<Sheet> {
    let mut out = Vec::new();
    for (sheet, (header, plan)) in p.raw.sheets.iter().zip(&p.plans) {
        let mut rows = Vec::with_capacity(sheet.rows.len());
        for (i, row) in sheet.rows.iter().enumerate() {
            let mut cells = Vec::with_capacity(row.cells.len());
            for (col, cell) in &row.cells {
                let treat = match header {
                    Some(h) if i == *h => Treat::Judged,
                    Some(h) if i < *h => Treat::Hide(Kind::Text),
                    None => Treat::Auto,
                    Some(_) => plan
                        .iter()
                        .find(|(c, _)| c == col)
                        .map_or(Treat::Auto, |(_, t)| *t),
                };
                cells.push((*col, treat_cell(cell, treat, names, scrub)));
            }
            rows.push(crate::inventory::sheet::Row {
                number: row.number,
                cells,
            });
        }
        out.push(Sheet {
            name: sheet.name.clone(),
            rows,
        });
    }
    out
}

fn treat_cell(cell: &Cell, treat: Treat, names: &mut Pseudonyms, scrub: Option<&Scrub>) -> Cell {
    let text = match cell {
        Cell::Text(t) => t.to_string(),
        // A name typed as a number (a VM called 1024) is a name.
        Cell::Number(n) if matches!(treat, Treat::Hide(k) if k.is_name()) => cell_number(*n),
        _ => return cell.clone(),
    };
    let hidden = match treat {
        Treat::Judged => return cell.clone(),
        Treat::Keep => match scrub {
            Some(s) => s.apply(&text),
            None => text,
        },
        Treat::Hide(kind) => names.hide(kind, &text),
        Treat::Auto => {
            let t = text.trim();
            if shape::ipv4(t).is_some()
                || shape::ipv6(t).is_some()
                || shape::mac(t)
                || shape::uuid(t)
            {
                names.hide(Kind::Text, t)
            } else if shape::plain(t) {
                text
            } else {
                names.hide(Kind::Text, t)
            }
        }
    };
    Cell::Text(hidden.into())
}

fn cell_number(n: f64) -> String {
    Cell::Number(n).text()
}

/// The estate's names, searched for inside text that is kept (without case, longest first),
/// each replaced by its pseudonym.
pub struct Scrub {
    finder: Option<AhoCorasick>,
    to: Vec<String>,
}

impl Scrub {
    pub fn new(names: &Pseudonyms) -> Scrub {
        let (from, to): (Vec<&String>, Vec<String>) =
            names.names().iter().map(|(k, v)| (k, v.clone())).unzip();
        let finder = (!from.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(from)
                .expect("names build a searcher")
        });
        Scrub { finder, to }
    }

    pub fn apply(&self, text: &str) -> String {
        match &self.finder {
            Some(f) if f.is_match(text) => {
                let mut out = String::with_capacity(text.len());
                f.replace_all_with(text, &mut out, |m, _, dst| {
                    dst.push_str(&self.to[m.pattern().as_usize()]);
                    true
                });
                out
            }
            _ => text.to_string(),
        }
    }
}

/// The name a sheet keeps in the copy: RVTools' tabs and the exports' own sheet names (rehost
/// tells formats by them); any other name could be a customer's and becomes `Sheet<N>`.
pub fn sheet_name(name: &str, n: usize) -> String {
    let keep = (name.starts_with('v') || name.starts_with("dv"))
        && name.len() <= 20
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        || matches!(
            name.to_ascii_lowercase().as_str(),
            "discovery_report"
                | "properties"
                | "all_servers"
                | "assessment_summary"
                | "servers"
                | "disks"
                | "vms"
                | "machines"
                | "inventory"
        )
        || name
            .strip_prefix("Sheet")
            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()));
    if keep {
        name.to_string()
    } else {
        format!("Sheet{n}")
    }
}

/// Writes the sheets as an xlsx workbook (dates as dates, numbers as numbers, text as text:
/// never a formula), with fixed document properties so that one key gives the same bytes.
pub fn write_xlsx(sheets: &[Sheet], w: &mut (dyn std::io::Write + Send)) -> anyhow::Result<()> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    wb.register_format(&date);
    for (n, sheet) in sheets.iter().enumerate() {
        let ws = wb.add_worksheet_with_constant_memory()?;
        ws.set_name(sheet_name(sheet.name.as_deref().unwrap_or("Sheet1"), n + 1))?;
        for row in &sheet.rows {
            let r = row.number.saturating_sub(1);
            for (c, cell) in &row.cells {
                let c = u16::try_from(*c).unwrap_or(u16::MAX);
                match cell {
                    Cell::Text(t) => ws.write_string(r, c, t.as_str())?,
                    Cell::Number(x) => ws.write_number(r, c, *x)?,
                    Cell::Bool(b) => ws.write_boolean(r, c, *b)?,
                    Cell::Date(d) => ws.write_number_with_format(r, c, *d, &date)?,
                    Cell::Error(e) => ws.write_string(r, c, e.as_str())?,
                };
            }
        }
    }
    wb.save_to_writer(w)?;
    Ok(())
}

/// Writes a sheet as CSV (UTF-8, the delimiter of the original), a row on its own line
/// number as in the original, so cell references stay the same.
pub fn write_csv(
    sheet: &Sheet,
    delimiter: u8,
    comments: &[String],
    w: &mut (dyn std::io::Write + Send),
) -> anyhow::Result<()> {
    let mut builder = csv::WriterBuilder::new();
    builder
        .delimiter(delimiter)
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'));
    let mut line = 1u32;
    let mut bytes = Vec::new();
    for c in comments {
        bytes.extend(c.as_bytes());
        bytes.push(b'\n');
        line += 1;
    }
    for row in &sheet.rows {
        while line < row.number {
            bytes.push(b'\n');
            line += 1;
        }
        let width = row.cells.last().map_or(0, |(c, _)| *c as usize + 1);
        let mut fields = vec![String::new(); width];
        for (c, cell) in &row.cells {
            fields[*c as usize] = match cell {
                Cell::Text(t) => t.to_string(),
                other => other.text(),
            };
        }
        let mut out = builder.from_writer(Vec::new());
        out.write_record(&fields)?;
        let rec = out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
        line += rec.iter().filter(|b| **b == b'\n').count() as u32;
        bytes.extend(rec);
    }
    w.write_all(&bytes)?;
    Ok(())
}

/// The delimiter of a CSV file, as the reader picks it: the one that splits the first line
/// into the most fields.
pub fn delimiter(bytes: &[u8]) -> u8 {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]);
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let mut best = (b',', 0usize);
    for d in [b',', b';', b'\t', b'|'] {
        let mut quoted = false;
        let n = line
            .bytes()
            .filter(|b| {
                if *b == b'"' {
                    quoted = !quoted;
                }
                *b == d && !quoted
            })
            .count();
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
}

/// The `#TYPE …` lines PowerShell's `Export-Csv` writes before the header: they name the
/// object type (`Microsoft.HyperV.PowerShell.VirtualMachine`), nobody's estate, and rehost
/// reads them, so they are kept. Any other line starting with `#` is left out.
pub fn type_lines(bytes: &[u8]) -> Vec<String> {
    static TYPE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^#TYPE [A-Za-z0-9_.`\[\], ]+$").expect("static regex")
    });
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let text = match encoding_rs::Encoding::for_bom(head) {
        Some((enc, bom)) => enc.decode_without_bom_handling(&head[bom..]).0.into_owned(),
        None => String::from_utf8_lossy(head).into_owned(),
    };
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .take_while(|l| l.starts_with('#'))
        .filter(|l| TYPE.is_match(l))
        .map(str::to_string)
        .collect()
}

/// Whether the file is a workbook (written back as xlsx) or a CSV.
pub fn is_workbook(kind: FileKind) -> bool {
    !matches!(kind, FileKind::Csv)
}
