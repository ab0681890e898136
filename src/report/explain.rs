//! `rehost explain`: for one machine, every rule of the chosen targets with its outcome, the
//! values it read and the cells they came from, the fix and the page.

use crate::words::model::{LabelIn, NameIn};
use crate::words::report::{Word, dr, label, label as fixed, outcome, severity, support, word};
use std::fmt::Write as _;

use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::model::{Machine, Value};
use crate::plan::Planner;
use crate::rules::Assessment;
use crate::units::format_size;
use crate::words::Lang;

/// The machine in one line: platform, generation, OS, cores, memory, disks.
fn facts(m: &Machine, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Value::Known(h) = &m.hypervisor {
        parts.push(h.label_in(lang).to_string());
    }
    if let Value::Known(g) = m.effective_generation() {
        parts.push(crate::say!(lang, "rep-x-generation", g = g.to_string()));
    }
    if let Value::Known(os) = &m.os {
        parts.push(os.raw.clone());
    }
    if let Value::Known(c) = &m.cores {
        parts.push(crate::say!(lang, "rep-x-cores", n = *c));
    }
    if let Value::Known(b) = &m.memory_bytes {
        parts.push(crate::say!(lang, "rep-x-memory", size = format_size(*b)));
    }
    let disks: Vec<String> = m
        .disks
        .iter()
        .map(|d| match &d.size_bytes {
            Value::Known(b) => format!("{} {}", d.name_in(lang), format_size(*b)),
            _ => crate::say!(lang, "rep-x-disk-size-unknown", disk = d.name_in(lang)),
        })
        .collect();
    if !disks.is_empty() {
        parts.push(format!(
            "{}: {}",
            fixed(lang, "rep-x-disks"),
            disks.join(", ")
        ));
    }
    parts.join(", ")
}

/// The machine's plan: its OS support on the day assessed, the size and disk tiers chosen
/// and why, and the costs when priced.
fn render_plan(s: &mut String, planner: &Planner, m: &Machine, lang: Lang) {
    let plan = planner.plan(m);
    let sup = &plan.support;
    let day = crate::words::report::date(planner.day, lang);
    let status = support(lang, sup.status);
    let _ = writeln!(
        s,
        "\n{}",
        crate::say!(lang, "rep-x-os-support-on", day = day, status = status)
    );
    if let Some(r) = crate::words::lifecycle::release(lang, sup) {
        let _ = writeln!(s, "  {r}");
    }
    if let Some(why) = crate::words::lifecycle::support_why(lang, sup) {
        let _ = writeln!(s, "  {why}");
    }
    let ends = [
        (fixed(lang, "rep-x-mainstream-ends"), &sup.mainstream_end),
        (fixed(lang, "rep-x-extended-ends"), &sup.extended_end),
        (fixed(lang, "rep-x-esu-ends"), &sup.esu_end),
    ];
    for (what, d) in ends {
        if let Some(d) = d {
            let _ = writeln!(s, "  {what} {}", crate::words::report::date(*d, lang));
        }
    }
    if let Some(n) = crate::words::lifecycle::esu_note(lang, sup) {
        let _ = writeln!(s, "  {n}");
    }
    let see = word(lang, Word::See);
    if let Some(src) = sup.source {
        let _ = writeln!(s, "  {see}:  {src}");
    }
    let sz = &plan.sizing;
    let cat = planner.catalogue;
    let _ = writeln!(
        s,
        "\n{} ({}):",
        fixed(lang, "rep-x-azure-size"),
        crate::words::sizing::basis(lang, sz.basis)
    );
    if let Some(n) = &sz.basis_note {
        let _ = writeln!(s, "  {}", crate::words::sizing::basis_note(lang, n));
    }
    let why = crate::words::sizing::choice(lang, planner, sz);
    match sz.choice.size.map(|i| &cat.sizes[i]) {
        Some(z) => {
            let gib = crate::sizing::select::trim_gib(z.memory_gib);
            let line = crate::say!(
                lang,
                "rep-x-size-line",
                name = z.name.as_str(),
                vcpus = z.vcpus.to_string(),
                gib = gib.to_string(),
                disks = z.max_data_disks.to_string(),
                nics = z.max_nics.to_string(),
                series = z.series.to_string()
            );
            let _ = writeln!(s, "  {line}");
            let _ = writeln!(s, "  {}:  {}", fixed(lang, "rep-x-why"), why);
            let _ = writeln!(s, "  {see}:  {}", cat.pages[z.page].source);
        }
        None => {
            let _ = writeln!(s, "  {}: {}", fixed(lang, "rep-x-no-size"), why);
        }
    }
    for (d, disk) in sz.disks.iter().zip(&m.disks) {
        let tier = d.tier.map(|i| &cat.tiers[i]);
        let _ = writeln!(
            s,
            "  {:<14} {}  {}",
            disk.name_in(lang),
            tier.map_or_else(|| "-".to_string(), |t| t.sku()),
            crate::words::sizing::disk(lang, planner, d)
        );
    }
    // The page each disk type's tiers come from, once.
    let mut kinds: Vec<_> = sz
        .disks
        .iter()
        .filter_map(|d| d.tier.map(|i| cat.tiers[i].kind))
        .collect();
    kinds.sort();
    kinds.dedup();
    for k in kinds {
        if let Some(src) = cat.disk_sources.iter().find(|d| d.kind == k) {
            let _ = writeln!(s, "  {see}:  {}", src.source);
        }
    }
    if let (Some(c), Some(book)) = (&sz.compute, planner.sizing.prices.as_deref()) {
        let money = |x: Option<f64>| {
            x.map_or_else(
                || fixed(lang, "rep-x-not-priced").to_string(),
                |v| format!("{v:.2} {}", book.currency),
            )
        };
        let _ = writeln!(
            s,
            "  {}: {}",
            fixed(lang, "rep-x-monthly-payg"),
            money(c.pay_as_you_go)
        );
        if c.reserved_1y.is_some() || c.reserved_3y.is_some() {
            let line = crate::say!(
                lang,
                "rep-x-monthly-reserved",
                one = money(c.reserved_1y),
                three = money(c.reserved_3y)
            );
            let _ = writeln!(s, "  {line}");
        }
        let _ = writeln!(
            s,
            "  {}: {}",
            fixed(lang, "rep-x-monthly-storage"),
            money(sz.monthly_storage)
        );
    }
}

/// The explanation of machine `index` in `inv`, with its plan when a planner is given.
pub fn render_with_plan(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    index: usize,
    planner: &Planner,
    lang: Lang,
) -> String {
    let mut s = render_in(inv, ev, index, lang);
    render_plan(&mut s, planner, &inv.machines[index], lang);
    s
}

/// The explanation of machine `index` in `inv`.
pub fn render(inv: &Inventory, ev: &Evaluation<'_>, index: usize) -> String {
    render_in(inv, ev, index, Lang::En)
}

/// [`render`] with the rules' words in `lang`.
pub fn render_in(inv: &Inventory, ev: &Evaluation<'_>, index: usize, lang: Lang) -> String {
    let m = &inv.machines[index];
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", m.name, m.source.display());
    let _ = writeln!(s, "  {}", facts(m, lang));
    // Where the OS came from when the row gives it more than once, and which reading is used.
    if !m.os_readings.is_empty() {
        let _ = writeln!(s, "  {}:", fixed(lang, "rep-x-os-readings"));
        for r in &m.os_readings {
            let used = matches!(&m.os, Value::Known(os) if std::sync::Arc::ptr_eq(os, &r.os));
            let cell = inv
                .cell_of(&m.source, r.field)
                .map(|c| format!("  ({c})"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "    {} {:<36} {:?}{cell}",
                if used { "→" } else { " " },
                crate::words::inventory::os_source(r.source, lang),
                r.os.raw
            );
        }
        if let Value::Known(os) = &m.os
            && let Some(k) = &os.kernel
        {
            let _ = writeln!(s, "    {} {k}", fixed(lang, "rep-x-kernel"));
        }
    }
    for a in &ev.per_machine[index] {
        s.push('\n');
        render_assessment(&mut s, inv, ev, m, a, lang);
        if let Some(Some(d)) = ev.dr[index].get(a.matrix) {
            let label = fixed(lang, "rep-dr-head");
            let _ = writeln!(s, "  {label}: {}", dr(lang, d.verdict));
            let of = crate::words::finding::Of::in_selection(&ev.selection, a.matrix);
            for n in &d.notes {
                let n = crate::words::dr::note(lang, n, of, a, m);
                let _ = writeln!(s, "                {n}");
            }
        }
    }
    if let Some(e) = &ev.estate {
        let lines = super::dr_lines(e, lang);
        if !lines.is_empty() {
            let _ = writeln!(s, "\n{}:", fixed(lang, "rep-x-estate"));
            for l in lines {
                let _ = writeln!(s, "  {l}");
            }
        }
    }
    for note in &ev.selection.left_out {
        let _ = writeln!(
            s,
            "\n{}: {}",
            fixed(lang, "rep-left-out"),
            crate::words::rules::left_out(note, lang)
        );
    }
    s
}

fn render_assessment(
    s: &mut String,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    m: &Machine,
    a: &Assessment,
    lang: Lang,
) {
    let mx = ev.selection.matrices[a.matrix];
    let _ = writeln!(
        s,
        "{} {} ({}): {}",
        mx.target(),
        mx.edition(),
        crate::words::finding::matrix_title(&mx.matrix, lang),
        // `ready (partly checked)` where blocking rules were not evaluated.
        super::checked::words(crate::rules::coverage::Checked::of(a), lang)
    );
    let (read, fix, see) = (
        word(lang, Word::Read),
        word(lang, Word::Fix),
        word(lang, Word::See),
    );
    for f in &a.findings {
        let rule = &mx.rules[f.rule];
        // A rule that does not apply passes, but reads as what it is.
        let outcome = if f.applicable {
            outcome(lang, f.outcome)
        } else {
            label(lang, "rep-outcome-n-a")
        };
        let _ = writeln!(
            s,
            "  {} {} {}  {}",
            crate::report::pad(outcome, 13),
            crate::report::pad(severity(lang, f.severity), 9),
            rule.id,
            crate::words::finding::rule_title(rule, lang)
        );
        let of = crate::words::finding::Of::in_selection(&ev.selection, a.matrix);
        let _ = writeln!(
            s,
            "                {}",
            crate::words::finding::message(of, f, m, lang)
        );
        for r in f.eval().map(|e| e.readings.as_slice()).unwrap_or_default() {
            let place = r
                .source
                .as_ref()
                .map(|src| {
                    inv.cell_of(src, r.column_hint.unwrap_or(r.field))
                        .map_or_else(|| src.display(), |c| c.to_string())
                })
                .unwrap_or_else(|| fixed(lang, "rep-x-derived").into());
            let _ = writeln!(
                s,
                "                {read}: {} = {}  ({place})",
                r.field.label_in(lang),
                crate::words::quantity::reading(r, m, lang)
            );
        }
        match crate::words::finding::release(of, f, lang) {
            // Decided by a release: its fix, and both pages.
            Some((cite, remediation)) => {
                let _ = writeln!(s, "                {fix}:  {remediation}");
                let _ = writeln!(
                    s,
                    "                {see}:  {} ({}, {})",
                    cite.reference, cite.page_title, cite.name
                );
                let _ = writeln!(s, "                {see}:  {}", rule.reference);
            }
            None => {
                if f.outcome.is_reported() {
                    let _ = writeln!(
                        s,
                        "                {fix}:  {}",
                        crate::words::finding::fix(rule, f, m, lang)
                    );
                }
                let _ = writeln!(s, "                {see}:  {}", rule.reference);
            }
        }
    }
}
