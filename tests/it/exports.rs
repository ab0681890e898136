//! Exports as their tools really write them, not as a tidy table would: PowerShell's
//! `Get-VM | Export-Csv` (UTF-16, type names for collections), RVTools per-tab CSVs renamed,
//! RVTools tabs whose VM names differ but whose UUIDs agree.

use std::path::Path;

use rehost::inventory::{self, Inventory, Issue};
use rehost::model::{Machine, Value};

fn import(paths: &[&str]) -> Inventory {
    inventory::import(&paths.iter().map(Path::new).collect::<Vec<_>>())
        .unwrap_or_else(|e| panic!("{paths:?}: {e}"))
}

fn machine<'a>(inv: &'a Inventory, name: &str) -> &'a Machine {
    inv.machines
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no machine {name}"))
}

/// `Get-VM | Export-Csv` from Windows PowerShell 5.1 (UTF-16, a `#TYPE` line): a VM that is
/// off has `MemoryAssigned` 0, so memory is `MemoryStartup`; `NetworkAdapters` and
/// `HardDrives` hold collection type names, which are no values: the NIC count is not
/// evaluated rather than unknown, and no cell is reported unreadable.
#[test]
fn get_vm_export_as_powershell_writes_it() {
    let inv = import(&["tests/fixtures/hyperv-getvm-ps51.csv"]);
    let off = machine(&inv, "ARCHIVE02");
    assert_eq!(off.memory_bytes, Value::Known(4 << 30));
    assert_eq!(machine(&inv, "APP01").memory_bytes, Value::Known(8 << 30));
    for m in &inv.machines {
        assert_eq!(m.nics, Value::Absent, "{}", m.name);
    }
    assert!(
        !inv.data_quality.iter().any(|d| d.issue == Issue::Invalid),
        "{:?}",
        inv.data_quality
    );
    let sheet = &inv.sheets[0];
    assert!(sheet.ignored.contains(&"NetworkAdapters".to_string()));
    assert!(sheet.ignored.contains(&"MemoryAssigned".to_string()));
    assert!(
        !sheet.ignored.contains(&"ComputerName".to_string()),
        "a mapped column is not listed as not used: {:?}",
        sheet.ignored
    );
}

/// RVTools per-tab CSVs renamed (`export_part1.csv`, …): the tabs are told by their headers
/// and joined as when named `RVTools_tabvInfo.csv`.
#[test]
fn rvtools_per_tab_csvs_whatever_their_names() {
    let dir = tempfile::tempdir().unwrap();
    for (from, to) in [
        ("RVTools_tabvDisk.csv", "export_part1.csv"),
        ("RVTools_tabvInfo.csv", "export_part2.csv"),
    ] {
        std::fs::copy(
            format!("tests/fixtures/rvtools-csv/{from}"),
            dir.path().join(to),
        )
        .unwrap();
    }
    let named = import(&["tests/fixtures/rvtools-csv"]);
    let renamed = import(&[dir.path().to_str().unwrap()]);
    let shape = |inv: &Inventory| -> Vec<(String, usize)> {
        inv.machines
            .iter()
            .map(|m| (m.name.clone(), m.disks.len()))
            .collect()
    };
    assert_eq!(shape(&renamed), shape(&named));
    assert!(renamed.machines.iter().any(|m| !m.disks.is_empty()));
}

/// A vDisk row whose VM name differs from vInfo's (renamed between the tabs' reads) is joined
/// by `VM UUID` when both tabs have it.
#[test]
fn vdisk_rows_join_by_vm_uuid_when_names_differ() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/rvtools-csv/RVTools_tabvInfo.csv",
        dir.path().join("RVTools_tabvInfo.csv"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("RVTools_tabvDisk.csv"),
        "VM,Powerstate,Template,Disk,Capacity MiB,Raw,Disk Mode,Sharing mode,VM UUID\n\
         csv-app01-old,poweredOn,False,Hard disk 1,102400,False,persistent,sharingNone,4201aa00-0000-0000-0000-000000000001\n\
         csv-app01-old,poweredOn,False,Hard disk 2,204800,False,persistent,sharingNone,4201AA00-0000-0000-0000-000000000001\n\
         ghost,poweredOn,False,Hard disk 1,1024,False,persistent,sharingNone,ffffffff-0000-0000-0000-000000000000\n",
    )
    .unwrap();
    let inv = import(&[dir.path().to_str().unwrap()]);
    let app = machine(&inv, "csv-app01");
    assert_eq!(app.disks.len(), 2, "{:?}", app.disks);
    // A row that matches neither by name nor by UUID is still a skipped row with its reason.
    assert!(inv.data_quality.iter().any(|d| {
        d.message
            .to_string()
            .contains("\"ghost\", which is not in vInfo")
    }));
}
