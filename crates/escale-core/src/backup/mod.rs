//! Encrypted backups: one file, to a chosen folder or a USB key, that restores the whole store
//! on a new laptop with the recovery key (or the passphrase of the day), and that nobody else
//! can read or forge.
//!
//! # The file (format version 1; `docs/backup-format.md` says the same for non-Rust readers)
//!
//! ```text
//! offset        size  contents
//! 0             16    magic: 89 "ESCALE-BACKUP" 0D 0A
//! 16            4     format version, unsigned big-endian (1)
//! 20            4     header length H, unsigned big-endian, 1 ..= 65536
//! 24            H     header: a UTF-8 JSON object (BackupHeader), no personal data
//! 24+H          S     snapshot: the SQLCipher database, S = header.database.bytes
//! 24+H+S        32    SHA-256 of bytes [0, 24+H+S)
//! 24+H+S+32     32    HMAC-SHA256 of bytes [0, 24+H+S)
//! ```
//!
//! - The **snapshot** is a copy of the database made with SQLite's online backup API into a
//!   file keyed with the store's own raw data key and the store's pinned SQLCipher settings: it
//!   is exactly as encrypted as the store (AES-256, an HMAC-SHA512 per page), and nothing in it
//!   is ever decrypted on the way to the USB key. It is taken inside one read transaction, so
//!   it is a consistent state of the store even while the window keeps writing.
//! - The **header** holds the backup's random id, the store id, the creation time, the versions
//!   of Escale and of the schema, a copy of the key settings (for a passphrase store, the salt,
//!   Argon2id cost and wrapped data key: the passphrase of the day restores it; for a keyring
//!   store no key at all: the recovery key restores it), the snapshot's length and cipher, and
//!   a **key check**: 32 bytes derived from the data key, which tells a wrong secret apart from
//!   a damaged file.
//! - The **integrity check** covers every byte before the trailer. The SHA-256 needs no secret:
//!   `verify` finds a truncated or damaged file before anyone types anything. The HMAC is keyed
//!   with HKDF-SHA256(data key, salt = backup id, info = "escale backup v1 integrity"): only
//!   someone holding the key can make a file that passes it, so a file changed on purpose (with
//!   its SHA-256 recomputed) is refused too. The key check uses info "escale backup v1 key
//!   check". The data key itself keys nothing but the database.
//!
//! A reader refuses: other first bytes ([`CoreError::NotABackup`]); a file shorter than its
//! header says ([`CoreError::BackupTruncated`]); a newer format version, newer key settings or
//! a newer schema than this Escale knows ([`CoreError::BackupTooNew`]); anything else that does
//! not add up — header, lengths, checksums, SQLite's and SQLCipher's integrity checks of the
//! snapshot ([`CoreError::BackupDamaged`]).
//!
//! # Restoring
//!
//! Nothing of the current data is touched until the restored copy has passed every check and
//! opened (with its migrations) in a temporary folder beside the data folder. A data folder
//! that holds a database is only replaced when asked ([`ExistingData::SetAside`]), and then the
//! current files are moved, never deleted, into a dated folder inside the data folder.

mod create;
mod format;
mod restore;

use serde::Serialize;

use crate::error::CoreError;
use crate::storage::KeyProtection;

pub use create::{BACKUP_EXTENSION, BackupReminder, REMINDER_AFTER_DAYS};
pub use format::{BackupHeader, FORMAT_VERSION, MAGIC, MAX_HEADER_BYTES, SnapshotDescription, check_structure};
pub use restore::{
    ExistingData, Restored, restore_backup, restore_backup_with_progress, verify_backup, verify_backup_with_progress,
};

/// HKDF "info" of the key that authenticates the whole file.
const INTEGRITY_PURPOSE: &str = "escale backup v1 integrity";
/// HKDF "info" of the header's key check.
const KEY_CHECK_PURPOSE: &str = "escale backup v1 key check";

/// What opens a backup.
#[derive(Clone, Copy)]
pub enum BackupSecret<'a> {
    /// The recovery key of the store (any backup).
    RecoveryKey(&'a str),
    /// The passphrase that protected the store when the backup was made (passphrase stores).
    Passphrase(&'a str),
}

impl std::fmt::Debug for BackupSecret<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BackupSecret::RecoveryKey(_) => "RecoveryKey(<hidden>)",
            BackupSecret::Passphrase(_) => "Passphrase(<hidden>)",
        })
    }
}

/// A backup just written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupReport {
    /// The full path of the file.
    pub path: String,
    /// Its name alone (the date, no personal data), to show.
    pub file_name: String,
    #[ts(type = "number")]
    pub bytes: u64,
    /// RFC 3339 UTC.
    pub created_at: String,
}

/// What a backup holds, as far as it was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSummary {
    /// RFC 3339 UTC.
    pub created_at: String,
    pub escale_version: String,
    pub schema_version: String,
    /// How the store's key was protected: a passphrase backup opens with that passphrase or
    /// the recovery key; a keyring backup with the recovery key only.
    pub protection: KeyProtection,
    #[ts(type = "number")]
    pub bytes: u64,
    /// Present when a secret was given: the snapshot was decrypted, checked and opened, and
    /// these are its figures, for the mediator to recognise it.
    pub contents: Option<BackupContents>,
}

/// Figures of a checked snapshot (counts only, never names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupContents {
    pub people: u32,
    pub activities: u32,
    pub procedures: u32,
}

impl BackupSummary {
    fn from_header(header: &BackupHeader, contents: Option<BackupContents>) -> Self {
        BackupSummary {
            created_at: header.created_at.clone(),
            escale_version: header.escale_version.clone(),
            schema_version: header.schema_version.clone(),
            protection: header.key_settings.protection,
            bytes: header.database.bytes,
            contents,
        }
    }
}

impl CoreError {
    /// Whether this error says the backup file itself is unusable (as opposed to the secret,
    /// the destination or the data folder).
    pub fn is_unusable_backup(&self) -> bool {
        matches!(
            self,
            CoreError::NotABackup
                | CoreError::BackupTruncated
                | CoreError::BackupDamaged { .. }
                | CoreError::BackupTooNew
        )
    }
}
