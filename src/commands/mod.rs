//! One module per subcommand. Each returns the exit status it wants; errors become status 2
//! in `main`.

mod assess;
mod explain;
mod inspect;
mod rules;

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, Command};

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Assess(args) => assess::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Inspect(args) => inspect::run(args),
        Command::Rules(args) => rules::run(args),
    }
}
