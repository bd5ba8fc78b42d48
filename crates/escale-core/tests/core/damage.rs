//! Damaged files and hostile disks: a flipped byte, a database from a newer Escale, a read-only
//! folder, a full disk. Each must end in a precise error (its own code, so a translated message
//! says what to do) and leave the data exactly as it was.
//!
//! The read-only and full-disk tests need a file system of their own: they mount a small tmpfs
//! (root only; root ignores permission bits, so a read-only *mount* is the only honest read-only
//! folder). Where mounting is refused they print why and pass without checking anything.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use escale_core::beneficiary::BeneficiaryInput;
use escale_core::demo::{self, DemoOptions};
use escale_core::{CoreError, CoreResult, DataDir, NewKey, Store};

use crate::support::{
    TestStore, add_person, files_starting_with, keyring_entry, mock_keyring, open_with_keyring,
    person,
};

/// SQLCipher 4's default page size: a flipped byte lands in one page and fails its HMAC.
const PAGE_SIZE: usize = 4096;

/// A small tmpfs mounted on a temporary folder, unmounted when dropped (a panicking test
/// included), so a failed test never leaves a mount behind.
struct Tmpfs {
    // Dropped after `Drop::drop` has unmounted it: the folder is then empty and removable.
    mount_point: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (as `mount` reads it: "3m"), or says why it cannot.
    fn mount(size: &str) -> Result<Tmpfs, String> {
        let mount_point = tempfile::tempdir().map_err(|error| error.to_string())?;
        let output = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "escale-test",
            ])
            .arg(mount_point.path())
            .output()
            .map_err(|error| format!("`mount` cannot run: {error}"))?;
        if !output.status.success() {
            return Err(format!(
                "`mount -t tmpfs` was refused ({}); it needs root or CAP_SYS_ADMIN",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        Ok(Tmpfs { mount_point })
    }

    fn path(&self) -> &Path {
        self.mount_point.path()
    }

    /// Changes the mount's options in place (`ro`, `rw`, `size=8m`).
    fn remount(&self, options: &str) -> Result<(), String> {
        let output = Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.path())
            .output()
            .map_err(|error| format!("`mount` cannot run: {error}"))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "`mount -o remount,{options}` failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ))
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        // Lazy: a file still open (a store dropped later in a panic) must not keep the mount.
        let _ = Command::new("umount").arg("-l").arg(self.path()).status();
    }
}

/// A tmpfs for `test`, or `None` after printing why the test checks nothing here.
fn tmpfs_or_skip(test: &str, size: &str) -> Option<Tmpfs> {
    match Tmpfs::mount(size) {
        Ok(disk) => Some(disk),
        Err(reason) => {
            eprintln!("skipped: {test}: {reason}");
            None
        }
    }
}

/// The error of a result that must have failed, or a panic saying what came instead.
#[track_caller]
fn error_of<T>(result: CoreResult<T>, why: &str) -> CoreError {
    match result {
        Err(error) => error,
        Ok(_) => panic!("expected an error: {why}"),
    }
}

/// Every file of the data folder, byte for byte: "untouched" means equal to a copy taken before.
fn data_files(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    files_starting_with(folder, "")
}

/// A store protected by a mock keyring in `folder` (created if needed).
fn create_store_in(
    folder: PathBuf,
) -> (
    DataDir,
    std::sync::Arc<keyring_core::CredentialStore>,
    Store,
) {
    let data_dir = DataDir::new(folder);
    let keyring = mock_keyring();
    let store = Store::create(&data_dir, NewKey::Keyring(&keyring))
        .expect("a store is created in an empty folder on a roomy disk");
    (data_dir, keyring, store)
}

/// What a mediator does after opening: list everyone, open each file, search by name; then
/// the full check, which reads every page. The first error of these, if any.
fn open_and_read_everything(
    data_dir: &DataDir,
    keyring: &std::sync::Arc<keyring_core::CredentialStore>,
) -> CoreResult<()> {
    let store = open_with_keyring(data_dir, keyring)?;
    for summary in store.search_beneficiaries("", 10_000)? {
        store.beneficiary(&summary.id)?;
    }
    store.search_beneficiaries("personne1", 100)?;
    store.check_integrity()
}

/// A store of a few hundred people, closed: its database file spans many pages.
fn closed_store_of_many_pages() -> (TestStore, PathBuf) {
    let mut store = TestStore::new();
    for number in 0..300 {
        add_person(&mut store, &format!("Personne{number}"), "Dupont-Benali");
    }
    store.close();
    let database = store.data_dir().database_path();
    let length = std::fs::metadata(&database)
        .expect("the database exists")
        .len() as usize;
    assert!(
        length >= 8 * PAGE_SIZE && length.is_multiple_of(PAGE_SIZE),
        "the file must span several whole pages for a byte to be flipped inside one ({length} bytes)"
    );
    (store, database)
}

/// Flips one bit of the byte at `offset` of `path`.
fn flip_byte(path: &Path, offset: usize) {
    let mut bytes = std::fs::read(path).expect("the database is readable");
    bytes[offset] ^= 0x10;
    std::fs::write(path, bytes).expect("the database is writable");
}

/// Flips a byte at `offset` of a healthy copy, tries to open and read everything, and returns
/// the error, after checking that the attempt left every file exactly as damaged.
#[track_caller]
fn error_after_flipping(
    store: &TestStore,
    database: &Path,
    healthy: &[u8],
    offset: usize,
) -> CoreError {
    std::fs::write(database, healthy).expect("the healthy copy is put back");
    flip_byte(database, offset);
    let damaged = data_files(store.folder.path());
    let error = error_of(
        open_and_read_everything(&store.data_dir(), &store.keyring),
        &format!(
            "a byte flipped at offset {offset} must be found: SQLCipher authenticates every page"
        ),
    );
    assert_eq!(
        data_files(store.folder.path()),
        damaged,
        "opening a damaged file (byte {offset} flipped) must not write to it: the copy kept for recovery stays as it was"
    );
    error
}

#[test]
fn a_flipped_byte_in_any_page_is_a_damaged_file_and_the_file_is_left_as_it_is() {
    let (store, database) = closed_store_of_many_pages();
    let healthy = std::fs::read(&database).expect("the database is readable");
    let pages = healthy.len() / PAGE_SIZE;
    // Every page, the first included (past its salt): whichever the read that meets it.
    for page in 0..pages {
        let offset = page * PAGE_SIZE + 1_000;
        let error = error_after_flipping(&store, &database, &healthy, offset);
        assert!(
            matches!(error, CoreError::DatabaseCorrupt),
            "a flipped byte in page {} is damage, not a wrong key or a generic error (the other pages prove the key): got {error:?}",
            page + 1
        );
    }
    eprintln!(
        "damage: a byte flipped in each of the {pages} pages, one at a time: each found as database-corrupt"
    );
}

#[test]
fn a_flipped_byte_in_the_salt_reads_as_a_wrong_key_and_the_file_is_left_as_it_is() {
    // The first 16 bytes are the salt from which every page's key is derived: with it damaged
    // no page authenticates, exactly as with a wrong key. SQLCipher cannot tell them apart; the
    // message for a wrong key also says that nothing was changed.
    let (store, database) = closed_store_of_many_pages();
    let healthy = std::fs::read(&database).expect("the database is readable");
    let error = error_after_flipping(&store, &database, &healthy, 5);
    assert!(
        matches!(error, CoreError::WrongKey),
        "a damaged salt is indistinguishable from a wrong key, and must not be a generic error: got {error:?}"
    );
}

#[test]
fn a_database_from_a_newer_escale_is_refused_and_left_as_it_is() {
    let mut store = TestStore::new();
    add_person(&mut store, "Élodie", "N'Diaye");
    store
        .raw()
        .execute(
            "INSERT INTO schema_migration (version, name, applied_at) VALUES ('99991231235959', 'future', '')",
            [],
        )
        .expect("the raw connection can write");
    store.close();
    let before = data_files(store.folder.path());

    let error = error_of(
        open_with_keyring(&store.data_dir(), &store.keyring),
        "an older Escale must not work on a schema it does not know",
    );
    assert_eq!(
        error.code(),
        "schema-too-new",
        "the person is told to update Escale: got {error:?}"
    );
    assert_eq!(
        data_files(store.folder.path()),
        before,
        "refusing a newer schema writes nothing: the newer Escale finds its data as it left it"
    );
}

#[test]
fn a_read_only_folder_is_reported_as_such_and_left_as_it_is() {
    let test = "a_read_only_folder_is_reported_as_such_and_left_as_it_is";
    let Some(disk) = tmpfs_or_skip(test, "8m") else {
        return;
    };
    let (data_dir, keyring, mut store) = create_store_in(disk.path().join("escale"));
    let kept = add_person(&mut store, "Élodie", "N'Diaye");
    drop(store);
    let before = data_files(data_dir.path());
    let empty_folder = disk.path().join("empty");
    std::fs::create_dir(&empty_folder)
        .expect("a folder can be made before the mount turns read-only");
    if let Err(reason) = disk.remount("ro") {
        eprintln!("skipped: {test}: {reason}");
        return;
    }

    // Opening may succeed (SQLite falls back to reading) or fail; writing must fail either way.
    let error = error_of(
        open_with_keyring(&data_dir, &keyring)
            .and_then(|mut store| store.create_beneficiary(&person("Loïc", "Le Goff"))),
        "nothing can be saved on a read-only disk",
    );
    assert_eq!(
        error.code(),
        "read-only",
        "the person is told the folder cannot be written, not a generic database error: got {error:?}"
    );
    assert_eq!(
        data_files(data_dir.path()),
        before,
        "a refused write on a read-only disk leaves every file as it was"
    );

    let error = error_of(
        Store::create(
            &DataDir::new(&empty_folder),
            NewKey::Keyring(&mock_keyring()),
        ),
        "no store can be created in a read-only folder",
    );
    assert_eq!(
        error.code(),
        "read-only",
        "creating a store in a read-only folder says so, not a generic error: got {error:?}"
    );

    disk.remount("rw")
        .expect("the tmpfs can be made writable again");
    let store = open_with_keyring(&data_dir, &keyring).expect("once writable, the store opens");
    assert_eq!(
        store
            .beneficiary(&kept.id)
            .expect("the person saved before is still there"),
        kept,
        "the read-only episode changed nothing"
    );
}

/// A person with a long note, so that a few hundred of them fill a small disk.
fn person_with_notes(number: usize) -> BeneficiaryInput {
    BeneficiaryInput {
        notes: format!("Note {number} : ").repeat(200),
        ..person(&format!("Personne{number}"), "Remplissage")
    }
}

#[test]
fn a_full_disk_is_reported_and_every_saved_person_survives() {
    let test = "a_full_disk_is_reported_and_every_saved_person_survives";
    let Some(disk) = tmpfs_or_skip(test, "3m") else {
        return;
    };
    let (data_dir, keyring, mut store) = create_store_in(disk.path().join("escale"));

    let mut saved = Vec::new();
    let error = loop {
        assert!(
            saved.len() < 10_000,
            "a 3 MiB disk must fill up long before 10,000 people with long notes"
        );
        match store.create_beneficiary(&person_with_notes(saved.len())) {
            Ok(created) => saved.push(created.id),
            Err(error) => break error,
        }
    };
    assert_eq!(
        error.code(),
        "disk-full",
        "the person is told the disk is full (and what to do), not a generic database error: got {error:?}"
    );
    assert!(
        saved.len() > 10,
        "some people fit before the disk was full ({})",
        saved.len()
    );
    eprintln!(
        "{test}: {} people saved before the disk was full",
        saved.len()
    );
    drop(store);

    // Still full: opening again either works or says the disk is full; never "damaged".
    match open_and_read_everything(&data_dir, &keyring) {
        Ok(()) | Err(CoreError::DiskFull) => {}
        Err(other) => panic!("a full disk must not look like damage or a wrong key: got {other:?}"),
    }

    // Space freed (the mount grows), as a mediator emptying the recycle bin would.
    disk.remount("size=16m").expect("the tmpfs can grow");
    let store = open_with_keyring(&data_dir, &keyring).expect("with space again, the store opens");
    store
        .check_integrity()
        .expect("PRAGMA integrity_check is ok after the disk was full");
    for id in &saved {
        store.beneficiary(id).unwrap_or_else(|error| {
            panic!("person {id} was reported saved, so it must be there: {error:?}")
        });
    }
    assert_eq!(
        store
            .search_beneficiaries("", 10_000)
            .expect("readable")
            .len(),
        saved.len(),
        "exactly the people reported saved are there: the refused one was rolled back"
    );
}

#[test]
fn demo_data_that_does_not_fit_leaves_no_person_behind() {
    let test = "demo_data_that_does_not_fit_leaves_no_person_behind";
    let Some(disk) = tmpfs_or_skip(test, "3m") else {
        return;
    };
    let (data_dir, keyring, mut store) = create_store_in(disk.path().join("escale"));
    let counts_before = table_counts(&data_dir, &keyring);

    let error = error_of(
        demo::generate(&mut store, DemoOptions::people(3_000)),
        "3,000 demo people and their year of accompaniments do not fit on 3 MiB",
    );
    assert_eq!(
        error.code(),
        "disk-full",
        "the demo reports the full disk: got {error:?}"
    );
    drop(store);

    disk.remount("size=16m").expect("the tmpfs can grow");
    let store = open_with_keyring(&data_dir, &keyring).expect("with space again, the store opens");
    store
        .check_integrity()
        .expect("the store is sound after the refused demo");
    drop(store);
    let counts_after = table_counts(&data_dir, &keyring);
    eprintln!("{test}: rows before {counts_before:?}, after the refused demo {counts_after:?}");
    for table in ["beneficiary", "activity", "accompaniment", "procedure"] {
        assert_eq!(
            counts_after.get(table),
            counts_before.get(table),
            "a demo reported as failed left no {table} rows: people and their records go in one transaction"
        );
    }
    // What is kept, exactly: the demo structure and its places, each saved on its own before the
    // people. They are reused, not duplicated, when the demo is run again.
    let mut store = open_with_keyring(&data_dir, &keyring).expect("the store opens");
    demo::generate(&mut store, DemoOptions::people(5))
        .expect("a small demo fits once space is back");
    drop(store);
    let counts_again = table_counts(&data_dir, &keyring);
    for table in ["structure", "place"] {
        assert_eq!(
            counts_again.get(table),
            counts_after.get(table),
            "the {table} rows kept from the refused demo are reused by the next one, never doubled"
        );
    }
}

/// Row counts of the tables a demo fills, read through a raw connection with the key.
fn table_counts(
    data_dir: &DataDir,
    keyring: &std::sync::Arc<keyring_core::CredentialStore>,
) -> BTreeMap<&'static str, i64> {
    let key = keyring_entry(data_dir, keyring)
        .get_password()
        .expect("the mock keyring holds the key");
    let connection =
        rusqlite::Connection::open(data_dir.database_path()).expect("the database file opens");
    connection
        .pragma_update(None, "key", format!("x'{key}'"))
        .expect("the key pragma is accepted");
    [
        "structure",
        "place",
        "beneficiary",
        "activity",
        "accompaniment",
        "procedure",
    ]
    .into_iter()
    .map(|table| {
        let count = connection
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                row.get(0)
            })
            .unwrap_or_else(|error| panic!("table {table} can be counted: {error:?}"));
        (table, count)
    })
    .collect()
}

#[test]
fn a_file_saved_on_a_full_or_read_only_disk_leaves_nothing_behind() {
    let test = "a_file_saved_on_a_full_or_read_only_disk_leaves_nothing_behind";
    let Some(disk) = tmpfs_or_skip(test, "1m") else {
        return;
    };
    let target = disk.path().join("document.pdf");
    let too_big = vec![b'%'; 2 * 1024 * 1024];
    let error = error_of(
        escale_core::folders::save_file_atomically(&target, &too_big),
        "2 MiB do not fit on a 1 MiB disk",
    );
    assert_eq!(
        error.code(),
        "save-disk-full",
        "a full USB key is told as such, naming the folder: got {error:?}"
    );
    assert_eq!(
        error.arguments().get("path").map(String::as_str),
        Some(disk.path().display().to_string().as_str()),
        "the message names the folder, never the file (its name may be a person's)"
    );
    let left: Vec<_> = std::fs::read_dir(disk.path()).expect("the disk lists").collect();
    assert!(left.is_empty(), "no partial file and no temporary file stay on the full disk: {left:?}");

    escale_core::folders::save_file_atomically(&target, b"%PDF-1.7 small").expect("a small file fits");
    disk.remount("ro").expect("the tmpfs can be made read-only");
    let error = error_of(
        escale_core::folders::save_file_atomically(&target, b"%PDF-1.7 another"),
        "a read-only disk takes no file",
    );
    assert_eq!(error.code(), "save-folder-not-writable", "a locked USB key is told as such: got {error:?}");
    assert_eq!(
        std::fs::read(&target).expect("the earlier file is still there"),
        b"%PDF-1.7 small",
        "a refused save leaves the file of that name as it was"
    );
    disk.remount("rw").expect("the tmpfs can be made writable again");
}
