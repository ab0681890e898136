//! What the disk kinds share: the disks of a role, a size limit over them, and the disk kinds
//! (shared, FC, RDM, …) from machine-level flags and per-disk sheets.

use serde::Deserialize;

use super::{Bound, Eval, Outcome, Quantity, Reading, Subject, Why, disk_index, gap, state};
use crate::model::{Disk, DiskKind, DiskRole, Field, Machine, Value};
use crate::rules::spec::Size;

/// Which disks a size rule covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Os,
    Data,
    Any,
}

pub(super) fn disks_of(m: &Machine, role: Role) -> Vec<&Disk> {
    m.disks
        .iter()
        .filter(|d| match role {
            Role::Any => true,
            Role::Os => d.role == DiskRole::Os,
            Role::Data => d.role == DiskRole::Data,
        })
        .collect()
}

pub(super) fn disk_reading(m: &Machine, d: &Disk) -> Reading {
    let field = match d.role {
        DiskRole::Os => Field::OsDisk,
        DiskRole::Data => Field::DataDisk,
    };
    Reading {
        field,
        value: Quantity::DiskSize(disk_index(m, d)),
        source: d.source.clone(),
        column_hint: None,
    }
}

/// Size limits over the disks of a role. Fails on the largest offender. Every disk's reading
/// is kept only when `full` asks (explain) or the rule fails or cannot tell: most machines
/// pass most size rules. `bound` is how a disk within the limit stands to it.
pub(super) fn disk_limit(
    m: &Machine,
    role: Role,
    ok: impl Fn(u64) -> bool,
    limit: Size,
    bound: Bound,
    full: bool,
) -> Eval {
    let disks = disks_of(m, role);
    let limit = Quantity::Size(limit);
    // No disk of the role listed: is that "none" or "not in the inventory"?
    if disks.is_empty() {
        let coverage = match role {
            Role::Os => Value::Absent,
            _ => m.disk_sizes.clone(),
        };
        return match coverage {
            Value::Known(()) => Eval::new(Outcome::Pass, Why::NoDisksOfRole).limit(limit),
            other => gap(&other, Subject::DiskSizes(role)).limit(limit),
        };
    }
    let mut worst: Option<(&Disk, u64)> = None;
    let mut unknown: Option<Why> = None;
    for d in &disks {
        match &d.size_bytes {
            Value::Known(s) if !ok(*s) => {
                if worst.is_none_or(|(_, w)| *s > w) {
                    worst = Some((d, *s));
                }
            }
            Value::Known(_) => {}
            other => {
                unknown
                    .get_or_insert_with(|| Why::Gap(Subject::Disk(disk_index(m, d)), state(other)));
            }
        }
    }
    if role == Role::Data
        && let Value::Empty | Value::Invalid(_) = m.disk_sizes
    {
        unknown
            .get_or_insert_with(|| Why::Gap(Subject::Field(Field::DataDisk), state(&m.disk_sizes)));
    }
    if !full && worst.is_none() && unknown.is_none() {
        return Eval::new(Outcome::Pass, Why::None);
    }
    let largest = disks
        .iter()
        .filter_map(|d| d.size_bytes.known().copied())
        .max();
    let mut e = match (worst, unknown) {
        (Some((d, s)), _) => {
            let mut e = Eval::new(Outcome::Fail, Why::None).actual(Quantity::Bytes(s));
            e.disk = Some(disk_index(m, d));
            e
        }
        (None, Some(why)) => Eval::new(Outcome::Unknown, why),
        (None, None) => Eval::new(Outcome::Pass, Why::EveryDisk(bound))
            .actual(largest.map_or(Quantity::None, Quantity::Bytes)),
    };
    e.limit = limit;
    e.readings = disks.iter().map(|d| disk_reading(m, d)).collect();
    e
}

pub(super) fn flag_of(m: &Machine, k: DiskKind) -> Option<&Value<bool>> {
    let f = &m.disk_flags;
    Some(match k {
        DiskKind::Shared => &f.shared,
        DiskKind::Fc => &f.fc,
        DiskKind::PassThrough => &f.pass_through,
        DiskKind::Rdm => &f.rdm,
        DiskKind::Iscsi => &f.iscsi,
        DiskKind::Independent => &f.independent,
        DiskKind::Vhd | DiskKind::Vhdx | DiskKind::Vmdk => return None,
    })
}

pub(super) fn field_of(k: DiskKind) -> Field {
    match k {
        DiskKind::Shared => Field::SharedDisk,
        DiskKind::Fc => Field::FcDisk,
        DiskKind::PassThrough => Field::PassThrough,
        DiskKind::Rdm => Field::Rdm,
        DiskKind::Iscsi => Field::Iscsi,
        DiskKind::Independent => Field::IndependentDisk,
        _ => Field::DiskLabel,
    }
}

pub fn kind_name(k: DiskKind) -> &'static str {
    match k {
        DiskKind::Vhd => "VHD",
        DiskKind::Vhdx => "VHDX",
        DiskKind::Vmdk => "VMDK",
        DiskKind::Rdm => "RDM",
        DiskKind::PassThrough => "pass-through",
        DiskKind::Shared => "shared",
        DiskKind::Iscsi => "iSCSI",
        DiskKind::Fc => "Fibre Channel",
        DiskKind::Independent => "independent",
    }
}

/// For a size rule over `role`: whether this one disk is within it (`None` inside: its size
/// is not known); `None` when the role does not cover the disk.
pub(super) fn role_size_ok(
    role: Role,
    disk: &Disk,
    ok: impl Fn(u64) -> bool,
) -> Option<Option<bool>> {
    let covers = match role {
        Role::Any => true,
        Role::Os => disk.role == DiskRole::Os,
        Role::Data => disk.role == DiskRole::Data,
    };
    covers.then(|| disk.size_bytes.known().map(|s| ok(*s)))
}
