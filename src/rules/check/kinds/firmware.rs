//! `firmware`: the boot firmware (BIOS or UEFI) is one of a list.

use serde::Deserialize;

use super::super::{
    BadParams, Context, Eval, Kind, Outcome, Quantity, Subject, Why, Wrong, gap, reading,
};
use crate::model::{Field, Firmware as Boot, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Firmware {
    pub allowed: Vec<Boot>,
}

impl Kind for Firmware {
    const NAME: &'static str = "firmware";
    const EXAMPLE: &'static str = r#"check = { kind = "firmware", allowed = ["bios"] }"#;

    fn validate(&self) -> Result<(), BadParams> {
        if self.allowed.is_empty() {
            return Err(BadParams::new(
                Self::NAME,
                Wrong::Empty { param: "allowed" },
            ));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        match m.effective_firmware() {
            Value::Known(f) => {
                let out = if self.allowed.contains(&f) {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, Why::None)
                    .actual(Quantity::Firmware(f))
                    .limit(Quantity::Limit)
                    .worded(full, |e| {
                        let field = if m.firmware.is_known() {
                            Field::Firmware
                        } else {
                            Field::Generation
                        };
                        e.read(reading(field, Quantity::Firmware(f), Some(&m.source)))
                    })
            }
            other => gap(&other, Subject::FirmwareOrGeneration),
        }
    }
}
