//! The Summary's sizing section: how machines were sized, sizes by count, OS support phases
//! by count, and the month's costs when a price file was given.

use crate::words::report::{label, support};
use rust_xlsxwriter::XlsxError;

use super::{Sheet, Styles};
use crate::lifecycle::SupportStatus;
use crate::plan::Planner;
use crate::report::plan::PlanTotals;
use crate::words::Lang;

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
    let ko = st.lang == Lang::Ko;
    let basis = match (planner.sizing.basis, ko) {
        (crate::sizing::Basis::AsOnPremises, false) => {
            "as on premises (allocated cores and memory)".to_string()
        }
        (crate::sizing::Basis::AsOnPremises, true) => {
            "온-프레미스 그대로(할당된 코어와 메모리)".to_string()
        }
        (crate::sizing::Basis::Performance, false) => format!(
            "performance (utilisation × comfort factor {})",
            planner.sizing.comfort
        ),
        (crate::sizing::Basis::Performance, true) => {
            format!("성능 기반(사용률 × 쾌적 인자 {})", planner.sizing.comfort)
        }
    };
    let disks = match (planner.sizing.disks, ko) {
        (crate::sizing::disks::DiskPolicy::Only(t), false) => {
            format!("the smallest {} tier that holds each disk", t.as_str())
        }
        (crate::sizing::disks::DiskPolicy::Only(t), true) => {
            format!(
                "각 디스크를 담는 가장 작은 {} 계층",
                crate::words::sizing::disk_type(st.lang, t)
            )
        }
        (crate::sizing::disks::DiskPolicy::Auto, false) => "the smallest tier that holds each disk: premium when its IOPS and throughput are unknown (Azure Migrate's default), else of any type that sustains them; the cheapest with prices".to_string(),
        (crate::sizing::disks::DiskPolicy::Auto, true) => "각 디스크를 담는 가장 작은 계층: IOPS와 처리량을 모르면 프리미엄(Azure Migrate 기본값), 알면 이를 감당하는 모든 유형 중에서, 가격 파일이 있으면 가장 저렴한 계층".to_string(),
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
                || {
                    if ko {
                        "없음(--prices FILE): 비용을 추정하지 않습니다".to_string()
                    } else {
                        "none given (--prices FILE): no cost is estimated".to_string()
                    }
                },
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
                match st.lang {
                    Lang::En => format!("Monthly compute, pay as you go ({})", b.currency),
                    Lang::Ko => format!("월 컴퓨팅 비용, 종량제({})", b.currency),
                },
                totals.monthly_compute,
                totals.compute_priced,
            ),
            (
                match st.lang {
                    Lang::En => format!("Monthly storage ({})", b.currency),
                    Lang::Ko => format!("월 스토리지 비용({})", b.currency),
                },
                totals.monthly_storage,
                totals.storage_priced,
            ),
        ];
        for (k, v, n) in rows {
            s.text_with(r, 0, &k, &st.label)?;
            s.num(r, 1, v, &st.dec)?;
            let priced = if ko {
                format!("가격이 있는 머신 {n}대")
            } else {
                format!("{n} machines priced")
            };
            s.text(r, 2, &priced)?;
            r += 1;
        }
    }
    Ok(r)
}
