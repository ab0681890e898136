//! Header matching: every way an inventory names a column, mapped to the field it holds.
//! The names are the formats' (each format's module lists its own, `formats::Spec::aliases`);
//! here they are looked up, with the patterns no list can hold (`Disk N size`, churn per day).
//!
//! Headers are compared case-, space- and punctuation-insensitively, with the size unit
//! (`(In GB)`, `MiB`) taken off first and kept as the column's unit.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::formats;
pub use crate::model::Field;
use crate::units::{SizeUnit, unit_in_header};

/// Every format's header names for machine rows and for per-disk rows, each name once (a
/// test holds the formats to one field per name).
static ALIASES: LazyLock<HashMap<&'static str, Field>> = LazyLock::new(|| {
    formats::ALL
        .iter()
        .flat_map(|s| s.aliases.iter().copied())
        .collect()
});
static DISK_ALIASES: LazyLock<HashMap<&'static str, Field>> = LazyLock::new(|| {
    formats::ALL
        .iter()
        .flat_map(|s| s.disk_aliases.iter().copied())
        .collect()
});

static PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\([^)]*\)|\[[^\]]*\]").expect("static regex"));
static UNIT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s_-])(?:in\s+)?(?:bytes|kib|kb|mib|mb|gib|gb|tib|tb)$")
        .expect("static regex")
});
static DISK_N_WRITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:disk|hdd|harddisk)(\d{1,2})writethroughput$").expect("static regex")
});

/// `Disk N read throughput`, `Disk N read ops`, `Disk N write ops` (Azure Migrate CSV).
static DISK_N_PERF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:disk|hdd|harddisk)(\d{1,2})(readthroughput|readops|writeops)$")
        .expect("static regex")
});

static DISK_N: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:disk|hdd|harddisk)(\d{1,2})(?:size|capacity)?$").expect("static regex")
});

/// Lower case, letters and digits only, after taking off units and parenthesised notes.
pub fn normalise(header: &str) -> String {
    let h = header.trim().trim_start_matches('*');
    let h = PAREN.replace_all(h, " ");
    let h = UNIT_WORD.replace(h.trim(), "");
    h.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// One mapped column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub index: usize,
    pub header: String,
    pub field: Field,
    pub unit: Option<SizeUnit>,
    /// For `Disk N size` columns.
    pub disk_index: Option<u8>,
}

/// Which alias table to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Machines,
    Disks,
}

/// Maps one header to a field, if any alias knows it.
pub fn lookup(header: &str, table: Table) -> Option<(Field, Option<u8>)> {
    let n = normalise(header);
    if n.is_empty() {
        return None;
    }
    let lower = header.to_ascii_lowercase();
    if table == Table::Machines
        && n.contains("churn")
        && (lower.contains("/day") || lower.contains("per day"))
    {
        return Some((Field::ChurnPerDay, None));
    }
    let aliases = match table {
        Table::Machines => &*ALIASES,
        Table::Disks => &*DISK_ALIASES,
    };
    if let Some(f) = aliases.get(n.as_str()) {
        return Some((*f, None));
    }
    if table == Table::Machines {
        if let Some(c) = DISK_N_WRITE.captures(&n) {
            let i: u8 = c[1].parse().ok()?;
            return (1..=64)
                .contains(&i)
                .then_some((Field::DiskNWrite, Some(i)));
        }
        if let Some(c) = DISK_N_PERF.captures(&n) {
            let i: u8 = c[1].parse().ok()?;
            let field = match &c[2] {
                "readthroughput" => Field::DiskNRead,
                "readops" => Field::DiskNReadOps,
                _ => Field::DiskNWriteOps,
            };
            return (1..=64).contains(&i).then_some((field, Some(i)));
        }
        if let Some(c) = DISK_N.captures(&n) {
            let i: u8 = c[1].parse().ok()?;
            return (1..=64).contains(&i).then_some((Field::DiskN, Some(i)));
        }
        // `Churn (GB/day)` normalises to `churn` + `gbday`.
        if n.starts_with("churn") && (n.ends_with("day") || n.contains("perday")) {
            return Some((Field::ChurnPerDay, None));
        }
        if n.starts_with("churn")
            || n.starts_with("averagechurn")
            || n.starts_with("datachangerate")
        {
            return Some((Field::Churn, None));
        }
        if n.starts_with("peakchurn") {
            return Some((Field::PeakChurn, None));
        }
    }
    None
}

/// Maps a header row. Later duplicates of a field are left unmapped (and reported by the
/// caller), so the first column of a name wins, as a reader of the sheet would expect.
pub fn map_headers(
    headers: &[(usize, String)],
    table: Table,
) -> (Vec<Column>, Vec<(usize, String)>) {
    let mut mapped: Vec<Column> = Vec::new();
    let mut unmapped = Vec::new();
    for (index, header) in headers {
        match lookup(header, table) {
            Some((field, disk_index))
                if !mapped
                    .iter()
                    .any(|c| c.field == field && c.disk_index == disk_index) =>
            {
                mapped.push(Column {
                    index: *index,
                    header: header.clone(),
                    field,
                    unit: unit_in_header(header),
                    disk_index,
                })
            }
            _ => unmapped.push((*index, header.clone())),
        }
    }
    (mapped, unmapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_as_people_type_them() {
        let cases: &[(&str, Option<(Field, Option<u8>)>)] = &[
            ("VM name", Some((Field::Name, None))),
            ("*Server Name", Some((Field::Name, None))),
            ("Gen", Some((Field::Generation, None))),
            ("Guest OS", Some((Field::Os, None))),
            ("Operating system", Some((Field::Os, None))),
            ("OS disk", Some((Field::OsDisk, None))),
            ("OS disk (GB)", Some((Field::OsDisk, None))),
            ("Data disk", Some((Field::DataDisk, None))),
            ("Largest data disk", Some((Field::LargestDataDisk, None))),
            ("Number of data disks", Some((Field::DataDiskCount, None))),
            ("Disk 3 size", Some((Field::DiskN, Some(3)))),
            ("Disk 20 size (In GB)", Some((Field::DiskN, Some(20)))),
            ("BitLocker", Some((Field::BitLocker, None))),
            ("Shared VHDX", Some((Field::SharedDisk, None))),
            ("Host OS", Some((Field::HostOs, None))),
            ("Managed by", Some((Field::ManagedBy, None))),
            ("Platform", Some((Field::Platform, None))),
            ("*Memory (In MB)", Some((Field::Memory, None))),
            ("Memory (in MB)", Some((Field::Memory, None))),
            ("Boot type", Some((Field::Firmware, None))),
            ("Firmware type", Some((Field::Firmware, None))),
            (
                "OS according to the VMware tools",
                Some((Field::OsAlt, None)),
            ),
            ("Guest Detailed Data", Some((Field::OsDetailed, None))),
            ("In Use MiB", Some((Field::UsedStorage, None))),
            ("Churn (MB/s)", Some((Field::Churn, None))),
            ("Churn (GB/day)", Some((Field::ChurnPerDay, None))),
            ("Data change rate", Some((Field::Churn, None))),
            ("RPO target", Some((Field::Rpo, None))),
            ("Disk 1 read ops", Some((Field::DiskNReadOps, Some(1)))),
            (
                "Disk 2 read throughput (MB per second)",
                Some((Field::DiskNRead, Some(2))),
            ),
            (
                "Disk 3 write ops (operations per second)",
                Some((Field::DiskNWriteOps, Some(3))),
            ),
            ("CPU utilization percentage", Some((Field::CpuUtil, None))),
            (
                "Memory utilization percentage",
                Some((Field::MemoryUtil, None)),
            ),
            ("Controller", Some((Field::DiskController, None))),
            ("Disk controller", Some((Field::DiskController, None))),
            ("ControllerType", Some((Field::DiskController, None))),
            ("Bus", Some((Field::DiskController, None))),
            ("Shared Bus", None),
            ("Disk 1 size ops", None),
            // Read by the hygiene rules for a password-like word (never kept).
            ("Annotation", Some((Field::Annotation, None))),
            ("Notes", None),
        ];
        for (h, want) in cases {
            assert_eq!(lookup(h, Table::Machines), *want, "{h}");
        }
    }

    #[test]
    fn first_of_duplicate_headers_wins() {
        let headers = vec![
            (0, "Name".to_string()),
            (1, "OS".into()),
            (2, "name".into()),
        ];
        let (mapped, unmapped) = map_headers(&headers, Table::Machines);
        assert_eq!(mapped.len(), 2);
        assert_eq!(unmapped, vec![(2, "name".to_string())]);
    }
}
