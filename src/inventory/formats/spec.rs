//! The inventory formats the importer reads, as a type every part of the importer shares (the
//! detector names one, the readers and notes carry it, the words layer names it to a reader),
//! and the shape of what a format's module says of it ([`Spec`]).

use serde::Serialize;

use crate::model::{DiskKind, DiskRole, Field, Hypervisor};
use crate::units::SizeUnit;

/// Header names (normalised: lower case, letters and digits, unit removed) and the field each
/// one holds.
pub type Aliases = &'static [(&'static str, Field)];

/// An inventory format the importer reads, by its id (`rvtools-info`, as JSON writes it). A
/// format is its module's [`Spec`]: the id lives there, and the words layer names it to a
/// reader by its id (`inv-format-<id>`), so adding a format adds no variant anywhere. Code that
/// must tell one format from another (RVTools' joins) names it by the constants below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Format(pub &'static str);

impl Format {
    /// RVTools `vInfo`: one row per VM.
    pub const RVTOOLS_INFO: Format = Format("rvtools-info");
    /// RVTools `vDisk`: one row per virtual disk.
    pub const RVTOOLS_DISK: Format = Format("rvtools-disk");
    /// RVTools `vPartition`: one row per guest partition.
    pub const RVTOOLS_PARTITION: Format = Format("rvtools-partition");
    /// RVTools `vHost`: one row per ESXi host.
    pub const RVTOOLS_HOST: Format = Format("rvtools-host");
    /// RVTools `vCPU`: one row per VM, its CPU in use and its most (MHz).
    pub const RVTOOLS_CPU: Format = Format("rvtools-cpu");
    /// RVTools `vMetaData`: the RVTools version.
    pub const RVTOOLS_META: Format = Format("rvtools-meta");
    /// A per-VHD export (`Get-VHD`, `Get-VMHardDiskDrive`): joined to its VMs.
    pub const HYPER_V_VHD: Format = Format("hyper-v-vhd");
    /// No format took the sheet.
    pub const UNKNOWN: Format = Format("unknown");

    /// The id (`rvtools-info`).
    pub fn id(self) -> &'static str {
        self.0
    }
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

/// What detection knows of a sheet before it knows the format: what a format's signature
/// is asked. Header texts are normalised (see `headers::normalise`).
#[derive(Debug)]
pub struct Signs<'a> {
    /// The sheet's name (or, for an RVTools per-tab CSV, its tab), lower case.
    pub sheet: &'a str,
    /// The first row's headers.
    pub first_row: &'a [String],
    /// The header row's (the first rows' one with most known headers and a name column), or
    /// none when no row has a name column.
    pub header_row: Option<&'a [String]>,
    /// How many columns of the header row the aliases know.
    pub mapped: usize,
    /// A header of the header row starts with `*` (the required columns of a template).
    pub starred: bool,
    /// The fields the per-disk aliases find in the per-disk header row.
    pub disk_fields: &'a [Field],
}

impl Signs<'_> {
    /// The first row has this header.
    pub fn first_has(&self, header: &str) -> bool {
        self.first_row.iter().any(|t| t == header)
    }
    /// The header row has this header (false without a header row).
    pub fn has(&self, header: &str) -> bool {
        self.header_row
            .is_some_and(|row| row.iter().any(|t| t == header))
    }
}

/// Which row is the header and how its columns are read.
#[derive(Debug, Clone, Copy)]
pub enum Header {
    /// No header and no column read (a sheet read by its labels, or none at all).
    None,
    /// The first row is the header; no column is read (a sheet with no machines).
    FirstRow,
    /// The first row, read by the format's own header names instead of the aliases.
    Own(Aliases),
    /// The header row, read by the machine aliases and by the per-disk ones (each sheet of
    /// an export whose tabs are told apart by name).
    Both,
    /// The per-disk header row: its disk columns, and its machine columns for the machine
    /// each disk belongs to.
    Disks,
    /// The header row, read by the machine aliases.
    Machines,
}

/// A format that names a machine's host where the aliases expect the machine (Hyper-V's
/// `ComputerName`): the header names that are the host, and those that are the VM.
#[derive(Debug)]
pub struct HostNamed {
    pub host: &'static [&'static str],
    pub vm: &'static [&'static str],
}

/// How the role of a disk listed one a row is told: from its label, and whether it is the
/// first listed for its machine.
pub type DiskRoleRule = fn(label: &str, first: bool) -> DiskRole;

/// `Hard disk 1` is the OS disk; in a list that does not number disks that way (a VHD
/// list's file names), the first listed is.
pub fn hard_disk_1_or_first(label: &str, first: bool) -> DiskRole {
    if label.trim().eq_ignore_ascii_case("hard disk 1")
        || (first && !label.to_ascii_lowercase().starts_with("hard disk"))
    {
        DiskRole::Os
    } else {
        DiskRole::Data
    }
}

/// `Disk 1 size` is the OS disk, every other `Disk N size` a data disk.
pub fn disk_1_is_os(n: u8) -> DiskRole {
    if n == 1 { DiskRole::Os } else { DiskRole::Data }
}

/// What the importer knows of one format: how to tell it (its signature), which header
/// names it uses for which field, what its rows are, the platform they run on, the unit of
/// a size column whose header names none, which columns are kept, how its disks' roles are
/// told. One per format, each in its own module under `formats/`, listed in `formats::ALL`
/// in the order detection asks.
#[derive(Debug)]
pub struct Spec {
    pub format: Format,
    /// Whether a sheet is of this format (asked in `formats::ALL`'s order; the first wins).
    pub signature: fn(&Signs<'_>) -> bool,
    /// Header names the format uses, for machine rows; every format's are known in every
    /// sheet (a hand-made table borrows them), so a name means one field across formats.
    pub aliases: Aliases,
    /// The same for per-disk rows.
    pub disk_aliases: Aliases,
    /// Which row is the header and how it is read.
    pub header: Header,
    /// The format names the host where the aliases expect the machine.
    pub host_named: Option<&'static HostNamed>,
    /// PowerShell's `Export-Csv`: a column holding only .NET type names is no value, and
    /// memory is this column (the configured memory, not the assigned).
    pub powershell_memory: Option<&'static str>,
    /// The tab name of an RVTools per-tab CSV export this format is, found by its headers
    /// when the file was renamed.
    pub csv_tab: Option<&'static str>,
    /// Rows become machines.
    pub machines: bool,
    /// Rows are a machine's disks or partitions, joined to it by the per-disk columns.
    pub per_disk: bool,
    /// One of RVTools' tabs.
    pub rvtools: bool,
    /// The platform every machine of the format runs on, when the format says it.
    pub hypervisor: Option<Hypervisor>,
    /// Columns no alias knows become tags (company policies read them).
    pub unmapped_as_tags: bool,
    /// A bare `Memory` column is read by its size: under 1,024 GB, else MB (a hand-made table).
    pub memory_by_size: bool,
    pub keep: Keep,
    /// The unit a size column's numbers are in when neither header nor cell says, and
    /// whether that is an assumption the reader is told of (rather than the format's
    /// documented unit).
    pub unit: fn(Field) -> (Option<SizeUnit>, bool),
    /// The role of a disk of a per-disk row.
    pub disk_role: DiskRoleRule,
    /// The role of the disk of a `Disk N size` column.
    pub disk_n_role: fn(u8) -> DiskRole,
    /// The kind of a disk of a per-disk row when nothing in the row says.
    pub disk_kind: Option<DiskKind>,
}

/// The unit most tables mean: a size column without one is read in GB, and the reader told.
pub fn unit_gb_assumed(field: Field) -> (Option<SizeUnit>, bool) {
    use Field::*;
    match field {
        Memory | ActiveMemory | OsDisk | DataDisk | LargestDataDisk | DiskN | UsedStorage
        | ProvisionedStorage => (Some(SizeUnit::GiB), true),
        _ => (None, false),
    }
}
