//! Which cloud each target migrates or protects to, said once: `--cloud` chooses the default
//! target set by it, and the reports group and name targets by it.

/// A cloud a target belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cloud {
    Azure,
    Aws,
    Google,
}

impl Cloud {
    /// Every cloud, in the order reports show them.
    pub const ALL: [Cloud; 3] = [Cloud::Azure, Cloud::Aws, Cloud::Google];

    /// The code `--cloud` takes and JSON would write.
    pub fn code(self) -> &'static str {
        match self {
            Cloud::Azure => "azure",
            Cloud::Aws => "aws",
            Cloud::Google => "gcp",
        }
    }
}

/// Each known target's cloud. A target of [`crate::rules::TARGETS`] is in exactly one row
/// here or in [`NEUTRAL`] (a test holds it so).
pub const CLOUDS: &[(&str, Cloud)] = &[
    ("asr-vmware", Cloud::Azure),
    ("asr-hyperv", Cloud::Azure),
    ("azure-migrate", Cloud::Azure),
    ("migrate-vmware-agentless", Cloud::Azure),
    ("aws-mgn", Cloud::Aws),
    ("aws-drs", Cloud::Aws),
    ("gcp-m2vm", Cloud::Google),
];

/// Targets that belong to no cloud (checks of the estate itself): always in the default set.
pub const NEUTRAL: &[&str] = &["hygiene"];

/// The cloud a target belongs to; `None` for a cloud-neutral one, and for a target of a
/// `--rules` folder that no row names (it is judged whatever the clouds chosen).
pub fn cloud_of(target: &str) -> Option<Cloud> {
    CLOUDS.iter().find(|(t, _)| *t == target).map(|(_, c)| *c)
}

/// The clouds judged when none is asked for: Azure, as before other clouds were added, so
/// an existing command line gives the same report.
pub const DEFAULT: &[Cloud] = &[Cloud::Azure];

/// Of `targets` (in report order), those of the clouds chosen, and every neutral one.
pub fn of_clouds(targets: &[String], clouds: &[Cloud]) -> Vec<String> {
    targets
        .iter()
        .filter(|t| cloud_of(t).is_none_or(|c| clouds.contains(&c)))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_has_exactly_one_cloud_or_is_neutral() {
        for t in crate::rules::TARGETS {
            let rows = CLOUDS.iter().filter(|(n, _)| n == t).count();
            let neutral = NEUTRAL.iter().filter(|n| *n == t).count();
            assert_eq!(
                rows + neutral,
                1,
                "{t}: {rows} cloud row(s), {neutral} neutral"
            );
        }
        for (t, _) in CLOUDS {
            assert!(!NEUTRAL.contains(t), "{t} is both in a cloud and neutral");
        }
    }

    #[test]
    fn choosing_clouds() {
        let all: Vec<String> = [
            "asr-vmware",
            "azure-migrate",
            "aws-mgn",
            "gcp-m2vm",
            "hygiene",
            "my-own",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let cases: &[(&[Cloud], &[&str])] = &[
            (
                &[Cloud::Azure],
                &["asr-vmware", "azure-migrate", "hygiene", "my-own"],
            ),
            (&[Cloud::Aws], &["aws-mgn", "hygiene", "my-own"]),
            (&[Cloud::Google], &["gcp-m2vm", "hygiene", "my-own"]),
            (
                &[Cloud::Aws, Cloud::Google],
                &["aws-mgn", "gcp-m2vm", "hygiene", "my-own"],
            ),
            (
                &Cloud::ALL,
                &[
                    "asr-vmware",
                    "azure-migrate",
                    "aws-mgn",
                    "gcp-m2vm",
                    "hygiene",
                    "my-own",
                ],
            ),
        ];
        for (clouds, want) in cases {
            assert_eq!(of_clouds(&all, clouds), *want, "{clouds:?}");
        }
    }
}
