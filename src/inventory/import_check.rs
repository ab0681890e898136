//! The RVTools XLSX import's pre-check: before an RVTools export goes to Azure Migrate's "VMware
//! inventory (RVTools XLSX)" import, the sheets and columns it needs are there, it holds fewer
//! servers than the import takes, and each vInfo row has its VM UUID and OS, the UUID once.
//! The rules are data (`rules::import_template::RvtoolsImport`); this reads the workbook's cells
//! as written (no format detection, no machines), so it says what the import will see.

use std::collections::HashMap;
use std::path::Path;

use super::imported::ImportError;
use super::sheet::{ColumnPlan, Sheet};
use super::source;
use crate::rules::import_template::RvtoolsImport;

/// One thing the import will refuse or skip.
#[derive(Debug, Clone, PartialEq)]
pub enum RvProblem {
    /// The file is not an xlsx ("The file format should be XLSX").
    NotXlsx,
    MissingSheet {
        sheet: String,
    },
    MissingColumn {
        sheet: String,
        column: String,
    },
    /// More servers than the import takes: `servers` with a VM UUID and an OS, at most `max`.
    TooManyServers {
        servers: usize,
        max: usize,
    },
    /// A vInfo row (`row`, the VM `vm`) without a VM UUID.
    NoUuid {
        row: u32,
        vm: String,
    },
    /// A vInfo row without `OS according to the configuration file`.
    NoOs {
        row: u32,
        vm: String,
    },
    /// A vInfo row whose VM UUID an earlier row (`first_row`) has.
    DuplicateUuid {
        row: u32,
        vm: String,
        first_row: u32,
    },
    /// A row after the import's limit was reached: not imported.
    BeyondLimit {
        row: u32,
        vm: String,
    },
}

/// A vInfo row that is no VM to migrate (a template, an SRM placeholder): the page does not
/// say whether the import takes it; rehost assesses neither, so it is said, not refused.
#[derive(Debug, Clone, PartialEq)]
pub struct NotAVmRow {
    pub row: u32,
    pub vm: String,
    pub placeholder: bool,
}

/// What the pre-check found in one file.
#[derive(Debug, Clone)]
pub struct RvCheck {
    pub file: String,
    /// vInfo rows naming a VM.
    pub rows: usize,
    /// Rows the import would take (a UUID, an OS, the UUID not met before, within the limit).
    pub servers: usize,
    pub problems: Vec<RvProblem>,
    /// Templates and placeholders among the rows (counted in `rows` and `servers`).
    pub not_vms: Vec<NotAVmRow>,
}

impl RvCheck {
    /// How many problems of each kind, in the order RvToolsMerge counts them: missing UUID,
    /// missing OS, duplicate UUID, limit (the file over it), rows beyond the limit.
    pub fn counts(&self) -> [usize; 5] {
        let mut c = [0; 5];
        for p in &self.problems {
            match p {
                RvProblem::NoUuid { .. } => c[0] += 1,
                RvProblem::NoOs { .. } => c[1] += 1,
                RvProblem::DuplicateUuid { .. } => c[2] += 1,
                RvProblem::TooManyServers { .. } => c[3] += 1,
                RvProblem::BeyondLimit { .. } => c[4] += 1,
                _ => {}
            }
        }
        c
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Checks one RVTools workbook against the import's rules.
pub fn check_rvtools(path: &Path, rules: &RvtoolsImport) -> Result<RvCheck, ImportError> {
    let file = path.display().to_string();
    let mut problems = Vec::new();
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
    {
        problems.push(RvProblem::NotXlsx);
    }
    let wanted: Vec<String> = rules.sheets.iter().map(|s| norm(&s.sheet)).collect();
    let plan = move |s: &Sheet, _: &str| {
        let name = s.name.as_deref().map(norm).unwrap_or_default();
        if wanted.contains(&name) {
            ColumnPlan::All
        } else {
            ColumnPlan::Nothing
        }
    };
    let raw = source::read_file(path, &plan)?;
    let mut vinfo: Option<(&Sheet, HashMap<String, usize>)> = None;
    for need in &rules.sheets {
        let Some(sheet) = raw
            .sheets
            .iter()
            .find(|s| s.name.as_deref().map(norm) == Some(norm(&need.sheet)))
        else {
            problems.push(RvProblem::MissingSheet {
                sheet: need.sheet.clone(),
            });
            continue;
        };
        let header: HashMap<String, usize> = sheet
            .rows
            .first()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|(c, cell)| (norm(&cell.text()), *c as usize))
                    .collect()
            })
            .unwrap_or_default();
        for col in &need.columns {
            if !header.contains_key(&norm(col)) {
                problems.push(RvProblem::MissingColumn {
                    sheet: need.sheet.clone(),
                    column: col.clone(),
                });
            }
        }
        if norm(&need.sheet) == "vinfo" {
            vinfo = Some((sheet, header));
        }
    }
    let (mut rows, mut servers) = (0, 0);
    let mut beyond = Vec::new();
    let mut not_vms = Vec::new();
    if let Some((sheet, header)) = vinfo {
        let col = |h: &str| header.get(&norm(h)).copied();
        let (vm, uuid, os) = (
            col("VM"),
            col("VM UUID"),
            col("OS according to the configuration file"),
        );
        let (template, placeholder) = (col("Template"), col("SRM Placeholder"));
        let flag = |row: &super::sheet::Row, c: Option<usize>| {
            super::cells::boolean(c.and_then(|c| row.get(c))) == crate::model::Value::Known(true)
        };
        let text = |row: &super::sheet::Row, c: Option<usize>| {
            c.and_then(|c| row.get(c))
                .map(|c| c.text().trim().to_string())
                .unwrap_or_default()
        };
        let mut seen: HashMap<String, u32> = HashMap::new();
        for row in sheet.rows.iter().skip(1) {
            let name = text(row, vm);
            if name.is_empty() {
                continue;
            }
            rows += 1;
            if flag(row, template) || flag(row, placeholder) {
                not_vms.push(NotAVmRow {
                    row: row.number,
                    vm: name.clone(),
                    placeholder: flag(row, placeholder),
                });
            }
            if servers >= rules.max_servers {
                beyond.push(RvProblem::BeyondLimit {
                    row: row.number,
                    vm: name,
                });
                continue;
            }
            let u = text(row, uuid).to_lowercase();
            let mut ok = true;
            if uuid.is_some() && u.is_empty() {
                problems.push(RvProblem::NoUuid {
                    row: row.number,
                    vm: name.clone(),
                });
                ok = false;
            }
            if os.is_some() && text(row, os).is_empty() {
                problems.push(RvProblem::NoOs {
                    row: row.number,
                    vm: name.clone(),
                });
                ok = false;
            }
            if !u.is_empty() {
                match seen.get(&u) {
                    Some(&first_row) => {
                        problems.push(RvProblem::DuplicateUuid {
                            row: row.number,
                            vm: name.clone(),
                            first_row,
                        });
                        ok = false;
                    }
                    None => {
                        seen.insert(u, row.number);
                    }
                }
            }
            if ok {
                servers += 1;
            }
        }
    }
    if !beyond.is_empty() {
        problems.push(RvProblem::TooManyServers {
            servers: servers + beyond.len(),
            max: rules.max_servers,
        });
        problems.extend(beyond);
    }
    Ok(RvCheck {
        file,
        rows,
        servers,
        problems,
        not_vms,
    })
}
