//! `free-space`: at least so much free space on the partition that holds a path (`/`, `/tmp`,
//! `/boot`, `C:\`), as the AWS Replication Agent's installation requirements ask. The
//! partition is the one mounted at the path, else the one whose mount point is the longest
//! leading part of it (`/tmp` on `/` when it has no partition of its own).

use serde::Deserialize;

use super::super::{
    BadParams, Context, Eval, Kind, Outcome, Quantity, Subject, Why, Wrong, gap, reading,
};
use crate::model::{Field, Machine, Refusal, Value};
use crate::rules::spec::Size;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeSpace {
    /// The path whose partition is looked at (`/`, `/tmp`, `/boot`, `C:\`).
    pub path: String,
    pub min: Size,
}

impl Kind for FreeSpace {
    const NAME: &'static str = "free-space";
    const EXAMPLE: &'static str = r#"check = { kind = "free-space", path = "/", min = "2 GB" }"#;
    const LIMIT: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        if self.path.trim().is_empty() {
            return Err(BadParams::new(Self::NAME, Wrong::Empty { param: "path" }));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let what = Subject::Field(Field::PartitionFree);
        let Value::Known(_) = &m.partitions else {
            return gap(&m.partitions, what);
        };
        // No partition holds the path (the VM has no vPartition rows: powered off, no tools).
        let Some(p) = m.partition_holding(&self.path) else {
            let none = Value::<()>::invalid(self.path.clone(), Refusal::NoPartition);
            return gap(&none, what);
        };
        match &p.free {
            Value::Known(b) => {
                let out = if *b >= self.min.0 {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, Why::None)
                    .actual(Quantity::Bytes(*b))
                    .limit(Quantity::Size(self.min))
                    .worded(full, |e| {
                        let src = p.source.as_ref().or(Some(&m.source));
                        // vPartition names the mount point in a cell; a typed table's header
                        // names it.
                        let e = if p.field == Field::PartitionFree {
                            e.read(reading(
                                Field::DiskLabel,
                                Quantity::Text(p.mount.clone()),
                                src,
                            ))
                        } else {
                            e
                        };
                        e.read(reading(p.field, Quantity::Bytes(*b), src))
                    })
            }
            other => gap(other, what),
        }
    }

    fn rest(&self) -> String {
        format!("{} >= {}", self.path, self.min)
    }
}
