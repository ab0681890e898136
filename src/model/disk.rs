//! A machine's disks: their role, size, kind and load, and the name a reader sees.

use compact_str::CompactString;
use serde::Serialize;

use super::{SourceRef, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiskRole {
    Os,
    Data,
}

/// What a disk is, as far as the matrices care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiskKind {
    Vhd,
    Vhdx,
    Vmdk,
    Rdm,
    PassThrough,
    Shared,
    Iscsi,
    Fc,
    Independent,
}

/// A set of disk kinds in two bytes (a disk can be raw, shared and independent at once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiskKinds(u16);

impl DiskKinds {
    const ALL: [DiskKind; 9] = [
        DiskKind::Vhd,
        DiskKind::Vhdx,
        DiskKind::Vmdk,
        DiskKind::Rdm,
        DiskKind::PassThrough,
        DiskKind::Shared,
        DiskKind::Iscsi,
        DiskKind::Fc,
        DiskKind::Independent,
    ];

    pub fn insert(&mut self, k: DiskKind) {
        self.0 |= 1 << k as u16;
    }

    pub fn contains(self, k: DiskKind) -> bool {
        self.0 & (1 << k as u16) != 0
    }

    /// The kinds in the set, in declaration order.
    pub fn iter(self) -> impl Iterator<Item = DiskKind> {
        Self::ALL.into_iter().filter(move |k| self.contains(*k))
    }
}

/// The bus a disk hangs on, as the hypervisor names its controller (RVTools vDisk
/// `Controller`: `SCSI controller 0`, `NVME controller 0`; Hyper-V `ControllerType`: `IDE`,
/// `SCSI`): the matrices that speak of it (NVMe disks not supported, or for Windows only) name
/// the bus, not the controller's make, so LSI Logic, BusLogic and paravirtual are all SCSI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Controller {
    Ide,
    Sata,
    Scsi,
    Nvme,
}

impl Controller {
    pub const ALL: [Controller; 4] = [
        Controller::Ide,
        Controller::Sata,
        Controller::Scsi,
        Controller::Nvme,
    ];

    /// As the matrices and vSphere write it: `IDE`, `SATA`, `SCSI`, `NVMe` (the same in Korean).
    pub fn label(self) -> &'static str {
        match self {
            Controller::Ide => "IDE",
            Controller::Sata => "SATA",
            Controller::Scsi => "SCSI",
            Controller::Nvme => "NVMe",
        }
    }

    /// Reads a controller as inventories write it: vSphere's labels as RVTools lists them
    /// (`SCSI controller 0`, `IDE 1`, `SATA controller 0`, `NVME controller 0`, and the
    /// same labels from a vCenter in another language, `SCSI-Controller 0`, `SCSI 컨트롤러 0`),
    /// Hyper-V's `ControllerType` (`IDE`, `SCSI`), device names (`scsi0:1`, `nvme0:0`,
    /// `sata0:2`, `ide0:0`) and the controller models people type (`LSI Logic SAS`,
    /// `VMware Paravirtual`, `PVSCSI`, `BusLogic`, `AHCI`, `SAS`). `None`: no bus it names
    /// is known (`virtio`, `PMEM`, a number).
    pub fn parse(text: &str) -> Option<Controller> {
        let lower = text.trim().to_lowercase();
        // Words of letters only: `scsi0:1` gives `scsi`, `SCSI-Controller 0` gives `scsi`
        // and `controller`.
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |w: &str| words.contains(&w);
        let found = [
            (
                Controller::Nvme,
                has("nvme") || lower.contains("non-volatile memory express"),
            ),
            (Controller::Sata, has("sata") || has("ahci")),
            (
                Controller::Scsi,
                has("scsi")
                    || has("pvscsi")
                    || has("sas")
                    || has("lsilogic")
                    || has("lsilogicsas")
                    || has("buslogic")
                    || lower.contains("lsi logic")
                    || lower.contains("paravirtual"),
            ),
            (Controller::Ide, has("ide") || has("pata")),
        ];
        let mut hits = found.iter().filter(|(_, hit)| *hit).map(|(c, _)| *c);
        match (hits.next(), hits.next()) {
            // Two buses in one cell (`SCSI/NVMe`) are not one disk's controller.
            (Some(c), None) => Some(c),
            _ => None,
        }
    }
}

/// A set of controllers in one byte: what a machine-level column (`Disk controller` =
/// `SCSI; NVMe`) says the machine's disks use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Controllers(u8);

impl Controllers {
    pub fn insert(&mut self, c: Controller) {
        self.0 |= 1 << c as u8;
    }

    pub fn contains(self, c: Controller) -> bool {
        self.0 & (1 << c as u8) != 0
    }

    /// The controllers in the set, in declaration order.
    pub fn iter(self) -> impl Iterator<Item = Controller> {
        Controller::ALL
            .into_iter()
            .filter(move |c| self.contains(*c))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disk {
    /// Held inline up to 24 bytes (`Hard disk 1`, `Data disk 12`): no allocation per disk.
    pub name: CompactString,
    pub role: DiskRole,
    pub size_bytes: Value<u64>,
    pub kind: Value<DiskKind>,
    /// Every special kind the disk has (raw, shared and independent can come together);
    /// `kind` names the strongest.
    #[serde(skip)]
    pub features: DiskKinds,
    /// Logical sector size in bytes, when the inventory says.
    #[serde(skip_serializing_if = "Value::is_absent")]
    pub sector_bytes: Value<u32>,
    /// The controller the disk is attached to, when a per-disk sheet says (RVTools vDisk
    /// `Controller`, Hyper-V `ControllerType`).
    #[serde(skip_serializing_if = "Value::is_absent")]
    pub controller: Value<Controller>,
    /// Average churn of this disk in MB/s, when the inventory gives it per disk.
    #[serde(skip_serializing_if = "Value::is_absent")]
    pub churn_mb_s: Value<f64>,
    /// Read throughput and IOPS, when the inventory gives them (Azure Migrate's CSV): what
    /// a disk tier must sustain. Boxed: most inventories have none, and a disk stays small.
    #[serde(skip)]
    pub perf: Option<Box<DiskPerf>>,
    #[serde(skip)]
    pub source: Option<SourceRef>,
}

/// The name rehost gives the disk of a file's `OS disk` column (a reader sees it in their
/// language: [`crate::words::model::disk_name`]).
pub const OS_DISK_NAME: &str = "OS disk";
/// The names rehost gives the disks of `Data disk N` columns begin with this.
pub const DATA_DISK_PREFIX: &str = "Data disk ";

impl Disk {
    pub fn new(name: impl Into<CompactString>, role: DiskRole, size: Value<u64>) -> Disk {
        Disk {
            name: name.into(),
            role,
            size_bytes: size,
            kind: Value::Absent,
            features: DiskKinds::default(),
            sector_bytes: Value::Absent,
            controller: Value::Absent,
            churn_mb_s: Value::Absent,
            perf: None,
            source: None,
        }
    }

    /// Read plus write operations per second, when both are known.
    pub fn iops(&self) -> Option<f64> {
        let p = self.perf.as_deref()?;
        Some(p.read_ops.known()? + p.write_ops.known()?)
    }

    /// Read plus write throughput (the write throughput is the churn), MB/s, when both are
    /// known.
    pub fn mb_s(&self) -> Option<f64> {
        let p = self.perf.as_deref()?;
        Some(p.read_mb_s.known()? + self.churn_mb_s.known()?)
    }
}

/// A disk's measured load beside its churn.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DiskPerf {
    pub read_mb_s: Value<f64>,
    pub read_ops: Value<f64>,
    pub write_ops: Value<f64>,
}

#[cfg(test)]
mod tests {
    use super::Controller::{self, *};

    /// Controllers as inventories write them: vSphere's labels (RVTools vDisk), Hyper-V's
    /// `ControllerType`, device names and the models people type; `None` for no known bus.
    #[test]
    fn controllers_as_written() {
        let cases: &[(&str, Option<Controller>)] = &[
            ("SCSI controller 0", Some(Scsi)),
            ("NVME controller 0", Some(Nvme)),
            ("NVMe controller 2", Some(Nvme)),
            ("SATA controller 0", Some(Sata)),
            ("IDE 0", Some(Ide)),
            ("IDE", Some(Ide)),
            ("SCSI", Some(Scsi)),
            ("scsi0:1", Some(Scsi)),
            ("nvme0:0", Some(Nvme)),
            ("sata0:2", Some(Sata)),
            ("ide1:0", Some(Ide)),
            ("SCSI-Controller 0", Some(Scsi)),
            ("SCSI 컨트롤러 0", Some(Scsi)),
            ("LSI Logic SAS", Some(Scsi)),
            ("LSI Logic Parallel", Some(Scsi)),
            ("VMware Paravirtual", Some(Scsi)),
            ("PVSCSI", Some(Scsi)),
            ("BusLogic Parallel", Some(Scsi)),
            ("AHCI", Some(Sata)),
            ("SAS", Some(Scsi)),
            ("Non-Volatile Memory Express", Some(Nvme)),
            // No bus, or two: not one disk's controller.
            ("NVDIMM controller 0", None),
            ("virtio", None),
            ("PMEM", None),
            ("0", None),
            ("SCSI/NVMe", None),
            ("", None),
            // Words that only contain a bus's letters.
            ("guide", None),
            ("idea", None),
        ];
        for (text, want) in cases {
            assert_eq!(Controller::parse(text), *want, "{text:?}");
        }
    }
}
