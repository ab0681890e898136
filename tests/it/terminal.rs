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
        // Every machine once, on a line of its own: whole at 80 and 120 columns; at 60, five
        // target columns (hygiene with the Azure ones) leave a name its ends (`vm-0…012`).
        for i in 0..133 {
            let name = if width >= 80 {
                format!("vm-{i:07}")
            } else {
                format!("vm-0…{:03}", i)
            };
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

/// `rehost ARGS` at `columns` columns (exit 0), as text.
fn run_at(columns: usize, args: &[&str]) -> String {
    let cols = columns.to_string();
    let out = rehost_with(args, &[("COLUMNS", cols.as_str())]);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// Every line of `text` in `columns` terminal columns, but a web address standing alone after
/// its label (a broken one could not be followed).
fn assert_fits(text: &str, columns: usize, what: &str) {
    for l in text.lines() {
        let w = rehost::report::width(l);
        let address = l
            .split_whitespace()
            .last()
            .is_some_and(|t| t.contains("://"))
            && rehost::report::width(l.trim_end().rsplit_once(' ').map_or(l, |(h, _)| h)) < columns;
        assert!(w <= columns || address, "{what}: {w} > {columns}: {l:?}");
    }
}

const DR: &[&str] = &[
    "assess",
    "inventories/dr-example.csv",
    "--dr-policy",
    "inventories/dr-policy.toml",
    "--bandwidth",
    "1Gbps",
    "--as-of",
    "2026-12-01",
];

#[test]
fn details_fit_the_width() {
    let mut details = DR.to_vec();
    details.push("--details");
    for columns in [60, 80, 120] {
        let text = run_at(columns, &details);
        assert_fits(&text, columns, "--details");
        // Every machine's reason is there, whole, however it is wrapped.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("ASRVMW-DR-PEAK-CHURN: Peak churn 60 MB/s"),
            "{text}"
        );
        let text = at(&columns.to_string(), &["--details"]);
        assert_fits(&text, columns, "--details of 133 VMs");
    }
    insta::assert_snapshot!("details_dr_at_80", run_at(80, &details));
    insta::assert_snapshot!("details_dr_at_120", run_at(120, &details));
}

#[test]
fn target_headers_and_rules_are_never_cut_mid_word() {
    for columns in [40, 60, 80, 120] {
        let text = run_at(columns, DR);
        assert_fits(&text, columns, "the table");
        // No name of a target or a rule loses its end to `…` (machine names may, in the middle).
        for l in text.lines() {
            let cut = l.split_whitespace().find(|w| w.ends_with('…'));
            assert!(
                cut.is_none(),
                "{cut:?} cut at {columns} columns: {l:?}\n{text}"
            );
        }
        // Each target named whole: stacked at its hyphens, or keyed with a legend.
        assert!(
            text.contains("agentless") && text.contains("migrate-"),
            "{text}"
        );
    }
    let text = run_at(80, DR);
    assert!(text.contains("DPC = DR-PEAK-CHURN"), "{text}");
    insta::assert_snapshot!("table_dr_at_80", text);
    insta::assert_snapshot!("table_dr_at_120", run_at(120, DR));
    insta::assert_snapshot!("table_dr_at_40", run_at(40, DR));
}

#[test]
fn explain_inspect_and_rules_fit_the_width() {
    let runs: &[&[&str]] = &[
        &[
            "explain",
            "tests/fixtures/rvtools-133.xlsx",
            "-m",
            "vm-0000000",
            "--as-of",
            "2026-12-01",
        ],
        &["inspect", "tests/fixtures/rvtools-133.xlsx"],
        &[
            "inspect",
            "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        ],
        &["rules", "list"],
        &["rules", "show", "ASRVMW-OS"],
        &["rules", "diff", "asr-hyperv", "2020-01-27"],
        &[
            "assess",
            "inventories/dr-example.csv",
            "--compare-as-of",
            "2020-01-27",
        ],
        &[
            "diff",
            "inventories/dr-example.csv",
            "inventories/dr-example.csv",
            "--old-as-of",
            "2020-01-27",
        ],
    ];
    for args in runs {
        for lang in ["en", "ko"] {
            let mut args = args.to_vec();
            args.extend_from_slice(&["--lang", lang]);
            assert_fits(&run_at(80, &args), 80, &args.join(" "));
        }
    }
    let explain = runs[0];
    insta::assert_snapshot!("explain_at_80", run_at(80, explain));
    insta::assert_snapshot!("explain_at_120", run_at(120, explain));
}
