//! Whether a rule's filter (`when = { … }`) holds for a machine: yes, no, or cannot be told,
//! and why, in the reader's language.

use super::matrix::When;
use super::spec::{Match, best_match};
use crate::model::{Hypervisor, Lang, Machine, Value};

/// Whether a rule's filter holds: yes, no, cannot tell from this row (a blank or unreadable
/// cell), or cannot tell from this file (it has no column for what the filter reads).
pub(super) enum Applies {
    Yes,
    No(String),
    Maybe(String),
    Absent(String),
}

/// Why a rule does not apply, in words only when `full` asks (explain): a rule that does not
/// apply is a pass, and reports do not word passes.
pub(super) fn words(full: bool, why: impl FnOnce() -> String) -> String {
    if full { why() } else { String::new() }
}

/// Notes why a filter cannot be told: in `absent` when the file has no column for it (the rule
/// is then not evaluated), else in `maybe` (blank or unreadable: unknown). The first reason of
/// each kind is kept.
fn unsure<T>(
    v: &Value<T>,
    absent: &mut Option<String>,
    maybe: &mut Option<String>,
    why: impl FnOnce() -> String,
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

pub(super) fn applies(
    w: &When,
    m: &Machine,
    platform: Hypervisor,
    full: bool,
    lang: Lang,
) -> Applies {
    let mut maybe: Option<String> = None;
    // A filter over a column the file lacks: the rule is not evaluated, never unknown.
    let mut absent: Option<String> = None;
    if let Some(g) = w.generation {
        match m.effective_generation() {
            Value::Known(x) if x == g => {}
            Value::Known(x) => {
                return Applies::No(words(full, || match lang {
                    Lang::En => format!("applies to generation {g}; this is generation {x}"),
                    Lang::Ko => format!("{g}세대에 적용됩니다. 이 머신은 {x}세대입니다"),
                }));
            }
            other => {
                unsure(&other, &mut absent, &mut maybe, || {
                    let gap = other.gap_in(lang).unwrap_or_default();
                    match lang {
                        Lang::En => format!("applies to generation {g}; generation: {gap}"),
                        Lang::Ko => format!("{g}세대에 적용됩니다. 세대: {gap}"),
                    }
                });
            }
        }
    }
    if let Some(f) = w.firmware {
        match m.effective_firmware() {
            Value::Known(x) if x == f => {}
            Value::Known(x) => {
                return Applies::No(words(full, || {
                    let (f, x) = (f.as_str().to_uppercase(), x.as_str().to_uppercase());
                    match lang {
                        Lang::En => format!("applies to {f} firmware; this is {x}"),
                        Lang::Ko => format!("{f} 펌웨어에 적용됩니다. 이 머신은 {x}입니다"),
                    }
                }));
            }
            other => {
                unsure(&other, &mut absent, &mut maybe, || {
                    let (f, gap) = (
                        f.as_str().to_uppercase(),
                        other.gap_in(lang).unwrap_or_default(),
                    );
                    match lang {
                        Lang::En => format!("applies to {f} firmware; firmware: {gap}"),
                        Lang::Ko => format!("{f} 펌웨어에 적용됩니다. 펌웨어: {gap}"),
                    }
                });
            }
        }
    }
    if let Some(hs) = &w.hypervisor {
        let h = m.hypervisor.known().copied().unwrap_or(platform);
        if !hs.contains(&h) {
            return Applies::No(words(full, || {
                let to = hs
                    .iter()
                    .map(|h| h.label_in(lang))
                    .collect::<Vec<_>>()
                    .join(", ");
                let is = h.label_in(lang);
                match lang {
                    Lang::En => format!("applies to {to} machines; this is a {is} machine"),
                    Lang::Ko => format!("{to} 머신에 적용됩니다. 이 머신은 {is} 머신입니다"),
                }
            }));
        }
    }
    if let Some(list) = &w.os {
        match &m.os {
            Value::Known(os) if os.product == "other" => {
                maybe.get_or_insert(match lang {
                    Lang::En => format!("applies to some OSes; {:?} is not recognised", os.raw),
                    Lang::Ko => format!(
                        "일부 OS에 적용됩니다. {:?}은(는) 알 수 없는 OS입니다",
                        os.raw
                    ),
                });
            }
            Value::Known(os) => match best_match(list, os).0 {
                Match::Yes => {}
                Match::No => {
                    return Applies::No(words(full, || match lang {
                        Lang::En => format!("does not apply to {}", os.raw),
                        Lang::Ko => format!("{}에는 적용되지 않습니다", os.raw),
                    }));
                }
                Match::Partly => {
                    maybe.get_or_insert(match lang {
                        Lang::En => format!("may apply to {} (version not precise enough)", os.raw),
                        Lang::Ko => format!(
                            "{}에 적용될 수 있습니다(버전이 충분히 자세하지 않음)",
                            os.raw
                        ),
                    });
                }
            },
            other => {
                unsure(other, &mut absent, &mut maybe, || {
                    let gap = other.gap_in(lang).unwrap_or_default();
                    match lang {
                        Lang::En => format!("applies to some OSes; the OS: {gap}"),
                        Lang::Ko => format!("일부 OS에 적용됩니다. OS: {gap}"),
                    }
                });
            }
        }
    }
    if let Some(managed) = w.managed {
        let is = match &m.host.managed_by {
            Value::Known(t) => {
                Some(!t.trim().is_empty() && !t.to_ascii_lowercase().starts_with("none"))
            }
            Value::Empty => Some(false),
            Value::Absent => {
                absent.get_or_insert(
                    lang.pick(
                        "applies depending on management; no column for it in the inventory",
                        "관리 여부에 따라 적용됩니다. 인벤토리에 해당 열이 없습니다",
                    )
                    .into(),
                );
                None
            }
            Value::Invalid(_) => None,
        };
        match is {
            Some(x) if x == managed => {}
            Some(_) => {
                return Applies::No(words(full, || match (managed, lang) {
                    (true, Lang::En) => "applies to managed hosts".into(),
                    (false, Lang::En) => "applies to unmanaged hosts".into(),
                    (true, Lang::Ko) => "관리되는 호스트에 적용됩니다".into(),
                    (false, Lang::Ko) => "관리되지 않는 호스트에 적용됩니다".into(),
                }));
            }
            None if absent.is_some() => {}
            None => {
                maybe.get_or_insert(
                    lang.pick(
                        "applies depending on management; the cell is unreadable",
                        "관리 여부에 따라 적용됩니다. 셀을 읽을 수 없습니다",
                    )
                    .into(),
                );
            }
        }
    }
    match (absent, maybe) {
        (Some(why), _) => Applies::Absent(why),
        (None, Some(why)) => Applies::Maybe(why),
        (None, None) => Applies::Yes,
    }
}
