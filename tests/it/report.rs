//! The reports as written: the workbook read back with calamine and snapshotted sheet by
//! sheet (never its bytes), row counts against the assessment, determinism, inventory text that
//! stays text, and the csv and Markdown forms.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use rehost::engine::Evaluation;
use rehost::inventory;
use rehost::report;
use rehost::rules::{Date, Outcome, RuleSet};

use crate::common::rehost_with as rehost;

/// A sheet as text: one line per row, cells separated by ` | `, numbers as numbers.
fn sheet_text(book: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> (String, Vec<Vec<Data>>) {
    let range = book.worksheet_range(name).unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    let text = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(super::common::cell_text)
                .collect::<Vec<_>>()
                .join(" | ")
                .trim_end_matches([' ', '|'])
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    (text, rows)
}

/// Rows below the header up to the first blank row: a sheet's table.
fn data_rows(rows: &[Vec<Data>]) -> usize {
    rows.iter()
        .skip(1)
        .take_while(|r| r.iter().any(|c| *c != Data::Empty))
        .count()
}

fn workbook(
    file: &str,
    target: &str,
    as_of: Option<&str>,
) -> (Xlsx<Cursor<Vec<u8>>>, usize, usize, usize, usize) {
    let inv = inventory::import(&[file]).unwrap();
    let set = RuleSet::builtin().unwrap();
    let sel = set
        .select(
            &target.split(',').map(String::from).collect::<Vec<_>>(),
            as_of.map(|d| Date::parse(d).unwrap()),
        )
        .unwrap();
    let ev = Evaluation::run(&inv, sel, false);
    let day = Date::parse(as_of.unwrap_or("2026-12-01")).unwrap();
    let bytes = report::xlsx::render(
        &inv,
        &ev,
        &rehost::plan::Planner::new(day),
        rehost::words::Lang::En,
    )
    .unwrap();
    let findings = ev
        .per_machine
        .iter()
        .flatten()
        // Machines a scenario does not cover have no Findings rows under it.
        .filter(|a| a.readiness != rehost::rules::Readiness::NotApplicable)
        .flat_map(|a| &a.findings)
        .filter(|f| matches!(f.outcome, Outcome::Fail | Outcome::Unknown))
        .count();
    let disks = inv.machines.iter().map(|m| m.disks.len()).sum();
    // Machines with a DR target or a churn figure; a sheet with none says so in one row.
    let dr_rows = ev
        .dr
        .iter()
        .flatten()
        .flatten()
        .filter(|d| d.verdict != rehost::dr::DrVerdict::NoTargets || d.churn_mb_per_s.is_some())
        .count()
        .max(1);
    (
        Xlsx::new(Cursor::new(bytes)).unwrap(),
        inv.machines.len(),
        findings,
        disks,
        dr_rows,
    )
}

#[test]
fn workbook_sheets_read_back_and_match_the_assessment() {
    let (mut book, machines, findings, disks, dr_rows) = workbook(
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "asr-hyperv",
        Some("2020-01-27"),
    );
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "Machines",
            "Findings",
            "Disks",
            "DR",
            "Rules",
            "Data quality"
        ]
    );
    for (sheet, want) in [
        ("Machines", machines),
        ("Findings", findings),
        ("Disks", disks),
        ("DR", dr_rows),
    ] {
        let (_, rows) = sheet_text(&mut book, sheet);
        let data_rows = data_rows(&rows);
        assert_eq!(
            data_rows, want,
            "{sheet}: one row per item of the assessment"
        );
    }
    // Rules: a row per matrix and a row per rule of it.
    let set = RuleSet::builtin().unwrap();
    let sel = set
        .select(
            &["asr-hyperv".into()],
            Some(Date::parse("2020-01-27").unwrap()),
        )
        .unwrap();
    let (_, rows) = sheet_text(&mut book, "Rules");
    assert_eq!(rows.len() - 1, 1 + sel.matrices[0].rules.len());
    // Data quality: a row per record (the inventory's and the coverage gaps), then the inputs.
    let inv = inventory::import(&["inventories/exam/seed-q3-asr-hyperv-bitlocker.csv"]).unwrap();
    let ev = Evaluation::run(&inv, sel, false);
    let records = report::summary::data_quality(
        &inv,
        &report::summary::summarise(&inv, &ev, Default::default()),
        Default::default(),
    )
    .len();
    let (_, rows) = sheet_text(&mut book, "Data quality");
    assert_eq!(data_rows(&rows), records);
    // Summary: the readiness row matches the assessment's counts.
    let (summary, _) = sheet_text(&mut book, "Summary");
    // Ready fully checked, ready partly checked (the file has no column for the VMM version,
    // shared VHDs, Fibre Channel, 4K sectors or churn), with conditions fully and partly, not
    // ready, unknown.
    assert!(summary.contains("asr-hyperv | 2020-01-27 | Azure Site Recovery: Hyper-V VMs to Azure (with or without VMM) | 0 | 2 | 0 | 0 | 3 | 0"), "{summary}");
    for sheet in [
        "Summary",
        "Machines",
        "Findings",
        "Disks",
        "DR",
        "Rules",
        "Data quality",
    ] {
        let (text, _) = sheet_text(&mut book, sheet);
        // The run's time is the clock's (workbook_reads_and_prints_for_a_customer pins it).
        insta::with_settings!({filters => vec![(r"Run \| \d{4}-\d\d-\d\d \d\d:\d\d UTC", "Run | [run time]")]}, {
            insta::assert_snapshot!(
                format!("q3_{}", sheet.replace(' ', "_").to_lowercase()),
                text
            );
        });
    }
    // Numbers are numbers: the memory, disk and count columns hold floats, not text.
    let (_, rows) = sheet_text(&mut book, "Machines");
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let col = |h: &str| header.iter().position(|x| x == h).unwrap();
    assert!(matches!(rows[1][col("OS disk (GB)")], Data::Float(f) if f == 127.0));
    assert!(matches!(rows[1][col("Largest data disk (GB)")], Data::Float(f) if f == 1024.0));
}

#[test]
fn real_discovery_export_workbook_counts() {
    let (mut book, machines, findings, disks, dr_rows) = workbook(
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        "asr-vmware,azure-migrate,migrate-vmware-agentless",
        None,
    );
    assert_eq!(machines, 294);
    for (sheet, want) in [
        ("Machines", machines),
        ("Findings", findings),
        ("Disks", disks),
        ("DR", dr_rows),
    ] {
        let (_, rows) = sheet_text(&mut book, sheet);
        let data_rows = data_rows(&rows);
        assert_eq!(data_rows, want, "{sheet}");
    }
    let (summary, _) = sheet_text(&mut book, "Summary");
    // The discovery export has no disk sizes: AM18-DISK-SIZE, a blocker, is not evaluated for
    // any machine, so every ready verdict is ready as far as checked and none fully checked.
    assert!(summary.contains("| Ready, fully checked | Ready, partly checked | Ready with conditions, fully checked | Ready with conditions, partly checked | Not ready | Unknown | Not applicable |"), "{summary}");
    assert!(summary.contains("azure-migrate | 2025-02-06 | Azure Migrate assessment: Azure VM readiness | 0 | 242 | 0 | 52 | 0 | 0 | 0"), "{summary}");
    // Nor has it the vCenter version (ASRVMW-VCENTER, a blocker, for all 294): the 229 ready
    // and 11 ready with conditions (two CentOS 9 by Update Rollup 67) are all partly checked;
    // the 11 not ready and 43 unknown are not.
    assert!(summary.contains("asr-vmware | 2026-04-06 | Azure Site Recovery: VMware VMs and physical servers to Azure | 0 | 229 | 0 | 11 | 11 | 43 | 0"), "{summary}");
    // Which blockers they were not checked against, and for how many machines: every
    // eligible one for a column the file lacks altogether.
    assert!(summary.contains("azure-migrate | AM18-DISK-SIZE | Disk size | 294 | the inventory has no column for disk sizes"), "{summary}");
    assert!(summary.contains("asr-vmware | ASRVMW-VCENTER | vCenter Server 8.0 (and its updates), 7.0, 6.7 or 6.5 | 240 | the inventory has no column for the management server"), "{summary}");
}

#[test]
fn same_inputs_same_bytes_with_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str| {
        let out = dir.path().join(name);
        let o = rehost(
            &[
                "assess",
                "inventories/dr-example.csv",
                "--dr-policy",
                "inventories/dr-policy.toml",
                "-o",
                out.to_str().unwrap(),
            ],
            &[("SOURCE_DATE_EPOCH", "1700000000")],
        );
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        std::fs::read(out).unwrap()
    };
    let (a, b) = (run("a.xlsx"), run("b.xlsx"));
    assert!(a.len() > 10_000);
    assert_eq!(a, b, "byte-identical workbooks");
}

#[test]
fn inventory_text_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("evil.csv");
    std::fs::write(
        &inv,
        "Name,Operating system,OS disk (GB),Generation\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Windows Server 2016,127,1\n+cmd|' /C calc'!A0,Windows Server 2016,127,1\n@SUM(A1),=1+1,127,1\n",
    )
    .unwrap();
    let xlsx = dir.path().join("out.xlsx");
    let o = rehost(
        &[
            "assess",
            inv.to_str().unwrap(),
            "-t",
            "asr-hyperv",
            "-o",
            xlsx.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(std::fs::read(&xlsx).unwrap())).unwrap();
    let range = book.worksheet_range("Machines").unwrap();
    let names: Vec<Data> = range.rows().skip(1).map(|r| r[0].clone()).collect();
    assert_eq!(
        names,
        [
            Data::String("=HYPERLINK(\"http://x\",\"y\")".into()),
            Data::String("+cmd|' /C calc'!A0".into()),
            Data::String("@SUM(A1)".into())
        ]
    );
    let formulas = book.worksheet_formula("Machines").unwrap();
    assert!(
        formulas.used_cells().next().is_none(),
        "no formula cell anywhere"
    );
    // No hyperlink on the Machines sheet (sheet2): the only links are the ones we made.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&xlsx).unwrap()).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet2.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(!xml.contains("<hyperlink") && !xml.contains("<f>"), "{xml}");
    let mut strings = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/sharedStrings.xml").unwrap(),
        &mut strings,
    )
    .unwrap();
    // Written as a string: inline in the row (constant-memory sheets) or shared.
    assert!(
        strings.contains("=HYPERLINK(") || xml.contains("<is><t>=HYPERLINK("),
        "the name is a string cell"
    );

    let csv = rehost(
        &[
            "assess",
            inv.to_str().unwrap(),
            "-t",
            "asr-hyperv",
            "--format",
            "csv",
        ],
        &[],
    );
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        "{text}"
    );
    assert!(text.contains("'+cmd|' /C calc'!A0"), "{text}");
    assert!(text.contains("'@SUM(A1)"), "{text}");
}

#[test]
fn csv_and_markdown_outputs() {
    let csv = rehost(
        &[
            "assess",
            "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
            "-t",
            "asr-hyperv",
            "--as-of",
            "2020-01-27",
            "--format",
            "csv",
        ],
        &[],
    );
    assert_eq!(csv.status.code(), Some(0));
    let text = String::from_utf8(csv.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // The report's first columns in place; the machine's facts follow (`cli_edges.rs`).
    assert_eq!(
        lines[0],
        "name,source,target,edition,readiness,blocking_rules,conditions,dr_verdict,fully_checked,not_checked,note,\
         unknown_rules,platform,os_as_written,os_as_read,os_support,support_ends,firmware,cores,memory_gb,\
         disks,provisioned_gb,largest_disk_gb,azure_size,file,sheet,row"
    );
    assert_eq!(lines.len(), 5, "one row per machine × target");
    // SQL1 is ready as far as the file's columns let rehost check.
    assert!(
        lines[4].contains(
            ",ready,,,no-targets,false,ASRHV-SHARED-VHD;ASRHV-FC-DISK;ASRHV-4K-SECTOR;ASRHV-DR-CHURN,,"
        ),
        "{}",
        lines[4]
    );
    assert!(lines[1].starts_with("DC1,inventories/exam/seed-q1-asr-hyperv-vmm.csv!2,asr-hyperv,2020-01-27,not-ready,ASRHV-OSDISK-GEN2,"), "{}", lines[1]);

    let md = rehost(
        &[
            "assess",
            "inventories/exam/seed-q1-asr-hyperv-vmm.csv",
            "-t",
            "asr-hyperv",
            "--as-of",
            "2020-01-27",
            "--format",
            "md",
        ],
        &[],
    );
    let text = String::from_utf8(md.stdout).unwrap();
    assert!(text.starts_with("# Migration readiness"), "{text}");
    assert!(
        text.contains("| asr-hyperv | 2020-01-27 | 0 | 1 | 0 | 0 | 3 | 0 | 0 |"),
        "{text}"
    );
    assert!(
        text.contains("- asr-hyperv: 4 blocking rule(s) not checked: `ASRHV-SHARED-VHD`"),
        "{text}"
    );
    assert!(
        text.contains("| CA1 | not-ready | ASRHV-BITLOCKER: BitLocker is on"),
        "{text}"
    );
}

/// The Summary sheet counts machines a scenario does not cover in their own column.
#[test]
fn summary_sheet_counts_not_applicable_apart() {
    let (mut book, machines, ..) = workbook(
        "tests/fixtures/rvtools-4x.xlsx",
        "asr-vmware,asr-hyperv",
        None,
    );
    assert_eq!(machines, 4);
    let (summary, _) = sheet_text(&mut book, "Summary");
    assert!(
        summary.contains("| Unknown | Not applicable | Source"),
        "{summary}"
    );
    assert!(
        summary.contains("asr-hyperv | 2026-09-11 | Azure Site Recovery: Hyper-V VMs to Azure (with or without VMM) | 0 | 0 | 0 | 0 | 0 | 0 | 4 | matrix page"),
        "{summary}"
    );
}

/// The workbook a customer prints: read back from the file's own XML, the Summary says when
/// the run was and which editions; links say what they open; long text wraps; the wide
/// sheets print landscape at a readable scale with the header row and machine name on every
/// page, the short ones one page wide.
#[test]
fn workbook_reads_and_prints_for_a_customer() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dr.xlsx");
    let out = crate::common::rehost_with(
        &[
            "assess",
            "inventories/dr-example.csv",
            "--dr-policy",
            "inventories/dr-policy.toml",
            "--as-of",
            "2026-12-01",
            "-o",
            path.to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", "1764662400")],
    );
    assert_eq!(out.status.code(), Some(0));
    // The Summary, as a reader sees it.
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let summary = book.worksheet_range("Summary").unwrap();
    let text: Vec<String> = summary
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    assert!(
        text.iter()
            .any(|l| l.starts_with("Run | 2025-12-02 08:00 UTC |")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|l| l.starts_with("Editions | asr-vmware 2026-04-06, asr-hyperv 2026-09-11")),
        "{text:#?}"
    );
    // The file's XML: links, wrapping, print setup.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut part = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let workbook = part("xl/workbook.xml");
    let sheets: Vec<String> = (1..=7)
        .map(|i| part(&format!("xl/worksheets/sheet{i}.xml")))
        .collect();
    let styles = part("xl/styles.xml");
    let shared = part("xl/sharedStrings.xml");
    // Descriptive link text, never a bare "page".
    assert!(shared.contains(">matrix page<"), "link text");
    assert!(!shared.contains(">page<"), "a link reads 'page'");
    // Wrapped text exists as a style, and Findings rows (sheet 3) whose message wraps are
    // given the height of their lines (a print does not grow them by itself).
    assert!(styles.contains("wrapText=\"1\""));
    assert!(
        sheets[2].contains("ht=\"30\" customHeight=\"1\"")
            || sheets[2].contains("ht=\"45\" customHeight=\"1\""),
        "no row of Findings is grown for its wrapped text"
    );
    // Landscape everywhere; the Summary (sheet 1) and the table sheets one page wide with
    // row 1 on every page (`workbook_prints_on_few_pages_with_nothing_cut` reads the 133-VM
    // export's print setup in detail).
    for (i, xml) in sheets.iter().enumerate() {
        assert!(xml.contains("orientation=\"landscape\""), "sheet {}", i + 1);
        assert!(xml.contains("fitToPage=\"1\""), "sheet {}", i + 1);
    }
    for name in ["Machines", "Findings", "Disks", "DR", "Data quality"] {
        assert!(
            workbook.contains(&format!("'{name}'!$1:$1"))
                || workbook.contains(&format!("{name}!$1:$1")),
            "{name}: print titles in {workbook}"
        );
    }
}

/// Column widths (characters) by column number (1 = A) of a sheet's XML.
fn column_widths(xml: &str) -> std::collections::HashMap<u32, f64> {
    let col = regex::Regex::new(r#"<col min="(\d+)" max="(\d+)" width="([\d.]+)""#).unwrap();
    let mut widths = std::collections::HashMap::new();
    for c in col.captures_iter(xml) {
        let (min, max): (u32, u32) = (c[1].parse().unwrap(), c[2].parse().unwrap());
        for i in min..=max {
            widths.insert(i, c[3].parse().unwrap());
        }
    }
    widths
}

/// A column's number (1 = A) from a cell reference.
fn column_of(cell: &str) -> u32 {
    cell.chars()
        .take_while(|c| c.is_ascii_uppercase())
        .fold(0, |n, c| n * 26 + (c as u32 - 'A' as u32 + 1))
}

/// The workbook as the 133-VM RVTools export prints it (issue 29: 112 pages, text cut, numbers
/// at the bottom of tall rows, `1Standard_F8s_v2`, a finding's fix 20 pages from its rule),
/// read back from the file's XML: every table sheet one page wide, or (Machines) pages side by
/// side printed across then down with the machine on each; the header row on every page;
/// every cell at the top of its row; text after a number set off from it; and no text wider
/// than its column unless it wraps there.
#[test]
fn workbook_prints_on_few_pages_with_nothing_cut() {
    use std::io::Read;
    let si = regex::Regex::new(r"(?s)<si>(.*?)</si>").unwrap();
    let text = regex::Regex::new(r"(?s)<t[^>]*>(.*?)</t>").unwrap();
    let cell =
        regex::Regex::new(r#"(?s)<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?>(.*?)</c>"#)
            .unwrap();
    let value = regex::Regex::new(r"<v>(.*?)</v>").unwrap();
    let sheet_name = regex::Regex::new(r#"<sheet name="([^"]+)""#).unwrap();
    let size_cell = regex::Regex::new(r#"<c r="G4" s="(\d+)""#).unwrap();
    let default_height = regex::Regex::new(r#"defaultRowHeight="([\d.]+)""#).unwrap();
    let row_height = regex::Regex::new(r#"<row r="\d+" ht="([\d.]+)""#).unwrap();
    for lang in ["en", "ko"] {
        let dir = tempfile::tempdir().unwrap();
        let path = consultant_workbook(dir.path(), lang);
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
        let mut part = |name: &str| {
            let mut s = String::new();
            zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
            s
        };
        let workbook = part("xl/workbook.xml");
        let sheets: Vec<String> = (1..=7)
            .map(|i| part(&format!("xl/worksheets/sheet{i}.xml")))
            .collect();
        let styles = part("xl/styles.xml");
        let shared: Vec<String> = si
            .captures_iter(&part("xl/sharedStrings.xml"))
            .map(|c| {
                text.captures_iter(&c[1])
                    .map(|t| t[1].to_string())
                    .collect()
            })
            .collect();
        // The cell formats: which wrap, which sit at the top, which are set off (indented).
        let xfs_block = styles
            .split("<cellXfs")
            .nth(1)
            .and_then(|s| s.split("</cellXfs>").next())
            .unwrap();
        let xfs: Vec<&str> = xfs_block.split("<xf ").skip(1).collect();
        let has = |s: u32, what: &str| {
            xfs[s as usize]
                .split("</xf>")
                .next()
                .unwrap()
                .contains(what)
        };
        let sheet_names = [
            "Machines",
            "Findings",
            "Disks",
            "DR",
            "Rules",
            "Data quality",
        ];
        for (i, xml) in sheets.iter().enumerate().skip(1) {
            let name = sheet_names[i - 1];
            // One page wide (Machines: as few pages side by side as keep a readable scale),
            // landscape, the header row on every page.
            assert!(xml.contains("fitToPage=\"1\""), "{lang} {name}");
            assert!(xml.contains("fitToHeight=\"0\""), "{lang} {name}");
            assert!(!xml.contains("scale="), "{lang} {name}: a fixed scale");
            // The sheet's name as written (Korean in a Korean workbook).
            let written = sheet_name
                .captures_iter(&workbook)
                .nth(i)
                .map(|c| c[1].to_string())
                .unwrap();
            let titles =
                regex::Regex::new(&format!(r"'?{}'?!\$1:\$1", regex::escape(&written))).unwrap();
            if name != "DR" {
                assert!(titles.is_match(&workbook), "{lang} {name}: print titles");
            }
            if name == "Machines" {
                // Too wide for one page at 55 %: pages side by side, printed across then down,
                // the machine's name on each, broken between columns where the code chose.
                assert!(xml.contains("fitToWidth=\"2\"") || xml.contains("fitToWidth=\"3\""));
                assert!(xml.contains("pageOrder=\"overThenDown\""), "{lang}");
                assert!(xml.contains("<colBreaks"), "{lang}");
                assert!(
                    workbook.contains(&format!("'{written}'!$A:$A,"))
                        || workbook.contains(&format!("{written}!$A:$A,")),
                    "{workbook}"
                );
            } else if name != "Rules" {
                assert!(!xml.contains("fitToWidth="), "{lang} {name}: one page wide");
            }
            let widths = column_widths(xml);
            // The cells that hold something: a text runs on over an empty cell beside it.
            let filled: std::collections::HashSet<(u32, u32)> = cell
                .captures_iter(xml)
                .map(|c| (column_of(&c[1]), c[2].parse::<u32>().unwrap()))
                .collect();
            let last = widths.keys().max().copied().unwrap_or(1);
            let mut cells = 0;
            for c in cell.captures_iter(xml) {
                let (col, row) = (column_of(&c[1]), c[2].parse::<u32>().unwrap());
                let s: Option<u32> = c.get(3).map(|m| m.as_str().parse().unwrap());
                let words: String = match c.get(4).map(|m| m.as_str()) {
                    Some("inlineStr") => text
                        .captures_iter(&c[5])
                        .map(|t| t[1].to_string())
                        .collect(),
                    Some("s") => {
                        let i: usize = value.captures(&c[5]).unwrap()[1].parse().unwrap();
                        shared[i].clone()
                    }
                    _ => String::new(),
                };
                cells += 1;
                // Every cell at the top of its row (numbers were at the bottom of tall rows).
                let s = s.unwrap_or_else(|| panic!("{lang} {name}!{}{row}: default format", &c[1]));
                assert!(
                    has(s, "vertical=\"top\""),
                    "{lang} {name}!{}{row}: not at the top",
                    &c[1]
                );
                // Nothing cut: a text wider than its column wraps in it (the XML entities
                // count as one character each at most).
                let words = words
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">");
                let w = unicode_width::UnicodeWidthStr::width(words.as_str()) as f64;
                let width = widths.get(&col).copied().unwrap_or(8.43);
                let runs_on = col < last && !filled.contains(&(col + 1, row));
                if row > 1 && w > width - 0.7 && !runs_on {
                    assert!(
                        has(s, "wrapText=\"1\""),
                        "{lang} {name}!{}{row}: {words:?} is cut at {width} characters",
                        &c[1]
                    );
                }
            }
            assert!(cells > 0, "{lang} {name}");
        }
        // Findings (sheet 3): the target column holds `migrate-vmware-agentless` whole.
        let findings = column_widths(&sheets[2]);
        assert!(
            findings[&2] >= 25.0,
            "{lang}: target column {}",
            findings[&2]
        );
        // Machines: the size (column G, after the blockers' count in F) is set off from the
        // count: `1  Standard_F8s_v2`, not `1Standard_F8s_v2`.
        let s: u32 = size_cell.captures(&sheets[1]).unwrap()[1].parse().unwrap();
        assert!(
            has(s, "indent=\"1\""),
            "{lang}: the size runs into the count"
        );
        // No row of Machines is more than one line for a short text (the double-height rows
        // that stretched it to 28 pages): most rows keep the default height.
        let default: f64 = default_height
            .captures(&sheets[1])
            .map_or(15.0, |c| c[1].parse().unwrap());
        let tall = row_height
            .captures_iter(&sheets[1])
            .filter(|c| c[1].parse::<f64>().unwrap() > default * 1.5)
            .count();
        assert!(tall < 20, "{lang}: {tall} rows of Machines grown");
    }
}

/// The 133-VM export's workbook in `lang`, the export read from where a consultant keeps it:
/// a long folder and name, which named in full on every row made every row of Machines,
/// Disks and Data quality several lines tall.
fn consultant_workbook(dir: &std::path::Path, lang: &str) -> std::path::PathBuf {
    let folder = dir.join("Customers/Contoso Manufacturing GmbH/2026-12 Azure assessment/RVTools");
    std::fs::create_dir_all(&folder).unwrap();
    let input = folder.join("RVTools_export_all_2026-12-01_vcenter01.contoso.local.xlsx");
    std::fs::copy("tests/fixtures/rvtools-133.xlsx", &input).unwrap();
    let path = dir.join("r.xlsx");
    let out = rehost(
        &[
            "assess",
            input.to_str().unwrap(),
            // The four Azure targets, as this layout was measured on: the hygiene rules,
            // assessed by default on an RVTools export, add their findings (on this export
            // about eleven pages of the Findings sheet).
            "--target",
            "asr-vmware,asr-hyperv,azure-migrate,migrate-vmware-agentless",
            "--lang",
            lang,
            "-o",
            path.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{lang}");
    path
}

/// LibreOffice, or None where it is not installed (never on CI, which installs it).
fn soffice() -> Option<std::path::PathBuf> {
    let found = [
        "/usr/bin/soffice",
        "/usr/bin/libreoffice",
        "/usr/local/bin/soffice",
    ]
    .iter()
    .map(std::path::PathBuf::from)
    .find(|p| p.exists());
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have LibreOffice (.ci/run installs Debian's libreoffice-calc-nogui)"
        );
        eprintln!("skipped: no LibreOffice here");
    }
    found
}

/// The 133-VM export printed as a customer prints it, through LibreOffice to PDF, in English
/// and in Korean: no more than 61 pages (it was 112; the Estate sheet is the 61st), and the longest target's name is never
/// cut (`migrate-vmware-age…`).
#[test]
fn workbook_prints_in_libreoffice_on_sixty_pages_or_fewer() {
    let Some(office) = soffice() else { return };
    for lang in ["en", "ko"] {
        let dir = tempfile::tempdir().unwrap();
        let path = consultant_workbook(dir.path(), lang);
        // Its own profile: a LibreOffice already running (or another test) does not take it.
        let profile = format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("lo").display()
        );
        let out = std::process::Command::new(&office)
            .args([
                profile.as_str(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir.path())
            .arg(&path)
            .output()
            .expect("run LibreOffice");
        let pdf = dir.path().join("r.pdf");
        assert!(
            pdf.exists(),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let info = std::process::Command::new("pdfinfo")
            .arg(&pdf)
            .output()
            .expect("pdfinfo (poppler-utils)");
        let info = String::from_utf8_lossy(&info.stdout);
        let pages: u32 = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("{info}"));
        // 60 before issue 30's Estate sheet, which prints on one page of its own.
        assert!(pages <= 61, "{lang}: {pages} pages");
        let text = std::process::Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils)");
        let text = String::from_utf8_lossy(&text.stdout);
        let whole = text.matches("migrate-vmware-agentless").count();
        let cut = text.matches("migrate-vmware-age").count() - whole;
        assert!(whole > 10, "{lang}: {whole}");
        assert_eq!(cut, 0, "{lang}: the target's name is cut {cut} times");
    }
}
