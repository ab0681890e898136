//! `rehost rules`: list, show and check the support matrices.

use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::cli::{RulesAction, RulesArgs};
use crate::rules::{Matrix, RuleSet};

pub fn run(args: RulesArgs) -> Result<ExitCode> {
    let mut out = String::new();
    match args.action.unwrap_or(RulesAction::List) {
        RulesAction::List => {
            let set = RuleSet::load(args.rules.as_deref())?;
            for m in set.matrices.values() {
                let _ = writeln!(
                    out,
                    "{} {} — {} ({} rules)",
                    m.target(),
                    m.edition(),
                    m.matrix.title,
                    m.rules.len()
                );
                let _ = writeln!(out, "  {}", m.matrix.source);
                for r in &m.rules {
                    let _ = writeln!(out, "  {:<28} {:<9} {}", r.id, r.severity.as_str(), r.title);
                }
            }
        }
        RulesAction::Show { id } => {
            let set = RuleSet::load(args.rules.as_deref())?;
            let found = set.find_rule(&id);
            if found.is_empty() {
                bail!("no rule {id:?}; `rehost rules list` shows them all");
            }
            for (m, r) in found {
                let _ = writeln!(out, "{} — {}", r.id, r.title);
                let _ = writeln!(
                    out,
                    "  matrix:      {} {} ({})",
                    m.target(),
                    m.edition(),
                    m.matrix.title
                );
                let _ = writeln!(out, "  severity:    {}", r.severity.as_str());
                if let Some(w) = &r.when {
                    let _ = writeln!(
                        out,
                        "  applies to:  {}",
                        crate::rules::matrix::describe_when(w)
                    );
                }
                let _ = writeln!(out, "  checks:      {}", r.check.describe());
                let _ = writeln!(out, "  message:     {}", r.message);
                let _ = writeln!(out, "  remediation: {}", r.remediation);
                let _ = writeln!(out, "  reference:   {}", r.reference);
                let _ = writeln!(out, "  defined in:  {}", m.origin);
                out.push('\n');
            }
        }
        RulesAction::Check { file } => {
            let text =
                std::fs::read_to_string(&file).with_context(|| file.display().to_string())?;
            let m = Matrix::parse(&text, &file.display().to_string())?;
            let _ = writeln!(
                out,
                "{}: ok — {} {} with {} rules",
                file.display(),
                m.target(),
                m.edition(),
                m.rules.len()
            );
        }
    }
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
