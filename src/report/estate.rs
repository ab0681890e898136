//! The estate in every report: its totals, the machines a `--where` left out, and per group
//! (`--group-by`, `--groups`) each target's readiness, its top blockers and, where an `asr-*`
//! target works it out, the DR bandwidth its churn needs. Reports call these; a run that
//! asked for none of it gets nothing here (the totals come with every `assess`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::fit;
use super::summary::Counts;
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::rules::coverage::Checked;
use crate::rules::{Outcome, Readiness, Severity};
use crate::words::Lang;
use crate::words::estate as w;
use crate::words::report::label;

/// One group (or the ungrouped machines) and what each target says of its machines.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GroupRow {
    /// Its name; none for the ungrouped machines.
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wave: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    pub machines: usize,
    pub targets: Vec<GroupTarget>,
    /// What the group's churn needs of the link (with the run's growth), where an `asr-*`
    /// target works DR out and a machine of the group has churn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dr_required_mbps: Option<f64>,
    /// What the sizes chosen for the group's machines add up to, and cost with `--prices`
    /// (money to the cent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sizes: Option<crate::estate::group_sizes::Sizes>,
}

/// One target's readiness of one group.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GroupTarget {
    pub target: String,
    pub readiness: Counts,
    /// Failed blockers, most frequent first (three at most): rule id and machines.
    pub top_blockers: Vec<(String, usize)>,
}

/// Every group and, last where there are any, the ungrouped machines.
pub fn group_rows(ev: &Evaluation<'_>, inv: &Inventory) -> Option<Vec<GroupRow>> {
    let g = ev.view.groups.as_ref()?;
    let (members, ungrouped) = g.members();
    let cents = |x: Option<f64>| x.map(|v| (v * 100.0).round() / 100.0);
    let rounded = |s: &crate::estate::group_sizes::Sizes| crate::estate::group_sizes::Sizes {
        cost: s.cost.as_ref().map(|c| crate::estate::group_sizes::Cost {
            monthly_compute: cents(c.monthly_compute),
            monthly_storage: cents(c.monthly_storage),
            ..c.clone()
        }),
        ..s.clone()
    };
    let sizes_of = |k: Option<usize>| {
        ev.view.group_sizes.as_ref().and_then(|gs| match k {
            Some(k) => gs.by_group.get(k).map(rounded),
            None => Some(rounded(&gs.ungrouped)),
        })
    };
    let row = |name: Option<&crate::estate::groups::Group>, k: Option<usize>, ids: &[usize]| {
        let targets = ev
            .selection
            .matrices
            .iter()
            .enumerate()
            .map(|(j, mx)| {
                let mut readiness = Counts::default();
                let mut blockers: BTreeMap<usize, usize> = BTreeMap::new();
                for &i in ids {
                    let Some(a) = ev.per_machine.get(i).and_then(|p| p.get(j)) else {
                        continue;
                    };
                    readiness.add_checked(Checked::of(a));
                    if a.readiness == Readiness::NotApplicable {
                        continue;
                    }
                    for f in &a.findings {
                        if f.severity == Severity::Blocker && f.outcome == Outcome::Fail {
                            *blockers.entry(f.rule).or_default() += 1;
                        }
                    }
                }
                let mut top: Vec<(String, usize)> = blockers
                    .into_iter()
                    .map(|(r, n)| (mx.rules[r].id.clone(), n))
                    .collect();
                top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                top.truncate(3);
                GroupTarget {
                    target: mx.target().to_string(),
                    readiness,
                    top_blockers: top,
                }
            })
            .collect();
        // The estate's arithmetic over the group's machines, with the same matrix's limits
        // (its growth) as the estate's figure.
        let dr_matrix = ev.selection.matrices.iter().find(|m| crate::dr::has_dr(m));
        let dr_required_mbps = dr_matrix.and_then(|mx| {
            let ms: Vec<crate::model::Machine> =
                ids.iter().map(|&i| inv.machines[i].clone()).collect();
            crate::dr::estate(&ms, &ev.dr_options, mx.estate.as_ref()).required_bandwidth_mbps
        });
        GroupRow {
            group: name.map(|g| g.name.clone()),
            wave: name.and_then(|g| g.wave.clone()),
            owner: name.and_then(|g| g.owner.clone()),
            machines: ids.len(),
            targets,
            dr_required_mbps,
            sizes: sizes_of(k),
        }
    };
    let mut rows: Vec<GroupRow> = g
        .groups
        .iter()
        .zip(&members)
        .enumerate()
        .map(|(k, (grp, ids))| row(Some(grp), Some(k), ids))
        .collect();
    if !ungrouped.is_empty() {
        rows.push(row(None, None, &ungrouped));
    }
    Some(rows)
}

/// A group's name as a report writes it.
pub fn group_name(r: &GroupRow, lang: Lang) -> String {
    r.group.clone().unwrap_or_else(|| w::ungrouped(lang))
}

/// A target's counts in the terminal's marks (`✓ 3  ✗ 1`).
pub fn marks(c: &Counts) -> String {
    let mut v: Vec<String> = super::checked::counts(c)
        .iter()
        .map(|(k, n)| format!("{} {n}", super::checked::mark(*k)))
        .collect();
    if c.not_applicable > 0 {
        v.push(format!("· {}", c.not_applicable));
    }
    v.join("  ")
}

/// The terminal's estate block: totals, scope and groups, fitted to `width`.
pub fn terminal(inv: &Inventory, ev: &Evaluation<'_>, lang: Lang, width: usize) -> String {
    let mut s = String::new();
    let view = &ev.view;
    if let Some(t) = &view.totals {
        s.push('\n');
        let _ = writeln!(s, "  {}:", label(lang, "est-head"));
        for l in w::totals_lines(t, lang, 4) {
            for l in fit::hang("    ", 6, &l, width) {
                let _ = writeln!(s, "{l}");
            }
        }
    }
    let scope = w::scope_lines(&view.scope, lang, 10);
    if !scope.is_empty() {
        s.push('\n');
        for (k, l) in scope.iter().enumerate() {
            let lead = if k == 0 { "  " } else { "    " };
            for l in fit::hang(lead, lead.len() + 2, l, width) {
                let _ = writeln!(s, "{l}");
            }
        }
    }
    if let (Some(g), Some(rows)) = (&view.groups, group_rows(ev, inv)) {
        s.push('\n');
        let _ = writeln!(
            s,
            "  {}:",
            crate::say!(lang, "est-groups-head", source = w::source(g, lang))
        );
        for r in &rows {
            let mut head = crate::say!(
                lang,
                "est-group",
                group = group_name(r, lang),
                n = r.machines
            );
            for (v, id) in [(&r.wave, "est-wave"), (&r.owner, "est-owner")] {
                if let Some(v) = v {
                    let _ = write!(head, " · {} {v}", label(lang, id));
                }
            }
            for l in fit::hang("    ", 6, &head, width) {
                let _ = writeln!(s, "{l}");
            }
            for t in &r.targets {
                let mut line = format!("{}: {}", t.target, marks(&t.readiness));
                if let Some((rule, n)) = t.top_blockers.first() {
                    let _ = write!(line, "  ✗ {rule} ({n})");
                }
                for l in fit::hang("      ", 8, &line, width) {
                    let _ = writeln!(s, "{l}");
                }
            }
            if let Some(m) = r.dr_required_mbps {
                let line = format!(
                    "{}: {}",
                    label(lang, "est-dr-bandwidth"),
                    crate::units::group_thousands(m)
                );
                for l in fit::hang("      ", 8, &line, width) {
                    let _ = writeln!(s, "{l}");
                }
            }
            if let Some(z) = &r.sizes {
                let lines = std::iter::once(w::group_sizes(z, lang)).chain(w::group_cost(z, lang));
                for line in lines {
                    for l in fit::hang("      ", 8, &line, width) {
                        let _ = writeln!(s, "{l}");
                    }
                }
            }
        }
        for u in &g.unknown_rows {
            for l in fit::hang("    ", 6, &w::unknown_row(g, u, lang), width) {
                let _ = writeln!(s, "{l}");
            }
        }
    }
    s
}

/// The summary's `estate`, `scope` and `groups` objects (keys in English; the scope's and
/// unknown rows' reasons in the reader's language).
pub fn add_to_json(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    lang: Lang,
    summary: &mut serde_json::Value,
) {
    let view = &ev.view;
    if let Some(t) = &view.totals {
        summary["estate"] = serde_json::to_value(t).unwrap_or_default();
    }
    if view.scope.asked() {
        let excluded: Vec<serde_json::Value> = view
            .scope
            .excluded
            .iter()
            .map(|e| {
                serde_json::json!({
                    "name": e.machine.name,
                    "source": e.machine.source.display(),
                    "condition": view.scope.conditions[e.condition].text,
                    "unknown": e.unknown,
                    "why": w::excluded_why(&view.scope, e, lang),
                })
            })
            .collect();
        summary["scope"] = serde_json::json!({
            "where": view.scope.conditions.iter().map(|c| c.text.clone()).collect::<Vec<_>>(),
            "machines_before": view.scope.machines_before,
            "in_scope": inv.machines.len(),
            "out_of_scope": excluded.len(),
            "excluded": excluded,
        });
    }
    if let (Some(g), Some(rows)) = (&view.groups, group_rows(ev, inv)) {
        let unknown: Vec<serde_json::Value> = g
            .unknown_rows
            .iter()
            .map(|u| {
                serde_json::json!({
                    "row": u.row, "machine": u.machine, "group": u.group,
                    "why": w::unknown_row(g, u, lang),
                })
            })
            .collect();
        summary["groups"] = serde_json::json!({
            "by": w::source(g, Lang::En),
            "groups": rows,
            "unknown_rows": unknown,
        });
    }
}

/// The Markdown sections: estate totals, out of scope, groups.
pub fn markdown(inv: &Inventory, ev: &Evaluation<'_>, lang: Lang) -> String {
    let mut s = String::new();
    let view = &ev.view;
    let md = |t: &str| super::safe::markdown(t);
    if let Some(t) = &view.totals {
        let _ = writeln!(s, "\n## {}\n", label(lang, "est-head"));
        for l in w::totals_lines(t, lang, 10) {
            let _ = writeln!(s, "- {}", md(&l));
        }
    }
    if view.scope.asked() {
        let _ = writeln!(s, "\n## {}\n", label(lang, "est-scope-head"));
        let lines = w::scope_lines(&view.scope, lang, usize::MAX);
        if let Some(first) = lines.first() {
            let _ = writeln!(s, "{}\n", md(first));
        }
        if !view.scope.excluded.is_empty() {
            let _ = writeln!(
                s,
                "| {} | {} |\n|---|---|",
                label(lang, "est-machine"),
                label(lang, "est-why")
            );
            for e in &view.scope.excluded {
                let _ = writeln!(
                    s,
                    "| {} | {} |",
                    md(&e.machine.name),
                    md(&w::excluded_why(&view.scope, e, lang))
                );
            }
        }
    }
    if let (Some(g), Some(rows)) = (&view.groups, group_rows(ev, inv)) {
        let _ = writeln!(
            s,
            "\n## {}\n",
            crate::say!(lang, "est-groups-head", source = md(&w::source(g, lang)))
        );
        let targets: Vec<String> = ev
            .selection
            .matrices
            .iter()
            .map(|m| m.target().to_string())
            .collect();
        // The DR column where a group's churn gives a figure.
        let dr = rows.iter().any(|r| r.dr_required_mbps.is_some());
        // The sizes column where the run sized the groups' machines.
        let sized = rows.iter().any(|r| r.sizes.is_some());
        let _ = writeln!(
            s,
            "| {} | {} | {} |{}{}",
            label(lang, "est-group-word"),
            label(lang, "est-machines-word"),
            targets.join(" | "),
            if dr {
                format!(" {} |", label(lang, "est-dr-bandwidth"))
            } else {
                String::new()
            },
            if sized {
                format!(" {} |", label(lang, "est-gc-head"))
            } else {
                String::new()
            }
        );
        let _ = writeln!(
            s,
            "|---|---:|{}{}{}",
            "---|".repeat(targets.len()),
            if dr { "---:|" } else { "" },
            if sized { "---|" } else { "" }
        );
        for r in &rows {
            let cells: Vec<String> = r
                .targets
                .iter()
                .map(|t| {
                    let mut c = marks(&t.readiness);
                    if let Some((rule, n)) = t.top_blockers.first() {
                        let _ = write!(c, " ✗ {rule} ({n})");
                    }
                    c
                })
                .collect();
            let dr_cell = if dr {
                format!(
                    " {} |",
                    r.dr_required_mbps
                        .map(crate::units::group_thousands)
                        .unwrap_or_default()
                )
            } else {
                String::new()
            };
            let sizes_cell = if sized {
                format!(
                    " {} |",
                    r.sizes
                        .as_ref()
                        .map(|z| md(&w::group_sizes_and_cost(z, lang)))
                        .unwrap_or_default()
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                s,
                "| {} | {} | {} |{dr_cell}{sizes_cell}",
                md(&group_name(r, lang)),
                r.machines,
                cells.join(" | "),
            );
        }
        for u in &g.unknown_rows {
            let _ = writeln!(s, "\n- {}", md(&w::unknown_row(g, u, lang)));
        }
    }
    s
}
