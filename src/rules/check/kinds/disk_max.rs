//! `disk-max`: every disk of a role is at most a size (Site Recovery's OS and data disk limits).

use serde::Deserialize;

use super::super::disks::{Role, disk_limit, role_size_ok};
use super::super::{Bound, Context, Eval, Kind};
use crate::model::{Disk, Machine};
use crate::rules::spec::Size;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskMax {
    pub role: Role,
    pub max: Size,
}

impl Kind for DiskMax {
    const NAME: &'static str = "disk-max";
    const EXAMPLE: &'static str = r#"check = { kind = "disk-max", role = "os", max = "2048 GB" }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        disk_limit(
            m,
            self.role,
            |s| s <= self.max.0,
            self.max,
            Bound::AtMost,
            full,
        )
    }

    fn disk_size_ok(&self, disk: &Disk) -> Option<Option<bool>> {
        role_size_ok(self.role, disk, |s| s <= self.max.0)
    }
}
