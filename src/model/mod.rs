//! The data set between the importer and the rules engine: machines, their disks and hosts,
//! each attribute a [`Value`] that says whether it was read, absent, empty or unreadable.
//!
//! The distinction between *absent* (the inventory has no column for it) and *empty* (the
//! column exists, this row's cell is blank) is what lets the engine tell "not evaluated,
//! the inventory cannot say" from "unknown for this machine".

use serde::Serialize;
use std::sync::Arc;

mod date;
mod disk;
mod field;
pub mod hygiene;

mod value;

pub use crate::os::Arch;
use crate::os::Os;
pub use date::{BadDate, Date, run_seconds};
pub use disk::{
    Controller, Controllers, DATA_DISK_PREFIX, Disk, DiskKind, DiskKinds, DiskPerf, DiskRole,
    OS_DISK_NAME,
};
pub use field::Field;
pub use hygiene::Hygiene;
pub use value::{Problem, Refusal, Unreadable, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Hypervisor {
    Vmware,
    HyperV,
    Physical,
    Other,
}

impl Hypervisor {
    /// As people write it: `VMware`, `Hyper-V`, `physical`.
    pub fn label(self) -> &'static str {
        match self {
            Hypervisor::Vmware => "VMware",
            Hypervisor::HyperV => "Hyper-V",
            Hypervisor::Physical => "physical",
            Hypervisor::Other => "other-platform",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Hypervisor::Vmware => "vmware",
            Hypervisor::HyperV => "hyper-v",
            Hypervisor::Physical => "physical",
            Hypervisor::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Firmware {
    Bios,
    Uefi,
}

impl Firmware {
    pub fn as_str(self) -> &'static str {
        match self {
            Firmware::Bios => "bios",
            Firmware::Uefi => "uefi",
        }
    }
}

/// Where a row came from: file, sheet (none for CSV) and 1-based row number.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRef {
    pub file: Arc<str>,
    pub sheet: Option<Arc<str>>,
    pub row: u32,
}

/// `file!sheet!row` (`file!row` for a CSV).
impl std::fmt::Display for SourceRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.sheet {
            Some(s) => write!(f, "{}!{}!{}", self.file, s, self.row),
            None => write!(f, "{}!{}", self.file, self.row),
        }
    }
}

impl SourceRef {
    /// `file!sheet!row` as people quote spreadsheet locations.
    pub fn display(&self) -> String {
        self.to_string()
    }
    /// The reference of one cell in this row, e.g. `vInfo!C17`.
    pub fn cell(&self, col: usize) -> String {
        let c = col_letter(col);
        match &self.sheet {
            Some(s) => format!("{}!{}{}", s, c, self.row),
            None => format!("{}!{}{}", base_name(&self.file), c, self.row),
        }
    }
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Column index (0-based) to spreadsheet letters: 0 → A, 25 → Z, 26 → AA.
pub fn col_letter(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Host {
    pub name: Value<String>,
    /// Host OS or hypervisor version as written (`Windows Server 2016`, `VMware ESXi 6.5`).
    pub os: Value<String>,
    /// The management server as written (`VMM 2016`, `vCenter Server 6.5`), or none.
    pub managed_by: Value<Manager>,
}

/// What manages a machine's host. Its words (and its JSON form, the English words) are the
/// words layer's (`crate::words::model::manager`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Manager {
    /// A management column's text as written (`VMM 2016`, `vCenter Server 6.5`, `none`).
    Server(String),
    /// No server: a standalone ESXi host (RVTools' `VI SDK Server type` `HostAgent`).
    StandaloneEsxi,
}

impl Manager {
    /// The text as written, if the inventory wrote one.
    pub fn server(&self) -> Option<&str> {
        match self {
            Manager::Server(t) => Some(t),
            Manager::StandaloneEsxi => None,
        }
    }

    /// A server is named: not a blank text, nor one that starts with `none` as people write
    /// an unmanaged host.
    pub fn is_managed(&self) -> bool {
        match self {
            Manager::Server(t) => {
                !t.trim().is_empty() && !t.to_ascii_lowercase().starts_with("none")
            }
            Manager::StandaloneEsxi => false,
        }
    }
}

/// Disaster-recovery targets and measurements for one machine.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DrFacts {
    pub rpo_seconds: Value<u64>,
    pub rto_seconds: Value<u64>,
    /// Average churn of the whole machine, MB/s.
    pub churn_mb_s: Value<f64>,
    /// Peak churn of the whole machine, MB/s.
    pub peak_churn_mb_s: Value<f64>,
    pub used_bytes: Value<u64>,
    pub tier: Value<String>,
    pub application: Value<String>,
    pub recovery_group: Value<String>,
    pub boot_order: Value<u32>,
}

/// Disk features recorded at machine level by inventories that have one yes/no column each.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DiskFlags {
    pub shared: Value<bool>,
    pub fc: Value<bool>,
    pub pass_through: Value<bool>,
    pub rdm: Value<bool>,
    pub iscsi: Value<bool>,
    pub independent: Value<bool>,
    pub sector_4k: Value<bool>,
    pub dynamic_os_disk: Value<bool>,
    /// The controllers a machine-level column names for the machine's disks (a hand-typed
    /// `Disk controller` = `NVMe`); per-disk sheets put the controller on each disk instead.
    #[serde(skip)]
    pub controllers: Value<Controllers>,
}

/// One source's reading of a machine's OS.
#[derive(Debug, Clone, PartialEq)]
pub struct OsReading {
    /// The column it came from (`os`, `os (vmware tools)`, …).
    pub field: Field,
    /// Which source it is (its words are the words layer's).
    pub source: OsSource,
    pub os: Arc<Os>,
}

/// A source of a machine's OS within one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OsSource {
    /// VMware Tools' detailed data (RVTools `Guest Detailed Data`).
    ToolsDetailed,
    /// VMware Tools' short name.
    Tools,
    /// RVTools' OS of the configuration file.
    ConfigFile,
    /// The OS column of any other table.
    OsColumn,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Machine {
    pub name: String,
    pub source: SourceRef,
    pub hypervisor: Value<Hypervisor>,
    /// The hypervisor was not written but read from the host OS or management server.
    #[serde(skip)]
    pub hypervisor_inferred: bool,
    pub firmware: Value<Firmware>,
    pub generation: Value<u8>,
    pub secure_boot: Value<bool>,
    pub os: Value<Arc<Os>>,
    /// Every OS the row gives, from each of its sources (VMware Tools' detailed data, its
    /// short name, the configuration file; an OS name and version), with the field each was
    /// read from; `os` is the most specific of them.
    #[serde(skip)]
    pub os_readings: Vec<OsReading>,
    /// From a separate architecture column, else from the OS string.
    pub architecture: Value<Arch>,
    #[serde(skip)]
    pub architecture_from_column: bool,
    pub cores: Value<u32>,
    pub memory_bytes: Value<u64>,
    pub nics: Value<u32>,
    /// CPU and memory utilisation in per cent, for sizing by performance.
    #[serde(skip)]
    pub cpu_util_pct: Value<f64>,
    #[serde(skip)]
    pub memory_util_pct: Value<f64>,
    pub disks: Vec<Disk>,
    /// Whether the inventory has per-disk sizes at all, and for this row.
    #[serde(skip)]
    pub disk_sizes: Value<()>,
    /// A column that counts data disks; wins over the listed disks for the count.
    #[serde(skip)]
    pub data_disk_count: Value<u32>,
    pub disk_flags: DiskFlags,
    pub bitlocker: Value<bool>,
    pub power_state: Value<String>,
    pub host: Host,
    pub dr: DrFacts,
    /// Columns the importer does not interpret, kept verbatim (header, text).
    pub tags: Vec<(String, String)>,
    /// What the hygiene checks read (RVTools only); none for any other inventory.
    #[serde(skip)]
    pub hygiene: Option<Box<Hygiene>>,
    /// The guest's partitions with their free space (RVTools vPartition; a typed table's
    /// `Free root`, `Free /tmp`, … columns): what the AWS agents' free-space rules read.
    /// `Absent`: the inventory has no such sheet or column.
    #[serde(skip)]
    pub partitions: Value<Vec<Partition>>,
    /// Where the machine sits and what it is given: the estate's breakdowns.
    #[serde(skip)]
    pub placement: Placement,
}

/// One host of the estate as its own sheet gives it (RVTools vHost): where it sits and its
/// physical size, for over-commit (vCPU per physical core, memory given over memory held).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HostFacts {
    pub name: String,
    pub cluster: Value<String>,
    pub datacenter: Value<String>,
    pub cores: Value<u32>,
    pub memory_bytes: Value<u64>,
}

/// Where a machine sits in the on-premises estate (cluster, datacenter, folder) and the
/// storage provisioned for it: what estate totals and groups are made of. Absent when the
/// inventory has no such column: a breakdown by it is then not evaluated, never zero.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Placement {
    pub cluster: Value<String>,
    pub datacenter: Value<String>,
    pub folder: Value<String>,
    /// Storage provisioned (RVTools vInfo `Provisioned MiB`).
    pub provisioned_bytes: Value<u64>,
    /// Storage in use as the machine's own column says (RVTools vInfo `In Use MiB`: the
    /// datastore space it takes). DR's used storage may come from the guest's partitions
    /// instead (vPartition); the estate's total is the column's.
    pub in_use_bytes: Value<u64>,
}

/// One guest partition as the inventory lists it: where it is mounted (`/`, `/boot`, `C:\`)
/// and how much of it is free.
#[derive(Debug, Clone, PartialEq)]
pub struct Partition {
    pub mount: String,
    pub free: Value<u64>,
    /// The row it was read from (a vPartition row; the machine's row in a typed table).
    pub source: Option<SourceRef>,
    /// The column its free space was read from: vPartition's `Free MiB`, or a typed table's
    /// `Free root` (whose header names the mount point).
    pub field: Field,
}

impl Machine {
    /// The partition that holds `path`: the one mounted at it, else the one whose mount is the
    /// longest leading part of it (`/tmp` lives on `/` unless it has a partition of its own).
    /// Drive letters and paths compare without case and without a trailing separator.
    pub fn partition_holding(&self, path: &str) -> Option<&Partition> {
        let norm = |p: &str| {
            let t = p.trim().replace('\\', "/").to_ascii_lowercase();
            let t = t.trim_end_matches('/').to_string();
            if t.is_empty() && p.trim().starts_with(['/', '\\']) {
                "/".to_string()
            } else {
                t
            }
        };
        let want = norm(path);
        let Value::Known(parts) = &self.partitions else {
            return None;
        };
        parts
            .iter()
            .filter(|p| {
                let m = norm(&p.mount);
                m == want
                    || (m == "/" && want.starts_with('/'))
                    || (want.starts_with(&m) && want[m.len()..].starts_with('/'))
            })
            .max_by_key(|p| norm(&p.mount).len())
    }
}

impl Machine {
    /// Average churn of the whole machine (MB/s): its own figure, else the sum of its disks'
    /// (Azure Migrate's per-disk write throughput) when every disk with a figure has one
    /// that reads.
    pub fn average_churn(&self) -> Option<f64> {
        if let Value::Known(c) = self.dr.churn_mb_s {
            return Some(c);
        }
        let given: Vec<&Value<f64>> = self
            .disks
            .iter()
            .map(|d| &d.churn_mb_s)
            .filter(|c| !c.is_absent())
            .collect();
        if given.is_empty() || given.iter().any(|c| !c.is_known()) {
            return None;
        }
        Some(given.iter().filter_map(|c| c.known()).sum())
    }

    /// The column the OS in use was read from (`os` when only one source).
    pub fn os_field(&self) -> Field {
        match &self.os {
            Value::Known(os) => self
                .os_readings
                .iter()
                .find(|r| Arc::ptr_eq(&r.os, os))
                .map_or(Field::Os, |r| r.field),
            _ => Field::Os,
        }
    }

    pub fn new(name: impl Into<String>, source: SourceRef) -> Machine {
        Machine {
            name: name.into(),
            source,
            hypervisor: Value::Absent,
            hypervisor_inferred: false,
            firmware: Value::Absent,
            generation: Value::Absent,
            secure_boot: Value::Absent,
            os: Value::Absent,
            os_readings: Vec::new(),
            architecture: Value::Absent,
            architecture_from_column: false,
            cores: Value::Absent,
            memory_bytes: Value::Absent,
            nics: Value::Absent,
            cpu_util_pct: Value::Absent,
            memory_util_pct: Value::Absent,
            disks: Vec::new(),
            disk_sizes: Value::Absent,
            data_disk_count: Value::Absent,
            disk_flags: DiskFlags::default(),
            bitlocker: Value::Absent,
            power_state: Value::Absent,
            host: Host::default(),
            dr: DrFacts::default(),
            tags: Vec::new(),
            hygiene: None,
            partitions: Value::Absent,
            placement: Placement::default(),
        }
    }

    /// The hygiene facts read, all absent for a machine of another inventory.
    pub fn hygiene(&self) -> &Hygiene {
        self.hygiene.as_deref().unwrap_or(&hygiene::NONE)
    }

    /// The hygiene facts, to be filled in by the importer.
    pub fn hygiene_mut(&mut self) -> &mut Hygiene {
        self.hygiene.get_or_insert_with(Default::default)
    }

    /// Generation as the matrices use it: the generation column, else derived from firmware
    /// (BIOS = 1, UEFI = 2).
    pub fn effective_generation(&self) -> Value<u8> {
        match &self.generation {
            Value::Known(_) | Value::Invalid(_) => self.generation.clone(),
            _ => match &self.firmware {
                Value::Known(Firmware::Bios) => Value::Known(1),
                Value::Known(Firmware::Uefi) => Value::Known(2),
                other => other.clone().map(|_| 0),
            },
        }
    }

    /// Firmware as the matrices use it: the firmware column, else derived from generation.
    pub fn effective_firmware(&self) -> Value<Firmware> {
        match &self.firmware {
            Value::Known(_) | Value::Invalid(_) => self.firmware.clone(),
            _ => match &self.generation {
                Value::Known(1) => Value::Known(Firmware::Bios),
                Value::Known(2) => Value::Known(Firmware::Uefi),
                Value::Known(g) => Value::invalid(g.to_string(), value::Refusal::GenerationRange),
                // A firmware column with a blank cell is unknown, whatever the generation
                // column (or its absence) says.
                _ if matches!(self.firmware, Value::Empty) => Value::Empty,
                other => other.clone().map(|_| Firmware::Bios),
            },
        }
    }

    pub fn os_disk(&self) -> Option<&Disk> {
        self.disks.iter().find(|d| d.role == DiskRole::Os)
    }

    pub fn data_disks(&self) -> impl Iterator<Item = &Disk> {
        self.disks.iter().filter(|d| d.role == DiskRole::Data)
    }

    /// Number of data disks: the counting column when there is one, else the disks listed.
    pub fn effective_data_disk_count(&self) -> Value<u32> {
        match (&self.data_disk_count, &self.disk_sizes) {
            (Value::Known(_) | Value::Invalid(_), _) => self.data_disk_count.clone(),
            (_, Value::Known(())) => Value::Known(self.data_disks().count() as u32),
            (Value::Empty, _) => Value::Empty,
            (_, other) => other.clone().map(|_| 0),
        }
    }

    pub fn total_storage_bytes(&self) -> Option<u64> {
        let mut total = 0u64;
        let mut any = false;
        for d in &self.disks {
            if let Value::Known(s) = d.size_bytes {
                total = total.saturating_add(s);
                any = true;
            }
        }
        any.then_some(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A path is held by its own partition, else by the longest mount point above it; drive
    /// letters compare without case or trailing separator.
    #[test]
    fn a_path_is_held_by_the_longest_mount_above_it() {
        let src = SourceRef {
            file: "x.csv".into(),
            sheet: None,
            row: 2,
        };
        let mut m = Machine::new("m", src);
        assert!(m.partition_holding("/").is_none(), "no partition sheet");
        let part = |mount: &str, free: u64| Partition {
            mount: mount.into(),
            free: Value::Known(free),
            source: None,
            field: Field::PartitionFree,
        };
        m.partitions = Value::Known(vec![part("/", 1), part("/boot", 2), part("C:\\", 3)]);
        let free = |p: &str| m.partition_holding(p).map(|p| p.free.clone());
        assert_eq!(free("/"), Some(Value::Known(1)));
        assert_eq!(free("/tmp"), Some(Value::Known(1)), "/tmp lives on /");
        assert_eq!(free("/boot"), Some(Value::Known(2)));
        assert_eq!(free("/bootx"), Some(Value::Known(1)), "not under /boot");
        assert_eq!(free("c:"), Some(Value::Known(3)));
        assert_eq!(free("D:\\"), None);
        m.partitions = Value::Known(vec![part("C:\\", 3)]);
        assert!(
            m.partition_holding("/tmp").is_none(),
            "a Windows machine holds no /tmp"
        );
    }

    #[test]
    fn column_letters() {
        for (i, s) in [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (51, "AZ"),
            (52, "BA"),
            (16383, "XFD"),
        ] {
            assert_eq!(col_letter(i), s);
        }
    }

    #[test]
    fn generation_and_firmware_derive_each_other() {
        let src = SourceRef {
            file: "x.csv".into(),
            sheet: None,
            row: 2,
        };
        let mut m = Machine::new("a", src);
        m.firmware = Value::Known(Firmware::Uefi);
        assert_eq!(m.effective_generation(), Value::Known(2));
        m.firmware = Value::Absent;
        m.generation = Value::Known(1);
        assert_eq!(m.effective_firmware(), Value::Known(Firmware::Bios));
        m.generation = Value::Empty;
        assert_eq!(m.effective_firmware(), Value::Empty);
    }
}
