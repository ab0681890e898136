//! The OS catalogue: raw operating-system strings → product, version, edition, architecture.
//!
//! The patterns live in `rules/os-catalogue.toml` (embedded in the binary) so that a new way
//! of writing an OS name is a data change, not a code change. An unrecognised string becomes
//! product `other`, kept verbatim, and rules treat it as such: never silently supported.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};

/// A guest's processor architecture: read from an OS string by the catalogue, or from its
/// own column, and held by the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Arch {
    X64,
    X86,
    Arm64,
}

impl Arch {
    pub fn as_str(self) -> &'static str {
        match self {
            Arch::X64 => "x64",
            Arch::X86 => "x86",
            Arch::Arm64 => "arm64",
        }
    }
}

/// The catalogue's `name_ko` of a product, where its name has words to translate
/// (`Windows (before 2000)`); product names themselves stay as they are. The words layer
/// picks it for a Korean reader.
pub fn product_name_ko(id: &str) -> Option<&str> {
    Catalogue::builtin()
        .entries
        .iter()
        .find(|e| e.product == id)
        .and_then(|e| e.name_ko.as_deref())
}

/// A catalogue product id as people name the product (`rhel` → `Red Hat Enterprise Linux`,
/// the catalogue's `name`): what a reader sees in messages and reports; the id stays in rule
/// files and JSON. None for `other`, which is no product but a phrase the words layer says.
pub fn product_name(id: &str) -> Option<&str> {
    match id {
        "windows" => Some("Windows"),
        "linux" => Some("Linux"),
        "other" => None,
        _ => Some(
            Catalogue::builtin()
                .entries
                .iter()
                .find(|e| e.product == id)
                .map_or(id, |e| e.name.as_str()),
        ),
    }
}

/// The catalogue file shipped with the binary.
pub const CATALOGUE_TOML: &str = include_str!("../rules/os-catalogue.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Windows,
    Linux,
    Other,
}

/// An operating system as read from an inventory.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Os {
    /// The text as found in the inventory; for VMware Tools' detailed data, the distro name,
    /// version and word size its fields give (`Oracle Linux Server 8.10 (64-bit)`).
    pub raw: String,
    /// Catalogue product id (`windows-server`, `rhel`, …) or `other`.
    pub product: String,
    pub family: Family,
    pub version: Option<String>,
    pub edition: Option<String>,
    pub architecture: Option<Arch>,
    /// True when the architecture was not written but follows from the version (Windows
    /// Server 2008 R2 and later exist only in 64-bit).
    #[serde(skip)]
    pub arch_derived: bool,
    /// For a major-only version of a finished line, its last release (`7` → `7.9`).
    #[serde(skip)]
    pub line_end: Option<String>,
    /// True when a version without a minor part stands for the whole major line.
    #[serde(skip)]
    pub major_line: bool,
    /// A label that names one of several versions (`CentOS 4/5/6/7`): each one, with its
    /// line's last release when the catalogue knows it. A rule that some pass and some fail
    /// cannot be told.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<Candidate>,
    /// `Windows Server 2016 or later`: the later releases the catalogue knows, each with the
    /// day it was published, so that an edition judges only the releases it could know of.
    #[serde(skip)]
    pub or_later: Vec<Release>,
    /// `CentOS 4/5 or later`: this version or any later one, of a product whose releases the
    /// catalogue does not list; only a range open at the top holds every one.
    #[serde(skip)]
    pub or_later_open: bool,
    /// The kernel, when the source gives it (VMware Tools' `kernelVersion`): some matrices
    /// list supported kernels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kernel: Option<String>,
    /// Read from VMware Tools' detailed data: a kernel rule can be told from it (unknown when
    /// it names no kernel), where any other OS text cannot.
    #[serde(skip)]
    pub detailed: bool,
}

/// One of the versions a combined label may mean.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub version: String,
    #[serde(skip)]
    pub line_end: Option<String>,
}

/// A release of a product and the day it was published (`YYYY-MM-DD`, compared as text).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Release {
    pub version: String,
    pub published: String,
}

impl Os {
    /// The single-version readings this label may stand for (`CentOS 4/5/6/7` → four;
    /// `Windows Server 2016 or later` → 2016 and the later releases published by `as_of`),
    /// or none when it names one version.
    pub fn candidates(&self, as_of: Option<&str>) -> Option<Vec<Os>> {
        let one = |version: &str, line_end: Option<String>, major_line: bool| Os {
            version: Some(version.to_string()),
            line_end,
            major_line,
            one_of: Vec::new(),
            or_later: Vec::new(),
            or_later_open: false,
            ..self.clone()
        };
        if !self.one_of.is_empty() {
            return Some(
                self.one_of
                    .iter()
                    .map(|c| one(&c.version, c.line_end.clone(), self.major_line))
                    .collect(),
            );
        }
        if self.or_later.is_empty() {
            return None;
        }
        let first = one(
            self.version.as_deref()?,
            self.line_end.clone(),
            self.major_line,
        );
        let later = self
            .or_later
            .iter()
            .filter(|r| as_of.is_none_or(|d| r.published.as_str() <= d))
            .map(|r| one(&r.version, None, false));
        Some(std::iter::once(first).chain(later).collect())
    }

    pub fn parsed_version(&self) -> Option<Version> {
        let v = self.version.as_deref()?;
        Some(Catalogue::builtin().comparable(&self.product, v))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    os: Vec<EntryFile>,
    /// Whole labels whose words say less (or other) than they mean: vCenter's one guest type
    /// for Windows Server 2012 and 2012 R2, ESXi 7.0.1's "Windows Server 2021" for 2022.
    #[serde(default)]
    label: Vec<Label>,
}

/// A whole OS label and the version(s) it stands for; its product is read as usual.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Label {
    text: String,
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    one_of: Vec<String>,
    /// Where the meaning is documented.
    #[allow(dead_code)]
    source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    product: String,
    /// The product as people name it (`Red Hat Enterprise Linux`).
    name: String,
    /// The name in Korean, where it has words to translate.
    #[serde(default)]
    name_ko: Option<String>,
    family: Family,
    pattern: String,
    version: Option<String>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
    #[serde(default)]
    major_line: bool,
    /// From this version on the product exists only for 64-bit processors, so its
    /// architecture is known even when the string does not say.
    x64_only_from: Option<String>,
    #[serde(default)]
    last_minor: BTreeMap<String, String>,
    /// The product's releases in order, with the day each was published: what `X or later`
    /// can mean.
    #[serde(default)]
    releases: Vec<Release>,
    /// Versions named by a word, and the number they compare as (`xp` is NT 5.1), so that a
    /// range such as `windows-client 7..` leaves XP and Vista out.
    #[serde(default)]
    ranks: BTreeMap<String, String>,
}

struct Entry {
    product: String,
    name: String,
    name_ko: Option<String>,
    family: Family,
    pattern: Regex,
    version: Option<Regex>,
    aliases: BTreeMap<String, String>,
    major_line: bool,
    x64_only_from: Option<Version>,
    last_minor: BTreeMap<String, String>,
    releases: Vec<Release>,
    ranks: BTreeMap<String, String>,
}

/// A compiled catalogue.
pub struct Catalogue {
    entries: Vec<Entry>,
    labels: Vec<Label>,
    /// Readings already made: an estate repeats a few dozen OS strings over many machines.
    cache: std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<Os>>>,
}

/// Distinct strings remembered; past this the catalogue reads without remembering.
const CACHE_MAX: usize = 4096;

fn ci(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern).case_insensitive(true).build()
}

static ARCH_64: LazyLock<Regex> = LazyLock::new(|| {
    ci(r"\(?\b64[- ]?bits?\b\)?|\bx64\b|\bx86[_-]64\b|\bamd64\b|\bwin64\b").expect("static regex")
});
static ARCH_32: LazyLock<Regex> = LazyLock::new(|| {
    ci(r"\(?\b32[- ]?bits?\b\)?|\bx86\b|\bi[3-6]86\b|\bwin32\b").expect("static regex")
});
static ARCH_ARM: LazyLock<Regex> =
    LazyLock::new(|| ci(r"\barm64\b|\baarch64\b").expect("static regex"));
/// Two or more versions joined by slashes, as vCenter labels a family of releases:
/// `CentOS 4/5/6/7`, `Oracle Linux 4/5`, `SUSE Linux Enterprise 8/9`.
static ONE_OF: LazyLock<Regex> =
    LazyLock::new(|| ci(r"\b\d+(\.\d+)?(\s*/\s*\d+(\.\d+)?)+\b").expect("static regex"));

/// Nano Server, the Windows Server 2016 installation option that several matrices exclude by
/// name: `Windows Server 2016 Nano Server`, `… Datacenter Nano 64-bit …`, `… Standard Nano
/// Server`. It is read as the edition ahead of Datacenter or Standard, because it is what
/// decides support. A Nano Server whose string does not say so (WMI's Caption names only
/// `… Datacenter`; its SKU 143 or 144 tells it apart) is read as the plain edition.
static NANO: LazyLock<Regex> = LazyLock::new(|| ci(r"\bnano(\s*server)?\b").expect("static regex"));

static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    ci(r"\b(datacenter|standard|enterprise|essentials|web|foundation|core|professional|pro|home|ultimate|or later)\b")
        .expect("static regex")
});

/// The edition a Nano Server string is read as (`Os::edition`), and what an OS spec's
/// `(nano server)` asks for.
pub const NANO_SERVER: &str = "nano server";

/// Reads an architecture word: `x64`, `64-bit`, `amd64`, `x86`, `32-bit`, `arm64`.
pub fn parse_arch(text: &str) -> Option<Arch> {
    if ARCH_ARM.is_match(text) {
        Some(Arch::Arm64)
    } else if ARCH_64.is_match(text) {
        Some(Arch::X64)
    } else if ARCH_32.is_match(text) {
        Some(Arch::X86)
    } else {
        None
    }
}

/// An OS catalogue that does not load: its TOML, or one entry's pattern. Its words (and its
/// `Display`) are the words layer's (`crate::words::model::os_catalogue_error`).
#[derive(Debug)]
pub enum CatalogueError {
    Toml(toml::de::Error),
    Pattern {
        product: String,
        /// `pattern` or `version`.
        which: &'static str,
        err: regex::Error,
    },
}

impl std::error::Error for CatalogueError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CatalogueError::Toml(e) => Some(e),
            CatalogueError::Pattern { .. } => None,
        }
    }
}

impl From<toml::de::Error> for CatalogueError {
    fn from(e: toml::de::Error) -> Self {
        CatalogueError::Toml(e)
    }
}

impl Catalogue {
    pub fn from_toml(text: &str) -> Result<Catalogue, CatalogueError> {
        let file: CatalogueFile = toml::from_str(text)?;
        let mut entries = Vec::new();
        for e in file.os {
            let bad = |which, err| CatalogueError::Pattern {
                product: e.product.clone(),
                which,
                err,
            };
            let pattern = ci(&e.pattern).map_err(|err| bad("pattern", err))?;
            let version = e
                .version
                .as_deref()
                .map(ci)
                .transpose()
                .map_err(|err| bad("version", err))?;
            entries.push(Entry {
                product: e.product,
                name: e.name,
                name_ko: e.name_ko,
                family: e.family,
                pattern,
                version,
                aliases: e.aliases,
                major_line: e.major_line,
                x64_only_from: e.x64_only_from.as_deref().map(Version::parse),
                last_minor: e.last_minor,
                releases: e.releases,
                ranks: e.ranks,
            });
        }
        Ok(Catalogue {
            entries,
            labels: file.label,
            cache: Default::default(),
        })
    }

    /// The shipped catalogue.
    pub fn builtin() -> &'static Catalogue {
        static BUILTIN: LazyLock<Catalogue> = LazyLock::new(|| {
            Catalogue::from_toml(CATALOGUE_TOML).expect("shipped os-catalogue.toml is valid")
        });
        &BUILTIN
    }

    /// Reads one raw OS string. Never fails: what is not recognised is product `other`.
    /// Machines with the same OS text share one reading (an estate has a few dozen OS strings
    /// over 100,000 machines).
    pub fn read(&self, raw: &str) -> std::sync::Arc<Os> {
        if let Ok(cache) = self.cache.lock()
            && let Some(os) = cache.get(raw)
        {
            return os.clone();
        }
        let os = std::sync::Arc::new(self.read_uncached(raw));
        if let Ok(mut cache) = self.cache.lock()
            && cache.len() < CACHE_MAX
        {
            cache.insert(raw.to_string(), os.clone());
        }
        os
    }

    fn read_uncached(&self, raw: &str) -> Os {
        let detailed = guest_detailed_data(raw);
        let text = detailed.as_deref().unwrap_or(raw).trim();
        let kernel = detailed.is_some().then(|| detailed::kernel(raw)).flatten();
        let architecture = parse_arch(text);
        // Architecture words carry digits (`64-bit`) that must not be taken for versions.
        let cleaned = ARCH_64.replace_all(text, " ");
        let cleaned = ARCH_32.replace_all(&cleaned, " ");
        let cleaned = ARCH_ARM.replace_all(&cleaned, " ").into_owned();
        for e in &self.entries {
            if !e.pattern.is_match(&cleaned) {
                continue;
            }
            let lower = cleaned.to_ascii_lowercase();
            let alias = e
                .aliases
                .iter()
                .find(|(word, _)| lower.contains(word.as_str()))
                .map(|(_, v)| v.clone());
            let version = e
                .version
                .as_ref()
                .and_then(|re| re.captures(&cleaned))
                .map(|c| compose_version(&c, &e.aliases));
            let version = match (version, alias) {
                (Some(v), _) if v.chars().next().is_some_and(|c| c.is_ascii_digit()) => Some(v),
                (_, Some(a)) => Some(a),
                (v, None) => v,
            };
            // Edition words are Windows's; "Enterprise" in "Red Hat Enterprise Linux" is a name.
            let nano = e.family == Family::Windows && NANO.is_match(&cleaned);
            let edition = EDITION
                .captures(&cleaned)
                .filter(|c| e.family == Family::Windows || &c[1].to_ascii_lowercase() == "or later")
                .map(|c| c[1].to_ascii_lowercase())
                .map(|e| if e == "pro" { "professional".into() } else { e });
            let edition = if nano && edition.as_deref() != Some("or later") {
                Some(NANO_SERVER.to_string())
            } else {
                edition
            };
            let mut arch_derived = false;
            let architecture = architecture.or_else(|| {
                let from = e.x64_only_from.as_ref()?;
                let v = Version::parse(version.as_deref()?);
                (v.cmp_padded(from) != Ordering::Less).then(|| {
                    arch_derived = true;
                    Arch::X64
                })
            });
            let candidate = |v: &str| {
                let version = v.trim().to_string();
                let line_end = e.last_minor.get(&version).cloned();
                Candidate { version, line_end }
            };
            let mut one_of: Vec<Candidate> = ONE_OF
                .find(&cleaned)
                .map(|m| m.as_str().split('/').map(candidate).collect())
                .unwrap_or_default();
            let mut version = version;
            if let Some(l) = self
                .labels
                .iter()
                .find(|l| l.text.eq_ignore_ascii_case(text))
            {
                version = l.version.clone();
                one_of = l.one_of.iter().map(|v| candidate(v)).collect();
            }
            let says_or_later = edition.as_deref() == Some("or later");
            // `4/5 or later` is 4 or any later version: its lowest, open at the top.
            let (version, one_of) = match (one_of.first(), says_or_later) {
                (Some(first), true) => (Some(first.version.clone()), Vec::new()),
                // A label of several versions has no one version.
                (Some(_), false) => (None, one_of),
                (None, _) => (version, one_of),
            };
            let or_later_open = says_or_later && version.is_some() && e.releases.is_empty();
            let or_later: Vec<Release> = match &version {
                Some(v) if says_or_later => {
                    let from = Version::parse(v);
                    e.releases
                        .iter()
                        .filter(|r| {
                            Version::parse(&r.version).cmp_padded(&from) == Ordering::Greater
                        })
                        .cloned()
                        .collect()
                }
                _ => Vec::new(),
            };
            let line_end = version.as_ref().and_then(|v| e.last_minor.get(v)).cloned();
            return Os {
                one_of,
                or_later,
                or_later_open,
                kernel,
                detailed: detailed.is_some(),
                raw: detailed.clone().unwrap_or_else(|| raw.to_string()),
                product: e.product.clone(),
                family: e.family,
                line_end,
                version,
                edition,
                architecture,
                arch_derived,
                major_line: e.major_line,
            };
        }
        Os {
            raw: detailed.clone().unwrap_or_else(|| raw.to_string()),
            product: "other".into(),
            family: Family::Other,
            version: None,
            edition: None,
            line_end: None,
            architecture,
            arch_derived: false,
            major_line: false,
            one_of: Vec::new(),
            or_later: Vec::new(),
            or_later_open: false,
            kernel,
            detailed: detailed.is_some(),
        }
    }

    /// A version of `product` as it compares: a word the catalogue ranks (`xp`) as its number.
    pub fn comparable(&self, product: &str, version: &str) -> Version {
        // Matching calls this for every spec of every machine: numbers need no look-up.
        if version
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
        {
            return Version::parse(version);
        }
        let ranked = self
            .entries
            .iter()
            .find(|e| e.product == product)
            .and_then(|e| e.ranks.get(&version.trim().to_ascii_lowercase()));
        Version::parse(ranked.map_or(version, String::as_str))
    }

    /// Whether `product` names an entry of this catalogue (or `other`).
    pub fn knows_product(&self, product: &str) -> bool {
        product == "other" || self.entries.iter().any(|e| e.product == product)
    }
}

fn compose_version(c: &regex::Captures<'_>, aliases: &BTreeMap<String, String>) -> String {
    let major = c.name("major").map(|m| m.as_str().to_ascii_lowercase());
    let major = major.map(|m| aliases.get(&m).cloned().unwrap_or(m));
    let mut v = major.unwrap_or_default();
    if let Some(minor) = c.name("minor") {
        v.push('.');
        v.push_str(minor.as_str());
    }
    if let Some(sp) = c.name("sp") {
        v.push_str(" SP");
        v.push_str(sp.as_str());
    }
    if c.name("r2").is_some() {
        v.push_str(" R2");
    }
    v
}

mod detailed;
mod version;
use detailed::guest_detailed_data;
pub use version::Version;

#[cfg(test)]
mod tests;
