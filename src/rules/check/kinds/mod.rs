//! One file per check kind, each registered once in `../registry.rs`.

pub mod architecture;
pub mod bitlocker;
pub mod churn_max;
pub mod cores_max;
pub mod disk_controller;
pub mod disk_count_max;
pub mod disk_kinds;
pub mod disk_max;
pub mod disk_min;
pub mod dynamic_os_disk;
pub mod field;
pub mod firmware;
pub mod host_os;
pub mod hypervisor;
pub mod managed_by;
pub mod memory_max;
pub mod nics_max;
pub mod os_recognised;
pub mod os_supported;
pub mod os_unsupported;
pub mod peak_churn_max;
pub mod rpo;
pub mod rto;
pub mod sector_4k;
pub mod secure_boot;
pub mod vm_name;
