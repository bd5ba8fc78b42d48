//! An opt-in mark for the start-up benchmark (`scripts/bench-startup.sh`): with
//! ESCALE_STARTUP_PROBE=<file> in the environment, the app notes in that file when the store is
//! open, when the page first asks where the app stands, when its first screen is painted, and
//! which commands ran meanwhile and when. Without it nothing is written; a line holds a moment
//! and a command's name, nothing of the data.

use std::io::Write;

use serde::Deserialize;

pub const PROBE_VARIABLE: &str = "ESCALE_STARTUP_PROBE";

/// The probe file, read from the environment once: every command asks.
fn probe_file() -> Option<&'static std::path::Path> {
    static FILE: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    FILE.get_or_init(|| std::env::var_os(PROBE_VARIABLE).map(std::path::PathBuf::from)).as_deref()
}

/// Appends one line to the probe file, in one write to a file opened for appending, so lines
/// from several threads never interleave. A benchmark aid: a probe file that cannot be written
/// only leaves the run without its line.
fn append(path: &std::path::Path, line: &str) {
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = file.write_all(line.as_bytes());
    }
}

/// A moment of the start the benchmark reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartupMark {
    /// The opening thread is done: the store is open (or the reason it is not is known).
    StoreOpened,
    /// The page's first command: its script has loaded and run up to its first question.
    FirstCommand,
    /// The first screen (the list of people) is painted.
    FirstScreen,
}

impl StartupMark {
    fn name(self) -> &'static str {
        match self {
            StartupMark::StoreOpened => "store-opened",
            StartupMark::FirstCommand => "first-command",
            StartupMark::FirstScreen => "first-screen",
        }
    }
}

/// Appends `<mark> <ns>` (nanoseconds since the Unix epoch, the clock the benchmark read when it
/// started the process) to the probe file, when one was asked for.
pub fn mark(moment: StartupMark) {
    let Some(path) = probe_file() else { return };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    append(path, &format!("{} {}\n", moment.name(), now.as_nanos()));
}

/// Marks [`StartupMark::FirstCommand`] the first time it is called.
pub fn mark_first_command() {
    static FIRST: std::sync::Once = std::sync::Once::new();
    FIRST.call_once(|| mark(StartupMark::FirstCommand));
}

/// Notes that the command `name` ran from `started` to now (`command <name> <start> <end>`, in
/// nanoseconds since the Unix epoch), while the probe is on and until the first screen is painted.
pub fn note_command(name: &str, started: std::time::SystemTime) {
    static FIRST_SCREEN_PAINTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let Some(path) = probe_file() else { return };
    if FIRST_SCREEN_PAINTED.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    if name == "first_screen_painted" {
        FIRST_SCREEN_PAINTED.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let since_epoch = |moment: std::time::SystemTime| moment.duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    append(path, &format!("command {name} {} {}\n", since_epoch(started), since_epoch(std::time::SystemTime::now())));
}

/// A moment of the page's own start, as the page timed it (its script run, its words loaded, its
/// first answer…), sent with the first-screen mark.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PageMoment {
    /// What happened, in a few lowercase words joined by hyphens.
    pub name: String,
    /// When, in milliseconds since the Unix epoch (the page's `timeOrigin + now()`).
    pub at_ms: f64,
}

/// Writes the page's moments (`page-<name> <ns>`), when the probe is on.
pub fn note_page_moments(moments: &[PageMoment]) {
    let Some(path) = probe_file() else { return };
    for moment in moments {
        // The name is the page's: only its plain letters go into the file's line.
        let name: String = moment.name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect();
        if moment.at_ms.is_finite() && moment.at_ms > 0.0 {
            append(path, &format!("page-{name} {}\n", (moment.at_ms * 1e6) as u128));
        }
    }
}
