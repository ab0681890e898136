//! Whether a rule's filter (`when = { … }`) holds for a machine: yes, no, or cannot be told,
//! and why, typed ([`FilterWhy`]); the words layer says it.

use super::check::FilterWhy;
use super::matrix::When;
use super::spec::{Match, best_match};
use crate::model::{Hypervisor, Machine, Value};

/// Whether a rule's filter holds: yes, no, cannot tell from this row (a blank or unreadable
/// cell), or cannot tell from this file (it has no column for what the filter reads).
pub(super) enum Applies {
    Yes,
    No(FilterWhy),
    Maybe(FilterWhy),
    Absent(FilterWhy),
}

/// A value's gap without the value.
fn state<T>(v: &Value<T>) -> Value<()> {
    match v {
        Value::Known(_) => Value::Known(()),
        Value::Absent => Value::Absent,
        Value::Empty => Value::Empty,
        Value::Invalid(bad) => Value::Invalid(bad.clone()),
    }
}

/// Notes why a filter cannot be told: in `absent` when the file has no column for it (the rule
/// is then not evaluated), else in `maybe` (blank or unreadable: unknown). The first reason of
/// each kind is kept.
fn unsure<T>(
    v: &Value<T>,
    absent: &mut Option<FilterWhy>,
    maybe: &mut Option<FilterWhy>,
    why: impl FnOnce() -> FilterWhy,
) {
    let slot = if matches!(v, Value::Absent) {
        absent
    } else {
        maybe
    };
    if slot.is_none() {
        *slot = Some(why());
    }
}

pub(super) fn applies(w: &When, m: &Machine, platform: Hypervisor) -> Applies {
    let mut maybe: Option<FilterWhy> = None;
    // A filter over a column the file lacks: the rule is not evaluated, never unknown.
    let mut absent: Option<FilterWhy> = None;
    if let Some(g) = w.generation {
        match m.effective_generation() {
            Value::Known(x) if x == g => {}
            Value::Known(x) => return Applies::No(FilterWhy::Generation { want: g, is: x }),
            other => {
                unsure(&other, &mut absent, &mut maybe, || {
                    FilterWhy::GenerationGap {
                        want: g,
                        gap: state(&other),
                    }
                });
            }
        }
    }
    if let Some(f) = w.firmware {
        match m.effective_firmware() {
            Value::Known(x) if x == f => {}
            Value::Known(x) => return Applies::No(FilterWhy::Firmware { want: f, is: x }),
            other => {
                unsure(&other, &mut absent, &mut maybe, || FilterWhy::FirmwareGap {
                    want: f,
                    gap: state(&other),
                });
            }
        }
    }
    if let Some(hs) = &w.hypervisor {
        let h = m.hypervisor.known().copied().unwrap_or(platform);
        if !hs.contains(&h) {
            return Applies::No(FilterWhy::Hypervisor(h));
        }
    }
    if let Some(list) = &w.os {
        match &m.os {
            Value::Known(os) if os.product == "other" => {
                maybe.get_or_insert(FilterWhy::OsUnrecognised);
            }
            Value::Known(os) => match best_match(list, os).0 {
                Match::Yes => {}
                Match::No => return Applies::No(FilterWhy::OsNot),
                Match::Partly => {
                    maybe.get_or_insert(FilterWhy::OsMaybe);
                }
            },
            other => {
                unsure(other, &mut absent, &mut maybe, || {
                    FilterWhy::OsGap(state(other))
                });
            }
        }
    }
    if let Some(managed) = w.managed {
        let is = match &m.host.managed_by {
            Value::Known(t) => Some(t.is_managed()),
            Value::Empty => Some(false),
            Value::Absent => {
                absent.get_or_insert(FilterWhy::ManagedNoColumn);
                None
            }
            Value::Invalid(_) => None,
        };
        match is {
            Some(x) if x == managed => {}
            Some(_) => return Applies::No(FilterWhy::Managed(managed)),
            None if absent.is_some() => {}
            None => {
                maybe.get_or_insert(FilterWhy::ManagedUnreadable);
            }
        }
    }
    match (absent, maybe) {
        (Some(why), _) => Applies::Absent(why),
        (None, Some(why)) => Applies::Maybe(why),
        (None, None) => Applies::Yes,
    }
}
