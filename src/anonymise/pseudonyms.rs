//! Pseudonyms: each identifying value replaced by one of its own kind and shape, from the
//! keyed hash of the value, the same wherever the value appears, distinct for distinct values
//! (a collision steps to the next round of the hash, deterministically), and recorded in the
//! map, pseudonym → original, so that only the map's holder can go back.

use std::collections::{BTreeMap, HashMap};
use std::net::{Ipv4Addr, Ipv6Addr};

use super::columns::Kind;
use super::key::{Key, hex};
use super::shape;

/// What the map holds for text that read like a password: never the text itself.
pub const NOT_KEPT: &str = "[not kept: the text read like a password]";

/// Hex digits in a name's pseudonym: 32 bits, so collisions (each stepped past) stay rare in
/// an estate of a million names.
const DIGITS: usize = 8;

#[derive(Debug)]
pub struct Pseudonyms {
    key: Key,
    /// (kind, the value as compared) → pseudonym.
    memo: HashMap<(Kind, String), String>,
    /// A pseudonym in lower case → the value it stands for (kind, as compared).
    taken: HashMap<String, (Kind, String)>,
    /// Pseudonym → original, for the map.
    map: BTreeMap<String, String>,
    /// An original /24 → its pseudonymous /24 inside 10.0.0.0/8.
    nets4: HashMap<[u8; 3], [u8; 2]>,
    used4: HashMap<[u8; 2], [u8; 3]>,
    hosts4: HashMap<[u8; 3], Vec<u8>>,
    nets6: HashMap<[u16; 4], [u16; 4]>,
    used6: HashMap<[u16; 4], [u16; 4]>,
    /// Names of the estate hidden so far (as written), with their pseudonyms: searched for
    /// inside text that is kept.
    names: BTreeMap<String, String>,
}

impl Pseudonyms {
    pub fn new(key: Key) -> Pseudonyms {
        Pseudonyms {
            key,
            memo: HashMap::new(),
            taken: HashMap::new(),
            map: BTreeMap::new(),
            nets4: HashMap::new(),
            used4: HashMap::new(),
            hosts4: HashMap::new(),
            nets6: HashMap::new(),
            used6: HashMap::new(),
            names: BTreeMap::new(),
        }
    }

    pub fn key(&self) -> &Key {
        &self.key
    }

    /// The map: pseudonym → original.
    pub fn map(&self) -> &BTreeMap<String, String> {
        &self.map
    }

    /// The estate's names hidden so far, original → pseudonym.
    pub fn names(&self) -> &BTreeMap<String, String> {
        &self.names
    }

    /// A copy's file name, standing for the input's.
    pub fn record_file(&mut self, copy: &str, original: &str) {
        self.record(copy, original);
    }

    fn record(&mut self, pseudonym: &str, original: &str) {
        self.map
            .entry(pseudonym.to_string())
            .or_insert_with(|| original.to_string());
    }

    /// The pseudonym of `text` as a value of `kind`. Blank text stays as it is.
    pub fn hide(&mut self, kind: Kind, text: &str) -> String {
        let t = text.trim();
        if t.is_empty() {
            return text.to_string();
        }
        if let Some(ip) = shape::ipv4(t) {
            return self.ipv4(ip);
        }
        if let Some(ip) = shape::ipv6(t) {
            return self.ipv6(t, ip);
        }
        if shape::mac(t) {
            return self.hex_shaped("mac", t, true);
        }
        if shape::uuid(t) {
            return self.hex_shaped("uuid", t, false);
        }
        let out = match kind {
            Kind::Path | Kind::Folder | Kind::Pool | Kind::Uuid | Kind::Id
                if t.contains(['/', '\\', '[']) =>
            {
                self.path(t)
            }
            Kind::Vm | Kind::Host | Kind::Dns | Kind::VCenter => self.machine_name(kind, t),
            Kind::Uuid => self.simple(Kind::Id, t),
            Kind::Ip | Kind::Mac => self.addresses(t),
            Kind::Note if shape::password_like(t) => {
                // Never copied. Where the hygiene check would find a password in it, it is
                // named `secret-…` (a password-like word itself), so that the copy's verdict is
                // the original's; text only this broader net catches (`bypass`) keeps a
                // `note-…` name, which the hygiene check does not flag either.
                let p = self.simple(Kind::Note, &format!("\u{0}secret\u{0}{t}"));
                self.map.remove(&p);
                let p = if crate::model::hygiene::password_like(t) {
                    format!("secret-{}", p.strip_prefix("note-").unwrap_or(&p))
                } else {
                    p
                };
                self.map.insert(p.clone(), NOT_KEPT.into());
                return p;
            }
            _ => self.simple(kind, t),
        };
        if kind.is_name() && t.chars().count() >= 4 {
            self.names
                .entry(t.to_string())
                .or_insert_with(|| out.clone());
        }
        out
    }

    /// `prefix-xxxxxxxx`, unique among all pseudonyms, in upper case for a name written in
    /// upper case.
    fn simple(&mut self, kind: Kind, t: &str) -> String {
        let compared = if kind.caseless() {
            t.to_lowercase()
        } else {
            t.to_string()
        };
        let memo_key = (kind, compared);
        let p = match self.memo.get(&memo_key) {
            Some(p) => p.clone(),
            None => {
                let mut round = 0;
                let p = loop {
                    let d = self.key.digest(kind.prefix(), &memo_key.1, round);
                    let p = format!("{}-{}", kind.prefix(), &hex(&d)[..DIGITS]);
                    match self.taken.get(&p) {
                        Some(owner) if *owner != memo_key => round += 1,
                        _ => break p,
                    }
                };
                self.taken.insert(p.clone(), memo_key.clone());
                self.memo.insert(memo_key, p.clone());
                p
            }
        };
        let upper = t.chars().any(|c| c.is_alphabetic()) && !t.chars().any(|c| c.is_lowercase());
        let p = if upper && kind.caseless() {
            p.to_uppercase()
        } else {
            p
        };
        self.record(&p, t);
        p
    }

    /// A machine's name, a DNS name, a host or a vCenter: an FQDN stays an FQDN (its host
    /// label and its domain each hidden), and the pseudonym passes or fails the naming rules
    /// (`vm-name`: letters, digits and hyphens, at most 63) as the original did, so the
    /// verdicts stay the same.
    fn machine_name(&mut self, kind: Kind, t: &str) -> String {
        let label = crate::rules::check::host_label(t);
        if label.len() < t.len() {
            let domain = &t[label.len() + 1..];
            let l = self.name_label(kind, label);
            let d = self.simple(Kind::Domain, domain);
            let p = format!("{l}.{d}.example");
            self.record(&p, t);
            return p;
        }
        self.name_label(kind, t)
    }

    fn name_label(&mut self, kind: Kind, label: &str) -> String {
        let base = self.simple(kind, label);
        let len = label.chars().count();
        let good = |c: char| c.is_ascii_alphanumeric() || c == '-';
        let ok = label.chars().all(good) && !label.starts_with('-') && !label.ends_with('-');
        let p = if len > 63 {
            // As long as the original: too long, as it was.
            let fill = hex(&self.key.digest("fill", &label.to_lowercase(), 0)).repeat(4);
            let mut p = base.clone();
            p.push('-');
            p.push_str(&fill[..len.saturating_sub(base.len() + 1)]);
            if !ok {
                p = p.replacen('-', "_", 1);
            }
            p
        } else if !ok {
            base.replacen('-', "_", 1)
        } else {
            base
        };
        self.record(&p, label);
        p
    }

    /// A path: a datastore in brackets, folders and a file; each part hidden on its own (a
    /// folder named after its VM gets a pseudonym, never the name), a drive letter, a file's
    /// extension (`.vmdk`, `.vhdx`: rehost reads it) and the fixed words of VMware and Azure
    /// resource paths kept.
    fn path(&mut self, t: &str) -> String {
        let mut out = String::new();
        let mut rest = t;
        if let Some(r) = rest.strip_prefix('[')
            && let Some(end) = r.find(']')
        {
            out.push('[');
            out.push_str(&self.simple(Kind::Datastore, &r[..end]));
            out.push(']');
            rest = &r[end + 1..];
        }
        let mut part = String::new();
        for c in rest.chars().chain(std::iter::once('\u{0}')) {
            if matches!(c, '/' | '\\' | '\u{0}') || (part.is_empty() && c == ' ') {
                if !part.is_empty() {
                    let hidden = self.path_part(&part);
                    out.push_str(&hidden);
                    part.clear();
                }
                if c != '\u{0}' {
                    out.push(c);
                }
            } else {
                part.push(c);
            }
        }
        self.record(&out, t);
        out
    }

    fn path_part(&mut self, part: &str) -> String {
        const FIXED: [&str; 16] = [
            "vm",
            "host",
            "resources",
            "datastore",
            "network",
            "subscriptions",
            "resourcegroups",
            "providers",
            "machines",
            "sites",
            "vmwaresites",
            "hypervsites",
            "serversites",
            "clusterstorage",
            "virtual hard disks",
            "virtual machines",
        ];
        let lower = part.to_lowercase();
        let drive =
            part.len() == 2 && part.ends_with(':') && part.as_bytes()[0].is_ascii_alphabetic();
        if drive || FIXED.contains(&lower.as_str()) || lower.starts_with("microsoft.") {
            return part.to_string();
        }
        if shape::uuid(part) {
            return self.hex_shaped("uuid", part, false);
        }
        match part.rsplit_once('.') {
            Some((stem, ext))
                if !stem.is_empty()
                    && (1..=5).contains(&ext.len())
                    && ext.chars().all(|c| c.is_ascii_alphanumeric()) =>
            {
                format!("{}.{ext}", self.simple(Kind::PathPart, stem))
            }
            _ => self.simple(Kind::PathPart, part),
        }
    }

    /// A list of addresses (`[10.0.0.4,fe80::1];`, `00:50:56:8b:74:7a`): each address
    /// replaced, the separators kept; anything else in the cell hidden as text.
    fn addresses(&mut self, t: &str) -> String {
        let mut out = String::new();
        let mut token = String::new();
        let mut leftover = false;
        let flush = |s: &mut Self, token: &mut String, out: &mut String, leftover: &mut bool| {
            if token.is_empty() {
                return;
            }
            if let Some(ip) = shape::ipv4(token) {
                out.push_str(&s.ipv4(ip));
            } else if shape::mac(token) {
                out.push_str(&s.hex_shaped("mac", token, true));
            } else if let Some(ip) = shape::ipv6(token) {
                out.push_str(&s.ipv6(token, ip));
            } else if token.chars().all(|c| !c.is_alphanumeric()) {
                out.push_str(token);
            } else {
                *leftover = true;
            }
            token.clear();
        };
        for c in t.chars() {
            if c.is_ascii_hexdigit() || c.is_alphanumeric() || matches!(c, ':' | '.' | '-' | '%') {
                token.push(c);
            } else {
                flush(self, &mut token, &mut out, &mut leftover);
                out.push(c);
            }
        }
        flush(self, &mut token, &mut out, &mut leftover);
        if leftover {
            return self.simple(Kind::Text, t);
        }
        self.record(&out, t);
        out
    }

    /// An IPv4 address: its /24 moved to a /24 of 10.0.0.0/8 of its own (two networks never
    /// share one), its host number shuffled within the network by the key. Addresses that
    /// name no machine (0.x, 127.x, masks, multicast) stay.
    fn ipv4(&mut self, ip: Ipv4Addr) -> String {
        let o = ip.octets();
        if o[0] == 0 || o[0] == 127 || o[0] >= 224 {
            return ip.to_string();
        }
        let net = [o[0], o[1], o[2]];
        let to = match self.nets4.get(&net) {
            Some(to) => *to,
            None => {
                let text = format!("{}.{}.{}", o[0], o[1], o[2]);
                let mut round = 0;
                let to = loop {
                    let d = self.key.digest("ipv4-net", &text, round);
                    let to = [d[0], d[1]];
                    if !self.used4.contains_key(&to) {
                        break to;
                    }
                    round += 1;
                };
                self.used4.insert(to, net);
                self.nets4.insert(net, to);
                to
            }
        };
        let host = if o[3] == 0 || o[3] == 255 {
            o[3]
        } else {
            let key = self.key.clone();
            let perm = self.hosts4.entry(net).or_insert_with(|| {
                let text = format!("{}.{}.{}", o[0], o[1], o[2]);
                shuffle(&key, &text)
            });
            perm[usize::from(o[3]) - 1]
        };
        let p = Ipv4Addr::new(10, to[0], to[1], host).to_string();
        self.record(&p, &ip.to_string());
        p
    }

    /// An IPv6 address: its /64 moved to a unique local /64 (fdxx:…) of its own, a link-local
    /// one kept link-local; the interface part (often made from the MAC) from the key.
    fn ipv6(&mut self, written: &str, ip: Ipv6Addr) -> String {
        if ip.is_loopback() || ip.is_unspecified() || ip.is_multicast() {
            return written.to_string();
        }
        let s = ip.segments();
        let net = [s[0], s[1], s[2], s[3]];
        let link_local = (s[0] & 0xffc0) == 0xfe80;
        let to = if link_local {
            net
        } else {
            match self.nets6.get(&net) {
                Some(to) => *to,
                None => {
                    let text = format!("{:x}:{:x}:{:x}:{:x}", s[0], s[1], s[2], s[3]);
                    let mut round = 0;
                    let to = loop {
                        let d = self.key.digest("ipv6-net", &text, round);
                        let w = |i: usize| u16::from_be_bytes([d[i], d[i + 1]]);
                        let to = [0xfd00 | u16::from(d[0]), w(1), w(3), w(5)];
                        if !self.used6.contains_key(&to) {
                            break to;
                        }
                        round += 1;
                    };
                    self.used6.insert(to, net);
                    self.nets6.insert(net, to);
                    to
                }
            }
        };
        let d = self.key.digest("ipv6-host", &ip.to_string(), 0);
        let w = |i: usize| u16::from_be_bytes([d[i], d[i + 1]]);
        let p = Ipv6Addr::new(to[0], to[1], to[2], to[3], w(0), w(2), w(4), w(6)).to_string();
        self.record(&p, written);
        p
    }

    /// A MAC address or UUID: every hex digit replaced from the key, the separators, braces
    /// and case kept; a MAC made locally administered (so it names no vendor's card).
    fn hex_shaped(&mut self, tag: &str, t: &str, mac: bool) -> String {
        let lower = t.to_lowercase();
        let memo_key = (if mac { Kind::Mac } else { Kind::Uuid }, lower.clone());
        if let Some(p) = self.memo.get(&memo_key) {
            let p = p.clone();
            return self.recase(t, p);
        }
        let mut round = 0;
        let p = loop {
            let d = self.key.digest(tag, &lower, round);
            let nibbles: Vec<u8> = d.iter().flat_map(|b| [b >> 4, b & 15]).collect();
            let mut i = 0;
            let mut p = String::with_capacity(t.len());
            for c in lower.chars() {
                if c.is_ascii_hexdigit() {
                    let mut n = nibbles[i % nibbles.len()];
                    if mac && i == 1 {
                        n = (n & 0b1100) | 0b0010;
                    }
                    p.push(char::from_digit(u32::from(n), 16).unwrap_or('0'));
                    i += 1;
                } else {
                    p.push(c);
                }
            }
            match self.taken.get(&p) {
                Some(owner) if *owner != memo_key => round += 1,
                _ => break p,
            }
        };
        self.taken.insert(p.clone(), memo_key.clone());
        self.memo.insert(memo_key, p.clone());
        self.recase(t, p)
    }

    fn recase(&mut self, t: &str, p: String) -> String {
        let p = if t.chars().any(|c| c.is_ascii_uppercase()) {
            p.to_uppercase()
        } else {
            p
        };
        self.record(&p, t);
        p
    }
}

/// The numbers 1 to 254 in an order drawn from the key for one network.
fn shuffle(key: &Key, net: &str) -> Vec<u8> {
    let mut v: Vec<u8> = (1..=254).collect();
    let mut stream = Vec::new();
    let mut round = 0;
    for i in (1..v.len()).rev() {
        if stream.len() < 2 {
            stream.extend(key.digest("ipv4-host", net, round));
            round += 1;
        }
        let r = u16::from_be_bytes([stream[0], stream[1]]);
        stream.drain(..2);
        let j = usize::from(r) % (i + 1);
        v.swap(i, j);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> Pseudonyms {
        Pseudonyms::new(Key::new("test key").unwrap())
    }

    #[test]
    fn one_value_one_pseudonym_in_its_kind_and_case() {
        let mut s = p();
        let a = s.hide(Kind::Vm, "web01");
        assert!(a.starts_with("vm-") && a.len() == 11, "{a}");
        assert_eq!(s.hide(Kind::Vm, " web01 "), a);
        assert_eq!(s.hide(Kind::Vm, "WEB01"), a.to_uppercase());
        assert_ne!(s.hide(Kind::Host, "web01"), a);
        assert_ne!(s.hide(Kind::Vm, "web02"), a);
        assert_eq!(s.map()[&a], "web01");
    }

    #[test]
    fn names_keep_their_verdict_under_the_naming_rule() {
        let mut s = p();
        let fqdn = s.hide(Kind::Vm, "fs01.contoso.org");
        assert!(
            fqdn.ends_with(".example") && !fqdn.contains("contoso"),
            "{fqdn}"
        );
        let bad = s.hide(Kind::Vm, "web_01");
        assert!(bad.contains('_'), "{bad}");
        let long = "a".repeat(70);
        assert_eq!(s.hide(Kind::Vm, &long).chars().count(), 70);
    }

    #[test]
    fn subnets_stay_apart_and_hosts_are_hidden() {
        let mut s = p();
        let a = s.hide(Kind::Ip, "192.168.1.5");
        let b = s.hide(Kind::Ip, "192.168.1.6");
        let c = s.hide(Kind::Ip, "192.168.2.5");
        let net = |x: &str| x.rsplit_once('.').unwrap().0.to_string();
        assert_eq!(net(&a), net(&b));
        assert_ne!(net(&a), net(&c));
        assert!(a.starts_with("10.") && !a.ends_with(".5"), "{a}");
        assert_ne!(a, b);
        // Every host of a network gets its own number.
        let mut seen = std::collections::HashSet::new();
        for h in 1..=254 {
            assert!(seen.insert(s.hide(Kind::Ip, &format!("172.16.9.{h}"))));
        }
        assert_eq!(s.hide(Kind::Ip, "255.255.255.0"), "255.255.255.0");
    }

    #[test]
    fn addresses_uuids_and_paths_keep_their_shape() {
        let mut s = p();
        let m = s.hide(Kind::Mac, "00:50:56:8b:74:7a");
        assert!(shape::mac(&m) && m != "00:50:56:8b:74:7a", "{m}");
        let u = s.hide(Kind::Uuid, "4203A1B2-1C2D-3E4F-5A6B-7C8D9E0F1A2B");
        assert!(
            shape::uuid(&u) && u.chars().any(|c| c.is_ascii_uppercase()),
            "{u}"
        );
        let list = s.hide(
            Kind::Ip,
            "[2404:f801:4800:c:35d:9b90:34a:a27a,10.150.90.250];",
        );
        assert!(
            list.starts_with("[fd") && list.ends_with("];") && !list.contains("10.150"),
            "{list}"
        );
        let path = s.hide(Kind::Path, "[DS01] web01/web01_1.vmdk");
        assert!(
            path.starts_with("[DS-") && path.ends_with(".vmdk") && !path.contains("web01"),
            "{path}"
        );
        let win = s.hide(Kind::Path, r"C:\ClusterStorage\Volume1\sql01\sql01.vhdx");
        assert!(
            win.starts_with(r"C:\ClusterStorage\") && win.ends_with(".vhdx"),
            "{win}"
        );
    }

    #[test]
    fn password_like_notes_are_never_kept() {
        let mut s = p();
        let n = s.hide(Kind::Note, "root password is hunter2");
        assert_eq!(s.map()[&n], NOT_KEPT);
        // Still reads as a secret to the hygiene check, so the copy's verdict is the same;
        // text the hygiene check passes stays passed in the copy.
        assert!(crate::model::hygiene::password_like(&n), "{n}");
        let b = s.hide(Kind::Note, "bypass the proxy");
        assert_eq!(s.map()[&b], NOT_KEPT);
        assert!(!crate::model::hygiene::password_like(&b), "{b}");
        assert!(!format!("{:?}", s.map()).contains("hunter2"));
    }
}
