//! Durations (RPO, RTO), data change rates and link bandwidths as people write them.

use std::sync::LazyLock;

use regex::Regex;

use super::parse_number;

/// Why a duration or rate could not be read: a [`crate::model::Problem`], whose words (and
/// this error's `Display`) are the words layer's (`crate::words::quantity::quantity_error`).
#[derive(Debug, Clone, PartialEq)]
pub enum QuantityError {
    NotANumber,
    UnknownUnit(String),
    Negative,
    TooLarge,
}

impl std::error::Error for QuantityError {}

/// What is wrong with a quantity, as the model words it for a reader.
impl From<QuantityError> for crate::model::Problem {
    fn from(e: QuantityError) -> Self {
        use crate::model::Problem;
        match e {
            QuantityError::NotANumber => Problem::NotANumber,
            QuantityError::UnknownUnit(u) => Problem::UnknownUnit(u),
            QuantityError::Negative => Problem::Negative,
            QuantityError::TooLarge => Problem::TooLarge,
        }
    }
}

static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([+-]?[0-9][0-9 ,.\u{a0}']*|[+-]?\.[0-9]+)\s*([A-Za-z/ ]*?)\.?$")
        .expect("static regex")
});

fn split_quantity(text: &str) -> Result<(f64, String), QuantityError> {
    let t = text.trim();
    if let Some(n) = super::plain_number(t) {
        return Ok((n, String::new()));
    }
    let c = QUANTITY.captures(t).ok_or(QuantityError::NotANumber)?;
    let n = parse_number(&c[1]).ok_or(QuantityError::NotANumber)?;
    if n < 0.0 {
        return Err(QuantityError::Negative);
    }
    Ok((n, c[2].trim().to_ascii_lowercase()))
}

/// A duration as people write RPO and RTO targets: `30s`, `5 min`, `15m`, `1h`, `4 hours`,
/// `1 day`, `00:15:00`. A bare number takes `default_unit` (seconds) when given.
pub fn parse_duration(text: &str, default_seconds: Option<f64>) -> Result<u64, QuantityError> {
    let t = text.trim();
    if t.contains(':') {
        let parts: Vec<&str> = t.split(':').collect();
        if parts.len() > 3
            || parts
                .iter()
                .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
        {
            return Err(QuantityError::NotANumber);
        }
        let mut secs = 0u64;
        for p in &parts {
            secs = secs
                .checked_mul(60)
                .and_then(|m| m.checked_add(p.parse::<u64>().ok()?))
                .ok_or(QuantityError::TooLarge)?;
        }
        // `hh:mm` reads as hours and minutes.
        let secs = if parts.len() == 2 {
            secs.checked_mul(60).ok_or(QuantityError::TooLarge)?
        } else {
            secs
        };
        if secs > 1_000_000_000_000 {
            return Err(QuantityError::TooLarge);
        }
        return Ok(secs);
    }
    // `1 h 59 min`, `4m59s`: a sum of parts, each with its unit.
    if let Some(total) = compound_duration(t) {
        return total;
    }
    let (n, unit) = split_quantity(t)?;
    let factor = match unit.as_str() {
        "" => default_seconds.ok_or_else(|| QuantityError::UnknownUnit(String::new()))?,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
        "m" | "min" | "mins" | "minute" | "minutes" => 60.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
        "d" | "day" | "days" => 86400.0,
        "w" | "week" | "weeks" => 604800.0,
        other => return Err(QuantityError::UnknownUnit(other.to_string())),
    };
    let secs = (n * factor).round();
    if !secs.is_finite() || secs > 1e12 {
        return Err(QuantityError::TooLarge);
    }
    Ok(secs as u64)
}

static DURATION_PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)([0-9]+(?:[.,][0-9]+)?)\s*([a-z]+)").expect("static regex"));

/// A duration written in two or more parts; `None` when the text is not of that shape.
fn compound_duration(t: &str) -> Option<Result<u64, QuantityError>> {
    let parts: Vec<_> = DURATION_PART.captures_iter(t).collect();
    let covered: usize = parts.iter().map(|c| c[0].len()).sum();
    let letters_and_digits = t.chars().filter(|c| !c.is_whitespace()).count();
    let part_chars: usize = parts
        .iter()
        .map(|c| c[0].chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    if parts.len() < 2 || covered == 0 || part_chars != letters_and_digits {
        return None;
    }
    let mut total = 0u64;
    for c in parts {
        match parse_duration(&format!("{} {}", &c[1], &c[2]), None) {
            Ok(s) => total = total.saturating_add(s),
            Err(e) => return Some(Err(e)),
        }
    }
    // The same ceiling as a duration in one part.
    if total > 1_000_000_000_000 {
        return Some(Err(QuantityError::TooLarge));
    }
    Some(Ok(total))
}

/// Seconds as a person reads them, exactly: `30 s`, `5 min`, `4 min 59 s`, `1 h 59 min`,
/// `2 h`, `1 day`, `1 day 1 h`.
pub fn format_duration(secs: u64) -> String {
    if secs == 0 {
        return "0 s".into();
    }
    let parts = [
        (
            secs / 86_400,
            if secs / 86_400 == 1 { "day" } else { "days" },
        ),
        ((secs % 86_400) / 3600, "h"),
        ((secs % 3600) / 60, "min"),
        (secs % 60, "s"),
    ];
    parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, u)| format!("{n} {u}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A data change rate in MB/s: `12`, `12 MB/s`, `12 MBps`, `800 KB/s`, `100 GB/day`, `1 TB/day`.
/// `default_per_day`: a bare number is GB per day (a `Churn (GB/day)` column) rather than MB/s.
/// Per-day figures use 1 GB = 1,024 MB, as the Site Recovery tables do (2 MB/s = 168 GB/day).
pub fn parse_rate(text: &str, default_per_day: bool) -> Result<f64, QuantityError> {
    let (n, unit) = split_quantity(text)?;
    let unit: String = unit.chars().filter(|c| !c.is_whitespace()).collect();
    let mb_s = match unit.as_str() {
        "" if default_per_day => n * 1024.0 / 86400.0,
        "" | "mb/s" | "mbps" | "mbpersecond" | "mib/s" => n,
        "kb/s" | "kbps" | "kib/s" => n / 1024.0,
        "gb/s" | "gbps" | "gib/s" => n * 1024.0,
        "mb/day" | "mbperday" => n / 86400.0,
        "gb/day" | "gbperday" | "gib/day" => n * 1024.0 / 86400.0,
        "tb/day" | "tbperday" | "tib/day" => n * 1024.0 * 1024.0 / 86400.0,
        "gb/h" | "gb/hour" => n * 1024.0 / 3600.0,
        other => return Err(QuantityError::UnknownUnit(other.to_string())),
    };
    if !mb_s.is_finite() || mb_s > 1e9 {
        return Err(QuantityError::TooLarge);
    }
    Ok(mb_s)
}

/// Link bandwidth in Mbit/s: `500Mbps`, `1 Gbps`, `100 Mbit/s`, `10 Gb/s`.
pub fn parse_bandwidth(text: &str) -> Result<f64, QuantityError> {
    let (n, unit) = split_quantity(text)?;
    let unit: String = unit.chars().filter(|c| !c.is_whitespace()).collect();
    let mbps = match unit.as_str() {
        "mbps" | "mbit/s" | "mb/s" | "mbits" | "m" | "" => n,
        "kbps" | "kbit/s" | "kb/s" => n / 1000.0,
        "gbps" | "gbit/s" | "gb/s" | "g" => n * 1000.0,
        other => return Err(QuantityError::UnknownUnit(other.to_string())),
    };
    if !mbps.is_finite() || mbps > 1e9 {
        return Err(QuantityError::TooLarge);
    }
    Ok(mbps)
}

#[cfg(test)]
mod quantity_tests {
    use super::*;

    #[test]
    fn durations() {
        let cases: &[(&str, Result<u64, QuantityError>)] = &[
            ("30s", Ok(30)),
            ("30 s", Ok(30)),
            ("5 min", Ok(300)),
            ("15m", Ok(900)),
            ("1h", Ok(3600)),
            ("4 hours", Ok(14400)),
            ("1 day", Ok(86400)),
            ("00:15:00", Ok(900)),
            ("1:30", Ok(5400)),
            ("0.5 h", Ok(1800)),
            ("4 min 59 s", Ok(299)),
            ("1 h 59 min", Ok(7140)),
            ("1h30m", Ok(5400)),
            (
                "1 h 30 parsecs",
                Err(QuantityError::UnknownUnit("parsecs".into())),
            ),
            ("fast", Err(QuantityError::NotANumber)),
            ("-5m", Err(QuantityError::Negative)),
            (
                "15 parsecs",
                Err(QuantityError::UnknownUnit("parsecs".into())),
            ),
            ("15", Err(QuantityError::UnknownUnit(String::new()))),
        ];
        for (t, want) in cases {
            assert_eq!(&parse_duration(t, None), want, "{t}");
        }
        assert_eq!(parse_duration("15", Some(60.0)), Ok(900));
    }

    #[test]
    fn rates_and_bandwidth() {
        assert_eq!(parse_rate("12 MB/s", false), Ok(12.0));
        assert_eq!(parse_rate("12", false), Ok(12.0));
        assert_eq!(
            parse_rate("168 GB/day", false).map(|r| (r * 1000.0).round()),
            Ok(1991.0)
        );
        assert_eq!(
            parse_rate("84.375", true).map(|r| (r * 100.0).round() / 100.0),
            Ok(1.0)
        );
        assert_eq!(parse_rate("512 KB/s", false), Ok(0.5));
        assert!(parse_rate("lots", false).is_err());
        assert!(parse_rate("3 furlongs", false).is_err());
        assert_eq!(parse_bandwidth("500Mbps"), Ok(500.0));
        assert_eq!(parse_bandwidth("1 Gbps"), Ok(1000.0));
        assert_eq!(parse_bandwidth("100 Mbit/s"), Ok(100.0));
        assert!(parse_bandwidth("fast").is_err());
    }

    #[test]
    fn duration_words() {
        assert_eq!(format_duration(30), "30 s");
        assert_eq!(format_duration(300), "5 min");
        assert_eq!(format_duration(299), "4 min 59 s");
        assert_eq!(format_duration(7140), "1 h 59 min");
        assert_eq!(format_duration(7200), "2 h");
        assert_eq!(format_duration(86400), "1 day");
        assert_eq!(format_duration(90061), "1 day 1 h 1 min 1 s");
        assert_eq!(format_duration(3601), "1 h 1 s");
    }
}
