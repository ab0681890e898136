//! What a file that is no inventory is, told from its bytes before a spreadsheet reader sees
//! it: a Word document renamed `.xlsx` made the reader say `File not found
//! 'word/_rels/document.xml.rels'`, a library's internals, where the reader needs "this is a
//! Word document". Only what is certain is named: a zip is a Word document when it holds
//! `word/document.xml` and no `xl/workbook.xml`; a package whose parts say nothing known is
//! left to the reader, whose own error then stands.

use std::io::{Cursor, Read};

/// A kind of file rehost does not read, named so the reader knows what they gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Other {
    /// Office Open XML: `word/document.xml` (.docx, .docm, .dotx).
    Word,
    /// `ppt/presentation.xml` (.pptx).
    PowerPoint,
    /// `visio/document.xml` (.vsdx).
    Visio,
    /// An Excel binary workbook: `xl/workbook.bin` (.xlsb), a workbook rehost does not read.
    ExcelBinary,
    /// A compound file holding a `WordDocument` stream (.doc).
    Word97,
    /// A compound file holding a `PowerPoint Document` stream (.ppt).
    PowerPoint97,
    /// A compound file holding Outlook's `__substg1.0_` streams (.msg).
    OutlookMessage,
    /// An OpenDocument package whose `mimetype` is text (.odt).
    OdfText,
    /// An OpenDocument presentation (.odp).
    OdfPresentation,
    /// Another OpenDocument package (drawing, chart, formula…).
    OdfOther,
    Pdf,
    Rtf,
    Png,
    Jpeg,
    Gif,
    Gzip,
    SevenZip,
    Rar,
    /// A zip archive with no package parts at all.
    Zip,
}

/// A zip (its first bytes `PK\x03\x04`) that is certainly no workbook; `None` for a workbook,
/// an OpenDocument spreadsheet, or a package the xlsx reader is left to judge.
pub fn zip(bytes: &[u8]) -> Option<Other> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let has = |name: &str| zip.index_for_name(name).is_some();
    if has("xl/workbook.xml") {
        return None;
    }
    let found = [
        ("xl/workbook.bin", Other::ExcelBinary),
        ("word/document.xml", Other::Word),
        ("ppt/presentation.xml", Other::PowerPoint),
        ("visio/document.xml", Other::Visio),
    ]
    .into_iter()
    .find(|(part, _)| has(part));
    if let Some((_, kind)) = found {
        return Some(kind);
    }
    let package = has("_rels/.rels") || has("[Content_Types].xml");
    if has("mimetype") {
        // An ODF package's first entry, stored: its media type, a line of ASCII.
        let mut kind = String::new();
        zip.by_name("mimetype")
            .ok()?
            .take(128)
            .read_to_string(&mut kind)
            .ok()?;
        return match kind.trim() {
            "application/vnd.oasis.opendocument.spreadsheet" => None,
            "application/vnd.oasis.opendocument.text" => Some(Other::OdfText),
            "application/vnd.oasis.opendocument.presentation" => Some(Other::OdfPresentation),
            k if k.starts_with("application/vnd.oasis.opendocument.") => Some(Other::OdfOther),
            _ => Some(Other::Zip),
        };
    }
    if package {
        return None;
    }
    Some(Other::Zip)
}

/// A compound file (.xls's container) with no workbook stream that is certainly something
/// else: a Word or PowerPoint 97-2003 file, an Outlook message.
pub fn compound<F: Read + std::io::Seek>(cf: &cfb::CompoundFile<F>) -> Option<Other> {
    if cf.is_stream("/WordDocument") {
        return Some(Other::Word97);
    }
    if cf.is_stream("/PowerPoint Document") {
        return Some(Other::PowerPoint97);
    }
    let outlook = cf.is_stream("/__properties_version1.0")
        || cf
            .read_root_storage()
            .any(|e| e.name().starts_with("__substg1.0_"));
    outlook.then_some(Other::OutlookMessage)
}

/// A file that is neither zip nor compound file, by its signature: a PDF, an RTF, an image or
/// an archive, which the CSV reader would otherwise read as text.
pub fn magic(bytes: &[u8]) -> Option<Other> {
    let signatures: [(&[u8], Other); 9] = [
        (b"%PDF-", Other::Pdf),
        (b"{\\rtf", Other::Rtf),
        (b"\x89PNG\r\n\x1a\n", Other::Png),
        (b"\xFF\xD8\xFF", Other::Jpeg),
        (b"GIF87a", Other::Gif),
        (b"GIF89a", Other::Gif),
        (b"\x1F\x8B", Other::Gzip),
        (b"7z\xBC\xAF\x27\x1C", Other::SevenZip),
        (b"Rar!\x1A\x07", Other::Rar),
    ];
    signatures
        .into_iter()
        .find(|(sig, _)| bytes.starts_with(sig))
        .map(|(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in parts {
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            w.start_file(*name, opts).unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    /// One row per kind: the parts a real file of it holds, and what it is told as.
    #[test]
    fn zips_are_told_by_their_parts() {
        let rows: &[(&[&str], Option<Other>)] = &[
            (
                &["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"],
                None,
            ),
            (
                &["[Content_Types].xml", "_rels/.rels", "word/document.xml"],
                Some(Other::Word),
            ),
            (
                &["[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"],
                Some(Other::PowerPoint),
            ),
            (
                &["[Content_Types].xml", "_rels/.rels", "visio/document.xml"],
                Some(Other::Visio),
            ),
            (
                &["[Content_Types].xml", "_rels/.rels", "xl/workbook.bin"],
                Some(Other::ExcelBinary),
            ),
            // A package laid out otherwise: the xlsx reader judges it.
            (
                &["[Content_Types].xml", "_rels/.rels", "book/main.xml"],
                None,
            ),
            (&["notes.txt", "photo.jpg"], Some(Other::Zip)),
        ];
        for (parts, want) in rows {
            let parts: Vec<(&str, &str)> = parts.iter().map(|p| (*p, "<x/>")).collect();
            assert_eq!(zip(&zip_of(&parts)), *want, "{parts:?}");
        }
        let odf = |t: &str| zip(&zip_of(&[("mimetype", t), ("content.xml", "<x/>")]));
        assert_eq!(odf("application/vnd.oasis.opendocument.spreadsheet"), None);
        assert_eq!(
            odf("application/vnd.oasis.opendocument.text"),
            Some(Other::OdfText)
        );
        assert_eq!(
            odf("application/vnd.oasis.opendocument.presentation"),
            Some(Other::OdfPresentation)
        );
        assert_eq!(
            odf("application/vnd.oasis.opendocument.graphics"),
            Some(Other::OdfOther)
        );
        assert_eq!(
            zip(b"PK\x03\x04 not a zip at all"),
            None,
            "left to the reader"
        );
    }

    #[test]
    fn signatures_name_the_kind_and_text_is_none() {
        assert_eq!(magic(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), Some(Other::Pdf));
        assert_eq!(magic(b"{\\rtf1\\ansi"), Some(Other::Rtf));
        assert_eq!(magic(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(Other::Png));
        assert_eq!(magic(b"\x1F\x8B\x08\0"), Some(Other::Gzip));
        assert_eq!(magic(b"Name,Cores\nweb-01,2\n"), None);
        assert_eq!(magic(b"%PD,x\n"), None);
    }
}
