//! What a check looks at, and what a rule's filter holds, in the reader's language: the
//! kinds' parameters are typed in [`crate::rules::check`]; `rules show`, the Rules sheet and
//! `rules kinds` word them here.

use super::model::LabelIn;
use crate::rules::check::dr::ChurnPer;
use crate::rules::check::{Check, CountRole, Role};
use crate::rules::matrix::When;
use crate::rules::spec::OsSpec;
use crate::say;

use super::Lang;

/// `a, b, c`.
fn list<T>(items: &[T], word: impl Fn(&T) -> String) -> String {
    items.iter().map(word).collect::<Vec<_>>().join(", ")
}

/// The specs of a list in words: `Windows Server 2016, Windows Server 2019`.
pub fn specs(list_of: &[OsSpec], lang: Lang) -> String {
    list(list_of, |s| os_spec(s, lang))
}

/// A product's name from the OS catalogue in the reader's language (its `name_ko` in
/// Korean); `other`, no product, as a phrase.
pub fn product_name(product: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    let ko = match lang {
        Lang::Ko => crate::os::product_name_ko(product),
        Lang::En => None,
    };
    match ko.or_else(|| crate::os::product_name(product)) {
        Some(name) => name.into(),
        None => say!(lang, "check-os-other").into(),
    }
}

/// An OS as messages name it, `Windows Server 2012 R2`: the product's catalogue name (as
/// the pages write it, in every language), not its id, and its version.
pub fn os_label(os: &crate::os::Os, lang: Lang) -> String {
    let name = match crate::os::product_name(&os.product) {
        Some(n) => std::borrow::Cow::Borrowed(n),
        None => say!(lang, "check-os-other").into(),
    };
    match &os.version {
        Some(v) => format!("{name} {v}"),
        None => name.into_owned(),
    }
}

/// A spec in words: `rhel 8.0..=8.10` → `Red Hat Enterprise Linux 8.0 to 8.10` (`… 8.0~8.10`),
/// `ubuntu 18.04..` → `Ubuntu 18.04 or later`, `vcenter ..=6.5` → `vCenter Server 6.5 or
/// earlier`, `linux` → `Linux`; an edition after it in brackets, Nano Server by its name.
pub fn os_spec(spec: &OsSpec, lang: Lang) -> String {
    use crate::rules::spec::SpecRange as R;
    let name = product_name(&spec.product, lang);
    let words = match spec.range() {
        R::Product => name.to_string(),
        R::Version(v) => format!("{name} {v}"),
        R::From(a) => say!(lang, "check-os-from", name = name, from = a),
        R::To {
            to,
            inclusive: true,
        } => say!(lang, "check-os-to", name = name, to = to),
        R::To { to, .. } => say!(lang, "check-os-before", name = name, to = to),
        R::Between {
            from,
            to,
            inclusive: true,
        } => say!(lang, "check-os-between", name = name, from = from, to = to),
        R::Between { from, to, .. } => {
            say!(lang, "check-os-up-to", name = name, from = from, to = to)
        }
    };
    match spec.edition.as_deref() {
        Some(crate::os::NANO_SERVER) => format!("{words} Nano Server"),
        Some(e) => format!("{words} ({e})"),
        None => words,
    }
}

/// A churn table's storage as the pages say it: `standard`, `premium` (표준, 프리미엄).
pub fn storage(s: crate::rules::check::dr::Storage, lang: Lang) -> String {
    use crate::rules::check::dr::Storage;
    match s {
        Storage::Standard => say!(lang, "check-storage-standard"),
        Storage::Premium => say!(lang, "check-storage-premium"),
    }
}

/// A disk role as a describe says it (`OS`, `data`, `all`).
fn role(r: Role, lang: Lang) -> String {
    match r {
        Role::Os => say!(lang, "check-role-os"),
        Role::Data => say!(lang, "check-role-data"),
        Role::Any => say!(lang, "check-role-any"),
    }
}

/// What a check looks at, in words (`rules show`, the Rules sheet, `rules diff`).
pub fn describe(check: &Check, lang: Lang) -> String {
    super::quantity::unit_style(describe_words(check, lang), lang)
}

fn describe_words(check: &Check, lang: Lang) -> String {
    match check {
        Check::Architecture(k) => say!(
            lang,
            "check-architecture",
            list = list(&k.allowed, |a| a.as_str().to_string())
        ),
        Check::Bitlocker(k) if k.allowed => say!(lang, "check-bitlocker-allowed"),
        Check::Bitlocker(_) => say!(lang, "check-bitlocker-off"),
        Check::ChurnMax(k) => {
            let rows = k
                .limits
                .iter()
                .map(|l| {
                    let storage = storage(l.storage, lang);
                    let mut s = format!("{storage} {}", l.max);
                    if let Some(io) = l.io_size {
                        s.push_str(&say!(
                            lang,
                            "check-churn-at-io",
                            io = super::quantity::io_size(io, lang)
                        ));
                    }
                    let range = match (l.disk_size_min, l.disk_size_max) {
                        (Some(a), Some(b)) => say!(
                            lang,
                            "check-churn-disks-between",
                            min = a.to_string(),
                            max = b.to_string()
                        ),
                        (Some(a), None) => {
                            say!(lang, "check-churn-disks-over", min = a.to_string())
                        }
                        (None, Some(b)) => {
                            say!(lang, "check-churn-disks-up-to", max = b.to_string())
                        }
                        _ => String::new(),
                    };
                    s.push_str(&range);
                    s
                })
                .collect::<Vec<_>>()
                .join("; ");
            match k.per {
                ChurnPer::Disk => say!(lang, "check-churn-per-disk", rows = rows),
                ChurnPer::Vm => say!(lang, "check-churn-per-vm", rows = rows),
            }
        }
        Check::CoresMax(k) => say!(lang, "check-cores-max", max = k.max.to_string()),
        Check::DiskController(k) => say!(
            lang,
            "check-disk-controller",
            list = list(&k.forbidden, |c| c.label().to_string())
        ),
        Check::DiskCountMax(k) => match k.role {
            CountRole::Data => say!(lang, "check-disk-count-data", max = k.max.to_string()),
            CountRole::All => say!(lang, "check-disk-count-all", max = k.max.to_string()),
        },
        Check::DiskKinds(k) => say!(
            lang,
            "check-disk-kinds",
            list = list(&k.forbidden, |d| { super::quantity::disk_kind(*d, lang) })
        ),
        Check::DiskMax(k) => say!(
            lang,
            "check-disk-max",
            role = role(k.role, lang),
            max = k.max.to_string()
        ),
        Check::DiskMin(k) if k.strict => say!(
            lang,
            "check-disk-min-strict",
            role = role(k.role, lang),
            min = k.min.to_string()
        ),
        Check::DiskMin(k) => say!(
            lang,
            "check-disk-min",
            role = role(k.role, lang),
            min = k.min.to_string()
        ),
        Check::DynamicOsDisk(k) if k.allowed => say!(lang, "check-dynamic-os-disk-allowed"),
        Check::DynamicOsDisk(_) => say!(lang, "check-dynamic-os-disk-off"),
        // A company policy: the field, operator and value as the rule file writes them.
        Check::Field(k) => format!(
            "{} {:?}{}",
            k.field,
            k.op,
            k.value
                .as_deref()
                .map(|v| format!(" {v:?}"))
                .or(k.pattern.as_ref().map(|p| format!(" /{}/", p.0)))
                .unwrap_or_default()
        ),
        Check::Firmware(k) => say!(
            lang,
            "check-firmware",
            list = list(&k.allowed, |f| f.as_str().to_string())
        ),
        Check::HostOs(k) => say!(lang, "check-host-os", list = specs(&k.allowed, lang)),
        Check::Hypervisor(k) => say!(
            lang,
            "check-hypervisor",
            list = list(&k.allowed, |h| h.label_in(lang).to_string())
        ),
        Check::ManagedBy(k) if k.required => {
            say!(lang, "check-managed-by", list = specs(&k.allowed, lang))
        }
        Check::ManagedBy(k) => {
            say!(lang, "check-managed-by-if", list = specs(&k.allowed, lang))
        }
        Check::MemoryMax(k) => say!(lang, "check-memory-max", max = k.max.to_string()),
        Check::NicsMax(k) => say!(lang, "check-nics-max", max = k.max.to_string()),
        Check::OsRecognised(_) => say!(lang, "check-os-recognised"),
        Check::OsSupported(k) => say!(lang, "check-os-supported", list = specs(&k.list, lang)),
        Check::OsUnsupported(k) => {
            say!(lang, "check-os-unsupported", list = specs(&k.list, lang))
        }
        Check::PeakChurnMax(k) => say!(lang, "check-peak-churn-max", max = k.max.to_string()),
        Check::Rpo(k) => match (&k.copy_frequencies, &k.recovery_point_within) {
            // A duration as people write it (`5 min`, `5분`: the same as the rule file's in
            // English, tested in words::model).
            (Some(f), _) => say!(
                lang,
                "check-rpo-frequencies",
                list = list(f, |d| crate::words::model::duration(d.0, lang))
            ),
            (None, Some(w)) => say!(
                lang,
                "check-rpo-within",
                within = crate::words::model::duration(w.0, lang)
            ),
            (None, None) => say!(lang, "check-rpo"),
        },
        Check::Rto(k) => say!(
            lang,
            "check-rto",
            sla = crate::words::model::duration(k.sla.0, lang)
        ),
        Check::Sector4k(k) if k.allowed => say!(lang, "check-sector-4k-allowed"),
        Check::Sector4k(_) => say!(lang, "check-sector-4k-off"),
        Check::SecureBoot(k) if k.allowed => say!(lang, "check-secure-boot-allowed"),
        Check::SecureBoot(_) => say!(lang, "check-secure-boot-off"),
        Check::FreeSpace(k) => say!(
            lang,
            "check-free-space",
            min = k.min.to_string(),
            path = k.path.clone()
        ),
        Check::Kernel(k) => kernel(k, lang),
        Check::VmName(k) => say!(
            lang,
            "check-vm-name",
            pattern = k.pattern.0.as_str(),
            max = k.max_length.to_string()
        ),
        Check::Hygiene(k) => hygiene(k, lang),
    }
}

/// A hygiene rule's item, with its `max` or `min`.
fn hygiene(k: &crate::rules::check::HygieneCheck, lang: Lang) -> String {
    use crate::rules::check::HygieneItem as Item;
    let max = crate::units::group_thousands(k.max.unwrap_or(0) as f64);
    let min = k.min.clone().unwrap_or_default();
    match k.item {
        Item::SnapshotCount => say!(lang, "check-hygiene-snapshot-count", max = max),
        Item::SnapshotAge => say!(lang, "check-hygiene-snapshot-age", max = max),
        Item::SnapshotSize => say!(lang, "check-hygiene-snapshot-size", max = max),
        Item::CdConnected => say!(lang, "check-hygiene-cd-connected"),
        Item::UsbConnected => say!(lang, "check-hygiene-usb-connected"),
        Item::ToolsNotRunning => say!(lang, "check-hygiene-tools-not-running"),
        Item::HardwareVersion => say!(lang, "check-hygiene-hardware-version", min = min),
        Item::FaultTolerance => say!(lang, "check-hygiene-fault-tolerance"),
        Item::IndependentDisks => say!(lang, "check-hygiene-independent-disks"),
        Item::SharedDisks => say!(lang, "check-hygiene-shared-disks"),
        Item::RdmPhysical => say!(lang, "check-hygiene-rdm-physical"),
        Item::RdmVirtual => say!(lang, "check-hygiene-rdm-virtual"),
        Item::Suspended => say!(lang, "check-hygiene-suspended"),
        Item::SecretInAnnotation => say!(lang, "check-hygiene-secret-in-annotation"),
        Item::SecretInSnapshot => say!(lang, "check-hygiene-secret-in-snapshot"),
        Item::EsxiVersion => say!(lang, "check-hygiene-esxi-version", min = min),
        Item::HostCpuNotIntel => say!(lang, "check-hygiene-host-cpu-not-intel"),
        Item::StandardSwitch => say!(lang, "check-hygiene-standard-switch"),
        Item::PortSecurity => say!(lang, "check-hygiene-port-security"),
        Item::VmkernelNetwork => say!(lang, "check-hygiene-vmkernel-network"),
        Item::Provisioned => say!(lang, "check-hygiene-provisioned", max = max),
    }
}

/// A kernel check's bounds: `kernel 2.6.18-164 or later; up to 6.8; not 4.9.256`.
fn kernel(k: &crate::rules::check::kinds_kernel::Kernel, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(min) = &k.min {
        parts.push(say!(lang, "check-kernel-min", min = min.clone()));
    }
    if let Some(max) = &k.max {
        parts.push(say!(lang, "check-kernel-max", max = max.clone()));
    }
    if !k.excluded.is_empty() {
        parts.push(say!(
            lang,
            "check-kernel-excluded",
            list = k.excluded.join(", ")
        ));
    }
    parts.join("; ")
}

/// A rule's filter in words: `generation 2; UEFI firmware`. English names platforms and OS
/// specs as the rule file writes them.
pub fn when(w: &When, lang: Lang) -> String {
    let ko = lang.is_ko();
    let mut parts = Vec::new();
    if let Some(g) = w.generation {
        parts.push(say!(
            lang,
            "check-when-generation",
            generation = g.to_string()
        ));
    }
    if let Some(f) = w.firmware {
        parts.push(say!(
            lang,
            "check-when-firmware",
            firmware = f.as_str().to_uppercase()
        ));
    }
    if let Some(h) = &w.hypervisor {
        parts.push(
            h.iter()
                .map(|h| h.label_in(lang))
                .collect::<Vec<_>>()
                .join(&say!(lang, "check-or")),
        );
    }
    if let Some(os) = &w.os {
        let list = list(os, |s| if ko { os_spec(s, lang) } else { s.text.clone() });
        parts.push(format!("OS {list}"));
    }
    match w.managed {
        Some(true) => parts.push(say!(lang, "check-when-managed")),
        Some(false) => parts.push(say!(lang, "check-when-unmanaged")),
        None => {}
    }
    parts.join("; ")
}

/// A filter, or every machine when there is none (or it holds nothing).
pub fn when_or_every(w: Option<&When>, lang: Lang) -> String {
    w.map(|w| when(w, lang))
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| say!(lang, "check-when-every"))
}

/// What changed between editions (`severity`, `applies to`, `supported OS`), old and new in
/// words (a list's additions and removals are the caller's to list).
pub fn change(ch: &crate::rules::diff::Change<'_>, lang: Lang) -> (String, String, String) {
    use crate::rules::check::ListOf;
    use crate::rules::diff::Change;
    match ch {
        Change::When { old, new } => (
            say!(lang, "check-aspect-applies-to"),
            when_or_every(*old, lang),
            when_or_every(*new, lang),
        ),
        Change::Check { old, new } => (
            say!(lang, "check-aspect-check"),
            describe(old, lang),
            describe(new, lang),
        ),
        Change::Severity { old, new } => (
            say!(lang, "check-aspect-severity"),
            super::report::severity(lang, *old).to_string(),
            super::report::severity(lang, *new).to_string(),
        ),
        // The titles are the rules' own texts: the caller has the two rules.
        Change::Title => (
            say!(lang, "check-aspect-title"),
            String::new(),
            String::new(),
        ),
        Change::List { what, .. } => (
            match what {
                ListOf::SupportedOs => say!(lang, "check-aspect-supported-os"),
                ListOf::UnsupportedOs => say!(lang, "check-aspect-unsupported-os"),
                ListOf::Host => say!(lang, "check-aspect-host"),
                ListOf::ManagementServer => say!(lang, "check-aspect-management-server"),
            },
            String::new(),
            String::new(),
        ),
    }
}

#[cfg(test)]
mod tests {

    /// A spec in words, one row per shape of range, in both languages.
    #[test]
    fn specs_in_words() {
        use crate::rules::spec::OsSpec;
        for (spec, en, ko) in [
            (
                "rhel 8.0..=8.10",
                "Red Hat Enterprise Linux 8.0 to 8.10",
                "Red Hat Enterprise Linux 8.0~8.10",
            ),
            (
                "ubuntu 18.04..",
                "Ubuntu 18.04 or later",
                "Ubuntu 18.04 이상",
            ),
            (
                "vcenter ..=6.5",
                "vCenter Server 6.5 or earlier",
                "vCenter Server 6.5 이하",
            ),
            (
                "vcenter ..7.0",
                "vCenter Server before 7.0",
                "vCenter Server 7.0 미만",
            ),
            (
                "windows-server 2012 R2",
                "Windows Server 2012 R2",
                "Windows Server 2012 R2",
            ),
            (
                "oracle-linux 6.4..7.0",
                "Oracle Linux 6.4 up to, not including, 7.0",
                "Oracle Linux 6.4 이상 7.0 미만",
            ),
            ("linux", "Linux", "Linux"),
            (
                "windows-server 2016 (nano server)",
                "Windows Server 2016 Nano Server",
                "Windows Server 2016 Nano Server",
            ),
        ] {
            let s = OsSpec::parse(spec).unwrap();
            assert_eq!(super::os_spec(&s, Lang::En), en, "{spec}");
            assert_eq!(super::os_spec(&s, Lang::Ko), ko, "{spec}");
        }
    }

    use super::*;

    fn parse(check: &str) -> Check {
        #[derive(serde::Deserialize)]
        struct Line {
            check: Check,
        }
        toml::from_str::<Line>(&format!("check = {check}"))
            .expect("a check line")
            .check
    }

    /// A kind's parameters in each language, the filter's too.
    #[test]
    fn checks_are_described_in_the_readers_language() {
        let cases = [
            (
                r#"{ kind = "disk-max", role = "os", max = "4095 GB" }"#,
                "OS disks at most 4,095 GB",
                "OS 디스크 최대 4,095GB",
            ),
            (
                r#"{ kind = "disk-min", role = "any", min = "1024 MB", strict = true }"#,
                "all disks larger than 1 GB",
                "모든 디스크 1GB 초과",
            ),
            (
                r#"{ kind = "cores-max", max = 128 }"#,
                "at most 128 cores",
                "코어 최대 128개",
            ),
            (
                r#"{ kind = "rto", sla = "2 h" }"#,
                "RTO target no shorter than the 2 h the SLA promises",
                "복구 시간 목표(RTO)가 SLA가 보장하는 2시간 이상",
            ),
        ];
        for (check, en, ko) in cases {
            let c = parse(check);
            assert_eq!(describe(&c, Lang::En), en, "{check}");
            assert_eq!(describe(&c, Lang::Ko), ko, "{check}");
        }
        assert_eq!(when_or_every(None, Lang::En), "every machine");
    }
}
