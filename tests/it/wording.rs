//! Words a newcomer tripped over (issue 29): an OS whose version is not given is told the whole
//! listed line of its OS and what to find out; a report names only what the run wrote; Korean
//! leaves no English of rehost's own in `explain`; `--help` says what Korean covers.

use crate::common::{rehost, rehost_with, stderr};

fn out(args: &[&str]) -> String {
    let o = rehost(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    String::from_utf8(o.stdout).unwrap()
}

const UBUNTU: &[&str] = &[
    "explain",
    "tests/fixtures/rvtools-133.xlsx",
    "-m",
    "vm-0000000",
    "-t",
    "asr-vmware",
    "--as-of",
    "2026-12-01",
];

#[test]
fn an_os_without_its_version_is_told_the_listed_line_and_what_to_find_out() {
    let en = out(UBUNTU);
    assert!(
        en.contains(
            "the OS version is not given; Ubuntu 14.04, 16.04, 18.04, 20.04, 22.04 and 24.04 are listed"
        ),
        "{en}"
    );
    let fix = en
        .lines()
        .skip_while(|l| !l.contains("ASRVMW-OS "))
        .find(|l| l.trim_start().starts_with("fix:"))
        .unwrap_or_else(|| panic!("{en}"));
    assert!(fix.contains("Find out the guest OS version"), "{fix}");
    assert!(!fix.contains("Upgrade"), "{fix}");
    let mut args = UBUNTU.to_vec();
    args.extend_from_slice(&["--lang", "ko"]);
    let ko = out(&args);
    assert!(
        ko.contains("Ubuntu 14.04, 16.04, 18.04, 20.04, 22.04 및 24.04 (항목 6개)"),
        "{ko}"
    );
    assert!(ko.contains("게스트 OS 버전"), "{ko}");
    // The JSON (and the HTML page built on it) carries the same fix beside the unknown.
    let json = out(&[
        "assess",
        "tests/fixtures/rvtools-133.xlsx",
        "-t",
        "asr-vmware",
        "--as-of",
        "2026-12-01",
        "--format",
        "json",
        "-o",
        "-",
    ]);
    assert!(
        json.contains("\"fix\":\"Find out the guest OS version"),
        "JSON has no fix"
    );
}

#[test]
fn explain_in_korean_names_where_the_os_was_read_in_korean() {
    let mut args = UBUNTU.to_vec();
    args.extend_from_slice(&["--lang", "ko"]);
    let ko = out(&args);
    assert!(!ko.contains("configuration file"), "{ko}");
    assert!(ko.contains("→ 구성 파일"), "{ko}");
    // VMware Tools is a product name, kept as Microsoft's Korean pages keep it.
    assert!(ko.contains("→ VMware Tools"), "{ko}");
}

#[test]
fn the_summary_names_only_the_report_that_was_written() {
    let dir = tempfile::tempdir().unwrap();
    for (fmt, workbook) in [
        ("csv", false),
        ("md", false),
        ("html", false),
        ("json", false),
        ("xlsx", true),
    ] {
        let path = dir.path().join(format!("r.{fmt}"));
        let o = rehost_with(
            &[
                "assess",
                "inventories/dr-example.csv",
                "--format",
                fmt,
                "-o",
                path.to_str().unwrap(),
            ],
            &[("COLUMNS", "200")],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let text = String::from_utf8(o.stdout).unwrap();
        let line = text
            .lines()
            .find(|l| l.contains("data-quality record"))
            .unwrap_or_else(|| panic!("{fmt}: {text}"));
        assert_eq!(line.contains("workbook"), workbook, "{fmt}: {line}");
        assert!(line.contains("rehost inspect"), "{fmt}: {line}");
    }
    let md = std::fs::read_to_string(dir.path().join("r.md")).unwrap();
    assert!(!md.contains("workbook"), "{md}");
}

#[test]
fn the_help_says_what_korean_covers() {
    let help = out(&["assess", "--help"]);
    assert!(!help.contains("for now"), "{help}");
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Korean covers every report (terminal, workbook, HTML, Markdown"),
        "{help}"
    );
}
