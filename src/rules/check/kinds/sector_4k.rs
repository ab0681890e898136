//! `sector-4k`: whether 4K-native (4K logical sector) disks are allowed.

use serde::Deserialize;

use super::super::{Context, Eval, Kind, Outcome, flag, reading};
use crate::model::{Field, Lang, Machine};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sector4k {
    pub allowed: bool,
}

impl Kind for Sector4k {
    const NAME: &'static str = "sector-4k";
    const DOC: &'static str = "With `allowed = false`, a disk with 4K logical sectors fails: \
        from a per-disk sector size, else from a machine-level `4K sector` column.";
    const EXAMPLE: &'static str = r#"check = { kind = "sector-4k", allowed = false }"#;

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let by_disk = m
            .disks
            .iter()
            .find(|d| d.sector_bytes.known().is_some_and(|s| *s >= 4096));
        match by_disk {
            Some(d) if !self.allowed => Eval::new(Outcome::Fail, "")
                .actual(match cx.lang {
                    Lang::En => format!("{} has 4K sectors", d.name_in(cx.lang)),
                    Lang::Ko => format!("{}에 4K 섹터가 있습니다", d.name_in(cx.lang)),
                })
                .read(reading(
                    Field::Sector4k,
                    d.name_in(cx.lang).into_owned(),
                    d.source.as_ref(),
                )),
            _ => flag(
                &m.disk_flags.sector_4k,
                self.allowed,
                Field::Sector4k,
                &m.source,
                full,
                cx.lang,
            ),
        }
    }
}
