//! What a long run is doing, on stderr: one spinner line per stage (reading, assessing,
//! writing) with the time spent. Drawn only when stderr is a terminal, so pipes, files and CI
//! logs never see it, and cleared when the stage ends.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The stage under way.
pub struct Stage(ProgressBar);

impl Stage {
    /// Starts a stage (nothing is drawn when stderr is not a terminal).
    pub fn start(what: String) -> Stage {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.set_message(what);
        bar.enable_steady_tick(Duration::from_millis(120));
        Stage(bar)
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}
