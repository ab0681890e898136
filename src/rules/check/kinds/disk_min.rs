//! `disk-min`: every disk of a role is at least (or larger than) a size.

use serde::Deserialize;

use super::super::disks::{Role, disk_limit, role_size_ok};
use super::super::{Bound, Context, Eval, Kind};
use crate::model::{Disk, Machine};
use crate::rules::spec::Size;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskMin {
    pub role: Role,
    pub min: Size,
    /// Larger than `min`, not at least.
    #[serde(default)]
    pub strict: bool,
}

impl DiskMin {
    fn ok(&self, s: u64) -> bool {
        if self.strict {
            s > self.min.0
        } else {
            s >= self.min.0
        }
    }
    fn bound(&self) -> Bound {
        if self.strict {
            Bound::Above
        } else {
            Bound::AtLeast
        }
    }
}

impl Kind for DiskMin {
    const NAME: &'static str = "disk-min";
    const EXAMPLE: &'static str =
        r#"check = { kind = "disk-min", role = "any", min = "1024 MB", strict = true }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        disk_limit(m, self.role, |s| self.ok(s), self.min, self.bound(), full)
    }

    fn disk_size_ok(&self, disk: &Disk) -> Option<Option<bool>> {
        role_size_ok(self.role, disk, |s| self.ok(s))
    }
}
