//! The vocabulary of what a machine's attributes are called: every column an importer maps,
//! every value a check reads and every cell a report quotes is named by one [`Field`], so a
//! reading finds its cell by the field, never by matching label strings.

macro_rules! fields {
    ($($(#[$m:meta])* $v:ident => $label:literal, $ko:literal,)*) => {
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

            /// The name in the reader's language (Korean as the Korean support matrices
            /// call the attribute: 게스트 OS, 데이터 디스크, 보안 부팅).
            pub fn label_in(self, lang: crate::model::Lang) -> &'static str {
                match lang {
                    crate::model::Lang::En => self.label(),
                    crate::model::Lang::Ko => match self {
                        $(Field::$v => $ko,)*
                    },
                }
            }
        }
    };
}

// Each field once, with its label and its Korean label.
fields! {
    Name => "name", "이름",
    Os => "os", "OS",
    OsAlt => "os (vmware tools)", "OS(VMware Tools)",
    /// VMware Tools' `Guest Detailed Data` (RVTools vInfo): distro name, version, kernel.
    OsDetailed => "os (guest detailed data)", "OS(게스트 상세 데이터)",
    OsVersion => "os version", "OS 버전",
    OsArch => "os architecture", "OS 아키텍처",
    Cores => "cores", "코어",
    Memory => "memory", "메모리",
    Firmware => "firmware", "펌웨어",
    Generation => "generation", "세대",
    SecureBoot => "secure boot", "보안 부팅",
    BitLocker => "bitlocker", "BitLocker",
    OsDisk => "os disk size", "OS 디스크 크기",
    DataDisk => "data disk sizes", "데이터 디스크 크기",
    LargestDataDisk => "largest data disk", "가장 큰 데이터 디스크",
    DataDiskCount => "data disk count", "데이터 디스크 수",
    TotalDiskCount => "disk count (with OS disk)", "디스크 수(OS 디스크 포함)",
    /// `Disk N size`; the number is kept in the column's `disk_index`.
    DiskN => "disk N size", "디스크 N 크기",
    /// `Disk N write throughput (MB per second)` (Azure Migrate CSV): the disk's churn.
    DiskNWrite => "disk N write throughput", "디스크 N 쓰기 처리량",
    /// `Disk N read throughput (MB per second)` (Azure Migrate CSV).
    DiskNRead => "disk N read throughput", "디스크 N 읽기 처리량",
    /// `Disk N read ops (operations per second)`.
    DiskNReadOps => "disk N read ops", "디스크 N 읽기 작업",
    /// `Disk N write ops (operations per second)`.
    DiskNWriteOps => "disk N write ops", "디스크 N 쓰기 작업",
    DiskType => "disk type", "디스크 유형",
    Nics => "nics", "네트워크 어댑터",
    /// CPU utilisation in per cent (Azure Migrate CSV `CPU utilization percentage`).
    CpuUtil => "cpu utilisation", "CPU 사용률",
    /// Memory utilisation in per cent.
    MemoryUtil => "memory utilisation", "메모리 사용률",
    /// Active memory (RVTools vInfo `Active Memory`): over the memory, its utilisation.
    ActiveMemory => "active memory", "활성 메모리",
    /// RVTools vCPU `Overall`: the CPU in use, MHz.
    CpuOverall => "cpu in use (mhz)", "사용 중인 CPU(MHz)",
    /// RVTools vCPU `Max`: the CPU the VM may use, MHz.
    CpuMax => "cpu max (mhz)", "최대 CPU(MHz)",
    Host => "host", "호스트",
    HostOs => "host os", "호스트 OS",
    ManagedBy => "managed by", "관리 서버",
    Platform => "platform", "플랫폼",
    ServerType => "server type", "서버 유형",
    Hypervisor => "hypervisor", "하이퍼바이저",
    PowerState => "power state", "전원 상태",
    Template => "template", "템플릿",
    SrmPlaceholder => "srm placeholder", "SRM 자리 표시자",
    SharedDisk => "shared disk", "공유 디스크",
    FcDisk => "fibre channel disk", "파이버 채널 디스크",
    PassThrough => "pass-through disk", "통과 디스크",
    Rdm => "rdm disk", "RDM 디스크",
    Iscsi => "iscsi disk", "iSCSI 디스크",
    Sector4k => "4k sector disk", "4K 섹터 디스크",
    UsedStorage => "used storage", "사용한 스토리지",
    ProvisionedStorage => "provisioned storage", "프로비저닝된 스토리지",
    MachineId => "machine id", "머신 ID",
    VmUuid => "vm uuid", "VM UUID",
    VCenter => "vcenter", "vCenter",
    VCenterVersion => "vcenter version", "vCenter 버전",
    VCenterType => "vcenter server type", "vCenter 서버 유형",
    // Disaster-recovery columns.
    Rpo => "rpo target", "복구 지점 목표(RPO)",
    Rto => "rto target", "복구 시간 목표(RTO)",
    Churn => "average churn", "평균 데이터 변동률",
    ChurnPerDay => "churn per day", "일일 데이터 변동률",
    PeakChurn => "peak churn", "최고 데이터 변동률",
    /// Churn of the OS disk, and of the data disks (a list, in the data disks' order).
    OsDiskChurn => "os disk churn", "OS 디스크 데이터 변동률",
    DataDiskChurn => "data disk churn", "데이터 디스크 데이터 변동률",
    Tier => "tier", "등급",
    Application => "application", "애플리케이션",
    RecoveryGroup => "recovery group", "복구 그룹",
    BootOrder => "boot order", "부팅 순서",
    // Per-disk sheets (RVTools vDisk/vPartition, Hyper-V VHD export).
    DiskLabel => "disk", "디스크",
    DiskCapacity => "disk capacity", "디스크 용량",
    DiskPath => "disk path", "디스크 경로",
    DiskFormat => "disk format", "디스크 형식",
    DiskRaw => "raw (rdm)", "원시(RDM)",
    DiskSharing => "sharing mode", "공유 모드",
    DiskMode => "disk mode", "디스크 모드",
    /// The bus a disk is attached to: RVTools vDisk `Controller`, Hyper-V `ControllerType`,
    /// a hand-typed `Disk controller` or `Bus` column.
    DiskController => "disk controller", "디스크 컨트롤러",
    PartitionConsumed => "consumed", "사용량",
    EsxVersion => "esx version", "ESX 버전",
    /// A disk in independent mode (from vDisk's `Disk Mode`): a reading, no column of its own.
    IndependentDisk => "independent disk", "독립 디스크",
    /// A company-policy column (`tag:Owner`): any column the importer keeps as a tag.
    Tag => "tag", "태그",
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
