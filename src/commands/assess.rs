//! `rehost assess`: import, evaluate, report.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::progress::Stage;
use super::timings::Step;
use crate::cli::{AssessArgs, FailOn, OutputFormat};
use crate::engine::Evaluation;
use crate::inventory;
use crate::report;
use crate::rules::{Keep, Readiness};

pub fn run(args: AssessArgs) -> Result<ExitCode> {
    let mut timings = super::timings::Timings::start();
    let lang = crate::words::Lang::chosen(args.lang)?;
    // The format: as asked, else from the output file's extension, else the terminal table.
    let format = match (args.format, args.output.as_deref()) {
        (Some(f), _) => f,
        (None, Some(p)) if p != Path::new("-") => format_of(p)?,
        (None, _) => OutputFormat::Table,
    };
    let dest: Option<PathBuf> = match (args.output.as_deref(), format) {
        (Some(p), _) if p == Path::new("-") => None,
        (Some(p), _) => Some(p.to_path_buf()),
        (None, OutputFormat::Xlsx) => Some(default_path(&args.inventories[0], "xlsx")),
        (None, OutputFormat::Html) => Some(default_path(&args.inventories[0], "html")),
        (None, _) => None,
    };
    // Every file the run reads, so the report goes over none of them: checked before the long
    // work, and again as the report is written.
    let mut inputs = inventory::files(&args.inventories)?.read;
    inputs.extend(super::other_inputs(
        &args.rules,
        &[args.dr.dr_policy.as_deref(), args.sizing.prices.as_deref()],
    ));
    if let Some(p) = &dest {
        report::check_not_input(p, &inputs)?;
        // `-o` goes where a shell's `>` would: into a folder that is there. The default
        // reports/ folder is rehost's own, made when the report is written.
        if args.output.is_some() {
            report::check_folder(p)?;
        }
    }
    let reading = Stage::start(crate::say!(
        lang,
        "cmd-stage-reading",
        files = names(&args.inventories)
    ));
    let mut inv = inventory::import(&args.inventories)?;
    drop(reading);
    timings.mark(Step::Read);
    // The subset assessed, its groups and the estate's totals.
    let conditions = args
        .where_
        .iter()
        .map(|w| crate::estate::scope::parse(w))
        .collect::<Result<Vec<_>, _>>()?;
    let scope = crate::estate::scope::apply(&mut inv, conditions)?;
    let groups = match (&args.group_by, &args.groups) {
        (Some(by), _) => Some(crate::estate::groups::by(
            &inv,
            crate::estate::groups::source_of(by),
        )?),
        (None, Some(file)) => {
            let outside: Vec<&str> = scope
                .excluded
                .iter()
                .map(|e| e.machine.name.as_str())
                .collect();
            Some(crate::estate::groups::from_file(&inv, file, &outside)?)
        }
        (None, None) => None,
    };
    let (set, as_of) = super::rule_set(&args.rules)?;
    let selection = set.select(
        &super::chosen_targets(&args.rules, &set, &inv, as_of)?,
        as_of,
    )?;
    let dr = super::dr_options(&args.dr)?;
    // The earlier date to compare with: its editions, chosen as --as-of would choose them.
    let then = args
        .compare_as_of
        .as_deref()
        .map(|d| -> Result<_> {
            let date = crate::rules::Date::parse(d).map_err(|_| super::Usage::BadDate {
                flag: "--compare-as-of",
                text: d.to_string(),
            })?;
            Ok((
                d.to_string(),
                set.select(
                    &super::chosen_targets(&args.rules, &set, &inv, Some(date))?,
                    Some(date),
                )?,
            ))
        })
        .transpose()?;
    let dr_then = dr.clone();
    let planner = super::planner(&args.sizing, as_of)?;
    let view = std::sync::Arc::new(crate::estate::View {
        totals: Some(crate::estate::totals::compute(&inv, &planner)),
        group_sizes: groups
            .as_ref()
            .map(|g| crate::estate::group_sizes::compute(&inv, g, &planner)),
        scope,
        groups,
    });

    let colour =
        dest.is_none() && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let strict = args.rules.strict;
    // JSON is written as the machines are evaluated (one pass, every core); the other formats
    // are made from the finished evaluation.
    let mut evaluation = None;
    let write = |w: &mut (dyn Write + Send)| -> Result<()> {
        let (n, t) = (inv.machines.len(), selection.matrices.len());
        if format == OutputFormat::Html {
            let _stage = Stage::start(crate::say!(
                lang,
                "cmd-stage-assessing-and-writing",
                n = n,
                t = t
            ));
            let ev = report::html::assess_and_write_with(
                &inv,
                selection,
                strict,
                dr,
                &planner,
                view.clone(),
                lang,
                w,
            )?;
            timings.mark(Step::AssessAndWrite);
            evaluation = Some(ev);
            return Ok(());
        }
        if format == OutputFormat::Json {
            let _stage = Stage::start(crate::say!(
                lang,
                "cmd-stage-assessing-and-writing",
                n = n,
                t = t
            ));
            let ev = report::json::assess_and_write_with(
                &inv,
                selection,
                strict,
                dr,
                &planner,
                view.clone(),
                lang,
                w,
            )?;
            timings.mark(Step::AssessAndWrite);
            evaluation = Some(ev);
            return Ok(());
        }
        let assessing = Stage::start(crate::say!(lang, "cmd-stage-assessing", n = n, t = t));
        let mut ev = Evaluation::run_with(&inv, selection, strict, dr, Keep::Problems);
        ev.view = view.clone();
        drop(assessing);
        timings.mark(Step::Assess);
        let kind = format!("{format:?}").to_lowercase();
        let _writing = Stage::start(crate::say!(lang, "cmd-stage-writing", kind = kind));
        match format {
            OutputFormat::Json | OutputFormat::Html => unreachable!("written above"),
            OutputFormat::Table => {
                let width = report::compact::terminal_width();
                let text = if args.details {
                    // Fitted where the width is known; piped, each machine keeps its line.
                    let width = report::compact::known_width().unwrap_or(usize::MAX);
                    report::table::render(&inv, &ev, colour, width, lang)
                } else {
                    report::compact::render(&inv, &ev, colour, width, lang)
                };
                // Inventory text is shown, never obeyed (escapes, bidi overrides).
                w.write_all(report::safe::term_text(&text, colour).as_bytes())?;
                if let Some((since, sel)) = &then {
                    let earlier = Evaluation::run_with(
                        &inv,
                        sel.clone(),
                        strict,
                        dr_then.clone(),
                        Keep::Problems,
                    );
                    let changes = crate::engine::compare::compare(&earlier, &ev);
                    let text = report::changes::render(&inv, since, &changes, lang);
                    let text = report::fit::lines(
                        &text,
                        report::compact::known_width().unwrap_or(usize::MAX),
                    );
                    w.write_all(report::safe::term_text(&text, false).as_bytes())?;
                }
            }
            OutputFormat::Csv => {
                w.write_all(&report::delimited::render(&inv, &ev, &planner, lang)?)?
            }
            OutputFormat::Md => {
                w.write_all(report::markdown::render(&inv, &ev, lang).as_bytes())?
            }
            OutputFormat::Xlsx => report::xlsx::write(&inv, &ev, &planner, lang, w)?,
        }
        timings.mark(Step::Write);
        evaluation = Some(ev);
        Ok(())
    };
    match &dest {
        Some(p) => {
            if args.output.is_none()
                && let Some(dir) = p.parent()
            {
                std::fs::create_dir_all(dir).context(report::WriteError::CannotCreateFolder(
                    dir.display().to_string(),
                ))?;
            }
            report::write_atomic_with(p, &inputs, write)?
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout());
            write(&mut out)?;
            out.flush()?;
        }
    }
    let Some(ev) = evaluation else {
        unreachable!("the writer evaluates before it returns Ok");
    };
    if let Some(p) = &dest {
        // The reader still sees the verdicts; the file holds the detail.
        let mut out = std::io::stdout().lock();
        if format != OutputFormat::Table {
            let width = report::compact::terminal_width();
            use report::compact::Records;
            let records = match format {
                OutputFormat::Xlsx => Records::Workbook,
                OutputFormat::Json => Records::Json,
                OutputFormat::Csv | OutputFormat::Md | OutputFormat::Html | OutputFormat::Table => {
                    Records::Inspect
                }
            };
            let text = report::compact::render_summary(&inv, &ev, width, records, lang);
            out.write_all(report::safe::term_text(&text, false).as_bytes())?;
        }
        let path = p.display().to_string();
        let path = report::safe::term(&path);
        writeln!(
            out,
            "{}",
            crate::say!(lang, "cmd-report-written", path = path)
        )?;
    }
    // With a report of another format, the comparison goes to the terminal: standard output
    // when the report went to a file, standard error when it took standard output.
    if format != OutputFormat::Table
        && let Some((since, sel)) = &then
    {
        let earlier = Evaluation::run_with(&inv, sel.clone(), strict, dr_then, Keep::Problems);
        let text = report::changes::render(
            &inv,
            since,
            &crate::engine::compare::compare(&earlier, &ev),
            lang,
        );
        let text = report::fit::lines(&text, report::compact::known_width().unwrap_or(usize::MAX));
        let text = report::safe::term_text(&text, false);
        if dest.is_some() {
            std::io::stdout().lock().write_all(text.as_bytes())?;
        } else {
            std::io::stderr().lock().write_all(text.as_bytes())?;
        }
    }
    if args.timings {
        eprintln!("{}", timings.line(inv.machines.len(), lang));
    }
    let status = exit_status(&ev, args.fail_on);
    // The process ends here: a million machines' allocations are left to the OS instead of
    // being freed one by one (two seconds at that size).
    std::mem::forget(ev);
    std::mem::forget(inv);
    Ok(status)
}

/// The inventories, as a stage names them.
fn names(paths: &[PathBuf]) -> String {
    match paths {
        [one] => one.display().to_string(),
        many => format!("{} inventories", many.len()),
    }
}

/// 1 when any machine is at or above `--fail-on`, else 0.
fn exit_status(ev: &Evaluation<'_>, fail_on: FailOn) -> ExitCode {
    let worst = ev.per_machine.iter().flatten().map(|a| a.readiness);
    let hit = |r: Readiness| match fail_on {
        FailOn::Never => false,
        FailOn::NotReady => matches!(r, Readiness::NotReady | Readiness::Unknown),
        FailOn::Conditions => r != Readiness::Ready,
    };
    if worst.into_iter().any(hit) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The extensions that choose a report's format, and the format each chooses.
pub(super) const EXTENSIONS: [(&str, OutputFormat); 7] = [
    ("xlsx", OutputFormat::Xlsx),
    ("html", OutputFormat::Html),
    ("htm", OutputFormat::Html),
    ("json", OutputFormat::Json),
    ("csv", OutputFormat::Csv),
    ("md", OutputFormat::Md),
    ("txt", OutputFormat::Table),
];

/// The format an `-o` path's extension chooses. Any other extension, or none, is refused
/// rather than guessed (a `.pdf` or `.xls` once silently got the text table): the reader
/// names the file as rehost writes it or says `--format`. A path that exists and is no
/// regular file is written as `-` would be: a device or a pipe (`-o /dev/stdout`) gets the
/// table, a folder is refused as one when written.
fn format_of(path: &Path) -> Result<OutputFormat, super::Usage> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    if let Some(f) = ext
        .as_deref()
        .and_then(|e| EXTENSIONS.iter().find(|(x, _)| *x == e))
    {
        return Ok(f.1);
    }
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return Ok(OutputFormat::Table);
    }
    Err(super::Usage::OutputExtension {
        path: path.display().to_string(),
        ext: path
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy())),
    })
}

/// The extensions rehost writes, as the reader is told them: `.xlsx, .html, …`.
pub(super) fn extensions() -> String {
    EXTENSIONS
        .iter()
        .map(|(e, _)| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Default report path: `reports/<first-inventory-stem>-assessment.<ext>`.
fn default_path(first: &Path, ext: &str) -> PathBuf {
    let stem = first
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("inventory");
    PathBuf::from("reports").join(format!("{stem}-assessment.{ext}"))
}
