//! Telling storage failures apart.
//!
//! A mediator facing "database error" cannot act; facing "the disk is full" or "the folder is
//! read-only" they can. So every SQLite and file-system failure is classified here, in one
//! place, into the kinds a person can do something about: disk full, corrupt file, busy,
//! read-only. Whatever fits none of them stays [`CoreError::Storage`] or [`CoreError::Io`].
//!
//! `From<rusqlite::Error> for CoreError` calls [`classify_sqlite`], so every `?` on a SQLite
//! call in the core is classified without anyone having to remember it.

use std::io::ErrorKind;
use std::path::Path;

use rusqlite::{Connection, ErrorCode, ffi};

use crate::error::{CoreError, CoreResult};
use crate::storage::Store;

impl Store {
    /// Reads every page of the database and checks its structure (`PRAGMA integrity_check`):
    /// [`CoreError::DatabaseCorrupt`] if anything is wrong. Every page read is also
    /// authenticated by SQLCipher, so a changed byte anywhere in the file is found.
    /// Reads only; takes time proportional to the size of the database.
    pub fn check_integrity(&self) -> CoreResult<()> {
        let verdict: String = self
            .connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(CoreError::DatabaseCorrupt)
        }
    }
}

/// The core error a SQLite failure stands for.
///
/// A page that fails SQLCipher's authentication reads as `SQLITE_CORRUPT` (checked by the damage
/// tests, page by page). `SQLITE_NOTADB` is a corrupt file too here: the key was proved by the
/// first read when the store was opened (a failure of that read goes to
/// [`wrong_key_or_damage`] instead), so a later one means damage on disk.
pub(crate) fn classify_sqlite(error: rusqlite::Error) -> CoreError {
    let rusqlite::Error::SqliteFailure(failure, _) = &error else {
        return CoreError::Storage(error);
    };
    match failure.code {
        ErrorCode::DiskFull => CoreError::DiskFull,
        ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => CoreError::DatabaseCorrupt,
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => CoreError::Busy,
        // SQLITE_READONLY and its extended codes (read-only file, folder, mount, recovery).
        ErrorCode::ReadOnly => CoreError::ReadOnly,
        // Growing the shared-memory index of the write-ahead log writes to the file system; on
        // Unix its only ordinary failure is a full file system (SQLite reports write failures
        // with ENOSPC as SQLITE_FULL, but this one as an I/O error).
        ErrorCode::SystemIoFailure if failure.extended_code == ffi::SQLITE_IOERR_SHMSIZE => {
            CoreError::DiskFull
        }
        _ => CoreError::Storage(error),
    }
}

/// Why the first read of a database failed its authentication (`SQLITE_NOTADB`): a wrong key,
/// or a damaged first page.
///
/// SQLCipher authenticates every page with a code derived from the key and the salt at the
/// start of the file. With a wrong key, no page passes; with the right key and a damaged first
/// page, the other pages still do. `PRAGMA cipher_integrity_check` lists the pages that fail,
/// reading the whole file (only on this failure path). A file of a single page, or whose salt
/// itself was damaged, cannot be told apart from a wrong key: that is reported as a wrong key.
pub(crate) fn wrong_key_or_damage(connection: &Connection, database: &Path) -> CoreError {
    let pages_in_file = || -> rusqlite::Result<u64> {
        // SQLCipher answers this pragma as text.
        let page_size: String =
            connection.query_row("PRAGMA cipher_page_size", [], |row| row.get(0))?;
        let length = std::fs::metadata(database)
            .map(|metadata| metadata.len())
            .unwrap_or(0);
        Ok(page_size
            .parse::<u64>()
            .ok()
            .filter(|size| *size > 0)
            .map_or(0, |size| length / size))
    };
    let failing_pages = || -> rusqlite::Result<u64> {
        let mut statement = connection.prepare("PRAGMA cipher_integrity_check")?;
        let mut rows = statement.query([])?;
        let mut count = 0;
        while rows.next()?.is_some() {
            count += 1;
        }
        Ok(count)
    };
    match (pages_in_file(), failing_pages()) {
        (Ok(pages), Ok(failing)) if pages > 1 && failing < pages => CoreError::DatabaseCorrupt,
        _ => CoreError::WrongKey,
    }
}

/// The core error a file-system failure on `path` stands for.
pub(crate) fn classify_io(path: &Path, error: std::io::Error) -> CoreError {
    match error.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => CoreError::DiskFull,
        // EROFS, and EACCES/EPERM when writing: Escale never reads a file it may not read
        // (its own files are the user's), so a refusal means the folder cannot be written.
        ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied => CoreError::ReadOnly,
        _ => CoreError::Io {
            path: path.display().to_string(),
            source: error,
        },
    }
}

/// Why SQLite could not open a database file it reported as `SQLITE_CANTOPEN`.
///
/// SQLite says "unable to open database file" alike for a missing folder, a folder that cannot
/// be written (it needs to create the `-wal` and `-shm` files beside the database) and a full
/// disk. Trying to create a small file in the folder tells which, and leaves nothing behind.
pub(crate) fn classify_cannot_open(folder: &Path, error: rusqlite::Error) -> CoreError {
    let cannot_open = matches!(
        &error,
        rusqlite::Error::SqliteFailure(failure, _) if failure.code == ErrorCode::CannotOpen
    );
    if !cannot_open {
        return classify_sqlite(error);
    }
    let probe = folder.join(".escale-write-probe");
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(file) => {
            drop(file);
            let _ = std::fs::remove_file(&probe);
            CoreError::Storage(error)
        }
        Err(probe_error) if probe_error.kind() == ErrorKind::AlreadyExists => {
            let _ = std::fs::remove_file(&probe);
            CoreError::Storage(error)
        }
        Err(probe_error) => match classify_io(folder, probe_error) {
            CoreError::Io { .. } => CoreError::Storage(error),
            classified => classified,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite_failure(extended_code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(ffi::Error::new(extended_code), None)
    }

    #[test]
    fn sqlite_codes_map_to_the_kinds_a_person_can_act_on() {
        let cases = [
            (ffi::SQLITE_FULL, "disk-full"),
            (ffi::SQLITE_IOERR_SHMSIZE, "disk-full"),
            (ffi::SQLITE_CORRUPT, "database-corrupt"),
            (ffi::SQLITE_NOTADB, "database-corrupt"),
            (ffi::SQLITE_BUSY, "database-busy"),
            (ffi::SQLITE_LOCKED, "database-busy"),
            (ffi::SQLITE_READONLY, "read-only"),
            (ffi::SQLITE_READONLY_DIRECTORY, "read-only"),
            (ffi::SQLITE_READONLY_CANTINIT, "read-only"),
            (ffi::SQLITE_IOERR_READ, "storage-error"),
            (ffi::SQLITE_CONSTRAINT, "storage-error"),
        ];
        for (extended_code, expected) in cases {
            assert_eq!(
                classify_sqlite(sqlite_failure(extended_code)).code(),
                expected,
                "SQLite result code {extended_code} must reach the person as {expected}, so the message says what to do"
            );
        }
        assert_eq!(
            CoreError::from(sqlite_failure(ffi::SQLITE_FULL)).code(),
            "disk-full",
            "`?` on a SQLite call classifies through From, so no call site can forget it"
        );
    }

    #[test]
    fn file_system_errors_map_to_the_same_kinds() {
        let path = Path::new("/data/escale");
        let cases = [
            (ErrorKind::StorageFull, "disk-full"),
            (ErrorKind::ReadOnlyFilesystem, "read-only"),
            (ErrorKind::PermissionDenied, "read-only"),
            (ErrorKind::NotFound, "file-error"),
        ];
        for (kind, expected) in cases {
            assert_eq!(
                classify_io(path, std::io::Error::from(kind)).code(),
                expected,
                "an io error of kind {kind:?} must reach the person as {expected}"
            );
        }
    }
}
