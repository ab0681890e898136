//! `--format html`: one self-contained file a customer opens in any browser, with nothing
//! fetched from anywhere: the JSON report embedded as data, the summary's charts drawn here as
//! inline SVG, a sortable and filterable machine table, and a panel per machine with every
//! finding, the values read and their cells, the fix and the page. Inventory text reaches the
//! page only as data and is put in place as text (`textContent`), never as markup.
//!
//! The page tests itself when opened with `#selftest`: it filters and sorts its own table
//! and writes what it found into `<body data-selftest>`, which the browser test reads.

use std::fmt::Write as _;
use std::io::Write;

use super::summary::{Summary, summarise};
use crate::dr::DrOptions;
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::plan::Planner;
use crate::rules::Selection;

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// Text safe in HTML content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON safe inside `<script type="application/json">`: no `</script>` or `<!--` can end or
/// bend the element (`\/` is JSON's own escape for `/`).
fn script_safe(json: &[u8]) -> String {
    String::from_utf8_lossy(json)
        .replace("</", "<\\/")
        .replace("<!--", "<\\u0021--")
}

/// The readiness colours, as the workbook uses them.
const BARS: [(&str, &str); 5] = [
    ("ready", "#70AD47"),
    ("ready with conditions", "#FFC000"),
    ("not ready", "#C00000"),
    ("unknown", "#A6A6A6"),
    ("not applicable", "#BDD7EE"),
];

/// One stacked bar per target: machines by readiness.
fn readiness_chart(summary: &Summary) -> String {
    let row_h = 28;
    let label_w = 290.0;
    let bar_w = 500.0;
    let h = 40 + row_h * summary.targets.len();
    let mut s = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"Machines by readiness, per target\" viewBox=\"0 0 800 {h}\" width=\"800\" height=\"{h}\">"
    );
    for (i, t) in summary.targets.iter().enumerate() {
        let y = 10 + i * row_h;
        let c = &t.readiness;
        let counts = [
            c.ready,
            c.ready_with_conditions,
            c.not_ready,
            c.unknown,
            c.not_applicable,
        ];
        let total: usize = counts.iter().sum::<usize>().max(1);
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\" class=\"lbl\">{} {}</text>",
            y + 16,
            esc(&t.target),
            esc(&t.edition)
        );
        let mut x = label_w;
        for (k, n) in counts.iter().enumerate() {
            if *n == 0 {
                continue;
            }
            let w = bar_w * *n as f64 / total as f64;
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"20\" fill=\"{}\"><title>{}: {n}</title></rect>",
                BARS[k].1, BARS[k].0
            );
            if w > 24.0 {
                let _ = write!(
                    s,
                    "<text x=\"{:.1}\" y=\"{}\" class=\"num\">{n}</text>",
                    x + w / 2.0,
                    y + 15
                );
            }
            x += w;
        }
    }
    let ly = 10 + row_h * summary.targets.len() + 10;
    let mut lx = 0.0;
    for (name, colour) in BARS {
        let _ = write!(
            s,
            "<rect x=\"{lx}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{colour}\"></rect><text x=\"{}\" y=\"{}\" class=\"leg\">{name}</text>",
            ly - 10,
            lx + 16.0,
            ly
        );
        lx += 16.0 + 6.6 * name.len() as f64 + 20.0;
    }
    s.push_str("</svg>");
    s
}

/// Evaluates the inventory and writes the page to `w`.
pub fn assess_and_write<'a>(
    inv: &Inventory,
    selection: Selection<'a>,
    strict: bool,
    dr_options: DrOptions,
    planner: &Planner,
    w: &mut (dyn Write + Send),
) -> std::io::Result<Evaluation<'a>> {
    let mut data = Vec::new();
    let ev = super::json::assess_and_write(inv, selection, strict, dr_options, planner, &mut data)?;
    let summary = summarise(inv, &ev);
    let mut head = String::new();
    let _ = write!(
        head,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>rehost assessment</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>rehost assessment</h1><p class=\"meta\">{} machine(s) from {} · matrices {} · OS support on {} · {}</p></header>\n",
        summary.machines,
        esc(&summary.files.join(", ")),
        esc(summary
            .as_of
            .as_deref()
            .map(|d| format!("as of {d}"))
            .as_deref()
            .unwrap_or("at their newest editions")),
        planner.day,
        esc(&summary.tool)
    );
    let _ = writeln!(
        head,
        "<section id=\"summary\"><h2>Readiness by target</h2>{}</section>",
        readiness_chart(&summary)
    );
    w.write_all(head.as_bytes())?;
    w.write_all(
        br#"<section id="machines"><h2>Machines</h2>
<div class="controls"><input id="filter" type="search" placeholder="Filter: name, OS, rule, size&#8230;" aria-label="Filter machines">
<select id="verdict" aria-label="Verdict"><option value="">every verdict</option><option value="ready">ready</option><option value="ready-with-conditions">ready with conditions</option><option value="not-ready">not ready</option><option value="unknown">unknown</option></select>
<span id="count"></span></div>
<table id="table"><thead></thead><tbody></tbody></table></section>
<aside id="panel" hidden></aside>
<script id="data" type="application/json">"#,
    )?;
    w.write_all(script_safe(&data).as_bytes())?;
    w.write_all(b"</script>\n<script>")?;
    w.write_all(SCRIPT.as_bytes())?;
    w.write_all(b"</script>\n</body>\n</html>\n")?;
    Ok(ev)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inventory_text_cannot_end_the_data_element() {
        let s = script_safe(br#"{"name":"</script><script>alert(1)</script><!--"}"#);
        assert!(!s.contains("</script"));
        assert!(!s.contains("<!--"));
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["name"], "</script><script>alert(1)</script><!--");
        assert_eq!(esc("<b a=\"x\">&'"), "&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
    }
}
