//! The encrypted store: creation, opening, keys, migrations and connection settings.

use std::collections::BTreeSet;

use escale_core::storage::{KeyProtection, MIGRATIONS};
use escale_core::{CoreError, Credentials, DataDir, NewKey, Store};

use crate::support::{
    PASSPHRASE, TestStore, add_person, create_with_passphrase, everyone, files_starting_with,
    keyring_entry, mock_keyring, open_with_keyring, open_with_passphrase,
};

/// The error of a result that must have failed, or a panic saying what came instead.
#[track_caller]
fn error_of<T: std::fmt::Debug>(result: escale_core::CoreResult<T>) -> CoreError {
    match result {
        Err(error) => error,
        Ok(value) => panic!("expected an error, got {value:?}"),
    }
}

#[test]
fn a_new_store_is_migrated_to_the_newest_schema() {
    let store = TestStore::new();
    let newest = MIGRATIONS
        .last()
        .expect("there is at least one migration")
        .version;
    assert_eq!(
        store
            .schema_version()
            .expect("the schema version is readable"),
        newest,
        "creating a store applies every migration, up to the last one listed"
    );
}

#[test]
fn every_migration_file_is_listed_in_order() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let files: BTreeSet<String> = std::fs::read_dir(&folder)
        .expect("the migrations folder is readable")
        .map(|entry| {
            entry
                .expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let listed: BTreeSet<String> = MIGRATIONS
        .iter()
        .map(|migration| format!("{}_{}.sql", migration.version, migration.name))
        .collect();
    assert_eq!(
        files, listed,
        "a migration file missing from MIGRATIONS would never run; a listed one missing from the folder would not build"
    );
    for migration in MIGRATIONS {
        assert!(
            migration.version.len() == 14 && migration.version.bytes().all(|b| b.is_ascii_digit()),
            "version {} must be a YYYYMMDDHHMMSS timestamp, because versions are compared as text",
            migration.version
        );
        assert!(
            !migration.sql.trim().is_empty(),
            "migration {} must change something",
            migration.name
        );
    }
    for pair in MIGRATIONS.windows(2) {
        assert!(
            pair[0].version < pair[1].version,
            "migrations run in list order and only those newer than the database's version run: {} must be before {}",
            pair[0].version,
            pair[1].version
        );
    }
}

#[test]
fn the_connection_is_durable_and_keeps_temporary_data_in_memory() {
    let store = TestStore::new();
    let pragma = |name: &str| {
        store
            .pragma(name)
            .unwrap_or_else(|error| panic!("PRAGMA {name} is readable: {error:?}"))
    };
    assert_eq!(
        pragma("journal_mode"),
        "wal",
        "WAL lets the command line read while the app writes"
    );
    assert_eq!(
        pragma("synchronous"),
        "2",
        "synchronous=FULL: a saved accompaniment survives a power cut"
    );
    assert_eq!(
        pragma("foreign_keys"),
        "1",
        "foreign keys keep accompaniments tied to real people and activities"
    );
    assert_eq!(
        pragma("temp_store"),
        "2",
        "temp_store=MEMORY: sorts and temporary tables never spill unencrypted to disk"
    );
}

#[test]
fn the_settings_are_the_same_after_reopening() {
    let mut store = TestStore::new();
    store.reopen();
    assert_eq!(
        store.pragma("journal_mode").expect("readable"),
        "wal",
        "WAL is set again on every open"
    );
    assert_eq!(
        store.pragma("synchronous").expect("readable"),
        "2",
        "FULL is set on every open, not only at creation"
    );
    assert_eq!(
        store.pragma("foreign_keys").expect("readable"),
        "1",
        "foreign keys are per connection: set on every open"
    );
    assert_eq!(
        store.pragma("temp_store").expect("readable"),
        "2",
        "temp_store is per connection: set on every open"
    );
}

#[test]
fn data_survives_reopening_with_the_keyring() {
    let mut store = TestStore::new();
    let created = add_person(&mut store, "Élodie", "N'Diaye");
    let version = store.schema_version().expect("readable");
    store.reopen();
    assert_eq!(
        store
            .beneficiary(&created.id)
            .expect("the person is still there after reopening"),
        created,
        "a committed write is on disk and reads back identically"
    );
    assert_eq!(
        store.schema_version().expect("readable"),
        version,
        "reopening applies no migration twice"
    );
}

#[test]
fn a_passphrase_store_reopens_with_its_passphrase_only() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(folder.path());
    let mut store =
        create_with_passphrase(&data_dir, PASSPHRASE).expect("a long passphrase is accepted");
    let created = add_person(&mut store, "Олена", "Шевченко");
    drop(store);

    let settings = data_dir
        .key_settings()
        .expect("the key settings are readable");
    assert_eq!(
        settings.protection,
        KeyProtection::Passphrase,
        "the settings remember how the key is protected"
    );
    let json = std::fs::read_to_string(folder.path().join("key-settings.json"))
        .expect("the settings file exists");
    assert!(
        !json.contains(PASSPHRASE),
        "the settings file is plain text: it must never hold the passphrase"
    );

    let store =
        open_with_passphrase(&data_dir, PASSPHRASE).expect("the right passphrase opens the store");
    assert_eq!(
        store.beneficiary(&created.id).expect("still there"),
        created,
        "the data is readable again"
    );
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_no_byte() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(folder.path());
    let mut store = create_with_passphrase(&data_dir, PASSPHRASE).expect("created");
    add_person(&mut store, "Élodie", "N'Diaye");

    // With the store still open, its write-ahead log holds the data.
    let before = files_starting_with(folder.path(), "escale.db");
    assert!(
        before.contains_key("escale.db-wal"),
        "while the store is open its write-ahead log exists"
    );
    let error = error_of(open_with_passphrase(&data_dir, "not the right passphrase"));
    assert!(
        matches!(error, CoreError::WrongPassphrase),
        "a wrong passphrase fails to unwrap the key: WrongPassphrase, got {error:?}"
    );
    assert_eq!(
        error.code(),
        "wrong-passphrase",
        "the UI translates the stable code, which never changes"
    );
    let after = files_starting_with(folder.path(), "escale.db");
    for name in ["escale.db", "escale.db-wal"] {
        assert!(
            after.get(name) == before.get(name),
            "{name} must be byte-identical after a failed unlock while the store is open"
        );
    }

    drop(store);
    let before = files_starting_with(folder.path(), "escale.db");
    let error = error_of(open_with_passphrase(&data_dir, "still not the passphrase"));
    assert!(
        matches!(error, CoreError::WrongPassphrase),
        "closed store, wrong passphrase: WrongPassphrase, got {error:?}"
    );
    assert_eq!(
        files_starting_with(folder.path(), "escale.db"),
        before,
        "a failed unlock of a closed store creates, changes and removes no file"
    );
    let store = open_with_passphrase(&data_dir, PASSPHRASE)
        .expect("the right passphrase still works afterwards");
    assert_eq!(
        everyone(&store).len(),
        1,
        "the failed attempts lost nothing"
    );
}

#[test]
fn opening_an_empty_folder_says_it_is_not_initialised() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(folder.path().join("nothing-here"));
    let keyring = mock_keyring();
    let error = error_of(Store::unlock(
        &data_dir,
        &Credentials {
            keyring: Some(&keyring),
            passphrase: None,
        },
    ));
    assert!(
        matches!(error, CoreError::NotInitialised(_)),
        "no store yet: NotInitialised, got {error:?}"
    );
    assert_eq!(error.code(), "not-initialised", "stable code for the UI");

    // Store::open with a real key of another store must not create a database here either.
    let other = TestStore::new();
    let key = other
        .data_dir()
        .key_settings()
        .expect("readable")
        .key_from_keyring(&other.keyring)
        .expect("key");
    let error = error_of(Store::open(&data_dir, &key));
    assert!(
        matches!(error, CoreError::NotInitialised(_)),
        "open refuses a folder without key settings, got {error:?}"
    );
    assert!(
        !data_dir.path().exists(),
        "a refused open must not create the folder or a database in it"
    );
}

#[test]
fn creating_twice_is_refused_and_keeps_the_first_store() {
    let mut store = TestStore::new();
    let created = add_person(&mut store, "Gérard", "Lefèvre");
    let settings_before = store.data_dir().key_settings().expect("readable");
    let error = error_of(Store::create(
        &store.data_dir(),
        NewKey::Keyring(&store.keyring),
    ));
    assert!(
        matches!(error, CoreError::AlreadyInitialised(_)),
        "a second create is AlreadyInitialised, got {error:?}"
    );
    assert_eq!(
        error.code(),
        "already-initialised",
        "stable code for the UI"
    );
    let error = error_of(create_with_passphrase(&store.data_dir(), PASSPHRASE));
    assert!(
        matches!(error, CoreError::AlreadyInitialised(_)),
        "not with a passphrase either, got {error:?}"
    );
    assert_eq!(
        store.data_dir().key_settings().expect("readable"),
        settings_before,
        "the refused creations left the key settings alone"
    );
    store.reopen();
    assert_eq!(
        store.beneficiary(&created.id).expect("still there"),
        created,
        "the first store is intact and opens"
    );
}

#[test]
fn a_short_passphrase_is_refused_and_nothing_is_created() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(folder.path().join("escale"));
    // Nine characters, eighteen bytes: the rule counts characters, not bytes.
    let error = error_of(create_with_passphrase(&data_dir, "ééééééééé"));
    assert!(
        matches!(error, CoreError::PassphraseTooShort { min: 10 }),
        "fewer than 10 characters is PassphraseTooShort {{ min: 10 }}, got {error:?}"
    );
    assert_eq!(
        error.code(),
        "passphrase-too-short",
        "stable code for the UI"
    );
    assert!(
        !data_dir.is_initialised(),
        "no key settings after a refused creation"
    );
    assert!(
        !data_dir.path().exists(),
        "a refused creation leaves no trace: not even the data folder (nor a database, settings or temporary file)"
    );
    create_with_passphrase(&data_dir, "éééééééééé")
        .expect("ten characters (whatever their bytes) are enough");
}

#[test]
fn a_key_missing_from_the_keyring_is_reported_as_such() {
    let mut store = TestStore::new();
    store.close();
    let error = error_of(open_with_keyring(&store.data_dir(), &mock_keyring()));
    assert!(
        matches!(error, CoreError::KeyMissingFromKeyring),
        "another keyring (other account, new laptop) has no key: KeyMissingFromKeyring, got {error:?}"
    );

    keyring_entry(&store.data_dir(), &store.keyring)
        .delete_credential()
        .expect("the mock entry can be deleted");
    let error = error_of(open_with_keyring(&store.data_dir(), &store.keyring));
    assert!(
        matches!(error, CoreError::KeyMissingFromKeyring),
        "a deleted key is KeyMissingFromKeyring, got {error:?}"
    );
    assert_eq!(
        error.code(),
        "key-missing-from-keyring",
        "stable code for the UI"
    );
}

#[test]
fn unlock_asks_for_what_the_store_needs() {
    let keyring_store = TestStore::new();
    let error = error_of(Store::unlock(
        &keyring_store.data_dir(),
        &Credentials {
            keyring: None,
            passphrase: Some(PASSPHRASE),
        },
    ));
    assert!(
        matches!(error, CoreError::KeyringUnavailable(_)),
        "a keyring store without a keyring, got {error:?}"
    );

    let folder = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(folder.path());
    drop(create_with_passphrase(&data_dir, PASSPHRASE).expect("created"));
    let keyring = mock_keyring();
    let error = error_of(Store::unlock(
        &data_dir,
        &Credentials {
            keyring: Some(&keyring),
            passphrase: None,
        },
    ));
    assert!(
        matches!(error, CoreError::PassphraseRequired),
        "a passphrase store without a passphrase, got {error:?}"
    );
    Store::unlock(
        &data_dir,
        &Credentials {
            keyring: None,
            passphrase: Some(PASSPHRASE),
        },
    )
    .expect("unlock with the passphrase opens a passphrase store");
}

#[test]
fn the_key_never_touches_the_disk() {
    let mut store = TestStore::new();
    add_person(&mut store, "Élodie", "N'Diaye");
    let key_hex = store.key_hex();
    let key_bytes = hex::decode(&key_hex).expect("the keyring holds the key as hex");
    for (name, bytes) in files_starting_with(store.folder.path(), "") {
        for form in [
            key_hex.as_bytes(),
            key_hex.to_uppercase().as_bytes(),
            key_bytes.as_slice(),
        ] {
            assert!(
                !crate::support::contains_bytes(&bytes, form),
                "{name} must not hold the database key (hex or raw): a stolen laptop would open the data"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn only_the_owner_can_read_the_data_folder() {
    use std::os::unix::fs::PermissionsExt;
    let store = TestStore::new();
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(
        mode(store.folder.path()),
        0o700,
        "other accounts of a shared laptop may not list the data folder"
    );
    for name in ["escale.db", "key-settings.json"] {
        assert_eq!(
            mode(&store.folder.path().join(name)),
            0o600,
            "{name} is readable by its owner only"
        );
    }
}

#[test]
fn a_database_from_a_newer_escale_is_refused() {
    let mut store = TestStore::new();
    store
        .raw()
        .execute(
            "INSERT INTO schema_migration (version, name, applied_at) VALUES ('99991231235959', 'future', '')",
            [],
        )
        .expect("the raw connection can write");
    store.close();
    let error = error_of(open_with_keyring(&store.data_dir(), &store.keyring));
    match &error {
        CoreError::SchemaTooNew { found, known } => {
            assert_eq!(
                found, "99991231235959",
                "the error names the database's version"
            );
            assert_eq!(
                known,
                MIGRATIONS.last().expect("one").version,
                "and the newest this program knows"
            );
        }
        other => panic!(
            "an older program must not write into a newer schema: expected SchemaTooNew, got {other:?}"
        ),
    }
}

#[test]
fn an_empty_leftover_file_holds_nothing_and_does_not_block_creation() {
    // A creation that lost power before SQLite wrote its first page leaves an empty file.
    let folder = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(folder.path().join("escale.db"), b"").expect("the leftover can be written");
    let data_dir = DataDir::new(folder.path());
    assert!(
        !data_dir.has_database(),
        "an empty file holds no data: it is not a database to protect"
    );
    let keyring = mock_keyring();
    let mut store = Store::create(&data_dir, NewKey::Keyring(&keyring))
        .expect("the empty leftover does not block a first start");
    add_person(&mut store, "Loïc", "Le Goff");
    assert_eq!(everyone(&store).len(), 1, "the new store works");
}

#[test]
fn migrations_started_at_the_same_moment_run_once() {
    use escale_core::storage::{Migration, migrate_with};
    // Each migration adds a row rather than failing when run twice, so a double run would
    // show as a wrong count instead of an error.
    const LIST: &[Migration] = &[
        Migration {
            version: "20000101000000",
            name: "slow",
            sql: "CREATE TABLE IF NOT EXISTS counter (n INTEGER);
                  CREATE TABLE IF NOT EXISTS filler (x INTEGER);
                  WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000)
                  INSERT INTO filler SELECT x FROM c;
                  INSERT INTO counter VALUES (1);",
        },
        Migration {
            version: "20000102000000",
            name: "second",
            sql: "INSERT INTO counter VALUES (2);",
        },
    ];
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("race.db");
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
    let runners: Vec<_> = (0..2)
        .map(|_| {
            let (path, barrier) = (path.clone(), barrier.clone());
            std::thread::spawn(move || {
                let mut connection = rusqlite::Connection::open(&path).expect("opens");
                connection.busy_timeout(std::time::Duration::from_secs(30)).expect("timeout");
                barrier.wait();
                migrate_with(&mut connection, LIST)
            })
        })
        .collect();
    for runner in runners {
        runner
            .join()
            .expect("no panic")
            .expect("the second upgrader waits for the first instead of failing");
    }
    let connection = rusqlite::Connection::open(&path).expect("opens");
    let count = |sql: &str| -> i64 { connection.query_row(sql, [], |row| row.get(0)).expect("countable") };
    assert_eq!(
        count("SELECT count(*) FROM counter"),
        2,
        "each migration ran exactly once although two programs upgraded at the same moment"
    );
    assert_eq!(count("SELECT count(*) FROM schema_migration"), 2, "each is recorded once");
    assert_eq!(count("SELECT count(*) FROM filler"), 200_000, "the slow migration's rows, once");
}

#[test]
fn the_raw_row_counts_see_every_committed_write() {
    // The "nothing was written" checks of other tests compare these counts: they must move
    // when something is written, or those checks would prove nothing.
    let mut store = TestStore::new();
    let before = store.row_counts();
    assert!(
        before.contains_key("beneficiary") && before.contains_key("audit_event"),
        "the tables are counted: {before:?}"
    );
    add_person(&mut store, "Élodie", "N'Diaye");
    let after = store.row_counts();
    assert_eq!(
        after["beneficiary"],
        before["beneficiary"] + 1,
        "the new person is counted at once"
    );
    assert_eq!(
        after["audit_event"],
        before["audit_event"] + 1,
        "and so is its audit event"
    );
}

#[test]
fn a_migration_older_than_the_newest_applied_one_still_runs() {
    use escale_core::storage::{Migration, migrate_with};
    // Two lines of work added migrations with interleaved timestamps; a database upgraded by
    // the one with the later timestamp must still receive the earlier one.
    let later = Migration { version: "20000103000000", name: "later", sql: "CREATE TABLE later (x INTEGER);" };
    let earlier = Migration { version: "20000102000000", name: "earlier", sql: "CREATE TABLE earlier (x INTEGER);" };
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut connection = rusqlite::Connection::open(folder.path().join("merge.db")).expect("opens");
    migrate_with(&mut connection, &[later]).expect("the later one alone");
    migrate_with(&mut connection, &[earlier, later]).expect("then both");
    let tables: i64 = connection
        .query_row("SELECT count(*) FROM sqlite_master WHERE name IN ('earlier', 'later')", [], |row| row.get(0))
        .expect("countable");
    assert_eq!(tables, 2, "the earlier migration ran although a later one was already applied");
}
