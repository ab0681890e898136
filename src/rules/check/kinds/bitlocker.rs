//! `bitlocker`: whether BitLocker (or other guest disk encryption) may be on.

use serde::Deserialize;

use super::super::{Context, Eval, Kind, flag};
use crate::model::{Field, Machine};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bitlocker {
    pub allowed: bool,
}

impl Kind for Bitlocker {
    const NAME: &'static str = "bitlocker";
    const EXAMPLE: &'static str = r#"check = { kind = "bitlocker", allowed = false }"#;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        flag(
            &m.bitlocker,
            self.allowed,
            Field::BitLocker,
            &m.source,
            full,
        )
    }
}
