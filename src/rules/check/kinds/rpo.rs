//! `rpo`: the machine's RPO target can be met, by a copy frequency (Hyper-V) or with recovery
//! points created within a fixed time of upload (VMware, physical).

use serde::Deserialize;

use super::super::dr::{achievable_rpo, target_gap, target_reading};
use super::super::{Context, Eval, Kind, Outcome};
use crate::model::{Field, Lang, Machine, Value};
use crate::rules::spec::Duration;
use crate::units::format_duration_in;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rpo {
    #[serde(default)]
    pub recovery_point_within: Option<Duration>,
    #[serde(default)]
    pub copy_frequencies: Option<Vec<Duration>>,
}

impl Kind for Rpo {
    const NAME: &'static str = "rpo";
    const DOC: &'static str = "The machine's RPO target can be met: by one of the \
        `copy_frequencies` (Hyper-V replicates every 30 s, 5 or 15 min; the longest that meets \
        the target is picked) or with recovery points `recovery_point_within` a time of upload \
        (VMware, physical). The target comes from an `RPO target` column, the tier policy or \
        `--rpo`; none is not evaluated, an unreadable one unknown.";
    const EXAMPLE: &'static str =
        r#"check = { kind = "rpo", copy_frequencies = ["30 s", "5 min", "15 min"] }"#;
    const DR: bool = true;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let (ctx, within, frequencies) = (
            cx.dr,
            self.recovery_point_within,
            self.copy_frequencies.as_deref(),
        );
        let Value::Known(t) = ctx.rpo else {
            return target_gap(&ctx.rpo, "RPO", full, cx.lang);
        };
        let lang = cx.lang;
        let limit = || match (frequencies, within, lang) {
            (Some(f), _, _) => {
                let f = f
                    .iter()
                    .map(|d| format_duration_in(d.0, lang))
                    .collect::<Vec<_>>()
                    .join(", ");
                match lang {
                    Lang::En => format!("copy frequencies {f}"),
                    Lang::Ko => format!("복사 빈도 {f}"),
                }
            }
            (None, Some(w), Lang::En) => format!("recovery points within {w} of upload"),
            (None, Some(w), Lang::Ko) => {
                format!(
                    "업로드 후 {} 이내에 복구 지점 생성",
                    format_duration_in(w.0, lang)
                )
            }
            (None, None, _) => String::new(),
        };
        let r = || target_reading(m, Field::Rpo, t, &ctx.rpo_from, lang);
        match achievable_rpo(t, within, frequencies) {
            None => Eval::new(Outcome::Fail, "")
                .actual(format_duration_in(t, lang))
                .limit(limit())
                .read(r()),
            Some((a, freq)) => Eval::new(Outcome::Pass, "").worded(full, |e| {
                let target = format_duration_in(t, lang);
                let why = match (freq, lang) {
                    (Some(f), Lang::En) => format!(
                        "RPO target {target} met by replicating every {}",
                        format_duration_in(f, lang)
                    ),
                    (None, Lang::En) => format!(
                        "RPO target {target} met by achievable {}",
                        format_duration_in(a, lang)
                    ),
                    (Some(f), Lang::Ko) => format!(
                        "{} 간격으로 복제하여 복구 지점 목표(RPO) {target}을(를) 충족합니다",
                        format_duration_in(f, lang)
                    ),
                    (None, Lang::Ko) => format!(
                        "달성 가능한 {}(으)로 복구 지점 목표(RPO) {target}을(를) 충족합니다",
                        format_duration_in(a, lang)
                    ),
                };
                e.why(why).actual(target).limit(limit()).read(r())
            }),
        }
    }
}
