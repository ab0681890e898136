//! Azure Migrate: the CSV import template (`Server name`, `Cores`, `OS name`, `Disk 1 size`…)
//! and the discovery export (`Discovery_Report`), both one row per server; the export's
//! `Properties` sheet holds the project, no machines.

use super::spec::{
    Aliases, Format, Header, Keep, Spec, disk_1_is_os, hard_disk_1_or_first, unit_gb_assumed,
};
use crate::model::Field;
use crate::units::SizeUnit;

/// The template's and the export's headers.
const ALIASES: Aliases = &[
    ("servername", Field::Name),
    ("machinename", Field::Name),
    ("osname", Field::Os),
    ("osversion", Field::OsVersion),
    ("osarchitecture", Field::OsArch),
    ("cores", Field::Cores),
    ("numberofdisks", Field::TotalDiskCount),
    ("totaldisks", Field::TotalDiskCount),
    ("cpuutilizationpercentage", Field::CpuUtil),
    ("memoryutilizationpercentage", Field::MemoryUtil),
    ("totalnetworkadapters", Field::Nics),
    ("servertype", Field::ServerType),
    ("machineid", Field::MachineId),
];

/// Memory is in MB, disks in GB: Azure Migrate's documented units.
fn csv_unit(field: Field) -> (Option<SizeUnit>, bool) {
    match field {
        Field::Memory => (Some(SizeUnit::MiB), false),
        Field::DiskN | Field::UsedStorage => (Some(SizeUnit::GiB), false),
        _ => unit_gb_assumed(field),
    }
}

fn discovery_unit(field: Field) -> (Option<SizeUnit>, bool) {
    match field {
        Field::Memory => (Some(SizeUnit::MiB), false),
        _ => unit_gb_assumed(field),
    }
}

/// The import template: a server name, cores and an OS name (or the template's starred
/// required columns).
pub const CSV: Spec = Spec {
    format: Format("azure-migrate-csv"),
    signature: |s| s.has("servername") && s.has("cores") && (s.has("osname") || s.starred),
    aliases: ALIASES,
    disk_aliases: &[],
    header: Header::Machines,
    host_named: None,
    powershell_memory: None,
    csv_tab: None,
    machines: true,
    per_disk: false,
    rvtools: false,
    hypervisor: None,
    unmapped_as_tags: true,
    memory_by_size: false,
    keep: Keep::All,
    unit: csv_unit,
    disk_role: hard_disk_1_or_first,
    disk_n_role: disk_1_is_os,
    disk_kind: None,
};

/// The discovery export: by its sheet's name, or a machine name and its disk count.
pub const DISCOVERY: Spec = Spec {
    format: Format("azure-migrate-discovery"),
    signature: |s| {
        s.header_row.is_some()
            && (s.has("machinename") && s.has("totaldisks") || s.sheet == "discovery_report")
    },
    unit: discovery_unit,
    ..CSV
};

/// The export's project sheet: its tenant and project, no machines.
pub const PROPERTIES: Spec = Spec {
    format: Format("azure-migrate-properties"),
    signature: |s| s.first_has("tenantid") && s.first_has("azuremigrateprojectname"),
    header: Header::FirstRow,
    machines: false,
    keep: Keep::Nothing,
    unit: unit_gb_assumed,
    ..CSV
};
