//! `rehost export azure-migrate-csv`: Azure Migrate's import template filled from any
//! inventory, in files of at most the import's limit, each row checked against the import's
//! rules on the `--as-of` day, every problem listed per machine in a problems file and counted
//! on the terminal. With `--check-rvtools`, the RVTools XLSX import's pre-check instead.
//!
//! Exit status: 0 when every machine is written; 1 when a machine is held back (the import
//! would fail on it) or, with `--check-rvtools`, when a file has a problem; 2 on bad input.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{AzureMigrateCsvArgs, ExportArgs, ExportWhat};
use crate::inventory;
use crate::report::delimited::safe;
use crate::rules::import_check::{self, Problem};
use crate::rules::import_template::Template;
use crate::say;
use crate::words::Lang;

/// The import files' names: `azure-migrate-import-1.csv`, `-2.csv`, …
pub const FILE_STEM: &str = "azure-migrate-import";
/// The problems file's name.
pub const PROBLEMS_FILE: &str = "azure-migrate-import-problems.csv";

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    match args.what {
        ExportWhat::AzureMigrateCsv(a) => azure_migrate_csv(a),
    }
}

fn azure_migrate_csv(args: AzureMigrateCsvArgs) -> Result<ExitCode> {
    let lang = Lang::chosen(args.lang)?;
    let day = super::date_option(args.as_of.as_deref(), "--as-of")?
        .unwrap_or_else(crate::model::Date::today);
    let template = Template::shipped();
    if args.check_rvtools {
        return check_rvtools(&args.inventories, &template, lang);
    }
    let Some(dir) = args.output else {
        unreachable!("clap requires -o without --check-rvtools")
    };
    if template.edition(day).is_none() {
        let first = template.editions.first().map(|e| e.date.to_string());
        return Err(super::Usage::NoImportEdition {
            day: day.to_string(),
            first: first.unwrap_or_default(),
        }
        .into());
    }
    let files = inventory::files(&args.inventories)?;
    let inv = inventory::import(&args.inventories)?;
    let Some(export) = import_check::build(&inv.machines, &template, day) else {
        unreachable!("the edition was found above")
    };
    make_folder(&dir)?;
    let inputs: Vec<PathBuf> = files.read.clone();
    let mut names = Vec::new();
    for (n, rows) in export.files.iter().enumerate() {
        let name = format!("{FILE_STEM}-{}.csv", n + 1);
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(&export.headers)?;
        for &r in rows {
            w.write_record(export.rows[r].cells.iter().map(|c| safe(c)))?;
        }
        let bytes = w.into_inner().map_err(|e| e.into_error())?;
        crate::report::write_atomic(&dir.join(&name), &bytes, &inputs)?;
        names.push(name);
    }
    // The problems: one line per problem, every machine's, held back or written.
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        say!(lang, "export-col-server"),
        say!(lang, "export-col-source"),
        say!(lang, "export-col-file"),
        say!(lang, "export-col-problem"),
    ])?;
    let mut count = 0usize;
    for row in &export.rows {
        let m = &inv.machines[row.machine];
        let file = row.file.map(|f| names[f].as_str());
        for p in &row.problems {
            count += 1;
            w.write_record([
                safe(&m.name),
                safe(&m.source.display()),
                crate::words::export::written_to(file, lang),
                safe(&crate::words::export::problem(p, lang)),
            ])?;
        }
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    crate::report::write_atomic(&dir.join(PROBLEMS_FILE), &bytes, &inputs)?;

    // The terminal: what was written, then each kind of problem counted.
    let held = export.rows.iter().filter(|r| r.file.is_none()).count();
    let mut out = String::new();
    out += &say!(
        lang,
        "export-edition",
        edition = export.edition.date.to_string(),
        disks = export.edition.max_disks,
        source = export.edition.source.as_str()
    );
    out.push('\n');
    out += &say!(
        lang,
        "export-summary",
        machines = g(export.rows.len()),
        written = g(export.rows.len() - held),
        files = export.files.len(),
        per_file = g(export.per_file),
        dir = dir.display().to_string(),
        held = held
    );
    out.push('\n');
    let kinds: [(&str, fn(&Problem) -> bool); 8] = [
        ("export-count-missing", |p| {
            matches!(p, Problem::Missing { .. })
        }),
        ("export-count-os", |p| {
            matches!(p, Problem::OsNameNotListed { .. })
        }),
        ("export-count-disks", |p| {
            matches!(p, Problem::TooManyDisks { .. })
        }),
        ("export-count-duplicate-name", |p| {
            matches!(p, Problem::DuplicateName { .. })
        }),
        ("export-count-no-uuid", |p| matches!(p, Problem::NoUuid)),
        ("export-count-duplicate-uuid", |p| {
            matches!(p, Problem::DuplicateUuid { .. })
        }),
        ("export-count-architecture", |p| {
            matches!(p, Problem::ArchitectureNotAccepted { .. })
        }),
        ("export-count-hypervisor", |p| {
            matches!(p, Problem::HypervisorNotAccepted { .. })
        }),
    ];
    for (id, is) in kinds {
        let n = export
            .rows
            .iter()
            .filter(|r| r.problems.iter().any(is))
            .count();
        if n > 0 {
            out += "  ";
            out += &count_line(id, n, lang);
            out.push('\n');
        }
    }
    if let Some((servers, max)) = export.over_project {
        out += &say!(
            lang,
            "export-over-project",
            servers = g(servers),
            max = g(max)
        );
        out.push('\n');
    }
    out += &say!(
        lang,
        "export-problems-file",
        problems = count,
        file = dir.join(PROBLEMS_FILE).display().to_string()
    );
    out.push('\n');
    let out = crate::report::safe::term_text(&out, false).into_owned();
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(if held > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A count as a sentence writes it: `20,000`.
fn g(n: usize) -> String {
    crate::units::group_thousands(n as f64)
}

/// One kind of problem counted, by its catalogue id.
fn count_line(id: &str, n: usize, lang: Lang) -> String {
    match id {
        "export-count-missing" => say!(lang, "export-count-missing", n = n),
        "export-count-os" => say!(lang, "export-count-os", n = n),
        "export-count-disks" => say!(lang, "export-count-disks", n = n),
        "export-count-duplicate-name" => say!(lang, "export-count-duplicate-name", n = n),
        "export-count-no-uuid" => say!(lang, "export-count-no-uuid", n = n),
        "export-count-duplicate-uuid" => say!(lang, "export-count-duplicate-uuid", n = n),
        "export-count-architecture" => say!(lang, "export-count-architecture", n = n),
        "export-count-hypervisor" => say!(lang, "export-count-hypervisor", n = n),
        other => unreachable!("no count {other}"),
    }
}

/// The output folder, made when it is not there (one level: a missing parent is refused, as
/// a typo in a path would otherwise leave the files somewhere nobody looks).
fn make_folder(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    crate::report::check_folder(dir)?;
    std::fs::create_dir(dir)
        .map_err(|_| crate::report::WriteError::CannotCreateFolder(dir.display().to_string()))?;
    Ok(())
}

/// `--check-rvtools`: every RVTools xlsx named (or in a folder named) checked, each problem
/// on its own line.
fn check_rvtools(paths: &[PathBuf], t: &Template, lang: Lang) -> Result<ExitCode> {
    let files = inventory::files(paths)?;
    let mut out = say!(lang, "export-rv-source", source = t.rvtools.source.as_str());
    out.push('\n');
    let mut any = false;
    for f in &files.read {
        let check = inventory::import_check::check_rvtools(f, &t.rvtools)?;
        let not_vms = |out: &mut String| {
            for n in &check.not_vms {
                out.push_str("  ");
                out.push_str(&crate::words::export::not_a_vm_row(n, lang));
                out.push('\n');
            }
        };
        if check.problems.is_empty() {
            out += &say!(
                lang,
                "export-rv-ok",
                file = check.file.as_str(),
                servers = g(check.servers)
            );
            out.push('\n');
            not_vms(&mut out);
            continue;
        }
        any = true;
        let c = check.counts();
        out += &say!(
            lang,
            "export-rv-file",
            file = check.file.as_str(),
            rows = g(check.rows),
            servers = g(check.servers),
            no_uuid = c[0],
            no_os = c[1],
            duplicate = c[2],
            beyond = c[4]
        );
        out.push('\n');
        for p in &check.problems {
            out += "  ";
            out += &crate::words::export::rv_problem(p, lang);
            out.push('\n');
        }
        not_vms(&mut out);
    }
    let out = crate::report::safe::term_text(&out, false).into_owned();
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(if any {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
