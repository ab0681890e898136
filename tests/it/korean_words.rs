//! A Korean report holds no English of rehost's own: every word rehost writes itself is
//! Korean. What may stay in Latin letters is what is not rehost's to translate: the
//! inventory's own text (machine names, OS strings, disk labels, column headers, file names),
//! product and protocol names, units, rule ids, codes and option names, and the quotations a
//! note marks as Microsoft's original words. The test runs every output on fixtures shaped
//! like the real exports, takes those away, and fails on any English word left.

use std::collections::BTreeSet;
use std::path::Path;

use super::common::{cell_text, rehost};

/// Names, acronyms and codes a Korean report may hold in Latin letters:
/// `tests/fixtures/korean-allowed.toml`.
struct Allowed {
    names: BTreeSet<String>,
    codes: BTreeSet<String>,
}

fn allowed() -> &'static Allowed {
    static A: std::sync::LazyLock<Allowed> = std::sync::LazyLock::new(|| {
        let file: toml::Value =
            toml::from_str(&std::fs::read_to_string("tests/fixtures/korean-allowed.toml").unwrap())
                .unwrap();
        let set = |key: &str| -> BTreeSet<String> {
            file[key]["words"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .map(str::to_string)
                .collect()
        };
        Allowed {
            names: set("names"),
            codes: set("codes"),
        }
    });
    &A
}

/// The inventory's own strings: what the files hold (machine names, OS strings, disk labels,
/// hosts, tags and power states; sheet names and column headers), never rehost's notes.
pub(super) fn inventory_strings(file: &str) -> BTreeSet<String> {
    fn walk(v: &serde_json::Value, out: &mut BTreeSet<String>) {
        match v {
            serde_json::Value::String(s) => {
                out.insert(s.clone());
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
                out.insert(k.clone());
                walk(x, out)
            }),
            _ => {}
        }
    }
    let mut all = BTreeSet::new();
    let out = rehost(&["inspect", file, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    walk(&v["files"], &mut all);
    for sheet in v["sheets"].as_array().unwrap() {
        walk(&sheet["sheet"], &mut all);
        walk(&sheet["ignored"], &mut all);
        for c in sheet["columns"].as_array().unwrap() {
            walk(&c["header"], &mut all);
        }
    }
    for d in v["data_quality"].as_array().unwrap() {
        walk(&d["raw"], &mut all);
        walk(&d["machine"], &mut all);
    }
    let out = rehost(&["assess", file, "-f", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for m in v["machines"].as_array().unwrap() {
        for key in ["name", "power_state", "host", "tags"] {
            walk(&m[key], &mut all);
        }
        walk(&m["os"]["raw"], &mut all);
        for d in m["disks"].as_array().unwrap() {
            walk(&d["name"], &mut all);
        }
    }
    // Every cell of the input itself (tiers, applications, groups, tags…); a folder's CSVs.
    let csvs: Vec<std::path::PathBuf> = if Path::new(file).is_dir() {
        let mut v: Vec<_> = std::fs::read_dir(file)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "csv"))
            .collect();
        v.sort();
        v
    } else if file.ends_with(".csv") {
        vec![file.into()]
    } else {
        Vec::new()
    };
    if !csvs.is_empty() {
        for path in csvs {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_path(path)
                .unwrap();
            for rec in r.records() {
                all.extend(rec.unwrap().iter().map(str::to_string));
            }
        }
    } else {
        use calamine::Reader;
        let mut wb = calamine::open_workbook_auto(file).unwrap();
        for name in wb.sheet_names() {
            for row in wb.worksheet_range(&name).unwrap().rows() {
                all.extend(row.iter().map(|c| c.to_string()));
            }
        }
    }
    all.retain(|s| s.chars().any(|c| c.is_ascii_alphabetic()));
    all
}

/// The English words left in `text` once the allowed text is taken out.
pub(super) fn english_left(text: &str, inventory: &BTreeSet<String>) -> Vec<String> {
    // Addresses first: an inventory string taken out of one (`docs`, `5.0`) would leave the
    // rest of it (a page's `#operating_systems_with_migration_support_only`) to read as words.
    let mut t = regex::Regex::new(r"https?://\S+")
        .unwrap()
        .replace_all(text, " ")
        .into_owned();
    // Longest first, so a name is not cut by a shorter one inside it; whole words only.
    let mut own: Vec<&String> = inventory.iter().filter(|s| s.len() >= 2).collect();
    own.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for s in own {
        let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        let pattern = format!(
            "{}{}{}",
            if word(s.chars().next()) {
                r"(?-u:\b)"
            } else {
                ""
            },
            regex::escape(s),
            if word(s.chars().last()) {
                r"(?-u:\b)"
            } else {
                ""
            }
        );
        t = regex::Regex::new(&pattern)
            .unwrap()
            .replace_all(&t, " ")
            .into_owned();
    }
    let strip = [
        r#"https?://\S+"#,
        r#""[^"\n]*""#,
        r"`[^`\n]*`",
        r"'[A-Za-z]+'",
        // A term glossed with its English, as Microsoft's Korean pages write it: 장애 복구(failback).
        r"\((failover|failback)\)",
        r"\S+\.(csv|xlsx|xls|ods|json|toml|html|md)(?-u:\b)\S*",
        r"\S*[/\\]\S*",
        r"--[a-z-]+",
        r"(?-u:\b)[A-Z0-9]+(-[A-Z0-9]+)+(?-u:\b)",
        r"(?-u:\b)(asr-vmware|asr-hyperv|azure-migrate|migrate-vmware-agentless|hygiene)(?-u:\b)",
        r"(?-u:\b)Standard_\w+",
        // A message template's placeholders (the Rules sheet).
        r"\{[a-z]+\}",
        // VM series (`Dsv5`, `Fsv2`) and codes in capitals (rule ids cut to fit, acronyms).
        r"(?-u:\b)[A-Z][a-z]*v\d+(?-u:\b)",
        r"(?-u:\b)[A-Z0-9]{2,}(?-u:\b)",
        // A name elided in the middle to fit a terminal column.
        r"\S*…\S*",
        r"(?-u:\b)(Standard|StandardSSD|Premium)_[A-Z]\d+(?-u:\b)",
    ];
    for p in strip {
        t = regex::Regex::new(p)
            .unwrap()
            .replace_all(&t, " ")
            .into_owned();
    }
    let words = regex::Regex::new(r"[A-Za-z][A-Za-z']+").unwrap();
    let in_inventory = |w: &str| inventory.iter().any(|s| s.contains(w));
    words
        .find_iter(&t)
        .map(|m| m.as_str())
        .filter(|w| w.len() >= 3 && !in_inventory(w))
        .filter(|w| {
            !allowed().names.contains(*w) && !allowed().codes.contains(&w.to_ascii_lowercase())
        })
        .map(str::to_string)
        .collect()
}

fn run_ko(args: &[&str]) -> String {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--lang", "ko"]);
    let out = rehost(&all);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text of every sheet of a workbook, but the cells the Rules sheet marks as the page's
/// English record (`(원문 기록, 영어) …`: the copy read and the transcriber's notes).
fn workbook_text(path: &Path) -> String {
    use calamine::{Reader, Xlsx, open_workbook};
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let mut text = String::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        for row in range.rows() {
            for c in row {
                let t = cell_text(c);
                if !t.starts_with("(원문 기록, 영어)") {
                    text.push_str(&t);
                    text.push('\n');
                }
            }
        }
    }
    text
}

#[test]
fn korean_reports_hold_no_english_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = [
        ("inventories/exam/seed-q3-asr-hyperv-bitlocker.csv", "VM2"),
        ("inventories/dr-example.csv", "batch-01"),
        ("tests/fixtures/rvtools-4x-usage.xlsx", ""),
        ("tests/fixtures/hyperv-getvm.csv", ""),
        ("tests/fixtures/azure-migrate-import.csv", ""),
        ("tests/fixtures/generic-hand-typed.xlsx", ""),
        (
            "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
            "SQLAGVM11",
        ),
    ];
    let dr = super::pseudo_locale::DR;
    let mut problems = Vec::new();
    for (file, machine) in fixtures {
        let inventory = inventory_strings(file);
        let mut texts: Vec<(String, String)> = Vec::new();
        let with = |extra: &[&str]| -> Vec<String> {
            let mut a = vec!["assess".to_string(), file.to_string()];
            a.extend(dr.iter().map(|s| s.to_string()));
            a.extend(extra.iter().map(|s| s.to_string()));
            a
        };
        for (what, extra) in [
            ("terminal", vec![]),
            ("details", vec!["--details"]),
            ("markdown", vec!["-f", "md"]),
            ("compare", vec!["--compare-as-of", "2020-01-27"]),
        ] {
            let args = with(&extra);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            texts.push((what.into(), run_ko(&args)));
        }
        let xlsx = dir.path().join("ko.xlsx");
        let args = with(&["-o", xlsx.to_str().unwrap()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        texts.push(("terminal with a report".into(), run_ko(&args)));
        texts.push(("workbook".into(), workbook_text(&xlsx)));
        texts.push(("inspect".into(), run_ko(&["inspect", file])));
        let json_args = with(&["-f", "json"]);
        let json_args: Vec<&str> = json_args.iter().map(String::as_str).collect();
        let json: serde_json::Value = serde_json::from_str(&run_ko(&json_args)).unwrap();
        texts.push(("json".into(), json_words(&json)));
        let first = if machine.is_empty() {
            json["machines"][0]["name"].as_str().unwrap().to_string()
        } else {
            machine.to_string()
        };
        let mut ex = vec!["explain", file, "-m", first.as_str()];
        ex.extend(dr.iter().take(8));
        texts.push(("explain".into(), run_ko(&ex)));
        for (what, text) in texts {
            let left = english_left(&without_spec_lists(&text), &inventory);
            if !left.is_empty() {
                let mut uniq: Vec<String> = left
                    .into_iter()
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect();
                uniq.truncate(40);
                problems.push(format!("{file} {what}: {}", uniq.join(" ")));
            }
        }
    }
    // The verdicts that differ from an older edition, on an export where several do (a rule
    // dropped, host and management-server lists changed).
    let exam = "inventories/exam/seed-q4-azure-migrate-2018.csv";
    let compare = run_ko(&["assess", exam, "--compare-as-of", "2020-01-27"]);
    assert!(compare.contains("기준과 다른 판정"), "{compare}");
    let left = english_left(&without_spec_lists(&compare), &inventory_strings(exam));
    if !left.is_empty() {
        problems.push(format!("{exam} compare: {left:?}"));
    }
    // The rules' own listing and one rule of each target in full.
    let none = BTreeSet::new();
    let mut texts = vec![
        ("rules list".to_string(), run_ko(&["rules", "list"])),
        // Each kind's paragraph, without its id and its example (a matrix file's own text).
        (
            "rules kinds".to_string(),
            run_ko(&["rules", "kinds"])
                .lines()
                .filter(|l| l.starts_with("  ") && !l.starts_with("  예: "))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        // Two editions compared, without what quotes the rule files (the copy read, the page,
        // the spec lists as the files write them).
        (
            "rules diff".to_string(),
            ["asr-hyperv", "asr-vmware", "azure-migrate"]
                .iter()
                .map(|t| run_ko(&["rules", "diff", t]))
                .collect::<Vec<_>>()
                .join("\n")
                .lines()
                .filter(|l| {
                    !l.contains("https://")
                        && !l.contains("읽은 사본")
                        && !l.contains(" 추가: ")
                        && !l.contains(" 제거: ")
                })
                .collect::<Vec<_>>()
                .join(" "),
        ),
    ];
    for id in [
        "ASRVMW-DR-DISK-CHURN",
        "ASRHV-VMM",
        "AM18-OS-READY",
        "MIGVMW-RDM",
    ] {
        texts.push((format!("rules show {id}"), run_ko(&["rules", "show", id])));
    }
    for (what, text) in texts {
        let left = english_left(&text, &none);
        if !left.is_empty() {
            let uniq: BTreeSet<String> = left.into_iter().collect();
            problems.push(format!("{what}: {uniq:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "English left:\n{}",
        problems.join("\n")
    );
}

/// `text` without the OS and host lists a rule file writes (`관리 서버 추가: vcenter 6.5..8.1`,
/// as `--compare-as-of` quotes them): those are the files' specs, not words; what changed
/// (`관리 서버 추가`) stays to be read.
fn without_spec_lists(text: &str) -> String {
    text.lines()
        .map(|l| match l.find(" 추가: ").or_else(|| l.find(" 제거: ")) {
            Some(i) => &l[..i + " 추가:".len()],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The worded values of a JSON report (messages, reasons, notes, titles): its keys and codes
/// stay English by design.
pub(super) fn json_words(v: &serde_json::Value) -> String {
    const WORDED: &[&str] = &[
        "message",
        "why",
        "reason",
        "notes",
        "title",
        "esu_note",
        "basis_note",
        "remediation",
        // A target summary's quotas and checks on each machine (the AWS targets).
        "quotas",
        "manual",
    ];
    let mut out = String::new();
    fn walk(v: &serde_json::Value, key: Option<&str>, out: &mut String) {
        match v {
            serde_json::Value::String(s) if key.is_some_and(|k| WORDED.contains(&k)) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, key, out)),
            serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| walk(x, Some(k), out)),
            _ => {}
        }
    }
    walk(v, None, &mut out);
    out
}

/// The detector finds what it is for: an English reason in a Korean line.
#[test]
fn the_detector_finds_english() {
    let inv: BTreeSet<String> = ["VM1".to_string()].into();
    assert_eq!(
        english_left("VM1: 판단할 수 없음: the value is missing", &inv),
        ["the", "value", "missing"]
    );
    assert!(english_left("VM1 BitLocker: 예 (ASRHV-BITLOCKER, --rpo)", &inv).is_empty());
}

/// Errors in Korean: the frame and the reason, for the mistakes people make (a missing file,
/// a file that is not an inventory, a bad option value, a machine not found, an output over
/// an input); exit status 2 as in English.
#[test]
fn errors_in_korean() {
    let none = BTreeSet::new();
    for args in error_cases() {
        let err = korean_error(args);
        let left = english_left(&err, &none);
        assert!(left.is_empty(), "{args:?}: English left {left:?} in {err}");
    }
}

/// The mistakes people make, each a command line that fails with exit status 2.
fn error_cases() -> &'static [&'static [&'static str]] {
    const EXAM: &str = "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv";
    &[
        &["assess", "no-such-file.csv"],
        &["assess", "README.md"],
        &["assess", EXAM, "-t", "nope"],
        &["assess", EXAM, "--rpo", "soon"],
        &["assess", EXAM, "--bandwidth", "fast"],
        &["assess", EXAM, "--growth", "lots"],
        &["assess", EXAM, "--growth", "2000%"],
        &["rules", "diff", "asr-hyperv", "2020-13-01"],
        &["assess", EXAM, "--as-of", "2020-13-01"],
        &["assess", EXAM, "--as-of", "2010-01-01", "-t", "asr-hyperv"],
        &["assess", EXAM, "--comfort-factor", "0"],
        &["assess", EXAM, "--vm-series", "Zv9"],
        &["assess", EXAM, "--region", "westeurope"],
        &["assess", EXAM, "--prices", "no-such-prices.json"],
        &["assess", EXAM, "-o", EXAM],
        &["explain", EXAM, "-m", "vm"],
        &["rules", "show", "NOPE-1"],
        &["assess", EXAM, "--bogus"],
        &["assess", EXAM, "--replica-storage", "tape"],
        &["assess"],
    ]
}

/// The error `args` give under `--lang ko`: exit status 2, a Korean frame.
fn korean_error(args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend(["--lang", "ko"]);
    let out = rehost(&all);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(err.starts_with("rehost: 오류: "), "{args:?}: {err}");
    err
}

/// A rule file's mistakes in Korean (`rules check`), for each kind of reason rehost words
/// itself: the frame and the reason are Korean, keys and values stay as the file writes them.
#[test]
fn rule_file_errors_in_korean() {
    let good = "[matrix]\ntarget = \"demo\"\ntitle = \"Demo\"\nedition = \"2020-01-27\"\nsource = \"https://example.org/p\"\napplies_to = [\"hyper-v\"]\n\n[[rule]]\nid = \"DEMO-1\"\ntitle = \"t\"\nseverity = \"blocker\"\nwhen = { generation = 2 }\ncheck = { kind = \"disk-max\", role = \"os\", max = \"300 GB\" }\nmessage = \"{actual}; at most {limit}\"\nremediation = \"r\"\nreference = \"https://example.org/p#a\"\n";
    let check = r#"check = { kind = "disk-max", role = "os", max = "300 GB" }"#;
    let cases = [
        good.replace("\"demo\"", "\"Demo\""),
        good.replace("2020-01-27\"", "2020-01-27\"\nchanged_after = \"2020-02-01\""),
        good.replace("[\"hyper-v\"]", "[]"),
        good.replace("[\"hyper-v\"]", "[\"xen\"]"),
        good.replace("source = \"https", "source = \"http"),
        good.replace("\"DEMO-1\"", "\"demo-1\""),
        good.replace("{limit}", "{limt}"),
        good.replace("{ generation = 2 }", "{ firmware = \"efi2\" }"),
        good.replace("2020-01-27", "2020-13-01"),
        good.replace(check, r#"check = { kind = "vm-name", pattern = "^a$", max_length = 0 }"#),
        good.replace(check, r#"check = { kind = "disk-kinds", forbidden = [] }"#),
        good.replace(check, r#"check = { kind = "os-supported", list = [] }"#),
        good.replace(check, r#"check = { kind = "field", field = "colour", op = "present" }"#),
        good.replace(check, r#"check = { kind = "field", field = "tag:A", op = "equals" }"#),
        good.replace(check, r#"check = { kind = "disk-max", role = "os", max = "300" }"#),
        good.replace(check, r#"check = { kind = "rto", sla = "5 fortnights" }"#),
        good.replace(check, r#"check = { kind = "peak-churn-max", max = "54" }"#),
        good.replace(check, r#"check = { kind = "os-supported", list = ["rhel 8..7"] }"#),
        good.replace(check, r#"check = { kind = "os-supported", list = ["plan9 1"] }"#),
        good.replace(
            check,
            r#"check = { kind = "churn-max", per = "vm", limits = [{ storage = "premium", io_size = "8 MB", max = "2 MB/s" }] }"#,
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("demo.toml");
    let none = BTreeSet::new();
    for text in cases {
        std::fs::write(&f, &text).unwrap();
        let out = rehost(&["rules", "check", f.to_str().unwrap(), "--lang", "ko"]);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{text}: {err}");
        assert!(err.starts_with("rehost: 오류: "), "{err}");
        let left = english_left(&err, &none);
        assert!(left.is_empty(), "English left {left:?} in {err}");
    }
}

/// Every Korean output rehost gives on `file`, by what it is: the terminal (with and without
/// `--details`, and when it writes a report), Markdown, the JSON report's worded values, the
/// workbook, the HTML page, `inspect` and `explain` of `machine` (empty: the first).
fn korean_outputs(file: &str, machine: &str, dir: &Path) -> Vec<(String, String)> {
    let dr = super::pseudo_locale::DR;
    let with = |extra: &[&str]| -> Vec<String> {
        let mut a = vec!["assess".to_string(), file.to_string()];
        a.extend(dr.iter().map(|s| s.to_string()));
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let run = |extra: &[&str]| {
        let args = with(extra);
        run_ko(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let mut texts: Vec<(String, String)> = vec![
        ("terminal".into(), run(&[])),
        ("details".into(), run(&["--details"])),
        ("markdown".into(), run(&["-f", "md"])),
        ("compare".into(), run(&["--compare-as-of", "2020-01-27"])),
    ];
    let xlsx = dir.join("ko.xlsx");
    texts.push((
        "terminal with a report".into(),
        run(&["-o", xlsx.to_str().unwrap()]),
    ));
    texts.push(("workbook".into(), workbook_text(&xlsx)));
    let html = dir.join("ko.html");
    run(&["-f", "html", "-o", html.to_str().unwrap()]);
    texts.push(("html".into(), std::fs::read_to_string(&html).unwrap()));
    texts.push(("inspect".into(), run_ko(&["inspect", file])));
    let json: serde_json::Value = serde_json::from_str(&run(&["-f", "json"])).unwrap();
    texts.push(("json".into(), json_words(&json)));
    let first = if machine.is_empty() {
        json["machines"][0]["name"].as_str().unwrap().to_string()
    } else {
        machine.to_string()
    };
    let mut ex = vec!["explain", file, "-m", first.as_str()];
    ex.extend(dr.iter().take(8));
    texts.push(("explain".into(), run_ko(&ex)));
    texts
}

/// The particle pairs Korean software writes when it does not know the word (`은(는)`,
/// `(으)로`, `(이)라는`…) found in `text`.
fn particle_pairs(text: &str) -> Vec<String> {
    let re = regex::Regex::new(
        r"\S{0,12}(은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|와\(과\)|과\(와\)|\((으|이|은|는|을|를|과|와|가)\)\S*)",
    )
    .unwrap();
    re.find_iter(text).map(|m| m.as_str().to_string()).collect()
}

/// rehost always knows the word a particle follows, so no Korean output writes a particle
/// pair: the no-English test's sibling, on the same outputs (and the errors and rule
/// listings), with a second detector.
#[test]
fn korean_outputs_write_no_particle_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = [
        ("inventories/exam/seed-q3-asr-hyperv-bitlocker.csv", "VM2"),
        ("inventories/dr-example.csv", "batch-01"),
        ("tests/fixtures/rvtools-4x-usage.xlsx", ""),
        ("tests/fixtures/hyperv-getvm.csv", ""),
        ("tests/fixtures/azure-migrate-import.csv", ""),
        ("tests/fixtures/generic-hand-typed.xlsx", ""),
        (
            "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
            "SQLAGVM11",
        ),
        ("tests/fixtures/rvtools-133.xlsx", ""),
        ("tests/fixtures/rvtools-4x-guest-os.xlsx", ""),
        ("tests/fixtures/rvtools-4x-controllers.xlsx", ""),
        ("tests/fixtures/rvtools-csv", ""),
        ("tests/fixtures/hyperv-vhd.csv", ""),
        ("inventories/exam/seed-q4-azure-migrate-2018.csv", ""),
    ];
    let mut texts = Vec::new();
    for (file, machine) in fixtures {
        for (what, text) in korean_outputs(file, machine, dir.path()) {
            texts.push((format!("{file} {what}"), text));
        }
    }
    // The real exports against the older editions too (each edition's own rule texts), and
    // `explain` of machines that between them fail or leave unknown every rule they meet.
    for file in [
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        "tests/fixtures/rvtools-133.xlsx",
    ] {
        for day in [
            "2018-06-01",
            "2019-08-01",
            "2019-11-01",
            "2020-08-01",
            "2021-03-05",
            "2021-09-01",
            "2023-10-01",
            "2025-09-01",
        ] {
            let text = run_ko(&["assess", file, "--details", "--as-of", day]);
            texts.push((format!("{file} --details --as-of {day}"), text));
        }
        for machine in machines_covering_every_finding(file) {
            let text = run_ko(&["explain", file, "-m", machine.as_str()]);
            texts.push((format!("{file} explain {machine}"), text));
        }
    }
    for args in error_cases() {
        texts.push((format!("error {args:?}"), korean_error(args)));
    }
    texts.push(("rules list".into(), run_ko(&["rules", "list"])));
    for t in ["asr-hyperv", "asr-vmware", "azure-migrate"] {
        texts.push((format!("rules diff {t}"), run_ko(&["rules", "diff", t])));
    }
    let mut problems = Vec::new();
    for (what, text) in &texts {
        let found: BTreeSet<String> = particle_pairs(text).into_iter().collect();
        if !found.is_empty() {
            problems.push(format!("{what}: {found:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "particle pairs left:\n{}",
        problems.join("\n")
    );
}

/// Machines of `file` that between them have a finding (failed or unknown) for every rule any
/// machine has one for, the first machine that has it: what `explain` says of each rule.
fn machines_covering_every_finding(file: &str) -> Vec<String> {
    let out = rehost(&["assess", file, "-f", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut seen = BTreeSet::new();
    let mut machines = Vec::new();
    for m in json["machines"].as_array().unwrap() {
        let mut new_rule = false;
        for a in m["assessments"].as_array().unwrap() {
            for f in a["findings"].as_array().unwrap() {
                let rule = format!("{} {}", a["target"], f["rule"]);
                new_rule |= seen.insert(rule);
            }
        }
        if new_rule {
            machines.push(m["name"].as_str().unwrap().to_string());
        }
    }
    assert!(machines.len() > 1, "{file}: {machines:?}");
    machines
}

/// The detector finds what it is for, and not the brackets Korean text writes otherwise.
#[test]
fn the_particle_detector_finds_pairs() {
    assert_eq!(
        particle_pairs("CentOS 7 (64-bit)은(는) 지원되는 게스트 OS 목록에 없습니다"),
        ["(64-bit)은(는)"]
    );
    assert_eq!(particle_pairs("2016(으)로 판단"), ["2016(으)로"]);
    assert_eq!(particle_pairs("vm(이)라는 머신"), ["vm(이)라는"]);
    assert!(particle_pairs("복구 지점 목표(RPO)를 충족; 파이프(FIFO)가 아닙니다").is_empty());
}

/// The AWS targets (assessed when named): every output of an RVTools export and of a typed
/// table with free space and kernels, their rules shown and compared, in Korean.
#[test]
fn korean_reports_for_aws_targets_hold_no_english_of_their_own() {
    let t = ["-t", "aws-mgn", "-t", "aws-drs"];
    let mut problems = Vec::new();
    for (file, machine) in [
        ("tests/fixtures/rvtools-4x-usage.xlsx", ""),
        // 133 machines: over DRS's quota of 100 servers a job.
        ("tests/fixtures/rvtools-133.xlsx", "vm-0000001"),
        ("tests/editions/aws-drs/2026-02-15.csv", "drs-kernel-6-9"),
        (
            "tests/editions/aws-mgn/2026-11-20.csv",
            "mgn-ends-2026-12-30-fail",
        ),
    ] {
        let inventory = inventory_strings(file);
        let mut texts: Vec<(String, String)> = Vec::new();
        for (what, extra) in [
            ("terminal", vec![]),
            ("details", vec!["--details"]),
            ("markdown", vec!["-f", "md"]),
            ("compare", vec!["--compare-as-of", "2025-11-28"]),
        ] {
            let mut args = vec!["assess", file];
            args.extend(t);
            args.extend(extra);
            texts.push((what.into(), run_ko(&args)));
        }
        let mut args = vec!["assess", file, "-f", "json"];
        args.extend(t);
        let json: serde_json::Value = serde_json::from_str(&run_ko(&args)).unwrap();
        texts.push(("json".into(), json_words(&json)));
        let first = if machine.is_empty() {
            json["machines"][0]["name"].as_str().unwrap().to_string()
        } else {
            machine.to_string()
        };
        let mut ex = vec!["explain", file, "-m", first.as_str()];
        ex.extend(t);
        texts.push(("explain".into(), run_ko(&ex)));
        for (what, text) in texts {
            let left = english_left(&without_spec_lists(&text), &inventory);
            if !left.is_empty() {
                let uniq: BTreeSet<String> = left.into_iter().collect();
                problems.push(format!("{file} {what}: {uniq:?}"));
            }
        }
    }
    let none = BTreeSet::new();
    let mut texts: Vec<(String, String)> = ["aws-mgn", "aws-drs"]
        .iter()
        .map(|target| {
            let diff = run_ko(&["rules", "diff", target, "2025-07-03", "2026-12-01"])
                .lines()
                .filter(|l| {
                    !l.contains("https://")
                        && !l.contains("읽은 사본")
                        && !l.contains(" 추가: ")
                        && !l.contains(" 제거: ")
                })
                .collect::<Vec<_>>()
                .join(" ");
            (format!("rules diff {target}"), diff)
        })
        .collect();
    for id in [
        "MGN-FREE-ROOT",
        "MGN-KERNEL",
        "MGN-OS-ENDS-2026-12-30",
        "DRS-NO-NEW-AGENT-EL6-SLES11",
        "DRS-AGENT-STOPPED-EL6-SLES11",
        "DRS-VOLUME-COUNT",
    ] {
        texts.push((format!("rules show {id}"), run_ko(&["rules", "show", id])));
    }
    for (what, text) in texts {
        let left = english_left(&text, &none);
        if !left.is_empty() {
            let uniq: BTreeSet<String> = left.into_iter().collect();
            problems.push(format!("{what}: {uniq:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "English left:\n{}",
        problems.join("\n")
    );
}
