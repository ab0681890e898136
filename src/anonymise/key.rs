//! The secret key and the keyed hash every pseudonym comes from (HMAC-SHA256): the same key
//! gives the same pseudonym for the same value in every file and every run, and without the
//! key nobody can test a guessed name against a pseudonym (a plain hash could be).

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The key a run was given. Never defaulted: a run without one is refused.
#[derive(Clone)]
pub struct Key(Vec<u8>);

impl Key {
    /// A key from its text; `None` for an empty one.
    pub fn new(text: &str) -> Option<Key> {
        (!text.is_empty()).then(|| Key(text.as_bytes().to_vec()))
    }

    /// The keyed hash of `text` for one purpose (`tag`) and one try (`round`, raised only to
    /// step past a collision).
    pub fn digest(&self, tag: &str, text: &str, round: u32) -> [u8; 32] {
        let mut m =
            Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        m.update(tag.as_bytes());
        m.update(&[0]);
        m.update(text.as_bytes());
        m.update(&round.to_le_bytes());
        m.finalize().into_bytes().into()
    }

    /// A short fingerprint of the key, written in the map so two maps made with one key can
    /// be told apart from maps made with another (it reveals nothing of the key).
    pub fn id(&self) -> String {
        hex(&self.digest("key-id", "", 0)[..6])
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_depends_on_key_tag_text_and_round() {
        let a = Key::new("one").unwrap();
        let b = Key::new("two").unwrap();
        let d = a.digest("vm", "web01", 0);
        assert_eq!(d, a.digest("vm", "web01", 0));
        assert_ne!(d, b.digest("vm", "web01", 0));
        assert_ne!(d, a.digest("host", "web01", 0));
        assert_ne!(d, a.digest("vm", "web02", 0));
        assert_ne!(d, a.digest("vm", "web01", 1));
        assert!(Key::new("").is_none());
        assert_eq!(a.id().len(), 12);
    }
}
