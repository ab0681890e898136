//! `rehost anonymise` and `rehost deanonymise` on real exports: the RVTools workbook of 133
//! VMs, the RVTools per-tab CSV folder and Microsoft's Azure Migrate discovery export. A copy
//! holds none of the identifying values (every cell of every sheet searched for every one,
//! inside longer text too), gets the same verdicts, is the same for the same key and differs
//! for another, and a report made from it is put back into the original names.

use std::path::{Path, PathBuf};

use calamine::{Reader, open_workbook_auto};

use crate::common::{rehost, rehost_with, stderr};

const RVTOOLS: &str = "tests/fixtures/rvtools-133.xlsx";
const RVTOOLS_CSV: &str = "tests/fixtures/rvtools-csv";
const DISCOVERY: &str = "inventories/samples/AzureMigrate_Discovery_Report.xlsx";

/// Headers whose values identify something, as the peers' anonymisers list them
/// (aws-samples' field table, RvToolsMerge's columns) and beyond them (UUIDs, folders,
/// annotations, vCenter, every network and address column).
const IDENTIFYING: [&str; 55] = [
    "ipv6 address",
    "mac address",
    "network",
    "name",
    "description",
    "owner",
    "backup policy",
    "domain",
    "ntp server(s)",
    "serial number",
    "vm ip",
    "vm",
    "dns name",
    "host",
    "cluster",
    "datacenter",
    "folder",
    "folder id",
    "resource pool",
    "vapp",
    "path",
    "log directory",
    "snapshot directory",
    "suspend directory",
    "disk path",
    "vi sdk server",
    "vi sdk uuid",
    "vm uuid",
    "smbios uuid",
    "vm id",
    "primary ip address",
    "annotation",
    "network #1",
    "network #2",
    "network #3",
    "network #4",
    "network #5",
    "network #6",
    "network #7",
    "network #8",
    "cluster rule name(s)",
    "clusterinvariantvmmid",
    "customization info",
    "machine name",
    "ip addresses",
    "mac addresses",
    "machine id",
    "tenant id",
    "subscription",
    "resource group",
    "azure migrate project name",
    "discovery site name",
    "source appliances",
    "switch",
    "ipv4 address",
];

/// Every cell of a file as (sheet, header, text): every sheet of a workbook, a CSV's rows.
fn cells(path: &Path) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let is_csv = path.extension().is_some_and(|e| e == "csv");
    let sheets: Vec<(String, Vec<Vec<String>>)> = if is_csv {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .unwrap();
        let rows = r
            .records()
            .map(|x| x.unwrap().iter().map(str::to_string).collect())
            .collect();
        vec![(String::new(), rows)]
    } else {
        let mut book = open_workbook_auto(path).unwrap();
        book.sheet_names()
            .into_iter()
            .map(|s| {
                let range = book.worksheet_range(&s).unwrap();
                let rows = range
                    .rows()
                    .map(|r| r.iter().map(crate::common::cell_text).collect())
                    .collect();
                (s, rows)
            })
            .collect()
    };
    for (sheet, rows) in sheets {
        let header: Vec<String> = rows.first().cloned().unwrap_or_default();
        for row in &rows {
            for (i, v) in row.iter().enumerate() {
                let h = header.get(i).cloned().unwrap_or_default();
                out.push((sheet.clone(), h, v.clone()));
            }
        }
    }
    out
}

fn files_in(p: &Path) -> Vec<PathBuf> {
    if p.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(p)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .flat_map(|p| files_in(&p))
            .collect();
        v.sort();
        v
    } else {
        vec![p.to_path_buf()]
    }
}

/// The identifying values of the inputs, by header: each whole value of 4 characters or more,
/// and each address of a list and the host label of a DNS name on its own.
fn identifying(inputs: &[&str]) -> Vec<String> {
    let mut found = std::collections::BTreeSet::new();
    for input in inputs {
        for f in files_in(Path::new(input)) {
            for (_, header, value) in cells(&f).into_iter().skip(1) {
                let h = header.trim().to_lowercase();
                if !IDENTIFYING.contains(&h.as_str()) || value.trim() == header.trim() {
                    continue;
                }
                let v = value.trim().to_string();
                let mut parts = vec![v.clone()];
                if [
                    "primary ip address",
                    "ip addresses",
                    "mac addresses",
                    "ipv4 address",
                    "ipv6 address",
                    "ntp server(s)",
                ]
                .contains(&h.as_str())
                {
                    parts.extend(v.split([',', ';', '[', ']', ' ']).map(str::to_string));
                }
                if h == "dns name" || h == "vm" || h == "host" {
                    parts.extend(v.split('.').next().map(str::to_string));
                }
                for p in parts {
                    if p.trim().chars().count() >= 4 {
                        found.insert(p.trim().to_lowercase());
                    }
                }
            }
        }
    }
    found.into_iter().collect()
}

fn anonymise(inputs: &[&str], out: &Path, key: &str) -> std::process::Output {
    let mut args = vec!["anonymise"];
    args.extend_from_slice(inputs);
    let out_s = out.display().to_string();
    args.extend_from_slice(&["-o", &out_s, "--key", key]);
    let o = rehost(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    o
}

const ALL: [&str; 3] = [RVTOOLS, RVTOOLS_CSV, DISCOVERY];

/// An RVTools export with what the 133-VM fixture leaves blank: annotations (one holding a
/// password), port groups and switches, vNetwork's addresses, snapshots, custom attributes,
/// hosts' domains, NTP servers and serial numbers, FQDNs in a path.
fn rich_rvtools(path: &Path) {
    use rust_xlsxwriter::Workbook;
    let mut wb = Workbook::new();
    let sheets: [(&str, &[&str], Vec<Vec<String>>); 4] = [
        (
            "vInfo",
            &[
                "VM",
                "Powerstate",
                "Template",
                "CPUs",
                "Memory",
                "NICs",
                "Disks",
                "Provisioned MiB",
                "In Use MiB",
                "Firmware",
                "OS according to the configuration file",
                "DNS Name",
                "Primary IP Address",
                "Network #1",
                "Network #2",
                "Annotation",
                "Folder",
                "Resource pool",
                "vApp",
                "Path",
                "Log directory",
                "Datacenter",
                "Cluster",
                "Host",
                "VI SDK Server",
                "VM UUID",
                "Owner",
                "Backup Policy",
            ],
            (1..=6)
                .map(|i| {
                    [
                        format!("payroll-sql{i:02}"),
                        "poweredOn".into(),
                        "False".into(),
                        "4".into(),
                        "16384".into(),
                        "2".into(),
                        "1".into(),
                        "102400".into(),
                        "51200".into(),
                        if i % 2 == 0 { "efi" } else { "bios" }.into(),
                        if i % 3 == 0 {
                            "Microsoft Windows Server 2008 R2 (64-bit)"
                        } else {
                            "Red Hat Enterprise Linux 8 (64-bit)"
                        }
                        .into(),
                        format!("payroll-sql{i:02}.fabrikam.corp"),
                        format!("172.20.{}.{}", 30 + i % 2, 10 + i),
                        "PG-Finance-VLAN210".into(),
                        "dvPG-Backup-Fabrikam".into(),
                        if i == 1 {
                            "sa password = Tr0ub4dor&3".into()
                        } else {
                            format!("Payroll DB node {i}, owner Jane Roe")
                        },
                        "/Fabrikam-DC/vm/Finance/Payroll".into(),
                        "/Fabrikam-DC/host/Finance-Cluster/Resources/Payroll-RP".into(),
                        "Payroll-vApp".into(),
                        format!("[FIN-DS-{i}] payroll-sql{i:02}/payroll-sql{i:02}.vmx"),
                        format!("[FIN-DS-{i}] payroll-sql{i:02}/"),
                        "Fabrikam-DC".into(),
                        "Finance-Cluster".into(),
                        format!("esx-fin-{i}.fabrikam.corp"),
                        "vcsa-fabrikam.fabrikam.corp".into(),
                        format!("5021a0b4-77c3-4e2f-9d1a-00000000a0{i:02}"),
                        "jane.roe@fabrikam.com".into(),
                        "Gold-Nightly-Fabrikam".into(),
                    ]
                    .to_vec()
                })
                .collect(),
        ),
        (
            "vNetwork",
            &[
                "VM",
                "Network",
                "Switch",
                "Connected",
                "Mac Address",
                "IPv4 Address",
                "IPv6 Address",
            ],
            (1..=6)
                .map(|i| {
                    vec![
                        format!("payroll-sql{i:02}"),
                        "PG-Finance-VLAN210".into(),
                        "dvSwitch-Fabrikam-Core".into(),
                        "True".into(),
                        format!("00:50:56:a1:b2:{i:02x}"),
                        format!("172.20.{}.{}, 192.168.77.{i}", 30 + i % 2, 10 + i),
                        format!("2001:db8:fab:1::{i:x}, fe80::250:56ff:fea1:b2{i:02x}"),
                    ]
                })
                .collect(),
        ),
        (
            "vSnapshot",
            &["VM", "Name", "Description", "Size MiB (vmsn)"],
            vec![vec![
                "payroll-sql01".into(),
                "before-patch-Fabrikam-Q3".into(),
                "root passwd changed by John Doe".into(),
                "12".into(),
            ]],
        ),
        (
            "vHost",
            &[
                "Host",
                "Datacenter",
                "Cluster",
                "ESX Version",
                "Domain",
                "NTP Server(s)",
                "Serial number",
            ],
            (1..=6)
                .map(|i| {
                    vec![
                        format!("esx-fin-{i}.fabrikam.corp"),
                        "Fabrikam-DC".into(),
                        "Finance-Cluster".into(),
                        "VMware ESXi 7.0.3 build-21930508".into(),
                        "fabrikam.corp".into(),
                        "ntp1.fabrikam.corp, 172.20.1.1".into(),
                        format!("CZJ9{i}40ABCD"),
                    ]
                })
                .collect(),
        ),
    ];
    for (name, header, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for (c, h) in header.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                match v.parse::<f64>() {
                    Ok(n) if !v.contains('.') => {
                        ws.write_number(r as u32 + 1, c as u16, n).unwrap()
                    }
                    _ => ws.write_string(r as u32 + 1, c as u16, v).unwrap(),
                };
            }
        }
    }
    wb.save(path).unwrap();
}

#[test]
fn a_copy_holds_no_identifying_value_in_any_cell() {
    let dir = tempfile::tempdir().unwrap();
    let rich = dir.path().join("RVTools_export_all.xlsx");
    rich_rvtools(&rich);
    let rich = rich.display().to_string();
    let inputs = [RVTOOLS, RVTOOLS_CSV, DISCOVERY, rich.as_str()];
    let out = dir.path().join("shared");
    anonymise(&inputs, &out, "a secret of the test");
    let originals = identifying(&inputs);
    assert!(
        originals.len() > 1000,
        "{} values collected",
        originals.len()
    );
    for must in [
        "devsqlvm13",
        "00:50:56:8b:74:7a",
        "10.150.90.250",
        "csv-app01",
        "esx10",
        "sa password = tr0ub4dor&3",
        "pg-finance-vlan210",
        "dvswitch-fabrikam-core",
        "before-patch-fabrikam-q3",
        "2001:db8:fab:1::1",
        "gold-nightly-fabrikam",
        "/fabrikam-dc/vm/finance/payroll",
        "fabrikam.corp",
    ] {
        assert!(originals.iter().any(|o| o == must), "{must} not collected");
    }
    let copies = files_in(&out);
    assert_eq!(copies.len(), 5, "{copies:?}");
    let mut leaks = Vec::new();
    let mut cells_read = 0;
    for f in &copies {
        let name = f
            .strip_prefix(&out)
            .unwrap()
            .display()
            .to_string()
            .to_lowercase();
        let mut texts: Vec<(String, String)> = vec![(String::from("(file name)"), name)];
        for (sheet, _, v) in cells(f) {
            texts.push((sheet.clone(), sheet.to_lowercase()));
            texts.push((sheet, v.to_lowercase()));
        }
        cells_read += texts.len();
        for (sheet, t) in &texts {
            for o in &originals {
                if t.contains(o.as_str()) {
                    leaks.push(format!("{}[{sheet}]: {o:?} in {t:?}", f.display()));
                }
            }
        }
    }
    assert!(cells_read > 50_000, "{cells_read} cells read");
    assert!(
        leaks.is_empty(),
        "{} leaks, first: {:#?}",
        leaks.len(),
        &leaks[..leaks.len().min(20)]
    );
    // The map is not among the copies, and is readable by its owner only.
    let map = dir.path().join("shared.map.json");
    assert!(map.is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&map).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{mode:o}");
    }
}

/// The assessment of a copy, its names put back with the map, is the assessment of the
/// original (the file's path aside).
#[test]
fn a_copy_gets_the_same_verdicts_and_its_report_names_the_original_machines() {
    let dir = tempfile::tempdir().unwrap();
    let rich = dir.path().join("RVTools_export_all.xlsx");
    rich_rvtools(&rich);
    let rich = rich.display().to_string();
    let out = dir.path().join("shared");
    anonymise(
        &[RVTOOLS, RVTOOLS_CSV, DISCOVERY, &rich],
        &out,
        "a secret of the test",
    );
    let map = dir.path().join("shared.map.json");
    for (input, copy) in [
        (RVTOOLS, out.join("rvtools-133.xlsx")),
        (RVTOOLS_CSV, out.join("rvtools-csv")),
        (DISCOVERY, out.join("AzureMigrate_Discovery_Report.xlsx")),
        (rich.as_str(), out.join("RVTools_export_all.xlsx")),
    ] {
        let report = |from: &str, to: &Path| {
            let o = rehost(&[
                "assess",
                from,
                "--as-of",
                "2026-06-01",
                "-o",
                &to.display().to_string(),
            ]);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        };
        let original = dir.path().join("original.json");
        let anonymised = dir.path().join("anonymised.json");
        report(input, &original);
        report(&copy.display().to_string(), &anonymised);
        let back = dir.path().join("back");
        let o = rehost(&[
            "deanonymise",
            &anonymised.display().to_string(),
            "--map",
            &map.display().to_string(),
            "-o",
            &back.display().to_string(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let norm = |p: &Path, file: &str| {
            let text = std::fs::read_to_string(p).unwrap().replace(file, "FILE");
            let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
            // The estate's breakdowns rank equal counts by name, and a pseudonym sorts
            // elsewhere than its original: compare each list as a set.
            if let Some(estate) = v["summary"]["estate"].as_object_mut() {
                for list in estate.values_mut() {
                    if let Some(items) = list.as_array_mut() {
                        items.sort_by_key(|i| i.to_string());
                    }
                }
            }
            v
        };
        let want = norm(&original, input);
        let got = norm(&back.join("anonymised.json"), &copy.display().to_string());
        let anon = norm(&anonymised, &copy.display().to_string());
        assert_ne!(
            anon, want,
            "{input}: the copy's report names other machines"
        );
        assert!(
            want == got,
            "{input}: the verdicts differ once the names are back"
        );
    }
}

/// Every other report format rehost writes is put back too: the original names appear, the
/// pseudonyms are gone.
#[test]
fn every_report_format_is_put_back() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("shared");
    anonymise(&[RVTOOLS_CSV], &out, "k");
    let map = dir.path().join("shared.map.json").display().to_string();
    let copy = out.join("rvtools-csv").display().to_string();
    let mut reports = Vec::new();
    for ext in ["json", "csv", "md", "html", "xlsx", "txt"] {
        let r = dir
            .path()
            .join(format!("report.{ext}"))
            .display()
            .to_string();
        let o = rehost(&["assess", &copy, "-o", &r]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        reports.push(r);
    }
    let back = dir.path().join("back");
    let mut args = vec!["deanonymise"];
    args.extend(reports.iter().map(String::as_str));
    let back_s = back.display().to_string();
    args.extend_from_slice(&["--map", &map, "-o", &back_s]);
    let o = rehost(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text_of = |p: &Path, ext: &str| {
        if ext == "xlsx" {
            cells(p)
                .into_iter()
                .map(|(_, _, v)| v)
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            std::fs::read_to_string(p).unwrap()
        }
    };
    let pseudonym = regex::Regex::new(r"\bvm-[0-9a-f]{8}\b").unwrap();
    for ext in ["json", "csv", "md", "html", "xlsx", "txt"] {
        let before = text_of(&dir.path().join(format!("report.{ext}")), ext);
        assert!(
            pseudonym.is_match(&before),
            "{ext}: no pseudonym to put back"
        );
        let text = text_of(&back.join(format!("report.{ext}")), ext);
        assert!(
            text.contains("csv-app01") || text.contains("csv-tmpl"),
            "{ext}: {text:.400}"
        );
        assert!(!pseudonym.is_match(&text), "{ext}: a pseudonym is left");
    }
}

#[test]
fn one_key_gives_the_same_copy_another_key_another() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, key: &str| {
        let out = dir.path().join(name);
        anonymise(&ALL, &out, key);
        out
    };
    let a = run("a", "first key");
    let b = run("b", "first key");
    let c = run("c", "second key");
    for f in files_in(&a) {
        let rel = f.strip_prefix(&a).unwrap();
        assert_eq!(
            std::fs::read(&f).unwrap(),
            std::fs::read(b.join(rel)).unwrap(),
            "{rel:?}"
        );
        assert!(
            cells(&f) != cells(&c.join(rel)),
            "{rel:?}: the same with another key"
        );
    }
    let map = |n: &str| std::fs::read(dir.path().join(format!("{n}.map.json"))).unwrap();
    assert_eq!(map("a"), map("b"));
    assert_ne!(map("a"), map("c"));
}

/// A hand-typed table: a password in a note is never copied (not even into the map); a
/// column nobody knows is hidden unless its cell is plainly a number; addresses keep their
/// subnets apart; OS, cores and memory stay.
#[test]
fn a_hand_typed_table_hides_what_it_does_not_know() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let csv = input.join("contoso-servers.csv");
    std::fs::write(
        &csv,
        "Name,OS,Cores,Memory (MB),IP Address,Notes,Rack position,Units\n\
         payroll-db,Windows Server 2019,4,16384,192.168.10.21,root password is hunter2,Contoso DC1 row 4,2\n\
         payroll-web,Ubuntu 22.04,2,8192,192.168.10.22,web tier,Contoso DC1 row 5,1\n\
         hr-app,Windows Server 2022,2,8192,192.168.11.21,,Contoso DC2 row 1,1\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = rehost_with(
        &[
            "anonymise",
            &csv.display().to_string(),
            "-o",
            &out.display().to_string(),
        ],
        &[("REHOST_ANON_KEY", "from the environment")],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let copies = files_in(&out);
    assert_eq!(copies.len(), 1);
    let name = copies[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        !name.contains("contoso") && name.starts_with("inventory-"),
        "{name}"
    );
    let text = std::fs::read_to_string(&copies[0]).unwrap();
    let map = std::fs::read_to_string(dir.path().join("out.map.json")).unwrap();
    for gone in [
        "payroll", "hr-app", "hunter2", "Contoso", "192.168", "web tier", ".21,",
    ] {
        assert!(!text.contains(gone), "{gone} in {text}");
    }
    assert!(!map.contains("hunter2"), "the map holds the password");
    for kept in [
        "Windows Server 2019",
        "Ubuntu 22.04",
        "16384",
        ",2\n",
        "Rack position",
    ] {
        assert!(text.contains(kept), "{kept} lost: {text}");
    }
    let ips: Vec<String> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(4).unwrap().to_string())
        .collect();
    let net = |ip: &str| ip.rsplit_once('.').unwrap().0.to_string();
    assert_eq!(net(&ips[0]), net(&ips[1]), "{ips:?}");
    assert_ne!(net(&ips[0]), net(&ips[2]), "{ips:?}");
}

#[test]
fn no_key_no_copy_and_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out").display().to_string();
    let o = rehost_with(
        &["anonymise", RVTOOLS, "-o", &out],
        &[("REHOST_ANON_KEY", "")],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no key"), "{}", stderr(&o));
    assert!(!Path::new(&out).join("rvtools-133.xlsx").exists());
    // The copies never go where an input is.
    let input = dir.path().join("rvtools-133.xlsx");
    std::fs::copy(RVTOOLS, &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let o = rehost(&[
        "anonymise",
        &input.display().to_string(),
        "-o",
        &dir.path().display().to_string(),
        "--key",
        "k",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read(&input).unwrap(), before);
    // Nor the map among the copies.
    let o = rehost(&[
        "anonymise",
        RVTOOLS,
        "-o",
        &out,
        "--key",
        "k",
        "--map",
        &format!("{out}/map.json"),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // In Korean, the refusal is Korean.
    let o = rehost_with(
        &["anonymise", RVTOOLS, "-o", &out, "--lang", "ko"],
        &[("REHOST_ANON_KEY", "")],
    );
    assert!(stderr(&o).contains("키가 없습니다"), "{}", stderr(&o));
}

/// Every format rehost reads keeps its verdicts through a copy: Hyper-V's exports (UTF-16,
/// PowerShell 5.1's `#TYPE` line and unexpanded lists), a semicolon CSV, an ods and an xls
/// (written back as xlsx), RVTools 3.x, Azure Migrate's import CSV, a DR table.
#[test]
fn every_format_keeps_its_verdicts() {
    let dir = tempfile::tempdir().unwrap();
    for (i, input) in [
        "tests/fixtures/hyperv-getvm-ps51.csv",
        "tests/fixtures/hyperv-getvm-utf16.csv",
        "tests/fixtures/hyperv-vhd-report.csv",
        "tests/fixtures/generic-semicolon.csv",
        "tests/fixtures/generic-hand-typed.ods",
        "tests/fixtures/generic-hand-typed.xls",
        "tests/fixtures/rvtools-3x.xlsx",
        "tests/fixtures/azure-migrate-import.csv",
        "inventories/dr-example.csv",
    ]
    .into_iter()
    .enumerate()
    {
        let out = dir.path().join(format!("copy{i}"));
        anonymise(&[input], &out, "k");
        let copies = files_in(&out);
        assert_eq!(copies.len(), 1, "{input}");
        let copy = copies[0].display().to_string();
        let json = |from: &str, to: &Path| {
            let o = rehost(&[
                "assess",
                from,
                "--as-of",
                "2026-06-01",
                "-o",
                &to.display().to_string(),
            ]);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        };
        let original = dir.path().join(format!("o{i}.json"));
        let anonymised = dir.path().join(format!("a{i}.json"));
        json(input, &original);
        json(&copy, &anonymised);
        let back = dir.path().join(format!("back{i}"));
        let map = dir.path().join(format!("copy{i}.map.json"));
        let o = rehost(&[
            "deanonymise",
            &anonymised.display().to_string(),
            "--map",
            &map.display().to_string(),
            "-o",
            &back.display().to_string(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        // The copy's file name goes back to the input's; only the folder differs.
        let base = Path::new(input)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let restored_path = out.join(&base).display().to_string();
        let want = std::fs::read_to_string(&original)
            .unwrap()
            .replace(input, "FILE");
        let got = std::fs::read_to_string(back.join(format!("a{i}.json")))
            .unwrap()
            .replace(&restored_path, "FILE");
        let want: serde_json::Value = serde_json::from_str(&want).unwrap();
        let got: serde_json::Value = serde_json::from_str(&got).unwrap();
        assert!(
            want == got,
            "{input}: the verdicts differ once the names are back"
        );
    }
}
