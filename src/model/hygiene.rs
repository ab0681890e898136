//! What the hygiene checks read of a VMware VM beyond its size and OS: RVTools' vInfo state
//! columns, and the tabs joined to the VM (vSnapshot, vCD, vUSB, vNetwork with dvSwitch,
//! dvPort and vSC_VMK, vHost's CPU, vDisk's RDM, sharing and mode columns). Each is a
//! [`Value`]: a tab or column the export lacks is absent (the check is not evaluated), a
//! blank cell empty (unknown). Kept apart from [`super::Machine`]'s own fields, boxed, so a
//! machine from any other inventory pays one pointer for it.

use std::sync::LazyLock;

use regex::Regex;

use super::{Date, Value};

/// One VM's hygiene facts, as the importer read them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hygiene {
    /// vInfo `Guest state` (`running`, `notRunning`): whether VMware Tools answer.
    pub guest_state: Value<String>,
    /// vInfo `HW version` (`vmx-13`, or `13`).
    pub hw_version: Value<u32>,
    /// vInfo `FT State` (`notConfigured`, `running`, `needSecondary`, …).
    pub ft_state: Value<String>,
    /// Whether vInfo `Annotation` holds a password-like word. The text itself is never kept:
    /// no report can print what the importer did not hold.
    pub annotation_secret: Value<bool>,
    /// vInfo `Provisioned MiB`, in bytes.
    pub provisioned_bytes: Value<u64>,
    /// vSnapshot's rows for the VM, counted (zero when the tab lists none for it).
    pub snapshot_count: Value<u32>,
    /// The oldest snapshot's day (none: no snapshot); empty when a row's date is blank or
    /// does not read as a day (then the age is unknown).
    pub snapshot_oldest: Value<Option<Date>>,
    /// The snapshots' `Size MiB (vmsn)` summed, in bytes; empty when a row's is blank.
    pub snapshot_bytes: Value<u64>,
    /// Some snapshot's `Description` holds a password-like word (its text is not kept).
    pub snapshot_secret: Value<bool>,
    /// vCD rows with `Connected` true.
    pub cd_connected: Value<u32>,
    /// vUSB rows with `Connected` true.
    pub usb_connected: Value<u32>,
    /// vHost `CPU Model` of the VM's host.
    pub host_cpu: Value<String>,
    /// vNetwork rows on a switch dvSwitch does not list (a standard switch).
    pub standard_switch_nics: Value<u32>,
    /// vNetwork rows on a dvPort port group with no VLAN, promiscuous mode, MAC changes,
    /// forged transmits or ephemeral binding.
    pub insecure_port_nics: Value<u32>,
    /// vNetwork rows whose network is a VMkernel port group (vSC_VMK).
    pub vmkernel_nics: Value<u32>,
    /// vDisk rows whose path another VM uses too, or whose `Shared Bus` shares.
    pub shared_disks: Value<u32>,
    /// vDisk raw disks in physical compatibility mode, and in virtual mode.
    pub rdm_physical: Value<u32>,
    pub rdm_virtual: Value<u32>,
    /// vDisk disks in an independent mode.
    pub independent_disks: Value<u32>,
}

/// A machine without hygiene facts: everything absent.
pub static NONE: LazyLock<Hygiene> = LazyLock::new(Hygiene::default);

static SECRET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(password|passwd|pwd|pass|passphrase|passkey|secret|credentials?)\b")
        .expect("static regex")
});

/// Whether a free text holds a password-like word (`password`, `pwd`, `pass`, `passwd`,
/// `passphrase`, `passkey`, `secret`, `credential`), as a whole word, in any case.
pub fn password_like(text: &str) -> bool {
    SECRET.is_match(text)
}

/// A version as numbers (`ESXi 6.7.0` → [6, 7, 0]; `vmx-13` → [13]): compared as numbers,
/// so 10.0 is later than 9.0 (a string comparison says otherwise).
pub fn version_numbers(text: &str) -> Option<Vec<u32>> {
    static V: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\d+(?:\.\d+)*)").expect("static regex"));
    let m = V.find(text)?;
    m.as_str().split('.').map(|p| p.parse().ok()).collect()
}

/// `a` is earlier than `b`, missing parts read as 0 (`7.0` = `7.0.0`).
pub fn version_below(a: &[u32], b: &[u32]) -> bool {
    let n = a.len().max(b.len());
    let at = |v: &[u32], i: usize| v.get(i).copied().unwrap_or(0);
    for i in 0..n {
        if at(a, i) != at(b, i) {
            return at(a, i) < at(b, i);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_words_are_whole_words_in_any_case() {
        for (text, found) in [
            ("admin Password: hunter2", true),
            ("PWD=x", true),
            ("root pass is abc", true),
            ("the secret sauce", true),
            ("Credentials in vault", true),
            ("passed QA", false),
            ("compass bearing", false),
            ("", false),
        ] {
            assert_eq!(password_like(text), found, "{text}");
        }
    }

    #[test]
    fn versions_compare_as_numbers() {
        let v = |t| version_numbers(t).unwrap();
        assert!(version_below(&v("VMware ESXi 6.5.0 build-1"), &v("7.0")));
        assert!(!version_below(&v("VMware ESXi 7.0.0"), &v("7.0")));
        // As strings, "10.0.0" < "7.0.0"; as numbers it is later.
        assert!(!version_below(&v("ESXi 10.0.0"), &v("7.0.0")));
        assert!(version_below(&v("vmx-9"), &v("10")));
        assert_eq!(version_numbers("no digits"), None);
    }
}
