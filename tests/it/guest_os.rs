//! A guest's OS from every place an RVTools 4.x export names it (tests/fixtures/
//! rvtools-4x-guest-os.xlsx): the configuration file, VMware Tools, and Tools' Guest Detailed
//! Data. The most specific reading is used, each is kept with its cell, and a configuration
//! that names another system than the guest runs is a data-quality record.

use std::process::Command;

use rehost::inventory;
use rehost::model::Value;

const FIXTURE: &str = "tests/fixtures/rvtools-4x-guest-os.xlsx";

#[test]
fn the_most_specific_os_reading_is_used_and_a_disagreement_recorded() {
    let inv = inventory::import(&[FIXTURE]).unwrap();
    let m = |name: &str| inv.machines.iter().find(|m| m.name == name).unwrap();
    let os = |name: &str| match &m(name).os {
        Value::Known(os) => os.clone(),
        other => panic!("{name}: {other:?}"),
    };
    // Configured as Other 2.6.x Linux, Tools says Oracle Linux 8, detailed data 8.10.
    let ora = os("ora01");
    assert_eq!(
        (ora.product.as_str(), ora.version.as_deref()),
        ("oracle-linux", Some("8.10"))
    );
    assert_eq!(
        ora.kernel.as_deref(),
        Some("5.4.17-2136.345.5.3.el8uek.x86_64")
    );
    assert_eq!(m("ora01").os_field(), rehost::model::Field::OsDetailed);
    let sources: Vec<String> = m("ora01")
        .os_readings
        .iter()
        .map(|r| rehost::words::inventory::os_source(r.source, rehost::words::Lang::En))
        .collect();
    assert_eq!(
        sources,
        [
            "VMware Tools (Guest Detailed Data)",
            "VMware Tools",
            "configuration file"
        ]
    );
    // Windows: the product from prettyName (distroVersion is the kernel's 10.0).
    let win = os("win01");
    assert_eq!(
        (win.product.as_str(), win.version.as_deref()),
        ("windows-server", Some("2019"))
    );
    // Only the configuration and Tools, saying the same: the configured string is used.
    assert_eq!(os("rhel01").raw, "Red Hat Enterprise Linux 8 (64-bit)");
    // One record: ora01's configuration names another system. win01's "2016 or later"
    // allows the 2019 it runs, and rhel01's sources agree.
    let records: Vec<(&str, &str)> = inv
        .data_quality
        .iter()
        .filter(|d| d.message.to_string().contains("configured as"))
        .map(|d| (d.machine.as_deref().unwrap(), d.cell.as_deref().unwrap()))
        .collect();
    assert_eq!(records, [("ora01", "vInfo!K2")]);
    let msg = &inv
        .data_quality
        .iter()
        .find(|d| d.message.to_string().contains("configured as"))
        .unwrap()
        .message
        .to_string();
    assert_eq!(
        msg,
        "configured as \"Other 2.6.x Linux (64-bit)\", running \"Oracle Linux Server 8.10 (64-bit)\" (VMware Tools (Guest Detailed Data)); read as the running OS"
    );
}

#[test]
fn explain_shows_every_os_reading_with_its_cell() {
    let out = Command::new(env!("CARGO_BIN_EXE_rehost"))
        .args([
            "explain",
            FIXTURE,
            "--machine",
            "ora01",
            "--target",
            "asr-vmware",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let head: String = text.lines().take(7).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("explain_os_readings", head);
    // The OS rule reads the detailed data's cell.
    assert!(
        text.contains(
            "read: os (guest detailed data) = Oracle Linux Server 8.10 (64-bit)  (vInfo!N2)"
        ),
        "{text}"
    );
}
