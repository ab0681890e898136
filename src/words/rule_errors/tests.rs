//! Every reason a rule file is refused, made the way a rule author makes it (a file with one
//! mistake, parsed and checked as `rehost rules check` does): its English is word for word what
//! rehost has always said, the reason is typed (a value that does not read too), and its Korean
//! holds no English word besides the ids and values of the file.

use super::*;
use crate::rules::releases::ReleaseNotes;
use crate::rules::{Matrix, RuleSet};

const GOOD: &str = r#"
[matrix]
target = "demo"
title = "Demo"
edition = "2020-01-27"
source = "https://example.org/page"
applies_to = ["hyper-v"]

[[rule]]
id = "DEMO-OSDISK"
title = "OS disk size"
severity = "blocker"
when = { generation = 2 }
check = { kind = "disk-max", role = "os", max = "300 GB" }
message = "OS disk is {actual}; at most {limit}"
remediation = "Shrink it."
reference = "https://example.org/page#disks"
"#;

const CHECK: &str = r#"check = { kind = "disk-max", role = "os", max = "300 GB" }"#;

const RELEASES: &str = r#"
[source]
target = "asr-vmware"
title = "T"
ko.title = "T"
page = "https://example.org/p"
provenance = ["x@1 p.md, ms.date 01/01/2025"]

[[release]]
id = "UR-78"
name = "Update rollup 78"
ko.name = "UR 78"
date = "2025-04"
reference = "https://example.org/p#ur78"

[[release.change]]
rule = "ASRVMW-OS"
text = "Oracle Linux 8.10"
adds = ["oracle-linux 8.10"]
"#;

const ADDS: &str = r#"adds = ["oracle-linux 8.10"]"#;

/// Latin-letter words a Korean reason may hold of its own: acronyms, units, formats.
const CODES: &[&str] = &[
    "OS", "ID", "https", "YYYY", "MM", "DD", "KB", "GB", "MB", "min", "s", "toml", "or", "more",
];

/// One row: the case, the file, the English reason exactly as rehost has always written it,
/// whether it is a typed value the parser read, and the ids and values of the file the Korean
/// may quote (besides anything in double quotes).
type Row = (
    &'static str,
    String,
    &'static str,
    bool,
    &'static [&'static str],
);

fn check(c: &str) -> String {
    GOOD.replace(CHECK, &format!("check = {c}"))
}

fn matrix_rows() -> Vec<Row> {
    let g = |a: &str, b: &str| GOOD.replace(a, b);
    vec![
        (
            "target id",
            g(r#"target = "demo""#, r#"target = "Demo""#),
            r#"target "Demo": lower-case letters, digits and '-' only"#,
            false,
            &[],
        ),
        (
            "changed_after",
            g(
                r#"edition = "2020-01-27""#,
                "edition = \"2020-01-27\"\nchanged_after = \"2020-02-01\"",
            ),
            "changed_after must be before the edition's own date",
            false,
            &["changed_after"],
        ),
        (
            "applies_to",
            g(r#"["hyper-v"]"#, "[]"),
            "applies_to lists no platform",
            false,
            &["applies_to"],
        ),
        (
            "source",
            g(r#"source = "https://"#, r#"source = "http://"#),
            "source must be the https:// address of the page transcribed",
            false,
            &["source"],
        ),
        (
            "rule id",
            g(r#""DEMO-OSDISK""#, r#""demo-osdisk""#),
            r#"rule id "demo-osdisk": upper-case letters, digits and '-' only"#,
            false,
            &[],
        ),
        (
            "rule id twice",
            format!("{GOOD}{}", &GOOD[GOOD.find("[[rule]]").unwrap()..]),
            "rule id DEMO-OSDISK is used twice",
            false,
            &["DEMO-OSDISK"],
        ),
        (
            "rule reference",
            g(r#"reference = "https://"#, r#"reference = "http://"#),
            "rule DEMO-OSDISK: reference must be an https:// address",
            false,
            &["DEMO-OSDISK", "reference"],
        ),
        (
            "unknown placeholder",
            g("{limit}", "{limt}"),
            "rule DEMO-OSDISK: unknown placeholder {limt} in message (known: actual, limit, disk, name, os, cause)",
            false,
            &[
                "DEMO-OSDISK",
                "limt",
                "actual",
                "limit",
                "disk",
                "name",
                "os",
                "cause",
            ],
        ),
        (
            "Korean placeholders",
            format!(
                "{GOOD}ko = {{ title = \"t\", message = \"{{actual}}\", remediation = \"r\" }}\n"
            ),
            "rule DEMO-OSDISK: the Korean message's placeholders (actual) differ from the English (actual, limit)",
            false,
            &["DEMO-OSDISK", "actual", "limit"],
        ),
        (
            "firmware value",
            g("{ generation = 2 }", r#"{ firmware = "efi2" }"#),
            r#"firmware "efi2": expected bios or uefi"#,
            true,
            &["bios", "uefi"],
        ),
        (
            "hypervisor value",
            g(r#"["hyper-v"]"#, r#"["xen"]"#),
            r#"hypervisor "xen": expected vmware, hyper-v, physical or other"#,
            true,
            &["vmware", "hyper-v", "physical", "other"],
        ),
        (
            "architecture value",
            check(r#"{ kind = "architecture", allowed = ["sparc"] }"#),
            r#"architecture "sparc": expected x64, x86 or arm64"#,
            true,
            &["x64", "x86", "arm64"],
        ),
        (
            "edition day",
            g(r#""2020-01-27""#, r#""2020-13-01""#),
            r#"date "2020-13-01": expected YYYY-MM-DD"#,
            true,
            &[],
        ),
        (
            "architecture allowed empty",
            check(r#"{ kind = "architecture", allowed = [] }"#),
            "rule DEMO-OSDISK: architecture: allowed is empty",
            false,
            &["DEMO-OSDISK", "architecture", "allowed"],
        ),
        (
            "firmware allowed empty",
            check(r#"{ kind = "firmware", allowed = [] }"#),
            "rule DEMO-OSDISK: firmware: allowed is empty",
            false,
            &["DEMO-OSDISK", "firmware", "allowed"],
        ),
        (
            "hypervisor allowed empty",
            check(r#"{ kind = "hypervisor", allowed = [] }"#),
            "rule DEMO-OSDISK: hypervisor: allowed is empty",
            false,
            &["DEMO-OSDISK", "hypervisor", "allowed"],
        ),
        (
            "disk-controller forbidden empty",
            check(r#"{ kind = "disk-controller", forbidden = [] }"#),
            "rule DEMO-OSDISK: disk-controller: forbidden is empty",
            false,
            &["DEMO-OSDISK", "disk-controller", "forbidden"],
        ),
        (
            "disk-kinds forbidden empty",
            check(r#"{ kind = "disk-kinds", forbidden = [] }"#),
            "rule DEMO-OSDISK: disk-kinds: forbidden is empty",
            false,
            &["DEMO-OSDISK", "disk-kinds", "forbidden"],
        ),
        (
            "os-supported list empty",
            check(r#"{ kind = "os-supported", list = [] }"#),
            "rule DEMO-OSDISK: os list is empty",
            false,
            &["DEMO-OSDISK"],
        ),
        (
            "os-unsupported list empty",
            check(r#"{ kind = "os-unsupported", list = [] }"#),
            "rule DEMO-OSDISK: os list is empty",
            false,
            &["DEMO-OSDISK"],
        ),
        (
            "vm-name max_length 0",
            check(r#"{ kind = "vm-name", pattern = "^a$", max_length = 0 }"#),
            "rule DEMO-OSDISK: vm-name: max_length must be at least 1",
            false,
            &["DEMO-OSDISK", "vm-name", "max_length"],
        ),
        (
            "field unknown",
            check(r#"{ kind = "field", field = "colour", op = "present" }"#),
            r#"rule DEMO-OSDISK: field "colour": expected tag:<column> or one of name, power-state, host, tier, application, recovery-group"#,
            false,
            &[
                "DEMO-OSDISK",
                "tag",
                "name",
                "power-state",
                "host",
                "tier",
                "application",
                "recovery-group",
            ],
        ),
        (
            "field equals without value",
            check(r#"{ kind = "field", field = "tag:Owner", op = "equals" }"#),
            "rule DEMO-OSDISK: field: equals needs value",
            false,
            &["DEMO-OSDISK", "field", "equals", "value"],
        ),
        (
            "field not-equals without value",
            check(r#"{ kind = "field", field = "tag:Owner", op = "not-equals" }"#),
            "rule DEMO-OSDISK: field: equals needs value",
            false,
            &["DEMO-OSDISK", "field", "equals", "value"],
        ),
        (
            "field matches without pattern",
            check(r#"{ kind = "field", field = "tag:Owner", op = "matches" }"#),
            "rule DEMO-OSDISK: field: matches needs pattern",
            false,
            &["DEMO-OSDISK", "field", "matches", "pattern"],
        ),
        (
            "size without unit",
            check(r#"{ kind = "disk-max", role = "os", max = "300" }"#),
            r#"size "300": no unit given and none known for this column (write the unit: "300 GB")"#,
            true,
            &[],
        ),
        (
            "size unknown unit",
            check(r#"{ kind = "disk-max", role = "os", max = "300 parsecs" }"#),
            r#"size "300 parsecs": unknown unit "parsecs" (write the unit: "300 GB")"#,
            true,
            &[],
        ),
        (
            "size negative",
            check(r#"{ kind = "disk-max", role = "os", max = "-3 GB" }"#),
            r#"size "-3 GB": negative size (write the unit: "300 GB")"#,
            true,
            &[],
        ),
        (
            "size not a number",
            check(r#"{ kind = "disk-max", role = "os", max = "big" }"#),
            r#"size "big": not a number (write the unit: "300 GB")"#,
            true,
            &[],
        ),
        (
            "size too large",
            check(r#"{ kind = "disk-max", role = "os", max = "99999999999999999 TB" }"#),
            r#"size "99999999999999999 TB": size too large (write the unit: "300 GB")"#,
            true,
            &[],
        ),
        (
            "pattern too long",
            check(&format!(
                r#"{{ kind = "vm-name", pattern = "{}", max_length = 3 }}"#,
                "a".repeat(1001)
            )),
            "pattern longer than 1,000 characters",
            true,
            &[],
        ),
        (
            "pattern that does not compile",
            check(r#"{ kind = "vm-name", pattern = "(", max_length = 3 }"#),
            r#"pattern "(": unclosed group"#,
            true,
            // The regex crate's own words.
            &["unclosed group"],
        ),
        (
            "duration without unit",
            check(r#"{ kind = "rto", sla = "5" }"#),
            r#"duration "5": unknown unit "" (write the unit: "5 min")"#,
            true,
            &[],
        ),
        (
            "duration unknown unit",
            check(r#"{ kind = "rto", sla = "5 fortnights" }"#),
            r#"duration "5 fortnights": unknown unit "fortnights" (write the unit: "5 min")"#,
            true,
            &[],
        ),
        (
            "duration negative",
            check(r#"{ kind = "rto", sla = "-5 min" }"#),
            r#"duration "-5 min": negative (write the unit: "5 min")"#,
            true,
            &[],
        ),
        (
            "rate without unit",
            check(r#"{ kind = "peak-churn-max", max = "54" }"#),
            r#"rate "54": write the unit ("54 MB/s")"#,
            true,
            &[],
        ),
        (
            "rate unknown unit",
            check(r#"{ kind = "peak-churn-max", max = "54 parsecs" }"#),
            r#"rate "54 parsecs": unknown unit "parsecs""#,
            true,
            &[],
        ),
        (
            "rate negative",
            check(r#"{ kind = "peak-churn-max", max = "-54 MB/s" }"#),
            r#"rate "-54 MB/s": negative"#,
            true,
            &[],
        ),
        (
            "io_size",
            check(
                r#"{ kind = "churn-max", per = "vm", limits = [{ storage = "premium", io_size = "8 MB", max = "20 MB/s" }] }"#,
            ),
            r#"io_size "8 MB": expected a size in KB, such as "8 KB" or "16 KB or more""#,
            true,
            &["io_size"],
        ),
        (
            "OS spec unknown product",
            check(r#"{ kind = "os-supported", list = ["plan9 11"] }"#),
            r#"OS spec "plan9 11": unknown product "plan9" (see rules/os-catalogue.toml)"#,
            true,
            &["rules/os-catalogue.toml"],
        ),
        (
            "OS spec empty range",
            check(r#"{ kind = "os-supported", list = ["rhel .."] }"#),
            r#"OS spec "rhel ..": an empty range"#,
            true,
            &[],
        ),
        (
            "OS spec backwards",
            check(r#"{ kind = "os-supported", list = ["rhel 8..7"] }"#),
            r#"OS spec "rhel 8..7": the range is backwards"#,
            true,
            &[],
        ),
        (
            "OS spec unknown edition",
            check(r#"{ kind = "os-supported", list = ["windows-server 2016 (core)"] }"#),
            r#"OS spec "windows-server 2016 (core)": unknown edition "core" (the only one is "nano server")"#,
            true,
            &[],
        ),
    ]
}

fn release_rows() -> Vec<Row> {
    let g = |a: &str, b: &str| RELEASES.replace(a, b);
    vec![
        (
            "page",
            g(r#"page = "https://"#, r#"page = "http://"#),
            "page must be an https:// address",
            false,
            &["page"],
        ),
        (
            "provenance",
            g(r#"["x@1 p.md, ms.date 01/01/2025"]"#, "[]"),
            "provenance names no copy of the page",
            false,
            &["provenance"],
        ),
        (
            "release id twice",
            format!(
                "{RELEASES}{}",
                &RELEASES[RELEASES.find("[[release]]").unwrap()..]
            ),
            "release id UR-78 is used twice",
            false,
            &["UR-78"],
        ),
        (
            "release reference",
            g(r#"reference = "https://"#, r#"reference = "http://"#),
            "release UR-78: reference must be an https:// address",
            false,
            &["UR-78", "reference"],
        ),
        (
            "no ko.name",
            g("ko.name = \"UR 78\"\n", ""),
            "release UR-78: no ko.name",
            false,
            &["UR-78", "ko.name"],
        ),
        (
            "two of adds, withdraws, check",
            g(ADDS, &format!("{ADDS}\nwithdraws = [\"rhel 6\"]")),
            "release UR-78, rule ASRVMW-OS: a change gives exactly one of adds, withdraws or check",
            false,
            &["UR-78", "ASRVMW-OS", "adds", "withdraws", "check"],
        ),
        (
            "none of adds, withdraws, check",
            g(ADDS, ""),
            "release UR-78, rule ASRVMW-OS: a change gives exactly one of adds, withdraws or check",
            false,
            &["UR-78", "ASRVMW-OS", "adds", "withdraws", "check"],
        ),
        (
            "empty adds",
            g(ADDS, "adds = []"),
            "release UR-78, rule ASRVMW-OS: an empty list",
            false,
            &["UR-78", "ASRVMW-OS"],
        ),
        (
            "a check's parameters",
            g(ADDS, r#"check = { kind = "os-supported", list = [] }"#),
            "release UR-78, rule ASRVMW-OS: os list is empty",
            false,
            &["UR-78", "ASRVMW-OS"],
        ),
        (
            "no edition has the rule",
            g(r#""ASRVMW-OS""#, r#""ASRVMW-NOPE""#),
            "release UR-78, rule ASRVMW-NOPE: no edition of asr-vmware has this rule",
            false,
            &["UR-78", "ASRVMW-NOPE", "asr-vmware"],
        ),
        (
            "adds to a rule without a list",
            g(r#""ASRVMW-OS""#, r#""ASRVMW-OSDISK-GEN1""#),
            "release UR-78, rule ASRVMW-OSDISK-GEN1: adds needs a rule with a list; disk-max has none",
            false,
            &["UR-78", "ASRVMW-OSDISK-GEN1", "adds", "disk-max"],
        ),
        (
            "withdraws from a rule not about the OS",
            g(r#""ASRVMW-OS""#, r#""ASRVMW-OSDISK-GEN1""#)
                .replace(ADDS, r#"withdraws = ["rhel 6"]"#),
            "release UR-78, rule ASRVMW-OSDISK-GEN1: withdraws is for guest OS rules; disk-max is not one",
            false,
            &["UR-78", "ASRVMW-OSDISK-GEN1", "withdraws", "disk-max"],
        ),
        (
            "a check of another kind",
            g(
                ADDS,
                r#"check = { kind = "disk-max", role = "os", max = "3 TB" }"#,
            ),
            "release UR-78, rule ASRVMW-OS: check must be of the rule's kind, os-supported",
            false,
            &["UR-78", "ASRVMW-OS", "check", "os-supported"],
        ),
        (
            "release month",
            g(r#""2025-04""#, r#""2025-13""#),
            r#"release date "2025-13": expected YYYY-MM-DD or YYYY-MM"#,
            true,
            &[],
        ),
        (
            "release day",
            g(r#""2025-04""#, r#""2025-04-31""#),
            r#"date "2025-04-31": expected YYYY-MM-DD"#,
            true,
            &[],
        ),
    ]
}

/// Why the Korean is not Korean, if it is not: an English word besides the codes, the row's ids
/// and values and anything quoted, or no Hangul at all.
fn not_korean(ko: &str, ids: &[&str]) -> Option<String> {
    let mut rest = ko.to_string();
    // Quoted values as written, keys and ids in backticks, and `{placeholder}`s.
    let quoted = regex::Regex::new(r#""[^"]*"|`[^`]*`|\{[^}]*\}"#).unwrap();
    rest = quoted.replace_all(&rest, " ").into_owned();
    let mut ids = ids.to_vec();
    ids.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for id in ids {
        rest = rest.replace(id, " ");
    }
    let english: Vec<&str> = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty() && !CODES.contains(w))
        .collect();
    if !english.is_empty() {
        return Some(format!("English words {english:?} in {ko:?}"));
    }
    if !ko.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)) {
        return Some(format!("no Hangul in {ko:?}"));
    }
    None
}

#[test]
fn every_reason_reads_as_it_always_has_in_english_and_in_korean() {
    let set = RuleSet::builtin().unwrap();
    let editions = set.editions("asr-vmware");
    let mut problems = Vec::new();
    let mut rows: Vec<(Row, Result<(), LoadError>)> = Vec::new();
    for row in matrix_rows() {
        let got = Matrix::parse(&row.1, "demo.toml").map(|_| ());
        rows.push((row, got));
    }
    for row in release_rows() {
        let got =
            ReleaseNotes::parse(&row.1, "releases.toml").and_then(|n| n.check_against(&editions));
        rows.push((row, got));
    }
    for ((name, _, english, value, ids), got) in &rows {
        let Err(e) = got else {
            problems.push(format!("{name}: loads"));
            continue;
        };
        if e.reason.to_string() != *english {
            problems.push(format!(
                "{name}: English {:?}, want {english:?}",
                e.reason.to_string()
            ));
        }
        if e.to_string() != format!("{}:{}: {english}", e.file, e.line) {
            problems.push(format!("{name}: {e}"));
        }
        if matches!(*e.reason, Reason::Value(_)) != *value {
            problems.push(format!(
                "{name}: typed value {value} expected: {:?}",
                e.reason
            ));
        }
        if let Some(why) = not_korean(&reason(&e.reason, Lang::Ko), ids) {
            problems.push(format!("{name}: {why}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The parser's own message stays as it wrote it, in every language, with the Korean saying
/// what it is.
#[test]
fn the_parsers_own_message_stays_as_written() {
    let text = check(r#"{ kind = "disk-maximum", role = "os", max = "300 GB" }"#);
    let e = Matrix::parse(&text, "demo.toml").unwrap_err();
    let Reason::Parse(said) = &*e.reason else {
        panic!("{:?}", e.reason)
    };
    assert!(said.starts_with("unknown variant `disk-maximum`"), "{said}");
    assert_eq!(e.reason.to_string(), *said);
    assert_eq!(
        reason(&e.reason, Lang::Ko),
        format!("규칙 파일을 읽을 수 없습니다: {said}")
    );
}

/// A value error kept by a parse whose error was dropped is not taken for another's.
#[test]
fn a_value_error_is_only_its_own_message() {
    let bad = check(r#"{ kind = "disk-max", role = "os", max = "300" }"#);
    let _ = Matrix::parse(&bad, "demo.toml").unwrap_err();
    let _: Result<crate::rules::spec::Size, _> = toml::Value::from("7").try_into();
    let e = Matrix::parse(
        &GOOD.replace("severity = \"blocker\"", "severity = 1"),
        "d.toml",
    );
    assert!(matches!(*e.unwrap_err().reason, Reason::Parse(_)));
}
