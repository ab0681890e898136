//! Exporters: one module per output format. An exporter never decides a verdict; it shows
//! the [`crate::engine::Evaluation`] it is given.

pub mod changes;
pub mod checked;
pub mod compact;
pub mod delimited;
pub mod diff;
mod direct;
pub mod explain;
pub mod html;
pub mod json;
pub mod markdown;
pub mod plan;
pub mod summary;
pub mod table;
pub mod xlsx;

use std::io::Write;
use std::path::Path;

use crate::dr::EstateDr;
use crate::units::group_thousands;

/// The estate's DR arithmetic in words, for the terminal and `explain`.
/// The estate's DR in lines for the terminal, where anybody asked about DR (a target, or a
/// churn figure): each target's verdict counts, then the link's arithmetic. `None` where
/// nobody did.
pub fn dr_summary(
    ev: &crate::engine::Evaluation<'_>,
    lang: crate::i18n::Lang,
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
                .map(|(v, n)| format!("{} {n}", lang.dr(*v)))
                .collect();
            format!("{t}: {}", parts.join(" · "))
        })
        .collect();
    out.extend(dr_lines(e, lang));
    Some(out)
}

/// The estate's bandwidth and initial-replication arithmetic, in lines, in `lang`.
pub fn dr_lines(e: &EstateDr, lang: crate::i18n::Lang) -> Vec<String> {
    use crate::i18n::Lang;
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
    out.extend(e.notes.iter().cloned());
    out
}

use anyhow::{Context, Result, bail};

/// Why a report cannot be written where it was asked.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}: is one of the inventory files; choose another output path")]
    OutputIsInput(String),
    #[error("{0}: is a folder; give a file name")]
    OutputIsFolder(String),
    /// The report could not be written (the cause follows in the chain).
    #[error("{0}: cannot write the report")]
    CannotWrite(String),
    #[error("{0}: cannot follow the link")]
    CannotFollowLink(String),
    #[error("{0}: cannot create the folder")]
    CannotCreateFolder(String),
}

impl WriteError {
    pub fn words(&self, lang: crate::i18n::Lang) -> String {
        use WriteError::*;
        if lang == crate::i18n::Lang::En {
            return self.to_string();
        }
        match self {
            OutputIsInput(p) => {
                format!("{p}: 인벤토리 파일 중 하나입니다. 다른 출력 경로를 고르세요")
            }
            OutputIsFolder(p) => format!("{p}: 폴더입니다. 파일 이름을 지정하세요"),
            CannotWrite(p) => format!("{p}: 보고서를 쓸 수 없습니다"),
            CannotFollowLink(p) => format!("{p}: 링크를 따라갈 수 없습니다"),
            CannotCreateFolder(p) => format!("{p}: 폴더를 만들 수 없습니다"),
        }
    }
}

/// Writes a report atomically: to a temporary file beside the destination, then renamed, so
/// a reader never sees half a report. Refuses to write over an input file. A destination
/// that is a device or a pipe (`-o /dev/null`, `-o >(gzip …)`) is written straight into:
/// renaming over it would replace the device with a file. A symbolic link is followed, so
/// the link stays and its target gets the report. A report larger than 8 MiB goes to the
/// disk past the page cache (`report/direct.rs`).
pub fn write_atomic(dest: &Path, bytes: &[u8], inputs: &[impl AsRef<Path>]) -> Result<()> {
    write_atomic_with(dest, inputs, |w| Ok(w.write_all(bytes)?))
}

/// As [`write_atomic`], with the report written by `fill` (for outputs streamed as they are
/// made). A failure leaves no file at the destination.
pub fn write_atomic_with(
    dest: &Path,
    inputs: &[impl AsRef<Path>],
    fill: impl FnOnce(&mut (dyn Write + Send)) -> Result<()>,
) -> Result<()> {
    let canon = |p: &Path| std::fs::canonicalize(p).ok();
    if let Some(d) = canon(dest)
        && inputs
            .iter()
            .any(|i| canon(i.as_ref()).as_ref() == Some(&d))
    {
        bail!(WriteError::OutputIsInput(dest.display().to_string()));
    }
    let meta = std::fs::metadata(dest).ok();
    if meta.as_ref().is_some_and(|m| m.is_dir()) {
        bail!(WriteError::OutputIsFolder(dest.display().to_string()));
    }
    if meta.as_ref().is_some_and(|m| !m.is_file()) {
        let result = (|| -> Result<()> {
            let mut w =
                std::io::BufWriter::new(std::fs::OpenOptions::new().write(true).open(dest)?);
            fill(&mut w)?;
            w.flush()?;
            Ok(())
        })();
        return result.context(WriteError::CannotWrite(dest.display().to_string()));
    }
    let linked;
    let dest = match std::fs::symlink_metadata(dest) {
        Ok(m) if m.file_type().is_symlink() => {
            linked = std::fs::canonicalize(dest)
                .context(WriteError::CannotFollowLink(dest.display().to_string()))?;
            linked.as_path()
        }
        _ => dest,
    };
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)
        .context(WriteError::CannotCreateFolder(dir.display().to_string()))?;
    let name = dest
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("report");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> Result<()> {
        let mut w = direct::Output::create(&tmp, true)?;
        fill(&mut w)?;
        let file = w.finish()?;
        file.sync_all()?;
        std::fs::rename(&tmp, dest)?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).context(WriteError::CannotWrite(dest.display().to_string()));
    }
    Ok(())
}
