//! The language a reader reads: English (the default) or Korean (`--lang ko`, or
//! `REHOST_LANG=ko`). It sits in the model, below the rules, because the checks word their own
//! reasons in it; the report's word tables are in [`crate::i18n`].

/// A reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// `en`, `ko` (also `kr`, `ko-KR`, `korean`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "en-us" | "en-gb" | "english" => Some(Lang::En),
            "ko" | "kr" | "ko-kr" | "korean" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// The option if given, else `REHOST_LANG`, else English.
    pub fn choose(option: Option<&str>) -> Result<Lang, String> {
        let (text, from) = match option {
            Some(t) => (t.to_string(), "--lang"),
            None => match std::env::var("REHOST_LANG") {
                Ok(t) if !t.trim().is_empty() => (t, "REHOST_LANG"),
                _ => return Ok(Lang::En),
            },
        };
        Lang::parse(&text).ok_or_else(|| format!("{from} {text:?}: expected en or ko"))
    }

    /// A day as a sentence in this language writes it: ISO `2027-01-12`; `2027년 1월 12일`, as
    /// Microsoft's Korean pages write dates.
    pub fn day(self, d: super::Date) -> String {
        match self {
            Lang::En => d.to_string(),
            Lang::Ko => format!("{}년 {}월 {}일", d.year, d.month, d.day),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The one of two wordings in this language.
    pub fn pick<T>(self, en: T, ko: T) -> T {
        match self {
            Lang::En => en,
            Lang::Ko => ko,
        }
    }

    pub fn is_ko(self) -> bool {
        self == Lang::Ko
    }

    /// Yes or no as a reader says it (a flag read, `{actual}` in a message, a workbook cell).
    pub fn yes_no(self, on: bool) -> &'static str {
        match (on, self) {
            (true, Lang::En) => "yes",
            (false, Lang::En) => "no",
            (true, Lang::Ko) => "예",
            (false, Lang::Ko) => "아니요",
        }
    }

    /// An I/O error in this language: the common kinds in Korean, the system's words
    /// otherwise.
    pub fn io_error(self, err: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        if self == Lang::En {
            return err.to_string();
        }
        match err.kind() {
            K::NotFound => "파일이나 폴더가 없습니다".into(),
            K::PermissionDenied => "권한이 없습니다".into(),
            K::IsADirectory => "파일이 아니라 폴더입니다".into(),
            K::AlreadyExists => "이미 있습니다".into(),
            K::StorageFull => "디스크 공간이 부족합니다".into(),
            _ => err.to_string(),
        }
    }
}
