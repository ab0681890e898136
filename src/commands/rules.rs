//! `rehost rules`: list, show and check the support matrices.

use crate::words::report::severity;
use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::cli::{RulesAction, RulesArgs};
use crate::rules::diff::{Change, MatrixDiff, diff};
use crate::rules::releases::{Kind, ReleaseNotes};
use crate::rules::{Date, Matrix, RuleSet};

pub fn run(args: RulesArgs) -> Result<ExitCode> {
    let lang = crate::words::Lang::chosen(args.lang)?;
    let mut out = String::new();
    match args.action.unwrap_or(RulesAction::List) {
        RulesAction::List => {
            let set = RuleSet::load(args.rules.as_deref())?;
            for m in set.matrices.values() {
                let count = crate::say!(lang, "cmd-rules-count", n = m.rules.len());
                let _ = writeln!(
                    out,
                    "{} {} — {} ({count})",
                    m.target(),
                    m.edition(),
                    crate::words::finding::matrix_title(&m.matrix, lang),
                );
                let _ = writeln!(out, "  {}", m.matrix.source);
                for r in &m.rules {
                    let title = crate::words::finding::rule_title(r, lang);
                    let _ = writeln!(
                        out,
                        "  {:<28} {} {title}",
                        r.id,
                        crate::report::pad(severity(lang, r.severity), 9)
                    );
                }
            }
        }
        RulesAction::Kinds => kinds(&mut out, lang),
        RulesAction::Show { id } => {
            let set = RuleSet::load(args.rules.as_deref())?;
            let found = set.find_rule(&id);
            if found.is_empty() {
                return Err(super::Usage::NoRule(id).into());
            }
            for (m, r) in found {
                let (title, message, remediation) = (
                    crate::words::finding::rule_title(r, lang),
                    crate::words::finding::rule_message(r, lang),
                    crate::words::finding::remediation(r, lang),
                );
                let _ = writeln!(out, "{} — {title}", r.id);
                // Labels padded to one width, Hangul counted as two columns.
                let label = |id| crate::report::pad(crate::words::report::label(lang, id), 13);
                let _ = writeln!(
                    out,
                    "  {}{} {} ({})",
                    label("cmd-show-matrix"),
                    m.target(),
                    m.edition(),
                    crate::words::finding::matrix_title(&m.matrix, lang)
                );
                let _ = writeln!(
                    out,
                    "  {}{}",
                    label("cmd-show-severity"),
                    severity(lang, r.severity)
                );
                if let Some(w) = &r.when {
                    let _ = writeln!(
                        out,
                        "  {}{}",
                        label("cmd-show-applies-to"),
                        crate::words::check::when(w, lang)
                    );
                }
                let _ = writeln!(
                    out,
                    "  {}{}",
                    label("cmd-show-checks"),
                    crate::words::check::describe(&r.check, lang)
                );
                let _ = writeln!(out, "  {}{message}", label("cmd-show-message"));
                let _ = writeln!(out, "  {}{remediation}", label("cmd-show-remediation"));
                let _ = writeln!(out, "  {}{}", label("cmd-show-reference"), r.reference);
                let _ = writeln!(out, "  {}{}", label("cmd-show-defined-in"), m.origin);
                out.push('\n');
            }
            // The release notes that amend the rule, once per target.
            let mut targets: Vec<&str> = found_targets(&set, &id);
            targets.dedup();
            for t in targets {
                if let Some(n) = set.releases.get(t) {
                    release_changes(&mut out, n, &id, lang);
                }
            }
        }
        RulesAction::Check { file } => {
            let text = crate::rules::RulesError::read(&file)?;
            if file.file_name().is_some_and(|n| n == "releases.toml") {
                // Release notes: checked against the target's matrices (shipped and --rules).
                let n = ReleaseNotes::parse(&text, &file.display().to_string())?;
                let set = RuleSet::load(args.rules.as_deref())?;
                n.check_against(&set.editions(&n.source.target))?;
                let changes: usize = n.releases.iter().map(|r| r.changes.len()).sum();
                let _ = writeln!(
                    out,
                    "{}",
                    crate::say!(
                        lang,
                        "cmd-check-releases-ok",
                        file = file.display().to_string(),
                        target = n.source.target.as_str(),
                        releases = n.releases.len(),
                        changes = changes
                    )
                );
                std::io::stdout().lock().write_all(out.as_bytes())?;
                return Ok(ExitCode::SUCCESS);
            }
            let m = Matrix::parse(&text, &file.display().to_string())?;
            m.check_caps()
                .map_err(|why| crate::rules::RulesError::Over {
                    file: file.display().to_string(),
                    why,
                })?;
            let _ = writeln!(
                out,
                "{}",
                crate::say!(
                    lang,
                    "cmd-check-matrix-ok",
                    file = file.display().to_string(),
                    target = m.target(),
                    edition = m.edition().to_string(),
                    n = m.rules.len()
                )
            );
        }
        RulesAction::Diff { target, from, to } => {
            let set = RuleSet::load(args.rules.as_deref())?;
            let (old, new) = pick_pair(&set, &target, from.as_deref(), to.as_deref())?;
            out.push_str(&render_diff(&diff(old, new), lang));
            // The releases announced in the same span: after FROM up to TO (dates given), else
            // after the older edition up to the newer (today, when TO is not given).
            let day = |d: Option<&str>| d.and_then(|d| Date::parse(d).ok());
            let after = day(from.as_deref()).unwrap_or(old.edition());
            let until = day(to.as_deref()).unwrap_or(if from.is_some() {
                Date::today()
            } else {
                new.edition()
            });
            if let Some(n) = set.releases.get(&target) {
                out.push_str(&render_releases(n, after, until, lang));
            }
        }
    }
    // Fitted to the terminal: a long list or remedy hangs under its label.
    let out = crate::report::fit::lines(
        &out,
        crate::report::compact::known_width().unwrap_or(usize::MAX),
    );
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The two editions `rules diff` compares: in force on FROM and on TO (dates), else the two
/// newest, else FROM's against the newest.
fn pick_pair<'a>(
    set: &'a RuleSet,
    target: &str,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(&'a Matrix, &'a Matrix)> {
    let eds = set.editions(target);
    if eds.is_empty() {
        return Err(super::Usage::NoTarget {
            target: target.to_string(),
            known: set.targets().join(", "),
        }
        .into());
    }
    let at = |d: &str, which: &str| -> Result<&'a Matrix> {
        let date = Date::parse(d).context(which.to_string())?;
        let sel = set.select(&[target.to_string()], Some(date))?;
        Ok(sel.matrices[0])
    };
    let newest = *eds.last().expect("not empty");
    let pair = match (from, to) {
        (None, _) => {
            if eds.len() < 2 {
                return Err(super::Usage::OneEdition {
                    target: target.to_string(),
                    edition: newest.edition().to_string(),
                }
                .into());
            }
            (eds[eds.len() - 2], newest)
        }
        (Some(f), None) => (at(f, "FROM")?, newest),
        (Some(f), Some(t)) => (at(f, "FROM")?, at(t, "TO")?),
    };
    Ok(pair)
}

/// One edition's date, page and the copy its text was read from.
fn edition_line(label: &str, m: &Matrix, lang: crate::words::Lang) -> String {
    let label = crate::report::pad(label, 4);
    let mut s = format!("  {label} {}  {}\n", m.edition(), m.matrix.source);
    if let Some(p) = &m.matrix.provenance {
        let read_from = crate::words::report::label(lang, "cmd-diff-read-from");
        let _ = writeln!(s, "       {read_from} {p}");
    }
    s
}

fn render_diff(d: &MatrixDiff, lang: crate::words::Lang) -> String {
    let word = |id| crate::words::report::label(lang, id);
    let mut out = format!(
        "{}: {} → {}\n",
        d.old.target(),
        d.old.edition(),
        d.new.edition()
    );
    out.push_str(&edition_line(word("cmd-diff-from"), d.old, lang));
    out.push_str(&edition_line(word("cmd-diff-to"), d.new, lang));
    if d.old.edition() == d.new.edition() {
        let _ = writeln!(out, "  {}", word("cmd-diff-same-edition"));
        return out;
    }
    if d.is_empty() {
        let _ = writeln!(out, "  {}", word("cmd-diff-no-rule-changed"));
    }
    let title = |r| crate::words::finding::rule_title(r, lang);
    for c in &d.changed {
        let changed = crate::report::pad(word("cmd-diff-changed"), 7);
        let _ = writeln!(out, "  {changed} {:<24} {}", c.new.id, title(c.new));
        for ch in &c.changes {
            let (what, old, new) = crate::words::check::change(ch, lang);
            match ch {
                Change::Title => {
                    let _ = writeln!(out, "      {what}: {} → {}", title(c.old), title(c.new));
                }
                Change::Severity { .. } | Change::When { .. } | Change::Check { .. } => {
                    let _ = writeln!(out, "      {what}: {old} → {new}");
                }
                Change::List { added, removed, .. } => {
                    if !added.is_empty() {
                        let label = crate::report::pad(word("cmd-diff-list-added"), 8);
                        let _ = writeln!(out, "      {what} {label} {}", added.join(", "));
                    }
                    if !removed.is_empty() {
                        let label = crate::report::pad(word("cmd-diff-list-removed"), 8);
                        let _ = writeln!(out, "      {what} {label} {}", removed.join(", "));
                    }
                }
            }
        }
    }
    for r in &d.added {
        let added = crate::report::pad(word("cmd-diff-added"), 7);
        let _ = writeln!(out, "  {added} {:<24} {}", r.id, title(r));
        let _ = writeln!(
            out,
            "      {}",
            crate::words::check::describe(&r.check, lang)
        );
    }
    for r in &d.removed {
        let removed = crate::report::pad(word("cmd-diff-removed"), 7);
        let _ = writeln!(out, "  {removed} {:<24} {}", r.id, title(r));
    }
    if !d.reworded.is_empty() {
        let ids = d.reworded.join(", ");
        let _ = writeln!(
            out,
            "  {}",
            crate::say!(lang, "cmd-diff-reworded", ids = ids)
        );
    }
    out
}

/// The targets whose editions hold rule `id`, in order.
fn found_targets<'a>(set: &'a RuleSet, id: &str) -> Vec<&'a str> {
    let mut t: Vec<&str> = set.find_rule(id).iter().map(|(m, _)| m.target()).collect();
    t.sort();
    t
}

/// What a change does to its rule, in words: `adds oracle-linux 8.10, alma 8.6..=8.10`.
fn change_words(c: &crate::rules::releases::Change, lang: crate::words::Lang) -> String {
    let specs = |v: &Option<Vec<crate::rules::spec::OsSpec>>| {
        v.iter()
            .flatten()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match c.kind() {
        Kind::Adds => crate::say!(lang, "cmd-change-adds", specs = specs(&c.adds)),
        Kind::Withdraws => crate::say!(lang, "cmd-change-withdraws", specs = specs(&c.withdraws)),
        Kind::Replaces => crate::say!(
            lang,
            "cmd-change-replaces",
            check = c
                .check
                .as_ref()
                .map(|k| crate::words::check::describe(k, lang))
                .unwrap_or_default()
        ),
    }
}

/// A release as a line names it: `UR78 Update Rollup 78, April 2025 (Mobility service 9.64)`.
fn release_line(rel: &crate::rules::releases::Release, lang: crate::words::Lang) -> String {
    let comps = if rel.components.is_empty() {
        String::new()
    } else {
        format!(" ({})", rel.components)
    };
    format!(
        "{} {}, {}{comps}",
        rel.id,
        crate::words::finding::release_name(rel, lang),
        crate::words::finding::release_date(rel.date, lang)
    )
}

/// `rules show`: the releases that amend rule `id`, with the page they come from.
fn release_changes(out: &mut String, n: &ReleaseNotes, id: &str, lang: crate::words::Lang) {
    let mut first = true;
    for rel in &n.releases {
        for c in rel
            .changes
            .iter()
            .filter(|c| c.rule.eq_ignore_ascii_case(id))
        {
            if first {
                let _ = writeln!(
                    out,
                    "{} {} — {} ({})",
                    c.rule,
                    crate::words::report::label(lang, "cmd-in-release-notes"),
                    crate::words::finding::notes_title(&n.source, lang),
                    n.source.page
                );
                first = false;
            }
            let _ = writeln!(
                out,
                "  {}: {}",
                release_line(rel, lang),
                change_words(c, lang)
            );
            let _ = writeln!(out, "      \"{}\"", c.text);
            let _ = writeln!(out, "      {}", rel.reference);
        }
    }
    if !first {
        for p in &n.source.provenance {
            let read_from = crate::words::report::label(lang, "cmd-read-from");
            let _ = writeln!(out, "  {read_from} {p}");
        }
        out.push('\n');
    }
}

/// `rules diff`: the releases whose first possible day falls after `after` up to `until`.
fn render_releases(n: &ReleaseNotes, after: Date, until: Date, lang: crate::words::Lang) -> String {
    let en = crate::words::Lang::En;
    let mut out = String::new();
    let in_span: Vec<_> = n
        .releases
        .iter()
        .filter(|r| r.date.first() > after && r.date.first() <= until && !r.changes.is_empty())
        .collect();
    let head = crate::say!(
        lang,
        "cmd-diff-releases",
        page = n.source.page.as_str(),
        after = after.to_string(),
        until = until.to_string()
    );
    let _ = writeln!(out, "  {head}");
    if in_span.is_empty() {
        let none = crate::words::report::label(lang, "cmd-diff-no-release");
        let _ = writeln!(out, "    {none}");
    }
    for rel in in_span {
        let _ = writeln!(out, "    {}", release_line(rel, en));
        for c in &rel.changes {
            let _ = writeln!(out, "      {:<24} {}", c.rule, change_words(c, en));
            let _ = writeln!(out, "        \"{}\"", c.text);
        }
    }
    out
}

/// `rules kinds`: every check kind with its doc paragraph (wrapped at 80 terminal columns; a
/// Hangul syllable takes two) and example.
fn kinds(out: &mut String, lang: crate::words::Lang) {
    let n = crate::rules::check::KINDS.len();
    let _ = writeln!(out, "{}", crate::say!(lang, "cmd-kinds-head", n = n));
    for k in crate::rules::check::KINDS {
        let _ = writeln!(out, "\n{}", k.name);
        let doc = crate::words::rules::kind_doc(k.name, lang).unwrap_or_default();
        let width = crate::report::width;
        let mut line = String::from(" ");
        for word in doc.split_whitespace() {
            if width(&line) + 1 + width(word) > 78 {
                let _ = writeln!(out, "{line}");
                line = String::from(" ");
            }
            line.push(' ');
            line.push_str(word);
        }
        let _ = writeln!(out, "{line}");
        let eg = crate::words::report::label(lang, "cmd-kinds-example");
        let _ = writeln!(out, "  {eg} {}", k.example);
    }
}
