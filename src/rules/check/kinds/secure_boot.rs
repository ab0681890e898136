//! `secure-boot`: whether secure boot may be on.

use serde::Deserialize;

use super::super::{Context, Eval, Kind, flag};
use crate::model::{Field, Machine};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecureBoot {
    pub allowed: bool,
}

impl Kind for SecureBoot {
    const NAME: &'static str = "secure-boot";
    const EXAMPLE: &'static str = r#"check = { kind = "secure-boot", allowed = false }"#;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        flag(
            &m.secure_boot,
            self.allowed,
            Field::SecureBoot,
            &m.source,
            full,
        )
    }
}
