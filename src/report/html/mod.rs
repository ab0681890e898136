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
use crate::i18n::Lang;
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
const READINESS: [crate::rules::Readiness; 5] = [
    crate::rules::Readiness::Ready,
    crate::rules::Readiness::ReadyWithConditions,
    crate::rules::Readiness::NotReady,
    crate::rules::Readiness::Unknown,
    crate::rules::Readiness::NotApplicable,
];

const BARS: [(&str, &str); 5] = [
    ("ready", "#70AD47"),
    ("ready with conditions", "#FFC000"),
    ("not ready", "#C00000"),
    ("unknown", "#A6A6A6"),
    ("not applicable", "#BDD7EE"),
];

/// The words the page shows, in the reader's language; `page.js` reads them from the page.
fn labels(lang: Lang) -> serde_json::Value {
    let ko = lang == Lang::Ko;
    let pick = |en: &str, k: &str| if ko { k.to_string() } else { en.to_string() };
    serde_json::json!({
        "machine": pick("Machine", "머신"),
        "os": pick("OS", "OS"),
        "cores": pick("Cores", "코어"),
        "memory": pick("Memory (GB)", "메모리(GB)"),
        "support": pick("OS support", "OS 지원"),
        "size": pick("Azure size", "Azure 크기"),
        "of": pick("of", "/"),
        "machines": pick("machine(s)", "대"),
        "close": pick("Close", "닫기"),
        "source": pick("Source", "원본"),
        "platform": pick("Platform", "플랫폼"),
        "firmware": pick("Firmware", "펌웨어"),
        "extended_end": pick("Extended support ends", "연장 지원 종료"),
        "esu_end": pick("Extended security updates end", "확장 보안 업데이트 종료"),
        "chosen": pick("Chosen because", "선택 이유"),
        "compute": pick("Monthly compute", "월 컴퓨팅 비용"),
        "none": pick("none", "없음"),
        "not_covered": pick("The scenario does not cover this machine.", "이 시나리오는 이 머신을 다루지 않습니다."),
        "no_finding": pick("No rule fails or is unknown.", "실패하거나 알 수 없는 규칙이 없습니다."),
        "read": pick("read", "읽은 값"),
        "fix": pick("Fix", "해결"),
        "page": pick("matrix page", "매트릭스 페이지"),
        "not_evaluated": pick("Not evaluated (no column)", "평가하지 않음(열 없음)"),
        "support_status": {
            "mainstream": pick("mainstream", "기본 지원"),
            "extended": pick("extended", "연장 지원"),
            "out-of-support": pick("out of support", "지원 종료"),
            "unknown": pick("unknown", "알 수 없음"),
        },
        "readiness": {
            "ready": lang.readiness(crate::rules::Readiness::Ready),
            "ready-with-conditions": lang.readiness(crate::rules::Readiness::ReadyWithConditions),
            "not-ready": lang.readiness(crate::rules::Readiness::NotReady),
            "unknown": lang.readiness(crate::rules::Readiness::Unknown),
            "not-applicable": lang.readiness(crate::rules::Readiness::NotApplicable),
        },
    })
}

/// One stacked bar per target: machines by readiness.
fn readiness_chart(summary: &Summary, lang: Lang) -> String {
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
                BARS[k].1,
                lang.readiness(READINESS[k])
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
    for (k, (name, colour)) in BARS.iter().enumerate() {
        let name = match lang {
            Lang::En => name.to_string(),
            Lang::Ko => lang.readiness(READINESS[k]).to_string(),
        };
        let _ = write!(
            s,
            "<rect x=\"{lx}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{colour}\"></rect><text x=\"{}\" y=\"{}\" class=\"leg\">{name}</text>",
            ly - 10,
            lx + 16.0,
            ly
        );
        lx += 16.0 + 6.6 * crate::i18n::width(&name) as f64 + 20.0;
    }
    s.push_str("</svg>");
    s
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
        esc(lang.pick("Rows not read as machines", "머신으로 읽지 않은 행")),
        rows.len(),
        esc(lang.pick("Row", "행")),
        esc(lang.tr("Machine")),
        esc(lang.tr("Why")),
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
    let mut data = Vec::new();
    let ev = super::json::assess_and_write(
        inv, selection, strict, dr_options, planner, lang, &mut data,
    )?;
    let summary = summarise(inv, &ev);
    let ko = lang == Lang::Ko;
    let t = |en: &'static str, k: &'static str| if ko { k } else { en };
    let as_of = match (ev.selection.as_of.map(|d| crate::i18n::date(d, lang)), ko) {
        (Some(d), false) => format!("as of {d}"),
        (Some(d), true) => format!("{d} 기준"),
        (None, false) => "at their newest editions".to_string(),
        (None, true) => "최신 판".to_string(),
    };
    let meta = if ko {
        format!(
            "머신 {}대 · 파일 {} · 매트릭스 {as_of} · OS 지원 기준일 {} · {}",
            summary.machines,
            summary.files.join(", "),
            crate::i18n::date(planner.day, lang),
            summary.tool
        )
    } else {
        format!(
            "{} machine(s) from {} · matrices {as_of} · OS support on {} · {}",
            summary.machines,
            summary.files.join(", "),
            planner.day,
            summary.tool
        )
    };
    let mut head = String::new();
    let _ = write!(
        head,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>{}</h1><p class=\"meta\">{}</p></header>\n",
        lang.code(),
        t("rehost assessment", "rehost 평가"),
        t("rehost assessment", "rehost 평가"),
        esc(&meta)
    );
    let _ = writeln!(
        head,
        "<section id=\"summary\"><h2>{}</h2>{}</section>",
        t("Readiness by target", "대상별 준비 상태"),
        readiness_chart(&summary, lang)
    );
    let options: String = [
        crate::rules::Readiness::Ready,
        crate::rules::Readiness::ReadyWithConditions,
        crate::rules::Readiness::NotReady,
        crate::rules::Readiness::Unknown,
    ]
    .iter()
    .map(|r| {
        let words = match lang {
            Lang::En => r.as_str().replace('-', " "),
            Lang::Ko => lang.readiness(*r).to_string(),
        };
        format!("<option value=\"{}\">{}</option>", r.as_str(), esc(&words))
    })
    .collect();
    let _ = write!(
        head,
        "<section id=\"machines\"><h2>{}</h2>\n<div class=\"controls\"><input id=\"filter\" type=\"search\" placeholder=\"{}\" aria-label=\"{}\">\n<select id=\"verdict\" aria-label=\"{}\"><option value=\"\">{}</option>{options}</select>\n<span id=\"count\"></span></div>\n<table id=\"table\"><thead></thead><tbody></tbody></table></section>\n<aside id=\"panel\" hidden></aside>\n{}<script id=\"labels\" type=\"application/json\">{}</script>\n<script id=\"data\" type=\"application/json\">",
        t("Machines", "머신"),
        t(
            "Filter: name, OS, rule, size…",
            "필터: 이름, OS, 규칙, 크기…"
        ),
        t("Filter machines", "머신 필터"),
        t("Verdict", "판정"),
        t("every verdict", "모든 판정"),
        skipped_section(inv, lang),
        script_safe(labels(lang).to_string().as_bytes())
    );
    w.write_all(head.as_bytes())?;
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
