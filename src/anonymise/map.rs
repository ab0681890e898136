//! The map file: every pseudonym with the original it stands for, the one way back. It is as
//! secret as the inventory itself: written readable by its owner only (0600), never inside
//! the folder of copies, atomically (a reader sees the whole map or none).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// What the map file says it is.
pub const FORMAT: &str = "rehost-anonymise-map";

#[derive(Debug, Serialize, Deserialize)]
pub struct MapFile {
    pub format: String,
    pub version: u32,
    /// A fingerprint of the key (not the key): maps made with one key share it.
    pub key_id: String,
    /// Each copy's file name (relative to the folder of copies) → the input it was made from.
    pub files: BTreeMap<String, String>,
    /// Pseudonym → original.
    pub values: BTreeMap<String, String>,
}

/// Writes the map at `dest`: a temporary file in the same folder (created 0600 by tempfile),
/// synced, renamed over `dest`.
pub fn write(dest: &Path, map: &MapFile, inputs: &[impl AsRef<Path>]) -> anyhow::Result<()> {
    crate::report::check_not_input(dest, inputs)?;
    crate::report::check_folder(dest)?;
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(crate::report::TEMP_PREFIX)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    serde_json::to_writer_pretty(&mut temp, map)?;
    temp.write_all(b"\n")?;
    temp.as_file().sync_all()?;
    temp.persist(dest).map_err(|e| e.error)?;
    Ok(())
}

/// Reads a map file; `None` when the file is JSON but no map of rehost's.
pub fn read(path: &Path) -> anyhow::Result<Option<MapFile>> {
    let bytes = super::read_whole(path)?;
    Ok(serde_json::from_slice::<MapFile>(&bytes)
        .ok()
        .filter(|m| m.format == FORMAT))
}
