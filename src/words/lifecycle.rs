//! An OS's support on the day assessed, in the reader's language: why its status is what it
//! is ([`SupportWhy`]) and the judged release's ESU note (from the lifecycle table, in its
//! language).

use std::borrow::Cow;

use super::Lang;
use crate::lifecycle::{Invalid, LifecycleError, Support, SupportWhy};

/// A lifecycle table that does not load (the TOML parser's own words stay as they are).
pub fn error(lang: Lang, e: &LifecycleError) -> String {
    let (file, why) = match e {
        LifecycleError::Parse { file, err } => (file, err.to_string()),
        LifecycleError::Invalid { file, why } => (file, invalid(lang, why)),
    };
    crate::say!(lang, "life-error", file = file, why = why)
}

/// What a lifecycle table holds that a reader could not rely on.
pub fn invalid(lang: Lang, why: &Invalid) -> String {
    match why {
        Invalid::ProductName { product } => {
            crate::say!(lang, "life-product-name", product = format!("{product:?}"))
        }
        Invalid::EsuNoteAlone { version } => {
            crate::say!(lang, "life-esu-note-alone", version = version)
        }
        Invalid::DateOrder { version } => crate::say!(lang, "life-date-order", version = version),
    }
}

impl std::fmt::Display for LifecycleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error(Lang::En, self))
    }
}

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

/// The judged release as a reader names it: the table's title and version (`Windows (client)
/// 10`); in Korean the product's `ko.title` where it has one (`Windows 10`, as Microsoft's
/// Korean pages name a client release).
pub fn release(lang: Lang, s: &Support) -> Option<Cow<'_, str>> {
    match (lang, s.title_ko, s.row) {
        (Lang::Ko, Some(title), Some(row)) => Some(Cow::Owned(format!("{title} {}", row.version))),
        _ => s.release.as_deref().map(Cow::Borrowed),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reason a lifecycle table is refused: the English words as rehost has always
    /// written them (the error's `Display`), and Korean words with only the values and the
    /// table's own keys left in Latin letters.
    #[test]
    fn every_table_error_in_both_languages() {
        let rows = [
            (
                Invalid::ProductName {
                    product: "rhel".into(),
                },
                "rules/lifecycle/windows-server.toml: product \"rhel\" must match the file name",
            ),
            (
                Invalid::EsuNoteAlone {
                    version: "2012 R2".into(),
                },
                "rules/lifecycle/windows-server.toml: 2012 R2: esu_note and ko.esu_note go together (a Korean reader gets the note too)",
            ),
            (
                Invalid::DateOrder {
                    version: "2012 R2".into(),
                },
                "rules/lifecycle/windows-server.toml: 2012 R2: released, mainstream end, extended end and ESU end must come in that order",
            ),
        ];
        for (why, english) in rows {
            let e = LifecycleError::Invalid {
                file: "windows-server".into(),
                why,
            };
            assert_eq!(e.to_string(), english);
            super::super::assert_korean(
                &error(Lang::Ko, &e),
                &["rules/lifecycle/windows-server.toml", "\"rhel\"", "2012 R2"],
                &["product", "esu_note", "ko", "ESU"],
            );
        }
    }
}
