//! Inputs the fuzzers found (and any we add by hand): each replayed through the code its
//! target exercises, in `cargo test`, so a fixed crash stays fixed.

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new("tests/fuzz-regressions").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn import_regressions_do_not_panic() {
    for (name, bytes) in inputs("import_bytes")
        .into_iter()
        .chain(inputs("import_csv"))
    {
        // What is read accounts for every row (rows read = machines + attached + skipped).
        if let Ok(inv) = rehost::inventory::import_bytes(&name, bytes) {
            for s in &inv.sheets {
                assert_eq!(s.rows_read, s.machines + s.attached + s.skipped, "{name}");
            }
        }
    }
}

#[test]
fn text_regressions_do_not_panic() {
    for (_, bytes) in inputs("units").into_iter().chain(inputs("duration")) {
        let s = String::from_utf8_lossy(&bytes);
        let _ = rehost::units::parse_size(&s, Some(rehost::units::SizeUnit::GiB));
        let _ = rehost::units::parse_rate(&s, false);
        if let Ok(secs) = rehost::units::parse_duration(&s, Some(60.0)) {
            assert_eq!(
                rehost::units::parse_duration(&rehost::units::format_duration(secs), None),
                Ok(secs),
                "{s:?}"
            );
        }
    }
    for (_, bytes) in inputs("rules_loader") {
        let s = String::from_utf8_lossy(&bytes);
        let _ = rehost::rules::Matrix::parse(&s, "regression.toml");
        let _ = rehost::dr::DrPolicy::parse(&s, "regression.toml");
    }
}
