//! Embeds every matrix in `rules/<target>/<edition>.toml`: an edition is added by adding its
//! file, never by editing a list in Rust (a list once forgot a file the tests then missed).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    let mut releases = Vec::new();
    for target in std::fs::read_dir(&root).expect("rules/") {
        let target = target.expect("rules/ entry").path();
        // Data beside the matrices: the size catalogue and the OS lifecycle, listed below; the
        // Azure Migrate import's template (`rules/azure-migrate-import/`), read by the export.
        if !target.is_dir()
            || target.ends_with("sizes")
            || target.ends_with("lifecycle")
            || target.ends_with("i18n")
            || target.ends_with("azure-migrate-import")
        {
            continue;
        }
        println!("cargo:rerun-if-changed={}", target.display());
        for f in std::fs::read_dir(&target).expect("rules/<target>/") {
            let f = f.expect("rules/<target>/ entry").path();
            if f.extension().is_some_and(|x| x == "toml") {
                // A target's release notes sit beside its editions, listed apart.
                if f.file_name().is_some_and(|n| n == "releases.toml") {
                    releases.push(f);
                } else {
                    files.push(f);
                }
            }
        }
    }
    files.sort();
    releases.sort();
    list_paths(&root, &files, "builtin_rules.rs");
    list_paths(&root, &releases, "builtin_releases.rs");
    list_stems(&root.join("sizes").join("vm"), "builtin_sizes.rs");
    list_stems(&root.join("lifecycle"), "builtin_lifecycle.rs");
}

/// `&[(path under rules/, text)]` for `files`, written to `$OUT_DIR/out_name`.
fn list_paths(root: &Path, files: &[std::path::PathBuf], out_name: &str) {
    let mut out = String::from("&[\n");
    for f in files {
        let rel = f
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let _ = writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        );
    }
    out.push_str("]\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join(out_name);
    std::fs::write(dest, out).unwrap_or_else(|e| panic!("write {out_name}: {e}"));
}

/// `&[(stem, text)]` for every `*.toml` in `dir`, sorted: a new series or product is a new file.
fn list_stems(dir: &Path, out_name: &str) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|f| f.ok().map(|f| f.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        let stem = f.file_stem().unwrap().to_string_lossy();
        let _ = writeln!(
            out,
            "    ({stem:?}, include_str!({:?})),",
            f.display().to_string()
        );
    }
    out.push_str("]\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join(out_name);
    std::fs::write(dest, out).expect(out_name);
}
