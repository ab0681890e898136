//! Embeds every matrix in `rules/<target>/<edition>.toml`: an edition is added by adding its
//! file, never by editing a list in Rust (a list once forgot a file the tests then missed).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for target in std::fs::read_dir(&root).expect("rules/") {
        let target = target.expect("rules/ entry").path();
        if !target.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", target.display());
        for f in std::fs::read_dir(&target).expect("rules/<target>/") {
            let f = f.expect("rules/<target>/ entry").path();
            if f.extension().is_some_and(|x| x == "toml") {
                files.push(f);
            }
        }
    }
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        let rel = f
            .strip_prefix(&root)
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
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin_rules.rs");
    std::fs::write(dest, out).expect("write builtin_rules.rs");
}
