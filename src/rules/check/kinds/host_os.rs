//! `host-os`: the host's OS or hypervisor version is in the matrix's list.

use serde::Deserialize;

use super::super::software::spec_list;
use super::super::{Context, Eval, Kind, ListOf, Quantity, Subject, gap};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::OsSpec;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostOs {
    pub allowed: Vec<OsSpec>,
}

impl Kind for HostOs {
    const NAME: &'static str = "host-os";
    const EXAMPLE: &'static str = r#"check = { kind = "host-os", allowed = ["esxi 6.5..8.1"] }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let allowed = &self.allowed;
        match &m.host.os {
            Value::Known(t) => spec_list(
                &bare_version(t, allowed),
                allowed,
                Field::HostOs,
                &m.source,
                full,
            ),
            other => gap(other, Subject::HostOs).limit(Quantity::Limit),
        }
    }

    fn specs_mut(&mut self) -> Option<&mut Vec<OsSpec>> {
        Some(&mut self.allowed)
    }

    fn spec_list(&self) -> Option<(ListOf, &[OsSpec])> {
        Some((ListOf::Host, &self.allowed))
    }
}

/// A host column that gives only a version (`7.0.3`, `8.0 U2`: RVTools' `ESX Version`, people's
/// tables) names the product the rule lists, when the rule lists one product only.
fn bare_version(text: &str, allowed: &[OsSpec]) -> String {
    static BARE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::RegexBuilder::new(r"^\d+(\.\d+)*(\s*(u|update)\s*\d+[a-z]?)?(\s*build[- ]?\d+)?$")
            .case_insensitive(true)
            .build()
            .expect("static regex")
    });
    let t = text.trim();
    match allowed.split_first() {
        Some((first, rest))
            if BARE.is_match(t) && rest.iter().all(|s| s.product == first.product) =>
        {
            format!("{} {t}", first.product)
        }
        _ => t.to_string(),
    }
}
