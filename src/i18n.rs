//! The language a reader reads: English (the default) or Korean (`--lang ko`, or
//! `REHOST_LANG=ko`). Rule titles, messages and fixes come from the rule files (`ko.title`,
//! `ko.message`, `ko.remediation`); the words around them are here. JSON keys and verdict
//! codes stay English whatever the language.

use unicode_width::UnicodeWidthStr;

use crate::rules::Readiness;

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

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// A verdict as a reader says it (the Azure Migrate portal's Korean words).
    pub fn readiness(self, r: Readiness) -> &'static str {
        match self {
            Lang::En => r.as_str(),
            Lang::Ko => match r {
                Readiness::Ready => "준비됨",
                Readiness::ReadyWithConditions => "조건부 준비",
                Readiness::NotReady => "준비되지 않음",
                Readiness::Unknown => "알 수 없음",
                Readiness::NotApplicable => "해당 없음",
            },
        }
    }

    /// One of the fixed phrases the terminal and `explain` print.
    pub fn word(self, w: Word) -> &'static str {
        use Word::*;
        match (self, w) {
            (Lang::En, Machine) => "MACHINE",
            (Lang::Ko, Machine) => "머신",
            (Lang::En, Readiness) => "READINESS",
            (Lang::Ko, Readiness) => "준비 상태",
            (Lang::En, Why) => "WHY",
            (Lang::Ko, Why) => "이유",
            (Lang::En, Legend) => {
                "✓ ready  ~ with conditions  ✗ not ready  ? unknown  · not applicable"
            }
            (Lang::Ko, Legend) => {
                "✓ 준비됨  ~ 조건부 준비  ✗ 준비되지 않음  ? 알 수 없음  · 해당 없음"
            }
            (Lang::En, MostOften) => "most often",
            (Lang::Ko, MostOften) => "가장 많음",
            (Lang::En, OtherPlatforms) => "the scenario covers other platforms",
            (Lang::Ko, OtherPlatforms) => "이 시나리오는 다른 플랫폼을 다룹니다",
            (Lang::En, NotEvaluated) => {
                "rule(s) not evaluated: the inventory has no column for what they read"
            }
            (Lang::Ko, NotEvaluated) => "개 규칙은 평가하지 않음: 인벤토리에 해당 열이 없습니다",
            (Lang::En, DataQuality) => {
                "data-quality record(s): see `rehost inspect` or the workbook's Data quality sheet."
            }
            (Lang::Ko, DataQuality) => {
                "개의 데이터 품질 기록: `rehost inspect` 또는 통합 문서의 Data quality 시트를 참조하세요."
            }
            (Lang::En, WhyEach) => {
                "Why each verdict: --details, or `rehost explain FILE -m MACHINE` for one machine."
            }
            (Lang::Ko, WhyEach) => {
                "판정 이유: --details, 또는 머신 하나는 `rehost explain FILE -m MACHINE`."
            }
            (Lang::En, Read) => "read",
            (Lang::Ko, Read) => "읽은 값",
            (Lang::En, Fix) => "fix",
            (Lang::Ko, Fix) => "해결",
            (Lang::En, See) => "see",
            (Lang::Ko, See) => "참고",
        }
    }
}

/// The fixed phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Machine,
    Readiness,
    Why,
    Legend,
    MostOften,
    OtherPlatforms,
    NotEvaluated,
    DataQuality,
    WhyEach,
    Read,
    Fix,
    See,
}

/// Columns a text takes on a terminal: a Hangul syllable takes two.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces to `w` terminal columns.
pub fn pad(s: &str, w: usize) -> String {
    let n = width(s);
    if n >= w {
        return s.to_string();
    }
    format!("{s}{}", " ".repeat(w - n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_takes_two_columns() {
        assert_eq!(width("급여-DB-01"), 10);
        assert_eq!(pad("급여", 6), "급여  ");
        assert_eq!(width(&pad("vm1", 6)), 6);
    }

    #[test]
    fn languages_by_name() {
        assert_eq!(Lang::parse("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
