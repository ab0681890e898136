//! `churn-max`: average churn, per disk or per VM, within the table's limit for the replica
//! storage (and the disk's size and I/O size, when the row depends on them).

use serde::Deserialize;

use super::super::dr::{ChurnLimit, ChurnPer, churn_gap, churn_outcome, rate_reading, rows};
use super::super::{Context, Eval, Kind, Outcome, Quantity, Why, disk_index};
use crate::model::{Disk, Field, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChurnMax {
    pub per: ChurnPer,
    pub limits: Vec<ChurnLimit>,
}

impl Kind for ChurnMax {
    const NAME: &'static str = "churn-max";
    const EXAMPLE: &'static str = r#"check = { kind = "churn-max", per = "vm", limits = [{ storage = "premium", max = "20 MB/s" }] }"#;
    const DR: bool = true;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let (ctx, per, limits) = (cx.dr, self.per, &self.limits[..]);
        let vm = &m.dr.churn_mb_s;
        match per {
            // The machine's own figure, else the sum of its disks' (per-disk write throughput).
            ChurnPer::Vm => match m.average_churn() {
                Some(c) => {
                    let rows = rows(limits, ctx.storage, None);
                    let (out, why) = churn_outcome(c, true, &rows);
                    Eval::new(out, why)
                        .actual(Quantity::Rate(c))
                        .limit(Quantity::ChurnLimit {
                            storage: ctx.storage,
                            disk_size: None,
                            per_disk: false,
                        })
                        .worded(full, |e| e.read(rate_reading(m, Field::Churn, c)))
                }
                None => churn_gap(vm, Field::Churn),
            },
            ChurnPer::Disk => {
                let per_disk: Vec<(&Disk, f64)> = m
                    .disks
                    .iter()
                    .filter_map(|d| d.churn_mb_s.known().map(|c| (d, *c)))
                    .collect();
                let (figures, exact): (Vec<(Option<&Disk>, f64)>, bool) = if !per_disk.is_empty() {
                    (per_disk.iter().map(|(d, c)| (Some(*d), *c)).collect(), true)
                } else {
                    match vm {
                        // One disk: the machine's churn is the disk's. Several: a bound only.
                        Value::Known(c) => (vec![(m.disks.first(), *c)], m.disks.len() <= 1),
                        other => return churn_gap(other, Field::Churn),
                    }
                };
                let rank = |o: Outcome| match o {
                    Outcome::Fail => 3,
                    Outcome::Unknown => 2,
                    _ => 1,
                };
                let mut worst: Option<(Outcome, Why, Option<u64>, Option<&Disk>, f64)> = None;
                for (d, c) in &figures {
                    let size = d.and_then(|d| d.size_bytes.known().copied());
                    let rows = rows(limits, ctx.storage, size);
                    let (out, why) = churn_outcome(*c, exact, &rows);
                    if worst.as_ref().is_none_or(|w| rank(out) > rank(w.0)) {
                        worst = Some((out, why, size, *d, *c));
                    }
                }
                let Some((out, why, size, disk, c)) = worst else {
                    return churn_gap(vm, Field::Churn);
                };
                let mut e =
                    Eval::new(out, why)
                        .actual(Quantity::Rate(c))
                        .limit(Quantity::ChurnLimit {
                            storage: ctx.storage,
                            disk_size: size,
                            per_disk: true,
                        });
                e.disk = disk.map(|d| disk_index(m, d));
                e.worded(full, |mut e| {
                    e.readings = figures
                        .iter()
                        .map(|(d, c)| {
                            let field = match (exact && !per_disk.is_empty(), d.map(|d| d.role)) {
                                (true, Some(crate::model::DiskRole::Os)) => Field::OsDiskChurn,
                                (true, Some(crate::model::DiskRole::Data)) => Field::DataDiskChurn,
                                _ => Field::Churn,
                            };
                            let mut r = rate_reading(m, field, *c);
                            if let Some(d) = d {
                                r.value = Quantity::DiskRate {
                                    disk: disk_index(m, d),
                                    rate: *c,
                                };
                            }
                            r
                        })
                        .collect();
                    e
                })
            }
        }
    }
}
