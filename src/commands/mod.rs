//! One module per subcommand. Each returns the exit status it wants; errors become status 2
//! in `main`.

mod assess;
mod explain;
mod inspect;
mod progress;
mod rules;
mod timings;

use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::cli::{Cli, Command, DrArgs, ReplicaStorage, RuleOptions};
use crate::dr::{DrOptions, DrPolicy};
use crate::rules::check::dr::Storage;
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

/// The DR options as the library takes them.
fn dr_options(a: &DrArgs) -> Result<DrOptions> {
    let dur = |v: &Option<String>, flag: &str| -> Result<Option<u64>> {
        v.as_deref()
            .map(|t| {
                crate::units::parse_duration(t, None)
                    .map_err(|e| anyhow::anyhow!("{flag} {t:?}: {e}"))
            })
            .transpose()
    };
    Ok(DrOptions {
        rpo: dur(&a.rpo, "--rpo")?,
        rto: dur(&a.rto, "--rto")?,
        policy: a
            .dr_policy
            .as_deref()
            .map(DrPolicy::load)
            .transpose()
            .map_err(anyhow::Error::msg)?,
        bandwidth_mbps: a
            .bandwidth
            .as_deref()
            .map(|t| {
                crate::units::parse_bandwidth(t)
                    .map_err(|e| anyhow::anyhow!("--bandwidth {t:?}: {e}"))
            })
            .transpose()?,
        storage: match a.replica_storage {
            ReplicaStorage::Standard => Storage::Standard,
            ReplicaStorage::Premium => Storage::Premium,
        },
        growth: a
            .growth
            .as_deref()
            .map(crate::dr::parse_growth)
            .transpose()
            .map_err(anyhow::Error::msg)?,
    })
}
