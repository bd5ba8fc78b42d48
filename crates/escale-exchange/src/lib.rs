//! Files from and for other tools: the national platform's (La Coop de la médiation numérique)
//! XLSX exports and import template, and CSV for every other spreadsheet.
//!
//! The core decides what a row holds (the facts, the rules of an import); this crate only knows
//! file formats. Its readers take untrusted files: they are bounded in size, never panic on any
//! input, and are fuzzed (`fuzz/`, `scripts/fuzz.sh`).

pub mod error;
#[cfg(feature = "core")]
pub mod export;
pub mod read;
#[cfg(feature = "core")]
pub mod mapping;
#[cfg(feature = "core")]
pub mod national_template;
#[cfg(feature = "core")]
pub mod report;

pub use error::ExchangeError;
pub use read::{Table, TableRow, read_table};
