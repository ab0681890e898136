//! `disk-controller`: none of the machine's disks is attached to a forbidden controller (NVMe
//! disks not supported by agentless VMware migration; by Site Recovery for Linux machines).

use serde::Deserialize;

use super::super::{BadParams, Context, Eval, Kind, Outcome, Reading, gap, reading};
use crate::model::{Controller, Disk, Field, Lang, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskController {
    pub forbidden: Vec<Controller>,
}

/// `NVMe`, `IDE, SATA`: the controllers as the matrices name them (the same in Korean).
fn names(list: &[Controller]) -> String {
    list.iter()
        .map(|c| c.label())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `an NVMe controller`, `a SCSI controller`.
fn on_a(c: Controller) -> String {
    let article = match c {
        Controller::Ide | Controller::Nvme => "an",
        Controller::Sata | Controller::Scsi => "a",
    };
    format!("{article} {} controller", c.label())
}

fn disk_on(d: &Disk, c: Controller, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} is on {}", d.name_in(lang), on_a(c)),
        Lang::Ko => format!("{}은(는) {} 컨트롤러에 연결됨", d.name_in(lang), c.label()),
    }
}

fn controller_reading(d: &Disk, c: Controller, lang: Lang) -> Reading {
    reading(
        Field::DiskController,
        format!("{}: {}", d.name_in(lang), c.label()),
        d.source.as_ref(),
    )
}

impl Kind for DiskController {
    const NAME: &'static str = "disk-controller";
    const DOC: &'static str = "None of the machine's disks is attached to a `forbidden` \
        controller (`ide`, `sata`, `scsi`, `nvme`): from a per-disk sheet (RVTools vDisk's \
        `Controller`, a Hyper-V `ControllerType`), else from a machine-level `Disk controller` \
        column. A disk whose controller cell is blank or names no known bus makes the machine \
        unknown; no controller column at all, not evaluated.";
    const EXAMPLE: &'static str = r#"check = { kind = "disk-controller", forbidden = ["nvme"] }"#;
    const LIMIT: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        if self.forbidden.is_empty() {
            return Err("disk-controller: forbidden is empty".into());
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let forbidden = &self.forbidden;
        let lang = cx.lang;
        let limit = || match lang {
            Lang::En => format!("no disks on {} controllers", names(forbidden)),
            Lang::Ko => format!("{} 컨트롤러에 연결된 디스크 없음", names(forbidden)),
        };
        // A disk the inventory places on a forbidden controller: the first one, named.
        for d in &m.disks {
            if let Value::Known(c) = d.controller
                && forbidden.contains(&c)
            {
                let mut e = Eval::new(Outcome::Fail, "")
                    .actual(disk_on(d, c, lang))
                    .limit(limit())
                    .read(controller_reading(d, c, lang));
                e.disk = d.name_in(lang).into_owned();
                return e;
            }
        }
        // A machine-level column naming a forbidden controller.
        let machine = &m.disk_flags.controllers;
        if let Value::Known(set) = machine
            && let Some(c) = set.iter().find(|c| forbidden.contains(c))
        {
            return Eval::new(Outcome::Fail, "")
                .actual(match lang {
                    Lang::En => format!("a disk on {}", on_a(c)),
                    Lang::Ko => format!("{} 컨트롤러에 연결된 디스크 있음", c.label()),
                })
                .limit(limit())
                .read(reading(
                    Field::DiskController,
                    names(&set.iter().collect::<Vec<_>>()),
                    Some(&m.source),
                ));
        }
        // What cannot be told: a disk's blank or unreadable cell, then the machine's.
        let what = |d: &Disk| {
            format!(
                "{} {}",
                d.name_in(lang),
                Field::DiskController.label_in(lang)
            )
        };
        if let Some(d) = m
            .disks
            .iter()
            .find(|d| matches!(d.controller, Value::Empty | Value::Invalid(_)))
        {
            return gap(&d.controller, &what(d), full, lang).worded(full, |e| e.limit(limit()));
        }
        if let Value::Empty | Value::Invalid(_) = machine {
            return gap(machine, Field::DiskController.label_in(lang), full, lang)
                .worded(full, |e| e.limit(limit()));
        }
        let any_disk_known = m.disks.iter().any(|d| d.controller.is_known());
        if !machine.is_known() {
            if !any_disk_known {
                // No controller column anywhere in the inventory.
                return gap(
                    &Value::<()>::Absent,
                    Field::DiskController.label_in(lang),
                    full,
                    lang,
                );
            }
            // Some disks say and one does not (its sheet has no controller column): that
            // disk is not known to be off the forbidden bus.
            if let Some(d) = m.disks.iter().find(|d| d.controller.is_absent()) {
                return Eval::new(
                    Outcome::Unknown,
                    format!(
                        "{}: {}",
                        what(d),
                        d.controller.gap_in(lang).unwrap_or_default()
                    ),
                )
                .worded(full, |e| e.limit(limit()));
            }
        }
        Eval::new(Outcome::Pass, "").worded(full, |mut e| {
            e.limit = limit();
            e.readings = m
                .disks
                .iter()
                .filter_map(|d| {
                    d.controller
                        .known()
                        .map(|c| controller_reading(d, *c, lang))
                })
                .collect();
            if let Value::Known(set) = machine {
                e.readings.push(reading(
                    Field::DiskController,
                    names(&set.iter().collect::<Vec<_>>()),
                    Some(&m.source),
                ));
            }
            e
        })
    }
}
