//! Why a rule file cannot be used, typed: the file and line, and a [`Reason`] holding the ids
//! and values it is about. The words layer words them (`crate::words::rule_errors`; their
//! `Display` is its English), so a rule author reads them in their language.

use std::cell::RefCell;

use super::check::BadParams;
use super::releases::BadReleaseDate;
use super::spec::{BadOsSpec, Date};
use crate::units::{QuantityError, SizeError};

/// A matrix or release-notes file that cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    /// Boxed: a reason holds several names, and a parse returns its error by value.
    pub reason: Box<Reason>,
}

impl std::error::Error for LoadError {}

/// What is wrong with a rule file.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// The TOML parser's own words (a syntax error, an unknown key, a missing one): its text
    /// quotes the file and names serde's types, so it stays as the parser wrote it.
    Parse(String),
    /// A typed value the parser read that does not read (`max = "300"`, `firmware = "efi2"`).
    Value(BadValue),
    /// `[matrix] target` that is not lower-case letters, digits and `-`.
    TargetId(String),
    /// `changed_after` on or after the edition's own date.
    ChangedAfter,
    /// `applies_to = []`.
    NoPlatform,
    /// `source` that is not an `https://` address.
    SourceNotHttps,
    /// A rule id that is not upper-case letters, digits and `-`.
    RuleId(String),
    /// Two rules of one matrix with the same id.
    RuleTwice(String),
    /// A rule whose `reference` is not an `https://` address.
    RuleReference(String),
    /// A `{…}` in a rule's message that rehost does not fill in.
    UnknownPlaceholder { rule: String, placeholder: String },
    /// A rule whose `ko.message` fills in other placeholders than its message (sorted).
    KoPlaceholders {
        rule: String,
        ko: Vec<String>,
        en: Vec<String>,
    },
    /// A rule's check with parameters that make no sense together.
    Params { rule: String, why: BadParams },
    /// `<target>/<edition>.toml` whose edition is not the file's name.
    EditionNotFileName { edition: Date, stem: String },
    /// `<target>/<edition>.toml` whose target is not the folder's name.
    TargetNotFolder { target: String, folder: String },
    /// Release notes whose `page` is not an `https://` address.
    PageNotHttps,
    /// Release notes with `provenance = []`.
    NoProvenance,
    /// Two releases with the same id.
    ReleaseTwice(String),
    /// A release whose `reference` is not an `https://` address.
    ReleaseReference(String),
    /// A release without its Korean name.
    ReleaseNoKoName(String),
    /// One change of one release.
    Change {
        release: String,
        rule: String,
        why: ChangeWhy,
    },
}

/// What is wrong with a release's change of a rule.
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeWhy {
    /// None, or more than one, of `adds`, `withdraws` and `check`.
    NotExactlyOne,
    /// `adds = []` or `withdraws = []`.
    EmptyList,
    /// The `check` it gives has parameters that make no sense together.
    Params(BadParams),
    /// No edition of the target has the rule (the target's id).
    NoSuchRule { target: String },
    /// `adds` to a rule of a kind without a list (the kind's id).
    AddsWithoutList { kind: &'static str },
    /// `withdraws` from a rule that is not about the guest OS.
    WithdrawsNotOs { kind: &'static str },
    /// A `check` of another kind than the rule's.
    OtherKind { kind: &'static str },
}

/// A typed value in a rule file that does not read. It reaches the loader through serde, whose
/// only channel is a message ([`serde::de::Error::custom`]): [`de_error`] sends the English
/// and keeps the value aside, and [`parse_reason`] takes it back when the parser's message is
/// that English.
#[derive(Debug, Clone, PartialEq)]
pub enum BadValue {
    /// `firmware`, as written (lower-cased).
    Firmware(String),
    Hypervisor(String),
    Architecture(String),
    Size {
        text: String,
        why: SizeError,
    },
    /// A pattern longer than `cap` characters (compiling it could take long).
    PatternTooLong {
        cap: usize,
    },
    /// A pattern the regex crate refuses, with its last line of explanation.
    Pattern {
        text: String,
        why: String,
    },
    Duration {
        text: String,
        why: QuantityError,
    },
    /// A rate written as a bare number.
    RateNoUnit(String),
    Rate {
        text: String,
        why: QuantityError,
    },
    /// A matrix's `edition` or `changed_after` that is not a calendar day.
    Day(crate::model::BadDate),
    OsSpec(BadOsSpec),
    ReleaseDate(BadReleaseDate),
    /// A churn row's `io_size` that is not `8 KB` or `16 KB or more`.
    IoSize(String),
}

thread_local! {
    /// The last typed value error handed to serde on this thread.
    static LAST: RefCell<Option<BadValue>> = const { RefCell::new(None) };
}

/// A value error for serde: its English words (the parser's error message), with the typed
/// value kept for [`parse_reason`].
pub(crate) fn de_error<E: serde::de::Error>(v: BadValue) -> E {
    let e = E::custom(&v);
    LAST.with(|l| *l.borrow_mut() = Some(v));
    e
}

/// Forgets a value error kept by an earlier parse (one whose error was dropped).
pub(crate) fn forget_bad_value() {
    LAST.with(|l| l.borrow_mut().take());
}

/// The parser's message as a reason: the typed value it was made from when it is that value's
/// English word for word, else the parser's own text.
pub(crate) fn parse_reason(message: &str) -> Reason {
    let message = message.trim();
    match LAST.with(|l| l.borrow_mut().take()) {
        Some(v) if v.to_string() == message => Reason::Value(v),
        _ => Reason::Parse(message.to_string()),
    }
}
