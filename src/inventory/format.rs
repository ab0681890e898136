//! The inventory formats the importer reads, as a type every part of the importer shares (the
//! detector names one, the readers and notes carry it, the words layer names it to a reader).

use serde::Serialize;

/// The inventory formats the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// RVTools `vInfo`: one row per VM.
    RvtoolsInfo,
    /// RVTools `vDisk`: one row per virtual disk.
    RvtoolsDisk,
    /// RVTools `vPartition`: one row per guest partition.
    RvtoolsPartition,
    /// RVTools `vHost`: one row per ESXi host.
    RvtoolsHost,
    /// RVTools `vCPU`: one row per VM, its CPU in use and its most (MHz).
    RvtoolsCpu,
    /// RVTools `vMetaData`: the RVTools version.
    RvtoolsMeta,
    /// Another RVTools tab, recognised and not needed.
    RvtoolsOther,
    /// Azure Migrate CSV import template.
    AzureMigrateCsv,
    /// Azure Migrate discovery export (`Discovery_Report`).
    AzureMigrateDiscovery,
    /// The `Properties` sheet of an Azure Migrate export: project metadata, no machines.
    AzureMigrateProperties,
    /// `Get-VM | Export-Csv`.
    HyperVVm,
    /// A per-VHD export (`Get-VHD`, `Get-VMHardDiskDrive`).
    HyperVVhd,
    /// A table typed by a person, read through the header aliases.
    Generic,
    Unknown,
}

/// Which columns of a sheet its reader keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Every column: unmapped ones of a hand-made table become tags.
    All,
    /// Only the columns the importer maps (RVTools' tabs have ninety-odd others, never read).
    Mapped,
    /// None: a tab or sheet that holds no machine.
    Nothing,
}

/// What the importer knows of one format besides how to tell it: what its rows are, the
/// platform they run on, the unit of a size column whose header names none, which columns
/// are kept. One per format, each in its own module under `formats/`, listed in
/// `formats::ALL`.
#[derive(Debug)]
pub struct Spec {
    pub format: Format,
    /// Rows become machines.
    pub machines: bool,
    /// Rows are a machine's disks or partitions, joined to it by the per-disk columns.
    pub per_disk: bool,
    /// One of RVTools' tabs.
    pub rvtools: bool,
    /// The platform every machine of the format runs on, when the format says it.
    pub hypervisor: Option<crate::model::Hypervisor>,
    /// Columns no alias knows become tags (company policies read them).
    pub unmapped_as_tags: bool,
    /// A bare `Memory` column is read by its size: under 1,024 GB, else MB (a hand-made table).
    pub memory_by_size: bool,
    pub keep: Keep,
    /// The unit a size column's numbers are in when neither header nor cell says, and
    /// whether that is an assumption the reader is told of (rather than the format's
    /// documented unit).
    pub unit: fn(crate::model::Field) -> (Option<crate::units::SizeUnit>, bool),
}

/// The unit most tables mean: a size column without one is read in GB, and the reader told.
pub fn unit_gb_assumed(field: crate::model::Field) -> (Option<crate::units::SizeUnit>, bool) {
    use crate::model::Field::*;
    match field {
        Memory | ActiveMemory | OsDisk | DataDisk | LargestDataDisk | DiskN | UsedStorage
        | ProvisionedStorage => (Some(crate::units::SizeUnit::GiB), true),
        _ => (None, false),
    }
}
