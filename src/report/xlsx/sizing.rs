//! The Summary's sizing section: how machines were sized, sizes by count, OS support phases
//! by count, and the month's costs when a price file was given.

use crate::words::report::{label, support};
use rust_xlsxwriter::XlsxError;

use super::{Sheet, Styles};
use crate::lifecycle::SupportStatus;
use crate::plan::Planner;
use crate::report::plan::PlanTotals;

/// Sizes by count, OS support by count, and costs when a price file was given.
pub fn section(
    s: &mut Sheet<'_>,
    mut r: u32,
    planner: &Planner,
    totals: &PlanTotals,
    st: &Styles,
) -> Result<u32, XlsxError> {
    r += 2;
    s.text_with(
        r,
        0,
        label(st.lang, "rep-sizing-and-os-support"),
        &st.subtitle,
    )?;
    let basis = match planner.sizing.basis {
        crate::sizing::Basis::AsOnPremises => {
            label(st.lang, "rep-xlsx-sized-as-on-premises").to_string()
        }
        crate::sizing::Basis::Performance => crate::say!(
            st.lang,
            "rep-xlsx-sized-performance",
            comfort = planner.sizing.comfort.to_string()
        ),
    };
    let disks = match planner.sizing.disks {
        crate::sizing::disks::DiskPolicy::Only(t) => {
            crate::say!(
                st.lang,
                "rep-xlsx-disks-only",
                tier = crate::words::sizing::disk_type(st.lang, t)
            )
        }
        crate::sizing::disks::DiskPolicy::Auto => label(st.lang, "rep-xlsx-disks-auto").to_string(),
    };
    let facts = [
        ("rep-sized", basis),
        ("rep-disk-tiers", disks),
        (
            "rep-os-support-judged-on",
            crate::words::report::date(planner.day, st.lang),
        ),
        (
            "rep-prices",
            planner.sizing.prices.as_deref().map_or_else(
                || label(st.lang, "rep-xlsx-no-prices").to_string(),
                |b| format!("{} ({}, {})", b.file, b.region, b.currency),
            ),
        ),
    ];
    for (k, v) in facts {
        r += 1;
        s.text_with(r, 0, label(st.lang, k), &st.label)?;
        s.text(r, 1, &v)?;
    }
    r += 2;
    for (c, h) in ["rep-os-support", "rep-sheet-machines"].iter().enumerate() {
        s.text_with(r, c as u16, label(st.lang, h), &st.header)?;
    }
    for status in [
        SupportStatus::Mainstream,
        SupportStatus::Extended,
        SupportStatus::OutOfSupport,
        SupportStatus::Unknown,
    ] {
        r += 1;
        s.text(r, 0, support(st.lang, status))?;
        s.num(
            r,
            1,
            totals.support.get(&status).copied().unwrap_or(0) as f64,
            &st.int,
        )?;
    }
    r += 2;
    for (c, h) in [
        "rep-azure-vm-size",
        "rep-sheet-machines",
        "rep-vcpus",
        "rep-memory-gb",
    ]
    .iter()
    .enumerate()
    {
        s.text_with(r, c as u16, label(st.lang, h), &st.header)?;
    }
    for (name, n) in totals.sizes_by_count() {
        r += 1;
        s.text(r, 0, name)?;
        s.num(r, 1, n as f64, &st.int)?;
        if let Some(z) = planner.catalogue.size(name) {
            s.num(r, 2, f64::from(z.vcpus), &st.int)?;
            s.num(r, 3, z.memory_gib, &st.gb)?;
        }
    }
    if totals.not_sized > 0 {
        r += 1;
        s.text(r, 0, label(st.lang, "rep-not-sized-see-machines"))?;
        s.num(r, 1, totals.not_sized as f64, &st.int)?;
    }
    if let Some(b) = planner.sizing.prices.as_deref() {
        r += 2;
        let rows = [
            (
                crate::say!(st.lang, "rep-xlsx-total-payg", currency = &b.currency),
                totals.monthly_compute,
                totals.compute_priced,
            ),
            (
                crate::say!(st.lang, "rep-xlsx-monthly-storage", currency = &b.currency),
                totals.monthly_storage,
                totals.storage_priced,
            ),
        ];
        for (k, v, n) in rows {
            s.text_with(r, 0, &k, &st.label)?;
            s.num(r, 1, v, &st.dec)?;
            let priced = crate::say!(st.lang, "rep-xlsx-priced", n = n);
            s.text(r, 2, &priced)?;
            r += 1;
        }
    }
    Ok(r)
}
