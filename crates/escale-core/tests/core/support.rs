//! Shared helpers: a throw-away encrypted store, raw access to its tables, and small builders.
//!
//! Every test gets its own temporary folder and its own in-memory mock keyring, passed
//! explicitly (never a process-wide default store), so tests run in parallel without sharing
//! anything.

use std::collections::{BTreeMap, HashMap};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use escale_core::beneficiary::{Beneficiary, BeneficiaryInput};
use escale_core::storage::PassphraseCost;
use escale_core::storage::key::KEYRING_SERVICE;
use escale_core::{CoreError, CoreResult, DataDir, NewKey, Store, ValidationError};
use keyring_core::CredentialStore;

/// A new, empty in-memory keyring.
pub fn mock_keyring() -> Arc<CredentialStore> {
    keyring_core::mock::Store::new().expect("the mock keyring never fails to build")
}

/// A passphrase long enough to be accepted.
pub const PASSPHRASE: &str = "correct horse battery staple";

/// An encrypted store in a temporary folder, its key in a mock keyring.
/// Dereferences to the [`Store`], so tests call the store's API on it directly.
pub struct TestStore {
    // Field order matters: the store is dropped (closed) before its folder is removed.
    store: Option<Store>,
    pub keyring: Arc<CredentialStore>,
    pub folder: tempfile::TempDir,
}

impl TestStore {
    /// A new store protected by a fresh mock keyring.
    pub fn new() -> TestStore {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let keyring = mock_keyring();
        let store = Store::create(&DataDir::new(folder.path()), NewKey::Keyring(&keyring))
            .expect("a store is created in an empty folder with a working keyring");
        TestStore {
            store: Some(store),
            keyring,
            folder,
        }
    }

    pub fn data_dir(&self) -> DataDir {
        DataDir::new(self.folder.path())
    }

    /// Closes the store (the last connection folds the log back into the file).
    pub fn close(&mut self) {
        self.store = None;
    }

    /// Closes the store and opens it again with the key from the keyring.
    pub fn reopen(&mut self) {
        self.close();
        self.store = Some(
            open_with_keyring(&self.data_dir(), &self.keyring)
                .expect("the store reopens with its keyring"),
        );
    }

    /// The hexadecimal database key, as the mock keyring holds it.
    pub fn key_hex(&self) -> String {
        key_hex_in(&self.data_dir(), &self.keyring)
    }

    /// A second, raw SQLite connection to the database, unlocked with the key from the keyring:
    /// for looking at tables the API does not show.
    pub fn raw(&self) -> rusqlite::Connection {
        let connection = rusqlite::Connection::open(self.data_dir().database_path())
            .expect("the database file opens");
        connection
            .pragma_update(None, "key", format!("x'{}'", self.key_hex()))
            .expect("the key pragma is accepted");
        connection
            .busy_timeout(std::time::Duration::from_secs(5))
            .expect("a busy timeout can be set");
        connection
    }

    /// The number of rows of every ordinary table (FTS shadow tables included), to prove that
    /// a refused operation wrote nothing at all.
    pub fn row_counts(&self) -> BTreeMap<String, i64> {
        let connection = self.raw();
        let tables: Vec<String> = connection
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
            .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
            .expect("the schema is readable with the key");
        tables
            .into_iter()
            .map(|table| {
                let count = connection
                    .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |row| {
                        row.get(0)
                    })
                    .expect("every table can be counted");
                (table, count)
            })
            .collect()
    }
}

impl Deref for TestStore {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store.as_ref().expect("the test store is open")
    }
}

impl DerefMut for TestStore {
    fn deref_mut(&mut self) -> &mut Store {
        self.store.as_mut().expect("the test store is open")
    }
}

/// The keyring entry of a data directory, found without knowing how the core names it.
pub fn keyring_entry(data_dir: &DataDir, keyring: &Arc<CredentialStore>) -> keyring_core::Entry {
    let store_id = data_dir
        .key_settings()
        .expect("the key settings are readable")
        .store_id;
    let mut entries = keyring
        .search(&HashMap::from([
            ("service", KEYRING_SERVICE),
            ("user", store_id.as_str()),
        ]))
        .expect("the mock keyring can be searched");
    assert_eq!(
        entries.len(),
        1,
        "exactly one keyring entry belongs to this data directory"
    );
    entries.remove(0)
}

/// The hexadecimal database key of a keyring-protected data directory.
pub fn key_hex_of(data_dir: &DataDir, keyring: &Arc<CredentialStore>) -> String {
    key_hex_in(data_dir, keyring)
}

fn key_hex_in(data_dir: &DataDir, keyring: &Arc<CredentialStore>) -> String {
    keyring_entry(data_dir, keyring)
        .get_password()
        .expect("the keyring holds the database key")
}

/// Opens a keyring-protected store the way a consumer does.
pub fn open_with_keyring(data_dir: &DataDir, keyring: &Arc<CredentialStore>) -> CoreResult<Store> {
    let key = data_dir.key_settings()?.key_from_keyring(keyring)?;
    Store::open(data_dir, &key)
}

/// Creates a passphrase-protected store (fast Argon2 settings).
pub fn create_with_passphrase(data_dir: &DataDir, passphrase: &str) -> CoreResult<Store> {
    Store::create(
        data_dir,
        NewKey::Passphrase {
            passphrase,
            cost: PassphraseCost::FAST_FOR_TESTS,
        },
    )
}

/// Opens a passphrase-protected store the way a consumer does.
pub fn open_with_passphrase(data_dir: &DataDir, passphrase: &str) -> CoreResult<Store> {
    let key = data_dir.key_settings()?.key_from_passphrase(passphrase)?;
    Store::open(data_dir, &key)
}

/// The first validation error of a result, or a panic saying what came instead.
#[track_caller]
pub fn validation_error<T: std::fmt::Debug>(result: CoreResult<T>) -> ValidationError {
    validation_errors(result).remove(0)
}

/// Every validation error of a result, or a panic saying what came instead.
#[track_caller]
pub fn validation_errors<T: std::fmt::Debug>(result: CoreResult<T>) -> Vec<ValidationError> {
    match result {
        Err(CoreError::Invalid(errors)) => errors.as_slice().to_vec(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// A named person with nothing else filled in.
pub fn person(first_name: &str, last_name: &str) -> BeneficiaryInput {
    BeneficiaryInput {
        first_name: first_name.into(),
        last_name: last_name.into(),
        ..BeneficiaryInput::default()
    }
}

/// Creates a named person and returns them as stored.
#[track_caller]
pub fn add_person(store: &mut Store, first_name: &str, last_name: &str) -> Beneficiary {
    store
        .create_beneficiary(&person(first_name, last_name))
        .unwrap_or_else(|error| panic!("{first_name} {last_name} is a valid person: {error:?}"))
}

/// Everyone, as the list screen shows them.
pub fn everyone(store: &Store) -> Vec<escale_core::beneficiary::BeneficiarySummary> {
    store
        .search_beneficiaries("", 1000)
        .expect("the list of everyone is readable")
}

/// Reads every file of a folder whose name starts with `prefix` (the database and its
/// companions), by name.
pub fn files_starting_with(folder: &std::path::Path, prefix: &str) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(folder)
        .expect("the data folder is readable")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(prefix))
        .map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let bytes = std::fs::read(entry.path()).expect("a file of the data folder is readable");
            (name, bytes)
        })
        .collect()
}

/// Whether `needle` occurs anywhere in `haystack`.
pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty()
        && haystack
            .windows(needle.len())
            .any(|window| window == needle)
}
