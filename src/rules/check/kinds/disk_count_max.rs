//! `disk-count-max`: at most so many disks (data disks, or every disk with the OS disk).

use serde::Deserialize;

use super::super::{Context, Eval, Kind, Outcome, Quantity, Subject, Why, gap, reading};
use crate::model::{Field, Machine, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CountRole {
    /// Data disks only.
    Data,
    /// Every disk, the OS disk included.
    All,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskCountMax {
    pub role: CountRole,
    pub max: u32,
}

impl Kind for DiskCountMax {
    const NAME: &'static str = "disk-count-max";
    const EXAMPLE: &'static str = r#"check = { kind = "disk-count-max", role = "data", max = 64 }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let count = m.effective_data_disk_count();
        let Value::Known(data) = count else {
            return gap(&count, Subject::DataDiskCount);
        };
        let n = match self.role {
            CountRole::Data => data,
            CountRole::All => data + 1,
        };
        let out = if n <= self.max {
            Outcome::Pass
        } else {
            Outcome::Fail
        };
        Eval::new(out, Why::None)
            .actual(Quantity::Count(n))
            .limit(Quantity::Count(self.max))
            .worded(full, |e| {
                let mut r = reading(Field::DataDiskCount, Quantity::Count(data), Some(&m.source));
                if !m.data_disk_count.is_known() {
                    r.value = Quantity::CountListed(data);
                    r.column_hint = Some(Field::DataDisk);
                }
                e.read(r)
            })
    }
}
