//! Rows → machines on every core. Each row of a machine sheet becomes a machine on its own,
//! so a block of rows is split between the cores and the pieces are put back in sheet order:
//! the machines and the data-quality records come out exactly as one thread would make them.

use std::borrow::Borrow;

use super::imported::{DataQuality, Inventory};
use super::sheet::Row;
use crate::model::Machine;

/// Rows taken at a time: a block's machines are moved into the inventory before the next
/// block is read, so no second list of a million machines is ever held.
const BLOCK: usize = 16_384;

/// Sheets with fewer rows are read on one thread.
const PARALLEL_FROM: usize = 4_000;

/// What one row became.
#[allow(clippy::large_enum_variant)] // made once a row and moved straight into the list
pub enum Made {
    /// A machine, and whether its hypervisor was inferred from its host.
    Machine(Machine, bool),
    /// No machine: why was recorded as a data-quality record. A VM left out on purpose (a
    /// template) gives its lower-case name and why, for the sheets that join to it.
    Skipped(Option<(String, super::note::NotAVm)>),
}

/// How the rows of a sheet went.
#[derive(Debug, Default)]
pub struct Tally {
    pub rows: usize,
    pub machines: usize,
    pub skipped: usize,
    pub inferred: usize,
    /// VMs left out on purpose, lower-case name → why, in sheet order.
    pub left_out: Vec<(String, super::note::NotAVm)>,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.rows += other.rows;
        self.machines += other.machines;
        self.skipped += other.skipped;
        self.inferred += other.inferred;
        self.left_out.extend(other.left_out);
    }
}

/// One piece of a block, made on one thread.
struct Piece {
    machines: Vec<Machine>,
    data_quality: Vec<DataQuality>,
    tally: Tally,
}

fn make_piece<R: Borrow<Row>>(
    rows: Vec<R>,
    make: &(dyn Fn(&Row, &mut Inventory) -> Made + Sync),
) -> Piece {
    // `make` records data quality in an inventory of its own; only that list is kept.
    let mut scratch = Inventory::default();
    let mut machines = Vec::with_capacity(rows.len());
    let mut tally = Tally::default();
    for row in rows {
        tally.rows += 1;
        match make(row.borrow(), &mut scratch) {
            Made::Machine(m, inferred) => {
                tally.machines += 1;
                tally.inferred += usize::from(inferred);
                machines.push(m);
            }
            Made::Skipped(left_out) => {
                tally.skipped += 1;
                tally.left_out.extend(left_out);
            }
        }
        // An owned row is dropped here, as soon as it is a machine.
    }
    Piece {
        machines,
        data_quality: scratch.data_quality,
        tally,
    }
}

/// Makes a machine (or a skip) of every row, appending the machines and the data-quality
/// records to `inv` in row order. `rows` may own its rows (each is dropped once made) or
/// borrow them; `total` is how many there are, to size the machine list once.
pub fn make_machines<R: Borrow<Row> + Send>(
    inv: &mut Inventory,
    rows: impl IntoIterator<Item = R>,
    total: usize,
    make: &(dyn Fn(&Row, &mut Inventory) -> Made + Sync),
) -> Tally {
    inv.machines.reserve(total);
    let threads = if total < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
    };
    let mut tally = Tally::default();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut block: Vec<R> = rows.by_ref().take(BLOCK).collect();
        let pieces: Vec<Piece> = if threads == 1 {
            vec![make_piece(block, make)]
        } else {
            let per = block.len().div_ceil(threads).max(1);
            let mut parts = Vec::with_capacity(threads);
            while block.len() > per {
                let tail = block.split_off(block.len() - per);
                parts.push(tail);
            }
            parts.push(block);
            parts.reverse();
            std::thread::scope(|scope| {
                let handles: Vec<_> = parts
                    .into_iter()
                    .map(|part| scope.spawn(move || make_piece(part, make)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                    .collect()
            })
        };
        for piece in pieces {
            inv.machines.extend(piece.machines);
            inv.data_quality.extend(piece.data_quality);
            tally.add(piece.tally);
        }
    }
    tally
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    // The importer's own types, from the modules that define them: not from
    // `inventory`'s re-exports, which sit above this module.
    use crate::inventory::imported::Issue;
    use crate::inventory::note::Note;
    use crate::inventory::sheet::Cell;
    use crate::model::SourceRef;

    fn record(inv: &mut Inventory, issue: Issue, row: u32, message: Note) {
        inv.data_quality.push(DataQuality {
            issue,
            file: "t.csv".into(),
            sheet: None,
            cell: None,
            row: Some(row),
            machine: None,
            field: None,
            raw: None,
            message,
        });
    }

    /// Every 7th row has no name (skipped), every 11th a note, every 13th is a template.
    fn make(row: &Row, inv: &mut Inventory) -> Made {
        let n = row.number;
        if n.is_multiple_of(11) {
            record(inv, Issue::Invalid, n, Note::Worded(format!("note {n}")));
        }
        if n.is_multiple_of(7) {
            record(inv, Issue::Skipped, n, Note::Worded(format!("no name {n}")));
            return Made::Skipped(None);
        }
        if n.is_multiple_of(13) {
            return Made::Skipped(Some((
                format!("t{n}"),
                crate::inventory::note::NotAVm::Template,
            )));
        }
        let name = row.get(0).map(Cell::text).unwrap_or_default();
        let source = SourceRef {
            file: Arc::from("t.csv"),
            sheet: None,
            row: n,
        };
        Made::Machine(Machine::new(name, source), n.is_multiple_of(5))
    }

    fn rows(n: u32) -> Vec<Row> {
        (1..=n)
            .map(|i| Row {
                number: i,
                cells: vec![(0, Cell::Text(format!("vm{i}").into()))],
            })
            .collect()
    }

    fn sequential(rows: &[Row]) -> (Inventory, Tally) {
        let mut inv = Inventory::default();
        let mut tally = Tally::default();
        for row in rows {
            let piece = make_piece(vec![row], &make);
            inv.machines.extend(piece.machines);
            inv.data_quality.extend(piece.data_quality);
            tally.add(piece.tally);
        }
        (inv, tally)
    }

    #[test]
    fn machines_and_records_come_out_in_row_order_on_every_core() {
        // Past the threshold, over several blocks, with a short last block.
        let all = rows(2 * BLOCK as u32 + 777);
        let (want, want_tally) = sequential(&all);
        let mut got = Inventory::default();
        let tally = make_machines(&mut got, all.clone(), all.len(), &make);
        let names = |inv: &Inventory| {
            inv.machines
                .iter()
                .map(|m| m.name.clone())
                .collect::<Vec<_>>()
        };
        let messages = |inv: &Inventory| {
            inv.data_quality
                .iter()
                .map(|d| d.message.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&got), names(&want));
        assert_eq!(messages(&got), messages(&want));
        assert_eq!(tally.rows, all.len());
        assert_eq!(
            (tally.machines, tally.skipped, tally.inferred),
            (want_tally.machines, want_tally.skipped, want_tally.inferred)
        );
        assert_eq!(tally.left_out, want_tally.left_out);
        assert_eq!(tally.machines + tally.skipped, tally.rows);
        // Borrowed rows give the same.
        let mut borrowed = Inventory::default();
        make_machines(&mut borrowed, all.iter(), all.len(), &make);
        assert_eq!(names(&borrowed), names(&want));
    }
}
