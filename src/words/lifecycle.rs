//! An OS's support on the day assessed, in the reader's language: why its status is what it
//! is ([`SupportWhy`]) and the judged release's ESU note (from the lifecycle table, in its
//! language).

use std::borrow::Cow;

use super::Lang;
use crate::lifecycle::{Support, SupportWhy};

/// Why the status is what it is, where the release alone does not say it.
pub fn why(lang: Lang, w: &SupportWhy) -> String {
    match w {
        SupportWhy::NoData { product } => crate::say!(lang, "life-no-data", product = product),
        SupportWhy::NoVersion { product } => {
            crate::say!(lang, "life-no-version", product = *product)
        }
        SupportWhy::NoRow {
            product,
            version: None,
        } => crate::say!(lang, "life-no-row", product = *product),
        SupportWhy::NoRow {
            product,
            version: Some(v),
        } => crate::say!(lang, "life-no-row-version", product = *product, version = v),
        SupportWhy::Several {
            label,
            releases,
            judged,
        } => crate::say!(
            lang,
            "life-several",
            label = label,
            releases = releases.join(", "),
            judged = *judged
        ),
        SupportWhy::NoOsColumn => crate::say!(lang, "life-no-os-column"),
        SupportWhy::OsUnknown => crate::say!(lang, "life-os-unknown"),
    }
}

/// [`why`] of a support, if it has one.
pub fn support_why(lang: Lang, s: &Support) -> Option<String> {
    s.why.as_ref().map(|w| why(lang, w))
}

/// The judged release's ESU note in the reader's language (`ko.esu_note` in Korean), as the
/// lifecycle table words it.
pub fn esu_note(lang: Lang, s: &Support) -> Option<Cow<'static, str>> {
    let row = s.row?;
    match lang {
        Lang::En => row.esu_note.as_deref().map(super::pseudo_if_on),
        Lang::Ko => row.ko.as_ref().map(|k| Cow::Borrowed(k.esu_note.as_str())),
    }
}
