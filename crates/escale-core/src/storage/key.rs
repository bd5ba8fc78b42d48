//! The database key: where it comes from and how it is protected.
//!
//! Two protections, chosen when the data directory is created and recorded in the plain-text
//! `key-settings.json` beside the database (it holds no secret):
//! - **keyring** (default): a random 256-bit key kept in the operating system's keyring
//!   (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows), under an
//!   entry named after the data directory's own random identifier;
//! - **passphrase**: where no keyring answers (a headless machine, CI), the key is derived from
//!   a passphrase with Argon2id and a random salt stored in the settings file.
//!
//! The key itself never touches the disk in clear and is wiped from memory when dropped.

use std::path::Path;
use std::sync::Arc;

pub use keyring_core::CredentialStore;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{CoreError, CoreResult};

/// The keyring service under which Escale keeps its database keys.
pub const KEYRING_SERVICE: &str = "Escale";
/// A passphrase shorter than this protects sensitive data too weakly.
pub const MINIMUM_PASSPHRASE_LENGTH: usize = 10;

/// A 256-bit SQLCipher key. Wiped from memory on drop; never printed.
pub struct DatabaseKey(Zeroizing<[u8; 32]>);

impl DatabaseKey {
    pub(crate) fn random() -> CoreResult<Self> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut())
            .map_err(|error| CoreError::KeyringUnavailable(format!("no randomness: {error}")))?;
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
}

impl std::fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseKey(<hidden>)")
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
    /// 64 MiB, 3 passes: about half a second on an old laptop, and well above OWASP's minimum.
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
    /// Format of this file, for later changes.
    pub format: u32,
    /// A random identifier of this data directory, naming its keyring entry.
    pub store_id: String,
    pub protection: KeyProtection,
    /// Hex salt of the Argon2id derivation (passphrase protection only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<PassphraseCost>,
}

impl KeySettings {
    pub(crate) fn for_keyring() -> Self {
        KeySettings {
            format: 1,
            store_id: uuid::Uuid::now_v7().to_string(),
            protection: KeyProtection::Keyring,
            salt: None,
            cost: None,
        }
    }

    pub(crate) fn for_passphrase(cost: PassphraseCost) -> CoreResult<Self> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt)
            .map_err(|error| CoreError::KeyringUnavailable(format!("no randomness: {error}")))?;
        Ok(KeySettings {
            format: 1,
            store_id: uuid::Uuid::now_v7().to_string(),
            protection: KeyProtection::Passphrase,
            salt: Some(hex::encode(salt)),
            cost: Some(cost),
        })
    }

    pub(crate) fn load(path: &Path) -> CoreResult<Self> {
        let text = std::fs::read_to_string(path).map_err(|error| CoreError::io(path, error))?;
        serde_json::from_str(&text).map_err(|error| CoreError::KeySettingsDamaged(error.to_string()))
    }

    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("key settings always serialize")
    }

    fn keyring_user(&self) -> String {
        format!("database-key-{}", self.store_id)
    }

    /// Stores a new key in the keyring entry of this data directory.
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

    /// Reads the key of this data directory from the keyring.
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

    /// Removes the key from the keyring (when a half-created data directory is abandoned).
    pub(crate) fn forget_keyring_key(&self, keyring: &Arc<CredentialStore>) {
        if let Ok(entry) = keyring.build(KEYRING_SERVICE, &self.keyring_user(), None) {
            let _ = entry.delete_credential();
        }
    }

    /// Derives the key from a passphrase with this directory's salt and cost.
    pub fn key_from_passphrase(&self, passphrase: &str) -> CoreResult<DatabaseKey> {
        let (Some(salt), Some(cost)) = (&self.salt, &self.cost) else {
            return Err(CoreError::KeySettingsDamaged("passphrase settings without salt".into()));
        };
        let salt = hex::decode(salt)
            .map_err(|_| CoreError::KeySettingsDamaged("salt is not hexadecimal".into()))?;
        let params = argon2::Params::new(cost.memory_kib, cost.iterations, cost.parallelism, Some(32))
            .map_err(|error| CoreError::KeySettingsDamaged(error.to_string()))?;
        let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut bytes = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passphrase.as_bytes(), &salt, bytes.as_mut())
            .map_err(|error| CoreError::KeySettingsDamaged(error.to_string()))?;
        Ok(DatabaseKey(bytes))
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
