//! Prices, only from a file the user saved from the Azure Retail Prices API
//! (`https://prices.azure.com/api/retail/prices?$filter=…`): its documented `Items` with
//! `armSkuName`, `retailPrice`, `unitOfMeasure`, `armRegionName`, `type`, `reservationTerm`,
//! `productName`, `skuName`, `meterName`, `serviceName`. Nothing here invents a number: a
//! size or tier the file does not price has no cost.
//!
//! What is read:
//! * **Compute**: `serviceName` "Virtual Machines", an `armSkuName`, not a Spot or Low
//!   Priority meter. `type` "Consumption" per hour: Linux, or Windows when `productName`
//!   ends in "Windows" (the licence included). `type` "Reservation": `retailPrice` is the
//!   whole term's price (`reservationTerm` "1 Year", "3 Years").
//! * **Managed disks**: `productName` "… Managed Disks", `skuName` "<tier> LRS" (`P10 LRS`),
//!   per month, the disk meter itself (not its operations or bursting meters).
//!
//! A month is 744 hours (31 days × 24 hours), as Azure Migrate's assessments count it
//! (`rules/sizes/assessment-defaults.toml`).

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde::Deserialize;

use super::catalogue::DiskType;

/// Hours in the month an assessment prices (`rules/sizes/assessment-defaults.toml`: 744).
fn hours_per_month() -> f64 {
    super::catalogue::Catalogue::builtin()
        .defaults()
        .hours_per_month()
}

/// A prices file that cannot be used. Its words (and its `Display`) are the words layer's
/// (`crate::words::sizing::price_error`).
#[derive(Debug)]
pub enum PriceError {
    Io {
        file: String,
        err: std::io::Error,
    },
    Json {
        file: String,
        err: serde_json::Error,
    },
    Empty {
        file: String,
    },
    Regions {
        file: String,
        regions: String,
    },
    NoRegion {
        file: String,
        region: String,
        regions: String,
    },
    Currencies {
        file: String,
        currencies: String,
    },
    /// Over the cap on a prices file ([`crate::limits`]), or not a regular file.
    Over {
        file: String,
        why: crate::limits::Over,
    },
}

impl std::error::Error for PriceError {}

/// One item of the API's response; unknown keys are ignored (the API adds some).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    #[serde(default)]
    currency_code: String,
    retail_price: f64,
    #[serde(default)]
    unit_of_measure: String,
    #[serde(default)]
    arm_region_name: String,
    #[serde(default)]
    arm_sku_name: String,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    reservation_term: Option<String>,
    #[serde(default)]
    product_name: String,
    #[serde(default)]
    sku_name: String,
    #[serde(default)]
    meter_name: String,
    #[serde(default)]
    service_name: String,
}

/// The API's page, or a list of pages, or a bare list of items.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Document {
    Page(Page),
    Pages(Vec<Page>),
    Items(Vec<Item>),
}

#[derive(Debug, Deserialize)]
struct Page {
    #[serde(rename = "Items")]
    items: Vec<Item>,
}

/// A size's prices.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComputePrice {
    /// Pay as you go, per hour, without a Windows licence.
    pub linux_hour: Option<f64>,
    /// Pay as you go, per hour, with the Windows licence.
    pub windows_hour: Option<f64>,
    /// Reserved: (years, price of the whole term).
    pub reserved: Vec<(u32, f64)>,
}

/// A machine's monthly compute cost.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MonthlyCompute {
    pub pay_as_you_go: Option<f64>,
    /// 1-year and 3-year reservations, per month; for Windows, the licence is added at its
    /// pay-as-you-go rate (a reservation covers the compute only).
    pub reserved_1y: Option<f64>,
    pub reserved_3y: Option<f64>,
}

/// Prices for one region and currency.
#[derive(Debug, Clone, Default)]
pub struct PriceBook {
    pub file: String,
    pub region: String,
    pub currency: String,
    compute: HashMap<String, ComputePrice>,
    disks: HashMap<(DiskType, String), f64>,
}

impl PriceBook {
    /// Reads a saved response; `region` chooses one when the file holds several.
    pub fn load(path: &Path, region: Option<&str>) -> Result<PriceBook, PriceError> {
        let file = path.display().to_string();
        let text =
            crate::limits::read_file(path, crate::limits::Role::Prices).map_err(|e| match e {
                crate::limits::ReadError::Io(err) => PriceError::Io {
                    file: file.clone(),
                    err,
                },
                crate::limits::ReadError::Over(why) => PriceError::Over {
                    file: file.clone(),
                    why,
                },
            })?;
        PriceBook::parse(&file, &text, region)
    }

    pub fn parse(file: &str, text: &[u8], region: Option<&str>) -> Result<PriceBook, PriceError> {
        let doc: Document = serde_json::from_slice(text).map_err(|err| PriceError::Json {
            file: file.to_string(),
            err,
        })?;
        let items: Vec<Item> = match doc {
            Document::Page(p) => p.items,
            Document::Pages(ps) => ps.into_iter().flat_map(|p| p.items).collect(),
            Document::Items(i) => i,
        };
        if items.is_empty() {
            return Err(PriceError::Empty { file: file.into() });
        }
        let regions: BTreeSet<&str> = items
            .iter()
            .map(|i| i.arm_region_name.as_str())
            .filter(|r| !r.is_empty())
            .collect();
        let list = |s: &BTreeSet<&str>| s.iter().copied().collect::<Vec<_>>().join(", ");
        let region = match (region, regions.len()) {
            (Some(r), _) => {
                let r = r.to_ascii_lowercase();
                if !regions.contains(r.as_str()) {
                    return Err(PriceError::NoRegion {
                        file: file.into(),
                        region: r,
                        regions: list(&regions),
                    });
                }
                r
            }
            (None, 0) => String::new(),
            (None, 1) => regions
                .iter()
                .next()
                .map(|r| r.to_string())
                .unwrap_or_default(),
            (None, _) => {
                return Err(PriceError::Regions {
                    file: file.into(),
                    regions: list(&regions),
                });
            }
        };
        let items: Vec<Item> = items
            .into_iter()
            .filter(|i| i.arm_region_name.is_empty() || i.arm_region_name == region)
            .collect();
        let currencies: BTreeSet<&str> = items
            .iter()
            .map(|i| i.currency_code.as_str())
            .filter(|c| !c.is_empty())
            .collect();
        if currencies.len() > 1 {
            return Err(PriceError::Currencies {
                file: file.into(),
                currencies: list(&currencies),
            });
        }
        let mut book = PriceBook {
            file: file.into(),
            currency: currencies.iter().next().map_or("", |c| c).to_string(),
            region,
            ..PriceBook::default()
        };
        for i in &items {
            book.add(i);
        }
        Ok(book)
    }

    fn add(&mut self, i: &Item) {
        let sku_lower = i.sku_name.to_ascii_lowercase();
        if sku_lower.contains("spot") || sku_lower.contains("low priority") {
            return;
        }
        if i.service_name == "Virtual Machines" && !i.arm_sku_name.is_empty() {
            let p = self
                .compute
                .entry(i.arm_sku_name.to_ascii_lowercase())
                .or_default();
            match i.kind.as_str() {
                "Consumption" if i.unit_of_measure == "1 Hour" => {
                    if i.product_name.trim_end().ends_with("Windows") {
                        p.windows_hour = Some(i.retail_price);
                    } else {
                        p.linux_hour = Some(i.retail_price);
                    }
                }
                "Reservation" => {
                    if let Some(years) = i.reservation_term.as_deref().and_then(term_years) {
                        p.reserved.retain(|(y, _)| *y != years);
                        p.reserved.push((years, i.retail_price));
                    }
                }
                _ => {}
            }
            return;
        }
        let kind = if i.product_name.starts_with("Premium SSD Managed Disks") {
            DiskType::Premium
        } else if i.product_name.starts_with("Standard SSD Managed Disks") {
            DiskType::StandardSsd
        } else if i.product_name.starts_with("Standard HDD Managed Disks") {
            DiskType::StandardHdd
        } else {
            return;
        };
        let meter = i.meter_name.to_ascii_lowercase();
        let is_disk_meter = meter.ends_with(" disk") || meter.ends_with(" disks");
        if i.kind == "Consumption"
            && i.unit_of_measure == "1/Month"
            && is_disk_meter
            && let Some(tier) = i.sku_name.strip_suffix(" LRS")
        {
            self.disks
                .insert((kind, tier.trim().to_string()), i.retail_price);
        }
    }

    pub fn compute(&self, size: &str) -> Option<&ComputePrice> {
        self.compute.get(&size.to_ascii_lowercase())
    }

    /// Pay-as-you-go per month for a Windows guest (`windows`) or any other.
    pub fn monthly_payg(&self, size: &str, windows: bool) -> Option<f64> {
        let p = self.compute(size)?;
        let hour = if windows {
            p.windows_hour
        } else {
            p.linux_hour
        }?;
        Some(hour * hours_per_month())
    }

    /// Every monthly compute figure the file gives for the size.
    pub fn monthly_compute(&self, size: &str, windows: bool) -> MonthlyCompute {
        let p = self.compute(size).cloned().unwrap_or_default();
        let licence = if windows {
            p.windows_hour
                .zip(p.linux_hour)
                .map(|(w, l)| (w - l) * hours_per_month())
        } else {
            Some(0.0)
        };
        let reserved = |years: u32| {
            let total = p.reserved.iter().find(|(y, _)| *y == years)?.1;
            Some(total / (12.0 * f64::from(years)) + licence?)
        };
        MonthlyCompute {
            pay_as_you_go: self.monthly_payg(size, windows),
            reserved_1y: reserved(1),
            reserved_3y: reserved(3),
        }
    }

    /// A disk tier's price per month.
    pub fn disk_month(&self, kind: DiskType, tier: &str) -> Option<f64> {
        self.disks.get(&(kind, tier.to_string())).copied()
    }
}

/// `1 Year` → 1, `3 Years` → 3.
fn term_years(term: &str) -> Option<u32> {
    let n = term.split_whitespace().next()?.parse().ok()?;
    (n > 0).then_some(n)
}
