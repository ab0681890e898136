//! The caps on what a file can make rehost build (`src/limits.rs`), one hostile input per
//! class, generated here (no binaries committed): each tiny file must end in exit status 2 with
//! a message naming it, within a minute and in bounded memory. rehost runs under an
//! address-space limit of 3 GiB, so an unbounded allocation fails the run (an abort, not exit
//! 2) instead of taking the machine, and its peak resident memory must stay under 2 GiB.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use zip::write::SimpleFileOptions;

struct Run {
    code: Option<i32>,
    stderr: String,
    stdout: String,
    peak_mib: u64,
    secs: f64,
}

/// Runs rehost under `ulimit -v` (3 GiB), killed after 90 s; its peak RSS read from `wait4`.
fn run(args: &[&str]) -> Run {
    let mut script = String::from("ulimit -v 3145728; exec \"$0\"");
    for i in 0..args.len() {
        script.push_str(&format!(" \"${}\"", i + 1));
    }
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_rehost"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watch = done.clone();
    std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(90) {
            if watch.load(std::sync::atomic::Ordering::Relaxed) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        unsafe { libc::kill(pid, libc::SIGKILL) };
    });
    let start = Instant::now();
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(r, pid);
    let secs = start.elapsed().as_secs_f64();
    std::mem::forget(child); // reaped above
    Run {
        code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        peak_mib: usage.ru_maxrss as u64 / 1024,
        secs,
    }
}

/// Refused: exit 2, one line naming `file` and saying `words`, within a minute, under 2 GiB.
fn refused(r: &Run, file: &str, words: &str) {
    assert_eq!(r.code, Some(2), "{file}: {}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(file) && r.stderr.contains(words),
        "wants {file:?} and {words:?}: {}",
        r.stderr
    );
    bounded(r);
}

fn bounded(r: &Run) {
    assert!(r.secs < 60.0, "took {:.1} s", r.secs);
    assert!(r.peak_mib < 2048, "peak {} MiB", r.peak_mib);
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#;
const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>"#;

/// Raw XML pieces written in a stream (a part may be hundreds of megabytes inflated).
type Part<'a> = &'a mut dyn FnMut(&mut dyn Write);

/// An xlsx whose sheet, shared strings and styles are written by the callers, as raw XML.
fn xlsx(path: &Path, sheet: Part<'_>, strings: Part<'_>, styles: Option<Part<'_>>) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let o = SimpleFileOptions::default().compression_level(Some(1));
    for (name, text) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    ] {
        z.start_file(name, o).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    }
    z.start_file("xl/styles.xml", o).unwrap();
    match styles {
        Some(f) => f(&mut z),
        None => z.write_all(STYLES.as_bytes()).unwrap(),
    }
    z.start_file("xl/sharedStrings.xml", o).unwrap();
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#).unwrap();
    strings(&mut z);
    z.write_all(b"</sst>").unwrap();
    z.start_file("xl/worksheets/sheet1.xml", o).unwrap();
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#).unwrap();
    sheet(&mut z);
    z.write_all(b"</sheetData></worksheet>").unwrap();
    z.finish().unwrap();
}

/// A header row (`Name`, `Cores` as shared strings 0 and 1) and `rows` machines.
fn header(w: &mut dyn Write) {
    w.write_all(br#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#)
        .unwrap();
}

fn header_strings(w: &mut dyn Write) {
    w.write_all(b"<si><t>Name</t></si><si><t>Cores</t></si>")
        .unwrap();
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn millions_of_empty_shared_strings_are_refused() {
    let d = tmp();
    let f = d.path().join("empty-strings.xlsx");
    xlsx(
        &f,
        &mut header,
        &mut |w| {
            header_strings(w);
            let block = b"<si/>".repeat(100_000);
            for _ in 0..90 {
                w.write_all(&block).unwrap();
            }
        },
        None,
    );
    assert!(
        std::fs::metadata(&f).unwrap().len() < 1 << 20,
        "a tiny file"
    );
    refused(
        &run(&["assess", p(&f)]),
        p(&f),
        "the shared-string table has more than 8000000 entries",
    );
}

#[test]
fn one_huge_shared_string_is_refused_before_it_is_built() {
    let d = tmp();
    let f = d.path().join("huge-string.xlsx");
    xlsx(
        &f,
        &mut header,
        &mut |w| {
            header_strings(w);
            w.write_all(b"<si><t>").unwrap();
            let block = vec![b'x'; 1 << 20];
            for _ in 0..200 {
                w.write_all(&block).unwrap();
            }
            w.write_all(b"</t></si>").unwrap();
        },
        None,
    );
    refused(
        &run(&["assess", p(&f)]),
        p(&f),
        "shared string 2 is over the cap of 1048576 bytes of XML for one cell",
    );
}

#[test]
fn one_long_string_in_every_row_is_refused_by_the_text_cap() {
    let d = tmp();
    let f = d.path().join("copied-string.xlsx");
    xlsx(
        &f,
        &mut |w| {
            header(w);
            for r in 2..200_000 {
                write!(
                    w,
                    r#"<row r="{r}"><c r="A{r}" t="s"><v>2</v></c><c r="B{r}"><v>2</v></c></row>"#
                )
                .unwrap();
            }
        },
        &mut |w| {
            header_strings(w);
            w.write_all(b"<si><t>").unwrap();
            w.write_all(&[b'v'; 30_000]).unwrap();
            w.write_all(b"</t></si>").unwrap();
        },
        None,
    );
    refused(
        &run(&["assess", p(&f)]),
        p(&f),
        "the cells' text passes the cap of 536870912 bytes on one file",
    );
}

/// 100,000 custom number formats and as many cell formats: read in seconds (the fast
/// reader's list search made this half a minute, 200,000 never finished); past the cap,
/// refused.
#[test]
fn many_number_formats_are_read_in_linear_time_and_capped() {
    let d = tmp();
    let styles = |n: usize| {
        move |w: &mut dyn Write| {
            w.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>"#).unwrap();
            for i in 0..n {
                write!(w, r#"<numFmt numFmtId="{}" formatCode="0.{i}"/>"#, 200 + i).unwrap();
            }
            w.write_all(b"</numFmts><cellXfs>").unwrap();
            for i in 0..n {
                write!(w, r#"<xf numFmtId="{}"/>"#, 200 + i).unwrap();
            }
            w.write_all(b"</cellXfs></styleSheet>").unwrap();
        }
    };
    let machine = |w: &mut dyn Write| {
        header(w);
        w.write_all(br#"<row r="2"><c r="A2" t="inlineStr"><is><t>vm1</t></is></c><c r="B2" s="7"><v>2</v></c></row>"#).unwrap();
    };
    let ok = d.path().join("formats.xlsx");
    xlsx(
        &ok,
        &mut { machine },
        &mut header_strings,
        Some(&mut styles(100_000)),
    );
    let r = run(&["assess", p(&ok), "--format", "json", "-o", "-"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.secs < 20.0, "100,000 formats took {:.1} s", r.secs);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["machines"][0]["cores"], 2);

    let bad = d.path().join("too-many-formats.xlsx");
    xlsx(
        &bad,
        &mut { machine },
        &mut header_strings,
        Some(&mut styles(140_000)),
    );
    refused(
        &run(&["assess", p(&bad)]),
        p(&bad),
        "the styles hold more than 262144 number and cell formats",
    );
}

/// An ODS: the mimetype first, stored, then `content.xml` as given.
fn ods(path: &Path, content: &str) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("mimetype", stored).unwrap();
    z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    z.start_file("content.xml", SimpleFileOptions::default())
        .unwrap();
    z.write_all(content.as_bytes()).unwrap();
    z.start_file("META-INF/manifest.xml", SimpleFileOptions::default())
        .unwrap();
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    z.finish().unwrap();
}

fn ods_content(rows: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="VMs"><table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Cores</text:p></table:table-cell></table:table-row>{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
}

#[test]
fn ods_repeats_are_counted_before_they_are_expanded() {
    let d = tmp();
    // A row of 16,384 cells, repeated 6,000 times: a file under a kilobyte that asks calamine
    // for 98 million cells (within its own cap of 100 million; 5.5 GB).
    let f = d.path().join("repeats.ods");
    ods(
        &f,
        &ods_content(
            r#"<table:table-row table:number-rows-repeated="6000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"/></table:table-row>"#,
        ),
    );
    assert!(std::fs::metadata(&f).unwrap().len() < 2048, "a tiny file");
    refused(
        &run(&["assess", p(&f)]),
        p(&f),
        "sheet \"VMs\"'s repeat attributes (number-rows-repeated, number-columns-repeated) stand for",
    );
    // The tail LibreOffice writes (empty rows repeated to the sheet's end) costs nothing, and
    // a real table with repeats reads as before.
    let ok = d.path().join("libreoffice.ods");
    ods(
        &ok,
        &ods_content(
            r#"<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="string"><text:p>vm</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="2"/><table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#,
        ),
    );
    let r = run(&["assess", p(&ok), "--format", "json", "-o", "-"]);
    assert!(matches!(r.code, Some(0 | 1)), "{}", r.stderr);
    bounded(&r);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["machines"].as_array().unwrap().len(), 3);
    // A repeated cell whose text is a megabyte and more is refused before it is cloned.
    let long = d.path().join("long-cell.ods");
    ods(
        &long,
        &ods_content(&format!(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell></table:table-row>"#,
            "x".repeat(2 << 20)
        )),
    );
    refused(
        &run(&["assess", p(&long)]),
        p(&long),
        "sheet \"VMs\": A2 is over the cap of 1048576 bytes of XML for one cell",
    );
}

/// A FIFO at `path` (nothing ever writes to it: opening it to read would wait for ever).
fn fifo(path: &Path) -> PathBuf {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    path.to_path_buf()
}

#[test]
fn devices_pipes_and_links_to_them_are_not_read() {
    let d = tmp();
    let inv = "inventories/exam/seed-q1-asr-hyperv-vmm.csv";
    refused(
        &run(&["assess", "/dev/zero"]),
        "/dev/zero",
        "is a device, not a regular inventory file",
    );
    let pipe = fifo(&d.path().join("inventory.csv"));
    refused(
        &run(&["assess", p(&pipe)]),
        p(&pipe),
        "is a pipe (FIFO), not a regular inventory file",
    );
    // A `*.toml` in a rules folder that links to /dev/zero.
    let rules = d.path().join("rules");
    std::fs::create_dir_all(rules.join("asr-vmware")).unwrap();
    let link = rules.join("asr-vmware/2030-01-01.toml");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    refused(
        &run(&["assess", inv, "--rules", p(&rules)]),
        p(&link),
        "is a device, not a regular rule file",
    );
    refused(
        &run(&["rules", "check", p(&link)]),
        p(&link),
        "is a device, not a regular rule file",
    );
    refused(
        &run(&["assess", inv, "--prices", "/dev/zero"]),
        "/dev/zero",
        "is a device, not a regular prices file",
    );
    let policy = fifo(&d.path().join("policy.toml"));
    refused(
        &run(&["assess", inv, "--dr-policy", p(&policy)]),
        p(&policy),
        "is a pipe (FIFO), not a regular DR policy file",
    );
    // In Korean too.
    let r = run(&["assess", inv, "--dr-policy", p(&policy), "--lang", "ko"]);
    refused(&r, p(&policy), "DR 정책 파일이 아니라 파이프(FIFO)입니다");
    // Too large: checked on the size before a byte is read (a sparse file).
    let big = d.path().join("prices.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len((256 << 20) + 1)
        .unwrap();
    refused(
        &run(&["assess", inv, "--prices", p(&big)]),
        p(&big),
        "too large: 268435457 bytes is over the 268435456 byte cap on one prices file",
    );
}

const MATRIX_HEAD: &str = "[matrix]\ntarget = \"asr-vmware\"\ntitle = \"t\"\nedition = \"2030-01-01\"\nsource = \"https://e.org\"\napplies_to = [\"vmware\"]\n";

fn rule(id: usize, message: &str) -> String {
    format!(
        "\n[[rule]]\nid = \"BIG-{id}\"\ntitle = \"t\"\nseverity = \"blocker\"\nmessage = \"{message}\"\nremediation = \"r\"\nreference = \"https://e.org#a\"\ncheck = {{ kind = \"cores-max\", max = 4 }}\n"
    )
}

/// A rule file whose text would be written for every machine: refused at load, one row per cap
/// just inside and just outside.
#[test]
fn rule_files_that_multiply_through_every_machine() {
    let d = tmp();
    let inv = "inventories/exam/seed-q1-asr-hyperv-vmm.csv";
    let cases: Vec<(String, Option<&str>)> = vec![
        (rule(1, &"m".repeat(2_000)), None),
        (
            rule(1, &"m".repeat(2_001)),
            Some("too long: rule BIG-1's message has 2001 characters, over the cap of 2000"),
        ),
        (rule(1, &"{name}".repeat(12)), None),
        (
            rule(1, &"{name}".repeat(13)),
            Some("too many: rule BIG-1's message has 13 placeholders, over the cap of 12"),
        ),
        ((0..1_000).map(|i| rule(i, "m")).collect(), None),
        (
            (0..1_001).map(|i| rule(i, "m")).collect(),
            Some("too large: 1001 rules is over the cap of 1000 in one matrix"),
        ),
        (
            format!("{}# {}\n", rule(1, "m"), "x".repeat(1 << 20)),
            Some("byte cap on one rule file"),
        ),
    ];
    for (i, (rules, words)) in cases.into_iter().enumerate() {
        let dir = d.path().join(format!("r{i}"));
        std::fs::create_dir_all(dir.join("asr-vmware")).unwrap();
        let f = dir.join("asr-vmware/2030-01-01.toml");
        std::fs::write(&f, format!("{MATRIX_HEAD}{rules}")).unwrap();
        let r = run(&[
            "assess",
            inv,
            "--rules",
            p(&dir),
            "--format",
            "json",
            "-o",
            "-",
        ]);
        match words {
            None => assert!(matches!(r.code, Some(0 | 1)), "case {i}: {}", r.stderr),
            Some(w) => {
                refused(&r, p(&f), w);
                refused(&run(&["rules", "check", p(&f)]), p(&f), w);
            }
        }
    }
}

/// A machine name longer than a workbook cell: cut at import with a record, and the workbook
/// is written (it failed on a 32,768-character name).
#[test]
fn a_name_longer_than_a_workbook_cell_is_cut_with_a_record() {
    let d = tmp();
    let csv = d.path().join("long-name.csv");
    std::fs::write(
        &csv,
        format!(
            "Name,Cores\n{},2\n{},2\nvm3,2\n",
            "a".repeat(32_767),
            "b".repeat(32_768)
        ),
    )
    .unwrap();
    let out = d.path().join("r.xlsx");
    let r = run(&["assess", p(&csv), "-o", p(&out)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let r = run(&["assess", p(&csv), "--format", "json", "-o", "-"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let names: Vec<&str> = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names[0].len(), 32_767, "a name that fits is whole");
    assert!(
        names[1].ends_with("…[cut at 32,767 characters]")
            && names[1].encode_utf16().count() == 32_767,
        "{}",
        names[1].len()
    );
    let cut: Vec<&serde_json::Value> = v["data_quality"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("cut at import"))
        .collect();
    assert_eq!(cut.len(), 1, "{cut:?}");
    assert_eq!(cut[0]["row"], 3);
}

/// Rows and machines: a 12 MB CSV of 1,048,577 three-cell rows (one past the rows a sheet
/// holds) and two files that together pass the machines one run holds are refused in bounded
/// memory, where a 50 MB file of 4 million rows took 3.6 GB.
#[test]
fn rows_past_a_sheet_and_machines_past_a_run_are_refused() {
    let d = tmp();
    let write = |name: &str, rows: usize| {
        let path = d.path().join(name);
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        writeln!(f, "Name,Cores,Memory (GB)").unwrap();
        for i in 0..rows {
            writeln!(f, "{name}-{i},2,8").unwrap();
        }
        f.flush().unwrap();
        path
    };
    let one = write("rows.csv", (1 << 20) + 1);
    refused(
        &run(&["assess", p(&one), "-t", "azure-migrate"]),
        p(&one),
        "over the cap of 1048576 data rows in one CSV",
    );
    let (a, b) = (write("a.csv", 600_000), write("b.csv", 600_000));
    refused(
        &run(&["assess", p(&a), p(&b), "-t", "azure-migrate"]),
        p(&b),
        "the run holds more than 1048576 machines",
    );
    // Just inside: a million rows are read (the scale the README measures).
    let fine = write("fine.csv", 1_000_000);
    let r = run(&["inspect", p(&fine)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    bounded(&r);
}

/// An xls whose one 30,000-character shared string is named by 100,000 cells: 1.4 MB on disk,
/// 3 GB of text once calamine gives every cell its copy. Counted from the records first and
/// refused.
#[test]
fn an_xls_shared_string_named_by_every_cell_is_refused_before_it_is_built() {
    fn rec(out: &mut Vec<u8>, kind: u16, body: &[u8]) {
        out.extend(kind.to_le_bytes());
        out.extend((body.len() as u16).to_le_bytes());
        out.extend(body);
    }
    let bof = |dt: u16| {
        let mut d = 0x0600u16.to_le_bytes().to_vec();
        d.extend(dt.to_le_bytes());
        d.extend([0xBB, 0x0D, 0xCC, 0x07, 0, 0, 0, 0, 6, 0, 0, 0]);
        d
    };
    let chars = 30_000usize;
    let mut globals = Vec::new();
    rec(&mut globals, 0x0809, &bof(0x0005));
    rec(&mut globals, 0x0042, &1200u16.to_le_bytes());
    let bound_len = 4 + 6 + 2 + 6; // BOUNDSHEET with the name "Sheet1"
    // SST: one string, its characters over the SST record and CONTINUE records.
    let mut sst = Vec::new();
    let mut body = 100_000u32.to_le_bytes().to_vec();
    body.extend(1u32.to_le_bytes());
    body.extend((chars as u16).to_le_bytes());
    body.push(0);
    let first = 8000usize;
    body.extend(std::iter::repeat_n(b'x', first));
    rec(&mut sst, 0x00FC, &body);
    let mut left = chars - first;
    while left > 0 {
        let n = left.min(8000);
        let mut c = vec![0u8];
        c.extend(std::iter::repeat_n(b'y', n));
        rec(&mut sst, 0x003C, &c);
        left -= n;
    }
    let sheet_at = globals.len() + bound_len + sst.len() + 4;
    let mut bs = (sheet_at as u32).to_le_bytes().to_vec();
    bs.extend([0, 0, 6, 0]);
    bs.extend(b"Sheet1");
    rec(&mut globals, 0x0085, &bs);
    globals.extend(sst);
    rec(&mut globals, 0x000A, &[]);
    assert_eq!(globals.len(), sheet_at);
    let mut sheet = Vec::new();
    rec(&mut sheet, 0x0809, &bof(0x0010));
    for i in 0..100_000u32 {
        let mut d = ((i / 2) as u16).to_le_bytes().to_vec();
        d.extend(((i % 2) as u16).to_le_bytes());
        d.extend([0, 0]);
        d.extend(0u32.to_le_bytes());
        rec(&mut sheet, 0x00FD, &d);
    }
    rec(&mut sheet, 0x000A, &[]);
    globals.extend(sheet);
    // Version 3 (512-byte sectors), as Excel writes an xls and calamine reads it.
    let mut cf =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, std::io::Cursor::new(Vec::new()))
            .unwrap();
    cf.create_stream("/Workbook")
        .unwrap()
        .write_all(&globals)
        .unwrap();
    cf.flush().unwrap();
    let d = tmp();
    let path = d.path().join("shared.xls");
    std::fs::write(&path, cf.into_inner().into_inner()).unwrap();
    refused(
        &run(&["assess", p(&path)]),
        p(&path),
        "(a shared string is copied into every cell that refers to it)",
    );
}

/// `rehost diff` reads its two reports only if they are regular files: a pipe would be
/// waited on for ever.
#[test]
fn diff_refuses_a_pipe_for_a_report() {
    let d = tmp();
    let pipe = fifo(&d.path().join("old.json"));
    refused(
        &run(&["diff", p(&pipe), p(&pipe)]),
        p(&pipe),
        "not a regular file, so not a report",
    );
}

/// A folder's pipe and inner folder are not read, and each is named in data quality: nothing
/// in an assessed folder is passed over without a word.
#[test]
fn what_a_folder_holds_and_is_not_read_is_named() {
    let d = tmp();
    let dir = d.path().join("export");
    std::fs::create_dir_all(dir.join("older")).unwrap();
    std::fs::copy(
        "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
        dir.join("inventory.csv"),
    )
    .unwrap();
    let pipe = fifo(&dir.join("feed.csv"));
    let r = run(&["inspect", p(&dir)]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    bounded(&r);
    assert!(
        r.stdout
            .contains("not a regular file (a pipe, a device or a socket): not read")
            && r.stdout.contains(p(&pipe)),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("a folder inside the folder: not read"),
        "{}",
        r.stdout
    );
}
