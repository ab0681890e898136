//! Evaluating a check over one machine: the dispatch from check kind to the function that
//! reads the machine's values, and the checks simple enough to live in it.

use super::dr::{self, DrContext};
use super::{
    Check, CountRole, Eval, Outcome, disk_kinds, disk_limit, field_check, gap, managed_by, os_list,
    reading, spec_list, specs,
};
use crate::model::{Field, Hypervisor, Machine, SourceRef, Value};
use crate::rules::spec::OsSpec;
use crate::units::format_size;

impl Check {
    /// `full`: word every outcome and keep all it read (explain); otherwise a pass or a rule
    /// not evaluated may come back as the outcome alone. A failure or an unknown is always
    /// worded: reports show those.
    pub fn evaluate(
        &self,
        m: &Machine,
        default_platform: Hypervisor,
        ctx: &DrContext,
        full: bool,
    ) -> Eval {
        match self {
            Check::DiskMax { role, max } => {
                disk_limit(m, *role, |s| s <= max.0, max, "at most", full)
            }
            Check::DiskMin { role, min, strict } => {
                let ok = |s: u64| if *strict { s > min.0 } else { s >= min.0 };
                let words = if *strict { "larger than" } else { "at least" };
                disk_limit(m, *role, ok, min, words, full)
            }
            Check::DiskCountMax { role, max } => {
                let count = m.effective_data_disk_count();
                let Value::Known(data) = count else {
                    return gap(&count, "the number of data disks", full);
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
                Eval::new(out, "").worded(full, |e| {
                    let mut r = reading(Field::DataDiskCount, data.to_string(), Some(&m.source));
                    if !m.data_disk_count.is_known() {
                        r.value = format!("{data} (disks listed)");
                        r.column_hint = Some(Field::DataDisk);
                    }
                    e.actual(n.to_string()).limit(max.to_string()).read(r)
                })
            }
            Check::CoresMax { max } => count_max(&m.cores, *max, Field::Cores, &m.source, full),
            Check::NicsMax { max } => count_max(&m.nics, *max, Field::Nics, &m.source, full),
            Check::MemoryMax { max } => match &m.memory_bytes {
                Value::Known(b) => {
                    let out = if *b <= max.0 {
                        Outcome::Pass
                    } else {
                        Outcome::Fail
                    };
                    Eval::new(out, "").worded(full, |e| {
                        e.actual(format_size(*b))
                            .limit(max.to_string())
                            .read(reading(Field::Memory, format_size(*b), Some(&m.source)))
                    })
                }
                other => gap(other, "memory", full),
            },
            Check::Architecture { allowed } => {
                let names = || either(allowed.iter().map(|a| a.as_str().to_string()));
                match &m.architecture {
                    Value::Known(a) => {
                        let out = if allowed.contains(a) {
                            Outcome::Pass
                        } else {
                            Outcome::Fail
                        };
                        Eval::new(out, "").worded(full, |e| {
                            let derived = m.os.known().is_some_and(|o| o.arch_derived);
                            let from_os =
                                derived || m.os.known().is_some_and(|o| o.architecture == Some(*a));
                            let value = if derived {
                                format!("{} (follows from the OS version)", a.as_str())
                            } else {
                                a.as_str().into()
                            };
                            let mut r = reading(Field::OsArch, value, Some(&m.source));
                            if from_os && !m.architecture_from_column {
                                r.column_hint = Some(Field::Os);
                            }
                            e.actual(a.as_str()).limit(names()).read(r)
                        })
                    }
                    other => {
                        gap(other, "the OS architecture", full).worded(full, |e| e.limit(names()))
                    }
                }
            }
            Check::OsSupported { list } => os_list(m, list, true, full),
            Check::OsUnsupported { list } => os_list(m, list, false, full),
            Check::OsRecognised {} => match &m.os {
                Value::Known(os) if os.product == "other" => Eval::new(
                    Outcome::Unknown,
                    format!("the OS {:?} is not one the catalogue recognises", os.raw),
                )
                .actual(os.raw.clone())
                .read(reading(m.os_field(), os.raw.clone(), Some(&m.source))),
                Value::Known(os) => Eval::new(Outcome::Pass, "").worded(full, |e| {
                    e.actual(os.raw.clone()).read(reading(
                        m.os_field(),
                        os.raw.clone(),
                        Some(&m.source),
                    ))
                }),
                other => gap(other, "the guest OS", full),
            },
            Check::Firmware { allowed } => {
                let names = || either(allowed.iter().map(|f| f.as_str().to_uppercase()));
                match m.effective_firmware() {
                    Value::Known(f) => {
                        let out = if allowed.contains(&f) {
                            Outcome::Pass
                        } else {
                            Outcome::Fail
                        };
                        Eval::new(out, "").worded(full, |e| {
                            let field = if m.firmware.is_known() {
                                Field::Firmware
                            } else {
                                Field::Generation
                            };
                            e.actual(f.as_str().to_uppercase())
                                .limit(names())
                                .read(reading(field, f.as_str().to_uppercase(), Some(&m.source)))
                        })
                    }
                    other => gap(&other, "firmware or generation", full),
                }
            }
            Check::SecureBoot { allowed } => {
                flag(&m.secure_boot, *allowed, Field::SecureBoot, &m.source, full)
            }
            Check::Bitlocker { allowed } => {
                flag(&m.bitlocker, *allowed, Field::BitLocker, &m.source, full)
            }
            Check::Sector4k { allowed } => {
                let by_disk = m
                    .disks
                    .iter()
                    .find(|d| d.sector_bytes.known().is_some_and(|s| *s >= 4096));
                match by_disk {
                    Some(d) if !allowed => Eval::new(Outcome::Fail, "")
                        .actual(format!("{} has 4K sectors", d.name))
                        .read(reading(
                            Field::Sector4k,
                            d.name.to_string(),
                            d.source.as_ref(),
                        )),
                    _ => flag(
                        &m.disk_flags.sector_4k,
                        *allowed,
                        Field::Sector4k,
                        &m.source,
                        full,
                    ),
                }
            }
            Check::DynamicOsDisk { allowed } => flag(
                &m.disk_flags.dynamic_os_disk,
                *allowed,
                Field::DiskType,
                &m.source,
                full,
            ),
            Check::DiskKinds { forbidden } => disk_kinds(m, forbidden, full),
            Check::VmName {
                pattern,
                max_length,
            } => {
                // A server known by its FQDN (`FS01.contoso.org`) becomes a VM named by its
                // host label; the FQDN stays the machine's name in the report.
                let name = host_label(&m.name);
                let len = name.chars().count();
                let ok = len <= *max_length && pattern.0.is_match(name);
                let out = if ok { Outcome::Pass } else { Outcome::Fail };
                Eval::new(out, "").worded(full, |e| {
                    let why = if len > *max_length {
                        format!("{len} characters")
                    } else {
                        "characters not allowed".into()
                    };
                    let label = if name == m.name {
                        String::new()
                    } else {
                        format!(" (host label of {})", m.name)
                    };
                    e.actual(if ok {
                        format!("{name}{label}")
                    } else {
                        format!("{name:?}{label} ({why})")
                    })
                    .limit(format!("{max_length} characters matching {}", pattern.0))
                    .read(reading(
                        Field::Name,
                        m.name.clone(),
                        Some(&m.source),
                    ))
                })
            }
            Check::Hypervisor { allowed } => {
                let names = || either(allowed.iter().map(|h| h.as_str().to_string()));
                match &m.hypervisor {
                    Value::Known(h) => {
                        let out = if allowed.contains(h) {
                            Outcome::Pass
                        } else {
                            Outcome::Fail
                        };
                        Eval::new(out, "").worded(full, |e| {
                            let mut r =
                                reading(Field::Hypervisor, h.label().into(), Some(&m.source));
                            if m.hypervisor_inferred {
                                r.value = format!("{} (inferred from the host)", h.label());
                                r.column_hint = Some(if m.host.os.is_known() {
                                    Field::HostOs
                                } else {
                                    Field::ManagedBy
                                });
                            }
                            e.actual(h.label()).limit(names()).read(r)
                        })
                    }
                    other => Eval::new(Outcome::Pass, "").worded(full, |e| {
                        e.why(format!(
                            "platform not known ({}); assumed {}, this target's source",
                            other.gap().unwrap_or_default(),
                            default_platform.as_str()
                        ))
                        .actual(format!("assumed {}", default_platform.as_str()))
                        .limit(names())
                    }),
                }
            }
            Check::HostOs { allowed } => match &m.host.os {
                Value::Known(t) => spec_list(
                    &bare_version(t, allowed),
                    allowed,
                    Field::HostOs,
                    &m.source,
                    full,
                ),
                other => gap(other, "the host OS", full).worded(full, |e| e.limit(specs(allowed))),
            },
            Check::ManagedBy {
                allowed,
                required,
                blank,
            } => managed_by(m, allowed, *required, *blank, full),
            Check::Field {
                field,
                op,
                value,
                pattern,
            } => field_check(m, field, *op, value.as_deref(), pattern.as_ref(), full),
            Check::Rpo {
                recovery_point_within,
                copy_frequencies,
            } => dr::rpo(
                m,
                ctx,
                *recovery_point_within,
                copy_frequencies.as_deref(),
                full,
            ),
            Check::Rto { sla } => dr::rto(m, ctx, *sla, full),
            Check::PeakChurnMax { max } => dr::peak_churn(m, *max, full),
            Check::ChurnMax { per, limits } => dr::churn(m, ctx, *per, limits, full),
        }
    }
}

fn count_max(v: &Value<u32>, max: u32, what: Field, src: &SourceRef, full: bool) -> Eval {
    match v {
        Value::Known(n) => {
            let out = if *n <= max {
                Outcome::Pass
            } else {
                Outcome::Fail
            };
            Eval::new(out, "").worded(full, |e| {
                e.actual(n.to_string()).limit(max.to_string()).read(reading(
                    what,
                    n.to_string(),
                    Some(src),
                ))
            })
        }
        other => gap(other, what.label(), full),
    }
}

fn flag(v: &Value<bool>, allowed: bool, what: Field, src: &SourceRef, full: bool) -> Eval {
    match v {
        Value::Known(on) => {
            let out = if *on && !allowed {
                Outcome::Fail
            } else {
                Outcome::Pass
            };
            let text = if *on { "yes" } else { "no" };
            Eval::new(out, "").worded(full, |e| {
                e.actual(text)
                    .limit(if allowed { "allowed" } else { "not allowed" })
                    .read(reading(what, text.into(), Some(src)))
            })
        }
        other => gap(other, what.label(), full),
    }
}

/// The values a check allows, in words: `BIOS or UEFI`. Made only when a finding is worded.
fn either(names: impl Iterator<Item = String>) -> String {
    names.collect::<Vec<_>>().join(" or ")
}

/// A host column that gives only a version (`7.0.3`, `8.0 U2`: RVTools' `ESX Version`, people's
/// tables) names the product the rule lists, when the rule lists one product only.
fn bare_version(text: &str, allowed: &[OsSpec]) -> String {
    static BARE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::RegexBuilder::new(r"^\d+(\.\d+)*(\s*(u|update)\s*\d+[a-z]?)?(\s*build[- ]?\d+)?$")
            .case_insensitive(true)
            .build()
            .expect("static regex")
    });
    let t = text.trim();
    match allowed.split_first() {
        Some((first, rest))
            if BARE.is_match(t) && rest.iter().all(|s| s.product == first.product) =>
        {
            format!("{} {t}", first.product)
        }
        _ => t.to_string(),
    }
}

/// The first label of a fully qualified domain name (`fs01.contoso.org` → `fs01`); any
/// other name as it is. A name is taken for an FQDN when it has dots, no label is empty and
/// the last label is letters only (a domain, not a version such as `app-1.2`).
fn host_label(name: &str) -> &str {
    let labels: Vec<&str> = name.split('.').collect();
    let fqdn = labels.len() > 1
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|l| l.chars().all(|c| c.is_ascii_alphabetic()));
    if fqdn { labels[0] } else { name }
}
