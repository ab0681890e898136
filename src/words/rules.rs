//! The rule set's own words: a target left out of a run, and the errors of loading and
//! choosing rules, in the reader's language (a rule file's own errors: [`super::rule_errors`]).
//! [`RulesError`]'s `Display` is the English here.

use crate::rules::{LeftOut, RulesError};
use crate::say;

use super::Lang;

/// A target named without an edition on or before the day asked.
pub fn left_out(l: &LeftOut, lang: Lang) -> String {
    say!(
        lang,
        "rules-left-out",
        target = l.target.as_str(),
        day = l.as_of.map(|d| d.to_string()).unwrap_or_default(),
        first = l.first.to_string()
    )
}

/// What a check kind looks at and how a gap in the inventory reads (`rehost rules kinds`):
/// documentation for rule authors, in their language. None for a name no kind has.
pub fn kind_doc(kind: &str, lang: Lang) -> Option<String> {
    Some(match kind {
        "disk-max" => say!(lang, "kind-doc-disk-max"),
        "disk-min" => say!(lang, "kind-doc-disk-min"),
        "disk-count-max" => say!(lang, "kind-doc-disk-count-max"),
        "cores-max" => say!(lang, "kind-doc-cores-max"),
        "memory-max" => say!(lang, "kind-doc-memory-max"),
        "nics-max" => say!(lang, "kind-doc-nics-max"),
        "architecture" => say!(lang, "kind-doc-architecture"),
        "os-supported" => say!(lang, "kind-doc-os-supported"),
        "os-unsupported" => say!(lang, "kind-doc-os-unsupported"),
        "os-recognised" => say!(lang, "kind-doc-os-recognised"),
        "firmware" => say!(lang, "kind-doc-firmware"),
        "secure-boot" => say!(lang, "kind-doc-secure-boot"),
        "bitlocker" => say!(lang, "kind-doc-bitlocker"),
        "disk-kinds" => say!(lang, "kind-doc-disk-kinds"),
        "disk-controller" => say!(lang, "kind-doc-disk-controller"),
        "sector-4k" => say!(lang, "kind-doc-sector-4k"),
        "dynamic-os-disk" => say!(lang, "kind-doc-dynamic-os-disk"),
        "vm-name" => say!(lang, "kind-doc-vm-name"),
        "hypervisor" => say!(lang, "kind-doc-hypervisor"),
        "host-os" => say!(lang, "kind-doc-host-os"),
        "managed-by" => say!(lang, "kind-doc-managed-by"),
        "field" => say!(lang, "kind-doc-field"),
        "rpo" => say!(lang, "kind-doc-rpo"),
        "rto" => say!(lang, "kind-doc-rto"),
        "peak-churn-max" => say!(lang, "kind-doc-peak-churn-max"),
        "churn-max" => say!(lang, "kind-doc-churn-max"),
        "hygiene" => say!(lang, "kind-doc-hygiene"),
        "free-space" => say!(lang, "kind-doc-free-space"),
        "kernel" => say!(lang, "kind-doc-kernel"),
        _ => return None,
    })
}

/// A rules error in the reader's language.
pub fn error(e: &RulesError, lang: Lang) -> String {
    match e {
        RulesError::UnknownTarget { target, known } => say!(
            lang,
            "rules-unknown-target",
            target = format!("{target:?}"),
            known = known.join(", ")
        ),
        RulesError::NoEdition(l) => left_out(l, lang),
        RulesError::NoEditions(all) => say!(
            lang,
            "rules-no-edition-any",
            day = all[0].as_of.map(|d| d.to_string()).unwrap_or_default(),
            firsts = all
                .iter()
                .map(|l| format!("{} {}", l.target, l.first))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        RulesError::Io { path, err } => format!("{path}: {}", lang.io_error(err)),
        RulesError::Over { file, why } => format!("{file}: {}", super::limits::over(lang, why)),
        RulesError::Load(x) => super::rule_errors::load_error(x, lang),
    }
}

/// English, as anyhow's chain writes it (`main` words a Korean chain link by link).
impl std::fmt::Display for RulesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error(self, Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    /// The English words are the errors' own `Display` (what an English error chain prints),
    /// as rehost has always written them.
    #[test]
    fn english_words_are_the_errors_display() {
        let l = LeftOut {
            target: "asr-hyperv".into(),
            as_of: Some(Date::parse("2017-01-01").unwrap()),
            first: Date::parse("2018-02-14").unwrap(),
        };
        let errors = [
            RulesError::UnknownTarget {
                target: "asr-x".into(),
                known: vec!["asr-vmware".into(), "asr-hyperv".into()],
            },
            RulesError::NoEdition(l.clone()),
            RulesError::NoEditions(vec![
                l.clone(),
                LeftOut {
                    target: "asr-vmware".into(),
                    first: Date::parse("2018-05-09").unwrap(),
                    ..l.clone()
                },
            ]),
        ];
        let english = [
            r#"unknown target "asr-x" (known: asr-vmware, asr-hyperv)"#,
            "asr-hyperv: no edition on or before 2017-01-01; its first is 2018-02-14",
        ];
        for (e, want) in errors.iter().zip(english) {
            assert_eq!(error(e, Lang::En), want);
            assert_eq!(e.to_string(), want);
        }
        assert_eq!(
            left_out(&l, Lang::Ko),
            "asr-hyperv: 2017-01-01 이전 버전이 없습니다. 첫 버전은 2018-02-14입니다"
        );
    }

    /// Every kind has its documentation in every language; the Korean is Korean: no Latin
    /// word outside `keys`, "quotes" and the names Microsoft's Korean pages keep.
    #[test]
    fn every_kind_is_documented_in_every_language() {
        const NAMES: &[&str] = &[
            "Site",
            "Recovery",
            "Azure",
            "Migrate",
            "Windows",
            "Server",
            "VMware",
            "Hyper",
            "V",
            "RVTools",
            "vDisk",
            "VHD",
            "BitLocker",
            "FQDN",
            "RDM",
            "BIOS",
            "UEFI",
            "CPU",
            "VM",
            "OS",
            "RPO",
            "RTO",
            "DR",
            "VMM",
            "vCenter",
            "MB",
            "GB",
            "GiB",
            "TiB",
            "I",
            "O",
            "K",
            "x",
            // aws: the sheets and the family the free-space and kernel kinds read.
            "vPartition",
            "vInfo",
            "Linux",
        ];
        let strip = regex::Regex::new(r#"`[^`]*`|"[^"]*""#).unwrap();
        let mut problems = Vec::new();
        for k in crate::rules::check::KINDS {
            let (Some(en), Some(ko)) = (kind_doc(k.name, Lang::En), kind_doc(k.name, Lang::Ko))
            else {
                problems.push(format!("{}: no documentation", k.name));
                continue;
            };
            if en.starts_with('[') || !en.ends_with('.') || !ko.ends_with('.') || en == ko {
                problems.push(format!("{}: {en} / {ko}", k.name));
            }
            let rest = strip.replace_all(&ko, " ");
            let latin: Vec<&str> = rest
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty() && !NAMES.contains(w))
                .collect();
            if !latin.is_empty() || !ko.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)) {
                problems.push(format!("{}: {latin:?} in {ko}", k.name));
            }
        }
        assert_eq!(kind_doc("teleport", Lang::En), None);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
