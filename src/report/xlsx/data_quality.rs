//! The Data quality sheet: every file and sheet read, with its format, column mapping and row
//! counts, then every record (unreadable cells with their reference and raw text, skipped rows,
//! assumptions, rules left unevaluated).

use crate::words::model::LabelIn;
use crate::words::report::label;
use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{MAX_ROWS, Sheet, Styles};
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::report::summary::{data_quality, summarise};

pub fn write(
    ws: &mut Worksheet,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    st: &Styles,
) -> Result<(), XlsxError> {
    // A long list of wide rows: printed like the other table sheets (landscape, one page
    // wide, the header on every page), its long cells wrapped in their columns.
    let mut s = Sheet::wide(ws, st);
    let summary = summarise(inv, ev, st.lang);
    let records = data_quality(inv, &summary, st.lang);

    // Records first: they are the long list a reader filters. Columns as wide as what they
    // hold, up to a cap past which the text wraps.
    let widest = |f: &dyn Fn(&crate::inventory::DataQuality) -> String, floor, cap| {
        let w = records
            .iter()
            .map(|d| crate::report::width(&f(d)))
            .max()
            .unwrap_or(0);
        super::fitted(w, floor, cap)
    };
    let cols = [
        (
            "rep-issue",
            widest(
                &|d| crate::words::inventory::issue(d.issue, st.lang),
                8.0,
                16.0,
            ),
        ),
        (
            "rep-file",
            widest(&|d| st.file(&d.file).to_string(), 8.0, 40.0),
        ),
        (
            "rep-sheet",
            widest(&|d| d.sheet.as_deref().unwrap_or("").into(), 8.0, 20.0),
        ),
        (
            "rep-cell",
            widest(&|d| d.cell.as_deref().unwrap_or("").into(), 6.0, 14.0),
        ),
        ("rep-row", 7.0),
        (
            "rep-machine",
            widest(&|d| d.machine.as_deref().unwrap_or("").into(), 8.0, 30.0),
        ),
        (
            "rep-field",
            widest(
                &|d| d.field.map_or("", |f| f.label_in(st.lang)).to_string(),
                8.0,
                20.0,
            ),
        ),
        (
            "rep-raw-text",
            widest(&|d| d.raw.as_deref().unwrap_or("").into(), 8.0, 30.0),
        ),
        ("rep-what", 80.0),
    ];
    s.set_widths(&cols);
    let mut r = 0u32;
    for d in records.iter().take(MAX_ROWS as usize - 200) {
        r += 1;
        s.text_top(r, 0, &crate::words::inventory::issue(d.issue, st.lang), st)?;
        s.text_top(r, 1, st.file(&d.file), st)?;
        s.text_top(r, 2, d.sheet.as_deref().unwrap_or(""), st)?;
        s.text_top(r, 3, d.cell.as_deref().unwrap_or(""), st)?;
        s.opt_num(r, 4, d.row.map(f64::from), &st.int)?;
        s.text_top(r, 5, d.machine.as_deref().unwrap_or(""), st)?;
        s.text_top(r, 6, d.field.map_or("", |f| f.label_in(st.lang)), st)?;
        s.text_top(r, 7, d.raw.as_deref().unwrap_or(""), st)?;
        s.wrapped(
            r,
            8,
            &crate::words::inventory::note(&d.message, st.lang),
            st,
        )?;
    }
    if records.is_empty() {
        r += 1;
        s.text(r, 8, label(st.lang, "rep-xlsx-dq-nothing"))?;
    }
    s.table(0, &st.heads(&cols), r, st)?;
    // The file table's long cells (the column mapping, the columns not used, the notes) wrap
    // in their columns.
    let mut widths = cols.to_vec();
    widths.extend([("", 30.0), ("", 40.0)]);
    s.set_widths(&widths);
    s.ws.set_column_width(9, 30)?;
    s.ws.set_column_width(10, 40)?;

    // Then what was read, file by file and sheet by sheet.
    r += 3;
    s.text_with(r, 0, label(st.lang, "rep-inputs-read"), &st.subtitle)?;
    r += 1;
    let heads = [
        "rep-file",
        "rep-sheet",
        "rep-format",
        "rep-header-row",
        "rep-rows-read",
        "rep-sheet-machines",
        "rep-attached",
        "rep-skipped",
        "rep-columns-read-header-field",
        "rep-columns-not-used",
        "rep-notes",
    ];
    for (c, h) in heads.iter().enumerate() {
        s.text_with(r, c as u16, label(st.lang, h), &st.header)?;
    }
    for sh in &inv.sheets {
        r += 1;
        s.text(r, 0, &sh.file)?;
        s.text(r, 1, sh.sheet.as_deref().unwrap_or(""))?;
        s.text(r, 2, &crate::words::inventory::format(sh.format, st.lang))?;
        s.opt_num(r, 3, sh.header_row.map(f64::from), &st.int)?;
        s.num(r, 4, sh.rows_read as f64, &st.int)?;
        s.num(r, 5, sh.machines as f64, &st.int)?;
        s.num(r, 6, sh.attached as f64, &st.int)?;
        s.num(r, 7, sh.skipped as f64, &st.int)?;
        let mapping: Vec<String> = sh
            .columns
            .iter()
            .map(|c| format!("{} {} → {}", c.column, c.header, c.field.label_in(st.lang)))
            .collect();
        s.wrapped(r, 8, &mapping.join("; "), st)?;
        s.wrapped(r, 9, &sh.ignored.join("; "), st)?;
        s.wrapped(
            r,
            10,
            &sh.notes
                .iter()
                .map(|n| crate::words::inventory::sheet_note(n, st.lang))
                .collect::<Vec<_>>()
                .join("; "),
            st,
        )?;
    }
    Ok(())
}
