//! The language a reader reads: English (the default) or Korean (`--lang ko`, or
//! `REHOST_LANG=ko`). It is the words layer's: findings, notes and results below it are typed,
//! and only [`crate::words`] and the report turn them into sentences.

/// A reader's language: `--lang` (or `REHOST_LANG`), parsed once by the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
#[value(rename_all = "lower")]
pub enum Lang {
    #[default]
    #[value(alias = "en-us", alias = "en-gb", alias = "english")]
    En,
    #[value(alias = "kr", alias = "ko-kr", alias = "korean")]
    Ko,
}

/// `REHOST_LANG` names no language rehost speaks.
#[derive(Debug, thiserror::Error)]
#[error("REHOST_LANG {0:?}: expected en or ko")]
pub struct BadLang(pub String);

impl Lang {
    /// Every language, in the catalogue's order.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Ko];

    /// The language asked for: `--lang` as the command line parsed it, else `REHOST_LANG`
    /// (blank: unset), else English. The one place the environment is read.
    pub fn chosen(option: Option<Lang>) -> Result<Lang, BadLang> {
        if let Some(l) = option {
            return Ok(l);
        }
        match std::env::var("REHOST_LANG") {
            Ok(t) if !t.trim().is_empty() => Lang::parse(&t).ok_or(BadLang(t)),
            _ => Ok(Lang::En),
        }
    }

    /// `en`, `ko` (also `kr`, `ko-KR`, `korean`), as the command line reads them.
    pub fn parse(s: &str) -> Option<Lang> {
        <Lang as clap::ValueEnum>::from_str(s.trim(), true).ok()
    }

    /// A day as a sentence in this language writes it: ISO `2027-01-12`; `2027년 1월 12일`, as
    /// Microsoft's Korean pages write dates.
    pub fn day(self, d: crate::model::Date) -> String {
        crate::say!(self, "day", year = d.year, month = d.month, day = d.day)
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    pub fn is_ko(self) -> bool {
        self == Lang::Ko
    }

    /// Yes or no as a reader says it (a flag read, `{actual}` in a message, a workbook cell).
    pub fn yes_no(self, on: bool) -> &'static str {
        super::report::label(self, if on { "rep-yes" } else { "rep-no" })
    }

    /// An I/O error in this language: the common kinds in the catalogue's words (in English,
    /// the system's), the system's words otherwise.
    pub fn io_error(self, err: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        let system = err.to_string();
        match err.kind() {
            K::NotFound => crate::say!(self, "err-io-not-found", system = system),
            K::PermissionDenied => crate::say!(self, "err-io-permission-denied", system = system),
            K::IsADirectory => crate::say!(self, "err-io-is-a-directory", system = system),
            K::AlreadyExists => crate::say!(self, "err-io-already-exists", system = system),
            K::StorageFull => crate::say!(self, "err-io-storage-full", system = system),
            _ => system,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_by_name() {
        assert_eq!(Lang::parse("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
