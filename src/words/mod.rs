//! The words layer: the one place where typed findings, notes and results become sentences in
//! the reader's language. Below it (`model`, `rules`, `dr`, `sizing`, `lifecycle`,
//! `inventory`, `engine`) values are typed; above it the reports lay the sentences out.
//!
//! rehost's own words are in one Fluent catalogue per language ([`catalogue`],
//! `locales/<code>.ftl`); a rule's title, message and fix stay in `rules/` beside the rule.
//! Adding a language is a catalogue file, a line in [`Lang`] and in
//! [`catalogue::SOURCES`], and the rules' texts.

pub mod catalogue;
pub mod check;
pub mod clouds;
pub mod dr;
pub mod estate;
pub mod export;
pub mod finding;
pub mod inventory;
pub mod josa;
mod lang;
pub mod lifecycle;
pub mod limits;
pub mod manual;
pub mod model;
pub mod quantity;
pub mod report;
pub mod rule_errors;
pub mod rules;
pub mod sizing;

pub use catalogue::{Arg, pseudo_if_on, say};
pub use lang::{BadLang, Lang};

/// For the words' own tests: `text` is Korean (it holds Hangul) and, once the `values` it
/// quotes are taken out, holds no Latin word but the names and codes in `allowed` (product
/// names, option names, file keys).
#[cfg(test)]
pub(crate) fn assert_korean(text: &str, values: &[&str], allowed: &[&str]) {
    assert!(
        text.chars().any(|c| ('가'..='힣').contains(&c)),
        "no Hangul in {text:?}"
    );
    let mut rest = text.to_string();
    for v in values {
        rest = rest.replace(v, " ");
    }
    for word in rest
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.len() > 1 && w.chars().any(|c| c.is_ascii_alphabetic()))
    {
        assert!(allowed.contains(&word), "English {word:?} left in {text:?}");
    }
}
