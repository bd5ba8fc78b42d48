//! What the command line shows during long work, on standard error: a bar when the work tells
//! how far it is, a spinner when it cannot (a key derivation). `indicatif` hides both by itself
//! when stderr is not a terminal, so scripts and tests see no bar, only the result on stdout,
//! and a failure stays one line on stderr.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

/// A bar with a translated label.
pub fn bar(label: String) -> ProgressBar {
    let bar = ProgressBar::new(0).with_message(label);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{wide_bar}] {percent} %").expect("the template is valid").progress_chars("=> "),
    );
    bar
}

/// A spinner with a translated label, turning by itself until it is dropped or cleared.
pub fn spinner(label: String) -> Spinner {
    let spinner = ProgressBar::new_spinner().with_message(label);
    spinner.set_style(ProgressStyle::with_template("{spinner} {msg}").expect("the template is valid"));
    // Drawn at once, then turned by a thread until cleared.
    spinner.tick();
    spinner.enable_steady_tick(Duration::from_millis(120));
    Spinner(spinner)
}

/// Clears its line when dropped, on every way out of the work (an error included).
pub struct Spinner(ProgressBar);

impl Drop for Spinner {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}
