//! RPO and RTO targets as people write them; what reads back must format and read again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rehost::units;

fuzz_target!(|s: &str| {
    if let Ok(secs) = units::parse_duration(s, Some(60.0)) {
        assert_eq!(units::parse_duration(&units::format_duration(secs), None), Ok(secs));
    }
});
