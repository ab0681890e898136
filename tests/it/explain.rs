//! `explain` as a reader sees it, snapshotted: every rule, its outcome, the values read with
//! their cells, the fix and the page.

use rehost::engine::Evaluation;
use rehost::inventory;
use rehost::report;
use rehost::rules::{Date, RuleSet};

fn explain(file: &str, machine: &str, target: &str, as_of: Option<&str>) -> String {
    let inv = inventory::import(&[file]).unwrap();
    let set = RuleSet::builtin().unwrap();
    let sel = set
        .select(
            &[target.to_string()],
            as_of.map(|d| Date::parse(d).unwrap()),
        )
        .unwrap();
    let ev = Evaluation::run(&inv, sel, false);
    let i = inv.machines.iter().position(|m| m.name == machine).unwrap();
    report::explain::render(&inv, &ev, i)
}

#[test]
fn explain_bitlocker_machine_under_asr_hyperv_2020() {
    insta::assert_snapshot!(explain(
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "VM1",
        "asr-hyperv",
        Some("2020-01-27")
    ));
}

#[test]
fn explain_eligible_linux_machine_under_asr_hyperv_2020() {
    insta::assert_snapshot!(explain(
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "VMB",
        "asr-hyperv",
        Some("2020-01-27")
    ));
}

#[test]
fn explain_rvtools_uefi_vm_under_asr_vmware() {
    insta::assert_snapshot!(explain(
        "tests/fixtures/rvtools-4x.xlsx",
        "db01",
        "asr-vmware",
        None
    ));
}

#[test]
fn explain_discovery_export_machine_under_azure_migrate() {
    insta::assert_snapshot!(explain(
        "inventories/samples/AzureMigrate_Discovery_Report.xlsx",
        "DEVSQLVM13",
        "azure-migrate",
        None
    ));
}

#[test]
fn explain_shows_the_dr_arithmetic() {
    let inv = inventory::import(&["inventories/dr-example.csv"]).unwrap();
    let set = RuleSet::builtin().unwrap();
    let sel = set.select(&["asr-vmware".to_string()], None).unwrap();
    let opts = rehost::dr::DrOptions {
        policy: Some(
            rehost::dr::DrPolicy::load(std::path::Path::new("inventories/dr-policy.toml")).unwrap(),
        ),
        bandwidth_mbps: Some(500.0),
        ..Default::default()
    };
    let ev = Evaluation::run_with(&inv, sel, false, opts, rehost::rules::Keep::All);
    let i = inv
        .machines
        .iter()
        .position(|m| m.name == "sql-prod-02")
        .unwrap();
    insta::assert_snapshot!(report::explain::render(&inv, &ev, i));
}
