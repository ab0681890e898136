//! The OS-spec language's tests: how specs read, match and are worded.

use super::*;

fn os(raw: &str) -> Os {
    (*Catalogue::builtin().read(raw)).clone()
}

#[test]
fn os_specs_match_versions_and_lines() {
    let cases = [
        ("rhel 7.0..=7.9", "Red Hat Enterprise Linux 7.4", Match::Yes),
        ("rhel 7.0..=7.9", "RHEL 7.10", Match::No),
        (
            "rhel 7.0..=7.9",
            "Red Hat Enterprise Linux 7 (64-bit)",
            Match::Yes,
        ),
        (
            "rhel 8.0..=8.8",
            "Red Hat Enterprise Linux 8 (64-bit)",
            Match::Partly,
        ),
        (
            "rhel 9.0..=9.1",
            "Red Hat Enterprise Linux 9 (64-bit)",
            Match::Partly,
        ),
        (
            "rhel 7.0..=7.9",
            "Red Hat Enterprise Linux 9 (64-bit)",
            Match::No,
        ),
        (
            "rhel 7.0..=7.7",
            "Red Hat Enterprise Linux 7 (64-bit)",
            Match::Partly,
        ),
        ("centos 8.0..=8.7", "CentOS 8 (64-bit)", Match::Yes),
        // A range that ends before a line (`..8`, 8 excluded) leaves the whole line out; one
        // that ends inside it (`..8.5`) covers part of it.
        ("oracle-linux 7.0..8", "Oracle Linux 8 (64-bit)", Match::No),
        ("oracle-linux 7.0..8", "Oracle Linux 7 (64-bit)", Match::Yes),
        (
            "oracle-linux 7.0..8.5",
            "Oracle Linux 8 (64-bit)",
            Match::Partly,
        ),
        ("centos 6.3..", "CentOS 7 (64-bit)", Match::Yes),
        ("windows-server 2012 R2", "Windows Server 2012", Match::No),
        ("windows-server 2012", "Windows Server 2012", Match::Yes),
        (
            "windows-server 2008..=2016",
            "Windows Server 2012 R2",
            Match::Yes,
        ),
        // vCenter's label for 2016, 2019, 2022 and 2025 guests: in a range that stops at
        // 2016 only in part, in an open one wholly.
        (
            "windows-server 2008..=2016",
            "Microsoft Windows Server 2016 or later (64-bit)",
            Match::Partly,
        ),
        (
            "windows-server 2008..",
            "Microsoft Windows Server 2016 or later (64-bit)",
            Match::Yes,
        ),
        (
            "centos 6.3..",
            "CentOS 4/5 or later (64-bit)",
            Match::Partly,
        ),
        ("centos 4..", "CentOS 4/5 or later (64-bit)", Match::Yes),
        ("centos 4..=7", "CentOS 4/5/6/7 (64-bit)", Match::Yes),
        ("centos 5..=7", "CentOS 4/5/6/7 (64-bit)", Match::Partly),
        ("centos 8..", "CentOS 4/5/6/7 (64-bit)", Match::No),
        ("centos 9", "CentOS Stream 9 (64-bit)", Match::No),
        // XP and Vista rank by their NT versions, before 7.
        ("windows-client 7..", "Windows XP Professional", Match::No),
        (
            "windows-client 7..",
            "Microsoft Windows Vista (32-bit)",
            Match::No,
        ),
        ("windows-client 7..", "Windows 10 Pro", Match::Yes),
        ("windows-client ..=vista", "Windows XP", Match::Yes),
        (
            "windows-server 2003..=2008 R2",
            "Windows Server 2008 R2",
            Match::Yes,
        ),
        (
            "windows-server 2003..=2008 R2",
            "Windows Server 2012",
            Match::No,
        ),
        ("ubuntu 14.04..=20.04", "Ubuntu 18.04 LTS", Match::Yes),
        (
            "ubuntu 14.04..=20.04",
            "Ubuntu Linux (64-bit)",
            Match::Partly,
        ),
        // Nano Server: an installation option the page names on its own; a string that does
        // not say Nano is not Nano, and other versions are not the page's "2016 Nano Server".
        (
            "windows-server 2016 (nano server)",
            "Windows Server 2016 Nano Server",
            Match::Yes,
        ),
        (
            "windows-server 2016 (nano server)",
            "Windows Server 2016 Datacenter Nano 64-bit English Evaluation",
            Match::Yes,
        ),
        (
            "windows-server 2016 (nano server)",
            "Microsoft Windows Server 2016 Datacenter",
            Match::No,
        ),
        (
            "windows-server 2016 (nano server)",
            "Windows Server 2016 Datacenter Core 64-bit English Evaluation",
            Match::No,
        ),
        (
            "windows-server 2016 (nano server)",
            "Windows Server 2019 Nano Server",
            Match::No,
        ),
        (
            "windows-server 2016",
            "Windows Server 2016 Nano Server",
            Match::Yes,
        ),
        ("sles 12 SP1..=12 SP5", "SLES 12 SP4", Match::Yes),
        (
            "sles 12 SP1..=12 SP5",
            "SUSE Linux Enterprise 12 (64-bit)",
            Match::Partly,
        ),
        ("linux", "Ubuntu 18.04", Match::Yes),
        ("linux", "Windows Server 2019", Match::No),
        ("debian 9.1..=9.13", "Debian 9.0", Match::No),
        ("vmm 2012 R2..=2019", "VMM 2016", Match::Yes),
        ("vcenter 5.5..=6.5", "vCenter Server 6.5", Match::Yes),
        ("vcenter 5.5..=6.5", "vCenter Server 6.7", Match::No),
    ];
    for (spec, raw, want) in cases {
        let s = OsSpec::parse(spec).unwrap();
        assert_eq!(s.matches(&os(raw)), want, "{spec} vs {raw}");
    }
}

/// A label of several versions is matched version by version against the whole list, and
/// `or later` stands for the releases published by the edition's date.
#[test]
fn labels_of_several_versions_against_a_list() {
    let list = |specs: &[&str], as_of: Option<&str>| -> Vec<OsSpec> {
        specs
            .iter()
            .map(|s| OsSpec {
                as_of: as_of.map(str::to_string),
                ..OsSpec::parse(s).unwrap()
            })
            .collect()
    };
    let cases = [
        (
            &["centos 6.0..=6.10", "centos 7.0..=7.9"][..],
            None,
            "CentOS 6/7 (64-bit)",
            Match::Yes,
        ),
        (
            &["centos 7.0..=7.9"][..],
            None,
            "CentOS 6/7 (64-bit)",
            Match::Partly,
        ),
        (
            &["rhel 8", "rhel 9"][..],
            None,
            "CentOS 6/7 (64-bit)",
            Match::No,
        ),
        // On 2021-01-01 Windows Server 2022 and 2025 were not yet published.
        (
            &["windows-server 2008..=2019"][..],
            Some("2021-01-01"),
            "Microsoft Windows Server 2016 or later (64-bit)",
            Match::Yes,
        ),
        (
            &["windows-server 2008..=2019"][..],
            Some("2023-08-31"),
            "Microsoft Windows Server 2016 or later (64-bit)",
            Match::Partly,
        ),
        (
            &["windows-server 2008..=2022", "windows-server 2025"][..],
            Some("2026-01-01"),
            "Microsoft Windows Server 2016 or later (64-bit)",
            Match::Yes,
        ),
    ];
    for (specs, as_of, raw, want) in cases {
        let l = list(specs, as_of);
        assert_eq!(
            best_match(&l, &os(raw)).0,
            want,
            "{specs:?} at {as_of:?} vs {raw}"
        );
    }
}

#[test]
fn bad_specs_are_refused() {
    assert!(
        OsSpec::parse("redhat 7")
            .unwrap_err()
            .to_string()
            .contains("unknown product")
    );
    assert!(
        OsSpec::parse("rhel 8..7")
            .unwrap_err()
            .to_string()
            .contains("backwards")
    );
    assert!(OsSpec::parse("rhel ..").is_err());
    assert!(
        OsSpec::parse("windows-server 2016 (nano)")
            .unwrap_err()
            .to_string()
            .contains("unknown edition")
    );
}

#[test]
fn dates() {
    assert_eq!(Date::parse("2020-01-27").unwrap().to_string(), "2020-01-27");
    assert!(Date::parse("2020-02-30").is_err());
    assert!(Date::parse("27/01/2020").is_err());
    assert!(Date::parse("2024-02-29").is_ok());
}

#[test]
fn a_spec_gives_its_range_as_written() {
    use super::SpecRange as R;
    for (spec, want) in [
        (
            "rhel 8.0..=8.10",
            R::Between {
                from: "8.0",
                to: "8.10",
                inclusive: true,
            },
        ),
        (
            "oracle-linux 6.4..7.0",
            R::Between {
                from: "6.4",
                to: "7.0",
                inclusive: false,
            },
        ),
        ("ubuntu 18.04..", R::From("18.04")),
        (
            "vcenter ..=6.5",
            R::To {
                to: "6.5",
                inclusive: true,
            },
        ),
        (
            "vcenter ..7.0",
            R::To {
                to: "7.0",
                inclusive: false,
            },
        ),
        ("windows-server 2012 R2", R::Version("2012 R2")),
        ("linux", R::Product),
        ("windows-server 2016 (nano server)", R::Version("2016")),
    ] {
        assert_eq!(OsSpec::parse(spec).unwrap().range(), want, "{spec}");
    }
}
