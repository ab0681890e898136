//! Inventory text never drives what shows it: escape and OSC sequences and bidi overrides in
//! machine names, OS strings, hosts and file names reach no terminal raw (assess, --details,
//! explain, inspect, diff, errors), and Markdown shows HTML and links as text.

use std::path::Path;
use std::process::Command;

/// Names and values a hostile export could carry.
const CLEAR: &str = "\x1b[2J\x1b[H";
const TITLE: &str = "\x1b]0;pwned\x07";
const LINK: &str = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\";
const BIDI: &str = "\u{202E}exe.txt";

fn inventory(dir: &Path) -> std::path::PathBuf {
    let p = dir.join("hostile.csv");
    let rows = [
        "Name,Platform,OS,Cores,Memory (GB),Host,BitLocker".to_string(),
        format!("vm-clear{CLEAR},VMware,Windows Server 2019,2,8,esx1,Yes"),
        format!("vm-title{TITLE},VMware,CentOS 6{TITLE},2,8,esx1,No"),
        format!("\"vm-link{LINK}\",VMware,Windows Server 2016,2,8,esx{LINK},No"),
        format!("vm-bidi{BIDI},VMware,Ubuntu 22.04,2,8,esx1,Yes"),
        "<img src=x onerror=alert(1)>,VMware,[x](javascript:alert(1)),2,8,esx1,Yes".to_string(),
    ];
    std::fs::write(&p, rows.join("\n") + "\n").unwrap();
    p
}

fn rehost(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rehost"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// Nothing a terminal acts on: no ESC, BEL, C1 control or bidi control, only new lines.
fn inert(what: &str, text: &str) {
    let bad: Vec<String> = text
        .chars()
        .filter(|c| {
            (c.is_control() && *c != '\n')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
        })
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(bad.is_empty(), "{what}: raw {bad:?} in\n{text}");
}

#[test]
fn terminal_outputs_show_escapes_instead_of_obeying_them() {
    let dir = tempfile::tempdir().unwrap();
    let inv = inventory(dir.path());
    let inv = inv.to_str().unwrap();
    let runs: Vec<(&str, Vec<&str>)> = vec![
        ("assess", vec!["assess", inv]),
        ("assess --details", vec!["assess", inv, "--details"]),
        (
            "assess ko",
            vec!["assess", inv, "--details", "--lang", "ko"],
        ),
        ("inspect", vec!["inspect", inv]),
        (
            "explain",
            vec!["explain", inv, "-m", "vm-clear\x1b[2J\x1b[H"],
        ),
    ];
    for (what, args) in runs {
        let (code, out) = rehost(&args);
        assert!(code == 0 || code == 1, "{what}: exit {code}\n{out}");
        inert(what, &out);
        // Shown, so a reader can see what the file holds.
        if what.starts_with("assess") {
            assert!(out.contains("vm-clear\\u{1b}[2J"), "{what}:\n{out}");
        }
    }
    let (_, out) = rehost(&["explain", inv, "-m", "vm-clear\x1b[2J\x1b[H"]);
    assert!(out.contains("\\u{1b}"), "{out}");
    // An error that quotes a file name shows it too.
    let bad = dir.path().join(format!("no{CLEAR}such.csv"));
    let (code, out) = rehost(&["assess", bad.to_str().unwrap()]);
    assert_eq!(code, 2, "{out}");
    inert("error", &out);
    assert!(out.contains("no\\u{1b}[2J"), "{out}");
}

#[test]
fn markdown_shows_html_and_links_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let inv = inventory(dir.path());
    let md = dir.path().join("r.md");
    let (code, out) = rehost(&["assess", inv.to_str().unwrap(), "-o", md.to_str().unwrap()]);
    assert!(code == 0 || code == 1, "{out}");
    let text = std::fs::read_to_string(&md).unwrap();
    inert("markdown", &text);
    assert!(!text.contains("<img"), "{text}");
    assert!(
        text.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{text}"
    );
    assert!(!text.contains("[x](javascript:"), "{text}");
    assert!(text.contains("\\[x\\](javascript:"), "{text}");
    assert!(text.contains("\\u{1b}"), "{text}");
}
