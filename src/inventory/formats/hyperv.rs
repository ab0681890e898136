//! Hyper-V PowerShell exports: `Get-VM | Export-Csv` (one row per VM) and a per-VHD list
//! (`Get-VHD`, `Get-VMHardDiskDrive`) joined to its VMs.

use crate::inventory::format::{Format, Keep, Spec, unit_gb_assumed};
use crate::model::{Field, Hypervisor};
use crate::units::SizeUnit;

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

pub const VM: Spec = Spec {
    format: Format::HyperVVm,
    machines: true,
    per_disk: false,
    rvtools: false,
    hypervisor: Some(Hypervisor::HyperV),
    unmapped_as_tags: true,
    memory_by_size: false,
    keep: Keep::All,
    unit: vm_unit,
};

pub const VHD: Spec = Spec {
    format: Format::HyperVVhd,
    machines: false,
    per_disk: true,
    unit: vhd_unit,
    ..VM
};
