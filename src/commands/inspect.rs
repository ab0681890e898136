//! `rehost inspect`: what the importer saw in each file and sheet.

use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{InspectArgs, InspectFormat};
use crate::inventory::{self, Inventory};

pub fn run(args: InspectArgs) -> Result<ExitCode> {
    let inv = inventory::import(&args.inventories)?;
    let out = match args.format {
        InspectFormat::Json => {
            serde_json::to_string_pretty(&crate::report::json::inspect(&inv))? + "\n"
        }
        InspectFormat::Text => render(&inv),
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The text form: per sheet, format, mapping and counts, then every data-quality record.
pub fn render(inv: &Inventory) -> String {
    let mut s = String::new();
    for sh in &inv.sheets {
        let place = match &sh.sheet {
            Some(name) => format!("{} [{}]", sh.file, name),
            None => sh.file.to_string(),
        };
        let _ = writeln!(s, "{place}: {}", sh.format.label());
        if let Some(h) = sh.header_row {
            let _ = writeln!(s, "  header row {h}");
        }
        for c in &sh.columns {
            let _ = writeln!(s, "  {:<3} {:<40} → {}", c.column, c.header, c.field);
        }
        if !sh.ignored.is_empty() {
            let _ = writeln!(s, "  not used: {}", sh.ignored.join(", "));
        }
        for n in &sh.notes {
            let _ = writeln!(s, "  note: {n}");
        }
        if sh.format.has_machines() || sh.rows_read > 0 {
            let _ = writeln!(
                s,
                "  rows read {}, machines {}, attached to machines {}, skipped {}",
                sh.rows_read, sh.machines, sh.attached, sh.skipped
            );
        }
    }
    let _ = writeln!(s, "{} machine(s)", inv.machines.len());
    if inv.data_quality.is_empty() {
        let _ = writeln!(s, "data quality: nothing to report");
    } else {
        let _ = writeln!(s, "data quality ({} record(s)):", inv.data_quality.len());
        for dq in &inv.data_quality {
            let place =
                dq.cell
                    .clone()
                    .or_else(|| {
                        let sheet = dq.sheet.as_deref().unwrap_or_else(|| {
                            dq.file.rsplit(['/', '\\']).next().unwrap_or(&dq.file)
                        });
                        dq.row.map(|r| format!("{sheet} row {r}"))
                    })
                    .unwrap_or_else(|| dq.sheet.as_deref().unwrap_or(&dq.file).to_string());
            let _ = writeln!(
                s,
                "  {:<10} {place}: {}",
                format!("{:?}", dq.issue).to_lowercase(),
                dq.message
            );
        }
    }
    s
}
