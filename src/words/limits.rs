//! A file refused by a cap ([`crate::limits`]), in the reader's language: what the file is to
//! rehost, what it turned out to be, and the figure that went over.

use super::Lang;
use crate::limits::{NotAFile, Over, Refused, Role};

/// What a file is to rehost (`inventory file`, `인벤토리 파일`).
pub fn role(lang: Lang, r: Role) -> String {
    match r {
        Role::Inventory => crate::say!(lang, "lim-role-inventory"),
        Role::Rules => crate::say!(lang, "lim-role-rules"),
        Role::Prices => crate::say!(lang, "lim-role-prices"),
        Role::Policy => crate::say!(lang, "lim-role-policy"),
    }
}

/// What a path named instead of a regular file.
pub fn not_a_file(lang: Lang, w: NotAFile) -> String {
    match w {
        NotAFile::Directory => crate::say!(lang, "lim-what-directory"),
        NotAFile::Device => crate::say!(lang, "lim-what-device"),
        NotAFile::Fifo => crate::say!(lang, "lim-what-fifo"),
        NotAFile::Socket => crate::say!(lang, "lim-what-socket"),
        NotAFile::Other => crate::say!(lang, "lim-what-other"),
    }
}

/// `sheet "vInfo": `, or nothing for a file-wide cap.
fn at_sheet(lang: Lang, sheet: &Option<String>) -> String {
    sheet.as_ref().map_or_else(String::new, |s| {
        crate::say!(lang, "lim-sheet", sheet = format!("{s:?}"))
    })
}

/// Why a file was refused (the caller names the file).
pub fn over(lang: Lang, o: &Over) -> String {
    let n = |x: &dyn ToString| x.to_string();
    match o {
        Over::NotAFile { role: r, what } => crate::say!(
            lang,
            "lim-not-a-file",
            what = not_a_file(lang, *what),
            role = role(lang, *r)
        ),
        Over::FileBytes {
            role: r,
            bytes,
            cap,
        } => crate::say!(
            lang,
            "lim-file-bytes",
            bytes = n(bytes),
            cap = n(cap),
            role = role(lang, *r)
        ),
        Over::TextBytes { sheet, cap } => crate::say!(
            lang,
            "lim-text-bytes",
            at = at_sheet(lang, sheet),
            cap = n(cap)
        ),
        Over::SharedStrings { cap } => crate::say!(lang, "lim-shared-strings", cap = n(cap)),
        Over::SharedStringsBytes { cap } => {
            crate::say!(lang, "lim-shared-strings-bytes", cap = n(cap))
        }
        Over::CellXml { sheet, cell, cap } => crate::say!(
            lang,
            "lim-cell-xml",
            at = at_sheet(lang, sheet),
            cell = cell,
            cap = n(cap)
        ),
        Over::Styles { cap } => crate::say!(lang, "lim-styles", cap = n(cap)),
        Over::PartBytes { part, cap } => crate::say!(
            lang,
            "lim-part-bytes",
            part = format!("{part:?}"),
            cap = n(cap)
        ),
        Over::OdsCells { sheet, cells, cap } => crate::say!(
            lang,
            "lim-ods-cells",
            sheet = format!("{sheet:?}"),
            cells = n(cells),
            cap = n(cap)
        ),
        Over::Rules { count, cap } => {
            crate::say!(lang, "lim-rules", count = n(count), cap = n(cap))
        }
        Over::RuleText {
            rule,
            field,
            chars,
            cap,
        } => crate::say!(
            lang,
            "lim-rule-text",
            rule = rule,
            field = *field,
            chars = n(chars),
            cap = n(cap)
        ),
        Over::Placeholders { rule, count, cap } => crate::say!(
            lang,
            "lim-placeholders",
            rule = rule,
            count = n(count),
            cap = n(cap)
        ),
    }
}

/// The English words are a refusal's own `Display` (what an English error chain prints).
impl std::fmt::Display for Over {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&over(Lang::En, self))
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&refused(Lang::En, self))
    }
}

/// A refused file, named: `inventory.xlsx: too large: …`.
pub fn refused(lang: Lang, r: &Refused) -> String {
    crate::say!(
        lang,
        "lim-refused",
        file = &r.file,
        why = over(lang, &r.why)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of refusal: its English words (the error's `Display`, what an English error
    /// chain prints) as rehost has always written them, and Korean words with no English left.
    #[test]
    fn every_refusal_in_both_languages() {
        let rows: &[(Over, &str)] = &[
            (
                Over::NotAFile {
                    role: Role::Policy,
                    what: NotAFile::Fifo,
                },
                "is a pipe (FIFO), not a regular DR policy file: it has no size to check and may never end, so it is not read",
            ),
            (
                Over::NotAFile {
                    role: Role::Inventory,
                    what: NotAFile::Directory,
                },
                "is a folder, not a regular inventory file: it has no size to check and may never end, so it is not read",
            ),
            (
                Over::FileBytes {
                    role: Role::Inventory,
                    bytes: 3 << 30,
                    cap: 2 << 30,
                },
                "too large: 3221225472 bytes is over the 2147483648 byte cap on one inventory file",
            ),
            (
                Over::FileBytes {
                    role: Role::Prices,
                    bytes: 9,
                    cap: 8,
                },
                "too large: 9 bytes is over the 8 byte cap on one prices file",
            ),
            (
                Over::TextBytes {
                    sheet: Some("vInfo".into()),
                    cap: 9,
                },
                "too large: sheet \"vInfo\": the cells' text passes the cap of 9 bytes on one file (a shared string is copied into every cell that refers to it)",
            ),
            (
                Over::TextBytes {
                    sheet: None,
                    cap: 9,
                },
                "too large: the cells' text passes the cap of 9 bytes on one file (a shared string is copied into every cell that refers to it)",
            ),
            (
                Over::SharedStrings { cap: 8 },
                "too large: the shared-string table has more than 8 entries",
            ),
            (
                Over::SharedStringsBytes { cap: 7 },
                "too large: the shared-string table (sharedStrings.xml) inflates past the cap of 7 bytes",
            ),
            (
                Over::CellXml {
                    sheet: Some("vDisk".into()),
                    cell: "B7".into(),
                    cap: 6,
                },
                "too large: sheet \"vDisk\": B7 is over the cap of 6 bytes of XML for one cell (an Excel cell holds at most 32,767 characters)",
            ),
            (
                Over::CellXml {
                    sheet: None,
                    cell: "shared string 3".into(),
                    cap: 6,
                },
                "too large: shared string 3 is over the cap of 6 bytes of XML for one cell (an Excel cell holds at most 32,767 characters)",
            ),
            (
                Over::Styles { cap: 5 },
                "too large: the styles hold more than 5 number and cell formats",
            ),
            (
                Over::PartBytes {
                    part: "xl/workbook.xml".into(),
                    cap: 4,
                },
                "too large: part \"xl/workbook.xml\" inflates past the cap of 4 bytes",
            ),
            (
                Over::OdsCells {
                    sheet: "Sheet1".into(),
                    cells: 10,
                    cap: 3,
                },
                "too large: sheet \"Sheet1\"'s repeat attributes (number-rows-repeated, number-columns-repeated) stand for 10 cells, over the cap of 3 ODS cells",
            ),
            (
                Over::Rules { count: 2, cap: 1 },
                "too large: 2 rules is over the cap of 1 in one matrix",
            ),
            (
                Over::RuleText {
                    rule: "r1".into(),
                    field: "title",
                    chars: 3,
                    cap: 2,
                },
                "too long: rule r1's title has 3 characters, over the cap of 2",
            ),
            (
                Over::Placeholders {
                    rule: "r2".into(),
                    count: 13,
                    cap: 12,
                },
                "too many: rule r2's message has 13 placeholders, over the cap of 12",
            ),
        ];
        for (o, english) in rows {
            assert_eq!(o.to_string(), *english);
            let ko = over(Lang::Ko, o);
            assert!(ko.chars().any(|c| ('가'..='힣').contains(&c)), "{ko}");
            assert!(!ko.contains("too ") && !ko.contains(" cap"), "{ko}");
        }
        let r = Refused {
            file: "p.toml".into(),
            why: rows[0].0.clone(),
        };
        assert_eq!(r.to_string(), format!("p.toml: {}", rows[0].1));
        assert!(refused(Lang::Ko, &r).starts_with("p.toml: "));
    }
}
