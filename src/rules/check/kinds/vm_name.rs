//! `vm-name`: the machine's name is one Azure accepts for a VM.

use serde::Deserialize;

use super::super::{BadParams, Context, Eval, Kind, Outcome, Quantity, Why, Wrong, reading};
use crate::model::{Field, Machine};
use crate::rules::spec::Pattern;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VmName {
    pub pattern: Pattern,
    pub max_length: usize,
}

impl Kind for VmName {
    const NAME: &'static str = "vm-name";
    const EXAMPLE: &'static str =
        r#"check = { kind = "vm-name", pattern = "^[A-Za-z0-9][A-Za-z0-9-]*$", max_length = 64 }"#;

    fn validate(&self) -> Result<(), BadParams> {
        if self.max_length == 0 {
            return Err(BadParams::new(
                Self::NAME,
                Wrong::Zero {
                    param: "max_length",
                },
            ));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let (pattern, max_length) = (&self.pattern, self.max_length);
        // A server known by its FQDN (`FS01.contoso.org`) becomes a VM named by its host
        // label; the FQDN stays the machine's name in the report.
        let name = host_label(&m.name);
        let len = name.chars().count();
        let ok = len <= max_length && pattern.0.is_match(name);
        let out = if ok { Outcome::Pass } else { Outcome::Fail };
        Eval::new(out, Why::None)
            .actual(Quantity::VmName {
                ok,
                too_long: len > max_length,
            })
            .limit(Quantity::Limit)
            .worded(full, |e| {
                e.read(reading(Field::Name, Quantity::Name, Some(&m.source)))
            })
    }
}

/// The first label of a fully qualified domain name (`fs01.contoso.org` → `fs01`); any
/// other name as it is. A name is taken for an FQDN when it has dots, no label is empty and
/// the last label is letters only (a domain, not a version such as `app-1.2`).
pub fn host_label(name: &str) -> &str {
    let labels: Vec<&str> = name.split('.').collect();
    let fqdn = labels.len() > 1
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|l| l.chars().all(|c| c.is_ascii_alphabetic()));
    if fqdn { labels[0] } else { name }
}
