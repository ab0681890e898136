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
                    let _ = writeln!(out, "  applies to:  {}", describe_when(w));
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

fn describe_when(w: &crate::rules::matrix::When) -> String {
    let mut parts = Vec::new();
    if let Some(g) = w.generation {
        parts.push(format!("generation {g}"));
    }
    if let Some(f) = w.firmware {
        parts.push(format!("{} firmware", f.as_str().to_uppercase()));
    }
    if let Some(h) = &w.hypervisor {
        parts.push(
            h.iter()
                .map(|h| h.as_str())
                .collect::<Vec<_>>()
                .join(" or "),
        );
    }
    if let Some(os) = &w.os {
        parts.push(format!(
            "OS {}",
            os.iter()
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if let Some(m) = w.managed {
        parts.push(if m {
            "managed hosts".into()
        } else {
            "unmanaged hosts".into()
        });
    }
    parts.join("; ")
}
