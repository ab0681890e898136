//! `os-supported`: the guest OS is in the matrix's list.

use serde::Deserialize;

use super::super::software::os_list;
use super::super::{BadParams, Context, Eval, Kind, ListOf, Wrong};
use crate::model::Machine;
use crate::rules::spec::OsSpec;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OsSupported {
    pub list: Vec<OsSpec>,
}

impl Kind for OsSupported {
    const NAME: &'static str = "os-supported";
    const EXAMPLE: &'static str =
        r#"check = { kind = "os-supported", list = ["windows-server 2012..=2025", "rhel 8.6.."] }"#;
    const LIMIT: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        if self.list.is_empty() {
            return Err(BadParams::new(Self::NAME, Wrong::NoOs));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        os_list(m, &self.list, true, full)
    }

    fn specs_mut(&mut self) -> Option<&mut Vec<OsSpec>> {
        Some(&mut self.list)
    }

    fn spec_list(&self) -> Option<(ListOf, &[OsSpec])> {
        Some((ListOf::SupportedOs, &self.list))
    }
}
