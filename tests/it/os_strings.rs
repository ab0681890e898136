//! The OS catalogue over real strings: tests/fixtures/os-strings.tsv holds OS names as
//! vCenter, RVTools, Azure Migrate, Hyper-V/SCVMM and os-release files really write them, each
//! with the public file it was seen in and what it means: product, version (`2019`, `8.10`,
//! `12 SP5`), one of several (`4|5|6|7`), this or later (`2016..`), none (empty), and the
//! architecture when the string says it, and where a row gives it the edition (`nano server`).
//! Strings the catalogue cannot read yet are listed at the end of the file as comments, with
//! why.

use rehost::model::Arch;
use rehost::os::Catalogue;

#[test]
fn real_os_strings_read_as_they_mean() {
    let text = std::fs::read_to_string("tests/fixtures/os-strings.tsv").unwrap();
    let mut rows = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut failures = Vec::new();
    let mut n = 0;
    for r in rows.records() {
        let r = r.unwrap();
        let (raw, source, product, versions, arch) = (&r[0], &r[1], &r[2], &r[3], &r[4]);
        assert!(!source.is_empty(), "{raw}: no source");
        n += 1;
        let os = Catalogue::builtin().read(raw);
        let mut wrong = Vec::new();
        if os.product != product {
            wrong.push(format!("product {} (want {product})", os.product));
        }
        let got_version = os.version.clone().unwrap_or_default();
        let got_one_of: Vec<&str> = os.one_of.iter().map(|c| c.version.as_str()).collect();
        let ok = if let Some(from) = versions.strip_suffix("..") {
            got_version.eq_ignore_ascii_case(from) && os.edition.as_deref() == Some("or later")
        } else if versions.contains('|') {
            let want: Vec<&str> = versions.split('|').collect();
            got_one_of.len() == want.len()
                && got_one_of
                    .iter()
                    .zip(&want)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
        } else {
            got_one_of.is_empty() && got_version.eq_ignore_ascii_case(versions)
        };
        if !ok {
            wrong.push(format!(
                "version {got_version:?} one of {got_one_of:?} edition {:?} (want {versions:?})",
                os.edition
            ));
        }
        let want_arch = match arch {
            "x64" => Some(Arch::X64),
            "x86" => Some(Arch::X86),
            "arm64" => Some(Arch::Arm64),
            "" => None,
            other => panic!("{raw}: arch {other:?}"),
        };
        // An architecture the string does not give may still follow from the version
        // (Windows Server 2008 R2 and later, RHEL 7 and later exist only for x64).
        if want_arch.is_some() && os.architecture != want_arch
            || want_arch.is_none() && os.architecture.is_some() && !os.arch_derived
        {
            wrong.push(format!("arch {:?} (want {arch:?})", os.architecture));
        }
        // The edition, where the row gives one (Nano Server is judged on its own).
        if let Some(want) = r.get(6).filter(|e| !e.is_empty())
            && os.edition.as_deref() != Some(want)
        {
            wrong.push(format!("edition {:?} (want {want:?})", os.edition));
        }
        if !wrong.is_empty() {
            failures.push(format!("{raw:?}: {}", wrong.join("; ")));
        }
    }
    assert!(n >= 120, "{n} strings");
    assert!(
        failures.is_empty(),
        "{} of {n} misread:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
