//! `--cloud` chooses the targets judged when none is named, by the one table of which cloud
//! each target belongs to; and the terminal fits many targets of several clouds.

use crate::common::{rehost, rehost_with, stderr};

const INV: &str = "tests/fixtures/rvtools-4x.xlsx";

/// The targets a run judged, in report order.
fn targets(extra: &[&str]) -> Result<Vec<String>, (i32, String)> {
    let mut args = vec!["assess", INV, "--format", "json", "-o", "-"];
    args.extend_from_slice(extra);
    let out = rehost(&args);
    if out.status.code() != Some(0) {
        return Err((out.status.code().unwrap_or(-1), stderr(&out)));
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    Ok(v["machines"][0]["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["target"].as_str().unwrap().to_string())
        .collect())
}

const AZURE: &[&str] = &[
    "asr-vmware",
    "asr-hyperv",
    "azure-migrate",
    "migrate-vmware-agentless",
];

#[test]
fn each_cloud_value_and_combination_chooses_its_targets() {
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        AZURE.iter().copied().chain(extra.iter().copied()).collect()
    };
    let azure_gcp = with(&["gcp-m2vm"]);
    let all = with(&["aws-mgn", "aws-drs", "gcp-m2vm"]);
    let cases: &[(&[&str], &[&str])] = &[
        (&[], AZURE),
        (&["--cloud", "azure"], AZURE),
        (&["--cloud", "gcp"], &["gcp-m2vm"]),
        (&["--cloud", "aws"], &["aws-mgn", "aws-drs"]),
        (&["--cloud", "azure,gcp"], &azure_gcp),
        (&["--cloud", "gcp", "--cloud", "azure"], &azure_gcp),
        (&["--cloud", "all"], &all),
        (&["--cloud", "all,gcp"], &all),
        (&["--cloud", "aws,gcp"], &["aws-mgn", "aws-drs", "gcp-m2vm"]),
        // --target still picks exactly the targets named.
        (
            &["--target", "gcp-m2vm,asr-vmware"],
            &["gcp-m2vm", "asr-vmware"],
        ),
    ];
    for (args, want) in cases {
        // The hygiene rule set belongs to no cloud: on an RVTools export it is judged
        // whichever clouds are chosen, and only when named does `--target` leave it out.
        let mut want: Vec<&str> = want.to_vec();
        if !args.contains(&"--target") {
            want.push("hygiene");
        }
        assert_eq!(targets(args).unwrap(), want, "{args:?}");
    }
}

#[test]
fn a_cloud_that_cannot_be_judged_is_a_clear_error() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--cloud", "oracle"],
            "invalid value 'oracle' for '--cloud <CLOUD>'",
        ),
        (&["--cloud", ""], "--cloud"),
        (
            &["--cloud", "gcp", "--target", "asr-vmware"],
            "cannot be used with",
        ),
    ];
    for (args, want) in cases {
        let (code, err) = targets(args).unwrap_err();
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
    // Every cloud ships matrices now, so "no target of the clouds chosen has a matrix"
    // (clouds-err-no-targets) is not reachable from the command line; the catalogue tests
    // hold its words in both languages.
}

#[test]
fn eight_targets_of_three_clouds_fit_80_columns() {
    // Every shipped target: four of Azure, two of AWS, one of Google and hygiene (neutral).
    let run = |cols: &str, extra: &[&str]| {
        let mut args = vec![
            "assess",
            "tests/fixtures/rvtools-133.xlsx",
            "--as-of",
            "2026-12-01",
            "--cloud",
            "all",
        ];
        args.extend_from_slice(extra);
        let out = rehost_with(&args, &[("COLUMNS", cols)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    for (cols, width, lang) in [("80", 80, "en"), ("80", 80, "ko"), ("120", 120, "en")] {
        let text = run(cols, &["--lang", lang]);
        for l in text.lines() {
            let w = rehost::report::width(l);
            assert!(w <= width, "{lang} {w} > {width}: {l:?}");
        }
        for i in 0..133 {
            let tail = format!("{:03}", i);
            let n = text
                .lines()
                .filter(|l| l.trim_start().starts_with("vm-") && l.contains(&tail))
                .count();
            assert!(n >= 1, "vm-…{tail} at {cols} ({lang})");
        }
        // The clouds are named over their columns, grouped, and in the notes.
        let head = text.lines().next().unwrap();
        let (az, aws, g) = (
            head.find("Azure").unwrap(),
            head.find("AWS").unwrap(),
            head.find("Google").unwrap(),
        );
        assert!(az < aws && aws < g, "{head}");
    }
    let en = run("80", &[]);
    assert!(
        en.contains("Clouds judged: Azure, AWS, Google Cloud."),
        "{en}"
    );
    insta::assert_snapshot!("clouds_eight_targets_at_80", en);
    insta::assert_snapshot!(
        "clouds_eight_targets_at_80_ko",
        run("80", &["--lang", "ko"])
    );
}

#[test]
fn the_default_says_nothing_of_clouds() {
    let out = rehost_with(&["assess", INV], &[("COLUMNS", "80")]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("Clouds judged"), "{text}");
    assert!(!text.contains("Google"), "{text}");
    let gcp = rehost_with(
        &["assess", INV, "--cloud", "azure,gcp"],
        &[("COLUMNS", "80")],
    );
    let text = String::from_utf8(gcp.stdout).unwrap();
    assert!(
        text.contains("Clouds judged: Azure, Google Cloud. Others: --cloud aws (or all)."),
        "{text}"
    );
}

/// The page of eight targets (seven with a column: asr-hyperv covers none of the 133 VMware
/// VMs) still fits a 1,366 px screen.
#[test]
fn eight_targets_fit_a_laptop_screen_in_the_browser() {
    let Some(bin) = crate::html::browser() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = crate::html::html_report(
        dir.path(),
        "tests/fixtures/rvtools-133.xlsx",
        &["--cloud", "all"],
    );
    let url = format!("file://{}#selftest", page.display());
    let (dom, _) = crate::html::run_browser(
        &bin,
        &dir.path().join("p"),
        &["--dump-dom", "--window-size=1366,900"],
        &url,
    );
    let widths: Vec<u32> = dom
        .split("data-widths=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the page wrote its widths")
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let [window, page_width, table_right, columns] = widths[..] else {
        panic!("{widths:?}")
    };
    assert_eq!((window, columns), (1366, 13));
    assert!(page_width <= window, "the page is {page_width} px wide");
    assert!(table_right <= window, "the table ends at {table_right} px");
}
