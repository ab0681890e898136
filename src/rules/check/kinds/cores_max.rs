//! `cores-max`: at most so many cores (the largest Azure VM size's).

use serde::Deserialize;

use super::super::{Context, Eval, Kind, count_max};
use crate::model::{Field, Machine};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoresMax {
    pub max: u32,
}

impl Kind for CoresMax {
    const NAME: &'static str = "cores-max";
    const EXAMPLE: &'static str = r#"check = { kind = "cores-max", max = 128 }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        count_max(&m.cores, self.max, Field::Cores, &m.source, full)
    }
}
