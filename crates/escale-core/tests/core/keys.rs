//! Keys and recovery: nothing destroys a database to start over, the recovery key opens it
//! whatever else was lost, and a change of protection re-wraps the key without touching data.

use escale_core::session::{self, Access};
use escale_core::storage::{Credentials, KeyProtection, PassphraseCost};
use escale_core::{CoreError, DataDir, NewKey, Store};

use crate::support::{
    PASSPHRASE, TestStore, add_person, create_with_passphrase, everyone, files_starting_with, keyring_entry,
    mock_keyring, open_with_keyring, open_with_passphrase,
};

const NEW_PASSPHRASE: &str = "une toute nouvelle phrase secrète";

#[track_caller]
fn error_of<T>(result: escale_core::CoreResult<T>) -> CoreError {
    match result {
        Err(error) => error,
        Ok(_) => panic!("expected an error, got a success"),
    }
}

fn sha256_of_database(folder: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    files_starting_with(folder, "escale.db")
}

fn remove_key_settings(folder: &std::path::Path) {
    for name in ["key-settings.json", "key-settings.mirror.json"] {
        std::fs::remove_file(folder.join(name)).unwrap_or_else(|error| panic!("{name} can be removed: {error}"));
    }
}

fn passphrase_key(passphrase: &str) -> NewKey<'_> {
    NewKey::Passphrase { passphrase, cost: PassphraseCost::FAST_FOR_TESTS }
}

#[test]
fn a_database_without_key_settings_is_never_replaced_and_the_recovery_key_opens_it() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Amina", "Benali");
    let recovery_key = store.recovery_key().formatted().to_string();
    store.close();
    remove_key_settings(store.folder.path());
    let before = sha256_of_database(store.folder.path());

    let data_dir = store.data_dir();
    assert!(data_dir.has_database(), "the database is still there without its settings");
    let error = error_of(Store::create(&data_dir, NewKey::Keyring(&store.keyring)));
    assert!(
        matches!(error, CoreError::AlreadyInitialised(_)),
        "a database without key settings is data, not a leftover to replace: got {error:?}"
    );
    let error = error_of(Store::unlock(&data_dir, &Credentials { keyring: Some(&store.keyring), passphrase: None }));
    assert!(matches!(error, CoreError::KeySettingsMissing), "unlock says what is missing, got {error:?}");
    assert!(
        matches!(session::open_at_start(&data_dir, Some(&store.keyring), None), Access::NeedsRecovery(CoreError::KeySettingsMissing)),
        "the start policy of the window and the CLI leads to recovery, never to a new setup"
    );
    assert_eq!(
        sha256_of_database(store.folder.path()),
        before,
        "refused creations and failed unlocks changed no byte of the database"
    );

    let recovered = Store::recover(&data_dir, &recovery_key, NewKey::Keyring(&store.keyring))
        .expect("the recovery key opens the database and protects the key anew");
    assert_eq!(recovered.beneficiary(&person.id).expect("still there"), person, "nothing was lost");
    drop(recovered);
    let reopened = open_with_keyring(&data_dir, &store.keyring).expect("new settings were written; the keyring opens it");
    assert_eq!(everyone(&reopened).len(), 1, "the same data, through the ordinary unlock");
}

#[test]
fn damaged_key_settings_lead_to_recovery_and_a_good_mirror_repairs_them() {
    let mut store = TestStore::new();
    add_person(&mut store, "Oksana", "Kovalenko");
    store.close();
    let folder = store.folder.path().to_path_buf();
    std::fs::write(folder.join("key-settings.json"), b"{ half a file").expect("writable");
    let reopened = open_with_keyring(&store.data_dir(), &store.keyring)
        .expect("the mirror holds the same settings: the store opens as if nothing happened");
    drop(reopened);
    let repaired = std::fs::read_to_string(folder.join("key-settings.json")).expect("readable");
    assert!(repaired.contains("\"storeId\""), "the damaged file was rewritten from its mirror: {repaired}");

    std::fs::write(folder.join("key-settings.json"), b"{ damaged").expect("writable");
    std::fs::write(folder.join("key-settings.mirror.json"), b"also damaged").expect("writable");
    let error = error_of(open_with_keyring(&store.data_dir(), &store.keyring));
    assert!(
        matches!(error, CoreError::KeySettingsDamaged(_)),
        "both copies damaged: the error says so (and the window offers recovery), got {error:?}"
    );
    assert!(error.calls_for_recovery(), "damaged settings call for the recovery key");
    assert!(store.data_dir().has_database(), "the database was not touched");
}

#[test]
fn the_recovery_key_opens_the_data_on_a_new_laptop_under_a_passphrase() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Mehdi", "Rahimi");
    let recovery_key = store.recovery_key().formatted().to_string();
    store.close();

    // A new laptop: the same files (copied from a backup), another keyring that knows nothing.
    let laptop = tempfile::tempdir().expect("a temporary folder");
    for name in ["escale.db", "key-settings.json", "key-settings.mirror.json"] {
        std::fs::copy(store.folder.path().join(name), laptop.path().join(name)).expect("copied");
    }
    let data_dir = DataDir::new(laptop.path());
    let empty_keyring = mock_keyring();
    let error = error_of(open_with_keyring(&data_dir, &empty_keyring));
    assert!(matches!(error, CoreError::KeyMissingFromKeyring), "the new keyring has no key: {error:?}");
    assert!(error.calls_for_recovery(), "which the recovery key solves");

    let typed = recovery_key.to_lowercase().replace('-', " ");
    let recovered = Store::recover(&data_dir, &typed, passphrase_key(NEW_PASSPHRASE))
        .expect("the recovery key, typed in lower case with spaces, opens the data");
    assert_eq!(recovered.beneficiary(&person.id).expect("there"), person, "the person came along");
    drop(recovered);
    let settings = data_dir.key_settings().expect("new settings");
    assert_eq!(settings.protection, KeyProtection::Passphrase, "the laptop now uses the passphrase chosen at recovery");
    open_with_passphrase(&data_dir, NEW_PASSPHRASE).expect("the new passphrase opens it");
}

#[test]
fn a_forgotten_passphrase_is_replaced_with_the_recovery_key() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(folder.path());
    let mut store = create_with_passphrase(&data_dir, PASSPHRASE).expect("created");
    add_person(&mut store, "Hagos", "Tesfaye");
    let recovery_key = store.recovery_key().formatted().to_string();
    drop(store);

    let recovered = Store::recover(&data_dir, &recovery_key, passphrase_key(NEW_PASSPHRASE)).expect("recovered");
    drop(recovered);
    let error = error_of(open_with_passphrase(&data_dir, PASSPHRASE));
    assert!(
        matches!(error, CoreError::WrongPassphrase),
        "the forgotten passphrase no longer opens anything once replaced, got {error:?}"
    );
    let store = open_with_passphrase(&data_dir, NEW_PASSPHRASE).expect("the new one does");
    assert_eq!(everyone(&store).len(), 1, "with the data intact");
}

#[test]
fn a_recovery_key_of_another_store_or_mistyped_changes_nothing() {
    let mut store = TestStore::new();
    add_person(&mut store, "Élodie", "N'Diaye");
    store.close();
    let other = TestStore::new();
    let other_key = other.recovery_key().formatted().to_string();
    let settings_before = std::fs::read(store.folder.path().join("key-settings.json")).expect("readable");
    let files_before = sha256_of_database(store.folder.path());

    let error = error_of(Store::recover(&store.data_dir(), &other_key, passphrase_key(NEW_PASSPHRASE)));
    assert!(matches!(error, CoreError::WrongKey), "another store's key opens nothing: {error:?}");
    let mut mistyped: Vec<char> = other_key.chars().collect();
    mistyped[0] = if mistyped[0] == 'Z' { 'Y' } else { 'Z' };
    let error = error_of(Store::recover(
        &store.data_dir(),
        &mistyped.into_iter().collect::<String>(),
        passphrase_key(NEW_PASSPHRASE),
    ));
    assert!(matches!(error, CoreError::RecoveryKeyMistyped), "a typing mistake is told as such: {error:?}");

    assert_eq!(
        std::fs::read(store.folder.path().join("key-settings.json")).expect("readable"),
        settings_before,
        "failed recoveries leave the key settings as they were"
    );
    assert_eq!(sha256_of_database(store.folder.path()), files_before, "and the database too");
    open_with_keyring(&store.data_dir(), &store.keyring).expect("the usual key still opens it");
}

#[test]
fn changing_the_protection_rewraps_the_key_and_never_reencrypts_the_data() {
    let mut store = TestStore::new();
    add_person(&mut store, "Nadia", "Haddad");
    store.checkpoint().expect("the log is folded into the file");
    let database_before = std::fs::read(store.data_dir().database_path()).expect("readable");
    let keyring = store.keyring.clone();
    let recovery_before = store.recovery_key().formatted().to_string();

    // Keyring → passphrase: the keyring entry goes away.
    store
        .change_key_protection(&Credentials { keyring: Some(&keyring), passphrase: None }, passphrase_key(PASSPHRASE))
        .expect("the key moves under a passphrase");
    assert_eq!(store.key_protection().expect("readable"), KeyProtection::Passphrase, "settings say passphrase");
    let remaining = keyring
        .search(&std::collections::HashMap::from([("service", escale_core::storage::key::KEYRING_SERVICE)]))
        .expect("searchable");
    assert!(
        remaining.iter().all(|entry| entry.get_password().is_err()),
        "the key left the keyring: the passphrase alone protects it now"
    );

    // Changing the passphrase needs the current one.
    let error = error_of(store.change_key_protection(
        &Credentials { keyring: None, passphrase: Some("not the passphrase at all") },
        passphrase_key(NEW_PASSPHRASE),
    ));
    assert!(matches!(error, CoreError::WrongPassphrase), "a laptop left open is not enough: {error:?}");
    let error = error_of(store.change_key_protection(&Credentials::default(), passphrase_key(NEW_PASSPHRASE)));
    assert!(matches!(error, CoreError::PassphraseRequired), "the current passphrase is asked: {error:?}");
    store
        .change_key_protection(&Credentials { keyring: None, passphrase: Some(PASSPHRASE) }, passphrase_key(NEW_PASSPHRASE))
        .expect("with the current passphrase, it changes");

    // Passphrase → keyring.
    store
        .change_key_protection(&Credentials { keyring: None, passphrase: Some(NEW_PASSPHRASE) }, NewKey::Keyring(&keyring))
        .expect("back to the keyring");
    store.checkpoint().expect("folded");
    assert_eq!(
        std::fs::read(store.data_dir().database_path()).expect("readable"),
        database_before,
        "three changes of protection did not rewrite one byte of the database: the same key encrypts it"
    );
    assert_eq!(
        store.recovery_key().formatted().to_string(),
        recovery_before,
        "the printed recovery sheet stays valid after any change of protection"
    );
    store.reopen();
    keyring_entry(&store.data_dir(), &store.keyring);
    let error = error_of(open_with_passphrase(&store.data_dir(), NEW_PASSPHRASE));
    assert!(
        matches!(error, CoreError::KeySettingsDamaged(_)),
        "the old passphrase protection is gone from the settings, got {error:?}"
    );
}

#[test]
fn the_passphrase_is_checked_before_anything_is_written() {
    let mut store = TestStore::new();
    let settings_before = store.data_dir().key_settings().expect("readable");
    let keyring = store.keyring.clone();
    let error = error_of(store.change_key_protection(
        &Credentials { keyring: Some(&keyring), passphrase: None },
        passphrase_key("short"),
    ));
    assert!(matches!(error, CoreError::PassphraseTooShort { .. }), "a weak new passphrase is refused: {error:?}");
    assert_eq!(store.data_dir().key_settings().expect("readable"), settings_before, "and nothing changed");
}

#[test]
fn the_file_format_settings_are_pinned() {
    let store = TestStore::new();
    for (pragma, expected) in [
        ("cipher_page_size", "4096"),
        ("cipher_hmac_algorithm", "HMAC_SHA512"),
        ("cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512"),
        ("kdf_iter", "256000"),
        ("cipher_plaintext_header_size", "0"),
    ] {
        assert_eq!(
            store.pragma(pragma).unwrap_or_else(|error| panic!("{pragma} readable: {error:?}")),
            expected,
            "{pragma} is set explicitly, so a newer SQLCipher's defaults cannot change the file format"
        );
    }
}

/// A store written by this version, kept in the repository: every later version must open it.
/// `ESCALE_WRITE_FIXTURES=1` writes it again (only when the format changes on purpose).
#[test]
fn a_store_written_by_an_earlier_version_still_opens() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-2026-11");
    if std::env::var_os("ESCALE_WRITE_FIXTURES").is_some() {
        let _ = std::fs::remove_dir_all(&fixtures);
        std::fs::create_dir_all(&fixtures).expect("the fixture folder can be made");
        let keyring = mock_keyring();
        let mut store = Store::create(&DataDir::new(&fixtures), NewKey::Keyring(&keyring)).expect("created");
        add_person(&mut store, "Fixture", "Escale");
        std::fs::write(fixtures.join("recovery-key.txt"), store.recovery_key().formatted().as_bytes())
            .expect("written");
        drop(store);
        for name in ["key-settings.json", "key-settings.mirror.json"] {
            let _ = std::fs::remove_file(fixtures.join(name));
        }
    }
    let copy = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(fixtures.join("escale.db"), copy.path().join("escale.db")).expect("the fixture database exists");
    let recovery_key = std::fs::read_to_string(fixtures.join("recovery-key.txt")).expect("the fixture key exists");
    let store = Store::recover(&DataDir::new(copy.path()), &recovery_key, passphrase_key(PASSPHRASE))
        .expect("a store written in November 2026 opens with this version's SQLCipher and settings");
    let people = everyone(&store);
    assert_eq!(people.len(), 1, "its one person is readable");
    assert_eq!(people[0].last_name, "Escale", "and is the one written then");
}

mod lock {
    use escale_core::session::{MAX_PIN_FAILURES, PinCheck, UnlockSecret};
    use escale_core::storage::KeyProtection;
    use escale_core::{CoreError, ValidationError};

    use crate::support::{PASSPHRASE, TestStore, create_with_passphrase, validation_error};

    #[test]
    fn a_pin_is_digits_only_and_is_never_stored_in_clear() {
        let mut store = TestStore::new();
        for refused in ["123", "12a4", "1234567890123", "١٢٣٤"] {
            assert_eq!(
                validation_error(store.set_unlock_pin(refused)),
                ValidationError::PinInvalid,
                "{refused:?} is not a PIN of 4 to 12 ASCII digits"
            );
        }
        store.set_unlock_pin("482916").expect("six digits are a PIN");
        let stored: String = store
            .raw()
            .query_row("SELECT value FROM local_setting WHERE key = 'lock.pin'", [], |row| row.get(0))
            .expect("the PIN's hash is stored");
        assert!(!stored.contains("482916"), "only an Argon2id hash of the PIN is kept: {stored}");
        assert!(store.lock_settings().expect("readable").pin_set, "the lock knows a PIN is set");
    }

    #[test]
    fn wrong_pins_are_counted_across_restarts_until_the_stronger_secret() {
        let mut store = TestStore::new();
        store.set_unlock_pin("2468").expect("valid");
        assert_eq!(store.check_unlock_pin("2468").expect("checked"), PinCheck::Accepted, "the right PIN");
        for attempt in 1..MAX_PIN_FAILURES {
            assert_eq!(
                store.check_unlock_pin("0000").expect("checked"),
                PinCheck::Wrong { attempts_left: MAX_PIN_FAILURES - attempt },
                "each wrong PIN says how many tries are left"
            );
            if attempt == 2 {
                // Restarting the app must not give more tries.
                store.reopen();
            }
        }
        assert_eq!(store.check_unlock_pin("0000").expect("checked"), PinCheck::LockedOut, "the fifth is the last");
        assert_eq!(
            store.check_unlock_pin("2468").expect("checked"),
            PinCheck::LockedOut,
            "once locked out, even the right PIN is refused: guessing stops"
        );
        assert!(store.lock_settings().expect("readable").pin_locked_out, "the lock screen knows it");
        assert_eq!(
            store.lock_settings().expect("readable").unlocks_with,
            UnlockSecret::RecoveryKey,
            "the core tells the lock screen what unlocks now: a keyring store's recovery key"
        );

        assert_eq!(store.lock_settings().expect("readable").protection, KeyProtection::Keyring);
        let error = store.unlock_with_secret("not a recovery key").expect_err("refused");
        assert!(matches!(error, CoreError::RecoveryKeyMistyped), "a keyring store's fallback is its recovery key: {error:?}");
        let recovery_key = store.recovery_key().formatted().to_string();
        store.unlock_with_secret(&recovery_key).expect("the recovery key unlocks");
        assert_eq!(store.lock_settings().expect("readable").unlocks_with, UnlockSecret::Pin, "the PIN is back");
        assert_eq!(store.check_unlock_pin("2468").expect("checked"), PinCheck::Accepted, "and the PIN works again");
    }

    #[test]
    fn a_passphrase_store_falls_back_to_its_passphrase() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let mut store = create_with_passphrase(&escale_core::DataDir::new(folder.path()), PASSPHRASE).expect("created");
        assert_eq!(
            store.lock_settings().expect("readable").unlocks_with,
            UnlockSecret::Passphrase,
            "without a PIN, a passphrase store's lock asks for the passphrase"
        );
        let error = store.unlock_with_secret("a wrong passphrase here").expect_err("refused");
        assert!(matches!(error, CoreError::WrongPassphrase), "the wrong passphrase is told: {error:?}");
        store.unlock_with_secret(PASSPHRASE).expect("the passphrase unlocks");
        let error = store.check_unlock_pin("1234").expect_err("no PIN was chosen");
        assert!(matches!(error, CoreError::PinNotSet), "asking a PIN that was never chosen is an error: {error:?}");
    }

    #[test]
    fn the_idle_time_is_bounded() {
        let mut store = TestStore::new();
        assert_eq!(
            store.lock_settings().expect("readable").unlocks_with,
            UnlockSecret::Nothing,
            "a keyring store without PIN: the lock only hides the screen"
        );
        assert_eq!(store.lock_settings().expect("readable").idle_minutes, 5, "five minutes unless chosen");
        assert_eq!(
            validation_error(store.set_idle_minutes(0)),
            ValidationError::IdleMinutesOutOfRange { max: 120 },
            "zero would lock at once"
        );
        store.set_idle_minutes(15).expect("a quarter of an hour is fine");
        assert_eq!(store.lock_settings().expect("readable").idle_minutes, 15, "and is kept");
    }
}
