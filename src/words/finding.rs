//! A finding's words: the rule's own texts (title, message, fix, kept in `rules/` with their
//! Korean beside them) picked in the reader's language. The English is shown in the
//! pseudo-locale when the tests ask for it, as the catalogue's words are.

use super::model::{GapIn, LabelIn, NameIn, WordsIn};
use super::quantity::{disk_name, quantity};
use std::borrow::Cow;

use super::{Lang, pseudo_if_on};
use crate::rules::matrix::{Header, Rule};

/// The rule's text in `lang`: its Korean where it has one and the reader reads Korean, else
/// its English (in the pseudo-locale when that is on).
fn pick<'r>(en: &'r str, ko: Option<&'r str>, lang: Lang) -> Cow<'r, str> {
    match (ko, lang) {
        (Some(k), Lang::Ko) => Cow::Borrowed(k),
        _ => pseudo_if_on(en),
    }
}

/// A rule's title in `lang`.
pub fn rule_title(rule: &Rule, lang: Lang) -> Cow<'_, str> {
    pick(
        &rule.title,
        rule.ko.as_ref().map(|k| k.title.as_str()),
        lang,
    )
}

/// A rule's fix in `lang`.
pub fn remediation(rule: &Rule, lang: Lang) -> Cow<'_, str> {
    pick(
        &rule.remediation,
        rule.ko.as_ref().map(|k| k.remediation.as_str()),
        lang,
    )
}

/// A rule's message template in `lang`, as `rules show` and the Rules sheet quote it.
pub fn rule_message(rule: &Rule, lang: Lang) -> Cow<'_, str> {
    pick(
        &rule.message,
        rule.ko.as_ref().map(|k| k.message.as_str()),
        lang,
    )
}

/// A matrix's title in `lang`.
pub fn matrix_title(header: &Header, lang: Lang) -> Cow<'_, str> {
    pick(
        &header.title,
        header.ko.as_ref().map(|k| k.title.as_str()),
        lang,
    )
}

// ---------------------------------------------------------------------------------------
// A finding's message: the rule's template filled with the typed values it quotes when it
// fails, and the catalogue's sentences for every other outcome and reason.

use crate::model::{Machine, Value};
use crate::rules::Selection;
use crate::rules::check::{Bound, Eval, FilterWhy, Later, Outcome, Quantity, Role, Subject, Why};
use crate::rules::eval::Finding;
use crate::rules::matrix::Matrix;
use crate::rules::releases::{Amendment, Cite, Effect, EffectCode, ReleaseDate};
use crate::say;

/// What a finding's words need besides the finding and the machine: its matrix, the release
/// changes in force for its rules, and the next edition when its undated changes may apply.
#[derive(Debug, Clone, Copy)]
pub struct Of<'a> {
    pub matrix: &'a Matrix,
    /// `releases[i]`: the changes in force for rule `i` (empty: none).
    pub releases: &'a [Vec<Amendment<'a>>],
    pub next: Option<&'a Matrix>,
}

impl<'a> Of<'a> {
    /// Matrix `j` of a selection.
    pub fn in_selection(sel: &'a Selection<'a>, j: usize) -> Of<'a> {
        Of {
            matrix: sel.matrices[j],
            releases: sel.releases.get(j).map_or(&[][..], |r| r.as_slice()),
            next: sel.pending.get(j).copied().flatten(),
        }
    }
    /// A matrix alone, without releases or a pending edition.
    pub fn matrix(matrix: &'a Matrix) -> Of<'a> {
        Of {
            matrix,
            releases: &[],
            next: None,
        }
    }
    fn amendment(&self, rule: usize, k: usize) -> Option<&'a Amendment<'a>> {
        self.releases.get(rule).and_then(|v| v.get(k))
    }
}

/// The message of finding `f` (empty when the run kept no detail for it).
pub fn message(of: Of<'_>, f: &Finding, m: &Machine, lang: Lang) -> String {
    match f.eval() {
        Some(e) => eval_message(of, f.rule, e, m, lang),
        None => String::new(),
    }
}

/// The message of rule `i`'s evaluation `e`.
pub fn eval_message(of: Of<'_>, i: usize, e: &Eval, m: &Machine, lang: Lang) -> String {
    let rule = &of.matrix.rules[i];
    match &e.why {
        Why::Release { amendment, effect } => match of.amendment(i, usize::from(*amendment)) {
            Some(a) => release_message(of.matrix, rule, a, *effect, e, m, lang),
            None => plain(rule, e, m, lang),
        },
        Why::Undated { was, later } => match of.next {
            Some(next) => undated(of.matrix, next, rule, e, *was, later, m, lang),
            None => plain(rule, e, m, lang),
        },
        _ => plain(rule, e, m, lang),
    }
}

/// What a rule not evaluated gives as its reason (the run's coverage gaps).
pub fn gap_why(of: Of<'_>, i: usize, why: &Why, m: &Machine, lang: Lang) -> String {
    why_words(&of.matrix.rules[i], why, &Quantity::None, m, lang)
}

/// The plain message: the rule's own words when it fails, a statement otherwise.
fn plain(rule: &Rule, e: &Eval, m: &Machine, lang: Lang) -> String {
    match (e.outcome, &e.why) {
        (Outcome::Fail, _) => fill(rule, e, m, lang),
        (Outcome::Pass, Why::NotApplicable(w)) => say!(
            lang,
            "finding-not-applicable",
            why = filter_words(rule, w, m, lang)
        ),
        (Outcome::Pass, Why::None) => {
            let actual = quantity(&e.actual, Some(&rule.check), m, lang);
            if actual.is_empty() {
                say!(lang, "finding-passes")
            } else {
                say!(lang, "finding-passes-with", what = actual)
            }
        }
        (Outcome::Pass, why) => say!(
            lang,
            "finding-passes-with",
            what = why_words(rule, why, &e.actual, m, lang)
        ),
        (Outcome::Unknown, why) => say!(
            lang,
            "finding-cannot-tell",
            why = why_words(rule, why, &e.actual, m, lang)
        ),
        (Outcome::NotEvaluated, why) => say!(
            lang,
            "finding-not-evaluated",
            why = why_words(rule, why, &e.actual, m, lang)
        ),
    }
}

/// A rule template's literal parts in the pseudo-locale when it is on; the placeholders as
/// they are, so that they are still filled.
fn template_in(text: &str) -> Cow<'_, str> {
    if !super::catalogue::pseudo() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&pseudo_if_on(&rest[..open]));
        match rest[open..].find('}') {
            Some(close) => {
                out.push_str(&rest[open..open + close + 1]);
                rest = &rest[open + close + 1..];
            }
            None => {
                rest = &rest[open..];
                break;
            }
        }
    }
    out.push_str(&pseudo_if_on(rest));
    Cow::Owned(out)
}

/// The rule's failure template with the finding's values and the cause, in `lang`.
fn fill(rule: &Rule, e: &Eval, m: &Machine, lang: Lang) -> String {
    let template = match (lang, &rule.ko) {
        (Lang::Ko, Some(ko)) => Cow::Borrowed(ko.message.as_str()),
        _ => template_in(&rule.message),
    };
    let os = m.os.known().map(|o| o.raw.clone()).unwrap_or_default();
    let disk = e
        .disk
        .and_then(|i| m.disks.get(usize::from(i)))
        .map(|d| d.name_in(lang).into_owned())
        .unwrap_or_default();
    let check = Some(&rule.check);
    // Each value is worded only where the template names it; the particle after a value is
    // picked from the value itself (`{os}은` → `Windows Server 2019는`), so a Korean
    // template never writes `은(는)` (an English one has no particle to fit).
    super::josa::fill_template(&template, |key| match key {
        "actual" => Some(quantity(&e.actual, check, m, lang)),
        "limit" => Some(quantity(&e.limit, check, m, lang)),
        "disk" => Some(disk.clone()),
        "name" => Some(m.name.clone()),
        "os" => Some(os.clone()),
        "cause" => Some(os_cause(m, lang)),
        _ => None,
    })
}

/// Why an OS is ready only with conditions, by its kind, as Azure Migrate's own reasons tell
/// them apart (`WindowsClientVersionsConditionallySupported`,
/// `WindowsServerVersionsSupportedWithCaveat`, `EndorsedWithConditionsLinuxDistributions`):
/// one cause, not the three lumped together.
fn os_cause(m: &Machine, lang: Lang) -> String {
    let Some(os) = m.os.known() else {
        return say!(lang, "finding-cause-unknown-os");
    };
    match (os.product.as_str(), os.family) {
        ("windows-client", _) => say!(lang, "finding-cause-windows-client"),
        ("windows-server" | "windows-legacy", _) => say!(lang, "finding-cause-windows-server"),
        (_, crate::os::Family::Linux) => say!(lang, "finding-cause-linux"),
        _ => say!(lang, "finding-cause-other"),
    }
}

/// What a value not known is of.
fn subject(s: Subject, m: &Machine, lang: Lang) -> String {
    match s {
        Subject::Field(f) => f.label_in(lang).to_string(),
        Subject::GuestOs => say!(lang, "finding-subject-guest-os"),
        Subject::HostOs => say!(lang, "finding-subject-host-os"),
        Subject::Arch => say!(lang, "finding-subject-arch"),
        Subject::DataDiskCount => say!(lang, "finding-subject-data-disk-count"),
        Subject::ManagementServer => say!(lang, "finding-subject-management"),
        Subject::FirmwareOrGeneration => say!(lang, "finding-subject-firmware"),
        Subject::DiskSizes(Role::Os) => say!(lang, "finding-subject-os-disk-size"),
        Subject::DiskSizes(Role::Data) => say!(lang, "finding-subject-data-disk-sizes"),
        Subject::DiskSizes(Role::Any) => say!(lang, "finding-subject-disk-sizes"),
        Subject::Disk(i) => disk_name(m, i, lang),
        Subject::DiskField(i, f) => say!(
            lang,
            "finding-subject-disk-field",
            disk = disk_name(m, i, lang),
            field = f.label_in(lang)
        ),
        Subject::Churn => say!(lang, "finding-subject-churn"),
        Subject::PeakChurn => say!(lang, "finding-subject-peak-churn"),
    }
}

fn target_name(field: crate::model::Field, lang: Lang) -> String {
    if field == crate::model::Field::Rpo {
        say!(lang, "finding-target-rpo")
    } else {
        say!(lang, "finding-target-rto")
    }
}

/// The spec `i` of the check's list, in words.
fn spec(rule: &Rule, i: u16, lang: Lang) -> String {
    rule.check
        .spec_list()
        .and_then(|(_, l)| l.get(usize::from(i)))
        .map(|s| super::check::os_spec(s, lang))
        .unwrap_or_default()
}

/// Every spec of the list that names the same OS as spec `i`, in the list's order (`Ubuntu
/// 14.04, 16.04, 18.04, 20.04, 22.04 and 24.04`), and how many: a machine whose version is
/// not given is told the whole line of its OS that is listed, not its first entry. Past six,
/// the first five and how many more.
fn listed(rule: &Rule, i: u16, lang: Lang) -> (String, usize) {
    let Some((_, list)) = rule.check.spec_list() else {
        return (String::new(), 0);
    };
    let Some(first) = list.get(usize::from(i)) else {
        return (String::new(), 0);
    };
    let same: Vec<&crate::rules::spec::OsSpec> = list
        .iter()
        .filter(|s| s.product == first.product && s.edition == first.edition)
        .collect();
    let name = super::check::product_name(&first.product, lang);
    // The OS named once: `Ubuntu 14.04, 16.04` rather than `Ubuntu 14.04, Ubuntu 16.04`.
    let words: Vec<String> = same
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let w = super::check::os_spec(s, lang);
            match w.strip_prefix(&format!("{name} ")) {
                Some(rest) if k > 0 => rest.to_string(),
                _ => w,
            }
        })
        .collect();
    let n = words.len();
    let text = match words.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        _ if n > 6 => say!(
            lang,
            "finding-os-list-more",
            first = words[..5].join(", "),
            n = n - 5
        ),
        [init @ .., last] => say!(
            lang,
            "finding-os-list-and",
            init = init.join(", "),
            last = last.as_str()
        ),
    };
    (text, n)
}

/// The fix beside a finding: for an unknown, what to find out and write down (the rule's own
/// fix is for a machine that fails it: "upgrade the guest" is no answer to a version nobody
/// recorded); else the rule's fix.
pub fn fix<'r>(rule: &'r Rule, f: &Finding, m: &Machine, lang: Lang) -> Cow<'r, str> {
    if f.outcome == Outcome::Unknown
        && let Some(e) = f.eval()
    {
        match &e.why {
            Why::OsUnrecognised
            | Why::PartlyOneOf(_)
            | Why::PartlyLater(_)
            | Why::PartlyNoVersion(_)
            | Why::PartlyLine(_) => return say!(lang, "finding-fix-os-version").into(),
            Why::NoVersion { spec: i, .. } => {
                let product = rule
                    .check
                    .spec_list()
                    .and_then(|(_, l)| l.get(usize::from(*i)))
                    .map(|s| super::check::product_name(&s.product, lang).into_owned())
                    .unwrap_or_default();
                return say!(lang, "finding-fix-version", product = product).into();
            }
            Why::Gap(s, _) => {
                return say!(lang, "finding-fix-find-out", what = subject(*s, m, lang)).into();
            }
            _ => {}
        }
    }
    remediation(rule, lang)
}

/// Why an outcome is what it is, in `lang`.
fn why_words(rule: &Rule, why: &Why, actual: &Quantity, m: &Machine, lang: Lang) -> String {
    let raw = || {
        m.os.known()
            .map(|o| format!("{:?}", o.raw))
            .unwrap_or_default()
    };
    let d = |s: u64| crate::words::model::duration(s, lang);
    match why {
        Why::None => String::new(),
        Why::NoColumn(s) => say!(lang, "finding-no-column", what = subject(*s, m, lang)),
        Why::Gap(s, v) => say!(
            lang,
            "unknown-gap",
            what = subject(*s, m, lang),
            gap = v.gap_in(lang).unwrap_or_default()
        ),
        Why::ChurnUnreadable(s, bad) => say!(
            lang,
            "finding-churn-unreadable",
            what = subject(*s, m, lang),
            raw = format!("{:?}", bad.raw),
            why = bad.why.words(lang)
        ),
        Why::TargetUnreadable(f, bad) => say!(
            lang,
            "finding-target-unreadable",
            what = target_name(*f, lang),
            raw = format!("{:?}", bad.raw),
            why = bad.why.words(lang)
        ),
        Why::NoTarget(f) => say!(lang, "finding-no-target", what = target_name(*f, lang)),
        Why::NoTargetAnywhere(f) => say!(
            lang,
            "finding-no-target-anywhere",
            what = target_name(*f, lang),
            option = if *f == crate::model::Field::Rpo {
                "rpo"
            } else {
                "rto"
            }
        ),
        Why::OsUnrecognised => say!(lang, "finding-os-unrecognised", raw = raw()),
        Why::Listed(i) => say!(lang, "finding-listed", spec = spec(rule, *i, lang)),
        Why::PartlyOneOf(i) => {
            let versions =
                m.os.known()
                    .map(|o| {
                        o.one_of
                            .iter()
                            .map(|c| c.version.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
            let (listed, n) = listed(rule, *i, lang);
            say!(
                lang,
                "finding-os-one-of",
                raw = raw(),
                versions = versions,
                listed = listed,
                n = n
            )
        }
        Why::PartlyLater(i) => {
            let (listed, n) = listed(rule, *i, lang);
            say!(
                lang,
                "finding-os-later",
                raw = raw(),
                listed = listed,
                n = n
            )
        }
        Why::PartlyNoVersion(i) => {
            let (listed, n) = listed(rule, *i, lang);
            say!(lang, "finding-os-no-version", listed = listed, n = n)
        }
        Why::PartlyLine(i) => {
            let (listed, n) = listed(rule, *i, lang);
            say!(
                lang,
                "finding-os-line",
                line =
                    m.os.known()
                        .map(|o| super::check::os_label(o, lang))
                        .unwrap_or_default(),
                listed = listed,
                n = n
            )
        }
        Why::NoVersion { text, spec: i } => {
            let product = rule
                .check
                .spec_list()
                .and_then(|(_, l)| l.get(usize::from(*i)))
                .map(|s| super::check::product_name(&s.product, Lang::En).into_owned())
                .unwrap_or_default();
            say!(
                lang,
                "finding-no-version",
                text = format!("{text:?}"),
                product = product
            )
        }
        Why::NoDisksOfRole => say!(lang, "finding-no-disks-of-role"),
        Why::EveryDisk(b) => {
            let bound = match b {
                Bound::AtMost => say!(lang, "finding-bound-at-most"),
                Bound::AtLeast => say!(lang, "finding-bound-at-least"),
                Bound::Above => say!(lang, "finding-bound-above"),
            };
            say!(lang, "finding-every-disk", bound = bound)
        }
        Why::NoChurnLimit => say!(lang, "finding-no-churn-limit"),
        Why::ChurnPerDiskNotGiven => say!(lang, "finding-churn-per-disk-not-given"),
        Why::ChurnDependsOnIo => say!(lang, "finding-churn-depends-on-io"),
        Why::PlatformAssumed(gap, h) => say!(
            lang,
            "finding-platform-assumed",
            gap = gap.gap_in(lang).unwrap_or_default(),
            platform = h.label_in(lang)
        ),
        Why::HostNotManaged => say!(lang, "finding-host-not-managed"),
        Why::RpoByFrequency { target, every } => say!(
            lang,
            "finding-rpo-by-frequency",
            target = d(*target),
            every = d(*every)
        ),
        Why::RpoAchievable { target, achievable } => say!(
            lang,
            "finding-rpo-achievable",
            target = d(*target),
            achievable = d(*achievable)
        ),
        Why::RtoMet { target, sla } => {
            say!(lang, "finding-rto-met", target = d(*target), sla = d(*sla))
        }
        Why::NotApplicable(w) => say!(
            lang,
            "finding-not-applicable",
            why = filter_words(rule, w, m, lang)
        ),
        Why::WouldFail(w) => say!(
            lang,
            "finding-would-fail",
            actual = quantity(actual, Some(&rule.check), m, lang),
            why = filter_words(rule, w, m, lang)
        ),
        Why::Filter(w) => filter_words(rule, w, m, lang),
        // Worded with their matrix (see `eval_message`); without it, nothing to add.
        Why::Release { .. } | Why::Undated { .. } => String::new(),
    }
}

/// Why a rule's filter does not hold, or cannot be told, in `lang`.
fn filter_words(rule: &Rule, w: &FilterWhy, m: &Machine, lang: Lang) -> String {
    let os = || m.os.known().map(|o| o.raw.clone()).unwrap_or_default();
    let gap = |v: &Value<()>| v.gap_in(lang).unwrap_or_default();
    let fw = |f: crate::model::Firmware| f.as_str().to_uppercase();
    match w {
        FilterWhy::Generation { want, is } => say!(
            lang,
            "finding-when-generation",
            want = want.to_string(),
            is = is.to_string()
        ),
        FilterWhy::GenerationGap { want, gap: g } => say!(
            lang,
            "finding-when-generation-gap",
            want = want.to_string(),
            gap = gap(g)
        ),
        FilterWhy::Firmware { want, is } => {
            say!(
                lang,
                "finding-when-firmware",
                want = fw(*want),
                is = fw(*is)
            )
        }
        FilterWhy::FirmwareGap { want, gap: g } => say!(
            lang,
            "finding-when-firmware-gap",
            want = fw(*want),
            gap = gap(g)
        ),
        FilterWhy::Hypervisor(is) => {
            let to = rule
                .when
                .as_ref()
                .and_then(|w| w.hypervisor.as_ref())
                .map(|hs| {
                    hs.iter()
                        .map(|h| h.label_in(lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            say!(
                lang,
                "finding-when-hypervisor",
                to = to,
                is = is.label_in(lang)
            )
        }
        FilterWhy::OsUnrecognised => say!(
            lang,
            "finding-when-os-unrecognised",
            raw = format!("{:?}", os())
        ),
        FilterWhy::OsNot => say!(lang, "finding-when-os-not", os = os()),
        FilterWhy::OsMaybe => say!(lang, "finding-when-os-maybe", os = os()),
        FilterWhy::OsGap(g) => say!(lang, "finding-when-os-gap", gap = gap(g)),
        FilterWhy::ManagedNoColumn => say!(lang, "finding-when-managed-no-column"),
        FilterWhy::Managed(true) => say!(lang, "finding-when-managed"),
        FilterWhy::Managed(false) => say!(lang, "finding-when-unmanaged"),
        FilterWhy::ManagedUnreadable => say!(lang, "finding-when-managed-unreadable"),
    }
}

// ---------------------------------------------------------------------------------------
// A finding a release decided, and a rule the next edition may already have changed.

/// A release's date as a reader writes it: `April 2025`, `2025-04-15`; `2025년 4월`.
pub fn release_date(d: ReleaseDate, lang: Lang) -> String {
    match d {
        ReleaseDate::Day(d) => lang.day(d),
        ReleaseDate::Month { year, month } => say!(
            lang,
            "finding-release-month",
            year = year.to_string(),
            month = month
        ),
    }
}

/// A release's name in `lang`.
pub fn release_name(r: &crate::rules::releases::Release, lang: Lang) -> Cow<'_, str> {
    pick(&r.name, r.ko.as_ref().map(|k| k.name.as_str()), lang)
}

/// A release notes page's title in `lang`.
pub fn notes_title(s: &crate::rules::releases::Source, lang: Lang) -> Cow<'_, str> {
    pick(&s.title, s.ko.as_ref().map(|k| k.title.as_str()), lang)
}

/// A finding a release decided: what the release says, what the matrix says, and the quote.
fn release_message(
    matrix: &Matrix,
    rule: &Rule,
    a: &Amendment<'_>,
    effect: Effect,
    e: &Eval,
    m: &Machine,
    lang: Lang,
) -> String {
    let name = release_name(a.release, lang);
    let when = release_date(a.release.date, lang);
    let comps = &a.release.components;
    let edition = lang.day(matrix.edition());
    // The release as a sentence names it: `Update Rollup 78, April 2025 (Mobility service
    // 9.64)`; `업데이트 롤업 78(2025년 4월, 구성 요소 원문: "…")`.
    let release = if comps.is_empty() {
        say!(
            lang,
            "finding-release-name",
            name = name.as_ref(),
            when = when.as_str()
        )
    } else {
        say!(
            lang,
            "finding-release-name-components",
            name = name.as_ref(),
            when = when.as_str(),
            components = comps
        )
    };
    let quote = &a.change.text;
    // The matrix's own words: it failed the rule.
    let says = || fill(rule, e, m, lang);
    match effect {
        Effect::Supports => say!(
            lang,
            "finding-release-supports",
            release = release,
            edition = edition,
            says = says(),
            quote = quote
        ),
        Effect::Withdraws => say!(
            lang,
            "finding-release-withdraws",
            edition = edition,
            release = release,
            quote = quote
        ),
        Effect::MaybeSupports => say!(
            lang,
            "finding-release-maybe",
            name = name.as_ref(),
            when = when,
            edition = edition,
            says = says(),
            quote = quote
        ),
    }
}

/// The release that decided finding `f`, if one did: what reports cite, and its fix.
pub fn release(of: Of<'_>, f: &Finding, lang: Lang) -> Option<(Cite, String)> {
    let (k, effect) = f.release()?;
    let a = of.amendment(f.rule, k)?;
    let name = release_name(a.release, lang);
    let comps = &a.release.components;
    let cite = Cite {
        effect: match effect {
            Effect::Supports => EffectCode::SupportedByRelease,
            Effect::Withdraws => EffectCode::WithdrawnByRelease,
            Effect::MaybeSupports => EffectCode::ReleaseMayApply,
        },
        release: a.release.id.clone(),
        name: name.to_string(),
        date: a.release.date.to_string(),
        components: comps.clone(),
        reference: a.release.reference.clone(),
        page_title: notes_title(&a.notes.source, lang).to_string(),
        page: a.notes.source.page.clone(),
        text: a.change.text.clone(),
    };
    let fix = match (effect, comps.is_empty()) {
        (Effect::Withdraws, _) => say!(lang, "finding-release-fix-withdrawn", name = name),
        (_, false) => say!(
            lang,
            "finding-release-fix-components",
            name = name,
            components = comps
        ),
        (_, true) => say!(lang, "finding-release-fix", name = name),
    };
    Some((cite, fix))
}

/// A rule the next edition, dated only to a span, judges otherwise: both editions' words.
#[allow(clippy::too_many_arguments)]
fn undated(
    this: &Matrix,
    next: &Matrix,
    rule: &Rule,
    e: &Eval,
    was: Outcome,
    later: &Later,
    m: &Machine,
    lang: Lang,
) -> String {
    let later_says = match later {
        Later::Gone => say!(lang, "finding-rule-gone"),
        Later::Passes => say!(lang, "finding-passes"),
        Later::Fails(le) => match next.rules.iter().find(|r| r.id == rule.id) {
            Some(r) => plain(r, le, m, lang),
            None => say!(lang, "finding-rule-gone"),
        },
    };
    let says = if was == Outcome::Fail {
        fill(rule, e, m, lang)
    } else {
        say!(lang, "finding-passes")
    };
    let after = next
        .matrix
        .changed_after
        .map(|d| lang.day(d))
        .unwrap_or_default();
    say!(
        lang,
        "finding-undated",
        after = after,
        next = lang.day(next.edition()),
        edition = lang.day(this.edition()),
        says = says,
        later = later_says
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A release's date reads as the page gives it: a month, or a day.
    #[test]
    fn release_dates_in_words() {
        for (s, en, ko) in [
            ("2025-04", "April 2025", "2025년 4월"),
            ("2024-02", "February 2024", "2024년 2월"),
            ("2025-12", "December 2025", "2025년 12월"),
            ("2021-11-09", "2021-11-09", "2021년 11월 9일"),
        ] {
            let d = ReleaseDate::parse(s).unwrap();
            assert_eq!(release_date(d, Lang::En), en, "{s}");
            assert_eq!(release_date(d, Lang::Ko), ko, "{s}");
        }
    }
}
