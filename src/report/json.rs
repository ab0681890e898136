//! The JSON contract (ARCHITECTURE.md, "CLI contract"): machines with their imported facts,
//! data quality, summary. A missing value is `null`; an invalid one is `null` here and a
//! data-quality record.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::summary::{data_quality, summarise};
use crate::dr::{self, DrResult};
use crate::inventory::Inventory;
use crate::model::{Machine, Value};
use crate::rules::eval::assess;
use crate::rules::{Assessment, Evaluation, Finding, Keep, Matrix, Outcome, Readiness, Severity};

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

/// A value a finding read, with the cell it came from.
#[derive(Serialize)]
struct ValueRead<'a> {
    field: &'static str,
    value: &'a str,
    cell: Option<String>,
}

/// A failed or undecided rule: what it says and what it read.
#[derive(Serialize)]
struct FindingOut<'a> {
    rule: &'a str,
    severity: Severity,
    outcome: Outcome,
    message: &'a str,
    values: Vec<ValueRead<'a>>,
}

fn finding<'a>(inv: &Inventory, mx: &'a Matrix, f: &'a Finding) -> FindingOut<'a> {
    let values = f
        .eval()
        .map(|e| e.readings.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|r| ValueRead {
            field: r.field,
            value: &r.value,
            cell: r.source.as_ref().map(|s| {
                inv.cell_of(s, r.column_hint.unwrap_or(r.field))
                    .unwrap_or_else(|| s.display())
            }),
        })
        .collect();
    FindingOut {
        rule: &mx.rules[f.rule].id,
        severity: f.severity,
        outcome: f.outcome,
        message: f.message(),
        values,
    }
}

/// A machine's DR figures against one `asr-*` matrix; its findings are the DR rules' ids
/// (their outcomes are with the assessment's other findings).
#[derive(Serialize)]
struct DrOut<'a> {
    #[serde(flatten)]
    result: &'a DrResult,
    findings: Vec<&'a str>,
}

/// One machine against one matrix. Failures and unknowns are written out; rules that passed,
/// did not apply or could not be evaluated are listed by id (the `rules` table says what
/// each is; `rehost explain` gives one machine's every value).
#[derive(Serialize)]
struct AssessmentOut<'a> {
    target: &'a str,
    edition: String,
    readiness: Readiness,
    blocking: Vec<&'a str>,
    findings: Vec<FindingOut<'a>>,
    passed: Vec<&'a str>,
    not_applicable: Vec<&'a str>,
    not_evaluated: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dr: Option<DrOut<'a>>,
}

#[derive(Serialize)]
struct MachineOut<'a> {
    #[serde(flatten)]
    facts: serde_json::Map<String, Json>,
    assessments: Vec<AssessmentOut<'a>>,
}

/// What each rule is, written once rather than in every machine's findings.
#[derive(Serialize)]
struct RuleOut<'a> {
    target: &'a str,
    edition: String,
    title: &'a str,
    severity: Severity,
    reference: &'a str,
    remediation: &'a str,
}

/// One machine evaluated and written as JSON into `out`.
fn write_machine(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    i: usize,
    out: &mut Vec<u8>,
) -> serde_json::Result<()> {
    let m = &inv.machines[i];
    let ctx = &ev.contexts[i];
    let mut scratch = BTreeMap::new();
    let per: Vec<Assessment> = ev
        .selection
        .matrices
        .iter()
        .enumerate()
        .map(|(j, mx)| assess(mx, j, m, ev.strict, ctx, Keep::Problems, &mut scratch))
        .collect();
    let dr: Vec<Option<DrResult>> = match &ev.estate {
        Some(e) => per
            .iter()
            .map(|a| dr::result(ev.selection.matrices[a.matrix], a, ctx, m, e))
            .collect(),
        None => Vec::new(),
    };
    let assessments = per
        .iter()
        .map(|a| {
            let mx: &Matrix = ev.selection.matrices[a.matrix];
            let ids = |want: &dyn Fn(&Finding) -> bool| -> Vec<&str> {
                a.findings
                    .iter()
                    .filter(|f| want(f))
                    .map(|f| mx.rules[f.rule].id.as_str())
                    .collect()
            };
            AssessmentOut {
                target: mx.target(),
                edition: mx.edition().to_string(),
                readiness: a.readiness,
                blocking: a.deciding().map(|f| mx.rules[f.rule].id.as_str()).collect(),
                findings: a
                    .findings
                    .iter()
                    .filter(|f| matches!(f.outcome, Outcome::Fail | Outcome::Unknown))
                    .map(|f| finding(inv, mx, f))
                    .collect(),
                passed: ids(&|f| f.outcome == Outcome::Pass && f.applicable),
                not_applicable: ids(&|f| f.outcome == Outcome::Pass && !f.applicable),
                not_evaluated: ids(&|f| f.outcome == Outcome::NotEvaluated),
                dr: dr.get(a.matrix).and_then(|d| d.as_ref()).map(|d| DrOut {
                    result: d,
                    findings: d
                        .findings
                        .iter()
                        .map(|k| mx.rules[a.findings[*k].rule].id.as_str())
                        .collect(),
                }),
            }
        })
        .collect();
    if i > 0 {
        out.extend_from_slice(b",\n");
    }
    serde_json::to_writer(
        &mut *out,
        &MachineOut {
            facts: machine_facts(m),
            assessments,
        },
    )
}

/// Machines written per block: each core renders a share of the block into its own buffer,
/// and the buffers go out in order.
const BLOCK: usize = 8_192;

/// `rehost assess --format json`: the whole contract, written machine by machine so that a
/// million machines never sit in memory as one document. Each machine is evaluated again as
/// it is written (the run kept only verdicts), on every core.
pub fn write_document(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let summary = summarise(inv, ev);
    let mut rules = serde_json::Map::new();
    for mx in &ev.selection.matrices {
        for r in &mx.rules {
            let out = RuleOut {
                target: mx.target(),
                edition: mx.edition().to_string(),
                title: &r.title,
                severity: r.severity,
                reference: &r.reference,
                remediation: &r.remediation,
            };
            rules.insert(r.id.clone(), serde_json::to_value(out)?);
        }
    }
    w.write_all(b"{\"rules\": ")?;
    serde_json::to_writer(&mut *w, &rules)?;
    w.write_all(b",\n\"machines\": [\n")?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let n = inv.machines.len();
    let mut start = 0;
    while start < n {
        let end = (start + BLOCK).min(n);
        let share = (end - start).div_ceil(threads).max(1);
        let render = |from: usize, to: usize| -> serde_json::Result<Vec<u8>> {
            let mut buf = Vec::with_capacity((to - from) * 2048);
            for i in from..to {
                write_machine(inv, ev, i, &mut buf)?;
            }
            Ok(buf)
        };
        let parts: Vec<serde_json::Result<Vec<u8>>> = if threads == 1 || end - start < 64 {
            vec![render(start, end)]
        } else {
            std::thread::scope(|scope| {
                let render = &render;
                let handles: Vec<_> = (start..end)
                    .step_by(share)
                    .map(|from| scope.spawn(move || render(from, (from + share).min(end))))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                    .collect()
            })
        };
        for part in parts {
            w.write_all(&part?)?;
        }
        start = end;
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
