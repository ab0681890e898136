//! Azure Migrate: the CSV import template (`Server name`, `Cores`, `OS name`, `Disk 1 size`…)
//! and the discovery export (`Discovery_Report`), both one row per server; the export's
//! `Properties` sheet holds the project, no machines.

use crate::inventory::format::{Format, Keep, Spec, unit_gb_assumed};
use crate::model::Field;
use crate::units::SizeUnit;

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

pub const CSV: Spec = Spec {
    format: Format::AzureMigrateCsv,
    machines: true,
    per_disk: false,
    rvtools: false,
    hypervisor: None,
    unmapped_as_tags: true,
    memory_by_size: false,
    keep: Keep::All,
    unit: csv_unit,
};

pub const DISCOVERY: Spec = Spec {
    format: Format::AzureMigrateDiscovery,
    unit: discovery_unit,
    ..CSV
};

pub const PROPERTIES: Spec = Spec {
    format: Format::AzureMigrateProperties,
    machines: false,
    keep: Keep::Nothing,
    unit: unit_gb_assumed,
    ..CSV
};
