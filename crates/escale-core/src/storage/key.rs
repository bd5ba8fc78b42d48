//! The database key: where it comes from, how it is protected, and how it is recovered.
//!
//! Every store has one random 256-bit **data key**: SQLCipher encrypts every page with it. It is
//! never written to disk in clear. What protects it is recorded in the plain-text
//! `key-settings.json` beside the database (which holds no secret), written twice — the file and
//! a mirror — so that one damaged file loses nothing:
//! - **keyring** (default): the data key is kept in the operating system's keyring (Secret
//!   Service on Linux, Keychain on macOS, Credential Manager on Windows), under an entry named
//!   after the data directory's own random identifier;
//! - **passphrase**: for shared laptops and machines without a keyring, the data key is
//!   *wrapped* (XChaCha20-Poly1305) with a key derived from the passphrase by Argon2id. Changing
//!   the passphrase, or switching between keyring and passphrase, re-wraps the same data key: the
//!   database is never re-encrypted.
//!
//! The **recovery key** printed on the recovery sheet is the data key itself, written in 14
//! groups of 4 characters with a checksum. It is deliberately independent of `key-settings.json`
//! and of the keyring: with the database file and the sheet alone, the data opens again on a
//! new laptop, after the keyring was reset, the settings file lost or the passphrase forgotten.
//!
//! Stores created before wrapping existed (settings format 1, passphrase) derived the data key
//! from the passphrase directly; they still open, and their recovery key is that derived key.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
pub use keyring_core::CredentialStore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{CoreError, CoreResult};

/// The keyring service under which Escale keeps its database keys.
pub const KEYRING_SERVICE: &str = "Escale";
/// A passphrase shorter than this protects sensitive data too weakly.
pub const MINIMUM_PASSPHRASE_LENGTH: usize = 10;
/// The format of `key-settings.json` written by this version.
pub(crate) const SETTINGS_FORMAT: u32 = 2;

/// A 256-bit SQLCipher key. Wiped from memory on drop; never printed.
pub struct DatabaseKey(Zeroizing<[u8; 32]>);

impl DatabaseKey {
    pub(crate) fn random() -> CoreResult<Self> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut()).map_err(|_| CoreError::NoRandomness)?;
        Ok(DatabaseKey(bytes))
    }

    /// The `PRAGMA key` value: a raw key, so SQLCipher skips its own (slow) derivation.
    pub(crate) fn pragma_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(self.0.as_ref())))
    }

    fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.0.as_ref()))
    }

    fn from_hex(text: &str) -> CoreResult<Self> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(text.trim(), bytes.as_mut()).map_err(|_| CoreError::WrongKey)?;
        Ok(DatabaseKey(bytes))
    }

    pub(crate) fn is_same_as(&self, other: &DatabaseKey) -> bool {
        *self.0 == *other.0
    }

    pub(crate) fn duplicate(&self) -> DatabaseKey {
        DatabaseKey(Zeroizing::new(*self.0))
    }

    /// A 256-bit key for one purpose, derived from this key with HKDF-SHA256 (RFC 5869), so
    /// that the data key itself never keys anything but the database: a backup's integrity
    /// key and key check are such derived keys. `salt` makes each backup's keys its own.
    pub(crate) fn derive_subkey(&self, salt: &[u8], purpose: &str) -> Zeroizing<[u8; 32]> {
        let mut derived = Zeroizing::new([0u8; 32]);
        hkdf::Hkdf::<Sha256>::new(Some(salt), self.0.as_ref())
            .expand(purpose.as_bytes(), derived.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        derived
    }

    /// The recovery key that writes this key down for people.
    pub fn recovery_key(&self) -> RecoveryKey {
        let mut bytes = Zeroizing::new([0u8; RECOVERY_BYTES]);
        bytes[..32].copy_from_slice(self.0.as_ref());
        bytes[32..].copy_from_slice(&recovery_checksum(&self.0));
        RecoveryKey(encode_base32(bytes.as_ref()))
    }

    /// Reads a recovery key as a person typed it: any case, with or without spaces or dashes,
    /// O for 0 and I or L for 1. A typing mistake is [`CoreError::RecoveryKeyMistyped`]; a key
    /// that is well formed but belongs to another store fails later, when it opens nothing.
    pub fn from_recovery_key(typed: &str) -> CoreResult<DatabaseKey> {
        let bytes = decode_base32(typed).ok_or(CoreError::RecoveryKeyMistyped)?;
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&bytes[..32]);
        if recovery_checksum(&key) != bytes[32..] {
            return Err(CoreError::RecoveryKeyMistyped);
        }
        Ok(DatabaseKey(key))
    }
}

impl std::fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseKey(<hidden>)")
    }
}

/// 32 key bytes and 3 checksum bytes: 280 bits, exactly 56 base-32 characters.
const RECOVERY_BYTES: usize = 35;
const RECOVERY_CHARACTERS: usize = 56;
/// Crockford's base 32: digits and capitals without I, L, O, U, which are read or heard wrong.
const BASE32_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn recovery_checksum(key: &[u8; 32]) -> [u8; 3] {
    let digest = Sha256::new().chain_update(b"escale recovery key").chain_update(key).finalize();
    [digest[0], digest[1], digest[2]]
}

fn encode_base32(bytes: &[u8]) -> Zeroizing<String> {
    let mut text = Zeroizing::new(String::with_capacity(RECOVERY_CHARACTERS));
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            text.push(char::from(BASE32_ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    buffer.zeroize();
    text
}

fn decode_base32(typed: &str) -> Option<Zeroizing<Vec<u8>>> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(RECOVERY_BYTES));
    let mut buffer: u32 = 0;
    let mut bits = 0;
    let mut characters = 0;
    for character in typed.chars() {
        if character.is_whitespace() || matches!(character, '-' | '‐' | '–' | '.') {
            continue;
        }
        let value = match character.to_ascii_uppercase() {
            'O' => 0,
            'I' | 'L' => 1,
            upper => BASE32_ALPHABET.iter().position(|&letter| char::from(letter) == upper)? as u32,
        };
        characters += 1;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    buffer.zeroize();
    (characters == RECOVERY_CHARACTERS && bytes.len() == RECOVERY_BYTES).then_some(bytes)
}

/// The data key written for people: 14 groups of 4 characters. Wiped from memory on drop.
pub struct RecoveryKey(Zeroizing<String>);

impl RecoveryKey {
    /// The groups of 4 characters, in order, as printed on the recovery sheet.
    pub fn groups(&self) -> Vec<&str> {
        (0..self.0.len()).step_by(4).map(|start| &self.0[start..start + 4]).collect()
    }

    /// The groups joined by dashes, as a person may copy it in one line.
    pub fn formatted(&self) -> Zeroizing<String> {
        Zeroizing::new(self.groups().join("-"))
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(<hidden>)")
    }
}

/// How the key of a data directory is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum KeyProtection {
    Keyring,
    Passphrase,
}

/// Argon2id cost. Stored with the salt so that it can be raised later without locking anyone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PassphraseCost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl PassphraseCost {
    /// 64 MiB, 3 passes, one lane: well above OWASP's minimum for Argon2id (19 MiB, 2 passes),
    /// and measured by `cargo bench -p escale-core -- key_derivation` (target: ≤ 1 s on an old
    /// 2-core laptop). 64 MiB stays affordable on a 4 GB machine.
    pub const STANDARD: PassphraseCost =
        PassphraseCost { memory_kib: 64 * 1024, iterations: 3, parallelism: 1 };
    /// For tests only: fast, and far too weak for real data.
    pub const FAST_FOR_TESTS: PassphraseCost =
        PassphraseCost { memory_kib: 1024, iterations: 1, parallelism: 1 };
}

/// The contents of `key-settings.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeySettings {
    /// Format of this file: 1 (passphrase-derived key), 2 (wrapped key).
    pub format: u32,
    /// A random identifier of this data directory, naming its keyring entry.
    pub store_id: String,
    pub protection: KeyProtection,
    /// Hex salt of the Argon2id derivation (passphrase protection only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<PassphraseCost>,
    /// Hex of the 24-byte nonce and the encrypted data key with its tag (passphrase protection,
    /// format 2). The store identifier is authenticated with it: a wrapped key copied into
    /// another store's settings does not unwrap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wrapped_key: Option<String>,
}

impl KeySettings {
    pub(crate) fn for_keyring(store_id: String) -> Self {
        KeySettings {
            format: SETTINGS_FORMAT,
            store_id,
            protection: KeyProtection::Keyring,
            salt: None,
            cost: None,
            wrapped_key: None,
        }
    }

    /// Settings that protect `key` with a passphrase: a fresh salt, and the key wrapped.
    pub(crate) fn for_passphrase(
        store_id: String,
        passphrase: &str,
        cost: PassphraseCost,
        key: &DatabaseKey,
    ) -> CoreResult<Self> {
        if passphrase.chars().count() < MINIMUM_PASSPHRASE_LENGTH {
            return Err(CoreError::PassphraseTooShort { min: MINIMUM_PASSPHRASE_LENGTH });
        }
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|_| CoreError::NoRandomness)?;
        let wrapping_key = derive_wrapping_key(passphrase, &salt, cost)?;
        let wrapped_key = wrap(&wrapping_key, key, &store_id)?;
        Ok(KeySettings {
            format: SETTINGS_FORMAT,
            store_id,
            protection: KeyProtection::Passphrase,
            salt: Some(hex::encode(salt)),
            cost: Some(cost),
            wrapped_key: Some(wrapped_key),
        })
    }

    fn parse(text: &str) -> CoreResult<Self> {
        let settings: KeySettings =
            serde_json::from_str(text).map_err(|error| CoreError::KeySettingsDamaged(error.to_string()))?;
        if settings.format > SETTINGS_FORMAT {
            return Err(CoreError::KeySettingsTooNew { found: settings.format });
        }
        if settings.protection == KeyProtection::Passphrase && (settings.salt.is_none() || settings.cost.is_none())
        {
            return Err(CoreError::KeySettingsDamaged("passphrase settings without salt or cost".into()));
        }
        Ok(settings)
    }

    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("key settings always serialize")
    }

    fn keyring_user(&self) -> String {
        format!("database-key-{}", self.store_id)
    }

    /// Stores the data key in the keyring entry of this data directory.
    pub(crate) fn save_to_keyring(
        &self,
        keyring: &Arc<CredentialStore>,
        key: &DatabaseKey,
    ) -> CoreResult<()> {
        let entry = keyring
            .build(KEYRING_SERVICE, &self.keyring_user(), None)
            .map_err(|error| CoreError::KeyringUnavailable(error.to_string()))?;
        entry
            .set_password(&key.to_hex())
            .map_err(|error| CoreError::KeyringUnavailable(error.to_string()))
    }

    /// Reads the data key of this data directory from the keyring.
    pub fn key_from_keyring(&self, keyring: &Arc<CredentialStore>) -> CoreResult<DatabaseKey> {
        let entry = keyring
            .build(KEYRING_SERVICE, &self.keyring_user(), None)
            .map_err(|error| CoreError::KeyringUnavailable(error.to_string()))?;
        match entry.get_password() {
            Ok(mut text) => {
                let key = DatabaseKey::from_hex(&text);
                text.zeroize();
                key
            }
            Err(keyring_core::Error::NoEntry) => Err(CoreError::KeyMissingFromKeyring),
            Err(error) => Err(CoreError::KeyringUnavailable(error.to_string())),
        }
    }

    /// Removes the key from the keyring (when the store moves to a passphrase, or a
    /// half-created data directory is abandoned).
    pub(crate) fn forget_keyring_key(&self, keyring: &Arc<CredentialStore>) {
        if let Ok(entry) = keyring.build(KEYRING_SERVICE, &self.keyring_user(), None) {
            let _ = entry.delete_credential();
        }
    }

    /// The data key, from the passphrase: unwrapped (format 2) or derived (format 1).
    /// A wrong passphrase is [`CoreError::WrongPassphrase`] (format 2) or, for format 1 where
    /// nothing can tell it before the database is read, [`CoreError::WrongKey`] at opening.
    pub fn key_from_passphrase(&self, passphrase: &str) -> CoreResult<DatabaseKey> {
        let (Some(salt), Some(cost)) = (&self.salt, &self.cost) else {
            return Err(CoreError::KeySettingsDamaged("passphrase settings without salt".into()));
        };
        let salt = hex::decode(salt)
            .map_err(|_| CoreError::KeySettingsDamaged("salt is not hexadecimal".into()))?;
        let derived = derive_wrapping_key(passphrase, &salt, *cost)?;
        match &self.wrapped_key {
            Some(wrapped) => unwrap(&derived, wrapped, &self.store_id),
            None => Ok(derived),
        }
    }
}

/// Argon2id of the passphrase: the key that wraps the data key (or, in format 1, the data key).
fn derive_wrapping_key(passphrase: &str, salt: &[u8], cost: PassphraseCost) -> CoreResult<DatabaseKey> {
    let params = argon2::Params::new(cost.memory_kib, cost.iterations, cost.parallelism, Some(32))
        .map_err(|error| CoreError::KeySettingsDamaged(error.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut bytes = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, bytes.as_mut())
        .map_err(|error| CoreError::KeySettingsDamaged(error.to_string()))?;
    Ok(DatabaseKey(bytes))
}

/// Benchmarks the standard derivation (`cargo bench`); not part of the API.
#[doc(hidden)]
pub fn derive_for_benchmark(passphrase: &str, cost: PassphraseCost) -> CoreResult<()> {
    derive_wrapping_key(passphrase, &[7u8; 16], cost).map(drop)
}

const NONCE_BYTES: usize = 24;

fn wrap(wrapping_key: &DatabaseKey, key: &DatabaseKey, store_id: &str) -> CoreResult<String> {
    let cipher = XChaCha20Poly1305::new(wrapping_key.0.as_ref().into());
    let mut nonce = [0u8; NONCE_BYTES];
    getrandom::fill(&mut nonce).map_err(|_| CoreError::NoRandomness)?;
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: key.0.as_ref(), aad: store_id.as_bytes() })
        .map_err(|_| CoreError::NoRandomness)?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    Ok(hex::encode(out))
}

fn unwrap(wrapping_key: &DatabaseKey, wrapped: &str, store_id: &str) -> CoreResult<DatabaseKey> {
    let bytes = hex::decode(wrapped.trim())
        .map_err(|_| CoreError::KeySettingsDamaged("wrapped key is not hexadecimal".into()))?;
    if bytes.len() != NONCE_BYTES + 32 + 16 {
        return Err(CoreError::KeySettingsDamaged("wrapped key has the wrong length".into()));
    }
    let cipher = XChaCha20Poly1305::new(wrapping_key.0.as_ref().into());
    let opened = cipher
        .decrypt(
            XNonce::from_slice(&bytes[..NONCE_BYTES]),
            Payload { msg: &bytes[NONCE_BYTES..], aad: store_id.as_bytes() },
        )
        .map(Zeroizing::new)
        .map_err(|_| CoreError::WrongPassphrase)?;
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&opened);
    Ok(DatabaseKey(key))
}

/// Where the key settings of a data directory live: the file and its mirror.
pub(crate) struct KeySettingsFiles {
    pub(crate) primary: PathBuf,
    pub(crate) mirror: PathBuf,
}

impl KeySettingsFiles {
    pub(crate) fn in_folder(folder: &Path) -> Self {
        KeySettingsFiles {
            primary: folder.join("key-settings.json"),
            mirror: folder.join("key-settings.mirror.json"),
        }
    }

    /// The settings from the file, or from the mirror when the file is missing or damaged; the
    /// damaged copy is then rewritten from the good one. When both are gone or damaged, the
    /// error says so ([`CoreError::KeySettingsMissing`] or the damage found): the recovery key
    /// is then the way back.
    pub(crate) fn load(&self) -> CoreResult<KeySettings> {
        let read = |path: &Path| -> Option<CoreResult<KeySettings>> {
            match std::fs::read_to_string(path) {
                Ok(text) => Some(KeySettings::parse(&text)),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
                Err(error) => Some(Err(CoreError::io(path, error))),
            }
        };
        match (read(&self.primary), read(&self.mirror)) {
            (Some(Ok(primary)), mirror) => {
                if !matches!(&mirror, Some(Ok(copy)) if *copy == primary) {
                    // Best effort: the file we just read is good; a failing repair loses nothing.
                    let _ = super::write_file_durably(&self.mirror, primary.to_json().as_bytes());
                }
                Ok(primary)
            }
            (primary, Some(Ok(mirror))) => {
                if !matches!(primary, Some(Err(CoreError::KeySettingsTooNew { .. }))) {
                    let _ = super::write_file_durably(&self.primary, mirror.to_json().as_bytes());
                }
                Ok(mirror)
            }
            (Some(Err(error)), _) => Err(error),
            (None, Some(Err(error))) => Err(error),
            (None, None) => Err(CoreError::KeySettingsMissing),
        }
    }

    /// Writes the settings to the file and to its mirror, each durably and atomically.
    pub(crate) fn save(&self, settings: &KeySettings) -> CoreResult<()> {
        let json = settings.to_json();
        super::write_file_durably(&self.primary, json.as_bytes())?;
        super::write_file_durably(&self.mirror, json.as_bytes())
    }

    pub(crate) fn remove(&self) {
        let _ = std::fs::remove_file(&self.primary);
        let _ = std::fs::remove_file(&self.mirror);
    }
}

/// The operating system's keyring, or why it cannot be used.
///
/// On Linux this asks the Secret Service over D-Bus (GNOME Keyring, KWallet); it fails on a
/// machine without a session bus, which is exactly when the passphrase protection is needed.
pub fn system_keyring() -> CoreResult<Arc<CredentialStore>> {
    #[cfg(target_os = "linux")]
    let store = zbus_secret_service_keyring_store::Store::new()
        .map(|store| store as Arc<CredentialStore>);
    #[cfg(target_os = "macos")]
    let store = apple_native_keyring_store::keychain::Store::new()
        .map(|store| store as Arc<CredentialStore>);
    #[cfg(target_os = "windows")]
    let store = windows_native_keyring_store::Store::new().map(|store| store as Arc<CredentialStore>);
    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    let store: keyring_core::Result<Arc<CredentialStore>> =
        Err(keyring_core::Error::NotSupportedByStore("no keyring on this system".into()));
    store.map_err(|error| CoreError::KeyringUnavailable(error.to_string()))
}

/// Checks, by writing and removing a throwaway entry, that the keyring really stores secrets:
/// a Secret Service can exist yet be locked with nobody to unlock it.
pub fn keyring_answers(keyring: &Arc<CredentialStore>) -> bool {
    let probe = format!("probe-{}", uuid::Uuid::now_v7());
    let Ok(entry) = keyring.build(KEYRING_SERVICE, &probe, None) else { return false };
    let works = entry.set_password("probe").is_ok() && entry.get_password().is_ok();
    let _ = entry.delete_credential();
    works
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_key_reads_back_as_the_same_key_whatever_the_typing() {
        let key = DatabaseKey::random().expect("randomness");
        let recovery = key.recovery_key();
        assert_eq!(recovery.groups().len(), 14, "56 characters make 14 groups of 4");
        let typed_sloppily = recovery.groups().join("  ").to_lowercase().replace('0', "o").replace('1', "l");
        let read = DatabaseKey::from_recovery_key(&typed_sloppily).expect("case, spaces, O/0 and L/1 are forgiven");
        assert_eq!(*read.0, *key.0, "the recovery key is the data key itself");
    }

    #[test]
    fn one_wrong_character_is_a_typing_mistake() {
        let key = DatabaseKey::random().expect("randomness");
        let text = key.recovery_key().formatted().to_string();
        let mut changed: Vec<char> = text.chars().collect();
        changed[5] = if changed[5] == 'A' { 'B' } else { 'A' };
        let changed: String = changed.into_iter().collect();
        assert!(
            matches!(DatabaseKey::from_recovery_key(&changed), Err(CoreError::RecoveryKeyMistyped)),
            "the checksum catches a single changed character, so the person is told to check their typing"
        );
        assert!(
            matches!(DatabaseKey::from_recovery_key(&text[..text.len() - 5]), Err(CoreError::RecoveryKeyMistyped)),
            "a missing group is a typing mistake too"
        );
    }

    #[test]
    fn a_wrapped_key_opens_only_with_its_passphrase_and_store() {
        let key = DatabaseKey::random().expect("randomness");
        let settings =
            KeySettings::for_passphrase("store-a".into(), "correct horse battery", PassphraseCost::FAST_FOR_TESTS, &key)
                .expect("wrapped");
        let opened = settings.key_from_passphrase("correct horse battery").expect("the right passphrase unwraps");
        assert_eq!(*opened.0, *key.0, "unwrapping gives back the data key");
        assert!(
            matches!(settings.key_from_passphrase("wrong horse battery"), Err(CoreError::WrongPassphrase)),
            "a wrong passphrase fails authentication before the database is touched"
        );
        let moved = KeySettings { store_id: "store-b".into(), ..settings };
        assert!(
            matches!(moved.key_from_passphrase("correct horse battery"), Err(CoreError::WrongPassphrase)),
            "the store identifier is authenticated: a wrapped key pasted into another store's settings does not open"
        );
    }
}
