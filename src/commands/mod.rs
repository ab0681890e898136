//! One module per subcommand. Each returns the exit status it wants; errors become status 2
//! in `main`.

mod assess;
mod explain;
mod inspect;
mod rules;

use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::cli::{Cli, Command, RuleOptions};
use crate::rules::{Date, RuleSet};

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Assess(args) => assess::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Inspect(args) => inspect::run(args),
        Command::Rules(args) => rules::run(args),
    }
}

/// The rule set and the date the options ask for.
fn rule_set(opts: &RuleOptions) -> Result<(RuleSet, Option<Date>)> {
    let as_of = opts
        .as_of
        .as_deref()
        .map(Date::parse)
        .transpose()
        .map_err(anyhow::Error::msg)
        .context("--as-of")?;
    let set = RuleSet::load(opts.rules.as_deref())?;
    Ok((set, as_of))
}
