//! A finding's words: the rule's own texts (title, message, fix, kept in `rules/` with their
//! Korean beside them) picked in the reader's language. The English is shown in the
//! pseudo-locale when the tests ask for it, as the catalogue's words are.

use std::borrow::Cow;

use super::{Lang, pseudo_if_on};
use crate::rules::matrix::{Header, Rule};

/// The rule's text in `lang`: its Korean where it has one and the reader reads Korean, else
/// its English (in the pseudo-locale when that is on).
fn pick<'r>(en: &'r str, ko: Option<&'r str>, lang: Lang) -> Cow<'r, str> {
    match (ko, lang) {
        (Some(k), Lang::Ko) => Cow::Borrowed(k),
        _ => pseudo_if_on(en),
    }
}

/// A rule's title in `lang`.
pub fn rule_title(rule: &Rule, lang: Lang) -> Cow<'_, str> {
    pick(
        &rule.title,
        rule.ko.as_ref().map(|k| k.title.as_str()),
        lang,
    )
}

/// A rule's fix in `lang`.
pub fn remediation(rule: &Rule, lang: Lang) -> Cow<'_, str> {
    pick(
        &rule.remediation,
        rule.ko.as_ref().map(|k| k.remediation.as_str()),
        lang,
    )
}

/// A matrix's title in `lang`.
pub fn matrix_title(header: &Header, lang: Lang) -> Cow<'_, str> {
    pick(
        &header.title,
        header.ko.as_ref().map(|k| k.title.as_str()),
        lang,
    )
}
