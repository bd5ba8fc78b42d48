//! Integration tests of escale-core, as one test binary (one link, shared helpers).
//!
//! Modules mirror `src/`; `support` holds the helpers, `privacy` checks what reaches the disk and
//! the person's rights (consent, access, erasure, retention, the audit log).
//! Every test builds its own encrypted store in a temporary folder with its own mock keyring.
//! `damage` (flipped bytes, newer schema, read-only and full disks) and `no_loss` (a writer
//! killed hundreds of times) check the promise "nothing is ever lost": Unix only, as they mount
//! file systems and send signals.

mod activity;
mod activity_defaults;
mod audit;
mod backup;
mod beneficiary;
mod clean_records;
#[cfg(unix)]
mod damage;
mod demo;
mod folders;
mod i18n;
mod import;
mod keys;
mod mediators;
#[cfg(unix)]
mod no_loss;
mod organisation;
mod people;
mod person_view;
mod privacy;
mod procedure;
mod report;
mod search;
mod stats;
mod storage;
mod support;
