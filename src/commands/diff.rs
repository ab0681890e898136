//! `rehost diff OLD NEW`: two JSON reports, or two inventories assessed alike.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{DiffArgs, DiffFormat};
use crate::diff::{Snapshot, diff};
use crate::engine::Evaluation;
use crate::inventory;
use crate::report;
use crate::rules::{Date, Keep};

fn is_report(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// An inventory assessed with `args`' rules at `as_of`.
fn assessed(
    args: &DiffArgs,
    file: &Path,
    as_of: Option<Date>,
    lang: crate::words::Lang,
) -> Result<Snapshot> {
    let inv = inventory::import(&[file])?;
    let (set, _) = super::rule_set(&args.rules)?;
    let selection = set.select(
        &super::chosen_targets(&args.rules, &set, &inv, as_of)?,
        as_of,
    )?;
    let ev = Evaluation::run_with(
        &inv,
        selection,
        args.rules.strict,
        Default::default(),
        Keep::Problems,
    );
    Ok(Snapshot::of(&inv, &ev, lang))
}

/// Every file the comparison reads: the two reports, or the inventories' files, and the rules.
fn inputs(args: &DiffArgs) -> Result<Vec<std::path::PathBuf>> {
    let mut out = super::other_inputs(&args.rules, &[]);
    for p in [&args.old, &args.new] {
        if is_report(p) {
            out.push(p.clone());
        } else {
            out.extend(inventory::files(&[p])?.read);
        }
    }
    Ok(out)
}

pub fn run(args: DiffArgs) -> Result<ExitCode> {
    let lang = crate::words::Lang::chosen(args.lang)?;
    if let Some(p) = &args.output {
        report::check_folder(p)?;
    }
    let (_, as_of) = super::rule_set(&args.rules)?;
    let old_as_of = match &args.old_as_of {
        Some(d) => super::date_option(Some(d), "--old-as-of")?,
        None => as_of,
    };
    let load = |p: &Path, at: Option<Date>| -> Result<Snapshot> {
        if is_report(p) {
            Ok(Snapshot::load(p)?)
        } else {
            assessed(&args, p, at, lang)
        }
    };
    let old = load(&args.old, old_as_of)?;
    let new = load(&args.new, as_of)?;
    let d = diff(&old, &new);
    let (o, n) = (
        args.old.display().to_string(),
        args.new.display().to_string(),
    );
    let text = match args.format {
        DiffFormat::Table => {
            report::safe::term_text(&report::diff::text(&d, &o, &n, lang), false).into_owned()
        }
        DiffFormat::Md => report::diff::markdown(&d, &o, &n, lang),
        DiffFormat::Json => report::diff::json(&d, &o, &n),
    };
    match &args.output {
        Some(p) => report::write_atomic_with(p, &inputs(&args)?, |w| {
            w.write_all(text.as_bytes())?;
            Ok(())
        })?,
        None if args.format == DiffFormat::Table => {
            // Fitted to the terminal where it goes to one.
            let text =
                report::fit::lines(&text, report::compact::known_width().unwrap_or(usize::MAX));
            std::io::stdout().lock().write_all(text.as_bytes())?
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
