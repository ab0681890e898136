//! The rule set's own words: a target left out of a run, and the errors of loading and
//! choosing rules, in the reader's language (a rule file's own errors: [`super::rule_errors`]).
//! [`RulesError`]'s `Display` is the English here.

use crate::rules::{LeftOut, RulesError};
use crate::say;

use super::Lang;

/// A target named without an edition on or before the day asked.
pub fn left_out(l: &LeftOut, lang: Lang) -> String {
    say!(
        lang,
        "rules-left-out",
        target = l.target.as_str(),
        day = l.as_of.map(|d| d.to_string()).unwrap_or_default(),
        first = l.first.to_string()
    )
}

/// A rules error in the reader's language.
pub fn error(e: &RulesError, lang: Lang) -> String {
    match e {
        RulesError::UnknownTarget { target, known } => say!(
            lang,
            "rules-unknown-target",
            target = format!("{target:?}"),
            known = known.join(", ")
        ),
        RulesError::NoEdition(l) => left_out(l, lang),
        RulesError::Io { path, err } => format!("{path}: {}", lang.io_error(err)),
        RulesError::Over { file, why } => format!("{file}: {}", super::limits::over(lang, why)),
        RulesError::Load(x) => super::rule_errors::load_error(x, lang),
    }
}

/// English, as anyhow's chain writes it (`main` words a Korean chain link by link).
impl std::fmt::Display for RulesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error(self, Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    /// The English words are the errors' own `Display` (what an English error chain prints),
    /// as rehost has always written them.
    #[test]
    fn english_words_are_the_errors_display() {
        let l = LeftOut {
            target: "asr-hyperv".into(),
            as_of: Some(Date::parse("2017-01-01").unwrap()),
            first: Date::parse("2018-02-14").unwrap(),
        };
        let errors = [
            RulesError::UnknownTarget {
                target: "asr-x".into(),
                known: vec!["asr-vmware".into(), "asr-hyperv".into()],
            },
            RulesError::NoEdition(l.clone()),
        ];
        let english = [
            r#"unknown target "asr-x" (known: asr-vmware, asr-hyperv)"#,
            "asr-hyperv: no edition on or before 2017-01-01; its first is 2018-02-14",
        ];
        for (e, want) in errors.iter().zip(english) {
            assert_eq!(error(e, Lang::En), want);
            assert_eq!(e.to_string(), want);
        }
        assert_eq!(
            left_out(&l, Lang::Ko),
            "asr-hyperv: 2017-01-01 이전의 판이 없습니다. 첫 판은 2018-02-14입니다"
        );
    }
}
