//! The Estate sheet (totals, OS releases with their support, machines by cluster,
//! datacenter and folder, host over-commit, the machines a `--where` left out) and the Groups
//! sheet (per group: wave, owner, machines, each target's readiness and top blockers, DR
//! bandwidth). Printed like the Summary: landscape, one page wide.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{Sheet, Styles, gb};
use crate::engine::Evaluation;
use crate::estate::totals::Bucket;
use crate::inventory::Inventory;
use crate::report::estate::{group_name, group_rows, marks};
use crate::words::estate as w;
use crate::words::report::label;

/// Rows that still print on one page at a readable scale.
const ONE_PAGE_ROWS: u32 = 60;

/// A table's header row at `r`, from column `c0`, in the header style; the row after it.
fn head(ws: &mut Worksheet, r: u32, c0: u16, cols: &[&str], st: &Styles) -> Result<u32, XlsxError> {
    for (c, id) in cols.iter().enumerate() {
        ws.write_string_with_format(r, c0 + c as u16, label(st.lang, id), &st.header)?;
    }
    Ok(r + 1)
}

/// The Estate sheet. The tables stand in two columns (OS releases, datacenters and folders
/// on the left; clusters and over-commit on the right) so the sheet prints on two pages.
pub fn estate(ws: &mut Worksheet, ev: &Evaluation<'_>, st: &Styles) -> Result<(), XlsxError> {
    let lang = st.lang;
    let mut s = Sheet::new(ws, st);
    let widths = [
        26.0, 12.0, 16.0, 10.0, 12.0, 3.0, 16.0, 10.0, 10.0, 10.0, 12.0, 12.0, 12.0, 12.0,
    ];
    for (c, wd) in widths.iter().enumerate() {
        s.ws.set_column_width(c as u16, *wd)?;
    }
    s.ws.write_string_with_format(0, 0, label(lang, "est-head"), &st.title)?;
    let mut r = 2u32;
    let view = &ev.view;
    if let Some(t) = &view.totals {
        // As short as the terminal's: a line runs over the cells to its right, and the
        // printed page ends at the last table's column.
        for l in w::totals_lines(t, lang, 4) {
            s.text_over(r, 0, &l)?;
            r += 1;
        }
        let top = r + 1;
        // Left: OS releases with their support, then datacenters and folders.
        let mut left = top;
        if let Some(v) = &t.os_versions {
            left = head(
                s.ws,
                left,
                0,
                &[
                    "est-os-word",
                    "est-os-version",
                    "est-support-word",
                    "est-machines-word",
                ],
                st,
            )?;
            for l in v {
                s.text(left, 0, &w::product(&l.product, lang))?;
                s.text(left, 1, l.version.as_deref().unwrap_or(""))?;
                s.text(left, 2, crate::words::report::support(lang, l.status))?;
                s.num(left, 3, l.machines as f64, &st.int)?;
                left += 1;
            }
            left += 1;
        }
        for (b, id) in [
            (&t.by_datacenter, "est-datacenter"),
            (&t.by_folder, "est-folder"),
        ] {
            let Some(b) = b else { continue };
            left = buckets(&mut s, left, 0, id, b, st)?;
        }
        // Right: clusters, then the hosts' over-commit.
        let mut right = top;
        if let Some(b) = &t.by_cluster {
            right = buckets(&mut s, right, 6, "est-cluster", b, st)?;
        }
        if let Some(o) = &t.overcommit {
            right = head(
                s.ws,
                right,
                6,
                &[
                    "est-cluster",
                    "est-hosts",
                    "est-physical-cores",
                    "est-host-memory-gb",
                    "est-vcpu",
                    "est-memory-gb",
                    "est-vcpu-per-core",
                    "est-memory-ratio",
                ],
                st,
            )?;
            let all = t.overall.iter().map(|l| (l, "est-all-hosts"));
            for (l, blank) in o.iter().map(|l| (l, "est-blank")).chain(all) {
                let name = match &l.cluster {
                    Some(c) => c.clone(),
                    None => label(lang, blank).to_string(),
                };
                s.text(right, 6, &name)?;
                s.num(right, 7, l.hosts as f64, &st.int)?;
                s.opt_num(right, 8, l.cores.map(|c| c as f64), &st.int)?;
                s.opt_num(right, 9, l.memory_bytes.map(gb), &st.gb)?;
                s.num(right, 10, l.vcpu as f64, &st.int)?;
                s.num(right, 11, gb(l.vm_memory_bytes), &st.gb)?;
                s.opt_num(right, 12, l.vcpu_per_core, &st.dec)?;
                s.opt_num(right, 13, l.memory_ratio, &st.dec)?;
                right += 1;
            }
        }
        r = left.max(right);
    }
    if view.scope.asked() {
        r += 1;
        s.ws.write_string_with_format(r, 0, label(lang, "est-scope-head"), &st.subtitle)?;
        r += 1;
        if let Some(l) = w::scope_lines(&view.scope, lang, 0).first() {
            s.text_over(r, 0, l)?;
            r += 1;
        }
        r = head(s.ws, r, 0, &["est-machine", "rep-source", "est-why"], st)?;
        for e in &view.scope.excluded {
            s.text(r, 0, &e.machine.name)?;
            s.text(r, 1, &st.place(&e.machine.source))?;
            s.text_over(r, 2, &w::excluded_why(&view.scope, e, lang))?;
            r += 1;
        }
    }
    // A sheet of a page's worth of rows prints on one page (at about 70 % for 60 rows of
    // Korean, above the 55 % the table sheets keep); a longer one, one page wide.
    if r <= ONE_PAGE_ROWS {
        s.ws.set_print_fit_to_pages(1, 1);
    }
    Ok(())
}

/// A breakdown's table at (`r`, `c0`): name, machines, powered on, vCPU, memory; the row
/// after it and a blank one.
fn buckets(
    s: &mut Sheet<'_>,
    r: u32,
    c0: u16,
    id: &str,
    b: &[Bucket],
    st: &Styles,
) -> Result<u32, XlsxError> {
    let mut r = head(
        s.ws,
        r,
        c0,
        &[
            id,
            "est-machines-word",
            "est-powered-on",
            "est-vcpu",
            "est-memory-gb",
        ],
        st,
    )?;
    for x in b {
        s.text(r, c0, &w::bucket_name(x, st.lang))?;
        s.num(r, c0 + 1, x.machines as f64, &st.int)?;
        s.num(r, c0 + 2, x.powered_on as f64, &st.int)?;
        s.num(r, c0 + 3, x.vcpu as f64, &st.int)?;
        s.num(r, c0 + 4, gb(x.memory_bytes), &st.gb)?;
        r += 1;
    }
    Ok(r + 1)
}

/// The Groups sheet; written only when the run grouped its machines.
pub fn groups(
    ws: &mut Worksheet,
    inv: &Inventory,
    ev: &Evaluation<'_>,
    st: &Styles,
) -> Result<(), XlsxError> {
    let lang = st.lang;
    let (Some(g), Some(rows)) = (&ev.view.groups, group_rows(ev, inv)) else {
        return Ok(());
    };
    let mut s = Sheet::new(ws, st);
    s.ws.write_string_with_format(
        0,
        0,
        crate::say!(lang, "est-groups-head", source = w::source(g, lang)),
        &st.title,
    )?;
    let mut heads: Vec<String> = [
        "est-group-word",
        "est-wave",
        "est-owner",
        "est-machines-word",
    ]
    .iter()
    .map(|id| label(lang, id).to_string())
    .collect();
    for mx in &ev.selection.matrices {
        heads.push(mx.target().to_string());
        heads.push(format!(
            "{}: {}",
            mx.target(),
            label(lang, "est-top-blockers")
        ));
    }
    // The DR column where a group's churn gives a figure.
    let dr = rows.iter().any(|r| r.dr_required_mbps.is_some());
    if dr {
        heads.push(label(lang, "est-dr-bandwidth").to_string());
    }
    // The sizes' columns where the run sized the groups' machines; the costs' with prices.
    let first_size = heads.len();
    let sized = rows.iter().any(|r| r.sizes.is_some());
    let currency = rows
        .iter()
        .find_map(|r| r.sizes.as_ref()?.cost.as_ref().map(|c| c.currency.clone()));
    if sized {
        for id in [
            "est-gc-x-sized",
            "est-gc-x-not-sized",
            "est-gc-x-vcpus",
            "est-gc-x-memory",
        ] {
            heads.push(label(lang, id).to_string());
        }
    }
    if let Some(cur) = currency.as_deref().filter(|_| sized) {
        heads.push(crate::say!(lang, "rep-xlsx-monthly-payg", currency = cur));
        heads.push(label(lang, "est-gc-x-compute-priced").to_string());
        heads.push(crate::say!(
            lang,
            "rep-xlsx-monthly-storage",
            currency = cur
        ));
        heads.push(label(lang, "est-gc-x-storage-priced").to_string());
    }
    let hr = 2u32;
    for (c, h) in heads.iter().enumerate() {
        let wd = match c {
            0 => 24.0,
            1 | 2 => 12.0,
            3 => 10.0,
            c if c >= first_size => 14.0,
            c if dr && c == heads.len() - 1 => 14.0,
            c if c % 2 == 0 => 28.0,
            _ => 30.0,
        };
        s.ws.set_column_width(c as u16, wd)?;
        s.ws.write_string_with_format(hr, c as u16, h, &st.header)?;
    }
    let mut r = hr + 1;
    for row in &rows {
        s.text(r, 0, &group_name(row, lang))?;
        s.text(r, 1, row.wave.as_deref().unwrap_or(""))?;
        s.text(r, 2, row.owner.as_deref().unwrap_or(""))?;
        s.num(r, 3, row.machines as f64, &st.int)?;
        let mut c = 4u16;
        for t in &row.targets {
            s.text(r, c, &marks(&t.readiness))?;
            let top: Vec<String> = t
                .top_blockers
                .iter()
                .map(|(rule, n)| format!("{rule} ({n})"))
                .collect();
            s.text(r, c + 1, &top.join(", "))?;
            c += 2;
        }
        if dr {
            s.opt_num(r, c, row.dr_required_mbps, &st.dec)?;
            c += 1;
        }
        if sized && let Some(z) = &row.sizes {
            s.num(r, c, z.sized as f64, &st.int)?;
            s.num(r, c + 1, z.not_sized as f64, &st.int)?;
            s.num(r, c + 2, z.vcpus as f64, &st.int)?;
            s.num(r, c + 3, z.memory_gib, &st.dec)?;
            if let Some(k) = &z.cost {
                s.opt_num(r, c + 4, k.monthly_compute, &st.dec)?;
                s.num(r, c + 5, k.compute_priced as f64, &st.int)?;
                s.opt_num(r, c + 6, k.monthly_storage, &st.dec)?;
                s.num(r, c + 7, k.storage_priced as f64, &st.int)?;
            }
        }
        r += 1;
    }
    s.ws.set_freeze_panes(hr + 1, 1)?;
    s.ws.set_repeat_rows(hr, hr)?;
    s.ws.autofilter(hr, 0, r.saturating_sub(1).max(hr), (heads.len() - 1) as u16)?;
    r += 1;
    for u in &g.unknown_rows {
        s.text_over(r, 0, &w::unknown_row(g, u, lang))?;
        r += 1;
    }
    Ok(())
}
