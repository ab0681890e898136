//! `rehost inspect`: what the importer saw in each file and sheet.

use crate::words::model::LabelIn;
use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{InspectArgs, InspectFormat};
use crate::inventory::{self, Inventory};
use crate::words::Lang;

pub fn run(args: InspectArgs) -> Result<ExitCode> {
    let lang = crate::words::Lang::chosen(args.lang)?;
    let inv = inventory::import(&args.inventories)?;
    let out = match args.format {
        InspectFormat::Json => {
            serde_json::to_string_pretty(&crate::report::json::inspect(&inv))? + "\n"
        }
        // Inventory text (headers, cells, sheet names) is shown, never obeyed.
        // Fitted to the terminal: a long list hangs under its label.
        InspectFormat::Text => {
            let text = crate::report::fit::lines(
                &render_in(&inv, lang),
                crate::report::compact::known_width().unwrap_or(usize::MAX),
            );
            crate::report::safe::term_text(&text, false).into_owned()
        }
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The text form: per sheet, format, mapping and counts, then every data-quality record,
/// its own words in `lang` (a record's message stays as the importer wrote it).
pub fn render_in(inv: &Inventory, lang: Lang) -> String {
    let t = |id| crate::words::report::label(lang, id);
    let mut s = String::new();
    for sh in &inv.sheets {
        let place = match &sh.sheet {
            Some(name) => format!("{} [{}]", sh.file, name),
            None => sh.file.to_string(),
        };
        let _ = writeln!(
            s,
            "{place}: {}",
            crate::words::inventory::format(sh.format, lang)
        );
        if let Some(h) = sh.header_row {
            let _ = writeln!(s, "  {} {h}", t("cmd-header-row"));
        }
        for c in &sh.columns {
            let _ = writeln!(
                s,
                "  {:<3} {} → {}",
                c.column,
                crate::report::pad(&c.header, 40),
                c.field.label_in(lang)
            );
        }
        if !sh.ignored.is_empty() {
            let _ = writeln!(s, "  {}: {}", t("cmd-not-used"), sh.ignored.join(", "));
        }
        for n in &sh.notes {
            let _ = writeln!(
                s,
                "  {}: {}",
                t("cmd-note"),
                crate::words::inventory::sheet_note(n, lang)
            );
        }
        if sh.format.has_machines() || sh.rows_read > 0 {
            let counts = crate::say!(
                lang,
                "cmd-sheet-counts",
                rows = sh.rows_read,
                machines = sh.machines,
                attached = sh.attached,
                skipped = sh.skipped
            );
            let _ = writeln!(s, "  {counts}");
        }
    }
    // Several files read as one estate: per file, what merging did.
    for (file, m) in crate::inventory::merge::per_file(inv) {
        let _ = writeln!(
            s,
            "{}",
            crate::say!(
                lang,
                "merge-inspect-file",
                file = file.to_string(),
                merged = m.merged(),
                vm_uuid = m.by_vm_uuid,
                instance = m.by_instance_uuid,
                name = m.by_name_and_vcenter,
                placeholders = m.placeholders
            )
        );
    }
    let _ = writeln!(
        s,
        "{}",
        crate::say!(lang, "cmd-machines", n = inv.machines.len())
    );
    if inv.data_quality.is_empty() {
        let _ = writeln!(s, "{}", t("cmd-dq-nothing"));
    } else {
        let _ = writeln!(
            s,
            "{}",
            crate::say!(lang, "cmd-dq-records", n = inv.data_quality.len())
        );
        for dq in &inv.data_quality {
            let place =
                dq.cell
                    .clone()
                    .or_else(|| {
                        let sheet = dq.sheet.as_deref().unwrap_or_else(|| {
                            dq.file.rsplit(['/', '\\']).next().unwrap_or(&dq.file)
                        });
                        dq.row
                            .map(|r| crate::say!(lang, "rep-row-place", sheet = sheet, row = r))
                    })
                    .unwrap_or_else(|| dq.sheet.as_deref().unwrap_or(&dq.file).to_string());
            let _ = writeln!(
                s,
                "  {} {place}: {}",
                crate::report::pad(&crate::words::inventory::issue(dq.issue, lang), 10),
                crate::words::inventory::note(&dq.message, lang)
            );
        }
    }
    s
}
