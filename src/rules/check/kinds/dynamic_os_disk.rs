//! `dynamic-os-disk`: whether the OS disk may be a dynamic (not basic) disk.

use serde::Deserialize;

use super::super::{Context, Eval, Kind, flag};
use crate::model::{Field, Machine};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DynamicOsDisk {
    pub allowed: bool,
}

impl Kind for DynamicOsDisk {
    const NAME: &'static str = "dynamic-os-disk";
    const EXAMPLE: &'static str = r#"check = { kind = "dynamic-os-disk", allowed = false }"#;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        flag(
            &m.disk_flags.dynamic_os_disk,
            self.allowed,
            Field::DiskType,
            &m.source,
            full,
        )
    }
}
