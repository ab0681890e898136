//! What changed between two editions of one target's matrix, rule by rule (rules are matched
//! by id: an id means the same rule in every edition of its target).

use super::check::{Check, ListOf};
use super::matrix::{Matrix, Rule, Severity, When};
use super::spec::OsSpec;

/// One property of a rule that differs between the editions.
#[derive(Debug, Clone)]
pub enum Change<'a> {
    /// The severity, old → new.
    Severity { old: Severity, new: Severity },
    /// The title was rewritten (the words layer shows both rules' titles).
    Title,
    /// The filter (`None`: every machine), old → new; the words layer words them.
    When {
        old: Option<&'a When>,
        new: Option<&'a When>,
    },
    /// The check besides a spec list (a limit, a kind), old → new.
    Check { old: &'a Check, new: &'a Check },
    /// A list of OS, host or management specs: what the newer edition adds and drops.
    List {
        what: ListOf,
        added: Vec<String>,
        removed: Vec<String>,
    },
}

/// A rule in both editions whose meaning differs.
#[derive(Debug, Clone)]
pub struct Changed<'a> {
    pub old: &'a Rule,
    pub new: &'a Rule,
    pub changes: Vec<Change<'a>>,
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

/// A filter as its meaning compares: what it holds, its OS specs by their text; a filter that
/// holds nothing is no filter.
type WhenKey<'w> = (
    Option<u8>,
    Option<crate::model::Firmware>,
    Option<&'w [crate::model::Hypervisor]>,
    Option<Vec<&'w str>>,
    Option<bool>,
);

fn when_key(r: &Rule) -> Option<WhenKey<'_>> {
    let w = r.when.as_ref()?;
    let key = (
        w.generation,
        w.firmware,
        w.hypervisor.as_deref(),
        w.os.as_ref()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect()),
        w.managed,
    );
    (key != (None, None, None, None, None)).then_some(key)
}

/// How one rule differs between two editions (empty: the same rule).
pub fn rule_changes<'a>(old: &'a Rule, new: &'a Rule) -> Vec<Change<'a>> {
    let mut out = Vec::new();
    if old.severity != new.severity {
        out.push(Change::Severity {
            old: old.severity,
            new: new.severity,
        });
    }
    if when_key(old) != when_key(new) {
        out.push(Change::When {
            old: old.when.as_ref(),
            new: new.when.as_ref(),
        });
    }
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
            // The rest of the check (`required`, how a blank reads): a change shows the
            // whole check, old and new.
            if old.check.rest() != new.check.rest() {
                out.push(Change::Check {
                    old: &old.check,
                    new: &new.check,
                });
            }
        }
        // Parameters compare as their debug form (a pattern by its text, a size by its
        // bytes): any difference is a change the words layer shows.
        _ if format!("{:?}", old.check) != format!("{:?}", new.check) => {
            out.push(Change::Check {
                old: &old.check,
                new: &new.check,
            });
        }
        _ => {}
    }
    if old.title != new.title {
        out.push(Change::Title);
    }
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
        match d.changed[0].changes.as_slice() {
            [
                Change::Check {
                    old: Check::DiskMax(a),
                    new: Check::DiskMax(b),
                },
            ] => assert_eq!(
                (a.max.to_string(), b.max.to_string()),
                ("300 GB".into(), "4,095 GB".into())
            ),
            other => panic!("{other:?}"),
        }
        match d.changed[1].changes.as_slice() {
            [
                Change::List {
                    what: ListOf::Host,
                    added,
                    removed,
                },
            ] => assert_eq!(
                (added.as_slice(), removed.as_slice()),
                (
                    &["windows-server 2025".to_string()][..],
                    &["windows-server 2016".to_string()][..]
                )
            ),
            other => panic!("{other:?}"),
        }
        assert!(!d.is_empty());
        assert!(diff(&old, &old).is_empty());
    }
}
