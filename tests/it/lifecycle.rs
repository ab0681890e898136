//! OS support status by date: every lifecycle row at its boundaries, and OS labels read
//! through the catalogue (ESU in Azure, labels of several releases).

use rehost::lifecycle::{Lifecycle, SupportStatus};
use rehost::model::Date;
use rehost::os::Catalogue as OsCatalogue;
use rehost::words::Lang;

#[test]
fn support_status_at_each_boundary() {
    let life = Lifecycle::builtin();
    let os = OsCatalogue::builtin();
    let day = |s: &str| Date::parse(s).unwrap();
    let next = |d: Date| Date::from_days_since_epoch(d.days_since_epoch() + 1);
    let mut checked = 0;
    for product in &life.products {
        for r in &product.releases {
            // The first row of a product read back through the OS catalogue: its version
            // as the catalogue writes it.
            if let (Some(m), Some(e)) = (r.mainstream_end, r.extended_end)
                && m < e
            {
                use rehost::lifecycle::status_of;
                assert_eq!(
                    status_of(r, m),
                    SupportStatus::Mainstream,
                    "{} {}",
                    product.product,
                    r.version
                );
                assert_eq!(
                    status_of(r, next(m)),
                    SupportStatus::Extended,
                    "{} {}",
                    product.product,
                    r.version
                );
                assert_eq!(
                    status_of(r, e),
                    SupportStatus::Extended,
                    "{} {}",
                    product.product,
                    r.version
                );
                assert_eq!(
                    status_of(r, next(e)),
                    SupportStatus::OutOfSupport,
                    "{} {}",
                    product.product,
                    r.version
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 40, "{checked}");
    // Through the OS catalogue, as a machine's OS is read.
    let cases = [
        (
            "Microsoft Windows Server 2012 R2 Datacenter",
            "2023-10-10",
            SupportStatus::Extended,
        ),
        (
            "Microsoft Windows Server 2012 R2 Datacenter",
            "2023-10-11",
            SupportStatus::OutOfSupport,
        ),
        (
            "Microsoft Windows Server 2019 Standard",
            "2024-01-09",
            SupportStatus::Mainstream,
        ),
        (
            "Microsoft Windows Server 2019 Standard",
            "2024-01-10",
            SupportStatus::Extended,
        ),
        (
            "Red Hat Enterprise Linux 8 (64-bit)",
            "2024-05-31",
            SupportStatus::Mainstream,
        ),
        (
            "Red Hat Enterprise Linux 8.6",
            "2024-06-01",
            SupportStatus::Extended,
        ),
        (
            "Ubuntu Linux (64-bit)",
            "2023-08-25",
            SupportStatus::Unknown,
        ),
        ("FreeBSD 13", "2023-08-25", SupportStatus::Unknown),
    ];
    let why = |s: &rehost::lifecycle::Support, lang| {
        rehost::words::lifecycle::support_why(lang, s).unwrap_or_default()
    };
    for (raw, d, want) in cases {
        let s = life.support(&os.read(raw), day(d));
        assert_eq!(s.status, want, "{raw} on {d}: {}", why(&s, Lang::En));
    }
    // ESU in Azure is said where it exists.
    let s = life.support(&os.read("Windows Server 2008 R2"), day("2023-08-25"));
    assert_eq!(s.status, SupportStatus::OutOfSupport);
    let esu =
        |s: &rehost::lifecycle::Support, lang| rehost::words::lifecycle::esu_note(lang, s).unwrap();
    assert!(esu(&s, Lang::En).contains("Azure"));
    // The same in Korean: the note from the table's `ko.esu_note`.
    assert!(esu(&s, Lang::Ko).starts_with("확장 보안 업데이트(ESU)는"));
    // A label of several releases is judged by the first to end, and says so.
    let s = life.support(
        &os.read("Microsoft Windows Server 2016 or later (64-bit)"),
        day("2023-08-25"),
    );
    assert_eq!(s.status, SupportStatus::Extended);
    let en = why(&s, Lang::En);
    assert!(en.contains("2016, 2019, 2022"), "{en}");
    // The reason in Korean.
    let ko = why(&s, Lang::Ko);
    assert!(ko.contains("지원이 가장 먼저 끝나는 2016"), "{ko}");
}

#[test]
fn an_esu_note_without_its_korean_is_refused() {
    let file = r#"
[product]
product = "windows-server"
title = "Windows Server"
source = "https://learn.microsoft.com/lifecycle/products/windows-server-2012-r2"
provenance = "test"

[[release]]
version = "2012"
extended_end = "2023-10-10"
esu_end = "2026-10-13"
esu_note = "ESUs are free in Azure."
"#;
    let err = Lifecycle::parse(&[("windows-server", file)]).unwrap_err();
    assert!(err.to_string().contains("ko.esu_note"), "{err}");
    let with_ko = format!("{file}ko.esu_note = \"Azure에서는 ESU가 무료입니다.\"\n");
    assert!(Lifecycle::parse(&[("windows-server", &with_ko)]).is_ok());
}
