//! The screen lock: the window hides everything and asks for the mediator's PIN, while the
//! store stays open in memory.
//!
//! The PIN never protects the key on disk: a 4-to-12-digit secret on disk would fall to an
//! offline search in hours. It is checked against an Argon2id hash kept *inside* the encrypted
//! database, with a failure counter there too. After [`MAX_PIN_FAILURES`] wrong PINs the PIN no
//! longer opens anything: the passphrase (or, for a keyring store, the recovery key) is needed,
//! and only then does the PIN work again.

use serde::Serialize;
use zeroize::Zeroizing;

use crate::clock;
use crate::error::{CoreError, CoreResult, ValidationError};
use crate::storage::key::{DatabaseKey, PassphraseCost};
use crate::storage::{KeyProtection, Store};

/// Wrong PINs in a row after which the PIN is refused until a stronger secret is given.
pub const MAX_PIN_FAILURES: u32 = 5;
/// The idle time before the window locks itself, unless the mediator chose another.
pub const DEFAULT_IDLE_MINUTES: u32 = 5;
const IDLE_MINUTES_RANGE: std::ops::RangeInclusive<u32> = 1..=120;
const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=12;
/// About a tenth of a second per try: cheap for the mediator, and the counter stops guessing.
const PIN_COST: PassphraseCost = PassphraseCost { memory_kib: 19 * 1024, iterations: 2, parallelism: 1 };

const PIN_KEY: &str = "lock.pin";
const FAILURES_KEY: &str = "lock.pin_failures";
const IDLE_KEY: &str = "lock.idle_minutes";

/// What the lock screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LockSettings {
    pub pin_set: bool,
    pub idle_minutes: u32,
    /// Too many wrong PINs: only the passphrase or the recovery key unlock now.
    pub pin_locked_out: bool,
    pub protection: KeyProtection,
    /// What unlocks the window now: the one rule, so that no screen works it out for itself.
    pub unlocks_with: UnlockSecret,
}

/// What unlocks the locked window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum UnlockSecret {
    /// The mediator's PIN (set, and not too many wrong ones).
    Pin,
    /// The store's passphrase: no PIN chosen, or too many wrong PINs.
    Passphrase,
    /// A keyring store after too many wrong PINs: its recovery key, the only secret it has.
    RecoveryKey,
    /// A keyring store whose mediator chose no PIN: the lock only hides the screen.
    Nothing,
}

impl UnlockSecret {
    fn for_lock(pin_set: bool, pin_locked_out: bool, protection: KeyProtection) -> UnlockSecret {
        match (pin_set && !pin_locked_out, protection, pin_set) {
            (true, _, _) => UnlockSecret::Pin,
            (false, KeyProtection::Passphrase, _) => UnlockSecret::Passphrase,
            (false, KeyProtection::Keyring, true) => UnlockSecret::RecoveryKey,
            (false, KeyProtection::Keyring, false) => UnlockSecret::Nothing,
        }
    }
}

/// The answer to a PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "outcome")]
pub enum PinCheck {
    Accepted,
    Wrong {
        #[serde(rename = "attemptsLeft")]
        attempts_left: u32,
    },
    /// The PIN is refused whatever it is, until the passphrase or recovery key is given.
    LockedOut,
}

impl Store {
    pub(crate) fn local_setting(&self, key: &str) -> CoreResult<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .reader()
            .query_row("SELECT value FROM local_setting WHERE key = ?1", [key], |row| row.get(0))
            .optional()?)
    }

    pub(crate) fn set_local_setting(&mut self, key: &'static str, value: String) -> CoreResult<()> {
        self.write(|transaction| {
            transaction.execute(
                "INSERT INTO local_setting (key, value, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, value, clock::now_timestamp()),
            )?;
            Ok(())
        })
    }

    fn pin_failures(&self) -> CoreResult<u32> {
        Ok(self.local_setting(FAILURES_KEY)?.and_then(|text| text.parse().ok()).unwrap_or(0))
    }

    pub fn lock_settings(&self) -> CoreResult<LockSettings> {
        let pin_set = self.local_setting(PIN_KEY)?.is_some();
        let pin_locked_out = self.pin_failures()? >= MAX_PIN_FAILURES;
        let protection = self.key_protection()?;
        Ok(LockSettings {
            pin_set,
            idle_minutes: self
                .local_setting(IDLE_KEY)?
                .and_then(|text| text.parse().ok())
                .unwrap_or(DEFAULT_IDLE_MINUTES),
            pin_locked_out,
            protection,
            unlocks_with: UnlockSecret::for_lock(pin_set, pin_locked_out, protection),
        })
    }

    /// Chooses the PIN that unlocks the window (4 to 12 digits).
    pub fn set_unlock_pin(&mut self, pin: &str) -> CoreResult<()> {
        check_pin_format(pin)?;
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|_| CoreError::NoRandomness)?;
        let hash = pin_hash(pin, &salt)?;
        let stored = format!("argon2id-19456-2-1${}${}", hex::encode(salt), hex::encode(hash.as_slice()));
        self.set_local_setting(PIN_KEY, stored)?;
        self.set_local_setting(FAILURES_KEY, "0".into())
    }

    /// The idle time before the window locks itself (1 to 120 minutes).
    pub fn set_idle_minutes(&mut self, minutes: u32) -> CoreResult<()> {
        if !IDLE_MINUTES_RANGE.contains(&minutes) {
            return Err(ValidationError::IdleMinutesOutOfRange { max: *IDLE_MINUTES_RANGE.end() }.into());
        }
        self.set_local_setting(IDLE_KEY, minutes.to_string())
    }

    /// Checks a PIN; every wrong one is counted, durably, so that restarting the app does not
    /// give more tries.
    pub fn check_unlock_pin(&mut self, pin: &str) -> CoreResult<PinCheck> {
        let failures = self.pin_failures()?;
        if failures >= MAX_PIN_FAILURES {
            return Ok(PinCheck::LockedOut);
        }
        let stored = self.local_setting(PIN_KEY)?.ok_or(CoreError::PinNotSet)?;
        let (salt, expected) = parse_stored_pin(&stored)?;
        let given = pin_hash(pin, &salt)?;
        if constant_time_equal(given.as_slice(), &expected) {
            self.set_local_setting(FAILURES_KEY, "0".into())?;
            return Ok(PinCheck::Accepted);
        }
        let failures = failures + 1;
        self.set_local_setting(FAILURES_KEY, failures.to_string())?;
        Ok(match MAX_PIN_FAILURES - failures {
            0 => PinCheck::LockedOut,
            attempts_left => PinCheck::Wrong { attempts_left },
        })
    }

    /// The stronger way to unlock: the store's passphrase, or for a keyring store (which has
    /// none) its recovery key. Resets the PIN counter. A keyring store whose mediator chose no
    /// PIN unlocks with nothing: its lock only hides the screen (the window says so and offers
    /// to choose a PIN).
    pub fn unlock_with_secret(&mut self, secret: &str) -> CoreResult<()> {
        let settings = self.lock_settings()?;
        if secret.is_empty() && settings.unlocks_with == UnlockSecret::Nothing {
            return Ok(());
        }
        let candidate = match settings.protection {
            KeyProtection::Passphrase => self.data_dir().key_settings()?.key_from_passphrase(secret)?,
            KeyProtection::Keyring => DatabaseKey::from_recovery_key(secret)?,
        };
        if !self.holds_key(&candidate) {
            return Err(match self.key_protection()? {
                KeyProtection::Passphrase => CoreError::WrongPassphrase,
                KeyProtection::Keyring => CoreError::WrongKey,
            });
        }
        self.set_local_setting(FAILURES_KEY, "0".into())
    }
}

pub(crate) fn check_pin_format(pin: &str) -> CoreResult<()> {
    if !PIN_DIGITS.contains(&pin.chars().count()) || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(ValidationError::PinInvalid.into());
    }
    Ok(())
}

fn pin_hash(pin: &str, salt: &[u8]) -> CoreResult<Zeroizing<[u8; 32]>> {
    let params = argon2::Params::new(PIN_COST.memory_kib, PIN_COST.iterations, PIN_COST.parallelism, Some(32))
        .map_err(|_| CoreError::PinSettingsDamaged)?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut hash = Zeroizing::new([0u8; 32]);
    argon.hash_password_into(pin.as_bytes(), salt, hash.as_mut()).map_err(|_| CoreError::PinSettingsDamaged)?;
    Ok(hash)
}

fn parse_stored_pin(stored: &str) -> CoreResult<(Vec<u8>, Vec<u8>)> {
    let mut parts = stored.split('$');
    let (Some("argon2id-19456-2-1"), Some(salt), Some(hash), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(CoreError::PinSettingsDamaged);
    };
    let salt = hex::decode(salt).map_err(|_| CoreError::PinSettingsDamaged)?;
    let hash = hex::decode(hash).map_err(|_| CoreError::PinSettingsDamaged)?;
    Ok((salt, hash))
}

/// Compares without stopping at the first difference, so timing tells nothing of the hash.
fn constant_time_equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |difference, (x, y)| difference | (x ^ y)) == 0
}
