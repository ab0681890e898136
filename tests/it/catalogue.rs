//! The size catalogue and the lifecycle tables against their sources: every size's numbers
//! against the page excerpt it was transcribed from (tests/fixtures/size-pages/, the page's
//! own tables, CC BY 4.0), every disk tier against its table, and the lifecycle files'
//! dates in order.

use std::collections::BTreeMap;
use std::path::Path;

use rehost::sizing::catalogue::{Catalogue, DiskType};

/// One markdown table: its header cells and its rows' cells.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|').map(|c| c.trim().to_string()).collect()
}

/// Every table of an excerpt (a header line followed by a `---` line).
fn tables(text: &str) -> Vec<Table> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        let sep = lines[i + 1].trim();
        if lines[i].trim_start().starts_with('|')
            && sep.starts_with('|')
            && sep.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
        {
            let header = cells(lines[i]);
            let mut rows = Vec::new();
            let mut j = i + 2;
            while j < lines.len() && lines[j].trim_start().starts_with('|') {
                rows.push(cells(lines[j]));
                j += 1;
            }
            out.push(Table { header, rows });
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// `<sup>1</sup>` and markdown emphasis off.
fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(k) = rest.find("<sup>") {
        out.push_str(&rest[..k]);
        rest = rest[k..].find("</sup>").map_or("", |e| &rest[k + e + 6..]);
    }
    out.push_str(rest);
    out.replace("**", "").trim().to_string()
}

/// The leading numbers of a cell: `3,750` → [3750], `3200/48` → [3200, 48], `2 / 250` →
/// [2, 250], `8/8x500` → [8]; a cell such as `4x500` (not a plain figure) gives none.
fn numbers(cell: &str) -> Vec<f64> {
    plain(cell)
        .split('/')
        .map(|p| p.trim().replace(',', ""))
        .map_while(|p| p.parse::<f64>().ok())
        .collect()
}

/// What a size-table header holds, and which number of a combined cell.
fn attribute(header: &str) -> Option<(&'static str, usize)> {
    let h = plain(header).to_ascii_lowercase();
    if h.contains("burst") || h.contains("ultra") || h.contains("temp") || h.contains("cached and")
    {
        return None;
    }
    if h.contains("vcpu") {
        return Some(("vcpus", 0));
    }
    if h.starts_with("memory") {
        return Some(("memory_gib", 0));
    }
    if h.contains("max data disks") || h.contains("max remote storage disks") {
        return Some(("max_data_disks", 0));
    }
    if h.contains("nics") {
        return Some(("max_nics", 0));
    }
    if h.contains("uncached") {
        if h.contains("iops/mbps") {
            return Some(("uncached_iops/mbps", 0));
        }
        if h.contains("iops") {
            return Some(("uncached_iops", 0));
        }
        if h.contains("throughput") || h.contains("mbps") {
            return Some(("uncached_mbps", 0));
        }
    }
    None
}

/// Size name → attribute → every value the excerpt's tables give it.
fn page_values(text: &str) -> BTreeMap<String, BTreeMap<&'static str, Vec<f64>>> {
    let mut out: BTreeMap<String, BTreeMap<&'static str, Vec<f64>>> = BTreeMap::new();
    for t in tables(text) {
        let first = plain(&t.header[0]).to_ascii_lowercase();
        if !first.starts_with("size") {
            continue;
        }
        for row in &t.rows {
            let Some(name) = row.first().map(|n| plain(n)) else {
                continue;
            };
            if !name.starts_with("Standard_") {
                continue;
            }
            let entry = out.entry(name).or_default();
            for (k, h) in t.header.iter().enumerate().skip(1) {
                let Some((attr, _)) = attribute(h) else {
                    continue;
                };
                let n = numbers(row.get(k).map_or("", |c| c.as_str()));
                if attr == "uncached_iops/mbps" {
                    if let [iops, mbps] = n[..] {
                        entry.entry("uncached_iops").or_default().push(iops);
                        entry.entry("uncached_mbps").or_default().push(mbps);
                    }
                } else if let Some(v) = n.first() {
                    entry.entry(attr).or_default().push(*v);
                }
            }
        }
    }
    out
}

#[test]
fn every_size_matches_its_page() {
    let dir = Path::new("rules/sizes/vm");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut checked = 0;
    let mut problems = Vec::new();
    for f in &files {
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        let doc: toml::Value = toml::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let excerpt = std::fs::read_to_string(format!("tests/fixtures/size-pages/{stem}.md"))
            .unwrap_or_else(|_| panic!("{stem}: no page excerpt in tests/fixtures/size-pages"));
        let provenance = doc["series"]["provenance"].as_str().unwrap();
        let first_line = excerpt.lines().next().unwrap_or_default();
        // The excerpt is of the copy the file cites.
        let commit = provenance
            .split('@')
            .nth(1)
            .map(|r| &r[..40])
            .unwrap_or_default();
        assert!(
            first_line.contains(commit),
            "{stem}: the excerpt's first line does not name commit {commit}"
        );
        let page = page_values(&excerpt);
        for size in doc["size"].as_array().unwrap() {
            let name = size["name"].as_str().unwrap();
            let on_page = size
                .get("page_name")
                .and_then(|v| v.as_str())
                .unwrap_or(name);
            let Some(values) = page.get(on_page) else {
                problems.push(format!("{stem}: {on_page} is not in the excerpt's tables"));
                continue;
            };
            for attr in [
                "vcpus",
                "memory_gib",
                "max_data_disks",
                "max_nics",
                "uncached_iops",
                "uncached_mbps",
            ] {
                let ours = size.get(attr).map(|v| {
                    v.as_float()
                        .or_else(|| v.as_integer().map(|i| i as f64))
                        .unwrap()
                });
                let theirs = values.get(attr).cloned().unwrap_or_default();
                match ours {
                    Some(x) if !theirs.contains(&x) => problems.push(format!(
                        "{stem}: {name} {attr} = {x}, the page gives {theirs:?}"
                    )),
                    None if !theirs.is_empty()
                        && matches!(
                            attr,
                            "vcpus" | "memory_gib" | "max_data_disks" | "max_nics"
                        ) =>
                    {
                        problems.push(format!(
                            "{stem}: {name} has no {attr}; the page gives {theirs:?}"
                        ))
                    }
                    None if !theirs.is_empty() => problems.push(format!(
                        "{stem}: {name} leaves out {attr}, which the page gives as {theirs:?}"
                    )),
                    _ => {}
                }
            }
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let cat = Catalogue::builtin();
    assert_eq!(cat.sizes.len(), checked, "the loader reads every size");
    // The series the issue asks for, each with every size of its page.
    for series in [
        "Av2", "Bv1", "Dv2", "Dsv2", "Dv3", "Dsv3", "Dv4", "Dsv4", "Dav4", "Dasv4", "Ddv4",
        "Ddsv4", "Dv5", "Dsv5", "Ddv5", "Ddsv5", "Dasv5", "Dadsv5", "Ev3", "Esv3", "Ev4", "Esv4",
        "Eav4", "Easv4", "Edv4", "Edsv4", "Ev5", "Esv5", "Edv5", "Edsv5", "Easv5", "Eadsv5",
        "Ebsv5", "Ebdsv5", "Fsv2",
    ] {
        assert!(cat.series().contains(&series), "series {series} is missing");
    }
}

/// A changed number in a size file is caught: the test's reader is not lenient.
#[test]
fn a_wrong_number_is_caught() {
    let excerpt = std::fs::read_to_string("tests/fixtures/size-pages/dasv5-series.md").unwrap();
    let page = page_values(&excerpt);
    let d2 = &page["Standard_D2as_v5"];
    assert_eq!(d2["vcpus"], vec![2.0]);
    assert_eq!(d2["memory_gib"], vec![8.0]);
    assert_eq!(d2["max_data_disks"], vec![4.0]);
    assert_eq!(d2["max_nics"], vec![2.0]);
    assert_eq!(d2["uncached_iops"], vec![3750.0]);
    assert_eq!(d2["uncached_mbps"], vec![82.0]);
    assert!(!d2["vcpus"].contains(&4.0));
}

#[test]
fn every_disk_tier_matches_its_table() {
    let text = std::fs::read_to_string("tests/fixtures/size-pages/disk-tiers.md").unwrap();
    let cat = Catalogue::builtin();
    let mut seen = 0;
    for t in tables(&text) {
        let first = plain(&t.header[0]).to_ascii_lowercase();
        let kind = if first.starts_with("premium") {
            DiskType::Premium
        } else if first.starts_with("standard ssd") {
            DiskType::StandardSsd
        } else if first.starts_with("standard") {
            DiskType::StandardHdd
        } else {
            continue;
        };
        let row = |label: &str| -> Vec<String> {
            t.rows
                .iter()
                .find(|r| plain(&r[0]).to_ascii_lowercase() == label)
                .unwrap_or_else(|| panic!("{kind:?}: no row {label:?}"))
                .clone()
        };
        let size = row("disk size in gib");
        let iops = t
            .rows
            .iter()
            .find(|r| {
                let l = plain(&r[0]).to_ascii_lowercase();
                l.starts_with("base") && l.contains("iops")
            })
            .unwrap()
            .clone();
        let mbps = t
            .rows
            .iter()
            .find(|r| {
                let l = plain(&r[0]).to_ascii_lowercase();
                l.starts_with("base") && l.contains("throughput")
            })
            .unwrap()
            .clone();
        let num = |c: &str| -> f64 {
            let digits: String = c
                .replace(',', "")
                .chars()
                .filter(|ch| ch.is_ascii_digit() || *ch == '.')
                .collect();
            digits.parse().unwrap()
        };
        let ours: Vec<_> = cat.tiers_of(kind).collect();
        assert_eq!(ours.len(), t.header.len() - 1, "{kind:?}: every tier");
        for (k, name) in t.header.iter().enumerate().skip(1) {
            let tier = ours
                .iter()
                .find(|x| x.name == plain(name))
                .unwrap_or_else(|| panic!("{kind:?} {name}: not in the catalogue"));
            assert_eq!(tier.size_gib as f64, num(&size[k]), "{} size", tier.name);
            assert_eq!(f64::from(tier.iops), num(&iops[k]), "{} IOPS", tier.name);
            assert_eq!(f64::from(tier.mbps), num(&mbps[k]), "{} MB/s", tier.name);
            seen += 1;
        }
    }
    assert_eq!(seen, cat.tiers.len());
    assert_eq!(seen, 14 + 14 + 11);
}

/// The assessment defaults are data with their pages, and sizing starts from them.
#[test]
fn assessment_defaults_cite_their_pages_and_are_used() {
    let cat = Catalogue::builtin();
    let d = cat.defaults();
    for src in [
        &d.comfort_source,
        &d.uptime_source,
        &d.storage_source,
        &d.excluded_source,
    ] {
        assert!(
            src.contains('@') && src.contains("articles/migrate/"),
            "{src}"
        );
    }
    assert_eq!(d.hours_per_month(), 744.0);
    let o = rehost::sizing::SizingOptions::new(cat);
    assert_eq!(o.comfort, d.comfort_factor);
    for s in &d.excluded_series {
        assert!(cat.series().contains(&s.as_str()), "{s} names a series");
        assert!(!o.series().contains(s), "{s} is left out by default");
    }
    assert_eq!(
        o.series().len(),
        cat.series().len() - d.excluded_series.len()
    );
}
