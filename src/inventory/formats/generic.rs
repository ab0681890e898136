//! A table typed by a person, read through the header aliases: sizes without a unit are GB
//! (said in data quality), a bare `Memory` column is read by its size. And a sheet that is no
//! format at all.

use crate::inventory::format::{Format, Keep, Spec, unit_gb_assumed};

pub const TABLE: Spec = Spec {
    format: Format::Generic,
    machines: true,
    per_disk: false,
    rvtools: false,
    hypervisor: None,
    unmapped_as_tags: true,
    memory_by_size: true,
    keep: Keep::All,
    unit: unit_gb_assumed,
};

pub const UNKNOWN: Spec = Spec {
    format: Format::Unknown,
    machines: false,
    memory_by_size: false,
    ..TABLE
};
