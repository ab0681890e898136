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

    /// The catalogue's English is the error's own (its `Display`, what an English error
    /// chain prints), for every kind of refusal.
    #[test]
    fn english_words_are_the_errors_display() {
        let all = [
            Over::NotAFile {
                role: Role::Policy,
                what: NotAFile::Fifo,
            },
            Over::FileBytes {
                role: Role::Inventory,
                bytes: 3 << 30,
                cap: 2 << 30,
            },
            Over::TextBytes {
                sheet: Some("vInfo".into()),
                cap: 9,
            },
            Over::TextBytes {
                sheet: None,
                cap: 9,
            },
            Over::SharedStrings { cap: 8 },
            Over::SharedStringsBytes { cap: 7 },
            Over::CellXml {
                sheet: Some("vDisk".into()),
                cell: "B7".into(),
                cap: 6,
            },
            Over::CellXml {
                sheet: None,
                cell: "shared string 3".into(),
                cap: 6,
            },
            Over::Styles { cap: 5 },
            Over::PartBytes {
                part: "xl/workbook.xml".into(),
                cap: 4,
            },
            Over::OdsCells {
                sheet: "Sheet1".into(),
                cells: 10,
                cap: 3,
            },
            Over::Rules { count: 2, cap: 1 },
            Over::RuleText {
                rule: "r1".into(),
                field: "title",
                chars: 3,
                cap: 2,
            },
            Over::Placeholders {
                rule: "r2".into(),
                count: 13,
                cap: 12,
            },
        ];
        for o in &all {
            assert_eq!(over(Lang::En, o), o.to_string());
            assert!(!over(Lang::Ko, o).contains("too "), "{o}");
        }
        let r = Refused {
            file: "p.toml".into(),
            why: all[0].clone(),
        };
        assert_eq!(refused(Lang::En, &r), r.to_string());
    }
}
