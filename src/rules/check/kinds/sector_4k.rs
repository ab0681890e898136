//! `sector-4k`: whether 4K-native (4K logical sector) disks are allowed.

use serde::Deserialize;

use super::super::{Context, Eval, Kind, Outcome, Quantity, Why, flag, reading};
use crate::model::{Field, Machine};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sector4k {
    pub allowed: bool,
}

impl Kind for Sector4k {
    const NAME: &'static str = "sector-4k";
    const EXAMPLE: &'static str = r#"check = { kind = "sector-4k", allowed = false }"#;

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let by_disk = m
            .disks
            .iter()
            .position(|d| d.sector_bytes.known().is_some_and(|s| *s >= 4096));
        match by_disk {
            Some(i) if !self.allowed => {
                let disk = u16::try_from(i).unwrap_or(u16::MAX);
                Eval::new(Outcome::Fail, Why::None)
                    .actual(Quantity::Sector4k(disk))
                    .read(reading(
                        Field::Sector4k,
                        Quantity::DiskName(disk),
                        m.disks[i].source.as_ref(),
                    ))
            }
            _ => flag(
                &m.disk_flags.sector_4k,
                self.allowed,
                Field::Sector4k,
                &m.source,
                full,
            ),
        }
    }
}
