//! The Rules sheet: every matrix used, and every rule with its parameters, so a reader can
//! check the tool.

use crate::words::finding::{remediation, rule_message, rule_title};
use crate::words::report::{label, severity};
use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{Sheet, Styles};
use crate::engine::Evaluation;

pub fn write(ws: &mut Worksheet, ev: &Evaluation<'_>, st: &Styles) -> Result<(), XlsxError> {
    let mut s = Sheet::wide(ws, st);
    // The target column holds the longest target's name whole.
    let longest = ev
        .selection
        .matrices
        .iter()
        .map(|mx| crate::report::width(mx.target()))
        .max()
        .unwrap_or(0);
    let cols = [
        ("rep-target", super::fitted(longest, 8.0, 30.0)),
        ("rep-edition", 11.0),
        ("rep-rule", 26.0),
        ("rep-severity", 10.0),
        ("rep-title", 34.0),
        ("rep-applies-to", 26.0),
        ("rep-checks", 60.0),
        ("rep-message-when-it-fails", 60.0),
        ("rep-remediation", 50.0),
        ("rep-reference", 12.0),
    ];
    s.set_widths(&cols);
    let mut r = 0u32;
    for mx in &ev.selection.matrices {
        r += 1;
        s.text_with(r, 0, mx.target(), &st.label)?;
        s.text_with(r, 1, &mx.edition().to_string(), &st.label)?;
        s.text_with(r, 2, label(st.lang, "rep-xlsx-matrix"), &st.label)?;
        s.text_with(
            r,
            4,
            &crate::words::finding::matrix_title(&mx.matrix, st.lang),
            &st.label,
        )?;
        // The copy read and the transcriber's notes are the edition's record of the page, in
        // the page's language; a Korean reader is told so.
        let record = |text: &str| match text.is_empty() {
            false => crate::say!(st.lang, "rep-xlsx-record", text = text),
            true => String::new(),
        };
        s.wrapped(
            r,
            6,
            &record(mx.matrix.provenance.as_deref().unwrap_or("")),
            st,
        )?;
        s.wrapped(r, 7, &record(mx.matrix.notes.as_deref().unwrap_or("")), st)?;
        s.link(
            r,
            9,
            &mx.matrix.source,
            label(st.lang, "rep-matrix-page"),
            st,
        )?;
        for rule in &mx.rules {
            r += 1;
            s.text(r, 0, mx.target())?;
            s.text(r, 1, &mx.edition().to_string())?;
            s.text(r, 2, &rule.id)?;
            s.text(r, 3, severity(st.lang, rule.severity))?;
            s.wrapped(r, 4, &rule_title(rule, st.lang), st)?;
            s.wrapped(
                r,
                5,
                &rule
                    .when
                    .as_ref()
                    .map(|w| crate::words::check::when(w, st.lang))
                    .unwrap_or_default(),
                st,
            )?;
            s.wrapped(
                r,
                6,
                &crate::words::check::describe(&rule.check, st.lang),
                st,
            )?;
            s.wrapped(r, 7, &rule_message(rule, st.lang), st)?;
            s.wrapped(r, 8, &remediation(rule, st.lang), st)?;
            s.link(
                r,
                9,
                &rule.reference,
                label(st.lang, "rep-page-section"),
                st,
            )?;
        }
    }
    s.table(0, &st.heads(&cols), r, st)?;
    Ok(())
}
