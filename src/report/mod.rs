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
pub mod estate;
pub mod explain;
pub mod fit;
pub mod html;
pub mod json;
pub mod markdown;
pub mod plan;
pub mod safe;
pub mod summary;
pub mod table;
pub mod xlsx;

pub use atomic::{
    TEMP_PREFIX, WriteError, check_folder, check_not_input, run_started, write_atomic,
    write_atomic_with,
};

pub use columns::{pad, width};

use crate::dr::EstateDr;
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
    crate::words::dr::estate_lines(e, lang)
}
