//! Costs from a saved Azure Retail Prices file: the cheapest size and tier, pay as you go and
//! reserved, Windows and Linux meters, what the file does not price, bad files; and the plan
//! with its costs in the workbook and the JSON.

use std::path::Path;
use std::sync::Arc;

use rehost::model::{Disk, DiskRole, Machine, SourceRef, Value};
use rehost::os::Catalogue as OsCatalogue;
use rehost::sizing::catalogue::{Catalogue, DiskType};
use rehost::sizing::disks::DiskPolicy;
use rehost::sizing::prices::PriceBook;
use rehost::sizing::{self, SizingOptions};

use crate::common::{rehost, stderr};

const GIB: u64 = 1 << 30;

fn machine(cores: u32, memory: u64) -> Machine {
    let mut m = Machine::new(
        "vm",
        SourceRef {
            file: "x.csv".into(),
            sheet: None,
            row: 2,
        },
    );
    m.cores = Value::Known(cores);
    m.memory_bytes = Value::Known(memory);
    m
}

fn options(series: &[&str]) -> SizingOptions {
    let cat = Catalogue::builtin();
    let mut o = SizingOptions::new(cat);
    o.set_series(cat, series.iter().map(|s| s.to_string()).collect());
    o
}

fn prices() -> Arc<PriceBook> {
    Arc::new(PriceBook::load(Path::new("tests/fixtures/prices-westeurope.json"), None).unwrap())
}

#[test]
fn a_price_file_chooses_and_costs() {
    let cat = Catalogue::builtin();
    let book = prices();
    assert_eq!(book.region, "westeurope");
    assert_eq!(book.currency, "EUR");
    let mut o = options(&["Av2", "Dasv5"]);
    o.prices = Some(book.clone());
    let os = OsCatalogue::builtin();
    // Linux: D2as_v5 (0.086/h) is cheaper than A2_v2 (0.091/h); Spot, Low Priority and
    // Dev/Test meters are not prices of a production VM.
    let mut m = machine(2, 4 * GIB);
    m.os = Value::Known(os.read("Ubuntu 22.04"));
    let s = sizing::size(&m, cat, &o);
    assert_eq!(cat.sizes[s.choice.size.unwrap()].name, "Standard_D2as_v5");
    let c = s.compute.clone().unwrap();
    assert!((c.pay_as_you_go.unwrap() - 0.086 * 744.0).abs() < 1e-9);
    assert!((c.reserved_1y.unwrap() - 450.0 / 12.0).abs() < 1e-9);
    assert!((c.reserved_3y.unwrap() - 900.0 / 36.0).abs() < 1e-9);
    // Windows: the licence changes the order (A2_v2 0.121/h, D2as_v5 0.178/h).
    m.os = Value::Known(os.read("Microsoft Windows Server 2019 Standard"));
    let s = sizing::size(&m, cat, &o);
    assert_eq!(cat.sizes[s.choice.size.unwrap()].name, "Standard_A2_v2");
    let c = s.compute.unwrap();
    assert!((c.pay_as_you_go.unwrap() - 0.121 * 744.0).abs() < 1e-9);
    // No reservation in the file for A2_v2: no reserved figure, none invented.
    assert_eq!(c.reserved_1y, None);
    assert_eq!(c.reserved_3y, None);
    // A Windows reservation adds the licence at its hourly rate.
    let d = book.monthly_compute("Standard_D2as_v5", true);
    assert!((d.reserved_1y.unwrap() - (450.0 / 12.0 + (0.178 - 0.086) * 744.0)).abs() < 1e-9);
    // Disks: the disk meter, not its operations meter; auto takes the cheapest tier.
    let mut m = machine(2, 4 * GIB);
    m.disks
        .push(Disk::new("Disk 1", DiskRole::Os, Value::Known(100 * GIB)));
    m.disks
        .push(Disk::new("Disk 2", DiskRole::Data, Value::Known(200 * GIB)));
    let s = sizing::size(&m, cat, &o);
    let skus: Vec<String> = s
        .disks
        .iter()
        .map(|d| cat.tiers[d.tier.unwrap()].sku())
        .collect();
    assert_eq!(skus, ["Standard_S10", "Standard_S15"]);
    assert!((s.monthly_storage.unwrap() - (5.89 + 11.33)).abs() < 1e-9);
    // A tier the file does not price leaves the storage total unknown, not smaller.
    o.disks = DiskPolicy::Only(DiskType::StandardSsd);
    let s = sizing::size(&m, cat, &o);
    assert_eq!(s.monthly_storage, None);
    assert_eq!(s.disks[0].monthly, Some(9.60));
}

#[test]
fn price_file_errors_are_clear() {
    let out = rehost(&[
        "assess",
        "tests/fixtures/azure-migrate-import.csv",
        "--prices",
        "tests/fixtures/prices-two-regions.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    assert!(e.contains("prices-two-regions.json"), "{e}");
    assert!(e.contains("northeurope, westeurope"), "{e}");
    assert!(e.contains("--region"), "{e}");
    let out = rehost(&[
        "assess",
        "tests/fixtures/azure-migrate-import.csv",
        "--prices",
        "tests/fixtures/azure-migrate-import.csv",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not an Azure Retail Prices response"));
    let out = rehost(&[
        "assess",
        "tests/fixtures/azure-migrate-import.csv",
        "--vm-series",
        "Dasv9",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--vm-series \"Dasv9\": not in the size catalogue"));
}

#[test]
fn workbook_and_json_carry_the_plan_with_costs() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("plan.xlsx");
    let args = [
        "assess",
        "tests/fixtures/azure-migrate-import.csv",
        "-t",
        "azure-migrate",
        "--as-of",
        "2024-06-24",
        "--vm-series",
        "Av2,Dasv5",
        "--prices",
        "tests/fixtures/prices-westeurope.json",
    ];
    let mut with_out = args.to_vec();
    with_out.extend_from_slice(&["-o", xlsx.to_str().unwrap()]);
    let out = rehost(&with_out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    use calamine::{Data, DataType, Reader, Xlsx, open_workbook};
    let mut wb: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let machines = wb.worksheet_range("Machines").unwrap();
    let rows: Vec<Vec<Data>> = machines.rows().map(|r| r.to_vec()).collect();
    let col = |name: &str| {
        rows[0]
            .iter()
            .position(|c| *c == name)
            .unwrap_or_else(|| panic!("no column {name}: {:?}", rows[0]))
    };
    let row = rows.iter().find(|r| r[0] == "app02.contoso.local").unwrap();
    // RHEL 7.9, 4 cores, 16 GiB, UEFI: Generation 2, so not Av2; D4as_v5 at 0.172 EUR/h.
    assert_eq!(row[col("Azure VM size")].to_string(), "Standard_D4as_v5");
    assert_eq!(
        row[col("OS support on 2024-06-24")].to_string(),
        "extended support"
    );
    let payg = row[col("Monthly compute (EUR, pay as you go)")]
        .get_float()
        .unwrap();
    assert!((payg - 0.172 * 744.0).abs() < 1e-6, "{payg}");
    let summary = wb.worksheet_range("Summary").unwrap();
    let text: Vec<String> = summary
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    assert!(
        text.iter()
            .any(|l| l.starts_with("Standard_D4as_v5 | 1 | 4 | 16")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|l| l.starts_with("Monthly compute, pay as you go (EUR)")),
        "{text:#?}"
    );
    let disks = wb.worksheet_range("Disks").unwrap();
    let header: Vec<String> = disks
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let tier_col = header.iter().position(|h| h == "Azure disk tier").unwrap();
    let tiers: Vec<String> = disks
        .rows()
        .skip(1)
        .map(|r| r[tier_col].to_string())
        .collect();
    // With prices, each disk's cheapest tier: 128 GiB → S10, 1,024 GiB at 1,200 IOPS →
    // a premium tier (the file prices none), 2,048 GiB at 50 IOPS → S40 (not priced).
    assert_eq!(tiers[0], "Standard_S10");
    // JSON: the same plan, and the totals.
    let mut json = args.to_vec();
    json.extend_from_slice(&["-f", "json", "-o", "-"]);
    let out = rehost(&json);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let m = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "app02.contoso.local")
        .unwrap();
    let s = &m["sizing"];
    assert_eq!(s["vm_size"], "Standard_D4as_v5");
    // Each target the machine is in scope for names the size.
    for a in m["assessments"].as_array().unwrap() {
        assert_eq!(a["vm_size"], "Standard_D4as_v5", "{}", a["target"]);
    }
    assert_eq!(s["vcpus"], 4);
    assert_eq!(s["basis"], "as-on-premises");
    assert_eq!(s["currency"], "EUR");
    assert_eq!(s["monthly_compute"], 127.97);
    assert_eq!(s["monthly_compute_reserved_1y"], 75.0);
    // Its 64 GB disk: no tier of that size is in the price file, so the smallest that
    // holds it, unpriced, and no storage total.
    assert_eq!(s["disks"][0]["sku"], "Standard_S6");
    assert_eq!(s["disks"][0]["tier_size_gib"], 64);
    assert_eq!(s["monthly_storage"], serde_json::Value::Null);
    assert_eq!(m["support"]["status"], "extended");
    assert_eq!(m["support"]["extended_end"], "2024-06-30");
    assert_eq!(v["summary"]["plan"]["currency"], "EUR");
    assert_eq!(v["summary"]["plan"]["sizes"]["Standard_D4as_v5"], 1);
}
