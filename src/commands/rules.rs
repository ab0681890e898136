//! `rehost rules`: list, show and check the support matrices.

use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::cli::RulesArgs;

pub fn run(_args: RulesArgs) -> Result<ExitCode> {
    bail!("the rules engine is not built yet")
}
