//! Integration tests of escale-core, as one test binary (one link, shared helpers).
//!
//! Modules mirror `src/`; `support` holds the helpers, `privacy` checks what reaches the disk.
//! Every test builds its own encrypted store in a temporary folder with its own mock keyring.

mod activity;
mod audit;
mod backup;
mod beneficiary;
mod demo;
mod i18n;
mod keys;
mod organisation;
mod privacy;
mod procedure;
mod search;
mod storage;
mod support;
