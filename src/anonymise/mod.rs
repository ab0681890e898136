//! Anonymised copies of inventories, to hand on outside the customer (`rehost anonymise`),
//! and reports made from them put back into the original names (`rehost deanonymise`).
//!
//! Every identifying value (names of VMs, hosts, clusters, datacenters, folders, pools,
//! datastores, networks; paths; vCenters; addresses; UUIDs; annotations) is replaced by a
//! pseudonym of its kind and shape drawn from a keyed hash (`key`), the same in every file and
//! sheet; what rehost judges (OS, sizes, firmware, counts, dates, power state) is kept as it
//! is, so the copies get the same verdicts. The map (pseudonym → original) is the only way
//! back and is written apart from the copies.
//!
//! `columns` decides per header, `shape` per value, `pseudonyms` makes them, `copy` reads and
//! writes the files, `map` is the way back, `restore` uses it on reports.

pub mod columns;
mod copy;
pub mod key;
pub mod map;
pub mod pseudonyms;
pub mod restore;
pub mod shape;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use key::Key;

/// Why a run is refused. Worded by the catalogue (`anon-err-…`), in English as its
/// `Display`.
#[derive(Debug)]
pub enum AnonError {
    /// No `--key` and no `REHOST_ANON_KEY`: there is never a default key.
    NoKey,
    /// The copies would go into a folder an input is in.
    OutputHoldsInput { output: String, input: String },
    /// The map would go inside the folder of copies (handed on with them).
    MapInsideOutput { map: String, output: String },
    /// The file given as the map is no map of rehost's.
    NotAMap(String),
}

impl std::fmt::Display for AnonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(crate::words::Lang::En))
    }
}

impl std::error::Error for AnonError {}

impl AnonError {
    pub fn words(&self, lang: crate::words::Lang) -> String {
        match self {
            AnonError::NoKey => crate::say!(lang, "anon-err-no-key"),
            AnonError::OutputHoldsInput { output, input } => crate::say!(
                lang,
                "anon-err-output-holds-input",
                output = output.as_str(),
                input = input.as_str()
            ),
            AnonError::MapInsideOutput { map, output } => crate::say!(
                lang,
                "anon-err-map-inside-output",
                map = map.as_str(),
                output = output.as_str()
            ),
            AnonError::NotAMap(file) => {
                crate::say!(lang, "anon-err-not-a-map", file = file.as_str())
            }
        }
    }
}

/// What `anonymise` made.
#[derive(Debug)]
pub struct Made {
    /// Each input file and its copy.
    pub files: Vec<(PathBuf, PathBuf)>,
    pub map: PathBuf,
    pub values: usize,
}

/// Reads a file whole within the inventory cap.
fn read_whole(path: &Path) -> anyhow::Result<Vec<u8>> {
    use crate::limits::{ReadError, Refused, Role};
    crate::limits::read_file(path, Role::Inventory).map_err(|e| match e {
        ReadError::Io(err) => anyhow::Error::new(err).context(path.display().to_string()),
        ReadError::Over(why) => Refused {
            file: path.display().to_string(),
            why,
        }
        .into(),
    })
}

/// The map's place when none is given: beside the folder of copies, never in it
/// (`shared/` → `shared.map.json`).
pub fn default_map(out: &Path) -> PathBuf {
    let abs = std::path::absolute(out).unwrap_or_else(|_| out.to_path_buf());
    let name = abs
        .file_name()
        .map_or_else(|| "anonymised".into(), |n| n.to_string_lossy().into_owned());
    abs.with_file_name(format!("{name}.map.json"))
}

/// A file or folder name as the copy keeps it: a name made only of the tools' own words
/// (`RVTools_tabvInfo.csv`, `AzureMigrate_Discovery_Report.xlsx`, `rvtools-133.xlsx`) is
/// kept, since rehost tells some formats by it; any other could hold the customer's name and
/// becomes `inventory-<hash>`.
fn copy_name(name: &str, key: &Key, file: bool, ext: Option<&str>) -> String {
    const WORDS: [&str; 22] = [
        "rvtools",
        "export",
        "all",
        "csv",
        "azuremigrate",
        "azure",
        "migrate",
        "discovery",
        "report",
        "hyperv",
        "hyper",
        "vm",
        "vms",
        "vhd",
        "vhds",
        "inventory",
        "servers",
        "assessment",
        "import",
        "getvm",
        "tabs",
        "xlsx",
    ];
    let (stem, own_ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && file => (s, Some(e)),
        _ => (name, None),
    };
    let mut words = Vec::new();
    let mut word = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c.to_ascii_lowercase());
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    words.push(word);
    let tool = words.iter().all(|w| {
        w.is_empty()
            || WORDS.contains(&w.as_str())
            || w.starts_with("tabv")
            || w.starts_with("tabdv")
    });
    let stem = if tool {
        stem.to_string()
    } else {
        format!(
            "inventory-{}",
            &key::hex(&key.digest("file", &stem.to_lowercase(), 0))[..8]
        )
    };
    match ext.or(own_ext) {
        Some(e) => format!("{stem}.{e}"),
        None => stem,
    }
}

fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Writes the anonymised copy of every input into `out` (made if missing; a folder input as
/// a folder of its own) and the map at `map`.
pub fn anonymise(
    inputs: &[PathBuf],
    out: &Path,
    map_path: Option<&Path>,
    key: Key,
) -> anyhow::Result<Made> {
    use crate::report::WriteError;
    let map_path = map_path.map_or_else(|| default_map(out), Path::to_path_buf);
    if !out.is_dir() {
        if out.exists() {
            return Err(WriteError::CannotCreateFolder(out.display().to_string()).into());
        }
        std::fs::create_dir(out).map_err(|e| {
            anyhow::Error::new(e).context(WriteError::CannotCreateFolder(out.display().to_string()))
        })?;
    }
    let out_c = canonical(out);
    let map_dir = canonical(
        map_path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new(".")),
    );
    if map_dir.starts_with(&out_c) {
        return Err(AnonError::MapInsideOutput {
            map: map_path.display().to_string(),
            output: out.display().to_string(),
        }
        .into());
    }
    // Each input file, with the folder of the copy (relative to `out`).
    let mut sources: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut folders = Vec::new();
    for input in inputs {
        let (files, sub) = if input.is_dir() {
            let listed = crate::inventory::files(std::slice::from_ref(input))?;
            let name = canonical(input)
                .file_name()
                .map_or_else(|| "inventory".into(), |n| n.to_string_lossy().into_owned());
            let copy = copy_name(&name, &key, false, None);
            if copy != name {
                folders.push((copy.clone(), name));
            }
            (listed.read, PathBuf::from(copy))
        } else {
            (vec![input.clone()], PathBuf::new())
        };
        let holder = if input.is_dir() {
            canonical(input)
        } else {
            canonical(
                input
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new(".")),
            )
        };
        if holder == out_c {
            return Err(AnonError::OutputHoldsInput {
                output: out.display().to_string(),
                input: input.display().to_string(),
            }
            .into());
        }
        for f in files {
            sources.push((f, sub.clone()));
        }
    }
    let all_inputs: Vec<PathBuf> = sources
        .iter()
        .map(|(f, _)| f.clone())
        .chain([out.to_path_buf()])
        .collect();
    let mut names = pseudonyms::Pseudonyms::new(key.clone());
    // A report names each file with its folder: the way back knows a folder's name too.
    for (copy, original) in &folders {
        names.record_file(copy, original);
    }
    let mut read = Vec::new();
    for (path, sub) in &sources {
        let shown = path.display().to_string();
        let raw = copy::read(path)?;
        let delimiter = if raw.kind == crate::inventory::sheet::FileKind::Csv {
            copy::delimiter(&read_whole(path)?)
        } else {
            b','
        };
        let workbook = copy::is_workbook(raw.kind);
        let planned = copy::plan(raw, &shown);
        copy::collect(&planned, &mut names);
        read.push((path, sub, planned, delimiter, workbook));
    }
    let scrub = copy::Scrub::new(&names);
    let mut made = Vec::new();
    let mut files = BTreeMap::new();
    let mut used = std::collections::HashSet::new();
    for (path, sub, planned, delimiter, workbook) in read {
        let original = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let ext = workbook.then_some("xlsx");
        let mut name = copy_name(&original, &key, true, ext);
        let mut n = 1;
        while !used.insert(sub.join(&name)) {
            n += 1;
            name = match name.rsplit_once('.') {
                Some((s, e)) => format!("{s}-{n}.{e}"),
                None => format!("{name}-{n}"),
            };
        }
        let rel = sub.join(&name);
        let dest = out.join(&rel);
        if !sub.as_os_str().is_empty() && !out.join(sub).is_dir() {
            std::fs::create_dir(out.join(sub)).map_err(|e| {
                anyhow::Error::new(e).context(WriteError::CannotCreateFolder(
                    out.join(sub).display().to_string(),
                ))
            })?;
        }
        let sheets = copy::rewrite(&planned, &mut names, Some(&scrub));
        // Reports name the file (`inventory-1a2b3c4d.csv!B7`): the way back knows it.
        if name != original {
            names.record_file(&name, &original);
        }
        let comments = if workbook {
            Vec::new()
        } else {
            copy::type_lines(&read_whole(path)?)
        };
        crate::report::write_atomic_with(&dest, &all_inputs, |w| {
            if workbook {
                copy::write_xlsx(&sheets, w)
            } else {
                copy::write_csv(&sheets[0], delimiter, &comments, w)
            }
        })?;
        files.insert(rel.display().to_string(), path.display().to_string());
        made.push((path.clone(), dest));
    }
    let values = names.map().len();
    let file = map::MapFile {
        format: map::FORMAT.into(),
        version: 1,
        key_id: key.id(),
        files,
        values: names.map().clone(),
    };
    map::write(&map_path, &file, &all_inputs)?;
    Ok(Made {
        files: made,
        map: map_path,
        values,
    })
}

/// Writes each report into `out` with the originals back; returns each report, its copy and
/// how many pseudonyms were replaced.
pub fn deanonymise(
    reports: &[PathBuf],
    map_path: &Path,
    out: &Path,
) -> anyhow::Result<Vec<(PathBuf, PathBuf, usize)>> {
    let Some(file) = map::read(map_path)? else {
        return Err(AnonError::NotAMap(map_path.display().to_string()).into());
    };
    let restorer = restore::Restorer::new(&file.values);
    if !out.is_dir() && !out.exists() {
        std::fs::create_dir(out).map_err(|e| {
            anyhow::Error::new(e).context(crate::report::WriteError::CannotCreateFolder(
                out.display().to_string(),
            ))
        })?;
    }
    let inputs: Vec<PathBuf> = reports
        .iter()
        .cloned()
        .chain([map_path.to_path_buf()])
        .collect();
    let mut done = Vec::new();
    for r in reports {
        let bytes = read_whole(r)?;
        let name = r
            .file_name()
            .map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
        let kind = restore::kind(&name, &bytes);
        let (restored, n) = restorer.report(kind, &bytes)?;
        let dest = out.join(&name);
        crate::report::write_atomic(&dest, &restored, &inputs)?;
        done.push((r.clone(), dest, n));
    }
    Ok(done)
}
