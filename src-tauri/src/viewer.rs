//! Opening a paper Escale saved in the laptop's own PDF viewer, where the mediator prints it.
//! The shell's only use of another program besides the reading engine: the window itself may
//! not open files or addresses (no opener plugin), so only a path Escale wrote this session is
//! ever handed over, as one argument, without a shell.

use std::path::Path;
use std::process::{Command, Stdio};

/// Starts the system's viewer for `path` and returns at once (the viewer lives on its own).
pub fn open_in_viewer(path: &Path) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "macos") {
        Command::new("open")
    } else if cfg!(windows) {
        // `explorer` opens a file with the program chosen for its type.
        Command::new("explorer")
    } else {
        // ESCALE_VIEWER names another program (the end-to-end tests record what was asked).
        Command::new(std::env::var_os("ESCALE_VIEWER").unwrap_or_else(|| "xdg-open".into()))
    };
    command.arg(path).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn()?;
    Ok(())
}
