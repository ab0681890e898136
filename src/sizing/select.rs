//! Choosing a VM size: the sizes of the allowed series that hold what the machine needs
//! (vCPUs, memory, data disks, NICs, its generation, premium storage for premium disks, and
//! the disks' IOPS and throughput when known), then the cheapest when a price file is given,
//! else the smallest: fewest vCPUs, then least memory, then the newest series, then by name.

use std::cmp::Ordering;

use super::catalogue::{Catalogue, VmSize};
use super::prices::PriceBook;
use crate::model::Lang;

/// What the machine needs of a size.
#[derive(Debug, Clone, PartialEq)]
pub struct Need {
    pub vcpus: u32,
    pub memory_gib: f64,
    /// Data disks to attach; `None` when the inventory cannot say (not checked).
    pub data_disks: Option<u32>,
    /// One Azure NIC per NIC on premises; `None` when not known.
    pub nics: Option<u32>,
    /// `Some(2)` for a UEFI machine, `Some(1)` for BIOS, `None` when not known.
    pub generation: Option<u8>,
    /// Some disk is on a premium tier: the size must support premium storage.
    pub premium: bool,
    /// Sum of the disks' IOPS and MB/s, when every disk gives them.
    pub iops: Option<f64>,
    pub mb_s: Option<f64>,
}

/// Whether a size holds a need: [`misfit`] without its words, for the scan over every size
/// of every machine.
pub fn fits(s: &VmSize, n: &Need) -> bool {
    s.vcpus >= n.vcpus
        && s.memory_gib >= n.memory_gib
        && n.data_disks.is_none_or(|d| s.max_data_disks >= d)
        && n.nics.is_none_or(|k| s.max_nics >= k)
        && match n.generation {
            Some(2) => s.generation2,
            Some(1) => s.generation1,
            _ => true,
        }
        && (!n.premium || s.premium_storage)
        && !matches!((n.iops, s.uncached_iops), (Some(need), Some(has)) if f64::from(has) < need)
        && !matches!((n.mb_s, s.uncached_mbps), (Some(need), Some(has)) if has < need)
}

/// Why a size does not hold a need, in words (the first that fails).
pub fn misfit(s: &VmSize, n: &Need) -> Option<String> {
    if s.vcpus < n.vcpus {
        return Some(format!("{} vCPUs < {}", s.vcpus, n.vcpus));
    }
    if s.memory_gib < n.memory_gib {
        return Some(format!("{} GiB < {:.2} GiB", s.memory_gib, n.memory_gib));
    }
    if let Some(d) = n.data_disks
        && s.max_data_disks < d
    {
        return Some(format!("{} data disks < {d}", s.max_data_disks));
    }
    if let Some(k) = n.nics
        && s.max_nics < k
    {
        return Some(format!("{} NICs < {k}", s.max_nics));
    }
    match n.generation {
        Some(2) if !s.generation2 => return Some("no Generation 2".into()),
        Some(1) if !s.generation1 => return Some("no Generation 1".into()),
        _ => {}
    }
    if n.premium && !s.premium_storage {
        return Some("no premium storage".into());
    }
    if let (Some(need), Some(has)) = (n.iops, s.uncached_iops)
        && f64::from(has) < need
    {
        return Some(format!("{has} IOPS < {need:.0}"));
    }
    if let (Some(need), Some(has)) = (n.mb_s, s.uncached_mbps)
        && has < need
    {
        return Some(format!("{has} MB/s < {need:.1}"));
    }
    None
}

/// The size chosen, or why none.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Index into the catalogue's sizes.
    pub size: Option<usize>,
    /// How it was chosen (or why none was), in words.
    pub why: String,
    /// The pay-as-you-go price per month that chose it, when prices chose.
    pub price: Option<f64>,
}

/// Smallest first: vCPUs, memory, newest series, then the shortest name (fewest feature
/// letters: `D2as_v5` before `D2ads_v5`, which adds a local disk), then by name.
fn smaller(a: &VmSize, b: &VmSize) -> Ordering {
    a.vcpus
        .cmp(&b.vcpus)
        .then(a.memory_gib.total_cmp(&b.memory_gib))
        .then(b.version.cmp(&a.version))
        .then(a.name.len().cmp(&b.name.len()))
        .then(a.name.cmp(&b.name))
}

/// Chooses among the catalogue's sizes whose `allowed` entry is true (all, when `allowed`
/// is not one entry per size).
pub fn choose(
    cat: &Catalogue,
    need: &Need,
    allowed: &[bool],
    prices: Option<&PriceBook>,
    windows: bool,
    lang: Lang,
) -> Choice {
    let all = allowed.len() != cat.sizes.len();
    let ok = |i: usize| all || allowed[i];
    let fitting: Vec<usize> = cat
        .sizes
        .iter()
        .enumerate()
        .filter(|(i, s)| ok(*i) && fits(s, need))
        .map(|(i, _)| i)
        .collect();
    let wants = describe_in(need, lang);
    if fitting.is_empty() {
        // The nearest miss says what to change: the smallest allowed size with enough vCPUs.
        let biggest = cat
            .sizes
            .iter()
            .enumerate()
            .filter(|(i, _)| ok(*i))
            .map(|(_, s)| s)
            .max_by(|a, b| smaller(a, b));
        let why = match (biggest, lang) {
            (None, _) => lang
                .pick(
                    "no size of the chosen series is in the catalogue",
                    "선택한 시리즈의 크기가 카탈로그에 없습니다",
                )
                .to_string(),
            (Some(b), Lang::En) => format!(
                "no size holds {wants} (largest of the chosen series: {}, {})",
                b.name,
                misfit(b, need).unwrap_or_default()
            ),
            (Some(b), Lang::Ko) => format!(
                "요구 사항({wants})을 충족하는 크기가 없습니다(선택한 시리즈에서 가장 큰 크기: {}, {})",
                b.name,
                misfit(b, need).unwrap_or_default()
            ),
        };
        return Choice {
            size: None,
            why,
            price: None,
        };
    }
    let by_size = || {
        fitting
            .iter()
            .copied()
            .min_by(|a, b| smaller(&cat.sizes[*a], &cat.sizes[*b]))
    };
    if let Some(book) = prices {
        let priced: Vec<(usize, f64)> = fitting
            .iter()
            .filter_map(|i| Some((*i, book.monthly_payg(&cat.sizes[*i].name, windows)?)))
            .collect();
        let cheapest = priced.iter().copied().min_by(|(a, pa), (b, pb)| {
            pa.total_cmp(pb)
                .then(smaller(&cat.sizes[*a], &cat.sizes[*b]))
        });
        if let Some((i, p)) = cheapest {
            return Choice {
                size: Some(i),
                why: match lang {
                    Lang::En => format!(
                        "lowest pay-as-you-go price ({p:.2} {}/month, {}) of {} priced size{} that hold{} {wants}",
                        book.currency,
                        if windows { "Windows" } else { "Linux" },
                        priced.len(),
                        if priced.len() == 1 { "" } else { "s" },
                        if priced.len() == 1 { "s" } else { "" },
                    ),
                    Lang::Ko => format!(
                        "요구 사항({wants})을 충족하고 가격이 있는 크기 {}개 중 종량제 가격이 가장 낮음(월 {p:.2} {}, {})",
                        priced.len(),
                        book.currency,
                        if windows { "Windows" } else { "Linux" },
                    ),
                },
                price: Some(p),
            };
        }
        let i = by_size().unwrap_or(fitting[0]);
        return Choice {
            size: Some(i),
            why: match lang {
                Lang::En => format!(
                    "smallest size that holds {wants}: the price file prices none of the {} that fit",
                    fitting.len()
                ),
                Lang::Ko => format!(
                    "요구 사항({wants})을 충족하는 가장 작은 크기: 맞는 크기 {}개 모두 가격 파일에 가격이 없습니다",
                    fitting.len()
                ),
            },
            price: None,
        };
    }
    let i = by_size().unwrap_or(fitting[0]);
    Choice {
        size: Some(i),
        why: match lang {
            Lang::En => format!("smallest that holds {wants} (no price file)"),
            Lang::Ko => format!("요구 사항({wants})을 충족하는 가장 작은 크기(가격 파일 없음)"),
        },
        price: None,
    }
}

/// `4 vCPUs, 6.00 GiB, 2 data disks, 1 NIC, Generation 2`.
pub fn describe(n: &Need) -> String {
    describe_in(n, Lang::En)
}

/// [`describe`] in the reader's language (`vCPU 4개, 6 GiB, 데이터 디스크 2개, …`).
pub fn describe_in(n: &Need, lang: Lang) -> String {
    if lang.is_ko() {
        let mut parts = vec![
            format!("vCPU {}개", n.vcpus),
            format!("{} GiB", trim_gib(n.memory_gib)),
        ];
        if let Some(d) = n.data_disks {
            parts.push(format!("데이터 디스크 {d}개"));
        }
        if let Some(k) = n.nics {
            parts.push(format!("네트워크 어댑터 {k}개"));
        }
        if let Some(g) = n.generation {
            parts.push(format!("{g}세대"));
        }
        if n.premium {
            parts.push("프리미엄 스토리지".into());
        }
        if let Some(i) = n.iops {
            parts.push(format!("{i:.0} IOPS"));
        }
        if let Some(m) = n.mb_s {
            parts.push(format!("{m:.1} MB/s"));
        }
        return parts.join(", ");
    }
    let mut parts = vec![
        format!("{} vCPU{}", n.vcpus, if n.vcpus == 1 { "" } else { "s" }),
        format!("{} GiB", trim_gib(n.memory_gib)),
    ];
    if let Some(d) = n.data_disks {
        parts.push(format!("{d} data disk{}", if d == 1 { "" } else { "s" }));
    }
    if let Some(k) = n.nics {
        parts.push(format!("{k} NIC{}", if k == 1 { "" } else { "s" }));
    }
    if let Some(g) = n.generation {
        parts.push(format!("Generation {g}"));
    }
    if n.premium {
        parts.push("premium storage".into());
    }
    if let Some(i) = n.iops {
        parts.push(format!("{i:.0} IOPS"));
    }
    if let Some(m) = n.mb_s {
        parts.push(format!("{m:.1} MB/s"));
    }
    parts.join(", ")
}

/// `6`, `3.5`, `0.75` GiB.
pub fn trim_gib(g: f64) -> String {
    let s = format!("{g:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
