//! Choosing a VM size: the sizes of the allowed series that hold what the machine needs
//! (vCPUs, memory, data disks, NICs, its generation, premium storage for premium disks, and
//! the disks' IOPS and throughput when known), then the cheapest when a price file is given,
//! else the smallest: fewest vCPUs, then least memory, then the newest series, then by name.

use std::cmp::Ordering;

use super::catalogue::{Catalogue, VmSize};
use super::prices::PriceBook;

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

/// The first thing a size lacks for a need: what it has beside what is needed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Misfit {
    Vcpus {
        has: u32,
        need: u32,
    },
    MemoryGib {
        has: f64,
        need: f64,
    },
    DataDisks {
        has: u32,
        need: u32,
    },
    Nics {
        has: u32,
        need: u32,
    },
    /// It lacks this generation (1 or 2).
    Generation(u8),
    PremiumStorage,
    Iops {
        has: u32,
        need: f64,
    },
    MbPerS {
        has: f64,
        need: f64,
    },
}

/// Why a size does not hold a need (the first that fails).
pub fn misfit(s: &VmSize, n: &Need) -> Option<Misfit> {
    if s.vcpus < n.vcpus {
        return Some(Misfit::Vcpus {
            has: s.vcpus,
            need: n.vcpus,
        });
    }
    if s.memory_gib < n.memory_gib {
        return Some(Misfit::MemoryGib {
            has: s.memory_gib,
            need: n.memory_gib,
        });
    }
    if let Some(d) = n.data_disks
        && s.max_data_disks < d
    {
        return Some(Misfit::DataDisks {
            has: s.max_data_disks,
            need: d,
        });
    }
    if let Some(k) = n.nics
        && s.max_nics < k
    {
        return Some(Misfit::Nics {
            has: s.max_nics,
            need: k,
        });
    }
    match n.generation {
        Some(2) if !s.generation2 => return Some(Misfit::Generation(2)),
        Some(1) if !s.generation1 => return Some(Misfit::Generation(1)),
        _ => {}
    }
    if n.premium && !s.premium_storage {
        return Some(Misfit::PremiumStorage);
    }
    if let (Some(need), Some(has)) = (n.iops, s.uncached_iops)
        && f64::from(has) < need
    {
        return Some(Misfit::Iops { has, need });
    }
    if let (Some(need), Some(has)) = (n.mb_s, s.uncached_mbps)
        && has < need
    {
        return Some(Misfit::MbPerS { has, need });
    }
    None
}

/// The size chosen, or why none.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Index into the catalogue's sizes.
    pub size: Option<usize>,
    /// How it was chosen (or why none was).
    pub why: ChoiceWhy,
    /// The pay-as-you-go price per month that chose it, when prices chose.
    pub price: Option<f64>,
}

/// What the machine lacks to be sized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lacking {
    Cores,
    Memory,
}

/// How a size was chosen, or why none was. The need it holds is the sizing's
/// ([`super::Sizing::need`]).
#[derive(Debug, Clone, PartialEq)]
pub enum ChoiceWhy {
    /// Not sized: the machine's cores or memory are blank or unreadable (`blank`), or the
    /// inventory has no such column.
    NotSized { lacking: Lacking, blank: bool },
    /// No size of the chosen series is in the catalogue.
    NoSeries,
    /// No size holds the need; `largest` (an index into the catalogue's sizes) is the
    /// largest of the chosen series, and `misfit` what it lacks.
    NoneHolds {
        largest: usize,
        misfit: Option<Misfit>,
    },
    /// The lowest pay-as-you-go price (`Choice::price`) of `priced` priced sizes that hold
    /// the need, for Windows (licence included) or Linux.
    Cheapest { priced: usize, windows: bool },
    /// The smallest that holds the need: the price file prices none of the `fitting` sizes.
    SmallestUnpriced { fitting: usize },
    /// The smallest that holds the need; no price file.
    Smallest,
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
    if fitting.is_empty() {
        // The nearest miss says what to change: the largest allowed size.
        let biggest = cat
            .sizes
            .iter()
            .enumerate()
            .filter(|(i, _)| ok(*i))
            .max_by(|a, b| smaller(a.1, b.1));
        let why = match biggest {
            None => ChoiceWhy::NoSeries,
            Some((i, b)) => ChoiceWhy::NoneHolds {
                largest: i,
                misfit: misfit(b, need),
            },
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
                why: ChoiceWhy::Cheapest {
                    priced: priced.len(),
                    windows,
                },
                price: Some(p),
            };
        }
        let i = by_size().unwrap_or(fitting[0]);
        return Choice {
            size: Some(i),
            why: ChoiceWhy::SmallestUnpriced {
                fitting: fitting.len(),
            },
            price: None,
        };
    }
    let i = by_size().unwrap_or(fitting[0]);
    Choice {
        size: Some(i),
        why: ChoiceWhy::Smallest,
        price: None,
    }
}

/// `6`, `3.5`, `0.75` GiB.
pub fn trim_gib(g: f64) -> String {
    let s = format!("{g:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
