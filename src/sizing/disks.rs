//! A managed-disk tier per disk: the smallest tier of the disk type at least as large as the
//! disk (and, when the inventory gives them, with the IOPS and throughput it uses).

use super::catalogue::{Catalogue, DiskTier, DiskType};
use super::prices::PriceBook;
use crate::model::{Disk, Value};

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

/// One disk's tier (the machine's disk of the same position).
#[derive(Debug, Clone, PartialEq)]
pub struct DiskSku {
    pub size_bytes: Option<u64>,
    /// Index into the catalogue's tiers.
    pub tier: Option<usize>,
    pub why: DiskWhy,
    /// Its price per month, when a price file prices the tier.
    pub monthly: Option<f64>,
}

/// The load a disk's tier must sustain, when the inventory gives both.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Load {
    pub iops: f64,
    pub mb_s: f64,
}

/// How a disk's tier was chosen, or why none was; `gib` is the disk's size rounded up.
#[derive(Debug, Clone, PartialEq)]
pub enum DiskWhy {
    /// The inventory has no size for the disk.
    NoSize,
    /// Its size is blank or unreadable.
    SizeUnknown,
    /// No tier of `types` holds it; the largest of them is `largest_gib`.
    NoTier {
        types: Vec<DiskType>,
        gib: u64,
        load: Option<Load>,
        largest_gib: u64,
    },
    /// The cheapest tier that holds it (its price is the sku's `monthly`).
    Cheapest { gib: u64, load: Option<Load> },
    /// The smallest tier of the one type allowed (`--disk-type`).
    SmallestOf {
        kind: DiskType,
        gib: u64,
        load: Option<Load>,
    },
    /// The load unknown: the smallest tier of Azure Migrate's default type.
    SmallestDefault { kind: DiskType, gib: u64 },
    /// The smallest tier of any type that sustains the load (standard HDD, then standard
    /// SSD, then premium on a tie).
    SmallestAny { gib: u64, load: Load },
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
) -> DiskSku {
    let size = d.size_bytes.known().copied();
    let mut out = DiskSku {
        size_bytes: size,
        tier: None,
        why: DiskWhy::SizeUnknown,
        monthly: None,
    };
    let Some(bytes) = size else {
        if d.size_bytes == Value::Absent {
            out.why = DiskWhy::NoSize;
        }
        return out;
    };
    let gib = bytes.div_ceil(GIB).max(1);
    let (iops, mb_s) = (d.iops(), d.mb_s());
    let load = iops.zip(mb_s).map(|(iops, mb_s)| Load { iops, mb_s });
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
        out.why = DiskWhy::NoTier {
            types,
            gib,
            load,
            largest_gib: largest.unwrap_or(0),
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
            out.why = DiskWhy::Cheapest { gib, load };
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
    out.why = match policy {
        DiskPolicy::Only(_) => DiskWhy::SmallestOf {
            kind: t.kind,
            gib,
            load,
        },
        DiskPolicy::Auto => match load {
            None => DiskWhy::SmallestDefault { kind: t.kind, gib },
            Some(load) => DiskWhy::SmallestAny { gib, load },
        },
    };
    out
}
