//! `firmware`: the boot firmware (BIOS or UEFI) is one of a list.

use serde::Deserialize;

use super::super::{BadParams, Context, Eval, Kind, Outcome, either, gap, reading};
use crate::model::{Field, Firmware as Boot, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Firmware {
    pub allowed: Vec<Boot>,
}

impl Kind for Firmware {
    const NAME: &'static str = "firmware";
    const DOC: &'static str = "The boot firmware is one of `allowed` (`bios`, `uefi`): from a \
        firmware column, else from the Hyper-V generation (1 is BIOS, 2 is UEFI).";
    const EXAMPLE: &'static str = r#"check = { kind = "firmware", allowed = ["bios"] }"#;

    fn validate(&self) -> Result<(), BadParams> {
        if self.allowed.is_empty() {
            return Err("firmware: allowed is empty".into());
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let names = || {
            either(
                self.allowed.iter().map(|f| f.as_str().to_uppercase()),
                cx.lang,
            )
        };
        match m.effective_firmware() {
            Value::Known(f) => {
                let out = if self.allowed.contains(&f) {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, "").worded(full, |e| {
                    let field = if m.firmware.is_known() {
                        Field::Firmware
                    } else {
                        Field::Generation
                    };
                    e.actual(f.as_str().to_uppercase())
                        .limit(names())
                        .read(reading(field, f.as_str().to_uppercase(), Some(&m.source)))
                })
            }
            other => gap(
                &other,
                cx.lang.pick("firmware or generation", "펌웨어 또는 세대"),
                full,
                cx.lang,
            ),
        }
    }
}
