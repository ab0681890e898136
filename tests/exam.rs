//! The exam-style scenarios in `inventories/exam/`: each inventory assessed against its target
//! at its date must give the published eligible set, and each ineligible machine must be
//! stopped by the rule that matches the published reason.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rehost::inventory;
use rehost::rules::{Date, Evaluation, RuleSet};
use serde::Deserialize;

#[derive(Deserialize)]
struct Answer {
    question: String,
    target: String,
    as_of: String,
    eligible: Vec<String>,
    reasons: BTreeMap<String, String>,
    blocking_rule: BTreeMap<String, String>,
}

fn check_scenario(name: &str) {
    let dir = Path::new("inventories/exam");
    let answer: Answer =
        toml::from_str(&std::fs::read_to_string(dir.join(format!("{name}.toml"))).unwrap())
            .unwrap();
    assert!(!answer.question.is_empty());
    let inv = inventory::import(&[dir.join(format!("{name}.csv"))]).unwrap();
    let set = RuleSet::builtin().unwrap();
    let sel = set
        .select(
            std::slice::from_ref(&answer.target),
            Some(Date::parse(&answer.as_of).unwrap()),
        )
        .unwrap();
    let ev = Evaluation::run(&inv, sel, false);
    let mx = ev.selection.matrices[0];

    let eligible: BTreeSet<String> = inv
        .machines
        .iter()
        .zip(&ev.per_machine)
        .filter(|(_, a)| a[0].readiness.eligible())
        .map(|(m, _)| m.name.clone())
        .collect();
    let want: BTreeSet<String> = answer.eligible.iter().cloned().collect();
    assert_eq!(eligible, want, "{name}: the eligible machines");

    assert_eq!(
        answer.reasons.keys().collect::<Vec<_>>(),
        answer.blocking_rule.keys().collect::<Vec<_>>(),
        "{name}: a rule id for every published reason"
    );
    for (machine, rule) in &answer.blocking_rule {
        let i = inv
            .machines
            .iter()
            .position(|m| &m.name == machine)
            .unwrap();
        let deciding: Vec<&str> = ev.per_machine[i][0]
            .deciding()
            .map(|f| mx.rules[f.rule].id.as_str())
            .collect();
        assert_eq!(
            deciding,
            [rule.as_str()],
            "{name}: {machine} should be stopped by {rule} ({})",
            answer.reasons[machine]
        );
    }
}

#[test]
fn q1_asr_hyperv_with_vmm() {
    check_scenario("seed-q1-asr-hyperv-vmm");
}

#[test]
fn q3_asr_hyperv_bitlocker_and_disk_sizes() {
    check_scenario("seed-q3-asr-hyperv-bitlocker");
}

#[test]
fn q4_azure_migrate_2018_scope() {
    check_scenario("seed-q4-azure-migrate-2018");
}

/// The same machines against today's VMware/physical matrix: VMC's 5 TB data disk was a
/// blocker under the 2020 Hyper-V matrix (4,095 GB) and is within today's 32,767 GB; VM2's
/// 3 TB Generation 1 OS disk is still over 2,048 GB; BitLocker still stops VM1.
#[test]
fn q3_machines_differ_under_todays_asr_vmware() {
    let inv = inventory::import(&["inventories/exam/seed-q3-asr-hyperv-bitlocker.csv"]).unwrap();
    let set = RuleSet::builtin().unwrap();
    let ev = Evaluation::run(
        &inv,
        set.select(&["asr-vmware".into()], None).unwrap(),
        false,
    );
    let mx = ev.selection.matrices[0];
    // Today's edition is the newest shipped, whichever that is.
    let newest = set.editions("asr-vmware").last().unwrap().edition();
    assert_eq!(mx.edition(), newest);
    let verdict = |name: &str| {
        let i = inv.machines.iter().position(|m| m.name == name).unwrap();
        let a = &ev.per_machine[i][0];
        (
            a.readiness.as_str(),
            a.deciding()
                .map(|f| mx.rules[f.rule].id.clone())
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(verdict("VMC"), ("ready-with-conditions", vec![]));
    assert_eq!(
        verdict("VM2"),
        ("not-ready", vec!["ASRVMW-OSDISK-GEN1".to_string()])
    );
    assert_eq!(
        verdict("VM1"),
        ("not-ready", vec!["ASRVMW-BITLOCKER".to_string()])
    );
}
