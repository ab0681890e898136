//! The AWS targets (`aws-mgn`, `aws-drs`) judged by date, as a user runs them: one hand-built
//! estate with a machine at each boundary the pages draw (an OS version added in a month, an
//! OS whose agents stop on a day, a volume size or count, free space on `/`), assessed on the
//! days before, inside and after each change. The per-edition limit tables are in
//! `tests/editions/aws-*`; this file holds the dates between editions.

use std::collections::BTreeMap;

use super::common::rehost;

const HEAD: &str = "Name,Platform,Firmware,Secure boot,OS,OS architecture,OS disk (GB),Data disk (GB),Number of data disks,Free root (GB),Free /tmp (GB),Free /boot (GB),Free C: (GB)\n";

/// A Linux machine ready for both targets but for what `os`, `firmware`, `data`, `count` and
/// `root` say.
fn linux(name: &str, os: &str, firmware: &str, data: &str, count: u32, root: &str) -> String {
    format!("{name},VMware ESXi 7.0,{firmware},No,{os},x64,100,{data},{count},{root},5,1,\n")
}

fn estate(dir: &std::path::Path) -> std::path::PathBuf {
    let csv = dir.join("estate.csv");
    let rows = [
        linux(
            "rhel96",
            "Red Hat Enterprise Linux 9.6",
            "BIOS",
            "100",
            1,
            "10",
        ),
        "ws2025,VMware ESXi 7.0,BIOS,No,Windows Server 2025,x64,100,100,1,,,,10\n".to_string(),
        linux("rocky92", "Rocky Linux 9.2", "BIOS", "100", 1, "10"),
        linux("alma96", "AlmaLinux 9.6", "BIOS", "100", 1, "10"),
        linux("centos6-uefi", "CentOS 6.10", "UEFI", "100", 1, "10"),
        linux("centos6", "CentOS 6.10", "BIOS", "100", 1, "10"),
        linux(
            "vol17tb",
            "Red Hat Enterprise Linux 8.6",
            "BIOS",
            "17408",
            1,
            "10",
        ),
        linux(
            "vols61",
            "Red Hat Enterprise Linux 8.6",
            "BIOS",
            "100",
            60,
            "10",
        ),
        linux(
            "root3gb",
            "Red Hat Enterprise Linux 8.6",
            "BIOS",
            "100",
            1,
            "3",
        ),
        linux("debian12", "Debian 12", "BIOS", "100", 1, "10"),
    ];
    std::fs::write(&csv, HEAD.to_string() + &rows.concat()).unwrap();
    csv
}

/// Per machine: the edition in force, the readiness and the rules that failed or could not be
/// told, for one target on one day.
fn at(
    csv: &std::path::Path,
    target: &str,
    day: &str,
) -> BTreeMap<String, (String, String, Vec<String>)> {
    let out = rehost(&[
        "assess",
        csv.to_str().unwrap(),
        "-t",
        target,
        "--as-of",
        day,
        "-f",
        "json",
    ]);
    assert_ne!(out.status.code(), Some(2), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v["machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let a = &m["assessments"][0];
            let rules = a["findings"]
                .as_array()
                .map(|f| {
                    f.iter()
                        .map(|x| x["rule"].as_str().unwrap().to_string())
                        .collect()
                })
                .unwrap_or_default();
            (
                m["name"].as_str().unwrap().to_string(),
                (
                    a["edition"].as_str().unwrap().to_string(),
                    a["readiness"].as_str().unwrap().to_string(),
                    rules,
                ),
            )
        })
        .collect()
}

const READY: &str = "ready";
const COND: &str = "ready-with-conditions";
const NOT: &str = "not-ready";
const UNKNOWN: &str = "unknown";

#[test]
fn mgn_verdicts_change_on_the_days_its_pages_changed() {
    let dir = tempfile::tempdir().unwrap();
    let csv = estate(dir.path());
    // (day, machine, edition in force, readiness, a rule among the findings or "")
    let rows = [
        // RHEL 9.6: release notes, October 2025. Inside the month the change cannot be told.
        ("2025-09-15", "rhel96", "2025-02-28", NOT, "MGN-OS"),
        ("2025-10-15", "rhel96", "2025-09-30", UNKNOWN, "MGN-OS"),
        ("2025-11-01", "rhel96", "2025-10-31", READY, ""),
        // Windows Server 2025: September 2025.
        ("2025-08-15", "ws2025", "2025-02-28", NOT, "MGN-OS"),
        ("2025-09-15", "ws2025", "2025-02-28", UNKNOWN, "MGN-OS"),
        ("2025-10-01", "ws2025", "2025-09-30", READY, ""),
        // Rocky Linux 9.0-9.6: December 2025.
        ("2025-11-15", "rocky92", "2025-10-31", NOT, "MGN-OS"),
        ("2025-12-15", "rocky92", "2025-10-31", UNKNOWN, "MGN-OS"),
        ("2026-01-01", "rocky92", "2025-12-31", READY, ""),
        // AlmaLinux 9.6: March 2026.
        ("2026-02-20", "alma96", "2026-02-15", NOT, "MGN-OS"),
        ("2026-03-15", "alma96", "2026-02-15", UNKNOWN, "MGN-OS"),
        ("2026-04-01", "alma96", "2026-03-31", READY, ""),
        // CentOS 6: UEFI never; support ends 2026-08-28, announced (a condition) before.
        (
            "2026-01-01",
            "centos6-uefi",
            "2025-12-31",
            NOT,
            "MGN-UEFI-EL6",
        ),
        (
            "2026-06-01",
            "centos6",
            "2026-05-31",
            COND,
            "MGN-OS-ENDS-2026-08-28",
        ),
        ("2026-08-28", "centos6", "2026-08-28", NOT, "MGN-OS-ENDED"),
        // 16 TB a volume.
        (
            "2026-12-01",
            "vol17tb",
            "2026-11-20",
            NOT,
            "MGN-VOLUME-SIZE",
        ),
        // / with 3 GB free: MGN asks 2 GB.
        ("2026-12-01", "root3gb", "2026-11-20", READY, ""),
        ("2026-12-01", "vols61", "2026-11-20", READY, ""),
        ("2026-12-01", "debian12", "2026-11-20", NOT, "MGN-OS"),
    ];
    check(&csv, "aws-mgn", &rows);
}

#[test]
fn drs_verdicts_change_on_their_deprecation_days() {
    let dir = tempfile::tempdir().unwrap();
    let csv = estate(dir.path());
    let rows = [
        // CentOS 6.x: no new agents from 2025-11-28 (a condition), agents stop 2026-08-28.
        ("2025-11-27", "centos6", "2025-11-20", READY, ""),
        (
            "2025-11-28",
            "centos6",
            "2025-11-28",
            COND,
            "DRS-NO-NEW-AGENT-EL6-SLES11",
        ),
        (
            "2026-08-27",
            "centos6",
            "2026-08-20",
            COND,
            "DRS-NO-NEW-AGENT-EL6-SLES11",
        ),
        (
            "2026-08-28",
            "centos6",
            "2026-08-28",
            NOT,
            "DRS-AGENT-STOPPED-EL6-SLES11",
        ),
        // 60 volumes a source server; 61 is one too many.
        (
            "2026-12-01",
            "vols61",
            "2026-08-31",
            NOT,
            "DRS-VOLUME-COUNT",
        ),
        // / with 3 GB free: DRS asks 4 GB.
        ("2026-12-01", "root3gb", "2026-08-31", NOT, "DRS-FREE-ROOT"),
        // Volumes: 16 TiB until the August 2026 release notes raised it to 64 TiB.
        (
            "2026-07-15",
            "vol17tb",
            "2026-06-30",
            NOT,
            "DRS-VOLUME-SIZE",
        ),
        ("2026-12-01", "vol17tb", "2026-08-31", READY, ""),
        // Debian 12: June 2026.
        ("2026-05-15", "debian12", "2026-02-15", NOT, "DRS-OS"),
        ("2026-06-15", "debian12", "2026-02-15", UNKNOWN, "DRS-OS"),
        ("2026-07-01", "debian12", "2026-06-30", READY, ""),
        // Linux UEFI was converted to BIOS before August 2026.
        (
            "2026-07-15",
            "centos6-uefi",
            "2026-06-30",
            COND,
            "DRS-UEFI-LINUX",
        ),
    ];
    check(&csv, "aws-drs", &rows);
}

fn check(csv: &std::path::Path, target: &str, rows: &[(&str, &str, &str, &str, &str)]) {
    let mut failures = Vec::new();
    let mut by_day: BTreeMap<&str, BTreeMap<String, (String, String, Vec<String>)>> =
        BTreeMap::new();
    for (day, machine, edition, readiness, rule) in rows {
        let got = by_day.entry(day).or_insert_with(|| at(csv, target, day));
        let (e, r, rules) = &got[*machine];
        if e != edition || r != readiness || (!rule.is_empty() && !rules.iter().any(|x| x == rule))
        {
            failures.push(format!(
                "{target} {day} {machine}: want {edition} {readiness} {rule}, got {e} {r} {rules:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A run without `--target` answers what it answered before the AWS targets shipped; named,
/// they are assessed.
#[test]
fn aws_targets_are_assessed_when_named() {
    let dir = tempfile::tempdir().unwrap();
    let csv = estate(dir.path());
    let targets = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["assess", csv.to_str().unwrap(), "-f", "json"];
        a.extend(args);
        let v: serde_json::Value = serde_json::from_slice(&rehost(&a).stdout).unwrap();
        v["machines"][0]["assessments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["target"].as_str().unwrap().to_string())
            .collect()
    };
    let default = targets(&[]);
    assert!(
        !default.iter().any(|t| t.starts_with("aws-")),
        "{default:?}"
    );
    assert_eq!(
        targets(&["-t", "aws-mgn", "-t", "aws-drs"]),
        ["aws-mgn", "aws-drs"]
    );
}

/// `explain` cites the AWS page of every finding, and the free space and kernel it read.
#[test]
fn explain_cites_the_aws_page_of_each_finding() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("one.csv");
    std::fs::write(
        &csv,
        "Name,OS,Guest Detailed Data,Firmware,OS disk (GB),Free root (GB),Free /tmp (GB),Free /boot (GB)\n\
         el9,Red Hat Enterprise Linux 9.4,bitness='64' distroName='Red Hat Enterprise Linux' distroVersion='9.4' familyName='Linux' kernelVersion='5.14.0-427.el9.x86_64',UEFI,100,3,0.4,1\n",
    )
    .unwrap();
    for target in ["aws-mgn", "aws-drs"] {
        let out = rehost(&["explain", csv.to_str().unwrap(), "-m", "el9", "-t", target]);
        let text = String::from_utf8_lossy(&out.stdout);
        let mut rule = None;
        for line in text.lines() {
            let t = line.trim_start();
            if t.starts_with("fail ") || t.starts_with("unknown ") {
                rule = Some(line.to_string());
            }
            if let Some(r) = &rule
                && t.starts_with("see:")
            {
                assert!(t.contains("https://docs.aws.amazon.com/"), "{r}: {t}");
                rule = None;
            }
        }
        assert!(text.contains("5.14.0-427.el9.x86_64"), "{text}");
        assert!(text.contains("3 GB"), "{text}");
    }
    // DRS fails the 3 GB root and the 400 MB /tmp, MGN the /tmp only; UEFI is a condition
    // for MGN (a Nitro type) and, since August 2026, none for DRS (it keeps UEFI).
    let fails = |target: &str| -> Vec<String> {
        let out = rehost(&["explain", csv.to_str().unwrap(), "-m", "el9", "-t", target]);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.trim_start().starts_with("fail "))
            .filter_map(|l| l.split_whitespace().nth(2).map(str::to_string))
            .collect()
    };
    assert_eq!(fails("aws-mgn"), ["MGN-FREE-TMP", "MGN-UEFI-NITRO"]);
    assert_eq!(fails("aws-drs"), ["DRS-FREE-ROOT", "DRS-FREE-TMP"]);
}

/// RVTools' vPartition gives free space by mount point (`Disk`, `Free MiB`); `Free %` is not
/// read as a size. The bundled export lists drive letters only: its Windows machines are
/// judged by C:, its Linux machines have no partition holding `/` and are unknown, never
/// passed.
#[test]
fn rvtools_vpartition_gives_free_space_by_mount() {
    let out = rehost(&[
        "explain",
        "tests/fixtures/rvtools-133.xlsx",
        "-m",
        "vm-0000001",
        "-t",
        "aws-drs",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("read: disk = C:\\"), "{text}");
    assert!(
        text.contains("free space = 53.33 GB  (vPartition!I3)"),
        "{text}"
    );
    let out = rehost(&[
        "explain",
        "tests/fixtures/rvtools-133.xlsx",
        "-m",
        "vm-0000000",
        "-t",
        "aws-mgn",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("no partition row of the machine holds this path"),
        "{text}"
    );
}

/// Quotas are estate notes under the target's summary, shown only when the estate is larger;
/// what no inventory shows is listed once per target, never as unknown on every row.
#[test]
fn quotas_and_checks_on_each_machine_are_said_once_per_target() {
    let out = rehost(&[
        "assess",
        "tests/fixtures/rvtools-133.xlsx",
        "-t",
        "aws-mgn",
        "-t",
        "aws-drs",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    // 133 machines: over DRS's 100 a job, under MGN's 150 replicating and 200 a job.
    assert_eq!(text.matches("more than the quota of").count(), 1, "{text}");
    assert!(
        text.contains(
            "133 machines in scope, more than the quota of 100: one drill or recovery job"
        ),
        "{text}"
    );
    assert_eq!(text.matches("check on each machine:").count(), 2, "{text}");
    // Each target its own list: MGN asks for WMI, DRS for the Failback Client's boot mode.
    assert!(text.contains("WMI running"), "{text}");
    assert!(
        text.contains("Failback Client booted in BIOS mode"),
        "{text}"
    );
    let ko = rehost(&[
        "assess",
        "tests/fixtures/rvtools-133.xlsx",
        "-t",
        "aws-drs",
        "--lang",
        "ko",
    ]);
    let ko = String::from_utf8_lossy(&ko.stdout);
    assert!(
        ko.contains("범위 안의 머신 133대, 할당량 100대 초과: 드릴 또는 복구 작업"),
        "{ko}"
    );
    assert!(
        ko.contains("각 머신에서 확인: 에이전트용 여유 RAM 300MB"),
        "{ko}"
    );
}
