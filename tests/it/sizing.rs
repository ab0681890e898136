//! Sizing, disk tiers, prices and OS support: at their boundaries (exactly fitting, one MiB
//! over), Generation 2 for UEFI, disk and NIC counts, performance with a comfort factor,
//! a price file with and without reservations; and against Azure Migrate's own assessment of
//! the real discovery export (its Core report, transcribed in
//! tests/fixtures/azure-migrate-core-report-2023-sizing.csv).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use rehost::lifecycle::{Lifecycle, SupportStatus};
use rehost::model::{Date, Disk, DiskPerf, DiskRole, Firmware, Machine, SourceRef, Value};
use rehost::os::Catalogue as OsCatalogue;
use rehost::sizing::catalogue::{Catalogue, DiskType};
use rehost::sizing::disks::{self, DiskPolicy};
use rehost::sizing::prices::PriceBook;
use rehost::sizing::{self, Basis, SizingOptions};

use crate::common::{rehost, stderr};

const MIB: u64 = 1 << 20;
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
    if !series.is_empty() {
        o.set_series(cat, series.iter().map(|s| s.to_string()).collect());
    }
    o
}

fn chosen(m: &Machine, o: &SizingOptions) -> String {
    let cat = Catalogue::builtin();
    let s = sizing::size(m, cat, o);
    s.choice.size.map_or_else(
        || format!("none: {}", s.choice.why),
        |i| cat.sizes[i].name.clone(),
    )
}

#[test]
fn sizes_at_their_boundaries() {
    let uefi = |mut m: Machine| {
        m.firmware = Value::Known(Firmware::Uefi);
        m
    };
    let bios = |mut m: Machine| {
        m.firmware = Value::Known(Firmware::Bios);
        m
    };
    let data_disks = |mut m: Machine, n: u32| {
        m.data_disk_count = Value::Known(n);
        m
    };
    let nics = |mut m: Machine, n: u32| {
        m.nics = Value::Known(n);
        m
    };
    let cases: Vec<(&str, Machine, &[&str], &str)> = vec![
        (
            "exactly 2 cores, 4 GiB",
            machine(2, 4 * GIB),
            &["Av2"],
            "Standard_A2_v2",
        ),
        (
            "one MiB over 4 GiB",
            machine(2, 4 * GIB + MIB),
            &["Av2"],
            "Standard_A2m_v2",
        ),
        (
            "exactly 8 GiB",
            machine(2, 8 * GIB),
            &["Dasv5"],
            "Standard_D2as_v5",
        ),
        (
            "one MiB over 8 GiB",
            machine(2, 8 * GIB + MIB),
            &["Dasv5"],
            "Standard_D4as_v5",
        ),
        (
            "3 cores → 4 vCPUs",
            machine(3, 8 * GIB),
            &["Av2"],
            "Standard_A4_v2",
        ),
        (
            "UEFI needs Generation 2",
            uefi(machine(2, 4 * GIB)),
            &["Av2", "Dasv5"],
            "Standard_D2as_v5",
        ),
        (
            "BIOS takes Generation 1",
            bios(machine(2, 4 * GIB)),
            &["Av2", "Dasv5"],
            "Standard_A2_v2",
        ),
        (
            "4 data disks fit A2_v2",
            data_disks(machine(2, 4 * GIB), 4),
            &["Av2"],
            "Standard_A2_v2",
        ),
        (
            "5 data disks do not",
            data_disks(machine(2, 4 * GIB), 5),
            &["Av2"],
            "Standard_A4_v2",
        ),
        (
            "16 data disks at 4 vCPUs",
            data_disks(machine(4, 19 * GIB), 16),
            &["Dv2", "Dasv5"],
            "Standard_D12_v2",
        ),
        (
            "2 NICs fit D2as_v5",
            nics(machine(2, 8 * GIB), 2),
            &["Dasv5"],
            "Standard_D2as_v5",
        ),
        (
            "3 NICs do not",
            nics(machine(2, 8 * GIB), 3),
            &["Dasv5"],
            "Standard_D8as_v5",
        ),
        (
            "newest series first on a tie",
            machine(2, 8 * GIB),
            &["Dsv4", "Dsv5"],
            "Standard_D2s_v5",
        ),
        (
            "more than any size",
            machine(256, 8 * GIB),
            &["Dasv5"],
            "none",
        ),
    ];
    for (what, m, series, want) in cases {
        let got = chosen(&m, &options(series));
        assert!(got.starts_with(want), "{what}: got {got}, want {want}");
    }
}

#[test]
fn unknown_cores_or_memory_are_not_sized() {
    let mut m = machine(2, 4 * GIB);
    m.cores = Value::Empty;
    assert_eq!(chosen(&m, &options(&[])), "none: not sized: cores unknown");
    let mut m = machine(2, 4 * GIB);
    m.memory_bytes = Value::Absent;
    assert_eq!(
        chosen(&m, &options(&[])),
        "none: not sized: the inventory has no memory"
    );
}

#[test]
fn every_disk_tier_boundary() {
    let cat = Catalogue::builtin();
    for kind in [
        DiskType::Premium,
        DiskType::StandardSsd,
        DiskType::StandardHdd,
    ] {
        let tiers: Vec<_> = cat.tiers_of(kind).collect();
        for (k, t) in tiers.iter().enumerate() {
            for (bytes, want) in [
                (t.size_gib * GIB, Some(&t.name)),
                (t.size_gib * GIB + 1, tiers.get(k + 1).map(|n| &n.name)),
            ] {
                let d = Disk::new("Disk 1", DiskRole::Os, Value::Known(bytes));
                let got = disks::choose(cat, &d, DiskPolicy::Only(kind), None);
                let name = got.tier.map(|i| &cat.tiers[i].name);
                assert_eq!(name, want, "{kind:?} {bytes} bytes: {}", got.why);
            }
        }
    }
    // The issue's own example, for each type.
    for (kind, gib, sku) in [
        (DiskType::Premium, 128, "Premium_P10"),
        (DiskType::Premium, 129, "Premium_P15"),
        (DiskType::StandardSsd, 128, "StandardSSD_E10"),
        (DiskType::StandardSsd, 129, "StandardSSD_E15"),
        (DiskType::StandardHdd, 128, "Standard_S10"),
        (DiskType::StandardHdd, 129, "Standard_S15"),
    ] {
        let d = Disk::new("Disk 1", DiskRole::Data, Value::Known(gib * GIB));
        let got = disks::choose(cat, &d, DiskPolicy::Only(kind), None);
        assert_eq!(got.tier.map(|i| cat.tiers[i].sku()).as_deref(), Some(sku));
    }
}

#[test]
fn auto_disk_type_follows_the_load() {
    let cat = Catalogue::builtin();
    let with_load = |read_ops: f64, write_ops: f64, mb: f64| {
        let mut d = Disk::new("Disk 1", DiskRole::Os, Value::Known(100 * GIB));
        d.churn_mb_s = Value::Known(mb / 2.0);
        d.perf = Some(Box::new(DiskPerf {
            read_mb_s: Value::Known(mb / 2.0),
            read_ops: Value::Known(read_ops),
            write_ops: Value::Known(write_ops),
        }));
        let got = disks::choose(cat, &d, DiskPolicy::Auto, None);
        got.tier.map(|i| cat.tiers[i].sku()).unwrap_or(got.why)
    };
    // No load known: premium, Azure Migrate's default storage type.
    let d = Disk::new("Disk 1", DiskRole::Os, Value::Known(100 * GIB));
    let got = disks::choose(cat, &d, DiskPolicy::Auto, None);
    assert_eq!(
        got.tier.map(|i| cat.tiers[i].sku()).as_deref(),
        Some("Premium_P10")
    );
    assert_eq!(with_load(200.0, 100.0, 20.0), "Standard_S10");
    // 500 IOPS is a standard tier's most; 501 needs premium at this size (P10: 500, P15: 1,100).
    assert_eq!(with_load(300.0, 200.0, 20.0), "Standard_S10");
    assert_eq!(with_load(300.0, 201.0, 20.0), "Premium_P15");
}

#[test]
fn performance_sizing_with_a_comfort_factor() {
    let mut m = machine(8, 32 * GIB);
    m.cpu_util_pct = Value::Known(20.0);
    m.memory_util_pct = Value::Known(50.0);
    let cat = Catalogue::builtin();
    let mut o = options(&["Easv5"]);
    o.basis = Basis::Performance;
    // 8 × 20 % × 1.3 = 2.08 → 3 vCPUs; 32 GiB × 50 % × 1.3 = 20.8 GiB.
    o.comfort = 1.3;
    let s = sizing::size(&m, cat, &o);
    let need = s.need.clone().unwrap();
    assert_eq!(need.vcpus, 3);
    assert!((need.memory_gib - 20.8).abs() < 1e-9);
    assert_eq!(cat.sizes[s.choice.size.unwrap()].name, "Standard_E4as_v5");
    // 8 × 20 % × 1.0 = 1.6 → 2 vCPUs; 16 GiB.
    o.comfort = 1.0;
    let s = sizing::size(&m, cat, &o);
    assert_eq!(s.need.as_ref().unwrap().vcpus, 2);
    assert_eq!(cat.sizes[s.choice.size.unwrap()].name, "Standard_E2as_v5");
    // As on premises: all 8 cores and 32 GiB.
    o.basis = Basis::AsOnPremises;
    let s = sizing::size(&m, cat, &o);
    assert_eq!(cat.sizes[s.choice.size.unwrap()].name, "Standard_E8as_v5");
    // No utilisation: as on premises, and said so.
    let plain = machine(8, 32 * GIB);
    o.basis = Basis::Performance;
    let s = sizing::size(&plain, cat, &o);
    assert_eq!(s.basis, Basis::AsOnPremises);
    assert!(s.basis_note.unwrap().contains("no utilisation"));
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
fn support_status_at_each_boundary() {
    let life = Lifecycle::builtin();
    let os = OsCatalogue::builtin();
    let day = |s: &str| Date::parse(s).unwrap();
    let next = |d: Date| Date::from_days_since_epoch(d.days_since_epoch() + 1);
    let mut checked = 0;
    for product in &life.products {
        for r in &product.releases {
            // The first row of a product read back through the OS catalogue: its version
            // as the catalogue writes it.
            if let (Some(m), Some(e)) = (r.mainstream_end, r.extended_end)
                && m < e
            {
                use rehost::lifecycle::status_of;
                assert_eq!(
                    status_of(r, m),
                    SupportStatus::Mainstream,
                    "{} {}",
                    product.product,
                    r.version
                );
                assert_eq!(
                    status_of(r, next(m)),
                    SupportStatus::Extended,
                    "{} {}",
                    product.product,
                    r.version
                );
                assert_eq!(
                    status_of(r, e),
                    SupportStatus::Extended,
                    "{} {}",
                    product.product,
                    r.version
                );
                assert_eq!(
                    status_of(r, next(e)),
                    SupportStatus::OutOfSupport,
                    "{} {}",
                    product.product,
                    r.version
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 40, "{checked}");
    // Through the OS catalogue, as a machine's OS is read.
    let cases = [
        (
            "Microsoft Windows Server 2012 R2 Datacenter",
            "2023-10-10",
            SupportStatus::Extended,
        ),
        (
            "Microsoft Windows Server 2012 R2 Datacenter",
            "2023-10-11",
            SupportStatus::OutOfSupport,
        ),
        (
            "Microsoft Windows Server 2019 Standard",
            "2024-01-09",
            SupportStatus::Mainstream,
        ),
        (
            "Microsoft Windows Server 2019 Standard",
            "2024-01-10",
            SupportStatus::Extended,
        ),
        (
            "Red Hat Enterprise Linux 8 (64-bit)",
            "2024-05-31",
            SupportStatus::Mainstream,
        ),
        (
            "Red Hat Enterprise Linux 8.6",
            "2024-06-01",
            SupportStatus::Extended,
        ),
        (
            "Ubuntu Linux (64-bit)",
            "2023-08-25",
            SupportStatus::Unknown,
        ),
        ("FreeBSD 13", "2023-08-25", SupportStatus::Unknown),
    ];
    for (raw, d, want) in cases {
        let s = life.support(&os.read(raw), day(d));
        assert_eq!(s.status, want, "{raw} on {d}: {}", s.why);
    }
    // ESU in Azure is said where it exists.
    let s = life.support(&os.read("Windows Server 2008 R2"), day("2023-08-25"));
    assert_eq!(s.status, SupportStatus::OutOfSupport);
    assert!(s.esu_note.unwrap().contains("Azure"));
    // A label of several releases is judged by the first to end, and says so.
    let s = life.support(
        &os.read("Microsoft Windows Server 2016 or later (64-bit)"),
        day("2023-08-25"),
    );
    assert_eq!(s.status, SupportStatus::Extended);
    assert!(s.why.contains("2016, 2019, 2022"), "{}", s.why);
}

/// The discovery export's machines, Azure Migrate's recommendations and statuses.
fn core_report() -> Vec<BTreeMap<String, String>> {
    let mut r =
        csv::Reader::from_path("tests/fixtures/azure-migrate-core-report-2023-sizing.csv").unwrap();
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            headers
                .iter()
                .zip(rec.unwrap().iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn assess_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["assess"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json", "-o", "-"]);
    let out = rehost(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn as_on_premises_vcpus_match_azure_migrate() {
    let v = assess_json(&[
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        "-t",
        "azure-migrate",
        "--as-of",
        "2023-08-25",
    ]);
    let cat = Catalogue::builtin();
    let ours: BTreeMap<&str, &serde_json::Value> = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap(), m))
        .collect();
    let (mut total, mut same) = (0, 0);
    let mut differ = Vec::new();
    for row in core_report() {
        let theirs = &row["As-is VM size"];
        if theirs.is_empty() {
            continue;
        }
        total += 1;
        let want = cat
            .size(theirs)
            .unwrap_or_else(|| panic!("{theirs} not in the catalogue"));
        let m = ours[row["Machine"].as_str()];
        let s = &m["sizing"];
        assert_eq!(m["assessments"][0]["vm_size"], s["vm_size"]);
        // At least the machine's cores and memory.
        let vcpus = s["vcpus"].as_u64().unwrap();
        assert!(vcpus >= m["cores"].as_u64().unwrap(), "{}", row["Machine"]);
        assert!(
            s["memory_gib"].as_f64().unwrap() * (1u64 << 30) as f64
                >= m["memory_bytes"].as_f64().unwrap(),
            "{}",
            row["Machine"]
        );
        if vcpus == u64::from(want.vcpus) {
            same += 1;
        } else {
            differ.push(format!("{} {theirs} {}", row["Machine"], s["vm_size"]));
        }
    }
    assert_eq!(total, 194, "machines with an as-on-premises recommendation");
    assert!(
        same * 10 >= total * 9,
        "{same} of {total} as Azure Migrate: {differ:?}"
    );
    // Measured: every one of them.
    assert_eq!(same, total, "{differ:?}");
}

#[test]
fn windows_server_support_matches_azure_migrate() {
    let rows = core_report();
    // 1. Every Windows Server machine as Azure Migrate read its OS: the same status.
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("core-os.csv");
    let mut w = csv::Writer::from_path(&inv).unwrap();
    w.write_record(["Name", "Operating system", "Cores", "Memory (MB)"])
        .unwrap();
    for r in &rows {
        w.write_record([&r["Machine"], &r["Operating System"], "2", "4096"])
            .unwrap();
    }
    w.flush().unwrap();
    let v = assess_json(&[
        inv.to_str().unwrap(),
        "-t",
        "azure-migrate",
        "--as-of",
        "2023-08-25",
    ]);
    let status: BTreeMap<String, String> = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_string(),
                m["support"]["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let windows: Vec<_> = rows
        .iter()
        .filter(|r| r["Operating System"].contains("Windows Server"))
        .collect();
    assert_eq!(windows.len(), 235);
    for r in &windows {
        assert_eq!(
            status[&r["Machine"]], r["Support"],
            "{}: {}",
            r["Machine"], r["Operating System"]
        );
    }
    // 2. The discovery export as it is: where its label names the release Azure Migrate
    // judged, the same status; where it says only "2016 or later" and the guest reported
    // 2019 or 2022 to Azure Migrate, rehost judges the label by 2016 (the first to end), as
    // Azure Migrate itself did for the 25 machines that reported nothing more.
    let v = assess_json(&[
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        "-t",
        "azure-migrate",
        "--as-of",
        "2023-08-25",
    ]);
    let ours: BTreeMap<&str, &serde_json::Value> = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap(), m))
        .collect();
    let (mut same, mut later) = (0, 0);
    for r in &windows {
        let m = ours[r["Machine"].as_str()];
        let got = m["support"]["status"].as_str().unwrap();
        if got == r["Support"] {
            same += 1;
        } else {
            assert!(m["os"]["raw"].as_str().unwrap().contains("2016 or later"));
            assert!(
                r["Operating System"].contains("2019") || r["Operating System"].contains("2022"),
                "{}",
                r["Machine"]
            );
            assert_eq!((got, r["Support"].as_str()), ("extended", "mainstream"));
            later += 1;
        }
    }
    assert_eq!((same, later), (136, 99));
    // Linux: the lifecycle's status, with its source; no version, unknown.
    for r in rows
        .iter()
        .filter(|r| r["Operating System"].contains("CentOS 7"))
    {
        let s = &ours[r["Machine"].as_str()]["support"];
        assert_eq!(s["status"], "extended", "{}", r["Machine"]);
        assert!(s["source"].as_str().unwrap().starts_with("https://"));
    }
    for r in rows
        .iter()
        .filter(|r| r["Operating System"] == "Ubuntu Linux (64-bit)")
    {
        assert_eq!(ours[r["Machine"].as_str()]["support"]["status"], "unknown");
    }
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

#[test]
fn rvtools_utilisation_sizes_by_performance() {
    let inv = rehost::inventory::import(&["tests/fixtures/rvtools-4x-usage.xlsx"]).unwrap();
    let by = |n: &str| inv.machines.iter().find(|m| m.name == n).unwrap();
    // vCPU Overall ÷ Max, vInfo Active Memory ÷ Memory.
    let cases: [(&str, Value<f64>, Value<f64>); 3] = [
        ("db01", Value::Known(20.0), Value::Known(50.0)),
        ("web01", Value::Absent, Value::Known(25.0)),
        ("app01", Value::Empty, Value::Empty),
    ];
    for (name, cpu, mem) in cases {
        let m = by(name);
        assert_eq!(m.cpu_util_pct, cpu, "{name} cpu");
        assert_eq!(m.memory_util_pct, mem, "{name} memory");
    }
    let v = assess_json(&[
        "tests/fixtures/rvtools-4x-usage.xlsx",
        "-t",
        "azure-migrate",
        "--as-of",
        "2025-02-06",
        "--sizing",
        "performance",
        "--comfort-factor",
        "1.3",
        "--vm-series",
        "Dsv5,Esv5",
    ]);
    let sizing = |n: &str| {
        v["machines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == n)
            .unwrap()["sizing"]
            .clone()
    };
    // 8 × 20 % × 1.3 → 3 vCPUs, 32 GiB × 50 % × 1.3 = 20.8 GiB: E4s_v5 (4, 32).
    assert_eq!(sizing("db01")["vm_size"], "Standard_E4s_v5");
    assert_eq!(sizing("db01")["basis"], "performance");
    // 2 cores as allocated, 4 GiB × 25 % × 1.3 = 1.3 GiB: D2s_v5.
    assert_eq!(sizing("web01")["vm_size"], "Standard_D2s_v5");
    assert!(
        sizing("web01")["basis_note"]
            .as_str()
            .unwrap()
            .contains("cores as allocated")
    );
    // Blank cells: as on premises, and said so.
    assert_eq!(sizing("app01")["basis"], "as-on-premises");
    assert!(
        sizing("app01")["basis_note"]
            .as_str()
            .unwrap()
            .contains("unknown")
    );
    assert_eq!(sizing("app01")["vm_size"], "Standard_D4s_v5");
}

/// `fits` (the scan) and `misfit` (the words) agree on every size for a spread of needs.
#[test]
fn fits_and_misfit_agree() {
    use rehost::sizing::select::{Need, fits, misfit};
    let cat = Catalogue::builtin();
    let mut n = 0;
    for vcpus in [1, 2, 3, 8, 64, 200] {
        for memory_gib in [0.5, 4.0, 4.001, 64.0, 1000.0] {
            for generation in [None, Some(1), Some(2)] {
                for premium in [false, true] {
                    for (iops, mb_s) in [(None, None), (Some(5000.0), Some(150.0))] {
                        let need = Need {
                            vcpus,
                            memory_gib,
                            data_disks: Some(vcpus.min(40)),
                            nics: Some(2),
                            generation,
                            premium,
                            iops,
                            mb_s,
                        };
                        for s in &cat.sizes {
                            assert_eq!(
                                fits(s, &need),
                                misfit(s, &need).is_none(),
                                "{} {need:?}",
                                s.name
                            );
                            n += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(n > 100_000);
}
