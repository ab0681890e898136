//! The HTML report in a real browser: headless Chromium (Debian's package; `.ci/run` installs
//! it) loads the page with no console message, the page's own self-test filters, sorts and
//! opens a machine's panel, every machine is a row, a screenshot is taken, and the file
//! fetches nothing: its only web addresses are the pages the rules and dates cite.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{rehost, stderr};

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// Chromium, or None where it is not installed (never on CI, which installs it).
pub(crate) fn browser() -> Option<PathBuf> {
    let b = chromium();
    if b.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Chromium (.ci/run installs Debian's chromium package)"
        );
        eprintln!("skipped: no Chromium here");
    }
    b
}

pub(crate) fn run_browser(
    bin: &Path,
    profile: &Path,
    extra: &[&str],
    url: &str,
) -> (String, String) {
    let out = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .output()
        .expect("run chromium");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub(crate) fn html_report(dir: &Path, inventory: &str, extra: &[&str]) -> PathBuf {
    let path = dir.join("report.html");
    let mut args = vec![
        "assess",
        inventory,
        "--as-of",
        "2026-12-01",
        "-o",
        path.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = rehost(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    path
}

#[test]
fn the_page_works_in_chromium() {
    let Some(bin) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = html_report(dir.path(), "tests/fixtures/rvtools-133.xlsx", &[]);
    let url = format!("file://{}#selftest", page.display());
    let (dom, log) = run_browser(&bin, &dir.path().join("p1"), &["--dump-dom"], &url);
    let consoles: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(consoles.is_empty(), "console messages: {consoles:#?}");
    let selftest = dom
        .split("data-selftest=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_else(|| panic!("the self-test did not run: {}", &dom[..dom.len().min(2000)]));
    assert_eq!(selftest.matches("pass ").count(), 7, "{selftest}");
    assert!(!selftest.contains("FAIL"), "{selftest}");
    assert!(
        selftest.contains("pass partly checked marked"),
        "{selftest}"
    );
    // Every machine is a row of the table.
    assert_eq!(dom.matches("<tr data-index=").count(), 133);
    // RVTools has no column for BitLocker, Fibre Channel or 4K-sector disks: the ready
    // verdicts of asr-vmware (92) and migrate-vmware-agentless (118, and 7 with conditions)
    // are partly checked; azure-migrate's 101 ready were checked in full and stay plain.
    let table = dom.split("<aside").next().unwrap();
    assert_eq!(
        table.matches("class=\"pill ready partly\"").count(),
        92 + 118
    );
    assert_eq!(
        table
            .matches("class=\"pill ready-with-conditions partly\"")
            .count(),
        7
    );
    assert_eq!(table.matches("class=\"pill ready\"").count(), 101);
    assert!(table.contains(">ready (partly checked)<"));
    // A verdict on a badge is words, not the JSON's hyphenated code.
    assert!(
        table.contains(">ready with conditions<"),
        "a badge in words"
    );
    assert!(
        !table.contains(">ready-with-conditions<"),
        "a badge as a code"
    );
    assert!(dom.contains("ready, partly checked"), "the chart's legend");
    for i in [0, 66, 132] {
        assert!(dom.contains(&format!("vm-{i:07}")));
    }
    let shot = dir.path().join("page.png");
    let (_, _) = run_browser(
        &bin,
        &dir.path().join("p2"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,900",
        ],
        &format!("file://{}", page.display()),
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
}

#[test]
fn inventory_text_stays_text_in_the_browser() {
    let Some(bin) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let inv = dir.path().join("hostile.csv");
    std::fs::write(
        &inv,
        "Name,Operating system,Cores,Memory (GB)\n\
         \"<img src=x onerror=document.title='owned'>\",Windows Server 2019,2,8\n\
         \"</script><script>document.title='owned'</script>\",Windows Server 2019,2,8\n",
    )
    .unwrap();
    let page = html_report(dir.path(), inv.to_str().unwrap(), &[]);
    let url = format!("file://{}#selftest", page.display());
    let (dom, log) = run_browser(&bin, &dir.path().join("p"), &["--dump-dom"], &url);
    // Had either name run, the title would read "owned".
    assert!(
        dom.contains("<title>rehost assessment</title>"),
        "inventory text ran as markup"
    );
    // Outside the data element (whose text the browser prints as it is), no element.
    let start = dom.find("<script id=\"data\"").unwrap();
    let end = start + dom[start..].find("</script>").unwrap();
    let outside = format!("{}{}", &dom[..start], &dom[end..]);
    assert!(
        !outside.contains("<img"),
        "inventory text became an element"
    );
    assert!(dom.contains("&lt;img src=x"), "the name is shown as text");
    assert!(!log.contains(":CONSOLE"), "{log}");
}

#[test]
fn the_file_fetches_nothing_and_cites_only_its_sources() {
    let dir = tempfile::tempdir().unwrap();
    let page = html_report(
        dir.path(),
        "tests/fixtures/azure-migrate-import.csv",
        &["--prices", "tests/fixtures/prices-westeurope.json"],
    );
    let text = std::fs::read_to_string(&page).unwrap();
    for bad in ["<script src", "<link", "@import", "url(", "<iframe", "<img"] {
        assert!(!text.contains(bad), "the page loads something: {bad}");
    }
    // Every web address is a page a rule, a matrix or a lifecycle table cites.
    let set = rehost::rules::RuleSet::builtin().unwrap();
    let mut allowed: BTreeSet<String> = BTreeSet::new();
    for mx in set.matrices.values() {
        allowed.insert(mx.matrix.source.clone());
        for r in &mx.rules {
            allowed.insert(r.reference.clone());
        }
    }
    for p in &rehost::lifecycle::Lifecycle::builtin().products {
        allowed.insert(p.source.clone());
    }
    let re = regex::Regex::new(r#"https?://[^\s"'<>\\)]+"#).unwrap();
    let found: BTreeSet<&str> = re.find_iter(&text).map(|m| m.as_str()).collect();
    assert!(!found.is_empty());
    for url in found {
        assert!(
            allowed
                .iter()
                .any(|a| a.starts_with(url) || url.starts_with(a.as_str())),
            "{url} is not a cited page"
        );
    }
}

/// The page in Korean (`--lang ko`): its own words, the verdicts and the rules' text, and
/// the self-test still passes.
#[test]
fn the_page_in_korean() {
    let Some(bin) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = html_report(
        dir.path(),
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        &["--lang", "ko", "-t", "asr-hyperv"],
    );
    let text = std::fs::read_to_string(&page).unwrap();
    assert!(text.contains("<html lang=\"ko\">"));
    assert!(text.contains("대상별 준비 상태"));
    assert!(
        text.contains("BitLocker가 켜져 있습니다"),
        "the failure in Korean"
    );
    let url = format!("file://{}#selftest", page.display());
    let (dom, log) = run_browser(&bin, &dir.path().join("p"), &["--dump-dom"], &url);
    assert!(!log.contains(":CONSOLE"), "{log}");
    assert!(dom.contains("준비되지 않음"), "verdict pills in Korean");
    let selftest = dom
        .split("data-selftest=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_default();
    assert!(
        selftest.starts_with("pass every machine shown") && !selftest.contains("FAIL"),
        "{selftest}"
    );
    let shot = dir.path().join("ko.png");
    run_browser(
        &bin,
        &dir.path().join("p2"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,900",
        ],
        &format!("file://{}", page.display()),
    );
    assert!(std::fs::read(&shot).unwrap().starts_with(b"\x89PNG"));
}

/// At 1,366 px (a common laptop) the page does not run off to the right, and a target that
/// covers none of the machines (asr-hyperv on this VMware estate) has no column of `not
/// applicable`: the summary says so once, above the table.
#[test]
fn the_page_fits_a_laptop_screen_and_skips_a_target_that_covers_nothing() {
    let Some(bin) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = html_report(dir.path(), "tests/fixtures/rvtools-133.xlsx", &[]);
    let url = format!("file://{}#selftest", page.display());
    let (dom, _) = run_browser(
        &bin,
        &dir.path().join("p"),
        &["--dump-dom", "--window-size=1366,900"],
        &url,
    );
    let widths: Vec<u32> = dom
        .split("data-widths=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_else(|| panic!("the page wrote no widths: {}", &dom[..dom.len().min(2000)]))
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let [window, page_width, table_right, columns] = widths[..] else {
        panic!("{widths:?}")
    };
    assert_eq!(window, 1366);
    assert!(page_width <= window, "the page is {page_width} px wide");
    assert!(table_right <= window, "the table ends at {table_right} px");
    // Six columns of facts and four targets (hygiene with the Azure ones on an RVTools
    // export): asr-hyperv has none.
    let thead = dom
        .split("<thead>")
        .nth(1)
        .unwrap()
        .split("</thead>")
        .next()
        .unwrap();
    assert!(!thead.contains("t:asr-hyperv"), "{thead}");
    for t in [
        "asr-vmware",
        "azure-migrate",
        "migrate-vmware-agentless",
        "hygiene",
    ] {
        assert!(
            thead.contains(&format!("data-key=\"t:{t}\"")),
            "{t}: {thead}"
        );
    }
    assert_eq!(columns, 10);
    let note = dom.matches("class=\"na-note\"").count();
    assert_eq!(note, 1);
    assert!(
        dom.contains(": not applicable to any of the 133 machine(s) (the scenario covers other platforms), so the table has no column for it."),
        "the note"
    );
}

/// The words a reader sees on a page as the browser rendered it: the text of its elements
/// (scripts and the style sheet aside) and the labels a screen reader reads (`aria-label`,
/// `placeholder`, `title`); classes and data attributes hold codes and are not read.
fn rendered_words(dom: &str) -> String {
    let drop = regex::Regex::new(r"(?s)<script\b.*?</script>|<style\b.*?</style>").unwrap();
    let dom = drop.replace_all(dom, " ");
    let said = regex::Regex::new(r#"\s(aria-label|placeholder|title)="([^"]*)""#).unwrap();
    let mut text: Vec<String> = said.captures_iter(&dom).map(|c| c[2].to_string()).collect();
    let tags = regex::Regex::new(r"<[^>]*>").unwrap();
    text.push(tags.replace_all(&dom, "\n").into_owned());
    text.join("\n")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// The Korean page on the real Azure Migrate discovery export, as Chromium renders it: the
/// table, the chart, the counts and a machine's panel (the self-test leaves the machine with
/// the most findings in it) hold no English of rehost's own.
#[test]
fn the_korean_page_shows_no_english_of_its_own() {
    let Some(bin) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = "inventories/samples/AzureMigrate_Discovery_Report.xlsx";
    let page = html_report(dir.path(), file, &["--lang", "ko"]);
    let url = format!("file://{}#selftest", page.display());
    let (dom, log) = run_browser(&bin, &dir.path().join("p"), &["--dump-dom"], &url);
    assert!(!log.contains(":CONSOLE"), "{log}");
    let selftest = dom
        .split("data-selftest=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_default();
    assert!(
        selftest.contains("pass panel opens") && !selftest.contains("FAIL"),
        "{selftest}"
    );
    let panel = dom
        .split("<aside id=\"panel\"")
        .nth(1)
        .and_then(|r| r.split_once('>'))
        .and_then(|(_, r)| r.split("</aside>").next())
        .unwrap_or_default();
    // The panel was built: its facts, a finding with its severity, outcome and a value read.
    for part in ["class=\"finding ", "<dl>", "읽은 값", "플랫폼"] {
        assert!(panel.contains(part), "{part} not in the panel: {panel}");
    }
    let inventory = super::korean_words::inventory_strings(file);
    let text = rendered_words(&dom);
    let left: BTreeSet<String> = super::korean_words::english_left(&text, &inventory)
        .into_iter()
        .collect();
    assert!(left.is_empty(), "English left on the page: {left:?}");
    let panel_left = super::korean_words::english_left(&rendered_words(panel), &inventory);
    assert!(
        panel_left.is_empty(),
        "English left in the panel: {panel_left:?}"
    );
}

/// The estate section in the browser: totals, machines by OS as bars, readiness per cluster
/// as stacked bars and a table, with the page's own self-test still passing and nothing on
/// the console.
#[test]
fn the_estate_section_in_chromium() {
    let Some(bin) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = html_report(
        dir.path(),
        "tests/fixtures/rvtools-133.xlsx",
        &["-t", "asr-vmware", "--group-by", "cluster"],
    );
    let url = format!("file://{}#selftest", page.display());
    let (dom, log) = run_browser(&bin, &dir.path().join("p"), &["--dump-dom"], &url);
    let consoles: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(consoles.is_empty(), "console messages: {consoles:#?}");
    let selftest = dom
        .split("data-selftest=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the self-test ran");
    assert_eq!(selftest.matches("pass ").count(), 7, "{selftest}");
    assert!(!selftest.contains("FAIL"), "{selftest}");
    let section = dom
        .split("<section id=\"estate\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("the estate section in the page");
    assert!(section.contains("machines 133 · vCPU 1,000"), "{section}");
    // Six OS products, one bar each; thirteen clusters, one stacked bar and one row each.
    let os = section
        .split("id=\"os-chart\"")
        .nth(1)
        .unwrap()
        .split("</svg>")
        .next()
        .unwrap();
    assert_eq!(os.matches("<rect").count(), 6, "{os}");
    let groups = section
        .split("id=\"groups-chart\"")
        .nth(1)
        .unwrap()
        .split("</svg>")
        .next()
        .unwrap();
    assert_eq!(groups.matches("Cluster").count(), 13, "{groups}");
    let table = section.split("<table id=\"groups\"").nth(1).unwrap();
    assert_eq!(table.matches("<tr><td>Cluster").count(), 13);
    assert!(
        table.contains("<tr><td>Cluster10</td><td>17</td>"),
        "{table}"
    );
}
