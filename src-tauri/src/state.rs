//! What the window holds between commands: where the data lives and the open store. The
//! decisions (create, open, recover) are the core's `session` policy, shared with the CLI.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use escale_core::session::{self, Access, LockSettings, PinCheck, RecoverySheet};
use escale_core::storage::key::{self, CredentialStore, PassphraseCost};
use escale_core::storage::{Credentials, KeyProtection, NewKey};
use escale_core::{CoreError, CoreResult, DataDir, Store};
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use crate::error::ErrorDto;

/// Where the app stands: it needs a store created, a store unlocked, the recovery key, or it
/// is ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum StorePhase {
    NeedsSetup,
    Locked,
    /// A database is here but only its recovery key opens it (key settings lost, keyring
    /// emptied, new laptop). Never an invitation to start over.
    NeedsRecovery,
    /// The store is open but the window is locked (idle time, or on demand): nothing personal
    /// is shown and every data command is refused until the PIN (or a stronger secret) is given.
    ScreenLocked,
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
    /// The lock's settings, once the store is open.
    pub lock: Option<LockSettings>,
}

/// How to create the store at first start. The passphrase is wiped from memory on drop.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SetupRequest {
    /// A passphrase protects the store when one is given (a shared laptop), or when no keyring
    /// answers; the keyring does otherwise.
    pub passphrase: Option<String>,
    /// The PIN that unlocks the window after a lock (4 to 12 digits), when one was chosen.
    pub pin: Option<String>,
    pub with_demo_data: bool,
}

impl Drop for SetupRequest {
    fn drop(&mut self) {
        self.passphrase.zeroize();
        self.pin.zeroize();
    }
}

/// The number of demo people loaded from the first-start screen: enough to feel real.
pub const DEMO_PEOPLE: u32 = 120;

/// Shared by every command; cloning shares the same state (commands run on blocking threads).
#[derive(Clone)]
pub struct AppState(Arc<SharedState>);

pub struct SharedState {
    data_dir: DataDir,
    keyring: Option<Arc<CredentialStore>>,
    store: Mutex<Option<Store>>,
    /// Why the store could not be opened, when it could not.
    problem: Mutex<Option<OpeningProblem>>,
    /// The window is locked: data commands are refused until an unlock.
    screen_locked: AtomicBool,
}

/// An error met while opening, as the window shows it, and whether the recovery key is the
/// way back.
#[derive(Debug, Clone)]
struct OpeningProblem {
    error: ErrorDto,
    calls_for_recovery: bool,
}

impl From<CoreError> for OpeningProblem {
    fn from(error: CoreError) -> Self {
        OpeningProblem { calls_for_recovery: error.calls_for_recovery(), error: error.into() }
    }
}

/// A lock that a panicking command cannot make unusable. Safe here: a panic inside a core
/// write unwinds through its transaction, which rolls back, so the store is as before.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
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
        mut passphrase_from_environment: Option<String>,
    ) -> AppState {
        let state = AppState(Arc::new(SharedState {
            data_dir,
            keyring,
            store: Mutex::new(None),
            problem: Mutex::new(None),
            screen_locked: AtomicBool::new(false),
        }));
        state.open_with(passphrase_from_environment.as_deref());
        passphrase_from_environment.zeroize();
        state
    }

    /// Applies the session policy; remembers the store, or why there is none.
    fn open_with(&self, passphrase: Option<&str>) -> Option<ErrorDto> {
        let shared = &self.0;
        let (store, problem) = match session::open_at_start(&shared.data_dir, shared.keyring.as_ref(), passphrase) {
            Access::Open(store) => (Some(store), None),
            Access::NeedsSetup | Access::NeedsPassphrase => (None, None),
            Access::NeedsRecovery(error) | Access::Failed(error) => (None, Some(OpeningProblem::from(error))),
        };
        if let Some(store) = store {
            // A store opened by the keyring alone still asks for the PIN when one is set: the
            // session being open does not mean the mediator is at the laptop.
            let pin_set = store.lock_settings().map(|settings| settings.pin_set).unwrap_or(false);
            shared.screen_locked.store(pin_set, Ordering::SeqCst);
            self.install(store);
        }
        let failure = problem.as_ref().map(|problem| problem.error.clone());
        *lock(&shared.problem) = problem;
        failure
    }

    pub fn status(&self) -> AppStatus {
        let shared = &self.0;
        let store = lock(&shared.store);
        let problem = lock(&shared.problem);
        let phase = if store.is_some() && shared.screen_locked.load(Ordering::SeqCst) {
            StorePhase::ScreenLocked
        } else if store.is_some() {
            StorePhase::Ready
        } else if !shared.data_dir.has_database() {
            StorePhase::NeedsSetup
        } else if problem.as_ref().is_some_and(|problem| problem.calls_for_recovery) {
            StorePhase::NeedsRecovery
        } else {
            StorePhase::Locked
        };
        AppStatus {
            phase,
            protection: shared.data_dir.key_settings().ok().map(|settings| settings.protection),
            keyring_available: shared.keyring.is_some(),
            data_dir: shared.data_dir.path().display().to_string(),
            unlock_error: problem.as_ref().map(|problem| problem.error.clone()),
            lock: store.as_ref().and_then(|store| store.lock_settings().ok()),
        }
    }

    /// Creates the store (a passphrase when one is given or no keyring answers, the keyring
    /// otherwise), optionally with demo data.
    pub fn set_up(&self, request: &SetupRequest) -> Result<AppStatus, ErrorDto> {
        let shared = &self.0;
        let new_key = session::protection_for_new_store(
            shared.keyring.as_ref(),
            request.passphrase.as_deref(),
            PassphraseCost::STANDARD,
        )?;
        let demo_people = request.with_demo_data.then_some(DEMO_PEOPLE);
        let (store, _created) =
            session::create_store(&shared.data_dir, new_key, request.pin.as_deref(), demo_people)?;
        self.install(store);
        *lock(&shared.problem) = None;
        Ok(self.status())
    }

    /// Keeps the opened store, after what the core does at every opening (retention). A
    /// failure there does not keep the mediator out: it is tried again at the next opening,
    /// and whatever was done is in the audit log.
    fn install(&self, mut store: Store) {
        let _ = session::at_opening(&mut store);
        *lock(&self.0.store) = Some(store);
    }

    /// Opens a passphrase-protected store, or retries a keyring that did not answer.
    pub fn unlock(&self, passphrase: Option<&str>) -> Result<AppStatus, ErrorDto> {
        match self.open_with(passphrase) {
            Some(error) => Err(error),
            None => Ok(self.status()),
        }
    }

    /// Opens the store with its recovery key and protects the key anew: with `passphrase` when
    /// given or when no keyring answers, with the keyring otherwise.
    pub fn recover(&self, recovery_key: &str, passphrase: Option<&str>) -> Result<AppStatus, ErrorDto> {
        let shared = &self.0;
        let new_key =
            session::protection_for_new_store(shared.keyring.as_ref(), passphrase, PassphraseCost::STANDARD)?;
        let store = Store::recover(&shared.data_dir, recovery_key, new_key)?;
        self.install(store);
        *lock(&shared.problem) = None;
        Ok(self.status())
    }

    /// Protects the key with the keyring (`new_passphrase` absent) or a new passphrase;
    /// `current_passphrase` proves the present one when there is one.
    pub fn change_key_protection(
        &self,
        current_passphrase: Option<&str>,
        new_passphrase: Option<&str>,
    ) -> Result<AppStatus, ErrorDto> {
        let keyring = self.0.keyring.as_ref();
        let new_key = match new_passphrase {
            Some(passphrase) => NewKey::Passphrase { passphrase, cost: PassphraseCost::STANDARD },
            None => NewKey::Keyring(
                keyring.ok_or_else(|| CoreError::KeyringUnavailable("no keyring answered".into()))?,
            ),
        };
        let current = Credentials { keyring, passphrase: current_passphrase };
        self.with_store(|store| store.change_key_protection(&current, new_key))?;
        Ok(self.status())
    }

    pub fn recovery_sheet(&self) -> Result<RecoverySheet, ErrorDto> {
        self.with_store(|store| store.recovery_sheet())
    }

    /// Runs one core operation on the open store; refused while the window is locked.
    pub fn with_store<T>(&self, operation: impl FnOnce(&mut Store) -> CoreResult<T>) -> Result<T, ErrorDto> {
        if self.0.screen_locked.load(Ordering::SeqCst) {
            return Err(CoreError::StoreLocked.into());
        }
        self.with_open_store(operation)
    }

    /// The open store, locked window or not: for the lock itself.
    fn with_open_store<T>(&self, operation: impl FnOnce(&mut Store) -> CoreResult<T>) -> Result<T, ErrorDto> {
        let mut guard = lock(&self.0.store);
        let store = guard.as_mut().ok_or_else(|| ErrorDto::from(CoreError::StoreLocked))?;
        Ok(operation(store)?)
    }

    /// Locks the window (idle time or on demand).
    pub fn lock_screen(&self) -> AppStatus {
        if lock(&self.0.store).is_some() {
            self.0.screen_locked.store(true, Ordering::SeqCst);
        }
        self.status()
    }

    /// Unlocks the window with the PIN.
    pub fn unlock_screen_with_pin(&self, pin: &str) -> Result<PinCheck, ErrorDto> {
        let check = self.with_open_store(|store| store.check_unlock_pin(pin))?;
        if check == PinCheck::Accepted {
            self.0.screen_locked.store(false, Ordering::SeqCst);
        }
        Ok(check)
    }

    /// Unlocks the window with the passphrase, or a keyring store's recovery key: the way back
    /// after too many wrong PINs, or when no PIN was chosen.
    pub fn unlock_screen_with_secret(&self, secret: &str) -> Result<AppStatus, ErrorDto> {
        self.with_open_store(|store| store.unlock_with_secret(secret))?;
        self.0.screen_locked.store(false, Ordering::SeqCst);
        Ok(self.status())
    }
}
