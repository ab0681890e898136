//! `--timings`: how long each stage took and how much memory the process had at its peak by
//! then, so a slow or large run can be pinned on reading, assessing or writing.

use std::time::{Duration, Instant};

/// Stage marks taken as a run goes.
pub struct Timings {
    started: Instant,
    marks: Vec<(&'static str, Duration, Option<u64>)>,
}

impl Timings {
    pub fn start() -> Timings {
        Timings {
            started: Instant::now(),
            marks: Vec::new(),
        }
    }

    /// Ends the stage called `name` now.
    pub fn mark(&mut self, name: &'static str) {
        self.marks
            .push((name, self.started.elapsed(), peak_resident_bytes()));
    }

    /// One line: each stage's seconds (and peak memory so far where the system tells it).
    pub fn line(&self, machines: usize) -> String {
        let mut parts = Vec::new();
        let mut before = Duration::ZERO;
        for (name, at, peak) in &self.marks {
            let mut part = format!("{name} {:.2} s", (*at - before).as_secs_f64());
            if let Some(p) = peak {
                part.push_str(&format!(" (peak {} MB)", p >> 20));
            }
            parts.push(part);
            before = *at;
        }
        format!(
            "timings: {}, total {:.2} s ({machines} machines)",
            parts.join(", "),
            before.as_secs_f64()
        )
    }
}

/// The process's peak resident memory (Linux's VmHWM), or None where it cannot be read.
fn peak_resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_stage_is_named_in_order() {
        let mut t = Timings::start();
        t.mark("read");
        t.mark("assess");
        let line = t.line(3);
        let read = line.find("read ").unwrap();
        let assess = line.find("assess ").unwrap();
        assert!(read < assess, "{line}");
        assert!(line.starts_with("timings: read "), "{line}");
        assert!(line.ends_with("(3 machines)"), "{line}");
        if cfg!(target_os = "linux") {
            assert!(line.contains(" MB)"), "{line}");
        }
    }
}
