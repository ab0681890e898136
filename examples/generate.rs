//! Generates realistic inventories for benchmarks and scale tests, reproducibly from a seed:
//!
//! ```sh
//! cargo run --release --example generate -- --machines 100000 --format rvtools --seed 1 -o big.xlsx
//! ```
//!
//! `rvtools`: a full RVTools 4.x workbook (vInfo with its 93 columns, vDisk with 1–8 disks a
//! machine, vPartition, vHost, vMetaData); `azure-migrate-csv`: the Azure Migrate import
//! template; `generic-csv`: a hand-made table. The OS mix follows the real Azure Migrate
//! discovery export; about 14 % UEFI; a few per cent of cells are unreadable, as in life.

use std::io::{BufWriter, Write};

use rust_xlsxwriter::{Workbook, XlsxError};

/// splitmix64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(1000) < percent * 10
    }
    fn pick<T: Copy>(&mut self, weighted: &[(T, u64)]) -> T {
        let total: u64 = weighted.iter().map(|(_, w)| w).sum();
        let mut x = self.below(total);
        for (v, w) in weighted {
            if x < *w {
                return *v;
            }
            x -= w;
        }
        weighted[0].0
    }
}

/// The OS mix of ../shared/samples/real/AzureMigrate_Discovery_Report.xlsx (counts as weights).
const OS: &[(&str, u64)] = &[
    ("Microsoft Windows Server 2016 or later (64-bit)", 161),
    ("Ubuntu Linux (64-bit)", 37),
    ("Microsoft Windows Server 2012 (64-bit)", 33),
    ("Microsoft Windows Server 2019 (64-bit)", 13),
    ("Microsoft Windows Server 2008 (64-bit)", 12),
    ("Microsoft Windows Server 2008 R2 (64-bit)", 10),
    ("Red Hat Enterprise Linux 8 (64-bit)", 6),
    ("CentOS 7 (64-bit)", 5),
    ("CentOS 8 (64-bit)", 4),
    ("Microsoft Windows Server 2022 (64-bit)", 4),
    ("CentOS 9 (64-bit)", 2),
    ("Microsoft Windows 10 (64-bit)", 2),
    ("Oracle Linux 7 (64-bit)", 2),
    ("Microsoft Windows Server 2003 (64-bit)", 1),
    ("Microsoft Windows Server 2016 (64-bit)", 1),
    ("VMware Photon OS (64-bit)", 1),
    ("Other (64-bit)", 1),
];

#[path = "common/rvtools_columns.rs"]
mod rvtools_columns;
#[path = "generate/vinfo.rs"]
mod vinfo;
use vinfo::VINFO;

struct Vm {
    name: String,
    cpus: u64,
    memory_mib: u64,
    os: &'static str,
    uefi: bool,
    secure: bool,
    disks_mib: Vec<u64>,
    host: u64,
    template: bool,
    bad_memory: bool,
    churn: f64,
}

fn machines(n: usize, seed: u64) -> Vec<Vm> {
    let mut r = Rng(seed);
    (0..n)
        .map(|i| {
            let disks = 1 + r.below(8) as usize;
            let disks_mib = (0..disks)
                .map(|d| {
                    let gib = if d == 0 {
                        r.pick(&[(40, 3), (60, 3), (80, 2), (127, 6), (250, 2), (3000, 1)])
                    } else {
                        1 + r.below(6000)
                    };
                    gib * 1024
                })
                .collect();
            let uefi = r.chance(14);
            Vm {
                name: format!("vm-{i:07}"),
                cpus: r.pick(&[
                    (1, 2),
                    (2, 40),
                    (4, 30),
                    (8, 15),
                    (16, 8),
                    (32, 4),
                    (160, 1),
                ]),
                memory_mib: r.pick(&[
                    (2048, 5),
                    (4096, 40),
                    (8192, 30),
                    (16384, 15),
                    (65536, 8),
                    (4_194_304, 1),
                ]),
                os: r.pick(OS),
                uefi,
                secure: uefi && r.chance(30),
                disks_mib,
                host: r.below(400),
                template: r.chance(1),
                bad_memory: r.chance(2),
                churn: (r.below(3000) as f64) / 100.0,
            }
        })
        .collect()
}

fn rvtools(vms: &[Vm], path: &str) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    // A fixed creation time: the same seed gives the same bytes.
    let when = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 1, 1)?;
    wb.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&when));
    {
        let ws = wb.add_worksheet_with_constant_memory()?;
        ws.set_name("vInfo")?;
        for (c, h) in VINFO.iter().enumerate() {
            ws.write_string(0, c as u16, *h)?;
        }
        for (i, vm) in vms.iter().enumerate() {
            let r = i as u32 + 1;
            let total: u64 = vm.disks_mib.iter().sum();
            for (c, h) in VINFO.iter().enumerate() {
                let c = c as u16;
                match *h {
                    "VM" | "DNS Name" => ws.write_string(r, c, &vm.name)?,
                    "Powerstate" => ws.write_string(r, c, "poweredOn")?,
                    "Template" => ws.write_boolean(r, c, vm.template)?,
                    "SRM Placeholder" | "Consolidation Needed" | "CBT" => {
                        ws.write_boolean(r, c, false)?
                    }
                    "CPUs" => ws.write_number(r, c, vm.cpus as f64)?,
                    "Memory" if vm.bad_memory => ws.write_string(r, c, "n/a")?,
                    "Memory" => ws.write_number(r, c, vm.memory_mib as f64)?,
                    "NICs" => ws.write_number(r, c, 1.0)?,
                    "Disks" => ws.write_number(r, c, vm.disks_mib.len() as f64)?,
                    "Total disk capacity MiB" | "Provisioned MiB" => {
                        ws.write_number(r, c, total as f64)?
                    }
                    "In Use MiB" | "Unshared MiB" => ws.write_number(r, c, (total / 3) as f64)?,
                    "EFI Secure boot" => ws.write_boolean(r, c, vm.secure)?,
                    "Firmware" => ws.write_string(r, c, if vm.uefi { "efi" } else { "bios" })?,
                    "HW version" => ws.write_number(r, c, 19.0)?,
                    "Host" => ws.write_string(r, c, format!("esx{:03}.contoso.local", vm.host))?,
                    "Datacenter" => ws.write_string(r, c, "DC1")?,
                    "Cluster" => ws.write_string(r, c, format!("Cluster{}", vm.host / 32))?,
                    "OS according to the configuration file"
                    | "OS according to the VMware Tools" => ws.write_string(r, c, vm.os)?,
                    "VM UUID" | "SMBIOS UUID" => {
                        ws.write_string(r, c, format!("4201{i:08x}-0000-4000-8000-{i:012x}"))?
                    }
                    "VI SDK Server type" => ws.write_string(r, c, "VirtualCenter")?,
                    "VI SDK API Version" => ws.write_string(r, c, "8.0.2.0")?,
                    "VI SDK Server" => ws.write_string(r, c, "vcenter01.contoso.local")?,
                    "Primary IP Address" | "Network #1" => ws.write_string(
                        r,
                        c,
                        format!("10.{}.{}.{}", i >> 16 & 255, i >> 8 & 255, i & 255),
                    )?,
                    "Path" => ws.write_string(
                        r,
                        c,
                        format!("[ds{}] {}/{}.vmx", vm.host % 20, vm.name, vm.name),
                    )?,
                    "Annotation" => ws.write_string(r, c, "")?,
                    _ => ws.write_string(r, c, "x")?,
                };
            }
        }
    }
    {
        let ws = wb.add_worksheet_with_constant_memory()?;
        ws.set_name("vDisk")?;
        for (c, t) in rvtools_columns::VDISK.iter().enumerate() {
            ws.write_string(0, c as u16, *t)?;
        }
        let mut r = 1u32;
        for vm in vms {
            for (d, mib) in vm.disks_mib.iter().enumerate() {
                ws.write_string(r, 0, &vm.name)?;
                ws.write_string(r, 1, "poweredOn")?;
                ws.write_boolean(r, 2, vm.template)?;
                ws.write_boolean(r, 3, false)?;
                ws.write_string(r, 4, format!("Hard disk {}", d + 1))?;
                ws.write_number(r, 5, 2000.0 + d as f64)?;
                ws.write_string(r, 6, format!("[ds1] {}/{}_{d}.vmdk", vm.name, vm.name))?;
                ws.write_number(r, 7, *mib as f64)?;
                ws.write_boolean(r, 8, false)?;
                ws.write_string(r, 9, "persistent")?;
                ws.write_string(r, 10, "sharingNone")?;
                ws.write_boolean(r, 11, true)?;
                ws.write_string(r, 12, "SCSI controller 0")?;
                ws.write_string(r, 13, format!("Hard disk {}", d + 1))?;
                r += 1;
            }
        }
    }
    {
        let ws = wb.add_worksheet_with_constant_memory()?;
        ws.set_name("vPartition")?;
        for (c, t) in rvtools_columns::VPARTITION.iter().enumerate() {
            ws.write_string(0, c as u16, *t)?;
        }
        let mut r = 1u32;
        for vm in vms {
            for (d, mib) in vm.disks_mib.iter().enumerate() {
                let used = mib / 3;
                ws.write_string(r, 0, &vm.name)?;
                ws.write_string(r, 1, "poweredOn")?;
                ws.write_boolean(r, 2, vm.template)?;
                ws.write_boolean(r, 3, false)?;
                ws.write_number(r, 4, 2000.0 + d as f64)?;
                ws.write_string(
                    r,
                    5,
                    if d == 0 {
                        "C:\\".to_string()
                    } else {
                        format!("{}:\\", (b'D' + d as u8) as char)
                    },
                )?;
                ws.write_number(r, 6, *mib as f64)?;
                ws.write_number(r, 7, used as f64)?;
                ws.write_number(r, 8, (mib - used) as f64)?;
                ws.write_number(r, 9, 66.0)?;
                r += 1;
            }
        }
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name("vHost")?;
        for (c, t) in [
            "Host",
            "Datacenter",
            "Cluster",
            "# CPU",
            "# Cores",
            "ESX Version",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(0, c as u16, *t)?;
        }
        for h in 0..400u32 {
            ws.write_string(h + 1, 0, format!("esx{h:03}.contoso.local"))?;
            ws.write_string(h + 1, 1, "DC1")?;
            ws.write_string(h + 1, 2, format!("Cluster{}", h / 32))?;
            ws.write_number(h + 1, 3, 2.0)?;
            ws.write_number(h + 1, 4, 40.0)?;
            ws.write_string(
                h + 1,
                5,
                if h % 5 == 0 {
                    "VMware ESXi 6.7.0 build-17700523"
                } else {
                    "VMware ESXi 8.0.2 build-22380479"
                },
            )?;
        }
        let meta = wb.add_worksheet();
        meta.set_name("vMetaData")?;
        for (c, t) in [
            "RVTools major version",
            "RVTools version",
            "xlsx creation datetime",
            "Server",
        ]
        .iter()
        .enumerate()
        {
            meta.write_string(0, c as u16, *t)?;
        }
        meta.write_number(1, 0, 4.7)?;
        meta.write_string(1, 1, "4.7.1.4")?;
        meta.write_number(1, 2, 46008.69)?;
        meta.write_string(1, 3, "vcenter01.contoso.local")?;
    }
    wb.save(path)
}

fn csv(vms: &[Vm], path: &str, azure: bool) -> std::io::Result<()> {
    let mut w = BufWriter::new(std::fs::File::create(path)?);
    if azure {
        write!(
            w,
            "*Server Name,*Cores,*Memory (In MB),*OS name,OS architecture,Server type,Hypervisor,Boot type,Number of disks"
        )?;
        for d in 1..=8 {
            write!(w, ",Disk {d} size (In GB)")?;
        }
        writeln!(w)?;
    } else {
        writeln!(
            w,
            "Name,Host,Gen,Operating system,Cores,Memory (GB),OS disk (GB),Data disk (GB),BitLocker,Churn (MB/s),RPO target"
        )?;
    }
    for vm in vms {
        let gbs: Vec<u64> = vm.disks_mib.iter().map(|m| m / 1024).collect();
        if azure {
            let mem = if vm.bad_memory {
                "n/a".to_string()
            } else {
                vm.memory_mib.to_string()
            };
            write!(
                w,
                "{},{},{},{},x64,Virtual,VMware,{},{}",
                vm.name,
                vm.cpus,
                mem,
                vm.os.replace(',', " "),
                if vm.uefi { "UEFI" } else { "BIOS" },
                gbs.len()
            )?;
            for d in 0..8 {
                match gbs.get(d) {
                    Some(g) => write!(w, ",{g}")?,
                    None => write!(w, ",")?,
                }
            }
            writeln!(w)?;
        } else {
            let data: Vec<String> = gbs[1..].iter().map(|g| g.to_string()).collect();
            let mem = if vm.bad_memory {
                "lots".to_string()
            } else {
                (vm.memory_mib / 1024).to_string()
            };
            writeln!(
                w,
                "{},hv{:03},{},{},{},{},{},{},{},{},{}",
                vm.name,
                vm.host,
                if vm.uefi { 2 } else { 1 },
                vm.os.replace(',', " "),
                vm.cpus,
                mem,
                gbs[0],
                if data.is_empty() {
                    "none".into()
                } else {
                    data.join(";")
                },
                if vm.secure { "Yes" } else { "No" },
                vm.churn,
                ["5 min", "15 min", "30 s", "1 h"][(vm.host % 4) as usize],
            )?;
        }
    }
    w.flush()
}

/// Writes `n` machines from `seed` in `format` to `out` (also used by tests/it/scale.rs).
pub fn run(n: usize, seed: u64, format: &str, out: &str) -> Result<(), String> {
    let vms = machines(n, seed);
    match format {
        "rvtools" => rvtools(&vms, out).map_err(|e| e.to_string()),
        "azure-migrate-csv" => csv(&vms, out, true).map_err(|e| e.to_string()),
        "generic-csv" => csv(&vms, out, false).map_err(|e| e.to_string()),
        other => Err(format!(
            "unknown --format {other} (rvtools, azure-migrate-csv, generic-csv)"
        )),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let n: usize = get("--machines")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let seed: u64 = get("--seed").and_then(|v| v.parse().ok()).unwrap_or(1);
    let format = get("--format").unwrap_or_else(|| "rvtools".into());
    let out = get("-o").or_else(|| get("--output")).unwrap_or_else(|| {
        format!(
            "generated-{n}.{}",
            if format == "rvtools" { "xlsx" } else { "csv" }
        )
    });
    let result = run(n, seed, &format, &out);
    match result {
        Ok(()) => eprintln!("wrote {n} machines to {out}"),
        Err(e) => {
            eprintln!("generate: {e}");
            std::process::exit(2);
        }
    }
}
