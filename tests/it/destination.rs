//! Where a report goes: the reports folder by default, atomically (a temporary file renamed
//! once synced, never over an input, nothing left behind by a failure), straight into a
//! device or a pipe, over a link but never through it. More on what is never overwritten:
//! `outputs.rs`.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::{rehost, stderr};

#[test]
fn xlsx_goes_to_the_reports_folder_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let inv = std::fs::canonicalize("inventories/exam/seed-q1-asr-hyperv-vmm.csv").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_rehost"))
        .current_dir(dir.path())
        .args(["assess", inv.to_str().unwrap(), "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let path = dir
        .path()
        .join("reports/seed-q1-asr-hyperv-vmm-assessment.xlsx");
    assert!(path.exists());
    assert!(
        String::from_utf8_lossy(&o.stdout)
            .contains("report written to reports/seed-q1-asr-hyperv-vmm-assessment.xlsx")
    );
}

#[test]
fn a_failed_write_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    // The destination's folder is a file: creating it fails, and nothing is left behind.
    std::fs::write(dir.path().join("blocker"), b"x").unwrap();
    let dest = dir.path().join("blocker/report.xlsx");
    let o = rehost(&[
        "assess",
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        "-o",
        dest.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("report.xlsx")
            || String::from_utf8_lossy(&o.stderr).contains("blocker")
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, [std::ffi::OsString::from("blocker")]);
}

#[test]
fn output_is_written_atomically_and_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("inv.csv");
    std::fs::copy("inventories/exam/seed-q1-asr-hyperv-vmm.csv", &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let out = rehost(&[
        "assess",
        input.to_str().unwrap(),
        "--format",
        "json",
        "-o",
        input.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the report would replace the input"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&input).unwrap(), before, "input untouched");
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let dest = dir.path().join("out/report.json");
    let out = rehost(&[
        "assess",
        input.to_str().unwrap(),
        "--format",
        "json",
        "-o",
        dest.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&dest).unwrap()).unwrap();
    assert_eq!(v["machines"].as_array().unwrap().len(), 4);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left: {leftovers:?}");
}

/// The four machines of exam question 1, assessed to a JSON report at `dest`.
#[cfg(unix)]
fn q1_json_to(dest: &Path) -> Output {
    let q1 = "inventories/exam/seed-q1-asr-hyperv-vmm.csv";
    rehost(&[
        "assess",
        q1,
        "--format",
        "json",
        "-o",
        dest.to_str().unwrap(),
    ])
}

/// `-o /dev/null` once replaced the device with a file (renamed over it, as root). A pipe
/// stands in for the device here: the report must go into it, and it must stay a pipe.
#[cfg(unix)]
#[test]
fn a_pipe_or_device_destination_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    let (tx, rx) = std::sync::mpsc::channel();
    let reading = fifo.clone();
    std::thread::spawn(move || tx.send(std::fs::read(&reading).unwrap()));
    let out = q1_json_to(&fifo);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the report went into the pipe");
    let v: serde_json::Value = serde_json::from_slice(&got).unwrap();
    assert_eq!(v["machines"].as_array().unwrap().len(), 4);
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "still a pipe: {kind:?}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file"
    );
}

/// A link at the destination is replaced by the report; the file it pointed at is left as it
/// was (a link planted in a shared folder must not steer the report onto another file).
#[cfg(unix)]
#[test]
fn a_linked_destination_is_replaced_not_written_through() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("dated")).unwrap();
    let target = dir.path().join("dated/report.json");
    std::fs::write(&target, b"old").unwrap();
    let link = dir.path().join("latest.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = q1_json_to(&link);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link).unwrap().is_file());
    assert_eq!(std::fs::read(&target).unwrap(), b"old");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&link).unwrap()).unwrap();
    assert_eq!(v["machines"].as_array().unwrap().len(), 4);
    // A link to nowhere is replaced alike.
    let dangling = dir.path().join("dangling.json");
    std::os::unix::fs::symlink(dir.path().join("missing/x.json"), &dangling).unwrap();
    let out = q1_json_to(&dangling);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&dangling).unwrap().is_file());
    assert!(!dir.path().join("missing").exists());
    let out = rehost(&[
        "assess",
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(
        err.contains(dir.path().to_str().unwrap()) && err.contains("is a folder"),
        "{err}"
    );
}

/// `-o /dev/stdout` with standard output sent to a file: the report goes into that file, not
/// over `/dev/stdout` nor a new file renamed over it, and the summary printed after follows it
/// instead of overwriting its start.
#[cfg(target_os = "linux")]
#[test]
fn standard_output_named_as_a_path_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.txt");
    let o = Command::new(env!("CARGO_BIN_EXE_rehost"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "assess",
            "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
            "--format",
            "json",
            "-o",
            "/dev/stdout",
        ])
        .stdout(std::fs::File::create(&file).unwrap())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&file).unwrap();
    let mut values = serde_json::Deserializer::from_str(&text).into_iter::<serde_json::Value>();
    let v = values
        .next()
        .expect("a report")
        .expect("the report first, whole");
    let after = &text[values.byte_offset()..];
    assert_eq!(v["machines"].as_array().unwrap().len(), 4);
    assert!(after.contains("report written to /dev/stdout"), "{after}");
}
