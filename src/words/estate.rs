//! The estate's words: its totals, the run's scope (`--where`) and groups, and what
//! `--where`, `--group-by` and `--groups` cannot do (`EstateError`).

use super::Lang;
use crate::estate::groups::{Groups, Source};
use crate::estate::scope::Scope;
use crate::estate::totals::{Bucket, Sum, Totals};
use crate::estate::{EstateError, GroupsFileProblem};
use crate::units::{format_size, group_thousands};

/// The English words, as anyhow's chain shows them.
impl std::fmt::Display for EstateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&error(self, Lang::En))
    }
}

/// What `--where`, `--group-by` or `--groups` cannot do, in the reader's language.
pub fn error(e: &EstateError, lang: Lang) -> String {
    let q = |t: &str| format!("{t:?}");
    match e {
        EstateError::NoOperator { expr } => {
            crate::say!(lang, "est-err-no-operator", expr = q(expr))
        }
        EstateError::NoField { expr } => crate::say!(lang, "est-err-no-field", expr = q(expr)),
        EstateError::NoValue { expr } => crate::say!(lang, "est-err-no-value", expr = q(expr)),
        EstateError::UnknownField { expr, field } => crate::say!(
            lang,
            "est-err-unknown-field",
            expr = q(expr),
            field = q(field),
            known = crate::estate::scope::FIELDS
        ),
        EstateError::BadValue {
            expr,
            value,
            allowed,
        } => crate::say!(
            lang,
            "est-err-bad-value",
            expr = q(expr),
            value = q(value),
            allowed = *allowed
        ),
        EstateError::NoColumn { what } => crate::say!(lang, "est-err-no-column", what = q(what)),
        EstateError::GroupsFile { file, why } => {
            let why = match why {
                GroupsFileProblem::Io(e) => e.clone(),
                GroupsFileProblem::NoColumn { column } => {
                    crate::say!(lang, "est-err-groups-no-column", column = *column)
                }
                GroupsFileProblem::BadRow { row, error } => crate::say!(
                    lang,
                    "est-err-groups-bad-row",
                    row = *row,
                    error = error.as_str()
                ),
            };
            crate::say!(lang, "est-err-groups-file", file = file.as_str(), why = why)
        }
    }
}

fn sum_text(s: &Option<Sum>, lang: Lang, size: bool) -> Option<String> {
    let s = s.as_ref()?;
    let total = if size {
        // Whole gigabytes: an estate's total is read, not computed with.
        const GIB: f64 = 1024.0 * 1024.0 * 1024.0;
        let gb = (s.total as f64 / GIB).round();
        super::quantity::unit_style(format_size((gb * GIB) as u64), lang)
    } else {
        group_thousands(s.total as f64)
    };
    Some(if s.unknown > 0 {
        crate::say!(lang, "est-with-unknown", value = total, n = s.unknown)
    } else {
        total
    })
}

/// A product id as the reader names it.
pub fn product(id: &str, lang: Lang) -> String {
    match id {
        "unknown" => crate::say!(lang, "est-os-unknown"),
        _ => match lang {
            Lang::Ko => crate::os::product_name_ko(id)
                .or(crate::os::product_name(id))
                .map(str::to_string),
            _ => crate::os::product_name(id).map(str::to_string),
        }
        .unwrap_or_else(|| crate::say!(lang, "est-os-other")),
    }
}

/// A bucket's name; the blank ones said so.
pub fn bucket_name(b: &Bucket, lang: Lang) -> String {
    b.name
        .clone()
        .unwrap_or_else(|| crate::say!(lang, "est-blank"))
}

/// The totals as a few short lines (each a sentence the reports wrap): machines and sizes,
/// storage, power, OS products, each breakdown, over-commit. `top` limits each list.
pub fn totals_lines(t: &Totals, lang: Lang, top: usize) -> Vec<String> {
    let mut out = Vec::new();
    // What the inventory has no column for, said once at the end.
    let mut missing: Vec<&str> = Vec::new();
    // Machines, then whichever of vCPU and memory the inventory gives.
    let mut first = vec![crate::say!(lang, "est-machines", n = t.machines)];
    match sum_text(&t.vcpu, lang, false) {
        Some(v) => first.push(crate::say!(lang, "est-vcpu-total", value = v)),
        None => missing.push(super::report::label(lang, "est-vcpu")),
    }
    match sum_text(&t.memory_bytes, lang, true) {
        Some(v) => first.push(crate::say!(lang, "est-memory-total", value = v)),
        None => missing.push(super::report::label(lang, "est-memory")),
    }
    out.push(first.join(" · "));
    let ne = || crate::say!(lang, "est-not-evaluated-short");
    // Storage: what is given, provisioned and in use; what is not, in the list at the end.
    let mut storage = Vec::new();
    for (sum, total, word) in [
        (
            &t.provisioned_bytes,
            "est-provisioned-total",
            "est-provisioned-storage",
        ),
        (&t.in_use_bytes, "est-in-use-total", "est-in-use-storage"),
    ] {
        match sum_text(sum, lang, true) {
            Some(v) => storage.push(match total {
                "est-provisioned-total" => crate::say!(lang, "est-provisioned-total", value = v),
                _ => crate::say!(lang, "est-in-use-total", value = v),
            }),
            None => missing.push(super::report::label(lang, word)),
        }
    }
    if !storage.is_empty() {
        out.push(crate::say!(lang, "est-storage", list = storage.join(" · ")));
    }
    let mut line = Vec::new();
    match &t.power {
        Some(p) => line.push(crate::say!(
            lang,
            "est-power",
            on = p.on,
            off = p.off,
            suspended = p.suspended,
            unknown = p.unknown
        )),
        None => missing.push(super::report::label(lang, "est-power-state")),
    }
    match t.templates {
        Some(n) => line.push(crate::say!(lang, "est-templates", n = n)),
        None => missing.push(super::report::label(lang, "est-templates-word")),
    }
    if !line.is_empty() {
        out.push(line.join(" · "));
    }
    match &t.os_families {
        Some(f) => {
            let mut items: Vec<String> = f
                .iter()
                .take(top)
                .map(|f| format!("{} {}", product(&f.product, lang), f.machines))
                .collect();
            if f.len() > top {
                items.push(crate::say!(lang, "est-more", n = f.len() - top));
            }
            out.push(crate::say!(lang, "est-os", list = items.join(", ")));
        }
        None => missing.push(super::report::label(lang, "est-os-word")),
    }
    if let Some(v) = &t.os_versions {
        let mut by: std::collections::BTreeMap<crate::lifecycle::SupportStatus, usize> =
            Default::default();
        for l in v {
            *by.entry(l.status).or_default() += l.machines;
        }
        let items: Vec<String> = by
            .iter()
            .map(|(s, n)| format!("{} {n}", super::report::support(lang, *s)))
            .collect();
        out.push(crate::say!(lang, "est-support", list = items.join(", ")));
    }
    let mut missing_by = Vec::new();
    for (b, w) in [
        (&t.by_cluster, "est-cluster"),
        (&t.by_datacenter, "est-datacenter"),
        (&t.by_folder, "est-folder"),
    ] {
        let what = super::report::label(lang, w);
        match b {
            Some(b) => {
                let mut items: Vec<String> = b
                    .iter()
                    .take(top)
                    .map(|x| format!("{} {}", bucket_name(x, lang), x.machines))
                    .collect();
                if b.len() > top {
                    items.push(crate::say!(lang, "est-more", n = b.len() - top));
                }
                out.push(crate::say!(
                    lang,
                    "est-by",
                    what = what,
                    n = b.len(),
                    list = items.join(", ")
                ));
            }
            None => missing_by.push(crate::say!(lang, "est-by-what", what = what)),
        }
    }
    match &t.overall {
        Some(l) => {
            let cpu = match l.vcpu_per_core {
                Some(r) => crate::say!(lang, "est-overcommit-cpu", ratio = group_thousands(r)),
                None => {
                    missing.push(super::report::label(lang, "est-host-cores"));
                    ne()
                }
            };
            let memory = match l.memory_ratio {
                Some(r) => crate::say!(
                    lang,
                    "est-overcommit-memory",
                    percent = group_thousands((r * 100.0).round())
                ),
                None => {
                    missing.push(super::report::label(lang, "est-host-memory"));
                    crate::say!(lang, "est-overcommit-memory-ne")
                }
            };
            out.push(crate::say!(
                lang,
                "est-overcommit",
                hosts = l.hosts,
                cpu = cpu,
                memory = memory
            ));
        }
        None => missing.push(super::report::label(lang, "est-overcommit-word")),
    }
    let mut all: Vec<String> = missing.iter().map(|s| s.to_string()).collect();
    all.extend(missing_by);
    if !all.is_empty() {
        out.push(crate::say!(
            lang,
            "est-not-evaluated",
            what = all.join(", ")
        ));
    }
    out
}

/// The scope line, and one line per machine out of scope (`limit` of them, then how many
/// more).
pub fn scope_lines(s: &Scope, lang: Lang, limit: usize) -> Vec<String> {
    if !s.asked() {
        return Vec::new();
    }
    let conditions: Vec<&str> = s.conditions.iter().map(|c| c.text.as_str()).collect();
    let mut out = vec![crate::say!(
        lang,
        "est-scope",
        conditions = conditions.join(&format!(" {} ", crate::say!(lang, "est-and"))),
        n = s.machines_before - s.excluded.len(),
        all = s.machines_before,
        out = s.excluded.len()
    )];
    // By reason: the condition unmet, or its value unknown; each with its machines.
    let mut reasons: Vec<((usize, bool), Vec<&str>)> = Vec::new();
    for e in &s.excluded {
        let key = (e.condition, e.unknown);
        match reasons.iter_mut().find(|(k, _)| *k == key) {
            Some((_, names)) => names.push(&e.machine.name),
            None => reasons.push((key, vec![&e.machine.name])),
        }
    }
    if limit > 0 {
        for ((_, _), names) in &reasons {
            let first = s
                .excluded
                .iter()
                .find(|e| e.machine.name == names[0])
                .map(|e| excluded_why(s, e, lang))
                .unwrap_or_default();
            let mut shown: Vec<String> = names.iter().take(limit).map(|n| n.to_string()).collect();
            if names.len() > limit {
                shown.push(crate::say!(lang, "est-more", n = names.len() - limit));
            }
            out.push(crate::say!(
                lang,
                "est-out",
                why = first,
                n = names.len(),
                names = shown.join(", ")
            ));
        }
    }
    out
}

/// Why one machine is out of scope.
pub fn excluded_why(s: &Scope, e: &crate::estate::scope::Excluded, lang: Lang) -> String {
    let c = s.conditions[e.condition].text.as_str();
    if e.unknown {
        crate::say!(lang, "est-why-unknown", condition = c)
    } else {
        crate::say!(lang, "est-why-unmet", condition = c)
    }
}

/// What groups come from, as a heading says it.
pub fn source(g: &Groups, lang: Lang) -> String {
    match &g.source {
        Source::Cluster => crate::say!(lang, "est-cluster"),
        Source::Datacenter => crate::say!(lang, "est-datacenter"),
        Source::Folder => crate::say!(lang, "est-folder"),
        Source::Field(f) => super::model::field(*f, lang).to_string(),
        Source::Column(h) => h.clone(),
        Source::File(f) => f.clone(),
    }
}

/// The name of the machines no group names.
pub fn ungrouped(lang: Lang) -> String {
    crate::say!(lang, "est-ungrouped")
}

/// A groups file's row that names no machine of the inventory.
pub fn unknown_row(g: &Groups, r: &crate::estate::groups::UnknownRow, lang: Lang) -> String {
    crate::say!(
        lang,
        "est-unknown-row",
        file = source(g, lang),
        row = r.row,
        machine = r.machine.as_str(),
        group = r.group.as_str()
    )
}

/// A group's chosen sizes: how many machines got one, their vCPUs and memory.
pub fn group_sizes(s: &crate::estate::group_sizes::Sizes, lang: Lang) -> String {
    crate::say!(
        lang,
        "est-gc-sized",
        sized = s.sized,
        n = s.machines(),
        vcpus = group_thousands(s.vcpus as f64),
        memory = group_thousands(s.memory_gib)
    )
}

/// A group's monthly cost with a price file (none without): the total in whole units, then
/// compute and storage with how many machines the file priced, so a partial sum says so and
/// a part no machine is priced for shows a dash, not 0.
pub fn group_cost(s: &crate::estate::group_sizes::Sizes, lang: Lang) -> Option<String> {
    let c = s.cost.as_ref()?;
    let Some(total) = c.monthly_total() else {
        return Some(crate::say!(lang, "est-gc-not-priced", n = s.machines()));
    };
    let whole = |x: Option<f64>| x.map_or("—".to_string(), |x| group_thousands(x.round()));
    Some(crate::say!(
        lang,
        "est-gc-cost",
        total = group_thousands(total.round()),
        currency = c.currency.as_str(),
        compute = whole(c.monthly_compute),
        cp = c.compute_priced,
        storage = whole(c.monthly_storage),
        sp = c.storage_priced,
        n = s.machines()
    ))
}

/// Both, as one cell of a table.
pub fn group_sizes_and_cost(s: &crate::estate::group_sizes::Sizes, lang: Lang) -> String {
    let mut out = group_sizes(s, lang);
    if let Some(c) = group_cost(s, lang) {
        out.push_str(" · ");
        out.push_str(&c);
    }
    out
}
