//! The reports' own fixed words: verdicts (readiness, disaster recovery, OS support), the
//! severity and outcome of a finding as a cell says them, the terminal's fixed phrases, and the
//! workbook's and Markdown's headers, labels and sheet names. Each is a message of the
//! catalogue (`locales/<code>.ftl`, section "The reports' own words", ids `rep-…`).
//!
//! A fixed word is said once per language and kept ([`label`]): a workbook writes the same
//! header or verdict word in thousands of cells, and a cell then costs a table look-up, not a
//! Fluent formatting and an allocation.

use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use super::Lang;
use crate::dr::DrVerdict;
use crate::lifecycle::SupportStatus;
use crate::rules::check::Outcome;
use crate::rules::{Readiness, Severity};

/// The catalogue's message `id` (one without arguments) in `lang`, said once and kept for the
/// run. A missing id shows as `[id]`, as [`super::say`] shows it (the tests check every
/// `rep-…` and `err-…` id the code names exists).
pub fn label(lang: Lang, id: &str) -> &'static str {
    type Said = RwLock<HashMap<String, &'static str>>;
    static SAID: OnceLock<Vec<Said>> = OnceLock::new();
    let all = SAID.get_or_init(|| Lang::ALL.iter().map(|_| Said::default()).collect());
    let said = &all[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)];
    if let Some(s) = said.read().unwrap_or_else(|e| e.into_inner()).get(id) {
        return s;
    }
    let mut w = said.write().unwrap_or_else(|e| e.into_inner());
    w.entry(id.to_string())
        .or_insert_with(|| Box::leak(super::say(lang, id, &[]).into_boxed_str()))
}

/// A verdict as a reader says it: the codes in English (`ready-with-conditions`); the Azure
/// Migrate portal's Korean words.
pub fn readiness(lang: Lang, r: Readiness) -> &'static str {
    label(
        lang,
        match r {
            Readiness::Ready => "rep-readiness-ready",
            Readiness::ReadyWithConditions => "rep-readiness-ready-with-conditions",
            Readiness::NotReady => "rep-readiness-not-ready",
            Readiness::Unknown => "rep-readiness-unknown",
            Readiness::NotApplicable => "rep-readiness-not-applicable",
        },
    )
}

/// A disaster-recovery verdict as a reader says it.
pub fn dr(lang: Lang, v: DrVerdict) -> &'static str {
    label(
        lang,
        match v {
            DrVerdict::Meets => "rep-dr-meets",
            DrVerdict::AtRisk => "rep-dr-at-risk",
            DrVerdict::CannotMeet => "rep-dr-cannot-meet",
            DrVerdict::NoTargets => "rep-dr-no-targets",
            DrVerdict::Unknown => "rep-dr-unknown",
        },
    )
}

/// An OS support phase as a reader says it (Microsoft's Korean lifecycle words).
pub fn support(lang: Lang, s: SupportStatus) -> &'static str {
    label(
        lang,
        match s {
            SupportStatus::Mainstream => "rep-support-mainstream",
            SupportStatus::Extended => "rep-support-extended",
            SupportStatus::OutOfSupport => "rep-support-out-of-support",
            SupportStatus::Unknown => "rep-support-unknown",
        },
    )
}

/// A rule's severity as a cell says it.
pub fn severity(lang: Lang, s: Severity) -> &'static str {
    label(
        lang,
        match s {
            Severity::Blocker => "rep-severity-blocker",
            Severity::Condition => "rep-severity-condition",
            Severity::Info => "rep-severity-info",
        },
    )
}

/// A finding's outcome as a cell says it.
pub fn outcome(lang: Lang, o: Outcome) -> &'static str {
    label(
        lang,
        match o {
            Outcome::Pass => "rep-outcome-pass",
            Outcome::Fail => "rep-outcome-fail",
            Outcome::Unknown => "rep-outcome-unknown",
            Outcome::NotEvaluated => "rep-outcome-not-evaluated",
        },
    )
}

/// The fixed phrases the terminal and `explain` print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Machine,
    Readiness,
    Why,
    Legend,
    MostOften,
    OtherPlatforms,
    WhyEach,
    Read,
    Fix,
    See,
}

/// One of the fixed phrases.
pub fn word(lang: Lang, w: Word) -> &'static str {
    label(
        lang,
        match w {
            Word::Machine => "rep-word-machine",
            Word::Readiness => "rep-word-readiness",
            Word::Why => "rep-word-why",
            Word::Legend => "rep-word-legend",
            Word::MostOften => "rep-word-most-often",
            Word::OtherPlatforms => "rep-word-other-platforms",
            Word::WhyEach => "rep-word-why-each",
            Word::Read => "rep-word-read",
            Word::Fix => "rep-word-fix",
            Word::See => "rep-word-see",
        },
    )
}

/// A day as a reader writes it in a sentence: ISO `2027-01-12` in English; `2027년 1월 12일`
/// in Korean, as Microsoft's Korean lifecycle pages write their dates. Tables and JSON keep
/// ISO (it sorts, and it is narrow).
pub fn date(d: crate::model::Date, lang: Lang) -> String {
    lang.day(d)
}

/// A report `rehost diff` cannot read, in the reader's language.
pub fn diff_error(e: &crate::diff::DiffError, lang: Lang) -> String {
    use crate::diff::DiffError;
    match e {
        DiffError::Io { file, err } => format!("{file}: {}", lang.io_error(err)),
        DiffError::NotAFile { file } => crate::say!(lang, "err-diff-not-a-file", file = file),
        DiffError::Json { file, err } => crate::say!(
            lang,
            "err-diff-not-a-report",
            file = file,
            why = err.to_string()
        ),
    }
}

impl std::fmt::Display for crate::diff::DiffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&diff_error(self, Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_korean() {
        let d = crate::model::Date::parse("2027-01-12").unwrap();
        assert_eq!(date(d, Lang::Ko), "2027년 1월 12일");
        assert_eq!(date(d, Lang::En), "2027-01-12");
    }

    #[test]
    fn fixed_words_are_said_once_and_kept() {
        let a = readiness(Lang::Ko, Readiness::NotReady);
        assert_eq!(a, "준비되지 않음");
        assert!(std::ptr::eq(a, readiness(Lang::Ko, Readiness::NotReady)));
        assert_eq!(readiness(Lang::En, Readiness::NotReady), "not-ready");
        assert_eq!(label(Lang::En, "rep-no-such-word"), "[rep-no-such-word]");
    }
}
