//! Machines made into rows of Azure Migrate's import template, each checked against the import's
//! documented rules (`import_template`, the edition in force on the day asked): the four
//! mandatory fields, the OS names the assessment recognises, the disks a row may give, names and
//! UUIDs each once, and the servers a file and a project may hold. Every problem is typed and
//! kept with its machine; a row missing a mandatory field is held back (the import would fail
//! on it), every other row is written, and nothing is left out without its reason.

use std::collections::HashMap;

use super::import_template::{ColumnField, DiskField, Edition, Template};
use crate::model::{Date, Firmware, Hypervisor, Machine, Value};

/// Why a mandatory cell has nothing to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Gap {
    /// The inventory has no column for it.
    NoColumn,
    /// The column is there, this machine's cell is blank.
    Blank,
    /// The cell could not be read (as written).
    Unreadable(String),
}

/// One problem of one machine's row.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A mandatory field (`header`, the template's) with nothing to write: the row is held
    /// back, as the import fails on it.
    Missing { header: String, gap: Gap },
    /// The OS text contains none of the names the assessment recognises on that day: the
    /// server imports and cannot be assessed.
    OsNameNotListed { os: String, edition: Date },
    /// More disks than a row may give: the first `max` are written.
    TooManyDisks { disks: usize, max: usize },
    /// A server name an earlier row (`first`, where the machine was read) gives too:
    /// importing a name again updates that server, so only one of them stays.
    DuplicateName { first: String },
    /// The inventory gives VM UUIDs and this machine has none.
    NoUuid,
    /// A VM UUID an earlier machine (`first`) has too.
    DuplicateUuid { uuid: String, first: String },
    /// An architecture outside the template's values (`arm64`): left blank.
    ArchitectureNotAccepted { arch: &'static str },
    /// A platform outside the template's hypervisors: server type written, hypervisor blank.
    HypervisorNotAccepted { hypervisor: &'static str },
}

impl Problem {
    /// Whether the row is held back for it (not written into an import file).
    pub fn holds_back(&self) -> bool {
        matches!(self, Problem::Missing { .. })
    }
}

/// One machine's row.
#[derive(Debug, Clone)]
pub struct Row {
    /// The machine's index in the inventory.
    pub machine: usize,
    pub cells: Vec<String>,
    pub problems: Vec<Problem>,
    /// Which import file (0-based) it is written to; none when held back.
    pub file: Option<usize>,
}

/// The whole export: the headers, a row per machine, and how they split into files.
#[derive(Debug, Clone)]
pub struct Export {
    pub edition: Edition,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// Rows (indices into `rows`) of each import file, at most the template's limit each.
    pub files: Vec<Vec<usize>>,
    pub per_file: usize,
    /// More servers than one project holds: (servers written, the limit).
    pub over_project: Option<(usize, usize)>,
    /// The inventory gives VM UUIDs (the UUID rules apply).
    pub has_uuids: bool,
}

fn number(x: f64) -> String {
    let text = format!("{x:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

fn known<T>(v: &Value<T>, header: &str, show: impl Fn(&T) -> String) -> Result<String, Problem> {
    match v {
        Value::Known(x) => Ok(show(x)),
        Value::Absent => Err(Problem::Missing {
            header: header.trim_start_matches('*').to_string(),
            gap: Gap::NoColumn,
        }),
        Value::Empty => Err(Problem::Missing {
            header: header.trim_start_matches('*').to_string(),
            gap: Gap::Blank,
        }),
        Value::Invalid(u) => Err(Problem::Missing {
            header: header.trim_start_matches('*').to_string(),
            gap: Gap::Unreadable(u.raw.clone()),
        }),
    }
}

fn opt<T>(v: &Value<T>, show: impl Fn(&T) -> String) -> String {
    v.known().map(show).unwrap_or_default()
}

const MIB: f64 = 1024.0 * 1024.0;
const GIB: f64 = MIB * 1024.0;

/// A tag's value by its normalised header.
fn tag<'m>(m: &'m Machine, keys: &[&str]) -> Option<&'m str> {
    m.tags
        .iter()
        .find(|(h, v)| {
            let n: String = h
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            keys.contains(&n.as_str()) && !v.trim().is_empty()
        })
        .map(|(_, v)| v.trim())
}

fn uuid(m: &Machine) -> Option<String> {
    tag(m, &["vmuuid"]).map(str::to_ascii_lowercase)
}

/// The export of `machines` by the edition in force on `day`; none before the first edition.
pub fn build(machines: &[Machine], t: &Template, day: Date) -> Option<Export> {
    let edition = t.edition(day)?.clone();
    let columns = t.columns_for(&edition);
    let disk_groups = machines
        .iter()
        .map(|m| m.disks.len())
        .max()
        .unwrap_or(0)
        .clamp(1, edition.max_disks);
    let mut headers: Vec<String> = columns.iter().map(|c| c.header.clone()).collect();
    for n in 1..=disk_groups {
        for d in &t.disk_columns {
            headers.push(d.header.replace("{n}", &n.to_string()));
        }
    }
    let has_uuids = machines.iter().any(|m| {
        m.tags
            .iter()
            .any(|(h, _)| h.trim().eq_ignore_ascii_case("vm uuid"))
    });
    let mut names: HashMap<String, usize> = HashMap::new();
    let mut uuids: HashMap<String, usize> = HashMap::new();
    let mut rows = Vec::with_capacity(machines.len());
    for (i, m) in machines.iter().enumerate() {
        let mut problems = Vec::new();
        let mut cells = Vec::with_capacity(headers.len());
        for c in &columns {
            let h = c.header.as_str();
            let cell = match c.field {
                ColumnField::Name => Ok(m.name.clone()),
                ColumnField::Ip => Ok(tag(
                    m,
                    &["ipaddress", "ipaddresses", "primaryipaddress", "ip"],
                )
                .unwrap_or_default()
                .to_string()),
                ColumnField::Cores => known(&m.cores, h, u32::to_string),
                ColumnField::MemoryMb => {
                    known(&m.memory_bytes, h, |b| number((*b as f64 / MIB).ceil()))
                }
                ColumnField::OsName => known(&m.os, h, |o| o.raw.clone()).inspect(|os| {
                    if edition.os_name_in(os).is_none() {
                        problems.push(Problem::OsNameNotListed {
                            os: os.clone(),
                            edition: edition.date,
                        });
                    }
                }),
                ColumnField::OsVersion => Ok(m
                    .os
                    .known()
                    .and_then(|o| o.version.clone())
                    .unwrap_or_default()),
                ColumnField::OsArchitecture => Ok(match m.architecture.known() {
                    Some(crate::model::Arch::X64) => "x64".into(),
                    Some(crate::model::Arch::X86) => "x86".into(),
                    Some(a) => {
                        problems.push(Problem::ArchitectureNotAccepted { arch: a.as_str() });
                        String::new()
                    }
                    None => String::new(),
                }),
                ColumnField::ServerType => Ok(match m.hypervisor.known() {
                    Some(Hypervisor::Physical) => "Physical".into(),
                    Some(_) => "Virtual".into(),
                    None => String::new(),
                }),
                ColumnField::Hypervisor => Ok(match m.hypervisor.known() {
                    Some(Hypervisor::Vmware) => "VMware".into(),
                    Some(Hypervisor::HyperV) => "Hyper-V".into(),
                    Some(Hypervisor::Other) => {
                        problems.push(Problem::HypervisorNotAccepted {
                            hypervisor: Hypervisor::Other.label(),
                        });
                        String::new()
                    }
                    _ => String::new(),
                }),
                ColumnField::CpuUtil => Ok(opt(&m.cpu_util_pct, |x| number(*x))),
                ColumnField::MemoryUtil => Ok(opt(&m.memory_util_pct, |x| number(*x))),
                ColumnField::Nics => Ok(opt(&m.nics, u32::to_string)),
                ColumnField::BootType => Ok(opt(&m.firmware, |f| match f {
                    Firmware::Bios => "BIOS".into(),
                    Firmware::Uefi => "UEFI".into(),
                })),
                ColumnField::Disks => Ok(if m.disks.is_empty() {
                    String::new()
                } else {
                    m.disks.len().to_string()
                }),
                ColumnField::StorageInUseGb => {
                    Ok(opt(&m.dr.used_bytes, |b| number((*b as f64 / GIB).ceil())))
                }
                ColumnField::None => Ok(String::new()),
            };
            match cell {
                Ok(text) => cells.push(text),
                Err(p) => {
                    problems.push(p);
                    cells.push(String::new());
                }
            }
        }
        if m.disks.len() > edition.max_disks {
            problems.push(Problem::TooManyDisks {
                disks: m.disks.len(),
                max: edition.max_disks,
            });
        }
        for n in 0..disk_groups {
            let d = m.disks.get(n);
            for dc in &t.disk_columns {
                let text = d.map_or(String::new(), |d| match dc.field {
                    DiskField::SizeGb => opt(&d.size_bytes, |b| number((*b as f64 / GIB).ceil())),
                    DiskField::WriteMbS => opt(&d.churn_mb_s, |x| number(*x)),
                    DiskField::ReadMbS => d
                        .perf
                        .as_ref()
                        .map_or(String::new(), |p| opt(&p.read_mb_s, |x| number(*x))),
                    DiskField::ReadOps => d
                        .perf
                        .as_ref()
                        .map_or(String::new(), |p| opt(&p.read_ops, |x| number(*x))),
                    DiskField::WriteOps => d
                        .perf
                        .as_ref()
                        .map_or(String::new(), |p| opt(&p.write_ops, |x| number(*x))),
                });
                cells.push(text);
            }
        }
        let key = m.name.trim().to_lowercase();
        match names.get(&key) {
            Some(&j) => problems.push(Problem::DuplicateName {
                first: machines[j].source.display(),
            }),
            None => {
                names.insert(key, i);
            }
        }
        if has_uuids {
            match uuid(m) {
                None => problems.push(Problem::NoUuid),
                Some(u) => match uuids.get(&u) {
                    Some(&j) => problems.push(Problem::DuplicateUuid {
                        uuid: u,
                        first: machines[j].source.display(),
                    }),
                    None => {
                        uuids.insert(u, i);
                    }
                },
            }
        }
        rows.push(Row {
            machine: i,
            cells,
            problems,
            file: None,
        });
    }
    let per_file = t.max_servers_per_file.max(1);
    let mut files: Vec<Vec<usize>> = Vec::new();
    for (r, row) in rows.iter_mut().enumerate() {
        if row.problems.iter().any(Problem::holds_back) {
            continue;
        }
        if files.last().is_none_or(|f| f.len() >= per_file) {
            files.push(Vec::new());
        }
        row.file = Some(files.len() - 1);
        if let Some(f) = files.last_mut() {
            f.push(r);
        }
    }
    let written: usize = files.iter().map(Vec::len).sum();
    Some(Export {
        edition,
        headers,
        rows,
        files,
        per_file,
        over_project: (written > t.max_servers_per_project)
            .then_some((written, t.max_servers_per_project)),
        has_uuids,
    })
}
