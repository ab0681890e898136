//! What a check read or holds, in words: a quantity (`2,048 GB`, `yes`, `BIOS`, a churn
//! limit by storage and I/O size), a reading (`bitlocker = yes (file!F2)`), a disk's name and
//! kind, and a check's limit as a failure message quotes it.

use super::Lang;
use super::model::{LabelIn, NameIn};
use crate::model::{Disk, DiskKind, Machine, Value};
use crate::rules::check::dr::{ChurnLimit, TargetFrom, rows};
use crate::rules::check::{Check, Quantity, Reading, host_label, kind_name};
use crate::say;
use crate::units::{format_size, group_thousands};

/// A size that cannot be read, as a refused cell words it (`size too large`).
pub fn size_error(e: &crate::units::SizeError, lang: Lang) -> String {
    super::model::refusal(&e.clone().into(), lang)
}

impl std::fmt::Display for crate::units::SizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&size_error(self, Lang::En))
    }
}

/// A duration or rate that cannot be read, as an option's or a cell's problem words it.
pub fn quantity_error(e: &crate::units::QuantityError, lang: Lang) -> String {
    super::model::problem(&e.clone().into(), lang)
}

impl std::fmt::Display for crate::units::QuantityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&quantity_error(self, Lang::En))
    }
}

/// A disk's name, by its index in the machine's disks.
pub(super) fn disk_name(m: &Machine, i: u16, lang: Lang) -> String {
    m.disks
        .get(usize::from(i))
        .map(|d| d.name_in(lang).into_owned())
        .unwrap_or_default()
}

/// A disk kind as a reader says it (`pass-through`, `통과`).
pub fn disk_kind(k: DiskKind, lang: Lang) -> String {
    match k {
        DiskKind::PassThrough => say!(lang, "finding-kind-pass-through"),
        DiskKind::Shared => say!(lang, "finding-kind-shared"),
        DiskKind::Independent => say!(lang, "finding-kind-independent"),
        k => kind_name(k).to_string(),
    }
}

/// A value known or not, as a reading shows it.
fn show<T: std::fmt::Display>(v: &Value<T>, lang: Lang) -> String {
    match v {
        Value::Known(x) => x.to_string(),
        Value::Absent => say!(lang, "finding-show-absent"),
        Value::Empty => say!(lang, "finding-show-empty"),
        Value::Invalid(bad) => say!(lang, "finding-show-invalid", raw = format!("{:?}", bad.raw)),
    }
}

fn rate(v: f64) -> String {
    format!("{} MB/s", group_thousands(v))
}

/// A number and its unit as `lang` writes them: Korean joins them (`2,048GB`, `256GiB`,
/// `60MB/s`, `500IOPS`), as Microsoft's Korean pages do (rules/i18n/glossary-ko.toml, `GB`);
/// English keeps the space (`2,048 GB`).
pub fn unit_style(text: String, lang: Lang) -> String {
    static UNIT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    if lang != Lang::Ko || !text.contains(' ') {
        return text;
    }
    let re = UNIT.get_or_init(|| {
        regex::Regex::new(r"(\d) ((?:[KMGT]i?B)|Mbps|IOPS)(?-u:\b)").expect("a valid pattern")
    });
    match re.replace_all(&text, "${1}${2}") {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(s) => s,
    }
}

/// A reading's value in `lang`.
pub fn reading(r: &Reading, m: &Machine, lang: Lang) -> String {
    match &r.value {
        Quantity::Target { seconds, from } => {
            let what = if r.field == crate::model::Field::Rpo {
                "RPO"
            } else {
                "RTO"
            };
            let from = match from.as_ref() {
                TargetFrom::Nowhere => String::new(),
                TargetFrom::Column => say!(lang, "finding-from-column", what = what),
                TargetFrom::Tier { tier, file } => {
                    say!(lang, "finding-from-tier", tier = tier, file = file)
                }
                TargetFrom::Option => format!("--{}", what.to_ascii_lowercase()),
            };
            say!(
                lang,
                "finding-target-value",
                duration = crate::words::model::duration(*seconds, lang),
                from = from
            )
        }
        other => quantity(other, None, m, lang),
    }
}

/// A typed value in `lang`; `check`: the rule's check, for a value that is its limit.
pub fn quantity(q: &Quantity, check: Option<&Check>, m: &Machine, lang: Lang) -> String {
    let words = quantity_words(q, check, m, lang);
    match q {
        // The inventory's own text is quoted as it is written.
        Quantity::Os | Quantity::Name | Quantity::Text(_) => words,
        _ => unit_style(words, lang),
    }
}

fn quantity_words(q: &Quantity, check: Option<&Check>, m: &Machine, lang: Lang) -> String {
    let platform = |h: crate::model::Hypervisor| h.label_in(lang).to_string();
    match q {
        Quantity::None => String::new(),
        Quantity::Count(n) => n.to_string(),
        Quantity::CountListed(n) => say!(lang, "finding-count-listed", n = n.to_string()),
        Quantity::Bytes(b) => format_size(*b),
        Quantity::Size(s) => s.to_string(),
        Quantity::Rate(r) => rate(*r),
        Quantity::RateMax(r) => r.to_string(),
        Quantity::RateAtLeast(r) => say!(lang, "finding-rate-at-least", rate = rate(*r)),
        Quantity::Seconds(s) => crate::words::model::duration(*s, lang),
        Quantity::YesNo(b) => lang.yes_no(*b).to_string(),
        Quantity::Allowed(true) => say!(lang, "finding-allowed"),
        Quantity::Allowed(false) => say!(lang, "finding-not-allowed"),
        Quantity::Os => m.os.known().map(|o| o.raw.clone()).unwrap_or_default(),
        Quantity::Name => m.name.clone(),
        Quantity::Text(t) => t.clone(),
        Quantity::NoValue => say!(lang, "finding-none"),
        Quantity::Arch(a) => a.as_str().to_string(),
        Quantity::ArchFromOs(a) => say!(lang, "finding-arch-from-os", arch = a.as_str()),
        Quantity::Firmware(f) => f.as_str().to_uppercase(),
        Quantity::Platform(h) => platform(*h),
        Quantity::PlatformInferred(h) => {
            say!(lang, "finding-platform-inferred", platform = platform(*h))
        }
        Quantity::PlatformAssumed(h) => {
            say!(
                lang,
                "finding-platform-assumed-actual",
                platform = platform(*h)
            )
        }
        Quantity::NotManaged => say!(lang, "finding-not-managed"),
        Quantity::EmptyUnmanaged => say!(lang, "finding-empty-unmanaged"),
        Quantity::DiskOn { disk, controller } => say!(
            lang,
            "finding-disk-on",
            disk = disk_name(m, *disk, lang),
            controller = controller.label()
        ),
        Quantity::DiskController { disk, controller } => say!(
            lang,
            "finding-disk-value",
            disk = disk_name(m, *disk, lang),
            value = controller.label()
        ),
        Quantity::MachineOn(c) => say!(lang, "finding-machine-on", controller = c.label()),
        Quantity::Controllers => match &m.disk_flags.controllers {
            Value::Known(set) => set.iter().map(|c| c.label()).collect::<Vec<_>>().join(", "),
            _ => String::new(),
        },
        Quantity::DiskIs { disk, kind } => say!(
            lang,
            "finding-disk-is",
            disk = disk_name(m, *disk, lang),
            kind = disk_kind(*kind, lang)
        ),
        Quantity::DiskKind { disk, kind } => say!(
            lang,
            "finding-disk-value",
            disk = disk_name(m, *disk, lang),
            value = disk_kind(*kind, lang)
        ),
        Quantity::KindPresent(k) => say!(lang, "finding-kind-present", kind = disk_kind(*k, lang)),
        Quantity::Sector4k(d) => say!(lang, "finding-sector-4k", disk = disk_name(m, *d, lang)),
        Quantity::DiskName(d) => disk_name(m, *d, lang),
        Quantity::DiskSize(d) => {
            let size = m
                .disks
                .get(usize::from(*d))
                .map(|x: &Disk| show(&x.size_bytes.clone().map(format_size), lang))
                .unwrap_or_default();
            say!(
                lang,
                "finding-disk-value",
                disk = disk_name(m, *d, lang),
                value = size
            )
        }
        Quantity::DiskRate { disk, rate: r } => say!(
            lang,
            "finding-disk-value",
            disk = disk_name(m, *disk, lang),
            value = rate(*r)
        ),
        Quantity::VmName { ok, too_long } => {
            let name = host_label(&m.name);
            let label = if name == m.name {
                String::new()
            } else {
                say!(lang, "finding-host-label", name = m.name.as_str())
            };
            if *ok {
                format!("{name}{label}")
            } else {
                let why = if *too_long {
                    say!(
                        lang,
                        "finding-name-too-long",
                        n = name.chars().count().to_string()
                    )
                } else {
                    say!(lang, "finding-name-bad-chars")
                };
                say!(
                    lang,
                    "finding-vm-name-bad",
                    name = format!("{name:?}"),
                    label = label,
                    why = why
                )
            }
        }
        // A target's source is worded with its reading (see `reading`).
        Quantity::Target { seconds, .. } => crate::words::model::duration(*seconds, lang),
        Quantity::Cell(c) => say!(
            lang,
            "finding-cell",
            field = c.0.as_str(),
            value = show(&c.1, lang)
        ),
        Quantity::Limit => check.map(|c| limit(c, lang)).unwrap_or_default(),
        Quantity::ChurnLimit {
            storage,
            disk_size,
            per_disk,
        } => match check {
            Some(Check::ChurnMax(k)) => {
                let rows = rows(&k.limits, *storage, *disk_size);
                let text = limit_text(&rows, lang);
                let storage = super::check::storage(*storage, lang);
                if *per_disk {
                    say!(
                        lang,
                        "finding-churn-limit-disk",
                        limit = text,
                        storage = storage
                    )
                } else {
                    say!(
                        lang,
                        "finding-churn-limit-vm",
                        limit = text,
                        storage = storage
                    )
                }
            }
            _ => String::new(),
        },
    }
}

/// The limits of the churn rows that may apply: one figure, or each with its I/O size.
fn limit_text(rows: &[&ChurnLimit], lang: Lang) -> String {
    let lo = rows.iter().map(|r| r.max.0).fold(f64::INFINITY, f64::min);
    let hi = rows.iter().map(|r| r.max.0).fold(0.0, f64::max);
    if (hi - lo).abs() < f64::EPSILON {
        rate(hi)
    } else {
        rows.iter()
            .map(|r| match r.io_size {
                Some(s) => say!(
                    lang,
                    "finding-churn-row-at-io",
                    max = rate(r.max.0),
                    io = io_size(s, lang)
                ),
                None => rate(r.max.0),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The average I/O size a churn row is for: `8 KB`, `16 KB or more`, as the page writes it.
pub fn io_size(s: crate::rules::check::dr::IoSize, lang: Lang) -> String {
    if s.or_more {
        say!(lang, "finding-io-or-more", kb = s.kb.to_string())
    } else {
        format!("{} KB", s.kb)
    }
}

/// A check's own limit or list, as a failure quotes it (`{limit}`).
fn limit(check: &Check, lang: Lang) -> String {
    let either = |names: Vec<String>| names.join(&say!(lang, "check-or"));
    match check {
        Check::Architecture(k) => either(k.allowed.iter().map(|a| a.as_str().into()).collect()),
        Check::Firmware(k) => either(
            k.allowed
                .iter()
                .map(|f| f.as_str().to_uppercase())
                .collect(),
        ),
        Check::Hypervisor(k) => either(
            k.allowed
                .iter()
                .map(|h| h.label_in(lang).to_string())
                .collect(),
        ),
        Check::OsSupported(k) => super::check::specs(&k.list, lang),
        Check::OsUnsupported(k) => super::check::specs(&k.list, lang),
        Check::HostOs(k) => super::check::specs(&k.allowed, lang),
        Check::ManagedBy(k) => super::check::specs(&k.allowed, lang),
        Check::DiskController(k) => say!(
            lang,
            "finding-limit-controllers",
            list = k
                .forbidden
                .iter()
                .map(|c| c.label())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Check::DiskKinds(k) => say!(
            lang,
            "finding-limit-kinds",
            list = k
                .forbidden
                .iter()
                .map(|d| disk_kind(*d, lang))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Check::Hygiene(_) => super::check::describe(check, lang),
        Check::VmName(k) => say!(
            lang,
            "finding-limit-vm-name",
            max = k.max_length.to_string(),
            pattern = k.pattern.0.to_string()
        ),
        Check::Rpo(k) => match (k.copy_frequencies.as_deref(), k.recovery_point_within) {
            (Some(f), _) => say!(
                lang,
                "finding-limit-frequencies",
                list = f
                    .iter()
                    .map(|d| crate::words::model::duration(d.0, lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            (None, Some(w)) => say!(
                lang,
                "finding-limit-within",
                within = crate::words::model::duration(w.0, lang)
            ),
            (None, None) => String::new(),
        },
        Check::Field(k) => k
            .value
            .clone()
            .or(k.pattern.as_ref().map(|p| p.0.to_string()))
            .unwrap_or_default(),
        Check::Kernel(_) => super::check::describe(check, lang),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    /// Korean joins a number and its unit; English and the inventory's own text keep theirs.
    #[test]
    fn korean_joins_a_number_and_its_unit() {
        let rows = [
            ("2,048 GB", "2,048GB"),
            (
                "데이터 디스크 1이 5,120 GB입니다",
                "데이터 디스크 1이 5,120GB입니다",
            ),
            ("127 GiB를 담는", "127GiB를 담는"),
            ("500 IOPS, 60 MB/s", "500IOPS, 60MB/s"),
            ("8 KB 이상", "8KB 이상"),
            ("100 Mbps", "100Mbps"),
            // Not a number and its unit.
            ("OS 디스크 GB", "OS 디스크 GB"),
            ("2 GBytes", "2 GBytes"),
        ];
        for (text, want) in rows {
            assert_eq!(unit_style(text.to_string(), Lang::Ko), want, "{text}");
            assert_eq!(unit_style(text.to_string(), Lang::En), text, "{text}");
        }
    }

    use super::*;
    use crate::units::{QuantityError, SizeError};

    /// Every reason a size, a duration or a rate does not read: the English words as rehost
    /// has always written them (the error's `Display`), Korean with only the unit left.
    #[test]
    fn every_unreadable_quantity_in_both_languages() {
        let sizes = [
            (SizeError::NotANumber, "not a number"),
            (SizeError::UnknownUnit("XB".into()), "unknown unit \"XB\""),
            (SizeError::Negative, "negative size"),
            (SizeError::TooLarge, "size too large"),
            (
                SizeError::NoUnit,
                "no unit given and none known for this column",
            ),
        ];
        for (e, english) in &sizes {
            assert_eq!(e.to_string(), *english);
            super::super::assert_korean(&size_error(e, Lang::Ko), &["\"XB\""], &[]);
        }
        let quantities = [
            (QuantityError::NotANumber, "not a number"),
            (
                QuantityError::UnknownUnit("XB".into()),
                "unknown unit \"XB\"",
            ),
            (QuantityError::Negative, "negative"),
            (QuantityError::TooLarge, "too large"),
        ];
        for (e, english) in &quantities {
            assert_eq!(e.to_string(), *english);
            super::super::assert_korean(&quantity_error(e, Lang::Ko), &["\"XB\""], &[]);
        }
    }
}
