//! The vocabulary of what a machine's attributes are called: every column an importer maps,
//! every value a check reads and every cell a report quotes is named by one [`Field`], so a
//! reading finds its cell by the field, never by matching label strings.

macro_rules! fields {
    ($($(#[$m:meta])* $v:ident => $label:literal,)*) => {
        /// What a column holds.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $($(#[$m])* $v,)*
        }

        impl Field {
            /// Every field, in declaration order.
            pub const ALL: &[Field] = &[$(Field::$v,)*];

            /// The name shown in `inspect`, JSON and the data-quality sheet.
            pub fn label(self) -> &'static str {
                match self {
                    $(Field::$v => $label,)*
                }
            }

            /// The field's message in the catalogue (`field-OsDisk`): its name in the reader's
            /// language, as the words layer says it.
            pub fn message_id(self) -> &'static str {
                match self {
                    $(Field::$v => concat!("field-", stringify!($v)),)*
                }
            }
        }
    };
}

// Each field once, with its label (its name in every language is in the catalogue).
fields! {
    Name => "name",
    Os => "os",
    OsAlt => "os (vmware tools)",
    /// VMware Tools' `Guest Detailed Data` (RVTools vInfo): distro name, version, kernel.
    OsDetailed => "os (guest detailed data)",
    OsVersion => "os version",
    OsArch => "os architecture",
    Cores => "cores",
    Memory => "memory",
    Firmware => "firmware",
    Generation => "generation",
    SecureBoot => "secure boot",
    BitLocker => "bitlocker",
    OsDisk => "os disk size",
    DataDisk => "data disk sizes",
    LargestDataDisk => "largest data disk",
    DataDiskCount => "data disk count",
    TotalDiskCount => "disk count (with OS disk)",
    /// `Disk N size`; the number is kept in the column's `disk_index`.
    DiskN => "disk N size",
    /// `Disk N write throughput (MB per second)` (Azure Migrate CSV): the disk's churn.
    DiskNWrite => "disk N write throughput",
    /// `Disk N read throughput (MB per second)` (Azure Migrate CSV).
    DiskNRead => "disk N read throughput",
    /// `Disk N read ops (operations per second)`.
    DiskNReadOps => "disk N read ops",
    /// `Disk N write ops (operations per second)`.
    DiskNWriteOps => "disk N write ops",
    DiskType => "disk type",
    Nics => "nics",
    /// CPU utilisation in per cent (Azure Migrate CSV `CPU utilization percentage`).
    CpuUtil => "cpu utilisation",
    /// Memory utilisation in per cent.
    MemoryUtil => "memory utilisation",
    /// Active memory (RVTools vInfo `Active Memory`): over the memory, its utilisation.
    ActiveMemory => "active memory",
    /// RVTools vCPU `Overall`: the CPU in use, MHz.
    CpuOverall => "cpu in use (mhz)",
    /// RVTools vCPU `Max`: the CPU the VM may use, MHz.
    CpuMax => "cpu max (mhz)",
    Host => "host",
    HostOs => "host os",
    ManagedBy => "managed by",
    Platform => "platform",
    ServerType => "server type",
    Hypervisor => "hypervisor",
    PowerState => "power state",
    Template => "template",
    SrmPlaceholder => "srm placeholder",
    SharedDisk => "shared disk",
    FcDisk => "fibre channel disk",
    PassThrough => "pass-through disk",
    Rdm => "rdm disk",
    Iscsi => "iscsi disk",
    Sector4k => "4k sector disk",
    UsedStorage => "used storage",
    ProvisionedStorage => "provisioned storage",
    MachineId => "machine id",
    VmUuid => "vm uuid",
    VCenter => "vcenter",
    VCenterVersion => "vcenter version",
    VCenterType => "vcenter server type",
    // Disaster-recovery columns.
    Rpo => "rpo target",
    Rto => "rto target",
    Churn => "average churn",
    ChurnPerDay => "churn per day",
    PeakChurn => "peak churn",
    /// Churn of the OS disk, and of the data disks (a list, in the data disks' order).
    OsDiskChurn => "os disk churn",
    DataDiskChurn => "data disk churn",
    Tier => "tier",
    Application => "application",
    RecoveryGroup => "recovery group",
    BootOrder => "boot order",
    // Per-disk sheets (RVTools vDisk/vPartition, Hyper-V VHD export).
    DiskLabel => "disk",
    DiskCapacity => "disk capacity",
    DiskPath => "disk path",
    DiskFormat => "disk format",
    DiskRaw => "raw (rdm)",
    DiskSharing => "sharing mode",
    DiskMode => "disk mode",
    /// The bus a disk is attached to: RVTools vDisk `Controller`, Hyper-V `ControllerType`,
    /// a hand-typed `Disk controller` or `Bus` column.
    DiskController => "disk controller",
    PartitionConsumed => "consumed",
    EsxVersion => "esx version",
    /// A disk in independent mode (from vDisk's `Disk Mode`): a reading, no column of its own.
    IndependentDisk => "independent disk",
    /// A company-policy column (`tag:Owner`): any column the importer keeps as a tag.
    Tag => "tag",
    // hygiene: RVTools columns the hygiene checks read, and what they count.
    /// vInfo `Guest state`: VMware Tools' view of the guest (`running`, `notRunning`).
    GuestState => "guest state",
    /// vInfo `HW version`.
    HwVersion => "hardware version",
    /// vInfo `FT State`.
    FtState => "fault tolerance state",
    /// vInfo `Annotation`: read for password-like words, never kept.
    Annotation => "annotation",
    /// vSnapshot `Date / time`, `Size MiB (vmsn)`, `Description`.
    SnapshotDate => "snapshot date",
    SnapshotSize => "snapshot size",
    SnapshotDescription => "snapshot description",
    /// vCD's and vUSB's `Connected`.
    Connected => "connected",
    /// vDisk `Raw Com. Mode` (`physicalMode`, `virtualMode`) and `Shared Bus`.
    RawComMode => "rdm compatibility mode",
    SharedBus => "shared bus",
    /// vHost `CPU Model`.
    HostCpu => "host cpu model",
    /// vNetwork `Network` and `Switch`; dvSwitch `Switch`.
    Network => "network",
    Switch => "switch",
    /// dvPort `Port`, `VLAN`, `Allow Promiscuous`, `Mac Changes`, `Forged Transmits`, `Type`.
    PortGroup => "port group",
    Vlan => "vlan",
    Promiscuous => "allow promiscuous",
    MacChanges => "mac changes",
    ForgedTransmits => "forged transmits",
    PortType => "port binding",
    /// vSC_VMK `Port Group`.
    VmkPortGroup => "vmkernel port group",
    /// What the hygiene checks count or work out (readings, no column of their own).
    SnapshotCount => "snapshots",
    SnapshotAge => "oldest snapshot age",
    SnapshotTotal => "snapshot size (total)",
    CdConnected => "connected cd/dvd drives",
    UsbConnected => "connected usb devices",
    StandardSwitchNics => "nics on standard switches",
    InsecurePortNics => "nics on insecure port groups",
    VmkernelNics => "nics on vmkernel networks",
    SharedDisks => "shared disks",
    RdmPhysical => "physical-mode rdm disks",
    RdmVirtual => "virtual-mode rdm disks",
    IndependentDisks => "independent disks",
    // aws: free space by mount point, for the AWS Replication Agent's installation rules.
    /// RVTools vPartition `Free MiB` (3.x `Free MB`), with `Disk` naming the mount point.
    PartitionFree => "free space",
    /// A typed table's free space on `/`, `/tmp`, `/boot` and the Windows system drive.
    FreeRoot => "free space on /",
    FreeTmp => "free space on /tmp",
    FreeBoot => "free space on /boot",
    FreeSystemDrive => "free space on c:",
    // estate: where a machine sits, and its host's size (RVTools vInfo, vHost).
    /// The cluster a machine runs in (RVTools vInfo/vHost `Cluster`).
    Cluster => "cluster",
    /// The datacenter (RVTools `Datacenter`).
    Datacenter => "datacenter",
    /// The inventory folder (RVTools vInfo `Folder`).
    Folder => "folder",
    /// A host's physical cores (RVTools vHost `# Cores`).
    HostCores => "host cores",
    /// A host's physical memory (RVTools vHost `# Memory`, MiB).
    HostMemory => "host memory",
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// A field is written as its label in JSON (`inspect --format json`, data quality).
impl serde::Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::Field;

    /// Labels are what JSON, inspect and data quality write for a field: two fields may not
    /// share one, or a reader could not tell them apart.
    #[test]
    fn labels_are_unique() {
        let mut labels: Vec<&str> = Field::ALL.iter().map(|f| f.label()).collect();
        labels.sort_unstable();
        let n = labels.len();
        labels.dedup();
        assert_eq!(labels.len(), n, "a label is used twice");
        assert!(n > 60, "{n} fields");
    }
}
