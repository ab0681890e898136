//! The RVTools tabs the hygiene checks read, joined to their VMs: vSnapshot, vCD, vUSB and
//! vNetwork by the VM's name; dvSwitch, dvPort and vSC_VMK as look-ups for vNetwork; vHost's
//! CPU by the VM's host; vDisk's raw, mode, sharing and path columns. A tab the export lacks
//! leaves the facts it gives absent (the checks are not evaluated); a VM the tab lists no
//! row for gets none (zero); a blank cell the check needs makes the VM's fact unknown.

use std::collections::{HashMap, HashSet};

use super::cells;
use super::detect::{Detected, Format};
use super::headers::Field;
use super::sheet::{Cell, Row};
use crate::model::{Date, Machine, Value};

/// The look-up tabs, read before the tabs joined to VMs.
#[derive(Default)]
pub struct Lookups {
    /// dvSwitch names (lower case); none when the export has no dvSwitch tab.
    pub dv_switches: Option<HashSet<String>>,
    /// dvPort port groups (lower case) and whether each is insecure; none without the tab.
    pub dv_ports: Option<HashMap<String, bool>>,
    /// vSC_VMK port groups (lower case); none without the tab.
    pub vmk_groups: Option<HashSet<String>>,
}

fn text(det: &Detected, row: &Row, f: Field) -> Option<String> {
    det.column(f)
        .and_then(|c| row.get(c.index))
        .map(|c| c.text().trim().to_string())
        .filter(|t| !t.is_empty())
}

/// A yes/no cell; `None` when blank, absent or not a yes/no.
fn yes(det: &Detected, row: &Row, f: Field) -> Option<bool> {
    let c = det.column(f)?;
    cells::boolean(row.get(c.index)).known().copied()
}

/// Reads a look-up tab (dvSwitch, dvPort, vSC_VMK) into `l`; returns the rows used.
pub fn lookup(l: &mut Lookups, det: &Detected, body: &[Row]) -> usize {
    match det.format {
        Format::RVTOOLS_DVSWITCH => {
            let set = l.dv_switches.get_or_insert_with(HashSet::new);
            for row in body {
                if let Some(s) = text(det, row, Field::Switch) {
                    set.insert(s.to_ascii_lowercase());
                }
            }
        }
        Format::RVTOOLS_DVPORT => {
            let map = l.dv_ports.get_or_insert_with(HashMap::new);
            for row in body {
                let Some(port) = text(det, row, Field::PortGroup) else {
                    continue;
                };
                // As the peer tool reads a port group: no VLAN, a security policy that lets
                // a guest see or forge traffic, or ephemeral binding.
                let insecure = (det.column(Field::Vlan).is_some()
                    && text(det, row, Field::Vlan).is_none())
                    || yes(det, row, Field::Promiscuous) == Some(true)
                    || yes(det, row, Field::MacChanges) == Some(true)
                    || yes(det, row, Field::ForgedTransmits) == Some(true)
                    || text(det, row, Field::PortType)
                        .is_some_and(|t| t.eq_ignore_ascii_case("ephemeral"));
                *map.entry(port.to_ascii_lowercase()).or_default() |= insecure;
            }
        }
        Format::RVTOOLS_VMK => {
            let set = l.vmk_groups.get_or_insert_with(HashSet::new);
            for row in body {
                if let Some(g) = text(det, row, Field::VmkPortGroup) {
                    set.insert(g.to_ascii_lowercase());
                }
            }
        }
        _ => {}
    }
    body.len()
}

/// Before a joined tab's rows: every VM of this export starts at none (a count of zero), or
/// absent when the tab lacks the column the fact needs.
pub fn start(machines: &mut [Machine], det: &Detected, l: &Lookups) {
    let has = |f: Field| det.column(f).is_some();
    for m in machines {
        let h = m.hygiene_mut();
        match det.format {
            Format::RVTOOLS_SNAPSHOT => {
                h.snapshot_count = Value::Known(0);
                if has(Field::SnapshotDate) {
                    h.snapshot_oldest = Value::Known(None);
                }
                if has(Field::SnapshotSize) {
                    h.snapshot_bytes = Value::Known(0);
                }
                if has(Field::SnapshotDescription) {
                    h.snapshot_secret = Value::Known(false);
                }
            }
            Format::RVTOOLS_CD if has(Field::Connected) => h.cd_connected = Value::Known(0),
            Format::RVTOOLS_USB if has(Field::Connected) => h.usb_connected = Value::Known(0),
            Format::RVTOOLS_NETWORK => {
                if has(Field::Switch) && l.dv_switches.is_some() {
                    h.standard_switch_nics = Value::Known(0);
                }
                if has(Field::Network) && l.dv_ports.is_some() {
                    h.insecure_port_nics = Value::Known(0);
                }
                if has(Field::Network) && l.vmk_groups.is_some() {
                    h.vmkernel_nics = Value::Known(0);
                }
            }
            _ => {}
        }
    }
}

/// Adds one to a count, or makes it unknown (`None`: the cell it needs is blank).
fn add(v: &mut Value<u32>, one: Option<bool>) {
    match (v.known().copied(), one) {
        (Some(n), Some(true)) => *v = Value::Known(n + 1),
        (Some(_), Some(false)) => {}
        (Some(_), None) => *v = Value::Empty,
        _ => {}
    }
}

/// A snapshot's day: an Excel date, or text starting `YYYY-MM-DD` or `M/D/YYYY`.
pub fn day(cell: &Cell) -> Option<Date> {
    match cell {
        Cell::Date(n) | Cell::Number(n) if n.is_finite() && *n > 0.0 => {
            Some(Date::from_days_since_epoch(n.floor() as i64 - 25_569))
        }
        _ => {
            let t = cell.text();
            let t = t.trim();
            if let Some(d) = t.get(..10).and_then(|p| Date::parse(p).ok()) {
                return Some(d);
            }
            let first = t.split_whitespace().next()?;
            let p: Vec<&str> = first.split('/').collect();
            if p.len() == 3 && p[2].len() == 4 {
                let (m, d): (u8, u8) = (p[0].parse().ok()?, p[1].parse().ok()?);
                return Date::parse(&format!("{}-{m:02}-{d:02}", p[2])).ok();
            }
            None
        }
    }
}

/// One row of a joined tab, for VM `m`.
pub fn row(m: &mut Machine, det: &Detected, row: &Row, l: &Lookups) {
    let h = m.hygiene_mut();
    match det.format {
        Format::RVTOOLS_SNAPSHOT => {
            add(&mut h.snapshot_count, Some(true));
            if let Some(c) = det.column(Field::SnapshotDate) {
                match (row.get(c.index).and_then(day), &h.snapshot_oldest) {
                    (Some(d), Value::Known(o)) if o.is_none_or(|o| d < o) => {
                        h.snapshot_oldest = Value::Known(Some(d))
                    }
                    (Some(_), _) => {}
                    (None, _) => h.snapshot_oldest = Value::Empty,
                }
            }
            if let Some(c) = det.column(Field::SnapshotSize) {
                let mib = Some(crate::units::SizeUnit::MiB);
                let size = row.get(c.index).map(|c| cells::size(c, mib));
                match (size, &h.snapshot_bytes) {
                    (Some(Value::Known(b)), Value::Known(t)) => {
                        h.snapshot_bytes = Value::Known(t.saturating_add(b))
                    }
                    (Some(Value::Known(_)), _) => {}
                    _ => h.snapshot_bytes = Value::Empty,
                }
            }
            // A blank description holds no secret; the text is read here and dropped.
            if let Some(d) = text(det, row, Field::SnapshotDescription)
                && crate::model::hygiene::password_like(&d)
            {
                h.snapshot_secret = Value::Known(true);
            }
        }
        Format::RVTOOLS_CD => add(&mut h.cd_connected, yes(det, row, Field::Connected)),
        Format::RVTOOLS_USB => add(&mut h.usb_connected, yes(det, row, Field::Connected)),
        Format::RVTOOLS_NETWORK => {
            let network = text(det, row, Field::Network).map(|n| n.to_ascii_lowercase());
            if let Some(dv) = &l.dv_switches {
                let switch = text(det, row, Field::Switch);
                let standard = switch.map(|s| !dv.contains(&s.to_ascii_lowercase()));
                add(&mut h.standard_switch_nics, standard);
            }
            if let Some(ports) = &l.dv_ports {
                let insecure = network
                    .as_ref()
                    .map(|n| ports.get(n).copied().unwrap_or(false));
                add(&mut h.insecure_port_nics, insecure);
            }
            if let Some(vmk) = &l.vmk_groups {
                add(
                    &mut h.vmkernel_nics,
                    network.as_ref().map(|n| vmk.contains(n)),
                );
            }
        }
        _ => {}
    }
}

/// What vDisk says of one disk, for the counts made once every disk is read.
pub struct DiskFacts {
    pub vm: usize,
    pub path: Option<String>,
    pub raw: Option<bool>,
    pub physical: Option<bool>,
    pub independent: Option<bool>,
    pub shared_bus: Option<bool>,
}

/// A vDisk row's facts (`vm`: the machine's index).
pub fn disk(vm: usize, det: &Detected, row: &Row) -> DiskFacts {
    // A per-disk sheet's columns are its disk columns.
    let cell = |f: Field| det.disk_column(f).and_then(|c| row.get(c.index));
    let t = |f: Field| {
        cell(f)
            .map(|c| c.text().trim().to_ascii_lowercase())
            .filter(|t| !t.is_empty())
    };
    DiskFacts {
        vm,
        path: t(Field::DiskPath),
        raw: cells::boolean(cell(Field::DiskRaw)).known().copied(),
        physical: t(Field::RawComMode).map(|m| m.contains("physical")),
        independent: t(Field::DiskMode).map(|m| m.starts_with("independent")),
        shared_bus: t(Field::SharedBus)
            .map(|b| b != "nosharing")
            .or_else(|| t(Field::DiskSharing).map(|s| s.contains("multiwriter"))),
    }
}

/// The disk counts of every VM of this export, from its disks' facts: a path more than one
/// VM uses is shared by each of them.
pub fn disks_done(machines: &mut [Machine], first: usize, det: &Detected, facts: &[DiskFacts]) {
    let has = |f: Field| det.disk_column(f).is_some();
    for m in machines.iter_mut() {
        let h = m.hygiene_mut();
        if has(Field::DiskRaw) && has(Field::RawComMode) {
            h.rdm_physical = Value::Known(0);
            h.rdm_virtual = Value::Known(0);
        }
        if has(Field::DiskMode) {
            h.independent_disks = Value::Known(0);
        }
        if has(Field::DiskPath) || has(Field::SharedBus) || has(Field::DiskSharing) {
            h.shared_disks = Value::Known(0);
        }
    }
    let mut users: HashMap<&str, HashSet<usize>> = HashMap::new();
    for f in facts {
        if let Some(p) = &f.path {
            users.entry(p.as_str()).or_default().insert(f.vm);
        }
    }
    for f in facts {
        let h = machines[f.vm - first].hygiene_mut();
        if has(Field::DiskRaw) && has(Field::RawComMode) {
            match (f.raw, f.physical) {
                (Some(true), Some(true)) => add(&mut h.rdm_physical, Some(true)),
                (Some(true), Some(false)) => add(&mut h.rdm_virtual, Some(true)),
                (Some(false), _) => {}
                _ => {
                    add(&mut h.rdm_physical, None);
                    add(&mut h.rdm_virtual, None);
                }
            }
        }
        if has(Field::DiskMode) {
            add(&mut h.independent_disks, f.independent);
        }
        let by_path = f
            .path
            .as_deref()
            .map(|p| users.get(p).is_some_and(|u| u.len() > 1));
        let shared = match (by_path, f.shared_bus) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (None, None) => None,
            _ => Some(false),
        };
        add(&mut h.shared_disks, shared);
    }
}

/// vHost's `CPU Model` of each VM's host (absent without the column, empty when the host's
/// cell is blank or the host is not listed).
pub fn host_cpu(machines: &mut [Machine], det: &Detected, body: &[Row]) {
    if det.column(Field::HostCpu).is_none() {
        return;
    }
    let mut cpu: HashMap<String, Option<String>> = HashMap::new();
    for row in body {
        if let Some(h) = text(det, row, Field::Host) {
            cpu.insert(h.to_ascii_lowercase(), text(det, row, Field::HostCpu));
        }
    }
    for m in machines {
        let v = match m.host.name.known() {
            Some(h) => match cpu.get(&h.to_ascii_lowercase()) {
                Some(Some(c)) => Value::Known(c.clone()),
                _ => Value::Empty,
            },
            None => Value::Empty,
        };
        m.hygiene_mut().host_cpu = v;
    }
}
