//! Checking a backup, and restoring it into a data folder without ever losing the data there.

use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::Local;
use rusqlite::OpenFlags;

use super::create::LAST_BACKUP_SETTING;
use super::format::{BackupHeader, BackupReader};
use super::{BackupContents, BackupSecret, BackupSummary, INTEGRITY_PURPOSE, KEY_CHECK_PURPOSE};
use crate::error::{CoreError, CoreResult};
use crate::storage::key::{DatabaseKey, KeyProtection};
use crate::storage::{DATABASE_FILE, DataDir, NewKey, Store, keyed_connection, restrict_to_owner};

/// What to do when the data folder of a restore already holds a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExistingData {
    /// Refuse the restore ([`CoreError::RestoreOverExistingData`]); nothing is touched.
    Refuse,
    /// Move the current files, untouched, into a dated folder inside the data folder
    /// (`escale-avant-restauration-YYYY-MM-DD-HHMMSS`), then put the restored store in place.
    SetAside,
}

/// A restored store, open, and where the data it replaced went.
#[derive(Debug)]
pub struct Restored {
    pub store: Store,
    pub summary: BackupSummary,
    /// The folder now holding the files that were in the data folder before, if there were any.
    pub set_aside: Option<PathBuf>,
}

/// Checks a backup. Without a secret: its structure and the SHA-256 of the whole file (what a
/// USB key can damage). With the recovery key or the backup's passphrase: also the secret,
/// the HMAC of the whole file, SQLCipher's and SQLite's integrity checks of the snapshot,
/// decrypted in a temporary folder, and that this Escale opens it (migrations included);
/// the summary then has the snapshot's figures. Nothing is written but temporary files.
pub fn verify_backup(path: &Path, secret: Option<BackupSecret<'_>>) -> CoreResult<BackupSummary> {
    verify_backup_with_progress(path, secret, &|_, _| true)
}

/// [`verify_backup`], telling `progress` how many bytes of the snapshot were read out of how
/// many; when it answers `false` the check stops with [`CoreError::BackupCancelled`].
pub fn verify_backup_with_progress(
    path: &Path,
    secret: Option<BackupSecret<'_>>,
    progress: &dyn Fn(u64, u64) -> bool,
) -> CoreResult<BackupSummary> {
    let Some(secret) = secret else {
        let (file, length) = open_backup_file(path)?;
        let mut reader = BackupReader::open(BufReader::new(file), length, path)?;
        let total = reader.header().database.bytes;
        reader.copy_snapshot(&mut |_| Ok(()), &mut |copied| progress(copied, total))?;
        let header = reader.finish()?;
        return Ok(BackupSummary::from_header(&header, None));
    };
    // The snapshot stays encrypted on disk: a temporary folder of the system is good enough.
    let folder = tempfile::Builder::new()
        .prefix("escale-verify-")
        .tempdir()
        .map_err(|error| CoreError::io(&std::env::temp_dir(), error))?;
    let unpacked = unpack(path, secret, folder.path(), progress)?;
    let store = open_unpacked(folder.path(), &unpacked.key)?;
    let contents = store.backup_contents()?;
    Ok(BackupSummary::from_header(&unpacked.header, Some(contents)))
}

/// Restores a backup into `data_dir` and opens it; its key is then protected as `new_key`
/// says (the keyring of this laptop, or a passphrase).
///
/// All or nothing. The backup is first unpacked into a temporary folder beside `data_dir` and
/// checked as [`verify_backup`] does; it is opened there (migrations upgrade an older backup;
/// a backup from a newer Escale is [`CoreError::BackupTooNew`]) and given its key settings.
/// Until then nothing in `data_dir` is touched: any failure leaves it byte for byte as it was.
/// Only then is it put in place: into a missing or empty data folder directly; over a data
/// folder holding a database only with [`ExistingData::SetAside`], which moves the current
/// files aside, never deleting them ([`Restored::set_aside`] says where). If the restored
/// files cannot be moved in, the current ones are moved back; if even that fails the error is
/// [`CoreError::RestoreInterrupted`] with the folder that holds them.
///
/// The caller closes any store open on `data_dir` first (the window drops its store).
pub fn restore_backup(
    path: &Path,
    secret: BackupSecret<'_>,
    data_dir: &DataDir,
    new_key: NewKey<'_>,
    existing: ExistingData,
) -> CoreResult<Restored> {
    restore_backup_with_progress(path, secret, data_dir, new_key, existing, &|_, _| true)
}

/// [`restore_backup`], telling `progress` how many bytes of the snapshot were read and checked
/// out of how many; when it answers `false` the restore stops with
/// [`CoreError::BackupCancelled`], the data folder untouched. The checks that follow the
/// reading (a few seconds for a large store) report no further progress.
pub fn restore_backup_with_progress(
    path: &Path,
    secret: BackupSecret<'_>,
    data_dir: &DataDir,
    new_key: NewKey<'_>,
    existing: ExistingData,
    progress: &dyn Fn(u64, u64) -> bool,
) -> CoreResult<Restored> {
    new_key.check()?;
    if existing == ExistingData::Refuse && data_dir.has_database() {
        return Err(CoreError::RestoreOverExistingData(data_dir.path().display().to_string()));
    }
    // Beside the data folder, on the same file system, so that putting the restored files in
    // place is a rename, never a copy that could stop half-way.
    let parent = data_dir.path().parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|error| CoreError::io(parent, error))?;
    let staging = tempfile::Builder::new()
        .prefix(".escale-restore-")
        .tempdir_in(parent)
        .map_err(|error| CoreError::io(parent, error))?;
    restrict_to_owner(staging.path());

    let unpacked = unpack(path, secret, staging.path(), progress)?;
    let contents = {
        let mut restored = open_unpacked(staging.path(), &unpacked.key)?;
        restored.protect_key(unpacked.header.store_id.clone(), new_key)?;
        // The data as restored is exactly the backup's: that backup is its last one.
        restored.set_local_setting(LAST_BACKUP_SETTING, unpacked.header.created_at.clone())?;
        let contents = restored.backup_contents()?;
        restored.checkpoint()?;
        contents
        // Closed here: nothing holds the files while they move.
    };
    let set_aside = put_in_place(staging, data_dir)?;
    let store = Store::open(data_dir, &unpacked.key)?;
    Ok(Restored { store, summary: BackupSummary::from_header(&unpacked.header, Some(contents)), set_aside })
}

fn open_backup_file(path: &Path) -> CoreResult<(std::fs::File, u64)> {
    let file = std::fs::File::open(path).map_err(|error| CoreError::io(path, error))?;
    let length = file.metadata().map_err(|error| CoreError::io(path, error))?.len();
    Ok((file, length))
}

/// A backup's snapshot, written to `folder` and checked through and through.
struct Unpacked {
    header: BackupHeader,
    key: DatabaseKey,
}

/// Reads the whole backup once, writing the snapshot to `folder/escale.db` as it goes, and
/// returns only if every check passed. Reading once matters: a file checked in one pass and
/// copied in another could change in between (a USB key pulled out and put back).
fn unpack(
    path: &Path,
    secret: BackupSecret<'_>,
    folder: &Path,
    progress: &dyn Fn(u64, u64) -> bool,
) -> CoreResult<Unpacked> {
    let (file, length) = open_backup_file(path)?;
    let mut reader = BackupReader::open(BufReader::new(file), length, path)?;
    let key = match key_for(reader.header(), secret) {
        Ok(key) => key,
        Err(CoreError::BackupWrongSecret) => {
            // The key check and the wrapped key are read before the checksum: a damaged header
            // would pass for a wrong secret. Read to the end first, so damage is named damage.
            reader.finish()?;
            return Err(CoreError::BackupWrongSecret);
        }
        Err(error) => return Err(error),
    };
    reader.authenticate_with(&key.derive_subkey(reader.header().backup_id.as_bytes(), INTEGRITY_PURPOSE));

    let database_path = folder.join(DATABASE_FILE);
    let write_error = |error| CoreError::io(&database_path, error);
    let database = std::fs::OpenOptions::new().write(true).create_new(true).open(&database_path).map_err(write_error)?;
    restrict_to_owner(&database_path);
    {
        let mut out = BufWriter::with_capacity(256 * 1024, &database);
        let total = reader.header().database.bytes;
        reader.copy_snapshot(&mut |bytes| out.write_all(bytes).map_err(write_error), &mut |copied| {
            progress(copied, total)
        })?;
        out.flush().map_err(write_error)?;
    }
    database.sync_all().map_err(write_error)?;
    drop(database);
    let header = reader.finish()?;
    check_snapshot(&database_path, &key)?;
    Ok(Unpacked { header, key })
}

/// The data key, from the secret, proved against the header's key check.
fn key_for(header: &BackupHeader, secret: BackupSecret<'_>) -> CoreResult<DatabaseKey> {
    let key = match secret {
        BackupSecret::RecoveryKey(typed) => DatabaseKey::from_recovery_key(typed)?,
        BackupSecret::Passphrase(_) if header.key_settings.protection == KeyProtection::Keyring => {
            return Err(CoreError::BackupNeedsRecoveryKey);
        }
        BackupSecret::Passphrase(passphrase) => {
            header.key_settings.key_from_passphrase(passphrase).map_err(|error| match error {
                CoreError::WrongPassphrase => CoreError::BackupWrongSecret,
                CoreError::KeySettingsDamaged(_) => CoreError::BackupDamaged { reason: "key settings" },
                other => other,
            })?
        }
    };
    // A plain comparison is enough: the check is public in the header, and comparing it to
    // what a candidate key gives teaches nothing its holder could not compute.
    let check = key.derive_subkey(header.backup_id.as_bytes(), KEY_CHECK_PURPOSE);
    if hex::encode(check.as_slice()) != header.key_check.to_ascii_lowercase() {
        return Err(CoreError::BackupWrongSecret);
    }
    Ok(key)
}

/// SQLCipher's check of every page's HMAC, then SQLite's own integrity check, on the
/// decrypted snapshot. The file passed the backup's HMAC already; this catches a snapshot that
/// was damaged before it was sealed (a failing laptop disk).
fn check_snapshot(path: &Path, key: &DatabaseKey) -> CoreResult<()> {
    let damaged = |reason| move |_| CoreError::BackupDamaged { reason };
    let connection = keyed_connection(path, key, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    connection
        .query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get::<_, i64>(0))
        .map_err(damaged("snapshot does not open with its key"))?;
    // One row per page that fails its HMAC; none when all is well.
    let page_failures = connection
        .prepare("PRAGMA cipher_integrity_check")
        .and_then(|mut statement| {
            let mut rows = statement.query([])?;
            let mut failures = 0;
            while rows.next()?.is_some() {
                failures += 1;
            }
            Ok(failures)
        })
        .map_err(damaged("page authentication"))?;
    if page_failures > 0 {
        return Err(CoreError::BackupDamaged { reason: "page authentication" });
    }
    let verdict: String = connection
        .query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))
        .map_err(damaged("database integrity"))?;
    if verdict != "ok" {
        return Err(CoreError::BackupDamaged { reason: "database integrity" });
    }
    Ok(())
}

/// Opens an unpacked snapshot as a store (which runs the migrations).
fn open_unpacked(folder: &Path, key: &DatabaseKey) -> CoreResult<Store> {
    Store::open(&DataDir::new(folder), key).map_err(|error| match error {
        CoreError::SchemaTooNew { .. } => CoreError::BackupTooNew,
        CoreError::WrongKey => CoreError::BackupDamaged { reason: "snapshot does not open with its key" },
        other => other,
    })
}

impl Store {
    /// Figures that let a mediator recognise a backup: counts only.
    fn backup_contents(&self) -> CoreResult<BackupContents> {
        let count = |table: &str| -> CoreResult<u32> {
            Ok(self.reader().query_row(&format!("SELECT count(*) FROM {table} WHERE deleted_at IS NULL"), [], |row| {
                row.get(0)
            })?)
        };
        Ok(BackupContents { people: count("beneficiary")?, activities: count("activity")?, procedures: count("procedure")? })
    }
}

/// The files of a store in its data folder, in the order they are set aside: the database
/// last, so that until the very end the folder still holds it (a power cut in between leaves
/// a database that the recovery key opens, never a folder that looks empty).
const STORE_FILES: [&str; 6] = [
    "key-settings.json",
    "key-settings.mirror.json",
    "escale.db-journal",
    "escale.db-shm",
    "escale.db",
    "escale.db-wal",
];
/// The restored files, in the order they are moved in: the database first, for the same
/// reason. (The write-ahead log is empty after the checkpoint, and then absent.)
const RESTORED_FILES: [&str; 4] = ["escale.db-wal", "escale.db", "key-settings.json", "key-settings.mirror.json"];

/// Moves the restored files from `staging` into `data_dir`, setting aside what is there.
fn put_in_place(staging: tempfile::TempDir, data_dir: &DataDir) -> CoreResult<Option<PathBuf>> {
    let target = data_dir.path();
    if std::fs::symlink_metadata(target).is_err() {
        // No data folder at all: the restored folder becomes it, in one rename.
        let staged = staging.keep();
        return match std::fs::rename(&staged, target) {
            Ok(()) => {
                sync_folder(target.parent().unwrap_or(target));
                Ok(None)
            }
            Err(error) => {
                // Only the restored copy this call made.
                let _ = std::fs::remove_dir_all(&staged);
                Err(CoreError::io(target, error))
            }
        };
    }
    let present: Vec<&str> = STORE_FILES.into_iter().filter(|name| target.join(name).symlink_metadata().is_ok()).collect();
    let set_aside = match present.is_empty() {
        true => None,
        false => Some(set_aside_files(target, &present)?),
    };
    let restored: Vec<&str> = RESTORED_FILES
        .into_iter()
        .filter(|name| std::fs::metadata(staging.path().join(name)).is_ok_and(|file| file.len() > 0))
        .collect();
    let mut moved_in: Vec<&str> = Vec::new();
    for name in restored {
        if let Err(error) = std::fs::rename(staging.path().join(name), target.join(name)) {
            // Undo: the restored files back to the staging folder, the current ones back home.
            let restored_out = moved_in.iter().rev().all(|moved| {
                std::fs::rename(target.join(moved), staging.path().join(moved)).is_ok()
            });
            let current_back = match &set_aside {
                Some(folder) => restored_out && move_files(folder, target, &present).is_ok(),
                None => restored_out,
            };
            return Err(match (&set_aside, current_back) {
                (Some(folder), false) => CoreError::RestoreInterrupted { set_aside: folder.display().to_string() },
                (Some(folder), true) => {
                    // Only removes a folder that is now empty.
                    let _ = std::fs::remove_dir(folder);
                    CoreError::io(&target.join(name), error)
                }
                (None, _) => CoreError::io(&target.join(name), error),
            });
        }
        moved_in.push(name);
    }
    sync_folder(target);
    Ok(set_aside)
}

/// Moves `names` from `data_folder` into a new dated folder inside it, or, if one cannot be
/// moved, puts back those that were and fails.
fn set_aside_files(data_folder: &Path, names: &[&str]) -> CoreResult<PathBuf> {
    let stamp = Local::now().format("%Y-%m-%d-%H%M%S");
    let mut folder = data_folder.join(format!("escale-avant-restauration-{stamp}"));
    let mut attempt = 1;
    loop {
        match std::fs::create_dir(&folder) {
            Ok(()) => break,
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
                folder = data_folder.join(format!("escale-avant-restauration-{stamp}-{attempt}"));
            }
            Err(error) => return Err(CoreError::io(&folder, error)),
        }
    }
    restrict_to_owner(&folder);
    if let Err(error) = move_files(data_folder, &folder, names) {
        let _ = std::fs::remove_dir(&folder);
        return Err(error);
    }
    sync_folder(&folder);
    sync_folder(data_folder);
    Ok(folder)
}

/// Renames each of `names` from `from` to `to`; on a failure, moves back those already moved.
fn move_files(from: &Path, to: &Path, names: &[&str]) -> CoreResult<()> {
    for (index, name) in names.iter().enumerate() {
        if let Err(error) = std::fs::rename(from.join(name), to.join(name)) {
            for moved in names[..index].iter().rev() {
                let _ = std::fs::rename(to.join(moved), from.join(moved));
            }
            return Err(CoreError::io(&from.join(name), error));
        }
    }
    Ok(())
}

/// Makes renames in `folder` durable (not possible on Windows, where this does nothing).
fn sync_folder(folder: &Path) {
    if let Ok(handle) = std::fs::File::open(folder) {
        let _ = handle.sync_all();
    }
}
