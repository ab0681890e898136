//! What a check looks at, in words, for `rehost rules show` and the report's Rules sheet.

use super::disks::kinds;
use super::software::specs;
use super::{Check, CountRole, Role};

impl Check {
    /// The words a reader needs to know what the check looks at (for `rules show`).
    pub fn describe(&self) -> String {
        match self {
            Check::DiskMax { role, max } => format!("{} disks at most {max}", role_name(*role)),
            Check::DiskMin { role, min, strict } => format!(
                "{} disks {} {min}",
                role_name(*role),
                if *strict { "larger than" } else { "at least" }
            ),
            Check::DiskCountMax { role, max } => match role {
                CountRole::Data => format!("at most {max} data disks"),
                CountRole::All => format!("at most {max} disks, the OS disk included"),
            },
            Check::CoresMax { max } => format!("at most {max} cores"),
            Check::MemoryMax { max } => format!("at most {max} of memory"),
            Check::NicsMax { max } => format!("at most {max} network adapters"),
            Check::Architecture { allowed } => {
                format!(
                    "architecture one of {}",
                    allowed
                        .iter()
                        .map(|a| a.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
            Check::OsSupported { list } => format!("OS one of: {}", specs(list)),
            Check::OsUnsupported { list } => format!("OS none of: {}", specs(list)),
            Check::OsRecognised {} => "OS recognised (not Other)".into(),
            Check::Firmware { allowed } => {
                format!(
                    "firmware one of {}",
                    allowed
                        .iter()
                        .map(|f| f.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
            Check::SecureBoot { allowed } => {
                format!("secure boot {}", if *allowed { "allowed" } else { "off" })
            }
            Check::Bitlocker { allowed } => {
                format!("BitLocker {}", if *allowed { "allowed" } else { "off" })
            }
            Check::DiskKinds { forbidden } => format!("no disks of kind {}", kinds(forbidden)),
            Check::Sector4k { allowed } => format!(
                "4K-sector disks {}",
                if *allowed { "allowed" } else { "not allowed" }
            ),
            Check::DynamicOsDisk { allowed } => {
                format!(
                    "dynamic OS disk {}",
                    if *allowed {
                        "allowed"
                    } else {
                        "not allowed (basic only)"
                    }
                )
            }
            Check::VmName {
                pattern,
                max_length,
            } => format!(
                "name matches {} and has at most {max_length} characters",
                pattern.0
            ),
            Check::Hypervisor { allowed } => {
                format!(
                    "platform one of {}",
                    allowed
                        .iter()
                        .map(|h| h.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
            Check::HostOs { allowed } => format!("host one of: {}", specs(allowed)),
            Check::ManagedBy {
                allowed, required, ..
            } => format!(
                "{} by one of: {}",
                if *required {
                    "managed"
                } else {
                    "if managed, managed"
                },
                specs(allowed)
            ),
            Check::Field {
                field,
                op,
                value,
                pattern,
            } => format!(
                "{field} {op:?}{}",
                value
                    .as_deref()
                    .map(|v| format!(" {v:?}"))
                    .or(pattern.as_ref().map(|p| format!(" /{}/", p.0)))
                    .unwrap_or_default()
            ),
            Check::Rpo {
                recovery_point_within,
                copy_frequencies,
            } => match (copy_frequencies, recovery_point_within) {
                (Some(f), _) => format!(
                    "RPO target met by one of the copy frequencies {}",
                    f.iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                (None, Some(w)) => {
                    format!("RPO target no shorter than {w} (recovery point within {w} of upload)")
                }
                (None, None) => "RPO target".into(),
            },
            Check::Rto { sla } => format!("RTO target no shorter than the {sla} the SLA promises"),
            Check::PeakChurnMax { max } => format!("peak churn across all disks at most {max}"),
            Check::ChurnMax { per, limits } => format!(
                "average churn per {} at most: {}",
                match per {
                    super::ChurnPer::Disk => "disk",
                    super::ChurnPer::Vm => "VM",
                },
                limits
                    .iter()
                    .map(|l| {
                        let mut s = format!("{} {}", l.storage.as_str(), l.max);
                        if let Some(io) = &l.io_size {
                            s.push_str(&format!(" at {io}"));
                        }
                        match (l.disk_size_min, l.disk_size_max) {
                            (Some(a), Some(b)) => {
                                s.push_str(&format!(" for disks over {a} up to {b}"))
                            }
                            (Some(a), None) => s.push_str(&format!(" for disks over {a}")),
                            (None, Some(b)) => s.push_str(&format!(" for disks up to {b}")),
                            _ => {}
                        }
                        s
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        }
    }
}

pub(super) fn role_name(role: Role) -> &'static str {
    match role {
        Role::Os => "OS",
        Role::Data => "data",
        Role::Any => "all",
    }
}
