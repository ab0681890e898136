//! The terminal's default view on an export shaped like a real one (133 VMs, RVTools 4.x):
//! one line per machine, nothing wider than the terminal, at 80 and 120 columns.

use crate::common::{rehost_with, stderr};

fn at(columns: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "assess",
        "tests/fixtures/rvtools-133.xlsx",
        "--as-of",
        "2026-12-01",
    ];
    args.extend_from_slice(extra);
    let out = rehost_with(&args, &[("COLUMNS", columns)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn one_line_per_machine_within_the_width() {
    for (columns, width) in [("80", 80), ("120", 120), ("60", 60)] {
        let text = at(columns, &[]);
        for l in text.lines() {
            assert!(
                l.chars().count() <= width,
                "{} > {width}: {l:?}",
                l.chars().count()
            );
        }
        // Every machine once, on a line of its own.
        for i in 0..133 {
            let name = format!("vm-{i:07}");
            let n = text.lines().filter(|l| l.contains(&name)).count();
            assert_eq!(n, 1, "{name} at {columns} columns");
        }
        // No DR words where nobody asked about DR.
        assert!(!text.contains("no RPO or RTO target"));
    }
    insta::assert_snapshot!("terminal_133_at_80", at("80", &[]));
    insta::assert_snapshot!("terminal_133_at_120", at("120", &[]));
}

#[test]
fn long_names_are_elided_in_the_middle() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("long.csv");
    std::fs::write(
        &f,
        "Name,Operating system,Cores,Memory (GB),OS disk (GB)\n\
         sql-server-production-cluster-node-01,Windows Server 2019,4,16,127\n\
         sql-server-production-cluster-node-02,Windows Server 2019,4,16,127\n",
    )
    .unwrap();
    let out = rehost_with(
        &["assess", f.to_str().unwrap(), "--as-of", "2026-12-01"],
        &[("COLUMNS", "80")],
    );
    let text = String::from_utf8(out.stdout).unwrap();
    // Both ends stay, so the two nodes are told apart.
    for n in ["01", "02"] {
        let line = text
            .lines()
            .find(|l| l.contains(&format!("node-{n}")))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(
            line.trim_start().starts_with("sql-server") && line.contains('…'),
            "{line}"
        );
    }
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
}

#[test]
fn details_lists_every_reason() {
    let text = at("200", &["--details", "-t", "azure-migrate"]);
    assert!(text.contains("MACHINE"));
    assert!(text.contains("READINESS"));
    assert!(text.contains("AM18-CORES:"), "{text}");
}
