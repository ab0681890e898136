//! Checks over what runs on and around the machine: guest OS lists, host OS, management
//! server, and company policies over any column.

use super::{Blank, Eval, FieldOp, Outcome, Reading, gap, reading, show};
use crate::model::{Field, Machine, SourceRef, Value};
use crate::os::Catalogue;
use crate::rules::spec::{Match, OsSpec, Pattern, best_match};

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
                    s.text
                )
            }
            (Match::Partly, Some(s)) if os.or_later_open || !os.or_later.is_empty() => {
                format!(
                    "{:?} may be a later release than the list holds ({} is listed)",
                    os.raw, s.text
                )
            }
            (Match::Partly, Some(s)) if os.version.is_none() => {
                format!("the OS version is not given; {} is listed", s.text)
            }
            (Match::Partly, Some(s)) => {
                format!(
                    "{} names a whole release line, which {} covers only in part",
                    os.label(),
                    s.text
                )
            }
            (_, Some(s)) => format!("listed as {}", s.text),
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
                format!("{text:?} does not say which {} version", s.product)
            }
            (Match::Yes, Some(s)) => format!("listed as {}", s.text),
            _ => String::new(),
        };
        e.why(why)
            .actual(text)
            .limit(specs(allowed))
            .read(reading(field, text.into(), Some(src)))
    })
}

pub(super) fn managed_by(
    m: &Machine,
    allowed: &[OsSpec],
    required: bool,
    blank: Blank,
    full: bool,
) -> Eval {
    let unmanaged = |reading: Option<Reading>| {
        let out = if required {
            Outcome::Fail
        } else {
            Outcome::Pass
        };
        Eval::new(out, "").worded(full, |e| {
            let e = e
                .why("the host is not managed")
                .actual("not managed")
                .limit(specs(allowed));
            match reading {
                Some(r) => e.read(r),
                None => e,
            }
        })
    };
    match &m.host.managed_by {
        Value::Known(t) if t.trim().is_empty() || t.to_ascii_lowercase().starts_with("none") => {
            unmanaged(None)
        }
        Value::Known(t) => spec_list(t, allowed, Field::ManagedBy, &m.source, full),
        Value::Empty if blank == Blank::Unmanaged => unmanaged(Some(reading(
            Field::ManagedBy,
            "(empty: not managed)".into(),
            Some(&m.source),
        ))),
        other => {
            gap(other, "the management server", full).worded(full, |e| e.limit(specs(allowed)))
        }
    }
}

pub(super) fn field_check(
    m: &Machine,
    field: &str,
    op: FieldOp,
    value: Option<&str>,
    pattern: Option<&Pattern>,
    full: bool,
) -> Eval {
    let v: Value<String> = if let Some(tag) = field.strip_prefix("tag:") {
        match m.tags.iter().find(|(h, _)| h.eq_ignore_ascii_case(tag)) {
            Some((_, t)) => Value::Known(t.clone()),
            None => Value::Absent,
        }
    } else {
        match field {
            "name" => Value::Known(m.name.clone()),
            "power-state" => m.power_state.clone(),
            "host" => m.host.name.clone(),
            "tier" => m.dr.tier.clone(),
            "application" => m.dr.application.clone(),
            _ => m.dr.recovery_group.clone(),
        }
    };
    let present = matches!(&v, Value::Known(t) if !t.trim().is_empty());
    let text = v.known().cloned().unwrap_or_default();
    let ok = match op {
        FieldOp::Present => present,
        FieldOp::Absent => !present,
        FieldOp::Equals => present && value.is_some_and(|x| text.eq_ignore_ascii_case(x)),
        FieldOp::NotEquals => !value.is_some_and(|x| text.eq_ignore_ascii_case(x)),
        FieldOp::Matches => pattern.is_some_and(|p| p.0.is_match(&text)),
    };
    // A tag column that is not there at all fails a "present" policy: that is the finding.
    let out = match (&v, op) {
        (Value::Invalid(_), _) => Outcome::Unknown,
        _ if ok => Outcome::Pass,
        _ => Outcome::Fail,
    };
    Eval::new(out, "").worded(full, |e| {
        e.actual(if present {
            text.clone()
        } else {
            "(none)".into()
        })
        .limit(
            value
                .map(str::to_string)
                .or(pattern.map(|p| p.0.to_string()))
                .unwrap_or_default(),
        )
        .read(reading(
            Field::Tag,
            format!("{field} = {}", show(&v)),
            Some(&m.source),
        ))
    })
}

pub(super) fn specs(list: &[OsSpec]) -> String {
    list.iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
