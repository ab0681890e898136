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

/// A matrix that multiplies its message through every machine is refused by the caps.
#[test]
fn rules_over_the_caps_are_refused() {
    let (_, bytes) = inputs("rules_loader")
        .into_iter()
        .find(|(n, _)| n.ends_with("placeholders-over-the-cap.toml"))
        .unwrap();
    let m = rehost::rules::Matrix::parse(&String::from_utf8(bytes).unwrap(), "r.toml").unwrap();
    assert!(
        m.check_caps()
            .unwrap_err()
            .to_string()
            .contains("13 placeholders")
    );
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
        if let Ok(m) = rehost::rules::Matrix::parse(&s, "regression.toml") {
            let _ = m.check_caps();
        }
        let _ = rehost::dr::DrPolicy::parse(&s, "regression.toml");
    }
}
