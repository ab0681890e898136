//! No word of rehost's own escapes the catalogue. With the tests' pseudo-locale
//! (`REHOST_PSEUDO_LOCALE=1`), every text of the English catalogue, and every rule text the
//! words layer picks, comes out in accented look-alike letters: a plain English word left in
//! an output was written somewhere else. Two detectors, naming the output and the words:
//! - against Korean, over every output: a Latin word of the pseudo output that the same output
//!   in Korean does not hold (a word the catalogue would have translated);
//! - absolutely, over the outputs made of sentences (terminal, details, Markdown, inspect,
//!   JSON's messages, explain): any English word once the inventory's own text, names, codes
//!   and units are taken away (`korean_words::english_left`) — this one sees a string
//!   hard-coded in every language, which the Korean output holds too.

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

/// The fixtures judged with `--cloud all`.
const ALL_CLOUDS: &[&str] = &[
    "tests/fixtures/rvtools-4x-usage.xlsx",
    "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
];

/// DR targets, a link and prices: the options that make every DR and cost sentence appear
/// (the Korean test runs with them too).
pub(super) const DR: &[&str] = &[
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
    // Every cloud's targets on the exports shaped like real ones (the AWS and Google words,
    // the AWS quotas and checks on each machine: the discovery export's 294 machines exceed
    // their quotas); the others as a user runs them.
    let clouds: &[&str] = if ALL_CLOUDS.contains(&file) {
        &["--cloud", "all"]
    } else {
        &[]
    };
    let assess = |extra: &[&str]| -> Vec<String> {
        let mut a = vec!["assess".to_string(), file.to_string()];
        a.extend(clouds.iter().map(|s| s.to_string()));
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
        a.extend(clouds.iter().map(|s| s.to_string()));
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

/// The words of `pseudo` that its Korean counterpart does not hold. Not words: the OS codes
/// of `rules/os-catalogue.toml` (`ubuntu`, `rhel`, `windows`), which English writes as the
/// rule file does where a rule applies to some OS (`OS ubuntu, debian`, the workbook's Rules
/// sheet) and Korean names as products.
fn leaked(pseudo: &str, korean: &str) -> BTreeSet<String> {
    let neutral = latin_words(korean);
    let codes = os_codes();
    latin_words(pseudo)
        .into_iter()
        .filter(|w| !neutral.contains(w) && !codes.contains(w))
        .collect()
}

/// The OS products and families of the catalogue, as the rule files write them.
fn os_codes() -> BTreeSet<String> {
    let v: toml::Value =
        toml::from_str(&std::fs::read_to_string("rules/os-catalogue.toml").unwrap()).unwrap();
    v["os"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|o| ["product", "family"].map(|k| o.get(k).and_then(|x| x.as_str())))
        .flatten()
        .map(str::to_string)
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
    let diff = [
        "diff",
        "inventories/dr-example.csv",
        "inventories/dr-example.csv",
        "--old-as-of",
        "2020-01-27",
    ];
    c.push(("diff".to_string(), s(&diff)));
    let mut md = diff.to_vec();
    md.extend(["-f", "md"]);
    c.push(("diff md".to_string(), s(&md)));
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

/// Plain English left in a pseudo-locale output once the inventory's own text, names, codes
/// and units are taken away (the Korean test's detector, `korean_words::english_left`): a
/// word hard-coded in every language shows here even though the Korean output holds it too.
fn english_in_pseudo(what: &str, text: &str, inventory: &BTreeSet<String>) -> Vec<String> {
    let text = if what.starts_with("json") || what.contains(" json") {
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(v) => super::korean_words::json_words(&v),
            Err(_) => text.to_string(),
        }
    } else {
        text.to_string()
    };
    let mut left = super::korean_words::english_left(&text, inventory);
    left.sort();
    left.dedup();
    left
}

/// A release's components (`Unified Setup 9.54.6682.1, Recovery Services agent …`): product
/// names as the release notes write them, quoted in every language.
fn release_components() -> Vec<String> {
    let mut out = Vec::new();
    for dir in std::fs::read_dir("rules").unwrap() {
        let path = dir.unwrap().path().join("releases.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let v: toml::Value = toml::from_str(&text).unwrap();
        for r in v
            .get("release")
            .and_then(|r| r.as_array())
            .into_iter()
            .flatten()
        {
            if let Some(c) = r.get("components").and_then(|c| c.as_str()) {
                out.push(c.to_string());
            }
        }
    }
    out
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
    let mut hard_coded = Vec::new();
    for file in FIXTURES {
        let mut inventory = super::korean_words::inventory_strings(file);
        inventory.extend(release_components());
        let ko = outputs(file, Tongue::Korean, ko_dir.path());
        let ps = outputs(file, Tongue::Pseudo, ps_dir.path());
        for ((what, k), (_, p)) in ko.iter().zip(&ps) {
            check(&format!("{file} {what}"), p, k);
            // The absolute check reads the outputs made of sentences; CSV headers, the
            // page's script, the workbook's English record of a page and --compare-as-of's
            // codes are checked against Korean alone.
            let prose = [
                "terminal", "details", "markdown", "inspect", "json", "explain",
            ]
            .iter()
            .any(|p| what == p || what.starts_with(&format!("{p} ")));
            let left = if prose {
                english_in_pseudo(what, p, &inventory)
            } else {
                Vec::new()
            };
            if !left.is_empty() {
                hard_coded.push(format!("{file} {what}: {}", left.join(" ")));
            }
        }
    }
    for (what, args) in commands() {
        check(
            &what,
            &run(&args, Tongue::Pseudo),
            &run(&args, Tongue::Korean),
        );
    }
    problems.extend(hard_coded);
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
