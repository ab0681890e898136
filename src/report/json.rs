//! The JSON contract (ARCHITECTURE.md, "CLI contract"): machines with their imported facts,
//! data quality, summary. A missing value is `null`; an invalid one is `null` here and a
//! data-quality record.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::plan::PlanTotals;
use super::summary::{data_quality, summarise};
use crate::dr::{DrOptions, DrResult};
use crate::engine::Evaluation;
use crate::inventory::{CellRef, Inventory};
use crate::model::{Arch, DiskKind, DiskRole, Firmware, Hypervisor, Machine, SourceRef, Value};
use crate::plan::Planner;
use crate::rules::{Assessment, Finding, Keep, Matrix, Outcome, Readiness, Selection, Severity};
use crate::schema;
use crate::words::Lang;
use crate::words::finding::Of;

/// A machine's OS as written and as the catalogue reads it.
#[derive(Serialize)]
struct OsOut<'a> {
    raw: &'a str,
    product: &'a str,
    version: Option<&'a str>,
    edition: Option<&'a str>,
    architecture: &'a Value<Arch>,
}

#[derive(Serialize)]
struct DiskOut<'a> {
    name: &'a str,
    role: DiskRole,
    size_bytes: &'a Value<u64>,
    kind: &'a Value<DiskKind>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    file: &'a str,
    sheet: Option<&'a str>,
    row: u32,
}

#[derive(Serialize)]
struct HostOut<'a> {
    name: &'a Value<String>,
    os: &'a Value<String>,
    managed_by: &'a Value<crate::model::Manager>,
}

/// One machine's imported facts, borrowed from the machine (a million machines are written
/// without building a JSON tree for each).
#[derive(Serialize)]
struct Facts<'a> {
    source: SourceOut<'a>,
    hypervisor: &'a Value<Hypervisor>,
    firmware: Value<Firmware>,
    generation: Value<u8>,
    secure_boot: &'a Value<bool>,
    os: Option<OsOut<'a>>,
    cores: &'a Value<u32>,
    memory_bytes: &'a Value<u64>,
    nics: &'a Value<u32>,
    disks: Vec<DiskOut<'a>>,
    data_disk_count: Value<u32>,
    bitlocker: &'a Value<bool>,
    power_state: &'a Value<String>,
    host: HostOut<'a>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    tags: BTreeMap<&'a str, &'a str>,
}

fn facts(m: &Machine) -> Facts<'_> {
    Facts {
        source: SourceOut {
            file: &m.source.file,
            sheet: m.source.sheet.as_deref(),
            row: m.source.row,
        },
        hypervisor: &m.hypervisor,
        firmware: m.effective_firmware(),
        generation: m.effective_generation(),
        secure_boot: &m.secure_boot,
        os: m.os.known().map(|os| OsOut {
            raw: &os.raw,
            product: &os.product,
            version: os.version.as_deref(),
            edition: os.edition.as_deref(),
            architecture: &m.architecture,
        }),
        cores: &m.cores,
        memory_bytes: &m.memory_bytes,
        nics: &m.nics,
        disks: m
            .disks
            .iter()
            .map(|d| DiskOut {
                name: &d.name,
                role: d.role,
                size_bytes: &d.size_bytes,
                kind: &d.kind,
            })
            .collect(),
        data_disk_count: m.effective_data_disk_count(),
        bitlocker: &m.bitlocker,
        power_state: &m.power_state,
        host: HostOut {
            name: &m.host.name,
            os: &m.host.os,
            managed_by: &m.host.managed_by,
        },
        tags: m
            .tags
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect(),
    }
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
    field: crate::model::Field,
    value: String,
    cell: Option<Place<'a>>,
}

/// Where a value was read: its cell when its column is known, else its row.
enum Place<'a> {
    Cell(CellRef<'a>),
    Row(&'a SourceRef),
}

impl Serialize for Place<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Place::Cell(c) => s.collect_str(c),
            Place::Row(r) => s.collect_str(r),
        }
    }
}

/// A failed or undecided rule: what it says ([`schema::Finding`]) and what it read.
type FindingOut<'a> = schema::Finding<&'a str, FindingRest<'a>>;

/// What the writer alone says of a finding.
#[derive(Serialize)]
struct FindingRest<'a> {
    values: Vec<ValueRead<'a>>,
    /// The release that decided the finding against its matrix, when one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    release: Option<ReleaseOut>,
    /// For an unknown: what to find out, in place of the rule's fix (which is for a failure).
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
}

/// A release cited beside the matrix: which, when, what it says, where, and its fix.
#[derive(Serialize)]
struct ReleaseOut {
    effect: crate::rules::releases::EffectCode,
    id: String,
    name: String,
    date: String,
    components: String,
    text: String,
    reference: String,
    page: String,
    remediation: String,
}

fn finding<'a>(
    inv: &'a Inventory,
    of: Of<'a>,
    m: &'a Machine,
    f: &'a Finding,
    lang: Lang,
) -> FindingOut<'a> {
    let values = f
        .eval()
        .map(|e| e.readings.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|r| ValueRead {
            field: r.field,
            value: crate::words::quantity::reading(r, m, lang),
            cell: r.source.as_ref().map(|s| {
                inv.cell_of(s, r.column_hint.unwrap_or(r.field))
                    .map_or(Place::Row(s), Place::Cell)
            }),
        })
        .collect();
    let rule = &of.matrix.rules[f.rule];
    let fix = crate::words::finding::fix(rule, f, m, lang);
    let fix = (fix != crate::words::finding::remediation(rule, lang)).then(|| fix.into_owned());
    FindingOut {
        rule: &rule.id,
        severity: f.severity,
        outcome: f.outcome,
        message: crate::words::finding::message(of, f, m, lang),
        rest: FindingRest {
            values,
            release: crate::words::finding::release(of, f, lang).map(|(c, fix)| ReleaseOut {
                effect: c.effect,
                id: c.release,
                name: c.name,
                date: c.date,
                components: c.components,
                text: c.text,
                reference: c.reference,
                page: c.page,
                remediation: fix,
            }),
            fix,
        },
    }
}

/// A machine's DR figures against one `asr-*` matrix; its findings are the DR rules' ids
/// (their outcomes are with the assessment's other findings).
#[derive(Serialize)]
struct DrOut<'a> {
    rpo_target_seconds: Option<u64>,
    achievable_rpo_seconds: Option<u64>,
    replication_frequency_seconds: Option<u64>,
    rto_target_seconds: Option<u64>,
    churn_mb_per_s: Option<f64>,
    verdict: crate::dr::DrVerdict,
    /// The one line that explains the verdict (empty when it meets its targets), and the
    /// arithmetic, in the reader's language.
    reason: String,
    notes: Vec<String>,
    findings: Vec<&'a str>,
}

/// One machine against one matrix. Failures and unknowns are written out; rules that passed,
/// did not apply or could not be evaluated are listed by id (the `rules` table says what
/// each is; `rehost explain` gives one machine's every value).
type AssessmentOut<'a> = schema::Assessment<&'a str, FindingOut<'a>, AssessmentRest<'a>>;

/// What the writer alone says of an assessment, after its findings.
#[derive(Serialize)]
struct AssessmentRest<'a> {
    passed: Vec<&'a str>,
    not_applicable: Vec<&'a str>,
    not_evaluated: Vec<&'a str>,
    /// How much of the verdict was checked.
    coverage: CoverageOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dr: Option<DrOut<'a>>,
    /// The Azure size the machine would fail over or migrate to (the machine's `sizing`
    /// says how it was chosen); none for a machine the scenario does not cover.
    #[serde(skip_serializing_if = "Option::is_none")]
    vm_size: Option<&'a str>,
}

/// Of the blocking rules that apply to the machine, how many were evaluated and which were
/// not (the inventory has no column for them): a ready verdict with `fully_checked` false
/// holds only as far as the file let rehost check ([`crate::rules::coverage`]).
#[derive(Serialize)]
struct CoverageOut<'a> {
    blocking_rules: usize,
    evaluated: usize,
    not_evaluated: Vec<&'a str>,
    fully_checked: bool,
}

/// A machine's OS support, its reason and ESU note in the reader's language.
#[derive(Serialize)]
struct SupportOut<'a> {
    status: crate::lifecycle::SupportStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    release: Option<std::borrow::Cow<'a, str>>,
    mainstream_end: Option<crate::model::Date>,
    extended_end: Option<crate::model::Date>,
    esu_end: Option<crate::model::Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    esu_note: Option<std::borrow::Cow<'static, str>>,
    source: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<String>,
}

impl<'a> SupportOut<'a> {
    fn new(s: &'a crate::lifecycle::Support, lang: Lang) -> Self {
        SupportOut {
            status: s.status,
            release: crate::words::lifecycle::release(lang, s),
            mainstream_end: s.mainstream_end,
            extended_end: s.extended_end,
            esu_end: s.esu_end,
            esu_note: crate::words::lifecycle::esu_note(lang, s),
            source: s.source,
            why: crate::words::lifecycle::support_why(lang, s),
        }
    }
}

/// One machine: its name and assessments ([`schema::Machine`]) around what the writer alone
/// says of it.
type MachineOut<'a> = schema::Machine<&'a str, MachineRest<'a>, AssessmentOut<'a>>;

/// A machine's imported facts, support and size, between its name and its assessments.
#[derive(Serialize)]
struct MachineRest<'a> {
    /// Its group, and the group's wave and owner from a groups file, only when the run
    /// grouped machines (`--group-by`, `--groups`); none for an ungrouped machine.
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wave: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<&'a str>,
    #[serde(flatten)]
    facts: Facts<'a>,
    /// The OS's support on the day assessed.
    support: SupportOut<'a>,
    /// What it would run on in Azure and what that costs: one answer for every target (a
    /// failover VM and a migrated VM are sized alike), written once.
    sizing: &'a super::plan::SizingOut<'a>,
}

/// What each rule is, written once rather than in every machine's findings.
#[derive(Serialize)]
struct RuleOut<'a> {
    target: &'a str,
    edition: String,
    title: std::borrow::Cow<'a, str>,
    severity: Severity,
    reference: &'a str,
    remediation: std::borrow::Cow<'a, str>,
}

/// One machine, as evaluated, written as JSON into `out` (after a comma unless it is first).
#[allow(clippy::too_many_arguments)]
fn write_machine(
    inv: &Inventory,
    lang: Lang,
    planner: &Planner,
    totals: &std::sync::Mutex<PlanTotals>,
    groups: Option<&crate::estate::groups::Groups>,
    selection: &Selection<'_>,
    i: usize,
    per: &[Assessment],
    dr: &[Option<DrResult>],
    out: &mut Vec<u8>,
) {
    let m = &inv.machines[i];
    let plan = planner.plan(m);
    if let Ok(mut t) = totals.lock() {
        t.add(planner, &plan);
    }
    let sizing = super::plan::sizing(planner, &plan, m, lang);
    let assessments = per
        .iter()
        .map(|a| {
            let mx: &Matrix = selection.matrices[a.matrix];
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
                    .filter(|f| f.outcome.is_reported())
                    .map(|f| finding(inv, Of::in_selection(selection, a.matrix), m, f, lang))
                    .collect(),
                rest: AssessmentRest {
                    passed: ids(&|f| f.outcome == Outcome::Pass && f.applicable),
                    not_applicable: ids(&|f| f.outcome == Outcome::Pass && !f.applicable),
                    not_evaluated: ids(&|f| f.outcome == Outcome::NotEvaluated),
                    coverage: CoverageOut {
                        blocking_rules: a.coverage.blocking(),
                        evaluated: a.coverage.evaluated(),
                        not_evaluated: a
                            .coverage
                            .not_evaluated()
                            .map(|r| mx.rules[r].id.as_str())
                            .collect(),
                        fully_checked: a.coverage.fully_checked(),
                    },
                    dr: dr.get(a.matrix).and_then(|d| d.as_ref()).map(|d| DrOut {
                        rpo_target_seconds: d.rpo_target_seconds,
                        achievable_rpo_seconds: d.achievable_rpo_seconds,
                        replication_frequency_seconds: d.replication_frequency_seconds,
                        rto_target_seconds: d.rto_target_seconds,
                        churn_mb_per_s: d.churn_mb_per_s,
                        verdict: d.verdict,
                        reason: crate::words::dr::reason(
                            lang,
                            d,
                            Of::in_selection(selection, a.matrix),
                            a,
                            m,
                        ),
                        notes: d
                            .notes
                            .iter()
                            .map(|n| {
                                crate::words::dr::note(
                                    lang,
                                    n,
                                    Of::in_selection(selection, a.matrix),
                                    a,
                                    m,
                                )
                            })
                            .collect(),
                        findings: d
                            .findings
                            .iter()
                            .map(|k| mx.rules[a.findings[*k].rule].id.as_str())
                            .collect(),
                    }),
                    vm_size: (a.readiness != Readiness::NotApplicable)
                        .then_some(sizing.vm_size)
                        .flatten(),
                },
            }
        })
        .collect();
    if i > 0 {
        out.extend_from_slice(b",\n");
    }
    let group = groups.and_then(|g| g.of.get(i).copied().flatten().map(|k| &g.groups[k]));
    let machine = MachineOut {
        name: &m.name,
        rest: MachineRest {
            group: group.map(|g| g.name.as_str()),
            wave: group.and_then(|g| g.wave.as_deref()),
            owner: group.and_then(|g| g.owner.as_deref()),
            facts: facts(m),
            support: SupportOut::new(&plan.support, lang),
            sizing: &sizing,
        },
        assessments,
    };
    // Structs with string keys into a Vec cannot fail to serialise; were it to, the document
    // stays valid JSON.
    if serde_json::to_writer(&mut *out, &machine).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// `rehost assess --format json`: evaluates the inventory and writes the whole contract as
/// it goes, so that a million machines never sit in memory as one document and each is
/// evaluated once, on every core. Returns the evaluation (verdicts only) for the caller's
/// summary and exit status.
pub fn assess_and_write<'a>(
    inv: &Inventory,
    selection: Selection<'a>,
    strict: bool,
    dr_options: DrOptions,
    planner: &Planner,
    lang: Lang,
    w: &mut (dyn Write + Send),
) -> std::io::Result<Evaluation<'a>> {
    assess_and_write_with(
        inv,
        selection,
        strict,
        dr_options,
        planner,
        Default::default(),
        lang,
        w,
    )
}

/// As [`assess_and_write`], with the run's scope, groups and estate totals (`view`) in the
/// summary.
#[allow(clippy::too_many_arguments)]
pub fn assess_and_write_with<'a>(
    inv: &Inventory,
    selection: Selection<'a>,
    strict: bool,
    dr_options: DrOptions,
    planner: &Planner,
    view: std::sync::Arc<crate::estate::View>,
    lang: Lang,
    w: &mut (dyn Write + Send),
) -> std::io::Result<Evaluation<'a>> {
    let mut rules = serde_json::Map::new();
    for mx in &selection.matrices {
        for r in &mx.rules {
            // The words in the reader's language where the rule has them; the keys stay.
            let out = RuleOut {
                target: mx.target(),
                edition: mx.edition().to_string(),
                title: crate::words::finding::rule_title(r, lang),
                severity: r.severity,
                reference: &r.reference,
                remediation: crate::words::finding::remediation(r, lang),
            };
            rules.insert(r.id.clone(), serde_json::to_value(out)?);
        }
    }
    write!(w, "{{\"lang\": \"{}\",\n\"rules\": ", lang.code())?;
    serde_json::to_writer(&mut *w, &rules)?;
    // Where support dates and sizes come from, once for the document.
    let lifecycle: serde_json::Map<String, Json> = planner
        .lifecycle
        .products
        .iter()
        .map(|p| {
            (
                p.product.clone(),
                json!({ "title": p.title, "source": p.source, "provenance": p.provenance }),
            )
        })
        .collect();
    w.write_all(b",\n\"lifecycle\": ")?;
    serde_json::to_writer(&mut *w, &lifecycle)?;
    write!(w, ",\n\"{}\": [\n", schema::MACHINES)?;
    let totals = std::sync::Mutex::new(PlanTotals::default());
    let render = |sel: &Selection<'_>,
                  i: usize,
                  per: &[Assessment],
                  dr: &[Option<DrResult>],
                  out: &mut Vec<u8>| {
        write_machine(
            inv,
            lang,
            planner,
            &totals,
            view.groups.as_ref(),
            sel,
            i,
            per,
            dr,
            out,
        )
    };
    let mut ev = Evaluation::run_rendering(
        inv,
        selection,
        strict,
        dr_options,
        Keep::Verdicts,
        Some(&render),
        &mut |bytes| w.write_all(bytes),
    )?;
    ev.view = view;
    let summary = summarise(inv, &ev, lang);
    w.write_all(b"\n],\n\"data_quality\": ")?;
    serde_json::to_writer(&mut *w, &data_quality(inv, &summary, lang))?;
    let mut summary_json = serde_json::to_value(&summary).unwrap_or(Json::Null);
    if let Some(e) = &ev.estate {
        summary_json["dr"] = serde_json::to_value(e).unwrap_or(Json::Null);
        // The notes in the reader's language (the keys are sorted: they land where they were).
        let notes: Vec<String> = e
            .notes
            .iter()
            .map(|n| crate::words::dr::estate_note(lang, n))
            .collect();
        summary_json["dr"]["notes"] = Json::from(notes);
    }
    let totals = totals.into_inner().unwrap_or_default();
    summary_json["plan"] = totals.to_json(planner);
    super::estate::add_to_json(inv, &ev, lang, &mut summary_json);
    w.write_all(b",\n\"summary\": ")?;
    serde_json::to_writer_pretty(&mut *w, &summary_json)?;
    w.write_all(b"\n}\n")?;
    Ok(ev)
}
