//! Rows of a machine sheet → machines: one function for every format that has one row per
//! machine (generic tables, Azure Migrate CSV and discovery export, Hyper-V `Get-VM`, RVTools
//! vInfo). What differs between formats is only the default unit of a column and what the
//! format says about the hypervisor.

use std::collections::HashMap;
use std::sync::Arc;

use super::cells;
use super::detect::{Detected, Format};
use super::headers::{Column, Field};
use super::source::{Cell, Row, Sheet};
use super::{DataQuality, Inventory, Issue, MappedColumn, SheetReport};
use crate::model::{Disk, DiskRole, Hypervisor, Machine, SourceRef, Value};
use crate::os::{Catalogue, parse_arch};
use crate::units::SizeUnit;

/// The unit a column's numbers are in when neither header nor cell says, and whether that is
/// an assumption the reader should be told about (rather than the format's documented unit).
pub fn default_unit(format: Format, field: Field) -> (Option<SizeUnit>, bool) {
    use Field::*;
    match (format, field) {
        // RVTools vInfo `Memory` is MiB although its header says nothing.
        (Format::RvtoolsInfo, Memory) => (Some(SizeUnit::MiB), false),
        (Format::AzureMigrateCsv | Format::AzureMigrateDiscovery, Memory) => {
            (Some(SizeUnit::MiB), false)
        }
        (Format::AzureMigrateCsv, DiskN | UsedStorage) => (Some(SizeUnit::GiB), false),
        // `MemoryStartup` from Get-VM is in bytes.
        (Format::HyperVVm | Format::HyperVVhd, Memory) => (Some(SizeUnit::Bytes), false),
        (Format::HyperVVhd, DiskCapacity) => (Some(SizeUnit::Bytes), false),
        (Format::RvtoolsInfo | Format::RvtoolsDisk | Format::RvtoolsPartition, _) => {
            (Some(SizeUnit::MiB), true)
        }
        (
            _,
            Memory | OsDisk | DataDisk | LargestDataDisk | DiskN | UsedStorage | ProvisionedStorage,
        ) => (Some(SizeUnit::GiB), true),
        _ => (None, false),
    }
}

/// A sheet that was read and not used (a tab we do not need, a metadata sheet).
pub fn ignored_sheet(
    file: &Arc<str>,
    sheet: &Sheet,
    det: &Detected,
    notes: &[String],
) -> SheetReport {
    let mut notes = notes.to_vec();
    if !det.why.is_empty() {
        notes.push(format!("not used: {}", det.why));
    }
    SheetReport {
        file: file.clone(),
        sheet: sheet.name.as_deref().map(Into::into),
        format: det.format,
        header_row: None,
        columns: Vec::new(),
        ignored: Vec::new(),
        rows_read: 0,
        machines: 0,
        attached: 0,
        skipped: 0,
        notes,
    }
}

pub fn new_report(file: &Arc<str>, sheet: &Sheet, det: &Detected, notes: &[String]) -> SheetReport {
    let header_row = det.header.map(|i| sheet.rows[i].number);
    let mapped = |c: &Column| MappedColumn {
        header: c.header.clone(),
        field: c.field.label().to_string(),
        column: crate::model::col_letter(c.index),
    };
    let mut columns: Vec<MappedColumn> = det.columns.iter().map(mapped).collect();
    if matches!(
        det.format,
        Format::RvtoolsDisk | Format::RvtoolsPartition | Format::HyperVVhd
    ) {
        for c in &det.disk_columns {
            let m = mapped(c);
            if !columns.contains(&m) {
                columns.push(m);
            }
        }
    }
    SheetReport {
        file: file.clone(),
        sheet: sheet.name.as_deref().map(Into::into),
        format: det.format,
        header_row,
        columns,
        ignored: det.unmapped.iter().map(|(_, h)| h.clone()).collect(),
        rows_read: 0,
        machines: 0,
        attached: 0,
        skipped: 0,
        notes: notes.to_vec(),
    }
}

/// Context for reading the cells of one row.
pub struct RowReader<'a> {
    pub file: &'a Arc<str>,
    pub sheet: Option<Arc<str>>,
    pub format: Format,
}

impl RowReader<'_> {
    pub fn source(&self, row: &Row) -> SourceRef {
        SourceRef {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            row: row.number,
        }
    }

    pub fn record(
        &self,
        inv: &mut Inventory,
        row: &Row,
        col: &Column,
        machine: &str,
        raw: &str,
        why: &str,
    ) {
        inv.data_quality.push(DataQuality {
            issue: Issue::Invalid,
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            cell: Some(self.source(row).cell(col.index)),
            row: Some(row.number),
            machine: Some(machine.to_string()),
            field: Some(col.field.label().to_string()),
            raw: Some(raw.to_string()),
            message: format!("{}: cannot read {raw:?}: {why}", col.header),
        });
    }

    pub fn skip(&self, inv: &mut Inventory, row: &Row, machine: Option<&str>, why: String) {
        inv.data_quality.push(DataQuality {
            issue: Issue::Skipped,
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            cell: None,
            row: Some(row.number),
            machine: machine.map(Into::into),
            field: None,
            raw: None,
            message: why,
        });
    }

    pub fn note(&self, inv: &mut Inventory, field: Option<Field>, message: String) {
        inv.data_quality.push(DataQuality {
            issue: Issue::Assumption,
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            cell: None,
            row: None,
            machine: None,
            field: field.map(|f| f.label().to_string()),
            raw: None,
            message,
        });
    }
}

/// Records an invalid value of a field in data quality; passes the value through.
fn checked<T>(
    rr: &RowReader<'_>,
    inv: &mut Inventory,
    row: &Row,
    col: &Column,
    machine: &str,
    v: Value<T>,
) -> Value<T> {
    if let Value::Invalid { raw, why } = &v {
        rr.record(inv, row, col, machine, raw, why);
    }
    v
}

fn unit_for(col: &Column, format: Format, memory_heuristic: bool, cell: &Cell) -> Option<SizeUnit> {
    if col.unit.is_some() {
        return col.unit;
    }
    if memory_heuristic && col.field == Field::Memory {
        // A bare `Memory` column in a hand-made table: 8 is GB, 8192 is MB.
        if let Cell::Number(n) = cell {
            return Some(if *n >= 1024.0 {
                SizeUnit::MiB
            } else {
                SizeUnit::GiB
            });
        }
        if let Cell::Text(t) = cell
            && let Some(n) = crate::units::parse_number(t)
        {
            return Some(if n >= 1024.0 {
                SizeUnit::MiB
            } else {
                SizeUnit::GiB
            });
        }
    }
    default_unit(format, col.field).0
}

/// Imports every row of a machine sheet.
pub fn import_machines(
    inv: &mut Inventory,
    file: &Arc<str>,
    sheet: &Sheet,
    det: &Detected,
    notes: &[String],
) {
    let mut report = new_report(file, sheet, det, notes);
    let rr = RowReader {
        file,
        sheet: sheet.name.as_deref().map(Into::into),
        format: det.format,
    };
    announce_assumptions(inv, &rr, det);
    let header = det.header.unwrap_or(0);
    let Some(name_col) = det.column(Field::Name).cloned() else {
        inv.sheets.push(report);
        return;
    };
    let mut inferred = 0usize;
    for row in &sheet.rows[header + 1..] {
        report.rows_read += 1;
        let name = match row.get(name_col.index) {
            Some(c) => c.text().trim().to_string(),
            None => String::new(),
        };
        if name.is_empty() {
            report.skipped += 1;
            rr.skip(
                inv,
                row,
                None,
                format!(
                    "row {} has no machine name ({} is empty)",
                    row.number, name_col.header
                ),
            );
            continue;
        }
        let mut m = Machine::new(name, rr.source(row));
        if apply_row(inv, &rr, det, row, &mut m) {
            inferred += 1;
        }
        report.machines += 1;
        inv.machines.push(m);
    }
    if inferred > 0 {
        rr.note(
            inv,
            Some(Field::Hypervisor),
            format!("hypervisor inferred from the host OS or management server for {inferred} machine(s)"),
        );
    }
    inv.sheets.push(report);
}

fn announce_assumptions(inv: &mut Inventory, rr: &RowReader<'_>, det: &Detected) {
    for col in &det.columns {
        if col.unit.is_some() {
            continue;
        }
        let (unit, assumed) = default_unit(det.format, col.field);
        if det.format == Format::Generic && col.field == Field::Memory {
            rr.note(
                inv,
                Some(col.field),
                format!(
                    "{:?} has no unit: numbers under 1,024 are read as GB, larger ones as MB",
                    col.header
                ),
            );
        } else if let (Some(u), true) = (unit, assumed) {
            rr.note(
                inv,
                Some(col.field),
                format!(
                    "{:?} has no unit: numbers without one are read as {}",
                    col.header,
                    u.label()
                ),
            );
        }
    }
    if det
        .columns
        .iter()
        .any(|c| c.field == Field::DiskN && c.disk_index == Some(1))
    {
        rr.note(
            inv,
            Some(Field::DiskN),
            "Disk 1 is taken as the OS disk, the others as data disks".into(),
        );
    }
}

/// Reads one row into `m`. Returns true when the hypervisor was inferred.
pub fn apply_row(
    inv: &mut Inventory,
    rr: &RowReader<'_>,
    det: &Detected,
    row: &Row,
    m: &mut Machine,
) -> bool {
    let catalogue = Catalogue::builtin();
    let name = m.name.clone();
    let mut os_text: Value<String> = Value::Absent;
    let mut os_alt: Value<String> = Value::Absent;
    let mut os_version: Option<String> = None;
    let mut data_list: Value<Vec<Value<u64>>> = Value::Absent;
    let mut disk_n: Vec<(u8, Value<u64>, Option<u32>)> = Vec::new();
    let mut total_disks: Value<u32> = Value::Absent;
    let mut platform: Option<String> = None;
    let memory_heuristic = rr.format == Format::Generic;
    let mut size_columns = false;
    let mut data_columns = false;

    for col in &det.columns {
        let cell = row.get(col.index);
        match col.field {
            Field::Name => {}
            Field::Os => os_text = checked(rr, inv, row, col, &name, cells::text(cell)),
            Field::OsAlt => os_alt = cells::text(cell),
            Field::OsVersion => os_version = cell.map(|c| c.text()),
            Field::OsArch => {
                m.architecture_from_column = cell.is_some();
                m.architecture = match cell {
                    None => Value::Empty,
                    Some(c) => match parse_arch(&c.text()) {
                        Some(a) => Value::Known(a),
                        None => checked(
                            rr,
                            inv,
                            row,
                            col,
                            &name,
                            Value::Invalid {
                                raw: c.text(),
                                why: "expected x64, x86, 64-bit or 32-bit".into(),
                            },
                        ),
                    },
                }
            }
            Field::Cores => m.cores = checked(rr, inv, row, col, &name, cells::count(cell)),
            Field::Nics => m.nics = checked(rr, inv, row, col, &name, cells::count(cell)),
            Field::Memory => {
                m.memory_bytes = match cell {
                    None => Value::Empty,
                    Some(c) => {
                        let v = cells::size(c, unit_for(col, rr.format, memory_heuristic, c));
                        checked(rr, inv, row, col, &name, v)
                    }
                }
            }
            Field::Firmware => {
                m.firmware = checked(rr, inv, row, col, &name, cells::firmware(cell))
            }
            Field::Generation => {
                m.generation = checked(rr, inv, row, col, &name, cells::generation(cell))
            }
            Field::SecureBoot => {
                m.secure_boot = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::BitLocker => {
                m.bitlocker = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::OsDisk => {
                size_columns = true;
                let size = match cell {
                    None => Value::Empty,
                    Some(c) => checked(
                        rr,
                        inv,
                        row,
                        col,
                        &name,
                        cells::size(c, unit_for(col, rr.format, false, c)),
                    ),
                };
                let mut d = Disk::new("OS disk", DiskRole::Os, size);
                d.source = Some(rr.source(row));
                m.disks.push(d);
            }
            Field::DataDisk | Field::LargestDataDisk => {
                size_columns = true;
                data_columns = true;
                let unit = cell.and_then(|c| unit_for(col, rr.format, false, c));
                let v = cells::size_list(cell, unit);
                if let Value::Known(items) = &v {
                    for item in items {
                        if let Value::Invalid { raw, why } = item {
                            rr.record(inv, row, col, &name, raw, why);
                        }
                    }
                }
                data_list = data_list.or(v);
            }
            Field::DataDiskCount => {
                m.data_disk_count = checked(rr, inv, row, col, &name, cells::count(cell))
            }
            Field::TotalDiskCount => {
                total_disks = checked(rr, inv, row, col, &name, cells::count(cell))
            }
            Field::DiskN => {
                size_columns = true;
                data_columns = true;
                if let Some(c) = cell {
                    let v = checked(
                        rr,
                        inv,
                        row,
                        col,
                        &name,
                        cells::size(c, unit_for(col, rr.format, false, c)),
                    );
                    disk_n.push((col.disk_index.unwrap_or(0), v, Some(col.index as u32)));
                }
            }
            Field::DiskType => {
                if let Some(c) = cell {
                    let t = c.text().to_ascii_lowercase();
                    if t.contains("dynamic") {
                        m.disk_flags.dynamic_os_disk = Value::Known(true);
                    } else if t.contains("basic") {
                        m.disk_flags.dynamic_os_disk = Value::Known(false);
                    }
                    m.tags.push((col.header.clone(), c.text()));
                } else {
                    m.disk_flags.dynamic_os_disk = Value::Empty;
                }
            }
            Field::Host => m.host.name = cells::text(cell),
            Field::HostOs => m.host.os = cells::text(cell),
            Field::ManagedBy => m.host.managed_by = cells::text(cell),
            Field::Platform => platform = cell.map(|c| c.text()),
            Field::Hypervisor | Field::ServerType => {
                if let Some(c) = cell {
                    let t = c.text();
                    if let Some(h) = cells::hypervisor_word(&t) {
                        m.hypervisor = Value::Known(h);
                    } else if !t.trim().eq_ignore_ascii_case("virtual") {
                        m.hypervisor = checked(
                            rr,
                            inv,
                            row,
                            col,
                            &name,
                            Value::Invalid {
                                raw: t,
                                why: "expected VMware, Hyper-V or Physical".into(),
                            },
                        );
                    }
                } else if m.hypervisor.is_absent() {
                    m.hypervisor = Value::Empty;
                }
            }
            Field::PowerState => m.power_state = cells::text(cell),
            Field::SharedDisk => {
                m.disk_flags.shared = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::FcDisk => {
                m.disk_flags.fc = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::PassThrough => {
                m.disk_flags.pass_through = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::Rdm => {
                m.disk_flags.rdm = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::Iscsi => {
                m.disk_flags.iscsi = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::Sector4k => {
                m.disk_flags.sector_4k = checked(rr, inv, row, col, &name, cells::boolean(cell))
            }
            Field::UsedStorage => {
                m.dr.used_bytes = match cell {
                    None => Value::Empty,
                    Some(c) => checked(
                        rr,
                        inv,
                        row,
                        col,
                        &name,
                        cells::size(c, unit_for(col, rr.format, false, c)),
                    ),
                }
            }
            Field::MachineId => {
                if let Some(c) = cell {
                    let id = c.text().to_ascii_lowercase();
                    let h = if id.contains("/vmwaresites/") {
                        Some(Hypervisor::Vmware)
                    } else if id.contains("/hypervsites/") {
                        Some(Hypervisor::HyperV)
                    } else if id.contains("/serversites/") {
                        Some(Hypervisor::Physical)
                    } else {
                        None
                    };
                    if let Some(h) = h {
                        m.hypervisor = Value::Known(h);
                    }
                }
            }
            Field::VCenter => {
                if let Some(c) = cell {
                    m.tags.push((col.header.clone(), c.text()));
                }
            }
            Field::Template
            | Field::SrmPlaceholder
            | Field::ProvisionedStorage
            | Field::VCenterType => {}
            Field::Tier => m.dr.tier = cells::text(cell),
            Field::Application => m.dr.application = cells::text(cell),
            Field::RecoveryGroup => m.dr.recovery_group = cells::text(cell),
            Field::BootOrder => {
                m.dr.boot_order = checked(rr, inv, row, col, &name, cells::count(cell))
            }
            _ => {
                if let Some(c) = cell {
                    m.tags.push((col.header.clone(), c.text()));
                }
            }
        }
    }

    // Columns no alias knows are kept verbatim as tags (company policies read them), except
    // RVTools' ninety-odd vInfo columns, which `inspect` lists instead.
    if rr.format != Format::RvtoolsInfo {
        for (i, header) in &det.unmapped {
            if let Some(c) = row.get(*i) {
                m.tags.push((header.clone(), c.text()));
            }
        }
    }

    // The OS: the configured OS, else the tools' reading; version appended when separate.
    let os_text = match (&os_text, &os_alt) {
        (Value::Known(_), _) | (Value::Invalid { .. }, _) => os_text,
        (_, Value::Known(_)) => os_alt,
        _ => os_text,
    };
    m.os = os_text.map(|t| catalogue.read(&with_version(&t, os_version.as_deref())));
    if !m.architecture.is_known()
        && let Value::Known(os) = &m.os
        && let Some(a) = os.architecture
    {
        // An OS string that does not say leaves the architecture absent: the inventory has
        // nothing on it, which rules report as not evaluated rather than unknown.
        m.architecture = Value::Known(a);
    }

    // Disks from `Disk N size` columns: Disk 1 is the OS disk.
    disk_n.sort_by_key(|(i, _, _)| *i);
    for (i, size, _) in disk_n {
        let role = if i == 1 { DiskRole::Os } else { DiskRole::Data };
        let mut d = Disk::new(format!("Disk {i}"), role, size);
        d.source = Some(rr.source(row));
        m.disks.push(d);
    }
    match data_list {
        Value::Known(items) => {
            for (i, size) in items.into_iter().enumerate() {
                let mut d = Disk::new(format!("Data disk {}", i + 1), DiskRole::Data, size);
                d.source = Some(rr.source(row));
                m.disks.push(d);
            }
        }
        Value::Empty if m.data_disk_count.known() == Some(&0) => {}
        Value::Empty => m.disk_sizes = Value::Empty,
        _ => {}
    }
    if size_columns && !matches!(m.disk_sizes, Value::Empty) {
        m.disk_sizes = if data_columns || m.data_disk_count.is_known() {
            Value::Known(())
        } else {
            // Only an OS-disk column: nothing is known of data disk sizes.
            Value::Absent
        };
    }
    if m.data_disk_count.is_absent() {
        m.data_disk_count = match total_disks {
            Value::Known(n) => Value::Known(n.saturating_sub(1)),
            other => other,
        };
    }

    infer_hypervisor(m, rr.format, platform.as_deref())
}

/// An OS name with its separate version column: `Red Hat Enterprise Linux 7` + `7.9` →
/// `Red Hat Enterprise Linux 7.9`; `Windows Server 2016` + `` → unchanged.
fn with_version(name: &str, version: Option<&str>) -> String {
    let Some(v) = version.map(str::trim).filter(|v| !v.is_empty()) else {
        return name.to_string();
    };
    if name.contains(v) {
        return name.to_string();
    }
    let trimmed = name.trim_end();
    let tail_start = trimmed
        .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(0, |i| i + 1);
    let tail = &trimmed[tail_start..];
    if !tail.is_empty() && v.starts_with(tail) {
        format!("{}{v}", &trimmed[..tail_start])
    } else {
        format!("{trimmed} {v}")
    }
}

/// What the format, a platform column or the host says about the hypervisor. Returns true when
/// it was inferred from the host OS or management server (and the caller notes it).
fn infer_hypervisor(m: &mut Machine, format: Format, platform: Option<&str>) -> bool {
    if let Some(p) = platform {
        if let Some(h) = cells::hypervisor_word(p) {
            m.hypervisor = Value::Known(h);
        }
        // `Hyper-V on Windows Server 2016`, `VMware ESXi 6.5`: the host's OS or version.
        if m.host.os.known().is_none() && cells::hypervisor_word(p) != Some(Hypervisor::Physical) {
            let os = p.split(" on ").last().unwrap_or(p).trim().to_string();
            m.host.os = Value::Known(os);
        }
    }
    if m.hypervisor.is_known() {
        return false;
    }
    let by_format = match format {
        Format::RvtoolsInfo => Some(Hypervisor::Vmware),
        Format::HyperVVm | Format::HyperVVhd => Some(Hypervisor::HyperV),
        _ => None,
    };
    if let Some(h) = by_format {
        m.hypervisor = Value::Known(h);
        return false;
    }
    let from_host = [m.host.managed_by.known(), m.host.os.known()]
        .into_iter()
        .flatten()
        .find_map(|t| {
            let l = t.to_ascii_lowercase();
            if l.contains("windows server") || l.contains("hyper-v") || l.contains("vmm") {
                Some(Hypervisor::HyperV)
            } else {
                cells::hypervisor_word(t)
            }
        });
    match from_host {
        Some(h) => {
            m.hypervisor = Value::Known(h);
            m.hypervisor_inferred = true;
            true
        }
        None => false,
    }
}

/// Duplicate machine names are kept (they may be distinct machines on different hosts) and
/// reported, since a reader joining by name would merge them.
pub fn mark_duplicates(inv: &mut Inventory) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut dups = Vec::new();
    for (i, m) in inv.machines.iter().enumerate() {
        if let Some(first) = seen.insert(m.name.as_str(), i) {
            dups.push((first, i));
        }
    }
    for (first, i) in dups {
        let m = &inv.machines[i];
        let first_src = inv.machines[first].source.display();
        inv.data_quality.push(DataQuality {
            issue: Issue::Assumption,
            file: m.source.file.clone(),
            sheet: m.source.sheet.clone(),
            cell: None,
            row: Some(m.source.row),
            machine: Some(m.name.clone()),
            field: Some("name".into()),
            raw: Some(m.name.clone()),
            message: format!(
                "duplicate machine name (also at {first_src}); both are kept and assessed"
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::with_version;

    #[test]
    fn os_name_and_version_columns_combine() {
        assert_eq!(
            with_version("Red Hat Enterprise Linux 7", Some("7.9")),
            "Red Hat Enterprise Linux 7.9"
        );
        assert_eq!(with_version("Ubuntu", Some("18.04")), "Ubuntu 18.04");
        assert_eq!(
            with_version("Windows Server 2016", Some("")),
            "Windows Server 2016"
        );
        assert_eq!(with_version("CentOS 7.9", Some("7.9")), "CentOS 7.9");
        assert_eq!(
            with_version("SUSE Linux Enterprise 12", Some("12 SP4")),
            "SUSE Linux Enterprise 12 SP4"
        );
    }
}
