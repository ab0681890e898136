//! OS support status by date: each product's releases with the day mainstream (or full)
//! support, extended (or maintenance) support and extended security updates end, as data in
//! `rules/lifecycle/<product>.toml`, each file citing the copy of the page it was read from.
//!
//! A machine's OS is matched to a release by the OS catalogue's version; a label that stands
//! for several releases (`Windows Server 2016 or later`, `CentOS 4/5/6/7`, `SLES 15` without
//! its service pack) is judged by the release whose support ends first, and says so: what a
//! consultant can count on is the least of them, and it is what Azure Migrate reports for
//! such a label.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::model::Date;
use crate::os::{Os, Version};

/// Every `rules/lifecycle/*.toml`, listed by build.rs.
pub const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_lifecycle.rs"));

/// A lifecycle file that does not load (`file` is its stem). Its words (and its `Display`)
/// are the words layer's (`crate::words::lifecycle::error`).
#[derive(Debug)]
pub enum LifecycleError {
    Parse { file: String, err: toml::de::Error },
    Invalid { file: String, why: Invalid },
}

impl std::error::Error for LifecycleError {}

/// What a lifecycle file holds that a reader could not rely on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// The `product` key is not the file's name.
    ProductName { product: String },
    /// A release with an ESU note in one language only.
    EsuNoteAlone { version: String },
    /// A release's dates out of order.
    DateOrder { version: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    product: Head,
    release: Vec<Release>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Head {
    product: String,
    title: String,
    source: String,
    provenance: String,
    #[serde(default)]
    #[allow(dead_code)]
    notes: String,
    /// The product's words in Korean, where its title is not said as it is (`ko.title`).
    #[serde(default)]
    ko: Option<HeadKo>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadKo {
    title: String,
}

/// One release of a product and the days its support phases end.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    pub version: String,
    pub released: Option<Date>,
    pub mainstream_end: Option<Date>,
    pub extended_end: Option<Date>,
    pub esu_end: Option<Date>,
    pub esu_note: Option<String>,
    /// The note in Korean (`ko.esu_note`): required beside `esu_note` (the loader checks).
    #[serde(default)]
    pub ko: Option<ReleaseKo>,
}

/// A release's words in Korean.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleaseKo {
    pub esu_note: String,
}

/// One product's lifecycle.
#[derive(Debug, Clone)]
pub struct Product {
    pub product: String,
    pub title: String,
    /// The title in Korean (`ko.title`), where it is not the English one.
    pub title_ko: Option<String>,
    pub source: String,
    pub provenance: String,
    pub releases: Vec<Release>,
    /// Each release's version, parsed once (matched for every machine).
    versions: Vec<Version>,
}

/// Where a release is in its life on a given day, in Azure Migrate's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SupportStatus {
    /// Before the end of mainstream (full) support; a product with one phase only is here
    /// until it ends.
    Mainstream,
    /// After mainstream, before the end of extended (maintenance) support.
    Extended,
    OutOfSupport,
    Unknown,
}

impl SupportStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SupportStatus::Mainstream => "mainstream",
            SupportStatus::Extended => "extended",
            SupportStatus::OutOfSupport => "out-of-support",
            SupportStatus::Unknown => "unknown",
        }
    }
}

/// A machine's OS support on the day asked. Typed: the words layer
/// (`crate::words::lifecycle`) says why, and picks the ESU note in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Support {
    pub status: SupportStatus,
    /// The release judged: `Windows Server 2016`.
    pub release: Option<String>,
    pub mainstream_end: Option<Date>,
    pub extended_end: Option<Date>,
    pub esu_end: Option<Date>,
    /// The row judged, borrowed from the shipped tables: its ESU note, in each language.
    pub row: Option<&'static Release>,
    /// The product's Korean title, where it has one (a release is then `title_ko version`).
    pub title_ko: Option<&'static str>,
    /// The page the dates come from, and the copy read (borrowed from the shipped tables:
    /// a hundred thousand machines share them).
    pub source: Option<&'static str>,
    /// The copies read: written once per product in a report, not per machine.
    pub provenance: Option<&'static str>,
    /// How the status was reached, where the release alone does not say it: a label of
    /// several releases, or why the status is unknown.
    pub why: Option<SupportWhy>,
}

/// Why a status needs more than the release to be understood.
#[derive(Debug, Clone, PartialEq)]
pub enum SupportWhy {
    /// No lifecycle table for the OS's product (`product` as the OS catalogue names it).
    NoData { product: String },
    /// The product's title, for an OS read without a version.
    NoVersion { product: &'static str },
    /// No row of the product's table for the version (none given: no row at all).
    NoRow {
        product: &'static str,
        version: Option<String>,
    },
    /// The OS label (`raw`, as read) may be any of `releases`; `judged` ends first.
    Several {
        label: String,
        releases: Vec<&'static str>,
        judged: &'static str,
    },
    /// The inventory has no OS column.
    NoOsColumn,
    /// The machine's OS is blank or not read.
    OsUnknown,
}

impl Support {
    /// Support that cannot be told, and why.
    pub fn unknown(why: SupportWhy) -> Support {
        Support {
            status: SupportStatus::Unknown,
            release: None,
            mainstream_end: None,
            extended_end: None,
            esu_end: None,
            row: None,
            title_ko: None,
            source: None,
            provenance: None,
            why: Some(why),
        }
    }

    /// The judged release's ESU note in English, as the table has it.
    pub fn esu_note(&self) -> Option<&'static str> {
        self.row.and_then(|r| r.esu_note.as_deref())
    }
}

/// Every product's lifecycle.
#[derive(Debug, Clone, Default)]
pub struct Lifecycle {
    pub products: Vec<Product>,
}

impl Lifecycle {
    /// The shipped tables.
    pub fn builtin() -> &'static Lifecycle {
        static L: LazyLock<Lifecycle> =
            LazyLock::new(|| Lifecycle::parse(FILES).expect("shipped lifecycle tables are valid"));
        &L
    }

    pub fn parse(files: &[(&str, &str)]) -> Result<Lifecycle, LifecycleError> {
        let mut out = Lifecycle::default();
        for (stem, text) in files {
            let f: File = toml::from_str(text).map_err(|err| LifecycleError::Parse {
                file: stem.to_string(),
                err,
            })?;
            let invalid = |why: Invalid| LifecycleError::Invalid {
                file: stem.to_string(),
                why,
            };
            if f.product.product != *stem {
                return Err(invalid(Invalid::ProductName {
                    product: f.product.product,
                }));
            }
            for r in &f.release {
                let order = [r.released, r.mainstream_end, r.extended_end, r.esu_end];
                let given: Vec<Date> = order.iter().flatten().copied().collect();
                if r.esu_note.is_some() != r.ko.is_some() {
                    return Err(invalid(Invalid::EsuNoteAlone {
                        version: r.version.clone(),
                    }));
                }
                if given.windows(2).any(|w| w[0] > w[1]) {
                    return Err(invalid(Invalid::DateOrder {
                        version: r.version.clone(),
                    }));
                }
            }
            out.products.push(Product {
                product: f.product.product,
                title: f.product.title,
                title_ko: f.product.ko.map(|k| k.title),
                source: f.product.source,
                provenance: f.product.provenance,
                versions: f
                    .release
                    .iter()
                    .map(|r| Version::parse(&r.version))
                    .collect(),
                releases: f.release,
            });
        }
        Ok(out)
    }

    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.product == id)
    }

    /// The OS's support on `day`, and why where the release alone does not say it.
    pub fn support(&'static self, os: &Os, day: Date) -> Support {
        let unknown = Support::unknown;
        let Some(product) = self.product(&os.product) else {
            return unknown(SupportWhy::NoData {
                product: os.product.to_string(),
            });
        };
        let day_text = day.to_string();
        // The readings the label may stand for, each judged; the first to end decides.
        let several = os.candidates(Some(&day_text));
        let readings: Vec<&Os> = match &several {
            Some(v) => v.iter().collect(),
            None => vec![os],
        };
        let mut judged: Vec<(&'static Release, SupportStatus)> = Vec::new();
        for reading in readings {
            let Some(version) = reading.version.as_deref() else {
                return unknown(SupportWhy::NoVersion {
                    product: &product.title,
                });
            };
            let rows = product.rows_for(version);
            if rows.is_empty() {
                return unknown(SupportWhy::NoRow {
                    product: &product.title,
                    version: Some(version.to_string()),
                });
            }
            for r in rows {
                judged.push((r, status_of(r, day)));
            }
        }
        let Some((worst, status)) = judged
            .iter()
            .copied()
            .max_by_key(|(r, s)| (*s, std::cmp::Reverse(end_key(r))))
        else {
            return unknown(SupportWhy::NoRow {
                product: &product.title,
                version: None,
            });
        };
        let mut names: Vec<&'static str> = judged.iter().map(|(r, _)| r.version.as_str()).collect();
        names.dedup();
        let why = (names.len() > 1).then(|| SupportWhy::Several {
            label: os.raw.trim().to_string(),
            releases: names,
            judged: &worst.version,
        });
        Support {
            status,
            release: Some(format!("{} {}", product.title, worst.version)),
            mainstream_end: worst.mainstream_end,
            extended_end: worst.extended_end,
            esu_end: worst.esu_end,
            row: Some(worst),
            title_ko: product.title_ko.as_deref(),
            source: Some(product.source.as_str()),
            provenance: Some(product.provenance.as_str()),
            why,
        }
    }
}

impl Product {
    /// The rows a catalogue version names: the same release (`2012 R2`), else the line it
    /// belongs to (`8` for `8.4`), else every release of the line it names (`15` →
    /// `15 SP1` … `15 SP6`).
    fn rows_for(&'static self, version: &str) -> Vec<&'static Release> {
        let v = Version::parse(version);
        let rows = || self.releases.iter().zip(&self.versions);
        let exact: Vec<&Release> = rows()
            .filter(|(_, rv)| rv.len() == v.len() && rv.cmp_padded(&v).is_eq())
            .map(|(r, _)| r)
            .collect();
        if !exact.is_empty() {
            return exact;
        }
        // The longest row that is a prefix of the version: the line it belongs to.
        if let Some((r, _)) = rows()
            .filter(|(_, rv)| rv.len() < v.len() && rv.cmp_prefix(&v).is_eq())
            .max_by_key(|(_, rv)| rv.len())
        {
            return vec![r];
        }
        // A line named without its release: every release of it.
        rows()
            .filter(|(_, rv)| rv.len() > v.len() && v.cmp_prefix(rv).is_eq())
            .map(|(r, _)| r)
            .collect()
    }
}

/// Support ends first for the release with the earliest last day of support.
fn end_key(r: &Release) -> Option<Date> {
    r.extended_end.or(r.mainstream_end)
}

/// A release's status on `day`.
pub fn status_of(r: &Release, day: Date) -> SupportStatus {
    match (r.mainstream_end, r.extended_end) {
        (Some(m), _) if day <= m => SupportStatus::Mainstream,
        (_, Some(e)) if day <= e => {
            if r.mainstream_end.is_some() {
                SupportStatus::Extended
            } else {
                SupportStatus::Mainstream
            }
        }
        (Some(_), None) => SupportStatus::Unknown,
        (_, Some(_)) => SupportStatus::OutOfSupport,
        (None, None) => SupportStatus::Unknown,
    }
}
