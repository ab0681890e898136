//! The shipped matrices: every one loads, ids are unique with references, editions are picked
//! by date.

use super::*;

#[test]
fn every_shipped_matrix_loads() {
    let set = RuleSet::builtin().expect("shipped matrices load");
    assert_eq!(set.matrices.len(), BUILTIN.len());
    assert_eq!(set.targets(), TARGETS);
}

#[test]
fn every_matrix_file_in_rules_is_shipped() {
    let mut on_disk = Vec::new();
    for t in std::fs::read_dir("rules").unwrap() {
        let t = t.unwrap().path();
        // The size catalogue, the lifecycle tables and the Azure Migrate import's template are
        // data of their own (their loaders have their own tests), not matrices.
        if t.is_dir()
            && !t.ends_with("sizes")
            && !t.ends_with("lifecycle")
            && !t.ends_with("i18n")
            && !t.ends_with("azure-migrate-import")
        {
            for f in std::fs::read_dir(&t).unwrap() {
                let f = f.unwrap().path();
                let rel = f.strip_prefix("rules").unwrap().display().to_string();
                on_disk.push(rel);
            }
        }
    }
    on_disk.sort();
    // Matrices and each target's release notes.
    let mut shipped: Vec<String> = BUILTIN
        .iter()
        .chain(BUILTIN_RELEASES)
        .map(|(p, _)| p.to_string())
        .collect();
    shipped.sort();
    assert_eq!(
        on_disk, shipped,
        "a matrix or release notes in rules/ that the binary does not embed, or the reverse"
    );
    assert!(
        BUILTIN_RELEASES
            .iter()
            .all(|(p, _)| p.ends_with("/releases.toml"))
    );
}

#[test]
fn rule_ids_are_unique_within_an_edition_and_carry_references() {
    let set = RuleSet::builtin().unwrap();
    for m in set.matrices.values() {
        let mut ids: Vec<&str> = m.rules.iter().map(|r| r.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "{}", m.origin);
        for r in &m.rules {
            // Microsoft Learn, AWS and Google Cloud pages are cited to the section; the SLA is a
            // page of its own.
            let sla = r.reference == "https://azure.microsoft.com/support/legal/sla/site-recovery/";
            // The hygiene rules cite VMware's own pages (snapshots, Fault Tolerance, changed
            // block tracking) and, for secrets in an export, the weakness itself.
            let vmware = m.target() == "hygiene"
                && [
                    "https://docs.vmware.com/",
                    "https://knowledge.broadcom.com/",
                    "https://cwe.mitre.org/",
                ]
                .iter()
                .any(|p| r.reference.starts_with(p));
            let sla = sla || vmware;
            assert!(
                sla || r.reference.starts_with("https://learn.microsoft.com/")
                    || r.reference.starts_with("https://cloud.google.com/")
                    || r.reference.starts_with("https://docs.aws.amazon.com/"),
                "{}: {}",
                r.id,
                r.reference
            );
            assert!(
                sla || r.reference.contains('#'),
                "{}: reference names the section",
                r.id
            );
            assert!(!r.remediation.is_empty() && !r.title.is_empty(), "{}", r.id);
        }
        assert!(
            m.matrix.provenance.is_some(),
            "{}: says where its text came from",
            m.origin
        );
    }
    // An id means the same rule in every edition of a target, and never another target's.
    let mut owner: std::collections::BTreeMap<&str, &str> = Default::default();
    for m in set.matrices.values() {
        for r in &m.rules {
            let t = owner.entry(r.id.as_str()).or_insert(m.target());
            assert_eq!(*t, m.target(), "{} used by two targets", r.id);
        }
    }
}

/// A matrix of `target` dated `edition` with no rules: selection looks only at dates, so the
/// test does not change each time an edition is added under rules/.
fn dated(target: &str, edition: &str) -> Matrix {
    let text = format!(
        "[matrix]\ntarget = {target:?}\ntitle = \"t\"\nedition = {edition:?}\n\
         source = \"https://example.org\"\napplies_to = [\"vmware\"]\n"
    );
    Matrix::parse(&text, "test").unwrap()
}

#[test]
fn editions_are_picked_by_date() {
    let mut set = RuleSet::default();
    for (t, e) in [
        ("asr-vmware", "2019-10-15"),
        ("asr-vmware", "2023-09-28"),
        ("asr-hyperv", "2020-01-27"),
        ("azure-migrate", "2018-03-27"),
    ] {
        set.add(dated(t, e), &format!("{t}/{e}.toml")).unwrap();
    }
    let d = |s: &str| Some(Date::parse(s).unwrap());
    let pick = |t: &str, as_of| {
        set.select(&[t.to_string()], as_of)
            .map(|s| s.matrices[0].edition().to_string())
    };
    assert_eq!(pick("asr-vmware", None).unwrap(), "2023-09-28");
    assert_eq!(pick("asr-vmware", d("2023-09-27")).unwrap(), "2019-10-15");
    assert_eq!(pick("asr-vmware", d("2023-09-28")).unwrap(), "2023-09-28");
    assert_eq!(
        pick("azure-migrate", d("2018-06-01")).unwrap(),
        "2018-03-27"
    );
    let err = pick("asr-hyperv", d("2019-01-01")).unwrap_err().to_string();
    assert!(err.contains("first is 2020-01-27"), "{err}");
    let all = set.select(&[], d("2019-07-01")).unwrap();
    let chosen: Vec<&str> = all.matrices.iter().map(|m| m.target()).collect();
    assert_eq!(chosen, ["azure-migrate"]);
    assert_eq!(all.left_out.len(), 2, "{:?}", all.left_out);
    assert!(set.select(&["nope".into()], None).is_err());
}

/// The shipped editions: a date before a target's first edition is a clear error.
#[test]
fn a_date_before_the_first_shipped_edition_is_an_error() {
    let set = RuleSet::builtin().unwrap();
    for t in TARGETS {
        let first = set.editions(t)[0].edition();
        let before = Date::parse(&format!("{}-01-01", first.year - 1)).unwrap();
        let err = set
            .select(&[t.to_string()], Some(before))
            .unwrap_err()
            .to_string();
        assert!(err.contains(&format!("first is {first}")), "{t}: {err}");
    }
}
