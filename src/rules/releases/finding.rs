//! A finding a release decides against its matrix: what the release does to a rule's outcome
//! ([`Effect`]) and what reports cite ([`Cite`]); the words layer words its message and fix.

use super::{Amendment, Kind};
use crate::rules::check::Outcome;

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
    /// The release's name in the reader's language.
    pub name: String,
    /// `2025-04` or `2025-04-15`.
    pub date: String,
    pub components: String,
    pub reference: String,
    /// The release notes page (its title in the reader's language, and address).
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
