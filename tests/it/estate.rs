//! Estate totals, `--where` and groups, checked against the source files read here on their
//! own (calamine, not rehost's importer): the 133-VM RVTools export and the Azure Migrate
//! discovery export.

use std::collections::{BTreeMap, HashMap};

use calamine::{DataType, Reader, open_workbook_auto};
use rehost::estate::EstateError;
use rehost::estate::scope::{Key, Power, Wanted, parse};

use crate::common::{assess_json, rehost, rehost_with, stderr};

const RV: &str = "tests/fixtures/rvtools-133.xlsx";
const AM: &str = "inventories/samples/AzureMigrate_Discovery_Report.xlsx";
const MIB: u64 = 1 << 20;

/// A sheet's rows as header → text maps, read by calamine.
fn rows(file: &str, sheet: &str) -> Vec<HashMap<String, String>> {
    let mut wb = open_workbook_auto(file).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    let mut it = range.rows();
    let head: Vec<String> = it.next().unwrap().iter().map(|c| c.to_string()).collect();
    it.filter(|r| r.iter().any(|c| !c.to_string().is_empty()))
        .map(|r| {
            head.iter()
                .cloned()
                .zip(r.iter().map(|c| c.to_string()))
                .collect()
        })
        .collect()
}

fn num(s: &str) -> u64 {
    s.parse::<f64>().map(|f| f as u64).unwrap_or(0)
}

#[test]
fn where_grammar() {
    // (expression, key, negated, wanted)
    let good: &[(&str, Key, bool, Wanted)] = &[
        (
            "powerstate=on",
            Key::PowerState,
            false,
            Wanted::Power(Power::On),
        ),
        (
            "PowerState = poweredOff",
            Key::PowerState,
            false,
            Wanted::Power(Power::Off),
        ),
        (
            "power!=suspended",
            Key::PowerState,
            true,
            Wanted::Power(Power::Suspended),
        ),
        (
            "powerstate=poweredOn",
            Key::PowerState,
            false,
            Wanted::Power(Power::On),
        ),
        (
            "powerstate=Running",
            Key::PowerState,
            false,
            Wanted::Power(Power::On),
        ),
        ("template=no", Key::Template, false, Wanted::Yes(false)),
        ("Template=YES", Key::Template, false, Wanted::Yes(true)),
        ("template!=false", Key::Template, true, Wanted::Yes(false)),
        (
            "cluster=Prod",
            Key::Cluster,
            false,
            Wanted::Text("prod".into()),
        ),
        (
            "Cluster!=Prod East",
            Key::Cluster,
            true,
            Wanted::Text("prod east".into()),
        ),
        (
            "datacentre=DC1",
            Key::Datacenter,
            false,
            Wanted::Text("dc1".into()),
        ),
        (
            "folder=/Apps",
            Key::Folder,
            false,
            Wanted::Text("/apps".into()),
        ),
        ("host=esx01", Key::Host, false, Wanted::Text("esx01".into())),
        ("os=Ubuntu", Key::Os, false, Wanted::Text("ubuntu".into())),
        ("name=vm-1", Key::Name, false, Wanted::Text("vm-1".into())),
        ("tier=gold", Key::Tier, false, Wanted::Text("gold".into())),
        (
            "Owner=Finance",
            Key::Column("Owner".into()),
            false,
            Wanted::Text("finance".into()),
        ),
        // The first `=` splits: a value may hold one.
        (
            "note=a=b",
            Key::Column("note".into()),
            false,
            Wanted::Text("a=b".into()),
        ),
    ];
    for (text, key, negated, wanted) in good {
        let c = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(
            (&c.key, c.negated, &c.wanted),
            (key, *negated, wanted),
            "{text}"
        );
        assert_eq!(c.text, *text);
    }
    let bad: &[(&str, EstateError)] = &[
        (
            "poweron",
            EstateError::NoOperator {
                expr: "poweron".into(),
            },
        ),
        ("", EstateError::NoOperator { expr: "".into() }),
        ("=on", EstateError::NoField { expr: "=on".into() }),
        (
            " != on",
            EstateError::NoField {
                expr: " != on".into(),
            },
        ),
        (
            "cluster=",
            EstateError::NoValue {
                expr: "cluster=".into(),
            },
        ),
        (
            "cluster!=  ",
            EstateError::NoValue {
                expr: "cluster!=  ".into(),
            },
        ),
        (
            "powerstate=maybe",
            EstateError::BadValue {
                expr: "powerstate=maybe".into(),
                value: "maybe".into(),
                allowed: "on, off, suspended",
            },
        ),
        (
            "template=perhaps",
            EstateError::BadValue {
                expr: "template=perhaps".into(),
                value: "perhaps".into(),
                allowed: "yes, no",
            },
        ),
    ];
    for (text, want) in bad {
        assert_eq!(parse(text).as_ref(), Err(want), "{text}");
    }
    // Said plainly, in English and in Korean.
    assert_eq!(
        parse("poweron").unwrap_err().to_string(),
        "--where \"poweron\": write FIELD=VALUE or FIELD!=VALUE"
    );
}

#[test]
fn bad_where_and_group_by_exit_2_naming_what_is_wrong() {
    for (args, says) in [
        (vec!["--where", "poweron"], "write FIELD=VALUE"),
        (
            vec!["--where", "powerstate=maybe"],
            "\"maybe\" is not a value",
        ),
        (
            vec!["--where", "colour=red"],
            "no field or kept column \"colour\"",
        ),
        (
            vec!["--group-by", "Owner"],
            "\"Owner\": the inventory has no column",
        ),
    ] {
        let mut all = vec!["assess", RV, "-t", "asr-vmware"];
        all.extend(args.iter().copied());
        let out = rehost(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    // The discovery export has no cluster column: grouping by it is refused, not empty.
    let out = rehost(&["assess", AM, "--group-by", "cluster"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("\"cluster\": the inventory has no column"));
    let out = rehost(&["assess", AM, "--where", "cluster=Prod"]);
    assert_eq!(out.status.code(), Some(2));
    // In Korean too.
    let out = rehost(&["assess", RV, "--where", "poweron", "--lang", "ko"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("형식으로 쓰십시오"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn totals_of_the_133_vm_export() {
    let info = rows(RV, "vInfo");
    let hosts = rows(RV, "vHost");
    let cpus: u64 = info.iter().map(|r| num(&r["CPUs"])).sum();
    // Three cells read `n/a`: unknown, not counted.
    let mem_blank = info
        .iter()
        .filter(|r| r["Memory"].parse::<f64>().is_err())
        .count();
    let mem: u64 = info.iter().map(|r| num(&r["Memory"])).sum();
    let prov: u64 = info.iter().map(|r| num(&r["Provisioned MiB"])).sum();
    let used: u64 = info.iter().map(|r| num(&r["In Use MiB"])).sum();
    let on = info
        .iter()
        .filter(|r| r["Powerstate"] == "poweredOn")
        .count();
    let mut clusters: BTreeMap<String, usize> = BTreeMap::new();
    for r in &info {
        *clusters.entry(r["Cluster"].clone()).or_default() += 1;
    }
    let cores: u64 = hosts.iter().map(|r| num(&r["# Cores"])).sum();
    // What the export holds, as read here.
    assert_eq!((info.len(), cpus, mem_blank, on), (133, 1000, 3, 133));
    assert_eq!((hosts.len(), cores), (400, 16_000));

    let j = assess_json(&[RV, "-t", "asr-vmware", "--as-of", "2026-12-01"]);
    let e = &j["summary"]["estate"];
    assert_eq!(e["machines"], 133);
    assert_eq!(e["vcpu"]["total"], cpus);
    assert_eq!(e["memory_bytes"]["total"], mem * MIB);
    assert_eq!(e["memory_bytes"]["unknown"], mem_blank);
    assert_eq!(e["provisioned_bytes"]["total"], prov * MIB);
    assert_eq!(e["in_use_bytes"]["total"], used * MIB);
    assert_eq!(e["power"]["on"], on);
    assert_eq!(e["power"]["off"], 0);
    assert_eq!(e["templates"], 0);
    let by: BTreeMap<String, u64> = e["by_cluster"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["name"].as_str().unwrap().to_string(),
                b["machines"].as_u64().unwrap(),
            )
        })
        .collect();
    let want: BTreeMap<String, u64> = clusters
        .iter()
        .map(|(k, v)| (k.clone(), *v as u64))
        .collect();
    assert_eq!(by, want);
    assert_eq!(e["by_datacenter"][0]["name"], "DC1");
    assert_eq!(e["overall"]["hosts"], 400);
    assert_eq!(e["overall"]["cores"], cores);
    assert_eq!(e["overall"]["vcpu_per_core"], cpus as f64 / cores as f64);
    // vHost has no `# Memory`: memory over-commit is not evaluated, never 0.
    assert!(e["overall"]["memory_bytes"].is_null());
    assert!(e["overall"]["memory_ratio"].is_null());
    // OS families add up to the machines; versions carry their support phase.
    let fam: u64 = e["os_families"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["machines"].as_u64().unwrap())
        .sum();
    assert_eq!(fam, 133);
    assert!(
        e["os_versions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["product"] == "windows-server"
                && v["version"] == "2016"
                && v["status"] == "extended")
    );
    // The keys the summary always had are still there.
    for k in ["tool", "files", "machines", "targets", "plan"] {
        assert!(j["summary"].get(k).is_some(), "{k}");
    }
}

#[test]
fn totals_of_the_discovery_export_and_where_powerstate_on() {
    let rows = rows(AM, "Discovery_Report");
    let on: Vec<&HashMap<String, String>> =
        rows.iter().filter(|r| r["Power Stats"] == "ON").collect();
    let off: Vec<&str> = rows
        .iter()
        .filter(|r| r["Power Stats"] == "OFF")
        .map(|r| r["Machine Name"].as_str())
        .collect();
    assert_eq!((rows.len(), on.len(), off.len()), (294, 250, 44));
    let all = assess_json(&[AM, "-t", "azure-migrate"]);
    let e = &all["summary"]["estate"];
    assert_eq!(e["machines"], 294);
    assert_eq!(
        e["vcpu"]["total"],
        rows.iter().map(|r| num(&r["Cores"])).sum::<u64>()
    );
    assert_eq!(
        e["memory_bytes"]["total"],
        rows.iter().map(|r| num(&r["Memory (in MB)"])).sum::<u64>() * MIB
    );
    assert_eq!(
        (e["power"]["on"].as_u64(), e["power"]["off"].as_u64()),
        (Some(250), Some(44))
    );
    // No cluster, datacenter, folder, storage or host sheet: not evaluated, not zero.
    for k in [
        "by_cluster",
        "by_datacenter",
        "by_folder",
        "provisioned_bytes",
        "in_use_bytes",
        "overcommit",
        "templates",
    ] {
        assert!(e[k].is_null(), "{k}: {}", e[k]);
    }

    let j = assess_json(&[AM, "-t", "azure-migrate", "--where", "powerstate=on"]);
    let e = &j["summary"]["estate"];
    assert_eq!(e["machines"], 250);
    assert_eq!(
        e["vcpu"]["total"],
        on.iter().map(|r| num(&r["Cores"])).sum::<u64>()
    );
    assert_eq!(e["power"]["off"], 0);
    assert_eq!(j["summary"]["machines"], 250);
    assert_eq!(j["machines"].as_array().unwrap().len(), 250);
    let s = &j["summary"]["scope"];
    assert_eq!(
        (
            s["machines_before"].as_u64(),
            s["in_scope"].as_u64(),
            s["out_of_scope"].as_u64()
        ),
        (Some(294), Some(250), Some(44))
    );
    let mut excluded: Vec<&str> = s["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    let mut off = off.clone();
    excluded.sort_unstable();
    off.sort_unstable();
    assert_eq!(
        excluded, off,
        "the machines left out are the ones powered off"
    );
    assert_eq!(s["excluded"][0]["why"], "powerstate=on does not hold");
    let counts = &j["summary"]["targets"][0]["readiness"];
    let n: u64 = [
        "ready",
        "ready_with_conditions",
        "not_ready",
        "unknown",
        "not_applicable",
    ]
    .iter()
    .map(|k| counts[k].as_u64().unwrap())
    .sum();
    assert_eq!(n, 250, "verdicts of the machines in scope only");

    // The terminal and the CSV list them; rows in = rows out in the CSV.
    let out = rehost_with(
        &[
            "assess",
            AM,
            "-t",
            "azure-migrate",
            "--where",
            "powerstate=on",
        ],
        &[("COLUMNS", "80")],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("scope: powerstate=on: 250 of 294 machines assessed, 44 out of"),
        "{text}"
    );
    assert!(
        text.contains("powerstate=on does not hold (44): "),
        "{text}"
    );
    assert!(
        text.lines().all(|l| rehost::report::width(l) <= 80),
        "{text}"
    );
    let out = rehost(&[
        "assess",
        AM,
        "-t",
        "azure-migrate",
        "--where",
        "powerstate=on",
        "-f",
        "csv",
    ]);
    let csv = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        csv.lines().filter(|l| l.contains(",out-of-scope,")).count(),
        44
    );
    assert_eq!(
        csv.lines().count() - 1,
        294,
        "one line per row of the export"
    );
}

/// Per-cluster readiness worked out here: each machine's verdict from the JSON, its cluster
/// from vInfo as calamine reads it.
fn clusters_by_hand() -> BTreeMap<String, BTreeMap<String, u64>> {
    let cluster: HashMap<String, String> = rows(RV, "vInfo")
        .into_iter()
        .map(|r| (r["VM"].clone(), r["Cluster"].clone()))
        .collect();
    let j = assess_json(&[RV, "-t", "asr-vmware", "--as-of", "2026-12-01"]);
    let mut by: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for m in j["machines"].as_array().unwrap() {
        let c = cluster[m["name"].as_str().unwrap()].clone();
        let v = m["assessments"][0]["readiness"]
            .as_str()
            .unwrap()
            .to_string();
        *by.entry(c).or_default().entry(v).or_default() += 1;
    }
    by
}

#[test]
fn group_by_cluster_in_every_format() {
    let want = clusters_by_hand();
    assert_eq!(want.len(), 13);
    let args = [
        "assess",
        RV,
        "-t",
        "asr-vmware",
        "--as-of",
        "2026-12-01",
        "--group-by",
        "cluster",
    ];
    // JSON
    let j = assess_json(&args[1..]);
    let groups = j["summary"]["groups"]["groups"].as_array().unwrap();
    assert_eq!(
        groups.len(),
        13,
        "every machine has a cluster: no ungrouped row"
    );
    let mut got: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for g in groups {
        let c = &g["targets"][0]["readiness"];
        let mut m = BTreeMap::new();
        for (k, code) in [
            ("ready", "ready"),
            ("ready_with_conditions", "ready-with-conditions"),
            ("not_ready", "not-ready"),
            ("unknown", "unknown"),
        ] {
            let n = c[k].as_u64().unwrap();
            if n > 0 {
                m.insert(code.to_string(), n);
            }
        }
        got.insert(g["group"].as_str().unwrap().to_string(), m);
    }
    assert_eq!(got, want);
    let names: Vec<&str> = groups
        .iter()
        .map(|g| g["group"].as_str().unwrap())
        .collect();
    assert_eq!(
        &names[..3],
        ["Cluster0", "Cluster1", "Cluster2"],
        "by name, numbers as numbers"
    );
    // Terminal, at 80 columns.
    let out = rehost_with(&args, &[("COLUMNS", "80")]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.lines().all(|l| rehost::report::width(l) <= 80),
        "{text}"
    );
    let block = text
        .split("Groups by cluster:")
        .nth(1)
        .expect("a groups block");
    for (c, v) in &want {
        let not_ready = v.get("not-ready").copied().unwrap_or(0);
        assert!(block.contains(&format!("{c} (")), "{c}");
        let line = block
            .split(&format!("    {c} ("))
            .nth(1)
            .unwrap()
            .lines()
            .nth(1)
            .unwrap();
        assert!(line.contains(&format!("✗ {not_ready}")), "{c}: {line}");
    }
    insta::assert_snapshot!("group_by_cluster_terminal_80", text);
    // CSV: a group column to pivot on, agreeing with vInfo.
    let out = rehost(&[&args[..], &["-f", "csv"]].concat());
    let csv = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut rd = csv::Reader::from_reader(csv.as_bytes());
    let head = rd.headers().unwrap().clone();
    assert_eq!(head.iter().next_back(), Some("group"));
    let mut by: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for r in rd.records() {
        let r = r.unwrap();
        *by.entry(r[27].to_string())
            .or_default()
            .entry(r[4].to_string())
            .or_default() += 1;
    }
    assert_eq!(by, want);
    // Markdown: a table row per cluster.
    let out = rehost(&[&args[..], &["-f", "md"]].concat());
    let md = String::from_utf8_lossy(&out.stdout).into_owned();
    let section = md
        .split("## Groups by cluster")
        .nth(1)
        .expect("a groups section");
    for c in want.keys() {
        assert!(section.contains(&format!("| {c} | ")), "{c}");
    }
    let section = section.split("\n## ").next().unwrap();
    insta::assert_snapshot!("group_by_cluster_markdown", section);
    // Workbook: a Groups sheet, a row per cluster; and the Estate sheet.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.xlsx");
    let out = rehost(&[&args[..], &["-o", path.to_str().unwrap()]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut wb = open_workbook_auto(&path).unwrap();
    assert!(
        wb.sheet_names()
            .ends_with(&["Estate".to_string(), "Groups".to_string()])
    );
    let g = wb.worksheet_range("Groups").unwrap();
    let mut seen = 0;
    for r in g.rows().skip(3) {
        let name = r[0].to_string();
        if let Some(v) = want.get(&name) {
            seen += 1;
            let n: u64 = v.values().sum();
            assert_eq!(r[3].to_string(), n.to_string(), "{name}");
            let not_ready = v.get("not-ready").copied().unwrap_or(0);
            assert!(
                r[4].to_string().contains(&format!("✗ {not_ready}")),
                "{name}"
            );
        }
    }
    assert_eq!(seen, 13);
    let e = wb.worksheet_range("Estate").unwrap();
    assert!(
        e.rows()
            .any(|r| r[6] == "Cluster10" && r[7].as_f64() == Some(17.0)),
        "the clusters' table, right of the OS releases"
    );
    // HTML: the estate section with its charts and a row per cluster.
    let page = dir.path().join("g.html");
    let out = rehost(&[&args[..], &["-o", page.to_str().unwrap()]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    let section = html
        .split("<section id=\"estate\"")
        .nth(1)
        .expect("the estate section");
    assert!(section.contains("id=\"os-chart\"") && section.contains("id=\"groups-chart\""));
    for c in want.keys() {
        assert!(section.contains(&format!("<tr><td>{c}</td>")), "{c}");
    }
}

/// A target no machine is in scope for (asr-hyperv on this VMware estate) is left out of the
/// HTML groups, chart and table, as the machine table leaves it out, rather than drawn as a
/// bar of "not applicable" in every group.
#[test]
fn the_html_groups_leave_out_a_target_for_no_machine() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("g.html");
    let out = rehost(&[
        "assess",
        RV,
        "-t",
        "asr-vmware,asr-hyperv",
        "--as-of",
        "2026-12-01",
        "--group-by",
        "cluster",
        "-o",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    let groups = html
        .split("id=\"groups-chart\"")
        .nth(1)
        .expect("the groups chart");
    let groups = groups.split("</section>").next().unwrap();
    assert!(
        !groups.contains("asr-hyperv"),
        "asr-hyperv drawn in the groups"
    );
    assert!(groups.contains("· asr-vmware"), "asr-vmware's bars");
    assert!(
        groups.contains("<th>asr-vmware</th>"),
        "asr-vmware's column"
    );
}

#[test]
fn groups_file_with_a_missing_machine_and_an_unknown_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("waves.csv");
    std::fs::write(
        &file,
        "Machine,Group,Wave,Owner\nvm-0000000,Payroll,1,Ann\nVM-0000001,payroll,1,Ann\nvm-0000002,Web,2,Bo\nnot-a-vm,Web,2,Bo\n",
    )
    .unwrap();
    let j = assess_json(&[RV, "-t", "asr-vmware", "--groups", file.to_str().unwrap()]);
    let g = &j["summary"]["groups"];
    let groups = g["groups"].as_array().unwrap();
    let names: Vec<&str> = groups
        .iter()
        .map(|x| x["group"].as_str().unwrap_or("(ungrouped)"))
        .collect();
    assert_eq!(names, ["Payroll", "Web", "(ungrouped)"]);
    assert_eq!(
        groups[0]["machines"], 2,
        "names match without regard to case"
    );
    assert_eq!(
        (groups[0]["wave"].as_str(), groups[0]["owner"].as_str()),
        (Some("1"), Some("Ann"))
    );
    assert_eq!(groups[1]["machines"], 1);
    assert_eq!(
        groups[2]["machines"], 130,
        "a machine the file does not name is ungrouped"
    );
    let unknown = g["unknown_rows"].as_array().unwrap();
    assert_eq!(unknown.len(), 1);
    assert_eq!(
        (unknown[0]["row"].as_u64(), unknown[0]["machine"].as_str()),
        (Some(5), Some("not-a-vm"))
    );
    // The terminal says it (piped, no width: each line whole).
    let out = rehost(&[
        "assess",
        RV,
        "-t",
        "asr-vmware",
        "--groups",
        file.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("row 5: not-a-vm (group Web) is no machine of the inventory"),
        "{text}"
    );
    assert!(text.contains("ungrouped (130 machine(s))"), "{text}");
    assert!(
        text.contains("Payroll (2 machine(s)) · wave 1 · owner Ann"),
        "{text}"
    );
    // A file without a group column is refused, naming it.
    std::fs::write(&file, "Machine,Team\nvm-0000000,A\n").unwrap();
    let out = rehost(&["assess", RV, "--groups", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the first row names no group column"),
        "{}",
        stderr(&out)
    );
}

/// Per-group DR bandwidth is the estate's arithmetic over the group's machines: Σ churn × 8
/// × (1 + growth), worked out here from the CSV; the groups add up to the estate's figure.
#[test]
fn dr_bandwidth_per_group() {
    let mut rd = csv::Reader::from_path("inventories/dr-example.csv").unwrap();
    let mut churn: BTreeMap<String, f64> = BTreeMap::new();
    for r in rd.deserialize::<HashMap<String, String>>() {
        let r = r.unwrap();
        *churn.entry(r["Application"].clone()).or_default() +=
            r["Churn (MB/s)"].parse::<f64>().unwrap_or(0.0);
    }
    let j = assess_json(&[
        "inventories/dr-example.csv",
        "-t",
        "asr-vmware",
        "--dr-policy",
        "inventories/dr-policy.toml",
        "--group-by",
        "application",
    ]);
    let growth = j["summary"]["dr"]["growth_percent"].as_f64().unwrap();
    let mut total = 0.0;
    for g in j["summary"]["groups"]["groups"].as_array().unwrap() {
        let name = g["group"].as_str().unwrap_or("");
        let want = churn[name] * 8.0 * (1.0 + growth / 100.0);
        let got = g["dr_required_mbps"].as_f64().unwrap();
        assert!((got - want).abs() < 1e-6, "{name}: {got} against {want}");
        total += got;
    }
    let estate = j["summary"]["dr"]["required_bandwidth_mbps"]
        .as_f64()
        .unwrap();
    assert!((total - estate).abs() < 1e-6, "{total} against {estate}");
}

/// Each group's sizes and costs are its machines' own, added up here from `machines[]` (each
/// machine's group checked against vInfo's Cluster as calamine reads it): how many were
/// sized, the chosen sizes' vCPU and memory, and with prices the pay-as-you-go compute and
/// storage with how many machines were priced. A machine without a size counts as not sized,
/// a part no machine is priced for is null, never 0.
#[test]
fn group_sizes_and_costs_add_up_from_the_machines() {
    let cluster: HashMap<String, String> = rows(RV, "vInfo")
        .into_iter()
        .map(|r| (r["VM"].clone(), r["Cluster"].clone()))
        .collect();
    let base = [
        RV,
        "-t",
        "asr-vmware",
        "--as-of",
        "2026-12-01",
        "--group-by",
        "cluster",
        "--vm-series",
        "Av2,Dasv5",
    ];
    let prices = ["--prices", "tests/fixtures/prices-westeurope.json"];
    #[derive(Default, Debug, PartialEq)]
    struct Sum {
        machines: u64,
        sized: u64,
        not_sized: u64,
        vcpus: u64,
        memory: f64,
        compute: Option<f64>,
        compute_priced: u64,
        storage: Option<f64>,
        storage_priced: u64,
    }
    let add = |s: &mut Option<f64>, n: &mut u64, v: &serde_json::Value| {
        if let Some(x) = v.as_f64() {
            *s = Some(s.unwrap_or(0.0) + x);
            *n += 1;
        }
    };
    for priced in [true, false] {
        let args: Vec<&str> = if priced {
            [&base[..], &prices[..]].concat()
        } else {
            base.to_vec()
        };
        let j = assess_json(&args);
        let mut by: BTreeMap<String, Sum> = BTreeMap::new();
        for m in j["machines"].as_array().unwrap() {
            let name = m["name"].as_str().unwrap();
            let group = m["group"]
                .as_str()
                .expect("a grouped machine names its group");
            assert_eq!(group, cluster[name], "{name}");
            assert!(m.get("wave").is_none() && m.get("owner").is_none());
            let s = &m["sizing"];
            let e = by.entry(group.to_string()).or_default();
            e.machines += 1;
            if s["vm_size"].is_null() {
                e.not_sized += 1;
                assert!(
                    s["monthly_compute"].is_null(),
                    "{name}: with_unsized, no cost"
                );
                continue;
            }
            e.sized += 1;
            e.vcpus += s["vcpus"].as_u64().unwrap();
            e.memory += s["memory_gib"].as_f64().unwrap();
            add(&mut e.compute, &mut e.compute_priced, &s["monthly_compute"]);
            add(&mut e.storage, &mut e.storage_priced, &s["monthly_storage"]);
        }
        let groups = j["summary"]["groups"]["groups"].as_array().unwrap();
        assert_eq!(groups.len(), by.len());
        let (mut with_unsized, mut partly, mut no_storage) = (0, 0, 0);
        for g in groups {
            let name = g["group"].as_str().unwrap();
            let want = &by[name];
            let z = &g["sizes"];
            assert_eq!(g["machines"].as_u64(), Some(want.machines), "{name}");
            assert_eq!(z["sized"].as_u64(), Some(want.sized), "{name}");
            assert_eq!(z["not_sized"].as_u64(), Some(want.not_sized), "{name}");
            assert_eq!(z["vcpus"].as_u64(), Some(want.vcpus), "{name}");
            assert!((z["memory_gib"].as_f64().unwrap() - want.memory).abs() < 1e-9);
            with_unsized += usize::from(want.not_sized > 0);
            if !priced {
                assert!(z.get("cost").is_none(), "{name}: no prices, no cost");
                continue;
            }
            let c = &z["cost"];
            assert_eq!(c["currency"], "EUR");
            assert_eq!(c["compute_priced"].as_u64(), Some(want.compute_priced));
            assert_eq!(c["storage_priced"].as_u64(), Some(want.storage_priced));
            for (got, sum) in [
                (&c["monthly_compute"], want.compute),
                (&c["monthly_storage"], want.storage),
            ] {
                match sum {
                    // The machines' figures are each to the cent; their sum within a cent
                    // per machine.
                    Some(w) => assert!(
                        (got.as_f64().unwrap() - w).abs() < 0.01 * want.machines as f64,
                        "{name}: {got} against {w}"
                    ),
                    None => assert!(got.is_null(), "{name}: nothing priced is null, not 0"),
                }
            }
            partly += usize::from(want.compute_priced < want.sized);
            no_storage += usize::from(want.storage.is_none());
        }
        assert!(
            with_unsized > 0,
            "a group with an with_unsized machine is tested"
        );
        if priced {
            assert!(
                partly > 0 && no_storage > 0,
                "partly priced groups are tested"
            );
        }
    }
    // The terminal says it, one line of sizes and one of costs per group.
    let args = [&["assess"][..], &base[..], &prices[..]].concat();
    let out = rehost_with(&args, &[("COLUMNS", "100")]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let block = text.split("Groups by cluster:").nth(1).unwrap();
    let cluster0: String = block.split("    Cluster1 (").next().unwrap().to_string();
    insta::assert_snapshot!("group_sizes_terminal_cluster0", cluster0);
    // Markdown, HTML and the workbook: a column of the same figures.
    let out = rehost(&[&args[..], &["-f", "md"]].concat());
    let md = String::from_utf8_lossy(&out.stdout).into_owned();
    let section = md.split("## Groups by cluster").nth(1).unwrap();
    let section = section.split("\n## ").next().unwrap();
    insta::assert_snapshot!("group_sizes_markdown", section);
    let j = assess_json(&[&base[..], &prices[..]].concat());
    let g0 = &j["summary"]["groups"]["groups"][0];
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("g.html");
    let out = rehost(&[&args[..], &["-o", page.to_str().unwrap()]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    let sized = format!(
        "sized {} of {} · {} vCPU",
        g0["sizes"]["sized"], g0["machines"], g0["sizes"]["vcpus"]
    );
    assert!(html.contains(&sized), "{sized}");
    let path = dir.path().join("g.xlsx");
    let out = rehost(&[&args[..], &["-o", path.to_str().unwrap()]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut wb = open_workbook_auto(&path).unwrap();
    let sheet = wb.worksheet_range("Groups").unwrap();
    let mut rows_ = sheet.rows().skip(2);
    let head: Vec<String> = rows_
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let col = |h: &str| {
        head.iter()
            .position(|x| x == h)
            .unwrap_or_else(|| panic!("{h}: {head:?}"))
    };
    let first = rows_.next().unwrap();
    assert_eq!(first[0].to_string(), "Cluster0");
    for (h, key) in [
        ("Sized", &g0["sizes"]["sized"]),
        ("Not sized", &g0["sizes"]["not_sized"]),
        ("vCPU of sizes", &g0["sizes"]["vcpus"]),
        ("Memory of sizes (GiB)", &g0["sizes"]["memory_gib"]),
        (
            "Monthly compute (EUR, pay as you go)",
            &g0["sizes"]["cost"]["monthly_compute"],
        ),
        (
            "Compute priced (machines)",
            &g0["sizes"]["cost"]["compute_priced"],
        ),
    ] {
        assert_eq!(first[col(h)].as_f64(), key.as_f64(), "{h}");
    }
    // Nothing priced: an empty cell, not 0.
    assert_eq!(first[col("Monthly storage (EUR)")].to_string(), "");
    // In Korean, no English of rehost's own.
    let ko = rehost(&[&args[..], &["--lang", "ko"]].concat());
    let ko = String::from_utf8_lossy(&ko.stdout).into_owned();
    assert!(
        ko.contains("대 크기 정함 · vCPU") && ko.contains("월 약 "),
        "{ko}"
    );
    let block = ko.split("Cluster0(").nth(1).unwrap();
    let left =
        super::korean_words::english_left(block, &super::korean_words::inventory_strings(RV));
    assert!(left.is_empty(), "{left:?}");
}

/// `machines[]` names a machine's group, wave and owner only when the run grouped machines:
/// a run without grouping writes the machine as it always did.
#[test]
fn machines_name_their_group_only_when_grouped() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("waves.csv");
    std::fs::write(
        &file,
        "Machine,Group,Wave,Owner\nvm-0000000,Payroll,1,Ann\n",
    )
    .unwrap();
    let j = assess_json(&[RV, "-t", "asr-vmware", "--groups", file.to_str().unwrap()]);
    let ms = j["machines"].as_array().unwrap();
    let m0 = ms.iter().find(|m| m["name"] == "vm-0000000").unwrap();
    assert_eq!(
        (
            m0["group"].as_str(),
            m0["wave"].as_str(),
            m0["owner"].as_str()
        ),
        (Some("Payroll"), Some("1"), Some("Ann"))
    );
    let other = ms.iter().find(|m| m["name"] == "vm-0000001").unwrap();
    assert!(other.get("group").is_none() && other.get("wave").is_none());
    // Without grouping: no group key anywhere, no groups in the summary.
    let j = assess_json(&[RV, "-t", "asr-vmware"]);
    assert!(
        j["machines"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m.get("group").is_none())
    );
    assert!(j["summary"].get("groups").is_none());
}
