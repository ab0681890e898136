//! What a target's pages ask that no inventory can show ("check on each machine"), and the
//! service quotas an estate is larger than: said once per target under its summary, in the
//! reader's language (the texts are the matrix's own, `text` and `ko.text`).

use crate::rules::Matrix;
use crate::rules::matrix::ManualText;

use super::Lang;

fn pick<'a>(en: &'a str, ko: Option<&'a ManualText>, lang: Lang) -> String {
    match (ko, lang) {
        (Some(k), Lang::Ko) => k.text.clone(),
        _ => super::catalogue::pseudo_if_on(en).into_owned(),
    }
}

/// The lines under a target's summary: each quota the `machines` in its scope exceed, then
/// the checks to make on each machine.
pub fn target_notes(m: &Matrix, machines: usize, lang: Lang) -> Vec<String> {
    let mut out = quotas(m, machines, lang);
    let checks = checks(m, lang);
    if !checks.is_empty() {
        let sep = crate::say!(lang, "rep-aws-manual-sep");
        out.push(crate::say!(
            lang,
            "rep-aws-manual",
            list = checks.join(&sep)
        ));
    }
    out
}

/// Each quota the `machines` in the target's scope exceed, as a sentence.
pub fn quotas(m: &Matrix, machines: usize, lang: Lang) -> Vec<String> {
    m.quotas
        .iter()
        .filter(|q| machines > q.servers as usize)
        .map(|q| {
            crate::say!(
                lang,
                "rep-aws-quota",
                count = machines,
                limit = q.servers,
                text = pick(&q.text, q.ko.as_ref(), lang)
            )
        })
        .collect()
}

/// What to check on each machine (what no inventory shows), one item each.
pub fn checks(m: &Matrix, lang: Lang) -> Vec<String> {
    m.manual
        .iter()
        .map(|x| pick(&x.text, x.ko.as_ref(), lang))
        .collect()
}
