//! Disk checks: sizes by role, and disk kinds (shared, FC, RDM, …) from machine-level flags
//! and per-disk sheets.

use super::{Eval, Outcome, Reading, Role, gap, reading, show};
use crate::model::{Disk, DiskKind, DiskRole, Field, Machine, Value};
use crate::units::format_size;

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

pub(super) fn disk_reading(d: &Disk) -> Reading {
    let field = match d.role {
        DiskRole::Os => Field::OsDisk,
        DiskRole::Data => Field::DataDisk,
    };
    Reading {
        field,
        value: format!(
            "{}: {}",
            d.name,
            show(&d.size_bytes.clone().map(format_size))
        ),
        source: d.source.clone(),
        column_hint: None,
    }
}

/// Size limits over the disks of a role. Fails on the largest offender. A pass is worded, and
/// every disk's reading kept, only when `full` asks (explain): most machines pass most size
/// rules, and formatting every disk of every machine for four matrices was a fifth of the
/// evaluation.
pub(super) fn disk_limit(
    m: &Machine,
    role: Role,
    ok: impl Fn(u64) -> bool,
    limit: &dyn std::fmt::Display,
    words: &str,
    full: bool,
) -> Eval {
    let disks = disks_of(m, role);
    let what = match role {
        Role::Os => "the OS disk size",
        Role::Data => "data disk sizes",
        Role::Any => "disk sizes",
    };
    // No disk of the role listed: is that "none" or "not in the inventory"?
    if disks.is_empty() {
        let coverage = match role {
            Role::Os => Value::Absent,
            _ => m.disk_sizes.clone(),
        };
        return match coverage {
            Value::Known(()) => Eval::new(Outcome::Pass, "").worded(full, |e| {
                e.why("no disks of this role listed")
                    .limit(limit.to_string())
            }),
            other => gap(&other, what, full).worded(full, |e| e.limit(limit.to_string())),
        };
    }
    let mut worst: Option<(&Disk, u64)> = None;
    let mut unknown: Option<String> = None;
    for d in &disks {
        match &d.size_bytes {
            Value::Known(s) if !ok(*s) => {
                if worst.is_none_or(|(_, w)| *s > w) {
                    worst = Some((d, *s));
                }
            }
            Value::Known(_) => {}
            other => {
                unknown.get_or_insert_with(|| {
                    format!("{}: {}", d.name, other.gap().unwrap_or_default())
                });
            }
        }
    }
    if role == Role::Data
        && let Value::Empty | Value::Invalid(_) = m.disk_sizes
    {
        unknown.get_or_insert_with(|| {
            format!(
                "data disk sizes: {}",
                m.disk_sizes.gap().unwrap_or_default()
            )
        });
    }
    if !full && worst.is_none() && unknown.is_none() {
        return Eval::new(Outcome::Pass, "");
    }
    let largest = disks
        .iter()
        .filter_map(|d| d.size_bytes.known().copied())
        .max();
    let mut e = match (worst, unknown) {
        (Some((d, s)), _) => {
            let mut e = Eval::new(Outcome::Fail, "").actual(format_size(s));
            e.disk = d.name.to_string();
            e
        }
        (None, Some(why)) => Eval::new(Outcome::Unknown, why),
        (None, None) => Eval::new(Outcome::Pass, format!("every disk {words} the limit"))
            .actual(largest.map(format_size).unwrap_or_default()),
    };
    e.limit = limit.to_string();
    e.readings = disks.iter().map(|d| disk_reading(d)).collect();
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

pub(super) fn disk_kinds(m: &Machine, forbidden: &[DiskKind], full: bool) -> Eval {
    let limit = || format!("no {} disks", kinds(forbidden));
    for d in &m.disks {
        let hit = d
            .features
            .iter()
            .chain(d.kind.known().copied())
            .find(|k| forbidden.contains(k));
        if let Some(k) = hit {
            let mut e = Eval::new(Outcome::Fail, "")
                .actual(format!("{} is {}", d.name, kind_name(k)))
                .limit(limit());
            e.disk = d.name.to_string();
            e.readings.push(Reading {
                field: Field::DiskLabel,
                value: format!("{}: {}", d.name, kind_name(k)),
                source: d.source.clone(),
                column_hint: None,
            });
            return e;
        }
    }
    let mut gaps = Vec::new();
    // Kinds read as absent ("no"), worded as readings only if the answer is.
    let mut clear = Vec::new();
    for k in forbidden {
        let Some(v) = flag_of(m, *k) else { continue };
        // RDM is VMware's word for a pass-through disk: a file that answers one (vDisk's Raw
        // column) and has no column for the other has answered both.
        let twin = match k {
            DiskKind::PassThrough => Some(DiskKind::Rdm),
            DiskKind::Rdm => Some(DiskKind::PassThrough),
            _ => None,
        };
        if v.is_absent()
            && twin.is_some_and(|t| {
                forbidden.contains(&t) && flag_of(m, t).is_some_and(|v| !v.is_absent())
            })
        {
            continue;
        }
        match v {
            Value::Known(true) => {
                return Eval::new(Outcome::Fail, "")
                    .actual(format!("{} disk present", kind_name(*k)))
                    .limit(limit())
                    .read(reading(field_of(*k), "yes".into(), Some(&m.source)));
            }
            Value::Known(false) => clear.push(*k),
            other => gaps.push((k, other)),
        }
    }
    let e = if let Some((k, v)) = gaps.iter().find(|(_, v)| !v.is_absent()) {
        gap(*v, field_of(**k).label(), full)
    } else if let Some((k, v)) = gaps.first() {
        gap(*v, field_of(**k).label(), full)
    } else {
        Eval::new(Outcome::Pass, "")
    };
    e.worded(full, |mut e| {
        e.limit = limit();
        e.readings = clear
            .iter()
            .map(|k| reading(field_of(*k), "no".into(), Some(&m.source)))
            .collect();
        e
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

pub(super) fn kinds(list: &[DiskKind]) -> String {
    list.iter()
        .map(|k| kind_name(*k))
        .collect::<Vec<_>>()
        .join(", ")
}

impl super::Check {
    /// For a disk-size rule whose role covers `disk`: whether this one disk is within it
    /// (`None` inside: its size is not known). Not a disk-size rule: `None`.
    pub fn disk_size_ok(&self, disk: &Disk) -> Option<Option<bool>> {
        let covers = |role: Role| match role {
            Role::Any => true,
            Role::Os => disk.role == DiskRole::Os,
            Role::Data => disk.role == DiskRole::Data,
        };
        let size = disk.size_bytes.known().copied();
        match self {
            super::Check::DiskMax { role, max } if covers(*role) => Some(size.map(|s| s <= max.0)),
            super::Check::DiskMin { role, min, strict } if covers(*role) => {
                Some(size.map(|s| if *strict { s > min.0 } else { s >= min.0 }))
            }
            _ => None,
        }
    }
}
