//! `rehost anonymise` and `rehost deanonymise`: the library's `anonymise` module, with the
//! key taken from the option or the environment (never a default) and each file said.

use std::process::ExitCode;

use anyhow::Result;

use crate::anonymise::{AnonError, Key};
use crate::cli::{AnonymiseArgs, DeanonymiseArgs};
use crate::words::Lang;

pub fn anonymise(args: AnonymiseArgs) -> Result<ExitCode> {
    let lang = Lang::chosen(args.lang)?;
    let key = args
        .key
        .as_deref()
        .and_then(Key::new)
        .ok_or(AnonError::NoKey)?;
    let made = crate::anonymise::anonymise(&args.inputs, &args.output, args.map.as_deref(), key)?;
    for (from, to) in &made.files {
        println!(
            "{}",
            crate::say!(
                lang,
                "anon-file",
                from = crate::report::safe::term(&from.display().to_string()),
                to = crate::report::safe::term(&to.display().to_string())
            )
        );
    }
    println!(
        "{}",
        crate::say!(
            lang,
            "anon-map",
            map = crate::report::safe::term(&made.map.display().to_string()),
            count = made.values
        )
    );
    Ok(ExitCode::SUCCESS)
}

pub fn deanonymise(args: DeanonymiseArgs) -> Result<ExitCode> {
    let lang = Lang::chosen(args.lang)?;
    for (from, to, n) in crate::anonymise::deanonymise(&args.reports, &args.map, &args.output)? {
        println!(
            "{}",
            crate::say!(
                lang,
                "anon-restored",
                from = crate::report::safe::term(&from.display().to_string()),
                to = crate::report::safe::term(&to.display().to_string()),
                count = n
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
