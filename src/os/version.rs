//! Versions as the catalogue and the matrices write them, compared part by part.

use std::cmp::Ordering;

/// A version as the catalogue writes it: `2012 R2`, `7.9`, `18.04`, `12 SP4`, `xp`.
/// Numbers compare numerically part by part; words compare as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Num(u64),
    Word(String),
}

impl Version {
    pub fn parse(text: &str) -> Version {
        let mut parts = Vec::new();
        for tok in text
            .split(|c: char| c == '.' || c.is_whitespace())
            .filter(|t| !t.is_empty())
        {
            let lower = tok.to_ascii_lowercase();
            // `SP4` and `R2` are the second part of a version: 12 SP4 → 12.4, 2012 R2 → 2012.2.
            let digits = lower
                .strip_prefix("sp")
                .or_else(|| lower.strip_prefix('r'))
                .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
            if let Some(d) = digits {
                parts.push(Part::Num(d.parse().unwrap_or(0)));
            } else if let Ok(n) = lower.parse::<u64>() {
                parts.push(Part::Num(n));
            } else {
                parts.push(Part::Word(lower));
            }
        }
        Version { parts }
    }

    pub fn len(&self) -> usize {
        self.parts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// Compares with missing parts taken as zero (`2012` < `2012 R2`, `8` == `8.0`).
    pub fn cmp_padded(&self, other: &Version) -> Ordering {
        let n = self.parts.len().max(other.parts.len());
        for i in 0..n {
            let a = self.parts.get(i).cloned().unwrap_or(Part::Num(0));
            let b = other.parts.get(i).cloned().unwrap_or(Part::Num(0));
            match a.cmp(&b) {
                Ordering::Equal => continue,
                o => return o,
            }
        }
        Ordering::Equal
    }

    /// Compares only the first `k` parts of `other`, for a version that names a whole line
    /// (`8` against `8.4` is equal).
    pub fn cmp_prefix(&self, other: &Version) -> Ordering {
        let k = self.parts.len();
        let truncated = Version {
            parts: other.parts.iter().take(k).cloned().collect(),
        };
        self.cmp_padded(&truncated)
    }
}
