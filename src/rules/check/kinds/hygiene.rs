//! `hygiene`: what must be cleaned up on a VMware VM before it is replicated or migrated
//! (snapshots, connected media, VMware Tools, hardware version, Fault Tolerance, special
//! disks, its host and its networks), one `item` per rule. One kind for every item: they share
//! their parameters (a `max` or a `min`) and how a gap reads, and differ only in the fact they
//! read (`Machine::hygiene`, filled from RVTools' tabs).

use serde::Deserialize;

use super::super::why::Subject;
use super::super::{BadParams, Context, Eval, Kind, Outcome, Quantity, Why, Wrong, gap, reading};
use crate::model::hygiene::{version_below, version_numbers};
use crate::model::{Date, Field, Machine, Value};

/// What a hygiene rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Item {
    /// More than `max` snapshots.
    SnapshotCount,
    /// The oldest snapshot older than `max` days on the day assessed.
    SnapshotAge,
    /// The snapshots together larger than `max` GiB.
    SnapshotSize,
    /// A CD/DVD drive connected (vCD `Connected`).
    CdConnected,
    /// A USB device connected (vUSB `Connected`).
    UsbConnected,
    /// A powered-on VM whose VMware Tools do not run (vInfo `Guest state` not `running`).
    ToolsNotRunning,
    /// Hardware version below `min`.
    HardwareVersion,
    /// Fault Tolerance configured (vInfo `FT State` other than `notConfigured`).
    FaultTolerance,
    IndependentDisks,
    SharedDisks,
    RdmPhysical,
    RdmVirtual,
    /// Suspended (vInfo `Powerstate`, any case).
    Suspended,
    /// A password-like word in the annotation, or in a snapshot's description.
    SecretInAnnotation,
    SecretInSnapshot,
    /// The host's ESXi below version `min`, compared as numbers.
    EsxiVersion,
    /// The host's CPU not Intel's (vHost `CPU Model`).
    HostCpuNotIntel,
    /// A network adapter on a standard (not distributed) switch.
    StandardSwitch,
    /// A network adapter on a dvPort port group without VLAN or with a lax security policy.
    PortSecurity,
    /// A network adapter on a VMkernel port group.
    VmkernelNetwork,
    /// Provisioned storage above `max` TiB.
    Provisioned,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hygiene {
    pub item: Item,
    /// A count, days, GiB or TiB, as the item says (counts default to 0).
    #[serde(default)]
    pub max: Option<u64>,
    /// A version (`11`, `7.0`).
    #[serde(default)]
    pub min: Option<String>,
}

const GIB: u64 = 1 << 30;
const TIB: u64 = 1 << 40;

impl Hygiene {
    fn needs(&self) -> Option<&'static str> {
        match self.item {
            Item::SnapshotAge | Item::SnapshotSize | Item::Provisioned => Some("max"),
            Item::HardwareVersion | Item::EsxiVersion => Some("min"),
            _ => None,
        }
    }
    fn min_numbers(&self) -> Vec<u32> {
        self.min
            .as_deref()
            .and_then(version_numbers)
            .unwrap_or_default()
    }
}

/// A count against a most, or the gap.
fn count(v: &Value<u32>, max: u32, field: Field, m: &Machine, full: bool) -> Eval {
    match v {
        Value::Known(n) => {
            let out = if *n > max {
                Outcome::Fail
            } else {
                Outcome::Pass
            };
            Eval::new(out, Why::None)
                .actual(Quantity::Count(*n))
                .limit(Quantity::Count(max))
                .worded(full, |e| {
                    e.read(reading(field, Quantity::Count(*n), Some(&m.source)))
                })
        }
        other => gap(other, Subject::Field(field)),
    }
}

/// A yes/no fact that fails when true.
fn flag(v: &Value<bool>, field: Field, m: &Machine, full: bool) -> Eval {
    match v {
        Value::Known(on) => {
            let out = if *on { Outcome::Fail } else { Outcome::Pass };
            Eval::new(out, Why::None)
                .actual(Quantity::YesNo(*on))
                .limit(Quantity::Allowed(false))
                .worded(full, |e| {
                    e.read(reading(field, Quantity::YesNo(*on), Some(&m.source)))
                })
        }
        other => gap(other, Subject::Field(field)),
    }
}

/// A text fact that fails when `bad` says so (`None`: a text it does not know, unknown); the
/// text is the inventory's own (a state, a version, a CPU model), never an annotation.
fn text(
    v: &Value<String>,
    bad: impl Fn(&str) -> Option<bool>,
    field: Field,
    m: &Machine,
    full: bool,
) -> Eval {
    match v {
        Value::Known(t) if !t.trim().is_empty() => {
            let Some(bad) = bad(t) else {
                let v = Value::<()>::invalid(t.trim(), crate::model::Refusal::ExpectedVmState);
                return gap(&v, Subject::Field(field));
            };
            let out = if bad { Outcome::Fail } else { Outcome::Pass };
            Eval::new(out, Why::None)
                .limit(Quantity::Limit)
                .worded(full, |e| {
                    e.actual(Quantity::Text(t.clone())).read(reading(
                        field,
                        Quantity::Text(t.clone()),
                        Some(&m.source),
                    ))
                })
        }
        Value::Known(_) => gap(&Value::<()>::Empty, Subject::Field(field)),
        other => gap(other, Subject::Field(field)),
    }
}

fn bytes(v: &Value<u64>, max: u64, field: Field, m: &Machine, full: bool) -> Eval {
    match v {
        Value::Known(b) => {
            let out = if *b > max {
                Outcome::Fail
            } else {
                Outcome::Pass
            };
            Eval::new(out, Why::None)
                .actual(Quantity::Bytes(*b))
                .limit(Quantity::Bytes(max))
                .worded(full, |e| {
                    e.read(reading(field, Quantity::Bytes(*b), Some(&m.source)))
                })
        }
        other => gap(other, Subject::Field(field)),
    }
}

impl Kind for Hygiene {
    const NAME: &'static str = "hygiene";
    const EXAMPLE: &'static str = r#"check = { kind = "hygiene", item = "snapshot-age", max = 7 }"#;
    const LIMIT: bool = true;

    fn validate(&self) -> Result<(), BadParams> {
        match self.needs() {
            Some("max") if self.max.is_none() => Err(BadParams::new(
                Self::NAME,
                Wrong::Needs {
                    op: "item",
                    param: "max",
                },
            )),
            Some("min") if self.min_numbers().is_empty() => Err(BadParams::new(
                Self::NAME,
                Wrong::Needs {
                    op: "item",
                    param: "min",
                },
            )),
            _ => Ok(()),
        }
    }

    fn rest(&self) -> String {
        format!("{:?} {:?} {:?}", self.item, self.max, self.min)
    }

    fn evaluate(&self, m: &Machine, cx: &Context<'_>, full: bool) -> Eval {
        let h = m.hygiene();
        let max = self.max.unwrap_or(0);
        let max32 = u32::try_from(max).unwrap_or(u32::MAX);
        match self.item {
            Item::SnapshotCount => count(&h.snapshot_count, max32, Field::SnapshotCount, m, full),
            Item::SnapshotAge => {
                let day = cx.dr.day.unwrap_or_else(Date::today);
                let age = match &h.snapshot_oldest {
                    Value::Known(None) => Value::Known(0),
                    Value::Known(Some(d)) => Value::Known(
                        u32::try_from((day.days_since_epoch() - d.days_since_epoch()).max(0))
                            .unwrap_or(u32::MAX),
                    ),
                    other => other.clone().map(|_| 0),
                };
                count(&age, max32, Field::SnapshotAge, m, full)
            }
            Item::SnapshotSize => {
                let max = max.saturating_mul(GIB);
                bytes(&h.snapshot_bytes, max, Field::SnapshotTotal, m, full)
            }
            Item::CdConnected => count(&h.cd_connected, max32, Field::CdConnected, m, full),
            Item::UsbConnected => count(&h.usb_connected, max32, Field::UsbConnected, m, full),
            Item::ToolsNotRunning => {
                // Only a VM that is on can have its Tools running.
                let on = m
                    .power_state
                    .known()
                    .map(|p| p.trim().eq_ignore_ascii_case("poweredon"));
                match on {
                    Some(true) => text(
                        &h.guest_state,
                        |t| match t.trim().to_ascii_lowercase().as_str() {
                            "running" => Some(false),
                            "notrunning" | "shuttingdown" | "resetting" | "standby" => Some(true),
                            _ => None,
                        },
                        Field::GuestState,
                        m,
                        full,
                    ),
                    Some(false) => Eval::new(Outcome::Pass, Why::None).worded(full, |e| {
                        e.read(reading(
                            Field::PowerState,
                            Quantity::Text(m.power_state.known().cloned().unwrap_or_default()),
                            Some(&m.source),
                        ))
                    }),
                    None => gap(&m.power_state, Subject::Field(Field::PowerState)),
                }
            }
            Item::HardwareVersion => {
                let min = self.min_numbers();
                match &h.hw_version {
                    Value::Known(v) => {
                        let out = if version_below(&[*v], &min) {
                            Outcome::Fail
                        } else {
                            Outcome::Pass
                        };
                        Eval::new(out, Why::None)
                            .actual(Quantity::Count(*v))
                            .limit(Quantity::Count(min[0]))
                            .worded(full, |e| {
                                e.read(reading(
                                    Field::HwVersion,
                                    Quantity::Count(*v),
                                    Some(&m.source),
                                ))
                            })
                    }
                    other => gap(other, Subject::Field(Field::HwVersion)),
                }
            }
            Item::FaultTolerance => text(
                &h.ft_state,
                |t| match t.trim().to_ascii_lowercase().as_str() {
                    "notconfigured" => Some(false),
                    "disabled" | "enabled" | "needsecondary" | "starting" | "running" => Some(true),
                    _ => None,
                },
                Field::FtState,
                m,
                full,
            ),
            Item::IndependentDisks => count(
                &h.independent_disks,
                max32,
                Field::IndependentDisks,
                m,
                full,
            ),
            Item::SharedDisks => count(&h.shared_disks, max32, Field::SharedDisks, m, full),
            Item::RdmPhysical => count(&h.rdm_physical, max32, Field::RdmPhysical, m, full),
            Item::RdmVirtual => count(&h.rdm_virtual, max32, Field::RdmVirtual, m, full),
            Item::Suspended => text(
                &m.power_state,
                |t| match t.trim().to_ascii_lowercase().as_str() {
                    "suspended" => Some(true),
                    "poweredon" | "poweredoff" => Some(false),
                    _ => None,
                },
                Field::PowerState,
                m,
                full,
            ),
            Item::SecretInAnnotation => flag(&h.annotation_secret, Field::Annotation, m, full),
            Item::SecretInSnapshot => flag(&h.snapshot_secret, Field::SnapshotDescription, m, full),
            Item::EsxiVersion => {
                let min = self.min_numbers();
                text(
                    &m.host.os,
                    |t| version_numbers(t).map(|v| version_below(&v, &min)),
                    Field::EsxVersion,
                    m,
                    full,
                )
            }
            Item::HostCpuNotIntel => text(
                &h.host_cpu,
                |t| Some(!t.to_ascii_lowercase().contains("intel")),
                Field::HostCpu,
                m,
                full,
            ),
            Item::StandardSwitch => count(
                &h.standard_switch_nics,
                max32,
                Field::StandardSwitchNics,
                m,
                full,
            ),
            Item::PortSecurity => count(
                &h.insecure_port_nics,
                max32,
                Field::InsecurePortNics,
                m,
                full,
            ),
            Item::VmkernelNetwork => count(&h.vmkernel_nics, max32, Field::VmkernelNics, m, full),
            Item::Provisioned => bytes(
                &h.provisioned_bytes,
                max.saturating_mul(TIB),
                Field::ProvisionedStorage,
                m,
                full,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Hygiene as Facts, SourceRef};
    use crate::rules::check::dr::DrContext;

    fn machine(set: impl FnOnce(&mut Machine, &mut Facts)) -> Machine {
        let src = SourceRef {
            file: "x.xlsx".into(),
            sheet: Some("vInfo".into()),
            row: 2,
        };
        let mut m = Machine::new("vm", src);
        let mut h = Facts::default();
        set(&mut m, &mut h);
        m.hygiene = Some(Box::new(h));
        m
    }

    fn check(item: Item, max: Option<u64>, min: Option<&str>) -> Hygiene {
        let k = Hygiene {
            item,
            max,
            min: min.map(str::to_string),
        };
        k.validate().unwrap();
        k
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn outcome(k: &Hygiene, m: &Machine) -> Outcome {
        let dr = DrContext {
            day: Some(day("2026-12-05")),
            ..DrContext::default()
        };
        let cx = Context {
            default_platform: crate::model::Hypervisor::Vmware,
            dr: &dr,
        };
        k.evaluate(m, &cx, true).outcome
    }

    use Outcome::{Fail, NotEvaluated as NotEval, Pass, Unknown};

    /// Each item just inside and just outside its limit, and a gap: no column (not
    /// evaluated) and a blank cell (unknown).
    #[test]
    fn each_item_just_inside_and_just_outside() {
        type Set = Box<dyn Fn(&mut Machine, &mut Facts)>;
        let count = |f: fn(&mut Facts) -> &mut Value<u32>, n: u32| -> Set {
            Box::new(move |_, h| *f(h) = Value::Known(n))
        };
        let text = |f: fn(&mut Facts) -> &mut Value<String>, t: &'static str| -> Set {
            Box::new(move |_, h| *f(h) = Value::Known(t.to_string()))
        };
        let blank_count = |f: fn(&mut Facts) -> &mut Value<u32>| -> Set {
            Box::new(move |_, h| *f(h) = Value::Empty)
        };
        let none: fn() -> Set = || Box::new(|_, _| {});
        let on = |guest: &'static str| -> Set {
            Box::new(move |m, h| {
                m.power_state = Value::Known("poweredOn".into());
                h.guest_state = Value::Known(guest.into());
            })
        };
        let power = |p: &'static str| -> Set {
            Box::new(move |m, _| m.power_state = Value::Known(p.into()))
        };
        let host =
            |os: &'static str| -> Set { Box::new(move |m, _| m.host.os = Value::Known(os.into())) };
        let oldest = |d: &'static str| -> Set {
            Box::new(move |_, h| h.snapshot_oldest = Value::Known(Some(day(d))))
        };
        let gib = |n: u64| -> Set { Box::new(move |_, h| h.snapshot_bytes = Value::Known(n)) };
        let prov = |n: u64| -> Set { Box::new(move |_, h| h.provisioned_bytes = Value::Known(n)) };
        let secret =
            |b: bool| -> Set { Box::new(move |_, h| h.annotation_secret = Value::Known(b)) };
        let snap_secret =
            |b: bool| -> Set { Box::new(move |_, h| h.snapshot_secret = Value::Known(b)) };
        let hw = |v: u32| -> Set { Box::new(move |_, h| h.hw_version = Value::Known(v)) };
        let cpu = |t: &'static str| text(|h| &mut h.host_cpu, t);
        let ft = |t: &'static str| text(|h| &mut h.ft_state, t);
        let rows: Vec<(&str, Hygiene, Set, Outcome)> = vec![
            (
                "snapshots: none",
                check(Item::SnapshotCount, Some(0), None),
                count(|h| &mut h.snapshot_count, 0),
                Pass,
            ),
            (
                "snapshots: one",
                check(Item::SnapshotCount, Some(0), None),
                count(|h| &mut h.snapshot_count, 1),
                Fail,
            ),
            (
                "snapshots: no vSnapshot",
                check(Item::SnapshotCount, Some(0), None),
                none(),
                NotEval,
            ),
            (
                "snapshots: blank",
                check(Item::SnapshotCount, Some(0), None),
                blank_count(|h| &mut h.snapshot_count),
                Unknown,
            ),
            (
                "age: 3 days",
                check(Item::SnapshotAge, Some(3), None),
                oldest("2026-12-02"),
                Pass,
            ),
            (
                "age: 4 days",
                check(Item::SnapshotAge, Some(3), None),
                oldest("2026-12-01"),
                Fail,
            ),
            (
                "age: no snapshot",
                check(Item::SnapshotAge, Some(3), None),
                Box::new(|_, h| h.snapshot_oldest = Value::Known(None)),
                Pass,
            ),
            (
                "age: blank date",
                check(Item::SnapshotAge, Some(3), None),
                Box::new(|_, h| h.snapshot_oldest = Value::Empty),
                Unknown,
            ),
            (
                "size: 100 GiB",
                check(Item::SnapshotSize, Some(100), None),
                gib(100 * GIB),
                Pass,
            ),
            (
                "size: a byte more",
                check(Item::SnapshotSize, Some(100), None),
                gib(100 * GIB + 1),
                Fail,
            ),
            (
                "cd: none connected",
                check(Item::CdConnected, None, None),
                count(|h| &mut h.cd_connected, 0),
                Pass,
            ),
            (
                "cd: one connected",
                check(Item::CdConnected, None, None),
                count(|h| &mut h.cd_connected, 1),
                Fail,
            ),
            (
                "cd: no vCD",
                check(Item::CdConnected, None, None),
                none(),
                NotEval,
            ),
            (
                "usb: none connected",
                check(Item::UsbConnected, None, None),
                count(|h| &mut h.usb_connected, 0),
                Pass,
            ),
            (
                "usb: one connected",
                check(Item::UsbConnected, None, None),
                count(|h| &mut h.usb_connected, 1),
                Fail,
            ),
            (
                "tools: running",
                check(Item::ToolsNotRunning, None, None),
                on("running"),
                Pass,
            ),
            (
                "tools: not running",
                check(Item::ToolsNotRunning, None, None),
                on("notRunning"),
                Fail,
            ),
            (
                "tools: powered off",
                check(Item::ToolsNotRunning, None, None),
                power("poweredOff"),
                Pass,
            ),
            (
                "tools: power blank",
                check(Item::ToolsNotRunning, None, None),
                Box::new(|m, _| m.power_state = Value::Empty),
                Unknown,
            ),
            (
                "hw: 7",
                check(Item::HardwareVersion, None, Some("7")),
                hw(7),
                Pass,
            ),
            (
                "hw: 6",
                check(Item::HardwareVersion, None, Some("7")),
                hw(6),
                Fail,
            ),
            (
                "hw: no column",
                check(Item::HardwareVersion, None, Some("7")),
                none(),
                NotEval,
            ),
            (
                "ft: notConfigured",
                check(Item::FaultTolerance, None, None),
                ft("notConfigured"),
                Pass,
            ),
            (
                "ft: needSecondary",
                check(Item::FaultTolerance, None, None),
                ft("needSecondary"),
                Fail,
            ),
            (
                "ft: blank",
                check(Item::FaultTolerance, None, None),
                ft(""),
                Unknown,
            ),
            (
                "independent: 0",
                check(Item::IndependentDisks, None, None),
                count(|h| &mut h.independent_disks, 0),
                Pass,
            ),
            (
                "independent: 1",
                check(Item::IndependentDisks, None, None),
                count(|h| &mut h.independent_disks, 1),
                Fail,
            ),
            (
                "shared: 0",
                check(Item::SharedDisks, None, None),
                count(|h| &mut h.shared_disks, 0),
                Pass,
            ),
            (
                "shared: 1",
                check(Item::SharedDisks, None, None),
                count(|h| &mut h.shared_disks, 1),
                Fail,
            ),
            (
                "rdm physical: 0",
                check(Item::RdmPhysical, None, None),
                count(|h| &mut h.rdm_physical, 0),
                Pass,
            ),
            (
                "rdm physical: 1",
                check(Item::RdmPhysical, None, None),
                count(|h| &mut h.rdm_physical, 1),
                Fail,
            ),
            (
                "rdm virtual: 0",
                check(Item::RdmVirtual, None, None),
                count(|h| &mut h.rdm_virtual, 0),
                Pass,
            ),
            (
                "rdm virtual: 1",
                check(Item::RdmVirtual, None, None),
                count(|h| &mut h.rdm_virtual, 1),
                Fail,
            ),
            (
                "suspended: poweredOn",
                check(Item::Suspended, None, None),
                power("poweredOn"),
                Pass,
            ),
            // vSphere writes `suspended`; the peer tool matched `Suspended` only.
            (
                "suspended: suspended",
                check(Item::Suspended, None, None),
                power("suspended"),
                Fail,
            ),
            (
                "suspended: Suspended",
                check(Item::Suspended, None, None),
                power("Suspended"),
                Fail,
            ),
            (
                "annotation: clean",
                check(Item::SecretInAnnotation, None, None),
                secret(false),
                Pass,
            ),
            (
                "annotation: password",
                check(Item::SecretInAnnotation, None, None),
                secret(true),
                Fail,
            ),
            (
                "annotation: no column",
                check(Item::SecretInAnnotation, None, None),
                none(),
                NotEval,
            ),
            (
                "snapshot description: clean",
                check(Item::SecretInSnapshot, None, None),
                snap_secret(false),
                Pass,
            ),
            (
                "snapshot description: password",
                check(Item::SecretInSnapshot, None, None),
                snap_secret(true),
                Fail,
            ),
            (
                "esxi: 6.5.0",
                check(Item::EsxiVersion, None, Some("6.5")),
                host("VMware ESXi 6.5.0 build-1"),
                Pass,
            ),
            (
                "esxi: 6.0.0",
                check(Item::EsxiVersion, None, Some("6.5")),
                host("VMware ESXi 6.0.0 build-1"),
                Fail,
            ),
            // As numbers, 10.0 is later than 6.5 (as strings it sorts before).
            (
                "esxi: 10.0",
                check(Item::EsxiVersion, None, Some("6.5")),
                host("VMware ESXi 10.0.0"),
                Pass,
            ),
            (
                "cpu: Intel",
                check(Item::HostCpuNotIntel, None, None),
                cpu("Intel(R) Xeon(R) Gold 6248R"),
                Pass,
            ),
            (
                "cpu: AMD",
                check(Item::HostCpuNotIntel, None, None),
                cpu("AMD EPYC 7543"),
                Fail,
            ),
            (
                "standard switch: 0",
                check(Item::StandardSwitch, None, None),
                count(|h| &mut h.standard_switch_nics, 0),
                Pass,
            ),
            (
                "standard switch: 1",
                check(Item::StandardSwitch, None, None),
                count(|h| &mut h.standard_switch_nics, 1),
                Fail,
            ),
            (
                "port security: 0",
                check(Item::PortSecurity, None, None),
                count(|h| &mut h.insecure_port_nics, 0),
                Pass,
            ),
            (
                "port security: 1",
                check(Item::PortSecurity, None, None),
                count(|h| &mut h.insecure_port_nics, 1),
                Fail,
            ),
            (
                "vmkernel: 0",
                check(Item::VmkernelNetwork, None, None),
                count(|h| &mut h.vmkernel_nics, 0),
                Pass,
            ),
            (
                "vmkernel: 1",
                check(Item::VmkernelNetwork, None, None),
                count(|h| &mut h.vmkernel_nics, 1),
                Fail,
            ),
            // 10 TiB exactly is within; the peer's "10 TB" (10,000,000 MiB) is less.
            (
                "provisioned: 10 TiB",
                check(Item::Provisioned, Some(10), None),
                prov(10 * TIB),
                Pass,
            ),
            (
                "provisioned: a byte more",
                check(Item::Provisioned, Some(10), None),
                prov(10 * TIB + 1),
                Fail,
            ),
            (
                "provisioned: 10,240,000 MiB",
                check(Item::Provisioned, Some(10), None),
                prov(10_240_000 << 20),
                Pass,
            ),
        ];
        let mut wrong = Vec::new();
        for (what, k, set, want) in &rows {
            let m = machine(|m, h| set(m, h));
            let got = outcome(k, &m);
            if got != *want {
                wrong.push(format!("{what}: expected {want:?}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_limit_the_item_needs_is_asked_for() {
        for (item, max, min) in [
            (Item::SnapshotAge, None, None),
            (Item::SnapshotSize, None, None),
            (Item::Provisioned, None, None),
            (Item::HardwareVersion, None, None),
            (Item::EsxiVersion, None, Some("seven")),
        ] {
            let k = Hygiene {
                item,
                max,
                min: min.map(str::to_string),
            };
            assert!(k.validate().is_err(), "{item:?}");
        }
    }
}
