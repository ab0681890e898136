//! A machine's plan (size, disk tiers, costs, OS support) as the reports write it, and the
//! estate's totals of it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::lifecycle::SupportStatus;
use crate::model::Machine;
use crate::plan::{Plan, Planner};
use crate::sizing::Basis;
use crate::sizing::prices::MonthlyCompute;
use crate::words::Lang;

/// One disk's tier.
#[derive(Debug, Serialize)]
pub struct DiskOut<'a> {
    /// As in `machines[].disks`, in the same order (whose `size_bytes` is the disk's size).
    pub disk: std::borrow::Cow<'a, str>,
    pub sku: Option<String>,
    pub tier_size_gib: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly: Option<f64>,
}

/// `assessments[].sizing`.
#[derive(Debug, Serialize)]
pub struct SizingOut<'a> {
    pub basis: Basis,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis_note: Option<String>,
    pub vm_size: Option<&'a str>,
    pub series: Option<&'a str>,
    pub vcpus: Option<u32>,
    pub memory_gib: Option<f64>,
    pub why: String,
    pub disks: Vec<DiskOut<'a>>,
    pub monthly_compute: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_compute_reserved_1y: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_compute_reserved_3y: Option<f64>,
    pub monthly_storage: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'a str>,
}

/// Money rounded to the cent, as a price list shows it.
fn cents(x: Option<f64>) -> Option<f64> {
    x.map(|v| (v * 100.0).round() / 100.0)
}

/// A machine's sizing as the JSON writes it, its reasons in `lang`.
pub fn sizing<'a>(
    planner: &'a Planner,
    plan: &'a Plan,
    m: &'a Machine,
    lang: Lang,
) -> SizingOut<'a> {
    let s = &plan.sizing;
    let cat = planner.catalogue;
    let size = s.choice.size.map(|i| &cat.sizes[i]);
    let compute: Option<&MonthlyCompute> = s.compute.as_ref();
    SizingOut {
        basis: s.basis,
        basis_note: s
            .basis_note
            .as_ref()
            .map(|n| crate::words::sizing::basis_note(lang, n)),
        vm_size: size.map(|z| z.name.as_str()),
        series: size.map(|z| z.series.as_str()),
        vcpus: size.map(|z| z.vcpus),
        memory_gib: size.map(|z| z.memory_gib),
        why: crate::words::sizing::choice(lang, planner, s),
        disks: s
            .disks
            .iter()
            .zip(&m.disks)
            .map(|(d, disk)| {
                let t = d.tier.map(|i| &cat.tiers[i]);
                DiskOut {
                    disk: disk.name_in(lang),
                    sku: t.map(|t| t.sku()),
                    tier_size_gib: t.map(|t| t.size_gib),
                    monthly: cents(d.monthly),
                }
            })
            .collect(),
        monthly_compute: cents(compute.and_then(|c| c.pay_as_you_go)),
        monthly_compute_reserved_1y: cents(compute.and_then(|c| c.reserved_1y)),
        monthly_compute_reserved_3y: cents(compute.and_then(|c| c.reserved_3y)),
        monthly_storage: cents(s.monthly_storage),
        currency: planner
            .sizing
            .prices
            .as_deref()
            .map(|b| b.currency.as_str()),
    }
}

/// The estate's plan in numbers: support statuses, sizes, and costs where priced.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlanTotals {
    pub support: BTreeMap<SupportStatus, usize>,
    pub sizes: BTreeMap<String, usize>,
    pub not_sized: usize,
    /// Sum of the priced machines' pay-as-you-go compute, and how many were priced.
    pub monthly_compute: f64,
    pub compute_priced: usize,
    pub monthly_storage: f64,
    pub storage_priced: usize,
}

impl PlanTotals {
    pub fn add(&mut self, planner: &Planner, p: &Plan) {
        *self.support.entry(p.support.status).or_default() += 1;
        match p.sizing.choice.size {
            Some(i) => {
                *self
                    .sizes
                    .entry(planner.catalogue.sizes[i].name.clone())
                    .or_default() += 1
            }
            None => self.not_sized += 1,
        }
        if let Some(c) = p.sizing.compute.as_ref().and_then(|c| c.pay_as_you_go) {
            self.monthly_compute += c;
            self.compute_priced += 1;
        }
        if let Some(s) = p.sizing.monthly_storage {
            self.monthly_storage += s;
            self.storage_priced += 1;
        }
    }

    /// The sizes, most used first.
    pub fn sizes_by_count(&self) -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> = self.sizes.iter().map(|(k, n)| (k.as_str(), *n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }

    /// For the JSON summary.
    pub fn to_json(&self, planner: &Planner) -> serde_json::Value {
        let round = |x: f64| (x * 100.0).round() / 100.0;
        serde_json::json!({
            "as_of": planner.day.to_string(),
            "basis": planner.sizing.basis,
            "support": self.support,
            "sizes": self.sizes,
            "not_sized": self.not_sized,
            "currency": planner.sizing.prices.as_deref().map(|b| b.currency.as_str()),
            "region": planner.sizing.prices.as_deref().map(|b| b.region.as_str()),
            "monthly_compute": planner.sizing.prices.as_ref().map(|_| round(self.monthly_compute)),
            "compute_priced": self.compute_priced,
            "monthly_storage": planner.sizing.prices.as_ref().map(|_| round(self.monthly_storage)),
            "storage_priced": self.storage_priced,
        })
    }
}
