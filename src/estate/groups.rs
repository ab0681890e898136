//! Groups a consultant moves machines in: by where they sit (`--group-by cluster`,
//! `datacenter`, `folder`), by any column the importer kept (`--group-by Owner`), or by a
//! file of theirs (`--groups FILE`: a CSV of machine → group, with an optional wave and
//! owner). A machine no group names is *ungrouped*, counted apart; a file row naming no
//! machine of the inventory is reported, never dropped.

use std::collections::HashMap;
use std::path::Path;

use super::{EstateError, GroupsFileProblem};
use crate::inventory::Inventory;
use crate::model::Field;

/// What the groups come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Cluster,
    Datacenter,
    Folder,
    /// A column the importer reads as a field of its own: `host`, `tier`, `application`,
    /// `recovery group`.
    Field(Field),
    /// A column the importer kept, by its header.
    Column(String),
    /// A file of the reader's.
    File(String),
}

/// One group: its name, and the wave and owner a groups file gives it (the first row's).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Group {
    pub name: String,
    pub wave: Option<String>,
    pub owner: Option<String>,
}

/// A file row naming no machine of the inventory (nor one out of scope).
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownRow {
    pub row: u64,
    pub machine: String,
    pub group: String,
}

/// Every machine's group.
#[derive(Debug, Clone, PartialEq)]
pub struct Groups {
    pub source: Source,
    /// In the order first met (the file's order, else the inventory's).
    pub groups: Vec<Group>,
    /// `of[i]`: machine `i`'s group (an index into `groups`), none when ungrouped.
    pub of: Vec<Option<usize>>,
    pub unknown_rows: Vec<UnknownRow>,
}

impl Groups {
    /// Machines of each group, and (last) the ungrouped ones, as inventory indexes.
    pub fn members(&self) -> (Vec<Vec<usize>>, Vec<usize>) {
        let mut by = vec![Vec::new(); self.groups.len()];
        let mut none = Vec::new();
        for (i, g) in self.of.iter().enumerate() {
            match g {
                Some(g) => by[*g].push(i),
                None => none.push(i),
            }
        }
        (by, none)
    }
}

/// `--group-by` as written: a field's name, else a column's header.
pub fn source_of(text: &str) -> Source {
    match text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .as_str()
    {
        "cluster" => Source::Cluster,
        "datacenter" | "datacentre" => Source::Datacenter,
        "folder" => Source::Folder,
        "host" => Source::Field(Field::Host),
        "tier" => Source::Field(Field::Tier),
        "application" | "app" => Source::Field(Field::Application),
        "recoverygroup" => Source::Field(Field::RecoveryGroup),
        _ => Source::Column(text.trim().to_string()),
    }
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Groups by a field or a kept column. Refused when the inventory has no column for it.
pub fn by(inv: &Inventory, source: Source) -> Result<Groups, EstateError> {
    let field = match &source {
        Source::Cluster => Some(Field::Cluster),
        Source::Datacenter => Some(Field::Datacenter),
        Source::Folder => Some(Field::Folder),
        Source::Field(f) => Some(*f),
        _ => None,
    };
    let header = match &source {
        Source::Column(h) => Some(squash(h)),
        _ => None,
    };
    let has = match (field, &header) {
        (Some(f), _) => inv.has_field(f),
        (None, Some(h)) => inv
            .machines
            .iter()
            .any(|m| m.tags.iter().any(|(k, _)| squash(k) == *h)),
        _ => false,
    };
    if !has {
        let what = match &source {
            Source::Column(h) | Source::File(h) => h.clone(),
            Source::Cluster => "cluster".into(),
            Source::Datacenter => "datacenter".into(),
            Source::Folder => "folder".into(),
            Source::Field(f) => f.label().into(),
        };
        return Err(EstateError::NoColumn { what });
    }
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut groups = Vec::new();
    let of: Vec<Option<usize>> = inv
        .machines
        .iter()
        .map(|m| {
            let v: Option<&str> = match &source {
                Source::Cluster => m.placement.cluster.known().map(String::as_str),
                Source::Datacenter => m.placement.datacenter.known().map(String::as_str),
                Source::Folder => m.placement.folder.known().map(String::as_str),
                Source::Field(Field::Host) => m.host.name.known().map(String::as_str),
                Source::Field(Field::Tier) => m.dr.tier.known().map(String::as_str),
                Source::Field(Field::Application) => m.dr.application.known().map(String::as_str),
                Source::Field(Field::RecoveryGroup) => {
                    m.dr.recovery_group.known().map(String::as_str)
                }
                _ => header.as_ref().and_then(|h| {
                    m.tags
                        .iter()
                        .find(|(k, _)| squash(k) == *h)
                        .map(|(_, t)| t.as_str())
                }),
            };
            let name = v.map(str::trim).filter(|t| !t.is_empty())?;
            let g = *index.entry(name.to_lowercase()).or_insert_with(|| {
                groups.push(Group {
                    name: name.to_string(),
                    ..Group::default()
                });
                groups.len() - 1
            });
            Some(g)
        })
        .collect();
    // By name as people sort them (`Cluster2` before `Cluster10`).
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_cached_key(|&k| natural(&groups[k].name));
    let mut at = vec![0; groups.len()];
    for (new, &old) in order.iter().enumerate() {
        at[old] = new;
    }
    let groups = order.iter().map(|&k| groups[k].clone()).collect();
    let of = of
        .into_iter()
        .map(|g: Option<usize>| g.map(|g| at[g]))
        .collect();
    Ok(Groups {
        source,
        groups,
        of,
        unknown_rows: Vec::new(),
    })
}

/// A name's sort key: runs of digits compared as numbers, letters without regard to case.
fn natural(name: &str) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut digits = String::new();
    for c in name.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                out.push((
                    std::mem::take(&mut text),
                    digits.parse().unwrap_or(u64::MAX),
                ));
                digits.clear();
            }
            text.extend(c.to_lowercase());
        }
    }
    out.push((text, digits.parse().unwrap_or(0)));
    out
}

/// Groups from a CSV file: a header row naming the machine column (`machine`, `name`, `vm`,
/// `server`) and the group column (`group`, `move group`), optionally `wave` and `owner`.
/// Names match without regard to case; the first row of a machine wins. `out_of_scope`
/// holds the names a `--where` left out: a row naming one is not an unknown row.
pub fn from_file(
    inv: &Inventory,
    path: &Path,
    out_of_scope: &[&str],
) -> Result<Groups, EstateError> {
    let file = path.display().to_string();
    let bad = |why| EstateError::GroupsFile {
        file: file.clone(),
        why,
    };
    let bytes = std::fs::read(path).map_err(|e| bad(GroupsFileProblem::Io(e.to_string())))?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim_start_matches('\u{feff}');
    let delimiter = if text
        .lines()
        .next()
        .is_some_and(|l| l.contains(';') && !l.contains(','))
    {
        b';'
    } else {
        b','
    };
    let mut rd = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let head = rd
        .headers()
        .map_err(|e| {
            bad(GroupsFileProblem::BadRow {
                row: 1,
                error: e.to_string(),
            })
        })?
        .clone();
    let find = |names: &[&str]| {
        head.iter()
            .position(|h| names.contains(&squash(h).as_str()))
    };
    let m_col = find(&[
        "machine",
        "name",
        "vm",
        "server",
        "machinename",
        "vmname",
        "servername",
    ])
    .ok_or(bad(GroupsFileProblem::NoColumn { column: "machine" }))?;
    let g_col = find(&["group", "movegroup", "migrationgroup", "groupname"])
        .ok_or(bad(GroupsFileProblem::NoColumn { column: "group" }))?;
    let w_col = find(&["wave", "migrationwave"]);
    let o_col = find(&["owner", "appowner", "contact"]);
    let by_name: HashMap<String, usize> = inv
        .machines
        .iter()
        .enumerate()
        .rev()
        .map(|(i, m)| (m.name.trim().to_lowercase(), i))
        .collect();
    let outside: Vec<String> = out_of_scope
        .iter()
        .map(|n| n.trim().to_lowercase())
        .collect();
    let mut of = vec![None; inv.machines.len()];
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut unknown_rows = Vec::new();
    for (k, rec) in rd.records().enumerate() {
        let row = k as u64 + 2;
        let rec = rec.map_err(|e| {
            bad(GroupsFileProblem::BadRow {
                row,
                error: e.to_string(),
            })
        })?;
        let cell = |c: Option<usize>| {
            c.and_then(|c| rec.get(c))
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
        };
        let (Some(machine), group) = (cell(Some(m_col)), cell(Some(g_col))) else {
            continue;
        };
        let Some(group) = group else { continue };
        let key = machine.to_lowercase();
        let Some(&i) = by_name.get(&key) else {
            if !outside.contains(&key) {
                unknown_rows.push(UnknownRow {
                    row,
                    machine,
                    group,
                });
            }
            continue;
        };
        let g = *index.entry(group.to_lowercase()).or_insert_with(|| {
            groups.push(Group {
                name: group.clone(),
                wave: cell(w_col),
                owner: cell(o_col),
            });
            groups.len() - 1
        });
        if of[i].is_none() {
            of[i] = Some(g);
        }
    }
    Ok(Groups {
        source: Source::File(file),
        groups,
        of,
        unknown_rows,
    })
}
