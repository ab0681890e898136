//! Errors as the reader reads them. The library's errors are typed and word themselves in the
//! reader's language; the commands' own (a bad option value, a machine not found, a report
//! not found) are the [`Usage`] errors here. `main` prints the chain with
//! [`text`]: in English exactly as anyhow writes it, in Korean link by link.

use crate::inventory::ImportError;
use crate::model::Problem;
use crate::rules::RulesError;
use crate::words::Lang;
use crate::words::model::WordsIn;

/// What the user asked that cannot be done.
#[derive(Debug, thiserror::Error)]
pub enum Usage {
    /// An option's value that does not read (`--rpo soon`).
    #[error("{flag} {text:?}: {}", why_en(.why))]
    BadValue {
        flag: &'static str,
        text: String,
        why: Problem,
    },
    #[error("{flag}: date {text:?}: expected YYYY-MM-DD")]
    BadDate { flag: &'static str, text: String },
    #[error("--comfort-factor {0}: expected a factor above 0 and at most 10, such as 1.3")]
    ComfortFactor(f64),
    #[error("--vm-series {series:?}: not in the size catalogue (known: {})", known.join(", "))]
    UnknownSeries { series: String, known: Vec<String> },
    #[error("--region chooses a region of a --prices file; no --prices was given")]
    RegionWithoutPrices,
    #[error("no machine named {name:?} in the inventory{}", near_en(.near))]
    NoMachine { name: String, near: Vec<String> },
    #[error("no rule {0:?}; `rehost rules list` shows them all")]
    NoRule(String),
}

fn why_en(p: &Problem) -> String {
    p.words(Lang::En)
}

fn near_en(near: &[String]) -> String {
    if near.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", near.join(", "))
    }
}

impl Usage {
    pub fn words(&self, lang: Lang) -> String {
        use Usage::*;
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            BadValue { flag, text, why } => format!("{flag} {text:?}: {}", why.words(lang)),
            BadDate { flag, text } => {
                format!("{flag}: 날짜 {text:?}: YYYY-MM-DD 형식이어야 합니다")
            }
            ComfortFactor(c) => {
                format!("--comfort-factor {c}: 0보다 크고 10 이하인 인자여야 합니다(예: 1.3)")
            }
            UnknownSeries { series, known } => format!(
                "--vm-series {series:?}: 크기 카탈로그에 없습니다(사용 가능: {})",
                known.join(", ")
            ),
            RegionWithoutPrices => {
                "--region은 --prices 파일의 지역을 고릅니다. --prices가 없습니다".into()
            }
            NoMachine { name, near } if near.is_empty() => {
                format!("인벤토리에 {name:?}(이)라는 머신이 없습니다")
            }
            NoMachine { name, near } => format!(
                "인벤토리에 {name:?}(이)라는 머신이 없습니다({}을(를) 찾으셨나요?)",
                near.join(", ")
            ),
            NoRule(id) => format!(
                "규칙 {id:?}이(가) 없습니다. `rehost rules list`로 모든 규칙을 볼 수 있습니다"
            ),
        }
    }
}

/// The error chain in the reader's language: each typed link in its own words, any other as
/// written (a library's or the system's message).
pub fn text(err: &anyhow::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return format!("{err:#}");
    }
    err.chain()
        .map(|e| {
            if let Some(x) = e.downcast_ref::<Usage>() {
                x.words(lang)
            } else if let Some(x) = e.downcast_ref::<crate::report::WriteError>() {
                x.words(lang)
            } else if let Some(x) = e.downcast_ref::<ImportError>() {
                crate::words::inventory::import_error(x, lang)
            } else if let Some(x) = e.downcast_ref::<RulesError>() {
                crate::words::rules::error(x, lang)
            } else if let Some(x) = e.downcast_ref::<crate::sizing::prices::PriceError>() {
                crate::words::sizing::price_error(lang, x)
            } else if let Some(x) = e.downcast_ref::<crate::limits::Refused>() {
                crate::words::limits::refused(lang, x)
            } else if let Some(x) = e.downcast_ref::<std::io::Error>() {
                lang.io_error(x)
            } else {
                e.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(": ")
}

/// The language asked for on a command line that did not parse: `--lang ko`, `--lang=ko`, else
/// `REHOST_LANG`.
pub fn lang_from_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> Lang {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let option = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    // A value that is not a language reads as English, as the parser's own error says.
    Lang::chosen(option.as_deref().and_then(Lang::parse)).unwrap_or_default()
}

/// A command line the parser refused, in Korean: what was wrong and where to look. `None`
/// where the parser's own output is what the reader asked for (`--help`, `--version`).
pub fn parse_error_ko(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind as K};
    // The option as typed (`--replica-storage`), without clap's value placeholder.
    let bare = |s: &str| s.split(" <").next().unwrap_or(s).to_string();
    let arg = || match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => bare(s),
        Some(ContextValue::Strings(v)) => v.iter().map(|s| bare(s)).collect::<Vec<_>>().join(", "),
        _ => String::new(),
    };
    let value = || match e.get(ContextKind::InvalidValue) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    let what = match e.kind() {
        K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand => {
            return None;
        }
        K::UnknownArgument => format!("알 수 없는 인수 {}", arg()),
        K::InvalidSubcommand => format!("알 수 없는 명령 {}", arg()),
        K::InvalidValue | K::ValueValidation => {
            format!("{}의 값 {:?}이(가) 올바르지 않습니다", arg(), value())
        }
        K::MissingRequiredArgument if arg().starts_with("<INVENTORY>") => {
            "인벤토리 파일을 지정하세요".to_string()
        }
        K::MissingRequiredArgument => format!("필수 인수가 없습니다: {}", arg()),
        K::NoEquals | K::TooManyValues | K::TooFewValues | K::WrongNumberOfValues => {
            format!("{}의 값 개수가 맞지 않습니다", arg())
        }
        K::ArgumentConflict => format!("함께 쓸 수 없는 인수입니다: {}", arg()),
        _ => "명령줄을 읽을 수 없습니다".to_string(),
    };
    Some(format!("rehost: 오류: {what} (사용법: `rehost --help`)"))
}
