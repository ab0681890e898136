//! Any bytes as an inventory file: xlsx, xls, ods or CSV, told from the content.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = rehost::inventory::import_bytes("fuzz.xlsx", data.to_vec());
});
