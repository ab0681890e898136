//! Which rules of the shipped matrices apply to which machines: a scenario's host and
//! management rules speak of its own platform's hosts.

use crate::common::rehost;

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

/// `rules diff` names each edition's page and copy, and words what changed: the Hyper-V OS
/// disk limit for generation 2 went from 300 GB (2020) to 4,095 GB (2026).
#[test]
fn rules_diff_shows_the_generation_2_os_disk_limit_change() {
    let out = rehost(&["rules", "diff", "asr-hyperv", "2020-01-27"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("asr-hyperv: 2020-01-27 → 20"), "{text}");
    let line = text
        .lines()
        .skip_while(|l| !l.contains("changed ASRHV-OSDISK-GEN2"))
        .nth(1)
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(
        line.trim(),
        "check: OS disks at most 300 GB → OS disks at most 4,095 GB"
    );
    assert!(
        text.contains("read from MicrosoftDocs/azure-docs@"),
        "{text}"
    );
}

/// Dates pick the edition in force on each; a date before the first edition, an unknown
/// target or a bad date is an error (status 2) that says so.
#[test]
fn rules_diff_picks_editions_by_date_and_refuses_what_it_cannot_compare() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    std::fs::create_dir(&demo).unwrap();
    let edition = |date: &str, rules: &str| {
        std::fs::write(
            demo.join(format!("{date}.toml")),
            format!(
                "[matrix]\ntarget = \"demo\"\ntitle = \"Demo\"\nedition = \"{date}\"\n\
                 source = \"https://example.org/demo\"\napplies_to = [\"vmware\"]\n\
                 provenance = \"example/demo@{date}\"\n{rules}"
            ),
        )
        .unwrap();
    };
    let rule = |id: &str, check: &str| {
        format!(
            "[[rule]]\nid = \"{id}\"\ntitle = \"{id} title\"\nseverity = \"blocker\"\n\
             check = {check}\nmessage = \"m\"\nremediation = \"r\"\n\
             reference = \"https://example.org/demo#x\"\n"
        )
    };
    edition(
        "2019-01-01",
        &(rule("DEMO-CORES", "{ kind = \"cores-max\", max = 32 }")
            + &rule(
                "DEMO-OS",
                "{ kind = \"os-supported\", list = [\"centos 7\", \"rhel 8\"] }",
            )),
    );
    edition(
        "2021-06-01",
        &(rule("DEMO-CORES", "{ kind = \"cores-max\", max = 128 }")
            + &rule(
                "DEMO-OS",
                "{ kind = \"os-supported\", list = [\"rhel 8\", \"rhel 9\"] }",
            )),
    );
    edition(
        "2024-02-01",
        &(rule("DEMO-CORES", "{ kind = \"cores-max\", max = 128 }")
            + &rule(
                "DEMO-BITLOCKER",
                "{ kind = \"bitlocker\", allowed = false }",
            )),
    );
    let rules = dir.path().to_str().unwrap();
    let run = |args: &[&str]| {
        let mut all = vec!["rules", "--rules", rules, "diff"];
        all.extend_from_slice(args);
        let out = rehost(&all);
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    // No dates: the two newest.
    let (code, text, _) = run(&["demo"]);
    assert_eq!(code, Some(0));
    insta::assert_snapshot!("rules_diff_two_newest", text);
    // Two dates, each the edition in force then.
    let (_, text, _) = run(&["demo", "2020-12-31", "2021-06-01"]);
    insta::assert_snapshot!("rules_diff_by_date", text);
    let (_, text, _) = run(&["demo", "2021-06-01", "2021-07-01"]);
    assert!(text.contains("the same edition"), "{text}");
    for (args, why) in [
        (&["demo", "2018-12-31"][..], "first is 2019-01-01"),
        (&["nope"][..], "unknown target"),
        (&["demo", "31/12/2020"][..], "FROM"),
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, Some(2), "{args:?}");
        assert!(err.contains(why), "{args:?}: {err}");
    }
}

/// `--compare-as-of`: VMC's 5 TB data disk failed the 2020 Hyper-V matrix (4,095 GB) and is
/// within today's (32,767 GB); the verdict change is shown with the rule and its two limits.
/// The other four machines keep their verdicts and are not listed.
#[test]
fn compare_as_of_shows_the_verdicts_and_rules_that_changed() {
    let args = [
        "assess",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "--target",
        "asr-hyperv",
        "--compare-as-of",
        "2020-01-27",
    ];
    let out = rehost(&args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let section = &text[text.find("Verdicts that differ").expect("the section")..];
    insta::assert_snapshot!("compare_as_of_q3", section);
    // With a JSON report on standard output, the comparison goes to standard error and the
    // document stays JSON.
    let mut json = args.to_vec();
    json.extend(["--format", "json"]);
    let out = rehost(&json);
    assert_eq!(out.status.code(), Some(0));
    let _: serde_json::Value = serde_json::from_slice(&out.stdout).expect("still JSON");
    assert!(String::from_utf8_lossy(&out.stderr).contains("VMC  asr-hyperv 2020-01-27 →"));
    // From 2019-01-01 (the 2018 text: hosts 2016 and 2012 R2 only) the Windows Server 2019
    // hosts of VMA, VMB and VMC count too: a list change is worded by what it adds.
    let mut older = args.to_vec();
    older[5] = "2019-01-01";
    let text = String::from_utf8(rehost(&older).stdout).unwrap();
    let section = &text[text.find("Verdicts that differ").unwrap()..];
    assert!(
        section.contains("  VMA  asr-hyperv 2018-02-14 → "),
        "{section}"
    );
    assert!(
        section.contains(
            "      ASRHV-HOST-OS: fail → clear\n        host added: windows-server 2019,"
        ),
        "{section}"
    );
    assert!(section.contains("  3 verdict(s) differ"), "{section}");
    assert!(!section.contains("title:"), "{section}");
    // A date before every edition of the target is the same error as for --as-of.
    let mut early = args.to_vec();
    early[5] = "2017-01-01";
    let out = rehost(&early);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("first is 2018-02-14"));
}

/// ESXi versions as exports and people write them: bare (`7.0.3`, RVTools' `ESX Version`),
/// with an update (`ESXi 7.0 U3`, `8.0 Update 2`), with a build; a blank host cell is unknown,
/// even when a platform column says VMware (a platform word names no version).
#[test]
fn host_versions_in_every_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("hosts.csv");
    let rows = [
        ("bare", "7.0.3", "pass"),
        ("bare-old", "6.0.0", "fail"),
        ("update", "ESXi 7.0 U3", "pass"),
        ("update-word", "8.0 Update 2", "pass"),
        ("build", "VMware ESXi 8.0.3 build-24022510", "pass"),
        ("build-old", "VMware ESXi 6.0.0 build-3620759", "fail"),
        ("blank", "", "unknown"),
    ];
    let mut text = String::from("Name,Platform,Host OS\n");
    for (n, h, _) in rows {
        text.push_str(&format!("{n},VMware,{h}\n"));
    }
    std::fs::write(&csv, text).unwrap();
    let out = rehost(&[
        "assess",
        "--format",
        "json",
        "--target",
        "asr-vmware",
        "--as-of",
        "2026-04-06",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for (i, (name, host, want)) in rows.iter().enumerate() {
        let a = &v["machines"][i]["assessments"][0];
        let finding = a["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "ASRVMW-ESXI");
        let got = match finding {
            Some(f) => f["outcome"].as_str().unwrap(),
            None if a["passed"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r == "ASRVMW-ESXI") =>
            {
                "pass"
            }
            None => "other",
        };
        assert_eq!(got, *want, "{name}: host {host:?}");
    }
}

/// A target whose platform rule excludes a machine gives it `not-applicable`: counted apart,
/// never as not ready, and without a DR verdict. VMware VMs under asr-hyperv; Hyper-V VMs under
/// the VMware-only agentless migration and under asr-vmware (whose page covers VMware VMs and
/// physical servers; Site Recovery has its own Hyper-V scenario).
#[test]
fn a_scenario_for_another_platform_is_not_applicable() {
    let json = |file: &str| -> serde_json::Value {
        let out = rehost(&["assess", "--format", "json", file]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let verdicts = |v: &serde_json::Value, target: &str| -> Vec<String> {
        v["machines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let a = m["assessments"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|a| a["target"] == target)
                    .unwrap();
                assert!(
                    a["readiness"] != "not-applicable" || a["dr"].is_null(),
                    "no DR verdict for a machine out of scope: {a}"
                );
                a["readiness"].as_str().unwrap().to_string()
            })
            .collect()
    };
    let counts = |v: &serde_json::Value, target: &str| {
        v["summary"]["targets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["target"] == target)
            .unwrap()["readiness"]
            .clone()
    };
    let vmware = json("tests/fixtures/rvtools-4x.xlsx");
    assert!(
        verdicts(&vmware, "asr-hyperv")
            .iter()
            .all(|r| r == "not-applicable")
    );
    let c = counts(&vmware, "asr-hyperv");
    assert_eq!(
        (c["not_applicable"].as_u64(), c["not_ready"].as_u64()),
        (Some(4), Some(0))
    );
    assert!(
        !verdicts(&vmware, "asr-vmware")
            .iter()
            .any(|r| r == "not-applicable")
    );
    let hyperv = json("tests/fixtures/hyperv-getvm.csv");
    assert!(
        verdicts(&hyperv, "migrate-vmware-agentless")
            .iter()
            .all(|r| r == "not-applicable")
    );
    assert!(
        verdicts(&hyperv, "asr-vmware")
            .iter()
            .all(|r| r == "not-applicable")
    );
    let c = counts(&hyperv, "asr-vmware");
    assert_eq!(c["not_ready"].as_u64(), Some(0), "{c}");
    // The terminal says it once per target, not once per machine.
    let out = rehost(&["assess", "tests/fixtures/rvtools-4x.xlsx", "--details"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let block = &text[text.find("asr-hyperv ").unwrap()..];
    let block = &block[..block.find("\n\n").unwrap()];
    insta::assert_snapshot!("not_applicable_terminal", block);
}

/// vDisk's `Raw` column answers the RDM rule: RDM is VMware's pass-through disk, so the rule
/// that forbids both is evaluated, not left a coverage gap for want of a pass-through column.
#[test]
fn rvtools_raw_column_answers_the_rdm_and_pass_through_rule() {
    let out = rehost(&[
        "assess",
        "--format",
        "json",
        "--target",
        "migrate-vmware-agentless",
        "tests/fixtures/rvtools-4x.xlsx",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let gaps: Vec<&str> = v["summary"]["targets"][0]["coverage_gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["rule"].as_str().unwrap())
        .collect();
    assert!(!gaps.contains(&"MIGVMW-RDM"), "{gaps:?}");
    let db = v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == "db01")
        .unwrap();
    let findings = db["assessments"][0]["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "MIGVMW-RDM" && f["outcome"] == "fail")
    );
}

/// The asr-hyperv edition in force on a day, at the boundaries that matter. No text of the
/// Hyper-V matrix from 2022 to 2025 is known (rules/asr-hyperv/2021-10-05.toml, notes), so
/// the 2021-10-05 edition judges every day until 2026-05-05: a Windows Server 2022 host, VMM
/// 2022 and the large disks fail until then and pass from that day. A Nano Server guest fails
/// in every edition: each page says "Windows Server 2016 Nano Server isn't supported".
#[test]
fn asr_hyperv_editions_by_date() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("estate.csv");
    std::fs::write(
        &csv,
        "Name,Platform,Gen,Firmware,Secure boot,OS,OS architecture,OS disk (GB),Data disk (GB),Number of data disks,Host OS,Managed by\n\
         hv-2022,Hyper-V,2,UEFI,No,Windows Server 2019 Datacenter,x64,3000,8000,1,Windows Server 2022,VMM 2022\n\
         hv-nano,Hyper-V,1,BIOS,No,Windows Server 2016 Nano Server,x64,127,100,1,Windows Server 2016,VMM 2016\n",
    )
    .unwrap();
    let at = |date: &str| -> (String, Vec<String>, Vec<String>, String) {
        let out = rehost(&[
            "assess",
            "--format",
            "json",
            "--target",
            "asr-hyperv",
            "--as-of",
            date,
            csv.to_str().unwrap(),
        ]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let blocking = |m: usize| -> Vec<String> {
            v["machines"][m]["assessments"][0]["blocking"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| {
                    x.as_str()
                        .map_or_else(|| x["rule"].to_string(), str::to_string)
                })
                .map(|s| s.trim_matches('"').to_string())
                .collect()
        };
        let edition = v["machines"][0]["assessments"][0]["edition"]
            .as_str()
            .unwrap()
            .to_string();
        let readiness = v["machines"][0]["assessments"][0]["readiness"]
            .as_str()
            .unwrap()
            .to_string();
        (edition, blocking(0), blocking(1), readiness)
    };
    let large = [
        "ASRHV-HOST-OS",
        "ASRHV-VMM",
        "ASRHV-OSDISK-GEN2",
        "ASRHV-DATADISK-SIZE",
    ];
    // The 2026-05-05 edition's changes are dated only to after 10/05/2021 (changed_after): on
    // a day in between, the four rules the editions judge otherwise cannot be told.
    for (date, edition, large_fails, readiness) in [
        ("2018-02-14", "2018-02-14", true, "not-ready"),
        ("2021-10-04", "2020-01-27", true, "not-ready"),
        ("2021-10-05", "2021-10-05", true, "not-ready"),
        ("2023-06-30", "2021-10-05", true, "unknown"),
        ("2026-05-04", "2021-10-05", true, "unknown"),
        ("2026-05-05", "2026-05-05", false, "ready"),
        ("2026-12-01", "2026-09-11", false, "ready"),
    ] {
        let (got, hv2022, nano, r) = at(date);
        assert_eq!(got, edition, "edition in force on {date}");
        assert_eq!(r, readiness, "{date}");
        if large_fails {
            assert_eq!(hv2022, large, "{date}");
        } else {
            assert!(hv2022.is_empty(), "{date}: {hv2022:?}");
        }
        assert_eq!(nano, ["ASRHV-NANO-SERVER"], "{date}");
    }
}
