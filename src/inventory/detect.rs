//! Format detection: which kind of inventory a sheet is, told from its headers (and, for
//! RVTools, its sheet name), never from the file name alone. What tells each format is its
//! module's signature (`formats::*`); here the header row is found and read.

pub use super::formats::Format;
use super::formats::{self, Aliases, Header, HostNamed, Signs};
use super::headers::{self, Column, Field, Table, normalise};
use super::note::Unused;
use super::sheet::{Cell, Sheet};

/// A sheet's detected format and header mapping.
#[derive(Debug, Clone)]
pub struct Detected {
    pub format: Format,
    /// Index into `sheet.rows` of the header row.
    pub header: Option<usize>,
    pub columns: Vec<Column>,
    /// The same header row read with the per-disk aliases (for disk sheets).
    pub disk_columns: Vec<Column>,
    pub unmapped: Vec<(usize, String)>,
    /// For sheets not used for machines: why.
    pub why: Option<Unused>,
}

impl Detected {
    pub fn column(&self, field: Field) -> Option<&Column> {
        self.columns.iter().find(|c| c.field == field)
    }

    /// A row below the header that is the header again (two exports joined into one file, or
    /// a header printed on every page): its name cell and at least one other mapped cell read
    /// as their own columns' headers. A machine that happens to be called `Name` has values,
    /// not headers, in its other cells.
    pub fn repeats_header(&self, row: &super::sheet::Row) -> bool {
        repeats(row, &self.columns, Table::Machines)
    }

    /// [`Detected::repeats_header`] for a per-disk sheet, read by its disk columns.
    pub fn repeats_disk_header(&self, row: &super::sheet::Row) -> bool {
        repeats(row, &self.disk_columns, Table::Disks)
    }
    pub fn disk_column(&self, field: Field) -> Option<&Column> {
        self.disk_columns.iter().find(|c| c.field == field)
    }
}

fn repeats(row: &super::sheet::Row, columns: &[Column], table: Table) -> bool {
    let is_header = |c: &Column| {
        let Some(Cell::Text(t)) = row.get(c.index) else {
            return false;
        };
        let t = t.trim();
        // Asked of every row: the exact header first; the alias look-up (two regexes or
        // more) only for text without a digit. No alias of the name column has one, while
        // most machine names do (looking every one up was 5 % of a 100,000-VM read); a
        // repeated header row repeats the other headers as written, which the exact test
        // finds, digits or not.
        t.eq_ignore_ascii_case(c.header.trim())
            || (!t.bytes().any(|b| b.is_ascii_digit())
                && headers::lookup(t, table) == Some((c.field, c.disk_index)))
    };
    let Some(name) = columns.iter().find(|c| c.field == Field::Name) else {
        return false;
    };
    if !is_header(name) {
        return false;
    }
    let mut others = columns.iter().filter(|c| c.field != Field::Name).peekable();
    others.peek().is_none() || others.any(is_header)
}

fn header_texts(sheet: &Sheet, row: usize) -> Vec<(usize, String)> {
    sheet.rows[row]
        .cells
        .iter()
        .filter_map(|(c, v)| match v {
            Cell::Text(t) => Some((*c as usize, t.trim().to_string())),
            Cell::Number(_) | Cell::Bool(_) | Cell::Date(_) | Cell::Error(_) => None,
        })
        .collect()
}

/// Picks the header row among the first rows: the one with the most recognised headers and
/// a name column. Title rows above a table are common in hand-made sheets.
fn find_header(sheet: &Sheet, table: Table) -> Option<(usize, Vec<Column>, Vec<(usize, String)>)> {
    let mut best: Option<(usize, Vec<Column>, Vec<(usize, String)>)> = None;
    for i in 0..sheet.rows.len().min(10) {
        let texts = header_texts(sheet, i);
        let (cols, unmapped) = headers::map_headers(&texts, table);
        if !cols.iter().any(|c| c.field == Field::Name) {
            continue;
        }
        if best.as_ref().is_none_or(|(_, b, _)| cols.len() > b.len()) {
            best = Some((i, cols, unmapped));
        }
    }
    best
}

/// A sheet's format and columns: the first format of [`formats::ALL`] whose signature takes
/// the sheet, its header row read as the format's [`Header`] says.
pub fn detect(sheet: &Sheet, file: &str) -> Detected {
    let unknown = |why: Option<Unused>| Detected {
        format: Format::UNKNOWN,
        header: None,
        columns: Vec::new(),
        disk_columns: Vec::new(),
        unmapped: Vec::new(),
        why,
    };
    if sheet.rows.is_empty() {
        return unknown(Some(Unused::Empty));
    }
    let sheet_name = sheet
        .name
        .as_deref()
        .map(|n| n.trim().to_ascii_lowercase())
        .or_else(|| csv_tab_name(std::path::Path::new(file)).map(|t| t.to_ascii_lowercase()))
        .unwrap_or_default();
    let machine = find_header(sheet, Table::Machines);
    let disk = find_header(sheet, Table::Disks);
    let first_row: Vec<String> = header_texts(sheet, 0)
        .into_iter()
        .map(|(_, t)| normalise(&t))
        .collect();
    let header_texts_of_machine = machine.as_ref().map(|(i, _, _)| header_texts(sheet, *i));
    let header_row: Option<Vec<String>> = header_texts_of_machine
        .as_ref()
        .map(|texts| texts.iter().map(|(_, t)| normalise(t)).collect());
    let disk_fields: Vec<Field> = disk
        .as_ref()
        .map(|(_, cols, _)| cols.iter().map(|c| c.field).collect())
        .unwrap_or_default();
    let signs = Signs {
        sheet: &sheet_name,
        first_row: &first_row,
        header_row: header_row.as_deref(),
        mapped: machine.as_ref().map_or(0, |(_, cols, _)| cols.len()),
        starred: header_texts_of_machine
            .as_ref()
            .is_some_and(|texts| texts.iter().any(|(_, t)| t.starts_with('*'))),
        disk_fields: &disk_fields,
    };
    let Some(spec) = formats::ALL.iter().find(|s| (s.signature)(&signs)) else {
        return unknown(Some(if machine.is_none() {
            Unused::NoNameColumn
        } else {
            Unused::OnlyName
        }));
    };
    let format = spec.format;
    match spec.header {
        Header::None => Detected {
            format,
            ..unknown(None)
        },
        Header::FirstRow => Detected {
            format,
            header: Some(0),
            ..unknown(None)
        },
        Header::Own(names) => Detected {
            format,
            header: Some(0),
            columns: own_columns(sheet, names),
            ..unknown(None)
        },
        Header::Both => {
            let (header, columns, unmapped) = machine.unwrap_or((0, Vec::new(), Vec::new()));
            Detected {
                format,
                header: Some(header),
                columns,
                disk_columns: disk.map(|d| d.1).unwrap_or_default(),
                unmapped,
                why: None,
            }
        }
        Header::Disks => {
            let (i, disk_columns, _) = disk.unwrap_or((0, Vec::new(), Vec::new()));
            let texts = header_texts(sheet, i);
            let (columns, unmapped) = headers::map_headers(&texts, Table::Machines);
            let columns = match spec.host_named {
                Some(named) => rebind_host(columns, &texts, named),
                None => columns,
            };
            Detected {
                format,
                header: Some(i),
                columns,
                disk_columns,
                unmapped,
                why: None,
            }
        }
        Header::Machines => {
            let (header, columns, unmapped) = machine.unwrap_or((0, Vec::new(), Vec::new()));
            let texts = header_texts_of_machine.unwrap_or_default();
            let columns = match spec.host_named {
                Some(named) => rebind_host(columns, &texts, named),
                None => columns,
            };
            let (columns, mut unmapped) = match spec.powershell_memory {
                Some(memory) => powershell_columns(sheet, header, memory, columns, unmapped),
                None => (columns, unmapped),
            };
            // A header mapped on a second look (`ComputerName` as the host) is not "not used".
            unmapped.retain(|(i, _)| !columns.iter().any(|c| c.index == *i));
            Detected {
                format,
                header: Some(header),
                columns,
                disk_columns: Vec::new(),
                unmapped,
                why: None,
            }
        }
    }
}

/// The first row read by a format's own header names (a tab whose columns the aliases would
/// read otherwise: vHost's `Host`, vCPU's `Max`).
fn own_columns(sheet: &Sheet, names: Aliases) -> Vec<Column> {
    header_texts(sheet, 0)
        .into_iter()
        .filter_map(|(index, header)| {
            let n = normalise(&header);
            let (_, field) = names.iter().find(|(name, _)| *name == n)?;
            Some(Column {
                index,
                header,
                field: *field,
                unit: None,
                disk_index: None,
            })
        })
        .collect()
}

/// `Get-VM | Export-Csv` as PowerShell writes it: a property holding a collection is written
/// as its type name (`System.Collections.Generic.List`1[…VMNetworkAdapter]`), which is no
/// value, so such a column is not read; memory is the configured `MemoryStartup`, not
/// `MemoryAssigned` (0 for a VM that is off).
fn powershell_columns(
    sheet: &Sheet,
    header: usize,
    memory: &str,
    mut columns: Vec<Column>,
    mut unmapped: Vec<(usize, String)>,
) -> (Vec<Column>, Vec<(usize, String)>) {
    static TYPE_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(System|Microsoft)\.[\w.]+(`\d+)?(\[.*\])?$").expect("static regex")
    });
    let data = || sheet.rows.iter().skip(header + 1).take(20);
    let only_type_names = |col: usize| {
        let mut any = false;
        for row in data() {
            if let Some(c) = row.get(col) {
                if !TYPE_NAME.is_match(c.text().trim()) {
                    return false;
                }
                any = true;
            }
        }
        any
    };
    let (kept, dropped): (Vec<Column>, Vec<Column>) =
        columns.drain(..).partition(|c| !only_type_names(c.index));
    columns = kept;
    unmapped.extend(dropped.into_iter().map(|c| (c.index, c.header)));
    let startup = header_texts(sheet, header)
        .into_iter()
        .find(|(_, t)| normalise(t) == memory);
    if let Some((i, h)) = startup
        && let Some(mem) = columns.iter_mut().find(|c| c.field == Field::Memory)
        && mem.index != i
    {
        unmapped.push((mem.index, mem.header.clone()));
        mem.index = i;
        mem.header = h.clone();
        mem.unit = crate::units::unit_in_header(&h);
        unmapped.retain(|(j, _)| *j != i);
    }
    unmapped.sort();
    (columns, unmapped)
}

/// A format that names the host where the aliases expect the machine (Hyper-V's
/// `ComputerName`): that column is the host, and the machine is the column named as the
/// format names its VMs.
fn rebind_host(
    mut columns: Vec<Column>,
    texts: &[(usize, String)],
    named: &HostNamed,
) -> Vec<Column> {
    let is_host_header = |h: &str| named.host.contains(&normalise(h).as_str());
    let name_is_host = columns
        .iter()
        .any(|c| c.field == Field::Name && is_host_header(&c.header));
    if name_is_host {
        columns.retain(|c| !(c.field == Field::Name && is_host_header(&c.header)));
        if let Some((i, t)) = texts
            .iter()
            .find(|(_, t)| named.vm.contains(&normalise(t).as_str()))
        {
            columns.push(Column {
                index: *i,
                header: t.clone(),
                field: Field::Name,
                unit: None,
                disk_index: None,
            });
        }
    }
    if !columns.iter().any(|c| c.field == Field::Host)
        && let Some((i, t)) = texts.iter().find(|(_, t)| is_host_header(t))
    {
        columns.push(Column {
            index: *i,
            header: t.clone(),
            field: Field::Host,
            unit: None,
            disk_index: None,
        });
    }
    columns.sort_by_key(|c| c.index);
    columns
}

/// `RVTools_tabvInfo.csv` → `vInfo`.
pub fn csv_tab_name(path: &std::path::Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let lower = stem.to_ascii_lowercase();
    let i = lower.find("rvtools_tab")?;
    Some(stem[i + "rvtools_tab".len()..].to_string())
}

/// A per-tab CSV renamed (`export_part1.csv`): which RVTools tab its headers say it is.
pub fn csv_tab_by_headers(raw: &super::sheet::RawFile, file: &str) -> Option<String> {
    let sheet = raw.sheets.first()?;
    detect(sheet, file)
        .format
        .spec()
        .csv_tab
        .map(str::to_string)
}
