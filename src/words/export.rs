//! The words of `rehost export azure-migrate-csv`: each problem of a row of the import
//! template, each finding of the RVTools XLSX pre-check, and the summary.

use super::Lang;
use crate::inventory::import_check::RvProblem;
use crate::rules::import_check::{Gap, Problem};
use crate::say;

fn q(s: &str) -> String {
    format!("\"{s}\"")
}

/// One problem of one row.
pub fn problem(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::Missing { header, gap } => {
            let why = match gap {
                Gap::NoColumn => say!(lang, "export-gap-no-column"),
                Gap::Blank => say!(lang, "export-gap-blank"),
                Gap::Unreadable(raw) => say!(lang, "export-gap-unreadable", raw = q(raw)),
            };
            say!(lang, "export-missing", header = header.as_str(), why = why)
        }
        Problem::OsNameNotListed { os, edition } => say!(
            lang,
            "export-os-not-listed",
            os = q(os),
            edition = lang.day(*edition)
        ),
        Problem::TooManyDisks { disks, max } => {
            say!(lang, "export-too-many-disks", disks = *disks, max = *max)
        }
        Problem::DuplicateName { first } => {
            say!(lang, "export-duplicate-name", first = first.as_str())
        }
        Problem::NoUuid => say!(lang, "export-no-uuid"),
        Problem::DuplicateUuid { uuid, first } => say!(
            lang,
            "export-duplicate-uuid",
            uuid = uuid.as_str(),
            first = first.as_str()
        ),
        Problem::ArchitectureNotAccepted { arch } => {
            say!(lang, "export-architecture-not-accepted", arch = *arch)
        }
        Problem::HypervisorNotAccepted { hypervisor } => say!(
            lang,
            "export-hypervisor-not-accepted",
            hypervisor = *hypervisor
        ),
    }
}

/// Whether a row was written, and where.
pub fn written_to(file: Option<&str>, lang: Lang) -> String {
    match file {
        Some(f) => say!(lang, "export-written-to", file = f),
        None => say!(lang, "export-held-back"),
    }
}

/// One finding of the RVTools XLSX pre-check.
pub fn rv_problem(p: &RvProblem, lang: Lang) -> String {
    match p {
        RvProblem::NotXlsx => say!(lang, "export-rv-not-xlsx"),
        RvProblem::MissingSheet { sheet } => {
            say!(lang, "export-rv-missing-sheet", sheet = sheet.as_str())
        }
        RvProblem::MissingColumn { sheet, column } => say!(
            lang,
            "export-rv-missing-column",
            sheet = sheet.as_str(),
            column = q(column)
        ),
        RvProblem::TooManyServers { servers, max } => say!(
            lang,
            "export-rv-too-many",
            servers = crate::units::group_thousands(*servers as f64),
            max = crate::units::group_thousands(*max as f64)
        ),
        RvProblem::NoUuid { row, vm } => {
            say!(lang, "export-rv-no-uuid", row = *row, vm = vm.as_str())
        }
        RvProblem::NoOs { row, vm } => {
            say!(lang, "export-rv-no-os", row = *row, vm = vm.as_str())
        }
        RvProblem::DuplicateUuid { row, vm, first_row } => say!(
            lang,
            "export-rv-duplicate-uuid",
            row = *row,
            vm = vm.as_str(),
            first = *first_row
        ),
        RvProblem::BeyondLimit { row, vm } => {
            say!(lang, "export-rv-beyond-limit", row = *row, vm = vm.as_str())
        }
    }
}

/// A template or placeholder row the RVTools pre-check met.
pub fn not_a_vm_row(n: &crate::inventory::import_check::NotAVmRow, lang: Lang) -> String {
    if n.placeholder {
        say!(
            lang,
            "export-rv-placeholder",
            row = n.row,
            vm = n.vm.as_str()
        )
    } else {
        say!(lang, "export-rv-template", row = n.row, vm = n.vm.as_str())
    }
}
