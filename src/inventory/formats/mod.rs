//! The one list of inventory formats. Each format's module says what its rows are, the
//! platform they run on, its units and which columns are kept ([`Spec`]); adding a format is
//! a module here and a line in [`ALL`] (and its signature in `detect`).

mod azure_migrate;
mod generic;
mod hyperv;
mod rvtools;

use super::format::{Format, Spec};

/// Every format, one line each.
pub const ALL: &[&Spec] = &[
    &rvtools::INFO,
    &rvtools::DISK,
    &rvtools::PARTITION,
    &rvtools::HOST,
    &rvtools::CPU,
    &rvtools::META,
    &rvtools::OTHER,
    &azure_migrate::CSV,
    &azure_migrate::DISCOVERY,
    &azure_migrate::PROPERTIES,
    &hyperv::VM,
    &hyperv::VHD,
    &generic::TABLE,
    &generic::UNKNOWN,
];

impl Format {
    /// The format's spec (every format has one: tested).
    pub fn spec(self) -> &'static Spec {
        ALL.iter()
            .find(|s| s.format == self)
            .copied()
            .unwrap_or(&generic::UNKNOWN)
    }

    pub fn is_rvtools(self) -> bool {
        self.spec().rvtools
    }

    /// Whether rows of this sheet become machines.
    pub fn has_machines(self) -> bool {
        self.spec().machines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_has_one_spec() {
        use Format::*;
        for f in [
            RvtoolsInfo,
            RvtoolsDisk,
            RvtoolsPartition,
            RvtoolsHost,
            RvtoolsCpu,
            RvtoolsMeta,
            RvtoolsOther,
            AzureMigrateCsv,
            AzureMigrateDiscovery,
            AzureMigrateProperties,
            HyperVVm,
            HyperVVhd,
            Generic,
            Unknown,
        ] {
            assert_eq!(ALL.iter().filter(|s| s.format == f).count(), 1, "{f:?}");
        }
    }
}
