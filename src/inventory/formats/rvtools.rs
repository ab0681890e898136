//! RVTools (an xlsx, or one CSV per tab): vInfo is one row per VM; vDisk and vPartition are
//! joined to their VM; vHost gives the hosts' ESXi versions, vCPU the VMs' CPU use; vMetaData
//! the RVTools version. Every other tab is recognised and not read.

use crate::inventory::format::{Format, Keep, Spec};
use crate::model::{Field, Hypervisor};
use crate::units::SizeUnit;

const TAB: Spec = Spec {
    format: Format::RvtoolsOther,
    machines: false,
    per_disk: false,
    rvtools: true,
    hypervisor: None,
    unmapped_as_tags: true,
    memory_by_size: false,
    keep: Keep::Mapped,
    unit: crate::inventory::format::unit_gb_assumed,
};

/// RVTools writes sizes in MiB without saying so in most headers.
fn mib_assumed(_: Field) -> (Option<SizeUnit>, bool) {
    (Some(SizeUnit::MiB), true)
}

/// vInfo `Memory` is MiB although its header says nothing: RVTools' documented unit.
fn info_unit(field: Field) -> (Option<SizeUnit>, bool) {
    match field {
        Field::Memory | Field::ActiveMemory => (Some(SizeUnit::MiB), false),
        _ => mib_assumed(field),
    }
}

pub const INFO: Spec = Spec {
    format: Format::RvtoolsInfo,
    machines: true,
    hypervisor: Some(Hypervisor::Vmware),
    // vInfo's ninety-odd other columns are listed by `inspect`, not kept as tags.
    unmapped_as_tags: false,
    unit: info_unit,
    ..TAB
};

pub const DISK: Spec = Spec {
    format: Format::RvtoolsDisk,
    per_disk: true,
    unit: mib_assumed,
    ..TAB
};

pub const PARTITION: Spec = Spec {
    format: Format::RvtoolsPartition,
    per_disk: true,
    unit: mib_assumed,
    ..TAB
};

pub const HOST: Spec = Spec {
    format: Format::RvtoolsHost,
    ..TAB
};

pub const CPU: Spec = Spec {
    format: Format::RvtoolsCpu,
    ..TAB
};

pub const META: Spec = Spec {
    format: Format::RvtoolsMeta,
    keep: Keep::All,
    ..TAB
};

pub const OTHER: Spec = Spec {
    keep: Keep::Nothing,
    ..TAB
};
