//! The encrypted local store: one SQLCipher database in the data directory.
//!
//! Every write goes through [`Store::write`], which runs in one immediate transaction and
//! returns only after SQLite has committed it with `synchronous=FULL`: when the caller says
//! "saved", the data survives a power cut.

pub(crate) mod failure;
pub mod key;
mod migrations;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use keyring_core::CredentialStore;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use key::{DatabaseKey, KeyProtection, KeySettings, PassphraseCost};
pub use migrations::{MIGRATIONS, Migration};

use crate::error::{CoreError, CoreResult};

const DATABASE_FILE: &str = "escale.db";
const KEY_SETTINGS_FILE: &str = "key-settings.json";

/// The folder holding one Escale store: the database and its key settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    path: PathBuf,
}

impl DataDir {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        DataDir { path: path.into() }
    }

    /// The folder shared by the desktop app and the command line: `ESCALE_DATA_DIR` when set,
    /// otherwise the platform's per-user application data folder (on Linux
    /// `$XDG_DATA_HOME/fr.escale.app`, by default `~/.local/share/fr.escale.app`).
    pub fn default_location() -> Self {
        if let Some(path) = std::env::var_os("ESCALE_DATA_DIR").filter(|p| !p.is_empty()) {
            return DataDir::new(path);
        }
        let env_path = |name: &str| std::env::var_os(name).filter(|p| !p.is_empty()).map(PathBuf::from);
        let base = if cfg!(target_os = "windows") {
            env_path("APPDATA").unwrap_or_else(|| PathBuf::from("."))
        } else if cfg!(target_os = "macos") {
            env_path("HOME").unwrap_or_else(|| PathBuf::from(".")).join("Library/Application Support")
        } else {
            env_path("XDG_DATA_HOME").unwrap_or_else(|| {
                env_path("HOME").unwrap_or_else(|| PathBuf::from(".")).join(".local/share")
            })
        };
        DataDir::new(base.join(crate::APP_IDENTIFIER))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn database_path(&self) -> PathBuf {
        self.path.join(DATABASE_FILE)
    }

    fn key_settings_path(&self) -> PathBuf {
        self.path.join(KEY_SETTINGS_FILE)
    }

    /// A data directory is initialised once its key settings are in place (written last).
    pub fn is_initialised(&self) -> bool {
        self.key_settings_path().is_file()
    }

    pub fn key_settings(&self) -> CoreResult<KeySettings> {
        if !self.is_initialised() {
            return Err(CoreError::NotInitialised(self.path.display().to_string()));
        }
        KeySettings::load(&self.key_settings_path())
    }

    fn display(&self) -> String {
        self.path.display().to_string()
    }

    /// Removes what an interrupted creation left (a database nobody has the key settings of).
    fn remove_unfinished_creation(&self) -> CoreResult<()> {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let path = self.path.join(format!("{DATABASE_FILE}{suffix}"));
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => return Err(CoreError::io(&path, error)),
            }
        }
        Ok(())
    }
}

/// How a new data directory's key is to be protected.
pub enum NewKey<'a> {
    Keyring(&'a Arc<CredentialStore>),
    Passphrase { passphrase: &'a str, cost: PassphraseCost },
}

/// An open, unlocked, migrated store.
pub struct Store {
    connection: Connection,
    data_dir: DataDir,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("data_dir", &self.data_dir).finish_non_exhaustive()
    }
}

impl Store {
    /// Creates a new encrypted store in `data_dir`, protecting its key as asked.
    pub fn create(data_dir: &DataDir, new_key: NewKey<'_>) -> CoreResult<Store> {
        if data_dir.is_initialised() {
            return Err(CoreError::AlreadyInitialised(data_dir.display()));
        }
        // Refuse a weak passphrase before touching the disk: a refused creation leaves no trace.
        if let NewKey::Passphrase { passphrase, .. } = &new_key
            && passphrase.chars().count() < key::MINIMUM_PASSPHRASE_LENGTH
        {
            return Err(CoreError::PassphraseTooShort { min: key::MINIMUM_PASSPHRASE_LENGTH });
        }
        std::fs::create_dir_all(data_dir.path()).map_err(|error| CoreError::io(data_dir.path(), error))?;
        restrict_to_owner(data_dir.path());
        data_dir.remove_unfinished_creation()?;

        let (settings, key) = match new_key {
            NewKey::Keyring(keyring) => {
                let settings = KeySettings::for_keyring();
                let key = DatabaseKey::random()?;
                settings.save_to_keyring(keyring, &key)?;
                (settings, key)
            }
            NewKey::Passphrase { passphrase, cost } => {
                let settings = KeySettings::for_passphrase(cost)?;
                let key = settings.key_from_passphrase(passphrase)?;
                (settings, key)
            }
        };

        let created = Store::open_connection(data_dir, &key).and_then(|store| {
            write_file_durably(&data_dir.key_settings_path(), settings.to_json().as_bytes())?;
            Ok(store)
        });
        if created.is_err() {
            if let NewKey::Keyring(keyring) = new_key {
                settings.forget_keyring_key(keyring);
            }
            let _ = data_dir.remove_unfinished_creation();
        }
        created
    }

    /// Opens the store of an initialised data directory with its key.
    /// A wrong key is [`CoreError::WrongKey`] and leaves the files untouched.
    pub fn open(data_dir: &DataDir, key: &DatabaseKey) -> CoreResult<Store> {
        if !data_dir.is_initialised() || !data_dir.database_path().is_file() {
            return Err(CoreError::NotInitialised(data_dir.display()));
        }
        Store::open_connection(data_dir, key)
    }

    fn open_connection(data_dir: &DataDir, key: &DatabaseKey) -> CoreResult<Store> {
        let path = data_dir.database_path();
        let connection = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|error| failure::classify_cannot_open(data_dir.path(), error))?;
        // SQLCipher's own logger writes to stderr (page numbers, HMAC failures); the core
        // reports through typed errors only.
        connection.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        connection.pragma_update(None, "key", &*key.pragma_value())?;
        // The first read proves the key. Nothing has been written yet, so a wrong key leaves
        // the file exactly as it was.
        let check: rusqlite::Result<i64> =
            connection.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0));
        match check {
            Ok(_) => {}
            Err(rusqlite::Error::SqliteFailure(error, _))
                if error.code == rusqlite::ErrorCode::NotADatabase =>
            {
                return Err(failure::wrong_key_or_damage(&connection, &path));
            }
            Err(error) => return Err(failure::classify_cannot_open(data_dir.path(), error)),
        }
        connection.busy_timeout(Duration::from_secs(5))?;
        // WAL: readers (the CLI) never block the writer (the app). FULL: a commit is on disk.
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        // Temporary tables and sort files stay in memory: nothing unencrypted spills to disk.
        connection.pragma_update(None, "temp_store", "MEMORY")?;
        // 32 MiB of decrypted pages kept in memory (the default is 8): every page read from the
        // disk costs a decryption and an HMAC check, and name searches revisit the same pages.
        connection.pragma_update(None, "cache_size", -32_000)?;
        restrict_to_owner(&path);

        let mut store = Store { connection, data_dir: data_dir.clone() };
        migrations::migrate(&mut store.connection)?;
        Ok(store)
    }

    pub fn data_dir(&self) -> &DataDir {
        &self.data_dir
    }

    /// The version of the newest migration applied.
    pub fn schema_version(&self) -> CoreResult<String> {
        migrations::current_version(&self.connection)
    }

    /// Runs `work` in one immediate transaction, committed durably, or not at all.
    pub(crate) fn write<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> CoreResult<T>,
    ) -> CoreResult<T> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = work(&transaction)?;
        transaction.commit()?;
        Ok(value)
    }

    /// Read access for queries.
    pub(crate) fn reader(&self) -> &Connection {
        &self.connection
    }

    /// The current value of a connection setting (`journal_mode`, `synchronous`…), as text.
    /// For diagnostics and tests: only query pragmas that change nothing.
    #[doc(hidden)]
    pub fn pragma(&self, name: &str) -> CoreResult<String> {
        use rusqlite::types::Value;
        let value: Value = self.connection.pragma_query_value(None, name, |row| row.get(0))?;
        Ok(match value {
            Value::Null => String::new(),
            Value::Integer(number) => number.to_string(),
            Value::Real(number) => number.to_string(),
            Value::Text(text) => text,
            Value::Blob(bytes) => hex::encode(bytes),
        })
    }

    /// Folds the write-ahead log back into the database file (for backups and tests).
    pub fn checkpoint(&self) -> CoreResult<()> {
        self.connection.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }
}

/// Writes a small file so that it is either wholly there or not at all, even after a power cut.
fn write_file_durably(path: &Path, contents: &[u8]) -> CoreResult<()> {
    use std::io::Write;
    let temporary = path.with_extension("tmp");
    let mut file = std::fs::File::create(&temporary).map_err(|error| CoreError::io(&temporary, error))?;
    file.write_all(contents).map_err(|error| CoreError::io(&temporary, error))?;
    file.sync_all().map_err(|error| CoreError::io(&temporary, error))?;
    drop(file);
    std::fs::rename(&temporary, path).map_err(|error| CoreError::io(path, error))?;
    if let Some(parent) = path.parent() {
        // The rename itself must reach the disk: sync the folder (not possible on Windows).
        if let Ok(folder) = std::fs::File::open(parent) {
            let _ = folder.sync_all();
        }
    }
    restrict_to_owner(path);
    Ok(())
}

/// On Unix, other accounts of a shared laptop may not even list or read the data.
fn restrict_to_owner(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o700 } else { 0o600 };
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// What a consumer has at hand to unlock a store: the OS keyring if one answers, a passphrase
/// if the person typed one (or `ESCALE_PASSPHRASE` gave it).
#[derive(Default)]
pub struct Credentials<'a> {
    pub keyring: Option<&'a Arc<CredentialStore>>,
    pub passphrase: Option<&'a str>,
}

impl Store {
    /// Opens an initialised store with the protection recorded in its key settings.
    pub fn unlock(data_dir: &DataDir, credentials: &Credentials<'_>) -> CoreResult<Store> {
        let settings = data_dir.key_settings()?;
        let key = match settings.protection {
            KeyProtection::Keyring => {
                let keyring = credentials
                    .keyring
                    .ok_or_else(|| CoreError::KeyringUnavailable("no keyring answered".into()))?;
                settings.key_from_keyring(keyring)?
            }
            KeyProtection::Passphrase => {
                let passphrase = credentials.passphrase.ok_or(CoreError::PassphraseRequired)?;
                settings.key_from_passphrase(passphrase)?
            }
        };
        Store::open(data_dir, &key)
    }
}
