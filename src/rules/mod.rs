//! The rules engine: support matrices loaded from data (embedded in the binary, plus
//! `--rules DIR`), the edition in force at a date, and evaluation of every machine.

pub mod check;
pub mod eval;
pub mod matrix;
pub mod spec;

use crate::model::Machine;
use std::collections::BTreeMap;
use std::path::Path;

pub use check::Outcome;
pub use eval::{Assessment, Finding, Keep, Readiness};
pub use matrix::{LoadError, Matrix, Severity};
pub use spec::Date;

use crate::dr::{self, DrOptions, DrResult, DrVerdict, EstateDr};
use crate::inventory::Inventory;
use check::dr::DrContext;

/// The matrices shipped in the binary: `rules/<target>/<edition>.toml`.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "asr-hyperv/2020-01-27.toml",
        include_str!("../../rules/asr-hyperv/2020-01-27.toml"),
    ),
    (
        "asr-vmware/2019-10-15.toml",
        include_str!("../../rules/asr-vmware/2019-10-15.toml"),
    ),
    (
        "asr-vmware/2023-09-28.toml",
        include_str!("../../rules/asr-vmware/2023-09-28.toml"),
    ),
    (
        "azure-migrate/2018-03-27.toml",
        include_str!("../../rules/azure-migrate/2018-03-27.toml"),
    ),
    (
        "azure-migrate/2020-05-27.toml",
        include_str!("../../rules/azure-migrate/2020-05-27.toml"),
    ),
    (
        "azure-migrate/2024-06-24.toml",
        include_str!("../../rules/azure-migrate/2024-06-24.toml"),
    ),
    (
        "migrate-vmware-agentless/2019-06-24.toml",
        include_str!("../../rules/migrate-vmware-agentless/2019-06-24.toml"),
    ),
    (
        "migrate-vmware-agentless/2020-06-08.toml",
        include_str!("../../rules/migrate-vmware-agentless/2020-06-08.toml"),
    ),
    (
        "migrate-vmware-agentless/2023-09-29.toml",
        include_str!("../../rules/migrate-vmware-agentless/2023-09-29.toml"),
    ),
];

/// The targets, in the order reports show them.
pub const TARGETS: &[&str] = &[
    "asr-vmware",
    "asr-hyperv",
    "azure-migrate",
    "migrate-vmware-agentless",
];

/// Every matrix known to this run, by target and edition.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub matrices: BTreeMap<(String, Date), Matrix>,
}

/// Something wrong with the rules or the choice of them.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{0}")]
    Select(String),
    #[error("{path}: {err}")]
    Io { path: String, err: std::io::Error },
}

impl RuleSet {
    /// The shipped matrices.
    pub fn builtin() -> Result<RuleSet, RulesError> {
        let mut set = RuleSet::default();
        for (path, text) in BUILTIN {
            set.add(Matrix::parse(text, &format!("rules/{path}"))?, path)?;
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
            for f in files {
                let text = std::fs::read_to_string(&f).map_err(|e| io(e, &f))?;
                let shown = f.display().to_string();
                let m = Matrix::parse(&text, &shown)?;
                set.add(m, &shown)?;
            }
        }
        Ok(set)
    }

    fn add(&mut self, m: Matrix, path: &str) -> Result<(), RulesError> {
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
                reason: format!(
                    "edition {} does not match the file name {stem}.toml",
                    m.edition()
                ),
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
                reason: format!("target {} does not match the folder {folder}", m.target()),
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
        t.sort_by_key(|x| TARGETS.iter().position(|k| k == x).unwrap_or(usize::MAX));
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
            left_out: Vec::new(),
            as_of,
        };
        for t in &chosen {
            let eds = self.editions(t);
            if eds.is_empty() {
                return Err(RulesError::Select(format!(
                    "unknown target {t:?} (known: {})",
                    all.join(", ")
                )));
            }
            let pick = eds
                .iter()
                .rev()
                .find(|m| as_of.is_none_or(|d| m.edition() <= d));
            match pick {
                Some(m) => sel.matrices.push(m),
                None => {
                    let first = eds[0].edition();
                    let note = format!(
                        "{t}: no edition on or before {}; its first is {first}",
                        as_of.map(|d| d.to_string()).unwrap_or_default()
                    );
                    if chosen.len() == 1 {
                        return Err(RulesError::Select(note));
                    }
                    sel.left_out.push(note);
                }
            }
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
#[derive(Debug)]
pub struct Selection<'a> {
    pub matrices: Vec<&'a Matrix>,
    /// Targets named but without an edition at the date, with why.
    pub left_out: Vec<String>,
    pub as_of: Option<Date>,
}

/// One run of machines assessed on one thread.
struct Run {
    per_machine: Vec<Vec<Assessment>>,
    dr: Vec<Vec<Option<DrResult>>>,
    /// DR verdicts counted per (matrix, verdict).
    dr_counts: BTreeMap<(usize, DrVerdict), usize>,
    gap_why: BTreeMap<(usize, usize), String>,
    gap_counts: BTreeMap<(usize, usize), usize>,
}

/// Assesses a run of machines against every selected matrix.
fn assess_run(
    machines: &[Machine],
    contexts: &[DrContext],
    selection: &Selection<'_>,
    strict: bool,
    keep: Keep,
    estate: Option<&EstateDr>,
) -> Run {
    let mut gap_why = BTreeMap::new();
    let mut gap_counts: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut per_machine: Vec<Vec<Assessment>> = Vec::with_capacity(machines.len());
    let mut dr: Vec<Vec<Option<DrResult>>> = Vec::with_capacity(machines.len());
    let mut dr_counts: BTreeMap<(usize, DrVerdict), usize> = BTreeMap::new();
    for (m, ctx) in machines.iter().zip(contexts) {
        let mut per: Vec<Assessment> = selection
            .matrices
            .iter()
            .enumerate()
            .map(|(j, mx)| eval::assess(mx, j, m, strict, ctx, keep, &mut gap_why))
            .collect();
        let results: Vec<Option<DrResult>> = match estate {
            None => Vec::new(),
            Some(e) => per
                .iter()
                .map(|a| dr::result(selection.matrices[a.matrix], a, ctx, m, e))
                .collect(),
        };
        for (j, r) in results.iter().enumerate() {
            if let Some(r) = r {
                *dr_counts.entry((j, r.verdict)).or_default() += 1;
            }
        }
        // With verdicts only, the writer works the DR results out again machine by machine.
        dr.push(if keep == Keep::Verdicts {
            Vec::new()
        } else {
            results
        });
        for a in &mut per {
            for f in &a.findings {
                if f.outcome == Outcome::NotEvaluated {
                    *gap_counts.entry((a.matrix, f.rule)).or_default() += 1;
                }
            }
            // Reports show failures and unknowns; an estate of 100,000 machines holds
            // nothing else (JSON and explain evaluate again in full).
            if keep != Keep::All {
                a.findings
                    .retain(|f| matches!(f.outcome, Outcome::Fail | Outcome::Unknown));
                if keep == Keep::Verdicts {
                    for f in &mut a.findings {
                        f.detail = None;
                    }
                }
                a.findings.shrink_to_fit();
            }
        }
        per_machine.push(per);
    }
    Run {
        per_machine,
        dr,
        dr_counts,
        gap_why,
        gap_counts,
    }
}

/// Every machine against every selected matrix, in inventory order.
#[derive(Debug)]
pub struct Evaluation<'a> {
    pub selection: Selection<'a>,
    /// `per_machine[i][j]`: machine `i` against matrix `j`.
    pub per_machine: Vec<Vec<Assessment>>,
    pub strict: bool,
    pub dr_options: DrOptions,
    /// Each machine's resolved DR targets.
    pub contexts: Vec<DrContext>,
    /// The estate's DR figures, when an `asr-*` matrix is selected.
    pub estate: Option<EstateDr>,
    /// `dr[i][j]`: machine `i`'s DR result against matrix `j` (for matrices with DR rules).
    pub dr: Vec<Vec<Option<DrResult>>>,
    /// Why each (matrix, rule) was not evaluated, as first met.
    pub gap_why: BTreeMap<(usize, usize), String>,
    /// How many machines each (matrix, rule) was not evaluated for.
    pub gap_counts: BTreeMap<(usize, usize), usize>,
    pub keep: Keep,
}

impl<'a> Evaluation<'a> {
    /// Evaluates with no DR options (targets only from the inventory).
    pub fn run(inv: &Inventory, selection: Selection<'a>, strict: bool) -> Evaluation<'a> {
        Evaluation::run_with(inv, selection, strict, DrOptions::default(), Keep::All)
    }

    pub fn run_with(
        inv: &Inventory,
        selection: Selection<'a>,
        strict: bool,
        dr_options: DrOptions,
        keep: Keep,
    ) -> Evaluation<'a> {
        let mut gap_why = BTreeMap::new();
        let mut gap_counts: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        let contexts: Vec<DrContext> = inv
            .machines
            .iter()
            .map(|m| dr::context(m, &dr_options))
            .collect();
        // The estate's DR figures need every machine's churn, not its findings: first.
        let dr_matrix = selection.matrices.iter().find(|m| dr::has_dr(m));
        let mut estate =
            dr_matrix.map(|mx| dr::estate(&inv.machines, &dr_options, mx.estate.as_ref()));
        // Machines are independent: on a large estate, each core takes a run of them, and the
        // runs are put back in inventory order (the first reason met for a gap stays first).
        let threads = if inv.machines.len() < 2_000 {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
        };
        let per_chunk = inv.machines.len().div_ceil(threads).max(1);
        let job = |(machines, contexts): (&[Machine], &[DrContext])| {
            assess_run(
                machines,
                contexts,
                &selection,
                strict,
                keep,
                estate.as_ref(),
            )
        };
        let chunks = inv
            .machines
            .chunks(per_chunk)
            .zip(contexts.chunks(per_chunk));
        let runs: Vec<Run> = if threads == 1 {
            chunks.map(job).collect()
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = chunks.map(|c| scope.spawn(move || job(c))).collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                    .collect()
            })
        };
        let mut per_machine: Vec<Vec<Assessment>> = Vec::with_capacity(inv.machines.len());
        let mut dr: Vec<Vec<Option<DrResult>>> = Vec::with_capacity(inv.machines.len());
        let mut dr_counts: BTreeMap<(usize, DrVerdict), usize> = BTreeMap::new();
        for run in runs {
            per_machine.extend(run.per_machine);
            dr.extend(run.dr);
            for (k, why) in run.gap_why {
                gap_why.entry(k).or_insert(why);
            }
            for (k, n) in run.gap_counts {
                *gap_counts.entry(k).or_default() += n;
            }
            for (k, n) in run.dr_counts {
                *dr_counts.entry(k).or_default() += n;
            }
        }
        if let Some(e) = estate.as_mut() {
            for (j, mx) in selection.matrices.iter().enumerate() {
                if !dr::has_dr(mx) {
                    continue;
                }
                let counts = e.verdicts.entry(mx.target().to_string()).or_default();
                for ((jc, verdict), n) in &dr_counts {
                    if *jc == j {
                        *counts.entry(*verdict).or_default() += n;
                    }
                }
            }
        }
        Evaluation {
            selection,
            per_machine,
            strict,
            dr_options,
            contexts,
            estate,
            dr,
            gap_why,
            gap_counts,
            keep,
        }
    }

    /// Rules not evaluated for some machines because their inventory has no column for what
    /// they need: (matrix index, rule index, machines).
    pub fn coverage_gaps(&self) -> Vec<(usize, usize, usize)> {
        self.gap_counts
            .iter()
            .map(|((m, r), n)| (*m, *r, *n))
            .collect()
    }
}

#[cfg(test)]
mod tests;
