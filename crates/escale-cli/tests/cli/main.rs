//! Black-box tests of the `escale` command line: the real binary, a real encrypted store in a
//! temporary folder, passphrase protection through `ESCALE_PASSPHRASE`.
//!
//! Each test owns its data folder, so tests run in parallel. Unlocking costs one Argon2id
//! derivation per invocation; the whole binary stays well under 80 invocations.

mod activities;
mod backup;
mod beneficiaries;
mod demo;
mod keyring;
mod recovery;
mod store;
mod support;
mod usage;
