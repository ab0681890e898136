//! Korean rule text (issue: `--lang ko`): every rule of every edition has its title, message
//! and remediation in Korean, with the English message's placeholders, in the terms
//! Microsoft's Korean pages use (`rules/i18n/glossary-ko.toml`); `rules check` refuses a
//! Korean message whose placeholders differ.

use crate::common::{rehost, stderr};

fn hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    en: String,
    ko: String,
    source: String,
    #[allow(dead_code)]
    #[serde(default)]
    note: String,
}

/// A term as a whole word or phrase, any case.
fn term_pattern(term: &str) -> regex::Regex {
    regex::Regex::new(&format!(r"(?i)\b{}\b", regex::escape(term))).unwrap()
}

#[test]
fn every_rule_of_every_edition_has_korean_text() {
    let set = rehost::rules::RuleSet::builtin().unwrap();
    let glossary: Glossary =
        toml::from_str(&std::fs::read_to_string("rules/i18n/glossary-ko.toml").unwrap()).unwrap();
    let patterns: Vec<regex::Regex> = glossary.term.iter().map(|t| term_pattern(&t.en)).collect();
    let mut rules = 0;
    let mut problems = Vec::new();
    for ((target, edition), mx) in &set.matrices {
        for r in &mx.rules {
            rules += 1;
            let Some(ko) = &r.ko else {
                problems.push(format!("{target} {edition} {}: no Korean text", r.id));
                continue;
            };
            for (what, en, k) in [
                ("title", &r.title, &ko.title),
                ("message", &r.message, &ko.message),
                ("remediation", &r.remediation, &ko.remediation),
            ] {
                if !hangul(k) {
                    problems.push(format!(
                        "{target} {edition} {} {what}: not Korean: {k:?}",
                        r.id
                    ));
                }
                for (t, p) in glossary.term.iter().zip(&patterns) {
                    if p.is_match(en) && !k.contains(&t.ko) {
                        problems.push(format!(
                            "{target} {edition} {} {what}: {:?} is {:?} in Korean: {k:?}",
                            r.id, t.en, t.ko
                        ));
                    }
                }
            }
            let mut a = rehost::rules::matrix::placeholders(&r.message);
            let mut b = rehost::rules::matrix::placeholders(&ko.message);
            a.sort();
            b.sort();
            if a != b {
                problems.push(format!(
                    "{target} {edition} {}: placeholders {a:?} ≠ {b:?}",
                    r.id
                ));
            }
        }
    }
    assert!(rules > 500, "{rules}");
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    for t in &glossary.term {
        assert!(
            !t.source.is_empty() && t.source != "to confirm",
            "{}: no source",
            t.en
        );
    }
}

#[test]
fn rules_check_refuses_a_korean_message_with_other_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("2024-01-01.toml");
    let rule = |ko_message: &str| {
        format!(
            "[matrix]\ntarget = \"contoso\"\ntitle = \"t\"\nedition = \"2024-01-01\"\nsource = \"https://example.org/p\"\napplies_to = [\"vmware\"]\n\n[[rule]]\nid = \"C-CORES\"\ntitle = \"Cores\"\nseverity = \"blocker\"\ncheck = {{ kind = \"cores-max\", max = 8 }}\nmessage = \"{{actual}} cores; at most {{limit}}\"\nremediation = \"Resize.\"\nko.title = \"코어\"\nko.message = \"{ko_message}\"\nko.remediation = \"크기를 조정합니다.\"\nreference = \"https://example.org/p#cores\"\n"
        )
    };
    std::fs::write(&f, rule("코어 {actual}개, 최대 {limit}개")).unwrap();
    let out = rehost(&["rules", "check", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::write(&f, rule("코어 {actual}개")).unwrap();
    let out = rehost(&["rules", "check", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    assert!(
        e.contains("C-CORES") && e.contains("Korean message's placeholders"),
        "{e}"
    );
}
