//! `--format csv`: one row per machine × target, for spreadsheets and scripts, then one row
//! per inventory row that is no machine (readiness `skipped`, why in `note`). A cell that a
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

pub fn render(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    lang: crate::words::Lang,
) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "name",
        "source",
        "target",
        "edition",
        "readiness",
        "blocking_rules",
        "conditions",
        "dr_verdict",
        // Whether every applicable blocking rule was evaluated, and the ones that were not
        // (the inventory has no column for them): "ready" with fully_checked false holds only
        // as far as the file let rehost check.
        "fully_checked",
        "not_checked",
        "note",
    ])?;
    for (i, (m, per)) in inv.machines.iter().zip(&ev.per_machine).enumerate() {
        for a in per {
            let mx = ev.selection.matrices[a.matrix];
            let ids = |it: &mut dyn Iterator<Item = &crate::rules::Finding>| {
                it.map(|f| mx.rules[f.rule].id.clone())
                    .collect::<Vec<_>>()
                    .join(";")
            };
            let blocking = ids(&mut a.deciding());
            let conditions = ids(&mut a.conditions());
            let dr = ev.dr[i]
                .get(a.matrix)
                .and_then(|d| d.as_ref())
                .map(|d| d.verdict.as_str())
                .unwrap_or("");
            w.write_record([
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
            ])?;
        }
    }
    // Rows that are no machine, one line each with why: rows in = machines + these.
    for r in super::summary::skipped_rows(inv, lang) {
        w.write_record([
            safe(&r.machine),
            safe(&r.place),
            String::new(),
            String::new(),
            "skipped".to_string(),
            String::new(),
            String::new(),
            String::new(),
            // Not assessed, so neither fully nor partly checked.
            String::new(),
            String::new(),
            safe(&r.why),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::safe;

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
