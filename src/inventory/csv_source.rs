//! CSV as people and tools write it: comma, semicolon or tab; UTF-8 with or without BOM,
//! UTF-16 (Windows PowerShell's `Out-File`), or a legacy code page (Excel's "CSV" on Windows);
//! an optional `#TYPE` first line from `Export-Csv` without `-NoTypeInformation`.

use encoding_rs::{EUC_KR, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::imported::ImportError;
use super::limits::MAX_CELLS_PER_FILE;
use super::note::{FileProblem, SheetNote};
use super::sheet::{Cell, Damage, DamageKind, FileKind, RawFile, Row, Sheet, text_cell};

/// Decodes the bytes to text, saying how when it was not plain UTF-8. UTF-8 (the usual case)
/// becomes the text in place: a 100 MB file is not held twice.
///
/// Text that is not valid UTF-8 is one of two things. A file in a legacy code page (Excel's
/// "CSV" on Windows) has no valid multi-byte sequence at all: it is read as Windows-1252. A
/// UTF-8 file with a few damaged bytes has many valid ones: it stays UTF-8, the bad bytes
/// become U+FFFD, and the cells holding them are named (the third value is `true`), so one
/// bad byte does not turn every Korean name into mojibake.
fn decode(mut bytes: Vec<u8>) -> (String, Option<SheetNote>, bool) {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let (text, note) = decode_other(&bytes);
    match text {
        Some(text) => (text, note, false),
        None => match String::from_utf8(bytes) {
            Ok(s) => (s, None, false),
            Err(e) => {
                let bytes = e.into_bytes();
                if mostly_utf8(&bytes) {
                    (String::from_utf8_lossy(&bytes).into_owned(), None, true)
                } else if let Some(text) = korean(&bytes) {
                    (text, Some(SheetNote::Cp949), false)
                } else {
                    let (text, _, _) = WINDOWS_1252.decode(&bytes);
                    (text.into_owned(), Some(SheetNote::Windows1252), false)
                }
            }
        },
    }
}

/// Excel's "CSV" on a Korean Windows is in code page 949: the text when it decodes as that
/// without a single error and holds Hangul (a Windows-1252 file's accented letters are
/// followed by ASCII, which no CP949 lead byte takes, so it fails), else `None`.
fn korean(bytes: &[u8]) -> Option<String> {
    let (text, errors) = EUC_KR.decode_without_bom_handling(bytes);
    let hangul = text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    (!errors && hangul).then(|| text.into_owned())
}

/// More valid multi-byte UTF-8 characters than invalid sequences: UTF-8 with damage, not a
/// legacy code page (whose accented letters are almost never valid UTF-8).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > invalid
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

/// Line breaks as an editor counts them: CRLF, LF and a lone CR (Excel for Mac's CSV) each
/// end one line.
fn line_breaks(bytes: &[u8]) -> u32 {
    let lf = memchr::memchr_iter(b'\n', bytes).count();
    let lone_cr = memchr::memchr_iter(b'\r', bytes)
        .filter(|&i| bytes.get(i + 1) != Some(&b'\n'))
        .count();
    (lf + lone_cr) as u32
}

/// Where the line starting at `at` ends (before its break), and where the next one starts.
fn line_at(text: &[u8], at: usize) -> (usize, usize) {
    match memchr::memchr2(b'\n', b'\r', &text[at..]) {
        None => (text.len(), text.len()),
        Some(i) => {
            let end = at + i;
            let next = if text[end..].starts_with(b"\r\n") {
                end + 2
            } else {
                end + 1
            };
            (end, next)
        }
    }
}

/// The physical lines of `text`, without their breaks.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let (end, next) = line_at(text.as_bytes(), at);
        let line = &text[at..end];
        at = next;
        Some(line)
    })
}

/// The column whose quote is left open at the end of `line`, if one is.
fn open_quote_column(line: &str, delimiter: u8) -> Option<u32> {
    let (mut column, mut in_quotes, mut opened_at) = (0u32, false, 0u32);
    for b in line.bytes() {
        if b == b'"' {
            in_quotes = !in_quotes;
            if in_quotes {
                opened_at = column;
            }
        } else if b == delimiter && !in_quotes {
            column += 1;
        }
    }
    in_quotes.then_some(opened_at)
}

/// One line read on its own, as a row of `width` fields if it can be: as CSV (a quote left
/// open runs to the line's end), or, when that gives too few fields, with its quotes taken
/// as plain characters (a stray quote then stays in its own cell, and is taken off it).
fn read_line_alone(line: &str, delimiter: u8, width: usize) -> csv::StringRecord {
    let read = |quoting: bool| {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .quoting(quoting)
            .delimiter(delimiter)
            .from_reader(line.as_bytes());
        let mut record = csv::StringRecord::new();
        // A line is always one record or none; any error leaves it empty.
        let _ = r.read_record(&mut record);
        record
    };
    let quoted = read(true);
    if quoted.len() >= width {
        return quoted;
    }
    let plain = read(false);
    if plain.len() != width {
        return quoted;
    }
    plain
        .iter()
        .map(|f| {
            let quotes = f.bytes().filter(|b| *b == b'"').count();
            if quotes % 2 == 1 {
                f.replacen('"', "", 1)
            } else {
                f.to_string()
            }
        })
        .collect()
}

/// A record that spans several lines: a cell with line breaks in it, or a stray quote that
/// swallowed the rows after it. A line that looks like a row of the table on its own (as many
/// fields as the header, its quotes closed) is a swallowed row when it ends the record (a
/// cell's own last line holds its closing quote, so its quotes never pair up), when the
/// quote is still open at the end of the file, or when the record came out with another
/// number of fields than the header (`fields`: a quote closed by the quote of a later row's
/// cell leaves that row's other cells as fields of this one) or its last line is a row whose
/// own stray quote closed this one; and two such lines are more than any note holds. A note
/// that happens to hold one line shaped like a row is kept.
fn swallowed_rows(span: &str, delimiter: u8, width: usize, fields: usize, at_eof: bool) -> bool {
    if width < 2 {
        return false;
    }
    let row_shaped = |line: &str| {
        line.bytes().filter(|b| *b == b'"').count() % 2 == 0
            && !line.trim().is_empty()
            && read_line_alone(line, delimiter, usize::MAX).len() == width
    };
    let mut shaped = 0;
    let mut last_shaped = false;
    let mut last = "";
    for line in lines_of(span).skip(1) {
        last = line;
        last_shaped = row_shaped(line);
        shaped += usize::from(last_shaped);
        if shaped >= 2 {
            return true;
        }
    }
    let unclosed = at_eof && span.bytes().filter(|b| *b == b'"').count() % 2 == 1;
    // The closing line is a row with a stray quote of its own: split at every delimiter it
    // has a row's fields (a note's last line has only those after the note's column).
    let closed_by_a_row = last.bytes().filter(|b| *b == delimiter).count() + 1 == width
        && !last
            .split(char::from(delimiter))
            .next()
            .unwrap_or("")
            .trim()
            .is_empty();
    last_shaped || (shaped == 1 && (unclosed || fields != width || closed_by_a_row))
}

pub fn read_csv(name: &str, bytes: Vec<u8>) -> Result<RawFile, ImportError> {
    let (text, note, lossy) = decode(bytes);
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
        let (_, next) = line_at(body.as_bytes(), 0);
        body = &body[next..];
        skip_lines += 1;
    }
    let first_line = lines_of(body).find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = sniff_delimiter(first_line);
    if delimiter != b',' {
        notes.push(SheetNote::Delimiter(
            char::from(delimiter).escape_default().to_string(),
        ));
    }

    let reader_at = |from: usize| {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(&body.as_bytes()[from..])
    };
    // The reader starts again after a stray quote; `base` is where its input starts in `body`.
    let mut base = 0usize;
    let mut reader = reader_at(base);
    // One row a line, near enough: reserved once rather than grown by doubling.
    let mut rows = Vec::with_capacity(line_breaks(body.as_bytes()) as usize + 1);
    let mut damage = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut total = 0usize;
    // The header's width: a record spanning lines is judged against it.
    let mut width: Option<usize> = None;
    // The csv crate does not count blank lines, so line numbers are counted here from byte
    // offsets: row numbers must match what an editor shows, whatever ends the lines.
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
        let mut byte = (base
            + record
                .position()
                .map(|p| p.byte() as usize)
                .unwrap_or(seen_byte.saturating_sub(base)))
        .min(body.len());
        // The recorded start may sit on the blank lines before the record.
        while byte < body.len() && matches!(body.as_bytes()[byte], b'\n' | b'\r') {
            byte += 1;
        }
        if byte >= seen_byte {
            seen_line += line_breaks(&body.as_bytes()[seen_byte..byte]);
            seen_byte = byte;
        }
        let line = seen_line + skip_lines;
        if memchr::memchr2(b'\n', b'\r', record.as_slice().as_bytes()).is_some() {
            let end = (base + reader.position().byte() as usize).min(body.len());
            let span = body[byte..end].trim_end_matches(['\r', '\n']);
            if let Some(w) = width
                && swallowed_rows(span, delimiter, w, record.len(), end >= body.len())
            {
                // A stray quote: this line is read on its own, and the reader starts again
                // on the next line, so the rows the quote swallowed are rows again.
                let (line_end, next) = line_at(body.as_bytes(), byte);
                let own = &body[byte..line_end];
                record = read_line_alone(own, delimiter, w);
                damage.push(Damage {
                    sheet: None,
                    row: line,
                    column: open_quote_column(own, delimiter).unwrap_or(0),
                    what: DamageKind::UnclosedQuote {
                        lines: line_breaks(span.as_bytes()),
                    },
                });
                base = next;
                reader = reader_at(base);
            }
        }
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
        width.get_or_insert(record.len());
        if lossy {
            for (i, f) in record.iter().enumerate() {
                if f.contains(char::REPLACEMENT_CHARACTER) {
                    damage.push(Damage {
                        sheet: None,
                        row: line,
                        column: i as u32,
                        what: DamageKind::NotUtf8,
                    });
                }
            }
        }
        total += cells.len();
        if rows.len() >= crate::limits::MAX_ROWS_PER_CSV {
            return Err(ImportError::TooLarge {
                file: name.into(),
                why: FileProblem::Rows {
                    cap: crate::limits::MAX_ROWS_PER_CSV,
                },
            });
        }
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
    let bad_bytes = damage
        .iter()
        .filter(|d| d.what == DamageKind::NotUtf8)
        .count();
    if lossy {
        notes.push(SheetNote::NotUtf8 { cells: bad_bytes });
    }
    Ok(RawFile {
        kind: FileKind::Csv,
        sheets: vec![Sheet { name: None, rows }],
        notes,
        damage,
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
    fn korean_windows_csv_is_read_as_cp949_and_noted() {
        // "웹서버" and "홍길동" in CP949, as Excel on a Korean Windows saves a CSV.
        let (name, owner) = (EUC_KR.encode("웹서버").0, EUC_KR.encode("홍길동").0);
        let mut bytes = b"Name,Owner\n".to_vec();
        bytes.extend(name.iter());
        bytes.push(b',');
        bytes.extend(owner.iter());
        bytes.push(b'\n');
        let f = read_csv("t.csv", bytes).unwrap();
        assert_eq!(texts(&f)[1], ["웹서버", "홍길동"]);
        assert!(f.notes.contains(&SheetNote::Cp949));
        // A Western file with accents is still Windows-1252, not misread as Korean.
        let f = read_csv("t.csv", b"Name,Owner\nVM1,Jos\xE9 Garc\xEDa\n".to_vec()).unwrap();
        assert_eq!(texts(&f)[1][1], "José García");
        assert!(f.notes.contains(&SheetNote::Windows1252));
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
