//! Making a backup, and remembering when the last one was made.

use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, SecondsFormat, Utc};
use rusqlite::OpenFlags;
use rusqlite::backup::{Backup, StepResult};
use serde::Serialize;

use super::format::{self, BackupHeader, BackupReader, SnapshotDescription};
use super::{BackupReport, INTEGRITY_PURPOSE, KEY_CHECK_PURPOSE};
use crate::error::{CoreError, CoreResult};
use crate::storage::{DATABASE_FILE, PAGE_SIZE, Store, keyed_connection, restrict_to_owner};

/// How backup files end.
pub const BACKUP_EXTENSION: &str = "escale-backup";
/// A mediator is reminded to back up when the last backup is older than this.
pub const REMINDER_AFTER_DAYS: i64 = 7;
/// The `local_setting` that records the last successful backup (RFC 3339 UTC). A setting of
/// this laptop: a restored store gets the time of the backup it came from.
pub(crate) const LAST_BACKUP_SETTING: &str = "backup.last_success";
/// Pages copied per step of the online backup: about 256 KiB, a progress report every few
/// milliseconds, and a cancel button that answers at once.
const PAGES_PER_STEP: i32 = 64;

/// Why the mediator should make a backup now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "reason")]
pub enum BackupReminder {
    NeverBackedUp,
    LastBackupTooOld { days: u32 },
}

impl Store {
    /// Writes an encrypted backup of the whole store into `destination_folder` (a USB key, a
    /// shared folder) and records its time. `progress(done, total)` is called as the work goes
    /// (units are bytes of work, `total` fixed from the first call) and returns whether to go
    /// on: `false` cancels ([`CoreError::BackupCancelled`]).
    ///
    /// The file is written under a temporary name in the destination, synced, read back and
    /// checked, and only then renamed to `escale-sauvegarde-YYYY-MM-DD-HHMMSS.escale-backup`
    /// (local time; `-2`, `-3`… rather than ever replacing a file). A cancel or any failure
    /// leaves nothing under a final name. An unwritable or full destination is
    /// [`CoreError::Io`] with the destination's path.
    ///
    /// Takes `&mut self` because it records the time of the backup in the store.
    pub fn create_backup(
        &mut self,
        destination_folder: &Path,
        progress: &dyn Fn(u64, u64) -> bool,
    ) -> CoreResult<BackupReport> {
        let folder_error = |error| CoreError::io(destination_folder, error);
        if !std::fs::metadata(destination_folder).map_err(folder_error)?.is_dir() {
            return Err(folder_error(std::io::Error::from(std::io::ErrorKind::NotADirectory)));
        }
        let created_at = Utc::now();
        let backup_id = uuid::Uuid::now_v7().to_string();
        let key_settings = self.data_dir().key_settings_files().load()?;

        // The snapshot goes to the data folder first (same disk, owner-only, encrypted): its
        // length must be known before the header is written. Removed when dropped.
        let snapshot_folder = tempfile::Builder::new()
            .prefix(".escale-snapshot-")
            .tempdir_in(self.data_dir().path())
            .map_err(|error| CoreError::io(self.data_dir().path(), error))?;
        let snapshot_path = snapshot_folder.path().join(DATABASE_FILE);

        // Three passes of about the database's size: snapshot, write, read back.
        let database_bytes = self.page_count()? * PAGE_SIZE;
        let total = database_bytes.saturating_mul(3).max(1);
        let schema_version = self.snapshot_into(&snapshot_path, &mut |copied| progress(copied, total))?;
        let snapshot_bytes =
            std::fs::metadata(&snapshot_path).map_err(|error| CoreError::io(&snapshot_path, error))?.len();
        let done_before_writing = database_bytes;

        let key = self.data_key();
        let header = BackupHeader {
            backup_id: backup_id.clone(),
            store_id: key_settings.store_id.clone(),
            created_at: created_at.to_rfc3339_opts(SecondsFormat::Millis, true),
            escale_version: env!("CARGO_PKG_VERSION").to_string(),
            schema_version,
            key_settings,
            key_check: hex::encode(key.derive_subkey(backup_id.as_bytes(), KEY_CHECK_PURPOSE).as_slice()),
            database: SnapshotDescription { bytes: snapshot_bytes, page_size: PAGE_SIZE, cipher: format::CIPHER.into() },
        };
        let integrity_key = key.derive_subkey(backup_id.as_bytes(), INTEGRITY_PURPOSE);

        let partial = tempfile::Builder::new()
            .prefix(".escale-sauvegarde-")
            .suffix(".partial")
            .tempfile_in(destination_folder)
            .map_err(folder_error)?;
        {
            let mut snapshot = BufReader::new(
                std::fs::File::open(&snapshot_path).map_err(|error| CoreError::io(&snapshot_path, error))?,
            );
            let mut out = BufWriter::with_capacity(256 * 1024, partial.as_file());
            format::write_backup(
                &mut out,
                destination_folder,
                &header,
                &mut snapshot,
                &snapshot_path,
                &integrity_key,
                &mut |written| progress(done_before_writing + written.min(database_bytes), total),
            )?;
            out.flush().map_err(folder_error)?;
        }
        // On the device before it gets its name: a key pulled out after "done" keeps the file.
        partial.as_file().sync_all().map_err(folder_error)?;
        drop(snapshot_folder);

        // Read the file back and check it as a restore would: a bug or a faulty key shows now,
        // while the data is still at hand, not on the day of the restore.
        let written = partial.as_file().metadata().map_err(folder_error)?.len();
        let reread = std::fs::File::open(partial.path()).map_err(folder_error)?;
        let mut reader = BackupReader::open(BufReader::new(reread), written, partial.path())?;
        reader.authenticate_with(&integrity_key);
        let done_before_checking = 2 * database_bytes;
        reader.copy_snapshot(&mut |_| Ok(()), &mut |read| {
            progress(done_before_checking + read.min(database_bytes), total)
        })?;
        reader.finish()?;

        let path = persist_without_replacing(partial, destination_folder, created_at)?;
        if let Ok(folder) = std::fs::File::open(destination_folder) {
            // The rename itself must reach the device (not possible on Windows).
            let _ = folder.sync_all();
        }
        // The backup is on the key whatever happens next: failing to note its time only makes
        // the reminder come early, so that failure is not the backup's.
        let _ = self.set_local_setting(LAST_BACKUP_SETTING, created_at.to_rfc3339_opts(SecondsFormat::Millis, true));
        progress(total, total);
        Ok(BackupReport {
            file_name: path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
            path: path.display().to_string(),
            bytes: written,
            created_at: header.created_at,
        })
    }

    /// When the last backup of this store was made, if ever.
    pub fn last_backup(&self) -> CoreResult<Option<DateTime<Utc>>> {
        Ok(self
            .local_setting(LAST_BACKUP_SETTING)?
            .and_then(|text| DateTime::parse_from_rfc3339(&text).ok())
            .map(|time| time.with_timezone(&Utc)))
    }

    /// Whether to remind the mediator to back up at `now`: never backed up, or the last backup
    /// older than [`REMINDER_AFTER_DAYS`] days.
    pub fn backup_reminder(&self, now: DateTime<Utc>) -> CoreResult<Option<BackupReminder>> {
        Ok(match self.last_backup()? {
            None => Some(BackupReminder::NeverBackedUp),
            Some(last) if now - last > chrono::Duration::days(REMINDER_AFTER_DAYS) => {
                let days = u32::try_from((now - last).num_days()).unwrap_or(u32::MAX);
                Some(BackupReminder::LastBackupTooOld { days })
            }
            Some(_) => None,
        })
    }

    fn page_count(&self) -> CoreResult<u64> {
        let pages: i64 = self.reader().query_row("PRAGMA page_count", [], |row| row.get(0))?;
        Ok(u64::try_from(pages).unwrap_or(0))
    }

    /// Copies the database into a new SQLCipher file at `path`, keyed like the store, and
    /// returns the schema version of that copy. `progress` gets the bytes copied so far.
    ///
    /// The copy runs inside one read transaction of this connection. In WAL mode that pins the
    /// state of the database at its start: writes by the window or another program go on (into
    /// the log) without restarting the copy and without reaching it, so the copy is one
    /// consistent state. (Without it, SQLite restarts a stepped backup at every foreign write,
    /// and a busy store is never backed up.)
    fn snapshot_into(&self, path: &Path, progress: &mut dyn FnMut(u64) -> bool) -> CoreResult<String> {
        let read = self.reader().unchecked_transaction()?;
        // The first read starts the transaction's snapshot; the version is that snapshot's.
        let schema_version = self.schema_version()?;
        let mut copy = keyed_connection(
            path,
            self.data_key(),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        restrict_to_owner(path);
        {
            let backup = Backup::new(&read, &mut copy)?;
            let mut waits = 0;
            loop {
                match backup.step(PAGES_PER_STEP)? {
                    StepResult::Done => break,
                    StepResult::More => {}
                    // Only the copy's own file could be locked, by nobody but us: wait a little.
                    _ if waits < 500 => {
                        waits += 1;
                        std::thread::sleep(std::time::Duration::from_millis(10));
                    }
                    _ => return Err(CoreError::Busy),
                }
                let state = backup.progress();
                let copied = u64::try_from(state.pagecount - state.remaining).unwrap_or(0) * PAGE_SIZE;
                if !progress(copied) {
                    return Err(CoreError::BackupCancelled);
                }
            }
        }
        // Closing folds the copy's own journal: one self-contained file.
        copy.close().map_err(|(_, error)| CoreError::Storage(error))?;
        read.finish()?;
        Ok(schema_version)
    }
}

/// Gives the finished file its final name without ever replacing a file already there.
fn persist_without_replacing(
    mut partial: tempfile::NamedTempFile,
    folder: &Path,
    created_at: DateTime<Utc>,
) -> CoreResult<PathBuf> {
    let stamp = created_at.with_timezone(&Local).format("%Y-%m-%d-%H%M%S");
    for attempt in 1..=100 {
        let name = match attempt {
            1 => format!("escale-sauvegarde-{stamp}.{BACKUP_EXTENSION}"),
            n => format!("escale-sauvegarde-{stamp}-{n}.{BACKUP_EXTENSION}"),
        };
        let target = folder.join(name);
        match partial.persist_noclobber(&target) {
            Ok(_) => return Ok(target),
            Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => partial = error.file,
            Err(error) => {
                // File systems without an atomic no-replace rename (FAT32 and exFAT USB keys
                // have neither it nor hard links): look, then rename. Only another backup
                // made in the same second could slip in between.
                partial = error.file;
                if target.exists() {
                    continue;
                }
                return partial.persist(&target).map(|_| target.clone()).map_err(|error| CoreError::io(&target, error.error));
            }
        }
    }
    Err(CoreError::io(folder, std::io::Error::from(std::io::ErrorKind::AlreadyExists)))
}
