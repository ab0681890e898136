//! The small parts of an xlsx the fast reader needs besides the sheets: where the workbook
//! and its sheets are, which cell styles are dates, and the shared strings. Read with
//! quick-xml as calamine 0.38 reads them (same reader settings, same rules), so a cell
//! means the same thing to both readers; anything unusual gives up ([`Bail`]) and the
//! workbook is read by calamine.

use std::borrow::Cow;
use std::io::{Read, Seek};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;
use zip::ZipArchive;

use super::Bail;
use super::text::{has_escape, trim, unescape_into};

/// What a cell style makes of a number: calamine's `CellFormat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumFormat {
    Other,
    DateTime,
    TimeDelta,
}

/// The whole of one part, if the package has it; parts are small next to the sheets.
pub(super) fn part<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    path: &str,
) -> Result<Option<Vec<u8>>, Bail> {
    let Some(name) = entry_name(zip, path) else {
        return Ok(None);
    };
    let mut f = zip.by_name(&name).map_err(|_| Bail("unreadable part"))?;
    let mut out = Vec::with_capacity(f.size().min(1 << 26) as usize);
    f.read_to_end(&mut out)
        .map_err(|_| Bail("unreadable part"))?;
    utf8_declared(&out)?;
    Ok(Some(out))
}

/// The entry's name as stored: calamine finds parts whatever their case and slashes.
pub(super) fn entry_name<R: Read + Seek>(zip: &ZipArchive<R>, path: &str) -> Option<String> {
    if zip.index_for_name(path).is_some() {
        return Some(path.to_string());
    }
    zip.file_names()
        .filter_map(Result::ok)
        .find(|n| n.replace('\\', "/").eq_ignore_ascii_case(path))
        .map(|n| n.into_owned())
}

/// Parts in another encoding than UTF-8 (quick-xml would decode them) are left to calamine.
pub(super) fn utf8_declared(xml: &[u8]) -> Result<(), Bail> {
    if xml.starts_with(&[0xFF, 0xFE]) || xml.starts_with(&[0xFE, 0xFF]) {
        return Err(Bail("UTF-16 part"));
    }
    let xml = xml.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(xml);
    if let Some(decl) = xml.strip_prefix(b"<?xml") {
        let end = memchr::memmem::find(decl, b"?>").ok_or(Bail("unterminated declaration"))?;
        let decl = decl[..end].to_ascii_lowercase();
        if let Some(at) = memchr::memmem::find(&decl, b"encoding") {
            let rest = &decl[at..];
            if memchr::memmem::find(rest, b"utf-8").is_none() {
                return Err(Bail("part is not UTF-8"));
            }
        }
    }
    Ok(())
}

/// A reader set up as calamine's `xml_reader` sets it up.
pub(super) fn reader(xml: &[u8]) -> Reader<&[u8]> {
    let mut r = Reader::from_reader(xml);
    let config = r.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    r
}

fn attr<'a>(e: &'a BytesStart<'_>, key: &str) -> Result<Option<Cow<'a, str>>, Bail> {
    let bad = Bail("malformed attribute");
    match e.try_get_attribute(key).map_err(|_| bad)? {
        None => Ok(None),
        Some(a) => Ok(Some(a.value)),
    }
}

fn unescaped(s: &str) -> Result<String, Bail> {
    quick_xml::escape::unescape(s)
        .map(Cow::into_owned)
        .map_err(|_| Bail("malformed attribute"))
}

/// Every `Relationship` of a rels part: (Id, Target, Type).
fn relationships(xml: &[u8]) -> Result<Vec<(String, String, String)>, Bail> {
    let mut r = reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    loop {
        buf.clear();
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "Relationship" => {
                let id = attr(&e, "Id")?.map(Cow::into_owned);
                let target = attr(&e, "Target")?.map(Cow::into_owned).unwrap_or_default();
                let typ = attr(&e, "Type")?.map(Cow::into_owned).unwrap_or_default();
                if let Some(id) = id {
                    out.push((id, target, typ));
                }
            }
            Ok(Event::Eof) => return Ok(out),
            Err(_) => return Err(Bail("malformed relationships")),
            _ => {}
        }
    }
}

/// A sheet of the workbook: its name, the path of its part, and its kind (worksheet, or
/// chart or dialog sheet, which hold no table).
pub(super) struct SheetPart {
    pub name: String,
    pub path: String,
    pub typ: calamine::SheetType,
}

/// The workbook part's directory (`xl/`) and file name (`workbook.xml`), from the package's
/// relationships.
pub(super) fn workbook_path<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
) -> Result<(String, String), Bail> {
    let root = part(zip, "_rels/.rels")?.ok_or(Bail("no package relationships"))?;
    let target = relationships(&root)?
        .into_iter()
        .find(|(_, _, t)| t.ends_with("/relationships/officeDocument"))
        .map(|(_, target, _)| unescaped(&target))
        .transpose()?
        .ok_or(Bail("no workbook"))?;
    let (dir, name) = match target.rfind('/') {
        Some(i) => target.split_at(i + 1),
        None => ("", target.as_str()),
    };
    let dir = dir.strip_prefix('/').unwrap_or(dir).to_string();
    let name = if name.is_empty() {
        "workbook.xml"
    } else {
        name
    };
    Ok((dir, name.to_string()))
}

/// The workbook's directory (`xl/`) and its sheets in order.
pub(super) fn sheets<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
) -> Result<(String, Vec<SheetPart>), Bail> {
    let (dir, name) = workbook_path(zip)?;
    let rels = part(zip, &format!("{dir}_rels/{name}.rels"))?.ok_or(Bail("no workbook rels"))?;
    let rels = relationships(&rels)?;
    let workbook = part(zip, &format!("{dir}{name}"))?.ok_or(Bail("no workbook part"))?;
    let mut r = reader(&workbook);
    let mut buf = Vec::new();
    let mut sheets = Vec::new();
    loop {
        buf.clear();
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "sheet" => {
                let mut name = None;
                let mut rel_id = None;
                for a in e.attributes().with_checks(false) {
                    let a = a.map_err(|_| Bail("malformed sheet"))?;
                    let key = a.key.as_ref();
                    let value: &str = &a.value;
                    match key {
                        "name" => name = Some(unescaped(value)?),
                        "state" if !matches!(value, "visible" | "hidden" | "veryHidden") => {
                            return Err(Bail("unknown sheet state"));
                        }
                        k if k == "id" || k.ends_with(":id") => rel_id = Some(value.to_string()),
                        _ => {}
                    }
                }
                let rel_id = rel_id.unwrap_or_default();
                let (_, target, typ) = rels
                    .iter()
                    .find(|(id, _, _)| *id == rel_id)
                    .ok_or(Bail("sheet without relationship"))?;
                let typ = match typ.rsplit('/').next() {
                    Some("worksheet") => calamine::SheetType::WorkSheet,
                    Some("chartsheet") => calamine::SheetType::ChartSheet,
                    Some("dialogsheet") => calamine::SheetType::DialogSheet,
                    _ => return Err(Bail("unknown sheet type")),
                };
                let path = match target.strip_prefix('/') {
                    Some(abs) => abs.to_string(),
                    None => format!("{dir}{target}"),
                };
                sheets.push(SheetPart {
                    name: name.unwrap_or_default(),
                    path,
                    typ,
                });
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "workbook" => break,
            Ok(Event::Eof) => return Err(Bail("unterminated workbook")),
            Err(_) => return Err(Bail("malformed workbook")),
            _ => {}
        }
    }
    Ok((dir, sheets))
}

/// Per cell style (`s`), what it makes of a number, as calamine's `read_styles` decides.
pub(super) fn formats<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    dir: &str,
) -> Result<Vec<NumFormat>, Bail> {
    let Some(xml) = part(zip, &format!("{dir}styles.xml"))? else {
        return Ok(Vec::new());
    };
    let mut r = reader(&xml);
    let mut buf = Vec::new();
    // By id: a styles part of many formats is read in linear time (a list searched for each
    // one made 100,000 formats take half a minute). The last definition of an id wins, as
    // in calamine.
    let mut custom: std::collections::HashMap<String, NumFormat> = std::collections::HashMap::new();
    let mut out = Vec::new();
    let mut in_xfs = false;
    loop {
        buf.clear();
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                "numFmt" => {
                    if let (Some(id), Some(code)) = (attr(&e, "numFmtId")?, attr(&e, "formatCode")?)
                    {
                        let code = unescaped(&code)?;
                        custom.insert(id.into_owned(), custom_format(&code));
                    }
                }
                "cellXfs" => in_xfs = true,
                "xf" if in_xfs => out.push(match attr(&e, "numFmtId")? {
                    None => NumFormat::Other,
                    Some(id) => match custom.get(id.as_ref()) {
                        Some(format) => *format,
                        None => builtin_format(&id),
                    },
                }),
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == "cellXfs" => in_xfs = false,
            Ok(Event::End(e)) if e.local_name().as_ref() == "styleSheet" => return Ok(out),
            Ok(Event::Eof) => return Err(Bail("unterminated styles")),
            Err(_) => return Err(Bail("malformed styles")),
            _ => {}
        }
    }
}

/// calamine's `builtin_format_by_id`: the built-in formats (ECMA-376 §18.8.30) that are
/// dates or times, including the East Asian ones.
fn builtin_format(id: &str) -> NumFormat {
    match id {
        "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "45" | "47" => {
            NumFormat::DateTime
        }
        "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "50" | "51"
        | "52" | "53" | "54" | "55" | "56" | "57" | "58" => NumFormat::DateTime,
        "46" => NumFormat::TimeDelta,
        _ => NumFormat::Other,
    }
}

/// calamine's `detect_custom_number_format`: a custom format is a date if its first
/// section has a date or time letter outside quotes, brackets and escapes; `[h]`, `[m]`
/// or `[s]` make it a duration.
fn custom_format(format: &str) -> NumFormat {
    let (mut escaped, mut is_quote, mut brackets) = (false, false, 0u8);
    let (mut prev, mut hms, mut ap) = (' ', false, false);
    for s in format.chars() {
        match (s, escaped, is_quote, ap, brackets) {
            (_, true, ..) => escaped = false,
            ('_' | '\\' | '*', ..) => escaped = true,
            ('"', _, true, _, _) => is_quote = false,
            (_, _, true, _, _) => (),
            ('"', _, _, _, _) => is_quote = true,
            (';', ..) => return NumFormat::Other,
            ('[', ..) => brackets += 1,
            (']', .., 1) if hms => return NumFormat::TimeDelta,
            (']', ..) => brackets = brackets.saturating_sub(1),
            ('a' | 'A', _, _, false, 0) => ap = true,
            ('p' | 'm' | '/' | 'P' | 'M', _, _, true, 0) => return NumFormat::DateTime,
            ('d' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S', _, _, false, 0) => {
                return NumFormat::DateTime;
            }
            _ => {
                if !(hms && s.eq_ignore_ascii_case(&prev)) {
                    hms = prev == '[' && matches!(s, 'm' | 'h' | 's' | 'M' | 'H' | 'S');
                }
            }
        }
        prev = s;
    }
    NumFormat::Other
}

/// The shared strings, each read as calamine's `read_string` reads an `<si>`.
pub(super) fn shared_strings<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    dir: &str,
) -> Result<Vec<String>, Bail> {
    let Some(xml) = part(zip, &format!("{dir}sharedStrings.xml"))? else {
        return Ok(Vec::new());
    };
    let mut r = reader(&xml);
    let (mut buf, mut inner) = (Vec::new(), Vec::new());
    let mut out = Vec::new();
    loop {
        buf.clear();
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "si" => {
                let name = e.name().as_ref().to_string();
                out.push(rich_string(&mut r, QName(&name), &mut inner)?);
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "sst" => return Ok(out),
            Ok(Event::Eof) => return Err(Bail("unterminated shared strings")),
            Err(_) => return Err(Bail("malformed shared strings")),
            _ => {}
        }
    }
}

/// The text of an `<si>`: its `<t>`s, or the `<t>`s of its runs, less phonetic runs.
fn rich_string(r: &mut Reader<&[u8]>, closing: QName, buf: &mut Vec<u8>) -> Result<String, Bail> {
    let bad = Bail("malformed shared string");
    let mut rich: Option<String> = None;
    let mut phonetic = false;
    loop {
        buf.clear();
        match r.read_event_into(buf).map_err(|_| bad)? {
            Event::Start(e) if e.local_name().as_ref() == "r" && rich.is_none() => {
                rich = Some(String::new());
            }
            Event::Start(e) if e.local_name().as_ref() == "rPh" => phonetic = true,
            Event::End(e) if e.name() == closing => return Ok(rich.unwrap_or_default()),
            Event::End(e) if e.local_name().as_ref() == "rPh" => phonetic = false,
            Event::Start(e) if e.local_name().as_ref() == "t" && !phonetic => {
                let preserve = attr(&e, "xml:space")?.is_some_and(|v| v == "preserve");
                let end = e.name().as_ref().to_string();
                let mut value = String::new();
                let mut tbuf = Vec::new();
                loop {
                    tbuf.clear();
                    match r.read_event_into(&mut tbuf).map_err(|_| bad)? {
                        Event::Text(t) => value.push_str(&t.xml10_content()),
                        Event::CData(t) => value.push_str(&t.xml10_content()),
                        Event::GeneralRef(g) => match quick_xml::escape::resolve_xml_entity(&g) {
                            Some(s) => value.push_str(s),
                            None => value.push(g.resolve_char_ref().ok().flatten().ok_or(bad)?),
                        },
                        Event::End(x) if x.name().as_ref() == end => break,
                        Event::Eof => return Err(bad),
                        _ => {}
                    }
                }
                let kept = if preserve {
                    value.as_str()
                } else {
                    trim(&value)
                };
                let mut text = String::with_capacity(kept.len());
                if has_escape(kept) {
                    unescape_into(kept, &mut text);
                } else {
                    text.push_str(kept);
                }
                match &mut rich {
                    Some(s) => s.push_str(&text),
                    None => rich = Some(text),
                }
            }
            Event::Eof => return Err(bad),
            _ => {}
        }
    }
}
