//! A machine's DR result and the estate's DR figures in the reader's language: the notes
//! `explain` shows, the one reason a verdict is what it is, and what the estate's bandwidth
//! and initial replication mean.

use super::Lang;
use super::finding::Of;
use crate::dr::{DrNote, DrReason, DrResult, EstateNote, GrowthError, PolicyError};
use crate::model::Machine;
use crate::rules::Assessment;
use crate::say;
use crate::units::{format_size, group_thousands};

/// A DR policy file that cannot be used (the TOML parser's own message stays as it is).
pub fn policy_error(lang: Lang, e: &PolicyError) -> String {
    match e {
        PolicyError::Io { file, err } => format!("{file}: {}", lang.io_error(err)),
        PolicyError::Over { file, why } => format!("{file}: {}", super::limits::over(lang, why)),
        PolicyError::Syntax {
            file,
            line,
            message,
        } => format!("{file}:{line}: {message}"),
    }
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&policy_error(Lang::En, self))
    }
}

/// `--growth` that is not a percentage from 0% to 1000%, quoted as typed.
pub fn growth_error(lang: Lang, e: &GrowthError) -> String {
    match e {
        GrowthError::NotANumber(t) => say!(lang, "dr-growth-not-a-number", text = format!("{t:?}")),
        GrowthError::OutOfRange(t) => say!(lang, "dr-growth-range", text = format!("{t:?}")),
    }
}

impl std::fmt::Display for GrowthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&growth_error(Lang::En, self))
    }
}

/// One line of machine `m`'s DR arithmetic against the matrix of `of`, whose assessment is
/// `a`.
pub fn note(lang: Lang, n: &DrNote, of: Of<'_>, a: &Assessment, m: &Machine) -> String {
    match *n {
        DrNote::Finding { rule } => {
            let message = a
                .findings
                .iter()
                .find(|f| f.rule == rule)
                .map(|f| super::finding::message(of, f, m, lang))
                .unwrap_or_default();
            crate::say!(
                lang,
                "dr-finding",
                rule = &of.matrix.rules[rule].id,
                message = message
            )
        }
        DrNote::Rpo {
            target,
            frequency: Some(f),
            ..
        } => crate::say!(
            lang,
            "dr-rpo-frequency",
            target = crate::words::model::duration(target, lang),
            frequency = crate::words::model::duration(f, lang)
        ),
        DrNote::Rpo {
            target,
            frequency: None,
            achievable,
        } => crate::say!(
            lang,
            "dr-rpo-within",
            target = crate::words::model::duration(target, lang),
            within = crate::words::model::duration(achievable, lang)
        ),
        DrNote::LinkShort { short_mbps } => {
            crate::say!(lang, "dr-link-short", short = group_thousands(short_mbps))
        }
    }
}

/// The one line that explains a machine's DR verdict (empty when it meets its targets).
pub fn reason(lang: Lang, d: &DrResult, of: Of<'_>, a: &Assessment, m: &Machine) -> String {
    match &d.reason {
        None => String::new(),
        Some(DrReason::Note(n)) => note(lang, n, of, a, m),
        Some(DrReason::TargetUnreadable) => crate::say!(lang, "dr-target-unreadable"),
        Some(DrReason::NoTargets) => crate::say!(lang, "dr-no-targets"),
    }
}

/// What one of the estate's figures means.
pub fn estate_note(lang: Lang, n: &EstateNote) -> String {
    match *n {
        EstateNote::LinkShort {
            required_mbps,
            growth_percent,
            available_mbps,
            short_mbps,
        } => crate::say!(
            lang,
            "dr-estate-link-short",
            required = group_thousands(required_mbps),
            growth = group_thousands(growth_percent),
            available = group_thousands(available_mbps),
            short = group_thousands(short_mbps)
        ),
        EstateNote::InitialOverGoal {
            used_bytes,
            hours,
            available_mbps,
            goal_hours,
        } => crate::say!(
            lang,
            "dr-estate-initial-over-goal",
            size = format_size(used_bytes),
            hours = group_thousands(hours),
            available = group_thousands(available_mbps),
            goal = group_thousands(goal_hours)
        ),
    }
}

/// The estate's bandwidth and initial-replication arithmetic, in lines: what the link must
/// carry for the machines with churn (and how many had none), what it has, how long the
/// first copy takes, then the estate's notes.
pub fn estate_lines(e: &crate::dr::EstateDr, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    out.push(match e.required_bandwidth_mbps {
        Some(r) => say!(
            lang,
            "dr-required-bandwidth",
            mbps = group_thousands(r),
            growth = group_thousands(e.growth_percent),
            with = e.machines_with_churn,
            without = e.machines_without_churn
        ),
        None => say!(lang, "dr-required-bandwidth-none"),
    });
    if let Some(b) = e.available_bandwidth_mbps {
        out.push(say!(
            lang,
            "dr-available-bandwidth",
            mbps = group_thousands(b)
        ));
    }
    if let Some(h) = e.initial_replication_hours {
        out.push(match e.initial_replication_goal_hours {
            Some(g) => say!(
                lang,
                "dr-initial-replication-goal",
                hours = group_thousands(h),
                goal = group_thousands(g)
            ),
            None => say!(lang, "dr-initial-replication", hours = group_thousands(h)),
        });
    }
    out.extend(e.notes.iter().map(|n| estate_note(lang, n)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reason `--growth` or a policy file is refused: the English words as rehost has
    /// always written them (the error's `Display`); Korean words with only the value left.
    #[test]
    fn every_option_error_in_both_languages() {
        let growth = [
            (
                GrowthError::NotANumber("lots".into()),
                "growth \"lots\": expected a percentage such as 30%",
                "\"lots\"",
            ),
            (
                GrowthError::OutOfRange("2000%".into()),
                "growth \"2000%\": expected 0% to 1000%",
                "\"2000%\"",
            ),
        ];
        for (e, english, value) in &growth {
            assert_eq!(e.to_string(), *english);
            super::super::assert_korean(&growth_error(Lang::Ko, e), &[value], &[]);
        }
        assert_eq!(
            crate::dr::parse_growth("lots"),
            Err(GrowthError::NotANumber("lots".into()))
        );
        let syntax = PolicyError::Syntax {
            file: "p.toml".into(),
            line: 3,
            message: "expected `=`".into(),
        };
        assert_eq!(syntax.to_string(), "p.toml:3: expected `=`");
        let over = PolicyError::Over {
            file: "p.toml".into(),
            why: crate::limits::Over::Rules { count: 2, cap: 1 },
        };
        assert_eq!(
            over.to_string(),
            "p.toml: too large: 2 rules is over the cap of 1 in one matrix"
        );
        super::super::assert_korean(&policy_error(Lang::Ko, &over), &["p.toml"], &[]);
    }
}
