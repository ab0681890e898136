//! Several exports read as one estate, said out loud. Consultants get one RVTools export per
//! vCenter, and exports overlap: a VM moved between vCenters while they were exported, the same
//! vCenter exported twice, linked vCenters that both list a VM. Across files the same VM is
//! found once — by its VM UUID, else its instance UUID, else its name within one vCenter — and
//! kept as the machine its first file made; the later row is a skipped row in data quality
//! naming both sources (file, sheet, row), so rows in still equal rows out. Rows of one file
//! are never merged: one export lists a VM once, and two rows of one name there are the
//! duplicate names `table::mark_duplicates` reports.
//!
//! An SRM placeholder (a protected VM's stand-in at the recovery site) is no machine of its
//! own: the importer skips it as it skips templates, and when another file holds the protected
//! VM by that name, the record names where.

use std::collections::HashMap;
use std::sync::Arc;

use super::headers;
use super::imported::{DataQuality, Inventory, Issue};
use super::note::{NotAVm, Note, SameVm};
use crate::model::{Field, Machine};

/// A machine's identity values, the strongest first: (which, the value as compared).
fn identities(m: &Machine) -> Vec<(SameVm, String)> {
    let tag = |keys: &[&str]| {
        m.tags
            .iter()
            .find(|(h, v)| keys.contains(&headers::normalise(h).as_str()) && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_ascii_lowercase())
    };
    let mut out = Vec::with_capacity(3);
    if let Some(u) = tag(&["vmuuid"]) {
        out.push((SameVm::VmUuid, u));
    }
    if let Some(u) = tag(&["instanceuuid", "vminstanceuuid", "virtualmachineid"]) {
        out.push((SameVm::InstanceUuid, u));
    }
    if let Some(vc) = tag(&["visdkserver", "vcenter", "vcenterserver"]) {
        out.push((
            SameVm::NameAndVcenter,
            format!("{}@{vc}", m.name.trim().to_ascii_lowercase()),
        ));
    }
    out
}

/// The earlier machine (index) `m` is the same VM as, and by what: the first identity both
/// give decides. Two machines that both carry a VM UUID and differ in it are two VMs, whatever
/// their names; only when one of them lacks the stronger identity is the next one asked.
fn same_as(
    mine: &[(SameVm, String)],
    seen: &HashMap<(SameVm, String), usize>,
) -> Option<(usize, SameVm, String)> {
    mine.iter().find_map(|(kind, value)| {
        seen.get(&(*kind, value.clone()))
            .map(|&j| (j, *kind, value.clone()))
    })
}

/// Finds the VMs several files list, keeps each once, and names the placeholders whose
/// protected VM another file holds. Does nothing for one file.
pub fn merge_files(inv: &mut Inventory) {
    if inv.files.len() < 2 {
        return;
    }
    let ids: Vec<Vec<(SameVm, String)>> = inv.machines.iter().map(identities).collect();
    let mut seen: HashMap<(SameVm, String), usize> = HashMap::new();
    // (later machine, earlier machine, by what, the value)
    let mut merged: Vec<(usize, usize, SameVm, String)> = Vec::new();
    for (i, m) in inv.machines.iter().enumerate() {
        let found = same_as(&ids[i], &seen).filter(|(j, kind, _)| {
            let first = &inv.machines[*j];
            first.source.file != m.source.file
                // A stronger identity both carry and that differs says two VMs.
                && !ids[i].iter().any(|(k, v)| {
                    k < kind && ids[*j].iter().any(|(k2, v2)| k2 == k && v2 != v)
                })
        });
        match found {
            Some((j, kind, value)) => merged.push((i, j, kind, value)),
            None => {
                for key in &ids[i] {
                    seen.entry(key.clone()).or_insert(i);
                }
            }
        }
    }
    if !merged.is_empty() {
        let mut gone = vec![false; inv.machines.len()];
        for (i, j, by, value) in &merged {
            gone[*i] = true;
            let m = &inv.machines[*i];
            let first = inv.machines[*j].source.display();
            if let Some(sheet) = inv
                .sheets
                .iter_mut()
                .find(|s| s.file == m.source.file && s.sheet == m.source.sheet && s.machines > 0)
            {
                sheet.machines -= 1;
                sheet.skipped += 1;
            }
            inv.data_quality.push(DataQuality {
                issue: Issue::Skipped,
                file: m.source.file.clone(),
                sheet: m.source.sheet.clone(),
                cell: None,
                row: Some(m.source.row),
                machine: Some(m.name.clone()),
                field: Some(match by {
                    SameVm::NameAndVcenter => Field::Name,
                    _ => Field::VmUuid,
                }),
                raw: Some(value.clone()),
                message: Note::Merged {
                    first,
                    by: *by,
                    value: value.clone(),
                },
            });
        }
        let mut k = 0;
        inv.machines.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }
    name_protected_vms(inv);
}

/// A placeholder skipped in one file whose protected VM another file holds (same name): the
/// record says which machine stands for it.
fn name_protected_vms(inv: &mut Inventory) {
    let by_name: HashMap<String, (Arc<str>, String)> = inv
        .machines
        .iter()
        .map(|m| {
            (
                m.name.trim().to_ascii_lowercase(),
                (m.source.file.clone(), m.source.display()),
            )
        })
        .collect();
    for d in &mut inv.data_quality {
        let Note::NotAVm {
            name,
            why: NotAVm::SrmPlaceholder,
        } = &d.message
        else {
            continue;
        };
        if let Some((file, at)) = by_name.get(&name.trim().to_ascii_lowercase())
            && *file != d.file
        {
            d.message = Note::PlaceholderOf {
                name: name.clone(),
                protected: at.clone(),
            };
        }
    }
}

/// What merging did to one file's rows: machines found in an earlier file (by each kind of
/// identity) and placeholders whose protected VM is elsewhere. For `inspect`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FileMerge {
    pub by_vm_uuid: usize,
    pub by_instance_uuid: usize,
    pub by_name_and_vcenter: usize,
    pub placeholders: usize,
}

impl FileMerge {
    pub fn merged(&self) -> usize {
        self.by_vm_uuid + self.by_instance_uuid + self.by_name_and_vcenter
    }
}

/// Per file (in the order read), what merging did; files it did nothing to are left out.
pub fn per_file(inv: &Inventory) -> Vec<(Arc<str>, FileMerge)> {
    let mut out: Vec<(Arc<str>, FileMerge)> = Vec::new();
    for d in &inv.data_quality {
        let slot = |out: &mut Vec<(Arc<str>, FileMerge)>| -> usize {
            match out.iter().position(|(f, _)| *f == d.file) {
                Some(i) => i,
                None => {
                    out.push((d.file.clone(), FileMerge::default()));
                    out.len() - 1
                }
            }
        };
        match &d.message {
            Note::Merged { by, .. } => {
                let i = slot(&mut out);
                let f = &mut out[i].1;
                match by {
                    SameVm::VmUuid => f.by_vm_uuid += 1,
                    SameVm::InstanceUuid => f.by_instance_uuid += 1,
                    SameVm::NameAndVcenter => f.by_name_and_vcenter += 1,
                }
            }
            Note::PlaceholderOf { .. } => {
                let i = slot(&mut out);
                out[i].1.placeholders += 1;
            }
            _ => {}
        }
    }
    let order = |f: &Arc<str>| inv.files.iter().position(|x| **x == **f);
    out.sort_by_key(|(f, _)| order(f));
    out
}
