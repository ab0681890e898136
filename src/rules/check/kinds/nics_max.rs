//! `nics-max`: at most so many network adapters.

use serde::Deserialize;

use super::super::{Context, Eval, Kind, count_max};
use crate::model::{Field, Machine};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NicsMax {
    pub max: u32,
}

impl Kind for NicsMax {
    const NAME: &'static str = "nics-max";
    const EXAMPLE: &'static str = r#"check = { kind = "nics-max", max = 32 }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        count_max(&m.nics, self.max, Field::Nics, &m.source, full)
    }
}
