//! The one list of check kinds. Each line names a kind's file and type; from the list come the
//! [`Check`] enum a matrix file's `check = { kind = … }` parses into, the dispatch of every
//! question asked of a check, and [`KINDS`] (`rehost rules kinds`, and the tests that every
//! kind has a fixture and a working example). Adding a kind is a file under `kinds/` and a
//! line here.

use serde::Deserialize;

use super::Eval;
use super::dr::DrContext;
use super::kinds::*;
use crate::model::{Disk, Hypervisor, Machine};
use crate::rules::spec::OsSpec;

/// Parameters of a check that make no sense together (an empty list, `equals` without a
/// value): the kind, and what is wrong; the loader names the file, line and rule. Worded by
/// `crate::words::rule_errors`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParams {
    /// The kind's id (`firmware`).
    pub kind: &'static str,
    pub wrong: Wrong,
}

/// What is wrong with a check's parameters; parameters and operators by their ids in a matrix
/// file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wrong {
    /// An OS check's `list` lists nothing.
    NoOs,
    /// A list parameter lists nothing (`allowed = []`).
    Empty { param: &'static str },
    /// A count that must be at least one (`max_length = 0`).
    Zero { param: &'static str },
    /// `field` names neither a tag column (`tag:<column>`) nor one of `known`.
    UnknownField {
        field: String,
        known: &'static [&'static str],
    },
    /// An operator without the parameter it compares with (`equals` without `value`).
    Needs {
        op: &'static str,
        param: &'static str,
    },
}

impl std::error::Error for BadParams {}

impl BadParams {
    pub fn new(kind: &'static str, wrong: Wrong) -> BadParams {
        BadParams { kind, wrong }
    }
}

/// What evaluating a check may need besides the machine.
pub struct Context<'a> {
    /// The platform assumed when the machine's is not known: the target's own.
    pub default_platform: Hypervisor,
    /// The machine's DR targets, resolved, and the run's replica storage.
    pub dr: &'a DrContext,
}

/// A check kind: its parameters are the type's fields (read from the matrix file by serde),
/// and it says what it is, checks its parameters, judges a machine and words itself.
pub trait Kind {
    /// The `kind = "…"` name in a matrix file.
    const NAME: &'static str;
    /// A `check = { … }` line that parses as this kind (tested).
    const EXAMPLE: &'static str;
    /// A disaster-recovery check: counted in the DR verdict, not in readiness alone.
    const DR: bool = false;
    /// A readiness check with a number or a list in it: an edition's limit table
    /// (`tests/editions/`) needs a case on each side of it. DR limits are tested with the DR
    /// arithmetic instead, as the tables have no churn or target columns.
    const LIMIT: bool = false;
    /// A platform check: a failed blocker of it makes the machine not-applicable.
    const PLATFORM: bool = false;

    /// Parameters that make no sense together (beyond what their types ensure).
    fn validate(&self) -> Result<(), BadParams> {
        Ok(())
    }
    /// The outcome, why, and the values quoted, typed. `full`: keep what a pass or a rule not
    /// evaluated read too (explain); a failure or an unknown always keeps its readings, as
    /// reports show those.
    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval;
    /// The OS, host or management specs the check holds, for the loader to resolve.
    fn specs_mut(&mut self) -> Option<&mut Vec<OsSpec>> {
        None
    }
    /// The specs with what the list is of, for `rules diff` and the words layer.
    fn spec_list(&self) -> Option<(ListOf, &[OsSpec])> {
        None
    }
    /// The parameters besides a spec list, as data that compares (`rules diff` tells a
    /// change by it; the words layer describes the whole check).
    fn rest(&self) -> String {
        String::new()
    }
    /// For a disk-size check: whether this one disk is within it (`Some(None)`: its size is
    /// not known); `None` for any other check or a disk of a role it does not cover.
    fn disk_size_ok(&self, _disk: &Disk) -> Option<Option<bool>> {
        None
    }
}

/// What a check's list of specs is a list of (`rules diff` names it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOf {
    SupportedOs,
    UnsupportedOs,
    Host,
    ManagementServer,
}

/// A kind as `rehost rules kinds` shows it; what it looks at and how a gap in the inventory
/// reads is documentation for rule authors, in their language: the catalogue's
/// `kind-doc-<name>` (`crate::words::rules::kind_doc`).
#[derive(Debug, Clone, Copy)]
pub struct KindDoc {
    pub name: &'static str,
    pub example: &'static str,
}

macro_rules! registry {
    ($($(#[$meta:meta])* $variant:ident => $ty:ty,)*) => {
        /// Every check kind, with its typed parameters.
        #[derive(Debug, Clone, Deserialize)]
        #[serde(tag = "kind", rename_all = "kebab-case")]
        pub enum Check {
            $($(#[$meta])* $variant($ty),)*
        }

        /// Every kind, in the registry's order.
        pub const KINDS: &[KindDoc] = &[
            $(KindDoc {
                name: <$ty as Kind>::NAME,
                example: <$ty as Kind>::EXAMPLE,
            },)*
        ];

        impl Check {
            /// The kind's name (`disk-max`).
            pub fn kind(&self) -> &'static str {
                match self { $(Check::$variant(_) => <$ty as Kind>::NAME,)* }
            }
            pub fn validate(&self) -> Result<(), BadParams> {
                match self { $(Check::$variant(k) => k.validate(),)* }
            }
            /// See [`Kind::evaluate`].
            pub fn evaluate(
                &self,
                m: &Machine,
                default_platform: Hypervisor,
                dr: &DrContext,
                full: bool,
            ) -> Eval {
                let cx = Context { default_platform, dr };
                match self { $(Check::$variant(k) => k.evaluate(m, &cx, full),)* }
            }
            pub fn specs_mut(&mut self) -> Option<&mut Vec<OsSpec>> {
                match self { $(Check::$variant(k) => k.specs_mut(),)* }
            }
            pub fn spec_list(&self) -> Option<(ListOf, &[OsSpec])> {
                match self { $(Check::$variant(k) => k.spec_list(),)* }
            }
            pub fn rest(&self) -> String {
                match self { $(Check::$variant(k) => k.rest(),)* }
            }
            pub fn disk_size_ok(&self, disk: &Disk) -> Option<Option<bool>> {
                match self { $(Check::$variant(k) => k.disk_size_ok(disk),)* }
            }
            /// Whether the check is about disaster-recovery targets and churn.
            pub fn is_dr(&self) -> bool {
                match self { $(Check::$variant(_) => <$ty as Kind>::DR,)* }
            }
            /// Whether the check holds a limit or a list (see [`Kind::LIMIT`]).
            pub fn has_limit(&self) -> bool {
                match self { $(Check::$variant(_) => <$ty as Kind>::LIMIT,)* }
            }
            /// Whether the check is about the platform (see [`Kind::PLATFORM`]).
            pub fn is_platform(&self) -> bool {
                match self { $(Check::$variant(_) => <$ty as Kind>::PLATFORM,)* }
            }
        }
    };
}

registry! {
    DiskMax => disk_max::DiskMax,
    DiskMin => disk_min::DiskMin,
    DiskCountMax => disk_count_max::DiskCountMax,
    CoresMax => cores_max::CoresMax,
    MemoryMax => memory_max::MemoryMax,
    NicsMax => nics_max::NicsMax,
    Architecture => architecture::Architecture,
    OsSupported => os_supported::OsSupported,
    OsUnsupported => os_unsupported::OsUnsupported,
    OsRecognised => os_recognised::OsRecognised,
    Firmware => firmware::Firmware,
    SecureBoot => secure_boot::SecureBoot,
    Bitlocker => bitlocker::Bitlocker,
    DiskKinds => disk_kinds::DiskKinds,
    DiskController => disk_controller::DiskController,
    #[serde(rename = "sector-4k")]
    Sector4k => sector_4k::Sector4k,
    DynamicOsDisk => dynamic_os_disk::DynamicOsDisk,
    VmName => vm_name::VmName,
    Hypervisor => hypervisor::Hypervisor,
    HostOs => host_os::HostOs,
    ManagedBy => managed_by::ManagedBy,
    Field => field::Field,
    Rpo => rpo::Rpo,
    Rto => rto::Rto,
    PeakChurnMax => peak_churn_max::PeakChurnMax,
    ChurnMax => churn_max::ChurnMax,
    Hygiene => hygiene::Hygiene,
    FreeSpace => free_space::FreeSpace,
    Kernel => kernel::Kernel,
}
