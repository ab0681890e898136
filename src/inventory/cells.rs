//! Reading one cell into a typed [`Value`]: yes/no, counts, sizes, firmware, generation.
//! A cell that cannot be read is `Invalid` with its raw text and the reason.

use crate::model::{Controller, Controllers, Firmware, Hypervisor, Refusal, Value};
use crate::units::{self, SizeError, SizeUnit};

use super::sheet::Cell;

fn invalid<T>(cell: &Cell, why: Refusal) -> Value<T> {
    Value::invalid(cell.text(), why)
}

fn size_refusal(e: SizeError) -> Refusal {
    e.into()
}

pub fn text(cell: Option<&Cell>) -> Value<String> {
    match cell {
        None => Value::Empty,
        Some(Cell::Error(e)) => Value::invalid(e.clone(), Refusal::FormulaError),
        Some(c) => Value::Known(c.text().trim().to_string()),
    }
}

/// Yes/no as people and tools write it.
pub fn boolean(cell: Option<&Cell>) -> Value<bool> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    match cell {
        Cell::Bool(b) => Value::Known(*b),
        Cell::Number(n) if *n == 0.0 => Value::Known(false),
        Cell::Number(n) if *n == 1.0 => Value::Known(true),
        Cell::Text(t) => match t.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" | "1" | "on" | "enabled" | "x" | "✓" | "✔" | "encrypted"
            | "protected" | "fullyencrypted" | "fully encrypted" => Value::Known(true),
            "no" | "n" | "false" | "0" | "off" | "disabled" | "-" | "none" | "not encrypted"
            | "fullydecrypted" | "fully decrypted" | "unprotected" => Value::Known(false),
            _ => invalid(cell, Refusal::ExpectedYesNo),
        },
        _ => invalid(cell, Refusal::ExpectedYesNo),
    }
}

fn number(cell: &Cell) -> Result<f64, Refusal> {
    match cell {
        Cell::Number(n) => Ok(*n),
        Cell::Text(t) => units::parse_number(t).ok_or(Refusal::NotANumber),
        Cell::Date(_) => Err(Refusal::DateWhereNumber),
        Cell::Bool(_) => Err(Refusal::YesNoWhereNumber),
        Cell::Error(_) => Err(Refusal::FormulaError),
    }
}

/// A whole count (cores, NICs, disks).
pub fn count(cell: Option<&Cell>) -> Value<u32> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    match number(cell) {
        Ok(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => {
            Value::Known(n as u32)
        }
        Ok(n) if n < 0.0 => invalid(cell, Refusal::NegativeCount),
        Ok(_) => invalid(cell, Refusal::NotWholeNumber),
        Err(why) => invalid(cell, why),
    }
}

/// A size in bytes; `unit` is the column's unit when the cell gives none.
pub fn size(cell: &Cell, unit: Option<SizeUnit>) -> Value<u64> {
    match cell {
        Cell::Number(n) => match unit {
            Some(u) => match units::size_from_number(*n, u) {
                Ok(b) => Value::Known(b),
                Err(e) => invalid(cell, size_refusal(e)),
            },
            None => invalid(cell, Refusal::NoUnit),
        },
        Cell::Text(t) => match units::parse_size(t, unit) {
            Ok(b) => Value::Known(b),
            Err(e) => invalid(cell, size_refusal(e)),
        },
        Cell::Date(_) => invalid(cell, Refusal::DateWhereSize),
        Cell::Bool(_) => invalid(cell, Refusal::YesNoWhereSize),
        Cell::Error(_) => invalid(cell, Refusal::FormulaError),
    }
}

/// A cell that may list several sizes: `100;200`, `100 GB / 200 GB`, `100 + 200`, one per
/// line. Words that say "none" give an empty list.
pub fn size_list(cell: Option<&Cell>, unit: Option<SizeUnit>) -> Value<Vec<Value<u64>>> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    match cell {
        Cell::Text(t) => {
            let lower = t.trim().to_ascii_lowercase();
            if matches!(lower.as_str(), "none" | "-" | "no" | "n/a" | "0") {
                return Value::Known(Vec::new());
            }
            let parts: Vec<&str> = t
                .split([';', '|', '\n', '+', '/'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            let items = parts
                .iter()
                .map(|p| size(&Cell::Text((*p).into()), unit))
                .collect();
            Value::Known(items)
        }
        Cell::Number(n) if *n == 0.0 => Value::Known(Vec::new()),
        other => Value::Known(vec![size(other, unit)]),
    }
}

pub fn firmware(cell: Option<&Cell>) -> Value<Firmware> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    let t = cell.text().trim().to_ascii_lowercase();
    match t.as_str() {
        "bios" | "legacy" | "legacy bios" | "pcbios" | "gen1" | "gen 1" => {
            Value::Known(Firmware::Bios)
        }
        "efi" | "uefi" | "efi64" | "gen2" | "gen 2" | "secure boot" => Value::Known(Firmware::Uefi),
        _ => invalid(cell, Refusal::ExpectedFirmware),
    }
}

/// One disk's controller (RVTools vDisk `Controller`, Hyper-V `ControllerType`): a cell that
/// names no bus rehost knows is unreadable, never a guess.
pub fn controller(cell: Option<&Cell>) -> Value<Controller> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    if let Cell::Error(e) = cell {
        return Value::invalid(e.clone(), Refusal::FormulaError);
    }
    let t = cell.text();
    if t.trim().is_empty() {
        return Value::Empty;
    }
    match Controller::parse(&t) {
        Some(c) => Value::Known(c),
        None => invalid(cell, Refusal::ExpectedController),
    }
}

/// A machine-level controller column (`Disk controller` = `SCSI; NVMe`): every controller the
/// cell lists; one item that names no known bus makes the whole cell unreadable.
pub fn controllers(cell: Option<&Cell>) -> Value<Controllers> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    if let Cell::Error(e) = cell {
        return Value::invalid(e.clone(), Refusal::FormulaError);
    }
    let t = cell.text();
    let mut set = Controllers::default();
    let mut any = false;
    for part in t.split([';', ',', '|', '/', '\n']).map(str::trim) {
        if part.is_empty() {
            continue;
        }
        match Controller::parse(part) {
            Some(c) => set.insert(c),
            None => return invalid(cell, Refusal::ExpectedController),
        }
        any = true;
    }
    if any { Value::Known(set) } else { Value::Empty }
}

pub fn generation(cell: Option<&Cell>) -> Value<u8> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    let t = cell.text().trim().to_ascii_lowercase();
    let digits: String = t
        .trim_start_matches("generation")
        .trim_start_matches("gen")
        .trim()
        .to_string();
    match digits.as_str() {
        "1" | "i" => Value::Known(1),
        "2" | "ii" => Value::Known(2),
        _ => invalid(cell, Refusal::ExpectedGeneration),
    }
}

/// A duration (RPO, RTO). A bare number takes the header's unit (`RPO (min)`), else minutes,
/// as RPO and RTO targets are usually written.
pub fn duration(cell: Option<&Cell>, col: &super::headers::Column) -> Value<u64> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    let h = col.header.to_ascii_lowercase();
    let default = if h.contains("(s)") || h.contains("sec") {
        1.0
    } else if h.contains("(h)") || h.contains("hour") {
        3600.0
    } else {
        60.0
    };
    match cell {
        Cell::Number(n) if *n >= 0.0 && n.is_finite() => Value::Known((n * default).round() as u64),
        Cell::Number(_) => invalid(cell, Refusal::NegativeDuration),
        Cell::Text(t) => match units::parse_duration(t, Some(default)) {
            Ok(s) => Value::Known(s),
            Err(e) => invalid(cell, Refusal::Duration(e.into())),
        },
        _ => invalid(cell, Refusal::ExpectedDuration),
    }
}

/// A utilisation in per cent, 0 to 100: `35`, `35 %`, `35.5%`. Azure Migrate's CSV writes
/// the bare number; a share written as a fraction (`0.35`) is read as written, 0.35 %.
pub fn percent(cell: Option<&Cell>) -> Value<f64> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    let n = match cell {
        Cell::Number(n) => Some(*n),
        Cell::Text(t) => t
            .trim()
            .trim_end_matches('%')
            .trim()
            .replace(',', ".")
            .parse()
            .ok(),
        _ => None,
    };
    match n {
        Some(n) if n.is_finite() && (0.0..=100.0).contains(&n) => Value::Known(n),
        Some(_) => invalid(cell, Refusal::UtilisationRange),
        None => invalid(cell, Refusal::ExpectedUtilisation),
    }
}

/// Operations per second (`120`, `120.5`): a disk's read or write IOPS.
pub fn per_second(cell: Option<&Cell>) -> Value<f64> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    let n = match cell {
        Cell::Number(n) => Some(*n),
        Cell::Text(t) => t.trim().parse().ok(),
        _ => None,
    };
    match n {
        Some(n) if n.is_finite() && n >= 0.0 => Value::Known(n),
        _ => invalid(cell, Refusal::ExpectedOps),
    }
}

/// A churn rate in MB/s; `per_day`: the column is per day (`Churn (GB/day)`).
pub fn rate(cell: Option<&Cell>, per_day: bool) -> Value<f64> {
    let Some(cell) = cell else {
        return Value::Empty;
    };
    let r = match cell {
        Cell::Number(n) => units::parse_rate(&n.to_string(), per_day),
        Cell::Text(t) => units::parse_rate(t, per_day),
        _ => return invalid(cell, Refusal::ExpectedRate),
    };
    match r {
        Ok(v) => Value::Known(v),
        Err(e) => invalid(cell, Refusal::Rate(e.into())),
    }
}

/// A hypervisor or platform as written: `VMware ESXi 6.5`, `Hyper-V on Windows Server 2016`,
/// `Physical server`, `Virtual`.
pub fn hypervisor_word(t: &str) -> Option<Hypervisor> {
    let l = t.to_ascii_lowercase();
    if l.contains("hyper-v")
        || l.contains("hyperv")
        || l.contains("hyper v")
        || l.contains("vmm")
        || l.contains("scvmm")
    {
        Some(Hypervisor::HyperV)
    } else if l.contains("vmware")
        || l.contains("esx")
        || l.contains("vcenter")
        || l.contains("vsphere")
    {
        Some(Hypervisor::Vmware)
    } else if l.contains("physical") || l.contains("bare metal") || l.contains("baremetal") {
        Some(Hypervisor::Physical)
    } else if l.contains("kvm")
        || l.contains("xen")
        || l.contains("nutanix")
        || l.contains("ahv")
        || l.contains("aws")
        || l.contains("gcp")
    {
        Some(Hypervisor::Other)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn booleans() {
        for (s, want) in [
            ("Yes", true),
            ("no", false),
            ("TRUE", true),
            ("False", false),
            ("Enabled", true),
            ("x", true),
            ("-", false),
        ] {
            assert_eq!(boolean(Some(&t(s))), Value::Known(want), "{s}");
        }
        assert!(matches!(boolean(Some(&t("maybe"))), Value::Invalid(_)));
        assert_eq!(boolean(None), Value::Empty);
    }

    #[test]
    fn counts() {
        assert_eq!(count(Some(&Cell::Number(4.0))), Value::Known(4));
        assert_eq!(count(Some(&t("16"))), Value::Known(16));
        assert!(matches!(count(Some(&t("-1"))), Value::Invalid(_)));
        assert!(matches!(count(Some(&t("2.5"))), Value::Invalid(_)));
        assert!(matches!(
            count(Some(&Cell::Date(45000.0))),
            Value::Invalid(_)
        ));
    }

    #[test]
    fn size_lists() {
        let gib = 1u64 << 30;
        let got = size_list(Some(&t("100;200")), Some(SizeUnit::GiB));
        assert_eq!(
            got,
            Value::Known(vec![Value::Known(100 * gib), Value::Known(200 * gib)])
        );
        assert_eq!(
            size_list(Some(&t("none")), Some(SizeUnit::GiB)),
            Value::Known(vec![])
        );
        assert_eq!(size_list(None, Some(SizeUnit::GiB)), Value::Empty);
        let one = size_list(Some(&Cell::Number(5.0)), Some(SizeUnit::TiB));
        assert_eq!(one, Value::Known(vec![Value::Known(5 * 1024 * gib)]));
    }

    #[test]
    fn firmware_and_generation() {
        assert_eq!(firmware(Some(&t("efi"))), Value::Known(Firmware::Uefi));
        assert_eq!(firmware(Some(&t("BIOS"))), Value::Known(Firmware::Bios));
        assert_eq!(generation(Some(&Cell::Number(2.0))), Value::Known(2));
        assert_eq!(generation(Some(&t("Gen 1"))), Value::Known(1));
        assert!(matches!(generation(Some(&t("3"))), Value::Invalid(_)));
    }

    #[test]
    fn platforms() {
        assert_eq!(
            hypervisor_word("Hyper-V on Windows Server 2016"),
            Some(Hypervisor::HyperV)
        );
        assert_eq!(hypervisor_word("VMware ESXi 6.5"), Some(Hypervisor::Vmware));
        assert_eq!(
            hypervisor_word("Physical server"),
            Some(Hypervisor::Physical)
        );
        assert_eq!(hypervisor_word("Windows Server 2016"), None);
    }
}
