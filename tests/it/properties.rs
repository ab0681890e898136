//! Property tests: the parsers and the importer never panic on arbitrary input, and sizes
//! survive formatting and reading back.

use proptest::prelude::*;
use rehost::inventory;
use rehost::os::Catalogue;
use rehost::units::{self, SizeUnit};

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Plain numbers take a fast path; with a unit written after them they take the general
    /// pattern. Both must read the same size.
    #[test]
    fn plain_numbers_read_as_the_general_pattern_does(s in "[0-9]{1,9}(\\.[0-9]{0,4})?") {
        let fast = units::parse_size(&s, Some(SizeUnit::GiB));
        let general = units::parse_size(&format!("{s} GB"), None);
        prop_assert_eq!(fast, general);
        prop_assert_eq!(units::parse_number(&s), units::parse_number(&format!(" {s} ")));
    }

    #[test]
    fn unit_parsers_never_panic(s in "\\PC{0,40}") {
        let _ = units::parse_size(&s, None);
        let _ = units::parse_size(&s, Some(SizeUnit::GiB));
        let _ = units::parse_number(&s);
        let _ = units::parse_rate(&s, false);
        let _ = units::parse_rate(&s, true);
        let _ = units::parse_bandwidth(&s);
    }

    #[test]
    fn size_like_text_never_panics(n in "[-+]?[0-9 ,.']{0,20}", u in "(|[kKmMgGtTpP][iI]?[bB]?|bytes|parsecs)") {
        let _ = units::parse_size(&format!("{n} {u}"), Some(SizeUnit::MiB));
    }

    #[test]
    fn duration_parser_never_panics(s in "\\PC{0,30}", t in "[0-9: ]{0,12}[a-z ]{0,10}[0-9]{0,4}[a-z]{0,5}") {
        let _ = units::parse_duration(&s, None);
        let _ = units::parse_duration(&t, Some(60.0));
    }

    #[test]
    fn os_catalogue_never_panics(s in "\\PC{0,80}") {
        let os = Catalogue::builtin().read(&s);
        prop_assert_eq!(&os.raw, &s);
    }

    #[test]
    fn csv_importer_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = inventory::import_bytes("fuzz.csv", bytes);
    }

    #[test]
    fn csv_like_importer_never_panics(rows in proptest::collection::vec("[A-Za-z0-9 ,;\"=+#.\\-]{0,40}", 0..8)) {
        let text = format!("Name,OS disk,Cores,Operating system,RPO\n{}", rows.join("\n"));
        // The header is always a machine table's, so the file is always read.
        let inv = inventory::import_bytes("fuzz.csv", text.into_bytes());
        prop_assert!(inv.is_ok(), "{:?}", inv.err());
        let inv = inv.unwrap();
        let s = &inv.sheets[0];
        prop_assert_eq!(s.rows_read, s.machines + s.attached + s.skipped);
    }

    #[test]
    fn whole_gigabytes_round_trip(n in 1u64..2_000_000) {
        let bytes = n << 30;
        prop_assert_eq!(units::parse_size(&units::format_size(bytes), None), Ok(bytes));
    }

    #[test]
    fn megabytes_under_a_gigabyte_round_trip(n in 1u64..1024) {
        let bytes = n << 20;
        prop_assert_eq!(units::parse_size(&units::format_size(bytes), None), Ok(bytes));
    }

    #[test]
    fn durations_round_trip(secs in 0u64..10_000_000) {
        let text = units::format_duration(secs);
        prop_assert_eq!(units::parse_duration(&text, None), Ok(secs), "{}", text);
    }
}
