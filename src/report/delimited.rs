//! `--format csv`: one row per machine × target, for spreadsheets, pivots and scripts, with
//! the machine's facts on each row, then one row per inventory row that is no machine
//! (readiness `skipped`, why in `note`). A cell that a
//! spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage return) is written
//! with a leading `'`, so inventory text never runs as a formula when the file is opened.

use crate::engine::Evaluation;
use crate::inventory::Inventory;

/// Neutralises text that a spreadsheet would read as a formula.
pub fn safe(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// The columns, in order, by their catalogue ids (`rep-csv-<column>`). The first eleven are
/// the report's columns since its first version, in place, so a script that reads them by
/// position or English name still does; the machine's facts follow, so that one flat table
/// pivots without the workbook. Numbers are plain numbers (no thousands separator, a dot for
/// decimals) in every language; categories are codes, as in the JSON.
pub const COLUMNS: [&str; 27] = [
    "rep-csv-name",
    "rep-csv-source",
    "rep-csv-target",
    "rep-csv-edition",
    "rep-csv-readiness",
    "rep-csv-blocking-rules",
    "rep-csv-conditions",
    "rep-csv-dr-verdict",
    // Whether every applicable blocking rule was evaluated, and the ones that were not (the
    // inventory has no column for them): "ready" with fully_checked false holds only as far
    // as the file let rehost check.
    "rep-csv-fully-checked",
    "rep-csv-not-checked",
    "rep-csv-note",
    "rep-csv-unknown-rules",
    "rep-csv-platform",
    "rep-csv-os-as-written",
    "rep-csv-os-as-read",
    "rep-csv-os-support",
    "rep-csv-support-ends",
    "rep-csv-firmware",
    "rep-csv-cores",
    "rep-csv-memory-gb",
    "rep-csv-disks",
    "rep-csv-provisioned-gb",
    "rep-csv-largest-disk-gb",
    "rep-csv-azure-size",
    "rep-csv-file",
    "rep-csv-sheet",
    "rep-csv-row",
];

/// A header in the reader's language.
fn header(lang: crate::words::Lang, id: &str) -> String {
    use crate::say;
    match id {
        "rep-csv-name" => say!(lang, "rep-csv-name"),
        "rep-csv-source" => say!(lang, "rep-csv-source"),
        "rep-csv-target" => say!(lang, "rep-csv-target"),
        "rep-csv-edition" => say!(lang, "rep-csv-edition"),
        "rep-csv-readiness" => say!(lang, "rep-csv-readiness"),
        "rep-csv-blocking-rules" => say!(lang, "rep-csv-blocking-rules"),
        "rep-csv-conditions" => say!(lang, "rep-csv-conditions"),
        "rep-csv-dr-verdict" => say!(lang, "rep-csv-dr-verdict"),
        "rep-csv-fully-checked" => say!(lang, "rep-csv-fully-checked"),
        "rep-csv-not-checked" => say!(lang, "rep-csv-not-checked"),
        "rep-csv-note" => say!(lang, "rep-csv-note"),
        "rep-csv-unknown-rules" => say!(lang, "rep-csv-unknown-rules"),
        "rep-csv-platform" => say!(lang, "rep-csv-platform"),
        "rep-csv-os-as-written" => say!(lang, "rep-csv-os-as-written"),
        "rep-csv-os-as-read" => say!(lang, "rep-csv-os-as-read"),
        "rep-csv-os-support" => say!(lang, "rep-csv-os-support"),
        "rep-csv-support-ends" => say!(lang, "rep-csv-support-ends"),
        "rep-csv-firmware" => say!(lang, "rep-csv-firmware"),
        "rep-csv-cores" => say!(lang, "rep-csv-cores"),
        "rep-csv-memory-gb" => say!(lang, "rep-csv-memory-gb"),
        "rep-csv-disks" => say!(lang, "rep-csv-disks"),
        "rep-csv-provisioned-gb" => say!(lang, "rep-csv-provisioned-gb"),
        "rep-csv-largest-disk-gb" => say!(lang, "rep-csv-largest-disk-gb"),
        "rep-csv-azure-size" => say!(lang, "rep-csv-azure-size"),
        "rep-csv-file" => say!(lang, "rep-csv-file"),
        "rep-csv-sheet" => say!(lang, "rep-csv-sheet"),
        "rep-csv-row" => say!(lang, "rep-csv-row"),
        other => unreachable!("no CSV column {other}"),
    }
}

/// A number as a spreadsheet reads it in any locale's import: no separators, a dot, at most
/// two decimals, none when whole.
pub fn number(x: f64) -> String {
    let text = format!("{x:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

pub fn render(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    planner: &crate::plan::Planner,
    lang: crate::words::Lang,
) -> Result<Vec<u8>, csv::Error> {
    use crate::lifecycle::SupportStatus;
    use crate::report::xlsx::gb;
    let mut w = csv::Writer::from_writer(Vec::new());
    // Grouped (`--group-by`, `--groups`): the machine's group last, so the table pivots by
    // it; the other columns stay where they always were.
    let groups = ev.view.groups.as_ref();
    let group_of = |i: usize| -> Vec<String> {
        groups
            .map(|g| {
                vec![safe(
                    &g.of
                        .get(i)
                        .copied()
                        .flatten()
                        .map(|k| g.groups[k].name.clone())
                        .unwrap_or_else(|| crate::words::estate::ungrouped(lang)),
                )]
            })
            .unwrap_or_default()
    };
    let extra_head: Vec<String> = groups
        .map(|_| vec![crate::say!(lang, "est-csv-group")])
        .unwrap_or_default();
    w.write_record(
        COLUMNS
            .iter()
            .map(|id| header(lang, id))
            .chain(extra_head.iter().cloned()),
    )?;
    let opt = |x: Option<f64>| x.map(number).unwrap_or_default();
    for (i, (m, per)) in inv.machines.iter().zip(&ev.per_machine).enumerate() {
        if per.is_empty() {
            continue;
        }
        // The machine's facts, the same on each of its targets' rows.
        let plan = planner.plan(m);
        let ends = match plan.support.status {
            SupportStatus::Mainstream => plan.support.mainstream_end,
            SupportStatus::Extended | SupportStatus::OutOfSupport => plan.support.extended_end,
            SupportStatus::Unknown => None,
        };
        let largest = m
            .disks
            .iter()
            .filter_map(|d| d.size_bytes.known().copied())
            .max();
        let facts: [String; 15] = [
            m.hypervisor
                .known()
                .map(|h| h.as_str().to_string())
                .unwrap_or_default(),
            safe(m.os.known().map(|os| os.raw.as_str()).unwrap_or("")),
            safe(
                &m.os
                    .known()
                    .map(|os| crate::words::check::os_label(os, lang))
                    .unwrap_or_default(),
            ),
            plan.support.status.as_str().to_string(),
            ends.map(|d| d.to_string()).unwrap_or_default(),
            m.effective_firmware()
                .known()
                .map(|f| f.as_str().to_string())
                .unwrap_or_default(),
            opt(m.cores.known().map(|c| f64::from(*c))),
            opt(m.memory_bytes.known().map(|b| gb(*b))),
            m.disks.len().to_string(),
            opt(m.total_storage_bytes().map(gb)),
            opt(largest.map(gb)),
            plan.sizing
                .choice
                .size
                .map(|z| planner.catalogue.sizes[z].name.clone())
                .unwrap_or_default(),
            safe(&m.source.file),
            safe(m.source.sheet.as_deref().unwrap_or("")),
            m.source.row.to_string(),
        ];
        for a in per {
            let mx = ev.selection.matrices[a.matrix];
            let ids = |it: &mut dyn Iterator<Item = &crate::rules::Finding>| {
                it.map(|f| mx.rules[f.rule].id.clone())
                    .collect::<Vec<_>>()
                    .join(";")
            };
            let blocking = ids(&mut a.deciding());
            let conditions = ids(&mut a.conditions());
            let unknown = ids(&mut a
                .findings
                .iter()
                .filter(|f| f.outcome == crate::rules::Outcome::Unknown));
            let dr = ev.dr[i]
                .get(a.matrix)
                .and_then(|d| d.as_ref())
                .map(|d| d.verdict.as_str())
                .unwrap_or("");
            let verdict = [
                safe(&m.name),
                safe(&m.source.display()),
                mx.target().to_string(),
                mx.edition().to_string(),
                a.readiness.as_str().to_string(),
                blocking,
                conditions,
                dr.to_string(),
                a.coverage.fully_checked().to_string(),
                a.coverage
                    .not_evaluated()
                    .map(|r| mx.rules[r].id.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
                String::new(),
                unknown,
            ];
            w.write_record(verdict.iter().chain(&facts).chain(&group_of(i)))?;
        }
    }
    // Rows that are no machine, one line each with why: rows in = machines + these.
    let skipped = inv
        .data_quality
        .iter()
        .filter(|d| d.issue == crate::inventory::imported::Issue::Skipped);
    for (r, d) in super::summary::skipped_rows(inv, lang)
        .into_iter()
        .zip(skipped)
    {
        let mut row = vec![String::new(); COLUMNS.len()];
        row[0] = safe(&r.machine);
        row[1] = safe(&r.place);
        row[4] = "skipped".to_string();
        // Not assessed, so neither fully nor partly checked.
        row[10] = safe(&r.why);
        row[24] = safe(&d.file);
        row[25] = safe(d.sheet.as_deref().unwrap_or(""));
        row[26] = d.row.map(|n| n.to_string()).unwrap_or_default();
        row.extend(extra_head.iter().map(|_| String::new()));
        w.write_record(&row)?;
    }
    // Machines a `--where` left out, one line each with why: rows in = rows out still.
    let scope = &ev.view.scope;
    for e in &scope.excluded {
        let m = &e.machine;
        let mut row = vec![String::new(); COLUMNS.len()];
        row[0] = safe(&m.name);
        row[1] = safe(&m.source.display());
        row[4] = "out-of-scope".to_string();
        row[10] = safe(&crate::words::estate::excluded_why(scope, e, lang));
        row[24] = safe(&m.source.file);
        row[25] = safe(m.source.sheet.as_deref().unwrap_or(""));
        row[26] = m.source.row.to_string();
        row.extend(extra_head.iter().map(|_| String::new()));
        w.write_record(&row)?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::{number, safe};

    #[test]
    fn numbers_are_plain() {
        for (x, want) in [
            (1234567.0, "1234567"),
            (0.5, "0.5"),
            (7.999, "8"),
            (2.25, "2.25"),
            (1.1, "1.1"),
            (0.0, "0"),
            (-0.001, "0"),
        ] {
            assert_eq!(number(x), want, "{x}");
        }
    }

    #[test]
    fn formula_text_is_neutralised() {
        assert_eq!(
            safe("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        assert_eq!(safe("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(safe("-2+3"), "'-2+3");
        assert_eq!(safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe("web-01"), "web-01");
    }
}
