//! Nothing overwritten: a report never replaces a file the run reads (by any path to it: a
//! folder's file, a symbolic link, a hard link, the rules, prices and DR policy files), is
//! never read back as an inventory, goes through no link planted beside it, and a run killed
//! while writing leaves no half report behind. Real files in a temporary folder throughout.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{rehost, rehost_with, stderr};

const Q1: &str = "inventories/exam/seed-q1-asr-hyperv-vmm.csv";

/// A folder holding a copy of exam question 1's inventory (four machines) as `inv.csv`.
fn folder_with_q1() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("export");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(Q1, folder.join("inv.csv")).unwrap();
    (dir, folder)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Asserts a refusal: exit 2, one line naming the output and the input it would replace.
fn assert_refused(out: &std::process::Output, output: &str, input: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(
        err.contains(&format!(
            "{output}: the report would replace the input {input}"
        )),
        "{err}"
    );
}

#[test]
fn an_output_named_as_a_file_of_an_assessed_folder_is_refused() {
    let (_dir, folder) = folder_with_q1();
    let input = folder.join("inv.csv");
    let before = std::fs::read(&input).unwrap();
    // Another spelling of the same file: the folder is compared file by file, not as a path.
    let output = folder.join(".").join("inv.csv");
    let out = rehost(&["assess", s(&folder), "--format", "csv", "-o", s(&output)]);
    assert_refused(&out, s(&output), s(&input));
    assert_eq!(std::fs::read(&input).unwrap(), before, "input untouched");
    let ko = rehost(&[
        "assess",
        s(&folder),
        "--format",
        "csv",
        "--lang",
        "ko",
        "-o",
        s(&output),
    ]);
    assert_eq!(ko.status.code(), Some(2));
    assert!(
        stderr(&ko).contains(&format!(
            "{}: 보고서가 입력 파일 {}를 덮어쓰게 됩니다",
            s(&output),
            s(&input)
        )),
        "{}",
        stderr(&ko)
    );
    assert_eq!(std::fs::read(&input).unwrap(), before, "input untouched");
    assert_eq!(names(&folder), ["inv.csv"], "nothing else written");
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_to_an_input_is_refused() {
    let (_dir, folder) = folder_with_q1();
    let input = folder.join("inv.csv");
    let before = std::fs::read(&input).unwrap();
    let side = folder.parent().unwrap();
    let soft = side.join("soft.json");
    std::os::unix::fs::symlink(&input, &soft).unwrap();
    let hard = side.join("hard.json");
    std::fs::hard_link(&input, &hard).unwrap();
    for link in [&soft, &hard] {
        let out = rehost(&["assess", s(&folder), "-o", s(link)]);
        assert_refused(&out, s(link), s(&input));
        assert_eq!(std::fs::read(&input).unwrap(), before, "input untouched");
    }
    assert!(std::fs::symlink_metadata(&soft).unwrap().is_symlink());
}

#[test]
fn the_rules_prices_and_dr_policy_files_are_inputs_too() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir_all(rules.join("asr-hyperv")).unwrap();
    let matrix = rules.join("asr-hyperv/2026-09-11.toml");
    std::fs::copy("rules/asr-hyperv/2026-09-11.toml", &matrix).unwrap();
    let prices = dir.path().join("prices.json");
    std::fs::copy("tests/fixtures/prices-westeurope.json", &prices).unwrap();
    let policy = dir.path().join("policy.toml");
    std::fs::copy("inventories/dr-policy.toml", &policy).unwrap();
    for victim in [&matrix, &prices, &policy] {
        let before = std::fs::read(victim).unwrap();
        let out = rehost(&[
            "assess",
            Q1,
            "--rules",
            s(&rules),
            "--prices",
            s(&prices),
            "--dr-policy",
            s(&policy),
            "--format",
            "json",
            "-o",
            s(victim),
        ]);
        assert_refused(&out, s(victim), s(victim));
        assert_eq!(std::fs::read(victim).unwrap(), before);
    }
}

/// Reports written into the folder they assess were read back as inventories: 4 machines,
/// then 14, then 51. Each of rehost's reports is now skipped, and named in data quality.
#[test]
fn a_report_folder_assessed_again_keeps_its_machine_count() {
    let (_dir, folder) = folder_with_q1();
    let kinds = ["xlsx", "csv", "json", "md", "html"];
    for round in 0..2 {
        for ext in kinds {
            let dest = folder.join(format!("report.{ext}"));
            let out = rehost(&["assess", s(&folder), "-o", s(&dest)]);
            assert_eq!(out.status.code(), Some(0), "{ext}: {}", stderr(&out));
        }
        let diff = folder.join("changes.md");
        let out = rehost(&[
            "diff",
            s(&folder.join("inv.csv")),
            s(&folder.join("report.json")),
            "--format",
            "md",
            "-o",
            s(&diff),
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let out = rehost(&["assess", s(&folder), "--format", "json", "-o", "-"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["machines"].as_array().unwrap().len(), 4, "round {round}");
        let skipped: Vec<&str> = v["data_quality"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["issue"] == "skipped")
            .map(|d| d["file"].as_str().unwrap())
            .collect();
        let mut want: Vec<String> = kinds
            .iter()
            .map(|e| s(&folder.join(format!("report.{e}"))).to_string())
            .collect();
        want.push(s(&diff).to_string());
        want.sort();
        let mut got: Vec<String> = skipped.iter().map(|f| f.to_string()).collect();
        got.sort();
        assert_eq!(got, want, "each report named, round {round}");
        // Only the inventory was read, and rows in = rows out for it.
        let inv = s(&folder.join("inv.csv")).to_string();
        assert_eq!(v["summary"]["files"], serde_json::json!([inv]));
        let seen = rehost(&["inspect", "--format", "json", s(&folder)]);
        let seen: serde_json::Value = serde_json::from_slice(&seen.stdout).unwrap();
        for sheet in seen["sheets"].as_array().unwrap() {
            let n = |k: &str| sheet[k].as_u64().unwrap();
            assert_eq!(sheet["file"], serde_json::json!(inv));
            assert_eq!(n("rows_read"), n("machines") + n("attached") + n("skipped"));
        }
    }
}

#[test]
fn a_report_named_on_the_command_line_is_refused_as_no_inventory() {
    let (_dir, folder) = folder_with_q1();
    let report = folder.join("r.xlsx");
    let out = rehost(&["assess", s(&folder), "-o", s(&report)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Renamed, and so told by its content rather than its name.
    let renamed = folder.join("inventory-copy.xlsx");
    std::fs::rename(&report, &renamed).unwrap();
    let out = rehost(&["assess", s(&renamed), "--format", "json", "-o", "-"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!(
            "{}: is a workbook report rehost wrote, not an inventory",
            s(&renamed)
        )),
        "{err}"
    );
    // A folder of nothing but reports is said to be one.
    let only = folder.parent().unwrap().join("only");
    std::fs::create_dir(&only).unwrap();
    std::fs::rename(&renamed, only.join("r.xlsx")).unwrap();
    let out = rehost(&["inspect", s(&only)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("holds only reports rehost wrote (1)"),
        "{}",
        stderr(&out)
    );
}

/// The temporary file's name once added 10 and more bytes to the report's, so a report named
/// with the 255 bytes a file system allows could not be written.
#[test]
fn an_output_named_with_255_bytes_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let name = format!("{}.json", "r".repeat(250));
    assert_eq!(name.len(), 255);
    for named in [false, true] {
        let dest = dir.path().join(&name);
        let envs: &[(&str, &str)] = if named {
            &[("REHOST_NAMED_TEMP", "1")]
        } else {
            &[]
        };
        let out = rehost_with(&["assess", Q1, "-o", s(&dest)], envs);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&dest).unwrap()).unwrap();
        assert_eq!(v["machines"].as_array().unwrap().len(), 4);
        assert_eq!(names(dir.path()), std::slice::from_ref(&name));
    }
}

/// Spawns an xlsx report of a generated 5,000-machine inventory into `out`, and kills the
/// process the moment it holds a file in `out` open (the report being written).
#[cfg(target_os = "linux")]
fn kill_mid_write(inv: &Path, out: &Path, envs: &[(&str, &str)]) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rehost"))
        .args(["assess", s(inv), "-o", s(&out.join("report.xlsx"))])
        .envs(envs.iter().copied())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let fds = PathBuf::from(format!("/proc/{}/fd", child.id()));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let writing = || {
        std::fs::read_dir(&fds)
            .into_iter()
            .flatten()
            .flatten()
            .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|target| target.starts_with(out)))
    };
    while !writing() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it was caught writing"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "never saw the report opened"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    std::thread::sleep(std::time::Duration::from_millis(50));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
}

/// A killed run once left `.report.xlsx.<pid>.tmp` behind, up to 16 MB of it. Now the report
/// is written unnamed until complete: a killed run leaves nothing. Where unnamed files are
/// not to be had (forced here), the named temporary file left is cleared by the next run.
#[cfg(target_os = "linux")]
#[test]
fn a_run_killed_mid_write_leaves_no_partial_report() {
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("big.csv");
    crate::scale::generate(5_000, "generic-csv", 3, &inv);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();

    kill_mid_write(&inv, &out, &[]);
    assert_eq!(names(&out), Vec::<String>::new(), "nothing left");

    kill_mid_write(&inv, &out, &[("REHOST_NAMED_TEMP", "1")]);
    let left = names(&out);
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(
        left[0].starts_with(".rehost-") && left[0].ends_with(".tmp"),
        "{left:?}"
    );
    // A link with the same look is never followed nor removed.
    let victim = dir.path().join("victim");
    std::fs::write(&victim, b"keep").unwrap();
    let planted = out.join(".rehost-1-abcdef.tmp");
    std::os::unix::fs::symlink(&victim, &planted).unwrap();
    let small = rehost_with(
        &["assess", Q1, "-o", s(&out.join("small.json"))],
        &[("REHOST_NAMED_TEMP", "1")],
    );
    assert_eq!(small.status.code(), Some(0), "{}", stderr(&small));
    assert_eq!(names(&out), [".rehost-1-abcdef.tmp", "small.json"]);
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
}
