//! `os-recognised`: the guest OS is one the catalogue knows (Azure Migrate's "unknown OS").

use serde::Deserialize;

use super::super::software::unrecognised;
use super::super::{Context, Eval, Kind, Outcome, gap, reading};
use crate::model::{Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OsRecognised {}

impl Kind for OsRecognised {
    const NAME: &'static str = "os-recognised";
    const DOC: &'static str = "The guest OS string is one the catalogue recognises (not \
        `other`); an unrecognised one is unknown, with the string quoted.";
    const EXAMPLE: &'static str = r#"check = { kind = "os-recognised" }"#;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        match &m.os {
            Value::Known(os) if os.product == "other" => {
                Eval::new(Outcome::Unknown, unrecognised(&os.raw, cx.lang))
                    .actual(os.raw.clone())
                    .read(reading(m.os_field(), os.raw.clone(), Some(&m.source)))
            }
            Value::Known(os) => Eval::new(Outcome::Pass, "").worded(full, |e| {
                e.actual(os.raw.clone()).read(reading(
                    m.os_field(),
                    os.raw.clone(),
                    Some(&m.source),
                ))
            }),
            other => gap(
                other,
                cx.lang.pick("the guest OS", "게스트 OS"),
                full,
                cx.lang,
            ),
        }
    }
}
