//! How a verdict shows its coverage ([`crate::rules::coverage`]) in every report: a ready
//! verdict resting on blocking rules the inventory has no column for is never a plain ✓ or
//! "ready", but `✓?` / "ready (partly checked)", so a reader sees at a glance that it holds
//! only as far as the file let rehost check.

use super::summary::{Counts, TargetSummary};
use crate::rules::Readiness;
use crate::rules::coverage::Checked;
use crate::words::Lang;
use crate::words::report::{label as fixed, readiness};

/// The terminal's mark of a verdict with its coverage: `✓?` and `~?` for ready and ready with
/// conditions partly checked.
pub fn mark(c: Checked) -> &'static str {
    match (c.readiness, c.partly) {
        (Readiness::Ready, false) => "✓",
        (Readiness::Ready, true) => "✓?",
        (Readiness::ReadyWithConditions, false) => "~",
        (Readiness::ReadyWithConditions, true) => "~?",
        (Readiness::NotReady, _) => "✗",
        (Readiness::Unknown, _) => "?",
        (Readiness::NotApplicable, _) => "·",
    }
}

/// What "partly checked" adds to a verdict's words.
pub fn partly(lang: Lang) -> &'static str {
    fixed(lang, "rep-partly-checked")
}

/// What "fully checked" adds to a verdict's words, where a count sets it apart.
pub fn fully(lang: Lang) -> &'static str {
    fixed(lang, "rep-fully-checked")
}

/// A verdict in words with its coverage: `ready (partly checked)`, `준비됨(일부만 확인)`; a
/// fully checked or any other verdict as it always reads.
pub fn words(c: Checked, lang: Lang) -> String {
    let v = readiness(lang, c.readiness);
    if !c.partly {
        return v.to_string();
    }
    crate::say!(
        lang,
        "rep-verdict-partly",
        verdict = v,
        partly = partly(lang)
    )
}

/// A verdict's words as a heading or count label (`Ready, partly checked`), fully or partly
/// checked, from a label such as `Ready`.
pub fn label(label: &str, partly_checked: bool, lang: Lang) -> String {
    let how = if partly_checked {
        partly(lang)
    } else {
        fully(lang)
    };
    crate::say!(lang, "rep-label-checked", label = label, how = how)
}

/// The legend's second line, shown when some verdict is partly checked.
pub fn legend(lang: Lang) -> &'static str {
    fixed(lang, "rep-legend-partly")
}

/// One target's line on what its partly checked verdicts were not checked against: how many
/// blocking rules and which (ids without the target's prefix when `short`). `None` when
/// every ready verdict was fully checked.
pub fn unchecked_line(t: &TargetSummary, lang: Lang, short: bool) -> Option<String> {
    if t.unchecked_blockers.is_empty() {
        return None;
    }
    let n = t.unchecked_blockers.len();
    let ids: Vec<&str> = t
        .unchecked_blockers
        .iter()
        .map(|r| {
            if short {
                r.rule.split_once('-').map_or(r.rule.as_str(), |(_, s)| s)
            } else {
                r.rule.as_str()
            }
        })
        .collect();
    let ids = ids.join(", ");
    Some(crate::say!(lang, "rep-unchecked-line", n = n, ids = ids))
}

/// The blocking rules a partly checked verdict was not checked against, for a reason column:
/// the first two and how many more (`--details` lists them all under the target).
pub fn not_checked(ids: &[&str], lang: Lang) -> String {
    let shown = ids.iter().take(2).copied().collect::<Vec<_>>().join(", ");
    match ids.len().saturating_sub(2) {
        0 => crate::say!(lang, "rep-not-checked", shown = shown),
        n => crate::say!(lang, "rep-not-checked-more", shown = shown, n = n),
    }
}

/// A target's counts as the summaries give them: per verdict, ready and ready with conditions
/// split into fully and partly checked where any is partly checked.
pub fn counts(c: &Counts) -> Vec<(Checked, usize)> {
    let split = c.any_partly_checked();
    let mut out = Vec::new();
    for r in [
        Readiness::Ready,
        Readiness::ReadyWithConditions,
        Readiness::NotReady,
        Readiness::Unknown,
    ] {
        out.push((
            Checked {
                readiness: r,
                partly: false,
            },
            if split {
                c.get_checked(r, false)
            } else {
                c.get(r)
            },
        ));
        if split && r.eligible() {
            out.push((
                Checked {
                    readiness: r,
                    partly: true,
                },
                c.get_checked(r, true),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partly_checked_verdict_is_never_a_plain_mark_or_word() {
        for r in [Readiness::Ready, Readiness::ReadyWithConditions] {
            for lang in [Lang::En, Lang::Ko] {
                let full = Checked {
                    readiness: r,
                    partly: false,
                };
                let part = Checked {
                    readiness: r,
                    partly: true,
                };
                assert_ne!(mark(full), mark(part));
                assert_ne!(words(full, lang), words(part, lang));
                assert_eq!(words(full, lang), readiness(lang, r));
            }
        }
        let part = Checked {
            readiness: Readiness::Ready,
            partly: true,
        };
        assert_eq!(words(part, Lang::Ko), "준비됨(일부만 확인)");
        assert_eq!(mark(part), "✓?");
    }

    #[test]
    fn counts_split_only_when_something_is_partly_checked() {
        let mut c = Counts::default();
        for _ in 0..3 {
            c.add_checked(Checked {
                readiness: Readiness::Ready,
                partly: false,
            });
        }
        assert_eq!(counts(&c).len(), 4);
        c.add_checked(Checked {
            readiness: Readiness::Ready,
            partly: true,
        });
        let got: Vec<(&str, usize)> = counts(&c).iter().map(|(k, n)| (mark(*k), *n)).collect();
        assert_eq!(
            got,
            [("✓", 3), ("✓?", 1), ("~", 0), ("~?", 0), ("✗", 0), ("?", 0)]
        );
    }
}
