//! Unit tests of the importer over in-memory CSV (fixture files are tested in tests/).

use super::*;

fn import_text(name: &str, text: &str) -> Inventory {
    let raw =
        source::read_bytes(name, text.as_bytes().to_vec(), &super::plan_columns).expect("readable");
    let mut inv = Inventory::default();
    let pending = import_raw(&mut inv, name.into(), raw).expect("importable");
    for (file, sheet, det) in pending {
        disks::attach_vhd_sheet(&mut inv, &file, &sheet, &det);
    }
    inv
}

#[test]
fn a_bad_cell_never_stops_the_import() {
    let inv = import_text(
        "t.csv",
        "Name,Cores,OS disk (GB)\nVM1,two,127\nVM2,4,lots\n",
    );
    assert_eq!(inv.machines.len(), 2);
    let cells: Vec<_> = inv
        .data_quality
        .iter()
        .filter_map(|d| d.cell.clone())
        .collect();
    assert_eq!(cells, vec!["t.csv!B2".to_string(), "t.csv!C3".to_string()]);
    assert!(matches!(
        inv.machines[0].cores,
        crate::model::Value::Invalid(_)
    ));
}

#[test]
fn rows_without_a_name_are_skipped_and_recorded() {
    let inv = import_text("t.csv", "Name,Cores\nVM1,2\n,4\n");
    assert_eq!(inv.machines.len(), 1);
    assert_eq!(inv.sheets[0].rows_read, 2);
    assert_eq!(inv.sheets[0].skipped, 1);
    assert!(
        inv.data_quality
            .iter()
            .any(|d| d.issue == Issue::Skipped && d.row == Some(3))
    );
}

#[test]
fn unknown_format_is_an_error_naming_the_file() {
    let raw =
        source::read_bytes("x.csv", b"foo,bar\n1,2\n".to_vec(), &super::plan_columns).unwrap();
    let mut inv = Inventory::default();
    let err = import_raw(&mut inv, "x.csv".into(), raw)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("x.csv:"), "{err}");
}
