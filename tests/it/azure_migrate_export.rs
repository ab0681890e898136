//! `rehost export azure-migrate-csv`: the import template's headers, files of at most 20,000
//! servers read back by rehost's own Azure Migrate CSV importer to the same machines, one row
//! that trips each documented import rule, and the RVTools XLSX pre-check matching RvToolsMerge's
//! validation counts on an equivalent workbook (its MIT tests' 5 / 3 / 2 / 1).

use std::path::Path;

use rehost::inventory::import;
use rehost::inventory::import_check::{RvProblem, check_rvtools};
use rehost::model::{Date, Machine};
use rehost::rules::import_check::{Problem, build};
use rehost::rules::import_template::Template;
use rust_xlsxwriter::Workbook;

use crate::common::rehost;

const HEADERS_2023: &[&str] = &[
    "*Server name",
    "IP addresses",
    "*Cores",
    "*Memory (In MB)",
    "*OS name",
    "OS version",
    "OS architecture",
    "Server type",
    "Hypervisor",
    "CPU utilization percentage",
    "Memory utilization percentage",
    "Network adapters",
    "Network In throughput",
    "Network Out throughput",
    "Boot type",
    "Number of disks",
    "Storage in use (In GB)",
    "Disk 1 size (In GB)",
    "Disk 1 read throughput (MB per second)",
    "Disk 1 write throughput (MB per second)",
    "Disk 1 read ops (operations per second)",
    "Disk 1 write ops (operations per second)",
    "Disk 2 size (In GB)",
];

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// A generic inventory of `n` servers, each with an OS disk and one data disk.
fn generic(n: usize) -> String {
    let os = [
        "Windows Server 2019",
        "Red Hat Enterprise Linux 7",
        "Ubuntu Linux",
        "Windows Server 2012 R2",
    ];
    let mut s =
        String::from("Name,Cores,Memory (MB),Operating system,OS disk (GB),Data disk (GB)\n");
    for i in 0..n {
        s += &format!(
            "srv{i:05},{},{},{},{},{}\n",
            1 + i % 16,
            1024 * (1 + i % 64),
            os[i % os.len()],
            64 + i % 100,
            100 + i % 500
        );
    }
    s
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap();
    r.records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect()
}

fn disks(m: &Machine) -> Vec<Option<u64>> {
    m.disks
        .iter()
        .map(|d| d.size_bytes.known().copied())
        .collect()
}

#[test]
fn twenty_five_thousand_machines_are_two_files_read_back_to_the_same_machines() {
    let dir = tempfile::tempdir().unwrap();
    let inv_path = dir.path().join("estate.csv");
    std::fs::write(&inv_path, generic(25_000)).unwrap();
    let out = dir.path().join("out");
    let run = rehost(&[
        "export",
        "azure-migrate-csv",
        inv_path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        "2024-01-01",
    ]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{stdout}{}",
        crate::common::stderr(&run)
    );
    assert!(
        stdout.contains("25,000 machine(s): 25,000 written to 2 file(s) of at most 20,000 servers"),
        "{stdout}"
    );
    let one = out.join("azure-migrate-import-1.csv");
    let two = out.join("azure-migrate-import-2.csv");
    assert!(!out.join("azure-migrate-import-3.csv").exists());
    let (r1, r2) = (csv_rows(&one), csv_rows(&two));
    assert_eq!(
        (r1.len(), r2.len()),
        (20_001, 5_001),
        "a header and its rows each"
    );
    assert_eq!(r1[0], r2[0], "both files have the same headers");
    assert_eq!(r1[0].len(), HEADERS_2023.len() + 4, "{:?}", r1[0]);
    assert_eq!(&r1[0][..HEADERS_2023.len()], HEADERS_2023);

    // Read back by rehost's own importer: the same machines.
    let source = import(&[&inv_path]).unwrap();
    let back = import(&[&one, &two]).unwrap();
    assert_eq!(back.machines.len(), 25_000);
    assert!(
        back.sheets
            .iter()
            .all(|s| s.format.0 == "azure-migrate-csv")
    );
    for (a, b) in source.machines.iter().zip(&back.machines) {
        assert_eq!(a.name, b.name);
        assert_eq!(a.cores, b.cores, "{}", a.name);
        assert_eq!(a.memory_bytes, b.memory_bytes, "{}", a.name);
        assert_eq!(
            a.os.known().map(|o| o.raw.clone()),
            b.os.known().map(|o| o.raw.clone()),
            "{}",
            a.name
        );
        assert_eq!(disks(a), disks(b), "{}", a.name);
    }
    // Nothing to report: the problems file holds its header only.
    assert_eq!(
        csv_rows(&out.join("azure-migrate-import-problems.csv")).len(),
        1
    );
}

/// A machine of the generic table, for the rules' rows.
fn machines(csv: &str) -> Vec<Machine> {
    rehost::inventory::import_bytes("rules.csv", csv.as_bytes().to_vec())
        .unwrap()
        .machines
}

fn problems_of(ms: &[Machine], on: &str) -> Vec<(String, Vec<Problem>, bool)> {
    let e = build(ms, &Template::shipped(), day(on)).unwrap();
    e.rows
        .iter()
        .map(|r| {
            (
                ms[r.machine].name.clone(),
                r.problems.clone(),
                r.file.is_some(),
            )
        })
        .collect()
}

#[test]
fn each_documented_import_rule_has_a_row_that_trips_it() {
    let d = |n: usize| vec!["10"; n].join(";");
    let csv = format!(
        "Name,Cores,Memory (MB),Operating system,OS disk (GB),Data disk (GB),VM UUID\n\
         ok,2,4096,Windows Server 2019,64,{},u-1\n\
         no-cores,,4096,Windows Server 2019,64,,u-2\n\
         no-memory,2,,Windows Server 2019,64,,u-3\n\
         no-os,2,4096,,64,,u-4\n\
         rhel8,2,4096,Red Hat Enterprise Linux 8,64,,u-5\n\
         ws2022,2,4096,Windows Server 2022,64,,u-6\n\
         disks-20,2,4096,Windows Server 2019,64,{},u-7\n\
         disks-21,2,4096,Windows Server 2019,64,{},u-8\n\
         ok,2,4096,Windows Server 2019,64,,u-9\n\
         no-uuid,2,4096,Windows Server 2019,64,,\n\
         same-uuid,2,4096,Windows Server 2019,64,,U-1\n",
        d(7),
        d(19),
        d(20)
    );
    let ms = machines(&csv);
    let p = problems_of(&ms, "2025-10-06");
    let only = |name: &str, nth: usize| &p.iter().filter(|r| r.0 == name).nth(nth).unwrap().1;
    // The row with 8 disks is within the 2023 limit of 20, and nothing else is wrong with it.
    assert!(only("ok", 0).is_empty(), "{:?}", only("ok", 0));
    for (name, header) in [
        ("no-cores", "Cores"),
        ("no-memory", "Memory (In MB)"),
        ("no-os", "OS name"),
    ] {
        let row = p.iter().find(|r| r.0 == name).unwrap();
        assert!(
            matches!(&row.1[..], [Problem::Missing { header: h, .. }] if h == header),
            "{name}: {:?}",
            row.1
        );
        assert!(!row.2, "{name} is held back");
    }
    assert!(matches!(
        &only("rhel8", 0)[..],
        [Problem::OsNameNotListed { .. }]
    ));
    // Windows Server 2022 joins the list with the edition after 2025-10-06.
    assert!(matches!(
        &only("ws2022", 0)[..],
        [Problem::OsNameNotListed { .. }]
    ));
    let later = problems_of(&ms, "2025-10-07");
    assert!(later.iter().find(|r| r.0 == "ws2022").unwrap().1.is_empty());
    // 20 disks (OS + 19) just inside, 21 just outside the 2023 edition's twenty.
    assert!(only("disks-20", 0).is_empty());
    assert_eq!(
        only("disks-21", 0),
        &vec![Problem::TooManyDisks { disks: 21, max: 20 }]
    );
    // Before the 2023 edition a row gives eight disks: 8 inside, 20 outside.
    let old = problems_of(&ms, "2023-09-20");
    assert!(old[0].1.is_empty(), "8 disks in 2020: {:?}", old[0].1);
    assert!(
        old.iter()
            .find(|r| r.0 == "disks-20")
            .unwrap()
            .1
            .contains(&Problem::TooManyDisks { disks: 20, max: 8 })
    );
    // A name met before, a machine without a UUID where the others have one, a UUID twice
    // (compared without case).
    assert!(
        matches!(&only("ok", 1)[..], [Problem::DuplicateName { first }] if first.ends_with("rules.csv!2"))
    );
    assert_eq!(only("no-uuid", 0), &vec![Problem::NoUuid]);
    assert!(
        matches!(&only("same-uuid", 0)[..], [Problem::DuplicateUuid { first, .. }] if first.ends_with("rules.csv!2"))
    );
    // Every machine has its row; only the three missing a mandatory field are held back.
    assert_eq!(p.len(), ms.len());
    assert_eq!(p.iter().filter(|r| !r.2).count(), 3);
    // Before the first edition there is no template to check by.
    assert!(build(&ms, &Template::shipped(), day("2019-10-22")).is_none());
}

#[test]
fn twenty_thousand_servers_is_one_file_and_one_more_is_two() {
    let m = |i: usize| {
        let mut m = Machine::new(
            format!("m{i}"),
            rehost::model::SourceRef {
                file: "x.csv".into(),
                sheet: None,
                row: i as u32 + 2,
            },
        );
        m.cores = rehost::model::Value::Known(2);
        m.memory_bytes = rehost::model::Value::Known(1 << 30);
        m
    };
    let mut ms: Vec<Machine> = (0..20_000).map(m).collect();
    // No OS: each held back, so add an OS the quick way, through the importer.
    let os = machines("Name,Cores,Memory (GB),Operating system\nx,2,1,Windows Server 2019\n")[0]
        .os
        .clone();
    for x in &mut ms {
        x.os = os.clone();
    }
    let t = Template::shipped();
    let e = build(&ms, &t, day("2024-01-01")).unwrap();
    assert_eq!(e.files.iter().map(Vec::len).collect::<Vec<_>>(), [20_000]);
    assert!(e.over_project.is_none());
    let mut extra = m(20_000);
    extra.os = os;
    ms.push(extra);
    let e = build(&ms, &t, day("2024-01-01")).unwrap();
    assert_eq!(
        e.files.iter().map(Vec::len).collect::<Vec<_>>(),
        [20_000, 1]
    );
    assert_eq!(e.over_project, Some((20_001, 20_000)));
}

#[test]
fn problems_are_listed_per_machine_and_cells_never_become_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("cmdb.csv");
    std::fs::write(
        &inv,
        "Name,Cores,Memory (MB),Operating system\n=HYPERLINK(\"x\"),2,4096,Windows Server 2019\nrhel8,2,4096,Red Hat Enterprise Linux 8\nnocores,,4096,Windows Server 2019\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = rehost(&[
        "export",
        "azure-migrate-csv",
        inv.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        "2024-01-01",
    ]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "a machine held back: {stdout}");
    assert!(
        stdout.contains("3 machine(s): 2 written to 1 file(s)"),
        "{stdout}"
    );
    assert!(stdout.contains("1 machine(s) missing a mandatory field (held back)"));
    assert!(stdout.contains("1 machine(s) with an OS name the import does not recognise"));
    let rows = csv_rows(&out.join("azure-migrate-import-1.csv"));
    assert_eq!(
        rows[1][0], "'=HYPERLINK(\"x\")",
        "inventory text never runs as a formula"
    );
    let problems = csv_rows(&out.join("azure-migrate-import-problems.csv"));
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert_eq!(problems[1][0], "rhel8");
    assert!(problems[1][1].ends_with("cmdb.csv!3"));
    assert_eq!(problems[1][2], "written to azure-migrate-import-1.csv");
    assert_eq!(problems[2][0], "nocores");
    assert_eq!(problems[2][2], "held back (not written)");
    assert!(problems[2][3].starts_with("mandatory field Cores is missing (its cell is blank)"));

    // The folder read back: the import file's two servers, and the problems file told as
    // rehost's own (its first column names servers: read as a table it would add three).
    let back = rehost(&["assess", out.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&back.stdout).unwrap();
    assert_eq!(json["machines"].as_array().unwrap().len(), 2, "{json}");

    // Korean: the same problems in Korean words.
    let ko = rehost(&[
        "export",
        "azure-migrate-csv",
        inv.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        "2024-01-01",
        "--lang",
        "ko",
    ]);
    let text = String::from_utf8_lossy(&ko.stdout);
    assert!(text.contains("필수 필드가 없는 머신 1대(보류)"), "{text}");
    let problems = csv_rows(&out.join("azure-migrate-import-problems.csv"));
    assert_eq!(problems[0][0], "서버 이름");
    assert_eq!(problems[2][2], "보류함(쓰지 않음)");
}

#[test]
fn an_export_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    // An inventory that happens to carry the name the export would write.
    let inv = dir.path().join("azure-migrate-import-1.csv");
    let text = "Name,Cores,Memory (MB),Operating system\nvm1,2,4096,Windows Server 2019\n";
    std::fs::write(&inv, text).unwrap();
    let run = rehost(&[
        "export",
        "azure-migrate-csv",
        inv.to_str().unwrap(),
        "-o",
        dir.path().to_str().unwrap(),
        "--as-of",
        "2024-01-01",
    ]);
    assert_eq!(
        run.status.code(),
        Some(2),
        "{}",
        crate::common::stderr(&run)
    );
    assert!(
        crate::common::stderr(&run).contains("would replace the input"),
        "{}",
        crate::common::stderr(&run)
    );
    assert_eq!(std::fs::read_to_string(&inv).unwrap(), text);
}

/// An RVTools workbook with the sheets and columns the RVTools XLSX import asks for, its vInfo
/// shaped like RvToolsMerge's validation tests: `bad` rows first (5 without a UUID, 3 without
/// an OS, 2 repeating an earlier UUID), then `good` VMs.
fn rvtools_for_import(path: &Path, good: usize, with_vmemory: bool) {
    let mut wb = Workbook::new();
    let vinfo = [
        "VM",
        "Powerstate",
        "Template",
        "SRM Placeholder",
        "CPUs",
        "Memory",
        "Provisioned MiB",
        "In Use MiB",
        "OS according to the configuration file",
        "VM UUID",
    ];
    let ws = wb.add_worksheet().set_name("vInfo").unwrap();
    for (c, h) in vinfo.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let mut r = 1u32;
    let mut row = |name: String, os: &str, uuid: String| {
        let ws = wb.worksheet_from_name("vInfo").unwrap();
        ws.write_string(r, 0, &name).unwrap();
        ws.write_string(r, 1, "poweredOn").unwrap();
        ws.write_boolean(r, 2, false).unwrap();
        ws.write_boolean(r, 3, false).unwrap();
        ws.write_number(r, 4, 2).unwrap();
        ws.write_number(r, 5, 4096).unwrap();
        ws.write_number(r, 6, 40960).unwrap();
        ws.write_number(r, 7, 20480).unwrap();
        if !os.is_empty() {
            ws.write_string(r, 8, os).unwrap();
        }
        if !uuid.is_empty() {
            ws.write_string(r, 9, &uuid).unwrap();
        }
        r += 1;
    };
    let os = "Microsoft Windows Server 2019 (64-bit)";
    for i in 0..5 {
        row(format!("no-uuid-{i}"), os, String::new());
    }
    for i in 0..3 {
        row(format!("no-os-{i}"), "", format!("4201-os-{i}"));
    }
    // Two good VMs, then two rows repeating their UUIDs, then the other good VMs.
    for i in 0..good {
        row(format!("vm{i:05}"), os, format!("4201-{i:08}"));
        if i == 1 {
            for j in 0..2 {
                row(format!("dup-{j}"), os, format!("4201-{j:08}"));
            }
        }
    }
    let ws = wb.add_worksheet().set_name("vPartition").unwrap();
    for (c, h) in ["VM", "VM UUID", "Capacity MiB", "Consumed MiB"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    if with_vmemory {
        let ws = wb.add_worksheet().set_name("vMemory").unwrap();
        for (c, h) in ["VM", "VM UUID", "Size MiB", "Reservation"]
            .iter()
            .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
    }
    wb.save(path).unwrap();
}

#[test]
fn the_rvtools_import_check_matches_rvtoolsmerge_counts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("RVTools_export.xlsx");
    // 10 failing rows, then 20,010 good VMs: the import takes 19,999 ("less than 20,000"),
    // the other 11 are past the limit (RvToolsMerge, which lets 20,000 through: 1 over the
    // limit and 10 skipped after it, the same 11 rows not imported).
    rvtools_for_import(&path, 20_010, true);
    let t = Template::shipped();
    let check = check_rvtools(&path, &t.rvtools).unwrap();
    assert_eq!(
        check.counts(),
        [5, 3, 2, 1, 11],
        "{:?}",
        &check.problems[..12]
    );
    assert_eq!((check.rows, check.servers), (20_020, 19_999));
    assert!(check.problems.contains(&RvProblem::DuplicateUuid {
        row: 12,
        vm: "dup-0".into(),
        first_row: 10
    }));
    assert_eq!(
        check.problems.last(),
        Some(&RvProblem::BeyondLimit {
            row: 20_021,
            vm: "vm20009".into()
        })
    );

    // Just inside: 19,999 good servers and nothing else pass.
    let ok = dir.path().join("ok.xlsx");
    rvtools_for_import(&ok, 19_999, true);
    let c = check_rvtools(&ok, &t.rvtools).unwrap();
    assert_eq!(c.counts(), [5, 3, 2, 0, 0]);
    assert_eq!(c.servers, 19_999);

    // A workbook without vMemory, on the command line: named, exit status 1, nothing written.
    let small = dir.path().join("small.xlsx");
    rvtools_for_import(&small, 3, false);
    let run = rehost(&[
        "export",
        "azure-migrate-csv",
        "--check-rvtools",
        small.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "{text}");
    assert!(
        text.contains("no vMemory sheet: the import needs it"),
        "{text}"
    );
    assert!(
        text.contains("missing VM UUID 5, missing OS 3, duplicate VM UUID 2, beyond the limit 0"),
        "{text}"
    );
    assert!(
        text.contains("vInfo row 2 (no-uuid-0): no VM UUID"),
        "{text}"
    );
}

#[test]
fn the_korean_export_says_nothing_in_english_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("cmdb.csv");
    let csv = "Name,Cores,Memory (MB),Operating system,OS disk (GB),Data disk (GB),VM UUID\n\
               a,2,4096,Red Hat Enterprise Linux 8,64,10,u1\n\
               a,2,4096,Windows Server 2019,64,10,U1\n\
               b,,4096,Windows Server 2019,64,,\n";
    std::fs::write(&inv, csv).unwrap();
    let small = dir.path().join("small.xlsx");
    rvtools_for_import(&small, 2, false);
    let out = dir.path().join("out");
    let t = Template::shipped();
    // What is quoted, not said: the pages' records, the inventory's own text, paths.
    let mut quoted: std::collections::BTreeSet<String> = t
        .editions
        .iter()
        .map(|e| e.source.clone())
        .chain([t.rvtools.source.clone()])
        .collect();
    for w in [
        "Red Hat Enterprise Linux 8",
        "Windows Server 2019",
        "no-uuid",
        "no-os",
        "dup",
        "Memory (In MB)",
        "Cores",
        "VM UUID",
        "vMemory",
        "vInfo",
        "OS name",
        "x64, x86, amd64, 32-bit, 64-bit",
    ] {
        quoted.insert(w.to_string());
    }
    for args in [
        vec![
            "export",
            "azure-migrate-csv",
            inv.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--as-of",
            "2024-01-01",
            "--lang",
            "ko",
        ],
        vec![
            "export",
            "azure-migrate-csv",
            "--check-rvtools",
            small.to_str().unwrap(),
            "--lang",
            "ko",
        ],
    ] {
        let run = rehost(&args);
        let mut text = String::from_utf8_lossy(&run.stdout).to_string();
        if args.len() > 6 {
            text +=
                &std::fs::read_to_string(out.join("azure-migrate-import-problems.csv")).unwrap();
        }
        let left = crate::korean_words::english_left(&text, &quoted);
        assert!(left.is_empty(), "{left:?} in\n{text}");
    }
}
