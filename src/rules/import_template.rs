//! Azure Migrate's import as data: the CSV template's columns, its limits and the OS names its
//! assessment recognises, per edition of the page (`rules/azure-migrate-import/csv-template.toml`,
//! each edition with the page it was read on), and the RVTools XLSX import's sheets and
//! columns. The export writes and checks rows by it; nothing here words anything.

use serde::Deserialize;

use crate::model::Date;

/// The shipped file.
pub const TEMPLATE_TOML: &str = include_str!("../../rules/azure-migrate-import/csv-template.toml");

/// What rehost writes into a template column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ColumnField {
    Name,
    Ip,
    Cores,
    MemoryMb,
    OsName,
    OsVersion,
    OsArchitecture,
    ServerType,
    Hypervisor,
    CpuUtil,
    MemoryUtil,
    Nics,
    BootType,
    Disks,
    StorageInUseGb,
    /// A column rehost has nothing for (network throughput): left blank.
    None,
}

/// What rehost writes into a disk group's column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiskField {
    SizeGb,
    ReadMbS,
    WriteMbS,
    ReadOps,
    WriteOps,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub header: String,
    pub field: ColumnField,
    /// The editions whose page lists the field; every edition when not given.
    #[serde(default)]
    pub editions: Option<Vec<Date>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskColumn {
    /// With `{n}` for the disk's number.
    pub header: String,
    pub field: DiskField,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sheet {
    pub sheet: String,
    pub columns: Vec<String>,
}

/// The RVTools XLSX import's prerequisites.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RvtoolsImport {
    pub max_servers: usize,
    pub source: String,
    pub sheets: Vec<Sheet>,
}

/// One edition of the page: from `date` until the next.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    pub date: Date,
    #[serde(default)]
    pub changed_after: Option<Date>,
    pub source: String,
    pub max_disks: usize,
    pub notes: String,
    pub os_names: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateRaw {
    max_servers_per_file: usize,
    max_servers_per_project: usize,
    columns: Vec<Column>,
    disk_columns: Vec<DiskColumn>,
    architectures: Vec<String>,
    boot_types: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRaw {
    template: TemplateRaw,
    rvtools: RvtoolsImport,
    edition: Vec<Edition>,
}

/// The import's rules, every edition.
#[derive(Debug, Clone)]
pub struct Template {
    pub max_servers_per_file: usize,
    pub max_servers_per_project: usize,
    pub columns: Vec<Column>,
    pub disk_columns: Vec<DiskColumn>,
    pub architectures: Vec<String>,
    pub boot_types: Vec<String>,
    pub rvtools: RvtoolsImport,
    /// Oldest first.
    pub editions: Vec<Edition>,
}

impl Template {
    /// The shipped rules (a test holds the file valid).
    pub fn shipped() -> Template {
        Template::parse(TEMPLATE_TOML).expect("shipped import template is valid")
    }

    pub fn parse(text: &str) -> Result<Template, toml::de::Error> {
        let raw: FileRaw = toml::from_str(text)?;
        let mut editions = raw.edition;
        editions.sort_by_key(|e| e.date);
        Ok(Template {
            max_servers_per_file: raw.template.max_servers_per_file,
            max_servers_per_project: raw.template.max_servers_per_project,
            columns: raw.template.columns,
            disk_columns: raw.template.disk_columns,
            architectures: raw.template.architectures,
            boot_types: raw.template.boot_types,
            rvtools: raw.rvtools,
            editions,
        })
    }

    /// The edition in force on `day`: the newest dated on or before it (none before the
    /// first).
    pub fn edition(&self, day: Date) -> Option<&Edition> {
        self.editions.iter().rev().find(|e| e.date <= day)
    }

    /// The columns the edition's page lists, in the template's order.
    pub fn columns_for(&self, e: &Edition) -> Vec<&Column> {
        self.columns
            .iter()
            .filter(|c| c.editions.as_ref().is_none_or(|d| d.contains(&e.date)))
            .collect()
    }
}

impl Edition {
    /// The list's name an OS text contains ("must contain and match"), compared without
    /// case and only as whole words (`Windows 8` is in `Windows 8.1`, not in `Windows 80`);
    /// the longest such name.
    pub fn os_name_in(&self, os: &str) -> Option<&str> {
        let hay = os.to_lowercase();
        self.os_names
            .iter()
            .filter(|n| contains_word(&hay, &n.trim().to_lowercase()))
            .max_by_key(|n| n.len())
            .map(String::as_str)
    }
}

fn contains_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(needle).any(|(i, _)| {
        !word(hay[..i].chars().next_back()) && !word(hay[i + needle.len()..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_shipped_file_reads_and_each_edition_has_its_limits() {
        let t = Template::shipped();
        assert_eq!(t.max_servers_per_file, 20_000);
        assert_eq!(t.rvtools.max_servers, 19_999);
        // (day, edition in force, disks): just inside and just outside each edition.
        for (d, ed, disks) in [
            ("2019-10-22", None, None),
            ("2019-10-23", Some("2019-10-23"), Some(8)),
            ("2020-09-14", Some("2020-09-14"), Some(8)),
            ("2023-09-20", Some("2020-09-14"), Some(8)),
            ("2023-09-21", Some("2023-09-21"), Some(20)),
            ("2025-10-06", Some("2023-09-21"), Some(20)),
            ("2025-10-07", Some("2025-10-07"), Some(20)),
        ] {
            let e = t.edition(day(d));
            assert_eq!(e.map(|e| e.date), ed.map(day), "{d}");
            assert_eq!(e.map(|e| e.max_disks), disks, "{d}");
        }
    }

    #[test]
    fn os_names_are_found_as_whole_words_in_the_list_in_force() {
        let t = Template::shipped();
        let e2023 = t.edition(day("2024-01-01")).unwrap();
        let e2025 = t.edition(day("2026-01-01")).unwrap();
        for (os, in_2023, in_2025) in [
            (
                "Microsoft Windows Server 2019 (64-bit)",
                Some("Windows Server 2019"),
                Some("Windows Server 2019"),
            ),
            (
                "Microsoft Windows Server 2022 (64-bit)",
                None,
                Some("Windows Server 2022"),
            ),
            ("Red Hat Enterprise Linux 8 (64-bit)", None, None),
            (
                "Red Hat Enterprise Linux 7 (64-bit)",
                Some("Red Hat Enterprise Linux 7"),
                Some("Red Hat Enterprise Linux 7"),
            ),
            (
                "windows server 2012 r2",
                Some("Windows Server 2012 R2"),
                Some("Windows Server 2012 R2"),
            ),
            ("Windows 8.1", Some("Windows 8"), Some("Windows 8")),
            ("Windows 80", None, None),
            ("Other Linux", None, None),
        ] {
            assert_eq!(e2023.os_name_in(os), in_2023, "{os}");
            assert_eq!(e2025.os_name_in(os), in_2025, "{os}");
        }
        // The 2019 list's Mac name became `macOS X 10` in 2023.
        let e2019 = t.edition(day("2020-01-01")).unwrap();
        assert!(e2019.os_name_in("Apple Mac OS X 10.15").is_some());
        assert!(e2023.os_name_in("Apple Mac OS X 10.15").is_none());
    }

    #[test]
    fn columns_follow_the_edition() {
        let t = Template::shipped();
        let headers = |d| -> Vec<String> {
            t.columns_for(t.edition(day(d)).unwrap())
                .iter()
                .map(|c| c.header.clone())
                .collect()
        };
        let h2023 = headers("2024-01-01");
        assert_eq!(
            &h2023[..5],
            [
                "*Server name",
                "IP addresses",
                "*Cores",
                "*Memory (In MB)",
                "*OS name"
            ]
        );
        assert!(h2023.contains(&"Boot type".to_string()));
        assert!(h2023.contains(&"Storage in use (In GB)".to_string()));
        let h2020 = headers("2021-01-01");
        assert!(!h2020.contains(&"Server type".to_string()));
        assert!(!h2020.contains(&"Storage in use (In GB)".to_string()));
        assert!(h2020.contains(&"OS architecture".to_string()));
    }
}
