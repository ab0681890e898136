//! A calendar day as the matrices, editions, `--as-of` and the lifecycle tables write it.

use std::fmt;

use serde::{Deserialize, Deserializer, de};

/// A calendar date `YYYY-MM-DD`, compared as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Text that is not a calendar day `YYYY-MM-DD`, as written. Its words (and its `Display`)
/// are the words layer's (`crate::words::model::bad_date`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadDate(pub String);

impl std::error::Error for BadDate {}

impl Date {
    pub fn parse(s: &str) -> Result<Date, BadDate> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let bad = || BadDate(s.to_string());
        if parts.len() != 3 || parts[0].len() != 4 {
            return Err(bad());
        }
        let year: u16 = parts[0].parse().map_err(|_| bad())?;
        let month: u8 = parts[1].parse().map_err(|_| bad())?;
        let day: u8 = parts[2].parse().map_err(|_| bad())?;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year.is_multiple_of(4)
                && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => return Err(bad()),
        };
        if day == 0 || day > days_in_month {
            return Err(bad());
        }
        Ok(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Written as `YYYY-MM-DD`.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(de::Error::custom)
    }
}

impl Date {
    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic between days.
    pub fn days_since_epoch(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// Today (UTC) by the run's clock ([`run_seconds`]).
    pub fn today() -> Date {
        Date::from_days_since_epoch(run_seconds().div_euclid(86_400))
    }
}

/// The run's one clock, in seconds since 1970: `SOURCE_DATE_EPOCH` when it is set (so a
/// reproducible build of a report also fixes the day support is judged at and the time the
/// workbook names), else the time the run first asked. Read once, so every part of a run that
/// starts before midnight and ends after it speaks of the same day.
pub fn run_seconds() -> i64 {
    static AT: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *AT.get_or_init(|| {
        std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn days_round_trip() {
        for (text, days) in [
            ("1970-01-01", 0),
            ("2000-02-29", 11_016),
            ("2023-08-31", 19_600),
            ("2026-12-02", 20_789),
        ] {
            let d = Date::parse(text).unwrap();
            assert_eq!(d.days_since_epoch(), days, "{text}");
            assert_eq!(Date::from_days_since_epoch(days), d, "{text}");
        }
    }
}
