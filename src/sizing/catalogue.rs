//! The size catalogue: Azure VM sizes and managed-disk tiers as data, each file transcribed
//! from Microsoft's size pages with the copy it was read from (`rules/sizes/`). Embedded in
//! the binary by the build script, so a new series is a new file.

use serde::Deserialize;

use crate::model::Date;

/// Every `rules/sizes/vm/*.toml`, listed by build.rs.
pub const VM_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_sizes.rs"));

/// `rules/sizes/disk-tiers.toml`.
pub const DISK_TIERS_TOML: &str = include_str!("../../rules/sizes/disk-tiers.toml");

/// `rules/sizes/assessment-defaults.toml`.
pub const DEFAULTS_TOML: &str = include_str!("../../rules/sizes/assessment-defaults.toml");

/// Azure Migrate's documented assessment defaults, each with its page (the file's `*_source`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// Headroom on utilisation for performance sizing.
    pub comfort_factor: f64,
    pub comfort_source: String,
    /// A month's uptime: days × hours a day (744 hours).
    pub days_per_month: u32,
    pub hours_per_day: u32,
    pub uptime_source: String,
    /// The disk type for a disk whose load is unknown.
    pub storage_default: DiskType,
    pub storage_source: String,
    /// Series a size is not chosen from unless named.
    pub excluded_series: Vec<String>,
    pub excluded_source: String,
}

impl Defaults {
    /// Hours in a priced month.
    pub fn hours_per_month(&self) -> f64 {
        f64::from(self.days_per_month * self.hours_per_day)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DefaultsFile {
    defaults: Defaults,
}

/// A size file that does not load. Its words (and its `Display`) are the words layer's
/// (`crate::words::sizing::catalogue_error`).
#[derive(Debug)]
pub enum CatalogueError {
    Parse { file: String, err: toml::de::Error },
    Invalid { file: String, why: Invalid },
}

impl std::error::Error for CatalogueError {}

/// What a size file holds that a reader could not rely on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// A size with no vCPUs, memory or NICs.
    NotPositive { size: String },
    /// A size named twice across the files.
    Twice { size: String },
    /// A disk tier no larger than the one before it.
    TierOrder { tier: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    GeneralPurpose,
    MemoryOptimized,
    ComputeOptimized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesFile {
    series: SeriesHead,
    size: Vec<SizeRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesHead {
    name: String,
    family: Family,
    generation1: bool,
    generation2: bool,
    premium_storage: bool,
    source: String,
    provenance: String,
    page_date: Date,
    #[serde(default)]
    notes: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SizeRow {
    name: String,
    /// The name as the page prints it, where that is a misprint (`Standard_E104id_v52`: a
    /// footnote mark run into the name); the tests find the page's row by it.
    #[allow(dead_code)]
    page_name: Option<String>,
    /// On a page that covers two series (Ev3 and Esv3), the series of this size and what
    /// differs from the page's `[series]` head.
    series: Option<String>,
    generation1: Option<bool>,
    generation2: Option<bool>,
    premium_storage: Option<bool>,
    vcpus: u32,
    memory_gib: f64,
    max_data_disks: u32,
    max_nics: u32,
    uncached_iops: Option<u32>,
    uncached_mbps: Option<f64>,
}

/// Where a size's numbers come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The file stem: `dasv5-series`, also the name of the page excerpt the tests hold.
    pub stem: String,
    pub source: String,
    pub provenance: String,
    pub date: Date,
    pub notes: String,
}

/// One VM size.
#[derive(Debug, Clone, PartialEq)]
pub struct VmSize {
    /// `Standard_D2as_v5`.
    pub name: String,
    /// `Dasv5`.
    pub series: String,
    pub family: Family,
    pub vcpus: u32,
    pub memory_gib: f64,
    pub max_data_disks: u32,
    pub max_nics: u32,
    pub uncached_iops: Option<u32>,
    pub uncached_mbps: Option<f64>,
    pub generation1: bool,
    pub generation2: bool,
    pub premium_storage: bool,
    /// Index into [`Catalogue::pages`].
    pub page: usize,
    /// The series version the name carries (`_v5` → 5, none → 1): newer first when two
    /// sizes fit equally. Read once at load; sizing compares it for every machine.
    pub version: u32,
}

/// `Standard_D2as_v5` → 5; `Standard_A1` → 1.
fn name_version(name: &str) -> u32 {
    name.rsplit_once("_v")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(1)
}

/// A managed-disk type.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum DiskType {
    StandardHdd,
    StandardSsd,
    Premium,
}

impl DiskType {
    pub fn as_str(self) -> &'static str {
        match self {
            DiskType::StandardHdd => "standard-hdd",
            DiskType::StandardSsd => "standard-ssd",
            DiskType::Premium => "premium",
        }
    }

    /// The SKU prefix Azure Migrate writes (`Standard_S10`, `StandardSSD_E10`, `Premium_P10`).
    pub fn sku_prefix(self) -> &'static str {
        match self {
            DiskType::StandardHdd => "Standard",
            DiskType::StandardSsd => "StandardSSD",
            DiskType::Premium => "Premium",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiskFile {
    #[serde(rename = "type")]
    types: Vec<DiskTypeRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiskTypeRow {
    #[serde(rename = "type")]
    kind: DiskType,
    title: String,
    source: String,
    provenance: String,
    page_date: Date,
    #[serde(default)]
    notes: String,
    tier: Vec<TierRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TierRow {
    name: String,
    size_gib: u64,
    iops: u32,
    mbps: u32,
}

/// One disk tier: `P10`, 128 GiB, 500 IOPS, 100 MB/s.
#[derive(Debug, Clone, PartialEq)]
pub struct DiskTier {
    pub kind: DiskType,
    pub name: String,
    pub size_gib: u64,
    pub iops: u32,
    pub mbps: u32,
}

impl DiskTier {
    /// `Premium_P10`, as Azure Migrate's disk SKU column writes it.
    pub fn sku(&self) -> String {
        format!("{}_{}", self.kind.sku_prefix(), self.name)
    }
}

/// Where a disk type's tiers come from.
#[derive(Debug, Clone, PartialEq)]
pub struct DiskSource {
    pub kind: DiskType,
    pub title: String,
    pub source: String,
    pub provenance: String,
    pub date: Date,
    pub notes: String,
}

/// Every size and tier the tool knows.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub pages: Vec<Page>,
    pub sizes: Vec<VmSize>,
    /// Per type, in size order.
    pub tiers: Vec<DiskTier>,
    pub disk_sources: Vec<DiskSource>,
    pub defaults: Option<Defaults>,
}

impl Catalogue {
    /// The shipped catalogue.
    pub fn builtin() -> &'static Catalogue {
        static CAT: std::sync::LazyLock<Catalogue> = std::sync::LazyLock::new(|| {
            let mut cat = Catalogue::parse(VM_FILES, DISK_TIERS_TOML)
                .expect("shipped size catalogue is valid");
            let d: DefaultsFile =
                toml::from_str(DEFAULTS_TOML).expect("shipped assessment defaults are valid");
            cat.defaults = Some(d.defaults);
            cat
        });
        &CAT
    }

    /// The assessment defaults (the shipped ones when this catalogue has none of its own).
    pub fn defaults(&self) -> &Defaults {
        match &self.defaults {
            Some(d) => d,
            None => Catalogue::builtin()
                .defaults
                .as_ref()
                .expect("the shipped catalogue has its defaults"),
        }
    }

    /// Loads `files` (stem, text) and the disk tiers, checking what a reader relies on:
    /// unique size names, positive numbers, tiers in size order.
    pub fn parse(files: &[(&str, &str)], disks: &str) -> Result<Catalogue, CatalogueError> {
        let mut cat = Catalogue::default();
        for (stem, text) in files {
            let file = format!("rules/sizes/vm/{stem}.toml");
            let f: SeriesFile = toml::from_str(text).map_err(|err| CatalogueError::Parse {
                file: file.clone(),
                err,
            })?;
            let page = cat.pages.len();
            cat.pages.push(Page {
                stem: stem.to_string(),
                source: f.series.source,
                provenance: f.series.provenance,
                date: f.series.page_date,
                notes: f.series.notes,
            });
            for s in f.size {
                let invalid = |why: Invalid| CatalogueError::Invalid {
                    file: file.clone(),
                    why,
                };
                if s.vcpus == 0 || s.memory_gib <= 0.0 || s.max_nics == 0 {
                    return Err(invalid(Invalid::NotPositive { size: s.name }));
                }
                if cat.sizes.iter().any(|o| o.name == s.name) {
                    return Err(invalid(Invalid::Twice { size: s.name }));
                }
                cat.sizes.push(VmSize {
                    version: name_version(&s.name),
                    name: s.name,
                    series: s.series.unwrap_or_else(|| f.series.name.clone()),
                    family: f.series.family,
                    vcpus: s.vcpus,
                    memory_gib: s.memory_gib,
                    max_data_disks: s.max_data_disks,
                    max_nics: s.max_nics,
                    uncached_iops: s.uncached_iops,
                    uncached_mbps: s.uncached_mbps,
                    generation1: s.generation1.unwrap_or(f.series.generation1),
                    generation2: s.generation2.unwrap_or(f.series.generation2),
                    premium_storage: s.premium_storage.unwrap_or(f.series.premium_storage),
                    page,
                });
            }
        }
        let d: DiskFile = toml::from_str(disks).map_err(|err| CatalogueError::Parse {
            file: "rules/sizes/disk-tiers.toml".into(),
            err,
        })?;
        for t in d.types {
            let mut last = 0;
            for r in t.tier {
                if r.size_gib <= last {
                    return Err(CatalogueError::Invalid {
                        file: "rules/sizes/disk-tiers.toml".into(),
                        why: Invalid::TierOrder { tier: r.name },
                    });
                }
                last = r.size_gib;
                cat.tiers.push(DiskTier {
                    kind: t.kind,
                    name: r.name,
                    size_gib: r.size_gib,
                    iops: r.iops,
                    mbps: r.mbps,
                });
            }
            cat.disk_sources.push(DiskSource {
                kind: t.kind,
                title: t.title,
                source: t.source,
                provenance: t.provenance,
                date: t.page_date,
                notes: t.notes,
            });
        }
        Ok(cat)
    }

    pub fn size(&self, name: &str) -> Option<&VmSize> {
        self.sizes
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(name))
    }

    /// The series names, in catalogue order.
    pub fn series(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for s in &self.sizes {
            if !out.contains(&s.series.as_str()) {
                out.push(&s.series);
            }
        }
        out
    }

    pub fn tiers_of(&self, kind: DiskType) -> impl Iterator<Item = &DiskTier> {
        self.tiers.iter().filter(move |t| t.kind == kind)
    }
}
