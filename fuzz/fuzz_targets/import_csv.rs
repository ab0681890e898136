//! Text as a CSV inventory: delimiters, quotes, encodings, header aliases, cell parsers.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Leave workbooks to the other target: these bytes go down the CSV path.
    if data.starts_with(b"PK") || data.starts_with(&[0xD0, 0xCF]) {
        return;
    }
    let _ = rehost::inventory::import_bytes("fuzz.csv", data.to_vec());
});
