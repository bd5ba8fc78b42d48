//! Backups: a file on a USB key that restores everything on a new laptop with the recovery key
//! or the passphrase, that nobody can read, and that is refused — with the current data left
//! byte for byte as it was — when it is cut short, damaged, forged, foreign or too new.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{Duration, Utc};
use escale_core::backup::{
    self, BackupReminder, BackupSecret, ExistingData, FORMAT_VERSION, MAGIC, Restored, restore_backup, verify_backup,
};
use escale_core::beneficiary::BeneficiaryInput;
use escale_core::demo::{self, DemoOptions};
use escale_core::storage::{KeyProtection, PassphraseCost};
use escale_core::{CoreError, CoreResult, DataDir, NewKey};

use crate::support::{
    PASSPHRASE, TestStore, add_person, contains_bytes, create_with_passphrase, everyone, mock_keyring,
    open_with_keyring, open_with_passphrase,
};

const NEW_PASSPHRASE: &str = "une toute nouvelle phrase secrète";

fn never_cancel(_: u64, _: u64) -> bool {
    true
}

/// Makes a backup of `store` into `folder` and returns its path.
#[track_caller]
fn backup_into(store: &mut escale_core::Store, folder: &Path) -> PathBuf {
    let report = store.create_backup(folder, &never_cancel).expect("a backup is written to a writable folder");
    PathBuf::from(report.path)
}

/// Every file under `folder` (recursively) with its bytes, by path relative to it; folders
/// are listed too, so that a left-over or new folder shows.
fn everything_in(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, folder: &Path, found: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(folder).expect("the folder is readable") {
            let path = entry.expect("a folder entry").path();
            let name = path.strip_prefix(root).expect("under the root").display().to_string();
            if path.is_dir() {
                found.insert(format!("{name}/"), Vec::new());
                walk(root, &path, found);
            } else {
                found.insert(name, std::fs::read(&path).expect("a file is readable"));
            }
        }
    }
    let mut found = BTreeMap::new();
    walk(folder, folder, &mut found);
    found
}

fn error_of<T: std::fmt::Debug>(result: CoreResult<T>) -> CoreError {
    result.expect_err("expected the operation to be refused")
}

/// A "current" store with one person in it, closed, as the window leaves it before a restore.
struct CurrentData {
    store: TestStore,
}

impl CurrentData {
    fn new() -> CurrentData {
        let mut store = TestStore::new();
        add_person(&mut store, "Oksana", "Kovalenko");
        store.close();
        CurrentData { store }
    }

    fn data_dir(&self) -> DataDir {
        self.store.data_dir()
    }

    fn files(&self) -> BTreeMap<String, Vec<u8>> {
        everything_in(self.store.folder.path())
    }
}

/// A keyring store with demo data and one known person, its backup, and its recovery key.
struct Backed {
    store: TestStore,
    usb: tempfile::TempDir,
    file: PathBuf,
    recovery_key: String,
    people: usize,
}

impl Backed {
    fn new() -> Backed {
        let mut store = TestStore::new();
        demo::generate(&mut store, DemoOptions::people(15)).expect("demo data is generated");
        add_person(&mut store, "Mehdi", "Rahimi");
        let people = everyone(&store).len();
        let usb = tempfile::tempdir().expect("a temporary folder for the USB key");
        let file = backup_into(&mut store, usb.path());
        let recovery_key = store.recovery_key().formatted().to_string();
        Backed { store, usb, file, recovery_key, people }
    }

    fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.file).expect("the backup is readable")
    }

    /// A copy of the backup with `change` applied, in the USB folder.
    fn altered(&self, name: &str, change: impl FnOnce(&mut Vec<u8>)) -> PathBuf {
        let mut bytes = self.bytes();
        change(&mut bytes);
        let path = self.usb.path().join(name);
        std::fs::write(&path, bytes).expect("the altered copy is written");
        path
    }

    fn secret(&self) -> BackupSecret<'_> {
        BackupSecret::RecoveryKey(&self.recovery_key)
    }
}

/// Tries every way of using `file` over `current` and checks that each is refused with an
/// error `accepted` allows, and that the current data is byte for byte unchanged.
#[track_caller]
fn check_refused(backed: &Backed, current: &CurrentData, file: &Path, what: &str, accepted: &dyn Fn(&CoreError) -> bool) {
    let before = current.files();
    let keyring = mock_keyring();
    let attempts = [
        ("verify without a secret", verify_backup(file, None).err()),
        ("verify with the recovery key", verify_backup(file, Some(backed.secret())).err()),
        (
            "restore over the current data",
            restore_backup(file, backed.secret(), &current.data_dir(), NewKey::Keyring(&keyring), ExistingData::SetAside)
                .err(),
        ),
    ];
    for (attempt, error) in attempts {
        let error = error.unwrap_or_else(|| panic!("{what}: {attempt} must be refused"));
        assert!(accepted(&error), "{what}: {attempt} gave {error:?} ({}), not the expected kind of error", error.code());
    }
    assert_eq!(current.files(), before, "{what}: the current data was not touched, not a byte, not a new folder");
}

#[test]
fn a_backup_restores_everything_on_a_new_laptop_with_the_recovery_key() {
    let backed = Backed::new();
    let name = backed.file.file_name().expect("a file name").to_string_lossy().into_owned();
    assert!(
        name.starts_with("escale-sauvegarde-20") && name.ends_with(".escale-backup"),
        "the file is named with the date and nothing personal: {name}"
    );
    assert_eq!(
        everything_in(backed.usb.path()).len(),
        1,
        "the USB key holds the backup and no temporary file"
    );
    let summary = verify_backup(&backed.file, Some(backed.secret())).expect("a fresh backup verifies");
    let contents = summary.contents.expect("with the key, the snapshot was opened");
    assert_eq!(contents.people as usize, backed.people, "the figures let the mediator recognise the backup");
    assert!(contents.activities > 0, "demo activities are in the backup");
    assert_eq!(summary.protection, KeyProtection::Keyring, "the header says how the key was protected");

    // The new laptop: a folder that does not exist yet, a keyring that knows nothing.
    let laptop = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(laptop.path().join("fr.escale.app"));
    let keyring = mock_keyring();
    let typed = backed.recovery_key.to_lowercase().replace('-', " ");
    let Restored { store, set_aside, .. } =
        restore_backup(&backed.file, BackupSecret::RecoveryKey(&typed), &data_dir, NewKey::Keyring(&keyring), ExistingData::Refuse)
            .expect("the recovery key restores the backup into a new data folder");
    assert_eq!(set_aside, None, "nothing was there to set aside");
    assert_eq!(everyone(&store), everyone(&backed.store), "every person came back, exactly");
    assert!(store.last_backup().expect("readable").is_some(), "the restored store knows the backup it came from");
    drop(store);
    let reopened = open_with_keyring(&data_dir, &keyring).expect("the new laptop's keyring opens the restored store");
    assert_eq!(everyone(&reopened).len(), backed.people, "the data is there through the ordinary unlock");
    let leftovers: Vec<_> = std::fs::read_dir(laptop.path())
        .expect("readable")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary folder is left beside the data folder: {leftovers:?}");
}

#[test]
fn a_passphrase_backup_restores_with_the_passphrase_it_was_made_with() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(folder.path());
    let mut store = create_with_passphrase(&data_dir, PASSPHRASE).expect("created");
    let person = add_person(&mut store, "Hagos", "Tesfaye");
    let usb = tempfile::tempdir().expect("a temporary folder");
    let file = backup_into(&mut store, usb.path());
    drop(store);

    let summary = verify_backup(&file, Some(BackupSecret::Passphrase(PASSPHRASE))).expect("the passphrase verifies it");
    assert_eq!(summary.protection, KeyProtection::Passphrase, "a passphrase backup says so");
    let error = error_of(verify_backup(&file, Some(BackupSecret::Passphrase(NEW_PASSPHRASE))));
    assert!(matches!(error, CoreError::BackupWrongSecret), "another passphrase does not open it: {error:?}");

    // An existing but empty folder, as a mediator may have made by hand.
    let laptop = tempfile::tempdir().expect("a temporary folder");
    let restored = restore_backup(
        &file,
        BackupSecret::Passphrase(PASSPHRASE),
        &DataDir::new(laptop.path()),
        NewKey::Passphrase { passphrase: NEW_PASSPHRASE, cost: PassphraseCost::FAST_FOR_TESTS },
        ExistingData::Refuse,
    )
    .expect("the passphrase of the day restores the backup");
    assert_eq!(restored.store.beneficiary(&person.id).expect("there"), person, "the person came back");
    drop(restored);
    let reopened = open_with_passphrase(&DataDir::new(laptop.path()), NEW_PASSPHRASE)
        .expect("the restored store is protected by the passphrase chosen at restore");
    assert_eq!(everyone(&reopened).len(), 1, "with its data");
}

#[test]
fn a_keyring_backup_asks_for_the_recovery_key_not_a_passphrase() {
    let backed = Backed::new();
    let error = error_of(verify_backup(&backed.file, Some(BackupSecret::Passphrase(PASSPHRASE))));
    assert!(
        matches!(error, CoreError::BackupNeedsRecoveryKey),
        "a keyring store has no passphrase: the error says the recovery key is needed, got {error:?}"
    );
    let other = TestStore::new();
    let other_key = other.recovery_key().formatted().to_string();
    let error = error_of(verify_backup(&backed.file, Some(BackupSecret::RecoveryKey(&other_key))));
    assert!(matches!(error, CoreError::BackupWrongSecret), "another store's recovery key does not open it: {error:?}");
    let error = error_of(verify_backup(&backed.file, Some(BackupSecret::RecoveryKey("AAAA-BBBB"))));
    assert!(matches!(error, CoreError::RecoveryKeyMistyped), "a mistyped key is told as a typing mistake: {error:?}");
}

#[test]
fn truncated_backups_are_refused_and_the_current_data_is_untouched() {
    let backed = Backed::new();
    let current = CurrentData::new();
    let length = backed.bytes().len();
    for keep in [0, 10, 16, 23, 100, length / 2, length - 64, length - 1] {
        let file = backed.altered(&format!("cut-{keep}.escale-backup"), |bytes| bytes.truncate(keep));
        check_refused(&backed, &current, &file, &format!("cut after {keep} bytes"), &|error| {
            matches!(error, CoreError::BackupTruncated)
        });
    }
}

#[test]
fn a_changed_byte_anywhere_is_found_and_the_current_data_is_untouched() {
    let backed = Backed::new();
    let current = CurrentData::new();
    let original = backed.bytes();
    let length = original.len();
    let header_end = 24 + u32::from_be_bytes(original[20..24].try_into().expect("4 bytes")) as usize;
    let trailer_start = length - 64;

    // Every byte of the prefix, the header and the trailer's checksum, and one byte per page
    // of the snapshot, without a secret: the unkeyed checksum already finds all of them.
    let positions = (0..header_end).chain((header_end..trailer_start).step_by(4096)).chain(trailer_start..length - 32);
    for position in positions {
        let mut bytes = original.clone();
        bytes[position] ^= 0x5a;
        let error = error_of(backup::check_structure(&bytes[..], bytes.len() as u64));
        let expected = match position {
            0..16 => matches!(error, CoreError::NotABackup),
            // Header fields may also read as a newer Escale or a different length.
            16..24 => error.is_unusable_backup(),
            _ if position < header_end => error.is_unusable_backup(),
            _ => matches!(error, CoreError::BackupDamaged { .. }),
        };
        assert!(expected, "a byte changed at {position} of {length} gave {error:?}");
    }

    // The last 32 bytes are the HMAC: only a secret can check them. And a few changes in each
    // part, through every entry point, over the current data.
    let parts = [
        ("header", 40),
        ("snapshot start", header_end),
        ("snapshot middle", (header_end + trailer_start) / 2),
        ("checksum", trailer_start + 3),
    ];
    for (part, position) in parts {
        let file = backed.altered(&format!("changed-{position}.escale-backup"), |bytes| bytes[position] ^= 1);
        check_refused(&backed, &current, &file, &format!("a byte changed in the {part}"), &|error| {
            matches!(error, CoreError::BackupDamaged { .. })
        });
    }
    let hmac_only = backed.altered("hmac.escale-backup", |bytes| bytes[length - 5] ^= 1);
    assert!(
        verify_backup(&hmac_only, None).is_ok(),
        "without a secret, a change in the HMAC itself cannot be seen (documented): this test must notice if that changes"
    );
    let before = current.files();
    let error = error_of(verify_backup(&hmac_only, Some(backed.secret())));
    assert!(matches!(error, CoreError::BackupDamaged { .. }), "with the key, a changed HMAC is damage: {error:?}");
    let keyring = mock_keyring();
    let error = error_of(restore_backup(&hmac_only, backed.secret(), &current.data_dir(), NewKey::Keyring(&keyring), ExistingData::SetAside));
    assert!(matches!(error, CoreError::BackupDamaged { .. }), "and it is never restored: {error:?}");
    assert_eq!(current.files(), before, "the current data was not touched");
}

#[test]
fn a_forged_backup_with_a_recomputed_checksum_is_refused() {
    use sha2::Digest;
    let backed = Backed::new();
    let current = CurrentData::new();
    let forged = backed.altered("forged.escale-backup", |bytes| {
        let length = bytes.len();
        let middle = (length - 64) / 2;
        bytes[middle] ^= 1;
        let checksum = sha2::Sha256::digest(&bytes[..length - 64]);
        bytes[length - 64..length - 32].copy_from_slice(&checksum);
    });
    assert!(
        verify_backup(&forged, None).is_ok(),
        "a forger can fix the unkeyed checksum: this is why the HMAC is there"
    );
    let before = current.files();
    let error = error_of(verify_backup(&forged, Some(backed.secret())));
    assert!(matches!(error, CoreError::BackupDamaged { .. }), "the HMAC catches the forgery: {error:?}");
    let keyring = mock_keyring();
    let error = error_of(restore_backup(&forged, backed.secret(), &current.data_dir(), NewKey::Keyring(&keyring), ExistingData::SetAside));
    assert!(matches!(error, CoreError::BackupDamaged { .. }), "a forged backup is never restored: {error:?}");
    assert_eq!(current.files(), before, "and the current data was not touched");
}

#[test]
fn files_that_are_not_backups_are_told_apart() {
    let backed = Backed::new();
    let current = CurrentData::new();
    let text = backed.usb.path().join("notes.escale-backup");
    std::fs::write(&text, "Rendez-vous CAF mardi 14h").expect("written");
    check_refused(&backed, &current, &text, "a text file", &|error| matches!(error, CoreError::NotABackup));
    let database = current.data_dir().database_path();
    check_refused(&backed, &current, &database, "a database file", &|error| matches!(error, CoreError::NotABackup));
    let empty = backed.usb.path().join("empty.escale-backup");
    std::fs::write(&empty, b"").expect("written");
    check_refused(&backed, &current, &empty, "an empty file (a copy that never started)", &|error| {
        matches!(error, CoreError::BackupTruncated)
    });
    let grown = backed.altered("grown.escale-backup", |bytes| bytes.push(0));
    check_refused(&backed, &current, &grown, "a file with a byte added", &|error| {
        matches!(error, CoreError::BackupDamaged { .. })
    });
}

#[test]
fn a_backup_from_a_newer_escale_is_refused() {
    let backed = Backed::new();
    let current = CurrentData::new();
    let newer_format = backed.altered("format.escale-backup", |bytes| {
        bytes[16..20].copy_from_slice(&(FORMAT_VERSION + 1).to_be_bytes());
    });
    check_refused(&backed, &current, &newer_format, "a newer format", &|error| matches!(error, CoreError::BackupTooNew));
    let known = escale_core::storage::MIGRATIONS.last().expect("migrations").version;
    let newer_schema = backed.altered("schema.escale-backup", |bytes| {
        let header_end = 24 + u32::from_be_bytes(bytes[20..24].try_into().expect("4 bytes")) as usize;
        let header = String::from_utf8(bytes[24..header_end].to_vec()).expect("the header is UTF-8 JSON");
        let changed = header.replace(&format!("\"schemaVersion\":\"{known}\""), "\"schemaVersion\":\"29991231235959\"");
        assert_ne!(header, changed, "the header names the schema version");
        assert_eq!(header.len(), changed.len(), "same length, so only the version differs");
        bytes[24..header_end].copy_from_slice(changed.as_bytes());
    });
    check_refused(&backed, &current, &newer_schema, "a newer schema", &|error| matches!(error, CoreError::BackupTooNew));
    assert_eq!(&backed.bytes()[..16], MAGIC, "the file starts with the documented magic");
}

#[test]
fn a_cancelled_backup_leaves_no_file_anywhere() {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(15)).expect("demo data is generated");
    let data_before: Vec<String> = everything_in(store.folder.path()).into_keys().filter(|name| name.ends_with('/')).collect();
    // Cancel in each phase: snapshot, writing, reading back.
    for fraction in [0.0, 0.5, 0.9] {
        let usb = tempfile::tempdir().expect("a temporary folder");
        let calls = Cell::new(0u32);
        let cancel = |done: u64, total: u64| {
            calls.set(calls.get() + 1);
            (done as f64) < fraction * total as f64
        };
        let error = error_of(store.create_backup(usb.path(), &cancel));
        assert!(matches!(error, CoreError::BackupCancelled), "a cancel is reported as such at {fraction}: {error:?}");
        assert!(calls.get() > 0, "progress was reported");
        assert!(everything_in(usb.path()).is_empty(), "nothing is left on the USB key after a cancel at {fraction}");
        let folders: Vec<String> = everything_in(store.folder.path()).into_keys().filter(|name| name.ends_with('/')).collect();
        assert_eq!(folders, data_before, "no snapshot folder is left in the data folder after a cancel at {fraction}");
        assert_eq!(store.last_backup().expect("readable"), None, "a cancelled backup is not a backup");
    }
}

#[test]
fn a_backup_holds_no_personal_data_in_clear() {
    const NOTES: &str = "Titre de séjour expire en mars ; dette de loyer chez Habitat 93";
    const PHONE: &str = "06 12 34 56 78";
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(30)).expect("demo data is generated");
    store
        .create_beneficiary(&BeneficiaryInput {
            first_name: "Élodie".into(),
            last_name: "N'Diaye".into(),
            phone: PHONE.into(),
            notes: NOTES.into(),
            ..BeneficiaryInput::default()
        })
        .expect("a valid person");
    let mut secrets: Vec<String> = vec!["Élodie".into(), "N'Diaye".into(), NOTES.into(), PHONE.into(), "elodie".into()];
    for person in everyone(&store) {
        secrets.extend([person.first_name, person.last_name].into_iter().filter(|name| name.chars().count() >= 3));
    }
    assert!(secrets.len() > 30, "the check covers the demo people's names");
    let usb = tempfile::tempdir().expect("a temporary folder");
    let bytes = std::fs::read(backup_into(&mut store, usb.path())).expect("readable");
    assert!(!contains_bytes(&bytes, b"SQLite format 3"), "the snapshot is encrypted: no plain SQLite header");
    for secret in &secrets {
        assert!(!contains_bytes(&bytes, secret.as_bytes()), "the backup holds {secret:?} in clear: a lost USB key would reveal it");
    }
    let key_hex = store.key_hex();
    assert!(!contains_bytes(&bytes, key_hex.as_bytes()), "the data key is not in the file");
    let recovery = store.recovery_key().formatted().to_string();
    assert!(!contains_bytes(&bytes, recovery.as_bytes()), "nor the recovery key");
}

#[test]
fn restoring_over_existing_data_is_refused_unless_asked_and_then_keeps_it_aside() {
    let backed = Backed::new();
    let current = CurrentData::new();
    let before = current.files();
    let keyring = mock_keyring();

    let error = error_of(restore_backup(&backed.file, backed.secret(), &current.data_dir(), NewKey::Keyring(&keyring), ExistingData::Refuse));
    assert!(matches!(error, CoreError::RestoreOverExistingData(_)), "a restore never replaces data unasked: {error:?}");
    assert_eq!(current.files(), before, "the refused restore touched nothing");

    let restored = restore_backup(&backed.file, backed.secret(), &current.data_dir(), NewKey::Keyring(&keyring), ExistingData::SetAside)
        .expect("asked explicitly, the restore replaces the data");
    assert_eq!(everyone(&restored.store).len(), backed.people, "the backup's people are now in the data folder");
    let set_aside = restored.set_aside.clone().expect("the previous data was set aside");
    assert!(set_aside.starts_with(current.store.folder.path()), "inside the data folder: {}", set_aside.display());
    drop(restored);
    for (name, bytes) in before.iter().filter(|(name, _)| !name.ends_with('/')) {
        let kept = std::fs::read(set_aside.join(name)).unwrap_or_else(|_| panic!("{name} was set aside, not deleted"));
        assert!(kept == *bytes, "{name} was set aside byte for byte");
    }
    let previous = open_with_keyring(&DataDir::new(&set_aside), &current.store.keyring)
        .expect("the set-aside store still opens with its own keyring entry");
    let names: Vec<String> = everyone(&previous).into_iter().map(|person| person.last_name).collect();
    assert_eq!(names, vec!["Kovalenko".to_string()], "and it is the previous data, whole");
}

#[test]
fn a_backup_taken_while_another_program_writes_is_one_consistent_state() {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(40)).expect("demo data is generated");
    let people = everyone(&store).len();
    // The window writing while the command line backs up: another connection to the same file.
    let window = store.raw();
    let writes = Cell::new(0u32);
    let write_meanwhile = |_: u64, _: u64| {
        let n = writes.get() + 1;
        window
            .execute(
                "INSERT INTO local_setting (key, value, updated_at) VALUES (?1, 'x', '2026-11-22T00:00:00Z')",
                [format!("test.during-backup.{n}")],
            )
            .expect("the other program can write during the backup");
        writes.set(n);
        // A copy that restarts at every foreign write never ends: stop it, so the test fails
        // with a cancel instead of hanging (40 people make a few dozen steps).
        n < 10_000
    };
    let usb = tempfile::tempdir().expect("a temporary folder");
    let report = store.create_backup(usb.path(), &write_meanwhile).expect("the backup completes while writes go on");
    assert!(writes.get() > 3, "writes really happened during the backup ({})", writes.get());

    let laptop = tempfile::tempdir().expect("a temporary folder");
    let keyring = mock_keyring();
    let recovery_key = store.recovery_key().formatted().to_string();
    let restored = restore_backup(
        Path::new(&report.path),
        BackupSecret::RecoveryKey(&recovery_key),
        &DataDir::new(laptop.path().join("data")),
        NewKey::Keyring(&keyring),
        ExistingData::Refuse,
    )
    .expect("restored");
    assert_eq!(everyone(&restored.store).len(), people, "everything written before the backup is in it");
    drop(restored);
    let copy = rusqlite::Connection::open(laptop.path().join("data/escale.db")).expect("opens");
    let key = crate::support::key_hex_of(&DataDir::new(laptop.path().join("data")), &keyring);
    copy.pragma_update(None, "key", format!("x'{key}'")).expect("keyed");
    let during: i64 = copy
        .query_row("SELECT count(*) FROM local_setting WHERE key LIKE 'test.during-backup.%'", [], |row| row.get(0))
        .expect("readable");
    assert_eq!(during, 0, "nothing written after the backup began is in it: one state, not a mix");
}

#[test]
fn the_reminder_comes_when_the_last_backup_is_over_a_week_old() {
    let mut store = TestStore::new();
    let now = Utc::now();
    assert_eq!(
        store.backup_reminder(now).expect("readable"),
        Some(BackupReminder::NeverBackedUp),
        "a store never backed up is reminded"
    );
    let usb = tempfile::tempdir().expect("a temporary folder");
    backup_into(&mut store, usb.path());
    let now = Utc::now();
    assert_eq!(store.backup_reminder(now).expect("readable"), None, "just after a backup there is no reminder");
    assert_eq!(store.backup_reminder(now + Duration::days(6)).expect("readable"), None, "nor six days later");
    assert_eq!(
        store.backup_reminder(now + Duration::days(8)).expect("readable"),
        Some(BackupReminder::LastBackupTooOld { days: 8 }),
        "eight days later the reminder says how old the last backup is"
    );
    store.reopen();
    assert!(store.last_backup().expect("readable").is_some(), "the time of the last backup survives a restart");
}

#[test]
fn an_unusable_destination_is_a_clear_error_and_leaves_nothing() {
    let mut store = TestStore::new();
    let usb = tempfile::tempdir().expect("a temporary folder");
    let missing = usb.path().join("not-plugged-in");
    let error = error_of(store.create_backup(&missing, &never_cancel));
    assert_eq!(error.code(), "file-error", "a missing destination is a file error: {error:?}");
    assert!(
        error.arguments().get("path").is_some_and(|path| path.contains("not-plugged-in")),
        "the error names the destination: {:?}",
        error.arguments()
    );
    let a_file = usb.path().join("a-file");
    std::fs::write(&a_file, b"x").expect("written");
    let error = error_of(store.create_backup(&a_file, &never_cancel));
    assert_eq!(error.code(), "file-error", "a file is not a destination folder: {error:?}");
    assert_eq!(everything_in(usb.path()).len(), 1, "nothing but the file that was there");
    assert_eq!(store.last_backup().expect("readable"), None, "no backup was recorded");
}

#[test]
fn the_fuzzing_seeds_are_well_formed_backups() {
    // The fuzzer starts from these files (fuzz/seeds/backup_reader): if they stopped passing
    // the structural checks, it would spend its time on the first bytes only.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/backup_reader");
    let mut checked = 0;
    for entry in std::fs::read_dir(&seeds).expect("the seed folder exists") {
        let path = entry.expect("an entry").path();
        let bytes = std::fs::read(&path).expect("a seed is readable");
        let header = backup::check_structure(&bytes[..], bytes.len() as u64)
            .unwrap_or_else(|error| panic!("{} is a well-formed backup structure: {error:?}", path.display()));
        assert_eq!(header.database.bytes, 4096, "seeds stay small: one page of snapshot");
        checked += 1;
    }
    assert!(checked >= 2, "a keyring seed and a passphrase seed at least");
}

#[test]
fn a_restore_reports_its_progress_and_a_cancel_leaves_nothing() {
    let backed = Backed::new();
    let laptop = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(laptop.path().join("fr.escale.app"));
    let keyring = mock_keyring();

    // Cancelled at the first report: refused, and the new laptop's folder holds nothing.
    let cancelled = backup::restore_backup_with_progress(
        &backed.file,
        backed.secret(),
        &data_dir,
        NewKey::Keyring(&keyring),
        ExistingData::Refuse,
        &|_, _| false,
    );
    assert!(matches!(error_of(cancelled), CoreError::BackupCancelled), "a cancel is told as such");
    assert_eq!(everything_in(laptop.path()), BTreeMap::new(), "a cancelled restore leaves no file nor folder");

    let reports: std::cell::RefCell<Vec<(u64, u64)>> = Default::default();
    backup::restore_backup_with_progress(
        &backed.file,
        backed.secret(),
        &data_dir,
        NewKey::Keyring(&keyring),
        ExistingData::Refuse,
        &|done, total| {
            reports.borrow_mut().push((done, total));
            true
        },
    )
    .expect("the restore goes through");
    let reports = reports.into_inner();
    let (last_done, total) = *reports.last().expect("the restore reported its progress");
    assert!(total > 0 && last_done == total, "the last report is the whole snapshot: {reports:?}");
    assert!(
        reports.windows(2).all(|pair| pair[0].0 <= pair[1].0 && pair[0].1 == pair[1].1),
        "progress only moves forward, against one total: {reports:?}"
    );

    let checked: Cell<u64> = Cell::new(0);
    backup::verify_backup_with_progress(&backed.file, None, &|done, _| {
        checked.set(done);
        true
    })
    .expect("the structure checks");
    assert_eq!(checked.get(), total, "checking the structure reads the whole snapshot too");
}
