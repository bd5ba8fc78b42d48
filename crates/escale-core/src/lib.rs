//! Escale's core: the domain of digital mediation, the encrypted local store, the national
//! reporting vocabulary, translations and demo data.
//!
//! This crate knows nothing of the window (no Tauri) and never touches the network. The desktop
//! shell and the command line are thin consumers of the [`Store`] API defined here.

pub mod activity;
pub mod backup;
pub mod beneficiary;
pub mod clock;
pub mod commune;
pub mod demo;
pub mod error;
pub mod folders;
pub mod i18n;
pub mod organisation;
pub mod people;
pub mod privacy;
pub mod process;
pub mod progress;
pub mod procedure;
pub mod search;
pub mod session;
pub mod stats;
pub mod storage;
mod text;
pub mod vocabulary;

pub use error::{CoreError, CoreResult, ValidationError, ValidationErrors};
/// The audit log lived at the crate's root before the privacy folder; its path stays valid.
pub use privacy::audit;
pub use storage::{Credentials, DataDir, NewKey, Store};

/// The application identifier, shared with the desktop shell: it names the data folder.
pub const APP_IDENTIFIER: &str = "fr.escale.app";
