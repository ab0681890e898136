//! The clouds' names, and the note that says which clouds a run judged and how to ask for
//! others (`--cloud`).

use super::Lang;
use crate::rules::clouds::{Cloud, cloud_of};

/// A cloud's name as its vendor writes it (the same in every language).
pub fn name(c: Cloud, lang: Lang) -> String {
    match c {
        Cloud::Azure => crate::say!(lang, "clouds-name-azure"),
        Cloud::Aws => crate::say!(lang, "clouds-name-aws"),
        Cloud::Google => crate::say!(lang, "clouds-name-google"),
    }
}

/// A cloud's name where a column is narrow (over the terminal table's columns).
pub fn short_name(c: Cloud, lang: Lang) -> String {
    match c {
        Cloud::Google => crate::say!(lang, "clouds-short-google"),
        other => name(other, lang),
    }
}

/// The clouds of `targets`, in report order (cloud-neutral targets add none).
pub fn of_targets<'a>(targets: impl IntoIterator<Item = &'a str>) -> Vec<Cloud> {
    let mut out: Vec<Cloud> = targets.into_iter().filter_map(cloud_of).collect();
    out.sort();
    out.dedup();
    out
}

/// Which clouds were judged and how to ask for the others, for a run that judged any cloud
/// but Azure alone (a run of Azure alone, the default, says nothing new: its reports stay as
/// they were before other clouds were added).
pub fn assessed_note(clouds: &[Cloud], lang: Lang) -> Option<String> {
    if clouds.is_empty() || clouds == [Cloud::Azure] {
        return None;
    }
    let names: Vec<String> = clouds.iter().map(|c| name(*c, lang)).collect();
    let others: Vec<&str> = Cloud::ALL
        .iter()
        .filter(|c| !clouds.contains(c))
        .map(|c| c.code())
        .collect();
    Some(if others.is_empty() {
        crate::say!(lang, "clouds-assessed-all", clouds = names.join(", "))
    } else {
        crate::say!(
            lang,
            "clouds-assessed",
            clouds = names.join(", "),
            others = others.join(", ")
        )
    })
}
