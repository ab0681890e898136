//! One module per subcommand. Each returns the exit status it wants; errors become status 2
//! in `main`.

mod anonymise;
mod assess;
mod diff;
mod errors;
mod explain;
mod export;
mod inspect;
mod manuals;
mod progress;
mod rules;
mod timings;

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{
    Cli, Command, DiskTypeArg, DrArgs, ReplicaStorage, RuleOptions, SizingArgs, SizingBasis,
};
use crate::dr::{DrOptions, DrPolicy};
use crate::rules::check::dr::Storage;
use crate::rules::clouds::Cloud;
use crate::rules::{Date, RuleSet};

pub use errors::{Usage, lang_from_args, parse_error, text as error_text};

/// The language the command asked for (`--lang`, else `REHOST_LANG`), for its error message.
pub fn lang(cli: &Cli) -> crate::words::Lang {
    let option = match &cli.command {
        Command::Assess(a) => a.lang,
        Command::Explain(a) => a.lang,
        Command::Inspect(a) => a.lang,
        Command::Rules(a) => a.lang,
        Command::Diff(a) => a.lang,
        Command::Anonymise(a) => a.lang,
        Command::Deanonymise(a) => a.lang,
        Command::Export(a) => match &a.what {
            crate::cli::ExportWhat::AzureMigrateCsv(x) => x.lang,
        },
        Command::Completions(_) | Command::Man(_) => None,
    };
    // A REHOST_LANG that is no language reads as English, as its own error says.
    crate::words::Lang::chosen(option).unwrap_or_default()
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Assess(args) => assess::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Inspect(args) => inspect::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Export(args) => export::run(args),
        Command::Completions(args) => manuals::completions(args),
        Command::Man(args) => manuals::man(args),
        Command::Anonymise(args) => anonymise::anonymise(args),
        Command::Deanonymise(args) => anonymise::deanonymise(args),
    }
}

/// The rule set and the date the options ask for.
fn rule_set(opts: &RuleOptions) -> Result<(RuleSet, Option<Date>)> {
    let as_of = date_option(opts.as_of.as_deref(), "--as-of")?;
    let set = RuleSet::load(opts.rules.as_deref())?;
    Ok((set, as_of))
}

/// The clouds `--cloud` asks for (Azure when none), in report order.
fn clouds(opts: &RuleOptions) -> Vec<Cloud> {
    use crate::cli::CloudArg;
    if opts.cloud.is_empty() {
        return crate::rules::clouds::DEFAULT.to_vec();
    }
    let mut out: Vec<Cloud> = Vec::new();
    for a in &opts.cloud {
        match a {
            CloudArg::Azure => out.push(Cloud::Azure),
            CloudArg::Aws => out.push(Cloud::Aws),
            CloudArg::Gcp => out.push(Cloud::Google),
            CloudArg::All => out.extend(Cloud::ALL),
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The targets a run judges: exactly those `--target` names; else every target of the clouds
/// chosen and the cloud-neutral ones, with `hygiene` only for an inventory with an RVTools
/// export (its checks read RVTools' tabs: on any other inventory it would be a column of rules
/// not evaluated) and only on a day it has an edition for (it judges the export as it is, so a
/// run dated before its first edition leaves it out, as before it existed).
fn chosen_targets(
    opts: &RuleOptions,
    set: &RuleSet,
    inv: &crate::inventory::Inventory,
    as_of: Option<Date>,
) -> Result<Vec<String>> {
    if !opts.target.is_empty() {
        return Ok(opts.target.clone());
    }
    let clouds = clouds(opts);
    let chosen = crate::rules::clouds::of_clouds(&set.targets(), &clouds);
    // Cloud-neutral targets (hygiene) are judged with any cloud, but do not make a cloud
    // with no matrix of its own a run worth making.
    if !chosen
        .iter()
        .any(|t| crate::rules::clouds::cloud_of(t).is_some())
    {
        let clouds: Vec<&str> = clouds.iter().map(|c| c.code()).collect();
        return Err(Usage::NoCloudTargets {
            clouds: clouds.join(", "),
        }
        .into());
    }
    let rvtools = inv.sheets.iter().any(|s| s.format.is_rvtools());
    let dated = |t: &str| {
        set.editions(t)
            .first()
            .is_some_and(|m| as_of.is_none_or(|d| m.edition() <= d))
    };
    Ok(chosen
        .into_iter()
        .filter(|t| t != "hygiene" || (rvtools && dated(t)))
        .collect())
}

/// A `YYYY-MM-DD` option.
fn date_option(text: Option<&str>, flag: &'static str) -> Result<Option<Date>> {
    text.map(|t| {
        Date::parse(t).map_err(|_| Usage::BadDate {
            flag,
            text: t.to_string(),
        })
    })
    .transpose()
    .map_err(Into::into)
}

/// The DR options as the library takes them.
fn dr_options(a: &DrArgs) -> Result<DrOptions> {
    let dur = |v: &Option<String>, flag: &'static str| -> Result<Option<u64>> {
        v.as_deref()
            .map(|t| {
                crate::units::parse_duration(t, None).map_err(|e| Usage::BadValue {
                    flag,
                    text: t.to_string(),
                    why: e.into(),
                })
            })
            .transpose()
            .map_err(Into::into)
    };
    Ok(DrOptions {
        rpo: dur(&a.rpo, "--rpo")?,
        rto: dur(&a.rto, "--rto")?,
        policy: a.dr_policy.as_deref().map(load_policy).transpose()?,
        bandwidth_mbps: a
            .bandwidth
            .as_deref()
            .map(|t| {
                crate::units::parse_bandwidth(t).map_err(|e| Usage::BadValue {
                    flag: "--bandwidth",
                    text: t.to_string(),
                    why: e.into(),
                })
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
            .transpose()?,
    })
}

/// The planner the sizing options ask for: support judged at `as_of` (else today), sizes
/// from the named series, prices from the file.
fn planner(a: &SizingArgs, as_of: Option<Date>) -> Result<crate::plan::Planner> {
    use crate::sizing::catalogue::DiskType;
    use crate::sizing::disks::DiskPolicy;
    let mut p = crate::plan::Planner::new(as_of.unwrap_or_else(Date::today));
    p.sizing.basis = match a.sizing {
        SizingBasis::AsOnPremises => crate::sizing::Basis::AsOnPremises,
        SizingBasis::Performance => crate::sizing::Basis::Performance,
    };
    if let Some(c) = a.comfort_factor {
        if !(c.is_finite() && c > 0.0 && c <= 10.0) {
            return Err(Usage::ComfortFactor(c).into());
        }
        p.sizing.comfort = c;
    }
    if !a.vm_series.is_empty() {
        let known = p.catalogue.series();
        let mut chosen = Vec::new();
        for s in &a.vm_series {
            let s = s.trim();
            match known.iter().find(|k| k.eq_ignore_ascii_case(s)) {
                Some(k) => chosen.push(k.to_string()),
                None => {
                    return Err(Usage::UnknownSeries {
                        series: s.to_string(),
                        known: known.iter().map(|k| k.to_string()).collect(),
                    }
                    .into());
                }
            }
        }
        p.sizing.set_series(p.catalogue, chosen);
    }
    p.sizing.disks = match a.disk_type {
        DiskTypeArg::Auto => DiskPolicy::Auto,
        DiskTypeArg::StandardHdd => DiskPolicy::Only(DiskType::StandardHdd),
        DiskTypeArg::StandardSsd => DiskPolicy::Only(DiskType::StandardSsd),
        DiskTypeArg::Premium => DiskPolicy::Only(DiskType::Premium),
    };
    if let Some(file) = &a.prices {
        let book = crate::sizing::prices::PriceBook::load(file, a.region.as_deref())?;
        p.sizing.prices = Some(std::sync::Arc::new(book));
    } else if a.region.is_some() {
        return Err(Usage::RegionWithoutPrices.into());
    }
    Ok(p)
}

/// Every file a run reads besides its inventories: the rules folder's files (as
/// `RuleSet::load` walks it), the prices and DR policy files. A report is written over none
/// of them.
fn other_inputs(
    rules: &RuleOptions,
    extra: &[Option<&std::path::Path>],
) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Some(dir) = rules.rules.as_deref() {
        out.push(dir.to_path_buf());
        let list = |d: &std::path::Path| -> Vec<std::path::PathBuf> {
            std::fs::read_dir(d)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .collect()
        };
        for p in list(dir) {
            if p.is_dir() {
                out.extend(list(&p));
            }
            out.push(p);
        }
    }
    out.extend(extra.iter().flatten().map(|p| p.to_path_buf()));
    out
}

/// The DR policy file, read within its cap: a refusal is typed (worded in the reader's
/// language), the policy's own errors are its parser's.
fn load_policy(path: &std::path::Path) -> anyhow::Result<DrPolicy> {
    use crate::limits::{ReadError, Refused, Role, read_text};
    let file = path.display().to_string();
    let text = read_text(path, Role::Policy).map_err(|e| match e {
        ReadError::Io(err) => anyhow::Error::new(err).context(file.clone()),
        ReadError::Over(why) => Refused {
            file: file.clone(),
            why,
        }
        .into(),
    })?;
    Ok(DrPolicy::parse(&text, &file)?)
}
