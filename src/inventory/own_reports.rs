//! rehost's own reports, told by their content, so that a report written into a folder that
//! is assessed is never read back as an inventory (its machines counted again on every run).
//!
//! Only the first bytes are read, and the name is never trusted: a report renamed `.csv` is
//! still told, an inventory named `report.json` is still read. What marks each report:
//!
//! | report | mark |
//! |---|---|
//! | workbook (xlsx) | `docProps/core.xml` titled `rehost assessment`, or its author `rehost <version>` |
//! | JSON | a top-level object with two of the report's keys (`lang`, `rules`, `lifecycle`, `machines`, `data_quality`, `summary`); `diff`'s: `old`, `new` and `diff` |
//! | CSV | a header row starting `name, source, target, edition, readiness` (any delimiter, any case), or its Korean; the Azure Migrate export's problems file by `server name, read from, import file, problem` |
//! | Markdown | a first line `# Migration readiness`, `# 마이그레이션 준비 상태` or `` # Changes from ` `` |
//! | HTML | an HTML page titled `rehost …` |

use std::io::Read;
use std::path::Path;

/// Bytes read from the start of a file to tell a report.
const HEAD: u64 = 1 << 20;
/// Bytes of an xlsx's `docProps/core.xml` read (rehost writes under 1 KiB).
const CORE_XML: u64 = 64 << 10;

/// Which of rehost's reports a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnReport {
    Workbook,
    Json,
    DiffJson,
    Csv,
    Markdown,
    DiffMarkdown,
    Html,
}

/// Which of rehost's reports `path` is, if any. A file that cannot be read is no report (the
/// importer then says why it cannot be read).
pub fn recognise(path: &Path) -> Option<OwnReport> {
    // Only a regular file can be a report; opening a pipe to look would wait for a writer
    // (the reader refuses it with its own words).
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut head = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(HEAD)
        .read_to_end(&mut head)
        .ok()?;
    if head.starts_with(b"PK\x03\x04") {
        return workbook(path).then_some(OwnReport::Workbook);
    }
    recognise_text(&head)
}

/// A report from its first bytes (text formats).
pub fn recognise_text(head: &[u8]) -> Option<OwnReport> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start();
    if text.starts_with('{') {
        return json(text);
    }
    let first = text.lines().next().unwrap_or_default().trim_end();
    if first == "# Migration readiness" || first == "# 마이그레이션 준비 상태" {
        return Some(OwnReport::Markdown);
    }
    if first.starts_with("# Changes from `") {
        return Some(OwnReport::DiffMarkdown);
    }
    let lower = text.get(..text.len().min(8192)).unwrap_or(text);
    let lower = lower.to_lowercase();
    if lower.starts_with("<!doctype html") && lower.contains("<title>rehost ") {
        return Some(OwnReport::Html);
    }
    let cells: Vec<String> = first
        .split([',', ';', '\t'])
        .map(|c| c.trim().trim_matches('"').trim().to_lowercase())
        .collect();
    // The report's first five headers in each language it is written in (the catalogue's
    // `rep-csv-*`; a test holds the two together). Korean reports written before the edition
    // column read `버전` said `판`: they are still rehost's own.
    let headers: &[&[&str]] = &[
        &["name", "source", "target", "edition", "readiness"],
        &["이름", "원본", "대상", "버전", "준비 상태"],
        &["이름", "원본", "대상", "판", "준비 상태"],
        // `export azure-migrate-csv`'s problems file (`export-col-*`): a list of problems,
        // whose first column names a server, read back it would become machines.
        &["server name", "read from", "import file", "problem"],
        &["서버 이름", "읽은 위치", "가져오기 파일", "문제"],
    ];
    headers
        .iter()
        .any(|h| cells.len() >= h.len() && cells.iter().zip(h.iter()).all(|(c, h)| c == h))
        .then_some(OwnReport::Csv)
}

/// A JSON document whose top-level keys, as far as `text` goes, are a report's.
fn json(text: &str) -> Option<OwnReport> {
    let keys = top_level_keys(text);
    let has = |k: &str| keys.iter().any(|x| x == k);
    if has("old") && has("new") && has("diff") {
        return Some(OwnReport::DiffJson);
    }
    let report = [
        "lang",
        "rules",
        "lifecycle",
        "machines",
        "data_quality",
        "summary",
    ];
    (report.iter().filter(|k| has(k)).count() >= 2).then_some(OwnReport::Json)
}

/// The keys of the outermost object, in the part of the document given; anything nested is
/// stepped over, however it is laid out.
fn top_level_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut depth = 0usize;
    let mut chars = text.chars().peekable();
    // Whether the next string at depth 1 is a key (after `{` or `,`) rather than a value.
    let mut key_next = false;
    while let Some(c) = chars.next() {
        match c {
            '{' | '[' => {
                depth += 1;
                key_next = depth == 1;
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 1 => key_next = true,
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => s.push(c),
                    }
                }
                if depth == 1 && key_next {
                    keys.push(s);
                    key_next = false;
                }
            }
            _ => {}
        }
    }
    keys
}

/// Whether an xlsx's document properties say rehost wrote it.
fn workbook(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return false;
    };
    let Ok(core) = zip.by_name("docProps/core.xml") else {
        return false;
    };
    let mut xml = String::new();
    if core.take(CORE_XML).read_to_string(&mut xml).is_err() {
        return false;
    }
    xml.contains("<dc:title>rehost assessment</dc:title>") || xml.contains("<dc:creator>rehost ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_told_by_their_first_bytes() {
        use OwnReport::*;
        let rows: &[(&str, Option<OwnReport>)] = &[
            ("{\"lang\": \"en\",\n\"rules\": {\"A\":{}}", Some(Json)),
            // Laid out by another tool, keys sorted, a large first value.
            (
                "{\n  \"data_quality\": [{\"lang\": 1}],\n  \"lang\": \"ko\"\n}",
                Some(Json),
            ),
            (
                "{\"diff\": {}, \"new\": \"b\", \"old\": \"a\"}",
                Some(DiffJson),
            ),
            // Keys only nested, or one of them: not a report.
            ("{\"x\": {\"lang\": 1, \"rules\": 2}}", None),
            ("{\"lang\": \"en\", \"name\": \"rules\"}", None),
            (
                "name,source,target,edition,readiness,blocking_rules\nA,x,y,z,ready,",
                Some(Csv),
            ),
            (
                "\u{feff}\"Name\";\"Source\";\"Target\";\"Edition\";\"Readiness\"\n",
                Some(Csv),
            ),
            // Korean, as written now and as written before the edition column said 버전.
            ("이름,원본,대상,버전,준비 상태,차단 규칙\n", Some(Csv)),
            ("이름,원본,대상,판,준비 상태,차단 규칙\n", Some(Csv)),
            // The export's problems file, in each language; the import files themselves are
            // inventories (read back on purpose).
            (
                "Server name,Read from,Import file,Problem\nweb01,a.xlsx!vInfo!2,",
                Some(Csv),
            ),
            ("서버 이름,읽은 위치,가져오기 파일,문제\n", Some(Csv)),
            ("*Server name,IP addresses,*Cores\n", None),
            ("name,source,target\n", None),
            ("VM name,Host,OS\nA,B,C\n", None),
            ("# Migration readiness\n\n3 machine(s)", Some(Markdown)),
            ("# 마이그레이션 준비 상태\n", Some(Markdown)),
            ("# Changes from `a` to `b`\n", Some(DiffMarkdown)),
            ("# Migration readiness of the old farm\n", None),
            (
                "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<title>rehost 평가</title>",
                Some(Html),
            ),
            ("<!DOCTYPE html>\n<title>Inventory</title>", None),
        ];
        for (text, want) in rows {
            assert_eq!(recognise_text(text.as_bytes()), *want, "{text:?}");
        }
    }
}
