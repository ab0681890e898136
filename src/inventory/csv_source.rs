//! CSV as people and tools write it: comma, semicolon or tab; UTF-8 with or without BOM,
//! UTF-16 (Windows PowerShell's `Out-File`), or a legacy code page (Excel's "CSV" on Windows);
//! an optional `#TYPE` first line from `Export-Csv` without `-NoTypeInformation`.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::ImportError;
use super::limits::MAX_CELLS_PER_FILE;
use super::note::{FileProblem, SheetNote};
use super::sheet::{Cell, FileKind, RawFile, Row, Sheet, text_cell};

/// Decodes the bytes to text, saying how when it was not plain UTF-8. UTF-8 (the usual case)
/// becomes the text in place: a 100 MB file is not held twice.
fn decode(mut bytes: Vec<u8>) -> (String, Option<SheetNote>) {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let (text, note) = decode_other(&bytes);
    match text {
        Some(text) => (text, note),
        None => match String::from_utf8(bytes) {
            Ok(s) => (s, None),
            Err(e) => {
                let (text, _, _) = WINDOWS_1252.decode(e.as_bytes());
                (text.into_owned(), Some(SheetNote::Windows1252))
            }
        },
    }
}

/// UTF-16 with or without a BOM, decoded; `None` for text to be read as UTF-8.
fn decode_other(bytes: &[u8]) -> (Option<String>, Option<SheetNote>) {
    if bytes.starts_with(&[0xFF, 0xFE]) {
        let (text, _, _) = UTF_16LE.decode(bytes);
        return (
            Some(text.into_owned()),
            Some(SheetNote::Utf16 {
                big_endian: false,
                bom: true,
            }),
        );
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let (text, _, _) = UTF_16BE.decode(bytes);
        return (
            Some(text.into_owned()),
            Some(SheetNote::Utf16 {
                big_endian: true,
                bom: true,
            }),
        );
    }
    // UTF-16 without a BOM: every other byte of ASCII text is NUL.
    let sample = &bytes[..bytes.len().min(512)];
    let odd_nuls = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    let even_nuls = sample.iter().step_by(2).filter(|b| **b == 0).count();
    if sample.len() >= 8 && odd_nuls * 10 > sample.len() * 4 && even_nuls * 10 < sample.len() {
        let (text, _) = UTF_16LE.decode_without_bom_handling(bytes);
        return (
            Some(text.into_owned()),
            Some(SheetNote::Utf16 {
                big_endian: false,
                bom: false,
            }),
        );
    }
    (None, None)
}

/// Picks the delimiter that splits the header line into the most fields.
fn sniff_delimiter(line: &str) -> u8 {
    let mut best = (b',', 0usize);
    for d in [b',', b';', b'\t', b'|'] {
        let mut in_quotes = false;
        let mut n = 0;
        for ch in line.bytes() {
            if ch == b'"' {
                in_quotes = !in_quotes;
            } else if ch == d && !in_quotes {
                n += 1;
            }
        }
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
}

pub fn read_csv(name: &str, bytes: Vec<u8>) -> Result<RawFile, ImportError> {
    let (text, note) = decode(bytes);
    let mut notes: Vec<SheetNote> = note.into_iter().collect();
    if text.contains('\0') {
        notes.push(SheetNote::NulRemoved);
    }
    let text = if text.contains('\0') {
        text.replace('\0', "")
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(ImportError::Unreadable {
            file: name.into(),
            sheet: None,
            why: FileProblem::NoText,
        });
    }
    // Binary junk decodes to text too; refuse what is mostly control characters.
    let sample: Vec<char> = text.chars().take(4096).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if control * 10 > sample.len() {
        return Err(ImportError::Unreadable {
            file: name.into(),
            sheet: None,
            why: FileProblem::Binary,
        });
    }

    // `#TYPE Microsoft.HyperV.PowerShell.VirtualMachine` and similar comment lines.
    let mut skip_lines = 0u32;
    let mut body = text.as_str();
    while body.starts_with('#') {
        match body.find('\n') {
            Some(i) => {
                body = &body[i + 1..];
                skip_lines += 1;
            }
            None => body = "",
        }
    }
    let first_line = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = sniff_delimiter(first_line);
    if delimiter != b',' {
        notes.push(SheetNote::Delimiter(
            char::from(delimiter).escape_default().to_string(),
        ));
    }

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    // One row a line, near enough: reserved once rather than grown by doubling.
    let mut rows = Vec::with_capacity(body.bytes().filter(|b| *b == b'\n').count() + 1);
    let mut record = csv::StringRecord::new();
    let mut total = 0usize;
    // The csv crate does not count blank lines, so line numbers are counted here from byte
    // offsets: row numbers must match what an editor shows.
    let (mut seen_byte, mut seen_line) = (0usize, 1u32);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line() as u32 + skip_lines);
                return Err(ImportError::Unreadable {
                    file: name.into(),
                    sheet: None,
                    why: FileProblem::Csv {
                        line,
                        why: e.to_string(),
                    },
                });
            }
        }
        let mut byte = record
            .position()
            .map(|p| p.byte() as usize)
            .unwrap_or(seen_byte)
            .min(body.len());
        // The recorded start may sit on the blank lines before the record.
        while byte < body.len() && matches!(body.as_bytes()[byte], b'\n' | b'\r') {
            byte += 1;
        }
        if byte >= seen_byte {
            seen_line += body.as_bytes()[seen_byte..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count() as u32;
            seen_byte = byte;
        }
        let line = seen_line + skip_lines;
        // Sized once from the record: collected from a filter, an 11-field row would grow to
        // room for 16 cells (640 bytes where 440 do; 200 MB over a million rows).
        let mut cells: Vec<(u32, Cell)> = Vec::with_capacity(record.len());
        cells.extend(
            record
                .iter()
                .enumerate()
                .filter_map(|(i, f)| text_cell(f.trim()).map(|c| (i as u32, c))),
        );
        if cells.is_empty() {
            continue;
        }
        total += cells.len();
        if total > MAX_CELLS_PER_FILE {
            return Err(ImportError::TooLarge {
                file: name.into(),
                why: FileProblem::Cells {
                    cap: MAX_CELLS_PER_FILE,
                },
            });
        }
        rows.push(Row {
            number: line,
            cells,
        });
    }
    Ok(RawFile {
        kind: FileKind::Csv,
        sheets: vec![Sheet { name: None, rows }],
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(f: &RawFile) -> Vec<Vec<String>> {
        f.sheets[0]
            .rows
            .iter()
            .map(|r| r.cells.iter().map(|(_, c)| c.text()).collect())
            .collect()
    }

    #[test]
    fn delimiters_and_encodings() {
        let want = vec![
            vec!["Name".to_string(), "Gen".into()],
            vec!["VM1".into(), "2".into()],
        ];
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("comma", b"Name,Gen\nVM1,2\n".to_vec()),
            ("semicolon", b"Name;Gen\r\nVM1;2\r\n".to_vec()),
            ("tab", b"Name\tGen\nVM1\t2\n".to_vec()),
            ("bom", b"\xEF\xBB\xBFName,Gen\nVM1,2\n".to_vec()),
            (
                "type line",
                b"#TYPE Selected.Microsoft\nName,Gen\nVM1,2\n".to_vec(),
            ),
            ("utf16", {
                let mut v = vec![0xFF, 0xFE];
                v.extend(
                    "Name,Gen\r\nVM1,2\r\n"
                        .encode_utf16()
                        .flat_map(|u| u.to_le_bytes()),
                );
                v
            }),
            (
                "utf16 no bom",
                "Name,Gen\r\nVM1,2\r\n"
                    .encode_utf16()
                    .flat_map(|u| u.to_le_bytes())
                    .collect(),
            ),
        ];
        for (label, bytes) in cases {
            let f = read_csv("t.csv", bytes).unwrap_or_else(|e| panic!("{label}: {e}"));
            assert_eq!(texts(&f), want, "{label}");
        }
    }

    #[test]
    fn row_numbers_are_lines_of_the_file() {
        let f = read_csv("t.csv", b"#TYPE x\nName,Gen\n\nVM1,2\n".to_vec()).unwrap();
        let numbers: Vec<u32> = f.sheets[0].rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, vec![2, 4]);
    }

    #[test]
    fn windows_1252_is_read_and_noted() {
        let f = read_csv("t.csv", b"Name,Owner\nVM1,Jos\xE9\n".to_vec()).unwrap();
        assert_eq!(texts(&f)[1][1], "José");
        assert!(f.notes.contains(&SheetNote::Windows1252));
    }

    #[test]
    fn binary_is_refused() {
        let junk: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 31) as u8).collect();
        assert!(read_csv("t.xlsx", junk).is_err());
    }
}
