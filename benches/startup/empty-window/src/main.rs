//! An empty Tauri window with Escale's Tauri, window size and security settings, and nothing else:
//! the baseline `scripts/bench-startup.sh` measures Escale's start-up time and memory against.
//! A benchmark fixture, never shipped.

use std::io::Write;

/// The page is painted: with ESCALE_STARTUP_PROBE=<file>, appends `first-screen <ns>` (nanoseconds
/// since the Unix epoch), as Escale does after painting its list of people, and
/// `page-html-loaded <ns>` when the page says when its HTML arrived.
#[tauri::command]
fn first_paint(html_loaded_ms: Option<f64>) {
    let Some(path) = std::env::var_os("ESCALE_STARTUP_PROBE") else { return };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let mut lines = String::new();
    if let Some(at) = html_loaded_ms {
        lines.push_str(&format!("page-html-loaded {}\n", (at * 1e6) as u128));
    }
    lines.push_str(&format!("first-screen {}\n", now.as_nanos()));
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = file.write_all(lines.as_bytes());
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![first_paint])
        .run(tauri::generate_context!())
        .expect("the empty window starts");
}
