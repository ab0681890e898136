//! `--format html`: one self-contained file a customer opens in any browser, with nothing
//! fetched from anywhere: the JSON report embedded as data, the summary's charts drawn here as
//! inline SVG, a sortable and filterable machine table, and a panel per machine with every
//! finding, the values read and their cells, the fix and the page. Inventory text reaches the
//! page only as data and is put in place as text (`textContent`), never as markup.
//!
//! The page tests itself when opened with `#selftest`: it filters and sorts its own table
//! and writes what it found into `<body data-selftest>`, which the browser test reads.

mod estate;

use crate::words::report::{label, readiness};

use std::fmt::Write as _;
use std::io::Write;

use super::summary::{Summary, summarise};
use crate::dr::DrOptions;
use crate::engine::Evaluation;
use crate::inventory::Inventory;
use crate::plan::Planner;
use crate::rules::Selection;
use crate::words::Lang;

const STYLE: &str = include_str!("page.css");
/// Added to the style sheet when a page has more than four targets.
const MANY_TARGETS: &str = "\nth, td { padding: 5px 4px; }\ntd:nth-child(2) { min-width: 130px; }\nth { font-size: 13px; }\ntd .pill { font-size: 11px; padding: 1px 5px; }\n";
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

/// JSON written into `<script type="application/json">` as it is made: every `<` (found only
/// inside JSON strings) as `\u003c`, so no `</script>` or `<!--` can end or bend the element,
/// whatever chunk boundaries fall where.
struct ScriptSafe<'w>(&'w mut (dyn Write + Send));

impl Write for ScriptSafe<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = memchr::memchr(b'<', rest) {
            self.0.write_all(&rest[..i])?;
            self.0.write_all(b"\\u003c")?;
            rest = &rest[i + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// JSON safe inside `<script type="application/json">`: no `</script>` or `<!--` can end or
/// bend the element (`\/` is JSON's own escape for `/`).
fn script_safe(json: &[u8]) -> String {
    String::from_utf8_lossy(json)
        .replace("</", "<\\/")
        .replace("<!--", "<\\u0021--")
}

/// The chart's segments: ready and ready with conditions each fully and partly checked
/// (blocking rules not evaluated: the paler shade, as in the workbook), then the others.
const SEGMENTS: [(crate::rules::Readiness, bool, &str); 7] = [
    (crate::rules::Readiness::Ready, false, "#70AD47"),
    (crate::rules::Readiness::Ready, true, "#C5E0B4"),
    (
        crate::rules::Readiness::ReadyWithConditions,
        false,
        "#FFC000",
    ),
    (
        crate::rules::Readiness::ReadyWithConditions,
        true,
        "#FFE699",
    ),
    (crate::rules::Readiness::NotReady, false, "#C00000"),
    (crate::rules::Readiness::Unknown, false, "#A6A6A6"),
    (crate::rules::Readiness::NotApplicable, false, "#BDD7EE"),
];

/// A segment's name: `ready, fully checked`, `ready, partly checked`, `not ready`.
fn segment(r: crate::rules::Readiness, partly: bool, lang: Lang) -> String {
    let word = readiness(lang, r).replace('-', " ");
    if r.eligible() {
        super::checked::label(&word, partly, lang)
    } else {
        word
    }
}

/// The words the page shows, in the reader's language; `page.js` reads them from the page.
fn labels(lang: Lang) -> serde_json::Value {
    let partly = |readiness| crate::rules::coverage::Checked {
        readiness,
        partly: true,
    };
    use crate::model::{Field, Firmware, Hypervisor};
    use crate::rules::{Outcome, Severity};
    // Codes (the JSON's values) to words: the page keeps codes in classes and data only.
    let by_code = |pairs: Vec<(&str, &str)>| -> serde_json::Map<String, serde_json::Value> {
        pairs
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into()))
            .collect()
    };
    let severities = [Severity::Blocker, Severity::Condition, Severity::Info]
        .map(|s| (s.as_str(), crate::words::report::severity(lang, s)));
    let outcomes = [
        Outcome::Pass,
        Outcome::Fail,
        Outcome::Unknown,
        Outcome::NotEvaluated,
    ]
    .map(|o| (o.as_str(), crate::words::report::outcome(lang, o)));
    let platforms = [
        Hypervisor::Vmware,
        Hypervisor::HyperV,
        Hypervisor::Physical,
        Hypervisor::Other,
    ]
    .map(|h| (h.as_str(), crate::words::model::hypervisor(h, lang)));
    let firmwares = [
        (Firmware::Bios, "rep-html-firmware-bios"),
        (Firmware::Uefi, "rep-html-firmware-uefi"),
    ]
    .map(|(f, id)| (f.as_str(), label(lang, id)));
    let fields: Vec<(&str, &str)> = Field::ALL
        .iter()
        .map(|f| (f.label(), crate::words::model::field(*f, lang)))
        .collect();
    serde_json::json!({
        "machine": label(lang, "rep-machine"),
        "os": label(lang, "rep-html-os"),
        // Templates the page fills: `{shown}`, `{total}`; `{vcpus}`, `{gib}`.
        "count": crate::say!(lang, "rep-html-count", shown = "{shown}", total = "{total}"),
        "size_shape": crate::say!(lang, "rep-html-size-shape", vcpus = "{vcpus}", gib = "{gib}"),
        "severity": by_code(severities.to_vec()),
        "outcome": by_code(outcomes.to_vec()),
        "platforms": by_code(platforms.to_vec()),
        "firmwares": by_code(firmwares.to_vec()),
        "fields": by_code(fields),
        "cores": label(lang, "rep-cores"),
        "memory": label(lang, "rep-memory-gb"),
        "support": label(lang, "rep-os-support"),
        "size": label(lang, "rep-x-azure-size"),
        "close": label(lang, "rep-html-close"),
        "source": label(lang, "rep-source"),
        "platform": label(lang, "rep-html-platform"),
        "firmware": label(lang, "rep-firmware"),
        "extended_end": label(lang, "rep-html-extended-end"),
        "esu_end": label(lang, "rep-html-esu-end"),
        "chosen": label(lang, "rep-html-chosen"),
        "compute": label(lang, "rep-html-compute"),
        "none": label(lang, "rep-html-none"),
        "not_covered": label(lang, "rep-html-not-covered"),
        "no_finding": label(lang, "rep-html-no-finding"),
        "read": label(lang, "rep-word-read"),
        "fix": label(lang, "rep-html-fix"),
        "page": label(lang, "rep-matrix-page"),
        "not_evaluated": label(lang, "rep-html-not-evaluated"),
        "partly": {
            "ready": super::checked::words(partly(crate::rules::Readiness::Ready), lang),
            "ready-with-conditions": super::checked::words(partly(crate::rules::Readiness::ReadyWithConditions), lang),
        },
        "not_checked": super::checked::not_checked(&[], lang).trim_end_matches([':', ' ']),
        "support_status": {
            "mainstream": label(lang, "rep-html-support-mainstream"),
            "extended": label(lang, "rep-html-support-extended"),
            "out-of-support": label(lang, "rep-html-support-out-of-support"),
            "unknown": label(lang, "rep-html-support-unknown"),
        },
        "readiness": {
            "ready": readiness(lang, crate::rules::Readiness::Ready),
            "ready-with-conditions": readiness(lang, crate::rules::Readiness::ReadyWithConditions),
            "not-ready": readiness(lang, crate::rules::Readiness::NotReady),
            "unknown": readiness(lang, crate::rules::Readiness::Unknown),
            "not-applicable": readiness(lang, crate::rules::Readiness::NotApplicable),
        },
    })
}

/// Targets that cover none of the machines (asr-hyperv on a VMware estate): said once above
/// the table, which gives them no column of `not applicable` on every row.
fn not_applicable_note(summary: &Summary, lang: Lang) -> String {
    let n = summary.machines;
    if n == 0 {
        return String::new();
    }
    summary
        .targets
        .iter()
        .filter(|t| t.readiness.not_applicable == n)
        .map(|t| {
            let line = crate::say!(
                lang,
                "rep-html-no-column",
                target = format!("{} {}", t.target, t.edition),
                n = n,
                why = crate::words::report::word(lang, crate::words::report::Word::OtherPlatforms)
            );
            format!("<p class=\"na-note\">{}</p>", esc(&line))
        })
        .collect()
}

/// One stacked bar per target: machines by readiness.
fn readiness_chart(summary: &Summary, lang: Lang) -> String {
    let row_h = 28;
    let label_w = 290.0;
    let bar_w = 500.0;
    let h = 80 + row_h * summary.targets.len();
    let mut s = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 800 {h}\" width=\"800\" height=\"{h}\">",
        esc(label(lang, "rep-html-chart-label"))
    );
    for (i, t) in summary.targets.iter().enumerate() {
        let y = 10 + i * row_h;
        let c = &t.readiness;
        let counts: Vec<usize> = SEGMENTS
            .iter()
            .map(|(r, partly, _)| c.get_checked(*r, *partly))
            .collect();
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
                SEGMENTS[k].2,
                esc(&segment(SEGMENTS[k].0, SEGMENTS[k].1, lang))
            );
            if w > 24.0 {
                let _ = write!(
                    s,
                    "<text x=\"{:.1}\" y=\"{}\" class=\"num{}\">{n}</text>",
                    x + w / 2.0,
                    y + 15,
                    // Dark figures on the pale (partly checked) shades.
                    if SEGMENTS[k].1 { " pale" } else { "" }
                );
            }
            x += w;
        }
    }
    // The legend, on as many lines as it needs.
    let mut ly = 10 + row_h * summary.targets.len() + 10;
    let mut lx = 0.0;
    for (r, partly, colour) in SEGMENTS {
        let name = segment(r, partly, lang);
        let w = 16.0 + 6.6 * crate::report::width(&name) as f64 + 20.0;
        if lx > 0.0 && lx + w > 800.0 {
            lx = 0.0;
            ly += 20;
        }
        let _ = write!(
            s,
            "<rect x=\"{lx}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{colour}\"></rect><text x=\"{}\" y=\"{}\" class=\"leg\">{}</text>",
            ly - 10,
            lx + 16.0,
            ly,
            esc(&name)
        );
        lx += w;
    }
    s.push_str("</svg>");
    s
}

/// What "partly checked" means and, per target, the blocking rules its ready verdicts were
/// not checked against; nothing when every ready verdict was fully checked.
fn partly_note(summary: &Summary, lang: Lang) -> String {
    let lines: Vec<String> = summary
        .targets
        .iter()
        .filter_map(|t| {
            super::checked::unchecked_line(t, lang, false).map(|l| {
                let l = l.trim_start_matches("✓? ~? ");
                format!("<li>{}: {}</li>", esc(&t.target), esc(l))
            })
        })
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    format!(
        "<p class=\"partly-note\">{}</p><ul class=\"partly-note\">{}</ul>",
        esc(label(lang, "rep-html-partly-note")),
        lines.concat()
    )
}

/// The rows that are no machine, each with its place and why, so the page accounts for every
/// row of the inventory (rows in = machines + these). Written into the page, not drawn by
/// its script: it reads with scripts off.
fn skipped_section(inv: &Inventory, lang: Lang) -> String {
    let rows = super::summary::skipped_rows(inv, lang);
    if rows.is_empty() {
        return String::new();
    }
    let mut s = format!(
        "<section id=\"skipped\"><h2>{} ({})</h2>\n<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        esc(label(lang, "rep-md-rows-not-read")),
        rows.len(),
        esc(label(lang, "rep-row")),
        esc(label(lang, "rep-machine")),
        esc(label(lang, "rep-why")),
    );
    for r in &rows {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&r.place),
            esc(&r.machine),
            esc(&r.why)
        );
    }
    s.push_str("</tbody></table></section>\n");
    s
}

/// Evaluates the inventory and writes the page to `w`.
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

/// As [`assess_and_write`], with the run's scope, groups and estate totals (`view`).
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
    // The machines' JSON goes to the page as it is made (a buffered copy of 150,000
    // machines' data, then two escaped copies of it, took 2.6 GB); what needs the finished
    // evaluation (the header's counts, the chart) follows it, and the style sheet puts it
    // first on the page (`order`).
    let t = |id| label(lang, id);
    let mut head = String::new();
    let _ = write!(
        head,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        t("rep-rehost-assessment"),
    );
    // More targets than one cloud's four (`--cloud all`): narrower cells, so that the last
    // target still fits a 1,366 px screen. Only then, so a page of Azure's targets stays as
    // it was.
    if selection.matrices.len() > 4 {
        head = head.replace("</style>", &format!("{MANY_TARGETS}</style>"));
    }
    let options: String = [
        crate::rules::Readiness::Ready,
        crate::rules::Readiness::ReadyWithConditions,
        crate::rules::Readiness::NotReady,
        crate::rules::Readiness::Unknown,
    ]
    .iter()
    .map(|r| {
        let words = readiness(lang, *r).replace('-', " ");
        format!("<option value=\"{}\">{}</option>", r.as_str(), esc(&words))
    })
    .chain(std::iter::once(format!(
        "<option value=\"partly\">{}</option>",
        t("rep-html-partly-option")
    )))
    .collect();
    let _ = write!(
        head,
        "<section id=\"machines\"><h2>{}</h2>\n<div class=\"controls\"><input id=\"filter\" type=\"search\" placeholder=\"{}\" aria-label=\"{}\">\n<select id=\"verdict\" aria-label=\"{}\"><option value=\"\">{}</option>{options}</select>\n<span id=\"count\"></span></div>\n<table id=\"table\"><thead></thead><tbody></tbody></table></section>\n<aside id=\"panel\" hidden></aside>\n{}<script id=\"labels\" type=\"application/json\">{}</script>\n<script id=\"data\" type=\"application/json\">",
        t("rep-sheet-machines"),
        t("rep-html-filter"),
        t("rep-html-filter-machines"),
        t("rep-html-verdict"),
        t("rep-html-every-verdict"),
        skipped_section(inv, lang),
        script_safe(labels(lang).to_string().as_bytes())
    );
    w.write_all(head.as_bytes())?;
    let ev = super::json::assess_and_write_with(
        inv,
        selection,
        strict,
        dr_options,
        planner,
        view,
        lang,
        &mut ScriptSafe(&mut *w),
    )?;
    w.write_all(b"</script>\n")?;
    let summary = summarise(inv, &ev, lang);
    let as_of = match ev.selection.as_of {
        Some(d) => crate::say!(
            lang,
            "rep-html-as-of",
            day = crate::words::report::date(d, lang)
        ),
        None => t("rep-html-newest").to_string(),
    };
    let meta = crate::say!(
        lang,
        "rep-html-meta",
        n = summary.machines,
        files = summary.files.join(", "),
        as_of = as_of,
        day = crate::words::report::date(planner.day, lang),
        tool = summary.tool.as_str()
    );
    let mut tail = String::new();
    let _ = writeln!(
        tail,
        "<header><h1>{}</h1><p class=\"meta\">{}</p></header>",
        t("rep-rehost-assessment"),
        esc(&meta)
    );
    let _ = writeln!(
        tail,
        "<section id=\"summary\"><h2>{}</h2>{}{}{}</section>",
        t("rep-readiness-by-target"),
        readiness_chart(&summary, lang),
        partly_note(&summary, lang),
        not_applicable_note(&summary, lang)
    );
    tail.push_str(&estate::section(inv, &ev, lang));
    w.write_all(tail.as_bytes())?;
    w.write_all(b"<script>")?;
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

    #[test]
    fn data_written_in_pieces_cannot_end_the_data_element() {
        let json = br#"{"name":"</script><script>alert(1)</script><!--"}"#;
        // Every split point: the escape must hold across writes.
        for cut in 0..json.len() {
            let mut out: Vec<u8> = Vec::new();
            {
                let mut sink: &mut (dyn Write + Send) = &mut out;
                let mut w = ScriptSafe(&mut sink);
                w.write_all(&json[..cut]).unwrap();
                w.write_all(&json[cut..]).unwrap();
            }
            let s = String::from_utf8(out).unwrap();
            assert!(!s.contains("</script") && !s.contains("<!--"), "{s}");
            let v: serde_json::Value = serde_json::from_str(&s).unwrap();
            assert_eq!(v["name"], "</script><script>alert(1)</script><!--");
        }
    }
}
