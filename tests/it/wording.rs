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

#[test]
fn a_host_row_without_its_version_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/rvtools-csv/RVTools_tabvInfo.csv",
        dir.path().join("RVTools_tabvInfo.csv"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("RVTools_tabvHost.csv"),
        "Host,Datacenter,Cluster,ESX Version\n\
         esx1.local,DC1,CL1,\n\
         ,DC1,CL1,VMware ESXi 8.0.2 build-22380479\n\
         esx3.local,DC1,CL1,VMware ESXi 7.0.3 build-21930508\n",
    )
    .unwrap();
    let text = out(&["inspect", dir.path().to_str().unwrap()]);
    assert!(
        text.contains("vHost row 2 names host esx1.local but not its ESXi version"),
        "{text}"
    );
    assert!(text.contains("vHost row 3 names no host"), "{text}");
    assert!(!text.contains("names no host or version"), "{text}");
    assert!(!text.contains("row 4"), "{text}");
}

/// No header is both mapped and "not used", on any sheet of any fixture shaped like a real
/// export (RVTools' vDisk and vPartition map `Disk`, `Capacity MiB`, `Raw`).
#[test]
fn a_mapped_column_is_never_also_not_used() {
    let mut files: Vec<String> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".xlsx") || p.ends_with(".csv") || p.ends_with(".xls"))
        .collect();
    files.push("tests/fixtures/rvtools-csv".into());
    files.sort();
    let mut sheets = 0;
    for f in &files {
        let o = rehost(&["inspect", f, "--format", "json"]);
        if o.status.code() != Some(0) {
            continue;
        }
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        for sh in v["sheets"].as_array().into_iter().flatten() {
            let mapped: Vec<String> = sh["columns"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c["header"].as_str())
                .map(|h| h.trim().to_ascii_lowercase())
                .collect();
            for h in sh["ignored"].as_array().into_iter().flatten() {
                let h = h.as_str().unwrap().trim().to_ascii_lowercase();
                assert!(!mapped.contains(&h), "{f}: {h:?} mapped and not used: {sh}");
            }
            sheets += 1;
        }
    }
    assert!(sheets > 20, "{sheets} sheets looked at");
}
