//! What the OS, host and management-server kinds share: a guest OS against a list of specs,
//! and a host or management string against one.

use super::{Eval, Outcome, Quantity, Subject, Why, gap, reading};
use crate::model::{Field, Machine, SourceRef, Value};
use crate::os::Catalogue;
use crate::rules::spec::{Match, OsSpec, best_match};

/// The index of `s` in `list`.
fn index(list: &[OsSpec], s: &OsSpec) -> u16 {
    let i = list.iter().position(|x| std::ptr::eq(x, s)).unwrap_or(0);
    u16::try_from(i).unwrap_or(u16::MAX)
}

pub(super) fn os_list(m: &Machine, list: &[OsSpec], supported: bool, full: bool) -> Eval {
    let os = match &m.os {
        Value::Known(os) => os,
        other => return gap(other, Subject::GuestOs),
    };
    let read = || reading(m.os_field(), Quantity::Os, Some(&m.source));
    if os.product == "other" {
        return Eval::new(Outcome::Unknown, Why::OsUnrecognised)
            .actual(Quantity::Os)
            .read(read());
    }
    let (found, spec) = best_match(list, os);
    let outcome = match (found, supported) {
        (Match::Yes, true) | (Match::No, false) => Outcome::Pass,
        (Match::No, true) | (Match::Yes, false) => Outcome::Fail,
        (Match::Partly, _) => Outcome::Unknown,
    };
    let why = match (found, spec) {
        (Match::Partly, Some(s)) if !os.one_of.is_empty() => Why::PartlyOneOf(index(list, s)),
        (Match::Partly, Some(s)) if os.or_later_open || !os.or_later.is_empty() => {
            Why::PartlyLater(index(list, s))
        }
        (Match::Partly, Some(s)) if os.version.is_none() => Why::PartlyNoVersion(index(list, s)),
        (Match::Partly, Some(s)) => Why::PartlyLine(index(list, s)),
        (_, Some(s)) => Why::Listed(index(list, s)),
        _ => Why::None,
    };
    Eval::new(outcome, why)
        .actual(Quantity::Os)
        .limit(Quantity::Limit)
        .worded(full, |e| e.read(read()))
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
    let why = match (found, spec) {
        (Match::Partly, Some(s)) => Why::NoVersion {
            text: text.into(),
            spec: index(allowed, s),
        },
        (Match::Yes, Some(s)) => Why::Listed(index(allowed, s)),
        _ => Why::None,
    };
    Eval::new(outcome, why)
        .limit(Quantity::Limit)
        .worded(full, |e| {
            e.actual(Quantity::Text(text.into())).read(reading(
                field,
                Quantity::Text(text.into()),
                Some(src),
            ))
        })
}
