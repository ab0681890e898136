//! The one list of inventory formats, and what the importer knows of each, in one module per
//! format ([`Spec`]): how a sheet of it is told (its signature), the header names it uses for
//! which field, which row is its header, what its rows are (machines, a machine's disks, or
//! nothing), the platform they run on, its units, which columns are kept, and how its disks'
//! roles and kinds are told.
//!
//! # Adding a format
//!
//! 1. A module here with its [`Spec`]: its id ([`Format`]), its signature over the sheet's
//!    [`Signs`] and its header names; every other field can start from a like format's
//!    (`..generic::TABLE`).
//! 2. A line in [`ALL`], where detection should ask it: before any format whose signature
//!    would also take its sheets (the generic table is asked last but one).
//!
//! and its name for readers, `inv-format-<id>`, in each language's catalogue (a test names a
//! format a catalogue lacks).
//!
//! Nothing else changes: detection asks [`ALL`] in order, the header look-up knows every
//! format's names, and the readers take units, tags, platform and disk roles from the spec.
//! A format whose sheets must be joined to one another (RVTools' tabs) also needs its join
//! (`inventory::rvtools`), which uses the importer's readers and so sits above this layer.
//!
//! These modules import only `spec` and the model: they are the bottom of the importer,
//! which every reader above reads.

mod azure_migrate;
mod generic;
mod hyperv;
mod rvtools;
mod spec;

pub use spec::{
    Aliases, DiskRoleRule, Format, Header, HostNamed, Keep, Signs, Spec, unit_gb_assumed,
};

/// Every format, one line each, in the order detection asks: the first whose signature takes
/// a sheet is its format. RVTools' tabs by name come first (a vMetaData tab holds no header);
/// a renamed tab is told by its columns, vInfo's before vCPU's (both have `CPUs`) and
/// vPartition's before vDisk's; the generic table takes what no format's signature does.
pub const ALL: &[&Spec] = &[
    &rvtools::META,
    &azure_migrate::PROPERTIES,
    &rvtools::INFO,
    &rvtools::CPU,
    &rvtools::PARTITION,
    &rvtools::DISK,
    &rvtools::HOST,
    &rvtools::SNAPSHOT,
    &rvtools::CD,
    &rvtools::USB,
    &rvtools::NETWORK,
    &rvtools::DVSWITCH,
    &rvtools::DVPORT,
    &rvtools::VMK,
    &rvtools::OTHER,
    &hyperv::VHD,
    &azure_migrate::DISCOVERY,
    &azure_migrate::CSV,
    &hyperv::VM,
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

    /// Formats are told apart by their ids: one spec per id, and every format the code
    /// names by a constant is one of them.
    #[test]
    fn every_format_has_one_spec() {
        let mut ids: Vec<_> = ALL.iter().map(|s| s.format.id()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "two specs share an id");
        for f in [
            Format::RVTOOLS_INFO,
            Format::RVTOOLS_DISK,
            Format::RVTOOLS_PARTITION,
            Format::RVTOOLS_HOST,
            Format::RVTOOLS_CPU,
            Format::RVTOOLS_META,
            Format::HYPER_V_VHD,
            Format::UNKNOWN,
        ] {
            assert_eq!(ALL.iter().filter(|s| s.format == f).count(), 1, "{f:?}");
        }
    }

    /// A header name means one field whichever format lists it: the look-up knows every
    /// format's names at once (a hand-made table borrows them).
    #[test]
    fn a_header_name_means_one_field() {
        for aliases in [|s: &Spec| s.aliases, |s: &Spec| s.disk_aliases] {
            let mut seen = std::collections::HashMap::new();
            for spec in ALL {
                for (name, field) in aliases(spec) {
                    let was = seen.insert(*name, *field);
                    assert!(
                        was.is_none_or(|w| w == *field),
                        "{name}: {was:?} and {field:?}"
                    );
                }
            }
        }
    }
}
