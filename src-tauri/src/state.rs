//! What the window holds between commands: where the data lives and the open store. The
//! decisions (create, open, recover) are the core's `session` policy, shared with the CLI.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};
use std::thread::JoinHandle;

use escale_core::backup::{self, BackupSecret, ExistingData};
use escale_core::people::PersonView;
use escale_core::session::{self, Access, Laptop, LockSettings, MediatorStore, PinCheck, RecoverySheet, UnlockSecret};
use escale_core::storage::key::{self, CredentialStore, PassphraseCost};
use escale_core::storage::{Credentials, KeyProtection, NewKey};
use escale_core::{CoreError, CoreResult, DataDir, Store};
use escale_documents::saving::{PrintRequest, SavedPaper};
use escale_speech::{Output, Reader, ReadingEnd, SpeechError, Voice};
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use crate::at_rest::ReleaseWhenQuiet;
use crate::error::ErrorDto;

/// Where the app stands: it needs a store created, a store unlocked, the recovery key, or it
/// is ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum StorePhase {
    /// Several mediators keep their data on this laptop: the one at the keyboard chooses theirs
    /// (or adds themself).
    ChooseMediator,
    NeedsSetup,
    Locked,
    /// A database is here but only its recovery key opens it (key settings lost, keyring
    /// emptied, new laptop). Never an invitation to start over.
    NeedsRecovery,
    /// The store is open but the window is locked (idle time, or on demand): nothing personal
    /// is shown and every data command is refused until the PIN (or a stronger secret) is given.
    ScreenLocked,
    /// The screen is turned toward one person: it shows only their own next steps, and every
    /// command but the view's own is refused until the mediator unlocks (as from the lock).
    PersonView,
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
    /// The mediators who keep a store on this laptop (an empty name: never named).
    pub mediators: Vec<MediatorStore>,
    /// The id of the chosen mediator's store, once one is chosen.
    pub mediator: Option<String>,
    /// Whether the keyring may protect the chosen store: not on a laptop that several mediators
    /// share, where every store has its own passphrase.
    pub keyring_may_protect: bool,
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

/// A mediator added beside the others: their name in the list, their passphrase (always: see
/// [`Laptop`]) and optional PIN. Secrets are wiped from memory on drop.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewMediatorRequest {
    pub name: String,
    pub passphrase: String,
    pub pin: Option<String>,
}

impl Drop for NewMediatorRequest {
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
    laptop: Laptop,
    /// The chosen mediator's id and store folder; `None` while several mediators share the
    /// laptop and none was chosen.
    data_dir: Mutex<Option<(String, DataDir)>>,
    /// The system keyring, once looked for (`None` inside: no keyring answers).
    keyring: OnceLock<Option<Arc<CredentialStore>>>,
    /// The opening of the store at start, on a thread of its own so that the window and its web
    /// view start meanwhile; every command waits for it first ([`AppState::wait_for_opening`]).
    opening: Mutex<Option<JoinHandle<()>>>,
    store: Mutex<Option<Store>>,
    /// Why the store could not be opened, when it could not.
    problem: Mutex<Option<OpeningProblem>>,
    /// The window is locked: data commands are refused until an unlock.
    screen_locked: AtomicBool,
    /// The person the screen is turned toward, while it is: only the view's own commands run.
    person_view: Mutex<Option<String>>,
    /// Reading aloud (one reading at a time).
    reader: Reader,
    /// Long work under way (a backup, a restore): how far it is, for the progress bar.
    progress: Mutex<Option<WorkProgress>>,
    /// The mediator pressed "Cancel" during the long work under way.
    cancel_requested: AtomicBool,
    /// The papers saved since the window opened: the only files the viewer may be asked to open.
    saved_papers: Mutex<Vec<std::path::PathBuf>>,
    /// The file of people being imported, as read when the mediator chose it: the preview and
    /// the import read the same table, even if the file changes on disk meanwhile.
    people_file: Mutex<Option<Arc<crate::import::HeldPeopleFile>>>,
    /// Gives the store's cache back once commands stop for a moment (the window's state only).
    at_rest: OnceLock<ReleaseWhenQuiet>,
}

/// How far the long work under way is, in bytes of the database read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkProgress {
    #[ts(type = "number")]
    pub done: u64,
    /// 0 until the size is known.
    #[ts(type = "number")]
    pub total: u64,
}

/// A backup to restore at first start: the file, what opens it (the recovery key, or the
/// passphrase the data had when it was made), and optionally a new passphrase. Secrets are
/// wiped from memory on drop.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreRequest {
    pub path: String,
    pub secret: String,
    /// Whether `secret` is the recovery key (otherwise the backup's passphrase).
    pub secret_is_recovery_key: bool,
    pub new_passphrase: Option<String>,
}

impl Drop for RestoreRequest {
    fn drop(&mut self) {
        self.secret.zeroize();
        self.new_passphrase.zeroize();
    }
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
    /// Starts opening the store on a thread of its own and returns at once, so that the window
    /// and its web view start meanwhile: the thread looks for the keyring and, when the laptop
    /// holds a single store whose key is at hand, opens it. Every command waits for it first.
    /// `laptop_folder` is the data folder (several mediators' stores live inside).
    pub fn start(laptop_folder: DataDir, passphrase_from_environment: Option<String>) -> AppState {
        let state = AppState::unopened(laptop_folder);
        let opener = state.clone();
        // Wiped on drop, whichever way the thread goes (or if it never starts).
        let mut passphrase = zeroize::Zeroizing::new(passphrase_from_environment);
        let opening = std::thread::Builder::new().name("store-opening".into()).spawn(move || {
            let keyring = key::system_keyring().ok().filter(key::keyring_answers);
            opener.open_first(keyring, passphrase.take());
            crate::startup_probe::mark(crate::startup_probe::StartupMark::StoreOpened);
        });
        // The thread holds the state weakly: it never keeps a closed window's store alive.
        let shared = Arc::downgrade(&state.0);
        let at_rest = ReleaseWhenQuiet::start(crate::at_rest::QUIET, move || {
            if let Some(shared) = shared.upgrade() {
                // A command under way holds the store: it will note its activity when done.
                if let Ok(store) = shared.store.try_lock()
                    && let Some(store) = store.as_ref()
                {
                    let _ = store.release_memory();
                }
            }
            crate::at_rest::give_back_freed_memory();
        });
        if let Ok(at_rest) = at_rest {
            let _ = state.0.at_rest.set(at_rest);
        }
        match opening {
            Ok(handle) => *lock(&state.0.opening) = Some(handle),
            // No thread to be had: the closure was dropped unrun, its passphrase wiped.
            Err(_) => *lock(&state.0.problem) = Some(OpeningProblem { error: ErrorDto::command_failed(), calls_for_recovery: false }),
        }
        state
    }

    /// As [`AppState::start`], with the keyring chosen by the caller (`None`: no keyring
    /// answers), and opened before it returns.
    pub fn with_keyring(
        laptop_folder: DataDir,
        keyring: Option<Arc<CredentialStore>>,
        passphrase_from_environment: Option<String>,
    ) -> AppState {
        let state = AppState::unopened(laptop_folder);
        state.open_first(keyring, passphrase_from_environment);
        state
    }

    fn unopened(laptop_folder: DataDir) -> AppState {
        AppState(Arc::new(SharedState {
            laptop: Laptop::new(&laptop_folder),
            data_dir: Mutex::new(None),
            keyring: OnceLock::new(),
            opening: Mutex::new(None),
            store: Mutex::new(None),
            problem: Mutex::new(None),
            screen_locked: AtomicBool::new(false),
            person_view: Mutex::new(None),
            reader: Reader::default(),
            progress: Mutex::new(None),
            cancel_requested: AtomicBool::new(false),
            saved_papers: Mutex::new(Vec::new()),
            people_file: Mutex::new(None),
            at_rest: OnceLock::new(),
        }))
    }

    /// The first opening: remembers the keyring, then opens the laptop's single store when its
    /// key is at hand (several mediators: the window asks who is at the keyboard).
    fn open_first(&self, keyring: Option<Arc<CredentialStore>>, mut passphrase_from_environment: Option<String>) {
        let _ = self.0.keyring.set(keyring);
        match self.0.laptop.single_store() {
            Ok(data_dir) => {
                let id = self.id_of(&data_dir);
                *lock(&self.0.data_dir) = Some((id, data_dir));
                self.open_with(passphrase_from_environment.as_deref());
            }
            Err(CoreError::MediatorNotChosen) => {}
            Err(error) => *lock(&self.0.problem) = Some(OpeningProblem::from(error)),
        }
        passphrase_from_environment.zeroize();
    }

    /// Waits until the opening begun by [`AppState::start`] is done. Commands call it first, so
    /// none sees a store half opened; once done it returns at once. A panic while opening
    /// leaves the store closed with an error, and the window shows the unlock screen.
    pub fn wait_for_opening(&self) {
        let mut opening = lock(&self.0.opening);
        if let Some(handle) = opening.take()
            && handle.join().is_err()
        {
            *lock(&self.0.problem) = Some(OpeningProblem { error: ErrorDto::command_failed(), calls_for_recovery: false });
        }
    }

    /// A command has just run: the memory is given back once commands stop for a moment.
    pub fn note_activity(&self) {
        if let Some(at_rest) = self.0.at_rest.get() {
            at_rest.note_activity();
        }
    }

    /// The system keyring, when one answers.
    fn keyring(&self) -> Option<&Arc<CredentialStore>> {
        self.0.keyring.get().and_then(Option::as_ref)
    }

    /// The id in the list of mediators of the store in `data_dir`.
    fn id_of(&self, data_dir: &DataDir) -> String {
        let laptop = &self.0.laptop;
        laptop
            .stores()
            .unwrap_or_default()
            .into_iter()
            .find(|store| laptop.store(&store.id).is_ok_and(|found| found.path() == data_dir.path()))
            .map(|store| store.id)
            .unwrap_or_else(|| session::FIRST_MEDIATOR_ID.to_owned())
    }

    /// The chosen store's folder, or the error that says a mediator must be chosen first.
    fn data_dir(&self) -> Result<DataDir, ErrorDto> {
        lock(&self.0.data_dir)
            .as_ref()
            .map(|(_, data_dir)| data_dir.clone())
            .ok_or_else(|| CoreError::MediatorNotChosen.into())
    }

    /// Applies the session policy; remembers the store, or why there is none.
    fn open_with(&self, passphrase: Option<&str>) -> Option<ErrorDto> {
        let shared = &self.0;
        let data_dir = match self.data_dir() {
            Ok(data_dir) => data_dir,
            Err(error) => return Some(error),
        };
        let (store, problem) = match session::open_at_start(&data_dir, self.keyring(), passphrase) {
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
        let chosen = lock(&shared.data_dir).clone();
        let store = lock(&shared.store);
        let problem = lock(&shared.problem);
        let phase = match &chosen {
            None => StorePhase::ChooseMediator,
            Some(_) if store.is_some() && shared.screen_locked.load(Ordering::SeqCst) => StorePhase::ScreenLocked,
            Some(_) if store.is_some() && lock(&shared.person_view).is_some() => StorePhase::PersonView,
            Some(_) if store.is_some() => StorePhase::Ready,
            Some((_, data_dir)) if !data_dir.has_database() => StorePhase::NeedsSetup,
            Some(_) if problem.as_ref().is_some_and(|problem| problem.calls_for_recovery) => StorePhase::NeedsRecovery,
            Some(_) => StorePhase::Locked,
        };
        let data_dir = chosen.as_ref().map(|(_, data_dir)| data_dir);
        AppStatus {
            phase,
            protection: data_dir.and_then(|dir| dir.key_settings().ok()).map(|settings| settings.protection),
            keyring_available: self.keyring().is_some(),
            data_dir: data_dir.unwrap_or(&shared.laptop.first_store_folder()).path().display().to_string(),
            mediators: shared.laptop.stores().unwrap_or_default(),
            mediator: chosen.as_ref().map(|(id, _)| id.clone()),
            keyring_may_protect: data_dir.is_none_or(|dir| session::keyring_may_protect(dir).unwrap_or(false)),
            unlock_error: problem.as_ref().map(|problem| problem.error.clone()),
            lock: store.as_ref().and_then(|store| store.lock_settings().ok()),
        }
    }

    /// Chooses whose store to open on a shared laptop; opens it when its key is at hand (it
    /// never is for a passphrase store: the unlock screen follows).
    pub fn choose_mediator(&self, id: &str) -> Result<AppStatus, ErrorDto> {
        let data_dir = self.0.laptop.store(id)?;
        self.close_store();
        *lock(&self.0.data_dir) = Some((id.to_owned(), data_dir));
        self.open_with(None);
        Ok(self.status())
    }

    /// Closes the open store and returns to the list of mediators: for another mediator at the
    /// keyboard, or to add one.
    pub fn leave_store(&self) -> AppStatus {
        self.close_store();
        *lock(&self.0.data_dir) = None;
        self.status()
    }

    fn close_store(&self) {
        *lock(&self.0.store) = None;
        *lock(&self.0.people_file) = None;
        *lock(&self.0.problem) = None;
        self.0.screen_locked.store(false, Ordering::SeqCst);
        self.leave_person_view();
    }

    /// Adds a mediator beside the others, under their own passphrase, and opens their new store.
    pub fn add_mediator(&self, request: &NewMediatorRequest) -> Result<AppStatus, ErrorDto> {
        let (added, store, _created) = self.0.laptop.add_mediator(
            &request.name,
            &request.passphrase,
            PassphraseCost::STANDARD,
            request.pin.as_deref(),
        )?;
        self.close_store();
        let data_dir = self.0.laptop.store(&added.id)?;
        *lock(&self.0.data_dir) = Some((added.id, data_dir));
        self.install(store);
        Ok(self.status())
    }

    /// Names the chosen mediator in the list of mediators (refused while the window is locked).
    pub fn rename_mediator(&self, name: &str) -> Result<AppStatus, ErrorDto> {
        self.with_store(|_| Ok(()))?;
        let id = lock(&self.0.data_dir).as_ref().map(|(id, _)| id.clone()).ok_or(CoreError::MediatorNotChosen)?;
        self.0.laptop.rename_mediator(&id, name)?;
        Ok(self.status())
    }

    /// Creates the store (a passphrase when one is given or no keyring answers, the keyring
    /// otherwise), optionally with demo data.
    pub fn set_up(&self, request: &SetupRequest) -> Result<AppStatus, ErrorDto> {
        let shared = &self.0;
        let data_dir = self.data_dir()?;
        let new_key = session::protection_for_new_store(
            &data_dir,
            self.keyring(),
            request.passphrase.as_deref(),
            PassphraseCost::STANDARD,
        )?;
        let demo_people = request.with_demo_data.then_some(DEMO_PEOPLE);
        let (store, _created) = self.with_progress(|progress| {
            session::create_store(&data_dir, new_key, request.pin.as_deref(), demo_people, progress)
        })?;
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
        let data_dir = self.data_dir()?;
        let new_key =
            session::protection_for_new_store(&data_dir, self.keyring(), passphrase, PassphraseCost::STANDARD)?;
        let store = Store::recover(&data_dir, recovery_key, new_key)?;
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
        let keyring = self.keyring();
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

    /// Runs long work that reports its progress (read by [`AppState::work_progress`] while it
    /// runs) and stops when the mediator cancels.
    pub fn with_progress<T>(&self, work: impl FnOnce(&dyn Fn(u64, u64) -> bool) -> T) -> T {
        let shared = &self.0;
        shared.cancel_requested.store(false, Ordering::SeqCst);
        *lock(&shared.progress) = Some(WorkProgress { done: 0, total: 0 });
        let report = |done: u64, total: u64| {
            *lock(&shared.progress) = Some(WorkProgress { done, total });
            !shared.cancel_requested.load(Ordering::SeqCst)
        };
        let result = work(&report);
        *lock(&shared.progress) = None;
        result
    }

    /// The file of people read for an import (see `crate::import`).
    pub fn people_file(&self) -> MutexGuard<'_, Option<Arc<crate::import::HeldPeopleFile>>> {
        lock(&self.0.people_file)
    }

    /// How far the long work under way is; `None` when there is none.
    pub fn work_progress(&self) -> Option<WorkProgress> {
        *lock(&self.0.progress)
    }

    /// Asks the long work under way to stop (it cleans up after itself).
    pub fn cancel_work(&self) {
        self.0.cancel_requested.store(true, Ordering::SeqCst);
    }

    /// Restores a backup where there is no data yet (a new laptop, a new install), after
    /// checking it through and through; the key is then protected as the core's policy says.
    pub fn restore_at_start(&self, request: &RestoreRequest) -> Result<AppStatus, ErrorDto> {
        let data_dir = self.data_dir()?;
        let secret = if request.secret_is_recovery_key {
            BackupSecret::RecoveryKey(&request.secret)
        } else {
            BackupSecret::Passphrase(&request.secret)
        };
        let new_key = session::protection_for_restore(
            &data_dir,
            self.keyring(),
            secret,
            request.new_passphrase.as_deref(),
            PassphraseCost::STANDARD,
        )?;
        let path = std::path::Path::new(&request.path);
        let restored = self.with_progress(|progress| {
            backup::restore_backup_with_progress(path, secret, &data_dir, new_key, ExistingData::Refuse, progress)
        })?;
        self.install(restored.store);
        *lock(&self.0.problem) = None;
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

    /// Unlocks the window with the PIN (from the lock, or from the screen turned toward a person).
    pub fn unlock_screen_with_pin(&self, pin: &str) -> Result<PinCheck, ErrorDto> {
        let check = self.with_open_store(|store| store.check_unlock_pin(pin))?;
        if check == PinCheck::Accepted {
            self.0.screen_locked.store(false, Ordering::SeqCst);
            self.leave_person_view();
        }
        Ok(check)
    }

    /// Unlocks the window with the passphrase, or a keyring store's recovery key: the way back
    /// after too many wrong PINs, or when no PIN was chosen.
    pub fn unlock_screen_with_secret(&self, secret: &str) -> Result<AppStatus, ErrorDto> {
        self.with_open_store(|store| {
            // The screen turned toward a person never goes back for nothing, even if a keyring
            // store's lock would (it cannot be turned without a secret: see `person_view`).
            if lock(&self.0.person_view).is_some() && store.lock_settings()?.unlocks_with == UnlockSecret::Nothing {
                return Err(CoreError::PinNotSet);
            }
            store.unlock_with_secret(secret)
        })?;
        self.0.screen_locked.store(false, Ordering::SeqCst);
        self.leave_person_view();
        Ok(self.status())
    }

    /// Turns the screen toward person `id` and says what it shows; without `id`, what the
    /// screen turned toward the person shows now (the page was loaded again). While it is
    /// turned, no other person can be asked for. It turns only when a secret of the mediator's
    /// (the PIN, else the passphrase) brings the window back: never for a keyring store without
    /// a PIN, where nothing would.
    pub fn person_view(&self, id: Option<&str>) -> Result<PersonView, ErrorDto> {
        let today = escale_core::clock::today();
        // Never held while the store is: `status` takes the store first.
        let shown = lock(&self.0.person_view).clone();
        let id = match (shown, id) {
            (Some(shown), Some(asked)) if shown != asked => return Err(CoreError::StoreLocked.into()),
            (Some(shown), _) => shown,
            (None, Some(asked)) => asked.to_owned(),
            (None, None) => return Err(CoreError::NotFound { entity: "beneficiary", id: String::new() }.into()),
        };
        let view = self.with_store(|store| {
            if store.lock_settings()?.unlocks_with == UnlockSecret::Nothing {
                return Err(CoreError::PinNotSet);
            }
            store.person_view(&id, today)
        })?;
        let mut shown = lock(&self.0.person_view);
        if shown.as_ref().is_some_and(|shown| *shown != id) {
            // Another person's view was turned meanwhile: this one is not shown.
            return Err(CoreError::StoreLocked.into());
        }
        *shown = Some(id);
        Ok(view)
    }

    /// Back to the mediator's screens: nothing of the person's view stays, and nothing is read.
    fn leave_person_view(&self) {
        *lock(&self.0.person_view) = None;
        self.0.reader.stop();
    }

    /// Refuses every command but the view's own (`PERSON_VIEW_COMMANDS`) while the screen is
    /// turned toward a person, so that a script in the page cannot leave it either.
    pub fn refuse_during_person_view(&self, command: &str) -> Result<(), ErrorDto> {
        if lock(&self.0.person_view).is_some() && !PERSON_VIEW_COMMANDS.contains(&command) {
            return Err(CoreError::StoreLocked.into());
        }
        Ok(())
    }

    /// The voices of the laptop's engine for `language`: none when it has none.
    pub fn reading_voices(&self, language: &str) -> Result<Vec<Voice>, ErrorDto> {
        escale_speech::voices(language).map_err(speech_error)
    }

    /// Reads `text` aloud in `language` (stopping any reading under way); returns when it is read
    /// or stopped.
    pub fn read_aloud(&self, language: &str, text: &str) -> Result<ReadingEnd, ErrorDto> {
        self.0.reader.read(language, text, &Output::Speakers).map_err(speech_error)
    }

    pub fn stop_reading(&self) {
        self.0.reader.stop();
    }

    /// Makes a paper and saves it where the mediator chose; remembers it for the viewer.
    pub fn print_to_folder(&self, request: &PrintRequest) -> Result<SavedPaper, ErrorDto> {
        let saved = self.with_store(|store| escale_documents::saving::print_to_folder(store, request))?;
        lock(&self.0.saved_papers).push(std::path::PathBuf::from(&saved.path));
        Ok(saved)
    }

    /// Opens a paper saved this session in the laptop's PDF viewer (to print it). Any other path
    /// is refused: the window cannot make Escale open files it did not write.
    pub fn open_saved_paper(&self, path: &str) -> Result<(), ErrorDto> {
        let path = std::path::PathBuf::from(path);
        if !lock(&self.0.saved_papers).contains(&path) {
            return Err(CoreError::NotFound { entity: "paper", id: String::new() }.into());
        }
        crate::viewer::open_in_viewer(&path).map_err(|_| ErrorDto::with_code("viewer-not-started"))
    }
}

/// The commands that run while the screen is turned toward a person: where the app stands, the
/// view itself, the two ways back (the PIN, the stronger secret) and reading aloud.
pub const PERSON_VIEW_COMMANDS: &[&str] = &[
    "app_status",
    "person_view",
    "unlock_screen_with_pin",
    "unlock_screen_with_secret",
    "reading_voices",
    "read_aloud",
    "stop_reading",
];

fn speech_error(error: SpeechError) -> ErrorDto {
    ErrorDto::with_code(error.code())
}
