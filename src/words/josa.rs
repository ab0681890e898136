//! Korean particles (조사) chosen from the word they follow: `CentOS 7 (64-bit)은`,
//! `Windows Server 2019는`, `데이터 디스크 1이`, `2016으로`, `7로`.
//!
//! Korean software writes `은(는)` only when it cannot know the word; rehost always knows it,
//! so it picks the particle as a reader would from the last *sounded* syllable: whether it
//! ends in a final consonant (받침), and for `으로/로` whether that consonant is ㄹ (which takes
//! `로`, as a vowel does). Hangul is read from its final consonant; a number as it is read in
//! Korean (`2016` 이천십육 ends in ㄱ, `2` 이 in a vowel, `10` 십 in ㅂ, `1,000` 천 in ㄴ);
//! Latin letters and common words as Korean readers say them (`OS` 오에스, `VM` 브이엠,
//! `GB` 기가바이트, `Windows` 윈도우즈, `R2` 알투 → the `2` is read 이); a bracketed tail
//! (`(64-bit)`) is skipped to the word before it, as a reader skips it.
//!
//! The catalogue calls it as the Fluent function `JOSA($word, "은")` (see
//! [`super::catalogue`]); a rule's Korean message gets it when its template is filled
//! (`{os}은 …`, see `super::finding`).

/// How a word ends when read aloud in Korean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// No final consonant (`서버`, `2`, `OS`).
    Vowel,
    /// A final consonant other than ㄹ (`VM` 엠, `2016` 육).
    Consonant,
    /// ㄹ as final consonant (`7` 칠, `Oracle` 오라클, `SQL` 엘): `로`, not `으로`.
    Rieul,
}

/// The particle pairs rehost writes: (after a consonant, after a vowel). Either form names the
/// pair. `으로/로` is the one pair where ㄹ goes with the vowel.
const PAIRS: &[(&str, &str)] = &[
    ("은", "는"),
    ("이", "가"),
    ("을", "를"),
    ("과", "와"),
    ("으로", "로"),
    ("이라는", "라는"),
    ("이나", "나"),
    ("이면", "면"),
];

/// The form of `particle`'s pair that goes after `word` (`None`: not a particle rehost knows).
pub fn particle(word: &str, particle: &str) -> Option<&'static str> {
    let (after_consonant, after_vowel) = *PAIRS
        .iter()
        .find(|(c, v)| *c == particle || *v == particle)?;
    let ending = ending(word);
    let vowel_like = match ending {
        Ending::Vowel => true,
        Ending::Rieul => after_consonant == "으로",
        Ending::Consonant => false,
    };
    Some(if vowel_like {
        after_vowel
    } else {
        after_consonant
    })
}

/// `word` followed by the right form of `particle` (the word alone when `particle` is not one
/// rehost knows: a typo shows, it does not vanish).
pub fn attach(word: &str, particle_form: &str) -> String {
    match particle(word, particle_form) {
        Some(p) => format!("{word}{p}"),
        None => format!("{word}{particle_form}"),
    }
}

/// Every particle form, the longest first, so that `으로` is not read as `으` + `로`.
fn forms() -> &'static [&'static str] {
    static FORMS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let mut f: Vec<&'static str> = PAIRS.iter().flat_map(|(c, v)| [*c, *v]).collect();
        f.sort_by_key(|f| std::cmp::Reverse(f.len()));
        f
    })
}

/// A rule's template (Korean or not) with its `{placeholder}`s filled by `value`, and the particle
/// written right after a placeholder (`{os}은 …`, `{actual}이 …`, `{limit}을 …`) made to fit
/// the value it follows. A particle is one only where a word ends after it (a blank,
/// punctuation or the end, not another syllable: `{name}이며` is the copula, left as is).
/// A placeholder `value` does not know stays as written.
pub fn fill_template(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            rest = &rest[open..];
            break;
        };
        let Some(v) = value(&rest[open + 1..close]) else {
            out.push_str(&rest[open..=close]);
            rest = &rest[close + 1..];
            continue;
        };
        rest = &rest[close + 1..];
        out.push_str(&v);
        for form in forms() {
            if let Some(after) = rest.strip_prefix(form)
                && !after.chars().next().is_some_and(is_hangul)
            {
                out.push_str(particle(&v, form).unwrap_or(form));
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How `word` ends when read aloud: its last sounded syllable.
pub fn ending(word: &str) -> Ending {
    let s = sounded(word);
    let Some(last) = s.chars().last() else {
        return Ending::Vowel;
    };
    if is_hangul(last) {
        return match (last as u32 - 0xAC00) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        };
    }
    if last.is_ascii_digit() {
        return number_ending(s);
    }
    latin_ending(s)
}

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

/// `word` without what a reader does not sound at its end: blanks, quotes, punctuation, and
/// bracketed tails (`CentOS 7 (64-bit)` → `CentOS 7`). A word that is nothing but a bracket
/// keeps its inside.
fn sounded(word: &str) -> &str {
    let mut s = word.trim_end();
    loop {
        let before = s;
        s = s.trim_end_matches(|c: char| !(c.is_alphanumeric() || matches!(c, ')' | ']' | '）')));
        for (open, close) in [('(', ')'), ('[', ']'), ('（', '）')] {
            if s.ends_with(close) {
                match s.rfind(open) {
                    Some(i) if !s[..i].trim().is_empty() => s = s[..i].trim_end(),
                    Some(i) => s = &s[i + open.len_utf8()..s.len() - close.len_utf8()],
                    None => s = &s[..s.len() - close.len_utf8()],
                }
            }
        }
        if s == before {
            return s;
        }
    }
}

/// How a number ending `s` is read in Korean (Sino-Korean numerals): its last digit's name
/// (영 일 이 삼 사 오 육 칠 팔 구), or for a whole number ending in zeros the unit read last
/// (십 백 천 만 억 조). Group commas are not read; after a decimal point every digit is.
fn number_ending(s: &str) -> Ending {
    let digits: String = s
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let (whole, fraction) = match digits.rsplit_once('.') {
        Some((w, f)) if !f.is_empty() => (w, Some(f)),
        _ => (digits.trim_end_matches('.'), None),
    };
    let digit = |d: char| match d {
        '0' => Ending::Consonant,         // 영
        '1' | '7' | '8' => Ending::Rieul, // 일, 칠, 팔
        '3' | '6' => Ending::Consonant,   // 삼, 육
        _ => Ending::Vowel,               // 이, 사, 오, 구
    };
    if let Some(f) = fraction {
        return f.chars().last().map_or(Ending::Vowel, digit);
    }
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    let significant = whole.trim_start_matches('0');
    if significant.is_empty() {
        return Ending::Consonant; // 영
    }
    let zeros = significant.len() - significant.trim_end_matches('0').len();
    match zeros {
        0 => digit(significant.chars().last().unwrap_or('0')),
        // 십, 백, 천, then 만 (up to 천만) and 억 (up to 천억); 조 from there on.
        1..=11 => Ending::Consonant,
        _ => Ending::Vowel,
    }
}

/// Words and units whose Korean reading rehost's texts end on, where spelling alone would
/// mislead (an acronym read as a word, a unit read in full). Lower-case keys.
const READINGS: &[(&str, Ending)] = &[
    ("bios", Ending::Vowel),       // 바이오스
    ("gb", Ending::Vowel),         // 기가바이트
    ("gib", Ending::Vowel),        // 기비바이트
    ("mb", Ending::Vowel),         // 메가바이트
    ("mib", Ending::Vowel),        // 메비바이트
    ("tb", Ending::Vowel),         // 테라바이트
    ("tib", Ending::Vowel),        // 테비바이트
    ("kb", Ending::Vowel),         // 킬로바이트
    ("mbps", Ending::Vowel),       // 메가바이트/초
    ("iops", Ending::Vowel),       // 아이옵스
    ("hat", Ending::Consonant),    // 레드햇
    ("oracle", Ending::Rieul),     // 오라클
    ("sql", Ending::Rieul),        // 에스큐엘
    ("debian", Ending::Consonant), // 데비안
    ("azure", Ending::Vowel),      // 애저
    ("linux", Ending::Vowel),      // 리눅스
    ("windows", Ending::Vowel),    // 윈도우즈
    ("vmware", Ending::Vowel),     // 브이엠웨어
    ("esxi", Ending::Vowel),       // 이에스엑스아이
    ("vcenter", Ending::Vowel),    // 브이센터
    ("ubuntu", Ending::Vowel),     // 우분투
    ("centos", Ending::Vowel),     // 센트오에스
    ("suse", Ending::Vowel),       // 수세
    ("rhel", Ending::Rieul),       // 알에이치이엘
    ("fifo", Ending::Vowel),       // 파이포
    ("raid", Ending::Vowel),       // 레이드
    ("scsi", Ending::Vowel),       // 스커지
    ("ide", Ending::Vowel),        // 아이디이
    ("sata", Ending::Vowel),       // 사타
    ("nvme", Ending::Vowel),       // 엔브이엠이
    ("uefi", Ending::Vowel),       // 유이에프아이
    ("xlsx", Ending::Vowel),       // 엑스엘에스엑스
    ("csv", Ending::Vowel),        // 씨에스브이
    ("json", Ending::Consonant),   // 제이슨
    ("html", Ending::Rieul),       // 에이치티엠엘
    ("toml", Ending::Rieul),       // 톰엘
    ("bit", Ending::Vowel),        // 비트
];

/// How a Latin-letter word is said in Korean: a known reading; an acronym (all capitals, up to
/// five letters) letter by letter (`OS` 에스, `VM` 엠, `SQL` 엘); any other word by its last
/// letters as Korean borrows English (`-m` ㅁ, `-n` ㄴ, `-ng` ㅇ, `-p` ㅂ as in 앱 and 백업,
/// `-l` ㄹ; otherwise a vowel:
/// `-k` 크, `-t` 트, `-s` 스, `-r` 어, `-e` silent after a vowel sound).
fn latin_ending(s: &str) -> Ending {
    let word: &str = s
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if word.is_empty() {
        // A symbol or a script rehost does not read (`%`, `±`): read as a vowel ending.
        return Ending::Vowel;
    }
    let lower = word.to_ascii_lowercase();
    if let Some((_, e)) = READINGS.iter().find(|(w, _)| *w == lower) {
        return *e;
    }
    let acronym = word.len() <= 5 && word.chars().all(|c| c.is_ascii_uppercase());
    let last = lower.chars().last().unwrap_or('a');
    if acronym || word.len() == 1 {
        // Letter names: 엘 엠 엔 알 end in a consonant; every other letter in a vowel.
        return match last {
            'l' | 'r' => Ending::Rieul,
            'm' | 'n' => Ending::Consonant,
            _ => Ending::Vowel,
        };
    }
    match last {
        'l' => Ending::Rieul,
        'm' | 'n' | 'p' => Ending::Consonant,
        'g' if lower.ends_with("ng") => Ending::Consonant,
        _ => Ending::Vowel,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per case: the word, the particle asked for, the form written.
    #[test]
    fn particles_follow_the_sounded_word() {
        let rows: &[(&str, &str, &str)] = &[
            // Hangul by its final consonant.
            ("서버", "은", "는"),
            ("디스크", "이", "가"),
            ("데이터 디스크 1", "이", "이"),
            ("파일", "을", "을"),
            ("머신", "을", "을"),
            ("관리 서버", "과", "와"),
            ("물리적 서버", "으로", "로"),
            ("파일", "으로", "로"),
            ("머신", "로", "으로"),
            ("파이프", "이", "가"),
            // Digits as read in Korean.
            ("0", "은", "은"),        // 영
            ("1", "은", "은"),        // 일
            ("2", "은", "는"),        // 이
            ("3", "은", "은"),        // 삼
            ("4", "은", "는"),        // 사
            ("5", "은", "는"),        // 오
            ("6", "은", "은"),        // 육
            ("7", "으로", "로"),      // 칠: ㄹ takes 로
            ("8", "으로", "로"),      // 팔
            ("9", "이", "가"),        // 구
            ("10", "은", "은"),       // 십
            ("100", "이", "이"),      // 백
            ("1,000", "이", "이"),    // 천
            ("10000", "을", "을"),    // 만
            ("2016", "으로", "으로"), // 이천십육
            ("2019", "는", "는"),     // 이천십구
            ("2,048", "을", "을"),    // 이천사십팔
            ("2,048", "으로", "로"),  // 팔: ㄹ
            ("2.5", "은", "는"),      // 이 점 오
            ("1.0", "은", "은"),      // 일 점 영
            ("14.04", "은", "는"),    // 십사 점 영사
            ("22.04", "이", "가"),
            // Latin letters and words as Korean readers say them.
            ("OS", "은", "는"), // 오에스
            ("VM", "은", "은"), // 브이엠
            ("VM", "으로", "으로"),
            ("SQL", "으로", "로"), // 에스큐엘
            ("GB", "을", "를"),    // 기가바이트
            ("2,048 GB", "이", "가"),
            ("5,120GB", "이", "가"),
            ("4 GiB", "을", "를"),
            ("R2", "은", "는"), // 알투 → 이
            ("Windows Server 2012 R2", "은", "는"),
            ("Windows Server 2019", "은", "는"),
            ("CentOS 7 (64-bit)", "은", "은"), // (64-bit) skipped: 칠
            ("CentOS 7 (64-bit)", "으로", "로"),
            ("Ubuntu 14.04", "은", "는"),
            ("Red Hat Enterprise Linux 8", "이", "이"), // 팔
            ("Oracle Linux", "은", "는"),               // 리눅스
            ("Debian", "은", "은"),                     // 데비안
            ("Oracle", "으로", "로"),
            ("BIOS", "을", "를"), // 바이오스
            ("UEFI", "을", "를"),
            ("Hyper-V", "이", "가"), // 브이
            ("VMware", "와", "와"),
            ("System Center", "와", "와"),    // 센터
            ("vm-01", "은", "은"),            // 일
            ("web-srv", "은", "는"),          // 에스알브이 read as a word: -v 브
            ("backup", "이", "이"),           // 백업
            ("network", "이", "가"),          // 네트워크
            ("`reports/a.json`", "을", "을"), // 제이슨
            ("\"CentOS 7\"", "은", "은"),     // quotes not sounded
            ("DR 정책 파일", "이", "이"),
            ("파이프(FIFO)", "이", "가"), // bracket skipped: 파이프
            ("(64-bit)", "은", "는"),     // only a bracket: read its inside, 비트
            ("", "은", "는"),
            // Copula forms.
            ("web01", "이라는", "이라는"),
            ("web02", "이라는", "라는"),
            ("vm1", "이나", "이나"),
            ("4,096GB", "이면", "면"),
            ("1,024", "이면", "면"), // 천이십사
            ("3", "이면", "이면"),   // 삼
        ];
        let mut wrong = Vec::new();
        for (word, asked, want) in rows {
            let got = particle(word, asked);
            if got != Some(*want) {
                wrong.push(format!("{word:?} + {asked}: {got:?}, want {want}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_rule_template_gets_the_particle_of_the_value_it_follows() {
        let v = |k: &str| match k {
            "os" => Some("Windows Server 2019".to_string()),
            "name" => Some("vm-07".to_string()),
            "actual" => Some("5,120GB".to_string()),
            "limit" => Some("4,095GB".to_string()),
            _ => None,
        };
        let cases = [
            (
                "{os}은 지원되는 게스트 OS 목록에 없습니다",
                "Windows Server 2019는 지원되는 게스트 OS 목록에 없습니다",
            ),
            ("{name}는 {actual} VM입니다", "vm-07은 5,120GB VM입니다"),
            (
                "{actual}이 {limit}을 넘습니다",
                "5,120GB가 4,095GB를 넘습니다",
            ),
            ("{name}으로 보호합니다", "vm-07로 보호합니다"),
            // The copula and a word that merely begins like a particle are left alone.
            ("{name}이며 {os}가능", "vm-07이며 Windows Server 2019가능"),
            ("{unknown}은 그대로", "{unknown}은 그대로"),
            ("{os}", "Windows Server 2019"),
        ];
        for (template, want) in cases {
            assert_eq!(fill_template(template, v), want, "{template}");
        }
    }

    #[test]
    fn attach_writes_the_word_and_its_particle_and_keeps_an_unknown_one() {
        assert_eq!(attach("CentOS 7 (64-bit)", "은"), "CentOS 7 (64-bit)은");
        assert_eq!(attach("Windows Server 2019", "은"), "Windows Server 2019는");
        assert_eq!(attach("VM", "의"), "VM의");
    }
}
