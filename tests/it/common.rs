//! What the test modules share: running the built binary as a user would.

use std::process::{Command, Output};

/// Runs `rehost` with `args` from the crate root, colours off.
pub fn rehost(args: &[&str]) -> Output {
    rehost_with(args, &[])
}

/// Runs `rehost` with `args` and extra environment variables.
pub fn rehost_with(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rehost"));
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1");
    for (k, v) in envs {
        c.env(k, v);
    }
    c.output().expect("run rehost")
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `rehost assess ARGS --format json -o -`, which must succeed, as JSON.
pub fn assess_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["assess"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json", "-o", "-"]);
    let out = rehost(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}
