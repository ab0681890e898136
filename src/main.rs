//! Thin entry point: parse arguments, run the command, map the outcome to an exit status
//! (0 done, 1 machines at or above `--fail-on`, 2 error).

use std::process::ExitCode;

use clap::Parser as _;

/// mimalloc instead of the system allocator: the importer makes millions of small strings
/// on two threads, and glibc's per-thread arenas kept freed memory (a 100,000-VM run peaked
/// at 1.6 GB with them, 1.2 GB with mimalloc). Built without its transparent-huge-page
/// advice (`no_thp`): every fresh 2 MiB page was zeroed whole on first touch, and reading a
/// million-row CSV took 8.0 s with it, 4.5 s without (median of three, bench/run.sh's file).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Noted first: a report's temporary file left by a run before this one is cleared.
    rehost::report::run_started();
    let cli = match rehost::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // The parser's own words where the reader reads its language; else what was wrong
            // in the reader's.
            let lang = rehost::commands::lang_from_args(std::env::args_os());
            match rehost::commands::parse_error(&e, lang) {
                Some(text) => {
                    eprintln!("{text}");
                    return ExitCode::from(2);
                }
                None => e.exit(),
            }
        }
    };
    let lang = rehost::commands::lang(&cli);
    match rehost::commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            // One line, whatever the causes' own messages hold.
            // A file, sheet or cell named in it is shown, never obeyed.
            let text = rehost::commands::error_text(&err, lang).replace(['\n', '\r'], " ");
            let text = rehost::report::safe::term(&text);
            eprintln!("{}", rehost::say!(lang, "err-line", text = text));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
