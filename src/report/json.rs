//! The JSON contract (ARCHITECTURE.md, "CLI contract"): machines with their imported facts,
//! data quality, summary. A missing value is `null`; an invalid one is `null` here and a
//! data-quality record.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::summary::{data_quality, summarise};
use crate::inventory::Inventory;
use crate::model::{Machine, Value};
use crate::rules::eval::assess;
use crate::rules::{Assessment, Evaluation, Finding, Keep, Matrix};

fn opt<T: Serialize>(v: &Value<T>) -> Json {
    match v {
        Value::Known(x) => serde_json::to_value(x).unwrap_or(Json::Null),
        _ => Json::Null,
    }
}

/// One machine's imported facts.
pub fn machine_facts(m: &Machine) -> serde_json::Map<String, Json> {
    let os = match &m.os {
        Value::Known(os) => json!({
            "raw": os.raw,
            "product": os.product,
            "version": os.version,
            "edition": os.edition,
            "architecture": opt(&m.architecture),
        }),
        _ => Json::Null,
    };
    let disks: Vec<Json> = m
        .disks
        .iter()
        .map(|d| {
            json!({
                "name": d.name,
                "role": d.role,
                "size_bytes": opt(&d.size_bytes),
                "kind": opt(&d.kind),
            })
        })
        .collect();
    let source = json!({
        "file": &*m.source.file,
        "sheet": m.source.sheet.as_deref(),
        "row": m.source.row,
    });
    let mut map = serde_json::Map::new();
    map.insert("name".into(), json!(m.name));
    map.insert("source".into(), source);
    map.insert("hypervisor".into(), opt(&m.hypervisor));
    map.insert("firmware".into(), opt(&m.effective_firmware()));
    map.insert("generation".into(), opt(&m.effective_generation()));
    map.insert("secure_boot".into(), opt(&m.secure_boot));
    map.insert("os".into(), os);
    map.insert("cores".into(), opt(&m.cores));
    map.insert("memory_bytes".into(), opt(&m.memory_bytes));
    map.insert("nics".into(), opt(&m.nics));
    map.insert("disks".into(), Json::Array(disks));
    map.insert(
        "data_disk_count".into(),
        opt(&m.effective_data_disk_count()),
    );
    map.insert("bitlocker".into(), opt(&m.bitlocker));
    map.insert("power_state".into(), opt(&m.power_state));
    map.insert(
        "host".into(),
        json!({
            "name": opt(&m.host.name),
            "os": opt(&m.host.os),
            "managed_by": opt(&m.host.managed_by),
        }),
    );
    if !m.tags.is_empty() {
        let tags: serde_json::Map<String, Json> =
            m.tags.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        map.insert("tags".into(), Json::Object(tags));
    }
    map
}

/// `rehost inspect --format json`.
pub fn inspect(inv: &Inventory) -> Json {
    json!({
        "files": inv.files,
        "sheets": inv.sheets,
        "machines": inv.machines.len(),
        "data_quality": inv.data_quality,
    })
}

/// One finding as the contract writes it, with the values read and the cells they came from.
pub fn finding(inv: &Inventory, mx: &Matrix, f: &Finding) -> Json {
    let rule = &mx.rules[f.rule];
    let values: Vec<Json> = f
        .eval()
        .map(|e| e.readings.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|r| {
            json!({
                "field": r.field,
                "value": r.value,
                "cell": r.source.as_ref().and_then(|s| inv.cell_of(s, r.column_hint.unwrap_or(r.field)).or_else(|| Some(s.display()))),
            })
        })
        .collect();
    json!({
        "rule": rule.id,
        "title": rule.title,
        "severity": f.severity,
        "outcome": f.outcome,
        "message": f.message(),
        "remediation": rule.remediation,
        "reference": rule.reference,
        "values": values,
    })
}

/// One machine with its assessments, as the contract writes it.
fn machine(inv: &Inventory, ev: &Evaluation<'_>, i: usize, per: &[Assessment]) -> Json {
    let mut map = machine_facts(&inv.machines[i]);
    let assessments: Vec<Json> = per
        .iter()
        .map(|a| {
            let mx = ev.selection.matrices[a.matrix];
            let mut obj = json!({
                "target": mx.target(),
                "edition": mx.edition().to_string(),
                "readiness": a.readiness,
                "blocking": a.deciding().map(|f| mx.rules[f.rule].id.clone()).collect::<Vec<_>>(),
                "findings": a.findings.iter().map(|f| finding(inv, mx, f)).collect::<Vec<_>>(),
            });
            if let Some(Some(d)) = ev.dr[i].get(a.matrix) {
                obj["dr"] = json!({
                    "rpo_target_seconds": d.rpo_target_seconds,
                    "achievable_rpo_seconds": d.achievable_rpo_seconds,
                    "replication_frequency_seconds": d.replication_frequency_seconds,
                    "rto_target_seconds": d.rto_target_seconds,
                    "churn_mb_per_s": d.churn_mb_per_s,
                    "verdict": d.verdict,
                    "notes": d.notes,
                    "findings": d.findings.iter().map(|k| finding(inv, mx, &a.findings[*k])).collect::<Vec<_>>(),
                });
            }
            obj
        })
        .collect();
    map.insert("assessments".into(), Json::Array(assessments));
    Json::Object(map)
}

/// `rehost assess --format json`: the whole contract, written machine by machine so that a
/// million machines never sit in memory as one document. Findings carry their messages and
/// values: a machine whose evaluation kept only its problems is evaluated again in full.
pub fn write_document(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let summary = summarise(inv, ev);
    w.write_all(b"{\"machines\": [\n")?;
    let mut scratch = BTreeMap::new();
    for i in 0..inv.machines.len() {
        let full;
        let per: &[Assessment] = if ev.keep == Keep::All {
            &ev.per_machine[i]
        } else {
            full = ev
                .selection
                .matrices
                .iter()
                .enumerate()
                .map(|(j, mx)| {
                    assess(
                        mx,
                        j,
                        &inv.machines[i],
                        ev.strict,
                        &ev.contexts[i],
                        Keep::All,
                        &mut scratch,
                    )
                })
                .collect::<Vec<_>>();
            &full
        };
        if i > 0 {
            w.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut *w, &machine(inv, ev, i, per))?;
    }
    w.write_all(b"\n],\n\"data_quality\": ")?;
    serde_json::to_writer(&mut *w, &data_quality(inv, &summary))?;
    let mut summary_json = serde_json::to_value(&summary).unwrap_or(Json::Null);
    if let Some(e) = &ev.estate {
        summary_json["dr"] = serde_json::to_value(e).unwrap_or(Json::Null);
    }
    w.write_all(b",\n\"summary\": ")?;
    serde_json::to_writer_pretty(&mut *w, &summary_json)?;
    w.write_all(b"\n}\n")?;
    Ok(())
}
