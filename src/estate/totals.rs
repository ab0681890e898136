//! The estate's totals and breakdowns, as a consultant's first pivot gives them: machines,
//! vCPU, memory, provisioned and in-use storage, OS products and versions with their support
//! phase on the day assessed, powered on and off, templates; by cluster, datacenter and
//! folder; and over-commit of the hosts a host sheet lists (vCPU per physical core, memory
//! given over memory held). A total the inventory has no column for is `None`: not
//! evaluated, never zero; a blank cell is counted as unknown beside the total.

use std::collections::BTreeMap;

use crate::inventory::{Inventory, Issue, Note};
use crate::lifecycle::SupportStatus;
use crate::model::{Field, Value};
use crate::plan::Planner;

/// A sum over the machines: the total of the known values and how many were unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Sum {
    pub total: u64,
    pub unknown: usize,
}

impl Sum {
    fn add<T: Copy + Into<u64>>(&mut self, v: &Value<T>) {
        match v {
            Value::Known(x) => self.total += (*x).into(),
            Value::Absent => {}
            _ => self.unknown += 1,
        }
    }
}

/// Machines by power state; `None` of the whole when the inventory has no such column.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Power {
    pub on: usize,
    pub off: usize,
    pub suspended: usize,
    /// Blank, or written in a way no state reads as.
    pub unknown: usize,
}

/// One OS release (product and version) and its support phase on the day assessed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OsLine {
    /// The catalogue's product id (`windows-server`, `rhel`, `other`).
    pub product: String,
    pub version: Option<String>,
    pub status: SupportStatus,
    pub machines: usize,
}

/// Machines of one OS product.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Family {
    pub product: String,
    pub machines: usize,
}

/// One cluster, datacenter or folder.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Bucket {
    /// Its name; none for the machines whose cell is blank.
    pub name: Option<String>,
    pub machines: usize,
    pub powered_on: usize,
    pub vcpu: u64,
    pub memory_bytes: u64,
}

/// The hosts of one cluster and what its machines ask of them.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Load {
    /// The cluster; none for hosts without one.
    pub cluster: Option<String>,
    pub hosts: usize,
    /// Physical cores of the hosts (`None`: no `# Cores` column).
    pub cores: Option<u64>,
    /// Physical memory of the hosts (`None`: no `# Memory` column).
    pub memory_bytes: Option<u64>,
    /// vCPU and memory of the machines (in scope) in the cluster.
    pub vcpu: u64,
    pub vm_memory_bytes: u64,
    /// vCPU per physical core, and memory given over memory held.
    pub vcpu_per_core: Option<f64>,
    pub memory_ratio: Option<f64>,
}

/// The estate's totals. Every `Option` is `None` when the inventory has no column for it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Totals {
    pub machines: usize,
    pub vcpu: Option<Sum>,
    pub memory_bytes: Option<Sum>,
    pub provisioned_bytes: Option<Sum>,
    pub in_use_bytes: Option<Sum>,
    pub power: Option<Power>,
    /// Template rows of the inventory (never machines: skipped rows in data quality).
    pub templates: Option<usize>,
    pub os_families: Option<Vec<Family>>,
    pub os_versions: Option<Vec<OsLine>>,
    pub by_cluster: Option<Vec<Bucket>>,
    pub by_datacenter: Option<Vec<Bucket>>,
    pub by_folder: Option<Vec<Bucket>>,
    /// Over-commit per cluster, and (last, `cluster` none... see `overall`) of the estate.
    pub overcommit: Option<Vec<Load>>,
    pub overall: Option<Load>,
}

fn ratio(a: u64, b: Option<u64>) -> Option<f64> {
    b.filter(|b| *b > 0).map(|b| a as f64 / b as f64)
}

/// Works the totals out over the machines in scope.
pub fn compute(inv: &Inventory, planner: &Planner) -> Totals {
    let ms = &inv.machines;
    let has = |f: Field| inv.has_field(f);
    let sum = |get: &dyn Fn(&crate::model::Machine, &mut Sum)| {
        let mut s = Sum::default();
        for m in ms {
            get(m, &mut s);
        }
        s
    };
    let vcpu = has(Field::Cores).then(|| sum(&|m, s| s.add(&m.cores)));
    let memory_bytes = has(Field::Memory).then(|| sum(&|m, s| s.add(&m.memory_bytes)));
    let provisioned_bytes =
        has(Field::ProvisionedStorage).then(|| sum(&|m, s| s.add(&m.placement.provisioned_bytes)));
    let in_use_bytes =
        has(Field::UsedStorage).then(|| sum(&|m, s| s.add(&m.placement.in_use_bytes)));
    let power = has(Field::PowerState).then(|| {
        let mut p = Power::default();
        for m in ms {
            match m
                .power_state
                .known()
                .and_then(|s| super::scope::power_word(s))
            {
                Some(super::scope::Power::On) => p.on += 1,
                Some(super::scope::Power::Off) => p.off += 1,
                Some(super::scope::Power::Suspended) => p.suspended += 1,
                None => p.unknown += 1,
            }
        }
        p
    });
    let templates = has(Field::Template).then(|| {
        inv.data_quality
            .iter()
            .filter(|d| {
                d.issue == Issue::Skipped
                    && matches!(
                        d.message,
                        Note::NotAVm {
                            why: crate::inventory::note::NotAVm::Template,
                            ..
                        }
                    )
            })
            .count()
    });
    let has_os = has(Field::Os) || has(Field::OsAlt) || has(Field::OsDetailed);
    let (os_families, os_versions) = if has_os {
        let mut fam: BTreeMap<String, usize> = BTreeMap::new();
        let mut ver: BTreeMap<(String, Option<String>, SupportStatus), usize> = BTreeMap::new();
        for m in ms {
            let (product, version) = match m.os.known() {
                Some(os) => (os.product.clone(), os.version.clone()),
                None => ("unknown".to_string(), None),
            };
            *fam.entry(product.clone()).or_default() += 1;
            let status = planner.support(m).status;
            *ver.entry((product, version, status)).or_default() += 1;
        }
        let mut fam: Vec<Family> = fam
            .into_iter()
            .map(|(product, machines)| Family { product, machines })
            .collect();
        fam.sort_by(|a, b| b.machines.cmp(&a.machines).then(a.product.cmp(&b.product)));
        let mut ver: Vec<OsLine> = ver
            .into_iter()
            .map(|((product, version, status), machines)| OsLine {
                product,
                version,
                status,
                machines,
            })
            .collect();
        ver.sort_by_key(|l| std::cmp::Reverse(l.machines));
        (Some(fam), Some(ver))
    } else {
        (None, None)
    };
    let bucket = |field: Field, get: fn(&crate::model::Machine) -> &Value<String>| {
        has(field).then(|| {
            let mut by: BTreeMap<Option<String>, Bucket> = BTreeMap::new();
            for m in ms {
                let name = get(m)
                    .known()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty());
                let b = by.entry(name.clone()).or_insert_with(|| Bucket {
                    name,
                    ..Bucket::default()
                });
                b.machines += 1;
                if m.power_state
                    .known()
                    .and_then(|s| super::scope::power_word(s))
                    == Some(super::scope::Power::On)
                {
                    b.powered_on += 1;
                }
                b.vcpu += m.cores.known().copied().unwrap_or(0) as u64;
                b.memory_bytes += m.memory_bytes.known().copied().unwrap_or(0);
            }
            // Largest first (by name among equals), the blank ones last.
            let mut v: Vec<Bucket> = by.into_values().collect();
            v.sort_by(|a, b| {
                (a.name.is_none(), b.machines, &a.name).cmp(&(
                    b.name.is_none(),
                    a.machines,
                    &b.name,
                ))
            });
            v
        })
    };
    let by_cluster = bucket(Field::Cluster, |m| &m.placement.cluster);
    let by_datacenter = bucket(Field::Datacenter, |m| &m.placement.datacenter);
    let by_folder = bucket(Field::Folder, |m| &m.placement.folder);
    let (overcommit, overall) = overcommit(inv);
    Totals {
        machines: ms.len(),
        vcpu,
        memory_bytes,
        provisioned_bytes,
        in_use_bytes,
        power,
        templates,
        os_families,
        os_versions,
        by_cluster,
        by_datacenter,
        by_folder,
        overcommit,
        overall,
    }
}

/// Over-commit per cluster from the host sheet: none without one (or without a cores or
/// memory column, that ratio is none). A machine is put in its host's cluster (by the host's
/// name), else in its own cluster cell.
fn overcommit(inv: &Inventory) -> (Option<Vec<Load>>, Option<Load>) {
    if inv.hosts.is_empty() {
        return (None, None);
    }
    let has_cores = inv.hosts.iter().any(|h| !h.cores.is_absent());
    let has_memory = inv.hosts.iter().any(|h| !h.memory_bytes.is_absent());
    let clean = |v: &Value<String>| {
        v.known()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let mut host_cluster: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut by: BTreeMap<Option<String>, Load> = BTreeMap::new();
    for h in &inv.hosts {
        let c = clean(&h.cluster);
        host_cluster.insert(h.name.to_lowercase(), c.clone());
        let l = by.entry(c.clone()).or_insert_with(|| Load {
            cluster: c,
            cores: has_cores.then_some(0),
            memory_bytes: has_memory.then_some(0),
            ..Load::default()
        });
        l.hosts += 1;
        if let (Some(t), Value::Known(n)) = (l.cores.as_mut(), &h.cores) {
            *t += *n as u64;
        }
        if let (Some(t), Value::Known(n)) = (l.memory_bytes.as_mut(), &h.memory_bytes) {
            *t += *n;
        }
    }
    for m in &inv.machines {
        let c = m
            .host
            .name
            .known()
            .and_then(|h| host_cluster.get(&h.to_lowercase()).cloned())
            .unwrap_or_else(|| clean(&m.placement.cluster));
        let Some(l) = by.get_mut(&c) else { continue };
        l.vcpu += m.cores.known().copied().unwrap_or(0) as u64;
        l.vm_memory_bytes += m.memory_bytes.known().copied().unwrap_or(0);
    }
    let mut all = Load {
        cluster: None,
        cores: has_cores.then_some(0),
        memory_bytes: has_memory.then_some(0),
        ..Load::default()
    };
    let mut v: Vec<Load> = by.into_values().collect();
    v.sort_by_key(|l| l.cluster.is_none());
    for l in &mut v {
        l.vcpu_per_core = ratio(l.vcpu, l.cores);
        l.memory_ratio = ratio(l.vm_memory_bytes, l.memory_bytes);
        all.hosts += l.hosts;
        all.vcpu += l.vcpu;
        all.vm_memory_bytes += l.vm_memory_bytes;
        all.cores = all.cores.zip(l.cores).map(|(a, b)| a + b);
        all.memory_bytes = all.memory_bytes.zip(l.memory_bytes).map(|(a, b)| a + b);
    }
    all.vcpu_per_core = ratio(all.vcpu, all.cores);
    all.memory_ratio = ratio(all.vm_memory_bytes, all.memory_bytes);
    (Some(v), Some(all))
}
