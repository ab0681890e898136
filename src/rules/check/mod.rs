//! Check kinds: the Rust side of a rule. Each kind is a function over a machine with typed
//! parameters from the matrix file; no limit lives here.
//!
//! A check reads the machine's values and answers pass, fail, unknown (the value is missing
//! from this row or unreadable) or not evaluated (the inventory has no column for it).

use serde::Deserialize;

mod describe;
mod disks;
mod software;

pub use disks::kind_name;
use disks::{disk_kinds, disk_limit};
use software::{field_check, managed_by, os_list, spec_list, specs};

use super::spec::{OsSpec, Pattern, Size};
use crate::model::{Arch, DiskKind, Firmware, Hypervisor, Machine, SourceRef, Value};
use crate::units::format_size;

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
}

/// What a check read, for `explain`: the field, the value as shown, and the row it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub field: &'static str,
    pub value: String,
    pub source: Option<SourceRef>,
    /// For a value that came from a column other than the field's own (a disk from vDisk).
    pub column_hint: Option<&'static str>,
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
}

fn reading(field: &'static str, value: String, source: Option<&SourceRef>) -> Reading {
    Reading {
        field,
        value,
        source: source.cloned(),
        column_hint: None,
    }
}

/// Outcome for a value that is not known: no column → not evaluated; blank or unreadable →
/// unknown.
fn gap<T>(v: &Value<T>, what: &str) -> Eval {
    match v {
        Value::Absent => Eval::new(
            Outcome::NotEvaluated,
            format!("the inventory has no column for {what}"),
        ),
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
        Value::Invalid { raw, .. } => format!("{raw:?} (unreadable)"),
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

    pub fn evaluate(&self, m: &Machine, default_platform: Hypervisor) -> Eval {
        match self {
            Check::DiskMax { role, max } => {
                disk_limit(m, *role, |s| s <= max.0, format!("{max}"), "at most")
            }
            Check::DiskMin { role, min, strict } => {
                let ok = |s: u64| if *strict { s > min.0 } else { s >= min.0 };
                let words = if *strict { "larger than" } else { "at least" };
                disk_limit(m, *role, ok, format!("{min}"), words)
            }
            Check::DiskCountMax { role, max } => {
                let count = m.effective_data_disk_count();
                let Value::Known(data) = count else {
                    return gap(&count, "the number of data disks");
                };
                let n = match role {
                    CountRole::Data => data,
                    CountRole::All => data + 1,
                };
                let out = if n <= *max {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                let mut r = reading("data disk count", data.to_string(), Some(&m.source));
                if !m.data_disk_count.is_known() {
                    r.value = format!("{data} (disks listed)");
                    r.column_hint = Some("data disk sizes");
                }
                Eval::new(out, "")
                    .actual(n.to_string())
                    .limit(max.to_string())
                    .read(r)
            }
            Check::CoresMax { max } => count_max(&m.cores, *max, "cores", &m.source),
            Check::NicsMax { max } => count_max(&m.nics, *max, "nics", &m.source),
            Check::MemoryMax { max } => match &m.memory_bytes {
                Value::Known(b) => {
                    let out = if *b <= max.0 {
                        Outcome::Pass
                    } else {
                        Outcome::Fail
                    };
                    Eval::new(out, "")
                        .actual(format_size(*b))
                        .limit(max.to_string())
                        .read(reading("memory", format_size(*b), Some(&m.source)))
                }
                other => gap(other, "memory"),
            },
            Check::Architecture { allowed } => {
                let names = allowed
                    .iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join(" or ");
                match &m.architecture {
                    Value::Known(a) => {
                        let out = if allowed.contains(a) {
                            Outcome::Pass
                        } else {
                            Outcome::Fail
                        };
                        let derived = m.os.known().is_some_and(|o| o.arch_derived);
                        let from_os =
                            derived || m.os.known().is_some_and(|o| o.architecture == Some(*a));
                        let value = if derived {
                            format!("{} (follows from the OS version)", a.as_str())
                        } else {
                            a.as_str().into()
                        };
                        let mut r = reading("os architecture", value, Some(&m.source));
                        if from_os && !m.architecture_from_column {
                            r.column_hint = Some("os");
                        }
                        Eval::new(out, "").actual(a.as_str()).limit(names).read(r)
                    }
                    other => gap(other, "the OS architecture").limit(names),
                }
            }
            Check::OsSupported { list } => os_list(m, list, true),
            Check::OsUnsupported { list } => os_list(m, list, false),
            Check::OsRecognised {} => match &m.os {
                Value::Known(os) if os.product == "other" => Eval::new(
                    Outcome::Unknown,
                    format!("the OS {:?} is not one the catalogue recognises", os.raw),
                )
                .actual(os.raw.clone())
                .read(reading("os", os.raw.clone(), Some(&m.source))),
                Value::Known(os) => Eval::new(Outcome::Pass, "")
                    .actual(os.raw.clone())
                    .read(reading("os", os.raw.clone(), Some(&m.source))),
                other => gap(other, "the guest OS"),
            },
            Check::Firmware { allowed } => {
                let names = allowed
                    .iter()
                    .map(|f| f.as_str().to_uppercase())
                    .collect::<Vec<_>>()
                    .join(" or ");
                match m.effective_firmware() {
                    Value::Known(f) => {
                        let out = if allowed.contains(&f) {
                            Outcome::Pass
                        } else {
                            Outcome::Fail
                        };
                        Eval::new(out, "")
                            .actual(f.as_str().to_uppercase())
                            .limit(names)
                            .read(reading(
                                if m.firmware.is_known() {
                                    "firmware"
                                } else {
                                    "generation"
                                },
                                f.as_str().to_uppercase(),
                                Some(&m.source),
                            ))
                    }
                    other => gap(&other, "firmware or generation"),
                }
            }
            Check::SecureBoot { allowed } => {
                flag(&m.secure_boot, *allowed, "secure boot", &m.source)
            }
            Check::Bitlocker { allowed } => flag(&m.bitlocker, *allowed, "bitlocker", &m.source),
            Check::Sector4k { allowed } => {
                let by_disk = m
                    .disks
                    .iter()
                    .find(|d| d.sector_bytes.known().is_some_and(|s| *s >= 4096));
                match by_disk {
                    Some(d) if !allowed => Eval::new(Outcome::Fail, "")
                        .actual(format!("{} has 4K sectors", d.name))
                        .read(reading("4k sector disk", d.name.clone(), d.source.as_ref())),
                    _ => flag(
                        &m.disk_flags.sector_4k,
                        *allowed,
                        "4k sector disk",
                        &m.source,
                    ),
                }
            }
            Check::DynamicOsDisk { allowed } => flag(
                &m.disk_flags.dynamic_os_disk,
                *allowed,
                "disk type",
                &m.source,
            ),
            Check::DiskKinds { forbidden } => disk_kinds(m, forbidden),
            Check::VmName {
                pattern,
                max_length,
            } => {
                let len = m.name.chars().count();
                let ok = len <= *max_length && pattern.0.is_match(&m.name);
                let out = if ok { Outcome::Pass } else { Outcome::Fail };
                let why = if len > *max_length {
                    format!("{len} characters")
                } else {
                    "characters not allowed".into()
                };
                Eval::new(out, "")
                    .actual(if ok {
                        m.name.clone()
                    } else {
                        format!("{:?} ({why})", m.name)
                    })
                    .limit(format!("{max_length} characters matching {}", pattern.0))
                    .read(reading("name", m.name.clone(), Some(&m.source)))
            }
            Check::Hypervisor { allowed } => {
                let names = allowed
                    .iter()
                    .map(|h| h.as_str())
                    .collect::<Vec<_>>()
                    .join(" or ");
                match &m.hypervisor {
                    Value::Known(h) => {
                        let out = if allowed.contains(h) {
                            Outcome::Pass
                        } else {
                            Outcome::Fail
                        };
                        let mut r = reading("hypervisor", h.label().into(), Some(&m.source));
                        if m.hypervisor_inferred {
                            r.value = format!("{} (inferred from the host)", h.label());
                            r.column_hint = Some(if m.host.os.is_known() {
                                "host os"
                            } else {
                                "managed by"
                            });
                        }
                        Eval::new(out, "").actual(h.label()).limit(names).read(r)
                    }
                    other => Eval::new(
                        Outcome::Pass,
                        format!(
                            "platform not known ({}); assumed {}, this target's source",
                            other.gap().unwrap_or_default(),
                            default_platform.as_str()
                        ),
                    )
                    .actual(format!("assumed {}", default_platform.as_str()))
                    .limit(names),
                }
            }
            Check::HostOs { allowed } => match &m.host.os {
                Value::Known(t) => spec_list(t, allowed, "host os", &m.host.os, &m.source),
                other => gap(other, "the host OS").limit(specs(allowed)),
            },
            Check::ManagedBy {
                allowed,
                required,
                blank,
            } => managed_by(m, allowed, *required, *blank),
            Check::Field {
                field,
                op,
                value,
                pattern,
            } => field_check(m, field, *op, value.as_deref(), pattern.as_ref()),
        }
    }
}

fn count_max(v: &Value<u32>, max: u32, what: &'static str, src: &SourceRef) -> Eval {
    match v {
        Value::Known(n) => {
            let out = if *n <= max {
                Outcome::Pass
            } else {
                Outcome::Fail
            };
            Eval::new(out, "")
                .actual(n.to_string())
                .limit(max.to_string())
                .read(reading(what, n.to_string(), Some(src)))
        }
        other => gap(other, what),
    }
}

fn flag(v: &Value<bool>, allowed: bool, what: &'static str, src: &SourceRef) -> Eval {
    match v {
        Value::Known(on) => {
            let out = if *on && !allowed {
                Outcome::Fail
            } else {
                Outcome::Pass
            };
            let text = if *on { "yes" } else { "no" };
            Eval::new(out, "")
                .actual(text)
                .limit(if allowed { "allowed" } else { "not allowed" })
                .read(reading(what, text.into(), Some(src)))
        }
        other => gap(other, what),
    }
}
