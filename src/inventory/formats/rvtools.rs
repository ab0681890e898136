//! RVTools (an xlsx, or one CSV per tab): vInfo is one row per VM; vDisk and vPartition are
//! joined to their VM; vHost gives the hosts' ESXi versions, vCPU the VMs' CPU use; vMetaData
//! the RVTools version. Every other tab is recognised and not read. A tab is told by its
//! name, or, renamed, by vInfo's columns and its own.

use super::spec::{
    Aliases, Format, Header, Keep, Signs, Spec, disk_1_is_os, hard_disk_1_or_first, unit_gb_assumed,
};
use crate::model::{DiskKind, Field, Hypervisor};
use crate::units::SizeUnit;

/// RVTools' tabs, by name (lower case).
const TABS: &[&str] = &[
    "vinfo",
    "vcpu",
    "vmemory",
    "vdisk",
    "vpartition",
    "vnetwork",
    "vcd",
    "vusb",
    "vsnapshot",
    "vtools",
    "vsource",
    "vrp",
    "vcluster",
    "vhost",
    "vhba",
    "vnic",
    "vswitch",
    "vport",
    "dvswitch",
    "dvport",
    "vsc_vmk",
    "vdatastore",
    "vmultipath",
    "vlicense",
    "vfileinfo",
    "vhealth",
    "vmetadata",
];

/// vInfo's headers that name a field only RVTools writes so.
const ALIASES: Aliases = &[
    ("vm", Field::Name),
    ("osaccordingtotheconfigurationfile", Field::Os),
    ("osaccordingtothevmwaretools", Field::OsAlt),
    ("guestdetaileddata", Field::OsDetailed),
    ("cpus", Field::Cores),
    ("efisecureboot", Field::SecureBoot),
    ("activememory", Field::ActiveMemory),
    ("powerstate", Field::PowerState),
    ("template", Field::Template),
    ("srmplaceholder", Field::SrmPlaceholder),
    ("inuse", Field::UsedStorage),
    ("provisioned", Field::ProvisionedStorage),
    ("vmuuid", Field::VmUuid),
    ("visdkserver", Field::VCenter),
    ("visdkapiversion", Field::VCenterVersion),
    ("visdkservertype", Field::VCenterType),
    // hygiene
    ("gueststate", Field::GuestState),
    ("hwversion", Field::HwVersion),
    ("ftstate", Field::FtState),
    ("annotation", Field::Annotation),
];

/// vDisk's and vPartition's.
const DISK_ALIASES: Aliases = &[
    ("vm", Field::Name),
    ("disk", Field::DiskLabel),
    ("capacity", Field::DiskCapacity),
    ("raw", Field::DiskRaw),
    ("sharingmode", Field::DiskSharing),
    ("diskmode", Field::DiskMode),
    ("controller", Field::DiskController),
    ("consumed", Field::PartitionConsumed),
    ("free", Field::PartitionFree),
    ("vmuuid", Field::VmUuid),
    ("template", Field::Template),
    ("srmplaceholder", Field::SrmPlaceholder),
    ("host", Field::Host),
    // hygiene
    ("rawcommode", Field::RawComMode),
    ("sharedbus", Field::SharedBus),
];

fn by_name(s: &Signs<'_>) -> bool {
    TABS.contains(&s.sheet)
}

/// An RVTools tab: by its name, or by the columns every VM tab starts with.
fn rvtools(s: &Signs<'_>) -> bool {
    by_name(s)
        || (s.first_has("vm")
            && s.first_has("powerstate")
            && (s.first_has("template") || s.first_has("srmplaceholder")))
}

/// This tab: by its name, or, for a tab renamed, by `columns` in its first row.
fn tab(s: &Signs<'_>, name: &str, columns: &[&str]) -> bool {
    rvtools(s)
        && (s.sheet == name
            || (!by_name(s) && !columns.is_empty() && columns.iter().all(|c| s.first_has(c))))
}

const TAB: Spec = Spec {
    format: Format("rvtools-other"),
    signature: rvtools,
    aliases: ALIASES,
    disk_aliases: DISK_ALIASES,
    header: Header::Both,
    host_named: None,
    powershell_memory: None,
    csv_tab: None,
    machines: false,
    per_disk: false,
    rvtools: true,
    hypervisor: None,
    unmapped_as_tags: true,
    memory_by_size: false,
    keep: Keep::Mapped,
    unit: unit_gb_assumed,
    disk_role: hard_disk_1_or_first,
    disk_n_role: disk_1_is_os,
    disk_kind: None,
};

/// RVTools writes sizes in MiB without saying so in most headers.
fn mib_assumed(_: Field) -> (Option<SizeUnit>, bool) {
    (Some(SizeUnit::MiB), true)
}

/// vInfo `Memory` is MiB although its header says nothing: RVTools' documented unit.
fn info_unit(field: Field) -> (Option<SizeUnit>, bool) {
    match field {
        Field::Memory | Field::ActiveMemory => (Some(SizeUnit::MiB), false),
        _ => mib_assumed(field),
    }
}

/// vMetaData: read by its labels (`RVTools version`), no header.
pub const META: Spec = Spec {
    format: Format::RVTOOLS_META,
    signature: |s| s.sheet == "vmetadata",
    header: Header::None,
    keep: Keep::All,
    ..TAB
};

pub const INFO: Spec = Spec {
    format: Format::RVTOOLS_INFO,
    signature: |s| tab(s, "vinfo", &["cpus", "memory"]),
    csv_tab: Some("vInfo"),
    machines: true,
    hypervisor: Some(Hypervisor::Vmware),
    // vInfo's ninety-odd other columns are listed by `inspect`, not kept as tags.
    unmapped_as_tags: false,
    unit: info_unit,
    ..TAB
};

/// vHost: a host's name and its ESXi version, by their own names; its cluster, datacenter,
/// physical cores and memory (`# Cores`, `# Memory`, MiB) for the estate's over-commit.
pub const HOST: Spec = Spec {
    format: Format::RVTOOLS_HOST,
    signature: |s| tab(s, "vhost", &[]),
    header: Header::Own(&[
        ("host", Field::Host),
        ("esxversion", Field::EsxVersion),
        ("cpumodel", Field::HostCpu),
        ("cluster", Field::Cluster),
        ("datacenter", Field::Datacenter),
        ("cores", Field::HostCores),
        ("memory", Field::HostMemory),
    ]),
    csv_tab: Some("vHost"),
    ..TAB
};

/// vCPU: a VM's CPU in use and its most (MHz), by their own names.
pub const CPU: Spec = Spec {
    format: Format::RVTOOLS_CPU,
    signature: |s| tab(s, "vcpu", &["cpus", "overall", "max"]),
    header: Header::Own(&[
        ("vm", Field::Name),
        ("overall", Field::CpuOverall),
        ("max", Field::CpuMax),
    ]),
    ..TAB
};

pub const PARTITION: Spec = Spec {
    format: Format::RVTOOLS_PARTITION,
    signature: |s| tab(s, "vpartition", &["consumed"]),
    csv_tab: Some("vPartition"),
    per_disk: true,
    unit: mib_assumed,
    ..TAB
};

pub const DISK: Spec = Spec {
    format: Format::RVTOOLS_DISK,
    signature: |s| tab(s, "vdisk", &["capacity", "disk"]),
    csv_tab: Some("vDisk"),
    per_disk: true,
    unit: mib_assumed,
    disk_kind: Some(DiskKind::Vmdk),
    ..TAB
};

// hygiene: the tabs the hygiene checks join to their VMs, each read by its own column names.
impl Format {
    /// RVTools `vSnapshot`: one row per snapshot.
    pub const RVTOOLS_SNAPSHOT: Format = Format("rvtools-snapshot");
    /// RVTools `vCD`: one row per CD/DVD drive.
    pub const RVTOOLS_CD: Format = Format("rvtools-cd");
    /// RVTools `vUSB`: one row per USB device.
    pub const RVTOOLS_USB: Format = Format("rvtools-usb");
    /// RVTools `vNetwork`: one row per network adapter.
    pub const RVTOOLS_NETWORK: Format = Format("rvtools-network");
    /// RVTools `dvSwitch`: one row per distributed switch.
    pub const RVTOOLS_DVSWITCH: Format = Format("rvtools-dvswitch");
    /// RVTools `dvPort`: one row per distributed port group.
    pub const RVTOOLS_DVPORT: Format = Format("rvtools-dvport");
    /// RVTools `vSC_VMK`: one row per VMkernel adapter.
    pub const RVTOOLS_VMK: Format = Format("rvtools-vmk");
}

pub const SNAPSHOT: Spec = Spec {
    format: Format::RVTOOLS_SNAPSHOT,
    signature: |s| tab(s, "vsnapshot", &[]),
    header: Header::Own(&[
        ("vm", Field::Name),
        ("datetime", Field::SnapshotDate),
        ("size", Field::SnapshotSize),
        ("sizevmsn", Field::SnapshotSize),
        ("description", Field::SnapshotDescription),
    ]),
    csv_tab: Some("vSnapshot"),
    ..TAB
};

pub const CD: Spec = Spec {
    format: Format::RVTOOLS_CD,
    signature: |s| tab(s, "vcd", &[]),
    header: Header::Own(&[("vm", Field::Name), ("connected", Field::Connected)]),
    csv_tab: Some("vCD"),
    ..TAB
};

pub const USB: Spec = Spec {
    format: Format::RVTOOLS_USB,
    signature: |s| tab(s, "vusb", &[]),
    header: Header::Own(&[("vm", Field::Name), ("connected", Field::Connected)]),
    csv_tab: Some("vUSB"),
    ..TAB
};

pub const NETWORK: Spec = Spec {
    format: Format::RVTOOLS_NETWORK,
    signature: |s| tab(s, "vnetwork", &[]),
    header: Header::Own(&[
        ("vm", Field::Name),
        ("network", Field::Network),
        ("switch", Field::Switch),
    ]),
    csv_tab: Some("vNetwork"),
    ..TAB
};

pub const DVSWITCH: Spec = Spec {
    format: Format::RVTOOLS_DVSWITCH,
    signature: |s| tab(s, "dvswitch", &[]),
    header: Header::Own(&[("switch", Field::Switch), ("name", Field::Switch)]),
    csv_tab: Some("dvSwitch"),
    ..TAB
};

pub const DVPORT: Spec = Spec {
    format: Format::RVTOOLS_DVPORT,
    signature: |s| tab(s, "dvport", &[]),
    header: Header::Own(&[
        ("port", Field::PortGroup),
        ("switch", Field::Switch),
        ("vlan", Field::Vlan),
        ("allowpromiscuous", Field::Promiscuous),
        ("macchanges", Field::MacChanges),
        ("forgedtransmits", Field::ForgedTransmits),
        ("type", Field::PortType),
    ]),
    csv_tab: Some("dvPort"),
    ..TAB
};

pub const VMK: Spec = Spec {
    format: Format::RVTOOLS_VMK,
    signature: |s| tab(s, "vsc_vmk", &[]),
    header: Header::Own(&[("host", Field::Host), ("portgroup", Field::VmkPortGroup)]),
    csv_tab: Some("vSC_VMK"),
    ..TAB
};

/// Every other tab (and a renamed one no column tells).
pub const OTHER: Spec = Spec {
    keep: Keep::Nothing,
    ..TAB
};
