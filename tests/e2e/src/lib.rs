//! End-to-end tests live in `desktop.rs`; this crate has no library code.
