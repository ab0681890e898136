//! One fixture per check kind: `tests/fixtures/checks/<kind>.toml` holds one rule of that
//! kind and `<kind>.csv` machines whose `Expect` column is the outcome the rule must give
//! (passing, failing and unknown cases). A name-only inventory gives the not-evaluated case.

use std::path::Path;

use rehost::inventory;
use rehost::model::Hypervisor;
use rehost::rules::check::KINDS;
use rehost::rules::check::dr::DrContext;
use rehost::rules::eval::{Judging, evaluate_rule};
use rehost::rules::{Matrix, Outcome};
use rehost::words::Lang;
use rehost::words::finding::{Of, eval_message};

/// Every fixture, by file stem: one per registered kind (`disk-max`), and more for a variant
/// of a kind's parameters (`churn-max-per-disk`). Read from the folder, never listed by hand:
/// `every_check_kind_has_a_fixture` holds the folder to the registry.
fn fixtures() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "toml").then(|| p.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    files.sort();
    files
}

fn dir() -> &'static Path {
    Path::new("tests/fixtures/checks")
}

fn matrix(kind: &str) -> Matrix {
    let path = dir().join(format!("{kind}.toml"));
    Matrix::parse(
        &std::fs::read_to_string(&path).unwrap(),
        &path.display().to_string(),
    )
    .unwrap()
}

fn outcome(s: &str) -> Outcome {
    match s {
        "pass" => Outcome::Pass,
        "fail" => Outcome::Fail,
        "unknown" => Outcome::Unknown,
        "not-evaluated" => Outcome::NotEvaluated,
        other => panic!("bad Expect {other:?}"),
    }
}

#[test]
fn every_check_kind_gives_the_expected_outcome_on_its_fixture() {
    let mut failures = Vec::new();
    for kind in &fixtures() {
        let m = matrix(kind);
        let rule = &m.rules[0];
        let inv = inventory::import(&[dir().join(format!("{kind}.csv"))]).unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for machine in &inv.machines {
            let expect = machine
                .tags
                .iter()
                .find(|(h, _)| h == "Expect")
                .map(|(_, v)| outcome(v))
                .unwrap_or_else(|| panic!("{kind}: {} has no Expect", machine.name));
            // DR targets as the run would resolve them (from the row; no defaults).
            let ctx = rehost::dr::context(machine, &rehost::dr::DrOptions::default());
            let e = evaluate_rule(rule, machine, Hypervisor::HyperV, Judging::default(), &ctx);
            let (got, message) = (
                e.outcome,
                eval_message(Of::matrix(&m), 0, &e, machine, Lang::En),
            );
            seen.insert(expect);
            if got != expect {
                failures.push(format!(
                    "{kind} / {}: expected {expect:?}, got {got:?} ({message})",
                    machine.name
                ));
            }
        }
        // `os-recognised` answers pass or unknown: an unreadable OS is never a failure.
        let can_fail = kind != "os-recognised";
        assert!(seen.contains(&Outcome::Pass), "{kind}: a passing case");
        assert_eq!(
            seen.contains(&Outcome::Fail),
            can_fail,
            "{kind}: a failing case where one can exist"
        );
        let has_unknown_case = !matches!(kind.as_str(), "vm-name" | "hypervisor" | "field");
        assert_eq!(
            seen.contains(&Outcome::Unknown),
            has_unknown_case,
            "{kind}: an unknown case where one can exist"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Reports assess without wording passes (`Keep::Problems`); explain words everything
/// (`Keep::All`). Every fixture row must get the same outcome either way, the same answer to
/// whether the rule applies, the same words for a failure or an unknown, and the same reason
/// for a rule not evaluated (which `--strict` makes an unknown).
#[test]
fn a_pass_left_unworded_is_the_same_outcome() {
    use rehost::rules::Keep;
    use rehost::rules::eval::assess;
    let mut checked = 0;
    let mut worded = 0;
    for kind in &fixtures() {
        let m = matrix(kind);
        let inv = inventory::import(&[dir().join(format!("{kind}.csv"))]).unwrap();
        for machine in &inv.machines {
            let ctx = rehost::dr::context(machine, &rehost::dr::DrOptions::default());
            let run = |keep, strict| {
                let mut gaps = Default::default();
                let a = assess(
                    &m,
                    0,
                    machine,
                    Judging {
                        strict,
                        ..Judging::default()
                    },
                    &ctx,
                    keep,
                    &mut gaps,
                );
                let f = &a.findings[0];
                let words = f.outcome.is_reported().then(|| {
                    let e = f.eval().expect("a failure or unknown keeps its words");
                    let said =
                        rehost::words::finding::message(Of::matrix(&m), f, machine, Lang::En);
                    (said, e.readings.clone())
                });
                (a.readiness, f.outcome, f.applicable, words, gaps)
            };
            for strict in [false, true] {
                let (quick, full) = (run(Keep::Problems, strict), run(Keep::All, strict));
                assert_eq!(quick, full, "{kind} / {} (strict {strict})", machine.name);
                worded += usize::from(quick.3.is_some());
                checked += 1;
            }
        }
    }
    assert!(checked > 3 * fixtures().len(), "{checked} rows");
    assert!(
        worded > fixtures().len(),
        "{worded} failures or unknowns compared"
    );
}

#[test]
fn a_rule_without_a_column_is_not_evaluated() {
    let inv = inventory::import(&[dir().join("_name-only.csv")]).unwrap();
    let machine = &inv.machines[0];
    for kind in &fixtures() {
        let m = matrix(kind);
        let e = evaluate_rule(
            &m.rules[0],
            machine,
            Hypervisor::HyperV,
            Judging::default(),
            &DrContext::default(),
        );
        let (got, message) = (
            e.outcome,
            eval_message(Of::matrix(&m), 0, &e, machine, Lang::En),
        );
        let want = match kind.as_str() {
            // The name is always there; an unknown platform is assumed to be the target's
            // source; a policy that wants a tag fails when the tag is missing.
            "vm-name" | "hypervisor" => Outcome::Pass,
            "field" => Outcome::Fail,
            _ => Outcome::NotEvaluated,
        };
        assert_eq!(got, want, "{kind}: {message}");
        if want == Outcome::NotEvaluated {
            assert!(message.contains("no column"), "{kind}: {message}");
            let strict = evaluate_rule(
                &m.rules[0],
                machine,
                Hypervisor::HyperV,
                Judging {
                    strict: true,
                    ..Judging::default()
                },
                &DrContext::default(),
            )
            .outcome;
            assert_eq!(
                strict,
                Outcome::Unknown,
                "{kind}: --strict turns not-evaluated into unknown"
            );
        }
    }
}

/// The fixtures and the registry agree: every registered kind has `<kind>.toml` and
/// `<kind>.csv`, and every fixture's rule is of a registered kind its file is named for.
#[test]
fn every_check_kind_has_a_fixture() {
    let files = fixtures();
    for k in KINDS {
        assert!(
            files.iter().any(|f| f == k.name),
            "check kind {} has no fixture tests/fixtures/checks/{}.toml",
            k.name,
            k.name
        );
        assert!(
            dir().join(format!("{}.csv", k.name)).exists(),
            "{}.csv",
            k.name
        );
    }
    for f in &files {
        let kind = matrix(f).rules[0].check.kind();
        assert!(
            f == kind || f.starts_with(&format!("{kind}-")),
            "{f}.toml holds a {kind} rule"
        );
        assert!(KINDS.iter().any(|k| k.name == kind), "{kind} is registered");
    }
}

/// Each kind's example in `rehost rules kinds` is a working rule of that kind.
#[test]
fn every_kind_example_parses_as_its_kind() {
    for k in KINDS {
        let body = k.example.strip_prefix("check = ").unwrap_or(k.example);
        let m = tests_rule(&format!("check = {body}"));
        assert_eq!(m.rules[0].check.kind(), k.name, "{}", k.example);
        assert!(m.rules[0].check.validate().is_ok(), "{}", k.example);
        for lang in rehost::words::Lang::ALL {
            let doc = rehost::words::rules::kind_doc(k.name, *lang).unwrap_or_default();
            assert!(
                doc.ends_with('.') && !doc.starts_with('['),
                "{}: a doc paragraph in {}: {doc}",
                k.name,
                lang.code()
            );
        }
    }
}

/// What each kind reads and says for each fixture row, worded in full as `explain` words it,
/// with the cell every reading came from. A reading of a field its sheet has a column for
/// must find that column's cell: provenance is typed, so a renamed label cannot lose it.
#[test]
fn every_kind_explains_its_fixture_rows() {
    for kind in fixtures() {
        let m = matrix(&kind);
        let rule = &m.rules[0];
        let inv = inventory::import(&[dir().join(format!("{kind}.csv"))]).unwrap();
        let mut out = String::new();
        for machine in &inv.machines {
            let ctx = rehost::dr::context(machine, &rehost::dr::DrOptions::default());
            let e = evaluate_rule(rule, machine, Hypervisor::HyperV, Judging::default(), &ctx);
            let (got, message) = (
                e.outcome,
                eval_message(Of::matrix(&m), 0, &e, machine, Lang::En),
            );
            out.push_str(&format!("{}: {} — {message}\n", machine.name, got.as_str()));
            for r in &e.readings {
                let field = r.column_hint.unwrap_or(r.field);
                let place = match &r.source {
                    None => "derived".to_string(),
                    Some(src) => match inv.cell_of(src, field) {
                        Some(c) => c.to_string(),
                        None => {
                            let sheet = inv.sheets.iter().find(|s| s.file == src.file).unwrap();
                            assert!(
                                !sheet.columns.iter().any(|c| c.field == field),
                                "{kind} / {}: {field} has a column but the reading found no cell",
                                machine.name
                            );
                            format!("row {}", src.row)
                        }
                    },
                };
                out.push_str(&format!(
                    "  read {} = {}  ({place})\n",
                    r.field,
                    rehost::words::quantity::reading(r, machine, Lang::En)
                ));
            }
        }
        insta::assert_snapshot!(format!("explain_{kind}"), out);
    }
}

/// A rule whose filter reads a column the file lacks is not evaluated, as a rule whose own
/// column is missing: a file without a firmware column says nothing of UEFI, so the UEFI-only
/// rules are neither failed nor unknown for a Windows Server 2008 machine. A firmware column
/// whose cell is blank is unknown.
#[test]
fn a_filter_over_a_missing_column_is_not_evaluated_and_a_blank_one_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let no_column = write("no-firmware.csv", "Name,OS\nold,Windows Server 2008 R2\n");
    let blank = write(
        "blank-firmware.csv",
        "Name,OS,Firmware\nold,Windows Server 2008 R2,\n",
    );
    let rule = tests_rule(
        r#"when = { firmware = "uefi" }
check = { kind = "os-unsupported", list = ["windows-server 2008..=2008 R2"] }"#,
    );
    let judge = |p: &std::path::Path| {
        let inv = inventory::import(&[p]).unwrap();
        let e = evaluate_rule(
            &rule.rules[0],
            &inv.machines[0],
            Hypervisor::Vmware,
            Judging::default(),
            &DrContext::default(),
        );
        let msg = eval_message(Of::matrix(&rule), 0, &e, &inv.machines[0], Lang::En);
        (e.outcome, msg)
    };
    let (got, msg) = judge(&no_column);
    assert_eq!(got, Outcome::NotEvaluated, "{msg}");
    assert!(msg.contains("no column"), "{msg}");
    let (got, msg) = judge(&blank);
    assert_eq!(got, Outcome::Unknown, "{msg}");
    assert!(msg.contains("empty"), "{msg}");
}

fn tests_rule(body: &str) -> Matrix {
    Matrix::parse(
        &format!(
            "[matrix]\ntarget = \"fixture\"\ntitle = \"t\"\nedition = \"2020-01-01\"\n\
             source = \"https://example.org\"\napplies_to = [\"vmware\"]\n\
             [[rule]]\nid = \"F-1\"\ntitle = \"t\"\nseverity = \"blocker\"\n{body}\n\
             message = \"{{os}}\"\nremediation = \"r\"\nreference = \"https://example.org#x\"\n"
        ),
        "test",
    )
    .unwrap()
}
