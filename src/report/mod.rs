//! Exporters: one module per output format. An exporter never decides a verdict; it shows
//! the [`crate::engine::Evaluation`] it is given.

mod atomic;
pub mod changes;
pub mod checked;
mod columns;
pub mod compact;
pub mod delimited;
pub mod diff;
mod direct;
pub mod explain;
pub mod html;
pub mod json;
pub mod markdown;
pub mod plan;
pub mod safe;
pub mod summary;
pub mod table;
pub mod xlsx;

pub use atomic::{
    TEMP_PREFIX, WriteError, check_not_input, run_started, write_atomic, write_atomic_with,
};

pub use columns::{pad, width};

use crate::dr::EstateDr;
use crate::units::group_thousands;
use crate::words::report::dr;

/// The estate's DR arithmetic in words, for the terminal and `explain`.
/// The estate's DR in lines for the terminal, where anybody asked about DR (a target, or a
/// churn figure): each target's verdict counts, then the link's arithmetic. `None` where
/// nobody did.
pub fn dr_summary(
    ev: &crate::engine::Evaluation<'_>,
    lang: crate::words::Lang,
) -> Option<Vec<String>> {
    let e = ev.estate.as_ref()?;
    let asked = ev
        .dr
        .iter()
        .flatten()
        .flatten()
        .any(|d| d.verdict != crate::dr::DrVerdict::NoTargets || d.churn_mb_per_s.is_some());
    if !asked {
        return None;
    }
    let mut out: Vec<String> = e
        .verdicts
        .iter()
        .map(|(t, counts)| {
            let parts: Vec<String> = counts
                .iter()
                .map(|(v, n)| format!("{} {n}", dr(lang, *v)))
                .collect();
            format!("{t}: {}", parts.join(" · "))
        })
        .collect();
    out.extend(dr_lines(e, lang));
    Some(out)
}

/// The estate's bandwidth and initial-replication arithmetic, in lines, in `lang`.
pub fn dr_lines(e: &EstateDr, lang: crate::words::Lang) -> Vec<String> {
    use crate::words::Lang;
    let mut out = Vec::new();
    let (g, with, without) = (
        group_thousands(e.growth_percent),
        e.machines_with_churn,
        e.machines_without_churn,
    );
    out.push(match (e.required_bandwidth_mbps, lang) {
        (Some(r), Lang::En) => format!(
            "required bandwidth {} Mbps = Σ average churn × 8 × (1 + {g}% growth), over {with} machine(s) with churn{}",
            group_thousands(r),
            if without > 0 { format!("; {without} without churn are not counted") } else { String::new() }
        ),
        (Some(r), Lang::Ko) => format!(
            "필요한 대역폭 {} Mbps = Σ 평균 데이터 변동률 × 8 × (1 + 증가율 {g}%), 데이터 변동률이 있는 머신 {with}대 기준{}",
            group_thousands(r),
            if without > 0 { format!(". 데이터 변동률이 없는 {without}대는 세지 않았습니다") } else { String::new() }
        ),
        (None, Lang::En) => "required bandwidth: no machine has a churn figure".into(),
        (None, Lang::Ko) => "필요한 대역폭: 데이터 변동률이 있는 머신이 없습니다".into(),
    });
    if let Some(b) = e.available_bandwidth_mbps {
        out.push(match lang {
            Lang::En => format!("available bandwidth {} Mbps", group_thousands(b)),
            Lang::Ko => format!("사용 가능한 대역폭 {} Mbps", group_thousands(b)),
        });
    }
    if let Some(h) = e.initial_replication_hours {
        let goal = e.initial_replication_goal_hours.map(group_thousands);
        out.push(match lang {
            Lang::En => format!(
                "initial replication {} h = Σ used storage × 8 ÷ available bandwidth{}",
                group_thousands(h),
                goal.map(|g| format!(" (goal {g} h)")).unwrap_or_default()
            ),
            Lang::Ko => format!(
                "초기 복제 {}시간 = Σ 사용한 스토리지 × 8 ÷ 사용 가능한 대역폭{}",
                group_thousands(h),
                goal.map(|g| format!("(목표 {g}시간)")).unwrap_or_default()
            ),
        });
    }
    out.extend(
        e.notes
            .iter()
            .map(|n| crate::words::dr::estate_note(lang, n)),
    );
    out
}
