//! Table-driven tests of the catalogue over real OS strings: every distinct string of the real
//! Azure Migrate discovery export, vCenter guest OS names as RVTools shows them, the Azure
//! Migrate CSV template's supported names, Hyper-V and hand-typed spellings.

use super::*;

/// raw | product | version | edition | architecture (`-` for none; `(empty)` for "").
const CASES: &str = "\
# Every distinct string in ../shared/samples/real/AzureMigrate_Discovery_Report.xlsx.
CentOS 7 (64-bit) | centos | 7 | - | x64
CentOS 8 (64-bit) | centos | 8 | - | x64
CentOS 9 (64-bit) | centos-stream | 9 | - | x64
Microsoft Windows 10 (64-bit) | windows-client | 10 | - | x64
Microsoft Windows Server 2003 (64-bit) | windows-server | 2003 | - | x64
Microsoft Windows Server 2008 (64-bit) | windows-server | 2008 | - | x64
Microsoft Windows Server 2008 R2 (64-bit) | windows-server | 2008 R2 | - | x64
Microsoft Windows Server 2012 (64-bit) | windows-server | - | - | x64
Microsoft Windows Server 2016 (64-bit) | windows-server | 2016 | - | x64
Microsoft Windows Server 2016 or later (64-bit) | windows-server | 2016 | or later | x64
Microsoft Windows Server 2019 (64-bit) | windows-server | 2019 | - | x64
Microsoft Windows Server 2022 (64-bit) | windows-server | 2022 | - | x64
Oracle Linux 7 (64-bit) | oracle-linux | 7 | - | x64
Red Hat Enterprise Linux 8 (64-bit) | rhel | 8 | - | x64
Ubuntu Linux (64-bit) | ubuntu | - | - | x64
VMware Photon OS (64-bit) | photon | - | - | x64
# vCenter guest OS names (RVTools \"OS according to the configuration file\").
Microsoft Windows Server 2012 R2 (64-bit) | windows-server | 2012 R2 | - | x64
Microsoft Windows Server 2008 (32-bit) | windows-server | 2008 | - | x86
Microsoft Windows Server 2003 Standard (32-bit) | windows-server | 2003 | standard | x86
Microsoft Windows Server 2003 R2 (32-bit) | windows-server | 2003 R2 | - | x86
Microsoft Windows Server 2025 (64-bit) | windows-server | 2025 | - | x64
Microsoft Windows 7 (64-bit) | windows-client | 7 | - | x64
Microsoft Windows 7 (32-bit) | windows-client | 7 | - | x86
Microsoft Windows 8.x (64-bit) | windows-client | - | - | x64
Microsoft Windows 11 (64-bit) | windows-client | 11 | - | x64
Microsoft Windows XP Professional (32-bit) | windows-client | xp | professional | x86
Microsoft Windows Vista (32-bit) | windows-client | vista | - | x86
Microsoft Windows 2000 Server | windows-legacy | 2000 | - | -
Microsoft Windows NT | windows-legacy | nt | - | -
Red Hat Enterprise Linux 7 (64-bit) | rhel | 7 | - | x64
Red Hat Enterprise Linux 6 (32-bit) | rhel | 6 | - | x86
Red Hat Enterprise Linux 9 (64-bit) | rhel | 9 | - | x64
CentOS 4/5 or later (64-bit) | centos | 4 | or later | x64
CentOS 6 (64-bit) | centos | 6 | - | x64
Oracle Linux 8 (64-bit) | oracle-linux | 8 | - | x64
Oracle Linux 4/5 or later (64-bit) | oracle-linux | 4 | or later | x64
SUSE Linux Enterprise 12 (64-bit) | sles | 12 | - | x64
SUSE Linux Enterprise 15 (64-bit) | sles | 15 | - | x64
SUSE Linux Enterprise 11 (64-bit) | sles | 11 | - | x64
Debian GNU/Linux 10 (64-bit) | debian | 10 | - | x64
Debian GNU/Linux 11 (64-bit) | debian | 11 | - | x64
Debian GNU/Linux 8 (32-bit) | debian | 8 | - | x86
Other 2.6.x Linux (64-bit) | other-linux | - | - | x64
Other 3.x or later Linux (64-bit) | other-linux | - | or later | x64
Other Linux (32-bit) | other-linux | - | - | x86
Other (64-bit) | other | - | - | x64
Other (32-bit) | other | - | - | x86
FreeBSD 12 (64-bit) | freebsd | 12 | - | x64
Oracle Solaris 11 (64-bit) | solaris | 11 | - | x64
VMware ESXi 7.0 | esxi | 7.0 | - | -
Apple macOS 12 (64-bit) | macos | 12 | - | x64
Rocky Linux (64-bit) | rocky | - | - | x64
AlmaLinux (64-bit) | alma | - | - | x64
Amazon Linux 2 (64-bit) | amazon-linux | 2 | - | x64
# VMware Tools (\"OS according to the VMware Tools\") writes distribution strings.
CentOS Linux release 7.9.2009 (Core) | centos | 7.9 | - | -
Ubuntu 20.04.6 LTS | ubuntu | 20.04 | - | -
Red Hat Enterprise Linux Server release 7.4 (Maipo) | rhel | 7.4 | - | x64
SUSE Linux Enterprise Server 12 SP4 (64-bit) | sles | 12 SP4 | - | x64
Microsoft Windows Server 2019 Datacenter | windows-server | 2019 | datacenter | x64
# The Azure Migrate CSV template's supported OS names.
Windows Server 2008 R2 | windows-server | 2008 R2 | - | x64
Windows Server (R) 2008 | windows-server | 2008 | - | -
Windows Server Threshold | windows-server | 2016 | - | x64
Windows Web Server 2008 R2 | windows-server | 2008 R2 | web | x64
Windows 10 | windows-client | 10 | - | -
Windows 8 | windows-client | 8 | - | -
Windows 98 | windows-legacy | 98 | - | -
Windows 95 | windows-legacy | 95 | - | -
MS-DOS | windows-legacy | - | - | -
Red Hat Enterprise Linux 5 | rhel | 5 | - | -
Red Hat Fedora | fedora | - | - | -
SUSE openSUSE | opensuse | - | - | -
Ubuntu Linux | ubuntu | - | - | -
Debian GNU/Linux 7 | debian | 7 | - | -
Asianux 4 | asianux | 4 | - | -
CoreOS Linux | coreos | - | - | -
Novell NetWare 6 | netware | 6 | - | -
Oracle Solaris 10 | solaris | 10 | - | -
SCO OpenServer 5 | sco | 5 | - | -
IBM OS/2 | os2 | - | - | -
VMware ESXi 6 | esxi | 6 | - | -
# As people type them in exam tables and hand-made sheets.
Windows Server 2016 | windows-server | 2016 | - | x64
Windows Server 2012 R2 | windows-server | 2012 R2 | - | x64
Windows Server 2012R2 | windows-server | 2012 R2 | - | x64
Win2k12 R2 | windows-server | 2012 R2 | - | x64
W2K8 | windows-server | 2008 | - | -
WS2019 | windows-server | 2019 | - | x64
windows 2012 | windows-server | 2012 | - | x64
Ubuntu 18.04 LTS | ubuntu | 18.04 | - | -
Ubuntu 22.04 | ubuntu | 22.04 | - | -
Red Hat Enterprise Linux 7.4 | rhel | 7.4 | - | x64
RHEL 8.6 | rhel | 8.6 | - | x64
rhel7 | other | - | - | -
SLES 15 SP2 | sles | 15 SP2 | - | -
SLES 12 SP4 | sles | 12 SP4 | - | -
Oracle Linux 8.7 | oracle-linux | 8.7 | - | -
Debian 9.13 | debian | 9.13 | - | -
CentOS 7.9 | centos | 7.9 | - | -
Windows 7 SP1 x86 | windows-client | 7 | - | x86
Windows Server 2008 SP2 x86 | windows-server | 2008 | - | x86
Windows Server 2016 Standard x64 | windows-server | 2016 | standard | x64
Windows 10 Pro | windows-client | 10 | professional | -
Solaris 9 | solaris | 9 | - | -
(empty) | other | - | - | -
Plan 9 | other | - | - | -
";

#[test]
fn catalogue_reads_real_strings() {
    let cat = Catalogue::builtin();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let f: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let opt = |s: &'static str| (s != "-").then_some(s);
        let raw = if f[0] == "(empty)" { "" } else { f[0] };
        let (product, version, edition, arch) = (f[1], opt(f[2]), opt(f[3]), opt(f[4]));
        count += 1;
        let os = cat.read(raw);
        let got = (
            os.product.as_str(),
            os.version.as_deref(),
            os.edition.as_deref(),
            os.architecture.map(Arch::as_str),
        );
        if got != (product, version, edition, arch) {
            failures.push(format!("{raw:?}: got {got:?}"));
        }
        assert_eq!(os.raw, raw, "raw text is kept verbatim");
    }
    assert!(count >= 80, "at least 80 real strings, got {count}");
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
    let err = Catalogue::from_toml(bad)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("colour"), "{err}");
}
