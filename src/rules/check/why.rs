//! Why a check's outcome is what it is, typed: a value not known (and which), a filter's
//! reason, a release or a later edition that decides it, or a kind's own reason. The words
//! layer says it; nothing here is a sentence.

use super::Eval;
use super::Outcome;
use super::disks::Role;
use crate::model::{Field, Firmware, Hypervisor, Unreadable, Value};
use crate::rules::releases::Effect;

/// What a value not known is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A field, by its label.
    Field(Field),
    GuestOs,
    HostOs,
    Arch,
    DataDiskCount,
    ManagementServer,
    FirmwareOrGeneration,
    /// The sizes of the disks of a role.
    DiskSizes(Role),
    /// Disk `0` (its name).
    Disk(u16),
    /// A field of disk `0`.
    DiskField(u16, Field),
    Churn,
    PeakChurn,
}

/// How a disk within a size limit stands to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    AtMost,
    AtLeast,
    Above,
}

/// Why a rule's filter does not hold, or cannot be told.
#[derive(Debug, Clone, PartialEq)]
pub enum FilterWhy {
    Generation {
        want: u8,
        is: u8,
    },
    GenerationGap {
        want: u8,
        gap: Value<()>,
    },
    Firmware {
        want: Firmware,
        is: Firmware,
    },
    FirmwareGap {
        want: Firmware,
        gap: Value<()>,
    },
    /// The machine's platform is not one the filter lists.
    Hypervisor(Hypervisor),
    /// The OS is not one the catalogue recognises.
    OsUnrecognised,
    OsNot,
    OsMaybe,
    OsGap(Value<()>),
    ManagedNoColumn,
    Managed(bool),
    ManagedUnreadable,
}

/// What a later edition, whose changes are dated only to a span, makes of the rule.
#[derive(Debug, Clone, PartialEq)]
pub enum Later {
    /// It has no such rule.
    Gone,
    Passes,
    Fails(Box<Eval>),
}

/// Why an outcome is what it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Why {
    /// Nothing to add (a plain pass or fail).
    #[default]
    None,
    /// The inventory has no column for it.
    NoColumn(Subject),
    /// A value blank, unreadable or without a column in this row: the subject and the gap.
    Gap(Subject, Value<()>),
    /// A churn figure that cannot be read.
    ChurnUnreadable(Subject, Box<Unreadable>),
    /// An RPO or RTO target (`field`) that cannot be read, or that is not given (`anywhere`:
    /// not by a column, option or tier policy at all).
    TargetUnreadable(Field, Box<Unreadable>),
    NoTarget(Field),
    NoTargetAnywhere(Field),
    /// The machine's OS is not one the catalogue recognises.
    OsUnrecognised,
    /// The OS is listed as spec `0` of the check's list.
    Listed(u16),
    /// The OS is one of several versions, which the list holds only in part (spec `0`).
    PartlyOneOf(u16),
    /// The OS may be a later release than the list holds.
    PartlyLater(u16),
    /// The OS version is not given.
    PartlyNoVersion(u16),
    /// The OS names a whole release line.
    PartlyLine(u16),
    /// A host or management string (`text`) that does not say which version of spec `spec`.
    NoVersion {
        text: Box<str>,
        spec: u16,
    },
    NoDisksOfRole,
    /// Every disk is within the limit.
    EveryDisk(Bound),
    NoChurnLimit,
    ChurnPerDiskNotGiven,
    ChurnDependsOnIo,
    /// The platform is not known (the gap); the target's source is assumed.
    PlatformAssumed(Value<()>, Hypervisor),
    HostNotManaged,
    RpoByFrequency {
        target: u64,
        every: u64,
    },
    RpoAchievable {
        target: u64,
        achievable: u64,
    },
    RtoMet {
        target: u64,
        sla: u64,
    },
    /// The rule's filter does not hold.
    NotApplicable(FilterWhy),
    /// The check fails, but the filter cannot be told for this row.
    WouldFail(FilterWhy),
    /// The filter cannot be told from this file.
    Filter(FilterWhy),
    /// Amendment `amendment` of the rule's releases in force decides it.
    Release {
        amendment: u16,
        effect: Effect,
    },
    /// The next edition, dated only to a span holding the day assessed, judges it otherwise:
    /// this edition's outcome was `was`.
    Undated {
        was: Outcome,
        later: Later,
    },
}
