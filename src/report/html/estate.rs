//! The page's estate section: the totals in words, machines by OS product as a bar chart,
//! the machines a `--where` left out, and readiness per group as stacked bars with a table.
//! Drawn here as inline SVG, as the summary's chart is: nothing fetched.

use std::fmt::Write as _;

use super::{SEGMENTS, esc, segment};
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::report::estate::{group_name, group_rows, marks};
use crate::words::Lang;
use crate::words::estate as w;
use crate::words::report::label;

/// The section; empty when the run has no estate view (a page made without one).
pub fn section(inv: &Inventory, ev: &Evaluation<'_>, lang: Lang) -> String {
    let view = &ev.view;
    if view.totals.is_none() && !view.scope.asked() && view.groups.is_none() {
        return String::new();
    }
    // After the summary, before the machines (the summary's order is -1).
    let mut s = format!(
        "<section id=\"estate\" style=\"order:-1\"><h2>{}</h2>",
        esc(label(lang, "est-head"))
    );
    if let Some(t) = &view.totals {
        s.push_str("<ul class=\"estate-totals\">");
        for l in w::totals_lines(t, lang, 10) {
            let _ = write!(s, "<li>{}</li>", esc(&l));
        }
        s.push_str("</ul>");
        if let Some(f) = t.os_families.as_ref().filter(|f| !f.is_empty()) {
            s.push_str(&os_chart(f, lang));
        }
    }
    if view.scope.asked() {
        let lines = w::scope_lines(&view.scope, lang, 0);
        let _ = write!(
            s,
            "<h3>{}</h3><p id=\"scope-line\">{}</p>",
            esc(label(lang, "est-scope-head")),
            esc(lines.first().map_or("", String::as_str))
        );
        if !view.scope.excluded.is_empty() {
            let _ = write!(
                s,
                "<table id=\"out-of-scope\"><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>",
                esc(label(lang, "est-machine")),
                esc(label(lang, "est-why"))
            );
            for e in &view.scope.excluded {
                let _ = write!(
                    s,
                    "<tr><td>{}</td><td>{}</td></tr>",
                    esc(&e.machine.name),
                    esc(&w::excluded_why(&view.scope, e, lang))
                );
            }
            s.push_str("</tbody></table>");
        }
    }
    if let (Some(g), Some(rows)) = (&view.groups, group_rows(ev, inv)) {
        let _ = write!(
            s,
            "<h3>{}</h3>",
            esc(&crate::say!(
                lang,
                "est-groups-head",
                source = w::source(g, lang)
            ))
        );
        s.push_str(&groups_chart(&rows, lang));
        let _ = write!(
            s,
            "<table id=\"groups\"><thead><tr><th>{}</th><th>{}</th>",
            esc(label(lang, "est-group-word")),
            esc(label(lang, "est-machines-word"))
        );
        let shown = shown_targets(&rows);
        for &j in &shown {
            let _ = write!(s, "<th>{}</th>", esc(ev.selection.matrices[j].target()));
        }
        // The DR column where a group's churn gives a figure.
        let dr = rows.iter().any(|r| r.dr_required_mbps.is_some());
        if dr {
            let _ = write!(s, "<th>{}</th>", esc(label(lang, "est-dr-bandwidth")));
        }
        // The sizes column where the run sized the groups' machines.
        let sized = rows.iter().any(|r| r.sizes.is_some());
        if sized {
            let _ = write!(s, "<th>{}</th>", esc(label(lang, "est-gc-head")));
        }
        s.push_str("</tr></thead><tbody>");
        for r in &rows {
            let _ = write!(
                s,
                "<tr><td>{}</td><td>{}</td>",
                esc(&group_name(r, lang)),
                r.machines
            );
            for t in shown.iter().map(|&j| &r.targets[j]) {
                let mut c = marks(&t.readiness);
                if let Some((rule, n)) = t.top_blockers.first() {
                    let _ = write!(c, " ✗ {rule} ({n})");
                }
                let _ = write!(s, "<td>{}</td>", esc(&c));
            }
            if dr {
                let _ = write!(
                    s,
                    "<td>{}</td>",
                    r.dr_required_mbps
                        .map(crate::units::group_thousands)
                        .unwrap_or_default()
                );
            }
            if sized {
                let _ = write!(
                    s,
                    "<td>{}</td>",
                    esc(&r
                        .sizes
                        .as_ref()
                        .map(|z| w::group_sizes_and_cost(z, lang))
                        .unwrap_or_default())
                );
            }
            s.push_str("</tr>");
        }
        s.push_str("</tbody></table>");
        for u in &g.unknown_rows {
            let _ = write!(
                s,
                "<p class=\"na-note\">{}</p>",
                esc(&w::unknown_row(g, u, lang))
            );
        }
    }
    s.push_str("</section>\n");
    s
}

/// One bar per OS product: machines.
fn os_chart(f: &[crate::estate::totals::Family], lang: Lang) -> String {
    let shown = &f[..f.len().min(12)];
    let row_h = 24;
    let h = 10 + row_h * shown.len();
    let max = shown.iter().map(|x| x.machines).max().unwrap_or(1).max(1);
    let mut s = format!(
        "<svg id=\"os-chart\" class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 800 {h}\" width=\"800\" height=\"{h}\">",
        esc(label(lang, "est-chart-os"))
    );
    for (i, x) in shown.iter().enumerate() {
        let y = 5 + i * row_h;
        let wdt = 480.0 * x.machines as f64 / max as f64;
        let name = w::product(&x.product, lang);
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\" class=\"lbl\">{}</text><rect x=\"260\" y=\"{y}\" width=\"{wdt:.1}\" height=\"18\" fill=\"#5B9BD5\"><title>{}: {}</title></rect><text x=\"{:.1}\" y=\"{}\" class=\"lbl\">{}</text>",
            y + 14,
            esc(&name),
            esc(&name),
            x.machines,
            260.0 + wdt + 6.0,
            y + 14,
            x.machines
        );
    }
    s.push_str("</svg>");
    s
}

/// The targets the groups show: those some machine of the estate is in scope for. A target
/// that covers none of them (asr-hyperv on a VMware estate) is left out, as the machine table
/// leaves it out, rather than drawn as a bar of "not applicable" in every group.
fn shown_targets(rows: &[crate::report::estate::GroupRow]) -> Vec<usize> {
    let n = rows.first().map_or(0, |r| r.targets.len());
    (0..n)
        .filter(|&j| {
            rows.iter()
                .any(|r| r.targets[j].readiness.not_applicable < r.machines)
        })
        .collect()
}

/// One stacked bar per group and target: machines by readiness.
fn groups_chart(rows: &[crate::report::estate::GroupRow], lang: Lang) -> String {
    let shown = shown_targets(rows);
    let n = rows.len() * shown.len();
    let row_h = 24;
    let h = 10 + row_h * n;
    let mut s = format!(
        "<svg id=\"groups-chart\" class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 800 {h}\" width=\"800\" height=\"{h}\">",
        esc(label(lang, "est-chart-groups"))
    );
    let mut k = 0;
    for r in rows {
        for t in shown.iter().map(|&j| &r.targets[j]) {
            let y = 5 + k * row_h;
            k += 1;
            let counts: Vec<usize> = SEGMENTS
                .iter()
                .map(|(rd, partly, _)| t.readiness.get_checked(*rd, *partly))
                .collect();
            let total = counts.iter().sum::<usize>().max(1);
            let _ = write!(
                s,
                "<text x=\"0\" y=\"{}\" class=\"lbl\">{} · {}</text>",
                y + 14,
                esc(&group_name(r, lang)),
                esc(&t.target)
            );
            let mut x = 290.0;
            for (i, c) in counts.iter().enumerate() {
                if *c == 0 {
                    continue;
                }
                let wdt = 500.0 * *c as f64 / total as f64;
                let _ = write!(
                    s,
                    "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{wdt:.1}\" height=\"18\" fill=\"{}\"><title>{}: {c}</title></rect>",
                    SEGMENTS[i].2,
                    esc(&segment(SEGMENTS[i].0, SEGMENTS[i].1, lang))
                );
                x += wdt;
            }
        }
    }
    s.push_str("</svg>");
    s
}
