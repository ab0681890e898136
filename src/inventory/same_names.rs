//! Sheets told apart by their part, not their name. Excel refuses two sheets of one name, but
//! a workbook written by a script can hold them, and calamine finds a sheet by its name: the
//! xlsx reader read the first twice, the ods and xls readers the last twice, and the other's
//! rows were lost without a word. Before any reader opens an xlsx or ods, a later sheet that
//! repeats a name is renamed in the package (`Servers` → `Servers (2)`), so every reader then
//! finds each sheet, by its own part, under a name of its own, and a note says so.
//!
//! An xls keeps its names in binary records whose renaming would move every offset after
//! them: there the sheet that cannot be read is named in a note instead.

use std::io::{Cursor, Read, Write};

use zip::ZipArchive;

use super::note::SheetNote;

/// New names for sheets that repeat an earlier one (`None`: keeps its name). A new name is
/// the name and the next free number, `Servers (2)`, never one another sheet already has.
fn unique_names(names: &[String]) -> Vec<Option<String>> {
    let mut taken: Vec<String> = names.to_vec();
    let mut out = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        if !names[..i].contains(name) {
            out.push(None);
            continue;
        }
        let mut n = 2;
        let new = loop {
            let candidate = format!("{name} ({n})");
            if !taken.contains(&candidate) {
                break candidate;
            }
            n += 1;
        };
        taken.push(new.clone());
        out.push(Some(new));
    }
    out
}

/// Where the value of attribute `key` sits in a start tag: (start, end) of the text between
/// its quotes.
fn attr_value(tag: &[u8], key: &[u8]) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&tag[from..], key).map(|i| from + i) {
        from = at + key.len();
        if !tag[..at].last().is_some_and(u8::is_ascii_whitespace) {
            continue;
        }
        let rest = &tag[from..];
        let eq = rest.iter().position(|b| !b.is_ascii_whitespace())?;
        if rest[eq] != b'=' {
            continue;
        }
        let q = eq
            + 1
            + rest[eq + 1..]
                .iter()
                .position(|b| !b.is_ascii_whitespace())?;
        let quote = rest[q];
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let end = q + 1 + memchr::memchr(quote, &rest[q + 1..])?;
        return Some((from + q + 1, from + end));
    }
    None
}

fn escape(s: &str) -> String {
    quick_xml::escape::escape(s).into_owned()
}

/// Every start tag `<{element}` in `xml` with its name attribute: (tag start, value start,
/// value end, the name unescaped).
fn named_tags(xml: &[u8], element: &[u8], key: &[u8]) -> Vec<(usize, usize, usize, String)> {
    let mut out = Vec::new();
    let mut open = b"<".to_vec();
    open.extend_from_slice(element);
    for at in memchr::memmem::find_iter(xml, &open) {
        let after = at + open.len();
        if !xml
            .get(after)
            .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
        {
            continue;
        }
        let Some(close) = memchr::memchr(b'>', &xml[after..]).map(|i| after + i) else {
            continue;
        };
        let Some((s, e)) = attr_value(&xml[at..close], key) else {
            continue;
        };
        let raw = String::from_utf8_lossy(&xml[at + s..at + e]);
        let name = quick_xml::escape::unescape(&raw)
            .map(|c| c.into_owned())
            .unwrap_or_else(|_| raw.into_owned());
        out.push((at, at + s, at + e, name));
    }
    out
}

/// `xml` with the name of each tag that repeats an earlier one made unique; the notes say
/// which. `None` when no name repeats.
fn rename_in(xml: &[u8], element: &[u8], key: &[u8]) -> Option<(Vec<u8>, Vec<SheetNote>)> {
    let tags = named_tags(xml, element, key);
    let names: Vec<String> = tags.iter().map(|t| t.3.clone()).collect();
    let new = unique_names(&names);
    if new.iter().all(Option::is_none) {
        return None;
    }
    let mut out = Vec::with_capacity(xml.len() + 64);
    let mut notes = Vec::new();
    let mut last = 0;
    for ((_, s, e, old), new) in tags.iter().zip(new) {
        let Some(new) = new else {
            continue;
        };
        out.extend_from_slice(&xml[last..*s]);
        out.extend_from_slice(escape(&new).as_bytes());
        last = *e;
        notes.push(SheetNote::SameName {
            name: old.clone(),
            read_as: new,
        });
    }
    out.extend_from_slice(&xml[last..]);
    Some((out, notes))
}

/// The package with entry `entry` replaced by `data`, every other entry copied as it is
/// stored (not inflated again).
fn replace_entry(bytes: &[u8], entry: &str, data: &[u8]) -> Option<Vec<u8>> {
    let mut zin = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + 1024)));
    for i in 0..zin.len() {
        let f = zin.by_index_raw(i).ok()?;
        if f.name().ok().as_deref() == Some(entry) {
            let options =
                zip::write::SimpleFileOptions::default().compression_method(f.compression());
            drop(f);
            out.start_file(entry, options).ok()?;
            out.write_all(data).ok()?;
        } else {
            out.raw_copy_file(f).ok()?;
        }
    }
    out.finish().ok().map(Cursor::into_inner)
}

/// The whole of one entry, read up to `cap` bytes (the zip's own limits were checked before).
fn entry_bytes(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<Vec<u8>> {
    let mut f = zip.by_name(name).ok()?;
    let mut out = Vec::with_capacity(f.size().min(1 << 26) as usize);
    f.read_to_end(&mut out).ok()?;
    Some(out)
}

/// An xlsx whose workbook names two sheets alike, with the later ones renamed; the bytes as
/// they were otherwise (or when the package is too unusual to tell: calamine then reads it).
pub(crate) fn xlsx(bytes: Vec<u8>) -> (Vec<u8>, Vec<SheetNote>) {
    let renamed = (|| {
        let mut zip = ZipArchive::new(Cursor::new(&bytes[..])).ok()?;
        let entry = super::xlsx_fast::workbook_entry(&mut zip)?;
        let xml = entry_bytes(&mut zip, &entry)?;
        let (xml, notes) = rename_in(&xml, b"sheet", b"name")?;
        Some((replace_entry(&bytes, &entry, &xml)?, notes))
    })();
    match renamed {
        Some((bytes, notes)) => (bytes, notes),
        None => (bytes, Vec::new()),
    }
}

/// An ods whose content names two tables alike, with the later ones renamed.
pub(crate) fn ods(bytes: Vec<u8>) -> (Vec<u8>, Vec<SheetNote>) {
    let renamed = (|| {
        let mut zip = ZipArchive::new(Cursor::new(&bytes[..])).ok()?;
        let xml = entry_bytes(&mut zip, "content.xml")?;
        let (xml, notes) = rename_in(&xml, b"table:table", b"table:name")?;
        Some((replace_entry(&bytes, "content.xml", &xml)?, notes))
    })();
    match renamed {
        Some((bytes, notes)) => (bytes, notes),
        None => (bytes, Vec::new()),
    }
}

/// An xls's worksheets, each name once, and a note for each sheet that repeats a name: the
/// xls reader holds one sheet a name (the last), so the other cannot be read.
pub(crate) fn xls(names: Vec<String>) -> (Vec<String>, Vec<SheetNote>) {
    let mut kept: Vec<String> = Vec::with_capacity(names.len());
    let mut notes = Vec::new();
    for name in names {
        if kept.contains(&name) {
            notes.push(SheetNote::SameNameNotRead { name });
        } else {
            kept.push(name);
        }
    }
    (kept, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_sheets_of_a_name_are_renamed_and_noted() {
        let xml = br#"<sheets><sheet name="A" r:id="rId1"/><sheet name='A' r:id="rId2"/><sheet name="A (2)" r:id="rId3"/><sheet  name = "A" sheetId="4"/></sheets>"#;
        let (out, notes) = rename_in(xml, b"sheet", b"name").unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(
            out,
            r#"<sheets><sheet name="A" r:id="rId1"/><sheet name='A (3)' r:id="rId2"/><sheet name="A (2)" r:id="rId3"/><sheet  name = "A (4)" sheetId="4"/></sheets>"#
        );
        assert_eq!(notes.len(), 2);
        // `<sheets>` is not a sheet, and a workbook without repeats is left alone.
        assert!(
            rename_in(
                br#"<sheets><sheet name="A"/><sheet name="B"/></sheets>"#,
                b"sheet",
                b"name"
            )
            .is_none()
        );
    }

    #[test]
    fn escaped_names_are_compared_unescaped_and_written_escaped() {
        let xml = br#"<sheet name="R&amp;D"/><sheet name="R&amp;D"/>"#;
        let (out, _) = rename_in(xml, b"sheet", b"name").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"<sheet name="R&amp;D"/><sheet name="R&amp;D (2)"/>"#
        );
    }
}
