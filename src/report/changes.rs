//! The verdicts that changed between two dates (`assess --compare-as-of`), in words: per
//! machine and target, then → now and the rules that made the difference.

use std::fmt::Write as _;

use crate::engine::compare::{Said, VerdictChange};
use crate::inventory::Inventory;
use crate::rules::diff::Change;
use crate::words::Lang;
use crate::words::report::label;

fn said(s: Said, lang: Lang) -> &'static str {
    match s {
        Said::Reported(o) => crate::words::report::outcome(lang, o),
        Said::Clear => label(lang, "rep-changes-clear"),
        Said::NoRule => label(lang, "rep-changes-no-rule"),
    }
}

/// `Changes since DATE` and one block per machine and target whose verdict differs.
pub fn render(inv: &Inventory, since: &str, changes: &[VerdictChange<'_>], lang: Lang) -> String {
    let mut out = format!(
        "\n{}\n",
        crate::say!(lang, "rep-changes-head", since = since)
    );
    if changes.is_empty() {
        let _ = writeln!(out, "  {}", label(lang, "rep-changes-none"));
        return out;
    }
    for c in changes {
        let _ = writeln!(
            out,
            "  {}  {} {} → {}: {} → {}",
            inv.machines[c.machine].name,
            c.now_matrix.target(),
            c.then_matrix.edition(),
            c.now_matrix.edition(),
            crate::words::report::readiness(lang, c.then),
            crate::words::report::readiness(lang, c.now)
        );
        for r in &c.rules {
            // One line for the rule, one for each way it changed: the terminal is 80 wide.
            let (then, now) = (said(r.then, lang), said(r.now, lang));
            let _ = writeln!(out, "      {}: {then} → {now}", r.id);
            let lines: Vec<String> = match (r.then, r.now) {
                (Said::NoRule, _) => vec![label(lang, "rep-changes-rule-added").into()],
                (_, Said::NoRule) => vec![label(lang, "rep-changes-rule-dropped").into()],
                _ if r.changes.is_empty() => vec![label(lang, "rep-changes-same-rule").into()],
                _ => r
                    .changes
                    .iter()
                    // A title that names the new limit says nothing the limit does not.
                    .filter(|ch| !matches!(ch, Change::Title))
                    .flat_map(|ch| match ch {
                        Change::Title => Vec::new(),
                        Change::Severity { .. } | Change::When { .. } | Change::Check { .. } => {
                            let (what, old, new) = crate::words::check::change(ch, lang);
                            vec![format!("{what}: {old} → {new}")]
                        }
                        Change::List { added, removed, .. } => {
                            let what = crate::words::check::change(ch, lang).0;
                            let mut v = Vec::new();
                            if !added.is_empty() {
                                let items = added.join(", ");
                                v.push(crate::say!(
                                    lang,
                                    "rep-changes-added",
                                    what = what.as_str(),
                                    items = items
                                ));
                            }
                            if !removed.is_empty() {
                                let items = removed.join(", ");
                                v.push(crate::say!(
                                    lang,
                                    "rep-changes-removed",
                                    what = what.as_str(),
                                    items = items
                                ));
                            }
                            v
                        }
                    })
                    .collect(),
            };
            for l in lines {
                let _ = writeln!(out, "        {l}");
            }
        }
    }
    let _ = writeln!(
        out,
        "  {}",
        crate::say!(lang, "rep-changes-total", n = changes.len())
    );
    out
}
