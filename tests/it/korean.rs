//! Korean rule text (issue: `--lang ko`): every rule of every edition has its title, message
//! and remediation in Korean, with the English message's placeholders, in the terms
//! Microsoft's Korean pages use (`rules/i18n/glossary-ko.toml`); `rules check` refuses a
//! Korean message whose placeholders differ.

use crate::common::{rehost, stderr};

fn hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

#[derive(serde::Deserialize)]
struct Glossary {
    term: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    en: String,
    ko: String,
    source: String,
    #[allow(dead_code)]
    #[serde(default)]
    note: String,
    /// Other spellings of the term that no Korean text may write.
    #[serde(default)]
    not: Vec<String>,
}

fn glossary() -> Glossary {
    toml::from_str(&std::fs::read_to_string("rules/i18n/glossary-ko.toml").unwrap()).unwrap()
}

/// A Fluent catalogue's messages by id, each with its continuation lines (comments and
/// blank lines left out).
fn catalogue(path: &str) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    let mut id = String::new();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with(' ') {
            if let Some(text) = out.get_mut(&id) {
                let text: &mut String = text;
                text.push('\n');
                text.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(" = ") {
            id = k.trim().to_string();
            out.insert(id.clone(), v.to_string());
        }
    }
    out
}

/// The other spellings of a glossary term that `text` writes.
fn second_spellings<'a>(glossary: &'a Glossary, text: &str) -> Vec<(&'a str, &'a str)> {
    let mut found = std::collections::BTreeSet::new();
    for t in &glossary.term {
        for n in &t.not {
            if text.contains(n.as_str()) {
                found.insert((t.ko.as_str(), n.as_str()));
            }
        }
    }
    found.into_iter().collect()
}

/// A term as a whole word or phrase, any case.
fn term_pattern(term: &str) -> regex::Regex {
    regex::Regex::new(&format!(r"(?i)\b{}\b", regex::escape(term))).unwrap()
}

#[test]
fn every_rule_of_every_edition_has_korean_text() {
    let set = rehost::rules::RuleSet::builtin().unwrap();
    let glossary = glossary();
    let patterns: Vec<regex::Regex> = glossary.term.iter().map(|t| term_pattern(&t.en)).collect();
    let spaced_unit = regex::Regex::new(r"\d (?:TB|GB|MB|KB|TiB|GiB|MiB|KiB)\b").unwrap();
    let particle_pair = regex::Regex::new(
        r"은\(는\)|이\(가\)|을\(를\)|와\(과\)|\((?:으|이|은|는|을|를|과|와|가)\)",
    )
    .unwrap();
    let mut rules = 0;
    let mut problems = Vec::new();
    for ((target, edition), mx) in &set.matrices {
        match &mx.matrix.ko {
            Some(k) if hangul(&k.title) => {}
            _ => problems.push(format!("{target} {edition}: no Korean title (ko.title)")),
        }
        for r in &mx.rules {
            rules += 1;
            let Some(ko) = &r.ko else {
                problems.push(format!("{target} {edition} {}: no Korean text", r.id));
                continue;
            };
            for (what, en, k) in [
                ("title", &r.title, &ko.title),
                ("message", &r.message, &ko.message),
                ("remediation", &r.remediation, &ko.remediation),
            ] {
                if !hangul(k) {
                    problems.push(format!(
                        "{target} {edition} {} {what}: not Korean: {k:?}",
                        r.id
                    ));
                }
                for (term, other) in second_spellings(&glossary, k) {
                    problems.push(format!(
                        "{target} {edition} {} {what}: {other:?} where the glossary says {term:?}: {k:?}",
                        r.id
                    ));
                }
                // No particle pair (`은(는)`): the filler picks the particle for a value, and
                // the rest of the text is known.
                if let Some(m) = particle_pair.find(k) {
                    problems.push(format!(
                        "{target} {edition} {} {what}: particle pair {:?}: {k:?}",
                        r.id,
                        m.as_str()
                    ));
                }
                // One ending per kind of text, as the English has: a message ends without a
                // period, a fix is a plain polite sentence (`…합니다.`), a title is no sentence.
                let ending_ok = match what {
                    "message" | "title" => !k.ends_with('.'),
                    _ => k.ends_with("다."),
                };
                if !ending_ok {
                    problems.push(format!("{target} {edition} {} {what}: ending: {k:?}", r.id));
                }
                // A number and its unit together (`2,048GB`), as the Korean matrices and
                // rehost's own Korean write them.
                if let Some(m) = spaced_unit.find(k) {
                    problems.push(format!(
                        "{target} {edition} {} {what}: {:?} spaced: {k:?}",
                        r.id,
                        m.as_str()
                    ));
                }
                for (t, p) in glossary.term.iter().zip(&patterns) {
                    if p.is_match(en) && !k.contains(&t.ko) {
                        problems.push(format!(
                            "{target} {edition} {} {what}: {:?} is {:?} in Korean: {k:?}",
                            r.id, t.en, t.ko
                        ));
                    }
                }
            }
            let mut a = rehost::rules::matrix::placeholders(&r.message);
            let mut b = rehost::rules::matrix::placeholders(&ko.message);
            a.sort();
            b.sort();
            if a != b {
                problems.push(format!(
                    "{target} {edition} {}: placeholders {a:?} ≠ {b:?}",
                    r.id
                ));
            }
        }
    }
    assert!(rules > 500, "{rules}");
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    for t in &glossary.term {
        assert!(
            !t.source.is_empty() && t.source != "to confirm",
            "{}: no source",
            t.en
        );
    }
}

/// rehost's own words follow the glossary as the rules' texts do: a Korean message whose
/// English says a glossary term writes the term's Korean, and no Korean message writes another
/// spelling of a term (`파이버 채널 디스크` where the glossary says `FC 디스크`).
#[test]
fn the_catalogue_writes_each_glossary_term_one_way() {
    let glossary = glossary();
    let en = catalogue("locales/en.ftl");
    let ko = catalogue("locales/ko.ftl");
    assert!(ko.len() > 500, "{}", ko.len());
    let placeable = regex::Regex::new(r"\{[^}]*\}").unwrap();
    // Text in backticks is a value typed as written (`provisioned`, `max`), not English prose.
    let code = regex::Regex::new(r"`[^`]*`").unwrap();
    let mut problems = Vec::new();
    for (id, k) in &ko {
        for (term, other) in second_spellings(&glossary, k) {
            problems.push(format!(
                "{id}: {other:?} where the glossary says {term:?}: {k:?}"
            ));
        }
        // A message the catalogue keeps in English on purpose ("Not yet in Korean") says no
        // Korean term.
        let Some(e) = en.get(id).filter(|_| hangul(k)) else {
            continue;
        };
        for t in &glossary.term {
            // The English of a Fluent placeable (`{ $x }`) is no word of the message.
            let words = placeable.replace_all(e, " ");
            let words = code.replace_all(&words, " ");
            if term_pattern(&t.en).is_match(&words) && !k.contains(&t.ko) {
                problems.push(format!("{id}: {:?} is {:?} in Korean: {k:?}", t.en, t.ko));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The check finds what it is for: a second spelling, in a message or a rule's text.
#[test]
fn a_second_spelling_of_a_glossary_term_is_found() {
    let glossary = glossary();
    assert_eq!(
        second_spellings(&glossary, "가상 파이버 채널 디스크는 지원되지 않습니다"),
        [("FC 디스크", "파이버 채널 디스크")]
    );
    assert!(second_spellings(&glossary, "FC 디스크는 지원되지 않습니다").is_empty());
    assert!(!second_spellings(&glossary, "조건부 준비(모두 확인)").is_empty());
    assert!(second_spellings(&glossary, "조건부로 준비됨(모두 확인)").is_empty());
}

#[test]
fn rules_check_refuses_a_korean_message_with_other_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("2024-01-01.toml");
    let rule = |ko_message: &str| {
        format!(
            "[matrix]\ntarget = \"contoso\"\ntitle = \"t\"\nedition = \"2024-01-01\"\nsource = \"https://example.org/p\"\napplies_to = [\"vmware\"]\n\n[[rule]]\nid = \"C-CORES\"\ntitle = \"Cores\"\nseverity = \"blocker\"\ncheck = {{ kind = \"cores-max\", max = 8 }}\nmessage = \"{{actual}} cores; at most {{limit}}\"\nremediation = \"Resize.\"\nko.title = \"코어\"\nko.message = \"{ko_message}\"\nko.remediation = \"크기를 조정합니다.\"\nreference = \"https://example.org/p#cores\"\n"
        )
    };
    std::fs::write(&f, rule("코어 {actual}개, 최대 {limit}개")).unwrap();
    let out = rehost(&["rules", "check", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::write(&f, rule("코어 {actual}개")).unwrap();
    let out = rehost(&["rules", "check", f.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    assert!(
        e.contains("C-CORES") && e.contains("Korean message's placeholders"),
        "{e}"
    );
}

/// The seed exam question with `--lang ko`: the verdicts and the reasons in Korean, in the
/// terminal's default view, its details and explain.
#[test]
fn the_exam_question_in_korean() {
    let args = [
        "assess",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "--target",
        "asr-hyperv",
        "--as-of",
        "2020-01-27",
        "--lang",
        "ko",
    ];
    let run = |extra: &[&str], env: &[(&str, &str)]| {
        let mut all = args.to_vec();
        all.extend_from_slice(extra);
        let out = crate::common::rehost_with(&all, env);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let compact = run(&[], &[("COLUMNS", "80")]);
    assert!(
        compact.contains("준비됨") && compact.contains("BitLocker 암호화"),
        "{compact}"
    );
    insta::assert_snapshot!("korean_terminal", compact);
    let details = run(&["--details"], &[]);
    assert!(details.contains("준비되지 않음"), "{details}");
    assert!(
        details.contains("BitLocker가 켜져 있습니다"),
        "the reason in Korean: {details}"
    );
    insta::assert_snapshot!("korean_details", details);
    // REHOST_LANG does what --lang does; --lang wins over it.
    let mut plain = args[..6].to_vec();
    plain.push("--details");
    let via_env = crate::common::rehost_with(&plain, &[("REHOST_LANG", "ko")]);
    assert_eq!(String::from_utf8(via_env.stdout).unwrap(), details);
    let bad = crate::common::rehost_with(&plain, &[("REHOST_LANG", "fr")]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("REHOST_LANG \"fr\": expected en or ko"));
    let explain = rehost(&[
        "explain",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "-m",
        "VM1",
        "-t",
        "asr-hyperv",
        "--as-of",
        "2020-01-27",
        "--lang",
        "ko",
    ]);
    let explain = String::from_utf8(explain.stdout).unwrap();
    let verdicts: String = explain
        .lines()
        .take_while(|l| !l.starts_with("OS 지원 상태"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(verdicts.contains("해결:"), "{verdicts}");
    insta::assert_snapshot!("korean_explain", verdicts);
}

/// Korean machine names take two columns a syllable: the columns still line up.
#[test]
fn korean_names_keep_the_columns_aligned() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("ko.csv");
    std::fs::write(
        &f,
        "Name,Operating system,Cores,Memory (GB),OS disk (GB),BitLocker,Gen\n\
         급여-DB-01,Windows Server 2019,4,16,127,Yes,1\n\
         web01,Windows Server 2019,2,8,127,No,1\n\
         인사관리-애플리케이션-서버-본사-전산실-02,Windows Server 2016,2,8,3000,No,1\n",
    )
    .unwrap();
    let out = crate::common::rehost_with(
        &[
            "assess",
            f.to_str().unwrap(),
            "-t",
            "asr-hyperv,azure-migrate",
            "--as-of",
            "2026-12-01",
            "--lang",
            "ko",
        ],
        &[("COLUMNS", "60")],
    );
    let text = String::from_utf8(out.stdout).unwrap();
    // The header's last line (a target's name may stand above it, stacked) and three rows.
    let rows: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("머신"))
        .take(4)
        .collect();
    // The second column starts at the same terminal column on every row.
    let col_of = |l: &str| {
        let marks = ['✓', '~', '✗', '?', '·', 'a'];
        let k = l
            .char_indices()
            .skip(2)
            .find(|(_, c)| marks.contains(c))
            .map(|(i, _)| i)
            .unwrap();
        rehost::report::width(&l[..k])
    };
    let starts: Vec<usize> = rows.iter().map(|l| col_of(l)).collect();
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "{starts:?}\n{text}"
    );
    for l in text.lines() {
        assert!(
            rehost::report::width(l) <= 60,
            "{l:?} is {} wide",
            rehost::report::width(l)
        );
    }
}

/// The workbook in Korean, read back: sheet names, headers, verdict words (coloured as the
/// English ones), the rules' Korean titles, messages and fixes.
#[test]
fn the_workbook_in_korean() {
    use calamine::{Reader, Xlsx, open_workbook};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ko.xlsx");
    let out = rehost(&[
        "assess",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "-t",
        "asr-hyperv",
        "--as-of",
        "2020-01-27",
        "--lang",
        "ko",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Support-end days are date cells shown as Excel's Korean long date.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
    assert!(
        styles.contains("formatCode=\"yyyy&quot;년&quot; m&quot;월&quot; d&quot;일&quot;\""),
        "{styles}"
    );
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "요약",
            "머신",
            "결과",
            "디스크",
            "재해 복구",
            "규칙",
            "데이터 품질",
            "자산 현황"
        ]
    );
    let text = |wb: &mut Xlsx<_>, name: &str| -> Vec<String> {
        wb.worksheet_range(name)
            .unwrap()
            .rows()
            .map(|r| {
                r.iter()
                    .map(super::common::cell_text)
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    };
    let machines = text(&mut wb, "머신");
    assert!(
        machines[0].starts_with("머신 | asr-hyperv 2020-01-27 | 실패한 차단 규칙 | Azure VM 크기"),
        "{}",
        machines[0]
    );
    assert!(
        machines[1].starts_with("VM1 | 준비되지 않음 | 1"),
        "{}",
        machines[1]
    );
    let findings = text(&mut wb, "결과");
    let vm1 = findings.iter().find(|l| l.starts_with("VM1 |")).unwrap();
    assert!(
        vm1.contains("BitLocker 암호화") && vm1.contains("BitLocker가 켜져 있습니다"),
        "{vm1}"
    );
    assert!(vm1.contains("차단 | 실패"), "{vm1}");
    let summary = text(&mut wb, "요약");
    assert!(
        summary.iter().any(|l| l.starts_with("대상별 준비 상태")),
        "{summary:#?}"
    );
    insta::assert_snapshot!("korean_workbook_machines", machines.join("\n"));
}

/// Markdown and JSON in Korean: headings and verdicts, the rules' words, the check's own
/// leading words; JSON keys and verdict codes stay English and `lang` says which text it is.
#[test]
fn markdown_and_json_in_korean() {
    let base = [
        "assess",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "-t",
        "asr-hyperv",
        "--as-of",
        "2020-01-27",
        "--lang",
        "ko",
        "-o",
        "-",
    ];
    let run = |format: &str| {
        let mut args = base.to_vec();
        args.extend_from_slice(&["-f", format]);
        String::from_utf8(rehost(&args).stdout).unwrap()
    };
    let md = run("md");
    assert!(md.starts_with("# 마이그레이션 준비 상태"), "{md}");
    assert!(
        md.contains("| VM1 | 준비되지 않음 | ASRHV-BITLOCKER: BitLocker가 켜져 있습니다"),
        "{md}"
    );
    let v: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(v["lang"], "ko");
    assert_eq!(v["rules"]["ASRHV-BITLOCKER"]["title"], "BitLocker 암호화");
    let vm1 = &v["machines"][0]["assessments"][0];
    assert_eq!(vm1["readiness"], "not-ready");
    assert!(
        vm1["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("켜져 있습니다")
    );
}

/// `rules show` and `rules list` in Korean: the rule's own words.
#[test]
fn rules_in_korean() {
    let out = rehost(&["rules", "show", "ASRHV-BITLOCKER", "--lang", "ko"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("ASRHV-BITLOCKER — BitLocker 암호화"),
        "{text}"
    );
    assert!(
        text.contains("\n  메시지:      BitLocker가 켜져 있습니다"),
        "{text}"
    );
    assert!(text.contains("\n  검사:        BitLocker 꺼짐\n"), "{text}");
    let out = rehost(&["rules", "list", "--lang", "ko"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("ASRHV-BITLOCKER              차단      BitLocker 암호화"),
        "{text}"
    );
    let plain = rehost(&["rules", "list"]);
    assert!(
        String::from_utf8(plain.stdout)
            .unwrap()
            .contains("ASRHV-BITLOCKER              blocker   BitLocker")
    );
}

/// `rules check` and `rules kinds` in Korean: a rule author reads what is wrong, or that the
/// file is fine, in their language; English unchanged.
#[test]
fn rules_check_and_kinds_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("releases.toml");
    std::fs::write(
        &f,
        "[source]\ntarget = \"asr-vmware\"\ntitle = \"t\"\npage = \"http://example.org/p\"\nprovenance = [\"x\"]\n",
    )
    .unwrap();
    let path = f.to_str().unwrap();
    let ko = stderr(&rehost(&["rules", "check", path, "--lang", "ko"]));
    assert_eq!(
        ko.trim_end(),
        format!("rehost: 오류: {path}:4: `page`는 https:// 주소여야 합니다")
    );
    let en = stderr(&rehost(&["rules", "check", path]));
    assert_eq!(
        en.trim_end(),
        format!("rehost: error: {path}:4: page must be an https:// address")
    );
    let ok = rehost(&[
        "rules",
        "check",
        "rules/asr-vmware/releases.toml",
        "--lang",
        "ko",
    ]);
    let text = String::from_utf8(ok.stdout).unwrap();
    assert!(
        text.starts_with("rules/asr-vmware/releases.toml: 정상 — asr-vmware 릴리스 정보, 릴리스 "),
        "{text}"
    );
    let kinds = String::from_utf8(rehost(&["rules", "kinds", "--lang", "ko"]).stdout).unwrap();
    assert!(kinds.starts_with("검사 종류 29개."), "{kinds}");
    assert!(
        kinds.contains("\ncores-max\n  코어(가상 CPU)가 최대 `max`개인지 봅니다.\n  예: "),
        "{kinds}"
    );
    // Wrapped at 80 terminal columns, a Hangul syllable taking two.
    let widest = kinds.lines().filter(|l| !l.contains("check = ")).map(|l| {
        l.chars()
            .map(|c| if c >= '\u{1100}' { 2 } else { 1 })
            .sum::<usize>()
    });
    assert!(widest.max().unwrap() <= 80);
}

/// `inspect --lang ko`: its own words in Korean; English unchanged.
#[test]
fn inspect_in_korean() {
    let ko = rehost(&[
        "inspect",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
        "--lang",
        "ko",
    ]);
    let text = String::from_utf8(ko.stdout).unwrap();
    assert!(
        text.contains("머리글 행 1") && text.contains("읽은 행 5, 머신 5"),
        "{text}"
    );
    assert!(text.contains("머신 5대"), "{text}");
    let en = rehost(&[
        "inspect",
        "inventories/exam/seed-q3-asr-hyperv-bitlocker.csv",
    ]);
    let text = String::from_utf8(en.stdout).unwrap();
    assert!(
        text.contains("header row 1") && text.contains("5 machine(s)"),
        "{text}"
    );
}

/// Disaster-recovery verdicts in Korean, in the terminal's summary.
#[test]
fn dr_verdicts_in_korean() {
    let out = crate::common::rehost_with(
        &[
            "assess",
            "inventories/dr-example.csv",
            "--dr-policy",
            "inventories/dr-policy.toml",
            "--as-of",
            "2026-12-01",
            "--lang",
            "ko",
        ],
        &[("COLUMNS", "100")],
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("asr-vmware: 충족 3 · 충족 불가 2"), "{text}");
}
