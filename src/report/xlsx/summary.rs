//! The Summary sheet (what was assessed and what came out) and the DR sheet.

use crate::words::report::{dr as dr_verdict, label};
use rust_xlsxwriter::{Chart, ChartType, Color, Url, Worksheet, XlsxError};

use super::{Sheet, Styles};
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::plan::Planner;
use crate::report::checked;
use crate::report::plan::PlanTotals;
use crate::report::summary::summarise;
use crate::rules::Readiness;

/// The readiness columns and chart series: ready and ready with conditions each fully and
/// partly checked (blocking rules not evaluated), then the other verdicts. Partly checked is
/// the paler shade of its verdict's colour.
const READINESS: [(Readiness, bool, &str, u32); 7] = [
    (Readiness::Ready, false, "rep-ready", 0x70AD47),
    (Readiness::Ready, true, "rep-ready", 0xC5E0B4),
    (
        Readiness::ReadyWithConditions,
        false,
        "rep-ready-with-conditions",
        0xFFC000,
    ),
    (
        Readiness::ReadyWithConditions,
        true,
        "rep-ready-with-conditions",
        0xFFE699,
    ),
    (Readiness::NotReady, false, "rep-not-ready", 0xC00000),
    (Readiness::Unknown, false, "rep-unknown", 0xA6A6A6),
    (
        Readiness::NotApplicable,
        false,
        "rep-not-applicable",
        0xDDEBF7,
    ),
];

/// A readiness column's heading: `Ready, fully checked`, `Ready, partly checked`, `Not ready`.
fn heading(rd: Readiness, partly: bool, id: &str, st: &Styles) -> String {
    if rd.eligible() {
        checked::label(label(st.lang, id), partly, st.lang)
    } else {
        label(st.lang, id).to_string()
    }
}

pub fn write(
    ws: &mut Worksheet,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    planner: &Planner,
    totals: &PlanTotals,
    st: &Styles,
) -> Result<(), XlsxError> {
    let summary = summarise(inv, ev, st.lang);
    let mut s = Sheet::new(ws, st);
    // The matrix column holds a title on one line: Korean titles are wider on screen.
    let widths = [
        ("", 28.0),
        ("", 26.0),
        (
            "",
            label(st.lang, "rep-xlsx-matrix-title-width")
                .parse()
                .unwrap_or(52.0),
        ),
        // The seven readiness columns: wide enough for "partly checked" on one line.
        ("", 14.5),
        ("", 14.5),
        ("", 14.5),
        ("", 14.5),
        ("", 14.5),
        ("", 14.5),
        ("", 14.5),
        ("", 14.0),
    ];
    for (c, (_, w)) in widths.iter().enumerate() {
        s.ws.set_column_width(c as u16, *w)?;
    }
    s.set_widths(&widths);
    s.text_with(0, 0, label(st.lang, "rep-rehost-assessment"), &st.title)?;
    let mut r = 2;
    let facts: Vec<(&str, String)> = vec![
        ("rep-run", super::run_time_text()),
        ("rep-tool", summary.tool.clone()),
        (
            "rep-matrices-as-of",
            ev.selection.as_of.map_or_else(
                || label(st.lang, "rep-newest-edition-of-each-target").into(),
                |d| crate::words::report::date(d, st.lang),
            ),
        ),
        (
            "rep-editions",
            summary
                .targets
                .iter()
                .map(|t| format!("{} {}", t.target, t.edition))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("rep-sheet-machines", summary.machines.to_string()),
        (
            "rep-rules-not-evaluated-count-as",
            if summary.strict {
                label(st.lang, "rep-unknown-strict").into()
            } else {
                label(st.lang, "rep-not-evaluated").into()
            },
        ),
    ];
    for (k, v) in facts {
        s.text_with(r, 0, label(st.lang, k), &st.label)?;
        s.text(r, 1, &v)?;
        r += 1;
    }
    for (i, f) in summary.files.iter().enumerate() {
        let label = if i == 0 {
            label(st.lang, "rep-inventory-files")
        } else {
            ""
        };
        s.text_with(r, 0, label, &st.label)?;
        s.text(r, 1, f)?;
        r += 1;
    }

    // Readiness per target, with a chart of it.
    r += 1;
    s.text_with(
        r,
        0,
        label(st.lang, "rep-readiness-by-target"),
        &st.subtitle,
    )?;
    r += 1;
    let head = r;
    let mut cols: Vec<String> = ["rep-target", "rep-edition", "rep-matrix"]
        .iter()
        .map(|h| label(st.lang, h).to_string())
        .collect();
    cols.extend(
        READINESS
            .iter()
            .map(|(rd, p, l, _)| heading(*rd, *p, l, st)),
    );
    cols.push(label(st.lang, "rep-source").to_string());
    for (c, h) in cols.iter().enumerate() {
        s.text_with(r, c as u16, h, &st.header)?;
    }
    // Three lines: "Ready with conditions, partly checked" wraps so in its column.
    s.ws.set_row_height(r, 45)?;
    for t in &summary.targets {
        r += 1;
        s.text_with(r, 0, &t.target, &st.top)?;
        s.text_with(r, 1, &t.edition, &st.top)?;
        s.wrapped(r, 2, &t.title, st)?;
        for (k, (rd, partly, _, _)) in READINESS.iter().enumerate() {
            let n = t.readiness.get_checked(*rd, *partly);
            s.num(r, 3 + k as u16, n as f64, &st.int)?;
        }
        s.link(
            r,
            3 + READINESS.len() as u16,
            &t.source,
            label(st.lang, "rep-matrix-page"),
            st,
        )?;
    }
    let last = r;
    if !summary.targets.is_empty() {
        let mut chart = Chart::new(ChartType::BarStacked);
        chart
            .title()
            .set_name(label(st.lang, "rep-machines-by-readiness"));
        let sheet = label(st.lang, "rep-sheet-summary");
        for (k, (rd, partly, name, colour)) in READINESS.iter().enumerate() {
            chart
                .add_series()
                .set_name(heading(*rd, *partly, name, st).as_str())
                .set_categories((sheet, head + 1, 0, last, 0))
                .set_values((sheet, head + 1, 3 + k as u16, last, 3 + k as u16))
                .set_format(rust_xlsxwriter::ChartFormat::new().set_solid_fill(
                    rust_xlsxwriter::ChartSolidFill::new().set_color(Color::RGB(*colour)),
                ));
        }
        let height = 110 + 40 * summary.targets.len() as u32;
        chart.set_width(760).set_height(height);
        // Below the table, with rows left free for it (20 px a row).
        s.ws.insert_chart(last + 2, 0, &chart)?;
        r = last + 2 + height.div_ceil(20);
    }
    for note in &summary.left_out {
        r += 1;
        s.text(
            r,
            0,
            &crate::say!(st.lang, "rep-xlsx-left-out", note = note),
        )?;
    }

    // The most frequent blockers.
    r += 2;
    s.text_with(
        r,
        0,
        label(st.lang, "rep-most-frequent-blocking-rules"),
        &st.subtitle,
    )?;
    r += 1;
    for (c, h) in ["rep-target", "rep-rule", "rep-title", "rep-sheet-machines"]
        .iter()
        .enumerate()
    {
        s.text_with(r, c as u16, label(st.lang, h), &st.header)?;
    }
    let mut any = false;
    for t in &summary.targets {
        for b in &t.top_blockers {
            r += 1;
            any = true;
            s.text(r, 0, &t.target)?;
            s.text(r, 1, &b.rule)?;
            s.text(r, 2, &b.title)?;
            s.num(r, 3, b.machines as f64, &st.int)?;
        }
    }
    if !any {
        r += 1;
        s.text(r, 0, label(st.lang, "rep-no-blocking-failure"))?;
    }

    // Disaster recovery totals.
    if let Some(e) = &ev.estate {
        r += 2;
        s.text_with(r, 0, label(st.lang, "rep-disaster-recovery"), &st.subtitle)?;
        for (t, counts) in &e.verdicts {
            r += 1;
            s.text_with(r, 0, t, &st.label)?;
            let words: Vec<String> = counts
                .iter()
                .map(|(v, n)| format!("{} {n}", dr_verdict(st.lang, *v)))
                .collect();
            s.text(r, 1, &words.join(" · "))?;
        }
        let figures = [
            ("rep-required-bandwidth-mbps", e.required_bandwidth_mbps),
            ("rep-available-bandwidth-mbps", e.available_bandwidth_mbps),
            ("rep-initial-replication-hours", e.initial_replication_hours),
            (
                "rep-initial-replication-goal-hours",
                e.initial_replication_goal_hours,
            ),
            ("rep-growth-factor", Some(e.growth_percent)),
        ];
        for (k, v) in figures {
            r += 1;
            s.text_with(r, 0, label(st.lang, k), &st.label)?;
            match v {
                Some(v) => s.num(r, 1, v, &st.dec)?,
                None => s.text(r, 1, "—")?,
            }
        }
        for n in &e.notes {
            r += 1;
            s.text(r, 0, &crate::words::dr::estate_note(st.lang, n))?;
        }
    }

    r = super::sizing::section(&mut s, r, planner, totals, st)?;

    // What the ready verdicts rest on: blocking rules the inventory gave no column for.
    if summary
        .targets
        .iter()
        .any(|t| !t.unchecked_blockers.is_empty())
    {
        r += 2;
        s.text_with(r, 0, label(st.lang, "rep-xlsx-partly-title"), &st.subtitle)?;
        r += 1;
        s.text(r, 0, label(st.lang, "rep-xlsx-partly-intro"))?;
        r += 1;
        let machines = label(st.lang, "rep-xlsx-machines-partly");
        for (c, h) in [
            label(st.lang, "rep-target"),
            label(st.lang, "rep-rule"),
            label(st.lang, "rep-title"),
            machines,
            label(st.lang, "rep-why"),
        ]
        .iter()
        .enumerate()
        {
            s.text_with(r, c as u16, h, &st.header)?;
        }
        for t in &summary.targets {
            for g in &t.unchecked_blockers {
                r += 1;
                s.text(r, 0, &t.target)?;
                s.text(r, 1, &g.rule)?;
                s.text(r, 2, &g.title)?;
                s.num(r, 3, g.machines as f64, &st.int)?;
                s.text_with(r, 4, &g.why, &st.indent)?;
            }
        }
    }

    // What the inventory could not say.
    r += 2;
    s.text_with(r, 0, label(st.lang, "rep-coverage-gaps"), &st.subtitle)?;
    r += 1;
    for (c, h) in [
        "rep-target",
        "rep-rule",
        "rep-title",
        "rep-sheet-machines",
        "rep-why",
    ]
    .iter()
    .enumerate()
    {
        s.text_with(r, c as u16, label(st.lang, h), &st.header)?;
    }
    for t in &summary.targets {
        for g in &t.coverage_gaps {
            r += 1;
            s.text(r, 0, &t.target)?;
            s.text(r, 1, &g.rule)?;
            s.text(r, 2, &g.title)?;
            s.num(r, 3, g.machines as f64, &st.int)?;
            s.text_with(r, 4, &g.why, &st.indent)?;
        }
    }

    // Where to look next.
    r += 2;
    s.text_with(
        r,
        0,
        label(st.lang, "rep-sheets-in-this-workbook"),
        &st.subtitle,
    )?;
    let guide = [
        ("rep-sheet-machines", "rep-about-machines"),
        ("rep-sheet-findings", "rep-about-findings"),
        ("rep-disks", "rep-about-disks"),
        ("rep-sheet-dr", "rep-about-dr"),
        ("rep-sheet-rules", "rep-about-rules"),
        ("rep-sheet-data-quality", "rep-about-data-quality"),
    ];
    for (sheet, what) in guide {
        r += 1;
        let what = label(st.lang, what);
        let sheet = label(st.lang, sheet);
        s.ws.write_url_with_format(
            r,
            0,
            Url::new(format!("internal:'{sheet}'!A1")).set_text(sheet),
            &st.link,
        )?;
        s.text(r, 1, what)?;
    }
    s.ws.set_active(true);
    Ok(())
}

pub fn dr(
    ws: &mut Worksheet,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    st: &Styles,
) -> Result<(), XlsxError> {
    let mut s = Sheet::wide(ws, st);
    let cols = [
        ("rep-recovery-group", 16.0),
        ("rep-boot-order", 8.0),
        ("rep-machine", 24.0),
        ("rep-tier", 10.0),
        ("rep-application", 16.0),
        ("rep-target", 16.0),
        ("rep-rpo-target", 12.0),
        ("rep-achievable-rpo", 12.0),
        ("rep-replication-frequency", 12.0),
        ("rep-rto-target", 12.0),
        ("rep-churn-mb-s", 10.0),
        ("rep-peak-churn-mb-s", 10.0),
        ("rep-dr-verdict", 14.0),
        ("rep-why", 70.0),
    ];
    s.header(0, &st.heads(&cols), st)?;
    // Recovery groups in order (as written), then boot order, then inventory order.
    let mut order: Vec<usize> = (0..inv.machines.len()).collect();
    order.sort_by(|a, b| {
        let (ma, mb) = (&inv.machines[*a], &inv.machines[*b]);
        let key = |m: &crate::model::Machine| {
            (
                m.dr.recovery_group.known().is_none(),
                m.dr.recovery_group.known().cloned(),
                m.dr.boot_order.known().copied(),
            )
        };
        key(ma).cmp(&key(mb)).then(a.cmp(b))
    });
    let mut r = 0;
    let dur = |v: Option<u64>| {
        v.map(|s| crate::words::model::duration(s, st.lang))
            .unwrap_or_default()
    };
    for i in order {
        let m = &inv.machines[i];
        for (j, mx) in ev.selection.matrices.iter().enumerate() {
            let Some(Some(d)) = ev.dr[i].get(j) else {
                continue;
            };
            // A machine with no target and no churn figure has nothing to say here; the
            // Summary counts it as no-targets.
            if d.verdict == crate::dr::DrVerdict::NoTargets && d.churn_mb_per_s.is_none() {
                continue;
            }
            r += 1;
            s.text(
                r,
                0,
                m.dr.recovery_group
                    .known()
                    .map(String::as_str)
                    .unwrap_or(""),
            )?;
            s.opt_num(r, 1, m.dr.boot_order.known().map(|b| *b as f64), &st.int)?;
            s.text(r, 2, &m.name)?;
            s.text(r, 3, m.dr.tier.known().map(String::as_str).unwrap_or(""))?;
            s.text(
                r,
                4,
                m.dr.application.known().map(String::as_str).unwrap_or(""),
            )?;
            s.text(r, 5, mx.target())?;
            s.text(r, 6, &dur(d.rpo_target_seconds))?;
            s.text(r, 7, &dur(d.achievable_rpo_seconds))?;
            s.text(r, 8, &dur(d.replication_frequency_seconds))?;
            s.text(r, 9, &dur(d.rto_target_seconds))?;
            s.opt_num(r, 10, d.churn_mb_per_s, &st.dec)?;
            s.opt_num(r, 11, m.dr.peak_churn_mb_s.known().copied(), &st.dec)?;
            s.text(r, 12, dr_verdict(st.lang, d.verdict))?;
            let a = &ev.per_machine[i][j];
            let of = crate::words::finding::Of::in_selection(&ev.selection, j);
            s.wrapped(r, 13, &crate::words::dr::reason(st.lang, d, of, a, m), st)?;
        }
    }
    if r == 0 {
        r += 1;
        s.text(r, 2, label(st.lang, "rep-xlsx-no-dr"))?;
    }
    let last = r;
    s.finish(0, cols.len(), last)?;
    s.colour_readiness(1, last, 12, st)?;
    if let Some(e) = &ev.estate {
        r += 2;
        s.text_with(r, 0, label(st.lang, "rep-bandwidth"), &st.subtitle)?;
        // In the machine column, on the first printed page, where the words run on to the
        // right over empty cells (column A is repeated on every page and would cut them).
        for line in crate::report::dr_lines(e, st.lang) {
            r += 1;
            s.text_over(r, 2, &line)?;
        }
    }
    Ok(())
}
