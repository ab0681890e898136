//! `rehost completions SHELL` and `rehost man`: the shell's completion script and the manual
//! pages, made from the command line's own definition (clap_complete, clap_mangen), so they
//! never drift from `--help`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::report;

pub fn completions(args: CompletionsArgs) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut Cli::command(), "rehost", &mut out);
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn man(args: ManArgs) -> Result<ExitCode> {
    // No page for clap's `help` command: each page has its own --help.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    if let Some(dir) = &args.dir {
        // Every page, as packagers install them: rehost.1, rehost-assess.1, rehost-rules-list.1…
        report::check_folder(&dir.join("rehost.1"))?;
        let mut pages = Vec::new();
        collect(&cmd, &mut pages);
        for page in pages {
            let man = manual(page);
            let mut roff = Vec::new();
            man.render(&mut roff)?;
            report::write_atomic(&dir.join(man.get_filename()), &roff, &[] as &[&str])?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let page = match &args.command {
        None => cmd,
        Some(name) => {
            cmd.find_subcommand(name)
                .cloned()
                .ok_or_else(|| super::Usage::NoCommand {
                    name: name.clone(),
                    known: cmd
                        .get_subcommands()
                        .map(|c| c.get_name().to_string())
                        .collect(),
                })?
        }
    };
    let mut roff = Vec::new();
    manual(page).render(&mut roff)?;
    match &args.output {
        Some(p) => {
            report::check_folder(p)?;
            report::write_atomic(p, &roff, &[] as &[&str])?;
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&roff)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A command's page, its source `rehost <version>` (a command's own has no version).
fn manual(page: clap::Command) -> clap_mangen::Man {
    clap_mangen::Man::new(page).source(format!("rehost {}", env!("CARGO_PKG_VERSION")))
}

/// A command and every command below it.
fn collect(cmd: &clap::Command, pages: &mut Vec<clap::Command>) {
    pages.push(cmd.clone());
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, pages);
    }
}
