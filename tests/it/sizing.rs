//! Sizing and disk tiers at their boundaries: exactly fitting, one MiB over, Generation 2 for
//! UEFI, disk and NIC counts, every tier boundary, performance with a comfort factor, RVTools
//! utilisation. Prices are in prices.rs, support status in lifecycle.rs, the agreement with
//! Azure Migrate in core_report.rs.

use rehost::model::{Disk, DiskPerf, DiskRole, Firmware, Machine, SourceRef, Value};
use rehost::sizing::catalogue::{Catalogue, DiskType};
use rehost::sizing::disks::{self, DiskPolicy};
use rehost::sizing::{self, Basis, SizingOptions};

use crate::common::assess_json;

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

/// The size chosen, or `none:` and why, in English.
fn chosen(m: &Machine, o: &SizingOptions) -> String {
    let cat = Catalogue::builtin();
    let s = sizing::size(m, cat, o);
    let mut planner = rehost::plan::Planner::new(rehost::model::Date::today());
    planner.sizing = o.clone();
    s.choice.size.map_or_else(
        || {
            let why = rehost::words::sizing::choice(rehost::words::Lang::En, &planner, &s);
            format!("none: {why}")
        },
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
                assert_eq!(name, want, "{kind:?} {bytes} bytes: {:?}", got.why);
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
        got.tier
            .map(|i| cat.tiers[i].sku())
            .unwrap_or_else(|| format!("{:?}", got.why))
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
    assert_eq!(
        s.basis_note,
        Some(sizing::BasisNote::NoUtilisation { blank: false })
    );
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
