//! Table-driven tests of the catalogue over real OS strings: every distinct string of the real
//! Azure Migrate discovery export, vCenter guest OS names as RVTools shows them, the Azure
//! Migrate CSV template's supported names, Hyper-V and hand-typed spellings.

use super::*;

/// (raw, product, version, edition, architecture)
const CASES: &[(&str, &str, Option<&str>, Option<&str>, Option<&str>)] = &[
    // Every distinct string in ../shared/samples/real/AzureMigrate_Discovery_Report.xlsx.
    ("CentOS 7 (64-bit)", "centos", Some("7"), None, Some("x64")),
    ("CentOS 8 (64-bit)", "centos", Some("8"), None, Some("x64")),
    ("CentOS 9 (64-bit)", "centos", Some("9"), None, Some("x64")),
    (
        "Microsoft Windows 10 (64-bit)",
        "windows-client",
        Some("10"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2003 (64-bit)",
        "windows-server",
        Some("2003"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2008 (64-bit)",
        "windows-server",
        Some("2008"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2008 R2 (64-bit)",
        "windows-server",
        Some("2008 R2"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2012 (64-bit)",
        "windows-server",
        Some("2012"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2016 (64-bit)",
        "windows-server",
        Some("2016"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2016 or later (64-bit)",
        "windows-server",
        Some("2016"),
        Some("or later"),
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2019 (64-bit)",
        "windows-server",
        Some("2019"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2022 (64-bit)",
        "windows-server",
        Some("2022"),
        None,
        Some("x64"),
    ),
    (
        "Oracle Linux 7 (64-bit)",
        "oracle-linux",
        Some("7"),
        None,
        Some("x64"),
    ),
    (
        "Red Hat Enterprise Linux 8 (64-bit)",
        "rhel",
        Some("8"),
        None,
        Some("x64"),
    ),
    ("Ubuntu Linux (64-bit)", "ubuntu", None, None, Some("x64")),
    (
        "VMware Photon OS (64-bit)",
        "photon",
        None,
        None,
        Some("x64"),
    ),
    // vCenter guest OS names (RVTools "OS according to the configuration file").
    (
        "Microsoft Windows Server 2012 R2 (64-bit)",
        "windows-server",
        Some("2012 R2"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2008 (32-bit)",
        "windows-server",
        Some("2008"),
        None,
        Some("x86"),
    ),
    (
        "Microsoft Windows Server 2003 Standard (32-bit)",
        "windows-server",
        Some("2003"),
        Some("standard"),
        Some("x86"),
    ),
    (
        "Microsoft Windows Server 2003 R2 (32-bit)",
        "windows-server",
        Some("2003 R2"),
        None,
        Some("x86"),
    ),
    (
        "Microsoft Windows Server 2025 (64-bit)",
        "windows-server",
        Some("2025"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows 7 (64-bit)",
        "windows-client",
        Some("7"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows 7 (32-bit)",
        "windows-client",
        Some("7"),
        None,
        Some("x86"),
    ),
    (
        "Microsoft Windows 8.x (64-bit)",
        "windows-client",
        Some("8"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows 11 (64-bit)",
        "windows-client",
        Some("11"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows XP Professional (32-bit)",
        "windows-client",
        Some("xp"),
        Some("professional"),
        Some("x86"),
    ),
    (
        "Microsoft Windows Vista (32-bit)",
        "windows-client",
        Some("vista"),
        None,
        Some("x86"),
    ),
    (
        "Microsoft Windows 2000 Server",
        "windows-legacy",
        Some("2000"),
        None,
        None,
    ),
    (
        "Microsoft Windows NT",
        "windows-legacy",
        Some("nt"),
        None,
        None,
    ),
    (
        "Red Hat Enterprise Linux 7 (64-bit)",
        "rhel",
        Some("7"),
        None,
        Some("x64"),
    ),
    (
        "Red Hat Enterprise Linux 6 (32-bit)",
        "rhel",
        Some("6"),
        None,
        Some("x86"),
    ),
    (
        "Red Hat Enterprise Linux 9 (64-bit)",
        "rhel",
        Some("9"),
        None,
        Some("x64"),
    ),
    (
        "CentOS 4/5 or later (64-bit)",
        "centos",
        Some("4"),
        Some("or later"),
        Some("x64"),
    ),
    ("CentOS 6 (64-bit)", "centos", Some("6"), None, Some("x64")),
    (
        "Oracle Linux 8 (64-bit)",
        "oracle-linux",
        Some("8"),
        None,
        Some("x64"),
    ),
    (
        "Oracle Linux 4/5 or later (64-bit)",
        "oracle-linux",
        Some("4"),
        Some("or later"),
        Some("x64"),
    ),
    (
        "SUSE Linux Enterprise 12 (64-bit)",
        "sles",
        Some("12"),
        None,
        Some("x64"),
    ),
    (
        "SUSE Linux Enterprise 15 (64-bit)",
        "sles",
        Some("15"),
        None,
        Some("x64"),
    ),
    (
        "SUSE Linux Enterprise 11 (64-bit)",
        "sles",
        Some("11"),
        None,
        Some("x64"),
    ),
    (
        "Debian GNU/Linux 10 (64-bit)",
        "debian",
        Some("10"),
        None,
        Some("x64"),
    ),
    (
        "Debian GNU/Linux 11 (64-bit)",
        "debian",
        Some("11"),
        None,
        Some("x64"),
    ),
    (
        "Debian GNU/Linux 8 (32-bit)",
        "debian",
        Some("8"),
        None,
        Some("x86"),
    ),
    (
        "Other 2.6.x Linux (64-bit)",
        "other-linux",
        None,
        None,
        Some("x64"),
    ),
    (
        "Other 3.x or later Linux (64-bit)",
        "other-linux",
        None,
        Some("or later"),
        Some("x64"),
    ),
    (
        "Other Linux (32-bit)",
        "other-linux",
        None,
        None,
        Some("x86"),
    ),
    ("Other (64-bit)", "other", None, None, Some("x64")),
    ("Other (32-bit)", "other", None, None, Some("x86")),
    (
        "FreeBSD 12 (64-bit)",
        "freebsd",
        Some("12"),
        None,
        Some("x64"),
    ),
    (
        "Oracle Solaris 11 (64-bit)",
        "solaris",
        Some("11"),
        None,
        Some("x64"),
    ),
    ("VMware ESXi 7.0", "esxi", Some("7.0"), None, None),
    ("Apple macOS 12 (64-bit)", "macos", None, None, Some("x64")),
    ("Rocky Linux (64-bit)", "rocky", None, None, Some("x64")),
    ("AlmaLinux (64-bit)", "alma", None, None, Some("x64")),
    (
        "Amazon Linux 2 (64-bit)",
        "amazon-linux",
        Some("2"),
        None,
        Some("x64"),
    ),
    // VMware Tools ("OS according to the VMware Tools") writes distribution strings.
    (
        "CentOS Linux release 7.9.2009 (Core)",
        "centos",
        Some("7.9"),
        None,
        None,
    ),
    ("Ubuntu 20.04.6 LTS", "ubuntu", Some("20.04"), None, None),
    (
        "Red Hat Enterprise Linux Server release 7.4 (Maipo)",
        "rhel",
        Some("7.4"),
        None,
        None,
    ),
    (
        "SUSE Linux Enterprise Server 12 SP4 (64-bit)",
        "sles",
        Some("12 SP4"),
        None,
        Some("x64"),
    ),
    (
        "Microsoft Windows Server 2019 Datacenter",
        "windows-server",
        Some("2019"),
        Some("datacenter"),
        None,
    ),
    // The Azure Migrate CSV template's supported OS names.
    (
        "Windows Server 2008 R2",
        "windows-server",
        Some("2008 R2"),
        None,
        None,
    ),
    (
        "Windows Server (R) 2008",
        "windows-server",
        Some("2008"),
        None,
        None,
    ),
    (
        "Windows Server Threshold",
        "windows-server",
        Some("2016"),
        None,
        None,
    ),
    (
        "Windows Web Server 2008 R2",
        "windows-server",
        Some("2008 R2"),
        Some("web"),
        None,
    ),
    ("Windows 10", "windows-client", Some("10"), None, None),
    ("Windows 8", "windows-client", Some("8"), None, None),
    ("Windows 98", "windows-legacy", Some("98"), None, None),
    ("Windows 95", "windows-legacy", Some("95"), None, None),
    ("MS-DOS", "windows-legacy", None, None, None),
    ("Red Hat Enterprise Linux 5", "rhel", Some("5"), None, None),
    ("Red Hat Fedora", "fedora", None, None, None),
    ("SUSE openSUSE", "opensuse", None, None, None),
    ("Ubuntu Linux", "ubuntu", None, None, None),
    ("Debian GNU/Linux 7", "debian", Some("7"), None, None),
    ("Asianux 4", "asianux", Some("4"), None, None),
    ("CoreOS Linux", "coreos", None, None, None),
    ("Novell NetWare 6", "netware", Some("6"), None, None),
    ("Oracle Solaris 10", "solaris", Some("10"), None, None),
    ("SCO OpenServer 5", "sco", None, None, None),
    ("IBM OS/2", "os2", None, None, None),
    ("VMware ESXi 6", "esxi", Some("6"), None, None),
    // As people type them in exam tables and hand-made sheets.
    (
        "Windows Server 2016",
        "windows-server",
        Some("2016"),
        None,
        None,
    ),
    (
        "Windows Server 2012 R2",
        "windows-server",
        Some("2012 R2"),
        None,
        None,
    ),
    (
        "Windows Server 2012R2",
        "windows-server",
        Some("2012 R2"),
        None,
        None,
    ),
    ("Win2k12 R2", "windows-server", Some("2012 R2"), None, None),
    ("W2K8", "windows-server", Some("2008"), None, None),
    ("WS2019", "windows-server", Some("2019"), None, None),
    ("windows 2012", "windows-server", Some("2012"), None, None),
    ("Ubuntu 18.04 LTS", "ubuntu", Some("18.04"), None, None),
    ("Ubuntu 22.04", "ubuntu", Some("22.04"), None, None),
    (
        "Red Hat Enterprise Linux 7.4",
        "rhel",
        Some("7.4"),
        None,
        None,
    ),
    ("RHEL 8.6", "rhel", Some("8.6"), None, None),
    ("rhel7", "other", None, None, None),
    ("SLES 15 SP2", "sles", Some("15 SP2"), None, None),
    ("SLES 12 SP4", "sles", Some("12 SP4"), None, None),
    ("Oracle Linux 8.7", "oracle-linux", Some("8.7"), None, None),
    ("Debian 9.13", "debian", Some("9.13"), None, None),
    ("CentOS 7.9", "centos", Some("7.9"), None, None),
    (
        "Windows 7 SP1 x86",
        "windows-client",
        Some("7"),
        None,
        Some("x86"),
    ),
    (
        "Windows Server 2008 SP2 x86",
        "windows-server",
        Some("2008"),
        None,
        Some("x86"),
    ),
    (
        "Windows Server 2016 Standard x64",
        "windows-server",
        Some("2016"),
        Some("standard"),
        Some("x64"),
    ),
    (
        "Windows 10 Pro",
        "windows-client",
        Some("10"),
        Some("professional"),
        None,
    ),
    ("Solaris 9", "solaris", Some("9"), None, None),
    ("", "other", None, None, None),
    ("Plan 9", "other", None, None, None),
];

#[test]
fn catalogue_reads_real_strings() {
    let cat = Catalogue::builtin();
    let mut failures = Vec::new();
    for (raw, product, version, edition, arch) in CASES {
        let os = cat.read(raw);
        let got = (
            os.product.as_str(),
            os.version.as_deref(),
            os.edition.as_deref(),
            os.architecture.map(Arch::as_str),
        );
        if got != (*product, *version, *edition, *arch) {
            failures.push(format!("{raw:?}: got {got:?}"));
        }
        assert_eq!(os.raw, *raw, "raw text is kept verbatim");
    }
    assert!(CASES.len() >= 80, "at least 80 real strings");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn versions_compare() {
    let v = Version::parse;
    assert_eq!(v("2012").cmp_padded(&v("2012 R2")), Ordering::Less);
    assert_eq!(v("2012 R2").cmp_padded(&v("2016")), Ordering::Less);
    assert_eq!(v("7.10").cmp_padded(&v("7.9")), Ordering::Greater);
    assert_eq!(v("12 SP4").cmp_padded(&v("12.4")), Ordering::Equal);
    assert_eq!(v("18.04").cmp_padded(&v("20.04")), Ordering::Less);
    assert_eq!(v("8").cmp_prefix(&v("8.8")), Ordering::Equal);
    assert_eq!(v("9").cmp_prefix(&v("8.8")), Ordering::Greater);
    assert_eq!(v("xp").cmp_padded(&v("xp")), Ordering::Equal);
}

#[test]
fn unknown_keys_in_catalogue_are_refused() {
    let bad = "[[os]]\nproduct='x'\nfamily='linux'\npattern='x'\ncolour='red'\n";
    let err = Catalogue::from_toml(bad).err().unwrap_or_default();
    assert!(err.contains("colour"), "{err}");
}
