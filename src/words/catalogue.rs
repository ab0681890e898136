//! rehost's own words, one Fluent catalogue per language (`locales/<code>.ftl`), compiled into
//! the binary. Everything below the words layer is typed; a sentence is made here, from a
//! message id and its arguments, in the reader's language.
//!
//! Fluent (Project Fluent, the format Firefox and the Rust ecosystem's localisation crates use)
//! rather than a table of `format!` strings: a translator sees a whole sentence with named
//! placeholders, may reorder them (Korean puts the verb last), and picks plural and other
//! variants inside the message, never in Rust. Placeables are not wrapped in Unicode
//! isolation marks: the output is plain text, CSV and workbook cells, where those marks would
//! be invisible noise.
//!
//! A pseudo-locale, used only by the tests (`REHOST_PSEUDO_LOCALE=1` with English), renders
//! every text of the English catalogue with accented look-alike letters and no ASCII letter:
//! any plain English word left in an output then came from outside the catalogue.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// The catalogue's text per language, in [`Lang::ALL`]'s order.
pub(crate) const SOURCES: &[(Lang, &str)] = &[
    (Lang::En, include_str!("../../locales/en.ftl")),
    (Lang::Ko, include_str!("../../locales/ko.ftl")),
];

/// One argument of a message: text as given, or a number (for plural and other selectors; it
/// prints as Rust prints it).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Text(s)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, text)| {
                let id = lang
                    .code()
                    .parse()
                    .expect("a language code is a language id");
                let mut b = FluentBundle::new_concurrent(vec![id]);
                b.set_use_isolating(false);
                // `PAD($n)`: a number in two digits at least (an ISO date's month and day).
                let _ = b.add_function("PAD", |pos, _| match pos.first() {
                    Some(FluentValue::Number(n)) => {
                        FluentValue::String(Cow::Owned(format!("{:02}", n.value as i64)))
                    }
                    _ => FluentValue::Error,
                });
                // `JOSA($word, "은")`: the word followed by the Korean particle that fits how it
                // is read (`CentOS 7 (64-bit)은`, `Windows Server 2019는`), never `은(는)`.
                let _ = b.add_function("JOSA", |pos, _| josa(pos, true));
                // `PARTICLE($word, "으로")`: the particle alone, where something the reader
                // does not sound comes between (`` `{ $new }`{ PARTICLE($new, "으로") } ``).
                let _ = b.add_function("PARTICLE", |pos, _| josa(pos, false));
                if *lang == Lang::En && pseudo() {
                    b.set_transform(Some(pseudo_text));
                }
                // A syntax error is caught by the catalogue's tests; a message that failed to
                // parse is then missing, and `say` names it.
                let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                let _ = b.add_resource(res);
                b
            })
            .collect()
    });
    let i = SOURCES.iter().position(|(l, _)| *l == lang).unwrap_or(0);
    &all[i]
}

/// `JOSA`/`PARTICLE`'s work: the first argument's text, followed (`with_word`) or not by the
/// form of the particle named by the second that fits it.
fn josa<'a>(pos: &[FluentValue<'a>], with_word: bool) -> FluentValue<'a> {
    let word = match pos.first() {
        Some(FluentValue::String(s)) => s.to_string(),
        Some(FluentValue::Number(n)) => n.as_string().into_owned(),
        _ => return FluentValue::Error,
    };
    let Some(FluentValue::String(asked)) = pos.get(1) else {
        return FluentValue::Error;
    };
    let p = super::josa::particle(&word, asked).unwrap_or(asked);
    FluentValue::String(Cow::Owned(if with_word {
        format!("{word}{p}")
    } else {
        p.to_string()
    }))
}

/// The message `id` in `lang` with its arguments. Every id the code uses exists in every
/// catalogue (tested); were one missing, the id itself shows, in brackets, rather than a
/// panic or a silent blank.
pub fn say(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return format!("[{id}]");
    };
    let mut fa = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        match v {
            Arg::Text(t) => fa.set(*k, FluentValue::String(t.clone())),
            Arg::Number(n) => fa.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fa), &mut errors)
        .into_owned()
}

/// `say!(lang, "message-id", name = value, …)`: a message of the catalogue in `lang`.
#[macro_export]
macro_rules! say {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::words::catalogue::say($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::words::catalogue::say(
            $lang,
            $id,
            &[$((stringify!($k), $crate::words::catalogue::Arg::from($v))),+],
        )
    };
}

/// Whether the tests' pseudo-locale is on (`REHOST_PSEUDO_LOCALE=1`, read once).
pub fn pseudo() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("REHOST_PSEUDO_LOCALE").is_some_and(|v| v == "1"))
}

/// Text in the pseudo-locale when it is on (a rule's English title or message, which lives in
/// `rules/`, not in the catalogue), else as it is.
pub fn pseudo_if_on(text: &str) -> Cow<'_, str> {
    if pseudo() {
        pseudo_text(text)
    } else {
        Cow::Borrowed(text)
    }
}

/// Every ASCII letter as an accented look-alike, so that the text stays readable in a test's
/// failure and no plain English word survives.
fn pseudo_text(s: &str) -> Cow<'_, str> {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'đ', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'ƥ', 'ʠ', 'ŕ',
        'š', 'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Á', 'Ɓ', 'Ç', 'Đ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Ƥ', 'Ɋ', 'Ŕ',
        'Š', 'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    if !s.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                'a'..='z' => LOWER[(c as u8 - b'a') as usize],
                'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
                _ => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Every message id with the variables it uses, per language.
    fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
        let res = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errs)| panic!("the catalogue does not parse: {errs:?}"));
        let mut out = BTreeMap::new();
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, vars);
                }
                for a in &arguments.named {
                    inline_vars(&a.value, vars);
                }
            }
            _ => {}
        }
    }

    /// Every language has every English message, with the same placeholders, and no message
    /// English lacks; the failure names what each language is missing.
    #[test]
    fn every_language_has_every_message_with_its_placeholders() {
        let en = messages(SOURCES[0].1);
        assert!(!en.is_empty(), "the English catalogue is empty");
        let mut problems = Vec::new();
        for (lang, text) in &SOURCES[1..] {
            let other = messages(text);
            for (id, vars) in &en {
                match other.get(id) {
                    None => problems.push(format!("{}: missing {id}", lang.code())),
                    Some(v) if v != vars => problems.push(format!(
                        "{}: {id} uses {v:?}, English {vars:?}",
                        lang.code()
                    )),
                    _ => {}
                }
            }
            for id in other.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!("{}: {id} is not in English", lang.code()));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Every language the code knows has a catalogue.
    #[test]
    fn every_language_has_a_catalogue() {
        for lang in Lang::ALL {
            assert!(
                SOURCES.iter().any(|(l, _)| l == lang),
                "{} has no catalogue in SOURCES",
                lang.code()
            );
        }
    }

    /// Every message the code names exists in the catalogue: each `say!(…, "id")`, and each
    /// report, error or command-line id passed as text (`label(lang, "rep-…")`).
    #[test]
    fn every_message_the_code_says_exists() {
        let en = messages(SOURCES[0].1);
        let re =
            regex::Regex::new(r#"say!\(\s*[^,]+,\s*"([a-z0-9-]+)"|"((?:rep|err|cmd)-[a-z0-9-]+)""#)
                .unwrap();
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs")
                    && !p.ends_with("words/catalogue.rs")
                {
                    let text = std::fs::read_to_string(&p).unwrap();
                    for c in re.captures_iter(&text) {
                        let id = c.get(1).or(c.get(2)).map_or("", |m| m.as_str());
                        // Tests name a missing id on purpose (`rep-no-such-word`).
                        if !en.contains_key(id) && !id.contains("no-such") {
                            missing.push(format!("{}: {id}", p.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "not in locales/en.ftl:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn placeholders_are_filled_and_not_isolated() {
        let s = say!(Lang::En, "unknown-gap", what = "OS", gap = "empty cell");
        assert_eq!(s, "OS: empty cell");
        assert_eq!(say!(Lang::En, "no-such-message"), "[no-such-message]");
    }

    #[test]
    fn a_day_is_worded_as_each_language_writes_it() {
        let d = |lang| say!(lang, "day", year = 2027u32, month = 1u32, day = 5u32);
        assert_eq!(d(Lang::En), "2027-01-05");
        assert_eq!(d(Lang::Ko), "2027년 1월 5일");
    }

    /// `JOSA` and `PARTICLE` in a message pick the particle from the value they follow.
    #[test]
    fn a_korean_message_picks_its_particle_from_the_value() {
        let os = |raw| say!(Lang::Ko, "finding-os-unrecognised", raw = raw);
        assert_eq!(
            os("CentOS 7 (64-bit)"),
            "OS CentOS 7 (64-bit)은 카탈로그에서 알 수 없는 OS입니다"
        );
        assert_eq!(
            os("Windows Server 2019"),
            "OS Windows Server 2019는 카탈로그에서 알 수 없는 OS입니다"
        );
        let diff = say!(Lang::Ko, "rep-diff-md-title", old = "a.json", new = "7");
        assert_eq!(diff, "`a.json`에서 `7`로 바뀐 점");
        let near = say!(Lang::Ko, "err-no-machine-near", name = "vm", near = "vm1");
        assert_eq!(
            near,
            "인벤토리에 vm이라는 머신이 없습니다(vm1을 찾으셨나요?)"
        );
    }

    #[test]
    fn pseudo_text_leaves_no_ascii_letter() {
        let p = pseudo_text("Not ready: OS disk 4096 GB");
        assert!(!p.bytes().any(|b| b.is_ascii_alphabetic()), "{p}");
        assert!(p.contains("4096"));
    }
}
