//! A finding a release decides against its matrix: what the release does to a rule's outcome
//! ([`Effect`]), what reports cite ([`Cite`]), and its message and fix in the reader's
//! language.

use super::{Amendment, Kind};
use crate::model::Lang;
use crate::rules::check::Outcome;
use crate::rules::spec::Date;

/// What a release does to a rule's outcome for one machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The matrix fails it; the release supports it.
    Supports,
    /// The matrix passes it; the release withdrew it (or holds a stricter limit).
    Withdraws,
    /// The matrix fails it; a release of a month that may not have ended supports it.
    MaybeSupports,
}

impl Amendment<'_> {
    /// What this amendment does, given the matrix's outcome and the amended check's.
    pub fn effect(&self, matrix: Outcome, amended: Outcome) -> Option<Effect> {
        match (self.change.kind(), matrix, amended) {
            (Kind::Adds | Kind::Replaces, Outcome::Fail, Outcome::Pass) => Some(if self.certain {
                Effect::Supports
            } else {
                Effect::MaybeSupports
            }),
            (Kind::Withdraws, Outcome::Pass, Outcome::Fail) if self.certain => {
                Some(Effect::Withdraws)
            }
            (Kind::Replaces, Outcome::Pass, Outcome::Fail)
                if self.certain && self.after_edition && !self.superseded =>
            {
                Some(Effect::Withdraws)
            }
            _ => None,
        }
    }
}

/// A finding decided with a release: what reports cite beside the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cite {
    pub effect: EffectCode,
    pub release: String,
    /// The release's name in the run's language.
    pub name: String,
    /// `2025-04` or `2025-04-15`.
    pub date: String,
    pub components: String,
    pub reference: String,
    /// The release notes page (its title in the run's language, and address).
    pub page_title: String,
    pub page: String,
    /// The page's words, quoted.
    pub text: String,
}

/// [`Effect`] as JSON and the reports name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EffectCode {
    SupportedByRelease,
    WithdrawnByRelease,
    ReleaseMayApply,
}

impl EffectCode {
    pub fn as_str(self) -> &'static str {
        match self {
            EffectCode::SupportedByRelease => "supported-by-release",
            EffectCode::WithdrawnByRelease => "withdrawn-by-release",
            EffectCode::ReleaseMayApply => "release-may-apply",
        }
    }
}

impl Amendment<'_> {
    pub fn cite(&self, effect: Effect, lang: Lang) -> Cite {
        Cite {
            effect: match effect {
                Effect::Supports => EffectCode::SupportedByRelease,
                Effect::Withdraws => EffectCode::WithdrawnByRelease,
                Effect::MaybeSupports => EffectCode::ReleaseMayApply,
            },
            release: self.release.id.clone(),
            name: self.release.name_in(lang).to_string(),
            date: self.release.date.to_string(),
            components: self.release.components.clone(),
            reference: self.release.reference.clone(),
            page_title: self.notes.source.title_in(lang).to_string(),
            page: self.notes.source.page.clone(),
            text: self.change.text.clone(),
        }
    }

    /// The finding's message: what the release says, what the matrix says, and the quote.
    pub fn message(&self, effect: Effect, edition: Date, matrix_says: &str, lang: Lang) -> String {
        let name = self.release.name_in(lang);
        let when = self.release.date.words(lang);
        let comps = &self.release.components;
        let ed = lang.day(edition);
        // The release as a sentence names it: `Update Rollup 78, April 2025 (Mobility service
        // 9.64)`; `업데이트 롤업 78(2025년 4월, 구성 요소 원문: "…")`, the page's component names
        // quoted as it writes them.
        let rw = match (lang, comps.is_empty()) {
            (Lang::En, true) => format!("{name}, {when}"),
            (Lang::En, false) => format!("{name}, {when} ({comps})"),
            (Lang::Ko, true) => format!("{name}({when})"),
            (Lang::Ko, false) => format!("{name}({when}, 구성 요소 원문: \"{comps}\")"),
        };
        let quote = &self.change.text;
        match (effect, lang) {
            (Effect::Supports, Lang::En) => format!(
                "supported since {rw}; not yet listed in the support matrix of {ed}, which says: {matrix_says} (release notes: \"{quote}\")"
            ),
            (Effect::Supports, Lang::Ko) => format!(
                "{rw}부터 지원됩니다. {ed} 지원 매트릭스에는 아직 없습니다. 매트릭스: {matrix_says} (릴리스 정보 원문: \"{quote}\")"
            ),
            (Effect::Withdraws, Lang::En) => format!(
                "the support matrix of {ed} lists it, but {rw} withdrew support (release notes: \"{quote}\")"
            ),
            (Effect::Withdraws, Lang::Ko) => format!(
                "{ed} 지원 매트릭스에는 있지만 {rw}에서 지원이 중단되었습니다(릴리스 정보 원문: \"{quote}\")"
            ),
            (Effect::MaybeSupports, Lang::En) => format!(
                "{name} ({when}; the page gives no day) supports it, but whether it was out by the day assessed is not known; the support matrix of {ed} says: {matrix_says} (release notes: \"{quote}\")"
            ),
            (Effect::MaybeSupports, Lang::Ko) => format!(
                "{name}({when}, 날짜 미기재)에서 지원되지만 평가 기준일에 이미 출시되었는지 알 수 없습니다. {ed} 지원 매트릭스: {matrix_says} (릴리스 정보 원문: \"{quote}\")"
            ),
        }
    }

    /// The fix beside such a finding.
    pub fn remediation(&self, effect: Effect, lang: Lang) -> String {
        let name = self.release.name_in(lang);
        let comps = &self.release.components;
        match (effect, lang, comps.is_empty()) {
            (Effect::Withdraws, Lang::En, _) => format!(
                "Plan as not supported from {name} on, or confirm with Microsoft support before relying on the matrix."
            ),
            (Effect::Withdraws, Lang::Ko, _) => format!(
                "{name} 이후로는 지원되지 않는 것으로 계획하거나, 매트릭스를 근거로 삼기 전에 Microsoft 지원에 확인합니다."
            ),
            (_, Lang::En, false) => {
                format!("Use {name} or later ({comps}); the support matrix does not list it yet.")
            }
            (_, Lang::Ko, false) => format!(
                "{name} 이상을 사용합니다(구성 요소 원문: \"{comps}\"). 지원 매트릭스에는 아직 나와 있지 않습니다."
            ),
            (_, Lang::En, true) => {
                format!("Rely on {name}; the support matrix does not list it yet.")
            }
            (_, Lang::Ko, true) => {
                format!("{name}에 따릅니다. 지원 매트릭스에는 아직 나와 있지 않습니다.")
            }
        }
    }
}
