//! Writing a report without harming anything else: never over an input, never through a link,
//! never half a file.
//!
//! A report is written to a temporary file in the destination's folder and renamed over the
//! destination once synced, so a reader sees the old report or the new one, never part of
//! one. The temporary file is opened without following links and under a name nobody can
//! guess: on Linux an unnamed file (`O_TMPFILE`), given its name only when complete, so a run
//! killed mid-write leaves nothing; where the file system refuses unnamed files, a file named
//! `.rehost-<pid>-<random>.tmp`, created exclusively, which the next run writing to that
//! folder clears once its writer is gone. The rename replaces the destination path itself: a
//! link there is replaced by the report and the file it pointed at is left as it was.
//!
//! Before anything is written the destination is compared with every file the run reads
//! (each inventory, the files of a folder, the rules, prices and DR policy files) by device
//! and inode, so a symbolic link, a hard link or another spelling of an input is refused.

use std::fs::{File, Metadata};
use std::io::Write;
use std::path::Path;
use std::sync::OnceLock;
use std::time::SystemTime;

use anyhow::{Context, Result};

use super::direct;

/// The start of a temporary file's name; the next run clears leftovers by it.
pub const TEMP_PREFIX: &str = ".rehost-";
const TEMP_SUFFIX: &str = ".tmp";

/// Why a report cannot be written where it was asked. Worded by the catalogue (`err-…`), in
/// English as its `Display`.
#[derive(Debug)]
pub enum WriteError {
    OutputIsInput {
        output: String,
        input: String,
    },
    OutputIsFolder(String),
    /// The report could not be written (the cause follows in the chain).
    CannotWrite(String),
    CannotCreateFolder(String),
    /// The folder the report would go into is not there: it is not made, as a shell's
    /// redirection would not make it (a typo in a path would otherwise leave a report in a
    /// new folder nobody looks in).
    NoFolder {
        path: String,
        folder: String,
    },
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(crate::words::Lang::En))
    }
}

impl std::error::Error for WriteError {}

impl WriteError {
    pub fn words(&self, lang: crate::words::Lang) -> String {
        use WriteError::*;
        match self {
            OutputIsInput { output, input } => {
                crate::say!(lang, "err-output-is-input", output = output, input = input)
            }
            OutputIsFolder(p) => crate::say!(lang, "err-output-is-folder", path = p),
            CannotWrite(p) => crate::say!(lang, "err-cannot-write", path = p),
            CannotCreateFolder(p) => crate::say!(lang, "err-cannot-create-folder", path = p),
            NoFolder { path, folder } => {
                crate::say!(lang, "err-no-folder", path = path, folder = folder)
            }
        }
    }
}

/// When this run began: a temporary file last written before it, whose writer is gone, is a
/// leftover. `main` asks once at start; a library caller gets the time of its first write.
pub fn run_started() -> SystemTime {
    static STARTED: OnceLock<SystemTime> = OnceLock::new();
    *STARTED.get_or_init(SystemTime::now)
}

/// Refuses a destination that is one of `inputs`: the same file by device and inode (so
/// through a symbolic link, a hard link or another spelling of the path), or, where there are
/// no inodes, the same canonical path. A destination that does not exist yet is no input.
pub fn check_not_input(dest: &Path, inputs: &[impl AsRef<Path>]) -> Result<(), WriteError> {
    let Ok(d) = std::fs::metadata(dest) else {
        return Ok(());
    };
    let canon = std::fs::canonicalize(dest).ok();
    for input in inputs {
        let input = input.as_ref();
        let Ok(i) = std::fs::metadata(input) else {
            continue;
        };
        if same_file(&d, &i) || (canon.is_some() && std::fs::canonicalize(input).ok() == canon) {
            return Err(WriteError::OutputIsInput {
                output: dest.display().to_string(),
                input: input.display().to_string(),
            });
        }
    }
    Ok(())
}

/// The folder a report at `dest` goes into (`.` for a bare name).
fn folder_of(dest: &Path) -> &Path {
    match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Refuses a destination whose folder is not there, naming the folder. Checked before the
/// long work and again as the report is written; any other trouble with the folder (it is a
/// file, it cannot be entered) is the write's own error.
pub fn check_folder(dest: &Path) -> Result<(), WriteError> {
    let dir = folder_of(dest);
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(WriteError::NoFolder {
            path: dest.display().to_string(),
            folder: dir.display().to_string(),
        }),
        _ => Ok(()),
    }
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata) -> bool {
    false
}

/// Writes a report atomically (see the module's notes), refusing a destination that is one of
/// `inputs`.
pub fn write_atomic(dest: &Path, bytes: &[u8], inputs: &[impl AsRef<Path>]) -> Result<()> {
    write_atomic_with(dest, inputs, |w| Ok(w.write_all(bytes)?))
}

/// As [`write_atomic`], with the report written by `fill` (for outputs streamed as they are
/// made). A failure leaves no file at the destination and no temporary file. A destination
/// that is a device, a pipe or standard output (`-o /dev/null`, `-o /dev/stdout`,
/// `-o >(gzip …)`) is written straight into: renaming over it would replace the device with a
/// file. A report larger than 8 MiB goes to the disk past the page cache (`report/direct.rs`).
pub fn write_atomic_with(
    dest: &Path,
    inputs: &[impl AsRef<Path>],
    fill: impl FnOnce(&mut (dyn Write + Send)) -> Result<()>,
) -> Result<()> {
    let started = run_started();
    check_not_input(dest, inputs)?;
    let shown = || dest.display().to_string();
    let followed = std::fs::metadata(dest).ok();
    if followed.as_ref().is_some_and(Metadata::is_dir) {
        return Err(WriteError::OutputIsFolder(shown()).into());
    }
    if let Some(file) = followed.as_ref().and_then(|m| stream(dest, m)) {
        let result = (|| -> Result<()> {
            let mut w = std::io::BufWriter::new(file?);
            fill(&mut w)?;
            w.flush()?;
            Ok(())
        })();
        return result.context(WriteError::CannotWrite(shown()));
    }
    check_folder(dest)?;
    let dir = folder_of(dest);
    clear_leftovers(dir, started);
    let result = (|| -> Result<()> {
        let temp = Temp::create(dir)?;
        let mut w = direct::Output::new(temp.file()?, true);
        fill(&mut w)?;
        w.finish()?.sync_all()?;
        temp.persist(dir, dest)?;
        Ok(())
    })();
    result.context(WriteError::CannotWrite(shown()))
}

/// The open file to write into, where `dest` (which exists, as `followed`) is not to be
/// replaced: standard output (`-o /dev/stdout`), a device, a pipe or a socket, or a file
/// reached through `/proc` (`/dev/fd/N`, `/dev/stderr`: an open descriptor's magic link).
fn stream(dest: &Path, followed: &Metadata) -> Option<std::io::Result<File>> {
    if let Some(out) = standard_output_if(followed) {
        return Some(Ok(out));
    }
    let parent = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // `/dev/fd/N` lies in `/proc`; `/dev/stderr` is a link into it.
    let through_proc = std::fs::canonicalize(parent).is_ok_and(|p| p.starts_with("/proc"))
        || std::fs::read_link(dest).is_ok_and(|t| t.starts_with("/proc"));
    (!followed.is_file() || through_proc)
        .then(|| std::fs::OpenOptions::new().write(true).open(dest))
}

/// Standard output, where it is the file `dest` leads to (`-o /dev/stdout`, `/dev/fd/1`):
/// written through it, sharing its place in the file, so that what is printed after the report
/// follows it instead of writing over its start.
#[cfg(unix)]
fn standard_output_if(dest: &Metadata) -> Option<File> {
    use std::os::fd::AsFd;
    let out = File::from(std::io::stdout().as_fd().try_clone_to_owned().ok()?);
    same_file(&out.metadata().ok()?, dest).then_some(out)
}

#[cfg(not(unix))]
fn standard_output_if(_: &Metadata) -> Option<File> {
    None
}

/// A report being written: unnamed until complete where the system allows, else under a
/// fresh name nobody could have planted a link at.
enum Temp {
    #[cfg(target_os = "linux")]
    Unnamed(File),
    Named(tempfile::NamedTempFile),
}

impl Temp {
    fn create(dir: &Path) -> std::io::Result<Temp> {
        #[cfg(target_os = "linux")]
        if let Some(f) = unnamed::create(dir)? {
            return Ok(Temp::Unnamed(f));
        }
        let named = builder().tempfile_in(dir)?;
        Ok(Temp::Named(named))
    }

    /// The file to write to.
    fn file(&self) -> std::io::Result<File> {
        match self {
            #[cfg(target_os = "linux")]
            Temp::Unnamed(f) => f.try_clone(),
            Temp::Named(n) => n.as_file().try_clone(),
        }
    }

    /// Gives the finished report its name. The rename replaces whatever is at `dest` (a
    /// previous report, a link) and never anything a link there points at.
    fn persist(self, dir: &Path, dest: &Path) -> std::io::Result<()> {
        match self {
            #[cfg(target_os = "linux")]
            Temp::Unnamed(f) => unnamed::persist(&f, dir, dest),
            Temp::Named(n) => {
                let _ = dir;
                n.persist(dest).map(drop).map_err(|e| e.error)
            }
        }
    }
}

/// Names for temporary files: the prefix the next run recognises, this process's id (so a
/// leftover's writer can be told gone), then random letters.
fn builder() -> tempfile::Builder<'static, 'static> {
    static PREFIX: OnceLock<String> = OnceLock::new();
    let prefix = PREFIX.get_or_init(|| format!("{TEMP_PREFIX}{}-", std::process::id()));
    let mut b = tempfile::Builder::new();
    b.prefix(prefix.as_str()).suffix(TEMP_SUFFIX).rand_bytes(10);
    #[cfg(unix)]
    {
        // As `File::create` would: readable as the umask allows (tempfile's default is 0600).
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    b
}

#[cfg(target_os = "linux")]
mod unnamed {
    //! `O_TMPFILE`: a file in a folder with no name, linked in once complete.

    use std::ffi::CString;
    use std::fs::File;
    use std::io;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::OpenOptionsExt;
    use std::os::unix::io::AsRawFd;
    use std::path::Path;

    /// An unnamed file in `dir`; `None` where the file system or kernel has none, or where
    /// `/proc` (through which it is linked) is missing.
    pub fn create(dir: &Path) -> io::Result<Option<File>> {
        if std::env::var_os("REHOST_NAMED_TEMP").is_some() || !Path::new("/proc/self/fd").is_dir() {
            return Ok(None);
        }
        match std::fs::OpenOptions::new()
            .write(true)
            .mode(0o666)
            .custom_flags(libc::O_TMPFILE | libc::O_CLOEXEC)
            .open(dir)
        {
            Ok(f) => Ok(Some(f)),
            Err(e)
                if matches!(
                    e.raw_os_error(),
                    Some(libc::EOPNOTSUPP | libc::EISDIR | libc::EINVAL | libc::ENOENT)
                ) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn c(p: &Path) -> io::Result<CString> {
        CString::new(p.as_os_str().as_bytes()).map_err(|_| io::ErrorKind::InvalidInput.into())
    }

    /// Links `file` in at `to`; fails with `AlreadyExists` where something is there.
    fn link(file: &File, to: &Path) -> io::Result<()> {
        let from = CString::new(format!("/proc/self/fd/{}", file.as_raw_fd()))
            .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
        let to = c(to)?;
        // SAFETY: both are valid NUL-terminated paths for the length of the call.
        let r = unsafe {
            libc::linkat(
                libc::AT_FDCWD,
                from.as_ptr(),
                libc::AT_FDCWD,
                to.as_ptr(),
                libc::AT_SYMLINK_FOLLOW,
            )
        };
        if r == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }

    /// Straight to `dest` where nothing is there (a link never replaces); else under a fresh
    /// temporary name, renamed over `dest`.
    pub fn persist(file: &File, dir: &Path, dest: &Path) -> io::Result<()> {
        match link(file, dest) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        let named = super::builder().make_in(dir, |p| link(file, p))?;
        named.persist(dest).map(drop).map_err(|e| e.error)
    }
}

/// Removes what an earlier run killed mid-write left in `dir`: regular files (never a link)
/// named as rehost names its temporary files, last written before this run began, whose
/// process is gone. Anything else, and any failure, is left alone.
fn clear_leftovers(dir: &Path, started: SystemTime) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(pid) = leftover_pid(&name.to_string_lossy()) else {
            continue;
        };
        let Ok(m) = std::fs::symlink_metadata(e.path()) else {
            continue;
        };
        let old = m.modified().is_ok_and(|t| t < started);
        if m.file_type().is_file() && old && !alive(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The writer's process id, where `name` is one of rehost's temporary files.
fn leftover_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let (pid, random) = rest.split_once('-')?;
    (!random.is_empty() && random.chars().all(|c| c.is_ascii_alphanumeric()))
        .then(|| pid.parse().ok())
        .flatten()
}

/// Whether process `pid` still runs (and so may still be writing); where that cannot be told,
/// only the file's age decides.
fn alive(pid: u32) -> bool {
    pid == std::process::id()
        || (cfg!(target_os = "linux") && Path::new(&format!("/proc/{pid}")).exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftover_names_are_read_exactly() {
        for (name, pid) in [
            (".rehost-123-AbC9xYz012.tmp", Some(123)),
            (".rehost-123-.tmp", None),
            (".rehost-x-abc.tmp", None),
            (".rehost-123-abc.tmpx", None),
            ("rehost-123-abc.tmp", None),
            (".rehost-123-a/b.tmp", None),
            (".report.xlsx.123.tmp", None),
        ] {
            assert_eq!(leftover_pid(name), pid, "{name}");
        }
        // The names this process gives are read back as its own.
        let dir = tempfile::tempdir().unwrap();
        let n = builder().tempfile_in(dir.path()).unwrap();
        let name = n.path().file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(leftover_pid(&name), Some(std::process::id()), "{name}");
    }

    /// The name the temporary file once had, `.NAME.PID.tmp`, could be guessed: a link planted
    /// there made the write go to the link's target. Now nothing is written through it.
    #[cfg(unix)]
    #[test]
    fn a_link_planted_at_the_old_temporary_name_is_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"keep me").unwrap();
        let planted = dir
            .path()
            .join(format!(".report.json.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let dest = dir.path().join("report.json");
        write_atomic(&dest, b"{}", &[] as &[&Path]).unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
        assert_eq!(std::fs::read(&dest).unwrap(), b"{}");
        assert!(std::fs::symlink_metadata(&dest).unwrap().is_file());
        assert!(std::fs::symlink_metadata(&planted).unwrap().is_symlink());
    }

    /// The speed of large reports (`direct.rs`) holds for the temporary file, named or not:
    /// it goes past the page cache wherever a plain file in the same folder does.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_temporary_file_goes_direct_where_a_plain_one_does() {
        let dir = tempfile::tempdir().unwrap();
        let big = vec![5u8; (8 << 20) + 4096 + 17];
        let went = |f: File| {
            let mut out = direct::Output::new(f, true);
            out.write_all(&big).unwrap();
            let direct = out.went_direct();
            let f = out.finish().unwrap();
            assert_eq!(f.metadata().unwrap().len(), big.len() as u64);
            direct
        };
        let plain = went(File::create(dir.path().join("plain")).unwrap());
        let unnamed = unnamed::create(dir.path())
            .unwrap()
            .expect("O_TMPFILE here");
        assert_eq!(went(unnamed), plain);
        let named = builder().tempfile_in(dir.path()).unwrap();
        assert_eq!(went(named.as_file().try_clone().unwrap()), plain);
    }

    /// A report replacing an earlier one, with both temporary-file routes.
    #[test]
    fn a_report_replaces_the_last_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("r.md");
        std::fs::write(&dest, b"old").unwrap();
        write_atomic(&dest, b"new", &[] as &[&Path]).unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"new");
        let named = builder().tempfile_in(dir.path()).unwrap();
        std::fs::write(named.path(), b"newer").unwrap();
        named.persist(&dest).unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"newer");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }
}
