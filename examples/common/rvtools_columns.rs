//! Column lists of RVTools 4.x tabs that the generator and the fixture writer both write
//! whole, in RVTools' order (the vInfo tab differs: the generator writes all ~90 columns,
//! the fixture the ones rehost maps).

pub const VDISK: &[&str] = &[
    "VM",
    "Powerstate",
    "Template",
    "SRM Placeholder",
    "Disk",
    "Disk Key",
    "Disk Path",
    "Capacity MiB",
    "Raw",
    "Disk Mode",
    "Sharing mode",
    "Thin",
    "Controller",
    "Label",
];

pub const VPARTITION: &[&str] = &[
    "VM",
    "Powerstate",
    "Template",
    "SRM Placeholder",
    "Disk Key",
    "Disk",
    "Capacity MiB",
    "Consumed MiB",
    "Free MiB",
    "Free %",
];
