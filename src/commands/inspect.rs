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
        InspectFormat::Text => {
            crate::report::safe::term_text(&render_in(&inv, lang), false).into_owned()
        }
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The text form: per sheet, format, mapping and counts, then every data-quality record,
/// its own words in `lang` (a record's message stays as the importer wrote it).
pub fn render_in(inv: &Inventory, lang: Lang) -> String {
    let ko = lang == Lang::Ko;
    let t = |en: &'static str, k: &'static str| if ko { k } else { en };
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
            let _ = writeln!(s, "  {} {h}", t("header row", "머리글 행"));
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
            let _ = writeln!(
                s,
                "  {}: {}",
                t("not used", "사용하지 않음"),
                sh.ignored.join(", ")
            );
        }
        for n in &sh.notes {
            let _ = writeln!(
                s,
                "  {}: {}",
                t("note", "참고"),
                crate::words::inventory::sheet_note(n, lang)
            );
        }
        if sh.format.has_machines() || sh.rows_read > 0 {
            let _ = match lang {
                Lang::En => writeln!(
                    s,
                    "  rows read {}, machines {}, attached to machines {}, skipped {}",
                    sh.rows_read, sh.machines, sh.attached, sh.skipped
                ),
                Lang::Ko => writeln!(
                    s,
                    "  읽은 행 {}, 머신 {}, 머신에 연결 {}, 건너뜀 {}",
                    sh.rows_read, sh.machines, sh.attached, sh.skipped
                ),
            };
        }
    }
    let _ = match lang {
        Lang::En => writeln!(s, "{} machine(s)", inv.machines.len()),
        Lang::Ko => writeln!(s, "머신 {}대", inv.machines.len()),
    };
    if inv.data_quality.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            t(
                "data quality: nothing to report",
                "데이터 품질: 보고할 내용 없음"
            )
        );
    } else {
        let _ = match lang {
            Lang::En => writeln!(s, "data quality ({} record(s)):", inv.data_quality.len()),
            Lang::Ko => writeln!(s, "데이터 품질(기록 {}개):", inv.data_quality.len()),
        };
        for dq in &inv.data_quality {
            let place =
                dq.cell
                    .clone()
                    .or_else(|| {
                        let sheet = dq.sheet.as_deref().unwrap_or_else(|| {
                            dq.file.rsplit(['/', '\\']).next().unwrap_or(&dq.file)
                        });
                        dq.row.map(|r| match lang {
                            Lang::En => format!("{sheet} row {r}"),
                            Lang::Ko => format!("{sheet} {r}행"),
                        })
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
