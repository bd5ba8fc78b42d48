//! An opt-in mark for the start-up benchmark (`scripts/bench-startup.sh`): with
//! ESCALE_STARTUP_PROBE=<file> in the environment, the window notes in that file when its first
//! screen is painted. Without it nothing is written; the line holds a moment, nothing of the data.

use std::io::Write;

pub const PROBE_VARIABLE: &str = "ESCALE_STARTUP_PROBE";

/// Appends `first-screen <ns>` (nanoseconds since the Unix epoch, the clock the benchmark read
/// when it started the process) to the probe file, when one was asked for.
pub fn mark_first_screen_painted() {
    let Some(path) = std::env::var_os(PROBE_VARIABLE) else { return };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    // A benchmark aid: a probe file that cannot be written only leaves the run without its mark.
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = writeln!(file, "first-screen {}", now.as_nanos());
    }
}
