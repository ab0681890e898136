//! What a value looks like, whatever its column: an address, a UUID, a plain number or date
//! (kept: it names nobody), or text that reads like a password (never copied anywhere).

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex::Regex;

/// An IPv4 address written as four decimal octets.
pub fn ipv4(t: &str) -> Option<Ipv4Addr> {
    if t.split('.').count() != 4 || t.split('.').any(|o| o.is_empty() || o.len() > 3) {
        return None;
    }
    t.parse().ok()
}

/// An IPv6 address (at least two colons; no zone).
pub fn ipv6(t: &str) -> Option<Ipv6Addr> {
    if t.matches(':').count() < 2 {
        return None;
    }
    t.parse().ok()
}

/// A MAC address: six octets joined by `:` or `-`, or three groups of four joined by `.`.
pub fn mac(t: &str) -> bool {
    static MAC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}[:-]){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})$")
            .expect("static regex")
    });
    MAC.is_match(t)
}

/// A UUID (8-4-4-4-12 hex digits, braces allowed) or a bare 32-digit hex identifier.
pub fn uuid(t: &str) -> bool {
    static UUID: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\{?[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}\}?$")
            .expect("static regex")
    });
    UUID.is_match(t)
}

/// A value that names nobody: a number (with separators and a unit), a date or time, a
/// yes/no, a .NET type name that PowerShell writes for a list it did not expand
/// (`System.Collections.Generic.List`1[Microsoft.HyperV.PowerShell.VMNetworkAdapter]`: rehost
/// reads it as "not a count"). Kept in a column rehost does not know; anything else there is
/// hidden.
pub fn plain(t: &str) -> bool {
    static PLAIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)^(?:
                [+-]?[\d][\d\s.,']*(?:\s?(?:%|[kmgtp]i?b|bytes?|mhz|ghz|[kmg]bps|ms|s|sec|min|hours?|days?))?
              | \d{4}-\d{2}-\d{2}(?:[T\s][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?
              | \d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s+[\d:.]+(?:\s?[AP]M)?)?
              | [\d:.]+(?:\s?[AP]M)?
              | true|false|yes|no|on|off|none|null|n/?a|unknown|enabled|disabled|-+
              | (?-i:(?:System|Microsoft)\.[A-Za-z0-9_.`]+(?:\[[A-Za-z0-9_.`,\ ]+\])?)
            )$",
        )
        .expect("static regex")
    });
    let t = t.trim();
    t.is_empty() || PLAIN.is_match(t)
}

/// Text that speaks of a password or other secret (the words the peer tools watch for:
/// password, pwd, pass, passwd, passphrase, passkey, secret, credential). Such text is never
/// copied: not into the copy, not into the map. Deliberately wider than the hygiene check's
/// whole-word match (`model::hygiene::password_like`): anything inside a word (`bypass`,
/// `MyPassword1`) is hidden too, erring on the side of hiding.
pub fn password_like(t: &str) -> bool {
    static SECRET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)pass(?:word|wd|phrase|key)?|pwd|secret|credential").expect("static regex")
    });
    SECRET.is_match(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_are_told_apart() {
        for (t, v4, v6, m, u) in [
            ("10.1.2.3", true, false, false, false),
            ("10.1.2", false, false, false, false),
            ("300.1.2.3", false, false, false, false),
            ("fe80::1", false, true, false, false),
            (
                "2404:f801:4800:c:35d:9b90:34a:a27a",
                false,
                true,
                false,
                false,
            ),
            ("00:50:56:8b:74:7a", false, false, true, false),
            ("00-50-56-8B-74-7A", false, false, true, false),
            ("0050.568b.747a", false, false, true, false),
            (
                "4203a1b2-1c2d-3e4f-5a6b-7c8d9e0f1a2b",
                false,
                false,
                false,
                true,
            ),
            (
                "{4203A1B2-1C2D-3E4F-5A6B-7C8D9E0F1A2B}",
                false,
                false,
                false,
                true,
            ),
            ("web01", false, false, false, false),
        ] {
            assert_eq!(ipv4(t).is_some(), v4, "{t}");
            assert_eq!(ipv6(t).is_some(), v6, "{t}");
            assert_eq!(mac(t), m, "{t}");
            assert_eq!(uuid(t), u, "{t}");
        }
    }

    #[test]
    fn plain_values_name_nobody() {
        assert!(plain(
            "System.Collections.Generic.List`1[Microsoft.HyperV.PowerShell.VMNetworkAdapter]"
        ));
        for t in [
            "4096",
            "1,024.5",
            "12 GB",
            "50%",
            "2024-01-05",
            "2023-07-25T06:12:34.1674501Z",
            "1/5/2024 10:00 AM",
            "True",
            "n/a",
            "",
        ] {
            assert!(plain(t), "{t}");
        }
        for t in ["web01", "Contoso", "10 Downing Street", "Prod cluster"] {
            assert!(!plain(t), "{t}");
        }
    }

    #[test]
    fn password_like_text_is_found() {
        for t in [
            "admin password is X",
            "PWD: x",
            "pass=1",
            "Passphrase",
            "the secret",
            "Credentials in vault",
        ] {
            assert!(password_like(t), "{t}");
        }
        assert!(!password_like("web server for payroll"));
    }
}
