//! RVTools exports: `vInfo` (one row per VM) joined with `vDisk` (one row per disk),
//! `vPartition` (guest partitions: used storage), `vHost` (ESXi versions) and `vMetaData`
//! (the RVTools version). Works on the xlsx and on RVTools' per-tab CSV exports
//! (`RVTools_tabvInfo.csv`, …). 3.x headers (`MB`) and 4.x headers (`MiB`) both read, since
//! the unit is taken from the header.

use std::collections::HashMap;
use std::sync::Arc;

use super::cells;
use super::detect::{self, Detected, Format};
use super::disks::{index_by_name, read_disk};
use super::headers::{self, Field};
use super::imported::{ImportError, Inventory};
use super::note::{NotAVm, Note, Orphan, SheetNote};
use super::parallel::{Made, make_machines};
use super::reader::RowReader;
use super::sheet::{Cell, RawFile, Sheet};
use super::table;
use crate::model::{DiskRole, Machine, Manager, Value};
use crate::units;

/// RVTools per-tab CSV files waiting to be joined as one workbook.
#[derive(Default)]
pub struct CsvSet {
    tabs: Vec<(String, Arc<str>, RawFile)>,
}

impl CsvSet {
    pub fn add(&mut self, tab: String, file: Arc<str>, raw: RawFile) {
        self.tabs.push((tab, file, raw));
    }
    pub fn is_empty(&self) -> bool {
        self.tabs.is_empty()
    }
    pub fn import(self, inv: &mut Inventory) -> Result<(), ImportError> {
        let mut parts = Vec::new();
        for (tab, file, raw) in self.tabs {
            let notes = raw.notes;
            for sheet in raw.sheets {
                let det = detect::detect(&sheet, &file);
                parts.push(Part {
                    file: file.clone(),
                    sheet,
                    det,
                    notes: notes.clone(),
                    tab: Some(tab.clone()),
                });
            }
        }
        if !parts.iter().any(|p| p.det.format == Format::RVTOOLS_INFO) {
            let file = parts
                .first()
                .map(|p| p.file.to_string())
                .unwrap_or_default();
            return Err(ImportError::NotAnInventory {
                file,
                sheet: None,
                why: super::note::FileProblem::RvtoolsWithoutVinfo,
            });
        }
        join(inv, parts);
        Ok(())
    }
}

struct Part {
    file: Arc<str>,
    sheet: Sheet,
    det: Detected,
    notes: Vec<SheetNote>,
    /// For CSV tabs, the tab name (`vInfo`), since a CSV has no sheet name.
    tab: Option<String>,
}

pub fn import_workbook(inv: &mut Inventory, file: Arc<str>, raw: RawFile, detected: Vec<Detected>) {
    let notes = raw.notes;
    let parts = raw
        .sheets
        .into_iter()
        .zip(detected)
        .map(|(sheet, det)| Part {
            file: file.clone(),
            sheet,
            det,
            notes: notes.clone(),
            tab: None,
        })
        .collect();
    join(inv, parts);
}

/// `vMetaData`: `RVTools version` beside or below its label.
fn rvtools_version(sheet: &Sheet) -> Option<String> {
    for (ri, row) in sheet.rows.iter().enumerate() {
        for (c, cell) in &row.cells {
            if cell.text().trim().eq_ignore_ascii_case("rvtools version") {
                let right = row.get(*c as usize + 1).map(Cell::text);
                let below = sheet
                    .rows
                    .get(ri + 1)
                    .and_then(|r| r.get(*c as usize))
                    .map(Cell::text);
                // Laid out across (labels over values) or down (label beside value): take
                // whichever neighbour looks like a version.
                let looks = |v: &Option<String>| {
                    v.as_deref()
                        .is_some_and(|t| t.trim().starts_with(|c: char| c.is_ascii_digit()))
                };
                return if looks(&below) {
                    below
                } else if looks(&right) {
                    right
                } else {
                    None
                };
            }
        }
    }
    None
}

fn join(inv: &mut Inventory, mut parts: Vec<Part>) {
    let version = parts
        .iter()
        .find(|p| p.det.format == Format::RVTOOLS_META)
        .and_then(|p| rvtools_version(&p.sheet));
    // vInfo first, then the sheets that join to it.
    parts.sort_by_key(|p| match p.det.format {
        Format::RVTOOLS_INFO => 0,
        Format::RVTOOLS_HOST | Format::RVTOOLS_CPU => 1,
        Format::RVTOOLS_DISK => 2,
        Format::RVTOOLS_PARTITION => 3,
        Format::RVTOOLS_DVSWITCH | Format::RVTOOLS_DVPORT | Format::RVTOOLS_VMK => 4,
        _ => 5,
    });
    let first = inv.machines.len();
    let mut skipped_vms: HashMap<String, NotAVm> = HashMap::new();
    let mut esx: HashMap<String, String> = HashMap::new();
    let has_disk_sheet = parts.iter().any(|p| p.det.format == Format::RVTOOLS_DISK);
    // A vDisk with a `Controller` column: a VM it lists no disk for has its controller unknown.
    let has_controller = parts.iter().any(|p| {
        p.det.format == Format::RVTOOLS_DISK && p.det.disk_column(Field::DiskController).is_some()
    });
    let mut lookups = super::hygiene::Lookups::default();
    for part in &parts {
        let mut notes = part.notes.clone();
        if let Some(v) = &version {
            notes.push(SheetNote::RvtoolsVersion(v.clone()));
        }
        let sheet_name: Option<Arc<str>> = part.sheet.name.as_deref().map(Into::into);
        let rr = RowReader {
            file: &part.file,
            sheet: sheet_name.clone(),
            format: part.det.format,
        };
        let made_from = [super::row::MADE_FROM, super::disks::MADE_FROM];
        let mut report = table::new_report(&part.file, &part.sheet, &part.det, &notes, &made_from);
        if report.sheet.is_none()
            && let Some(tab) = &part.tab
        {
            report.notes.push(SheetNote::RvtoolsTab(tab.to_string()));
        }
        let header = part.det.header.unwrap_or(0);
        let body = part.sheet.rows.get(header + 1..).unwrap_or(&[]);
        match part.det.format {
            Format::RVTOOLS_INFO => {
                let Some(name_col) = part.det.column(Field::Name).cloned() else {
                    inv.sheets.push(report);
                    continue;
                };
                let flag = |row: &super::sheet::Row, f: Field| {
                    part.det
                        .column(f)
                        .and_then(|c| row.get(c.index))
                        .is_some_and(|c| cells::boolean(Some(c)) == Value::Known(true))
                };
                let header_row = report.header_row.unwrap_or(0);
                let make = |row: &super::sheet::Row, inv: &mut Inventory| -> Made {
                    if part.det.repeats_header(row) {
                        let note = Note::RepeatedHeader {
                            row: row.number,
                            header_row,
                        };
                        rr.skip(inv, row, None, note);
                        return Made::Skipped(None);
                    }
                    let name = row
                        .get(name_col.index)
                        .map(|c| c.text().trim().to_string())
                        .unwrap_or_default();
                    if name.is_empty() {
                        rr.skip(inv, row, None, Note::NoVmName { row: row.number });
                        return Made::Skipped(None);
                    }
                    let why = if flag(row, Field::Template) {
                        Some(NotAVm::Template)
                    } else if flag(row, Field::SrmPlaceholder) {
                        Some(NotAVm::SrmPlaceholder)
                    } else {
                        None
                    };
                    if let Some(why) = why {
                        let note = Note::NotAVm {
                            name: name.clone(),
                            why,
                        };
                        rr.skip(inv, row, Some(&name), note);
                        return Made::Skipped(Some((name.to_ascii_lowercase(), why)));
                    }
                    let mut m = Machine::new(name, rr.source(row));
                    let inferred = super::row::apply_row(inv, &rr, &part.det, row, &mut m);
                    managed_by_vcenter(&mut m, &part.det, row);
                    if has_disk_sheet {
                        // Disk sizes come from vDisk; vInfo's count stands only if vDisk has none.
                        m.disk_sizes = Value::Empty;
                    }
                    Made::Machine(m, inferred)
                };
                let tally = make_machines(inv, body, body.len(), &make);
                report.rows_read += tally.rows;
                report.skipped += tally.skipped;
                report.machines += tally.machines;
                for (name, why) in tally.left_out {
                    skipped_vms.insert(name, why);
                }
            }
            Format::RVTOOLS_HOST => {
                let host = part.det.column(Field::Host).cloned();
                let ver = part.det.column(Field::EsxVersion).cloned();
                let col = |f: Field| part.det.column(f).cloned();
                let (cluster, datacenter, cores, memory) = (
                    col(Field::Cluster),
                    col(Field::Datacenter),
                    col(Field::HostCores),
                    col(Field::HostMemory),
                );
                for row in body {
                    report.rows_read += 1;
                    let text = |c: &Option<headers::Column>| {
                        c.as_ref()
                            .and_then(|c| row.get(c.index))
                            .map(Cell::text)
                            .map(|t| t.trim().to_string())
                            .filter(|t| !t.is_empty())
                    };
                    // Absent without a column, empty for a blank cell, never zero.
                    let cell = |c: &Option<crate::inventory::headers::Column>| {
                        c.as_ref()
                            .map(|c| row.get(c.index).filter(|x| !x.text().trim().is_empty()))
                    };
                    if let Some(name) = text(&host) {
                        inv.hosts.push(crate::model::HostFacts {
                            name,
                            cluster: cell(&cluster).map_or(Value::Absent, cells::text),
                            datacenter: cell(&datacenter).map_or(Value::Absent, cells::text),
                            cores: cell(&cores).map_or(Value::Absent, cells::count),
                            memory_bytes: match (cell(&memory), &memory) {
                                (Some(Some(c)), Some(m)) => {
                                    cells::size(c, m.unit.or(Some(units::SizeUnit::MiB)))
                                }
                                (Some(None), _) => Value::Empty,
                                _ => Value::Absent,
                            },
                        });
                    }
                    match (text(&host), text(&ver)) {
                        (Some(name), Some(version)) => {
                            esx.insert(name.to_ascii_lowercase(), version);
                            report.attached += 1;
                        }
                        // What is missing, by name: a host without its version is not one
                        // that "names no host".
                        (name, _) => {
                            report.skipped += 1;
                            let note = Note::HostRowIncomplete {
                                row: row.number,
                                host: name,
                            };
                            rr.skip(inv, row, None, note);
                        }
                    }
                }
                super::hygiene::host_cpu(&mut inv.machines[first..], &part.det, body);
                for m in &mut inv.machines[first..] {
                    if let Some(v) = m
                        .host
                        .name
                        .known()
                        .and_then(|h| esx.get(&h.to_ascii_lowercase()))
                    {
                        m.host.os = Value::Known(v.clone());
                    }
                }
            }
            Format::RVTOOLS_CPU => {
                // CPU in use over the most the VM may use: its utilisation at the time of
                // the export (RVTools reads one moment, not a history).
                let idx = index_by_name(&inv.machines[first..]);
                let col = |f: Field| part.det.column(f).map(|c| c.index);
                let (Some(name), Some(overall), Some(max)) =
                    (col(Field::Name), col(Field::CpuOverall), col(Field::CpuMax))
                else {
                    inv.sheets.push(report);
                    continue;
                };
                for row in body {
                    report.rows_read += 1;
                    let vm = row.get(name).map(Cell::text).unwrap_or_default();
                    let Some(&i) = idx.get(&vm.trim().to_ascii_lowercase()) else {
                        report.skipped += 1;
                        rr.skip(
                            inv,
                            row,
                            Some(vm.trim()).filter(|n| !n.is_empty()),
                            Note::OrphanRow {
                                tab: Format::RVTOOLS_CPU,
                                row: row.number,
                                vm: Orphan::NotInVinfo { name: vm.clone() },
                            },
                        );
                        continue;
                    };
                    let number = |c: usize| match row.get(c) {
                        Some(Cell::Number(n)) => Some(*n),
                        Some(other) => other.text().trim().parse::<f64>().ok(),
                        None => None,
                    };
                    let m = &mut inv.machines[first + i];
                    m.cpu_util_pct = match (number(overall), number(max)) {
                        (Some(o), Some(x)) if x > 0.0 && o >= 0.0 => {
                            Value::Known((o / x * 100.0).min(100.0))
                        }
                        _ => Value::Empty,
                    };
                    report.attached += 1;
                }
            }
            Format::RVTOOLS_DISK | Format::RVTOOLS_PARTITION => {
                let Some(name_col) = part.det.disk_column(Field::Name).cloned() else {
                    inv.sheets.push(report);
                    continue;
                };
                let idx = index_by_name(&inv.machines[first..]);
                // A VM renamed between tabs (or an export made mid-rename) keeps its UUID.
                let uuid_col = part.det.disk_column(Field::VmUuid).cloned();
                let by_uuid: HashMap<String, usize> = if uuid_col.is_some() {
                    inv.machines[first..]
                        .iter()
                        .enumerate()
                        .filter_map(|(i, m)| {
                            m.tags
                                .iter()
                                .find(|(h, _)| headers::normalise(h) == "vmuuid")
                                .map(|(_, v)| (v.trim().to_ascii_lowercase(), i))
                        })
                        .filter(|(u, _)| !u.is_empty())
                        .collect()
                } else {
                    HashMap::new()
                };
                let mut consumed: HashMap<usize, u64> = HashMap::new();
                let mut disk_facts = Vec::new();
                // aws: each partition's mount point and free space (`Free MiB`, 3.x `Free MB`;
                // `Free %` is no size), else capacity less consumed.
                let free_cols = (part.det.format == Format::RVTOOLS_PARTITION)
                    .then(|| partition_free_columns(&part.det))
                    .flatten();
                if free_cols.is_some() {
                    for m in &mut inv.machines[first..] {
                        if m.partitions.is_absent() {
                            m.partitions = Value::Known(Vec::new());
                        }
                    }
                }
                for row in body {
                    report.rows_read += 1;
                    if part.det.repeats_disk_header(row) {
                        report.skipped += 1;
                        let why = Note::RepeatedHeader {
                            row: row.number,
                            header_row: report.header_row.unwrap_or(0),
                        };
                        rr.skip(inv, row, None, why);
                        continue;
                    }
                    let name = row
                        .get(name_col.index)
                        .map(|c| c.text().trim().to_string())
                        .unwrap_or_default();
                    let key = name.to_ascii_lowercase();
                    let uuid = uuid_col
                        .as_ref()
                        .and_then(|c| row.get(c.index))
                        .map(|c| c.text().trim().to_ascii_lowercase());
                    let found = idx
                        .get(&key)
                        .or_else(|| uuid.as_ref().and_then(|u| by_uuid.get(u)));
                    let Some(&i) = found else {
                        report.skipped += 1;
                        let why = match skipped_vms.get(&key) {
                            Some(w) => Orphan::Skipped {
                                name: name.clone(),
                                why: *w,
                            },
                            None if name.is_empty() => Orphan::NoVm,
                            None => Orphan::NotInVinfo { name: name.clone() },
                        };
                        rr.skip(
                            inv,
                            row,
                            Some(&name).filter(|n| !n.is_empty()).map(|n| n.as_str()),
                            Note::OrphanRow {
                                tab: part.det.format,
                                row: row.number,
                                vm: why,
                            },
                        );
                        continue;
                    };
                    let i = first + i;
                    report.attached += 1;
                    if part.det.format == Format::RVTOOLS_DISK {
                        let first_disk = !inv.machines[i].disks.iter().any(|d| d.source.is_some());
                        let mname = inv.machines[i].name.clone();
                        let disk = read_disk(inv, &rr, &part.det, row, &mname, first_disk);
                        disk_facts.push(super::hygiene::disk(i, &part.det, row));
                        let m = &mut inv.machines[i];
                        super::disks::note_disk_kind(m, &disk);
                        m.disks.push(disk);
                        m.disk_sizes = Value::Known(());
                    } else {
                        if let Some(cols) = &free_cols {
                            let mut p = read_partition(cols, row);
                            p.source = Some(rr.source(row));
                            if let Value::Known(list) = &mut inv.machines[i].partitions {
                                list.push(p);
                            }
                        }
                        if let Some(col) = part.det.disk_column(Field::PartitionConsumed)
                            && let Some(cell) = row.get(col.index)
                        {
                            let unit = col.unit.or(Some(units::SizeUnit::MiB));
                            if let Value::Known(b) = cells::size(cell, unit) {
                                *consumed.entry(i).or_default() += b;
                            }
                        }
                    }
                }
                for (i, bytes) in consumed {
                    inv.machines[i].dr.used_bytes = Value::Known(bytes);
                }
                if part.det.format == Format::RVTOOLS_DISK {
                    let ms = &mut inv.machines[first..];
                    super::hygiene::disks_done(ms, first, &part.det, &disk_facts);
                }
            }
            Format::RVTOOLS_DVSWITCH | Format::RVTOOLS_DVPORT | Format::RVTOOLS_VMK => {
                let n = super::hygiene::lookup(&mut lookups, &part.det, body);
                report.rows_read += n;
                report.attached += n;
            }
            Format::RVTOOLS_SNAPSHOT
            | Format::RVTOOLS_CD
            | Format::RVTOOLS_USB
            | Format::RVTOOLS_NETWORK => {
                let Some(name) = part.det.column(Field::Name).map(|c| c.index) else {
                    inv.sheets.push(report);
                    continue;
                };
                super::hygiene::start(&mut inv.machines[first..], &part.det, &lookups);
                let idx = index_by_name(&inv.machines[first..]);
                for row in body {
                    report.rows_read += 1;
                    let vm = row.get(name).map(Cell::text).unwrap_or_default();
                    let key = vm.trim().to_ascii_lowercase();
                    let Some(&i) = idx.get(&key) else {
                        report.skipped += 1;
                        let why = match skipped_vms.get(&key) {
                            Some(w) => Orphan::Skipped {
                                name: vm.trim().to_string(),
                                why: *w,
                            },
                            None if key.is_empty() => Orphan::NoVm,
                            None => Orphan::NotInVinfo {
                                name: vm.trim().to_string(),
                            },
                        };
                        rr.skip(
                            inv,
                            row,
                            Some(vm.trim()).filter(|n| !n.is_empty()),
                            Note::OrphanRow {
                                tab: part.det.format,
                                row: row.number,
                                vm: why,
                            },
                        );
                        continue;
                    };
                    report.attached += 1;
                    let m = &mut inv.machines[first + i];
                    super::hygiene::row(m, &part.det, row, &lookups);
                }
            }
            _ => {
                inv.sheets.push(table::ignored_sheet(
                    &part.file,
                    &part.sheet,
                    &part.det,
                    &notes,
                ));
                continue;
            }
        }
        inv.sheets.push(report);
    }
    // A VM without vDisk rows: its disks are unknown, and its count stands from vInfo.
    for m in &mut inv.machines[first..] {
        if has_disk_sheet && m.disks.is_empty() {
            let mut d = crate::model::Disk::new("Hard disk 1", DiskRole::Os, Value::Empty);
            d.source = None;
            if has_controller {
                d.controller = Value::Empty;
            }
            m.disks.push(d);
        }
        if m.disk_sizes.is_known() {
            m.data_disk_count = Value::Absent;
        }
        // Grown a disk at a time, the list has room for up to twice its disks.
        m.disks.shrink_to_fit();
    }
}

/// `VI SDK Server type` = `VirtualCenter` means the VM is managed by vCenter; the version is
/// `VI SDK API Version`.
fn managed_by_vcenter(m: &mut Machine, det: &Detected, row: &super::sheet::Row) {
    let text = |f: Field| det.column(f).and_then(|c| row.get(c.index)).map(Cell::text);
    match text(Field::VCenterType) {
        Some(t)
            if t.to_ascii_lowercase().contains("virtualcenter")
                || t.to_ascii_lowercase().contains("vcenter") =>
        {
            let v = text(Field::VCenterVersion).unwrap_or_default();
            m.host.managed_by = Value::Known(Manager::Server(
                format!("vCenter Server {v}").trim().to_string(),
            ));
        }
        Some(t) if t.to_ascii_lowercase().contains("hostagent") => {
            m.host.managed_by = Value::Known(Manager::StandaloneEsxi);
        }
        _ => {}
    }
}

/// vPartition's columns for free space by mount point: `Disk` (the mount point) and either
/// `Free MiB` or `Capacity MiB` with `Consumed MiB`. `None`: the sheet cannot tell free space.
struct FreeColumns {
    mount: headers::Column,
    free: Option<headers::Column>,
    capacity: Option<headers::Column>,
    consumed: Option<headers::Column>,
}

fn partition_free_columns(det: &Detected) -> Option<FreeColumns> {
    let mount = det.disk_column(Field::DiskLabel)?.clone();
    // `Free %` normalises to the same name as `Free MiB`: only a column with a size unit.
    let free = det
        .disk_columns
        .iter()
        .find(|c| c.field == Field::PartitionFree && !c.header.contains('%'))
        .cloned();
    let capacity = det.disk_column(Field::DiskCapacity).cloned();
    let consumed = det.disk_column(Field::PartitionConsumed).cloned();
    (free.is_some() || (capacity.is_some() && consumed.is_some())).then_some(FreeColumns {
        mount,
        free,
        capacity,
        consumed,
    })
}

/// One vPartition row as a partition: a blank or unreadable size is the free space unknown.
fn read_partition(cols: &FreeColumns, row: &super::sheet::Row) -> crate::model::Partition {
    let size = |c: &headers::Column| match row.get(c.index) {
        Some(cell) => cells::size(cell, c.unit.or(Some(units::SizeUnit::MiB))),
        None => Value::Empty,
    };
    let free = match (&cols.free, &cols.capacity, &cols.consumed) {
        (Some(f), _, _) => size(f),
        (None, Some(cap), Some(used)) => match (size(cap), size(used)) {
            (Value::Known(c), Value::Known(u)) => Value::Known(c.saturating_sub(u)),
            _ => Value::Empty,
        },
        _ => Value::Empty,
    };
    crate::model::Partition {
        source: None,
        field: Field::PartitionFree,
        mount: row
            .get(cols.mount.index)
            .map(|c| c.text().trim().to_string())
            .unwrap_or_default(),
        free,
    }
}
