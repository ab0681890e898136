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

impl Format {
    pub fn is_rvtools(self) -> bool {
        matches!(
            self,
            Format::RvtoolsInfo
                | Format::RvtoolsDisk
                | Format::RvtoolsPartition
                | Format::RvtoolsHost
                | Format::RvtoolsCpu
                | Format::RvtoolsMeta
                | Format::RvtoolsOther
        )
    }

    /// Whether rows of this sheet become machines.
    pub fn has_machines(self) -> bool {
        matches!(
            self,
            Format::RvtoolsInfo
                | Format::AzureMigrateCsv
                | Format::AzureMigrateDiscovery
                | Format::HyperVVm
                | Format::Generic
        )
    }
}
