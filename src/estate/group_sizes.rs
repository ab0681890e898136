//! What the sizes chosen for each group's machines add up to: how many machines got a size,
//! the vCPUs and memory of those sizes (what a wave asks of a subscription's quota), and,
//! with a price file, their monthly pay-as-you-go compute and storage. A machine without a
//! size is counted as not sized, and a machine without a price as not priced: never as 0.

use serde::Serialize;

use super::groups::Groups;
use crate::inventory::Inventory;
use crate::plan::Planner;

/// One group's sizes and costs.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Sizes {
    /// Machines given a size, and those none fitted (or whose cores or memory are unknown).
    pub sized: usize,
    pub not_sized: usize,
    /// The chosen sizes' vCPUs and memory, summed.
    pub vcpus: u64,
    pub memory_gib: f64,
    /// What they cost a month, with `--prices` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
}

/// A group's monthly cost from the price file: the pay-as-you-go compute of the machines it
/// prices and the storage of the machines whose every disk it prices, each with how many
/// machines that is; a sum of no machine is none, not 0.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Cost {
    pub currency: String,
    pub monthly_compute: Option<f64>,
    pub compute_priced: usize,
    pub monthly_storage: Option<f64>,
    pub storage_priced: usize,
}

impl Sizes {
    /// Machines in the group.
    pub fn machines(&self) -> usize {
        self.sized + self.not_sized
    }
}

impl Cost {
    /// Compute and storage together, where the price file priced anything.
    pub fn monthly_total(&self) -> Option<f64> {
        match (self.monthly_compute, self.monthly_storage) {
            (None, None) => None,
            (c, s) => Some(c.unwrap_or(0.0) + s.unwrap_or(0.0)),
        }
    }
}

/// Every group's sizes (in the groups' order) and the ungrouped machines'.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupSizes {
    pub by_group: Vec<Sizes>,
    pub ungrouped: Sizes,
}

/// Sizes every machine of the inventory as the reports do, and adds them up by group.
pub fn compute(inv: &Inventory, groups: &Groups, planner: &Planner) -> GroupSizes {
    let book = planner.sizing.prices.as_deref();
    let empty = Sizes {
        cost: book.map(|b| Cost {
            currency: b.currency.clone(),
            ..Cost::default()
        }),
        ..Sizes::default()
    };
    let mut out = GroupSizes {
        by_group: vec![empty.clone(); groups.groups.len()],
        ungrouped: empty,
    };
    let add = |sum: &mut Option<f64>, n: &mut usize, x: Option<f64>| {
        if let Some(x) = x {
            *sum = Some(sum.unwrap_or(0.0) + x);
            *n += 1;
        }
    };
    for (m, g) in inv.machines.iter().zip(&groups.of) {
        let s = match g {
            Some(g) => &mut out.by_group[*g],
            None => &mut out.ungrouped,
        };
        let sizing = crate::sizing::size(m, planner.catalogue, &planner.sizing);
        let Some(i) = sizing.choice.size else {
            s.not_sized += 1;
            continue;
        };
        let z = &planner.catalogue.sizes[i];
        s.sized += 1;
        s.vcpus += u64::from(z.vcpus);
        s.memory_gib += z.memory_gib;
        if let Some(c) = s.cost.as_mut() {
            let payg = sizing.compute.as_ref().and_then(|c| c.pay_as_you_go);
            add(&mut c.monthly_compute, &mut c.compute_priced, payg);
            add(
                &mut c.monthly_storage,
                &mut c.storage_priced,
                sizing.monthly_storage,
            );
        }
    }
    out
}
