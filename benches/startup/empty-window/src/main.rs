//! An empty Tauri window with Escale's Tauri, window size and security settings, and nothing else:
//! the baseline `scripts/bench-startup.sh` measures Escale's start-up time and memory against.
//! A benchmark fixture, never shipped.

use std::io::Write;

/// The page is painted: with ESCALE_STARTUP_PROBE=<file>, appends `first-screen <ns>` (nanoseconds
/// since the Unix epoch), as Escale does after painting its list of people.
#[tauri::command]
fn first_paint() {
    let Some(path) = std::env::var_os("ESCALE_STARTUP_PROBE") else { return };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = writeln!(file, "first-screen {}", now.as_nanos());
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![first_paint])
        .run(tauri::generate_context!())
        .expect("the empty window starts");
}
