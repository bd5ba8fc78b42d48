//! What the window holds between commands: where the data lives and the open store.

use std::sync::{Arc, Mutex};

use escale_core::demo::{self, DemoOptions};
use escale_core::storage::key::{self, PassphraseCost};
use escale_core::storage::{Credentials, KeyProtection, NewKey};
use escale_core::{CoreError, CoreResult, DataDir, Store};
use escale_core::storage::key::CredentialStore;
use serde::{Deserialize, Serialize};

use crate::error::ErrorDto;

/// Where the app stands: it needs a store created, a store unlocked, or it is ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum StorePhase {
    NeedsSetup,
    Locked,
    Ready,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub phase: StorePhase,
    pub protection: Option<KeyProtection>,
    /// Whether the system keyring answered; without it a passphrase protects the store.
    pub keyring_available: bool,
    pub data_dir: String,
    /// Why the store could not be opened automatically, if it could not.
    pub unlock_error: Option<ErrorDto>,
}

/// How to create the store at first start.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SetupRequest {
    /// Required when no keyring answers; ignored otherwise.
    pub passphrase: Option<String>,
    pub with_demo_data: bool,
}

/// The number of demo people loaded from the first-start screen: enough to feel real.
pub const DEMO_PEOPLE: u32 = 120;

pub struct AppState {
    data_dir: DataDir,
    keyring: Option<Arc<CredentialStore>>,
    store: Mutex<Option<Store>>,
    unlock_error: Mutex<Option<ErrorDto>>,
}

impl AppState {
    /// Looks for the keyring and, when the store exists and its key is at hand, opens it.
    pub fn start(data_dir: DataDir, passphrase_from_environment: Option<String>) -> AppState {
        let keyring = key::system_keyring().ok().filter(key::keyring_answers);
        AppState::with_keyring(data_dir, keyring, passphrase_from_environment)
    }

    /// As [`AppState::start`], with the keyring chosen by the caller (`None`: no keyring answers).
    pub fn with_keyring(
        data_dir: DataDir,
        keyring: Option<Arc<CredentialStore>>,
        passphrase_from_environment: Option<String>,
    ) -> AppState {
        let state = AppState {
            data_dir,
            keyring,
            store: Mutex::new(None),
            unlock_error: Mutex::new(None),
        };
        if state.data_dir.is_initialised() {
            let protection = state.data_dir.key_settings().map(|s| s.protection);
            let try_now = match protection {
                Ok(KeyProtection::Keyring) => true,
                Ok(KeyProtection::Passphrase) => passphrase_from_environment.is_some(),
                Err(_) => true,
            };
            if try_now {
                let result = state.unlock_with(passphrase_from_environment.as_deref());
                if let Err(error) = result {
                    *state.unlock_error.lock().expect("no panic holds this lock") = Some(error);
                }
            }
        }
        state
    }

    fn unlock_with(&self, passphrase: Option<&str>) -> Result<(), ErrorDto> {
        let credentials = Credentials { keyring: self.keyring.as_ref(), passphrase };
        let store = Store::unlock(&self.data_dir, &credentials)?;
        *self.store.lock().expect("no panic holds this lock") = Some(store);
        *self.unlock_error.lock().expect("no panic holds this lock") = None;
        Ok(())
    }

    pub fn status(&self) -> AppStatus {
        let ready = self.store.lock().expect("no panic holds this lock").is_some();
        let phase = if ready {
            StorePhase::Ready
        } else if self.data_dir.is_initialised() {
            StorePhase::Locked
        } else {
            StorePhase::NeedsSetup
        };
        AppStatus {
            phase,
            protection: self.data_dir.key_settings().ok().map(|s| s.protection),
            keyring_available: self.keyring.is_some(),
            data_dir: self.data_dir.path().display().to_string(),
            unlock_error: self.unlock_error.lock().expect("no panic holds this lock").clone(),
        }
    }

    /// Creates the store (keyring when one answers, passphrase otherwise), optionally with demo data.
    pub fn set_up(&self, request: &SetupRequest) -> Result<AppStatus, ErrorDto> {
        let new_key = match (&self.keyring, request.passphrase.as_deref()) {
            (Some(keyring), _) => NewKey::Keyring(keyring),
            (None, Some(passphrase)) => NewKey::Passphrase { passphrase, cost: PassphraseCost::STANDARD },
            (None, None) => return Err(CoreError::PassphraseRequired.into()),
        };
        let mut store = Store::create(&self.data_dir, new_key)?;
        if request.with_demo_data {
            demo::generate(&mut store, DemoOptions::people(DEMO_PEOPLE))?;
        }
        *self.store.lock().expect("no panic holds this lock") = Some(store);
        Ok(self.status())
    }

    pub fn unlock(&self, passphrase: &str) -> Result<AppStatus, ErrorDto> {
        self.unlock_with(Some(passphrase))?;
        Ok(self.status())
    }

    /// Runs one core operation on the open store.
    pub fn with_store<T>(&self, operation: impl FnOnce(&mut Store) -> CoreResult<T>) -> Result<T, ErrorDto> {
        let mut guard = self.store.lock().expect("no panic holds this lock");
        let store = guard.as_mut().ok_or_else(|| ErrorDto::from(CoreError::StoreLocked))?;
        Ok(operation(store)?)
    }
}
