//! The command line's edges a newcomer meets first: an `-o` whose extension rehost does not
//! write, a folder that is not there, a file that is not what its name says, an `--as-of`
//! before every edition, shell completions and the man page.

use std::path::Path;
use std::process::Output;

use crate::common::{rehost, stderr};

const Q1: &str = "inventories/exam/seed-q1-asr-hyperv-vmm.csv";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Exit status 2, one line, no panic, every one of `words` in it.
fn assert_refused(o: &Output, words: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    for w in words {
        assert!(err.contains(w), "says {w:?}: {err}");
    }
}

#[test]
fn an_output_extension_rehost_does_not_write_is_refused_not_guessed() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["t.xls", "t.pdf", "r.docx", "noext", "report.xlsx.bak"] {
        let dest = dir.path().join(name);
        let o = rehost(&["assess", Q1, "-o", s(&dest)]);
        let ext = dest
            .extension()
            .map(|e| format!(".{}", e.to_str().unwrap()));
        let mut words = vec![
            s(&dest),
            ".xlsx, .html, .htm, .json, .csv, .md, .txt",
            "--format",
        ];
        words.extend(ext.as_deref());
        assert_refused(&o, &words);
        assert!(!dest.exists(), "{name}: nothing written");
    }
    let ko = rehost(&[
        "assess",
        Q1,
        "-o",
        s(&dir.path().join("t.pdf")),
        "--lang",
        "ko",
    ]);
    assert_refused(&ko, &["t.pdf", "--format으로 형식을 고르세요"]);
    // With --format the name is taken as given.
    let pdf = dir.path().join("t.pdf");
    let o = rehost(&["assess", Q1, "-o", s(&pdf), "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(&pdf)
            .unwrap()
            .starts_with("name,source,target")
    );
    // Each extension rehost writes chooses its format, in any case.
    let txt = dir.path().join("t.TXT");
    let o = rehost(&["assess", Q1, "-o", s(&txt)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&txt).unwrap().contains("MACHINE"));
    let htm = dir.path().join("t.htm");
    let o = rehost(&["assess", Q1, "-o", s(&htm)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(&htm)
            .unwrap()
            .starts_with("<!DOCTYPE html")
    );
}

#[test]
fn a_missing_output_folder_is_refused_not_made() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("missing/dir/r.xlsx");
    let folder = dir.path().join("missing/dir");
    for format in [None, Some("json")] {
        let mut args = vec!["assess", Q1, "-o", s(&dest)];
        args.extend(format.iter().flat_map(|f| ["--format", *f]));
        let o = rehost(&args);
        assert_refused(
            &o,
            &[
                s(&dest),
                &format!("the folder {} does not exist", s(&folder)),
            ],
        );
    }
    // Before anything is read: an inventory that is not there is not the error given.
    let o = rehost(&["assess", "no-such-inventory.csv", "-o", s(&dest)]);
    assert_refused(&o, &["does not exist"]);
    let ko = rehost(&["assess", Q1, "-o", s(&dest), "--lang", "ko"]);
    assert_refused(&ko, &[s(&folder), "폴더가 없습니다"]);
    let diff = rehost(&["diff", Q1, Q1, "-o", s(&dir.path().join("nope/changes.md"))]);
    assert_refused(&diff, &["nope", "does not exist"]);
    assert!(!dir.path().join("missing").exists() && !dir.path().join("nope").exists());
    // The default reports/ folder is rehost's own and still made (see destination.rs).
}

/// A day before every target's first edition is an error with or without `-t`, naming each
/// target's first edition; a day before only some runs on and says which were left out.
#[test]
fn as_of_before_every_edition_is_an_error_and_before_some_a_note() {
    let firsts = [
        "asr-vmware 2018-05-09",
        "asr-hyperv 2018-02-14",
        "azure-migrate 2018-03-27",
        "migrate-vmware-agentless 2019-06-24",
    ];
    let all = rehost(&["assess", Q1, "--as-of", "2010-01-01"]);
    let mut words = vec!["no target has an edition on or before 2010-01-01"];
    words.extend(firsts);
    assert_refused(&all, &words);
    assert!(all.stdout.is_empty(), "no empty table");
    let two = rehost(&[
        "assess",
        Q1,
        "--as-of",
        "2010-01-01",
        "-t",
        "asr-vmware,asr-hyperv",
    ]);
    assert_refused(&two, &firsts[..2]);
    let one = rehost(&["assess", Q1, "--as-of", "2010-01-01", "-t", "asr-hyperv"]);
    assert_refused(
        &one,
        &["asr-hyperv: no edition on or before 2010-01-01; its first is 2018-02-14"],
    );
    let ko = rehost(&["assess", Q1, "--as-of", "2010-01-01", "--lang", "ko"]);
    assert_refused(&ko, &["이전의 판이 있는 대상이 없습니다", firsts[3]]);
    let explain = rehost(&["explain", Q1, "-m", "DC1", "--as-of", "2010-01-01"]);
    assert_refused(&explain, &firsts);
    // Before one target's first edition: the others are assessed, the one left out is named.
    let some = rehost(&["assess", Q1, "--as-of", "2019-01-01"]);
    assert_eq!(some.status.code(), Some(0), "{}", stderr(&some));
    let out = String::from_utf8_lossy(&some.stdout);
    assert!(out.contains("asr-hyperv 2018-02-14"), "{out}");
    assert!(
        out.contains(
            "Left out: migrate-vmware-agentless: no edition on or before 2019-01-01; its first is 2019-06-24."
        ),
        "{out}"
    );
}
