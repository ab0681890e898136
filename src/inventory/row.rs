//! One row → one machine: every mapped cell read into its field, the OS composed from its
//! columns, disks from the size columns, the hypervisor from what the row says of it.

use super::cells;
use super::detect::{Detected, Format};
use super::guest_os;
use super::headers::{Column, Field};
use super::imported::Inventory;
use super::reader::RowReader;
use super::sheet::{Cell, Row};
use crate::model::{Disk, DiskPerf, DiskRole, Hypervisor, Machine, Refusal, Value};
use crate::os::parse_arch;
use crate::units::SizeUnit;

/// Records an invalid value of a field in data quality; passes the value through.
pub(super) fn checked<T>(
    rr: &RowReader<'_>,
    inv: &mut Inventory,
    row: &Row,
    col: &Column,
    machine: &str,
    v: Value<T>,
) -> Value<T> {
    if let Value::Invalid(bad) = &v {
        rr.record(inv, row, col, machine, &bad.raw, &bad.why);
    }
    v
}

pub(super) fn unit_for(
    col: &Column,
    format: Format,
    memory_heuristic: bool,
    cell: &Cell,
) -> Option<SizeUnit> {
    if col.unit.is_some() {
        return col.unit;
    }
    if memory_heuristic && col.field == Field::Memory {
        // A bare `Memory` column in a hand-made table: 8 is GB, 8192 is MB.
        if let Cell::Number(n) = cell {
            return Some(if *n >= 1024.0 {
                SizeUnit::MiB
            } else {
                SizeUnit::GiB
            });
        }
        if let Cell::Text(t) = cell
            && let Some(n) = crate::units::parse_number(t)
        {
            return Some(if n >= 1024.0 {
                SizeUnit::MiB
            } else {
                SizeUnit::GiB
            });
        }
    }
    (format.spec().unit)(col.field).0
}

/// Reads one row into `m`. Returns true when the hypervisor was inferred.
pub fn apply_row(
    inv: &mut Inventory,
    rr: &RowReader<'_>,
    det: &Detected,
    row: &Row,
    m: &mut Machine,
) -> bool {
    let name = m.name.clone();
    let mut os_text: Value<String> = Value::Absent;
    let mut os_alt: Value<String> = Value::Absent;
    let mut os_detailed: Value<String> = Value::Absent;
    // The column of each OS source, for the record of a disagreement.
    let mut os_col: Option<usize> = None;
    let mut os_alt_col: Option<usize> = None;
    let mut os_version: Option<String> = None;
    let mut data_list: Value<Vec<Value<u64>>> = Value::Absent;
    let mut disk_n: Vec<(u8, Value<u64>, Option<u32>)> = Vec::new();
    let mut disk_n_write: Vec<(u8, Value<f64>)> = Vec::new();
    // Read throughput, read ops, write ops per disk number.
    let mut disk_n_perf: Vec<(u8, Field, Value<f64>)> = Vec::new();
    let mut active_memory: Value<u64> = Value::Absent;
    let mut total_disks: Value<u32> = Value::Absent;
    let mut platform: Option<String> = None;
    let mut os_churn: Value<f64> = Value::Absent;
    let mut data_churn: Vec<Value<f64>> = Vec::new();
    let memory_heuristic = rr.format.spec().memory_by_size;
    let mut size_columns = false;
    let mut data_columns = false;

    for col in &det.columns {
        let cell = row.get(col.index);
        match col.field {
            Field::Name => {}
            Field::Os => {
                os_col = Some(col.index);
                os_text = checked(rr, inv, row, col, &name, cells::text(cell))
            }
            Field::OsAlt => {
                os_alt_col = Some(col.index);
                os_alt = cells::text(cell)
            }
            Field::OsDetailed => os_detailed = cells::text(cell),
            Field::OsVersion => os_version = cell.map(|c| c.text()),
            Field::OsArch => {
                m.architecture_from_column = cell.is_some();
                m.architecture = match cell {
                    None => Value::Empty,
                    Some(c) => match parse_arch(&c.text()) {
                        Some(a) => Value::Known(a),
                        None => checked(
                            rr,
                            inv,
                            row,
                            col,
                            &name,
                            Value::invalid(c.text(), Refusal::ExpectedArchitecture),
                        ),
                    },
                }
            }
            Field::Cores => m.cores = checked(rr, inv, row, col, &name, cells::count(cell)),
            Field::Nics => m.nics = checked(rr, inv, row, col, &name, cells::count(cell)),
            Field::CpuUtil => {
                m.cpu_util_pct = checked(rr, inv, row, col, &name, cells::percent(cell))
            }
            Field::MemoryUtil => {
                m.memory_util_pct = checked(rr, inv, row, col, &name, cells::percent(cell))
            }
            Field::ActiveMemory => {
                active_memory = match cell {
                    None => Value::Empty,
                    Some(c) => {
                        let v = cells::size(c, unit_for(col, rr.format, memory_heuristic, c));
                        checked(rr, inv, row, col, &name, v)
                    }
                }
            }
            Field::DiskNRead | Field::DiskNReadOps | Field::DiskNWriteOps => {
                if let Some(c) = cell {
                    let v = if col.field == Field::DiskNRead {
                        cells::rate(Some(c), false)
                    } else {
                        cells::per_second(Some(c))
                    };
                    let v = checked(rr, inv, row, col, &name, v);
                    disk_n_perf.push((col.disk_index.unwrap_or(0), col.field, v));
                }
            }
            Field::Memory => {
                m.memory_bytes = match cell {
                    None => Value::Empty,
                    Some(c) => {
                        let v = cells::size(c, unit_for(col, rr.format, memory_heuristic, c));
                        checked(rr, inv, row, col, &name, v)
                    }
                }
            }
            Field::Firmware => {
                m.firmware = checked(rr, inv, row, col, &name, cells::firmware(cell))
            }
            Field::Generation => {
                m.generation = checked(rr, inv, row, col, &name, cells::generation(cell))
            }
            Field::SecureBoot => {
                m.secure_boot = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::BitLocker => {
                m.bitlocker = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::OsDisk => {
                size_columns = true;
                let size = match cell {
                    None => Value::Empty,
                    Some(c) => checked(
                        rr,
                        inv,
                        row,
                        col,
                        &name,
                        cells::size(c, unit_for(col, rr.format, false, c)),
                    ),
                };
                let mut d = Disk::new("OS disk", DiskRole::Os, size);
                d.source = Some(rr.source(row));
                m.disks.push(d);
            }
            Field::DataDisk | Field::LargestDataDisk => {
                size_columns = true;
                data_columns = true;
                let unit = cell.and_then(|c| unit_for(col, rr.format, false, c));
                let v = cells::size_list(cell, unit);
                if let Value::Known(items) = &v {
                    for item in items {
                        if let Value::Invalid(bad) = item {
                            rr.record(inv, row, col, &name, &bad.raw, &bad.why);
                        }
                    }
                }
                data_list = data_list.or(v);
            }
            Field::DataDiskCount => {
                m.data_disk_count = checked(rr, inv, row, col, &name, cells::count(cell))
            }
            Field::TotalDiskCount => {
                total_disks = checked(rr, inv, row, col, &name, cells::count(cell))
            }
            Field::DiskN => {
                size_columns = true;
                data_columns = true;
                if let Some(c) = cell {
                    let v = checked(
                        rr,
                        inv,
                        row,
                        col,
                        &name,
                        cells::size(c, unit_for(col, rr.format, false, c)),
                    );
                    disk_n.push((col.disk_index.unwrap_or(0), v, Some(col.index as u32)));
                }
            }
            Field::DiskNWrite => {
                // Written data is what replication must carry: the disk's churn (MB/s).
                if let Some(c) = cell {
                    let v = checked(rr, inv, row, col, &name, cells::rate(Some(c), false));
                    disk_n_write.push((col.disk_index.unwrap_or(0), v));
                }
            }
            Field::DiskType => {
                if let Some(c) = cell {
                    let t = c.text().to_ascii_lowercase();
                    if t.contains("dynamic") {
                        m.disk_flags.dynamic_os_disk = Value::Known(true);
                    } else if t.contains("basic") {
                        m.disk_flags.dynamic_os_disk = Value::Known(false);
                    }
                    m.tags.push((col.header.clone(), c.text()));
                } else {
                    m.disk_flags.dynamic_os_disk = Value::Empty;
                }
            }
            Field::Host => m.host.name = cells::text(cell),
            Field::HostOs => m.host.os = cells::text(cell),
            Field::ManagedBy => m.host.managed_by = cells::text(cell),
            Field::Platform => platform = cell.map(|c| c.text()),
            Field::Hypervisor | Field::ServerType => {
                if let Some(c) = cell {
                    let t = c.text();
                    if let Some(h) = cells::hypervisor_word(&t) {
                        m.hypervisor = Value::Known(h);
                    } else if !t.trim().eq_ignore_ascii_case("virtual") {
                        m.hypervisor = checked(
                            rr,
                            inv,
                            row,
                            col,
                            &name,
                            Value::invalid(t, Refusal::ExpectedPlatform),
                        );
                    }
                } else if m.hypervisor.is_absent() {
                    m.hypervisor = Value::Empty;
                }
            }
            Field::PowerState => m.power_state = cells::text(cell),
            Field::SharedDisk => {
                m.disk_flags.shared = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::FcDisk => {
                m.disk_flags.fc = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::PassThrough => {
                m.disk_flags.pass_through = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::Rdm => {
                m.disk_flags.rdm = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::Iscsi => {
                m.disk_flags.iscsi = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::Sector4k => {
                m.disk_flags.sector_4k = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::DiskController => {
                m.disk_flags.controllers =
                    checked(rr, inv, row, col, &name, cells::controllers(cell))
            }
            Field::UsedStorage => {
                m.dr.used_bytes = match cell {
                    None => Value::Empty,
                    Some(c) => checked(
                        rr,
                        inv,
                        row,
                        col,
                        &name,
                        cells::size(c, unit_for(col, rr.format, false, c)),
                    ),
                }
            }
            Field::MachineId => {
                if let Some(c) = cell {
                    let id = c.text().to_ascii_lowercase();
                    let h = if id.contains("/vmwaresites/") {
                        Some(Hypervisor::Vmware)
                    } else if id.contains("/hypervsites/") {
                        Some(Hypervisor::HyperV)
                    } else if id.contains("/serversites/") {
                        Some(Hypervisor::Physical)
                    } else {
                        None
                    };
                    if let Some(h) = h {
                        m.hypervisor = Value::Known(h);
                    }
                }
            }
            Field::VCenter => {
                if let Some(c) = cell {
                    m.tags.push((col.header.clone(), c.text()));
                }
            }
            Field::Template
            | Field::SrmPlaceholder
            | Field::ProvisionedStorage
            | Field::VCenterType => {}
            Field::Rpo => {
                m.dr.rpo_seconds = checked(rr, inv, row, col, &name, cells::duration(cell, col))
            }
            Field::Rto => {
                m.dr.rto_seconds = checked(rr, inv, row, col, &name, cells::duration(cell, col))
            }
            Field::Churn => {
                m.dr.churn_mb_s = checked(rr, inv, row, col, &name, cells::rate(cell, false))
            }
            Field::ChurnPerDay => {
                m.dr.churn_mb_s = m.dr.churn_mb_s.clone().or(checked(
                    rr,
                    inv,
                    row,
                    col,
                    &name,
                    cells::rate(cell, true),
                ))
            }
            Field::PeakChurn => {
                m.dr.peak_churn_mb_s = checked(rr, inv, row, col, &name, cells::rate(cell, false))
            }
            Field::OsDiskChurn => {
                os_churn = checked(rr, inv, row, col, &name, cells::rate(cell, false))
            }
            Field::DataDiskChurn => {
                if let Some(c) = cell {
                    for part in c
                        .text()
                        .split([';', '|', '\n'])
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                    {
                        let v = cells::rate(Some(&Cell::Text(part.into())), false);
                        data_churn.push(checked(rr, inv, row, col, &name, v));
                    }
                }
            }
            Field::Tier => m.dr.tier = cells::text(cell),
            Field::Application => m.dr.application = cells::text(cell),
            Field::RecoveryGroup => m.dr.recovery_group = cells::text(cell),
            Field::BootOrder => {
                m.dr.boot_order = checked(rr, inv, row, col, &name, cells::count(cell))
            }
            _ => {
                if let Some(c) = cell {
                    m.tags.push((col.header.clone(), c.text()));
                }
            }
        }
    }

    // Columns no alias knows are kept verbatim as tags (company policies read them), except
    // RVTools' ninety-odd vInfo columns, which `inspect` lists instead.
    if rr.format.spec().unmapped_as_tags {
        for (i, header) in &det.unmapped {
            if let Some(c) = row.get(*i) {
                m.tags.push((header.clone(), c.text()));
            }
        }
    }

    // Memory in use over memory allocated, where the row gives active memory (RVTools vInfo)
    // and no utilisation column says otherwise.
    if m.memory_util_pct.is_absent()
        && let (Value::Known(active), Value::Known(total)) = (&active_memory, &m.memory_bytes)
        && *total > 0
    {
        m.memory_util_pct = Value::Known((*active as f64 / *total as f64 * 100.0).min(100.0));
    } else if m.memory_util_pct.is_absent() && !active_memory.is_absent() {
        m.memory_util_pct = Value::Empty;
    }

    // The OS: every source the row has, the most specific one used.
    let sources = guest_os::Sources {
        configured: os_text,
        version: os_version,
        tools: os_alt,
        detailed: os_detailed,
        configured_col: os_col,
        tools_col: os_alt_col,
    };
    (m.os, m.os_readings) = guest_os::read(inv, rr, row, &name, sources);
    if !m.architecture.is_known()
        && let Value::Known(os) = &m.os
        && let Some(a) = os.architecture
    {
        // An OS string that does not say leaves the architecture absent: the inventory has
        // nothing on it, which rules report as not evaluated rather than unknown.
        m.architecture = Value::Known(a);
    }

    // Disks from `Disk N size` columns: Disk 1 is the OS disk.
    disk_n.sort_by_key(|(i, _, _)| *i);
    m.disks.reserve_exact(disk_n.len());
    for (i, size, _) in disk_n {
        let role = (rr.format.spec().disk_n_role)(i);
        let mut d = Disk::new(format!("Disk {i}"), role, size);
        d.source = Some(rr.source(row));
        if let Some((_, churn)) = disk_n_write.iter().find(|(j, _)| *j == i) {
            d.churn_mb_s = churn.clone();
        }
        let mut perf = DiskPerf::default();
        for (_, field, v) in disk_n_perf.iter().filter(|(j, _, _)| *j == i) {
            match field {
                Field::DiskNRead => perf.read_mb_s = v.clone(),
                Field::DiskNReadOps => perf.read_ops = v.clone(),
                _ => perf.write_ops = v.clone(),
            }
        }
        if perf != DiskPerf::default() {
            d.perf = Some(Box::new(perf));
        }
        m.disks.push(d);
    }
    match data_list {
        Value::Known(items) => {
            // Exactly the room the list needs: grown a disk at a time, a machine with five
            // disks would hold room for eight (a million machines: 300 MB more).
            m.disks.reserve_exact(items.len());
            for (i, size) in items.into_iter().enumerate() {
                let mut d = Disk::new(format!("Data disk {}", i + 1), DiskRole::Data, size);
                d.source = Some(rr.source(row));
                m.disks.push(d);
            }
        }
        Value::Empty if m.data_disk_count.known() == Some(&0) => {}
        Value::Empty => m.disk_sizes = Value::Empty,
        _ => {}
    }
    if size_columns && !matches!(m.disk_sizes, Value::Empty) {
        m.disk_sizes = if data_columns || m.data_disk_count.is_known() {
            Value::Known(())
        } else {
            // Only an OS-disk column: nothing is known of data disk sizes.
            Value::Absent
        };
    }
    // Per-disk churn: the OS disk's, then the data disks' in their order.
    if !os_churn.is_absent()
        && let Some(d) = m.disks.iter_mut().find(|d| d.role == DiskRole::Os)
    {
        d.churn_mb_s = os_churn;
    }
    for (d, c) in m
        .disks
        .iter_mut()
        .filter(|d| d.role == DiskRole::Data)
        .zip(data_churn)
    {
        d.churn_mb_s = c;
    }
    if m.data_disk_count.is_absent() {
        m.data_disk_count = match total_disks {
            Value::Known(n) => Value::Known(n.saturating_sub(1)),
            other => other,
        };
    }

    infer_hypervisor(m, rr.format, platform.as_deref())
}

/// What the format, a platform column or the host says about the hypervisor. Returns true when
/// it was inferred from the host OS or management server (and the caller notes it).
pub(super) fn infer_hypervisor(m: &mut Machine, format: Format, platform: Option<&str>) -> bool {
    if let Some(p) = platform {
        if let Some(h) = cells::hypervisor_word(p) {
            m.hypervisor = Value::Known(h);
        }
        // `Hyper-V on Windows Server 2016`, `VMware ESXi 6.5`: the host's OS or version. A
        // platform word alone (`VMware`) names no version: a blank host cell stays unknown.
        if m.host.os.known().is_none()
            && cells::hypervisor_word(p) != Some(Hypervisor::Physical)
            && p.chars().any(|c| c.is_ascii_digit())
        {
            let os = p.split(" on ").last().unwrap_or(p).trim().to_string();
            m.host.os = Value::Known(os);
        }
    }
    if m.hypervisor.is_known() {
        return false;
    }
    if let Some(h) = format.spec().hypervisor {
        m.hypervisor = Value::Known(h);
        return false;
    }
    let from_host = [m.host.managed_by.known(), m.host.os.known()]
        .into_iter()
        .flatten()
        .find_map(|t| {
            let l = t.to_ascii_lowercase();
            if l.contains("windows server") || l.contains("hyper-v") || l.contains("vmm") {
                Some(Hypervisor::HyperV)
            } else {
                cells::hypervisor_word(t)
            }
        });
    match from_host {
        Some(h) => {
            m.hypervisor = Value::Known(h);
            m.hypervisor_inferred = true;
            true
        }
        None => false,
    }
}
