//! What the OS, host and management-server kinds share: a guest OS against a list of specs,
//! a host or management string against one, and the list in words.

use super::{Eval, Outcome, gap, reading};
use crate::model::{Field, Lang, Machine, SourceRef, Value};
use crate::os::Catalogue;
use crate::rules::spec::{Match, OsSpec, best_match};

pub(super) fn os_list(
    m: &Machine,
    list: &[OsSpec],
    supported: bool,
    full: bool,
    lang: Lang,
) -> Eval {
    let os = match &m.os {
        Value::Known(os) => os,
        other => return gap(other, lang.pick("the guest OS", "게스트 OS"), full, lang),
    };
    let read = || reading(m.os_field(), os.raw.clone(), Some(&m.source));
    if os.product == "other" {
        return Eval::new(Outcome::Unknown, unrecognised(&os.raw, lang))
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
                let (raw, vs, listed) = (&os.raw, vs.join(", "), s.words_in(lang));
                match lang {
                    Lang::En => format!(
                        "{raw:?} is one of {vs}, which the list holds only in part ({listed} is listed)"
                    ),
                    Lang::Ko => format!(
                        "{raw:?}은(는) {vs} 중 하나이며, 목록에는 그 일부만 있습니다(목록: {listed})"
                    ),
                }
            }
            (Match::Partly, Some(s)) if os.or_later_open || !os.or_later.is_empty() => {
                let (raw, listed) = (&os.raw, s.words_in(lang));
                match lang {
                    Lang::En => format!(
                        "{raw:?} may be a later release than the list holds ({listed} is listed)"
                    ),
                    Lang::Ko => format!(
                        "{raw:?}은(는) 목록보다 이후 릴리스일 수 있습니다(목록: {listed})"
                    ),
                }
            }
            (Match::Partly, Some(s)) if os.version.is_none() => match lang {
                Lang::En => format!("the OS version is not given; {} is listed", s.words()),
                Lang::Ko => format!("OS 버전이 없습니다. 목록: {}", s.words_in(lang)),
            },
            (Match::Partly, Some(s)) => {
                let (line, listed) = (os.label(), s.words_in(lang));
                match lang {
                    Lang::En => format!(
                        "{line} names a whole release line, which the list covers only in part ({listed} is listed)"
                    ),
                    Lang::Ko => format!(
                        "{line}은(는) 릴리스 계열 전체를 가리키며, 목록은 그 일부만 다룹니다(목록: {listed})"
                    ),
                }
            }
            (_, Some(s)) => match lang {
                Lang::En => format!("listed as {}", s.words()),
                Lang::Ko => format!("목록의 {}에 해당", s.words_in(lang)),
            },
            _ => String::new(),
        };
        e.why(why)
            .actual(os.raw.clone())
            .limit(specs(list, lang))
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
    lang: Lang,
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
                let product = crate::os::product_name(&s.product);
                match lang {
                    Lang::En => format!("{text:?} does not say which {product} version"),
                    Lang::Ko => format!("{text:?}에는 {product} 버전이 없습니다"),
                }
            }
            (Match::Yes, Some(s)) => match lang {
                Lang::En => format!("listed as {}", s.words()),
                Lang::Ko => format!("목록의 {}에 해당", s.words_in(lang)),
            },
            _ => String::new(),
        };
        e.why(why)
            .actual(text)
            .limit(specs(allowed, lang))
            .read(reading(field, text.into(), Some(src)))
    })
}

/// An OS the catalogue does not know, as an unknown says it.
pub(super) fn unrecognised(raw: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("the OS {raw:?} is not one the catalogue recognises"),
        Lang::Ko => format!("OS {raw:?}은(는) 카탈로그에서 알 수 없는 OS입니다"),
    }
}

/// The list in words, for messages (`{limit}`): `Windows Server 2016, Windows Server 2019`.
pub(super) fn specs(list: &[OsSpec], lang: Lang) -> String {
    list.iter()
        .map(|s| s.words_in(lang))
        .collect::<Vec<_>>()
        .join(", ")
}
