//! `rehost assess`: import, evaluate, report.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{AssessArgs, OutputFormat};
use crate::inventory;

pub fn run(args: AssessArgs) -> Result<ExitCode> {
    let inv = inventory::import(&args.inventories)?;
    let out = match args.format.unwrap_or(OutputFormat::Table) {
        OutputFormat::Json => {
            serde_json::to_string_pretty(&crate::report::json::document(&inv))? + "\n"
        }
        _ => {
            let mut s = String::new();
            for m in &inv.machines {
                s.push_str(&format!("{}\t{}\n", m.name, m.source.display()));
            }
            s
        }
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
