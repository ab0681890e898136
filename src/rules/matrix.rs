//! Support matrices as data: the TOML file model, loaded with unknown keys refused and every
//! typed value checked, so a bad file fails with its file, line and reason.

use std::collections::HashSet;

use serde::Deserialize;

use super::check::Check;
pub use super::reason::LoadError;
use super::reason::{BadValue, Reason, de_error, forget_bad_value, parse_reason};
use super::spec::{Date, OsSpec};
use crate::model::{Firmware, Hypervisor};

/// How much a failed rule weighs.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Failing makes the machine not ready.
    Blocker,
    /// Failing makes the machine ready with conditions.
    Condition,
    /// Reported, never changes readiness.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Blocker => "blocker",
            Severity::Condition => "condition",
            Severity::Info => "info",
        }
    }
}

/// A typed filter: the rule applies only to machines that match every field given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct When {
    pub generation: Option<u8>,
    pub firmware: Option<Firmware>,
    pub hypervisor: Option<Vec<Hypervisor>>,
    pub os: Option<Vec<OsSpec>>,
    /// True: only machines whose host is managed (by VMM or vCenter); false: only unmanaged.
    pub managed: Option<bool>,
}

impl<'de> Deserialize<'de> for Firmware {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Firmware, D::Error> {
        match String::deserialize(d)?.to_ascii_lowercase().as_str() {
            "bios" => Ok(Firmware::Bios),
            "uefi" | "efi" => Ok(Firmware::Uefi),
            other => Err(de_error(BadValue::Firmware(other.to_string()))),
        }
    }
}

impl<'de> Deserialize<'de> for Hypervisor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Hypervisor, D::Error> {
        match String::deserialize(d)?.to_ascii_lowercase().as_str() {
            "vmware" => Ok(Hypervisor::Vmware),
            "hyper-v" => Ok(Hypervisor::HyperV),
            "physical" => Ok(Hypervisor::Physical),
            "other" => Ok(Hypervisor::Other),
            other => Err(de_error(BadValue::Hypervisor(other.to_string()))),
        }
    }
}

impl<'de> Deserialize<'de> for crate::model::Arch {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<crate::model::Arch, D::Error> {
        match String::deserialize(d)?.to_ascii_lowercase().as_str() {
            "x64" => Ok(crate::model::Arch::X64),
            "x86" => Ok(crate::model::Arch::X86),
            "arm64" => Ok(crate::model::Arch::Arm64),
            other => Err(de_error(BadValue::Architecture(other.to_string()))),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    #[serde(default)]
    pub when: Option<When>,
    pub check: Check,
    /// Shown when the rule fails: `{actual}`, `{limit}`, `{disk}`, `{name}`, `{os}` are filled
    /// in, and `{cause}`: why an OS is conditionally ready, by its kind.
    pub message: String,
    pub remediation: String,
    /// The same words in Korean (`ko.title`, `ko.message`, `ko.remediation`), with the same
    /// placeholders in the message.
    #[serde(default)]
    pub ko: Option<RuleText>,
    /// The page section the rule transcribes.
    pub reference: String,
}

/// A rule's words in another language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleText {
    pub title: String,
    pub message: String,
    pub remediation: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub target: String,
    pub title: String,
    /// The title in Korean (`ko.title`).
    #[serde(default)]
    pub ko: Option<HeaderText>,
    #[serde(deserialize_with = "day")]
    pub edition: Date,
    /// The published page this edition transcribes.
    pub source: String,
    /// The platforms this target migrates or protects.
    pub applies_to: Vec<Hypervisor>,
    /// Where the page's text was taken from (commit, archive, ms.date).
    #[serde(default)]
    pub provenance: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    /// When no copy of the page dates this edition's changes closer: they happened after this
    /// day (the previous copy read) and by the edition's own date. On a day in between, a rule
    /// the two editions judge differently cannot be told (never a guessed date).
    #[serde(default, deserialize_with = "some_day")]
    pub changed_after: Option<Date>,
}

/// A day in a matrix file, read here rather than by [`Date`]'s own `Deserialize` so that a bad
/// one is a typed [`BadValue::Day`] (worded in the reader's language), not the parser's text.
fn day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let s = String::deserialize(d)?;
    Date::parse(&s).map_err(|e| de_error(BadValue::Day(e)))
}

fn some_day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    day(d).map(Some)
}

/// A matrix's title in another language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderText {
    pub title: String,
}

/// Estate-wide figures a DR matrix carries (the Deployment Planner's defaults).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Estate {
    /// Growth factor applied to churn when sizing bandwidth, in percent.
    pub growth_percent: f64,
    /// How long initial replication of the estate should take at most.
    #[serde(default)]
    pub initial_replication_goal: Option<super::spec::Duration>,
    pub reference: String,
}

/// One edition of one target's support matrix.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    pub matrix: Header,
    #[serde(default)]
    pub estate: Option<Estate>,
    #[serde(rename = "rule", default)]
    pub rules: Vec<Rule>,
    /// What the pages ask that no inventory shows (free RAM, the bootloader, stable MAC
    /// addresses…): listed once per target as "check on each machine", never as unknown on
    /// every row.
    #[serde(rename = "manual", default)]
    pub manual: Vec<Manual>,
    /// Service quotas that bound an estate, not a machine (MGN's 150 servers replicating at
    /// once): a note in the summary when the estate is larger.
    #[serde(rename = "quota", default)]
    pub quotas: Vec<Quota>,
    /// Where it was loaded from (`builtin:asr-hyperv/2020-01-27.toml` or a path).
    #[serde(skip)]
    pub origin: String,
}

/// One thing to check on each machine, in the page's terms (paraphrased).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manual {
    pub text: String,
    /// The same in Korean (`ko.text`).
    #[serde(default)]
    pub ko: Option<ManualText>,
    pub reference: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManualText {
    pub text: String,
}

/// A quota on the number of servers: the estate's machines in the target's scope against it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quota {
    pub id: String,
    /// At most this many servers.
    pub servers: u32,
    /// What the quota bounds and what to do, paraphrased from the page.
    pub text: String,
    #[serde(default)]
    pub ko: Option<ManualText>,
    pub reference: String,
}

/// The placeholders a rule's message may hold: rehost fills them in.
pub const PLACEHOLDERS: &[&str] = &["actual", "limit", "disk", "name", "os", "cause"];

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line an error found after parsing points at: where the key `needle` is set
/// (`page = …`), or else where `needle` (a quoted id) first appears outside a comment, so a
/// comment that mentions the word is never the line named.
pub(crate) fn line_with(text: &str, needle: &str) -> usize {
    let is_key = !needle.is_empty()
        && needle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.');
    let code = || {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim_start().starts_with('#'))
    };
    let set_here = |l: &str| {
        l.trim_start()
            .strip_prefix(needle)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    };
    is_key
        .then(|| code().find(|(_, l)| set_here(l)))
        .flatten()
        .or_else(|| code().find(|(_, l)| l.contains(needle)))
        .map_or(1, |(i, _)| i + 1)
}

impl Matrix {
    /// What a matrix may make rehost write for every machine ([`crate::limits`]): so many
    /// rules, so long a text, so many placeholders in a message.
    pub fn check_caps(&self) -> Result<(), crate::limits::Over> {
        use crate::limits::{MAX_PLACEHOLDERS, MAX_RULE_TEXT_CHARS, MAX_RULES_PER_MATRIX, Over};
        if self.rules.len() > MAX_RULES_PER_MATRIX {
            return Err(Over::Rules {
                count: self.rules.len(),
                cap: MAX_RULES_PER_MATRIX,
            });
        }
        for r in &self.rules {
            let ko = r.ko.as_ref();
            let texts = [
                ("title", Some(r.title.as_str())),
                ("message", Some(r.message.as_str())),
                ("remediation", Some(r.remediation.as_str())),
                ("ko.title", ko.map(|k| k.title.as_str())),
                ("ko.message", ko.map(|k| k.message.as_str())),
                ("ko.remediation", ko.map(|k| k.remediation.as_str())),
            ];
            for (field, text) in texts {
                let Some(text) = text else { continue };
                let chars = text.chars().count();
                if chars > MAX_RULE_TEXT_CHARS {
                    return Err(Over::RuleText {
                        rule: r.id.clone(),
                        field,
                        chars,
                        cap: MAX_RULE_TEXT_CHARS,
                    });
                }
                let count = placeholders(text).len();
                if field.ends_with("message") && count > MAX_PLACEHOLDERS {
                    return Err(Over::Placeholders {
                        rule: r.id.clone(),
                        count,
                        cap: MAX_PLACEHOLDERS,
                    });
                }
            }
        }
        Ok(())
    }

    /// Parses and validates one matrix file.
    pub fn parse(text: &str, origin: &str) -> Result<Matrix, LoadError> {
        forget_bad_value();
        let mut m: Matrix = toml::from_str(text).map_err(|e| LoadError {
            file: origin.to_string(),
            line: e.span().map_or(1, |s| line_of(text, s.start)),
            reason: Box::new(parse_reason(e.message())),
        })?;
        m.origin = origin.to_string();
        let err = |needle: &str, reason: Reason| LoadError {
            file: origin.to_string(),
            line: line_with(text, needle),
            reason: Box::new(reason),
        };
        let h = &m.matrix;
        if !is_id(&h.target, false) {
            return Err(err("target", Reason::TargetId(h.target.clone())));
        }
        if h.changed_after.is_some_and(|a| a >= h.edition) {
            return Err(err("changed_after", Reason::ChangedAfter));
        }
        if h.applies_to.is_empty() {
            return Err(err("applies_to", Reason::NoPlatform));
        }
        if !h.source.starts_with("https://") {
            return Err(err("source", Reason::SourceNotHttps));
        }
        let mut seen = HashSet::new();
        for r in &m.rules {
            let at = format!("\"{}\"", r.id);
            if !is_id(&r.id, true) {
                return Err(err(&at, Reason::RuleId(r.id.clone())));
            }
            if !seen.insert(r.id.clone()) {
                return Err(LoadError {
                    file: origin.to_string(),
                    line: text.rfind(&at).map_or(1, |i| line_of(text, i)),
                    reason: Box::new(Reason::RuleTwice(r.id.clone())),
                });
            }
            if !r.reference.starts_with("https://") {
                return Err(err(&at, Reason::RuleReference(r.id.clone())));
            }
            for p in placeholders(&r.message) {
                if !PLACEHOLDERS.contains(&p.as_str()) {
                    return Err(err(
                        &at,
                        Reason::UnknownPlaceholder {
                            rule: r.id.clone(),
                            placeholder: p,
                        },
                    ));
                }
            }
            if let Some(ko) = &r.ko {
                let mut en = placeholders(&r.message);
                let mut other = placeholders(&ko.message);
                en.sort();
                other.sort();
                if en != other {
                    return Err(err(
                        &at,
                        Reason::KoPlaceholders {
                            rule: r.id.clone(),
                            ko: other,
                            en,
                        },
                    ));
                }
            }
            r.check.validate().map_err(|why| {
                err(
                    &at,
                    Reason::Params {
                        rule: r.id.clone(),
                        why,
                    },
                )
            })?;
        }
        // Each OS spec judges labels such as `2016 or later` by the releases known on the
        // edition's date.
        let date = m.matrix.edition.to_string();
        for r in &mut m.rules {
            let when = r.when.as_mut().and_then(|w| w.os.as_mut());
            for spec in when.into_iter().chain(r.check.specs_mut()).flatten() {
                spec.as_of = Some(date.clone());
            }
        }
        Ok(m)
    }

    pub fn target(&self) -> &str {
        &self.matrix.target
    }

    pub fn edition(&self) -> Date {
        self.matrix.edition
    }
}

fn is_id(s: &str, upper: bool) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c == '-'
                || c.is_ascii_digit()
                || if upper {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_lowercase()
                }
        })
}

/// The `{…}` placeholders of a message, in order.
pub fn placeholders(message: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = message;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        match after.find('}') {
            Some(j) => {
                out.push(after[..j].to_string());
                rest = &after[j + 1..];
            }
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[matrix]
target = "demo"
title = "Demo"
edition = "2020-01-27"
source = "https://example.org/page"
applies_to = ["hyper-v"]

[[rule]]
id = "DEMO-OSDISK"
title = "OS disk size"
severity = "blocker"
when = { generation = 2 }
check = { kind = "disk-max", role = "os", max = "300 GB" }
message = "OS disk is {actual}; at most {limit}"
remediation = "Shrink it."
reference = "https://example.org/page#disks"
"#;

    #[test]
    fn a_good_file_loads() {
        let m = Matrix::parse(GOOD, "demo.toml").expect("loads");
        assert_eq!(m.rules.len(), 1);
        assert_eq!(m.edition().to_string(), "2020-01-27");
    }

    #[test]
    fn bad_files_name_file_line_and_reason() {
        let cases = [
            (GOOD.replace("disk-max", "disk-maximum"), 14, "disk-maximum"),
            (GOOD.replace("\"300 GB\"", "\"300 parsecs\""), 14, "parsecs"),
            (GOOD.replace("\"300 GB\"", "\"300\""), 14, "unit"),
            (
                GOOD.replace("severity = \"blocker\"", "severity = \"fatal\""),
                12,
                "fatal",
            ),
            (
                GOOD.replace("when = { generation = 2 }", "when = { colour = 2 }"),
                13,
                "colour",
            ),
            (
                GOOD.replace(
                    "title = \"OS disk size\"",
                    "title = \"OS disk size\"\ncolour = \"red\"",
                ),
                12,
                "colour",
            ),
            (GOOD.replace("{limit}", "{limt}"), 10, "limt"),
            (
                GOOD.replace("edition = \"2020-01-27\"", "edition = \"2020-13-01\""),
                5,
                "date",
            ),
            (
                format!("{GOOD}\n{}", &GOOD[GOOD.find("[[rule]]").unwrap()..]),
                20,
                "used twice",
            ),
            (
                GOOD.replace(
                    "edition = \"2020-01-27\"",
                    "edition = \"2020-01-27\"\nchanged_after = \"2020-01-27\"",
                ),
                6,
                "changed_after must be before",
            ),
        ];
        let (mut got, mut bad) = (Vec::new(), false);
        for (text, line, word) in cases {
            let e = Matrix::parse(&text, "demo.toml").expect_err(word);
            assert_eq!(e.file, "demo.toml");
            assert!(e.reason.to_string().contains(word), "{word}: {e}");
            got.push(format!("{word}: {} (want {line})", e.line));
            if e.line != line {
                bad = true;
            }
        }
        assert!(!bad, "{}", got.join("\n"));
    }
}

#[cfg(test)]
mod line_tests {
    use super::line_with;

    /// An error after parsing names the line that sets the key, not a comment that
    /// mentions it first; a quoted id is found outside comments.
    #[test]
    fn the_line_named_is_the_key_not_a_comment() {
        let text = "# the page below\n[source]\npagex = 1\npage = \"http://x\"\n# \"R-1\" again\nid = \"R-1\"\n";
        for (needle, line) in [("page", 4), ("\"R-1\"", 6), ("missing", 1)] {
            assert_eq!(line_with(text, needle), line, "{needle}");
        }
    }
}
