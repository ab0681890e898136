//! Any bytes as an xlsx, read by the fast reader (with its fallback, as production reads) and
//! by calamine alone, each with the importer's own column plan: the two must give the same
//! sheets, or both refuse the file. Seed it with the repository's workbooks
//! (`cp tests/fixtures/*.xlsx fuzz/corpus/xlsx_differential/`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rehost::inventory::{XlsxReader, read_xlsx_sheets};

fuzz_target!(|data: &[u8]| {
    let fast = read_xlsx_sheets(data.to_vec(), XlsxReader::Fast);
    let slow = read_xlsx_sheets(data.to_vec(), XlsxReader::Calamine);
    match (fast, slow) {
        (Ok(f), Ok(s)) => assert_eq!(f, s, "the readers disagree"),
        (Err(_), Err(_)) => {}
        (f, s) => panic!(
            "one reader refuses what the other reads: fast {:?}, calamine {:?}",
            f.err(),
            s.err()
        ),
    }
});
