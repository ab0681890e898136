//! Sizes as people and tools write them, read into bytes.
//!
//! Storage vendors and Microsoft's matrices write "GB" and mean GiB (4,095 GB = 4 TiB − 1 GiB),
//! so every decimal-looking unit here is binary: 1 GB = 1 GiB = 2³⁰ bytes. That is the reading
//! the support matrices need; a limit of "2,048 GB" and a disk of "2 TB" compare as equal.

use std::sync::LazyLock;

use regex::Regex;

mod quantity;

pub use quantity::{QuantityError, format_duration, parse_bandwidth, parse_duration, parse_rate};

/// A unit of storage size. All are powers of 1024 (see the module note).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum SizeUnit {
    Bytes,
    KiB,
    MiB,
    GiB,
    TiB,
    PiB,
}

impl SizeUnit {
    pub fn factor(self) -> f64 {
        match self {
            SizeUnit::Bytes => 1.0,
            SizeUnit::KiB => 1024.0,
            SizeUnit::MiB => 1024f64.powi(2),
            SizeUnit::GiB => 1024f64.powi(3),
            SizeUnit::TiB => 1024f64.powi(4),
            SizeUnit::PiB => 1024f64.powi(5),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SizeUnit::Bytes => "bytes",
            SizeUnit::KiB => "KB",
            SizeUnit::MiB => "MB",
            SizeUnit::GiB => "GB",
            SizeUnit::TiB => "TB",
            SizeUnit::PiB => "PB",
        }
    }

    /// Reads a unit word: `GB`, `gib`, `G`, `TB`, `bytes` …
    pub fn parse(word: &str) -> Option<SizeUnit> {
        let w = word.trim().to_ascii_lowercase();
        Some(match w.as_str() {
            "b" | "byte" | "bytes" => SizeUnit::Bytes,
            "k" | "kb" | "kib" | "kbyte" | "kbytes" => SizeUnit::KiB,
            "m" | "mb" | "mib" | "mbyte" | "mbytes" => SizeUnit::MiB,
            "g" | "gb" | "gib" | "gbyte" | "gbytes" => SizeUnit::GiB,
            "t" | "tb" | "tib" | "tbyte" | "tbytes" => SizeUnit::TiB,
            "p" | "pb" | "pib" => SizeUnit::PiB,
            _ => return None,
        })
    }
}

static HEADER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s(\[_/-])(?:in\s+)?(bytes|kib|kb|mib|mb|gib|gb|tib|tb)(?:$|[\s)\]_/.-])",
    )
    .expect("static regex")
});

/// The size unit a header declares: `Capacity MiB`, `*Memory (In MB)`, `OS disk (GB)`.
pub fn unit_in_header(header: &str) -> Option<SizeUnit> {
    // Rates (`MB per second`, `MB/s`) are not sizes.
    let lower = header.to_ascii_lowercase();
    if lower.contains("per second") || lower.contains("/s") || lower.contains("per day") {
        return None;
    }
    HEADER_UNIT
        .captures(header)
        .and_then(|c| SizeUnit::parse(&c[1]))
}

/// Why a size could not be read: a cell's [`crate::model::Refusal`], whose words (and this
/// error's `Display`) are the words layer's (`crate::words::quantity::size_error`).
#[derive(Debug, Clone, PartialEq)]
pub enum SizeError {
    NotANumber,
    UnknownUnit(String),
    Negative,
    TooLarge,
    NoUnit,
}

impl std::error::Error for SizeError {}

/// A size that cannot be read, as the model records a refused cell.
impl From<SizeError> for crate::model::Refusal {
    fn from(e: SizeError) -> Self {
        use crate::model::Refusal;
        match e {
            SizeError::NotANumber => Refusal::NotANumber,
            SizeError::UnknownUnit(u) => Refusal::UnknownUnit(u),
            SizeError::Negative => Refusal::NegativeSize,
            SizeError::TooLarge => Refusal::SizeTooLarge,
            SizeError::NoUnit => Refusal::NoUnit,
        }
    }
}

static SIZE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([+-]?[0-9][0-9 ,.\u{a0}']*|[+-]?\.[0-9]+)\s*([A-Za-z]*)\.?$")
        .expect("static regex")
});

/// Digits with at most one decimal point (`4591`, `17.37`): most cells of a large inventory,
/// read without the pattern the general forms need.
pub(crate) fn plain_number(t: &str) -> Option<f64> {
    let b = t.as_bytes();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let dots = b.iter().filter(|c| **c == b'.').count();
    if digits == 0 || digits + dots != b.len() || dots > 1 {
        return None;
    }
    t.parse().ok().filter(|v: &f64| v.is_finite())
}

/// Reads a number written with thousands separators or a decimal comma:
/// `2,048` → 2048, `2 048` → 2048, `1.5` → 1.5, `1,5` → 1.5, `1.234,5` → 1234.5.
pub fn parse_number(text: &str) -> Option<f64> {
    if let Some(v) = plain_number(text.trim()) {
        return Some(v);
    }
    let t: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\'' | '_'))
        .collect();
    if t.is_empty() {
        return None;
    }
    let commas = t.matches(',').count();
    let dots = t.matches('.').count();
    let normalised = match (commas, dots) {
        (0, _) => t.clone(),
        (_, 0) => {
            // `2,048` and `1,000,000` are thousands; `1,5` is a decimal comma.
            let groups_ok = t.split(',').skip(1).all(|g| g.len() == 3);
            if groups_ok {
                t.replace(',', "")
            } else if commas == 1 {
                t.replace(',', ".")
            } else {
                return None;
            }
        }
        _ => {
            // Both: the last one is the decimal mark.
            let last_comma = t.rfind(',')?;
            let last_dot = t.rfind('.')?;
            if last_dot > last_comma {
                t.replace(',', "")
            } else {
                t.replace('.', "").replace(',', ".")
            }
        }
    };
    let v: f64 = normalised.parse().ok()?;
    v.is_finite().then_some(v)
}

/// Reads a size cell into bytes. `default_unit` applies when the text has no unit of its own
/// (from the header, or the format's convention).
pub fn parse_size(text: &str, default_unit: Option<SizeUnit>) -> Result<u64, SizeError> {
    let t = text.trim();
    if let Some(number) = plain_number(t) {
        return size_from_number(number, default_unit.ok_or(SizeError::NoUnit)?);
    }
    let caps = SIZE.captures(t).ok_or(SizeError::NotANumber)?;
    let number = parse_number(&caps[1]).ok_or(SizeError::NotANumber)?;
    let unit = match caps.get(2).map(|m| m.as_str()).filter(|s| !s.is_empty()) {
        Some(word) => SizeUnit::parse(word).ok_or_else(|| SizeError::UnknownUnit(word.into()))?,
        None => default_unit.ok_or(SizeError::NoUnit)?,
    };
    size_from_number(number, unit)
}

/// A number in `unit` to bytes, refusing negatives, NaN and overflow.
pub fn size_from_number(number: f64, unit: SizeUnit) -> Result<u64, SizeError> {
    if number.is_nan() {
        return Err(SizeError::NotANumber);
    }
    if number < 0.0 {
        return Err(SizeError::Negative);
    }
    let bytes = (number * unit.factor()).round();
    // 2^63 bytes is 8 EiB; nothing real is larger.
    if !bytes.is_finite() || bytes >= 9.2e18 {
        return Err(SizeError::TooLarge);
    }
    Ok(bytes as u64)
}

/// Formats bytes the way the matrices write limits: `2,048 GB`, `300 GB`, `1.5 GB`, `512 MB`.
pub fn format_size(bytes: u64) -> String {
    const GIB: f64 = 1024.0 * 1024.0 * 1024.0;
    let gib = bytes as f64 / GIB;
    if bytes > 0 && gib < 1.0 {
        let mib = bytes as f64 / (1024.0 * 1024.0);
        return format!("{} MB", group_thousands(mib));
    }
    format!("{} GB", group_thousands(gib))
}

/// `2048.0` → `2,048`; `1.5` → `1.5`; at most two decimals.
pub fn group_thousands(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    let int = rounded.trunc() as u64;
    let frac = rounded - rounded.trunc();
    let digits = int.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if frac > 0.0 {
        let f = format!("{frac:.2}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GIB: u64 = 1 << 30;

    #[test]
    fn sizes_as_people_write_them() {
        let gb = Some(SizeUnit::GiB);
        let cases: &[(&str, Option<SizeUnit>, Result<u64, SizeError>)] = &[
            ("3 TB", None, Ok(3 * 1024 * GIB)),
            ("500 GB", None, Ok(500 * GIB)),
            ("500GB", None, Ok(500 * GIB)),
            ("0.5", gb, Ok(GIB / 2)),
            ("1.5 TiB", None, Ok(1536 * GIB)),
            ("2,048", gb, Ok(2048 * GIB)),
            ("2 048", gb, Ok(2048 * GIB)),
            ("2048", gb, Ok(2048 * GIB)),
            ("1,5 GB", None, Ok(GIB + GIB / 2)),
            ("1.234,5 MB", None, Ok((1234.5 * 1048576.0) as u64)),
            ("1,000,000 MB", None, Ok(1_000_000 * 1048576)),
            ("127", gb, Ok(127 * GIB)),
            ("4096 MiB", None, Ok(4 * GIB)),
            ("40 G", None, Ok(40 * GIB)),
            ("2048", None, Err(SizeError::NoUnit)),
            ("-5 GB", None, Err(SizeError::Negative)),
            ("1e308", gb, Err(SizeError::NotANumber)),
            (
                "15 parsecs",
                None,
                Err(SizeError::UnknownUnit("parsecs".into())),
            ),
            ("big", gb, Err(SizeError::NotANumber)),
            ("", gb, Err(SizeError::NotANumber)),
            ("NaN", gb, Err(SizeError::NotANumber)),
        ];
        for (text, unit, want) in cases {
            assert_eq!(&parse_size(text, *unit), want, "{text:?}");
        }
    }

    #[test]
    fn header_units() {
        let cases = [
            ("Capacity MiB", Some(SizeUnit::MiB)),
            ("*Memory (In MB)", Some(SizeUnit::MiB)),
            ("Disk 1 size (In GB)", Some(SizeUnit::GiB)),
            ("OS disk (GB)", Some(SizeUnit::GiB)),
            ("Max Disk Size (GB)", Some(SizeUnit::GiB)),
            ("In Use MB", Some(SizeUnit::MiB)),
            ("Memory", None),
            ("Disk 1 read throughput (MB per second)", None),
            ("Churn (MB/s)", None),
            ("Size_GB", Some(SizeUnit::GiB)),
            ("Memory (in MB)", Some(SizeUnit::MiB)),
        ];
        for (h, want) in cases {
            assert_eq!(unit_in_header(h), want, "{h}");
        }
    }

    #[test]
    fn formatting() {
        assert_eq!(format_size(2048 * GIB), "2,048 GB");
        assert_eq!(format_size(300 * GIB), "300 GB");
        assert_eq!(format_size(GIB + GIB / 2), "1.5 GB");
        assert_eq!(format_size(512 * 1024 * 1024), "512 MB");
        assert_eq!(format_size(0), "0 GB");
    }
}
