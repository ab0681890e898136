//! What a check quotes, typed: the value it read (`{actual}`), the limit it holds
//! (`{limit}`) and what `explain` shows it read. The words layer says them in the reader's
//! language; nothing here is a sentence.

use super::dr::{Storage, TargetFrom};
use crate::model::{Controller, DiskKind, Field, Firmware, Hypervisor, SourceRef, Value};
use crate::os::Arch;
use crate::rules::spec::{Rate, Size};

/// A value a check read or holds. Disks are named by their index in the machine's `disks`;
/// the machine's own name and OS are looked up in it, so that the common values cost no
/// allocation.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Quantity {
    /// Nothing to quote.
    #[default]
    None,
    Count(u32),
    /// A count of data disks taken from the disks listed, not from a count column.
    CountListed(u32),
    Bytes(u64),
    /// A size limit as the matrix gives it.
    Size(Size),
    /// A churn figure in MB/s.
    Rate(f64),
    /// A rate limit as the matrix gives it.
    RateMax(Rate),
    /// At least this much churn: the average, standing in for a peak the inventory lacks.
    RateAtLeast(f64),
    Seconds(u64),
    YesNo(bool),
    Allowed(bool),
    /// The machine's OS as the inventory wrote it.
    Os,
    /// The machine's name.
    Name,
    /// A cell's text as written (a host or management string, a field's value).
    Text(String),
    /// A field check's value when the machine has none.
    NoValue,
    Arch(Arch),
    /// An architecture that follows from the OS version rather than a column.
    ArchFromOs(Arch),
    Firmware(Firmware),
    Platform(Hypervisor),
    /// A platform inferred from the host (a reading).
    PlatformInferred(Hypervisor),
    /// A platform not known, assumed to be the target's source.
    PlatformAssumed(Hypervisor),
    /// A host that no server manages.
    NotManaged,
    /// A blank management cell, read as not managed (a reading).
    EmptyUnmanaged,
    /// Disk `disk` is on a controller (`{actual}`) / its controller (a reading).
    DiskOn {
        disk: u16,
        controller: Controller,
    },
    DiskController {
        disk: u16,
        controller: Controller,
    },
    /// A machine-level column says some disk is on this controller.
    MachineOn(Controller),
    /// The machine-level controllers column, as read.
    Controllers,
    /// Disk `disk` is of a kind (`{actual}`) / its kind (a reading).
    DiskIs {
        disk: u16,
        kind: DiskKind,
    },
    DiskKind {
        disk: u16,
        kind: DiskKind,
    },
    /// A machine-level flag says a disk of this kind is present.
    KindPresent(DiskKind),
    /// Disk `disk` has 4K sectors (`{actual}`) / its name (a reading).
    Sector4k(u16),
    DiskName(u16),
    /// Disk `disk`'s size as read, known or not (a reading).
    DiskSize(u16),
    /// A churn figure of disk `disk` (a reading).
    DiskRate {
        disk: u16,
        rate: f64,
    },
    /// The VM name the machine would get: within the check (`ok`), or not, and whether for
    /// its length.
    VmName {
        ok: bool,
        too_long: bool,
    },
    /// A DR target and where it came from (a reading).
    Target {
        seconds: u64,
        from: Box<TargetFrom>,
    },
    /// A field check's reading: the field as the rule names it, and its value.
    Cell(Box<(String, Value<String>)>),
    /// The check's own limit or list, as its parameters say.
    Limit,
    /// The churn limit of the rows that apply to a disk of `disk_size` on `storage`.
    ChurnLimit {
        storage: Storage,
        disk_size: Option<u64>,
        per_disk: bool,
    },
}

/// What a check read, for `explain`: the field, the value, and the row it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub field: Field,
    pub value: Quantity,
    pub source: Option<SourceRef>,
    /// For a value that came from a column other than the field's own (a disk from vDisk).
    pub column_hint: Option<Field>,
}
