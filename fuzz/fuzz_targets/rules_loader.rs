//! Matrix files: any text must load or fail with a reason, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let _ = rehost::rules::Matrix::parse(s, "fuzz.toml");
    let _ = rehost::dr::DrPolicy::parse(s, "fuzz-policy.toml");
});
