//! `memory-max`: at most so much memory.

use serde::Deserialize;

use super::super::{Context, Eval, Kind, Outcome, Quantity, Subject, Why, gap, reading};
use crate::model::{Field, Machine, Value};
use crate::rules::spec::Size;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemoryMax {
    pub max: Size,
}

impl Kind for MemoryMax {
    const NAME: &'static str = "memory-max";
    const EXAMPLE: &'static str = r#"check = { kind = "memory-max", max = "3892 GB" }"#;
    const LIMIT: bool = true;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let max = self.max;
        match &m.memory_bytes {
            Value::Known(b) => {
                let out = if *b <= max.0 {
                    Outcome::Pass
                } else {
                    Outcome::Fail
                };
                Eval::new(out, Why::None)
                    .actual(Quantity::Bytes(*b))
                    .limit(Quantity::Size(max))
                    .worded(full, |e| {
                        e.read(reading(Field::Memory, Quantity::Bytes(*b), Some(&m.source)))
                    })
            }
            other => gap(other, Subject::Field(Field::Memory)),
        }
    }
}
