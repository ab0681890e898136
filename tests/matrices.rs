//! Which rules of the shipped matrices apply to which machines: a scenario's host and
//! management rules speak of its own platform's hosts.

use std::process::{Command, Output};

fn rehost(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rehost"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run rehost")
}

/// A Hyper-V scenario's host rules speak of Hyper-V hosts: a VMware VM fails the platform
/// rule once, and the Hyper-V host and VMM rules do not apply to it (as asr-vmware's vCenter
/// and ESXi rules do not apply to a Hyper-V VM). A machine of unknown platform is taken to be
/// the scenario's own and is still checked.
#[test]
fn hyper_v_host_rules_do_not_apply_to_a_vmware_vm() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("estate.csv");
    std::fs::write(
        &csv,
        "Name,Platform,Host OS,Managed by\n\
         esx-vm,VMware ESXi 8.0,VMware ESXi 8.0,vCenter Server 8.0\n\
         hv-vm,Hyper-V,Windows Server 2012,\n\
         unknown-vm,,Windows Server 2012,\n",
    )
    .unwrap();
    let out = rehost(&[
        "assess",
        "--format",
        "json",
        "--target",
        "asr-hyperv",
        csv.to_str().unwrap(),
    ]);
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let ids = |m: usize, key: &str| -> Vec<String> {
        let a = &v["machines"][m]["assessments"][0];
        let list = a[key].as_array().unwrap_or_else(|| panic!("{key}: {a}"));
        list.iter()
            .map(|x| {
                x.as_str()
                    .map_or_else(|| x["rule"].to_string(), str::to_string)
            })
            .map(|s| s.trim_matches('"').to_string())
            .collect()
    };
    assert_eq!(v["machines"][0]["name"], "esx-vm");
    assert_eq!(ids(0, "blocking"), ["ASRHV-PLATFORM"]);
    let na = ids(0, "not_applicable");
    assert!(na.contains(&"ASRHV-HOST-OS".to_string()), "{na:?}");
    assert!(na.contains(&"ASRHV-VMM".to_string()), "{na:?}");
    for m in [1, 2] {
        assert_eq!(ids(m, "blocking"), ["ASRHV-HOST-OS"], "machine {m}");
    }
}
