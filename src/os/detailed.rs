//! VMware Tools' detailed guest data, as RVTools writes it in vInfo's `Guest Detailed Data`:
//! read into the words the catalogue reads, and the kernel kept.

/// VMware Tools' `Guest Detailed Data` (RVTools vInfo): `key='value'` pairs such as
/// `bitness='64' distroName='Oracle Linux Server' distroVersion='8.10' kernelVersion='…'`,
/// read as `Oracle Linux Server 8.10 (64-bit)` (a Windows guest by its prettyName). Its
/// `architecture='X86'` names the processor family (x86 for 64-bit guests too), so the word
/// size comes from `bitness`.
pub(super) fn guest_detailed_data(raw: &str) -> Option<String> {
    if !raw.contains("distroName='") {
        return None;
    }
    let field = |key: &str| field_of(raw, key);
    // Windows gives its kernel's version as distroVersion (`10.0`); its prettyName is the
    // product (`Windows Server 2019, 64-bit (Build 17763.8027)`).
    if field("familyName") == Some("Windows")
        && let Some(pretty) = field("prettyName")
    {
        return Some(pretty.to_string());
    }
    let name = field("distroName")?;
    let mut text = name.to_string();
    if let Some(v) = field("distroVersion").filter(|v| !name.contains(v)) {
        text.push(' ');
        text.push_str(v);
    }
    // The word size where the name does not already say it (`Other Linux (64-bit)` is a
    // distroName as vSphere writes it: not `Other Linux (64-bit) (64-bit)`).
    let lower = text.to_ascii_lowercase();
    let says_bits = ["64-bit", "32-bit", "64 bit", "32 bit", "64bit", "32bit"]
        .iter()
        .any(|w| lower.contains(w));
    match field("bitness") {
        _ if says_bits => {}
        Some("64") => text.push_str(" (64-bit)"),
        Some("32") => text.push_str(" (32-bit)"),
        _ => {}
    }
    Some(text)
}

/// The kernel of a detailed-data string (`kernelVersion`): some matrices list kernels.
pub(super) fn kernel(raw: &str) -> Option<String> {
    field_of(raw, "kernelVersion").map(str::to_string)
}

/// One `key='value'` of VMware Tools' detailed data.
fn field_of<'a>(raw: &'a str, key: &str) -> Option<&'a str> {
    let start = raw.find(&format!("{key}='"))? + key.len() + 2;
    let len = raw[start..].find('\'')?;
    Some(raw[start..start + len].trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_size_is_said_once() {
        for (raw, want) in [
            (
                "architecture='X86' bitness='64' distroName='Other Linux (64-bit)' familyName='Linux'",
                "Other Linux (64-bit)",
            ),
            (
                "bitness='64' distroName='Oracle Linux Server' distroVersion='8.10' familyName='Linux'",
                "Oracle Linux Server 8.10 (64-bit)",
            ),
            (
                "bitness='32' distroName='Other Linux (32-bit)' familyName='Linux'",
                "Other Linux (32-bit)",
            ),
        ] {
            assert_eq!(guest_detailed_data(raw).as_deref(), Some(want), "{raw}");
        }
    }
}
