//! A target's release notes as data (`rules/<target>/releases.toml`): the dated changes the
//! service announced — an update rollup or release, its day or month, the component versions
//! it needs, what it added or withdrew — beside the matrices.
//!
//! A support matrix is not the service's only statement of support, and it lags: Site
//! Recovery's Update Rollup 78 (April 2025) added Oracle Linux 8.10 for VMware VMs while the
//! matrix of 04/06/2026 still stops at 8.9. So a run judges with both. Where a release in
//! force on the assessed day supports what the matrix of that day fails, the rule becomes a
//! condition that names the release and the matrix (never silently ready, never not ready);
//! where a release withdrew what the matrix still lists, that is a condition too. A release
//! known only by its month is in force for certain from the month's end: inside the month the
//! rule cannot be told.

use serde::Deserialize;

use super::check::Check;
use super::matrix::{HeaderText, Matrix};
use super::reason::{
    BadValue, ChangeWhy, LoadError, Reason, de_error, forget_bad_value, parse_reason,
};
use super::spec::{Date, OsSpec};

/// One target's release notes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleaseNotes {
    pub source: Source,
    #[serde(rename = "release", default)]
    pub releases: Vec<Release>,
    /// Where it was loaded from.
    #[serde(skip)]
    pub origin: String,
}

/// The page the releases are transcribed from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub target: String,
    pub title: String,
    #[serde(default)]
    pub ko: Option<HeaderText>,
    /// The published page (`https://…`).
    pub page: String,
    /// Every copy read: `repo@commit path, ms.date`, the newest first.
    pub provenance: Vec<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// One release (an update rollup, a service release).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub ko: Option<ReleaseText>,
    pub date: ReleaseDate,
    /// The component versions it needs, as the page writes them (`Mobility service 9.64`).
    #[serde(default)]
    pub components: String,
    /// The page section.
    pub reference: String,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(rename = "change", default)]
    pub changes: Vec<Change>,
}

/// A release's name in another language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleaseText {
    pub name: String,
}

/// What one release changed in one rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The rule of the target's matrices it amends.
    pub rule: String,
    /// The page's own words, quoted.
    pub text: String,
    /// Specs the release adds to the rule's list (OS, host or management versions).
    #[serde(default)]
    pub adds: Option<Vec<OsSpec>>,
    /// Guest OS specs the release stops supporting.
    #[serde(default)]
    pub withdraws: Option<Vec<OsSpec>>,
    /// The rule's whole check as the release states it (a raised or lowered limit).
    #[serde(default)]
    pub check: Option<Check>,
}

/// How a change amends its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Adds,
    Withdraws,
    Replaces,
}

impl Change {
    pub fn kind(&self) -> Kind {
        if self.adds.is_some() {
            Kind::Adds
        } else if self.withdraws.is_some() {
            Kind::Withdraws
        } else {
            Kind::Replaces
        }
    }
}

/// A release's date: the day when the page (or a source it cites) gives it, else the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReleaseDate {
    Day(Date),
    Month { year: u16, month: u8 },
}

/// A release date that is neither a day nor a month. Worded by `crate::words::rule_errors`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadReleaseDate {
    /// Seven characters that are not `YYYY-MM`.
    Month(String),
    /// Not a day either.
    Day(crate::model::BadDate),
}

impl std::error::Error for BadReleaseDate {}

impl ReleaseDate {
    pub fn parse(s: &str) -> Result<ReleaseDate, BadReleaseDate> {
        let t = s.trim();
        if t.len() == 7 {
            let bad = || BadReleaseDate::Month(s.to_string());
            let (y, m) = t.split_once('-').ok_or_else(bad)?;
            let year: u16 = y.parse().map_err(|_| bad())?;
            let month: u8 = m.parse().map_err(|_| bad())?;
            if y.len() != 4 || !(1..=12).contains(&month) {
                return Err(bad());
            }
            return Ok(ReleaseDate::Month { year, month });
        }
        Date::parse(t)
            .map(ReleaseDate::Day)
            .map_err(BadReleaseDate::Day)
    }
    /// The first day it may have been out.
    pub fn first(self) -> Date {
        match self {
            ReleaseDate::Day(d) => d,
            ReleaseDate::Month { year, month } => Date {
                year,
                month,
                day: 1,
            },
        }
    }
    /// The first day it was certainly out (the month's last day for a month).
    pub fn last(self) -> Date {
        match self {
            ReleaseDate::Day(d) => d,
            ReleaseDate::Month { year, month } => {
                let next = if month == 12 {
                    Date {
                        year: year + 1,
                        month: 1,
                        day: 1,
                    }
                } else {
                    Date {
                        year,
                        month: month + 1,
                        day: 1,
                    }
                };
                Date::from_days_since_epoch(next.days_since_epoch() - 1)
            }
        }
    }
}

impl std::fmt::Display for ReleaseDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReleaseDate::Day(d) => write!(f, "{d}"),
            ReleaseDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

impl<'de> Deserialize<'de> for ReleaseDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ReleaseDate, D::Error> {
        let s = String::deserialize(d)?;
        ReleaseDate::parse(&s).map_err(|e| de_error(BadValue::ReleaseDate(e)))
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl ReleaseNotes {
    /// Parses one `releases.toml` and checks what needs no matrix; [`ReleaseNotes::check_against`]
    /// checks the rules it names.
    pub fn parse(text: &str, origin: &str) -> Result<ReleaseNotes, LoadError> {
        forget_bad_value();
        let mut r: ReleaseNotes = toml::from_str(text).map_err(|e| LoadError {
            file: origin.to_string(),
            line: e.span().map_or(1, |s| line_of(text, s.start)),
            reason: Box::new(parse_reason(e.message())),
        })?;
        r.origin = origin.to_string();
        let err = |needle: &str, reason: Reason| LoadError {
            file: origin.to_string(),
            line: crate::rules::matrix::line_with(text, needle),
            reason: Box::new(reason),
        };
        if !r.source.page.starts_with("https://") {
            return Err(err("page", Reason::PageNotHttps));
        }
        if r.source.provenance.is_empty() {
            return Err(err("provenance", Reason::NoProvenance));
        }
        let mut seen = std::collections::HashSet::new();
        for rel in &r.releases {
            let at = format!("\"{}\"", rel.id);
            if !seen.insert(rel.id.clone()) {
                return Err(err(&at, Reason::ReleaseTwice(rel.id.clone())));
            }
            if !rel.reference.starts_with("https://") {
                return Err(err(&at, Reason::ReleaseReference(rel.id.clone())));
            }
            if rel.ko.is_none() {
                return Err(err(&at, Reason::ReleaseNoKoName(rel.id.clone())));
            }
            for c in &rel.changes {
                let change = |why| Reason::Change {
                    release: rel.id.clone(),
                    rule: c.rule.clone(),
                    why,
                };
                let given = [c.adds.is_some(), c.withdraws.is_some(), c.check.is_some()]
                    .iter()
                    .filter(|x| **x)
                    .count();
                if given != 1 {
                    return Err(err(&at, change(ChangeWhy::NotExactlyOne)));
                }
                if c.adds
                    .as_ref()
                    .or(c.withdraws.as_ref())
                    .is_some_and(|v| v.is_empty())
                {
                    return Err(err(&at, change(ChangeWhy::EmptyList)));
                }
                if let Some(check) = &c.check {
                    check
                        .validate()
                        .map_err(|why| err(&at, change(ChangeWhy::Params(why))))?;
                }
            }
        }
        Ok(r)
    }

    /// Every change names a rule some edition of the target has, of a kind the change fits.
    pub fn check_against(&self, editions: &[&Matrix]) -> Result<(), LoadError> {
        for rel in &self.releases {
            for c in &rel.changes {
                let rules: Vec<_> = editions
                    .iter()
                    .filter_map(|m| m.rules.iter().find(|r| r.id == c.rule))
                    .collect();
                let bad = |why: ChangeWhy| LoadError {
                    file: self.origin.clone(),
                    line: 1,
                    reason: Box::new(Reason::Change {
                        release: rel.id.clone(),
                        rule: c.rule.clone(),
                        why,
                    }),
                };
                let Some(rule) = rules.first() else {
                    return Err(bad(ChangeWhy::NoSuchRule {
                        target: self.source.target.clone(),
                    }));
                };
                let kind = rule.check.kind();
                match c.kind() {
                    Kind::Adds if rule.check.spec_list().is_none() => {
                        return Err(bad(ChangeWhy::AddsWithoutList { kind }));
                    }
                    Kind::Withdraws if !kind.starts_with("os-") => {
                        return Err(bad(ChangeWhy::WithdrawsNotOs { kind }));
                    }
                    Kind::Replaces if c.check.as_ref().map(|k| k.kind()) != Some(kind) => {
                        return Err(bad(ChangeWhy::OtherKind { kind }));
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// The changes in force on `day` for each rule of `matrix` (indexed as its rules), each
    /// with the check it stands for. Releases dated after `day` are not in force.
    pub fn in_force<'a>(&'a self, matrix: &Matrix, day: Date) -> Vec<Vec<Amendment<'a>>> {
        let edition = matrix.edition().to_string();
        let mut out: Vec<Vec<Amendment<'a>>> = vec![Vec::new(); matrix.rules.len()];
        for rel in self.releases.iter().filter(|r| r.date.first() <= day) {
            for c in &rel.changes {
                let Some(i) = matrix.rules.iter().position(|r| r.id == c.rule) else {
                    continue;
                };
                let mut check = match c.kind() {
                    Kind::Adds => {
                        let mut k = matrix.rules[i].check.clone();
                        if let Some(list) = k.specs_mut() {
                            list.extend(c.adds.iter().flatten().cloned());
                        }
                        k
                    }
                    Kind::Withdraws => match withdrawn(c.withdraws.as_deref().unwrap_or(&[])) {
                        Some(k) => k,
                        None => continue,
                    },
                    Kind::Replaces => match &c.check {
                        Some(k) => k.clone(),
                        None => continue,
                    },
                };
                for spec in check.specs_mut().into_iter().flatten() {
                    spec.as_of = Some(edition.clone());
                }
                out[i].push(Amendment {
                    notes: self,
                    release: rel,
                    change: c,
                    check,
                    certain: rel.date.last() <= day,
                    after_edition: rel.date.first() > matrix.edition(),
                    superseded: false,
                });
            }
        }
        // A limit a later release states again supersedes the earlier statement (8 TB in July
        // 2019, then 32 TB in February 2021).
        for per_rule in &mut out {
            let last = per_rule
                .iter()
                .rposition(|a| a.change.kind() == Kind::Replaces);
            for (k, a) in per_rule.iter_mut().enumerate() {
                a.superseded = a.change.kind() == Kind::Replaces && Some(k) != last;
            }
        }
        out
    }
}

/// An `os-unsupported` check of the withdrawn specs: it fails a machine the release no longer
/// supports.
fn withdrawn(specs: &[OsSpec]) -> Option<Check> {
    let mut t = toml::Table::new();
    t.insert("kind".into(), "os-unsupported".into());
    t.insert(
        "list".into(),
        toml::Value::Array(specs.iter().map(|s| s.text.clone().into()).collect()),
    );
    Check::deserialize(toml::Value::Table(t)).ok()
}

/// One change of one release, in force on the assessed day, for one rule.
#[derive(Debug, Clone)]
pub struct Amendment<'a> {
    pub notes: &'a ReleaseNotes,
    pub release: &'a Release,
    pub change: &'a Change,
    /// The rule's check as the release has it.
    pub check: Check,
    /// False when the day falls inside a month-only release's month: it may not be out yet.
    pub certain: bool,
    /// The release came after the matrix edition: a stricter statement in it is news the
    /// matrix has not caught up with; in an older one, the newer matrix has the last word.
    pub after_edition: bool,
    /// A later release restates the same rule's check.
    pub superseded: bool,
}

mod finding;
pub use finding::{Cite, Effect, EffectCode};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_dates_read_as_day_or_month() {
        let cases = [
            (
                "2025-04",
                "2025-04-01",
                "2025-04-30",
                "April 2025",
                "2025년 4월",
            ),
            (
                "2024-02",
                "2024-02-01",
                "2024-02-29",
                "February 2024",
                "2024년 2월",
            ),
            (
                "2025-12",
                "2025-12-01",
                "2025-12-31",
                "December 2025",
                "2025년 12월",
            ),
            (
                "2021-11-09",
                "2021-11-09",
                "2021-11-09",
                "2021-11-09",
                "2021년 11월 9일",
            ),
        ];
        // How each reads in words: crate::words::finding's tests.
        for (s, first, last, _en, _ko) in cases {
            let d = ReleaseDate::parse(s).unwrap();
            assert_eq!(d.first().to_string(), first, "{s}");
            assert_eq!(d.last().to_string(), last, "{s}");
            assert_eq!(d.to_string(), s);
        }
        for bad in ["2025-13", "2025", "25-04", "2025-04-31", "April 2025"] {
            assert!(ReleaseDate::parse(bad).is_err(), "{bad}");
        }
    }
}
