//! `rehost assess`: import, evaluate, report.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::cli::{AssessArgs, FailOn, OutputFormat};
use crate::inventory;
use crate::report;
use crate::rules::{Evaluation, Readiness};

pub fn run(args: AssessArgs) -> Result<ExitCode> {
    let inv = inventory::import(&args.inventories)?;
    let (set, as_of) = super::rule_set(&args.rules)?;
    let selection = set.select(&args.rules.target, as_of)?;
    let dr = super::dr_options(&args.dr)?;
    let ev = Evaluation::run_with(&inv, selection, args.rules.strict, dr);

    let format = args.format.unwrap_or(OutputFormat::Table);
    let to_stdout = args.output.as_deref().is_none_or(|p| p == Path::new("-"));
    let bytes = match format {
        OutputFormat::Json => {
            (serde_json::to_string_pretty(&report::json::document(&inv, &ev))? + "\n").into_bytes()
        }
        OutputFormat::Table => {
            let colour = to_stdout
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            report::table::render(&inv, &ev, colour).into_bytes()
        }
        other => bail!("--format {other:?} is not available yet; use table or json"),
    };
    match args.output.as_deref() {
        Some(p) if p != Path::new("-") => report::write_atomic(p, &bytes, &args.inventories)?,
        _ => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(exit_status(&ev, args.fail_on))
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
