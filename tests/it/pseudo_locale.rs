//! No word of rehost's own escapes the catalogue. With the tests' pseudo-locale
//! (`REHOST_PSEUDO_LOCALE=1`), every text of the English catalogue, and every rule text the
//! words layer picks, comes out in accented look-alike letters: a plain English word left in
//! an output was written somewhere else. What may stay in Latin letters (the inventory's own
//! text, product names, units, codes, JSON keys) is what the same output in Korean holds too,
//! so the test takes the Korean output's words away and fails on what is left, naming the
//! output and the words.

use std::collections::BTreeSet;
use std::path::Path;

use super::common::{cell_text, rehost_with};

const FIXTURES: &[&str] = &[
    "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
    "inventories/dr-example.csv",
    "tests/fixtures/rvtools-4x-usage.xlsx",
    "tests/fixtures/rvtools-csv",
    "tests/fixtures/hyperv-getvm.csv",
    "tests/fixtures/azure-migrate-import.csv",
    "tests/fixtures/generic-hand-typed.xlsx",
    "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
];

const DR: &[&str] = &[
    "--rpo",
    "15 min",
    "--rto",
    "1 h",
    "--bandwidth",
    "100 Mbps",
    "--dr-policy",
    "inventories/dr-policy.toml",
    "--prices",
    "tests/fixtures/prices-westeurope.json",
];

/// The two renderings of one output: Korean, and the pseudo-locale.
#[derive(Clone, Copy)]
enum Tongue {
    Korean,
    Pseudo,
}

fn run(args: &[String], tongue: Tongue) -> String {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let env: &[(&str, &str)] = match tongue {
        Tongue::Korean => &[("REHOST_LANG", "ko")],
        Tongue::Pseudo => &[("REHOST_LANG", "en"), ("REHOST_PSEUDO_LOCALE", "1")],
    };
    let out = rehost_with(&args, env);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut text = String::from_utf8(out.stdout).unwrap();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    text
}

/// Every cell of a workbook, as text.
fn workbook_text(path: &Path) -> String {
    use calamine::{Reader, Xlsx, open_workbook};
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let mut text = String::new();
    for name in wb.sheet_names() {
        text.push_str(&name);
        text.push('\n');
        for row in wb.worksheet_range(&name).unwrap().rows() {
            for c in row {
                text.push_str(&cell_text(c));
                text.push('\n');
            }
        }
    }
    text
}

/// The outputs of one inventory, each as (name, text), in one tongue.
fn outputs(file: &str, tongue: Tongue, dir: &Path) -> Vec<(String, String)> {
    let assess = |extra: &[&str]| -> Vec<String> {
        let mut a = vec!["assess".to_string(), file.to_string()];
        a.extend(DR.iter().map(|s| s.to_string()));
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let mut texts = Vec::new();
    for (what, extra) in [
        ("terminal", vec![]),
        ("details", vec!["--details"]),
        ("markdown", vec!["-f", "md"]),
        ("csv", vec!["-f", "csv"]),
        ("json", vec!["-f", "json"]),
        ("compare", vec!["--compare-as-of", "2020-01-27"]),
    ] {
        texts.push((what.to_string(), run(&assess(&extra), tongue)));
    }
    let xlsx = dir.join("report.xlsx");
    let args = assess(&["-o", xlsx.to_str().unwrap()]);
    run(&args, tongue);
    texts.push(("workbook".into(), workbook_text(&xlsx)));
    let html = dir.join("report.html");
    let args = assess(&["-f", "html", "-o", html.to_str().unwrap()]);
    run(&args, tongue);
    texts.push(("html".into(), std::fs::read_to_string(&html).unwrap()));
    let inspect = |extra: &[&str]| {
        let mut a = vec!["inspect".to_string(), file.to_string()];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    texts.push(("inspect".into(), run(&inspect(&[]), tongue)));
    texts.push((
        "inspect json".into(),
        run(&inspect(&["-f", "json"]), tongue),
    ));
    let json: serde_json::Value =
        serde_json::from_str(&run(&assess(&["-f", "json"]), Tongue::Korean)).unwrap();
    for m in json["machines"].as_array().unwrap().iter().take(3) {
        let name = m["name"].as_str().unwrap();
        let mut a = vec![
            "explain".to_string(),
            file.to_string(),
            "-m".to_string(),
            name.to_string(),
        ];
        a.extend(DR.iter().take(8).map(|s| s.to_string()));
        texts.push((format!("explain {name}"), run(&a, tongue)));
    }
    texts
}

/// The words of Latin letters in a text (three letters or more). Not words: a code written
/// with hyphens (`windows-legacy`, `not-applicable`, a rule id), and a word cut to fit a
/// column (`SHA…`), whose cut falls elsewhere in another language's line.
fn latin_words(text: &str) -> BTreeSet<String> {
    let cut = regex::Regex::new(r"\S*…").unwrap();
    let text = cut.replace_all(text, " ");
    let codes = regex::Regex::new(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+").unwrap();
    let text = codes.replace_all(&text, " ");
    let re = regex::Regex::new(r"[A-Za-z]{3,}").unwrap();
    re.find_iter(&text)
        .map(|m| m.as_str().to_string())
        .collect()
}

/// The words of `pseudo` that its Korean counterpart does not hold.
fn leaked(pseudo: &str, korean: &str) -> BTreeSet<String> {
    let neutral = latin_words(korean);
    latin_words(pseudo)
        .into_iter()
        .filter(|w| !neutral.contains(w))
        .collect()
}

fn commands() -> Vec<(String, Vec<String>)> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let mut c = vec![
        ("rules list".to_string(), s(&["rules", "list"])),
        ("rules kinds".to_string(), s(&["rules", "kinds"])),
        (
            "rules diff".to_string(),
            s(&["rules", "diff", "asr-hyperv", "2020-01-27"]),
        ),
    ];
    for id in [
        "ASRVMW-DR-DISK-CHURN",
        "ASRVMW-OS",
        "ASRHV-VMM",
        "AM18-OS-READY",
        "MIGVMW-RDM",
    ] {
        c.push((format!("rules show {id}"), s(&["rules", "show", id])));
    }
    c
}

#[test]
fn every_word_of_rehost_comes_from_the_catalogue() {
    let ko_dir = tempfile::tempdir().unwrap();
    let ps_dir = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let mut check = |what: &str, pseudo: &str, korean: &str| {
        let left = leaked(pseudo, korean);
        if !left.is_empty() {
            let words: Vec<&str> = left.iter().map(String::as_str).take(30).collect();
            problems.push(format!("{what}: {}", words.join(" ")));
        }
    };
    for file in FIXTURES {
        let ko = outputs(file, Tongue::Korean, ko_dir.path());
        let ps = outputs(file, Tongue::Pseudo, ps_dir.path());
        for ((what, k), (_, p)) in ko.iter().zip(&ps) {
            check(&format!("{file} {what}"), p, k);
        }
    }
    for (what, args) in commands() {
        check(
            &what,
            &run(&args, Tongue::Pseudo),
            &run(&args, Tongue::Korean),
        );
    }
    assert!(
        problems.is_empty(),
        "plain English outside the catalogue ({} outputs):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The test can fail: a word the catalogue does not hold is seen.
#[test]
fn a_word_outside_the_catalogue_is_seen() {
    let left = leaked("Ţĥé ṀÓŠ disk 4096 GB Ready", "디스크 4096 GB");
    assert_eq!(
        left.into_iter().collect::<Vec<_>>(),
        vec!["Ready".to_string(), "disk".to_string()]
    );
}
