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
    assert_refused(&ko, &["이전 버전이 있는 대상이 없습니다", firsts[3]]);
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

/// A zip of `parts`, deflated as Office writes them.
fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        let stored = *name == "mimetype";
        let opts = zip::write::SimpleFileOptions::default().compression_method(if stored {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        });
        w.start_file(*name, opts).unwrap();
        w.write_all(text.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// An Office Open XML package as Word or PowerPoint writes one: content types, the package's
/// relationships naming the main part, the main part and its relationships.
fn office(main: &str, content_type: &str, xml: &str) -> Vec<u8> {
    let dir = main.split('/').next().unwrap();
    let file = main.rsplit('/').next().unwrap();
    let types = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{main}" ContentType="{content_type}"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#
    );
    let rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#
    );
    let core = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Contoso</dc:creator></cp:coreProperties>"#;
    let part_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#;
    zip_of(&[
        ("[Content_Types].xml", &types),
        ("_rels/.rels", &rels),
        ("docProps/core.xml", core),
        (main, xml),
        (&format!("{dir}/_rels/{file}.rels"), part_rels),
    ])
}

fn docx() -> Vec<u8> {
    office(
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>web-01</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#,
    )
}

fn pptx() -> Vec<u8> {
    office(
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldSz cx="12192000" cy="6858000"/></p:presentation>"#,
    )
}

/// A one-page PDF as writers lay one out: the header, a binary comment, objects, the
/// cross-reference table and the trailer.
fn pdf() -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ];
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

/// A compound file holding one stream, as Word 97-2003 (`WordDocument`) or Outlook
/// (`__substg1.0_0037001F`, the subject) write theirs.
fn compound(stream: &str) -> Vec<u8> {
    use std::io::Write;
    let mut cf = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    cf.create_stream(stream)
        .unwrap()
        .write_all(&[0xEC, 0xA5, 0xC1, 0x00])
        .unwrap();
    cf.flush().unwrap();
    cf.into_inner().into_inner()
}

/// Files that are not what their extension says are named as what they are, whatever the
/// name: one line, exit status 2, the file and its kind.
#[test]
fn a_file_that_is_not_what_its_name_says_is_named_as_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let odt = zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", "<office:document-content/>"),
    ]);
    let rows: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "docx.xlsx",
            docx(),
            "is a Word document (.docx), not a workbook or CSV file",
        ),
        ("docx.csv", docx(), "is a Word document (.docx)"),
        ("pptx.xlsx", pptx(), "is a PowerPoint presentation (.pptx)"),
        ("scan.xlsx", pdf(), "is a PDF document, not a workbook"),
        ("scan.csv", pdf(), "is a PDF document"),
        (
            "letter.xls",
            compound("WordDocument"),
            "is a Word 97-2003 document (.doc)",
        ),
        (
            "mail.xls",
            compound("__substg1.0_0037001F"),
            "is an Outlook message (.msg)",
        ),
        ("notes.xlsx", odt, "is an OpenDocument text document (.odt)"),
        (
            "photos.xlsx",
            zip_of(&[("a.txt", "x"), ("b.txt", "y")]),
            "is a zip archive",
        ),
        (
            "binary.xlsx",
            zip_of(&[
                ("[Content_Types].xml", "<Types/>"),
                ("xl/workbook.bin", "\u{1}"),
            ]),
            "is an Excel binary workbook (.xlsb), which rehost does not read; save it as .xlsx",
        ),
    ];
    for (name, bytes, words) in rows {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let o = rehost(&["assess", s(&path)]);
        assert_refused(&o, &[&format!("{}: {words}", s(&path))]);
        let err = stderr(&o);
        assert!(
            !err.contains("File not found") && !err.contains("xml"),
            "{err}"
        );
    }
    let ko = rehost(&["inspect", s(&dir.path().join("docx.xlsx")), "--lang", "ko"]);
    assert_refused(
        &ko,
        &["docx.xlsx: Word 문서(.docx)입니다. 통합 문서나 CSV 파일이 아닙니다"],
    );
    // An OpenDocument spreadsheet renamed .xlsx is a workbook, and is read.
    let ods = dir.path().join("ods.xlsx");
    std::fs::copy("tests/fixtures/generic-hand-typed.ods", &ods).unwrap();
    let o = rehost(&["assess", s(&ods), "--format", "json", "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn completions_name_every_command_in_every_shell() {
    let bash = rehost(&["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0), "{}", stderr(&bash));
    let text = String::from_utf8(bash.stdout).unwrap();
    assert!(
        text.contains("complete -F _rehost"),
        "a bash completion: {text}"
    );
    for word in [
        "assess",
        "explain",
        "inspect",
        "rules",
        "diff",
        "completions",
        "man",
    ] {
        assert!(
            text.contains(&format!(" {word} ")) || text.contains(&format!(",{word})")),
            "{word}"
        );
    }
    assert!(
        text.contains("--as-of") && text.contains("--format"),
        "the options too"
    );
    for (shell, mark) in [
        ("zsh", "#compdef rehost"),
        ("fish", "complete -c rehost"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[rehost]"),
    ] {
        let o = rehost(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let text = String::from_utf8(o.stdout).unwrap();
        assert!(
            text.contains(mark) && text.contains("assess"),
            "{shell}: {text}"
        );
    }
    assert_eq!(rehost(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn the_man_pages_hold_the_commands_and_their_options() {
    let page = |args: &[&str]| {
        let mut all = vec!["man"];
        all.extend_from_slice(args);
        let o = rehost(&all);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        String::from_utf8(o.stdout).unwrap()
    };
    let top = page(&[]);
    assert!(top.contains(".TH rehost 1"), "{top}");
    assert!(
        top.contains(".SH SUBCOMMANDS") && top.contains("rehost\\-assess(1)"),
        "{top}"
    );
    let assess = page(&["assess"]);
    assert!(
        assess.contains(&format!(
            ".TH rehost-assess 1  \"rehost {}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "{assess}"
    );
    for option in [
        "\\-\\-as\\-of",
        "\\-\\-format",
        "\\-\\-output",
        "\\-\\-fail\\-on",
    ] {
        assert!(
            assess.contains(&format!("\\fB{option}\\fR")),
            "{option}: {assess}"
        );
    }
    // The -o rule is in the page as in --help.
    assert!(
        assess.contains("any other extension, or none, is an error"),
        "{assess}"
    );
    let dir = tempfile::tempdir().unwrap();
    let o = rehost(&["man", "--dir", s(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for name in [
        "rehost.1",
        "rehost-assess.1",
        "rehost-rules-diff.1",
        "rehost-completions.1",
    ] {
        let text = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(text.contains(".TH "), "{name}");
    }
    assert!(!dir.path().join("rehost-help.1").exists());
    let one = dir.path().join("sub/rehost.1");
    assert_refused(&rehost(&["man", "-o", s(&one)]), &["does not exist"]);
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    assert_eq!(rehost(&["man", "-o", s(&one)]).status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&one)
            .unwrap()
            .contains(".TH rehost 1")
    );
    assert_refused(
        &rehost(&["man", "asses"]),
        &["no command \"asses\"", "assess, explain"],
    );
}

/// `assess ARGS --format csv --lang LANG` on standard output, which must succeed.
fn csv_report(args: &[&str], lang: &str) -> String {
    let mut all = vec!["assess"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "csv", "--lang", lang]);
    let o = rehost(&all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    String::from_utf8(o.stdout).unwrap()
}

/// The CSV report is a flat table that pivots: one row per machine and target with the
/// machine's facts, numbers as plain numbers, headers in the reader's language.
#[test]
fn the_csv_report_is_a_flat_table_that_pivots() {
    let rv = "tests/fixtures/rvtools-4x.xlsx";
    // A day given: the OS support columns do not move with the calendar.
    let args = [
        rv,
        "-t",
        "asr-vmware,azure-migrate",
        "--as-of",
        "2026-06-01",
    ];
    let en = csv_report(&args, "en");
    insta::assert_snapshot!("csv_report_rvtools_4x", en);
    let mut r = csv::Reader::from_reader(en.as_bytes());
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    // The report's first columns stay in place, by their English names.
    assert_eq!(
        headers[..11],
        [
            "name",
            "source",
            "target",
            "edition",
            "readiness",
            "blocking_rules",
            "conditions",
            "dr_verdict",
            "fully_checked",
            "not_checked",
            "note"
        ]
    );
    let col = |h: &str| headers.iter().position(|x| x == h).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let machines = rows.iter().filter(|r| &r[4] != "skipped").count();
    assert_eq!(machines % 2, 0, "one row per machine and target");
    for row in rows.iter().filter(|r| &r[4] != "skipped") {
        for h in [
            "cores",
            "memory_gb",
            "disks",
            "provisioned_gb",
            "largest_disk_gb",
            "row",
        ] {
            let v = &row[col(h)];
            assert!(
                v.is_empty() || (v.parse::<f64>().is_ok() && !v.contains(',')),
                "{h} is a plain number: {v:?}"
            );
        }
        assert!(
            row[col("os_support")]
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
        );
    }
    let app01 = rows.iter().find(|r| &r[0] == "app01").unwrap();
    assert_eq!(&app01[col("platform")], "vmware");
    assert_eq!(&app01[col("azure_size")], "Standard_D4s_v5");
    assert_eq!(&app01[col("sheet")], "vInfo");
    // Korean headers, the same values.
    let ko = csv_report(&args, "ko");
    let first = ko.lines().next().unwrap();
    assert!(
        first.starts_with("이름,원본,대상,버전,준비 상태,"),
        "{first}"
    );
    assert!(
        first.contains("메모리(GB)") && first.ends_with(",파일,시트,행"),
        "{first}"
    );
    assert_eq!(ko.lines().nth(1), en.lines().nth(1));
}

/// Inventory text in the new columns (the OS as written, the file and sheet) is guarded as the
/// name always was: no cell of the CSV starts as a formula.
#[test]
fn the_csv_report_runs_no_formula_in_any_column() {
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("evil.csv");
    std::fs::write(
        &inv,
        "Name,Operating system,OS disk (GB),Generation\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",+Windows Server 2016,127,1\n@SUM(A1),=1+1,127,1\nweb,-cmd,127,1\n",
    )
    .unwrap();
    let text = csv_report(&[s(&inv), "-t", "asr-hyperv"], "en");
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut cells = 0;
    for row in r.records() {
        for cell in row.unwrap().iter() {
            cells += 1;
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula: {cell:?} in {text}"
            );
        }
    }
    assert!(cells > 27 * 3, "{text}");
    assert!(
        text.contains(",'=1+1,")
            && text.contains(",'-cmd,")
            && text.contains(",'+Windows Server 2016,"),
        "{text}"
    );
}

/// A Korean CSV report written into an assessed folder is told as a report, as the English
/// one is, and never read back as an inventory.
#[test]
fn a_korean_csv_report_is_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(Q1, dir.path().join("inv.csv")).unwrap();
    let report = dir.path().join("보고서.csv");
    let o = rehost(&["assess", s(dir.path()), "-o", s(&report), "--lang", "ko"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = crate::common::assess_json(&[s(dir.path())]);
    assert_eq!(v["machines"].as_array().unwrap().len(), 4);
}
