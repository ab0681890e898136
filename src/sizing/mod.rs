//! What a machine would run on in Azure, and what it would cost: a VM size and a disk tier
//! per disk, chosen from the size catalogue as Azure Migrate's assessment chooses them (as
//! on premises, or from utilisation with a comfort factor), priced only from a price file
//! the user gives.

pub mod catalogue;
pub mod disks;
pub mod prices;
pub mod select;

use std::sync::Arc;

use catalogue::{Catalogue, DiskType};
use disks::{DiskPolicy, DiskSku};
use prices::{MonthlyCompute, PriceBook};
use select::{Choice, ChoiceWhy, Lacking, Need};

use crate::model::{Machine, Value};
use crate::os::Family;

/// How the size is worked out (`--sizing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The allocated cores and memory, disk count and NICs, as Azure Migrate's
    /// "as on-premises" assessment.
    #[default]
    AsOnPremises,
    /// The cores and memory in use (utilisation × allocation × comfort factor), as its
    /// performance-based assessment.
    Performance,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::AsOnPremises => "as-on-premises",
            Basis::Performance => "performance",
        }
    }
}

/// The series considered when none are named: every series in the catalogue but those the
/// assessment defaults leave out (`rules/sizes/assessment-defaults.toml` says which and why).
pub fn default_series(cat: &Catalogue) -> Vec<String> {
    let excluded = &cat.defaults().excluded_series;
    cat.series()
        .into_iter()
        .filter(|s| !excluded.iter().any(|x| x.eq_ignore_ascii_case(s)))
        .map(str::to_string)
        .collect()
}

/// `--sizing`, `--comfort-factor`, `--vm-series`, `--disk-type`, `--prices`.
#[derive(Debug, Clone)]
pub struct SizingOptions {
    pub basis: Basis,
    pub comfort: f64,
    /// The series a size may come from (set with [`SizingOptions::set_series`]).
    series: Vec<String>,
    /// Per catalogue size, whether its series is allowed: worked out once, not per machine.
    allowed: Vec<bool>,
    pub disks: DiskPolicy,
    pub prices: Option<Arc<PriceBook>>,
}

impl SizingOptions {
    pub fn new(cat: &Catalogue) -> SizingOptions {
        let mut o = SizingOptions {
            basis: Basis::AsOnPremises,
            comfort: cat.defaults().comfort_factor,
            series: Vec::new(),
            allowed: Vec::new(),
            disks: DiskPolicy::Auto,
            prices: None,
        };
        o.set_series(cat, default_series(cat));
        o
    }

    /// The series a size may come from, as the catalogue names them.
    pub fn set_series(&mut self, cat: &Catalogue, series: Vec<String>) {
        self.allowed = cat
            .sizes
            .iter()
            .map(|z| series.iter().any(|s| s.eq_ignore_ascii_case(&z.series)))
            .collect();
        self.series = series;
    }

    pub fn series(&self) -> &[String] {
        &self.series
    }
}

/// A machine's size in Azure and what it costs.
#[derive(Debug, Clone, PartialEq)]
pub struct Sizing {
    /// The basis used: performance falls back to as-on-premises when the inventory has no
    /// utilisation for the machine (and `basis_note` says so).
    pub basis: Basis,
    pub basis_note: Option<BasisNote>,
    pub need: Option<Need>,
    pub choice: Choice,
    pub disks: Vec<DiskSku>,
    pub compute: Option<MonthlyCompute>,
    /// Every disk's tier priced, summed; `None` when any disk has no price.
    pub monthly_storage: Option<f64>,
}

/// How the performance basis read the machine's utilisation, or why it could not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BasisNote {
    /// Both read: `cores` at `cpu_pct` and `memory_gib` (allocated) at `memory_pct`, times
    /// the comfort factor.
    Utilisation {
        cores: u32,
        cpu_pct: f64,
        memory_gib: f64,
        memory_pct: f64,
        comfort: f64,
    },
    /// Neither: sized as on premises. `blank`: the cells are blank or unreadable, rather
    /// than the inventory having no utilisation column.
    NoUtilisation { blank: bool },
    /// CPU read, memory not: memory as allocated.
    NoMemoryUtilisation,
    /// Memory read, CPU not: cores as allocated.
    NoCpuUtilisation,
}

const GIB: f64 = (1u64 << 30) as f64;

/// Sizes one machine.
pub fn size(m: &Machine, cat: &Catalogue, o: &SizingOptions) -> Sizing {
    let book = o.prices.as_deref();
    let disks: Vec<DiskSku> = m
        .disks
        .iter()
        .map(|d| disks::choose(cat, d, o.disks, book))
        .collect();
    let mut out = Sizing {
        basis: o.basis,
        basis_note: None,
        need: None,
        choice: Choice {
            size: None,
            why: ChoiceWhy::Smallest,
            price: None,
        },
        monthly_storage: None,
        compute: None,
        disks,
    };
    let (Value::Known(cores), Value::Known(memory)) = (&m.cores, &m.memory_bytes) else {
        out.choice.why = if !m.cores.is_known() {
            ChoiceWhy::NotSized {
                lacking: Lacking::Cores,
                blank: !m.cores.is_absent(),
            }
        } else {
            ChoiceWhy::NotSized {
                lacking: Lacking::Memory,
                blank: !m.memory_bytes.is_absent(),
            }
        };
        return out;
    };
    let allocated_gib = *memory as f64 / GIB;
    let (vcpus, memory_gib) = match o.basis {
        Basis::AsOnPremises => (*cores, allocated_gib),
        Basis::Performance => {
            let cpu = m.cpu_util_pct.known().copied();
            let mem = m.memory_util_pct.known().copied();
            let vcpus = cpu.map_or(*cores, |u| {
                ((f64::from(*cores) * u / 100.0 * o.comfort).ceil() as u32).max(1)
            });
            let gib = mem.map_or(allocated_gib, |u| allocated_gib * u / 100.0 * o.comfort);
            out.basis_note = Some(match (cpu, mem) {
                (Some(c), Some(u)) => BasisNote::Utilisation {
                    cores: *cores,
                    cpu_pct: c,
                    memory_gib: allocated_gib,
                    memory_pct: u,
                    comfort: o.comfort,
                },
                (None, None) => {
                    out.basis = Basis::AsOnPremises;
                    BasisNote::NoUtilisation {
                        blank: !m.cpu_util_pct.is_absent() || !m.memory_util_pct.is_absent(),
                    }
                }
                (Some(_), None) => BasisNote::NoMemoryUtilisation,
                (None, Some(_)) => BasisNote::NoCpuUtilisation,
            });
            (vcpus, gib)
        }
    };
    let premium = out
        .disks
        .iter()
        .filter_map(|d| d.tier)
        .any(|t| cat.tiers[t].kind == DiskType::Premium);
    let sum = |f: &dyn Fn(&crate::model::Disk) -> Option<f64>| -> Option<f64> {
        if m.disks.is_empty() {
            return None;
        }
        m.disks.iter().map(f).sum()
    };
    let need = Need {
        vcpus,
        memory_gib,
        data_disks: m.effective_data_disk_count().known().copied(),
        nics: m.nics.known().map(|n| (*n).max(1)),
        generation: m.effective_generation().known().copied(),
        premium,
        iops: sum(&|d| d.iops()),
        mb_s: sum(&|d| d.mb_s()),
    };
    let windows = m.os.known().is_some_and(|os| os.family == Family::Windows);
    out.choice = select::choose(cat, &need, &o.allowed, book, windows);
    out.need = Some(need);
    if let (Some(b), Some(i)) = (book, out.choice.size) {
        out.compute = Some(b.monthly_compute(&cat.sizes[i].name, windows));
        out.monthly_storage = if out.disks.is_empty() {
            None
        } else {
            out.disks.iter().map(|d| d.monthly).sum()
        };
    }
    out
}
