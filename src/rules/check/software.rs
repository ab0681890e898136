//! What the OS, host and management-server kinds share: a guest OS against a list of specs,
//! a host or management string against one, and the list in words.

use super::{Eval, Outcome, gap, reading};
use crate::model::{Field, Machine, SourceRef, Value};
use crate::os::Catalogue;
use crate::rules::spec::{Match, OsSpec, best_match};

pub(super) fn os_list(m: &Machine, list: &[OsSpec], supported: bool, full: bool) -> Eval {
    let os = match &m.os {
        Value::Known(os) => os,
        other => return gap(other, "the guest OS", full),
    };
    let read = || reading(m.os_field(), os.raw.clone(), Some(&m.source));
    if os.product == "other" {
        return Eval::new(
            Outcome::Unknown,
            format!("the OS {:?} is not one the catalogue recognises", os.raw),
        )
        .actual(os.raw.clone())
        .read(read());
    }
    let (found, spec) = best_match(list, os);
    let outcome = match (found, supported) {
        (Match::Yes, true) | (Match::No, false) => Outcome::Pass,
        (Match::No, true) | (Match::Yes, false) => Outcome::Fail,
        (Match::Partly, _) => Outcome::Unknown,
    };
    Eval::new(outcome, "").worded(full, |e| {
        let why = match (found, spec) {
            (Match::Partly, Some(s)) if !os.one_of.is_empty() => {
                let vs: Vec<&str> = os.one_of.iter().map(|c| c.version.as_str()).collect();
                format!(
                    "{:?} is one of {}, which the list holds only in part ({} is listed)",
                    os.raw,
                    vs.join(", "),
                    s.words()
                )
            }
            (Match::Partly, Some(s)) if os.or_later_open || !os.or_later.is_empty() => {
                format!(
                    "{:?} may be a later release than the list holds ({} is listed)",
                    os.raw,
                    s.words()
                )
            }
            (Match::Partly, Some(s)) if os.version.is_none() => {
                format!("the OS version is not given; {} is listed", s.words())
            }
            (Match::Partly, Some(s)) => {
                format!(
                    "{} names a whole release line, which the list covers only in part ({} is listed)",
                    os.label(),
                    s.words()
                )
            }
            (_, Some(s)) => format!("listed as {}", s.words()),
            _ => String::new(),
        };
        e.why(why)
            .actual(os.raw.clone())
            .limit(specs(list))
            .read(read())
    })
}

/// A host or management string against a list of specs.
pub(super) fn spec_list(
    text: &str,
    allowed: &[OsSpec],
    field: Field,
    src: &SourceRef,
    full: bool,
) -> Eval {
    let read = Catalogue::builtin().read(text);
    let (found, spec) = best_match(allowed, &read);
    let outcome = match found {
        Match::Yes => Outcome::Pass,
        Match::No => Outcome::Fail,
        Match::Partly => Outcome::Unknown,
    };
    Eval::new(outcome, "").worded(full, |e| {
        let why = match (found, spec) {
            (Match::Partly, Some(s)) => {
                format!(
                    "{text:?} does not say which {} version",
                    crate::os::product_name(&s.product)
                )
            }
            (Match::Yes, Some(s)) => format!("listed as {}", s.words()),
            _ => String::new(),
        };
        e.why(why)
            .actual(text)
            .limit(specs(allowed))
            .read(reading(field, text.into(), Some(src)))
    })
}

/// The list in words, for messages (`{limit}`): `Windows Server 2016, Windows Server 2019`.
pub(super) fn specs(list: &[OsSpec]) -> String {
    list.iter()
        .map(|s| s.words())
        .collect::<Vec<_>>()
        .join(", ")
}
