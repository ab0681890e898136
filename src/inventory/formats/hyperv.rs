//! Hyper-V PowerShell exports: `Get-VM | Export-Csv` (one row per VM) and a per-VHD list
//! (`Get-VHD`, `Get-VMHardDiskDrive`) joined to its VMs. Both name the Hyper-V host
//! `ComputerName`, where other tables name the machine.

use super::spec::{
    Aliases, Format, Header, HostNamed, Keep, Spec, disk_1_is_os, hard_disk_1_or_first,
    unit_gb_assumed,
};
use crate::model::{Field, Hypervisor};
use crate::units::SizeUnit;

/// `Get-VM`'s properties.
const ALIASES: Aliases = &[
    ("vmname", Field::Name),
    ("computername", Field::Name),
    ("processorcount", Field::Cores),
    ("memorystartup", Field::Memory),
    ("memoryassigned", Field::Memory),
    ("generation", Field::Generation),
    ("vmgeneration", Field::Generation),
    ("hypervhost", Field::Host),
    ("sharedvhdx", Field::SharedDisk),
    ("sharedvhd", Field::SharedDisk),
    ("virtualfibrechannel", Field::FcDisk),
    ("passthroughdisk", Field::PassThrough),
];

/// `Get-VHD`'s and `Get-VMHardDiskDrive`'s.
const DISK_ALIASES: Aliases = &[
    ("vmname", Field::Name),
    ("name", Field::Name),
    ("size", Field::DiskCapacity),
    ("maxdisksize", Field::DiskCapacity),
    ("maxinternalsize", Field::DiskCapacity),
    ("path", Field::DiskPath),
    ("vhdformat", Field::DiskFormat),
    ("vhdtype", Field::DiskType),
    ("controllertype", Field::DiskController),
    ("hostname", Field::Host),
    ("computername", Field::Host),
];

/// `ComputerName` (and `Host Name`) is the host; the VM is `Name`/`VMName`.
const HOST_NAMED: HostNamed = HostNamed {
    host: &["computername", "hostname"],
    vm: &["name", "vmname", "vm"],
};

/// `MemoryStartup` (and a VHD's `Size`) are bytes.
fn vm_unit(field: Field) -> (Option<SizeUnit>, bool) {
    match field {
        Field::Memory => (Some(SizeUnit::Bytes), false),
        _ => unit_gb_assumed(field),
    }
}

fn vhd_unit(field: Field) -> (Option<SizeUnit>, bool) {
    match field {
        Field::DiskCapacity => (Some(SizeUnit::Bytes), false),
        _ => vm_unit(field),
    }
}

/// `Get-VM | Export-Csv`: a name and what only `Get-VM` writes.
pub const VM: Spec = Spec {
    format: Format("hyper-v-vm"),
    signature: |s| {
        (s.has("processorcount") || s.has("memorystartup") || s.has("vmid"))
            && (s.has("name") || s.has("vmname"))
    },
    aliases: ALIASES,
    disk_aliases: DISK_ALIASES,
    header: Header::Machines,
    host_named: Some(&HOST_NAMED),
    powershell_memory: Some("memorystartup"),
    csv_tab: None,
    machines: true,
    per_disk: false,
    rvtools: false,
    hypervisor: Some(Hypervisor::HyperV),
    unmapped_as_tags: true,
    memory_by_size: false,
    keep: Keep::All,
    unit: vm_unit,
    disk_role: hard_disk_1_or_first,
    disk_n_role: disk_1_is_os,
    disk_kind: None,
};

/// A per-VHD list: a VM name, a path and a VHD format or type.
pub const VHD: Spec = Spec {
    format: Format::HYPER_V_VHD,
    signature: |s| {
        let has = |f: Field| s.disk_fields.contains(&f);
        has(Field::DiskPath) && (has(Field::DiskFormat) || has(Field::DiskType))
    },
    header: Header::Disks,
    powershell_memory: None,
    machines: false,
    per_disk: true,
    unit: vhd_unit,
    ..VM
};
