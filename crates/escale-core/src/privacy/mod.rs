//! The person's rights and the structure's duties (GDPR): consent records, the right of access
//! (a full export), erasure, retention of inactive files, and the audit log that shows who
//! opened or changed which file.
//!
//! Every change here is one [`crate::Store::write`] transaction with its audit events, like the
//! rest of the core. Erasure and retention share one function, so a file anonymised by retention
//! is exactly as empty as one erased on request.

pub mod access;
pub mod access_document;
pub mod audit;
pub mod consent;
pub mod erasure;
pub mod retention;
