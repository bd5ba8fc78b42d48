//! The bytes of a backup file: writing them, and reading them back with every check that
//! needs no secret. The layout is described in the module documentation of [`crate::backup`]
//! and in `docs/backup-format.md`; a change here is a new format version.
//!
//! The reader is fed files from USB keys, which may be cut short, damaged or deliberately
//! crafted: it never panics, and its memory is bounded whatever the file says (the header is
//! capped at [`MAX_HEADER_BYTES`], the snapshot is streamed through a fixed buffer and never
//! held in memory). `fuzz/` feeds it arbitrary bytes.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{CoreError, CoreResult};
use crate::storage::key::{KeyProtection, KeySettings, PassphraseCost, SETTINGS_FORMAT};
use crate::storage::{MIGRATIONS, PAGE_SIZE};

/// The first bytes of every backup. As in PNG, the high first byte catches a transfer that
/// strips the eighth bit and the CR LF catches a line-ending conversion.
pub const MAGIC: &[u8; 16] = b"\x89ESCALE-BACKUP\r\n";
/// The format this version writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// Magic, format version, header length.
const PREFIX_BYTES: u64 = 16 + 4 + 4;
/// The header is a few hundred bytes; anything over this is not a header of ours, and the
/// reader never allocates more for it.
pub const MAX_HEADER_BYTES: u32 = 64 * 1024;
/// SHA-256 then HMAC-SHA256, 32 bytes each.
const TRAILER_BYTES: u64 = 64;
/// How the snapshot is encrypted, as the header names it.
pub(crate) const CIPHER: &str = "sqlcipher-4";
/// The Argon2id cost a backup header may ask for. A header is read before it is
/// authenticated: without a bound, a crafted one could ask for gigabytes at the passphrase.
const MAX_PASSPHRASE_COST: PassphraseCost =
    PassphraseCost { memory_kib: 1024 * 1024, iterations: 64, parallelism: 16 };
/// The buffer that streams the snapshot.
const CHUNK_BYTES: usize = 64 * 1024;

/// The header of a backup: plain JSON, no personal data, no secret in clear.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupHeader {
    /// A random identifier of this backup (UUID v7); the salt of its derived keys.
    pub backup_id: String,
    /// The identifier of the store backed up (the `storeId` of its key settings).
    pub store_id: String,
    /// When the snapshot was taken, RFC 3339 UTC.
    pub created_at: String,
    /// The version of Escale that wrote the backup.
    pub escale_version: String,
    /// The newest migration applied to the snapshot.
    pub schema_version: String,
    /// The store's key settings at backup time: with a passphrase, the salt, cost and wrapped
    /// data key that let that passphrase restore it; with the keyring, no key at all (the
    /// recovery key restores it).
    pub key_settings: KeySettings,
    /// Hex of 32 bytes derived from the data key (HKDF, "escale backup v1 key check"): tells
    /// a wrong secret from a damaged file before the whole file is read.
    pub key_check: String,
    pub database: SnapshotDescription,
}

/// The encrypted database inside the backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SnapshotDescription {
    /// Length of the snapshot in bytes: a whole number of pages.
    pub bytes: u64,
    pub page_size: u64,
    /// [`CIPHER`]: SQLCipher 4 with the store's pinned settings and the store's raw key.
    pub cipher: String,
}

impl BackupHeader {
    /// The checks a header passes before anything else is read or derived.
    fn validate(&self) -> CoreResult<()> {
        let damaged = |reason| Err(CoreError::BackupDamaged { reason });
        let newest_schema = MIGRATIONS.last().map(|migration| migration.version).unwrap_or_default();
        if self.schema_version.as_str() > newest_schema {
            return Err(CoreError::BackupTooNew);
        }
        if self.key_settings.format > SETTINGS_FORMAT {
            return Err(CoreError::BackupTooNew);
        }
        if self.backup_id.is_empty() || self.backup_id.len() > 64 {
            return damaged("backup identifier");
        }
        if self.key_settings.store_id != self.store_id {
            return damaged("key settings of another store");
        }
        if self.key_check.len() != 64 || hex::decode(&self.key_check).is_err() {
            return damaged("key check");
        }
        if self.key_settings.protection == KeyProtection::Passphrase {
            let Some(cost) = self.key_settings.cost else { return damaged("passphrase cost") };
            if self.key_settings.salt.is_none()
                || cost.memory_kib > MAX_PASSPHRASE_COST.memory_kib
                || cost.iterations > MAX_PASSPHRASE_COST.iterations
                || cost.parallelism > MAX_PASSPHRASE_COST.parallelism
            {
                return damaged("passphrase settings");
            }
        }
        let database = &self.database;
        if database.cipher != CIPHER || database.page_size != PAGE_SIZE {
            return damaged("snapshot encryption");
        }
        if database.bytes == 0 || !database.bytes.is_multiple_of(database.page_size) {
            return damaged("snapshot length");
        }
        Ok(())
    }

    /// The whole file's length, as this header describes it.
    fn file_length(&self, header_bytes: u64) -> CoreResult<u64> {
        PREFIX_BYTES
            .checked_add(header_bytes)
            .and_then(|length| length.checked_add(self.database.bytes))
            .and_then(|length| length.checked_add(TRAILER_BYTES))
            .ok_or(CoreError::BackupDamaged { reason: "snapshot length" })
    }
}

/// Both checks of the whole file, fed the same bytes: the unkeyed SHA-256 and, once the key
/// is known, the HMAC.
struct Checksums {
    checksum: Sha256,
    authentication: Option<Hmac<Sha256>>,
}

impl Checksums {
    fn update(&mut self, bytes: &[u8]) {
        self.checksum.update(bytes);
        if let Some(authentication) = &mut self.authentication {
            authentication.update(bytes);
        }
    }
}

fn authentication_for(integrity_key: &[u8; 32]) -> Hmac<Sha256> {
    <Hmac<Sha256> as Mac>::new_from_slice(integrity_key).expect("HMAC accepts keys of any length")
}

/// Writes a whole backup: prefix, header, the snapshot read from `snapshot`, trailer.
/// `progress` receives the snapshot bytes written so far and says whether to go on.
pub(crate) fn write_backup(
    out: &mut dyn Write,
    out_path: &Path,
    header: &BackupHeader,
    snapshot: &mut dyn Read,
    snapshot_path: &Path,
    integrity_key: &[u8; 32],
    progress: &mut dyn FnMut(u64) -> bool,
) -> CoreResult<()> {
    let header_json = serde_json::to_vec(header).expect("a backup header always serializes");
    let header_length = u32::try_from(header_json.len())
        .ok()
        .filter(|length| *length <= MAX_HEADER_BYTES)
        .expect("a header of identifiers and key settings is far below the cap");
    let mut checksums = Checksums { checksum: Sha256::new(), authentication: Some(authentication_for(integrity_key)) };
    let mut put = |bytes: &[u8], checksums: &mut Checksums| -> CoreResult<()> {
        checksums.update(bytes);
        out.write_all(bytes).map_err(|error| CoreError::io(out_path, error))
    };
    put(MAGIC, &mut checksums)?;
    put(&FORMAT_VERSION.to_be_bytes(), &mut checksums)?;
    put(&header_length.to_be_bytes(), &mut checksums)?;
    put(&header_json, &mut checksums)?;

    let mut buffer = vec![0u8; CHUNK_BYTES];
    let mut remaining = header.database.bytes;
    let mut written = 0u64;
    while remaining > 0 {
        let length = usize::try_from(remaining.min(CHUNK_BYTES as u64)).unwrap_or(CHUNK_BYTES);
        // The snapshot was closed before this started: a short read means it changed under
        // us, which must fail rather than produce a backup that does not match its header.
        snapshot.read_exact(&mut buffer[..length]).map_err(|error| CoreError::io(snapshot_path, error))?;
        put(&buffer[..length], &mut checksums)?;
        remaining -= length as u64;
        written += length as u64;
        if !progress(written) {
            return Err(CoreError::BackupCancelled);
        }
    }
    let Checksums { checksum, authentication } = checksums;
    out.write_all(&checksum.finalize()).map_err(|error| CoreError::io(out_path, error))?;
    let authentication = authentication.expect("the writer always authenticates").finalize().into_bytes();
    out.write_all(&authentication).map_err(|error| CoreError::io(out_path, error))?;
    Ok(())
}

/// Reads a backup from its first byte to its last, checking as it goes.
///
/// Use: [`BackupReader::open`] (prefix and header, lengths against the file's), then optionally
/// [`BackupReader::authenticate_with`] once the secret gave the key, then
/// [`BackupReader::copy_snapshot`], then [`BackupReader::finish`] (trailer). Nothing the file
/// says is trusted before `finish` returns `Ok`.
pub(crate) struct BackupReader<R> {
    source: R,
    /// Where the bytes come from, for error messages.
    source_path: PathBuf,
    header: BackupHeader,
    /// Prefix and header as read, so that an HMAC keyed later still covers them.
    read_before_snapshot: Vec<u8>,
    checksums: Checksums,
    snapshot_remaining: u64,
}

impl<R: Read> BackupReader<R> {
    /// Reads and checks the prefix and the header of a file of `file_length` bytes.
    pub(crate) fn open(mut source: R, file_length: u64, source_path: &Path) -> CoreResult<Self> {
        let mut prefix = [0u8; PREFIX_BYTES as usize];
        let available = read_up_to(&mut source, &mut prefix, source_path)?;
        let magic_seen = available.min(MAGIC.len());
        if prefix[..magic_seen] != MAGIC[..magic_seen] {
            return Err(CoreError::NotABackup);
        }
        if available < prefix.len() {
            // The start of our magic, then nothing: a copy cut short (even after 0 bytes).
            return Err(CoreError::BackupTruncated);
        }
        let version = u32::from_be_bytes(prefix[16..20].try_into().expect("4 bytes"));
        if version > FORMAT_VERSION {
            return Err(CoreError::BackupTooNew);
        }
        if version == 0 {
            return Err(CoreError::BackupDamaged { reason: "format version" });
        }
        let header_length = u32::from_be_bytes(prefix[20..24].try_into().expect("4 bytes"));
        if header_length == 0 || header_length > MAX_HEADER_BYTES {
            return Err(CoreError::BackupDamaged { reason: "header length" });
        }
        if file_length < PREFIX_BYTES + u64::from(header_length) {
            return Err(CoreError::BackupTruncated);
        }
        let mut header_json = vec![0u8; header_length as usize];
        read_exactly(&mut source, &mut header_json, source_path)?;
        let header: BackupHeader = serde_json::from_slice(&header_json)
            .map_err(|_| CoreError::BackupDamaged { reason: "header is not valid JSON" })?;
        header.validate()?;
        let expected_length = header.file_length(u64::from(header_length))?;
        if file_length < expected_length {
            return Err(CoreError::BackupTruncated);
        }
        if file_length > expected_length {
            return Err(CoreError::BackupDamaged { reason: "bytes after the end" });
        }
        let mut read_before_snapshot = prefix.to_vec();
        read_before_snapshot.extend_from_slice(&header_json);
        let mut checksums = Checksums { checksum: Sha256::new(), authentication: None };
        checksums.update(&read_before_snapshot);
        let snapshot_remaining = header.database.bytes;
        Ok(BackupReader {
            source,
            source_path: source_path.to_path_buf(),
            header,
            read_before_snapshot,
            checksums,
            snapshot_remaining,
        })
    }

    pub(crate) fn header(&self) -> &BackupHeader {
        &self.header
    }

    /// Checks the HMAC too, with the key derived from the data key. Call before the snapshot
    /// is read.
    pub(crate) fn authenticate_with(&mut self, integrity_key: &[u8; 32]) {
        let mut authentication = authentication_for(integrity_key);
        authentication.update(&self.read_before_snapshot);
        self.checksums.authentication = Some(authentication);
    }

    /// Streams the snapshot to `sink`, `CHUNK_BYTES` at a time. `progress` receives the bytes
    /// read so far and says whether to go on.
    pub(crate) fn copy_snapshot(
        &mut self,
        sink: &mut dyn FnMut(&[u8]) -> CoreResult<()>,
        progress: &mut dyn FnMut(u64) -> bool,
    ) -> CoreResult<()> {
        let mut buffer = vec![0u8; CHUNK_BYTES];
        let mut copied = 0u64;
        while self.snapshot_remaining > 0 {
            let length = usize::try_from(self.snapshot_remaining.min(CHUNK_BYTES as u64)).unwrap_or(CHUNK_BYTES);
            read_exactly(&mut self.source, &mut buffer[..length], &self.source_path)?;
            self.checksums.update(&buffer[..length]);
            sink(&buffer[..length])?;
            self.snapshot_remaining -= length as u64;
            copied += length as u64;
            if !progress(copied) {
                return Err(CoreError::BackupCancelled);
            }
        }
        Ok(())
    }

    /// Reads the trailer and compares it with what was read: the SHA-256 always, the HMAC when
    /// a key was given. Only after this returns `Ok` may the snapshot be used.
    pub(crate) fn finish(mut self) -> CoreResult<BackupHeader> {
        if self.snapshot_remaining > 0 {
            self.copy_snapshot(&mut |_| Ok(()), &mut |_| true)?;
        }
        let mut trailer = [0u8; TRAILER_BYTES as usize];
        read_exactly(&mut self.source, &mut trailer, &self.source_path)?;
        let mut one_more = [0u8; 1];
        if read_up_to(&mut self.source, &mut one_more, &self.source_path)? > 0 {
            // The file grew after its length was taken.
            return Err(CoreError::BackupDamaged { reason: "bytes after the end" });
        }
        let Checksums { checksum, authentication } = self.checksums;
        if checksum.finalize().as_slice() != &trailer[..32] {
            return Err(CoreError::BackupDamaged { reason: "checksum" });
        }
        if let Some(authentication) = authentication {
            // verify_slice compares in constant time.
            authentication
                .verify_slice(&trailer[32..])
                .map_err(|_| CoreError::BackupDamaged { reason: "integrity check" })?;
        }
        Ok(self.header)
    }
}

/// Every check that needs no secret, on a backup given as a reader of `length` bytes: magic,
/// version, header, lengths and the SHA-256 of the whole file. Bounded memory whatever the
/// input; this is what the fuzz target calls.
pub fn check_structure(source: impl Read, length: u64) -> CoreResult<BackupHeader> {
    let mut reader = BackupReader::open(source, length, Path::new("<backup>"))?;
    reader.copy_snapshot(&mut |_| Ok(()), &mut |_| true)?;
    reader.finish()
}

/// Reads until `buffer` is full or the source ends; returns how much was read.
fn read_up_to(source: &mut impl Read, buffer: &mut [u8], path: &Path) -> CoreResult<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match source.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(CoreError::io(path, error)),
        }
    }
    Ok(filled)
}

/// Fills `buffer`; a source that ends first is a truncated backup.
fn read_exactly(source: &mut impl Read, buffer: &mut [u8], path: &Path) -> CoreResult<()> {
    if read_up_to(source, buffer, path)? < buffer.len() {
        return Err(CoreError::BackupTruncated);
    }
    Ok(())
}
