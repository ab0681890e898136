//! A large report written past the page cache.
//!
//! On this project's virtual machines the kernel copies a buffered write into the page cache
//! at about 300 MB/s of CPU time (a 4.8 GB JSON document: 16 s of system time, `dd` alike),
//! while the same bytes written with `O_DIRECT` go to the disk at over 1 GB/s for 0.7 s of
//! CPU. So a report that outgrows the first block (8 MiB) is written from block-aligned
//! memory straight to the disk on Linux; a small one, another system, or a file system that
//! refuses direct I/O (tmpfs) gets ordinary buffered writes. The bytes are the same.
//!
//! The switch is made on the open file (`fcntl`), never by opening a path again: the file
//! may have no name yet (`report/atomic.rs`), and a path could be swapped for a link.

use std::fs::File;
use std::io::{self, Write};

/// Direct I/O wants the memory, the file offset and the length aligned to the device's
/// block; 4 KiB covers the disks in use.
const ALIGN: usize = 4096;
/// Bytes gathered before a write: a small report never leaves this buffer until it is done.
const BLOCK: usize = 8 << 20;

/// Writes a new file, directly once it is larger than a block.
pub struct Output {
    file: File,
    /// `BLOCK + ALIGN` bytes, of which the `BLOCK` starting at `start` are aligned.
    memory: Vec<u8>,
    start: usize,
    filled: usize,
    /// Bytes in the file so far.
    written: u64,
    direct: bool,
    may_go_direct: bool,
}

impl Output {
    /// Writes into `file`, new and empty; `may_go_direct` is false to keep to buffered writes.
    pub fn new(file: File, may_go_direct: bool) -> Output {
        let memory = vec![0u8; BLOCK + ALIGN];
        let start = memory.as_ptr().align_offset(ALIGN);
        Output {
            file,
            memory,
            start,
            filled: 0,
            written: 0,
            direct: false,
            may_go_direct: may_go_direct && cfg!(target_os = "linux"),
        }
    }

    /// Whether the file is being written directly.
    #[cfg(test)]
    pub fn went_direct(&self) -> bool {
        self.direct
    }

    /// Writes what is gathered, and returns the file at its exact length, ready to sync.
    pub fn finish(mut self) -> io::Result<File> {
        if self.direct && self.filled > 0 {
            // The last block is written whole, zero-padded, and the file cut back after.
            let len = self.written + self.filled as u64;
            let padded = self.filled.next_multiple_of(ALIGN);
            self.memory[self.start + self.filled..self.start + padded].fill(0);
            self.filled = padded;
            self.write_block(false)?;
            self.file.set_len(len)?;
        } else {
            self.write_block(false)?;
        }
        Ok(self.file)
    }

    /// Writes what is gathered; the first full block of a report with `more` to come
    /// switches the file to direct writes.
    fn write_block(&mut self, more: bool) -> io::Result<()> {
        if more && !self.direct && self.may_go_direct && self.written == 0 {
            self.go_direct();
        }
        let mut done = 0;
        while done < self.filled {
            let block = &self.memory[self.start + done..self.start + self.filled];
            match self.file.write(block) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => {
                    done += n;
                    self.written += n as u64;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                // A file system may take the open and refuse the write: go on buffered.
                Err(e) if self.direct && e.kind() == io::ErrorKind::InvalidInput => {
                    self.go_buffered()?;
                }
                Err(e) => return Err(e),
            }
        }
        self.filled = 0;
        Ok(())
    }

    /// A file system without direct I/O refuses the flag (tmpfs): the file stays buffered.
    #[cfg(target_os = "linux")]
    fn go_direct(&mut self) {
        self.direct = set_direct(&self.file, true).is_ok();
    }

    #[cfg(not(target_os = "linux"))]
    fn go_direct(&mut self) {}

    fn go_buffered(&mut self) -> io::Result<()> {
        #[cfg(target_os = "linux")]
        set_direct(&self.file, false)?;
        self.direct = false;
        self.may_go_direct = false;
        Ok(())
    }
}

/// Sets or clears `O_DIRECT` on an open file.
#[cfg(target_os = "linux")]
fn set_direct(file: &File, on: bool) -> io::Result<()> {
    use std::os::unix::io::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: `fd` is an open descriptor owned by `file` for the length of both calls.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(io::Error::last_os_error());
    }
    let flags = if on {
        flags | libc::O_DIRECT
    } else {
        flags & !libc::O_DIRECT
    };
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

impl Write for Output {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut rest = bytes;
        while !rest.is_empty() {
            if self.filled == BLOCK {
                self.write_block(true)?;
            }
            let n = rest.len().min(BLOCK - self.filled);
            let at = self.start + self.filled;
            self.memory[at..at + n].copy_from_slice(&rest[..n]);
            self.filled += n;
            rest = &rest[n..];
        }
        Ok(bytes.len())
    }

    /// Gathered bytes stay until a block is full or the output finishes: a direct write
    /// must be whole blocks.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes that show a misplaced or lost byte: a counter in odd-sized pieces.
    fn pieces(total: usize) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        let mut n = 0usize;
        let mut size = 1usize;
        while n < total {
            let len = size.min(total - n);
            out.push((n..n + len).map(|i| (i * 7 % 251) as u8).collect());
            n += len;
            size = (size * 3 + 1) % 5_000_011;
        }
        out
    }

    fn round_trip(total: usize, may_go_direct: bool) -> bool {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("report");
        let mut out = Output::new(File::create(&path).expect("create"), may_go_direct);
        let parts = pieces(total);
        for p in &parts {
            out.write_all(p).expect("write");
        }
        let direct = out.went_direct();
        let file = out.finish().expect("finish");
        file.sync_all().expect("sync");
        let got = std::fs::read(&path).expect("read back");
        assert_eq!(got.len(), total, "length");
        assert!(got == parts.concat(), "content of {total} bytes differs");
        direct
    }

    #[test]
    fn every_size_reads_back_the_same_direct_or_not() {
        for total in [
            0,
            1,
            ALIGN - 1,
            BLOCK - 1,
            BLOCK,
            BLOCK + 1,
            3 * BLOCK + 12_345,
        ] {
            let direct = round_trip(total, true);
            // Only a report larger than one block is ever written directly.
            assert!(!direct || total > BLOCK, "{total} bytes went direct");
            assert!(!round_trip(total, false), "{total}: asked to stay buffered");
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_large_report_goes_direct_where_the_disk_takes_it() {
        use std::fs::OpenOptions;
        use std::os::unix::fs::OpenOptionsExt;
        // Whether this disk takes an aligned direct write at all (ext4 and xfs do, tmpfs not).
        let dir = tempfile::tempdir().expect("dir");
        let probe = dir.path().join("probe");
        let memory = vec![7u8; 2 * ALIGN];
        let at = memory.as_ptr().align_offset(ALIGN);
        let takes_it = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .custom_flags(libc::O_DIRECT)
            .open(&probe)
            .and_then(|mut f| f.write(&memory[at..at + ALIGN]))
            .is_ok();
        assert_eq!(round_trip(2 * BLOCK + 100, true), takes_it);
    }
}
