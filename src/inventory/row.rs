//! One row → one machine: every mapped cell read into its field, the OS composed from its
//! columns, disks from the size columns, the hypervisor from what the row says of it.

use super::cells;
use super::detect::{Detected, Format};
use super::guest_os;
use super::headers::{Column, Field};
use super::imported::Inventory;
use super::reader::RowReader;
use super::sheet::{Cell, Row};
use crate::model::{Disk, DiskPerf, DiskRole, Hypervisor, Machine, Manager, Refusal, Value};
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

/// What a row gives that needs more than its own column: the OS from its sources, disks from
/// the size columns, churn per disk, memory use from active memory. Gathered while the
/// columns are read, put together once the row is read.
#[derive(Default)]
struct Gathered {
    os_text: Value<String>,
    os_alt: Value<String>,
    os_detailed: Value<String>,
    // The column of each OS source, for the record of a disagreement.
    os_col: Option<usize>,
    os_alt_col: Option<usize>,
    os_version: Option<String>,
    disks: DiskColumns,
    active_memory: Value<u64>,
    total_disks: Value<u32>,
    platform: Option<String>,
    os_churn: Value<f64>,
    data_churn: Vec<Value<f64>>,
}

/// What the size columns of a row gave.
#[derive(Default)]
struct DiskColumns {
    data_list: Value<Vec<Value<u64>>>,
    disk_n: Vec<(u8, Value<u64>)>,
    disk_n_write: Vec<(u8, Value<f64>)>,
    // Read throughput, read ops, write ops per disk number.
    disk_n_perf: Vec<(u8, Field, Value<f64>)>,
    /// A column of disk sizes, and one of data disk sizes.
    size_columns: bool,
    data_columns: bool,
}

/// One row being read: where it is, what it has made so far.
struct Reading<'a, 'r> {
    inv: &'a mut Inventory,
    rr: &'a RowReader<'r>,
    row: &'a Row,
    name: String,
    m: &'a mut Machine,
    g: Gathered,
}

impl Reading<'_, '_> {
    /// Records an invalid value in data quality; passes the value through.
    fn checked<T>(&mut self, col: &Column, v: Value<T>) -> Value<T> {
        checked(self.rr, self.inv, self.row, col, &self.name, v)
    }

    /// A size cell, in the header's unit, or the format's (`by_size`: a bare `Memory` column
    /// of a format that reads it by its size).
    fn size(&mut self, col: &Column, cell: Option<&Cell>, by_size: bool) -> Value<u64> {
        match cell {
            None => Value::Empty,
            Some(c) => {
                let by_size = by_size && self.rr.format.spec().memory_by_size;
                let v = cells::size(c, unit_for(col, self.rr.format, by_size, c));
                self.checked(col, v)
            }
        }
    }

    /// A cell kept as it is written, under its header (company policies read them).
    fn tag(&mut self, col: &Column, cell: Option<&Cell>) {
        if let Some(c) = cell {
            self.m.tags.push((col.header.clone(), c.text()));
        }
    }
}

/// How one column is read: its cell parsed and put where its value goes.
type Read = fn(&mut Reading<'_, '_>, &Column, Option<&Cell>);

/// Every field a machine row reads: the field, its parser, where its value goes. A field not
/// listed is kept as a tag.
const COLUMNS: &[(Field, Read)] = &[
    (Field::Name, |_, _, _| {}),
    (Field::Os, |x, col, cell| {
        x.g.os_col = Some(col.index);
        x.g.os_text = x.checked(col, cells::text(cell));
    }),
    (Field::OsAlt, |x, col, cell| {
        x.g.os_alt_col = Some(col.index);
        x.g.os_alt = cells::text(cell);
    }),
    (Field::OsDetailed, |x, _, cell| {
        x.g.os_detailed = cells::text(cell)
    }),
    (Field::OsVersion, |x, _, cell| {
        x.g.os_version = cell.map(|c| c.text())
    }),
    (Field::OsArch, |x, col, cell| {
        x.m.architecture_from_column = cell.is_some();
        x.m.architecture = match cell {
            None => Value::Empty,
            Some(c) => match parse_arch(&c.text()) {
                Some(a) => Value::Known(a),
                None => x.checked(col, Value::invalid(c.text(), Refusal::ExpectedArchitecture)),
            },
        };
    }),
    (Field::Cores, |x, col, cell| {
        x.m.cores = x.checked(col, cells::count(cell))
    }),
    (Field::Nics, |x, col, cell| {
        x.m.nics = x.checked(col, cells::count(cell))
    }),
    (Field::CpuUtil, |x, col, cell| {
        x.m.cpu_util_pct = x.checked(col, cells::percent(cell))
    }),
    (Field::MemoryUtil, |x, col, cell| {
        x.m.memory_util_pct = x.checked(col, cells::percent(cell))
    }),
    (Field::Memory, |x, col, cell| {
        x.m.memory_bytes = x.size(col, cell, true)
    }),
    (Field::ActiveMemory, |x, col, cell| {
        x.g.active_memory = x.size(col, cell, true)
    }),
    (Field::Firmware, |x, col, cell| {
        x.m.firmware = x.checked(col, cells::firmware(cell))
    }),
    (Field::Generation, |x, col, cell| {
        x.m.generation = x.checked(col, cells::generation(cell))
    }),
    (Field::SecureBoot, |x, col, cell| {
        x.m.secure_boot = x.checked(col, cells::boolean(cell))
    }),
    (Field::BitLocker, |x, col, cell| {
        x.m.bitlocker = x.checked(col, cells::boolean(cell))
    }),
    (Field::OsDisk, |x, col, cell| {
        x.g.disks.size_columns = true;
        let size = x.size(col, cell, false);
        let mut d = Disk::new("OS disk", DiskRole::Os, size);
        d.source = Some(x.rr.source(x.row));
        x.m.disks.push(d);
    }),
    (Field::DataDisk, data_disk_list),
    (Field::LargestDataDisk, data_disk_list),
    (Field::DataDiskCount, |x, col, cell| {
        x.m.data_disk_count = x.checked(col, cells::count(cell))
    }),
    (Field::TotalDiskCount, |x, col, cell| {
        x.g.total_disks = x.checked(col, cells::count(cell))
    }),
    (Field::DiskN, |x, col, cell| {
        x.g.disks.size_columns = true;
        x.g.disks.data_columns = true;
        if cell.is_some() {
            let v = x.size(col, cell, false);
            x.g.disks.disk_n.push((col.disk_index.unwrap_or(0), v));
        }
    }),
    // Written data is what replication must carry: the disk's churn (MB/s).
    (Field::DiskNWrite, |x, col, cell| {
        if cell.is_some() {
            let v = x.checked(col, cells::rate(cell, false));
            x.g.disks
                .disk_n_write
                .push((col.disk_index.unwrap_or(0), v));
        }
    }),
    (Field::DiskNRead, |x, col, cell| {
        if cell.is_some() {
            let v = x.checked(col, cells::rate(cell, false));
            let n = col.disk_index.unwrap_or(0);
            x.g.disks.disk_n_perf.push((n, col.field, v));
        }
    }),
    (Field::DiskNReadOps, disk_n_ops),
    (Field::DiskNWriteOps, disk_n_ops),
    (Field::DiskType, |x, col, cell| match cell {
        Some(c) => {
            let t = c.text().to_ascii_lowercase();
            if t.contains("dynamic") {
                x.m.disk_flags.dynamic_os_disk = Value::Known(true);
            } else if t.contains("basic") {
                x.m.disk_flags.dynamic_os_disk = Value::Known(false);
            }
            x.tag(col, cell);
        }
        None => x.m.disk_flags.dynamic_os_disk = Value::Empty,
    }),
    (Field::Host, |x, _, cell| x.m.host.name = cells::text(cell)),
    (Field::HostOs, |x, _, cell| x.m.host.os = cells::text(cell)),
    (Field::ManagedBy, |x, _, cell| {
        x.m.host.managed_by = cells::text(cell).map(Manager::Server)
    }),
    (Field::Platform, |x, _, cell| {
        x.g.platform = cell.map(|c| c.text())
    }),
    (Field::Hypervisor, hypervisor),
    (Field::ServerType, hypervisor),
    (Field::PowerState, |x, _, cell| {
        x.m.power_state = cells::text(cell)
    }),
    (Field::SharedDisk, |x, col, cell| {
        x.m.disk_flags.shared = x.checked(col, cells::boolean(cell))
    }),
    (Field::FcDisk, |x, col, cell| {
        x.m.disk_flags.fc = x.checked(col, cells::boolean(cell))
    }),
    (Field::PassThrough, |x, col, cell| {
        x.m.disk_flags.pass_through = x.checked(col, cells::boolean(cell))
    }),
    (Field::Rdm, |x, col, cell| {
        x.m.disk_flags.rdm = x.checked(col, cells::boolean(cell))
    }),
    (Field::Iscsi, |x, col, cell| {
        x.m.disk_flags.iscsi = x.checked(col, cells::boolean(cell))
    }),
    (Field::Sector4k, |x, col, cell| {
        x.m.disk_flags.sector_4k = x.checked(col, cells::boolean(cell))
    }),
    (Field::DiskController, |x, col, cell| {
        x.m.disk_flags.controllers = x.checked(col, cells::controllers(cell))
    }),
    (Field::UsedStorage, |x, col, cell| {
        x.m.dr.used_bytes = x.size(col, cell, false);
        x.m.placement.in_use_bytes = x.m.dr.used_bytes.clone();
    }),
    // Azure Migrate's machine id names the kind of site it was discovered in: the platform.
    (Field::MachineId, |x, _, cell| {
        let Some(c) = cell else { return };
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
            x.m.hypervisor = Value::Known(h);
        }
    }),
    (Field::VCenter, |x, col, cell| x.tag(col, cell)),
    // Read where they matter (a template is no machine), not kept.
    (Field::Template, |_, _, _| {}),
    (Field::SrmPlaceholder, |_, _, _| {}),
    (Field::ProvisionedStorage, |x, col, cell| {
        let v = x.size(col, cell, false);
        x.m.placement.provisioned_bytes = v.clone();
        x.m.hygiene_mut().provisioned_bytes = v;
    }),
    (Field::VCenterType, |_, _, _| {}),
    (Field::Rpo, |x, col, cell| {
        x.m.dr.rpo_seconds = x.checked(col, cells::duration(cell, col))
    }),
    (Field::Rto, |x, col, cell| {
        x.m.dr.rto_seconds = x.checked(col, cells::duration(cell, col))
    }),
    (Field::Churn, |x, col, cell| {
        x.m.dr.churn_mb_s = x.checked(col, cells::rate(cell, false))
    }),
    (Field::ChurnPerDay, |x, col, cell| {
        let v = x.checked(col, cells::rate(cell, true));
        x.m.dr.churn_mb_s = x.m.dr.churn_mb_s.clone().or(v);
    }),
    (Field::PeakChurn, |x, col, cell| {
        x.m.dr.peak_churn_mb_s = x.checked(col, cells::rate(cell, false))
    }),
    (Field::OsDiskChurn, |x, col, cell| {
        x.g.os_churn = x.checked(col, cells::rate(cell, false))
    }),
    (Field::DataDiskChurn, |x, col, cell| {
        let Some(c) = cell else { return };
        for part in c
            .text()
            .split([';', '|', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let v = cells::rate(Some(&Cell::Text(part.into())), false);
            let v = x.checked(col, v);
            x.g.data_churn.push(v);
        }
    }),
    (Field::Tier, |x, _, cell| x.m.dr.tier = cells::text(cell)),
    (Field::Application, |x, _, cell| {
        x.m.dr.application = cells::text(cell)
    }),
    (Field::RecoveryGroup, |x, _, cell| {
        x.m.dr.recovery_group = cells::text(cell)
    }),
    (Field::BootOrder, |x, col, cell| {
        x.m.dr.boot_order = x.checked(col, cells::count(cell))
    }),
    // hygiene: vInfo's state columns.
    (Field::GuestState, |x, _, cell| {
        x.m.hygiene_mut().guest_state = cells::text(cell)
    }),
    (Field::FtState, |x, _, cell| {
        x.m.hygiene_mut().ft_state = cells::text(cell)
    }),
    (Field::HwVersion, |x, col, cell| {
        let v = match cells::text(cell) {
            Value::Known(t) => match crate::model::hygiene::version_numbers(&t) {
                Some(n) => Value::Known(n[0]),
                None => Value::invalid(t, Refusal::NotANumber),
            },
            other => other.map(|_| 0),
        };
        x.m.hygiene_mut().hw_version = x.checked(col, v);
    }),
    // A hand-made table's summary columns (the generic format's names).
    (Field::SnapshotCount, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().snapshot_count = v;
    }),
    (Field::SnapshotDate, |x, col, cell| {
        let v = match cell {
            None => Value::Empty,
            Some(c) => match super::hygiene::day(c) {
                Some(d) => Value::Known(Some(d)),
                None => x.checked(col, Value::invalid(c.text(), Refusal::NotANumber)),
            },
        };
        x.m.hygiene_mut().snapshot_oldest = v;
    }),
    (Field::SnapshotTotal, |x, col, cell| {
        let v = x.size(col, cell, false);
        x.m.hygiene_mut().snapshot_bytes = v;
    }),
    (Field::SnapshotDescription, |x, _, cell| {
        x.m.hygiene_mut().snapshot_secret = match cells::text(cell) {
            Value::Known(t) => Value::Known(crate::model::hygiene::password_like(&t)),
            Value::Empty => Value::Known(false),
            other => other.map(|_| false),
        }
    }),
    (Field::CdConnected, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().cd_connected = v;
    }),
    (Field::UsbConnected, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().usb_connected = v;
    }),
    (Field::HostCpu, |x, _, cell| {
        x.m.hygiene_mut().host_cpu = cells::text(cell)
    }),
    (Field::StandardSwitchNics, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().standard_switch_nics = v;
    }),
    (Field::InsecurePortNics, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().insecure_port_nics = v;
    }),
    (Field::VmkernelNics, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().vmkernel_nics = v;
    }),
    (Field::SharedDisks, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().shared_disks = v;
    }),
    (Field::IndependentDisks, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().independent_disks = v;
    }),
    (Field::RdmPhysical, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().rdm_physical = v;
    }),
    (Field::RdmVirtual, |x, col, cell| {
        let v = x.checked(col, cells::count(cell));
        x.m.hygiene_mut().rdm_virtual = v;
    }),
    // Read for a password-like word and dropped: the text never reaches a machine. A blank
    // annotation is no annotation (no secret), not an unknown.
    (Field::Annotation, |x, _, cell| {
        x.m.hygiene_mut().annotation_secret = match cells::text(cell) {
            Value::Known(t) => Value::Known(crate::model::hygiene::password_like(&t)),
            Value::Empty => Value::Known(false),
            other => other.map(|_| false),
        }
    }),
    // aws: free space on a mount point, one column each; a blank cell is that partition's
    // free space unknown.
    (Field::FreeRoot, |x, col, cell| free_on(x, col, cell, "/")),
    (Field::FreeTmp, |x, col, cell| free_on(x, col, cell, "/tmp")),
    (Field::FreeBoot, |x, col, cell| {
        free_on(x, col, cell, "/boot")
    }),
    (Field::FreeSystemDrive, |x, col, cell| {
        free_on(x, col, cell, "C:\\")
    }),
    // estate
    (Field::Cluster, |x, _, cell| {
        x.m.placement.cluster = cells::text(cell)
    }),
    (Field::Datacenter, |x, _, cell| {
        x.m.placement.datacenter = cells::text(cell)
    }),
    (Field::Folder, |x, _, cell| {
        x.m.placement.folder = cells::text(cell)
    }),
    // A host's own size: vHost's, read where hosts are joined.
    (Field::HostCores, |_, _, _| {}),
    (Field::HostMemory, |_, _, _| {}),
];

/// A typed table's `Free root`, `Free /tmp`, `Free /boot`, `Free C:` column: the partition
/// mounted there and its free space.
fn free_on(x: &mut Reading<'_, '_>, col: &Column, cell: Option<&Cell>, mount: &str) {
    let free = x.size(col, cell, false);
    let mut parts = match std::mem::take(&mut x.m.partitions) {
        Value::Known(p) => p,
        _ => Vec::new(),
    };
    parts.push(crate::model::Partition {
        mount: mount.to_string(),
        free,
        source: Some(x.rr.source(x.row)),
        field: col.field,
    });
    x.m.partitions = Value::Known(parts);
}

/// Values a machine row makes of another field's column, for the record of where each value
/// was read (`SheetReport::read`): the data disks' count of a count of every disk, the
/// platform of a column naming it.
pub const MADE_FROM: &[(Field, Field)] = &[
    (Field::DataDiskCount, Field::TotalDiskCount),
    (Field::Hypervisor, Field::Platform),
    (Field::Hypervisor, Field::ServerType),
];

/// `Data disks`, `Largest data disk`: a list of sizes (or one), each invalid one recorded.
fn data_disk_list(x: &mut Reading<'_, '_>, col: &Column, cell: Option<&Cell>) {
    x.g.disks.size_columns = true;
    x.g.disks.data_columns = true;
    let unit = cell.and_then(|c| unit_for(col, x.rr.format, false, c));
    let v = cells::size_list(cell, unit);
    if let Value::Known(items) = &v {
        for item in items {
            if let Value::Invalid(bad) = item {
                x.rr.record(x.inv, x.row, col, &x.name, &bad.raw, &bad.why);
            }
        }
    }
    x.g.disks.data_list = std::mem::take(&mut x.g.disks.data_list).or(v);
}

/// `Disk N read ops`, `Disk N write ops` (per second).
fn disk_n_ops(x: &mut Reading<'_, '_>, col: &Column, cell: Option<&Cell>) {
    if cell.is_some() {
        let v = x.checked(col, cells::per_second(cell));
        let n = col.disk_index.unwrap_or(0);
        x.g.disks.disk_n_perf.push((n, col.field, v));
    }
}

/// A column naming the platform (`Hypervisor`, Azure Migrate's `Server type`); `Virtual`
/// names none.
fn hypervisor(x: &mut Reading<'_, '_>, col: &Column, cell: Option<&Cell>) {
    match cell {
        Some(c) => {
            let t = c.text();
            if let Some(h) = cells::hypervisor_word(&t) {
                x.m.hypervisor = Value::Known(h);
            } else if !t.trim().eq_ignore_ascii_case("virtual") {
                x.m.hypervisor = x.checked(col, Value::invalid(t, Refusal::ExpectedPlatform));
            }
        }
        None if x.m.hypervisor.is_absent() => x.m.hypervisor = Value::Empty,
        None => {}
    }
}

/// [`COLUMNS`] by field (`field as usize`), so a row reads each column without a search.
static READ_BY_FIELD: std::sync::LazyLock<Vec<Read>> = std::sync::LazyLock::new(|| {
    let mut by_field: Vec<Read> = vec![|x, col, cell| x.tag(col, cell); Field::ALL.len()];
    for (field, read) in COLUMNS {
        by_field[*field as usize] = *read;
    }
    by_field
});

/// Reads one row into `m`: each mapped column by its [`COLUMNS`] entry, then what needs more
/// than one column put together. Returns true when the hypervisor was inferred.
pub fn apply_row(
    inv: &mut Inventory,
    rr: &RowReader<'_>,
    det: &Detected,
    row: &Row,
    m: &mut Machine,
) -> bool {
    let read_by_field = &*READ_BY_FIELD;
    let mut x = Reading {
        inv,
        rr,
        row,
        name: m.name.clone(),
        m,
        g: Gathered::default(),
    };
    for col in &det.columns {
        read_by_field[col.field as usize](&mut x, col, row.get(col.index));
    }

    // Columns no alias knows are kept verbatim as tags (company policies read them), except
    // RVTools' ninety-odd vInfo columns, which `inspect` lists instead.
    if rr.format.spec().unmapped_as_tags {
        for (i, header) in &det.unmapped {
            if let Some(c) = row.get(*i) {
                x.m.tags.push((header.clone(), c.text()));
            }
        }
    }
    let Reading {
        inv, name, m, g, ..
    } = x;
    let Gathered {
        os_text,
        os_alt,
        os_detailed,
        os_col,
        os_alt_col,
        os_version,
        disks: disk_columns,
        active_memory,
        total_disks,
        platform,
        os_churn,
        data_churn,
    } = g;
    memory_use(m, &active_memory);
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
    disks(rr, row, m, disk_columns);
    churn(m, os_churn, data_churn);
    if m.data_disk_count.is_absent() {
        m.data_disk_count = match total_disks {
            Value::Known(n) => Value::Known(n.saturating_sub(1)),
            other => other,
        };
    }
    infer_hypervisor(m, rr.format, platform.as_deref())
}

/// Memory in use over memory allocated, where the row gives active memory (RVTools vInfo)
/// and no utilisation column says otherwise.
fn memory_use(m: &mut Machine, active_memory: &Value<u64>) {
    if m.memory_util_pct.is_absent()
        && let (Value::Known(active), Value::Known(total)) = (active_memory, &m.memory_bytes)
        && *total > 0
    {
        m.memory_util_pct = Value::Known((*active as f64 / *total as f64 * 100.0).min(100.0));
    } else if m.memory_util_pct.is_absent() && !active_memory.is_absent() {
        m.memory_util_pct = Value::Empty;
    }
}

/// Disks from the size columns: `Disk N size` (the format tells which is the OS disk; with
/// its churn and performance), then a data-disk list; and whether data disk sizes are known.
fn disks(rr: &RowReader<'_>, row: &Row, m: &mut Machine, columns: DiskColumns) {
    let DiskColumns {
        data_list,
        mut disk_n,
        disk_n_write,
        disk_n_perf,
        size_columns,
        data_columns,
    } = columns;
    disk_n.sort_by_key(|(i, _)| *i);
    m.disks.reserve_exact(disk_n.len());
    for (i, size) in disk_n {
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
}

/// Per-disk churn: the OS disk's, then the data disks' in their order.
fn churn(m: &mut Machine, os_churn: Value<f64>, data_churn: Vec<Value<f64>>) {
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
    let manager = match m.host.managed_by.known() {
        // A standalone ESXi host is VMware's.
        Some(Manager::StandaloneEsxi) => Some("ESXi"),
        other => other.and_then(Manager::server),
    };
    let from_host = [manager, m.host.os.known().map(String::as_str)]
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A field read two ways would be read by whichever entry came last.
    #[test]
    fn each_field_is_read_one_way() {
        for (i, (field, _)) in COLUMNS.iter().enumerate() {
            assert!(
                !COLUMNS[..i].iter().any(|(f, _)| f == field),
                "{field:?} twice"
            );
        }
    }
}
