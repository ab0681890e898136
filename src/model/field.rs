//! The vocabulary of what a machine's attributes are called: every column an importer maps,
//! every value a check reads and every cell a report quotes is named by one [`Field`], so a
//! reading finds its cell by the field, never by matching label strings.

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    Os,
    OsAlt,
    /// VMware Tools' `Guest Detailed Data` (RVTools vInfo): distro name, version, kernel.
    OsDetailed,
    OsVersion,
    OsArch,
    Cores,
    Memory,
    Firmware,
    Generation,
    SecureBoot,
    BitLocker,
    OsDisk,
    DataDisk,
    LargestDataDisk,
    DataDiskCount,
    TotalDiskCount,
    /// `Disk N size`; the number is kept in the column's `disk_index`.
    DiskN,
    /// `Disk N write throughput (MB per second)` (Azure Migrate CSV): the disk's churn.
    DiskNWrite,
    DiskType,
    Nics,
    Host,
    HostOs,
    ManagedBy,
    Platform,
    ServerType,
    Hypervisor,
    PowerState,
    Template,
    SrmPlaceholder,
    SharedDisk,
    FcDisk,
    PassThrough,
    Rdm,
    Iscsi,
    Sector4k,
    UsedStorage,
    ProvisionedStorage,
    MachineId,
    VmUuid,
    VCenter,
    VCenterVersion,
    VCenterType,
    // Disaster-recovery columns.
    Rpo,
    Rto,
    Churn,
    ChurnPerDay,
    PeakChurn,
    /// Churn of the OS disk, and of the data disks (a list, in the data disks' order).
    OsDiskChurn,
    DataDiskChurn,
    Tier,
    Application,
    RecoveryGroup,
    BootOrder,
    // Per-disk sheets (RVTools vDisk/vPartition, Hyper-V VHD export).
    DiskLabel,
    DiskCapacity,
    DiskPath,
    DiskFormat,
    DiskRaw,
    DiskSharing,
    DiskMode,
    PartitionConsumed,
    EsxVersion,
    /// A disk in independent mode (from vDisk's `Disk Mode`): a reading, no column of its own.
    IndependentDisk,
    /// A company-policy column (`tag:Owner`): any column the importer keeps as a tag.
    Tag,
}

impl Field {
    /// The name shown in `inspect` and the data-quality sheet.
    pub fn label(self) -> &'static str {
        use Field::*;
        match self {
            Name => "name",
            Os => "os",
            OsAlt => "os (vmware tools)",
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
            DiskN => "disk N size",
            DiskNWrite => "disk N write throughput",
            DiskType => "disk type",
            Nics => "nics",
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
            Rpo => "rpo target",
            Rto => "rto target",
            Churn => "average churn",
            ChurnPerDay => "churn per day",
            PeakChurn => "peak churn",
            OsDiskChurn => "os disk churn",
            DataDiskChurn => "data disk churn",
            Tier => "tier",
            Application => "application",
            RecoveryGroup => "recovery group",
            BootOrder => "boot order",
            DiskLabel => "disk",
            DiskCapacity => "disk capacity",
            DiskPath => "disk path",
            DiskFormat => "disk format",
            DiskRaw => "raw (rdm)",
            DiskSharing => "sharing mode",
            DiskMode => "disk mode",
            PartitionConsumed => "consumed",
            EsxVersion => "esx version",
            IndependentDisk => "independent disk",
            Tag => "tag",
        }
    }
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
        use Field::*;
        let all = [
            Name,
            Os,
            OsAlt,
            OsDetailed,
            OsVersion,
            OsArch,
            Cores,
            Memory,
            Firmware,
            Generation,
            SecureBoot,
            BitLocker,
            OsDisk,
            DataDisk,
            LargestDataDisk,
            DataDiskCount,
            TotalDiskCount,
            DiskN,
            DiskNWrite,
            DiskType,
            Nics,
            Host,
            HostOs,
            ManagedBy,
            Platform,
            ServerType,
            Hypervisor,
            PowerState,
            Template,
            SrmPlaceholder,
            SharedDisk,
            FcDisk,
            PassThrough,
            Rdm,
            Iscsi,
            Sector4k,
            UsedStorage,
            ProvisionedStorage,
            MachineId,
            VmUuid,
            VCenter,
            VCenterVersion,
            VCenterType,
            Rpo,
            Rto,
            Churn,
            ChurnPerDay,
            PeakChurn,
            OsDiskChurn,
            DataDiskChurn,
            Tier,
            Application,
            RecoveryGroup,
            BootOrder,
            DiskLabel,
            DiskCapacity,
            DiskPath,
            DiskFormat,
            DiskRaw,
            DiskSharing,
            DiskMode,
            PartitionConsumed,
            EsxVersion,
            IndependentDisk,
            Tag,
        ];
        let mut labels: Vec<&str> = all.iter().map(|f| f.label()).collect();
        labels.sort_unstable();
        let n = labels.len();
        labels.dedup();
        assert_eq!(labels.len(), n, "a label is used twice");
    }
}
