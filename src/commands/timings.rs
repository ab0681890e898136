//! `--timings`: how long each stage took and how much memory the process had at its peak by
//! then, so a slow or large run can be pinned on reading, assessing or writing. The line is
//! said in the reader's language like every other line rehost writes.

use std::time::{Duration, Instant};

use crate::say;
use crate::words::Lang;

/// A step of a run, as `--timings` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Read,
    Assess,
    Write,
    /// JSON and HTML are written as machines are assessed: one stage.
    AssessAndWrite,
}

impl Step {
    fn name(self, lang: Lang) -> String {
        match self {
            Step::Read => say!(lang, "cmd-timings-read"),
            Step::Assess => say!(lang, "cmd-timings-assess"),
            Step::Write => say!(lang, "cmd-timings-write"),
            Step::AssessAndWrite => say!(lang, "cmd-timings-assess-and-write"),
        }
    }
}

/// Step marks taken as a run goes.
pub struct Timings {
    started: Instant,
    marks: Vec<(Step, Duration, Option<u64>)>,
}

impl Timings {
    pub fn start() -> Timings {
        Timings {
            started: Instant::now(),
            marks: Vec::new(),
        }
    }

    /// Ends `stage` now.
    pub fn mark(&mut self, stage: Step) {
        self.marks
            .push((stage, self.started.elapsed(), peak_resident_bytes()));
    }

    /// One line: each stage's seconds (and peak memory so far where the system tells it).
    pub fn line(&self, machines: usize, lang: Lang) -> String {
        let mut parts = Vec::new();
        let mut before = Duration::ZERO;
        for (stage, at, peak) in &self.marks {
            let seconds = format!("{:.2}", (*at - before).as_secs_f64());
            let stage = stage.name(lang);
            parts.push(match peak {
                Some(p) => say!(
                    lang,
                    "cmd-timings-peak",
                    stage = stage,
                    seconds = seconds,
                    mb = (p >> 20).to_string()
                ),
                None => say!(lang, "cmd-timings-stage", stage = stage, seconds = seconds),
            });
            before = *at;
        }
        say!(
            lang,
            "cmd-timings",
            stages = parts.join(", "),
            total = format!("{:.2}", before.as_secs_f64()),
            machines = machines.to_string()
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
        t.mark(Step::Read);
        t.mark(Step::Assess);
        let line = t.line(3, Lang::En);
        let read = line.find("read ").unwrap();
        let assess = line.find("assess ").unwrap();
        assert!(read < assess, "{line}");
        assert!(line.starts_with("timings: read "), "{line}");
        assert!(line.ends_with("(3 machines)"), "{line}");
        if cfg!(target_os = "linux") {
            assert!(line.contains(" MB)"), "{line}");
        }
        let ko = t.line(3, Lang::Ko);
        assert!(ko.starts_with("소요 시간: 읽기 "), "{ko}");
        assert!(ko.ends_with("(머신 3대)"), "{ko}");
    }
}
