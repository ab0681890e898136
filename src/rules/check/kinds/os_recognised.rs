//! `os-recognised`: the guest OS is one the catalogue knows (Azure Migrate's "unknown OS").

use serde::Deserialize;

use super::super::{Context, Eval, Kind, Outcome, Quantity, Subject, Why, gap, reading};
use crate::model::{Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OsRecognised {}

impl Kind for OsRecognised {
    const NAME: &'static str = "os-recognised";
    const EXAMPLE: &'static str = r#"check = { kind = "os-recognised" }"#;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        match &m.os {
            Value::Known(os) if os.product == "other" => {
                Eval::new(Outcome::Unknown, Why::OsUnrecognised)
                    .actual(Quantity::Os)
                    .read(reading(m.os_field(), Quantity::Os, Some(&m.source)))
            }
            Value::Known(_) => Eval::new(Outcome::Pass, Why::None)
                .actual(Quantity::Os)
                .worded(full, |e| {
                    e.read(reading(m.os_field(), Quantity::Os, Some(&m.source)))
                }),
            other => gap(other, Subject::GuestOs),
        }
    }
}
