//! Errors as the reader reads them. The library's errors are typed and word themselves in the
//! reader's language; the commands' own (a bad option value, a machine not found, a report
//! not found) are the [`Usage`] errors here. `main` prints the chain with
//! [`text`]: in English exactly as anyhow writes it, in Korean link by link.

use crate::inventory::ImportError;
use crate::model::Problem;
use crate::rules::RulesError;
use crate::words::Lang;
use crate::words::model::WordsIn;

/// What the user asked that cannot be done. Worded by the catalogue (`err-…`), in English
/// as its `Display`.
#[derive(Debug)]
pub enum Usage {
    /// An option's value that does not read (`--rpo soon`).
    BadValue {
        flag: &'static str,
        text: String,
        why: Problem,
    },
    BadDate {
        flag: &'static str,
        text: String,
    },
    ComfortFactor(f64),
    UnknownSeries {
        series: String,
        known: Vec<String>,
    },
    RegionWithoutPrices,
    NoMachine {
        name: String,
        near: Vec<String>,
    },
    NoRule(String),
    /// `rules diff` of a target no matrix names.
    NoTarget {
        target: String,
        known: String,
    },
    /// An `-o` path whose extension (or its lack, `None`) chooses no format rehost writes,
    /// without `--format`.
    OutputExtension {
        path: String,
        ext: Option<String>,
    },
    /// `rehost man NAME` of a command there is none of.
    NoCommand {
        name: String,
        known: Vec<String>,
    },
    /// `rules diff` of a target with one edition and no dates.
    OneEdition {
        target: String,
        edition: String,
    },
    /// `export azure-migrate-csv --as-of` a day before the import template's first edition.
    NoImportEdition {
        day: String,
        first: String,
    },
    /// `--cloud` chose clouds no loaded matrix targets (`--cloud aws` without AWS matrices).
    NoCloudTargets {
        clouds: String,
    },
}

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}

impl std::error::Error for Usage {}

impl Usage {
    pub fn words(&self, lang: Lang) -> String {
        use Usage::*;
        // A value as typed is shown quoted and escaped, as Rust's `{:?}` writes it.
        let quoted = |t: &str| format!("{t:?}");
        match self {
            BadValue { flag, text, why } => crate::say!(
                lang,
                "err-bad-value",
                flag = *flag,
                text = quoted(text),
                why = why.words(lang)
            ),
            BadDate { flag, text } => {
                crate::say!(lang, "err-bad-date", flag = *flag, text = quoted(text))
            }
            ComfortFactor(c) => crate::say!(lang, "err-comfort-factor", factor = c.to_string()),
            UnknownSeries { series, known } => crate::say!(
                lang,
                "err-unknown-series",
                series = quoted(series),
                known = known.join(", ")
            ),
            RegionWithoutPrices => crate::say!(lang, "err-region-without-prices"),
            NoMachine { name, near } if near.is_empty() => {
                crate::say!(lang, "err-no-machine", name = quoted(name))
            }
            NoMachine { name, near } => crate::say!(
                lang,
                "err-no-machine-near",
                name = quoted(name),
                near = near.join(", ")
            ),
            NoRule(id) => crate::say!(lang, "err-no-rule", id = quoted(id)),
            NoTarget { target, known } => crate::say!(
                lang,
                "err-no-target",
                target = quoted(target),
                known = known.as_str()
            ),
            OutputExtension {
                path,
                ext: Some(ext),
            } => crate::say!(
                lang,
                "err-output-extension",
                path = path.as_str(),
                ext = ext.as_str(),
                known = super::assess::extensions()
            ),
            OutputExtension { path, ext: None } => crate::say!(
                lang,
                "err-output-no-extension",
                path = path.as_str(),
                known = super::assess::extensions()
            ),
            NoCommand { name, known } => crate::say!(
                lang,
                "err-no-command",
                name = quoted(name),
                known = known.join(", ")
            ),
            OneEdition { target, edition } => crate::say!(
                lang,
                "err-one-edition",
                target = target.as_str(),
                edition = edition.as_str()
            ),
            NoImportEdition { day, first } => crate::say!(
                lang,
                "export-no-edition",
                day = day.as_str(),
                first = first.as_str()
            ),
            NoCloudTargets { clouds } => {
                crate::say!(lang, "clouds-err-no-targets", clouds = clouds.as_str())
            }
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
            } else if let Some(x) = e.downcast_ref::<crate::anonymise::AnonError>() {
                x.words(lang)
            } else if let Some(x) = e.downcast_ref::<ImportError>() {
                crate::words::inventory::import_error(x, lang)
            } else if let Some(x) = e.downcast_ref::<RulesError>() {
                crate::words::rules::error(x, lang)
            } else if let Some(x) = e.downcast_ref::<crate::rules::LoadError>() {
                crate::words::rule_errors::load_error(x, lang)
            } else if let Some(x) = e.downcast_ref::<crate::rules::spec::BadOsSpec>() {
                crate::words::rule_errors::bad_os_spec(x, lang)
            } else if let Some(x) = e.downcast_ref::<crate::sizing::prices::PriceError>() {
                crate::words::sizing::price_error(lang, x)
            } else if let Some(x) = e.downcast_ref::<crate::limits::Refused>() {
                crate::words::limits::refused(lang, x)
            } else if let Some(x) = e.downcast_ref::<crate::diff::DiffError>() {
                crate::words::report::diff_error(x, lang)
            } else if let Some(x) = e.downcast_ref::<crate::dr::PolicyError>() {
                crate::words::dr::policy_error(lang, x)
            } else if let Some(x) = e.downcast_ref::<crate::dr::GrowthError>() {
                crate::words::dr::growth_error(lang, x)
            } else if let Some(x) = e.downcast_ref::<crate::model::BadDate>() {
                crate::words::model::bad_date(x, lang)
            } else if let Some(x) = e.downcast_ref::<crate::sizing::catalogue::CatalogueError>() {
                crate::words::sizing::catalogue_error(lang, x)
            } else if let Some(x) = e.downcast_ref::<crate::lifecycle::LifecycleError>() {
                crate::words::lifecycle::error(lang, x)
            } else if let Some(x) = e.downcast_ref::<crate::os::CatalogueError>() {
                crate::words::model::os_catalogue_error(x, lang)
            } else if let Some(x) = e.downcast_ref::<crate::estate::EstateError>() {
                crate::words::estate::error(x, lang)
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

/// The language clap writes its own messages in.
const PARSER_SPEAKS: Lang = Lang::En;

/// A command line the parser refused, in the reader's language: what was wrong and where to
/// look. `None` where the parser's own output is what the reader asked for (`--help`,
/// `--version`), or is already in the reader's language.
pub fn parse_error(e: &clap::Error, lang: Lang) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind as K};
    if lang == PARSER_SPEAKS {
        return None;
    }
    // The option as typed (`--replica-storage`), without clap's value placeholder.
    let bare = |s: &str| s.split(" <").next().unwrap_or(s).to_string();
    let arg = || match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => bare(s),
        Some(ContextValue::Strings(v)) => v.iter().map(|s| bare(s)).collect::<Vec<_>>().join(", "),
        _ => String::new(),
    };
    let value = || match e.get(ContextKind::InvalidValue) {
        Some(ContextValue::String(s)) => format!("{s:?}"),
        _ => format!("{:?}", ""),
    };
    let what = match e.kind() {
        K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand => {
            return None;
        }
        K::UnknownArgument => crate::say!(lang, "err-cli-unknown-argument", arg = arg()),
        K::InvalidSubcommand => crate::say!(lang, "err-cli-unknown-command", arg = arg()),
        K::InvalidValue | K::ValueValidation => {
            crate::say!(lang, "err-cli-invalid-value", arg = arg(), value = value())
        }
        K::MissingRequiredArgument if arg().starts_with("<INVENTORY>") => {
            crate::say!(lang, "err-cli-no-inventory")
        }
        K::MissingRequiredArgument => crate::say!(lang, "err-cli-missing", arg = arg()),
        K::NoEquals | K::TooManyValues | K::TooFewValues | K::WrongNumberOfValues => {
            crate::say!(lang, "err-cli-value-count", arg = arg())
        }
        K::ArgumentConflict => crate::say!(lang, "err-cli-conflict", arg = arg()),
        _ => crate::say!(lang, "err-cli-unreadable"),
    };
    Some(crate::say!(lang, "err-cli-line", what = what))
}
