//! A machine's OS from every source a row gives it, in order of specificity: VMware Tools'
//! detailed data (it names the minor release where the configuration says "Other 2.6.x
//! Linux"), VMware Tools' short name, the configured OS (with a separate version column).
//! The most specific readable one is used; each is kept with its column, and a configuration
//! that names another system than the guest runs is a data-quality record.

use std::sync::Arc;

use super::formats::Format;
use super::headers::Field;
use super::imported::{DataQuality, Inventory, Issue};
use super::reader::RowReader;
use super::sheet::Row;
use crate::model::{OsReading, OsSource, Value};
use crate::os::{Catalogue, Os};

/// The row's OS cells, as read.
pub(super) struct Sources {
    /// The OS column (RVTools: the configuration file's).
    pub configured: Value<String>,
    /// A separate OS version column (Azure Migrate's `OS version`).
    pub version: Option<String>,
    /// `OS according to the VMware Tools`.
    pub tools: Value<String>,
    /// `Guest Detailed Data`.
    pub detailed: Value<String>,
    /// Where the configured and Tools readings sit, for the record of a disagreement.
    pub configured_col: Option<usize>,
    pub tools_col: Option<usize>,
}

/// The OS to use and, when the row gives more than one, every reading.
pub(super) fn read(
    inv: &mut Inventory,
    rr: &RowReader<'_>,
    row: &Row,
    name: &str,
    src: Sources,
) -> (Value<Arc<Os>>, Vec<OsReading>) {
    let catalogue = Catalogue::builtin();
    let rvtools = matches!(rr.format, Format::RVTOOLS_INFO);
    let configured = if rvtools {
        OsSource::ConfigFile
    } else {
        OsSource::OsColumn
    };
    let mut readings = Vec::with_capacity(3);
    for (v, field, source) in [
        (&src.detailed, Field::OsDetailed, OsSource::ToolsDetailed),
        (&src.tools, Field::OsAlt, OsSource::Tools),
        (&src.configured, Field::Os, configured),
    ] {
        if let Value::Known(t) = v {
            let text = if field == Field::Os {
                with_version(t, src.version.as_deref())
            } else {
                t.clone()
            };
            readings.push(OsReading {
                field,
                source,
                os: catalogue.read(&text),
            });
        }
    }
    let os = match readings
        .iter()
        .enumerate()
        .max_by_key(|(i, r)| (specificity(&r.os), usize::MAX - i))
    {
        Some((_, r)) => Value::Known(r.os.clone()),
        None => match (&src.configured, &src.tools, &src.detailed) {
            (Value::Absent, Value::Absent, other) | (Value::Absent, other, _) => other.clone(),
            (other, _, _) => other.clone(),
        }
        .map(|t| catalogue.read(&t)),
    };
    // A configuration that says one thing and a guest that runs another: worth a word.
    if let (Some(conf), Value::Known(used)) = (readings.iter().find(|r| r.field == Field::Os), &os)
        && disagree(&conf.os, used)
    {
        let used_from = readings
            .iter()
            .find(|r| std::sync::Arc::ptr_eq(&r.os, used))
            .map(|r| r.source);
        let cell = src
            .configured_col
            .or(src.tools_col)
            .map(|c| rr.source(row).cell(c));
        inv.data_quality.push(DataQuality {
            issue: Issue::Assumption,
            file: rr.file.clone(),
            sheet: rr.sheet.clone(),
            cell,
            row: Some(row.number),
            machine: Some(name.to_string()),
            field: Some(Field::Os),
            raw: Some(conf.os.raw.clone()),
            message: super::note::Note::GuestOs {
                configured: conf.os.raw.clone(),
                running: used.raw.clone(),
                from: used_from,
            },
        });
    }
    // One source needs no list: the OS is its reading.
    let readings = if readings.len() > 1 {
        readings
    } else {
        Vec::new()
    };
    (os, readings)
}

/// How much an OS reading says: a recognised product over a generic one, then a definite
/// version over one of several, and more version parts over fewer.
fn specificity(os: &Os) -> (u8, usize) {
    let product = match os.product.as_str() {
        "other" => 0,
        "other-linux" => 1,
        _ => 2,
    };
    let version = match os.parsed_version() {
        Some(v) => 2 * v.len(),
        None if !os.one_of.is_empty() => 1,
        None => 0,
    };
    (product, version)
}

/// Whether two readings of one machine's OS name different systems: another product, or the
/// same product with different major versions.
fn disagree(a: &Os, b: &Os) -> bool {
    if a.product != b.product {
        return true;
    }
    // `2016 or later` running 2019, `CentOS 6/7` running 7: the label allows it.
    if let (Some(each), Some(v)) = (a.candidates(None), &b.version)
        && each
            .iter()
            .any(|c| c.version.as_deref() == Some(v.as_str()))
    {
        return false;
    }
    let major = |o: &Os| {
        o.version
            .as_deref()
            .and_then(|v| v.split(['.', ' ']).next())
            .map(str::to_ascii_lowercase)
    };
    matches!((major(a), major(b)), (Some(x), Some(y)) if x != y)
}

/// An OS name with its separate version column: `Red Hat Enterprise Linux 7` + `7.9` →
/// `Red Hat Enterprise Linux 7.9`; `Windows Server 2016` + `` → unchanged.
fn with_version(name: &str, version: Option<&str>) -> String {
    let Some(v) = version.map(str::trim).filter(|v| !v.is_empty()) else {
        return name.to_string();
    };
    if name.contains(v) {
        return name.to_string();
    }
    let trimmed = name.trim_end();
    let tail_start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = &trimmed[tail_start..];
    if !tail.is_empty() && v.starts_with(tail) {
        format!("{}{v}", &trimmed[..tail_start])
    } else {
        format!("{trimmed} {v}")
    }
}

#[cfg(test)]
mod tests {
    use super::with_version;

    #[test]
    fn os_name_and_version_columns_combine() {
        assert_eq!(
            with_version("Red Hat Enterprise Linux 7", Some("7.9")),
            "Red Hat Enterprise Linux 7.9"
        );
        assert_eq!(with_version("Ubuntu", Some("18.04")), "Ubuntu 18.04");
        assert_eq!(
            with_version("Windows Server 2016", Some("")),
            "Windows Server 2016"
        );
        assert_eq!(with_version("CentOS 7.9", Some("7.9")), "CentOS 7.9");
        assert_eq!(
            with_version("SUSE Linux Enterprise 12", Some("12 SP4")),
            "SUSE Linux Enterprise 12 SP4"
        );
    }
}
