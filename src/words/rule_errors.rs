//! Why a rule file cannot be used, in the rule author's language: a file and line
//! ([`LoadError`]), its [`Reason`], a value that does not read ([`BadValue`], [`BadOsSpec`],
//! [`BadReleaseDate`]) and a check's parameters ([`BadParams`]). Each type's `Display` is the
//! English here, what an English error chain prints.
//!
//! What stays in English in every language: the TOML parser's own message (it quotes the file
//! and names serde's types), the regex crate's reason a pattern does not compile, and the ids
//! and values a rule file holds (keys such as `applies_to`, kinds, rule ids, specs as written).

use std::fmt;

use super::Lang;
use crate::model::{BadDate, Problem};
use crate::rules::check::{BadParams, Wrong};
use crate::rules::matrix::PLACEHOLDERS;
use crate::rules::releases::BadReleaseDate;
use crate::rules::spec::BadOsSpec;
use crate::rules::{BadValue, ChangeWhy, LoadError, Reason};
use crate::say;
use crate::units::{QuantityError, SizeError};

/// Rust's quoting of a value as written (`"300"`), as the messages show values and ids.
fn q(s: &str) -> String {
    format!("{s:?}")
}

/// `file:line: reason`.
pub fn load_error(e: &LoadError, lang: Lang) -> String {
    format!("{}:{}: {}", e.file, e.line, reason(&e.reason, lang))
}

/// What is wrong with a rule file.
pub fn reason(r: &Reason, lang: Lang) -> String {
    use Reason::*;
    match r {
        Parse(text) => say!(lang, "rules-parse", text = text.as_str()),
        Value(v) => bad_value(v, lang),
        TargetId(t) => say!(lang, "rules-target-id", target = q(t)),
        ChangedAfter => say!(lang, "rules-changed-after"),
        NoPlatform => say!(lang, "rules-no-platform"),
        SourceNotHttps => say!(lang, "rules-source-https"),
        RuleId(id) => say!(lang, "rules-rule-id", id = q(id)),
        RuleTwice(id) => say!(lang, "rules-rule-twice", id = id.as_str()),
        RuleReference(id) => say!(lang, "rules-rule-reference", rule = id.as_str()),
        UnknownPlaceholder { rule, placeholder } => say!(
            lang,
            "rules-unknown-placeholder",
            rule = rule.as_str(),
            placeholder = format!("{{{placeholder}}}"),
            known = PLACEHOLDERS.join(", ")
        ),
        KoPlaceholders { rule, ko, en } => say!(
            lang,
            "rules-ko-placeholders",
            rule = rule.as_str(),
            ko = ko.join(", "),
            en = en.join(", ")
        ),
        Params { rule, why } => say!(
            lang,
            "rules-rule-params",
            rule = rule.as_str(),
            why = bad_params(why, lang)
        ),
        EditionNotFileName { edition, stem } => say!(
            lang,
            "rules-edition-file-name",
            edition = edition.to_string(),
            stem = stem.as_str()
        ),
        TargetNotFolder { target, folder } => say!(
            lang,
            "rules-target-folder",
            target = target.as_str(),
            folder = folder.as_str()
        ),
        PageNotHttps => say!(lang, "rules-page-https"),
        NoProvenance => say!(lang, "rules-no-provenance"),
        ReleaseTwice(id) => say!(lang, "rules-release-twice", id = id.as_str()),
        ReleaseReference(id) => say!(lang, "rules-release-reference", release = id.as_str()),
        ReleaseNoKoName(id) => say!(lang, "rules-release-no-ko", release = id.as_str()),
        Change { release, rule, why } => say!(
            lang,
            "rules-change",
            release = release.as_str(),
            rule = rule.as_str(),
            why = change_why(why, lang)
        ),
    }
}

/// What is wrong with a release's change of a rule.
pub fn change_why(w: &ChangeWhy, lang: Lang) -> String {
    match w {
        ChangeWhy::NotExactlyOne => say!(lang, "rules-change-not-one"),
        ChangeWhy::EmptyList => say!(lang, "rules-change-empty"),
        ChangeWhy::Params(p) => bad_params(p, lang),
        ChangeWhy::NoSuchRule { target } => {
            say!(lang, "rules-change-no-rule", target = target.as_str())
        }
        ChangeWhy::AddsWithoutList { kind } => say!(lang, "rules-change-adds", kind = *kind),
        ChangeWhy::WithdrawsNotOs { kind } => {
            say!(lang, "rules-change-withdraws", kind = *kind)
        }
        ChangeWhy::OtherKind { kind } => say!(lang, "rules-change-check-kind", kind = *kind),
    }
}

/// A check's parameters that make no sense together.
pub fn bad_params(p: &BadParams, lang: Lang) -> String {
    let kind = p.kind;
    match &p.wrong {
        Wrong::NoOs => say!(lang, "rules-params-no-os"),
        Wrong::Empty { param } => say!(lang, "rules-params-empty", kind = kind, param = *param),
        Wrong::Zero { param } => {
            say!(
                lang,
                "rules-params-at-least-one",
                kind = kind,
                param = *param
            )
        }
        Wrong::UnknownField { field, known } => say!(
            lang,
            "rules-params-unknown-field",
            field = q(field),
            known = known.join(", ")
        ),
        Wrong::Needs { op, param } => say!(
            lang,
            "rules-params-needs",
            kind = kind,
            op = *op,
            param = *param
        ),
    }
}

/// A typed value in a rule file that does not read.
pub fn bad_value(v: &BadValue, lang: Lang) -> String {
    use BadValue::*;
    match v {
        Firmware(t) => say!(lang, "rules-bad-firmware", value = q(t)),
        Hypervisor(t) => say!(lang, "rules-bad-hypervisor", value = q(t)),
        Architecture(t) => say!(lang, "rules-bad-architecture", value = q(t)),
        Size { text, why } => say!(
            lang,
            "rules-bad-size",
            value = q(text),
            why = size_why(why, lang)
        ),
        PatternTooLong { cap } => say!(
            lang,
            "rules-pattern-too-long",
            cap = crate::units::group_thousands(*cap as f64)
        ),
        Pattern { text, why } => {
            say!(
                lang,
                "rules-bad-pattern",
                value = q(text),
                why = why.as_str()
            )
        }
        Duration { text, why } => say!(
            lang,
            "rules-bad-duration",
            value = q(text),
            why = quantity_why(why, lang)
        ),
        RateNoUnit(t) => say!(lang, "rules-rate-no-unit", value = q(t)),
        Rate { text, why } => say!(
            lang,
            "rules-bad-rate",
            value = q(text),
            why = quantity_why(why, lang)
        ),
        Day(BadDate(t)) => say!(lang, "rules-bad-day", value = q(t)),
        OsSpec(e) => bad_os_spec(e, lang),
        ReleaseDate(e) => bad_release_date(e, lang),
        IoSize(t) => say!(lang, "rules-bad-io-size", value = q(t)),
    }
}

/// Why a size does not read, in the model's words for a cell (the same English).
fn size_why(e: &SizeError, lang: Lang) -> String {
    match e {
        SizeError::NotANumber => say!(lang, "model-not-a-number"),
        SizeError::UnknownUnit(u) => say!(lang, "model-unknown-unit", unit = q(u)),
        SizeError::Negative => say!(lang, "model-negative-size"),
        SizeError::TooLarge => say!(lang, "model-size-too-large"),
        SizeError::NoUnit => say!(lang, "model-no-unit"),
    }
}

/// Why a duration or rate does not read, in the model's words for a cell (the same English).
fn quantity_why(e: &QuantityError, lang: Lang) -> String {
    super::model::problem(&Problem::from(e.clone()), lang)
}

/// An OS spec that does not read.
pub fn bad_os_spec(e: &BadOsSpec, lang: Lang) -> String {
    match e {
        BadOsSpec::UnknownProduct { spec, product } => say!(
            lang,
            "rules-os-spec-product",
            spec = q(spec),
            product = q(product)
        ),
        BadOsSpec::EmptyRange(spec) => say!(lang, "rules-os-spec-empty", spec = q(spec)),
        BadOsSpec::Backwards(spec) => say!(lang, "rules-os-spec-backwards", spec = q(spec)),
        BadOsSpec::UnknownEdition { spec, edition } => say!(
            lang,
            "rules-os-spec-edition",
            spec = q(spec),
            edition = q(edition),
            known = crate::os::NANO_SERVER
        ),
    }
}

/// A release date that is neither a day nor a month.
pub fn bad_release_date(e: &BadReleaseDate, lang: Lang) -> String {
    match e {
        BadReleaseDate::Month(t) => say!(lang, "rules-bad-release-month", value = q(t)),
        BadReleaseDate::Day(BadDate(t)) => say!(lang, "rules-bad-day", value = q(t)),
    }
}

macro_rules! english_display {
    ($($ty:ty => $f:path,)*) => {$(
        /// English, as anyhow's chain writes it (`main` words a Korean chain link by link).
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&$f(self, Lang::En))
            }
        }
    )*};
}

english_display! {
    LoadError => load_error,
    Reason => reason,
    ChangeWhy => change_why,
    BadParams => bad_params,
    BadValue => bad_value,
    BadOsSpec => bad_os_spec,
    BadReleaseDate => bad_release_date,
}

#[cfg(test)]
mod tests;
