//! `os-unsupported`: the guest OS is not in the matrix's list.

use serde::Deserialize;

use super::super::software::os_list;
use super::super::{BadParams, Context, Eval, Kind, ListOf, Wrong};
use crate::model::Machine;
use crate::rules::spec::OsSpec;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OsUnsupported {
    pub list: Vec<OsSpec>,
}

impl Kind for OsUnsupported {
    const NAME: &'static str = "os-unsupported";
    const EXAMPLE: &'static str =
        r#"check = { kind = "os-unsupported", list = ["windows-server ..=2003"] }"#;
    const LIMIT: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        if self.list.is_empty() {
            return Err(BadParams::new(Self::NAME, Wrong::NoOs));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        os_list(m, &self.list, false, full)
    }

    fn specs_mut(&mut self) -> Option<&mut Vec<OsSpec>> {
        Some(&mut self.list)
    }

    fn spec_list(&self) -> Option<(ListOf, &[OsSpec])> {
        Some((ListOf::UnsupportedOs, &self.list))
    }
}
