//! What the disk kinds share: the disks of a role, a size limit over them, and the disk kinds
//! (shared, FC, RDM, …) from machine-level flags and per-disk sheets, in words.

use serde::Deserialize;

use super::{Eval, Outcome, Reading, gap, show};
use crate::model::{Disk, DiskKind, DiskRole, Field, Lang, Machine, Value};
use crate::units::format_size;

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

pub(super) fn disk_reading(d: &Disk, lang: Lang) -> Reading {
    let field = match d.role {
        DiskRole::Os => Field::OsDisk,
        DiskRole::Data => Field::DataDisk,
    };
    Reading {
        field,
        value: format!(
            "{}: {}",
            d.name_in(lang),
            show(&d.size_bytes.clone().map(format_size), lang)
        ),
        source: d.source.clone(),
        column_hint: None,
    }
}

/// Size limits over the disks of a role. Fails on the largest offender. A pass is worded, and
/// every disk's reading kept, only when `full` asks (explain): most machines pass most size
/// rules, and formatting every disk of every machine for four matrices was a fifth of the
/// evaluation. `words` is how a disk within the limit stands to it (`at most`), in English
/// and Korean.
pub(super) fn disk_limit(
    m: &Machine,
    role: Role,
    ok: impl Fn(u64) -> bool,
    limit: &dyn std::fmt::Display,
    words: (&str, &str),
    full: bool,
    lang: Lang,
) -> Eval {
    let disks = disks_of(m, role);
    let what = match (role, lang) {
        (Role::Os, Lang::En) => "the OS disk size",
        (Role::Data, Lang::En) => "data disk sizes",
        (Role::Any, Lang::En) => "disk sizes",
        (Role::Os, Lang::Ko) => "OS 디스크 크기",
        (Role::Data, Lang::Ko) => "데이터 디스크 크기",
        (Role::Any, Lang::Ko) => "디스크 크기",
    };
    // No disk of the role listed: is that "none" or "not in the inventory"?
    if disks.is_empty() {
        let coverage = match role {
            Role::Os => Value::Absent,
            _ => m.disk_sizes.clone(),
        };
        return match coverage {
            Value::Known(()) => Eval::new(Outcome::Pass, "").worded(full, |e| {
                e.why(lang.pick(
                    "no disks of this role listed",
                    "이 역할의 디스크가 목록에 없습니다",
                ))
                .limit(limit.to_string())
            }),
            other => gap(&other, what, full, lang).worded(full, |e| e.limit(limit.to_string())),
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
                    format!(
                        "{}: {}",
                        d.name_in(lang),
                        other.gap_in(lang).unwrap_or_default()
                    )
                });
            }
        }
    }
    if role == Role::Data
        && let Value::Empty | Value::Invalid(_) = m.disk_sizes
    {
        unknown.get_or_insert_with(|| {
            format!(
                "{}: {}",
                Field::DataDisk.label_in(lang),
                m.disk_sizes.gap_in(lang).unwrap_or_default()
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
            e.disk = d.name_in(lang).into_owned();
            e
        }
        (None, Some(why)) => Eval::new(Outcome::Unknown, why),
        (None, None) => Eval::new(
            Outcome::Pass,
            match lang {
                Lang::En => format!("every disk {} the limit", words.0),
                Lang::Ko => format!("모든 디스크가 한도 {}", words.1),
            },
        )
        .actual(largest.map(format_size).unwrap_or_default()),
    };
    e.limit = limit.to_string();
    e.readings = disks.iter().map(|d| disk_reading(d, lang)).collect();
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

/// A disk kind as a reader says it.
pub fn kind_name_in(k: DiskKind, lang: Lang) -> &'static str {
    match (k, lang) {
        (DiskKind::PassThrough, Lang::Ko) => "통과",
        (DiskKind::Shared, Lang::Ko) => "공유",
        (DiskKind::Independent, Lang::Ko) => "독립",
        (k, _) => kind_name(k),
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

pub(super) fn kinds(list: &[DiskKind], lang: Lang) -> String {
    list.iter()
        .map(|k| kind_name_in(*k, lang))
        .collect::<Vec<_>>()
        .join(", ")
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
