//! Escale's desktop shell. It owns the window and nothing else: every command converts its
//! arguments and calls one function of `escale-core`.

pub mod at_rest;
pub mod bindings;
pub mod commands;
pub mod error;
pub mod import;
pub mod rendering;
pub mod startup_probe;
pub mod state;
pub mod viewer;

use anyhow::Context;
use escale_core::DataDir;

use state::{AppState, SetupRequest};

/// Options of the desktop binary.
#[derive(Debug, Default)]
pub struct LaunchOptions {
    /// `--with-demo-data`: at first start, create the store and fill it with demo data
    /// instead of showing the welcome screen (used by the README's run command).
    pub with_demo_data: bool,
    /// `--data-dir DIR`: another data folder than the default one.
    pub data_dir: Option<std::path::PathBuf>,
}

impl LaunchOptions {
    pub fn from_args(arguments: impl Iterator<Item = String>) -> anyhow::Result<Self> {
        let mut options = LaunchOptions::default();
        let mut arguments = arguments.peekable();
        while let Some(argument) = arguments.next() {
            match argument.as_str() {
                "--with-demo-data" => options.with_demo_data = true,
                "--data-dir" => {
                    options.data_dir = Some(arguments.next().context("--data-dir needs a folder")?.into())
                }
                other => anyhow::bail!("unknown option {other:?} (known: --with-demo-data, --data-dir DIR)"),
            }
        }
        Ok(options)
    }
}

/// Gives a Tauri builder the app's state and every command; shared by `run` and the tests
/// (which pass Tauri's mock builder).
pub fn configure<R: tauri::Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder.manage(state).invoke_handler(commands::invoke_handler())
}

pub fn run(options: LaunchOptions) -> anyhow::Result<()> {
    escale_core::process::forbid_core_dumps();
    let data_dir = options.data_dir.map(DataDir::new).unwrap_or_else(DataDir::default_location);
    let passphrase = std::env::var("ESCALE_PASSPHRASE").ok().filter(|p| !p.is_empty());
    // The store opens on its own thread while the window starts.
    let state = AppState::start(data_dir, passphrase.clone());
    if options.with_demo_data {
        state.wait_for_opening();
        // With neither a keyring nor a passphrase at hand, the welcome screen asks for one instead.
        let status = state.status();
        let can_create_unattended = status.keyring_available || passphrase.is_some();
        if status.phase == state::StorePhase::NeedsSetup && can_create_unattended {
            state
                .set_up(&SetupRequest { passphrase, pin: None, with_demo_data: true })
                .map_err(|error| anyhow::anyhow!("could not create the demo store: {}", error.code))?;
        }
    }
    configure(tauri::Builder::<tauri::Wry>::new(), state)
        .setup(|app| {
            use tauri::Manager;
            if let Some(window) = app.get_webview_window("main") {
                rendering::paint_with_the_processor(&window)?;
            }
            Ok(())
        })
        .run(tauri::generate_context!())
        .context("the desktop window could not start")
}
