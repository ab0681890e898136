//! `disk-kinds`: none of the machine's disks is of a forbidden kind (shared, Fibre Channel,
//! RDM, pass-through, iSCSI, independent).

use serde::Deserialize;

use super::super::disks::{field_of, flag_of, kind_name_in, kinds};
use super::super::{BadParams, Context, Eval, Kind, Outcome, Reading, gap, reading};
use crate::model::{DiskKind, Field, Lang, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskKinds {
    pub forbidden: Vec<DiskKind>,
}

impl Kind for DiskKinds {
    const NAME: &'static str = "disk-kinds";
    const DOC: &'static str = "None of the machine's disks is of a `forbidden` kind (`shared`, \
        `fc`, `rdm`, `pass-through`, `iscsi`, `independent`, …): from per-disk sheets (vDisk, \
        a VHD list) and from machine-level columns. RDM is VMware's pass-through disk: a file \
        that answers one answers both.";
    const EXAMPLE: &'static str =
        r#"check = { kind = "disk-kinds", forbidden = ["shared", "fc"] }"#;

    fn validate(&self) -> Result<(), BadParams> {
        if self.forbidden.is_empty() {
            return Err("disk-kinds: forbidden is empty".into());
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let forbidden = &self.forbidden;
        let lang = cx.lang;
        let limit = || match lang {
            Lang::En => format!("no {} disks", kinds(forbidden, lang)),
            Lang::Ko => format!("{} 디스크 없음", kinds(forbidden, lang)),
        };
        for d in &m.disks {
            let hit = d
                .features
                .iter()
                .chain(d.kind.known().copied())
                .find(|k| forbidden.contains(k));
            if let Some(k) = hit {
                let mut e = Eval::new(Outcome::Fail, "")
                    .actual(match lang {
                        Lang::En => format!("{} is {}", d.name_in(lang), kind_name_in(k, lang)),
                        Lang::Ko => {
                            format!("{}은(는) {} 디스크", d.name_in(lang), kind_name_in(k, lang))
                        }
                    })
                    .limit(limit());
                e.disk = d.name_in(lang).into_owned();
                e.readings.push(Reading {
                    field: Field::DiskLabel,
                    value: format!("{}: {}", d.name_in(lang), kind_name_in(k, lang)),
                    source: d.source.clone(),
                    column_hint: None,
                });
                return e;
            }
        }
        let mut gaps = Vec::new();
        // Kinds read as absent ("no"), worded as readings only if the answer is.
        let mut clear = Vec::new();
        for k in forbidden {
            let Some(v) = flag_of(m, *k) else { continue };
            // RDM is VMware's word for a pass-through disk: a file that answers one (vDisk's
            // Raw column) and has no column for the other has answered both.
            let twin = match k {
                DiskKind::PassThrough => Some(DiskKind::Rdm),
                DiskKind::Rdm => Some(DiskKind::PassThrough),
                _ => None,
            };
            if v.is_absent()
                && twin.is_some_and(|t| {
                    forbidden.contains(&t) && flag_of(m, t).is_some_and(|v| !v.is_absent())
                })
            {
                continue;
            }
            match v {
                Value::Known(true) => {
                    return Eval::new(Outcome::Fail, "")
                        .actual(match lang {
                            Lang::En => format!("{} disk present", kind_name_in(*k, lang)),
                            Lang::Ko => format!("{} 디스크 있음", kind_name_in(*k, lang)),
                        })
                        .limit(limit())
                        .read(reading(
                            field_of(*k),
                            lang.yes_no(true).into(),
                            Some(&m.source),
                        ));
                }
                Value::Known(false) => clear.push(*k),
                other => gaps.push((k, other)),
            }
        }
        let e = if let Some((k, v)) = gaps.iter().find(|(_, v)| !v.is_absent()) {
            gap(*v, field_of(**k).label_in(lang), full, lang)
        } else if let Some((k, v)) = gaps.first() {
            gap(*v, field_of(**k).label_in(lang), full, lang)
        } else {
            Eval::new(Outcome::Pass, "")
        };
        e.worded(full, |mut e| {
            e.limit = limit();
            e.readings = clear
                .iter()
                .map(|k| reading(field_of(*k), lang.yes_no(false).into(), Some(&m.source)))
                .collect();
            e
        })
    }
}
