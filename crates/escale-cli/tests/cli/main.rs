//! Black-box tests of the `escale` command line: the real binary, a real encrypted store in a
//! temporary folder, passphrase protection through `ESCALE_PASSPHRASE`.
//!
//! Each test owns its data folder, so tests run in parallel. Unlocking costs one Argon2id
//! derivation per invocation; the whole binary stays under 100 invocations.
//! `network` and `leaks` check that nothing leaves the laptop or lingers in clear; `privacy` is
//! the person's rights (consent, access, erasure, retention).

mod activities;
mod backup;
mod beneficiaries;
mod demo;
mod documents;
mod imports;
mod exports;
mod keyring;
#[cfg(unix)]
mod network;
mod people;
mod leaks;
mod mediators;
mod privacy;
mod procedures;
mod recovery;
mod settings;
mod stats;
mod store;
mod support;
mod usage;
