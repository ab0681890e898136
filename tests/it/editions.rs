//! One limit table per shipped edition: `tests/editions/<target>/<edition>.csv` is an
//! inventory whose rows each name a rule of that edition (`Rule`) and the outcome it must give
//! (`Expect`: pass, fail, unknown, not-applicable, not-evaluated), written from that edition's
//! page. Every rule with a limit or a list has a row just inside it and one just outside, so a
//! number mistyped in a matrix, or an edition picked for the wrong date, fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rehost::inventory;
use rehost::rules::eval::assess;
use rehost::rules::{Keep, Matrix, Outcome, RuleSet};

fn table(m: &Matrix) -> PathBuf {
    Path::new("tests/editions")
        .join(m.target())
        .join(format!("{}.csv", m.edition()))
}

fn tag<'a>(m: &'a rehost::model::Machine, key: &str) -> Option<&'a str> {
    m.tags
        .iter()
        .find(|(h, _)| h.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.as_str())
}

/// What the edition's rule says of one machine, in the table's words.
fn outcome_of(m: &Matrix, rule: &str, machine: &rehost::model::Machine) -> Option<String> {
    let ctx = rehost::dr::context(machine, &rehost::dr::DrOptions::default());
    let mut gaps = BTreeMap::new();
    let a = assess(
        m,
        0,
        machine,
        Default::default(),
        &ctx,
        Keep::All,
        &mut gaps,
    );
    let i = m.rules.iter().position(|r| r.id == rule)?;
    let f = &a.findings[i];
    Some(
        if !f.applicable {
            "not-applicable"
        } else {
            match f.outcome {
                Outcome::Pass => "pass",
                Outcome::Fail => "fail",
                Outcome::Unknown => "unknown",
                Outcome::NotEvaluated => "not-evaluated",
            }
        }
        .to_string()
            + &format!(" ({})", f.message()),
    )
}

#[test]
fn every_edition_gives_its_limit_table() {
    let set = RuleSet::builtin().unwrap();
    let mut failures = Vec::new();
    let mut rows = 0;
    for m in set.matrices.values() {
        let path = table(m);
        if !path.exists() {
            failures.push(format!("{}: no limit table", path.display()));
            continue;
        }
        let inv = inventory::import(&[&path]).unwrap_or_else(|e| panic!("{e}"));
        let skipped: usize = inv.sheets.iter().map(|s| s.skipped).sum();
        assert_eq!(skipped, 0, "{}: rows skipped", path.display());
        // Per rule, the outcomes the table asks for.
        let mut seen: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for machine in &inv.machines {
            let (Some(rule), Some(expect)) = (tag(machine, "Rule"), tag(machine, "Expect")) else {
                failures.push(format!(
                    "{} / {}: needs Rule and Expect",
                    path.display(),
                    machine.name
                ));
                continue;
            };
            rows += 1;
            let Some(got) = outcome_of(m, rule, machine) else {
                failures.push(format!(
                    "{} / {}: {rule} is not a rule of this edition",
                    path.display(),
                    machine.name
                ));
                continue;
            };
            let rule_id = m.rules.iter().find(|r| r.id == rule).unwrap().id.as_str();
            seen.entry(rule_id).or_default().insert(expect.to_string());
            if !got.starts_with(&format!("{expect} ")) {
                failures.push(format!(
                    "{} / {}: {rule} expected {expect}, got {got}",
                    path.display(),
                    machine.name
                ));
            }
        }
        for r in m.rules.iter().filter(|r| r.check.has_limit()) {
            let s = seen.get(r.id.as_str());
            for want in ["pass", "fail"] {
                if !s.is_some_and(|s| s.contains(want)) {
                    failures.push(format!(
                        "{}: {} has a limit but no `{want}` row",
                        path.display(),
                        r.id
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(rows > 0);
}

/// A table for an edition that no longer ships is a leftover: say so.
#[test]
fn every_limit_table_is_of_a_shipped_edition() {
    let set = RuleSet::builtin().unwrap();
    let shipped: BTreeSet<PathBuf> = set.matrices.values().map(table).collect();
    for dir in std::fs::read_dir("tests/editions").unwrap() {
        for f in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let f = f.unwrap().path();
            assert!(shipped.contains(&f), "{}: no such edition", f.display());
        }
    }
}
