//! `rehost explain`: every rule's outcome for one machine.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::ExplainArgs;
use crate::engine::Evaluation;
use crate::inventory;
use crate::report;

pub fn run(args: ExplainArgs) -> Result<ExitCode> {
    let lang = crate::words::Lang::chosen(args.lang)?;
    let inv = inventory::import(&args.inventories)?;
    let (set, as_of) = super::rule_set(&args.rules)?;
    let selection = set.select(
        &super::chosen_targets(&args.rules, &set, &inv, as_of)?,
        as_of,
    )?;
    let matches: Vec<usize> = inv
        .machines
        .iter()
        .enumerate()
        .filter(|(_, m)| m.name.eq_ignore_ascii_case(&args.machine))
        .map(|(i, _)| i)
        .collect();
    if matches.is_empty() {
        let near: Vec<&str> = inv
            .machines
            .iter()
            .map(|m| m.name.as_str())
            .filter(|n| {
                n.to_ascii_lowercase()
                    .contains(&args.machine.to_ascii_lowercase())
            })
            .take(5)
            .collect();
        return Err(super::Usage::NoMachine {
            name: args.machine.clone(),
            near: near.iter().map(|n| n.to_string()).collect(),
        }
        .into());
    }
    let dr = super::dr_options(&args.dr)?;
    let planner = super::planner(&args.sizing, as_of)?;
    let ev = Evaluation::run_for(&inv, selection, args.rules.strict, dr, &matches);
    let mut out = String::new();
    for (k, i) in matches.iter().enumerate() {
        if k > 0 {
            out.push_str("\n\n");
        }
        out.push_str(&report::explain::render_with_plan(
            &inv, &ev, *i, &planner, lang,
        ));
    }
    // Inventory text is shown, never obeyed (escapes, bidi overrides).
    // Fitted to the terminal: a long message or fix hangs under its field.
    let out = report::fit::lines(&out, report::compact::known_width().unwrap_or(usize::MAX));
    let out = report::safe::term_text(&out, false);
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
