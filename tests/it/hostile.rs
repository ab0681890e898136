//! Hostile and broken input, through the binary: nothing panics, nothing hangs, memory stays
//! bounded, unreadable files exit 2 with one line, readable ones account for every row.
//! Large cases are generated here; small ones live in tests/hostile/.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use rust_xlsxwriter::{ExcelDateTime, Formula, Workbook};

/// Runs rehost with a time bound; a hang fails the test instead of stalling CI.
fn run(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_rehost"));
    c.args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("NO_COLOR", "1");
    for (k, v) in envs {
        c.env(k, v);
    }
    let child = c.spawn().unwrap();
    let pid = child.id();
    // Output is read while the child runs (a full pipe would block it), in a thread, so a hang
    // can be told from a slow run.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("rehost {args:?} did not finish within 120 s");
        }
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Unreadable: exit 2, one line naming the file, no panic.
fn refused(path: &Path, words: &str) {
    let p = path.to_str().unwrap();
    let o = run(&["assess", p], &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{p}: {err}");
    assert!(!err.contains("panicked"), "{p}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{p}: one line: {err}");
    assert!(
        err.contains(p) && err.contains(words),
        "{p}: wants {words:?}: {err}"
    );
}

/// Readable: exit 0 or 1, and every row accounted for (rows read = machines + attached + skipped).
fn accepted(path: &Path) -> serde_json::Value {
    let p = path.to_str().unwrap();
    let o = run(&["assess", p, "--format", "json"], &[]);
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{p}: {}",
        stderr(&o)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let i = run(&["inspect", "--format", "json", p], &[]);
    let sheets: serde_json::Value = serde_json::from_slice(&i.stdout).unwrap();
    for s in sheets["sheets"].as_array().unwrap() {
        let n = |k: &str| s[k].as_u64().unwrap();
        assert_eq!(
            n("rows_read"),
            n("machines") + n("attached") + n("skipped"),
            "{p}: {s}"
        );
    }
    v
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn hostile(name: &str) -> PathBuf {
    Path::new("tests/hostile").join(name)
}

#[test]
fn unreadable_files() {
    refused(&hostile("empty.xlsx"), "empty");
    refused(&hostile("random.xlsx"), "not a spreadsheet");
    refused(&hostile("truncated.xlsx"), "xlsx");
    refused(&hostile("encrypted.xlsx"), "encrypted");
    refused(&hostile("not-inventory.csv"), "machine-name column");
    // Inputs the fuzzer found that made the workbook reader panic.
    for e in std::fs::read_dir("tests/fuzz-regressions/import_bytes").unwrap() {
        let p = e.unwrap().path();
        if p.file_name().unwrap().to_string_lossy().starts_with('.') {
            continue;
        }
        refused(&p, "workbook");
    }
}

#[test]
fn readable_oddities() {
    // A CSV named .xlsx is read as what it is.
    let v = accepted(&hostile("csv-named.xlsx"));
    assert_eq!(v["machines"][0]["cores"], 2);
    // Excel 97 (BIFF8) workbook.
    let v = accepted(Path::new("tests/fixtures/generic-hand-typed.xls"));
    assert_eq!(v["machines"].as_array().unwrap().len(), 3);
    // UTF-16, NUL bytes and invalid UTF-8.
    accepted(Path::new("tests/fixtures/hyperv-getvm-utf16.csv"));
    let v = accepted(&hostile("nul-and-bad-utf8.csv"));
    assert_eq!(v["machines"].as_array().unwrap().len(), 2);
    // Duplicate headers and duplicate machine names.
    let v = accepted(&hostile("duplicates.csv"));
    assert_eq!(
        v["machines"][0]["cores"], 2,
        "the first of duplicate headers wins"
    );
    assert!(v["data_quality"].as_array().unwrap().iter().any(|d| {
        d["message"]
            .as_str()
            .unwrap()
            .contains("duplicate machine name")
    }));
    // Sizes that are not sizes: negative, NaN, 1e308, unknown units.
    let v = accepted(&hostile("bad-sizes.csv"));
    let dq: Vec<String> = v["data_quality"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["cell"].as_str().map(String::from))
        .collect();
    assert_eq!(dq.len(), 4, "{dq:?}");
    assert_eq!(v["machines"][4]["disks"][0]["size_bytes"], 12u64 << 30);
}

#[test]
fn a_ten_megabyte_cell_is_cut_not_carried() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = b"Name,Notes,Cores\nVM1,".to_vec();
    csv.extend(std::iter::repeat_n(b'x', 10 << 20));
    csv.extend(b",2\n");
    let v = accepted(&write(dir.path(), "big-cell.csv", &csv));
    let notes = v["machines"][0]["tags"]["Notes"].as_str().unwrap();
    assert!(
        notes.len() < 40 * 1024 && notes.ends_with("characters]"),
        "{}",
        notes.len()
    );
    // And the workbook still writes (Excel's cell limit is 32,767 characters).
    let out = dir.path().join("r.xlsx");
    let o = run(
        &[
            "assess",
            dir.path().join("big-cell.csv").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn workbooks_with_huge_claims() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A sheet that claims A1:XFD1048576 (its dimension element rewritten).
    let src = std::fs::read("tests/fixtures/generic-hand-typed.xlsx").unwrap();
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(src)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut f, &mut data).unwrap();
        if name.starts_with("xl/worksheets/") {
            let text = String::from_utf8(data).unwrap();
            let start = text.find("<dimension ref=\"").unwrap() + 16;
            let end = start + text[start..].find('"').unwrap();
            data = format!("{}A1:XFD1048576{}", &text[..start], &text[end..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    let claims = write(d, "claims.xlsx", &out.finish().unwrap().into_inner());
    let v = accepted(&claims);
    assert_eq!(v["machines"].as_array().unwrap().len(), 3);

    // 16,384 columns in the header row.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Name").unwrap();
    ws.write_string(0, 1, "Cores").unwrap();
    for c in 2..16_384u16 {
        ws.write_string(0, c, format!("extra {c}")).unwrap();
        ws.write_number(1, c, c as f64).unwrap();
    }
    ws.write_string(1, 0, "wide-vm").unwrap();
    ws.write_number(1, 1, 4).unwrap();
    let wide = d.join("wide.xlsx");
    wb.save(&wide).unwrap();
    let v = accepted(&wide);
    assert_eq!(v["machines"][0]["cores"], 4);

    // A bomb: a part that inflates past the cap is refused before anything is inflated
    // (the cap is lowered here so the test stays small; the shipped cap is 1 GiB a part).
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    z.start_file("[Content_Types].xml", opts).unwrap();
    z.write_all(b"<Types/>").unwrap();
    z.start_file("xl/sharedStrings.xml", opts).unwrap();
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..64 {
        z.write_all(&zeros).unwrap();
    }
    let bomb_bytes = z.finish().unwrap().into_inner();
    assert!(bomb_bytes.len() < 1 << 20, "a tiny file");
    let bomb = write(d, "bomb.xlsx", &bomb_bytes);
    let o = run(
        &["assess", bomb.to_str().unwrap()],
        &[("REHOST_MAX_XLSX_PART_BYTES", "16777216")],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("too large") && stderr(&o).contains("sharedStrings"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn cells_that_are_not_what_they_claim() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    // Merged header cells, formula errors and a date where a size belongs.
    ws.merge_range(0, 0, 0, 1, "Name", &rust_xlsxwriter::Format::new())
        .unwrap();
    ws.write_string(0, 2, "Cores").unwrap();
    ws.write_string(0, 3, "OS disk (GB)").unwrap();
    ws.write_string(1, 0, "vm-div").unwrap();
    ws.write_formula(1, 2, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    ws.write_number(1, 3, 127).unwrap();
    ws.write_string(2, 0, "vm-na").unwrap();
    ws.write_formula(2, 2, Formula::new("=NA()").set_result("#N/A"))
        .unwrap();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    ws.write_datetime_with_format(
        2,
        3,
        ExcelDateTime::parse_from_str("2024-01-31").unwrap(),
        &date,
    )
    .unwrap();
    let p = dir.path().join("cells.xlsx");
    wb.save(&p).unwrap();
    let v = accepted(&p);
    assert_eq!(v["machines"].as_array().unwrap().len(), 2);
    let dq: Vec<(String, String)> = v["data_quality"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["issue"] == "invalid")
        .map(|d| {
            (
                d["cell"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(dq.len(), 3, "{dq:?}");
    assert!(
        dq[0].0 == "Sheet1!C2" && dq[0].1.contains("#DIV/0!"),
        "{dq:?}"
    );
    assert!(
        dq.iter()
            .any(|(c, m)| c == "Sheet1!D3" && m.contains("a date where a size belongs")),
        "{dq:?}"
    );
}

#[test]
fn bad_rule_files() {
    let dir = tempfile::tempdir().unwrap();
    let head = "[matrix]\ntarget = \"bad\"\ntitle = \"t\"\nedition = \"2020-01-01\"\nsource = \"https://e.org\"\napplies_to = [\"vmware\"]\n\n[[rule]]\nid = \"BAD-1\"\ntitle = \"t\"\nseverity = \"blocker\"\nmessage = \"m\"\nremediation = \"r\"\nreference = \"https://e.org#a\"\n";
    let cases = [
        (
            "check = { kind = \"levitate\" }",
            "unknown variant `levitate`",
        ),
        (
            "check = { kind = \"vm-name\", pattern = \"([a-z\", max_length = 5 }",
            "pattern",
        ),
        (
            "check = { kind = \"disk-max\", role = \"os\", max = \"-5 GB\" }",
            "negative",
        ),
        (
            "check = { kind = \"disk-max\", role = \"os\", max = \"1e308 GB\" }",
            "size",
        ),
        (
            "check = { kind = \"cores-max\", max = 99999999999999 }",
            "u32",
        ),
        (
            "check = { kind = \"os-supported\", list = [\"rhel 9..7\"] }",
            "backwards",
        ),
    ];
    for (check, words) in cases {
        std::fs::create_dir_all(dir.path().join("bad")).unwrap();
        let f = dir.path().join("bad/2020-01-01.toml");
        std::fs::write(&f, format!("{head}{check}\n")).unwrap();
        for args in [
            vec!["rules", "check", f.to_str().unwrap()],
            vec![
                "assess",
                "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
                "--rules",
                dir.path().to_str().unwrap(),
            ],
        ] {
            let o = run(&args, &[]);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{check}: {err}");
            assert!(
                err.contains("2020-01-01.toml:") && err.contains(words),
                "{check}: wants {words:?}: {err}"
            );
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        }
    }
}
