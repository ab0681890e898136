//! Every cloud on the real discovery export and on an RVTools-shaped fixture, as a user runs
//! `--cloud all`: each machine has a verdict for each cloud target, every verdict short of
//! ready says why in the reader's language (JSON's finding messages and `--details`), the
//! summary counts what the machines say, `explain` cites the AWS or Google page of each
//! finding, and the AWS targets' quotas and checks on each machine reach the Markdown report
//! and the JSON summary in the terminal's words.

use std::collections::BTreeMap;

use super::common::{rehost_with, stderr};
use super::korean_words::{english_left, inventory_strings};

const DISCOVERY: &str = "inventories/samples/AzureMigrate_Discovery_Report.xlsx";
const RVTOOLS: &str = "tests/fixtures/rvtools-133.xlsx";
const AS_OF: &str = "2026-12-01";

/// The seven targets of the three clouds, in report order; hygiene (cloud-neutral) follows
/// on an RVTools export.
const CLOUD_TARGETS: &[&str] = &[
    "asr-vmware",
    "asr-hyperv",
    "azure-migrate",
    "migrate-vmware-agentless",
    "aws-mgn",
    "aws-drs",
    "gcp-m2vm",
];

/// The non-Azure targets and the start of the pages they cite.
const OTHER_CLOUDS: &[(&str, &[&str])] = &[
    ("aws-mgn", &["https://docs.aws.amazon.com/"]),
    ("aws-drs", &["https://docs.aws.amazon.com/"]),
    (
        "gcp-m2vm",
        &[
            "https://cloud.google.com/",
            "https://docs.cloud.google.com/",
        ],
    ),
];

/// Verdicts that must say why.
const SHORT_OF_READY: &[&str] = &["not-ready", "ready-with-conditions", "unknown"];

fn run(args: &[&str], lang: &str) -> String {
    let mut all = args.to_vec();
    all.extend(["--lang", lang]);
    let out = rehost_with(&all, &[("COLUMNS", "200")]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{all:?}: {}",
        stderr(&out)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn assess_json(file: &str, lang: &str) -> serde_json::Value {
    let text = run(
        &[
            "assess", file, "--cloud", "all", "--as-of", AS_OF, "-f", "json",
        ],
        lang,
    );
    serde_json::from_str(&text).unwrap()
}

fn hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// A finding that says why a verdict is short of ready: a rule that failed or could not be
/// told.
fn reasons(a: &serde_json::Value) -> Vec<(&str, &str)> {
    a["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| matches!(f["outcome"].as_str(), Some("fail" | "unknown")))
        .map(|f| {
            (
                f["rule"].as_str().unwrap(),
                f["message"].as_str().unwrap_or(""),
            )
        })
        .collect()
}

/// A message in the reader's language: Korean with Hangul, English without. (That a Korean
/// text holds no English of rehost's own is checked once over all of them: the detector is
/// slow on a whole estate's messages one by one.)
fn in_language(text: &str, lang: &str) -> bool {
    match lang {
        "ko" => hangul(text),
        _ => !hangul(text) && !text.trim().is_empty(),
    }
}

/// The English words of rehost's own left in a Korean text.
fn english_of_ours(text: &str, inventory: &std::collections::BTreeSet<String>) -> Vec<String> {
    let mut left = english_left(&quoted_values(text), inventory);
    left.sort();
    left.dedup();
    left
}

/// `text` without values quoted the same in every language: the states vSphere records
/// (`(poweredOn, running, notConfigured 등)`, hygiene's unreadable state) and e-mail
/// addresses (Google's OS support requests).
fn quoted_values(text: &str) -> String {
    let t = regex::Regex::new(r"\(poweredOn[^)]*\)")
        .unwrap()
        .replace_all(text, " ");
    regex::Regex::new(r"\S+@\S+")
        .unwrap()
        .replace_all(&t, " ")
        .into_owned()
}

/// Each machine's row of `target`'s section of `--details`, with its wrapped lines.
fn details_rows(text: &str, target: &str) -> Vec<String> {
    let mut rows = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if !line.starts_with(' ') && !line.is_empty() {
            inside = line.starts_with(&format!("{target} ")) && line.contains(" — ");
            continue;
        }
        if !inside {
            continue;
        }
        if line.starts_with("  ") && !line.starts_with("   ") {
            rows.push(line.to_string());
        } else if line.starts_with("   ")
            && let Some(r) = rows.last_mut()
        {
            r.push(' ');
            r.push_str(line.trim());
        }
    }
    rows
}

#[test]
fn every_machine_has_a_verdict_per_cloud_target_with_reasons_in_its_language() {
    let mut problems = Vec::new();
    for (file, hygiene) in [(DISCOVERY, false), (RVTOOLS, true)] {
        let inventory = inventory_strings(file);
        let mut want: Vec<&str> = CLOUD_TARGETS.to_vec();
        if hygiene {
            want.push("hygiene");
        }
        for lang in ["en", "ko"] {
            let json = assess_json(file, lang);
            let details = run(
                &[
                    "assess",
                    file,
                    "--cloud",
                    "all",
                    "--as-of",
                    AS_OF,
                    "--details",
                ],
                lang,
            );
            let rows: BTreeMap<&str, Vec<String>> = want
                .iter()
                .map(|t| (*t, details_rows(&details, t)))
                .collect();
            let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
            let mut messages: Vec<String> = Vec::new();
            let machines = json["machines"].as_array().unwrap();
            assert!(machines.len() >= 133, "{file}: {}", machines.len());
            for m in machines {
                let name = m["name"].as_str().unwrap();
                let got: Vec<&str> = m["assessments"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a["target"].as_str().unwrap())
                    .collect();
                if got != want {
                    problems.push(format!("{file} {lang} {name}: targets {got:?}"));
                    continue;
                }
                for a in m["assessments"].as_array().unwrap() {
                    let target = a["target"].as_str().unwrap();
                    let readiness = a["readiness"].as_str().unwrap();
                    *counts
                        .entry(target.to_string())
                        .or_default()
                        .entry(readiness.replace('-', "_"))
                        .or_default() += 1;
                    if !SHORT_OF_READY.contains(&readiness) {
                        continue;
                    }
                    let why = reasons(a);
                    let at = format!("{file} {lang} {target} {name} ({readiness})");
                    if why.is_empty() {
                        problems.push(format!("{at}: no finding says why"));
                        continue;
                    }
                    for (rule, message) in &why {
                        messages.push(message.to_string());
                        if !in_language(message, lang) {
                            problems.push(format!("{at}: {rule}: {message:?}"));
                        }
                    }
                    // The details row names one of those rules and says why in words.
                    let row = rows[target].iter().find(|r| {
                        r.strip_prefix("  ")
                            .and_then(|r| r.strip_prefix(name))
                            .is_some_and(|r| r.starts_with("  "))
                    });
                    let Some(row) = row else {
                        problems.push(format!("{at}: no row in --details"));
                        continue;
                    };
                    let said = why.iter().find_map(|(rule, _)| {
                        row.find(&format!("{rule}: "))
                            .map(|i| &row[i + rule.len() + 2..])
                    });
                    match said {
                        Some(words) if in_language(words, lang) => {}
                        _ => problems.push(format!("{at}: --details says {row:?}")),
                    }
                }
            }
            // The summary counts what the machines say, target by target.
            let targets = json["summary"]["targets"].as_array().unwrap();
            let summarised: Vec<&str> = targets
                .iter()
                .map(|t| t["target"].as_str().unwrap())
                .collect();
            assert_eq!(summarised, want, "{file} {lang}");
            for t in targets {
                let target = t["target"].as_str().unwrap();
                for key in [
                    "ready",
                    "ready_with_conditions",
                    "not_ready",
                    "unknown",
                    "not_applicable",
                ] {
                    let said = t["readiness"][key].as_u64().unwrap() as usize;
                    let counted = counts[target].get(key).copied().unwrap_or(0);
                    if said != counted {
                        problems.push(format!(
                            "{file} {lang} summary {target} {key}: {said}, machines say {counted}"
                        ));
                    }
                }
            }
            // Each non-Azure target has verdicts short of ready on these files, so the
            // reasons above were read for every cloud.
            for (target, _) in OTHER_CLOUDS {
                let c = &counts[*target];
                let short: usize = SHORT_OF_READY
                    .iter()
                    .map(|r| c.get(&r.replace('-', "_")).copied().unwrap_or(0))
                    .sum();
                assert!(short > 0, "{file} {lang} {target}: {c:?}");
            }
            if lang == "ko" {
                // Over the rows, whose wrapped lines are joined (a quotation of the release notes
                // runs over several lines).
                let joined: Vec<&str> = rows.values().flatten().map(String::as_str).collect();
                let left = english_of_ours(&joined.join("\n"), &inventory);
                if !left.is_empty() {
                    problems.push(format!("{file} ko --details: {left:?}"));
                }
                let left = english_of_ours(&messages.join("\n"), &inventory);
                if !left.is_empty() {
                    problems.push(format!("{file} ko finding messages: {left:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The blocks of an `explain` output, one a rule: its heading line (rule id among the words)
/// and the lines under it.
fn explain_blocks(text: &str) -> Vec<String> {
    let mut blocks: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("  ") && !line.starts_with("   ") {
            blocks.push(line.to_string());
        } else if line.starts_with("   ") {
            if let Some(b) = blocks.last_mut() {
                b.push('\n');
                b.push_str(line);
            }
        } else {
            blocks.push(String::new());
        }
    }
    blocks
}

#[test]
fn explain_cites_the_aws_or_google_page_of_each_finding() {
    let mut problems = Vec::new();
    let mut explained = 0;
    for file in [DISCOVERY, RVTOOLS] {
        let inventory = inventory_strings(file);
        let json = assess_json(file, "en");
        let rules = json["rules"].as_object().unwrap();
        for (target, hosts) in OTHER_CLOUDS {
            // A machine of the target's first verdict short of ready on the file (not ready
            // first): one explain a target, file and language keeps the test quick.
            let mut chosen: Vec<(&str, &serde_json::Value)> = Vec::new();
            for verdict in SHORT_OF_READY {
                if !chosen.is_empty() {
                    break;
                }
                let found = json["machines"].as_array().unwrap().iter().find_map(|m| {
                    let a = m["assessments"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|a| a["target"] == *target)?;
                    (a["readiness"] == *verdict).then(|| (m["name"].as_str().unwrap(), a))
                });
                chosen.extend(found);
            }
            assert!(!chosen.is_empty(), "{file} {target}");
            for (name, a) in chosen {
                let findings: Vec<&str> = a["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| f["rule"].as_str().unwrap())
                    .collect();
                assert!(!findings.is_empty(), "{file} {target} {name}");
                for lang in ["en", "ko"] {
                    let text = run(
                        &["explain", file, "-m", name, "-t", target, "--as-of", AS_OF],
                        lang,
                    );
                    explained += 1;
                    let blocks = explain_blocks(&text);
                    for rule in &findings {
                        let at = format!("{file} {lang} {target} {name} {rule}");
                        let page = rules[*rule]["reference"].as_str().unwrap_or("");
                        if !hosts.iter().any(|h| page.starts_with(h)) {
                            problems.push(format!("{at}: the rule cites {page:?}"));
                            continue;
                        }
                        let block = blocks.iter().find(|b| {
                            b.lines()
                                .next()
                                .unwrap_or("")
                                .split_whitespace()
                                .any(|w| w == *rule)
                        });
                        match block {
                            Some(b) if b.contains(page) => {
                                // The finding's own words under its heading, in the language.
                                let words: String = b
                                    .lines()
                                    .skip(1)
                                    .filter(|l| !l.contains("https://"))
                                    .collect::<Vec<_>>()
                                    .join("\n");
                                let english = match lang {
                                    "ko" => english_of_ours(&words, &inventory),
                                    _ => Vec::new(),
                                };
                                if !in_language(&words, lang) || !english.is_empty() {
                                    problems.push(format!("{at}: {english:?} {b}"));
                                }
                            }
                            Some(b) => problems.push(format!("{at}: no {page} in\n{b}")),
                            None => problems.push(format!("{at}: not explained")),
                        }
                    }
                }
            }
        }
    }
    assert!(explained >= 12, "{explained}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The AWS targets' quotas the estate exceeds and what to check on each machine: in the JSON
/// summary (`quotas`, `manual`) and the Markdown report as in the terminal, in each language;
/// targets without them write no such key.
#[test]
fn aws_quotas_and_checks_on_each_machine_reach_markdown_and_json() {
    for lang in ["en", "ko"] {
        let json = assess_json(RVTOOLS, lang);
        let md = run(
            &[
                "assess", RVTOOLS, "--cloud", "all", "--as-of", AS_OF, "-f", "md",
            ],
            lang,
        );
        let terminal = run(
            &["assess", RVTOOLS, "--cloud", "all", "--as-of", AS_OF],
            lang,
        );
        let targets: BTreeMap<&str, &serde_json::Value> = json["summary"]["targets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (t["target"].as_str().unwrap(), t))
            .collect();
        let list = |t: &str, key: &str| -> Vec<String> {
            targets[t][key]
                .as_array()
                .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
                .unwrap_or_default()
        };
        // 133 machines: over DRS's 100 a job, under MGN's 150 replicating.
        assert_eq!(list("aws-mgn", "quotas"), Vec::<String>::new());
        assert!(targets["aws-mgn"].get("quotas").is_none());
        let quotas = list("aws-drs", "quotas");
        let want = match lang {
            "ko" => "범위 안의 머신 133대, 할당량 100대 초과: 드릴 또는 복구 작업",
            _ => "133 machines in scope, more than the quota of 100: one drill or recovery job",
        };
        assert_eq!(quotas.len(), 1, "{quotas:?}");
        assert!(quotas[0].starts_with(want), "{quotas:?}");
        for t in ["aws-mgn", "aws-drs"] {
            let manual = list(t, "manual");
            assert!(manual.len() >= 5, "{t} {manual:?}");
            for item in &manual {
                assert_eq!(hangul(item), lang == "ko", "{t} {item}");
            }
            // The Markdown report says them in the terminal's sentences, one line each.
            let (head, sep) = match lang {
                "ko" => ("각 머신에서 확인: ", "; "),
                _ => ("check on each machine: ", "; "),
            };
            let line = format!("- {t}: {head}{}", manual.join(sep));
            assert!(md.lines().any(|l| l == line), "{line}\n{md}");
            // Same items, same order as the terminal's (wrapped) line.
            let flat = terminal.split_whitespace().collect::<Vec<_>>().join(" ");
            let said = format!("{head}{}", manual.join(sep));
            assert!(
                flat.contains(&said.split_whitespace().collect::<Vec<_>>().join(" ")),
                "{t} {said}"
            );
        }
        let line = format!("- aws-drs: {}", quotas[0]);
        assert!(md.lines().any(|l| l == line), "{line}\n{md}");
        let heading = match lang {
            "ko" => "할당량과 각 머신에서 확인할 사항:",
            _ => "Quotas and what to check on each machine:",
        };
        assert_eq!(md.matches(heading).count(), 1, "{md}");
        // Azure, Google and hygiene list neither.
        for t in [
            "asr-vmware",
            "azure-migrate",
            "migrate-vmware-agentless",
            "gcp-m2vm",
            "hygiene",
        ] {
            assert!(targets[t].get("manual").is_none(), "{t}");
            assert!(targets[t].get("quotas").is_none(), "{t}");
        }
    }
    // The discovery export's 294 machines exceed MGN's 150 replicating servers as well.
    let json = assess_json(DISCOVERY, "en");
    let mgn = json["summary"]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["target"] == "aws-mgn")
        .unwrap();
    let quotas = mgn["quotas"].as_array().unwrap();
    assert!(
        quotas.iter().any(|q| q
            .as_str()
            .unwrap()
            .starts_with("294 machines in scope, more than the quota of 150")),
        "{quotas:?}"
    );
    // Without the AWS targets the Markdown report has no such section.
    let md = run(&["assess", RVTOOLS, "-f", "md"], "en");
    assert!(!md.contains("Quotas and what to check"), "{md}");
}
