//! First start, unlock and recovery: the one policy that the command line and the window both
//! call, so that they can never drift apart on what happens to a mediator's data.
//!
//! The rule everything here keeps: a folder that holds a database is never offered a new
//! store. Missing or damaged key settings, a keyring that lost its key, a forgotten passphrase
//! all lead to the recovery key, which opens the same database again.

mod lock;
mod mediators;
mod recovery_sheet;

use std::sync::Arc;

use serde::Serialize;

use crate::demo::{self, DemoOptions, DemoSummary};
use crate::progress::Progress;
use crate::error::{CoreError, CoreResult};
use crate::storage::key::CredentialStore;
use crate::storage::{Credentials, DataDir, KeyProtection, NewKey, PassphraseCost, Store};

pub use lock::{DEFAULT_IDLE_MINUTES, LockSettings, MAX_PIN_FAILURES, PinCheck, UnlockSecret};
pub use mediators::{
    FIRST_MEDIATOR_ID, Laptop, MEDIATOR_NAME_MAX, MediatorStore, check_protection_allowed, keyring_may_protect,
    mediator_name,
};
pub use recovery_sheet::{RecoverySheet, recovery_sheet_html};

/// What stands between the mediator and their data when the app starts.
pub enum Access {
    /// No database here yet: first start.
    NeedsSetup,
    /// The store is protected by a passphrase and none was given.
    NeedsPassphrase,
    /// The database is here but cannot be opened without its recovery key; the error says why.
    NeedsRecovery(CoreError),
    /// Something else prevented opening (busy, a newer version, a damaged file…): the error
    /// says what; retrying may help, a new setup never does.
    Failed(CoreError),
    Open(Store),
}

impl CoreError {
    /// Whether the way back from this error is the recovery key (and never a new store).
    pub fn calls_for_recovery(&self) -> bool {
        matches!(
            self,
            CoreError::KeySettingsMissing | CoreError::KeySettingsDamaged(_) | CoreError::KeyMissingFromKeyring
        )
    }
}

/// Tries to open the store of `data_dir` with what is at hand (the keyring if one answers, a
/// passphrase if one was given), and says what is missing otherwise.
pub fn open_at_start(
    data_dir: &DataDir,
    keyring: Option<&Arc<CredentialStore>>,
    passphrase: Option<&str>,
) -> Access {
    if !data_dir.has_database() {
        return Access::NeedsSetup;
    }
    let settings = match data_dir.key_settings() {
        Ok(settings) => settings,
        Err(error) if error.calls_for_recovery() => return Access::NeedsRecovery(error),
        Err(error) => return Access::Failed(error),
    };
    if settings.protection == KeyProtection::Passphrase && passphrase.is_none() {
        return Access::NeedsPassphrase;
    }
    match Store::unlock(data_dir, &Credentials { keyring, passphrase }) {
        Ok(store) => Access::Open(store),
        Err(error) if error.calls_for_recovery() => Access::NeedsRecovery(error),
        Err(error) => Access::Failed(error),
    }
}

/// How the key of the store in `data_dir` is protected when it is created, recovered or
/// restored: a passphrase when the mediator chose one (a shared laptop, or no keyring), the
/// system keyring otherwise — never the keyring on a laptop where several mediators keep
/// their data (see [`Laptop`]).
pub fn protection_for_new_store<'a>(
    data_dir: &DataDir,
    keyring: Option<&'a Arc<CredentialStore>>,
    passphrase: Option<&'a str>,
    cost: PassphraseCost,
) -> CoreResult<NewKey<'a>> {
    let new_key = match (passphrase, keyring) {
        (Some(passphrase), _) => NewKey::Passphrase { passphrase, cost },
        (None, Some(keyring)) => NewKey::Keyring(keyring),
        (None, None) => return Err(CoreError::PassphraseRequired),
    };
    check_protection_allowed(data_dir, &new_key)?;
    Ok(new_key)
}

/// How the key of a store restored from a backup is protected: a new passphrase when one is
/// given; otherwise the keyring where it answers and may be used (see [`Laptop`]); otherwise
/// the passphrase the backup was opened with, which the mediator keeps. Opened with the
/// recovery key and with neither a keyring nor a new passphrase: [`CoreError::PassphraseRequired`].
pub fn protection_for_restore<'a>(
    data_dir: &DataDir,
    keyring: Option<&'a Arc<CredentialStore>>,
    secret: crate::backup::BackupSecret<'a>,
    new_passphrase: Option<&'a str>,
    cost: PassphraseCost,
) -> CoreResult<NewKey<'a>> {
    if let Some(passphrase) = new_passphrase {
        return Ok(NewKey::Passphrase { passphrase, cost });
    }
    match keyring {
        Some(keyring) if keyring_may_protect(data_dir)? => Ok(NewKey::Keyring(keyring)),
        _ => match secret {
            crate::backup::BackupSecret::Passphrase(passphrase) => Ok(NewKey::Passphrase { passphrase, cost }),
            crate::backup::BackupSecret::RecoveryKey(_) => Err(CoreError::PassphraseRequired),
        },
    }
}

/// What a first start produced.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    pub protection: KeyProtection,
    /// Present when demo data was asked for.
    pub demo: Option<DemoSummary>,
}

/// Creates the store at first start, with the PIN that unlocks the window when one is given,
/// and optionally demo data, whose writing is told to `progress`. The PIN is checked before
/// anything is created. Demo data is added after the store exists: if it fails, the empty store
/// is kept (and the error says so); if the person cancels it, the store opens empty and
/// `Created::demo` is `None`.
pub fn create_store(
    data_dir: &DataDir,
    new_key: NewKey<'_>,
    unlock_pin: Option<&str>,
    demo_people: Option<u32>,
    progress: Progress<'_>,
) -> CoreResult<(Store, Created)> {
    let protection = match new_key {
        NewKey::Keyring(_) => KeyProtection::Keyring,
        NewKey::Passphrase { .. } => KeyProtection::Passphrase,
    };
    if let Some(pin) = unlock_pin {
        lock::check_pin_format(pin)?;
    }
    let mut store = Store::create(data_dir, new_key)?;
    if let Some(pin) = unlock_pin {
        store.set_unlock_pin(pin)?;
    }
    let demo = match demo_people {
        Some(people) => match demo::generate_with_progress(&mut store, DemoOptions::people(people), progress) {
            Ok(summary) => Some(summary),
            Err(CoreError::WorkCancelled) => None,
            Err(error) => return Err(error),
        },
        None => None,
    };
    Ok((store, Created { protection, demo }))
}

/// What the app does each time the store is opened in the window: files inactive for longer
/// than the structure's retention period are anonymised (logged, statistics unchanged), at the
/// first opening of the day. `None`: it already ran today.
pub fn at_opening(store: &mut Store) -> CoreResult<Option<crate::privacy::retention::RetentionReport>> {
    store.apply_retention_once_on(crate::clock::today())
}
