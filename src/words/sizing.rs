//! A machine's size and disk tiers, how they were chosen, and the prices file's errors, in the
//! reader's language. [`crate::sizing`] chooses and says why in types; the words are here.

use super::Lang;
use crate::plan::Planner;
use crate::sizing::catalogue::{CatalogueError, DiskType, Invalid};
use crate::sizing::disks::{DiskSku, DiskWhy, Load};
use crate::sizing::prices::PriceError;
use crate::sizing::select::{ChoiceWhy, Lacking, Misfit, Need, trim_gib};
use crate::sizing::{Basis, BasisNote, Sizing};

/// A prices file that cannot be used (the JSON parser's own words stay as they are).
pub fn price_error(lang: Lang, e: &PriceError) -> String {
    use PriceError::*;
    match e {
        Io { file, err } => {
            crate::say!(lang, "size-price-io", file = file, err = lang.io_error(err))
        }
        Json { file, err } => {
            crate::say!(lang, "size-price-json", file = file, err = err.to_string())
        }
        Empty { file } => crate::say!(lang, "size-price-empty", file = file),
        Regions { file, regions } => {
            crate::say!(lang, "size-price-regions", file = file, regions = regions)
        }
        NoRegion {
            file,
            region,
            regions,
        } => crate::say!(
            lang,
            "size-price-no-region",
            file = file,
            region = region,
            regions = regions
        ),
        Currencies { file, currencies } => crate::say!(
            lang,
            "size-price-currencies",
            file = file,
            currencies = currencies
        ),
        Over { file, why } => crate::say!(
            lang,
            "size-price-over",
            file = file,
            why = super::limits::over(lang, why)
        ),
    }
}

impl std::fmt::Display for PriceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&price_error(Lang::En, self))
    }
}

/// A size file that does not load (the TOML parser's own words stay as they are).
pub fn catalogue_error(lang: Lang, e: &CatalogueError) -> String {
    let (file, why) = match e {
        CatalogueError::Parse { file, err } => (file, err.to_string()),
        CatalogueError::Invalid { file, why } => (file, invalid(lang, why)),
    };
    crate::say!(lang, "size-cat-error", file = file, why = why)
}

/// What a size file holds that a reader could not rely on.
pub fn invalid(lang: Lang, why: &Invalid) -> String {
    match why {
        Invalid::NotPositive { size } => crate::say!(lang, "size-cat-not-positive", size = size),
        Invalid::Twice { size } => crate::say!(lang, "size-cat-twice", size = size),
        Invalid::TierOrder { tier } => crate::say!(lang, "size-cat-tier-order", tier = tier),
    }
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&catalogue_error(Lang::En, self))
    }
}

/// The basis a size was worked out on, as Azure Migrate's portal names the sizing criteria
/// (`as-on-premises`; 온-프레미스 그대로, 성능 기반).
pub fn basis(lang: Lang, b: Basis) -> String {
    match b {
        Basis::AsOnPremises => crate::say!(lang, "size-basis-as-on-premises"),
        Basis::Performance => crate::say!(lang, "size-basis-performance"),
    }
}

/// A managed-disk type as a reader says it (`standard-hdd`; Korean as the portal does: 표준
/// HDD).
pub fn disk_type(lang: Lang, t: DiskType) -> String {
    match t {
        DiskType::StandardHdd => crate::say!(lang, "size-disk-type-standard-hdd"),
        DiskType::StandardSsd => crate::say!(lang, "size-disk-type-standard-ssd"),
        DiskType::Premium => crate::say!(lang, "size-disk-type-premium"),
    }
}

/// What a machine needs of a size: `4 vCPUs, 6 GiB, 2 data disks, 1 NIC, Generation 2`.
pub fn need(lang: Lang, n: &Need) -> String {
    let mut parts = vec![
        crate::say!(lang, "size-need-vcpus", n = n.vcpus),
        crate::say!(lang, "size-need-memory", gib = trim_gib(n.memory_gib)),
    ];
    if let Some(d) = n.data_disks {
        parts.push(crate::say!(lang, "size-need-data-disks", n = d));
    }
    if let Some(k) = n.nics {
        parts.push(crate::say!(lang, "size-need-nics", n = k));
    }
    if let Some(g) = n.generation {
        parts.push(crate::say!(
            lang,
            "size-need-generation",
            generation = g.to_string()
        ));
    }
    if n.premium {
        parts.push(crate::say!(lang, "size-need-premium"));
    }
    if let Some(i) = n.iops {
        parts.push(crate::say!(
            lang,
            "size-need-iops",
            iops = format!("{i:.0}")
        ));
    }
    if let Some(m) = n.mb_s {
        parts.push(crate::say!(
            lang,
            "size-need-mbps",
            mbps = format!("{m:.1}")
        ));
    }
    parts.join(", ")
}

/// What a size lacks for a need: `2 vCPUs < 4`.
pub fn misfit(lang: Lang, m: &Misfit) -> String {
    let t = |x: &dyn ToString| x.to_string();
    match *m {
        Misfit::Vcpus { has, need } => {
            crate::say!(lang, "size-misfit-vcpus", has = t(&has), need = t(&need))
        }
        Misfit::MemoryGib { has, need } => crate::say!(
            lang,
            "size-misfit-memory",
            has = t(&has),
            need = format!("{need:.2}")
        ),
        Misfit::DataDisks { has, need } => {
            crate::say!(
                lang,
                "size-misfit-data-disks",
                has = t(&has),
                need = t(&need)
            )
        }
        Misfit::Nics { has, need } => {
            crate::say!(lang, "size-misfit-nics", has = t(&has), need = t(&need))
        }
        Misfit::Generation(g) => {
            crate::say!(lang, "size-misfit-generation", generation = t(&g))
        }
        Misfit::PremiumStorage => crate::say!(lang, "size-misfit-premium"),
        Misfit::Iops { has, need } => crate::say!(
            lang,
            "size-misfit-iops",
            has = t(&has),
            need = format!("{need:.0}")
        ),
        Misfit::MbPerS { has, need } => crate::say!(
            lang,
            "size-misfit-mbps",
            has = t(&has),
            need = format!("{need:.1}")
        ),
    }
}

/// The currency of the planner's price file (empty without one).
pub fn currency(planner: &Planner) -> &str {
    planner
        .sizing
        .prices
        .as_deref()
        .map_or("", |b| b.currency.as_str())
}

/// How the size was chosen, or why none was.
pub fn choice(lang: Lang, planner: &Planner, s: &Sizing) -> String {
    let wants = || s.need.as_ref().map(|n| need(lang, n)).unwrap_or_default();
    match &s.choice.why {
        ChoiceWhy::NotSized { lacking, blank } => {
            let what = match lacking {
                Lacking::Cores => crate::say!(lang, "size-lacking-cores"),
                Lacking::Memory => crate::say!(lang, "size-lacking-memory"),
            };
            if *blank {
                crate::say!(lang, "size-not-sized-blank", what = what)
            } else {
                crate::say!(lang, "size-not-sized-absent", what = what)
            }
        }
        ChoiceWhy::NoSeries => crate::say!(lang, "size-no-series"),
        ChoiceWhy::NoneHolds { largest, misfit: m } => crate::say!(
            lang,
            "size-none-holds",
            need = wants(),
            largest = &planner.catalogue.sizes[*largest].name,
            misfit = m.as_ref().map(|m| misfit(lang, m)).unwrap_or_default()
        ),
        ChoiceWhy::Cheapest { priced, windows } => crate::say!(
            lang,
            "size-cheapest",
            price = format!("{:.2}", s.choice.price.unwrap_or_default()),
            currency = currency(planner),
            os = if *windows { "Windows" } else { "Linux" },
            n = *priced,
            need = wants()
        ),
        ChoiceWhy::SmallestUnpriced { fitting } => crate::say!(
            lang,
            "size-smallest-unpriced",
            need = wants(),
            fitting = fitting.to_string()
        ),
        ChoiceWhy::Smallest => crate::say!(lang, "size-smallest", need = wants()),
    }
}

/// How the performance basis read the machine's utilisation, or why it could not.
pub fn basis_note(lang: Lang, n: &BasisNote) -> String {
    match *n {
        BasisNote::Utilisation {
            cores,
            cpu_pct,
            memory_gib,
            memory_pct,
            comfort,
        } => crate::say!(
            lang,
            "size-basis-utilisation",
            cores = cores.to_string(),
            cpu = format!("{cpu_pct:.1}"),
            gib = trim_gib(memory_gib),
            memory = format!("{memory_pct:.1}"),
            comfort = comfort.to_string()
        ),
        BasisNote::NoUtilisation { blank: true } => {
            crate::say!(lang, "size-basis-unknown-utilisation")
        }
        BasisNote::NoUtilisation { blank: false } => {
            crate::say!(lang, "size-basis-no-utilisation")
        }
        BasisNote::NoMemoryUtilisation => crate::say!(lang, "size-basis-no-memory-utilisation"),
        BasisNote::NoCpuUtilisation => crate::say!(lang, "size-basis-no-cpu-utilisation"),
    }
}

/// How a disk's tier was chosen, or why none was.
pub fn disk(lang: Lang, planner: &Planner, d: &DiskSku) -> String {
    let load = |l: &Option<Load>| {
        l.map_or_else(String::new, |l| {
            crate::say!(
                lang,
                "size-disk-load",
                iops = format!("{:.0}", l.iops),
                mbps = format!("{:.1}", l.mb_s)
            )
        })
    };
    let gib = |g: &u64| g.to_string();
    match &d.why {
        DiskWhy::NoSize => crate::say!(lang, "size-disk-no-size"),
        DiskWhy::SizeUnknown => crate::say!(lang, "size-disk-size-unknown"),
        DiskWhy::NoTier {
            types,
            gib: g,
            load: l,
            largest_gib,
        } => {
            let kinds = types
                .iter()
                .map(|t| disk_type(lang, *t))
                .reduce(|first, second| {
                    crate::say!(lang, "size-disk-either", first = first, second = second)
                })
                .unwrap_or_default();
            crate::say!(
                lang,
                "size-disk-no-tier",
                kinds = kinds,
                gib = gib(g),
                load = load(l),
                largest = gib(largest_gib)
            )
        }
        DiskWhy::Cheapest { gib: g, load: l } => crate::say!(
            lang,
            "size-disk-cheapest",
            gib = gib(g),
            load = load(l),
            price = format!("{:.2}", d.monthly.unwrap_or_default()),
            currency = currency(planner)
        ),
        DiskWhy::SmallestOf {
            kind,
            gib: g,
            load: l,
        } => crate::say!(
            lang,
            "size-disk-smallest-of",
            kind = disk_type(lang, *kind),
            gib = gib(g),
            load = load(l)
        ),
        DiskWhy::SmallestDefault { kind, gib: g } => crate::say!(
            lang,
            "size-disk-smallest-default",
            kind = disk_type(lang, *kind),
            gib = gib(g)
        ),
        DiskWhy::SmallestAny { gib: g, load: l } => crate::say!(
            lang,
            "size-disk-smallest-any",
            gib = gib(g),
            load = load(&Some(*l))
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reason a prices or size file is refused: the English words as rehost has always
    /// written them (the error's `Display`), and Korean words with only the values left in
    /// Latin letters.
    #[test]
    fn every_file_error_in_both_languages() {
        let json = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let json_text = json.to_string();
        let f = || "p.json".to_string();
        let prices: Vec<(PriceError, &str, Vec<&str>)> = vec![
            (
                PriceError::Io {
                    file: f(),
                    err: std::io::ErrorKind::NotFound.into(),
                },
                "p.json: entity not found",
                vec!["entity not found"],
            ),
            (
                PriceError::Json {
                    file: f(),
                    err: json,
                },
                "p.json: not an Azure Retail Prices response: EOF while parsing an object at line 1 column 1",
                vec![json_text.as_str()],
            ),
            (
                PriceError::Empty { file: f() },
                "p.json: no prices (the file has no Items)",
                vec![],
            ),
            (
                PriceError::Regions {
                    file: f(),
                    regions: "eastus, westus".into(),
                },
                "p.json: prices for several regions (eastus, westus): choose one with --region",
                vec!["eastus, westus"],
            ),
            (
                PriceError::NoRegion {
                    file: f(),
                    region: "koreacentral".into(),
                    regions: "eastus".into(),
                },
                "p.json: no prices for region koreacentral (the file has eastus)",
                vec!["koreacentral", "eastus"],
            ),
            (
                PriceError::Currencies {
                    file: f(),
                    currencies: "USD, KRW".into(),
                },
                "p.json: prices in several currencies (USD, KRW): save one currency",
                vec!["USD, KRW"],
            ),
            (
                PriceError::Over {
                    file: f(),
                    why: crate::limits::Over::Rules { count: 2, cap: 1 },
                },
                "p.json: too large: 2 rules is over the cap of 1 in one matrix",
                vec![],
            ),
        ];
        for (e, english, values) in &prices {
            assert_eq!(e.to_string(), *english);
            let ko = price_error(Lang::Ko, e);
            assert!(ko.starts_with("p.json: "), "{ko}");
            super::super::assert_korean(
                &ko,
                &[&["p.json"], &values[..]].concat(),
                &["Azure", "Retail", "Prices", "Items", "region"],
            );
        }
        let file = || "rules/sizes/vm/d.toml".to_string();
        let sizes = [
            (
                Invalid::NotPositive {
                    size: "Standard_D2s_v5".into(),
                },
                "rules/sizes/vm/d.toml: Standard_D2s_v5: vCPUs, memory and NICs must be > 0",
            ),
            (
                Invalid::Twice {
                    size: "Standard_D2s_v5".into(),
                },
                "rules/sizes/vm/d.toml: Standard_D2s_v5 is listed twice",
            ),
            (
                Invalid::TierOrder { tier: "P10".into() },
                "rules/sizes/vm/d.toml: P10: tiers must grow in size",
            ),
        ];
        for (why, english) in sizes {
            let e = CatalogueError::Invalid { file: file(), why };
            assert_eq!(e.to_string(), english);
            super::super::assert_korean(
                &catalogue_error(Lang::Ko, &e),
                &["rules/sizes/vm/d.toml", "Standard_D2s_v5", "P10"],
                &["vCPU"],
            );
        }
        let toml = toml::from_str::<toml::Value>("x = ").unwrap_err();
        let e = CatalogueError::Parse {
            file: file(),
            err: toml.clone(),
        };
        assert_eq!(e.to_string(), format!("{}: {toml}", file()));
    }
}
