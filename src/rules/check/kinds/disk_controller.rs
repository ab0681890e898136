//! `disk-controller`: none of the machine's disks is attached to a forbidden controller (NVMe
//! disks not supported by agentless VMware migration; by Site Recovery for Linux machines).

use serde::Deserialize;

use super::super::{
    BadParams, Context, Eval, Kind, Outcome, Quantity, Reading, Subject, Why, Wrong, disk_index,
    gap, reading,
};
use crate::model::{Controller, Disk, Field, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskController {
    pub forbidden: Vec<Controller>,
}

fn controller_reading(d: &Disk, disk: u16, c: Controller) -> Reading {
    reading(
        Field::DiskController,
        Quantity::DiskController {
            disk,
            controller: c,
        },
        d.source.as_ref(),
    )
}

impl Kind for DiskController {
    const NAME: &'static str = "disk-controller";
    const EXAMPLE: &'static str = r#"check = { kind = "disk-controller", forbidden = ["nvme"] }"#;
    const LIMIT: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        if self.forbidden.is_empty() {
            return Err(BadParams::new(
                Self::NAME,
                Wrong::Empty { param: "forbidden" },
            ));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let forbidden = &self.forbidden;
        // A disk the inventory places on a forbidden controller: the first one, named.
        for (i, d) in m.disks.iter().enumerate() {
            if let Value::Known(c) = d.controller
                && forbidden.contains(&c)
            {
                let disk = u16::try_from(i).unwrap_or(u16::MAX);
                let mut e = Eval::new(Outcome::Fail, Why::None)
                    .actual(Quantity::DiskOn {
                        disk,
                        controller: c,
                    })
                    .limit(Quantity::Limit)
                    .read(controller_reading(d, disk, c));
                e.disk = Some(disk);
                return e;
            }
        }
        // A machine-level column naming a forbidden controller.
        let machine = &m.disk_flags.controllers;
        if let Value::Known(set) = machine
            && let Some(c) = set.iter().find(|c| forbidden.contains(c))
        {
            return Eval::new(Outcome::Fail, Why::None)
                .actual(Quantity::MachineOn(c))
                .limit(Quantity::Limit)
                .read(reading(
                    Field::DiskController,
                    Quantity::Controllers,
                    Some(&m.source),
                ));
        }
        // What cannot be told: a disk's blank or unreadable cell, then the machine's.
        let what = |d: &Disk| Subject::DiskField(disk_index(m, d), Field::DiskController);
        if let Some(d) = m
            .disks
            .iter()
            .find(|d| matches!(d.controller, Value::Empty | Value::Invalid(_)))
        {
            return gap(&d.controller, what(d)).limit(Quantity::Limit);
        }
        if let Value::Empty | Value::Invalid(_) = machine {
            return gap(machine, Subject::Field(Field::DiskController)).limit(Quantity::Limit);
        }
        let any_disk_known = m.disks.iter().any(|d| d.controller.is_known());
        if !machine.is_known() {
            if !any_disk_known {
                // No controller column anywhere in the inventory.
                return gap(&Value::<()>::Absent, Subject::Field(Field::DiskController));
            }
            // Some disks say and one does not (its sheet has no controller column): that
            // disk is not known to be off the forbidden bus.
            if let Some(d) = m.disks.iter().find(|d| d.controller.is_absent()) {
                return Eval::new(Outcome::Unknown, Why::Gap(what(d), Value::Absent))
                    .limit(Quantity::Limit);
            }
        }
        Eval::new(Outcome::Pass, Why::None)
            .limit(Quantity::Limit)
            .worded(full, |mut e| {
                e.readings = m
                    .disks
                    .iter()
                    .enumerate()
                    .filter_map(|(i, d)| {
                        let disk = u16::try_from(i).unwrap_or(u16::MAX);
                        d.controller
                            .known()
                            .map(|c| controller_reading(d, disk, *c))
                    })
                    .collect();
                if let Value::Known(_) = machine {
                    e.readings.push(reading(
                        Field::DiskController,
                        Quantity::Controllers,
                        Some(&m.source),
                    ));
                }
                e
            })
    }
}
