//! A managed-disk tier per disk: the smallest tier of the disk type at least as large as the
//! disk (and, when the inventory gives them, with the IOPS and throughput it uses).

use super::catalogue::{Catalogue, DiskTier, DiskType};
use super::prices::PriceBook;
use crate::model::{Disk, Lang, Value};

/// Which disk types may be chosen (`--disk-type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DiskPolicy {
    /// Premium when the disk's load is unknown (Azure Migrate's default storage type); with
    /// its IOPS and throughput known, the smallest tier of any type that sustains them
    /// (Standard HDD, then Standard SSD, then Premium on a tie); with prices, the cheapest.
    #[default]
    Auto,
    Only(DiskType),
}

/// One disk's tier.
#[derive(Debug, Clone, PartialEq)]
pub struct DiskSku {
    pub disk: String,
    pub size_bytes: Option<u64>,
    /// Index into the catalogue's tiers.
    pub tier: Option<usize>,
    pub why: String,
    /// Its price per month, when a price file prices the tier.
    pub monthly: Option<f64>,
}

const GIB: u64 = 1 << 30;

/// The smallest tier of `kind` that holds `gib` and the load.
fn smallest(
    cat: &Catalogue,
    kind: DiskType,
    gib: u64,
    iops: Option<f64>,
    mb_s: Option<f64>,
) -> Option<usize> {
    cat.tiers
        .iter()
        .enumerate()
        .find_map(|(i, t): (usize, &DiskTier)| {
            (t.kind == kind
                && t.size_gib >= gib
                && iops.is_none_or(|x| f64::from(t.iops) >= x)
                && mb_s.is_none_or(|x| f64::from(t.mbps) >= x))
            .then_some(i)
        })
}

pub fn choose(
    cat: &Catalogue,
    d: &Disk,
    policy: DiskPolicy,
    prices: Option<&PriceBook>,
    lang: Lang,
) -> DiskSku {
    let size = d.size_bytes.known().copied();
    let mut out = DiskSku {
        disk: d.name_in(lang).into_owned(),
        size_bytes: size,
        tier: None,
        why: String::new(),
        monthly: None,
    };
    let Some(bytes) = size else {
        out.why = match d.size_bytes {
            Value::Absent => lang
                .pick("no size in the inventory", "인벤토리에 크기가 없습니다")
                .into(),
            _ => lang.pick("size unknown", "크기를 알 수 없습니다").into(),
        };
        return out;
    };
    let gib = bytes.div_ceil(GIB).max(1);
    let (iops, mb_s) = (d.iops(), d.mb_s());
    let load = match (iops, mb_s, lang) {
        (Some(i), Some(m), Lang::En) => format!(", {i:.0} IOPS and {m:.1} MB/s"),
        (Some(i), Some(m), Lang::Ko) => format!(", {i:.0} IOPS, {m:.1} MB/s"),
        _ => String::new(),
    };
    let types: Vec<DiskType> = match policy {
        DiskPolicy::Only(t) => vec![t],
        DiskPolicy::Auto if prices.is_some() || iops.is_some() || mb_s.is_some() => {
            vec![
                DiskType::StandardHdd,
                DiskType::StandardSsd,
                DiskType::Premium,
            ]
        }
        DiskPolicy::Auto => vec![cat.defaults().storage_default],
    };
    let fits: Vec<usize> = types
        .iter()
        .filter_map(|k| smallest(cat, *k, gib, iops, mb_s))
        .collect();
    if fits.is_empty() {
        let largest = cat
            .tiers
            .iter()
            .filter(|t| types.contains(&t.kind))
            .map(|t| t.size_gib)
            .max();
        let kinds = types
            .iter()
            .map(|t| t.words(lang))
            .collect::<Vec<_>>()
            .join(lang.pick(" or ", " 또는 "));
        let largest = largest.unwrap_or(0);
        out.why = match lang {
            Lang::En => {
                format!("no {kinds} tier holds {gib} GiB{load} (largest: {largest} GiB)")
            }
            Lang::Ko => format!(
                "{gib} GiB{load}을(를) 담는 {kinds} 계층이 없습니다(가장 큰 계층: {largest} GiB)"
            ),
        };
        return out;
    }
    if let Some(book) = prices {
        let priced = fits
            .iter()
            .filter_map(|i| {
                let t = &cat.tiers[*i];
                Some((*i, book.disk_month(t.kind, &t.name)?))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, p)) = priced {
            out.tier = Some(i);
            out.monthly = Some(p);
            out.why = match lang {
                Lang::En => format!(
                    "cheapest tier that holds {gib} GiB{load} ({p:.2} {}/month)",
                    book.currency
                ),
                Lang::Ko => format!(
                    "{gib} GiB{load}을(를) 담는 가장 저렴한 계층(월 {p:.2} {})",
                    book.currency
                ),
            };
            return out;
        }
    }
    // Without prices, the tier closest to the disk's size; on a tie, the first type listed.
    let i = fits
        .iter()
        .copied()
        .min_by_key(|i| cat.tiers[*i].size_gib)
        .unwrap_or(fits[0]);
    let t = &cat.tiers[i];
    out.tier = Some(i);
    out.monthly = prices.and_then(|b| b.disk_month(t.kind, &t.name));
    let k = t.kind.words(lang);
    out.why = match (policy, lang) {
        (DiskPolicy::Only(_), Lang::En) => {
            format!("smallest {k} tier that holds {gib} GiB{load}")
        }
        (DiskPolicy::Auto, Lang::En) if load.is_empty() => format!(
            "smallest {k} tier that holds {gib} GiB (disk load unknown: {k}, Azure Migrate's default)"
        ),
        (DiskPolicy::Auto, Lang::En) => format!(
            "smallest tier that holds {gib} GiB{load} (standard HDD, then standard SSD, then premium on a tie)"
        ),
        (DiskPolicy::Only(_), Lang::Ko) => {
            format!("{gib} GiB{load}을(를) 담는 가장 작은 {k} 계층")
        }
        (DiskPolicy::Auto, Lang::Ko) if load.is_empty() => format!(
            "{gib} GiB을(를) 담는 가장 작은 {k} 계층(디스크 부하를 알 수 없어 Azure Migrate 기본값인 {k})"
        ),
        (DiskPolicy::Auto, Lang::Ko) => format!(
            "{gib} GiB{load}을(를) 담는 가장 작은 계층(같으면 표준 HDD, 표준 SSD, 프리미엄 순)"
        ),
    };
    out
}
