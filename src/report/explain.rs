//! `rehost explain`: for one machine, every rule of the chosen targets with its outcome, the
//! values it read and the cells they came from, the fix and the page.

use std::fmt::Write as _;

use crate::engine::Evaluation;
use crate::i18n::{Lang, Word};
use crate::inventory::Inventory;
use crate::model::{Machine, Value};
use crate::plan::Planner;
use crate::rules::Assessment;
use crate::units::format_size;

/// The machine in one line: platform, generation, OS, cores, memory, disks.
fn facts(m: &Machine, lang: Lang) -> String {
    let ko = lang == Lang::Ko;
    let mut parts = Vec::new();
    if let Value::Known(h) = &m.hypervisor {
        parts.push(h.label_in(lang).to_string());
    }
    if let Value::Known(g) = m.effective_generation() {
        parts.push(if ko {
            format!("{g}세대")
        } else {
            format!("generation {g}")
        });
    }
    if let Value::Known(os) = &m.os {
        parts.push(os.raw.clone());
    }
    if let Value::Known(c) = &m.cores {
        parts.push(match (lang, *c == 1) {
            (Lang::Ko, _) => format!("코어 {c}개"),
            (Lang::En, true) => format!("{c} core"),
            (Lang::En, false) => format!("{c} cores"),
        });
    }
    if let Value::Known(b) = &m.memory_bytes {
        parts.push(if ko {
            format!("메모리 {}", format_size(*b))
        } else {
            format!("{} memory", format_size(*b))
        });
    }
    let disks: Vec<String> = m
        .disks
        .iter()
        .map(|d| match &d.size_bytes {
            Value::Known(b) => format!("{} {}", d.name_in(lang), format_size(*b)),
            _ if ko => format!("{}(크기 알 수 없음)", d.name_in(lang)),
            _ => format!("{} (size unknown)", d.name_in(lang)),
        })
        .collect();
    if !disks.is_empty() {
        parts.push(format!(
            "{}: {}",
            lang.pick("disks", "디스크"),
            disks.join(", ")
        ));
    }
    parts.join(", ")
}

/// The machine's plan: its OS support on the day assessed, the size and disk tiers chosen
/// and why, and the costs when priced.
fn render_plan(s: &mut String, planner: &Planner, m: &Machine, lang: Lang) {
    let plan = planner.plan(m);
    let sup = &plan.support;
    let t = |en: &'static str, ko: &'static str| if lang == Lang::Ko { ko } else { en };
    let day = crate::i18n::date(planner.day, lang);
    let _ = match lang {
        Lang::En => writeln!(s, "\nOS support on {day}: {}", lang.support(sup.status)),
        Lang::Ko => writeln!(s, "\n{day} 기준 OS 지원: {}", lang.support(sup.status)),
    };
    if let Some(r) = &sup.release {
        let _ = writeln!(s, "  {r}");
    }
    if let Some(why) = crate::words::lifecycle::support_why(lang, sup) {
        let _ = writeln!(s, "  {why}");
    }
    let ends = [
        (
            t("mainstream support ends", "기본 지원 종료"),
            &sup.mainstream_end,
        ),
        (
            t("extended support ends", "연장 지원 종료"),
            &sup.extended_end,
        ),
        (
            t("extended security updates end", "확장 보안 업데이트 종료"),
            &sup.esu_end,
        ),
    ];
    for (what, d) in ends {
        if let Some(d) = d {
            let _ = writeln!(s, "  {what} {}", crate::i18n::date(*d, lang));
        }
    }
    if let Some(n) = crate::words::lifecycle::esu_note(lang, sup) {
        let _ = writeln!(s, "  {n}");
    }
    let see = lang.word(Word::See);
    if let Some(src) = sup.source {
        let _ = writeln!(s, "  {see}:  {src}");
    }
    let sz = &plan.sizing;
    let cat = planner.catalogue;
    let _ = writeln!(
        s,
        "\n{} ({}):",
        t("Azure size", "Azure 크기"),
        crate::words::sizing::basis(lang, sz.basis)
    );
    if let Some(n) = &sz.basis_note {
        let _ = writeln!(s, "  {}", crate::words::sizing::basis_note(lang, n));
    }
    let why = crate::words::sizing::choice(lang, planner, sz);
    match sz.choice.size.map(|i| &cat.sizes[i]) {
        Some(z) => {
            let gib = crate::sizing::select::trim_gib(z.memory_gib);
            let _ = match lang {
                Lang::En => writeln!(
                    s,
                    "  {}  {} vCPUs, {gib} GiB, up to {} data disks, {} NICs ({} series)",
                    z.name, z.vcpus, z.max_data_disks, z.max_nics, z.series
                ),
                Lang::Ko => writeln!(
                    s,
                    "  {}  vCPU {}개, {gib} GiB, 데이터 디스크 최대 {}개, 네트워크 어댑터 {}개({} 시리즈)",
                    z.name, z.vcpus, z.max_data_disks, z.max_nics, z.series
                ),
            };
            let _ = writeln!(s, "  {}:  {why}", t("why", "이유"));
            let _ = writeln!(s, "  {see}:  {}", cat.pages[z.page].source);
        }
        None => {
            let _ = writeln!(s, "  {}: {why}", t("no size", "크기 없음"));
        }
    }
    for (d, disk) in sz.disks.iter().zip(&m.disks) {
        let tier = d.tier.map(|i| &cat.tiers[i]);
        let _ = writeln!(
            s,
            "  {:<14} {}  {}",
            disk.name_in(lang),
            tier.map_or_else(|| "-".to_string(), |t| t.sku()),
            crate::words::sizing::disk(lang, planner, d)
        );
    }
    // The page each disk type's tiers come from, once.
    let mut kinds: Vec<_> = sz
        .disks
        .iter()
        .filter_map(|d| d.tier.map(|i| cat.tiers[i].kind))
        .collect();
    kinds.sort();
    kinds.dedup();
    for k in kinds {
        if let Some(src) = cat.disk_sources.iter().find(|d| d.kind == k) {
            let _ = writeln!(s, "  {see}:  {}", src.source);
        }
    }
    if let (Some(c), Some(book)) = (&sz.compute, planner.sizing.prices.as_deref()) {
        let money = |x: Option<f64>| {
            x.map_or_else(
                || t("not in the price file", "가격 파일에 없음").to_string(),
                |v| format!("{v:.2} {}", book.currency),
            )
        };
        let _ = writeln!(
            s,
            "  {}: {}",
            t("monthly compute, pay as you go", "월 컴퓨팅 비용, 종량제"),
            money(c.pay_as_you_go)
        );
        if c.reserved_1y.is_some() || c.reserved_3y.is_some() {
            let _ = match lang {
                Lang::En => writeln!(
                    s,
                    "  monthly compute, reserved 1 year: {}; 3 years: {}",
                    money(c.reserved_1y),
                    money(c.reserved_3y)
                ),
                Lang::Ko => writeln!(
                    s,
                    "  월 컴퓨팅 비용, 1년 예약: {}; 3년 예약: {}",
                    money(c.reserved_1y),
                    money(c.reserved_3y)
                ),
            };
        }
        let _ = writeln!(
            s,
            "  {}: {}",
            t("monthly storage", "월 스토리지 비용"),
            money(sz.monthly_storage)
        );
    }
}

/// The explanation of machine `index` in `inv`, with its plan when a planner is given.
pub fn render_with_plan(
    inv: &Inventory,
    ev: &Evaluation<'_>,
    index: usize,
    planner: &Planner,
    lang: Lang,
) -> String {
    let mut s = render_in(inv, ev, index, lang);
    render_plan(&mut s, planner, &inv.machines[index], lang);
    s
}

/// The explanation of machine `index` in `inv`.
pub fn render(inv: &Inventory, ev: &Evaluation<'_>, index: usize) -> String {
    render_in(inv, ev, index, Lang::En)
}

/// [`render`] with the rules' words in `lang`.
pub fn render_in(inv: &Inventory, ev: &Evaluation<'_>, index: usize, lang: Lang) -> String {
    let m = &inv.machines[index];
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", m.name, m.source.display());
    let _ = writeln!(s, "  {}", facts(m, lang));
    // Where the OS came from when the row gives it more than once, and which reading is used.
    if !m.os_readings.is_empty() {
        let _ = writeln!(s, "  {}:", lang.pick("OS readings", "OS 판독"));
        for r in &m.os_readings {
            let used = matches!(&m.os, Value::Known(os) if std::sync::Arc::ptr_eq(os, &r.os));
            let cell = inv
                .cell_of(&m.source, r.field)
                .map(|c| format!("  ({c})"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "    {} {:<36} {:?}{cell}",
                if used { "→" } else { " " },
                r.source,
                r.os.raw
            );
        }
        if let Value::Known(os) = &m.os
            && let Some(k) = &os.kernel
        {
            let _ = writeln!(s, "    {} {k}", lang.pick("kernel", "커널"));
        }
    }
    for a in &ev.per_machine[index] {
        s.push('\n');
        render_assessment(&mut s, inv, ev, a, lang);
        if let Some(Some(d)) = ev.dr[index].get(a.matrix) {
            let label = if lang == Lang::Ko {
                "재해 복구"
            } else {
                "disaster recovery"
            };
            let _ = writeln!(s, "  {label}: {}", lang.dr(d.verdict));
            let mx = ev.selection.matrices[a.matrix];
            for n in &d.notes {
                let n = crate::words::dr::note(lang, n, mx, a);
                let _ = writeln!(s, "                {n}");
            }
        }
    }
    if let Some(e) = &ev.estate {
        let lines = super::dr_lines(e, lang);
        if !lines.is_empty() {
            let _ = writeln!(s, "\n{}:", lang.pick("estate", "전체"));
            for l in lines {
                let _ = writeln!(s, "  {l}");
            }
        }
    }
    for note in &ev.selection.left_out {
        let _ = writeln!(
            s,
            "\n{}: {}",
            lang.pick("left out", "제외"),
            note.words(lang)
        );
    }
    s
}

fn render_assessment(
    s: &mut String,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    a: &Assessment,
    lang: Lang,
) {
    let mx = ev.selection.matrices[a.matrix];
    let _ = writeln!(
        s,
        "{} {} ({}): {}",
        mx.target(),
        mx.edition(),
        mx.matrix.title_in(lang),
        // `ready (partly checked)` where blocking rules were not evaluated.
        super::checked::words(crate::rules::coverage::Checked::of(a), lang)
    );
    let (read, fix, see) = (
        lang.word(Word::Read),
        lang.word(Word::Fix),
        lang.word(Word::See),
    );
    for f in &a.findings {
        let rule = &mx.rules[f.rule];
        let ko = rule.ko.as_ref().filter(|_| lang == Lang::Ko);
        // A rule that does not apply passes, but reads as what it is.
        let outcome = if f.applicable {
            f.outcome.as_str()
        } else {
            "n/a"
        };
        let _ = writeln!(
            s,
            "  {} {} {}  {}",
            crate::i18n::pad(lang.tr(outcome), 13),
            crate::i18n::pad(lang.tr(f.severity.as_str()), 9),
            rule.id,
            ko.map_or(rule.title.as_str(), |k| k.title.as_str())
        );
        let _ = writeln!(s, "                {}", f.message());
        for r in f.eval().map(|e| e.readings.as_slice()).unwrap_or_default() {
            let place = r
                .source
                .as_ref()
                .map(|src| {
                    inv.cell_of(src, r.column_hint.unwrap_or(r.field))
                        .map_or_else(|| src.display(), |c| c.to_string())
                })
                .unwrap_or_else(|| lang.pick("derived", "도출").into());
            let _ = writeln!(
                s,
                "                {read}: {} = {}  ({place})",
                r.field.label_in(lang),
                r.value
            );
        }
        match f.release() {
            // Decided by a release: its fix, and both pages.
            Some(rel) => {
                let _ = writeln!(s, "                {fix}:  {}", rel.remediation);
                let _ = writeln!(
                    s,
                    "                {see}:  {} ({}, {})",
                    rel.cite.reference, rel.cite.page_title, rel.cite.name
                );
                let _ = writeln!(s, "                {see}:  {}", rule.reference);
            }
            None => {
                if f.outcome.is_reported() {
                    let _ = writeln!(
                        s,
                        "                {fix}:  {}",
                        ko.map_or(rule.remediation.as_str(), |k| k.remediation.as_str())
                    );
                }
                let _ = writeln!(s, "                {see}:  {}", rule.reference);
            }
        }
    }
}
