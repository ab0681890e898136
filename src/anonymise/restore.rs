//! `rehost deanonymise`: a report made from anonymised copies, with the original names put
//! back from the map. Every pseudonym found in the report (whole, never inside a longer word)
//! becomes its original, written as the report's format needs it: escaped in JSON, HTML and
//! Markdown, a cell of its own in CSV (never a formula), a string in a workbook's XML.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// How a report's text is written, so an original goes back in as that format needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Json,
    Html,
    Markdown,
    Csv,
    Xlsx,
    Text,
}

/// Tells a report's kind from its first bytes, then its name.
pub fn kind(name: &str, bytes: &[u8]) -> Kind {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if bytes.starts_with(b"PK\x03\x04") {
        Kind::Xlsx
    } else if head.starts_with("<!doctype html") || head.starts_with("<html") {
        Kind::Html
    } else if head.starts_with('{') || head.starts_with('[') && ext == "json" {
        Kind::Json
    } else if ext == "csv" {
        Kind::Csv
    } else if ext == "md" || ext == "markdown" {
        Kind::Markdown
    } else {
        Kind::Text
    }
}

/// The pseudonyms of one map, found in text.
pub struct Restorer {
    finder: AhoCorasick,
    originals: Vec<String>,
}

impl Restorer {
    pub fn new(values: &BTreeMap<String, String>) -> Restorer {
        let (from, originals): (Vec<&String>, Vec<String>) =
            values.iter().map(|(k, v)| (k, v.clone())).unzip();
        let finder = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(from)
            .expect("pseudonyms build a searcher");
        Restorer { finder, originals }
    }

    /// `text` with each whole pseudonym replaced by `escape(original)`.
    pub fn replace(&self, text: &str, escape: impl Fn(&str) -> String) -> (String, usize) {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        let mut n = 0;
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        for m in self.finder.find_iter(text) {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            // A pseudonym inside a longer word or address is not this pseudonym.
            if word(before)
                || word(after)
                || (after == Some('.')
                    && text[m.end() + 1..].starts_with(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
            out.push_str(&text[last..m.start()]);
            out.push_str(&escape(&self.originals[m.pattern().as_usize()]));
            last = m.end();
            n += 1;
        }
        out.push_str(&text[last..]);
        (out, n)
    }

    /// The report with the originals back, and how many pseudonyms were replaced.
    pub fn report(&self, kind: Kind, bytes: &[u8]) -> anyhow::Result<(Vec<u8>, usize)> {
        let text = || String::from_utf8_lossy(bytes).into_owned();
        Ok(match kind {
            Kind::Json => {
                let (s, n) = self.replace(&text(), json_inner);
                (s.into_bytes(), n)
            }
            Kind::Markdown => {
                let (s, n) = self.replace(&text(), crate::report::safe::markdown);
                (s.into_bytes(), n)
            }
            Kind::Text => {
                let (s, n) = self.replace(&text(), |o| crate::report::safe::term(o).into_owned());
                (s.into_bytes(), n)
            }
            Kind::Html => {
                let (s, n) = self.html(&text());
                (s.into_bytes(), n)
            }
            Kind::Csv => self.csv(bytes)?,
            Kind::Xlsx => self.xlsx(bytes)?,
        })
    }

    /// HTML: JSON escaping inside `<script type="application/json">` (with `<` as `\u003c`,
    /// as the report writes it), HTML escaping elsewhere.
    fn html(&self, text: &str) -> (String, usize) {
        let mut out = String::with_capacity(text.len());
        let mut n = 0;
        let mut rest = text;
        while let Some(start) = rest.find("<script") {
            let (page, n1) = self.replace(&rest[..start], html_escape);
            out.push_str(&page);
            n += n1;
            let end = rest[start..]
                .find("</script>")
                .map_or(rest.len(), |e| start + e);
            let (script, n2) =
                self.replace(&rest[start..end], |o| json_inner(o).replace('<', "\\u003c"));
            out.push_str(&script);
            n += n2;
            rest = &rest[end..];
            if rest.is_empty() {
                break;
            }
            // Past the closing tag.
            let close = "</script>".len().min(rest.len());
            out.push_str(&rest[..close]);
            rest = &rest[close..];
        }
        let (page, n3) = self.replace(rest, html_escape);
        out.push_str(&page);
        (out, n + n3)
    }

    /// CSV: cell by cell, each changed cell made safe from formulas.
    fn csv(&self, bytes: &[u8]) -> anyhow::Result<(Vec<u8>, usize)> {
        let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(b) => (true, b),
            None => (false, bytes),
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body);
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let mut n = 0;
        for record in reader.records() {
            let record = record?;
            let fields: Vec<String> = record
                .iter()
                .map(|f| {
                    let (s, k) = self.replace(f, str::to_string);
                    n += k;
                    if k > 0 {
                        crate::report::delimited::safe(&s)
                    } else {
                        s
                    }
                })
                .collect();
            writer.write_record(&fields)?;
        }
        let mut out = if bom {
            b"\xEF\xBB\xBF".to_vec()
        } else {
            Vec::new()
        };
        out.extend(writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?);
        Ok((out, n))
    }

    /// A workbook: its XML parts' text with the originals back (XML-escaped), every other
    /// part copied as it was.
    fn xlsx(&self, bytes: &[u8]) -> anyhow::Result<(Vec<u8>, usize)> {
        let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
        let mut zout = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let mut n = 0;
        for i in 0..zin.len() {
            let mut entry = zin.by_index(i)?;
            let name = entry.name()?.to_string();
            if name.ends_with(".xml") && name.starts_with("xl/") {
                let options = zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Deflated)
                    .last_modified_time(entry.last_modified().unwrap_or_default());
                let mut text = String::new();
                entry.read_to_string(&mut text)?;
                let (s, k) = self.replace(&text, xml_escape);
                n += k;
                zout.start_file(name, options)?;
                zout.write_all(s.as_bytes())?;
            } else {
                drop(entry);
                zout.raw_copy_file(zin.by_index_raw(i)?)?;
            }
        }
        Ok((zout.finish()?.into_inner(), n))
    }
}

fn json_inner(o: &str) -> String {
    let s = serde_json::to_string(o).unwrap_or_default();
    s[1..s.len() - 1].to_string()
}

fn html_escape(o: &str) -> String {
    let mut s = String::with_capacity(o.len());
    for c in o.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            c => s.push(c),
        }
    }
    s
}

fn xml_escape(o: &str) -> String {
    html_escape(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_pseudonyms_go_back_escaped_for_their_format() {
        let mut m = BTreeMap::new();
        m.insert("vm-00000001".to_string(), "web\"01".to_string());
        m.insert("10.1.2.3".to_string(), "192.168.0.7".to_string());
        let r = Restorer::new(&m);
        let (s, n) = r.replace(
            r#"{"name":"vm-00000001","ip":"10.1.2.3","x":"10.1.2.30","y":"vm-00000001x"}"#,
            json_inner,
        );
        assert_eq!(n, 2);
        assert_eq!(
            s,
            r#"{"name":"web\"01","ip":"192.168.0.7","x":"10.1.2.30","y":"vm-00000001x"}"#
        );
        let (h, _) = r.html(
            "<td>vm-00000001</td><script type=\"application/json\">[\"vm-00000001\"]</script>",
        );
        assert_eq!(
            h,
            "<td>web&quot;01</td><script type=\"application/json\">[\"web\\\"01\"]</script>"
        );
    }
}
