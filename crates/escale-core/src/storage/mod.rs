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

use key::KeySettingsFiles;
pub use key::{DatabaseKey, KeyProtection, KeySettings, PassphraseCost, RecoveryKey};
pub use migrations::{MIGRATIONS, Migration, migrate_with};

use crate::error::{CoreError, CoreResult};

pub(crate) const DATABASE_FILE: &str = "escale.db";

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

    pub(crate) fn key_settings_files(&self) -> KeySettingsFiles {
        KeySettingsFiles::in_folder(&self.path)
    }

    /// Whether a database is here: a database file, or a write-ahead log, with something in it.
    /// An empty file holds nothing (a creation that stopped before its first page); anything
    /// else is data that no code path may delete or replace.
    pub fn has_database(&self) -> bool {
        let not_empty = |path: PathBuf| std::fs::metadata(path).map(|m| m.len() > 0).unwrap_or(false);
        not_empty(self.database_path()) || not_empty(self.path.join(format!("{DATABASE_FILE}-wal")))
    }

    /// A data directory is initialised once it holds a database, whatever became of its key
    /// settings (a database without them needs the recovery key, never a new setup).
    pub fn is_initialised(&self) -> bool {
        self.has_database()
    }

    /// The key settings, from their file or its mirror. Without a database they do not matter:
    /// [`CoreError::NotInitialised`].
    pub fn key_settings(&self) -> CoreResult<KeySettings> {
        if !self.has_database() {
            return Err(CoreError::NotInitialised(self.path.display().to_string()));
        }
        self.key_settings_files().load()
    }

    fn display(&self) -> String {
        self.path.display().to_string()
    }
}

/// How a store's key is to be protected (at creation, recovery or a change of protection).
pub enum NewKey<'a> {
    Keyring(&'a Arc<CredentialStore>),
    Passphrase { passphrase: &'a str, cost: PassphraseCost },
}

impl NewKey<'_> {
    /// Refuses a weak passphrase before anything is touched.
    pub(crate) fn check(&self) -> CoreResult<()> {
        if let NewKey::Passphrase { passphrase, .. } = self
            && passphrase.chars().count() < key::MINIMUM_PASSPHRASE_LENGTH
        {
            return Err(CoreError::PassphraseTooShort { min: key::MINIMUM_PASSPHRASE_LENGTH });
        }
        Ok(())
    }

    /// Settings protecting `key` as asked, for the store `store_id`; for the keyring, the key
    /// is stored there first.
    fn protect(&self, store_id: String, key: &DatabaseKey) -> CoreResult<KeySettings> {
        match self {
            NewKey::Keyring(keyring) => {
                let settings = KeySettings::for_keyring(store_id);
                settings.save_to_keyring(keyring, key)?;
                Ok(settings)
            }
            NewKey::Passphrase { passphrase, cost } => KeySettings::for_passphrase(store_id, passphrase, *cost, key),
        }
    }

    /// Undoes [`NewKey::protect`] when what followed failed.
    fn abandon(&self, settings: &KeySettings) {
        if let NewKey::Keyring(keyring) = self {
            settings.forget_keyring_key(keyring);
        }
    }
}

/// An open, unlocked, migrated store.
pub struct Store {
    connection: Connection,
    data_dir: DataDir,
    /// Kept while the store is open, for the recovery sheet and for re-wrapping the key when
    /// the protection changes. SQLCipher holds it in memory anyway; wiped on close.
    key: DatabaseKey,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("data_dir", &self.data_dir).finish_non_exhaustive()
    }
}

impl Store {
    /// Gives back the memory the store keeps for speed: its cache of decrypted pages (up to
    /// 32 MiB, filled by the follow-up count or a year's statistics) is emptied, and the pages
    /// are read from the disk again when next needed. For a program at rest: on a 4 GB laptop
    /// the browser beside it needs the memory more, and fewer decrypted pages stay in memory.
    pub fn release_memory(&self) -> CoreResult<()> {
        self.connection.release_memory()?;
        Ok(())
    }

    /// Creates a new encrypted store in `data_dir`, protecting its key as asked.
    ///
    /// The key settings are written first, then the database: a creation cut short leaves at
    /// worst settings without a database (the next creation replaces them) or a database that
    /// its settings open (migrations finish on the next opening). Nothing is ever deleted but
    /// what this very call created.
    pub fn create(data_dir: &DataDir, new_key: NewKey<'_>) -> CoreResult<Store> {
        if data_dir.has_database() {
            return Err(CoreError::AlreadyInitialised(data_dir.display()));
        }
        new_key.check()?;
        std::fs::create_dir_all(data_dir.path()).map_err(|error| CoreError::io(data_dir.path(), error))?;
        restrict_to_owner(data_dir.path());

        let key = DatabaseKey::random()?;
        let settings = new_key.protect(uuid::Uuid::now_v7().to_string(), &key)?;
        let files = data_dir.key_settings_files();
        let created = files.save(&settings).and_then(|()| Store::open_connection(data_dir, key, true));
        if created.is_err() {
            new_key.abandon(&settings);
            files.remove();
            // Only what this call made: the database did not exist when it started.
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(data_dir.path().join(format!("{DATABASE_FILE}{suffix}")));
            }
        }
        created
    }

    /// Opens the store of an initialised data directory with its key.
    /// A wrong key is [`CoreError::WrongKey`] and leaves the files untouched.
    pub fn open(data_dir: &DataDir, key: &DatabaseKey) -> CoreResult<Store> {
        if !data_dir.has_database() {
            return Err(CoreError::NotInitialised(data_dir.display()));
        }
        Store::open_connection(data_dir, key.duplicate(), false)
    }

    /// Opens a store with its recovery key, then protects the key anew as asked (the keyring of
    /// this laptop, or a new passphrase). For a new laptop, a reset keyring, lost or damaged key
    /// settings, a forgotten passphrase. The settings are replaced only once the recovery key
    /// has opened the database; a wrong key changes nothing.
    pub fn recover(data_dir: &DataDir, recovery_key: &str, new_key: NewKey<'_>) -> CoreResult<Store> {
        new_key.check()?;
        let key = DatabaseKey::from_recovery_key(recovery_key)?;
        let mut store = Store::open(data_dir, &key)?;
        // The store keeps its identifier when its settings survive (a forgotten passphrase).
        let store_id = data_dir
            .key_settings_files()
            .load()
            .map(|settings| settings.store_id)
            .unwrap_or_else(|_| uuid::Uuid::now_v7().to_string());
        store.protect_key(store_id, new_key)?;
        Ok(store)
    }

    /// Whether `key` is this open store's key (to check a passphrase or a recovery key typed
    /// at the lock screen).
    pub(crate) fn holds_key(&self, key: &DatabaseKey) -> bool {
        self.key.is_same_as(key)
    }

    /// The open store's data key, for what must be keyed like the database (a backup's
    /// snapshot) or by keys derived from it (a backup's integrity check).
    pub(crate) fn data_key(&self) -> &DatabaseKey {
        &self.key
    }

    /// The recovery key of this store, for the recovery sheet.
    pub fn recovery_key(&self) -> RecoveryKey {
        self.key.recovery_key()
    }

    /// How the key is protected now.
    pub fn key_protection(&self) -> CoreResult<KeyProtection> {
        Ok(self.data_dir.key_settings_files().load()?.protection)
    }

    /// Protects the same data key differently: moves it to the keyring, to a passphrase, or to
    /// a new passphrase. Nothing is re-encrypted. `current` proves the present protection: its
    /// passphrase when there is one (a laptop left unlocked is not enough to change it), its
    /// keyring otherwise, from which the key is removed once the new protection is on disk.
    pub fn change_key_protection(&mut self, current: &Credentials<'_>, new_key: NewKey<'_>) -> CoreResult<()> {
        new_key.check()?;
        crate::session::check_protection_allowed(&self.data_dir, &new_key)?;
        let previous = self.data_dir.key_settings_files().load()?;
        match previous.protection {
            KeyProtection::Passphrase => {
                let given = current.passphrase.ok_or(CoreError::PassphraseRequired)?;
                if !previous.key_from_passphrase(given)?.is_same_as(&self.key) {
                    return Err(CoreError::WrongPassphrase);
                }
            }
            KeyProtection::Keyring if current.keyring.is_none() => {
                return Err(CoreError::KeyringUnavailable("no keyring answered".into()));
            }
            KeyProtection::Keyring => {}
        }
        let leaves_keyring = matches!(new_key, NewKey::Passphrase { .. });
        self.protect_key(previous.store_id.clone(), new_key)?;
        if let (KeyProtection::Keyring, true, Some(keyring)) = (previous.protection, leaves_keyring, current.keyring) {
            previous.forget_keyring_key(keyring);
        }
        Ok(())
    }

    /// Writes new key settings for the open store's key.
    pub(crate) fn protect_key(&mut self, store_id: String, new_key: NewKey<'_>) -> CoreResult<()> {
        let settings = new_key.protect(store_id, &self.key)?;
        // On failure the keyring entry stays: it may be the very entry the settings still on
        // disk point to, and an extra copy of the key in the keyring loses nothing.
        self.data_dir.key_settings_files().save(&settings)
    }

    fn open_connection(data_dir: &DataDir, key: DatabaseKey, creating: bool) -> CoreResult<Store> {
        let path = data_dir.database_path();
        // Opening never creates a database file: only `create` may.
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if creating {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let connection = keyed_connection(&path, &key, flags)?;
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
        // Freed content is overwritten with zeros, so an erased name leaves no copy in free space.
        connection.pragma_update(None, "secure_delete", "ON")?;
        // 32 MiB of decrypted pages kept in memory (the default is 8): every page read from the
        // disk costs a decryption and an HMAC check, and name searches revisit the same pages.
        connection.pragma_update(None, "cache_size", -32_000)?;
        restrict_to_owner(&path);

        let mut store = Store { connection, data_dir: data_dir.clone(), key };
        migrations::migrate(&mut store.connection)?;
        // Derived from the names: rebuilt if this program folds names differently.
        crate::search::name_index::rebuild_if_stale(&mut store.connection)?;
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

/// A connection to the SQLCipher file at `path`, keyed with `key` and with the file format
/// pinned, before anything is read: the store, and the copies that backups make and check, all
/// share the same format by construction.
pub(crate) fn keyed_connection(path: &Path, key: &DatabaseKey, flags: OpenFlags) -> CoreResult<Connection> {
    let folder = path.parent().unwrap_or(path);
    let connection = Connection::open_with_flags(path, flags)
        .map_err(|error| failure::classify_cannot_open(folder, error))?;
    // SQLCipher's own logger writes to stderr (page numbers, HMAC failures); the core
    // reports through typed errors only.
    connection.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    connection.pragma_update(None, "key", &*key.pragma_value())?;
    // The settings that define the file format, pinned to SQLCipher 4's: a later SQLCipher
    // with other defaults must still read the files written today (a fixture checks it).
    connection.execute_batch(FILE_FORMAT_PRAGMAS)?;
    Ok(connection)
}

/// The page size of [`FILE_FORMAT_PRAGMAS`].
pub(crate) const PAGE_SIZE: u64 = 4096;

/// SQLCipher 4's file format, stated rather than inherited from the library's defaults. With a
/// raw key the key derivation settings are unused, but they are pinned too, so that a change
/// of defaults can never make a store's files unreadable.
const FILE_FORMAT_PRAGMAS: &str = "
    PRAGMA cipher_page_size = 4096;
    PRAGMA kdf_iter = 256000;
    PRAGMA cipher_hmac_algorithm = HMAC_SHA512;
    PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;
    PRAGMA cipher_plaintext_header_size = 0;
";

/// Writes a small file so that it is either wholly there or not at all, even after a power cut.
pub(crate) fn write_file_durably(path: &Path, contents: &[u8]) -> CoreResult<()> {
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
pub(crate) fn restrict_to_owner(path: &Path) {
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
    /// Settings that are missing or damaged in both copies are
    /// [`CoreError::KeySettingsMissing`] or [`CoreError::KeySettingsDamaged`]: the way back is
    /// [`Store::recover`], never a new store.
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
