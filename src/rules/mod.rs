//! The rules: support matrices loaded from data (embedded in the binary, plus `--rules DIR`),
//! the edition in force at a date, and the evaluation of one machine against one matrix.
//! Rules know the model and nothing above it; [`crate::engine`] runs them over an inventory.

pub mod check;
pub mod clouds;
pub mod coverage;
pub mod diff;
pub mod eval;
mod filter;
pub mod import_check;
pub mod import_template;
pub mod matrix;
mod reason;
pub mod releases;
pub mod spec;

use std::collections::BTreeMap;
use std::path::Path;

pub use check::Outcome;
pub use eval::{Assessment, Finding, Keep, Readiness};
pub use matrix::{Matrix, Severity};
pub use reason::{BadValue, ChangeWhy, LoadError, Reason};
pub use spec::Date;

/// The matrices shipped in the binary: every `rules/<target>/<edition>.toml`, listed by the
/// build script (build.rs) so that a new edition is a new file and nothing else.
pub const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// The release notes shipped in the binary: every `rules/<target>/releases.toml`.
pub const BUILTIN_RELEASES: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_releases.rs"));

/// The targets, in the order reports show them.
pub const TARGETS: &[&str] = &[
    "asr-vmware",
    "asr-hyperv",
    "azure-migrate",
    "migrate-vmware-agentless",
    "aws-mgn",
    "aws-drs",
    "gcp-m2vm",
    "hygiene",
];

/// Every matrix known to this run, by target and edition.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub matrices: BTreeMap<(String, Date), Matrix>,
    /// Each target's release notes, judged beside its matrices.
    pub releases: BTreeMap<String, releases::ReleaseNotes>,
}

/// Something wrong with the rules or the choice of them. Worded by `crate::words::rules`
/// (its `Display` is the English there).
#[derive(Debug)]
pub enum RulesError {
    Load(LoadError),
    UnknownTarget {
        target: String,
        known: Vec<String>,
    },
    NoEdition(LeftOut),
    /// Several targets named (or all, by default) and none has an edition on the day asked:
    /// an empty report would read as "nothing to say", so it is refused with each first.
    NoEditions(Vec<LeftOut>),
    /// The I/O error is written within the message (`path: error`), not as a cause of its
    /// own, so that an error chain names it once.
    Io {
        path: String,
        err: std::io::Error,
    },
    /// Over a cap on a rule file ([`crate::limits`]), or not a regular file.
    Over {
        file: String,
        why: crate::limits::Over,
    },
}

impl std::error::Error for RulesError {}

impl From<LoadError> for RulesError {
    fn from(e: LoadError) -> RulesError {
        RulesError::Load(e)
    }
}

impl RulesError {
    /// Reads a rule file within its cap ([`crate::limits::MAX_RULES_FILE_BYTES`]).
    pub fn read(path: &Path) -> Result<String, RulesError> {
        crate::limits::read_text(path, crate::limits::Role::Rules).map_err(|e| match e {
            crate::limits::ReadError::Io(err) => RulesError::Io {
                path: path.display().to_string(),
                err,
            },
            crate::limits::ReadError::Over(why) => RulesError::Over {
                file: path.display().to_string(),
                why,
            },
        })
    }
}

impl RuleSet {
    /// The shipped matrices.
    pub fn builtin() -> Result<RuleSet, RulesError> {
        let mut set = RuleSet::default();
        for (path, text) in BUILTIN {
            set.add(Matrix::parse(text, &format!("rules/{path}"))?, path)?;
        }
        for (path, text) in BUILTIN_RELEASES {
            set.add_releases(releases::ReleaseNotes::parse(
                text,
                &format!("rules/{path}"),
            )?)?;
        }
        Ok(set)
    }

    /// The shipped matrices plus those in `dir` (`<target>/<edition>.toml`), which add to or
    /// replace them.
    pub fn load(dir: Option<&Path>) -> Result<RuleSet, RulesError> {
        let mut set = RuleSet::builtin()?;
        if let Some(dir) = dir {
            let io = |e, p: &Path| RulesError::Io {
                path: p.display().to_string(),
                err: e,
            };
            let mut files = Vec::new();
            for entry in std::fs::read_dir(dir).map_err(|e| io(e, dir))? {
                let p = entry.map_err(|e| io(e, dir))?.path();
                if p.is_dir() {
                    for f in std::fs::read_dir(&p).map_err(|e| io(e, &p))? {
                        let f = f.map_err(|e| io(e, &p))?.path();
                        if f.extension().is_some_and(|x| x == "toml") {
                            files.push(f);
                        }
                    }
                } else if p.extension().is_some_and(|x| x == "toml") {
                    files.push(p);
                }
            }
            files.sort();
            let mut notes = Vec::new();
            for f in files {
                let text = RulesError::read(&f)?;
                let shown = f.display().to_string();
                if f.file_name().is_some_and(|n| n == "releases.toml") {
                    notes.push(releases::ReleaseNotes::parse(&text, &shown)?);
                    continue;
                }
                let m = Matrix::parse(&text, &shown)?;
                set.add(m, &shown)?;
            }
            for n in notes {
                set.add_releases(n)?;
            }
        }
        Ok(set)
    }

    /// Adds (or replaces) a target's release notes, once its matrices are in: every change
    /// must name a rule of them.
    fn add_releases(&mut self, n: releases::ReleaseNotes) -> Result<(), RulesError> {
        n.check_against(&self.editions(&n.source.target))?;
        self.releases.insert(n.source.target.clone(), n);
        Ok(())
    }

    fn add(&mut self, m: Matrix, path: &str) -> Result<(), RulesError> {
        m.check_caps().map_err(|why| RulesError::Over {
            file: path.into(),
            why,
        })?;
        // `<target>/<edition>.toml` must say what its path says.
        let stem = Path::new(path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let folder = Path::new(path)
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|s| s.to_str());
        if stem != m.edition().to_string() {
            return Err(LoadError {
                file: path.into(),
                line: 1,
                reason: Box::new(Reason::EditionNotFileName {
                    edition: m.edition(),
                    stem: stem.to_string(),
                }),
            }
            .into());
        }
        if let Some(folder) = folder
            && folder != m.target()
            && !folder.ends_with("rules")
        {
            return Err(LoadError {
                file: path.into(),
                line: 1,
                reason: Box::new(Reason::TargetNotFolder {
                    target: m.target().to_string(),
                    folder: folder.to_string(),
                }),
            }
            .into());
        }
        self.matrices
            .insert((m.target().to_string(), m.edition()), m);
        Ok(())
    }

    pub fn targets(&self) -> Vec<String> {
        let mut t: Vec<String> = self.matrices.keys().map(|(t, _)| t.clone()).collect();
        t.dedup();
        // Grouped by cloud (Azure, AWS, Google, then the cloud-neutral), each in TARGETS order.
        t.sort_by_key(|x| {
            (
                clouds::cloud_of(x).map_or(usize::MAX, |c| c as usize),
                TARGETS.iter().position(|k| k == x).unwrap_or(usize::MAX),
            )
        });
        t
    }

    pub fn editions(&self, target: &str) -> Vec<&Matrix> {
        self.matrices
            .iter()
            .filter(|((t, _), _)| t == target)
            .map(|(_, m)| m)
            .collect()
    }

    /// Per target, the newest edition dated on or before `as_of` (the newest when none given).
    /// A target named alone with no edition by then is an error naming its first edition;
    /// among several, it is left out with a note.
    pub fn select(
        &self,
        targets: &[String],
        as_of: Option<Date>,
    ) -> Result<Selection<'_>, RulesError> {
        let all = self.targets();
        let chosen: Vec<String> = if targets.is_empty() {
            all.clone()
        } else {
            targets.to_vec()
        };
        let mut sel = Selection {
            matrices: Vec::new(),
            releases: Vec::new(),
            pending: Vec::new(),
            left_out: Vec::new(),
            as_of,
        };
        // Releases are judged on the day assessed: today when no day is given.
        let day = as_of.unwrap_or_else(Date::today);
        for t in &chosen {
            let eds = self.editions(t);
            if eds.is_empty() {
                return Err(RulesError::UnknownTarget {
                    target: t.clone(),
                    known: all.clone(),
                });
            }
            let pick = eds
                .iter()
                .rev()
                .find(|m| as_of.is_none_or(|d| m.edition() <= d));
            match pick {
                Some(m) => {
                    sel.matrices.push(m);
                    // The next edition, when the day falls in the span its changes are known
                    // only to lie in.
                    sel.pending.push(
                        eds.iter()
                            .find(|n| n.edition() > m.edition())
                            .filter(|n| n.matrix.changed_after.is_some_and(|a| day > a))
                            .copied(),
                    );
                    sel.releases.push(
                        self.releases
                            .get(t)
                            .map(|n| n.in_force(m, day))
                            .unwrap_or_default(),
                    );
                }
                None => {
                    let note = LeftOut {
                        target: t.clone(),
                        as_of,
                        first: eds[0].edition(),
                    };
                    if chosen.len() == 1 {
                        return Err(RulesError::NoEdition(note));
                    }
                    sel.left_out.push(note);
                }
            }
        }
        if sel.matrices.is_empty() && !sel.left_out.is_empty() {
            return Err(RulesError::NoEditions(sel.left_out));
        }
        Ok(sel)
    }

    /// Finds a rule by id across every matrix (newest edition first).
    pub fn find_rule(&self, id: &str) -> Vec<(&Matrix, &matrix::Rule)> {
        let mut out: Vec<(&Matrix, &matrix::Rule)> = self
            .matrices
            .values()
            .flat_map(|m| {
                m.rules
                    .iter()
                    .filter(|r| r.id.eq_ignore_ascii_case(id))
                    .map(move |r| (m, r))
            })
            .collect();
        out.sort_by_key(|(m, _)| std::cmp::Reverse(m.edition()));
        out
    }
}

/// The matrices a run evaluates.
#[derive(Debug, Clone)]
pub struct Selection<'a> {
    pub matrices: Vec<&'a Matrix>,
    /// `releases[j][i]`: the release changes in force on the day assessed for rule `i` of
    /// matrix `j` (empty where the target has no release notes).
    pub releases: Vec<Vec<Vec<releases::Amendment<'a>>>>,
    /// `pending[j]`: the edition after matrix `j` when the day assessed falls between its
    /// `changed_after` and its date (its changes may already have been made).
    pub pending: Vec<Option<&'a Matrix>>,
    /// Targets named but without an edition at the date, with why.
    pub left_out: Vec<LeftOut>,
    pub as_of: Option<Date>,
}

/// A target named without an edition on or before the day asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub target: String,
    pub as_of: Option<Date>,
    /// Its first edition.
    pub first: Date,
}

#[cfg(test)]
mod tests;
