//! `disk-kinds`: none of the machine's disks is of a forbidden kind (shared, Fibre Channel,
//! RDM, pass-through, iSCSI, independent).

use serde::Deserialize;

use super::super::disks::{field_of, flag_of};
use super::super::{
    BadParams, Context, Eval, Kind, Outcome, Quantity, Reading, Subject, Why, Wrong, gap, reading,
};
use crate::model::{DiskKind, Field, Machine, Value};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiskKinds {
    pub forbidden: Vec<DiskKind>,
}

impl Kind for DiskKinds {
    const NAME: &'static str = "disk-kinds";
    const EXAMPLE: &'static str =
        r#"check = { kind = "disk-kinds", forbidden = ["shared", "fc"] }"#;

    fn validate(&self) -> Result<(), BadParams> {
        if self.forbidden.is_empty() {
            return Err(BadParams::new(
                Self::NAME,
                Wrong::Empty { param: "forbidden" },
            ));
        }
        Ok(())
    }

    fn evaluate(&self, m: &Machine, _cx: &Context<'_>, full: bool) -> Eval {
        let forbidden = &self.forbidden;
        for (i, d) in m.disks.iter().enumerate() {
            let hit = d
                .features
                .iter()
                .chain(d.kind.known().copied())
                .find(|k| forbidden.contains(k));
            if let Some(k) = hit {
                let disk = u16::try_from(i).unwrap_or(u16::MAX);
                let mut e = Eval::new(Outcome::Fail, Why::None)
                    .actual(Quantity::DiskIs { disk, kind: k })
                    .limit(Quantity::Limit);
                e.disk = Some(disk);
                e.readings.push(Reading {
                    field: Field::DiskLabel,
                    value: Quantity::DiskKind { disk, kind: k },
                    source: d.source.clone(),
                    column_hint: None,
                });
                return e;
            }
        }
        let mut gaps = Vec::new();
        // Kinds read as absent ("no"), kept as readings only if the answer is.
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
                    return Eval::new(Outcome::Fail, Why::None)
                        .actual(Quantity::KindPresent(*k))
                        .limit(Quantity::Limit)
                        .read(reading(
                            field_of(*k),
                            Quantity::YesNo(true),
                            Some(&m.source),
                        ));
                }
                Value::Known(false) => clear.push(*k),
                other => gaps.push((k, other)),
            }
        }
        let e = if let Some((k, v)) = gaps.iter().find(|(_, v)| !v.is_absent()) {
            gap(*v, Subject::Field(field_of(**k)))
        } else if let Some((k, v)) = gaps.first() {
            gap(*v, Subject::Field(field_of(**k)))
        } else {
            Eval::new(Outcome::Pass, Why::None)
        };
        e.limit(Quantity::Limit).worded(full, |mut e| {
            e.readings = clear
                .iter()
                .map(|k| reading(field_of(*k), Quantity::YesNo(false), Some(&m.source)))
                .collect();
            e
        })
    }
}
