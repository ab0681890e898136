//! The README's sample outputs are what rehost prints: every code block that starts with a
//! `$ rehost …` line is run (100 columns, no colour) and its output compared with the rest of
//! the block, where a line that is only `…` stands for any number of lines and a `…` inside a
//! line for any text.

use crate::common::{rehost_with, stderr};

/// Whether `line` matches `pattern` with each `…` standing for any text.
fn line_matches(pattern: &str, line: &str) -> bool {
    let parts: Vec<&str> = pattern.split('…').collect();
    if parts.len() == 1 {
        return pattern == line;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !line.starts_with(first) || !line.ends_with(last) || line.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &line[first.len()..line.len() - last.len()];
    for p in &parts[1..parts.len() - 1] {
        match rest.find(p) {
            Some(k) => rest = &rest[k + p.len()..],
            None => return false,
        }
    }
    true
}

/// Whether `lines` match `pattern` lines, a lone `…` standing for any number of lines.
fn block_matches(pattern: &[&str], lines: &[&str]) -> bool {
    match pattern.split_first() {
        None => lines.is_empty(),
        Some((p, rest)) if p.trim() == "…" => {
            (0..=lines.len()).any(|k| block_matches(rest, &lines[k..]))
        }
        Some((p, rest)) => {
            !lines.is_empty() && line_matches(p, lines[0]) && block_matches(rest, &lines[1..])
        }
    }
}

#[test]
fn the_matcher_can_fail() {
    assert!(block_matches(&["a", "…", "d"], &["a", "b", "c", "d"]));
    assert!(!block_matches(&["a", "…", "d"], &["a", "b", "c"]));
    assert!(line_matches(
        "read from x@4f04… articles",
        "read from x@4f0478c5 articles"
    ));
    assert!(!line_matches(
        "read from x@4f05… articles",
        "read from x@4f0478c5 articles"
    ));
}

#[test]
fn readme_samples_are_what_rehost_prints() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let mut blocks = 0;
    let mut in_block = false;
    let mut current: Vec<&str> = Vec::new();
    // A block inside a list item is indented; its lines lose the fence's indent.
    let mut indent = 0;
    for line in readme.lines() {
        if line.trim_start().starts_with("```") {
            indent = line.len() - line.trim_start().len();
            if in_block && current.first().is_some_and(|l| l.starts_with("$ rehost ")) {
                let args: Vec<&str> = current[0]["$ rehost ".len()..].split_whitespace().collect();
                let out = rehost_with(&args, &[("COLUMNS", "100")]);
                assert!(out.status.success(), "{}: {}", current[0], stderr(&out));
                let text = String::from_utf8(out.stdout).unwrap();
                let got: Vec<&str> = text.lines().collect();
                assert!(
                    block_matches(&current[1..], &got),
                    "README sample for `{}` differs from what rehost prints:\n--- README\n{}\n--- rehost\n{}",
                    current[0],
                    current[1..].join("\n"),
                    text
                );
                blocks += 1;
            }
            in_block = !in_block;
            current.clear();
            continue;
        }
        if in_block {
            current.push(line.get(indent..).unwrap_or(line.trim_start()));
        }
    }
    assert!(blocks >= 6, "{blocks} samples checked");
}
