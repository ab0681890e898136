//! No row is lost without a word: a corpus of damaged and unusual inventories, each generated
//! here (no binary is committed), one test per kind of damage. Every test checks that every
//! row written ends as a machine or as a skipped row naming its row and why (rows in =
//! machines + skipped rows), and that the good rows around the damage are read right.

use std::io::Write;

use rehost::inventory::{Inventory, Issue, XlsxReader, import_bytes, read_xlsx_sheets};

/// A generated inventory, imported; every sheet's rows accounted for.
fn import(name: &str, bytes: Vec<u8>) -> Inventory {
    let inv = import_bytes(name, bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    for s in &inv.sheets {
        assert_eq!(
            s.rows_read,
            s.machines + s.attached + s.skipped,
            "{name} {:?}",
            s.sheet
        );
        let named = inv
            .data_quality
            .iter()
            .filter(|d| d.issue == Issue::Skipped && d.sheet == s.sheet && d.row.is_some())
            .count();
        assert_eq!(
            named, s.skipped,
            "{name} {:?}: each skipped row named",
            s.sheet
        );
    }
    inv
}

/// (row, why) of every skipped row.
fn skipped(inv: &Inventory) -> Vec<(u32, String)> {
    inv.data_quality
        .iter()
        .filter(|d| d.issue == Issue::Skipped)
        .map(|d| (d.row.unwrap(), d.message.to_string()))
        .collect()
}

fn names(inv: &Inventory) -> Vec<&str> {
    inv.machines.iter().map(|m| m.name.as_str()).collect()
}

/// `rows` data rows under a four-column header, `vm0001` … (line n + 1 holds `vm{n}`).
fn servers(rows: usize) -> Vec<String> {
    let mut lines = vec!["Name,Cores,Memory (GB),Operating system".to_string()];
    lines.extend((1..=rows).map(|i| format!("vm{i:04},2,8,Windows Server 2019")));
    lines
}

#[test]
fn a_stray_quote_swallows_no_rows() {
    // One quote never closed, in the last cell of row 500 of 1,000.
    let mut lines = servers(1000);
    lines[500] = "vm0500,2,8,\"Windows Server 2019".into();
    let inv = import("quote.csv", (lines.join("\n") + "\n").into_bytes());
    assert_eq!(inv.machines.len(), 1000, "rows in = machines");
    let m = &inv.machines[499];
    assert_eq!((m.name.as_str(), m.source.row), ("vm0500", 501));
    assert_eq!(
        m.os.known().map(|o| o.raw.as_str()),
        Some("Windows Server 2019")
    );
    assert_eq!(inv.machines[500].name, "vm0501");
    assert_eq!(inv.machines[500].source.row, 502);
    let dq: Vec<_> = inv
        .data_quality
        .iter()
        .filter(|d| d.cell.as_deref() == Some("quote.csv!D501"))
        .collect();
    assert_eq!(dq.len(), 1, "{:?}", inv.data_quality);
    assert_eq!(dq[0].machine.as_deref(), Some("vm0500"));
    assert!(dq[0].message.to_string().contains("never closed"));

    // Two stray quotes one row apart (the second opening a cell of the next row), a quote in a
    // middle cell, and a note that really spans lines: every row is its own machine again.
    let mut lines = vec!["Name,Cores,Memory (GB),Operating system,Notes".to_string()];
    lines
        .extend((1..=10).map(|i| format!("vm{i:02},2,8,\"Windows Server 2019, Datacenter\",n{i}")));
    lines[3] = "vm03,\"2,8,Windows Server 2019,n3".into();
    lines[7] = "vm07,2,8,Windows Server 2019,\"first line\nsecond, line\nend\"".into();
    let inv = import("quotes.csv", (lines.join("\n") + "\n").into_bytes());
    assert_eq!(inv.machines.len(), 10, "{:?}", names(&inv));
    let vm03 = &inv.machines[2];
    assert_eq!(
        vm03.cores.known(),
        Some(&2),
        "the stray quote taken off its cell"
    );
    assert_eq!(inv.machines[3].name, "vm04");
    let vm07 = &inv.machines[6];
    assert_eq!(
        vm07.tags.iter().find(|(h, _)| h == "Notes").unwrap().1,
        "first line\nsecond, line\nend"
    );
    assert_eq!(
        inv.machines[7].source.row, 11,
        "rows after a note spanning lines keep their lines"
    );

    // Two stray quotes in different columns, the second closing the first two lines on.
    let text = "Name,Cores,Memory (GB),Operating system\nvm1,2,8,Windows Server 2019\nvm2,2,8,\"Windows Server 2019\nvm3,2,8,Windows Server 2019\nvm4,\"2,8,Windows Server 2019\nvm5,2,8,\"Windows Server 2019, Datacenter\"\n";
    let inv = import("paired.csv", text.as_bytes().to_vec());
    assert_eq!(names(&inv), vec!["vm1", "vm2", "vm3", "vm4", "vm5"]);
    let cells: Vec<_> = inv
        .data_quality
        .iter()
        .filter_map(|d| d.cell.clone())
        .collect();
    assert_eq!(cells, vec!["paired.csv!D3", "paired.csv!B5"]);

    // A stray quote every other row, each in the same column: each closes the one before
    // with one row between, and the record comes out as wide as the header.
    let mut lines = servers(40);
    for line in lines.iter_mut().skip(1).step_by(2) {
        *line = line.replacen(",8,", ",\"8,", 1);
    }
    let inv = import("every-other.csv", (lines.join("\n") + "\n").into_bytes());
    assert_eq!(inv.machines.len(), 40, "{:?}", names(&inv));
}

#[test]
fn every_line_ending_counts_lines() {
    // Row 4 holds `x` for cores: its cell is named C4 whatever ends the lines; a blank line
    // (row 6) counts as a line.
    let text = "Name,Cores\nvm1,2\nvm2,2\nvm3,x\nvm4,2\n\nvm5,2\n";
    for (ending, label) in [("\n", "LF"), ("\r\n", "CRLF"), ("\r", "CR")] {
        let bytes = text.replace('\n', ending).into_bytes();
        let inv = import("lines.csv", bytes);
        let rows: Vec<u32> = inv.machines.iter().map(|m| m.source.row).collect();
        assert_eq!(rows, vec![2, 3, 4, 5, 7], "{label}");
        let bad: Vec<_> = inv
            .data_quality
            .iter()
            .filter_map(|d| d.cell.clone())
            .collect();
        assert_eq!(bad, vec!["lines.csv!B4".to_string()], "{label}");
    }
    // A `#TYPE` line ended by a lone CR is a line too.
    let inv = import("type.csv", b"#TYPE x\rName,Cores\rvm1,2\r".to_vec());
    assert_eq!(inv.machines[0].source.row, 3);
}

#[test]
fn a_repeated_header_is_skipped_not_a_machine() {
    // Two exports joined, and a header printed again every 5 rows.
    let mut lines = servers(4);
    lines.extend(servers(3));
    lines.push("Name,Cores,Memory,OS".into());
    lines.push("vm0100,4,16,Windows Server 2022".into());
    // A machine really called `Name`: values in its other cells, so it stays a machine.
    lines.push("Name,4,16,Windows Server 2022".into());
    let inv = import("joined.csv", (lines.join("\n") + "\n").into_bytes());
    let rows_in = lines.len() - 1;
    assert_eq!(inv.machines.len() + skipped(&inv).len(), rows_in);
    assert!(!names(&inv)[..8].contains(&"Name"), "{:?}", names(&inv));
    assert_eq!(names(&inv).last(), Some(&"Name"));
    assert_eq!(
        skipped(&inv),
        vec![
            (
                6,
                "row 6 repeats the header row (1): not a machine".to_string()
            ),
            (
                10,
                "row 10 repeats the header row (1): not a machine".to_string()
            ),
        ]
    );

    // A workbook with the header every 3 rows, read by the fast reader.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let mut r = 0u32;
    for i in 0..9 {
        if i % 3 == 0 {
            for (c, h) in ["Server name", "Cores", "Memory (GB)"].iter().enumerate() {
                ws.write_string(r, c as u16, *h).unwrap();
            }
            r += 1;
        }
        ws.write_string(r, 0, format!("srv{i}")).unwrap();
        ws.write_number(r, 1, 2).unwrap();
        ws.write_number(r, 2, 8).unwrap();
        r += 1;
    }
    let inv = import("paged.xlsx", wb.save_to_buffer().unwrap());
    assert_eq!(inv.machines.len(), 9, "{:?}", names(&inv));
    assert_eq!(
        skipped(&inv).iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![5, 9]
    );
}

#[test]
fn one_bad_byte_damages_one_cell() {
    let mut text = b"Name,Cores,Operating system\n".to_vec();
    for i in 1..=5 {
        text.extend(format!("서버{i},2,Windows Server 2019\n").into_bytes());
    }
    // A byte that is never UTF-8, after the name on row 4.
    let at = text
        .windows(7)
        .position(|w| w == "서버3".as_bytes())
        .unwrap()
        + 7;
    text.insert(at, 0xFF);
    let inv = import("korean.csv", text);
    assert_eq!(
        names(&inv),
        vec!["서버1", "서버2", "서버3\u{FFFD}", "서버4", "서버5"]
    );
    let bad: Vec<_> = inv
        .data_quality
        .iter()
        .map(|d| (d.issue, d.cell.clone().unwrap_or_default()))
        .collect();
    assert_eq!(bad, vec![(Issue::Invalid, "korean.csv!A4".to_string())]);
    let note = inv.sheets[0]
        .notes
        .iter()
        .map(|n| n.to_string())
        .collect::<String>();
    assert!(note.contains("1 cell(s) hold bytes that are not"), "{note}");
    // A file in Windows-1252 (no UTF-8 in it at all) is still read as such.
    let inv = import("latin.csv", b"Name,Cores\nJos\xE9,2\n".to_vec());
    assert_eq!(names(&inv), vec!["José"]);
}

/// A zip of `(path, text)` entries, deflated.
fn zip_of(entries: &[(&str, String)]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (path, text) in entries {
        let opts = if *path == "mimetype" {
            zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored)
        } else {
            zip::write::SimpleFileOptions::default()
        };
        z.start_file(*path, opts).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// A worksheet's XML: a header and one row a machine, inline strings; `extra` goes into
/// its sheet data (a comment there sends the sheet to calamine).
fn sheet_xml(machines: &[&str], extra: &str) -> String {
    let row = |r: usize, cells: &[&str]| {
        let cells: String = cells
            .iter()
            .enumerate()
            .map(|(c, v)| {
                let col = (b'A' + c as u8) as char;
                match v.parse::<f64>() {
                    Ok(n) => format!("<c r=\"{col}{r}\"><v>{n}</v></c>"),
                    Err(_) => format!("<c r=\"{col}{r}\" t=\"inlineStr\"><is><t>{v}</t></is></c>"),
                }
            })
            .collect();
        format!("<row r=\"{r}\">{cells}</row>")
    };
    let mut rows = row(1, &["Name", "Cores"]);
    for (i, m) in machines.iter().enumerate() {
        rows.push_str(&row(i + 2, &[m, "4"]));
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{extra}{rows}</sheetData></worksheet>"#
    )
}

/// An xlsx whose two sheets are both named `Servers` (Excel refuses it; a script does not).
fn same_name_xlsx(second_extra: &str) -> Vec<u8> {
    let ns = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip_of(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.into(),
        ),
        (
            "_rels/.rels",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ),
        (
            "xl/workbook.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><workbook {ns}><sheets><sheet name="Servers" sheetId="1" r:id="rId1"/><sheet name="Servers" sheetId="2" r:id="rId2"/></sheets></workbook>"#),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>"#),
        ),
        ("xl/worksheets/sheet1.xml", sheet_xml(&["web01", "web02"], "")),
        (
            "xl/worksheets/sheet2.xml",
            sheet_xml(&["db01", "db02", "db03"], second_extra),
        ),
    ])
}

#[test]
fn two_sheets_of_one_name_are_both_read() {
    // The second sheet read by the fast reader, and (a comment in its data) by calamine.
    for extra in ["", "<!-- written by a script -->"] {
        let bytes = same_name_xlsx(extra);
        for reader in [XlsxReader::Fast, XlsxReader::Calamine] {
            let sheets = read_xlsx_sheets(bytes.clone(), reader).unwrap();
            let first_cells: Vec<String> =
                sheets.iter().map(|s| s.rows[1].cells[0].1.text()).collect();
            assert_eq!(first_cells, vec!["web01", "db01"], "{reader:?} {extra:?}");
        }
        let inv = import("same.xlsx", bytes);
        assert_eq!(names(&inv), vec!["web01", "web02", "db01", "db02", "db03"]);
        let sheets: Vec<_> = inv
            .sheets
            .iter()
            .map(|s| s.sheet.as_deref().unwrap())
            .collect();
        assert_eq!(sheets, vec!["Servers", "Servers (2)"]);
        assert_eq!(inv.machines[2].source.sheet.as_deref(), Some("Servers (2)"));
        let notes: Vec<String> = inv.sheets[0].notes.iter().map(|n| n.to_string()).collect();
        assert!(
            notes
                .iter()
                .any(|n| n.contains("a later one is read as \"Servers (2)\"")),
            "{notes:?}"
        );
    }
}

#[test]
fn two_ods_tables_of_one_name_are_both_read() {
    let table = |machines: &[&str]| {
        let cell = |v: &str| {
            format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{v}</text:p></table:table-cell>"
            )
        };
        let mut rows = format!(
            "<table:table-row>{}{}</table:table-row>",
            cell("Name"),
            cell("Cores")
        );
        for m in machines {
            rows.push_str(&format!(
                "<table:table-row>{}<table:table-cell office:value-type=\"float\" office:value=\"4\"><text:p>4</text:p></table:table-cell></table:table-row>",
                cell(m)
            ));
        }
        format!("<table:table table:name=\"Servers\">{rows}</table:table>")
    };
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{}{}</office:spreadsheet></office:body></office:document-content>"#,
        table(&["web01", "web02"]),
        table(&["db01", "db02", "db03"])
    );
    let bytes = zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".into()),
        (
            "META-INF/manifest.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#.into(),
        ),
        ("content.xml", content),
    ]);
    let inv = import("same.ods", bytes);
    assert_eq!(names(&inv), vec!["web01", "web02", "db01", "db02", "db03"]);
    let sheets: Vec<_> = inv
        .sheets
        .iter()
        .map(|s| s.sheet.as_deref().unwrap())
        .collect();
    assert_eq!(sheets, vec!["Servers", "Servers (2)"]);
}

/// One BIFF record: type, length, data.
fn record(out: &mut Vec<u8>, typ: u16, data: &[u8]) {
    out.extend(typ.to_le_bytes());
    out.extend((data.len() as u16).to_le_bytes());
    out.extend(data);
}

fn bof(dt: u16) -> Vec<u8> {
    let mut d = Vec::new();
    d.extend(0x0600u16.to_le_bytes()); // BIFF8
    d.extend(dt.to_le_bytes());
    d.extend(0x0DBBu16.to_le_bytes());
    d.extend(0x07CCu16.to_le_bytes());
    d.extend(0u32.to_le_bytes());
    d.extend(0x0006u32.to_le_bytes());
    d
}

/// An Excel 97 (BIFF8) workbook whose CODEPAGE record says `codepage` (Excel writes 1200;
/// some writers 1252), each sheet a name and rows of text and numbers, its strings stored
/// "compressed" (one byte a character, as BIFF8 stores Latin-1 text).
fn xls(codepage: u16, sheets: &[(&str, Vec<Vec<&str>>)]) -> Vec<u8> {
    let short = |s: &str| {
        let mut d = vec![s.len() as u8, 0];
        d.extend(s.bytes());
        d
    };
    let mut globals = Vec::new();
    record(&mut globals, 0x0809, &bof(0x0005));
    record(&mut globals, 0x0042, &codepage.to_le_bytes());
    let sheet_at = globals.len()
        + sheets
            .iter()
            .map(|(n, _)| 4 + 6 + short(n).len())
            .sum::<usize>()
        + 4;
    let mut streams = Vec::new();
    for (_, rows) in sheets {
        let mut s = Vec::new();
        record(&mut s, 0x0809, &bof(0x0010));
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let mut d = Vec::new();
                d.extend((r as u16).to_le_bytes());
                d.extend((c as u16).to_le_bytes());
                d.extend(0u16.to_le_bytes());
                match v.parse::<f64>() {
                    Ok(n) => {
                        d.extend(n.to_le_bytes());
                        record(&mut s, 0x0203, &d);
                    }
                    Err(_) => {
                        d.extend((v.len() as u16).to_le_bytes());
                        d.push(0); // compressed: one byte a character
                        d.extend(v.bytes());
                        record(&mut s, 0x0204, &d);
                    }
                }
            }
        }
        record(&mut s, 0x000A, &[]);
        streams.push(s);
    }
    let mut at = sheet_at;
    for ((name, _), s) in sheets.iter().zip(&streams) {
        let mut d = (at as u32).to_le_bytes().to_vec();
        d.extend([0, 0]);
        d.extend(short(name));
        record(&mut globals, 0x0085, &d);
        at += s.len();
    }
    record(&mut globals, 0x000A, &[]);
    assert_eq!(globals.len(), sheet_at);
    let mut workbook = globals;
    for s in streams {
        workbook.extend(s);
    }
    let mut cf = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    cf.create_stream("/Workbook")
        .unwrap()
        .write_all(&workbook)
        .unwrap();
    cf.flush().unwrap();
    cf.into_inner().into_inner()
}

#[test]
fn an_xls_that_says_code_page_1252_reads_clean_names() {
    let rows = vec![
        vec!["Name", "Cores", "Operating system"],
        vec!["HV-SQL01", "4", "Windows Server 2016"],
        vec!["HV-FS03", "2", "Windows Server 2012 R2"],
    ];
    for codepage in [1200u16, 1252] {
        let inv = import("cp.xls", xls(codepage, &[("Servers", rows.clone())]));
        assert_eq!(
            names(&inv),
            vec!["HV-SQL01", "HV-FS03"],
            "code page {codepage}"
        );
        assert_eq!(
            inv.machines[0].os.known().map(|o| o.raw.as_str()),
            Some("Windows Server 2016")
        );
    }
}

#[test]
fn an_xls_with_two_sheets_of_one_name_says_which_it_cannot_read() {
    let a = vec![vec!["Name", "Cores"], vec!["web01", "2"]];
    let b = vec![vec!["Name", "Cores"], vec!["db01", "2"], vec!["db02", "2"]];
    let inv = import("same.xls", xls(1200, &[("Servers", a), ("Servers", b)]));
    assert_eq!(inv.sheets.len(), 1, "read once, not twice");
    let notes: Vec<String> = inv.sheets[0].notes.iter().map(|n| n.to_string()).collect();
    assert!(
        notes.iter().any(|n| n.contains("the others are not read")),
        "{notes:?}"
    );
}

#[test]
fn every_report_lists_the_skipped_rows() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("joined.csv");
    let mut lines = servers(3);
    lines.extend(servers(2));
    lines.push("vm0009,,,".into());
    lines.push(",2,8,Windows Server 2019".into());
    std::fs::write(&csv, lines.join("\n") + "\n").unwrap();
    let path = csv.to_str().unwrap();
    let run = |format: &str, lang: &str| {
        let out = crate::common::rehost(&[
            "assess", path, "--format", format, "--lang", lang, "-o", "-",
        ]);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{}",
            crate::common::stderr(&out)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let md = run("md", "en");
    assert!(md.contains("## Rows not read as machines (2)"), "{md}");
    assert!(
        md.contains("| joined.csv row 5 |  | row 5 repeats the header row (1): not a machine |")
    );
    assert!(md.contains("| joined.csv row 9 |  | row 9 has no machine name (Name is empty) |"));
    let ko = run("md", "ko");
    assert!(
        ko.contains("## 머신으로 읽지 않은 행 (2)") && ko.contains("joined.csv 5행"),
        "{ko}"
    );
    let csv = run("csv", "en");
    // Each skipped row with its file, sheet (none in a CSV) and row in the last columns.
    let skipped: Vec<String> = csv
        .lines()
        .filter(|l| l.contains(",skipped,"))
        .map(|l| l.replace(&dir.path().display().to_string(), "DIR"))
        .collect();
    let blanks = ",".repeat(13);
    assert_eq!(
        skipped,
        vec![
            format!(
                ",joined.csv row 5,,,skipped,,,,,,row 5 repeats the header row (1): not a machine,{blanks}DIR/joined.csv,,5"
            ),
            format!(
                ",joined.csv row 9,,,skipped,,,,,,row 9 has no machine name (Name is empty),{blanks}DIR/joined.csv,,9"
            ),
        ]
    );
    let html = run("html", "en");
    assert!(
        html.contains("<h2>Rows not read as machines (2)</h2>"),
        "no section"
    );
    assert!(html.contains(
        "<td>joined.csv row 9</td><td></td><td>row 9 has no machine name (Name is empty)</td>"
    ));
}

/// `--where` moves machines out of scope, never out of the count: every row is still a
/// machine in scope, a machine out of scope (with the condition it fails) or a skipped row.
#[test]
fn where_keeps_every_row_accounted_for() {
    use rehost::estate::scope::{apply, parse};
    let mut lines = vec!["Name,Cores,Memory (GB),Power state,Cluster".to_string()];
    for i in 1..=300 {
        let power = ["poweredOn", "poweredOff", "", "suspended"][i % 4];
        let cluster = ["Prod", "Test", ""][i % 3];
        lines.push(format!("vm{i:04},2,8,{power},{cluster}"));
    }
    lines.push("Name,Cores,Memory,Power state,Cluster".into());
    lines.push(",2,8,poweredOn,Prod".into());
    let rows_in = lines.len() - 1;
    let mut inv = import("scope.csv", (lines.join("\n") + "\n").into_bytes());
    let machines = inv.machines.len();
    assert_eq!(machines + skipped(&inv).len(), rows_in);
    let conditions = vec![
        parse("powerstate=on").unwrap(),
        parse("cluster!=test").unwrap(),
    ];
    let scope = apply(&mut inv, conditions).unwrap();
    assert_eq!(scope.machines_before, machines);
    assert_eq!(
        inv.machines.len() + scope.excluded.len(),
        machines,
        "rows in = rows out"
    );
    assert_eq!(
        inv.machines.len() + scope.excluded.len() + skipped(&inv).len(),
        rows_in
    );
    // i % 4 == 0 is on; of those, i % 3 == 1 (Test) fails the second and i % 3 == 2 (blank)
    // is unknown for it.
    let on: Vec<usize> = (1..=300).filter(|i| i % 4 == 0).collect();
    let kept: Vec<String> = on
        .iter()
        .filter(|i| *i % 3 == 0)
        .map(|i| format!("vm{i:04}"))
        .collect();
    assert_eq!(
        names(&inv),
        kept.iter().map(String::as_str).collect::<Vec<_>>()
    );
    // A blank power state is unknown, not off; a blank cluster is unknown, not "not test".
    let unknown_power = scope
        .excluded
        .iter()
        .filter(|e| e.condition == 0 && e.unknown)
        .count();
    assert_eq!(unknown_power, (1..=300).filter(|i| i % 4 == 2).count());
    let unknown_cluster = scope
        .excluded
        .iter()
        .filter(|e| e.condition == 1 && e.unknown)
        .count();
    assert_eq!(unknown_cluster, on.iter().filter(|i| *i % 3 == 2).count());
    // The order is the inventory's, in and out.
    let rows: Vec<u32> = scope
        .excluded
        .iter()
        .map(|e| e.machine.source.row)
        .collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]));
}
