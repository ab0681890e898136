//! Sizes, numbers, rates and bandwidths as people write them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rehost::units::{self, SizeUnit};

fuzz_target!(|s: &str| {
    let _ = units::parse_number(s);
    if let Ok(b) = units::parse_size(s, Some(SizeUnit::GiB)) {
        let _ = units::format_size(b);
    }
    let _ = units::parse_rate(s, false);
    let _ = units::parse_rate(s, true);
    let _ = units::parse_bandwidth(s);
});
