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

/// A workbook cell as text; a date cell as its ISO day (calamine gives a date cell's serial
/// number, days since 1899-12-30), so a snapshot shows that the cell is a date.
pub fn cell_text(c: &calamine::Data) -> String {
    match c {
        calamine::Data::Float(f) => format!("{f}"),
        calamine::Data::Int(i) => format!("{i}"),
        calamine::Data::Empty => String::new(),
        calamine::Data::DateTime(d) => {
            let days = d.as_f64().floor() as i64 - 25_569;
            format!("date {}", rehost::model::Date::from_days_since_epoch(days))
        }
        other => other.to_string(),
    }
}
