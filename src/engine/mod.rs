//! The engine: runs the matrices ([`crate::rules`]) and the disaster-recovery arithmetic
//! ([`crate::dr`]) over an inventory, every machine against every selected matrix, on every
//! core, with the results put back in inventory order. Rules know only the model; DR builds on
//! rules; this layer is the one that joins them, and the reports read its [`Evaluation`].

pub mod compare;

use std::collections::BTreeMap;

use crate::dr::{self, DrOptions, DrResult, DrVerdict, EstateDr};
use crate::inventory::Inventory;
use crate::model::Machine;
use crate::rules::check::Why;
use crate::rules::eval::{self, Assessment, Keep};
use crate::rules::{Outcome, Selection};

/// Writes one machine as it is evaluated: its index, its assessments (failures and unknowns
/// with their words, every other finding without) and its DR results, into a buffer.
pub type Render<'r> =
    dyn Fn(&Selection<'_>, usize, &[Assessment], &[Option<DrResult>], &mut Vec<u8>) + Sync + 'r;

/// Machines evaluated and rendered per block when rendering: the buffers of one block are
/// all that is held of the output.
const BLOCK: usize = 4_096;

/// Estates smaller than this are assessed on one thread.
const PARALLEL_FROM: usize = 2_000;

/// Every machine against every selected matrix, in inventory order.
#[derive(Debug)]
pub struct Evaluation<'a> {
    pub selection: Selection<'a>,
    /// `per_machine[i][j]`: machine `i` against matrix `j`.
    pub per_machine: Vec<Vec<Assessment>>,
    pub strict: bool,
    pub dr_options: DrOptions,
    /// The estate's DR figures, when an `asr-*` matrix is selected.
    pub estate: Option<EstateDr>,
    /// `dr[i][j]`: machine `i`'s DR result against matrix `j` (for matrices with DR rules;
    /// empty when the run kept verdicts only).
    pub dr: Vec<Vec<Option<DrResult>>>,
    /// Why each (matrix, rule) was not evaluated, as first met: the machine (inventory index)
    /// and the reason, typed.
    pub gap_why: BTreeMap<(usize, usize), (usize, Why)>,
    /// How many machines each (matrix, rule) was not evaluated for.
    pub gap_counts: BTreeMap<(usize, usize), usize>,
    /// What the run asked of the estate besides verdicts: its scope, groups and totals
    /// (empty unless asked; set by the command once the machines are evaluated).
    pub view: std::sync::Arc<crate::estate::View>,
}

/// One run of machines assessed on one thread.
struct Run {
    per_machine: Vec<Vec<Assessment>>,
    dr: Vec<Vec<Option<DrResult>>>,
    /// DR verdicts counted per (matrix, verdict).
    dr_counts: BTreeMap<(usize, DrVerdict), usize>,
    gap_reasons: BTreeMap<(usize, usize), Why>,
    /// The machine each reason was first met on.
    gap_machine: BTreeMap<(usize, usize), usize>,
    gap_counts: BTreeMap<(usize, usize), usize>,
    /// What `render` wrote for these machines.
    rendered: Vec<u8>,
}

/// What every run shares.
struct Shared<'s, 'a> {
    selection: &'s Selection<'a>,
    strict: bool,
    keep: Keep,
    estate: Option<&'s EstateDr>,
    dr_options: &'s DrOptions,
    render: Option<&'s Render<'s>>,
    /// Only these machines (sorted inventory indexes) are evaluated; the others get no
    /// assessment. `explain` shows one machine of an estate and need not hold every other's
    /// every finding (3.8 GB at 100,000 machines).
    only: Option<&'s [usize]>,
}

impl Shared<'_, '_> {
    fn judging(&self) -> eval::Judging<'_> {
        eval::Judging {
            strict: self.strict,
            releases: &self.selection.releases,
            pending: &self.selection.pending,
        }
    }
}

/// Assesses a run of machines (the first is machine `first` of the inventory).
fn assess_run(machines: &[Machine], first: usize, sh: &Shared, buffer: Vec<u8>) -> Run {
    let mut run = Run {
        per_machine: Vec::with_capacity(machines.len()),
        dr: Vec::with_capacity(machines.len()),
        dr_counts: BTreeMap::new(),
        gap_reasons: BTreeMap::new(),
        gap_machine: BTreeMap::new(),
        gap_counts: BTreeMap::new(),
        rendered: buffer,
    };
    // A renderer needs the words of what it writes out, whatever the run keeps afterwards.
    let keep_now = if sh.render.is_some() && sh.keep == Keep::Verdicts {
        Keep::Problems
    } else {
        sh.keep
    };
    for (k, m) in machines.iter().enumerate() {
        if sh
            .only
            .is_some_and(|o| o.binary_search(&(first + k)).is_err())
        {
            run.per_machine.push(Vec::new());
            run.dr.push(Vec::new());
            continue;
        }
        // Worked out as each machine comes: a million of them held for the run would weigh
        // 90 MB.
        let ctx = &crate::rules::check::dr::DrContext {
            day: sh.selection.as_of,
            ..dr::context(m, sh.dr_options)
        };
        let known_gaps = run.gap_reasons.len();
        let mut per: Vec<Assessment> = sh
            .selection
            .matrices
            .iter()
            .enumerate()
            .map(|(j, mx)| {
                eval::assess(mx, j, m, sh.judging(), ctx, keep_now, &mut run.gap_reasons)
            })
            .collect();
        if run.gap_reasons.len() > known_gaps {
            // A reason first met here: the machine it is worded with.
            for key in run.gap_reasons.keys() {
                run.gap_machine.entry(*key).or_insert(first + k);
            }
        }
        let results: Vec<Option<DrResult>> = match sh.estate {
            None => Vec::new(),
            Some(e) => per
                .iter()
                // A machine the scenario does not cover has no DR verdict under it.
                .map(|a| {
                    (a.readiness != crate::rules::Readiness::NotApplicable)
                        .then(|| dr::result(sh.selection.matrices[a.matrix], a, ctx, m, e))
                        .flatten()
                })
                .collect(),
        };
        for (j, r) in results.iter().enumerate() {
            if let Some(r) = r {
                *run.dr_counts.entry((j, r.verdict)).or_default() += 1;
            }
        }
        if let Some(render) = sh.render {
            render(sh.selection, first + k, &per, &results, &mut run.rendered);
        }
        // With verdicts only, a writer works the DR results out again if it needs them.
        run.dr.push(if sh.keep == Keep::Verdicts {
            Vec::new()
        } else {
            results
        });
        for a in &mut per {
            for f in &a.findings {
                if f.outcome == Outcome::NotEvaluated {
                    *run.gap_counts.entry((a.matrix, f.rule)).or_default() += 1;
                }
            }
            // Reports show failures and unknowns; an estate of 100,000 machines holds
            // nothing else (explain evaluates its one machine in full).
            if sh.keep != Keep::All {
                a.findings.retain(|f| f.outcome.is_reported());
                if sh.keep == Keep::Verdicts {
                    for f in &mut a.findings {
                        f.detail = None;
                    }
                }
                a.findings.shrink_to_fit();
            }
        }
        run.per_machine.push(per);
    }
    run
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
        let mut no_sink = |_: &[u8]| Ok(());
        match Evaluation::run_rendering(
            inv,
            selection,
            strict,
            dr_options,
            keep,
            None,
            &mut no_sink,
        ) {
            Ok(ev) => ev,
            Err(_) => unreachable!("nothing is written without a renderer"),
        }
    }

    /// Every finding of the machines `only` (inventory indexes) and nothing of the others,
    /// with the estate's DR figures of every machine: what `explain` shows.
    pub fn run_for(
        inv: &Inventory,
        selection: Selection<'a>,
        strict: bool,
        dr_options: DrOptions,
        only: &[usize],
    ) -> Evaluation<'a> {
        let mut only = only.to_vec();
        only.sort_unstable();
        let mut no_sink = |_: &[u8]| Ok(());
        match Evaluation::run_inner(
            inv,
            selection,
            strict,
            dr_options,
            Keep::All,
            None,
            &mut no_sink,
            Some(&only),
        ) {
            Ok(ev) => ev,
            Err(_) => unreachable!("nothing is written without a renderer"),
        }
    }

    /// As [`Evaluation::run_with`], with each machine rendered by `render` as it is evaluated
    /// and the output handed to `sink` block by block, in inventory order: a writer that
    /// needs every machine's words (JSON) gets them from the one evaluation, and the run keeps
    /// only what `keep` says.
    pub fn run_rendering(
        inv: &Inventory,
        selection: Selection<'a>,
        strict: bool,
        dr_options: DrOptions,
        keep: Keep,
        render: Option<&Render<'_>>,
        sink: &mut (dyn FnMut(&[u8]) -> std::io::Result<()> + Send),
    ) -> std::io::Result<Evaluation<'a>> {
        Evaluation::run_inner(inv, selection, strict, dr_options, keep, render, sink, None)
    }

    #[allow(clippy::too_many_arguments)]
    fn run_inner(
        inv: &Inventory,
        selection: Selection<'a>,
        strict: bool,
        dr_options: DrOptions,
        keep: Keep,
        render: Option<&Render<'_>>,
        sink: &mut (dyn FnMut(&[u8]) -> std::io::Result<()> + Send),
        only: Option<&[usize]>,
    ) -> std::io::Result<Evaluation<'a>> {
        let n = inv.machines.len();
        // The estate's DR figures need every machine's churn, not its findings: first.
        let dr_matrix = selection.matrices.iter().find(|m| dr::has_dr(m));
        let mut estate =
            dr_matrix.map(|mx| dr::estate(&inv.machines, &dr_options, mx.estate.as_ref()));
        let threads = if n < PARALLEL_FROM {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
        };
        let block = if render.is_some() { BLOCK } else { n.max(1) };
        let mut per_machine: Vec<Vec<Assessment>> = Vec::with_capacity(n);
        let mut dr: Vec<Vec<Option<DrResult>>> = Vec::with_capacity(n);
        let mut gap_why = BTreeMap::new();
        let mut gap_counts: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        let mut dr_counts: BTreeMap<(usize, DrVerdict), usize> = BTreeMap::new();
        let shared = Shared {
            selection: &selection,
            strict,
            keep,
            estate: estate.as_ref(),
            dr_options: &dr_options,
            render,
            only,
        };
        // The output of one block goes to the sink on its own thread while the next block is
        // evaluated, so writing a large document overlaps with the work.
        let written: std::io::Result<()> = std::thread::scope(|outer| {
            let (to_sink, from_runs) = std::sync::mpsc::sync_channel::<Vec<u8>>(2);
            // Written buffers come back to be filled again: a block's output is tens of
            // megabytes, and fresh memory for each would be paged in (and zeroed) every time.
            let (to_pool, pool) = std::sync::mpsc::channel::<Vec<u8>>();
            let writer = outer.spawn(move || -> std::io::Result<()> {
                for mut bytes in from_runs {
                    sink(&bytes)?;
                    bytes.clear();
                    // The pool closes when the runs are done; a buffer then is simply freed.
                    let _ = to_pool.send(bytes);
                }
                Ok(())
            });
            let mut start = 0;
            let mut failed = false;
            while start < n && !failed {
                let end = (start + block).min(n);
                // Machines are independent: each core takes a run of the block, and the runs
                // are put back in inventory order (the first reason met for a gap stays first).
                let per_run = (end - start).div_ceil(threads).max(1);
                let job = |from: usize, buffer: Vec<u8>| {
                    let to = (from + per_run).min(end);
                    assess_run(&inv.machines[from..to], from, &shared, buffer)
                };
                let buffer = || pool.try_recv().unwrap_or_default();
                let runs: Vec<Run> = if threads == 1 {
                    vec![job(start, buffer())]
                } else {
                    std::thread::scope(|scope| {
                        let handles: Vec<_> = (start..end)
                            .step_by(per_run)
                            .map(|from| {
                                let b = buffer();
                                scope.spawn(move || job(from, b))
                            })
                            .collect();
                        handles
                            .into_iter()
                            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                            .collect()
                    })
                };
                for mut run in runs {
                    let bytes = std::mem::take(&mut run.rendered);
                    // A closed channel means the writer failed: its error is returned below.
                    if !bytes.is_empty() && to_sink.send(bytes).is_err() {
                        failed = true;
                        break;
                    }
                    per_machine.extend(run.per_machine);
                    dr.extend(run.dr);
                    for (k, why) in run.gap_reasons {
                        let machine = run.gap_machine.get(&k).copied().unwrap_or_default();
                        gap_why.entry(k).or_insert((machine, why));
                    }
                    for (k, n) in run.gap_counts {
                        *gap_counts.entry(k).or_default() += n;
                    }
                    for (k, n) in run.dr_counts {
                        *dr_counts.entry(k).or_default() += n;
                    }
                }
                start = end;
            }
            drop(to_sink);
            writer
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p))
        });
        written?;
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
        Ok(Evaluation {
            selection,
            per_machine,
            strict,
            dr_options,
            estate,
            dr,
            gap_why,
            gap_counts,
            view: Default::default(),
        })
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
