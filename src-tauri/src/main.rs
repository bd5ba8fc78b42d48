// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> anyhow::Result<()> {
    escale_desktop::run(escale_desktop::LaunchOptions::from_args(std::env::args().skip(1))?)
}
