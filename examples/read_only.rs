//! The floor for reading an inventory workbook with calamine: open it and touch every cell
//! of the sheets rehost reads (vInfo, vDisk, vPartition, vHost), streaming on one thread,
//! keeping nothing. `bench/run.sh` compares `rehost assess` with this; rehost's own sheet
//! reader (`src/inventory/xlsx_fast`) and its reading sheets on every core go below it.
//!
//! ```sh
//! cargo run --release --example read_only -- inventory.xlsx
//! ```

use std::io::BufReader;

use calamine::{DataRef, Reader, Xlsx, open_workbook};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: read_only <workbook.xlsx>");
        std::process::exit(2);
    };
    let mut book: Xlsx<BufReader<std::fs::File>> = match open_workbook(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let wanted = ["vinfo", "vdisk", "vpartition", "vhost"];
    let names: Vec<String> = book
        .sheet_names()
        .into_iter()
        .filter(|n| wanted.contains(&n.to_ascii_lowercase().as_str()))
        .collect();
    let (mut cells, mut text_bytes, mut numbers) = (0u64, 0u64, 0f64);
    for name in names {
        let mut reader = book.worksheet_cells_reader(&name).expect("sheet");
        while let Ok(Some(cell)) = reader.next_cell() {
            cells += 1;
            match cell.get_value() {
                DataRef::SharedString(s) => text_bytes += s.len() as u64,
                DataRef::String(s) => text_bytes += s.len() as u64,
                DataRef::Float(f) => numbers += f,
                DataRef::Int(i) => numbers += *i as f64,
                _ => {}
            }
        }
    }
    println!("{cells} cells, {text_bytes} bytes of text, sum of numbers {numbers}");
}
