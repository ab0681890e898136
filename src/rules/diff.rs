//! What changed between two editions of one target's matrix, rule by rule (rules are matched
//! by id: an id means the same rule in every edition of its target).

use super::matrix::{Matrix, Rule, describe_when};
use super::spec::OsSpec;

/// One property of a rule that differs between the editions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A value, old → new (a limit, the severity, the filter, the title).
    Value {
        what: &'static str,
        old: String,
        new: String,
    },
    /// A list of OS, host or management specs: what the newer edition adds and drops.
    List {
        what: &'static str,
        added: Vec<String>,
        removed: Vec<String>,
    },
}

/// A rule in both editions whose meaning differs.
#[derive(Debug, Clone)]
pub struct Changed<'a> {
    pub old: &'a Rule,
    pub new: &'a Rule,
    pub changes: Vec<Change>,
}

/// Two editions compared.
#[derive(Debug)]
pub struct MatrixDiff<'a> {
    pub old: &'a Matrix,
    pub new: &'a Matrix,
    pub added: Vec<&'a Rule>,
    pub removed: Vec<&'a Rule>,
    pub changed: Vec<Changed<'a>>,
    /// Rules whose meaning is the same but whose words (message, fix, page) were rewritten.
    pub reworded: Vec<&'a str>,
}

impl MatrixDiff<'_> {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

fn when_text(r: &Rule) -> String {
    r.when
        .as_ref()
        .map(describe_when)
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| "every machine".into())
}

fn value(what: &'static str, old: String, new: String, out: &mut Vec<Change>) {
    if old != new {
        out.push(Change::Value { what, old, new });
    }
}

/// How one rule differs between two editions (empty: the same rule).
pub fn rule_changes(old: &Rule, new: &Rule) -> Vec<Change> {
    let mut out = Vec::new();
    value(
        "severity",
        old.severity.as_str().into(),
        new.severity.as_str().into(),
        &mut out,
    );
    value("applies to", when_text(old), when_text(new), &mut out);
    match (old.check.spec_list(), new.check.spec_list()) {
        (Some((what, a)), Some((_, b)))
            if std::mem::discriminant(&old.check) == std::mem::discriminant(&new.check) =>
        {
            let texts = |l: &[OsSpec]| l.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
            let (a, b) = (texts(a), texts(b));
            let added: Vec<String> = b.iter().filter(|s| !a.contains(s)).cloned().collect();
            let removed: Vec<String> = a.iter().filter(|s| !b.contains(s)).cloned().collect();
            if !added.is_empty() || !removed.is_empty() {
                out.push(Change::List {
                    what,
                    added,
                    removed,
                });
            }
            // The rest of the check (`required`, how a blank reads) in words.
            value("check", old.check.rest(), new.check.rest(), &mut out);
        }
        _ => value(
            "check",
            old.check.describe(crate::model::Lang::En),
            new.check.describe(crate::model::Lang::En),
            &mut out,
        ),
    }
    value("title", old.title.clone(), new.title.clone(), &mut out);
    out
}

/// Compares two editions of one target.
pub fn diff<'a>(old: &'a Matrix, new: &'a Matrix) -> MatrixDiff<'a> {
    let find = |m: &'a Matrix, id: &str| m.rules.iter().find(|r| r.id == id);
    let added = new
        .rules
        .iter()
        .filter(|r| find(old, &r.id).is_none())
        .collect();
    let removed = old
        .rules
        .iter()
        .filter(|r| find(new, &r.id).is_none())
        .collect();
    let mut changed = Vec::new();
    let mut reworded = Vec::new();
    for n in &new.rules {
        let Some(o) = find(old, &n.id) else { continue };
        let changes = rule_changes(o, n);
        if !changes.is_empty() {
            changed.push(Changed {
                old: o,
                new: n,
                changes,
            });
        } else if (
            o.message.as_str(),
            o.remediation.as_str(),
            o.reference.as_str(),
        ) != (
            n.message.as_str(),
            n.remediation.as_str(),
            n.reference.as_str(),
        ) {
            reworded.push(n.id.as_str());
        }
    }
    MatrixDiff {
        old,
        new,
        added,
        removed,
        changed,
        reworded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix(edition: &str, rules: &str) -> Matrix {
        let text = format!(
            "[matrix]\ntarget = \"demo\"\ntitle = \"Demo\"\nedition = \"{edition}\"\n\
             source = \"https://example.org\"\napplies_to = [\"hyper-v\"]\n{rules}"
        );
        Matrix::parse(&text, "test").unwrap()
    }

    fn rule(id: &str, check: &str) -> String {
        format!(
            "[[rule]]\nid = \"{id}\"\ntitle = \"t\"\nseverity = \"blocker\"\ncheck = {check}\n\
             message = \"m\"\nremediation = \"r\"\nreference = \"https://example.org#x\"\n"
        )
    }

    #[test]
    fn limits_lists_added_and_removed_rules() {
        let old = matrix(
            "2020-01-27",
            &[
                rule(
                    "D-OS",
                    r#"{ kind = "disk-max", role = "os", max = "300 GB" }"#,
                ),
                rule(
                    "D-HOST",
                    r#"{ kind = "host-os", allowed = ["windows-server 2016", "windows-server 2019"] }"#,
                ),
                rule("D-GONE", r#"{ kind = "bitlocker", allowed = false }"#),
                rule("D-SAME", r#"{ kind = "cores-max", max = 32 }"#),
            ]
            .concat(),
        );
        let new = matrix(
            "2026-09-11",
            &[
                rule(
                    "D-OS",
                    r#"{ kind = "disk-max", role = "os", max = "4,095 GB" }"#,
                ),
                rule(
                    "D-HOST",
                    r#"{ kind = "host-os", allowed = ["windows-server 2019", "windows-server 2025"] }"#,
                ),
                rule("D-SAME", r#"{ kind = "cores-max", max = 32 }"#),
                rule("D-NEW", r#"{ kind = "secure-boot", allowed = false }"#),
            ]
            .concat(),
        );
        let d = diff(&old, &new);
        assert_eq!(
            d.added.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["D-NEW"]
        );
        assert_eq!(
            d.removed.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["D-GONE"]
        );
        let ids: Vec<&str> = d.changed.iter().map(|c| c.new.id.as_str()).collect();
        assert_eq!(ids, ["D-OS", "D-HOST"]);
        assert_eq!(
            d.changed[0].changes,
            [Change::Value {
                what: "check",
                old: "OS disks at most 300 GB".into(),
                new: "OS disks at most 4,095 GB".into()
            }]
        );
        assert_eq!(
            d.changed[1].changes,
            [Change::List {
                what: "host",
                added: vec!["windows-server 2025".into()],
                removed: vec!["windows-server 2016".into()]
            }]
        );
        assert!(!d.is_empty());
        assert!(diff(&old, &old).is_empty());
    }
}
