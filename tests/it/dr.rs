//! Disaster-recovery targets at their boundaries: RPO against Hyper-V copy frequencies and
//! VMware recovery points, peak churn, RTO against the SLA, the bandwidth arithmetic, tier
//! policies, and unreadable targets.

use std::io::Write;

use rehost::dr::{DrOptions, DrPolicy, DrVerdict};
use rehost::engine::Evaluation;
use rehost::inventory::{self, Inventory, Issue};
use rehost::rules::{Outcome, RuleSet};

fn inventory(csv: &str) -> Inventory {
    let mut f = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    f.write_all(csv.as_bytes()).unwrap();
    inventory::import(&[f.path()]).unwrap()
}

/// (verdict, achievable RPO, replication frequency) per machine against `target`.
fn dr(
    inv: &Inventory,
    target: &str,
    opts: DrOptions,
) -> Vec<(DrVerdict, Option<u64>, Option<u64>)> {
    dr_at(inv, target, None, opts)
}

/// As `dr`, with the edition in force on `as_of`.
fn dr_at(
    inv: &Inventory,
    target: &str,
    as_of: Option<&str>,
    opts: DrOptions,
) -> Vec<(DrVerdict, Option<u64>, Option<u64>)> {
    let set = RuleSet::builtin().unwrap();
    let as_of = as_of.map(|d| rehost::rules::Date::parse(d).unwrap());
    let ev = Evaluation::run_with(
        inv,
        set.select(&[target.to_string()], as_of).unwrap(),
        false,
        opts,
        rehost::rules::Keep::All,
    );
    ev.dr
        .iter()
        .map(|per| {
            let d = per[0].as_ref().expect("asr targets have DR results");
            (
                d.verdict,
                d.achievable_rpo_seconds,
                d.replication_frequency_seconds,
            )
        })
        .collect()
}

const HV_HEADER: &str = "Name,Platform,Generation,Operating system,RPO target\n";

#[test]
fn hyperv_rpo_picks_the_longest_copy_frequency_that_meets_it() {
    let inv = inventory(&format!(
        "{HV_HEADER}a,Hyper-V,1,Windows Server 2016,29 s\nb,Hyper-V,1,Windows Server 2016,30 s\nc,Hyper-V,1,Windows Server 2016,4 min 59 s\nd,Hyper-V,1,Windows Server 2016,5 min\ne,Hyper-V,1,Windows Server 2016,14m\nf,Hyper-V,1,Windows Server 2016,1 h\n"
    ));
    let got = dr(&inv, "asr-hyperv", DrOptions::default());
    assert_eq!(
        got,
        vec![
            (DrVerdict::CannotMeet, None, None),
            (DrVerdict::Meets, Some(30), Some(30)),
            (DrVerdict::Meets, Some(30), Some(30)),
            (DrVerdict::Meets, Some(300), Some(300)),
            (DrVerdict::Meets, Some(300), Some(300)),
            (DrVerdict::Meets, Some(900), Some(900)),
        ]
    );
}

#[test]
fn vmware_rpo_needs_five_minutes() {
    let inv = inventory(
        "Name,Platform,RPO target\na,VMware ESXi 7.0,4 min 59 s\nb,VMware ESXi 7.0,5 min\nc,VMware ESXi 7.0,00:30:00\n",
    );
    let got = dr(&inv, "asr-vmware", DrOptions::default());
    assert_eq!(
        got,
        vec![
            (DrVerdict::CannotMeet, None, None),
            (DrVerdict::Meets, Some(300), None),
            (DrVerdict::Meets, Some(300), None)
        ]
    );
}

#[test]
fn peak_churn_limit_at_54_mb_s() {
    let inv = inventory(
        "Name,Platform,RPO target,Peak churn (MB/s)\na,VMware ESXi 7.0,15 min,53.9\nb,VMware ESXi 7.0,15 min,54.1\nc,VMware ESXi 7.0,,54.1\n",
    );
    let got: Vec<DrVerdict> = dr(&inv, "asr-vmware", DrOptions::default())
        .into_iter()
        .map(|x| x.0)
        .collect();
    assert_eq!(
        got,
        [
            DrVerdict::Meets,
            DrVerdict::CannotMeet,
            DrVerdict::CannotMeet
        ],
        "over the churn limit without targets too"
    );
    // Over the limit is also a readiness blocker, as the Deployment Planner lists it incompatible.
    let set = RuleSet::builtin().unwrap();
    let ev = Evaluation::run(
        &inv,
        set.select(&["asr-vmware".into()], None).unwrap(),
        false,
    );
    let mx = ev.selection.matrices[0];
    let blockers: Vec<&str> = ev.per_machine[1][0]
        .deciding()
        .map(|f| mx.rules[f.rule].id.as_str())
        .collect();
    assert_eq!(blockers, ["ASRVMW-DR-PEAK-CHURN"]);
}

#[test]
fn hyperv_churn_per_vm_by_replica_storage() {
    let inv = inventory(
        "Name,Platform,Churn (MB/s)\nlow,Hyper-V,1.9\nmid,Hyper-V,4.9\nhigh,Hyper-V,20.1\nbetween,Hyper-V,10\n",
    );
    // The 2020 edition carries the Deployment Planner's table by replica storage and I/O
    // size; the 2026 matrix says "up to 54 MB/s per VM", within which all four are.
    let newest = dr(&inv, "asr-hyperv", DrOptions::default());
    assert!(
        newest.iter().all(|x| x.0 == DrVerdict::NoTargets),
        "{newest:?}"
    );
    let verdicts = |storage| {
        let opts = DrOptions {
            storage,
            ..DrOptions::default()
        };
        dr_at(&inv, "asr-hyperv", Some("2020-01-27"), opts)
            .into_iter()
            .map(|x| x.0)
            .collect::<Vec<_>>()
    };
    use rehost::rules::check::dr::Storage;
    assert_eq!(
        verdicts(Storage::Premium),
        [
            DrVerdict::NoTargets,
            DrVerdict::NoTargets,
            DrVerdict::CannotMeet,
            DrVerdict::Unknown
        ],
        "premium: 5 MB/s at 8 KB, 20 MB/s at 16 KB or more; in between depends on the I/O size"
    );
    assert_eq!(
        verdicts(Storage::Standard),
        [
            DrVerdict::NoTargets,
            DrVerdict::CannotMeet,
            DrVerdict::CannotMeet,
            DrVerdict::CannotMeet
        ],
        "standard: 2 MB/s"
    );
}

#[test]
fn vmware_churn_per_disk_uses_disk_size() {
    // A P10/P15-sized OS disk (≤ 256 GB) allows 2–8 MB/s; a P20+ data disk 5–20 MB/s.
    let inv = inventory(
        "Name,Platform,OS disk (GB),Data disk (GB),OS disk churn (MB/s),Data disk churn (MB/s)\nok,VMware ESXi 7.0,127,2048,1.9,4.9\nos-hot,VMware ESXi 7.0,127,2048,8.1,1\ndata-hot,VMware ESXi 7.0,127,2048,1,20.1\n",
    );
    let set = RuleSet::builtin().unwrap();
    let ev = Evaluation::run(
        &inv,
        set.select(&["asr-vmware".into()], None).unwrap(),
        false,
    );
    let mx = ev.selection.matrices[0];
    let rule = mx
        .rules
        .iter()
        .position(|r| r.id == "ASRVMW-DR-DISK-CHURN")
        .unwrap();
    let outcomes: Vec<Outcome> = ev
        .per_machine
        .iter()
        .map(|p| p[0].findings[rule].outcome)
        .collect();
    assert_eq!(outcomes, [Outcome::Pass, Outcome::Fail, Outcome::Fail]);
    let msg = &rehost::words::finding::message(
        rehost::words::finding::Of::in_selection(&ev.selection, 0),
        &ev.per_machine[2][0].findings[rule],
        &inv.machines[2],
        rehost::words::Lang::En,
    );
    assert!(
        msg.starts_with("Data disk 1: average churn 20.1 MB/s"),
        "{msg}"
    );
}

#[test]
fn rto_under_the_two_hour_sla_is_at_risk() {
    let inv = inventory(
        "Name,Platform,RTO target\na,VMware ESXi 7.0,1 h 59 min\nb,VMware ESXi 7.0,2 h\nc,VMware ESXi 7.0,1 day\n",
    );
    let got: Vec<DrVerdict> = dr(&inv, "asr-vmware", DrOptions::default())
        .into_iter()
        .map(|x| x.0)
        .collect();
    assert_eq!(got, [DrVerdict::AtRisk, DrVerdict::Meets, DrVerdict::Meets]);
}

#[test]
fn bandwidth_arithmetic_with_and_without_a_link() {
    let inv = inventory(
        "Name,Platform,RPO target,Churn (MB/s),Used storage (GB)\na,VMware ESXi 7.0,15 min,2,1000\nb,VMware ESXi 7.0,15 min,1.5,500\nc,VMware ESXi 7.0,,0.5,24\n",
    );
    let set = RuleSet::builtin().unwrap();
    let run = |opts: DrOptions| {
        let ev = Evaluation::run_with(
            &inv,
            set.select(&["asr-vmware".into()], None).unwrap(),
            false,
            opts,
            rehost::rules::Keep::All,
        );
        let e = ev.estate.clone().unwrap();
        let verdicts: Vec<DrVerdict> = ev
            .dr
            .iter()
            .map(|p| p[0].as_ref().unwrap().verdict)
            .collect();
        (e, verdicts)
    };
    // Required = (2 + 1.5 + 0.5) MB/s × 8 × (1 + 30 %) = 41.6 Mbps.
    let (e, v) = run(DrOptions::default());
    assert!((e.required_bandwidth_mbps.unwrap() - 41.6).abs() < 1e-9);
    assert_eq!(e.available_bandwidth_mbps, None);
    assert_eq!(
        e.initial_replication_hours, None,
        "no link, no initial replication time"
    );
    assert_eq!(
        v,
        [DrVerdict::Meets, DrVerdict::Meets, DrVerdict::NoTargets]
    );

    // 100 Mbps is enough; initial replication of 1,524 GiB takes 36.4 h, within the 72 h goal.
    let (e, v) = run(DrOptions {
        bandwidth_mbps: Some(100.0),
        ..DrOptions::default()
    });
    assert!(e.shortfall_mbps.unwrap() < 0.0);
    assert_eq!(
        v,
        [DrVerdict::Meets, DrVerdict::Meets, DrVerdict::NoTargets]
    );
    let h = e.initial_replication_hours.unwrap();
    assert!(
        (h - 1524.0 * 1073741824.0 * 8.0 / 100e6 / 3600.0).abs() < 1e-9,
        "{h}"
    );
    assert_eq!(e.initial_replication_goal_hours, Some(72.0));
    assert!(e.notes.is_empty(), "{:?}", e.notes);

    // 30 Mbps is 11.6 Mbps short: machines with an RPO target are at risk; initial
    // replication takes 121.2 h, over the goal.
    let (e, v) = run(DrOptions {
        bandwidth_mbps: Some(30.0),
        ..DrOptions::default()
    });
    assert!((e.shortfall_mbps.unwrap() - 11.6).abs() < 1e-9);
    assert_eq!(
        v,
        [DrVerdict::AtRisk, DrVerdict::AtRisk, DrVerdict::NoTargets]
    );
    let notes: Vec<String> = e
        .notes
        .iter()
        .map(|n| rehost::words::dr::estate_note(rehost::words::Lang::En, n))
        .collect();
    assert!(
        notes.iter().any(|n| n.contains("11.6 Mbps short")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("121.21 h") && n.contains("over the 72 h goal")),
        "{notes:?}"
    );

    // --growth 0%: required is the churn alone.
    let (e, _) = run(DrOptions {
        growth: Some(0.0),
        ..DrOptions::default()
    });
    assert!((e.required_bandwidth_mbps.unwrap() - 32.0).abs() < 1e-9);
}

#[test]
fn tier_policy_then_defaults_fill_missing_targets() {
    let inv = inventory(
        "Name,Platform,Tier,RPO target\nown,Hyper-V,gold,15 min\ngold,Hyper-V,Gold,\nbronze,Hyper-V,bronze,\nnone,Hyper-V,,\n",
    );
    let policy = DrPolicy::parse(
        "[tiers.gold]\nrpo = \"30 s\"\nrto = \"1 h\"\n[tiers.bronze]\nrpo = \"4 h\"\n",
        "policy.toml",
    )
    .unwrap();
    let opts = DrOptions {
        policy: Some(policy),
        rpo: Some(600),
        ..DrOptions::default()
    };
    let got = dr(&inv, "asr-hyperv", opts.clone());
    assert_eq!(
        got,
        vec![
            (DrVerdict::AtRisk, Some(900), Some(900)),
            (DrVerdict::AtRisk, Some(30), Some(30)),
            (DrVerdict::Meets, Some(900), Some(900)),
            (DrVerdict::Meets, Some(300), Some(300)),
        ],
        "own RPO with the gold tier's RTO (1 h, at risk); tier gold (case-insensitive); tier bronze; --rpo 10 min"
    );
    let ctx = rehost::dr::context(&inv.machines[1], &opts);
    assert_eq!(
        ctx.rpo_from,
        rehost::rules::check::dr::TargetFrom::Tier {
            tier: "Gold".into(),
            file: "policy.toml".into()
        }
    );
    let bad = DrPolicy::parse("[tiers.gold]\nrpo = \"soon\"\n", "p.toml")
        .unwrap_err()
        .to_string();
    assert!(
        bad.starts_with("p.toml:2:") && bad.contains("soon"),
        "{bad}"
    );
}

#[test]
fn unreadable_targets_are_data_quality_and_unknown() {
    let inv = inventory(
        "Name,Platform,RPO target,RTO target,Churn (MB/s)\na,VMware ESXi 7.0,fast,2 h,1\nb,VMware ESXi 7.0,-5m,2 h,1\nc,VMware ESXi 7.0,15 parsecs,2 h,1\nd,VMware ESXi 7.0,15 min,2 h,lots\n",
    );
    let got: Vec<DrVerdict> = dr(&inv, "asr-vmware", DrOptions::default())
        .into_iter()
        .map(|x| x.0)
        .collect();
    assert_eq!(got, [DrVerdict::Unknown; 4], "never meets");
    let cells: Vec<&str> = inv
        .data_quality
        .iter()
        .filter(|d| d.issue == Issue::Invalid)
        .filter_map(|d| d.cell.as_deref())
        .collect();
    assert_eq!(cells.len(), 4);
    assert!(
        cells[0].ends_with("!C2") && cells[3].ends_with("!E5"),
        "{cells:?}"
    );
}

#[test]
fn dr_example_in_json() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rehost"))
        .args([
            "assess",
            "inventories/dr-example.csv",
            "--target",
            "asr-vmware",
            "--dr-policy",
            "inventories/dr-policy.toml",
            "--bandwidth",
            "1Gbps",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sql = &v["machines"][0]["assessments"][0]["dr"];
    for key in [
        "rpo_target_seconds",
        "achievable_rpo_seconds",
        "rto_target_seconds",
        "churn_mb_per_s",
        "verdict",
        "findings",
    ] {
        assert!(!sql[key].is_null(), "dr has {key}: {sql}");
    }
    // VMware replication has no copy frequency: written, as null.
    assert!(
        sql.get("replication_frequency_seconds")
            .is_some_and(|v| v.is_null()),
        "{sql}"
    );
    assert_eq!(sql["achievable_rpo_seconds"], 300);
    assert_eq!(sql["rto_target_seconds"], 14400);
    assert_eq!(sql["churn_mb_per_s"], 3.5);
    assert_eq!(sql["rpo_target_seconds"], 300);
    assert_eq!(sql["verdict"], "meets");
    let file = &v["machines"][4]["assessments"][0]["dr"];
    assert_eq!(
        file["rpo_target_seconds"], 3600,
        "bronze tier from the policy"
    );
    assert_eq!(file["verdict"], "cannot-meet");
    let summary = &v["summary"]["dr"];
    assert_eq!(summary["available_bandwidth_mbps"], 1000.0);
    assert!((summary["required_bandwidth_mbps"].as_f64().unwrap() - 592.8).abs() < 1e-6);
    assert!(summary["initial_replication_hours"].as_f64().unwrap() > 20.0);
    // sql-prod-02 (30 s), file-01 (churn) and batch-01 (an unreadable RPO is not counted):
    // hv-crm-01 is a Hyper-V VM, out of asr-vmware's scope, so it has no verdict here.
    assert_eq!(summary["verdicts"]["asr-vmware"]["cannot-meet"], 2);
    assert!(v["machines"][5]["assessments"][0]["dr"].is_null());
}

/// The Azure Migrate CSV gives each disk's write throughput: that is the disk's churn, the
/// per-disk churn rule reads it, and the machine's churn (for the bandwidth sum) is the sum
/// of its disks'.
#[test]
fn azure_migrate_csv_disk_write_throughput_is_churn() {
    let inv = inventory::import(&["tests/fixtures/azure-migrate-import.csv"]).unwrap();
    let sql = inv
        .machines
        .iter()
        .find(|m| m.name == "sql01.contoso.local")
        .unwrap();
    let churn: Vec<Option<f64>> = sql
        .disks
        .iter()
        .map(|d| d.churn_mb_s.known().copied())
        .collect();
    assert_eq!(churn, [Some(3.0), Some(10.0), Some(1.0)]);
    assert_eq!(sql.average_churn(), Some(14.0));
    let set = RuleSet::builtin().unwrap();
    let opts = DrOptions {
        bandwidth_mbps: Some(100.0),
        ..DrOptions::default()
    };
    let ev = Evaluation::run_with(
        &inv,
        set.select(&["asr-vmware".to_string()], None).unwrap(),
        false,
        opts,
        rehost::rules::Keep::All,
    );
    let estate = ev.estate.as_ref().expect("asr target");
    assert!(estate.required_bandwidth_mbps.is_some_and(|b| b > 0.0));
    assert_eq!(estate.machines_with_churn, 3, "{estate:?}");
    // The per-disk churn rule is evaluated from those figures, not left as "no column".
    let i = inv
        .machines
        .iter()
        .position(|m| m.name == "sql01.contoso.local")
        .unwrap();
    let mx = ev.selection.matrices[0];
    let k = mx
        .rules
        .iter()
        .position(|r| r.id == "ASRVMW-DR-DISK-CHURN")
        .unwrap();
    let f = ev.per_machine[i][0]
        .findings
        .iter()
        .find(|f| f.rule == k)
        .unwrap();
    assert_ne!(f.outcome, Outcome::NotEvaluated, "{:?}", f.eval());
}
