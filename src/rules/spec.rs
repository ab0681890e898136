//! Typed values in rule files, parsed while the TOML is read so that a bad one is reported
//! with its file, line and column: sizes (`"300 GB"`), OS specs (`"rhel 7.0..=7.9"`),
//! patterns and dates.

use std::cmp::Ordering;
use std::fmt;

use regex::Regex;
use serde::{Deserialize, Deserializer};

use super::reason::{BadValue, de_error};
pub use crate::model::Date;
use crate::os::{Catalogue, Family, Os, Version};
use crate::units::{self, format_size};

/// A size written with its unit: `"300 GB"`, `"4,095 GB"`, `"32 TB"`, `"1024 MB"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Size(pub u64);

impl<'de> Deserialize<'de> for Size {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Size, D::Error> {
        let s = String::deserialize(d)?;
        units::parse_size(&s, None)
            .map(Size)
            .map_err(|why| de_error(BadValue::Size { text: s, why }))
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_size(self.0))
    }
}

/// A regular expression, compiled when the rule file loads.
#[derive(Debug, Clone)]
pub struct Pattern(pub Regex);

/// The longest pattern a rule may hold, in bytes: compiling a regex takes time with its length.
pub const MAX_PATTERN_CHARS: usize = 1000;

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pattern, D::Error> {
        let s = String::deserialize(d)?;
        if s.len() > MAX_PATTERN_CHARS {
            return Err(de_error(BadValue::PatternTooLong {
                cap: MAX_PATTERN_CHARS,
            }));
        }
        regex::RegexBuilder::new(&s)
            .size_limit(1 << 20)
            .build()
            .map(Pattern)
            .map_err(|e| {
                // The regex crate draws a caret diagram over several lines; keep its last line,
                // in the crate's words (English).
                let why = e.to_string();
                let why = why
                    .lines()
                    .last()
                    .unwrap_or_default()
                    .trim_start_matches("error: ")
                    .to_string();
                de_error(BadValue::Pattern { text: s, why })
            })
    }
}

/// An OS (or host, or management server) named by catalogue product and an optional version
/// range: `rhel 7.0..=7.9`, `windows-server 2012 R2`, `ubuntu 18.04..`, `vcenter ..=6.5`,
/// or a family: `linux`, `windows`; and, in brackets, an installation option the page names
/// on its own: `windows-server 2016 (nano server)`.
#[derive(Debug, Clone, PartialEq)]
pub struct OsSpec {
    pub text: String,
    pub product: String,
    pub low: Option<Version>,
    pub high: Option<(Version, bool)>,
    /// The edition the OS must be read as (`nano server`), or any.
    pub edition: Option<String>,
    /// The date of the edition that holds this spec (set when its matrix loads): a label such
    /// as `Windows Server 2016 or later` stands, for this edition, only for the releases
    /// published by then.
    pub as_of: Option<String>,
}

/// How far a machine's OS matches a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Yes,
    No,
    /// The OS names a whole major line (`RHEL 8`) that the range covers only in part, or no
    /// version at all against a versioned spec.
    Partly,
}

impl<'de> Deserialize<'de> for OsSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<OsSpec, D::Error> {
        let s = String::deserialize(d)?;
        OsSpec::parse(&s).map_err(|e| de_error(BadValue::OsSpec(e)))
    }
}

/// An OS spec that does not read, with the spec as written. Worded by
/// `crate::words::rule_errors`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadOsSpec {
    UnknownProduct {
        spec: String,
        product: String,
    },
    EmptyRange(String),
    Backwards(String),
    /// An installation option in brackets other than [`crate::os::NANO_SERVER`].
    UnknownEdition {
        spec: String,
        edition: String,
    },
}

impl std::error::Error for BadOsSpec {}

/// An [`OsSpec`]'s versions, as written in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecRange<'a> {
    /// The product alone (`linux`).
    Product,
    /// One version or a text that is not a range (`windows-server 2019`).
    Version(&'a str),
    /// `18.04..`: this version or later.
    From(&'a str),
    /// `..=6.5` (inclusive) or `..7.0`.
    To { to: &'a str, inclusive: bool },
    /// `8.0..=8.10` or `6.4..7.0`.
    Between {
        from: &'a str,
        to: &'a str,
        inclusive: bool,
    },
}

impl OsSpec {
    pub fn parse(s: &str) -> Result<OsSpec, BadOsSpec> {
        let (t, edition) = split_edition(s)?;
        let (product, range) = match t.split_once(char::is_whitespace) {
            Some((p, r)) => (p.to_ascii_lowercase(), r.trim()),
            None => (t.to_ascii_lowercase(), ""),
        };
        let families = ["windows", "linux", "other"];
        if !families.contains(&product.as_str()) && !Catalogue::builtin().knows_product(&product) {
            return Err(BadOsSpec::UnknownProduct {
                spec: s.to_string(),
                product,
            });
        }
        let (low, high) = if range.is_empty() {
            (None, None)
        } else if let Some((a, b)) = range.split_once("..") {
            let (inclusive, b) = match b.strip_prefix('=') {
                Some(b) => (true, b),
                None => (false, b),
            };
            let cat = Catalogue::builtin();
            let low = (!a.trim().is_empty()).then(|| cat.comparable(&product, a));
            let high = (!b.trim().is_empty()).then(|| (cat.comparable(&product, b), inclusive));
            if low.is_none() && high.is_none() {
                return Err(BadOsSpec::EmptyRange(s.to_string()));
            }
            (low, high)
        } else {
            let v = Catalogue::builtin().comparable(&product, range);
            (Some(v.clone()), Some((v, true)))
        };
        if let (Some(l), Some((h, _))) = (&low, &high)
            && l.cmp_padded(h) == Ordering::Greater
        {
            return Err(BadOsSpec::Backwards(s.to_string()));
        }
        Ok(OsSpec {
            text: s.trim().to_string(),
            product,
            low,
            high,
            edition,
            as_of: None,
        })
    }

    /// The spec's range: its lower bound, its upper bound and whether the upper is included
    /// (`8.0..=8.10` → `8.0`, `8.10`, true; `18.04..` → `18.04`, ``, false). None for a
    /// spec written without `..` (a single version, or a product alone). The words layer
    /// words it (`Red Hat Enterprise Linux 8.0 to 8.10`).
    pub fn range(&self) -> SpecRange<'_> {
        let (text, _) = split_edition(&self.text).unwrap_or((self.text.as_str(), None));
        let range = text
            .split_once(char::is_whitespace)
            .map_or("", |(_, r)| r.trim());
        if range.is_empty() {
            return SpecRange::Product;
        }
        let Some((a, b)) = range.split_once("..") else {
            return SpecRange::Version(range);
        };
        let (inclusive, b) = match b.strip_prefix('=') {
            Some(b) => (true, b.trim()),
            None => (false, b.trim()),
        };
        match (a.trim(), b) {
            ("", "") => SpecRange::Product,
            (a, "") => SpecRange::From(a),
            ("", b) => SpecRange::To { to: b, inclusive },
            (a, b) => SpecRange::Between {
                from: a,
                to: b,
                inclusive,
            },
        }
    }

    /// Whether `os` is within this spec.
    pub fn matches(&self, os: &Os) -> Match {
        let product_ok = match self.product.as_str() {
            "windows" => os.family == Family::Windows,
            "linux" => os.family == Family::Linux,
            "other" => os.family == Family::Other,
            p => os.product == p,
        };
        if !product_ok {
            return Match::No;
        }
        if let Some(e) = &self.edition
            && os.edition.as_deref() != Some(e.as_str())
        {
            return Match::No;
        }
        if self.low.is_none() && self.high.is_none() {
            return Match::Yes;
        }
        if let Some(each) = os.candidates(self.as_of.as_deref()) {
            // One of several versions: every one in, in; every one out, out; else cannot tell.
            return all_or_partly(each.iter().map(|c| self.matches(c)));
        }
        let Some(v) = os.parsed_version() else {
            return Match::Partly;
        };
        let line_end = os.line_end.as_deref().map(Version::parse);
        let m = self.version_matches(&v, os.major_line, line_end.as_ref());
        if os.or_later_open {
            // This version or any later one: in only when the range has no top.
            return match (m, &self.high) {
                (Match::Yes, None) => Match::Yes,
                (Match::No, Some((h, _))) if v.cmp_padded(h) == Ordering::Greater => Match::No,
                _ => Match::Partly,
            };
        }
        m
    }

    fn version_matches(&self, v: &Version, major_line: bool, line_end: Option<&Version>) -> Match {
        let within = |v: &Version, pad: bool| {
            let cmp = |a: &Version, b: &Version| {
                if pad {
                    a.cmp_padded(b)
                } else {
                    a.cmp_prefix(b)
                }
            };
            let lo_ok = self
                .low
                .as_ref()
                .is_none_or(|l| cmp(v, l) != Ordering::Less);
            let hi_ok = self.high.as_ref().is_none_or(|(h, incl)| match cmp(v, h) {
                Ordering::Less => true,
                // A line against the top it shares a prefix with (`8` against `..8.5`) is
                // partly below it; against a top as short as itself and excluded (`..8`), not.
                Ordering::Equal => *incl || (!pad && h.len() > v.len()),
                Ordering::Greater => false,
            });
            lo_ok && hi_ok
        };
        let bound_len = self
            .low
            .iter()
            .chain(self.high.iter().map(|(h, _)| h))
            .map(Version::len)
            .max()
            .unwrap_or(0);
        if !major_line || v.len() >= bound_len {
            return if within(v, true) {
                Match::Yes
            } else {
                Match::No
            };
        }
        // `RHEL 8` against `8.0..=8.8`: the line is in the range only if every minor is.
        if !within(v, false) {
            return Match::No;
        }
        let low_covers = self
            .low
            .as_ref()
            .is_none_or(|l| v.cmp_padded(l) != Ordering::Less);
        // The line runs to its last release when the catalogue knows it (RHEL 7 → 7.9).
        let high_covers = self.high.as_ref().is_none_or(|(h, incl)| match line_end {
            Some(end) => match end.cmp_padded(h) {
                Ordering::Less => true,
                Ordering::Equal => *incl,
                Ordering::Greater => false,
            },
            None => v.cmp_prefix(h) == Ordering::Less,
        });
        if low_covers && high_covers {
            Match::Yes
        } else {
            Match::Partly
        }
    }
}

/// A spec's text without its bracketed edition, and the edition: `windows-server 2016 (nano
/// server)` → (`windows-server 2016`, `nano server`). Only editions that the catalogue reads
/// are accepted, so that a misspelt one is an error instead of a spec that never matches.
fn split_edition(s: &str) -> Result<(&str, Option<String>), BadOsSpec> {
    let t = s.trim();
    let Some(open) = t.strip_suffix(')').and_then(|t| t.rfind('(')) else {
        return Ok((t, None));
    };
    let edition = t[open + 1..t.len() - 1].trim().to_ascii_lowercase();
    if edition != crate::os::NANO_SERVER {
        return Err(BadOsSpec::UnknownEdition {
            spec: s.to_string(),
            edition,
        });
    }
    Ok((t[..open].trim_end(), Some(edition)))
}

/// Yes when every answer is yes, no when every one is no, else partly.
fn all_or_partly(answers: impl Iterator<Item = Match>) -> Match {
    let (mut yes, mut no) = (false, false);
    for a in answers {
        match a {
            Match::Yes => yes = true,
            Match::No => no = true,
            Match::Partly => return Match::Partly,
        }
    }
    match (yes, no) {
        (true, false) => Match::Yes,
        (false, true) => Match::No,
        _ => Match::Partly,
    }
}

/// The best match of an OS against a list of specs, and the spec that gave it.
pub fn best_match<'a>(specs: &'a [OsSpec], os: &Os) -> (Match, Option<&'a OsSpec>) {
    // A label of several versions: each is matched against the whole list, so that
    // `CentOS 6/7` is in a list of `centos 6` and `centos 7` although neither holds both.
    let as_of = specs.first().and_then(|s| s.as_of.as_deref());
    if let Some(each) = os.candidates(as_of) {
        let answers: Vec<(Match, Option<&OsSpec>)> =
            each.iter().map(|c| best_match(specs, c)).collect();
        let m = all_or_partly(answers.iter().map(|a| a.0));
        let spec = answers
            .iter()
            .find(|a| a.0 == m)
            .or(answers.iter().find(|a| a.1.is_some()))
            .and_then(|a| a.1);
        return (m, spec);
    }
    let mut partly = None;
    for s in specs {
        match s.matches(os) {
            Match::Yes => return (Match::Yes, Some(s)),
            Match::Partly if partly.is_none() => partly = Some(s),
            _ => {}
        }
    }
    match partly {
        Some(s) => (Match::Partly, Some(s)),
        None => (Match::No, None),
    }
}

/// A duration written with its unit: `"5 min"`, `"30 s"`, `"2 h"`; held in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Duration(pub u64);

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let s = String::deserialize(d)?;
        units::parse_duration(&s, None)
            .map(Duration)
            .map_err(|why| de_error(BadValue::Duration { text: s, why }))
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&units::format_duration(self.0))
    }
}

/// A data change rate with its unit: `"54 MB/s"`, `"168 GB/day"`; held in MB/s.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Rate(pub f64);

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rate, D::Error> {
        let s = String::deserialize(d)?;
        if !s.chars().any(|c| c.is_ascii_alphabetic()) {
            return Err(de_error(BadValue::RateNoUnit(s)));
        }
        units::parse_rate(&s, false)
            .map(Rate)
            .map_err(|why| de_error(BadValue::Rate { text: s, why }))
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} MB/s", units::group_thousands(self.0))
    }
}

#[cfg(test)]
mod tests;
