//! The Machines, Findings and Disks sheets.

use crate::words::model::{LabelIn, NameIn};
use crate::words::report::{label, outcome, severity, support};
use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{MAX_ROWS, Sheet, Styles, fitted, gb};
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::lifecycle::SupportStatus;
use crate::model::{DiskRole, Value};
use crate::plan::Planner;
use crate::report::plan::PlanTotals;
use crate::rules::coverage::Checked;
use crate::rules::{Outcome, Readiness, Severity};
use crate::words::Lang;

/// The machine-name column as wide as the longest name (10 to 40 characters).
fn name_width(inv: &Inventory) -> f64 {
    let longest = inv
        .machines
        .iter()
        .map(|m| m.name.chars().count())
        .max()
        .unwrap_or(10);
    (longest as f64 + 2.0).clamp(10.0, 40.0)
}

/// The widest of some texts, in characters (a Hangul syllable takes two).
fn widest<S: AsRef<str>>(texts: impl Iterator<Item = S>) -> usize {
    texts
        .map(|t| crate::report::width(t.as_ref()))
        .max()
        .unwrap_or(0)
}

/// The widest day the reader's date format shows.
fn widest_day(lang: Lang) -> usize {
    let day = crate::model::Date {
        year: 2027,
        month: 12,
        day: 31,
    };
    crate::report::width(&crate::words::report::date(day, lang))
}

fn yes_no(v: &Value<bool>, lang: Lang) -> &'static str {
    match v {
        Value::Known(on) => lang.yes_no(*on),
        Value::Invalid(_) => label(lang, "rep-xlsx-unreadable"),
        _ => "",
    }
}

pub fn machines(
    ws: &mut Worksheet,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    planner: &Planner,
    st: &Styles,
) -> Result<PlanTotals, XlsxError> {
    let mut totals = PlanTotals::default();
    let priced = planner.sizing.prices.as_deref().map(|b| b.currency.clone());
    let mut s = Sheet::wide(ws, st);
    // What a reader wants first comes first, so the first printed page holds it: the
    // machine, its verdicts, what it would run on and its OS's support; then the facts read,
    // and where the row came from last.
    // Text columns as wide as what they hold, up to a cap past which it wraps, so the sheet
    // prints at a readable scale with nothing cut (a read of the rows before they are written;
    // the sizes are the catalogue's).
    let machines = || inv.machines.iter().take(MAX_ROWS as usize);
    let fit =
        |texts: &mut dyn Iterator<Item = String>, floor, cap| fitted(widest(texts), floor, cap);
    let mut cols: Vec<(String, f64)> =
        vec![(label(st.lang, "rep-machine").into(), name_width(inv))];
    let first_target = cols.len() as u16;
    for (j, mx) in ev.selection.matrices.iter().enumerate() {
        let words = &mut ev
            .per_machine
            .iter()
            .take(MAX_ROWS as usize)
            .filter_map(|per| per.get(j))
            .map(|a| crate::report::checked::words(Checked::of(a), st.lang));
        cols.push((
            format!("{} {}", mx.target(), mx.edition()),
            fit(words, 8.0, 23.0),
        ));
    }
    let size_width = fitted(
        widest(planner.catalogue.sizes.iter().map(|z| z.name.as_str())),
        8.0,
        24.0,
    );
    for (h, w) in [
        ("rep-blocking-rules-failed", 8.0),
        ("rep-azure-vm-size", size_width + 1.0),
        ("rep-azure-vcpus", 6.0),
        ("rep-azure-memory-gb", 8.0),
    ] {
        cols.push((label(st.lang, h).into(), w));
    }
    let phases = [
        SupportStatus::Mainstream,
        SupportStatus::Extended,
        SupportStatus::OutOfSupport,
        SupportStatus::Unknown,
    ];
    cols.push((
        crate::say!(
            st.lang,
            "rep-xlsx-os-support-on",
            day = crate::words::report::date(planner.day, st.lang)
        ),
        // Set off from the memory before it: a character more.
        fitted(
            widest(phases.iter().map(|p| support(st.lang, *p))),
            8.0,
            24.0,
        ) + 1.0,
    ));
    let os_raw = &mut machines().map(|m| m.os.known().map(|os| os.raw.clone()).unwrap_or_default());
    let host = &mut machines().map(|m| m.host.name.known().cloned().unwrap_or_default());
    let os_read = &mut machines().map(|m| {
        m.os.known()
            .map(|os| crate::words::check::os_label(os, st.lang))
            .unwrap_or_default()
    });
    let power = &mut machines().map(|m| m.power_state.known().cloned().unwrap_or_default());
    // Why each size: one line for most. Sizing a machine costs more than reading it, so the
    // width is measured on the first thousand; a longer reason wraps.
    let why = &mut machines().take(1000).map(|m| {
        let sizing = crate::sizing::size(m, planner.catalogue, &planner.sizing);
        crate::words::sizing::choice(st.lang, planner, &sizing)
    });
    for (h, w) in [
        // A date as the reader's format shows it (`2027년 12월 31일`, the widest).
        (
            "rep-support-ends",
            fitted(widest_day(st.lang), 10.0, 24.0) + 1.0,
        ),
        ("rep-os-as-written", fit(os_raw, 10.0, 50.0)),
        ("rep-cores", 6.0),
        ("rep-memory-gb", 8.0),
        ("rep-disks", 6.0),
        ("rep-os-disk-gb", 8.0),
        ("rep-largest-data-disk-gb", 9.0),
        ("rep-total-storage-gb", 9.0),
        ("rep-firmware", 9.0),
        ("rep-generation", 8.0),
        ("rep-hypervisor", 10.0),
        ("rep-host", fit(host, 8.0, 26.0) + 1.0),
        ("rep-os-as-read", fit(os_read, 10.0, 30.0)),
        ("rep-architecture", 8.0),
        ("rep-bitlocker", 9.0),
        ("rep-power-state", fit(power, 8.0, 14.0)),
        ("rep-size-chosen-because", fit(why, 20.0, 140.0)),
    ] {
        cols.push((label(st.lang, h).into(), w));
    }
    if let Some(c) = &priced {
        let (payg, reserved, storage) = (
            crate::say!(st.lang, "rep-xlsx-monthly-payg", currency = c),
            crate::say!(st.lang, "rep-xlsx-monthly-reserved", currency = c),
            crate::say!(st.lang, "rep-xlsx-monthly-storage", currency = c),
        );
        cols.push((payg, 14.0));
        cols.push((reserved, 14.0));
        cols.push((storage, 12.0));
    }
    let source = &mut machines().map(|m| st.place(&m.source));
    cols.push((
        label(st.lang, "rep-source-file-sheet-row").into(),
        fit(source, 10.0, 50.0),
    ));
    let cols_ref: Vec<(&str, f64)> = cols.iter().map(|(h, w)| (h.as_str(), *w)).collect();
    s.header(0, &cols_ref, st)?;
    // Text after a number: the size (after the blockers' count), the OS support (after the
    // memory), the firmware (after the storage), the hypervisor (after the generation), the
    // source (after a price).
    let after = first_target + ev.selection.matrices.len() as u16;
    s.indent([after + 1, after + 4, after + 13, after + 15]);
    if priced.is_some() {
        s.indent([cols_ref.len() as u16 - 1]);
    }
    let rows = inv.machines.len().min(MAX_ROWS as usize);
    for (i, m) in inv.machines.iter().take(rows).enumerate() {
        let r = i as u32 + 1;
        let plan = planner.plan(m);
        totals.add(planner, &plan);
        s.text(r, 0, &m.name)?;
        let mut blockers = 0;
        for (j, a) in ev.per_machine[i].iter().enumerate() {
            // `ready (partly checked)` where blocking rules were not evaluated.
            let words = crate::report::checked::words(Checked::of(a), st.lang);
            s.text(r, first_target + j as u16, &words)?;
            if a.readiness == Readiness::NotApplicable {
                continue;
            }
            blockers += a
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Blocker && f.outcome == Outcome::Fail)
                .count();
        }
        let mut c = first_target + ev.selection.matrices.len() as u16;
        let mut next = || {
            c += 1;
            c - 1
        };
        s.num(r, next(), blockers as f64, &st.int)?;
        let size = plan.sizing.choice.size.map(|i| &planner.catalogue.sizes[i]);
        s.text(r, next(), size.map_or("", |z| z.name.as_str()))?;
        s.opt_num(r, next(), size.map(|z| f64::from(z.vcpus)), &st.int)?;
        s.opt_num(r, next(), size.map(|z| z.memory_gib), &st.gb)?;
        s.text(r, next(), support(st.lang, plan.support.status))?;
        let ends = match plan.support.status {
            SupportStatus::Mainstream => plan.support.mainstream_end,
            SupportStatus::Extended | SupportStatus::OutOfSupport => plan.support.extended_end,
            SupportStatus::Unknown => None,
        };
        s.date(r, next(), ends, st)?;
        s.text(
            r,
            next(),
            m.os.known().map(|os| os.raw.as_str()).unwrap_or(""),
        )?;
        s.opt_num(r, next(), m.cores.known().map(|c| *c as f64), &st.int)?;
        s.opt_num(r, next(), m.memory_bytes.known().map(|b| gb(*b)), &st.gb)?;
        s.num(r, next(), m.disks.len() as f64, &st.int)?;
        s.opt_num(
            r,
            next(),
            m.os_disk()
                .and_then(|d| d.size_bytes.known())
                .map(|b| gb(*b)),
            &st.gb,
        )?;
        let largest = m
            .data_disks()
            .filter_map(|d| d.size_bytes.known().copied())
            .max();
        s.opt_num(r, next(), largest.map(gb), &st.gb)?;
        s.opt_num(r, next(), m.total_storage_bytes().map(gb), &st.gb)?;
        s.text(
            r,
            next(),
            m.effective_firmware()
                .known()
                .map(|f| f.as_str().to_uppercase())
                .as_deref()
                .unwrap_or(""),
        )?;
        s.opt_num(
            r,
            next(),
            m.effective_generation().known().map(|g| *g as f64),
            &st.int,
        )?;
        s.text(
            r,
            next(),
            m.hypervisor
                .known()
                .map(|h| h.label_in(st.lang))
                .unwrap_or(""),
        )?;
        s.text(
            r,
            next(),
            m.host.name.known().map(String::as_str).unwrap_or(""),
        )?;
        s.text(
            r,
            next(),
            &m.os
                .known()
                .map(|os| crate::words::check::os_label(os, st.lang))
                .unwrap_or_default(),
        )?;
        s.text(
            r,
            next(),
            m.architecture.known().map(|a| a.as_str()).unwrap_or(""),
        )?;
        s.text(r, next(), yes_no(&m.bitlocker, st.lang))?;
        s.text(
            r,
            next(),
            m.power_state.known().map(String::as_str).unwrap_or(""),
        )?;
        let why = crate::words::sizing::choice(st.lang, planner, &plan.sizing);
        s.wrapped(r, next(), &why, st)?;
        if priced.is_some() {
            let compute = plan.sizing.compute.as_ref();
            s.opt_num(r, next(), compute.and_then(|x| x.pay_as_you_go), &st.dec)?;
            s.opt_num(r, next(), compute.and_then(|x| x.reserved_3y), &st.dec)?;
            s.opt_num(r, next(), plan.sizing.monthly_storage, &st.dec)?;
        }
        s.text(r, next(), &st.place(&m.source))?;
    }
    // Machines past the sheet's last row are still counted.
    for m in inv.machines.iter().skip(rows) {
        totals.add(planner, &planner.plan(m));
    }
    s.finish(0, cols_ref.len(), rows as u32)?;
    for j in 0..ev.selection.matrices.len() {
        s.colour_readiness(1, rows as u32, first_target + j as u16, st)?;
    }
    Ok(totals)
}

/// One row per machine × target × rule that fails or cannot be told. Rules not evaluated for
/// lack of a column are listed once, on the Summary and Data quality sheets, not per machine.
pub fn findings(
    ws: &mut Worksheet,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    st: &Styles,
) -> Result<(), XlsxError> {
    let mut s = Sheet::wide(ws, st);
    let targets = ev.selection.matrices.iter().map(|mx| mx.target());
    let cols = [
        ("rep-machine", name_width(inv)),
        ("rep-target", fitted(widest(targets), 8.0, 30.0)),
        ("rep-edition", 11.0),
        ("rep-severity", 10.0),
        ("rep-outcome", 9.0),
        ("rep-rule", 24.0),
        ("rep-title", 30.0),
        ("rep-message", 60.0),
        ("rep-remediation", 50.0),
        ("rep-reference", 14.0),
    ];
    s.header(0, &st.heads(&cols), st)?;
    let mut r = 0u32;
    let mut cut = 0usize;
    for (m, per) in inv.machines.iter().zip(&ev.per_machine) {
        // A machine outside a scenario is one word in Machines, not a finding per rule.
        for a in per
            .iter()
            .filter(|a| a.readiness != Readiness::NotApplicable)
        {
            let mx = ev.selection.matrices[a.matrix];
            for f in a.findings.iter().filter(|f| f.outcome.is_reported()) {
                if r >= MAX_ROWS - 1 {
                    cut += 1;
                    continue;
                }
                r += 1;
                let rule = &mx.rules[f.rule];
                s.text(r, 0, &m.name)?;
                s.text(r, 1, mx.target())?;
                s.text(r, 2, &mx.edition().to_string())?;
                s.text(r, 3, severity(st.lang, f.severity))?;
                s.text(r, 4, outcome(st.lang, f.outcome))?;
                s.text(r, 5, &rule.id)?;
                s.wrapped(r, 6, &crate::words::finding::rule_title(rule, st.lang), st)?;
                let of = crate::words::finding::Of::in_selection(&ev.selection, a.matrix);
                s.wrapped(r, 7, &crate::words::finding::message(of, f, m, st.lang), st)?;
                match crate::words::finding::release(of, f, st.lang) {
                    // Decided by a release beside the matrix: its fix, and its page.
                    Some((cite, fix)) => {
                        s.wrapped(r, 8, &fix, st)?;
                        s.link(r, 9, &cite.reference, &cite.name, st)?;
                    }
                    None => {
                        let fix = crate::words::finding::fix(rule, f, m, st.lang);
                        s.wrapped(r, 8, &fix, st)?;
                        s.link(r, 9, &rule.reference, label(st.lang, "rep-matrix-page"), st)?;
                    }
                }
            }
        }
    }
    if cut > 0 {
        r += 1;
        s.text(
            r,
            0,
            &crate::say!(st.lang, "rep-xlsx-findings-cut", n = cut),
        )?;
    }
    s.finish(0, cols.len(), r)?;
    s.colour_readiness(1, r, 4, st)?;
    Ok(())
}

/// One row per disk: its role and size, and per target whether the disk-size rules that
/// apply to the machine pass for this disk.
pub fn disks(
    ws: &mut Worksheet,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    planner: &Planner,
    st: &Styles,
) -> Result<(), XlsxError> {
    let cat = planner.catalogue;
    let book = planner.sizing.prices.as_deref();
    let mut s = Sheet::wide(ws, st);
    let mut cols: Vec<(String, f64)> = vec![
        (label(st.lang, "rep-machine").into(), name_width(inv)),
        (label(st.lang, "rep-disk").into(), 16.0),
        (label(st.lang, "rep-role").into(), 7.0),
        (label(st.lang, "rep-size-gb").into(), 11.0),
        (label(st.lang, "rep-kind").into(), 12.0),
        (label(st.lang, "rep-churn-mb-s").into(), 10.0),
    ];
    cols.push((label(st.lang, "rep-azure-disk-tier").into(), 16.0));
    cols.push((label(st.lang, "rep-tier-size-gb").into(), 9.0));
    if let Some(b) = book {
        cols.push((
            crate::say!(st.lang, "rep-xlsx-monthly", currency = &b.currency),
            10.0,
        ));
    }
    let first_target = cols.len() as u16;
    // A disk-rules column: `pass`, or `fail` and the rule's id on a line (two rules wrap).
    for mx in &ev.selection.matrices {
        cols.push((
            crate::say!(st.lang, "rep-xlsx-disk-rules", target = mx.target()),
            24.0,
        ));
    }
    // Where the row came from, last: a long path does not run over the figures.
    let source_col = cols.len() as u16;
    let sources = inv
        .machines
        .iter()
        .flat_map(|m| &m.disks)
        .take(MAX_ROWS as usize)
        .map(|d| d.source.as_ref().map(|x| st.place(x)).unwrap_or_default());
    cols.push((
        label(st.lang, "rep-source").into(),
        fitted(widest(sources), 10.0, 50.0),
    ));
    let cols_ref: Vec<(&str, f64)> = cols.iter().map(|(h, w)| (h.as_str(), *w)).collect();
    s.header(0, &cols_ref, st)?;
    // The kind (after the size), the tier (after the churn) and the disk rules (after a
    // number) are set off.
    s.indent([4, 6]);
    s.indent(first_target..first_target + ev.selection.matrices.len() as u16);
    let mut r = 0u32;
    for (i, m) in inv.machines.iter().enumerate() {
        for d in &m.disks {
            if r >= MAX_ROWS - 1 {
                break;
            }
            r += 1;
            s.text(r, 0, &m.name)?;
            s.text(r, 1, &d.name_in(st.lang))?;
            let role = match d.role {
                DiskRole::Os => "OS",
                DiskRole::Data => label(st.lang, "rep-xlsx-role-data"),
            };
            s.text(r, 2, role)?;
            s.opt_num(r, 3, d.size_bytes.known().map(|b| gb(*b)), &st.gb)?;
            let kind = match &d.kind {
                Value::Known(k) => crate::words::quantity::disk_kind(*k, st.lang),
                _ => String::new(),
            };
            s.text(r, 4, &kind)?;
            s.opt_num(r, 5, d.churn_mb_s.known().copied(), &st.dec)?;
            s.text(
                r,
                source_col,
                &d.source.as_ref().map(|x| st.place(x)).unwrap_or_default(),
            )?;
            let sku = crate::sizing::disks::choose(cat, d, planner.sizing.disks, book);
            let tier = sku.tier.map(|t| &cat.tiers[t]);
            if let Some(t) = tier {
                s.text(r, 6, &t.sku())?;
            }
            s.opt_num(r, 7, tier.map(|t| t.size_gib as f64), &st.int)?;
            if book.is_some() {
                s.opt_num(r, 8, sku.monthly, &st.dec)?;
            }
            for (j, a) in ev.per_machine[i].iter().enumerate() {
                let mx = ev.selection.matrices[a.matrix];
                let mut words = Vec::new();
                for f in &a.findings {
                    let rule = &mx.rules[f.rule];
                    let Some(ok) = rule.check.disk_size_ok(d) else {
                        continue;
                    };
                    if !f.applicable {
                        continue;
                    }
                    match ok {
                        Some(false) => words.push(format!(
                            "{} {}",
                            label(st.lang, "rep-outcome-fail"),
                            rule.id
                        )),
                        None => words.push(format!(
                            "{} {}",
                            label(st.lang, "rep-outcome-unknown"),
                            rule.id
                        )),
                        Some(true) => {}
                    }
                }
                let text = if words.is_empty() {
                    label(st.lang, "rep-outcome-pass").to_string()
                } else {
                    words.join(", ")
                };
                s.text(r, first_target + j as u16, &text)?;
            }
        }
    }
    s.finish(0, cols_ref.len(), r)?;
    Ok(())
}
