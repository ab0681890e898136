//! Matrix files: any text must load or fail with a reason, never panic; a matrix that loads is
//! held to the caps on what it may write for every machine (`src/limits.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    if let Ok(m) = rehost::rules::Matrix::parse(s, "fuzz.toml") {
        let _ = m.check_caps();
    }
    let _ = rehost::dr::DrPolicy::parse(s, "fuzz-policy.toml");
});
