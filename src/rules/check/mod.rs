//! Check kinds: the Rust side of a rule. Each kind is a function over a machine with typed
//! parameters from the matrix file; no limit lives here.
//!
//! A check reads the machine's values and answers pass, fail, unknown (the value is missing
//! from this row or unreadable) or not evaluated (the inventory has no column for it).

use serde::Deserialize;

mod describe;
mod disks;
pub mod dr;
mod evaluate;
mod software;

pub use disks::kind_name;
use disks::{disk_kinds, disk_limit};
use software::{field_check, managed_by, os_list, spec_list, specs};

use super::spec::{Duration, OsSpec, Pattern, Rate, Size};
use crate::model::{Arch, DiskKind, Field, Firmware, Hypervisor, SourceRef, Value};
use dr::{ChurnLimit, ChurnPer};

pub(super) const FIELDS: &[&str] = &[
    "name",
    "power-state",
    "host",
    "tier",
    "application",
    "recovery-group",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Os,
    Data,
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CountRole {
    /// Data disks only.
    Data,
    /// Every disk, the OS disk included.
    All,
}

/// How a blank cell in a management column reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Blank {
    /// A blank cell is unknown (the default).
    #[default]
    Unknown,
    /// A blank cell means the host is not managed (as people type exam tables).
    Unmanaged,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldOp {
    Present,
    Absent,
    Equals,
    NotEquals,
    Matches,
}

/// Every check kind, with its typed parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    /// Every disk of the role is at most `max`.
    DiskMax {
        role: Role,
        max: Size,
    },
    /// Every disk of the role is at least `min` (larger than `min` when `strict`).
    DiskMin {
        role: Role,
        min: Size,
        #[serde(default)]
        strict: bool,
    },
    /// At most `max` disks (data disks, or all disks with the OS disk).
    DiskCountMax {
        role: CountRole,
        max: u32,
    },
    CoresMax {
        max: u32,
    },
    MemoryMax {
        max: Size,
    },
    NicsMax {
        max: u32,
    },
    /// The guest architecture is one of these.
    Architecture {
        allowed: Vec<Arch>,
    },
    /// The guest OS is in the list.
    OsSupported {
        list: Vec<OsSpec>,
    },
    /// The guest OS is not in the list.
    OsUnsupported {
        list: Vec<OsSpec>,
    },
    /// The guest OS is one the catalogue recognises (not `Other`).
    OsRecognised {},
    /// The boot firmware is one of these.
    Firmware {
        allowed: Vec<Firmware>,
    },
    /// Secure boot is on (`allowed = true`) or must be off.
    SecureBoot {
        allowed: bool,
    },
    /// BitLocker or other guest disk encryption.
    Bitlocker {
        allowed: bool,
    },
    /// None of the machine's disks is of these kinds.
    DiskKinds {
        forbidden: Vec<DiskKind>,
    },
    /// 4K-native (4K logical sector) disks.
    #[serde(rename = "sector-4k")]
    Sector4k {
        allowed: bool,
    },
    /// A dynamic (not basic) OS disk.
    DynamicOsDisk {
        allowed: bool,
    },
    /// The machine name matches `pattern` and is at most `max_length` characters.
    VmName {
        pattern: Pattern,
        max_length: usize,
    },
    /// The machine runs on one of these platforms.
    Hypervisor {
        allowed: Vec<Hypervisor>,
    },
    /// The host's OS or hypervisor version is in the list.
    HostOs {
        allowed: Vec<OsSpec>,
    },
    /// The management server (VMM, vCenter) is in the list; `required`: a host must be managed.
    ManagedBy {
        allowed: Vec<OsSpec>,
        #[serde(default)]
        required: bool,
        #[serde(default)]
        blank: Blank,
    },
    /// A company policy over any column: `tag:Owner` present, `power-state` equals `poweredOn`.
    Field {
        field: String,
        op: FieldOp,
        #[serde(default)]
        value: Option<String>,
        #[serde(default)]
        pattern: Option<Pattern>,
    },
    /// The machine's RPO target can be met: by a copy frequency (Hyper-V) or with recovery
    /// points created within a fixed time of upload (VMware, physical).
    Rpo {
        #[serde(default)]
        recovery_point_within: Option<Duration>,
        #[serde(default)]
        copy_frequencies: Option<Vec<Duration>>,
    },
    /// The machine's RTO target is no shorter than the RTO the service level promises.
    Rto {
        sla: Duration,
    },
    /// Peak churn across all the machine's disks is at most `max`.
    PeakChurnMax {
        max: Rate,
    },
    /// Average churn, per disk or per VM, within the table's limit for the replica storage.
    ChurnMax {
        per: ChurnPer,
        limits: Vec<ChurnLimit>,
    },
}

impl Check {
    /// The OS, host or management specs the check holds, if it is a list check.
    pub fn specs_mut(&mut self) -> Option<&mut Vec<OsSpec>> {
        match self {
            Check::OsSupported { list } | Check::OsUnsupported { list } => Some(list),
            Check::HostOs { allowed } | Check::ManagedBy { allowed, .. } => Some(allowed),
            _ => None,
        }
    }

    /// Whether the check is about disaster-recovery targets and churn (the DR verdict).
    pub fn is_dr(&self) -> bool {
        matches!(
            self,
            Check::Rpo { .. }
                | Check::Rto { .. }
                | Check::PeakChurnMax { .. }
                | Check::ChurnMax { .. }
        )
    }
}

/// What a check read, for `explain`: the field, the value as shown, and the row it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub field: Field,
    pub value: String,
    pub source: Option<SourceRef>,
    /// For a value that came from a column other than the field's own (a disk from vDisk).
    pub column_hint: Option<Field>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Pass,
    Fail,
    Unknown,
    NotEvaluated,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Unknown => "unknown",
            Outcome::NotEvaluated => "not-evaluated",
        }
    }
    /// Fail or unknown: the outcomes a report lists as findings (a pass needs no word, and a
    /// rule not evaluated is a coverage gap, reported once per rule).
    pub fn is_reported(self) -> bool {
        matches!(self, Outcome::Fail | Outcome::Unknown)
    }
}

/// A check's answer with what it saw.
#[derive(Debug, Clone)]
pub struct Eval {
    pub outcome: Outcome,
    pub actual: String,
    pub limit: String,
    pub disk: String,
    /// Why the outcome is what it is, in words (for pass/unknown/not-evaluated).
    pub why: String,
    pub readings: Vec<Reading>,
}

impl Eval {
    fn new(outcome: Outcome, why: impl Into<String>) -> Eval {
        Eval {
            outcome,
            actual: String::new(),
            limit: String::new(),
            disk: String::new(),
            why: why.into(),
            readings: Vec::new(),
        }
    }
    fn limit(mut self, l: impl Into<String>) -> Eval {
        self.limit = l.into();
        self
    }
    fn actual(mut self, a: impl Into<String>) -> Eval {
        self.actual = a.into();
        self
    }
    fn read(mut self, r: Reading) -> Eval {
        self.readings.push(r);
        self
    }
    fn why(mut self, w: impl Into<String>) -> Eval {
        self.why = w.into();
        self
    }
    /// Adds the words (`actual`, `limit`, readings, why) to a failure or an unknown, and to a
    /// pass or a rule not evaluated only when `full` asks. Reports show failures and unknowns;
    /// the rest is worded for explain (and a rule's reason for not being evaluated once a
    /// run, by evaluating it again). At a million machines, four matrices and some forty
    /// rules, wording every pass and gap was over half of the evaluation.
    fn worded(self, full: bool, words: impl FnOnce(Eval) -> Eval) -> Eval {
        if full || self.outcome.is_reported() {
            words(self)
        } else {
            self
        }
    }
    /// Adds what a failure's message quotes (`actual`, `limit`, `disk`): a failure is worded
    /// from the rule's template, an unknown only says why it cannot tell, so the figures are
    /// made for a failure or when `full` asks. For checks whose figures cost more than their
    /// outcome (a churn table's limits in words, for every machine whose churn is unknown).
    fn quoted(self, full: bool, figures: impl FnOnce(Eval) -> Eval) -> Eval {
        if full || self.outcome == Outcome::Fail {
            figures(self)
        } else {
            self
        }
    }
}

fn reading(field: Field, value: String, source: Option<&SourceRef>) -> Reading {
    Reading {
        field,
        value,
        source: source.cloned(),
        column_hint: None,
    }
}

/// Outcome for a value that is not known: no column → not evaluated; blank or unreadable →
/// unknown.
fn gap<T>(v: &Value<T>, what: &str, full: bool) -> Eval {
    match v {
        Value::Absent => Eval::new(Outcome::NotEvaluated, "").worded(full, |e| {
            e.why(format!("the inventory has no column for {what}"))
        }),
        other => Eval::new(
            Outcome::Unknown,
            format!("{what}: {}", other.gap().unwrap_or_default()),
        ),
    }
}

fn show<T: std::fmt::Display>(v: &Value<T>) -> String {
    match v {
        Value::Known(x) => x.to_string(),
        Value::Absent => "(no column)".into(),
        Value::Empty => "(empty)".into(),
        Value::Invalid(bad) => format!("{:?} (unreadable)", bad.raw),
    }
}

impl Check {
    /// Checks that parameters make sense together (beyond what their types ensure).
    pub fn validate(&self) -> Result<(), String> {
        match self {
            Check::Architecture { allowed } if allowed.is_empty() => {
                Err("architecture: allowed is empty".into())
            }
            Check::OsSupported { list } | Check::OsUnsupported { list } if list.is_empty() => {
                Err("os list is empty".into())
            }
            Check::Firmware { allowed } if allowed.is_empty() => {
                Err("firmware: allowed is empty".into())
            }
            Check::DiskKinds { forbidden } if forbidden.is_empty() => {
                Err("disk-kinds: forbidden is empty".into())
            }
            Check::Hypervisor { allowed } if allowed.is_empty() => {
                Err("hypervisor: allowed is empty".into())
            }
            Check::VmName { max_length: 0, .. } => {
                Err("vm-name: max_length must be at least 1".into())
            }
            Check::Field {
                field,
                op,
                value,
                pattern,
            } => {
                if !(field.starts_with("tag:") || FIELDS.contains(&field.as_str())) {
                    return Err(format!(
                        "field {field:?}: expected tag:<column> or one of {}",
                        FIELDS.join(", ")
                    ));
                }
                match op {
                    FieldOp::Equals | FieldOp::NotEquals if value.is_none() => {
                        Err("field: equals needs value".into())
                    }
                    FieldOp::Matches if pattern.is_none() => {
                        Err("field: matches needs pattern".into())
                    }
                    _ => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }
}
