//! Several mediators on one laptop: each has their own store and key, one never opens
//! another's, and the keyring (readable by everyone using the computer account) protects no
//! store of a shared laptop.

use escale_core::session::{self, Access, FIRST_MEDIATOR_ID, Laptop};
use escale_core::storage::{Credentials, KeyProtection, PassphraseCost};
use escale_core::{CoreError, DataDir, NewKey, Store, ValidationError};

use crate::support::{
    PASSPHRASE, TestStore, add_person, create_with_passphrase, everyone, mock_keyring,
};

const SECOND_PASSPHRASE: &str = "la phrase secrète de Karim au bureau";

#[track_caller]
fn error_of<T>(result: escale_core::CoreResult<T>) -> CoreError {
    match result {
        Err(error) => error,
        Ok(_) => panic!("expected an error, got a success"),
    }
}

fn names(store: &Store) -> Vec<String> {
    everyone(store)
        .into_iter()
        .map(|person| person.last_name)
        .collect()
}

/// Every path under `folder` with a hash of each file: what "changes nothing" compares.
fn tree(folder: &std::path::Path) -> Vec<(String, u64)> {
    use std::hash::{Hash, Hasher};
    let mut entries = Vec::new();
    for entry in walk(folder) {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        if entry.is_file() {
            std::fs::read(&entry)
                .expect("a file of the laptop folder reads")
                .hash(&mut hasher);
        }
        entries.push((
            entry
                .strip_prefix(folder)
                .expect("under the folder")
                .display()
                .to_string(),
            hasher.finish(),
        ));
    }
    entries.sort();
    entries
}

fn walk(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder)
        .expect("the folder lists")
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        }
        found.push(path);
    }
    found
}

#[test]
fn each_mediator_has_a_store_of_their_own_that_the_other_cannot_open() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let laptop_folder = DataDir::new(folder.path());
    let mut first =
        create_with_passphrase(&laptop_folder, PASSPHRASE).expect("the first store is created");
    add_person(&mut first, "Amina", "Benali");
    drop(first);

    let laptop = Laptop::new(&laptop_folder);
    let (added, mut second, _) = laptop
        .add_mediator(
            "Karim",
            SECOND_PASSPHRASE,
            PassphraseCost::FAST_FOR_TESTS,
            Some("2468"),
        )
        .expect("a mediator is added beside a passphrase store");
    add_person(&mut second, "Lucie", "Martin");
    assert!(
        second.lock_settings().expect("lock settings").pin_set,
        "the new mediator's PIN was set at creation"
    );
    drop(second);

    let stores = laptop.stores().expect("the stores are listed");
    let ids: Vec<&str> = stores.iter().map(|store| store.id.as_str()).collect();
    assert_eq!(
        ids,
        [FIRST_MEDIATOR_ID, added.id.as_str()],
        "the first store is listed first, then the added one"
    );
    assert_eq!(
        stores[1].name, "Karim",
        "the added store shows its mediator's name"
    );
    assert_eq!(
        stores[1].protection,
        Some(KeyProtection::Passphrase),
        "an added store is under a passphrase"
    );

    let second_dir = laptop
        .store(&added.id)
        .expect("the added store is found by its id");
    let first_dir = laptop
        .store(FIRST_MEDIATOR_ID)
        .expect("the first store is found");
    let first = Store::unlock(
        &first_dir,
        &Credentials {
            keyring: None,
            passphrase: Some(PASSPHRASE),
        },
    )
    .expect("the first mediator's passphrase opens their store");
    assert_eq!(
        names(&first),
        ["Benali"],
        "the first store holds only its own people"
    );
    drop(first);
    let second = Store::unlock(
        &second_dir,
        &Credentials {
            keyring: None,
            passphrase: Some(SECOND_PASSPHRASE),
        },
    )
    .expect("the second mediator's passphrase opens their store");
    assert_eq!(
        names(&second),
        ["Martin"],
        "the second store holds only its own people"
    );
    drop(second);

    // One mediator's passphrase opens nothing of the other's.
    let crossed = Store::unlock(
        &second_dir,
        &Credentials {
            keyring: None,
            passphrase: Some(PASSPHRASE),
        },
    );
    assert!(
        matches!(error_of(crossed), CoreError::WrongPassphrase),
        "the first passphrase does not open the second store"
    );
    let crossed = Store::unlock(
        &first_dir,
        &Credentials {
            keyring: None,
            passphrase: Some(SECOND_PASSPHRASE),
        },
    );
    assert!(
        matches!(error_of(crossed), CoreError::WrongPassphrase),
        "the second passphrase does not open the first store"
    );

    // With two stores, nothing opens one without a choice.
    assert!(
        matches!(
            error_of(laptop.single_store()),
            CoreError::MediatorNotChosen
        ),
        "with two mediators the one to open must be chosen"
    );
}

#[test]
fn a_mediator_cannot_be_added_while_a_store_relies_on_the_keyring() {
    let mut keyring_store = TestStore::new();
    add_person(&mut keyring_store, "Amina", "Benali");
    let before = tree(keyring_store.folder.path());
    let laptop = Laptop::new(&keyring_store.data_dir());

    let refused = laptop.add_mediator(
        "Karim",
        SECOND_PASSPHRASE,
        PassphraseCost::FAST_FOR_TESTS,
        None,
    );
    assert!(
        matches!(error_of(refused), CoreError::KeyringSharedByMediators),
        "everyone using the computer account can read the keyring, so a colleague may not be added beside it"
    );
    assert_eq!(
        tree(keyring_store.folder.path()),
        before,
        "a refused addition leaves every file of the laptop as it was"
    );

    // Once the first mediator moves to a passphrase, the colleague can be added, and no store
    // of the shared laptop may go back to the keyring.
    let keyring = keyring_store.keyring.clone();
    keyring_store
        .change_key_protection(
            &Credentials {
                keyring: Some(&keyring),
                passphrase: None,
            },
            NewKey::Passphrase {
                passphrase: PASSPHRASE,
                cost: PassphraseCost::FAST_FOR_TESTS,
            },
        )
        .expect("the first mediator moves to a passphrase");
    laptop
        .add_mediator(
            "Karim",
            SECOND_PASSPHRASE,
            PassphraseCost::FAST_FOR_TESTS,
            None,
        )
        .expect("with every store under a passphrase, a mediator is added");
    let back_to_keyring = keyring_store.change_key_protection(
        &Credentials {
            keyring: Some(&keyring),
            passphrase: Some(PASSPHRASE),
        },
        NewKey::Keyring(&keyring),
    );
    assert!(
        matches!(
            error_of(back_to_keyring),
            CoreError::KeyringSharedByMediators
        ),
        "on a shared laptop the keyring protects no store"
    );
    let new_key = session::protection_for_new_store(
        &keyring_store.data_dir(),
        Some(&keyring),
        None,
        PassphraseCost::FAST_FOR_TESTS,
    );
    assert!(
        matches!(error_of(new_key), CoreError::KeyringSharedByMediators),
        "a recovery or a restore on a shared laptop asks for a passphrase too"
    );
}

#[test]
fn a_single_store_opens_as_before_and_a_bad_name_or_id_changes_nothing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let laptop_folder = DataDir::new(folder.path());
    let laptop = Laptop::new(&laptop_folder);
    assert_eq!(
        laptop.stores().expect("an empty laptop lists"),
        [],
        "no store yet"
    );
    assert_eq!(
        laptop
            .single_store()
            .expect("the place of the first store")
            .path(),
        folder.path(),
        "the first store goes where a single store always went"
    );
    drop(create_with_passphrase(&laptop_folder, PASSPHRASE).expect("the first store is created"));
    assert_eq!(
        laptop.single_store().expect("the only store").path(),
        folder.path(),
        "a single store needs no choice"
    );
    assert!(
        matches!(
            session::open_at_start(&laptop_folder, None, None),
            Access::NeedsPassphrase
        ),
        "the single store still opens the usual way"
    );

    let before = tree(folder.path());
    for (name, expected) in [
        ("   ", ValidationError::MediatorNameRequired),
        (
            "Karim\u{1b}[31m",
            ValidationError::ControlCharacters { field: "name" },
        ),
    ] {
        let refused = laptop.add_mediator(
            name,
            SECOND_PASSPHRASE,
            PassphraseCost::FAST_FOR_TESTS,
            None,
        );
        match error_of(refused) {
            CoreError::Invalid(errors) => assert_eq!(
                errors.as_slice(), [expected],
                "the name {name:?} is refused with its reason"
            ),
            other => panic!("expected a validation error for {name:?}, got {other:?}"),
        }
    }
    let weak = laptop.add_mediator("Karim", "court", PassphraseCost::FAST_FOR_TESTS, None);
    assert!(
        matches!(error_of(weak), CoreError::PassphraseTooShort { .. }),
        "a short passphrase is refused"
    );
    assert_eq!(
        tree(folder.path()),
        before,
        "refused additions leave no folder behind"
    );

    for id in [
        "../..",
        "mediators",
        "0192f1c8-0000-7000-8000-00000000000",
        "../first",
    ] {
        assert!(
            matches!(error_of(laptop.store(id)), CoreError::NotFound { .. }),
            "{id:?} names no store and cannot lead out of the laptop folder"
        );
    }
    let renamed = laptop
        .rename_mediator(FIRST_MEDIATOR_ID, "  Samia  ")
        .expect("the first store is named");
    assert_eq!(renamed.name, "Samia", "the name is kept trimmed");
    assert_eq!(
        laptop.stores().expect("listed")[0].name,
        "Samia",
        "the list shows the new name"
    );
}

#[test]
fn the_keyring_of_an_unshared_laptop_is_still_offered() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let keyring = mock_keyring();
    let new_key = session::protection_for_new_store(
        &DataDir::new(folder.path()),
        Some(&keyring),
        None,
        PassphraseCost::FAST_FOR_TESTS,
    )
    .expect("one mediator alone may use the keyring");
    assert!(
        matches!(new_key, NewKey::Keyring(_)),
        "without a passphrase, the keyring protects a lone store"
    );
}

#[test]
fn a_stores_mediator_name_is_read_for_its_printed_documents() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let laptop_folder = DataDir::new(folder.path());
    let first = create_with_passphrase(&laptop_folder, PASSPHRASE).expect("the first store is created");
    drop(first);
    assert_eq!(
        session::mediator_name(&laptop_folder),
        "",
        "a first store never named has no mediator name (documents then name the structure only)"
    );
    let laptop = Laptop::new(&laptop_folder);
    let (added, second, _) = laptop
        .add_mediator("Karim Haddad", SECOND_PASSPHRASE, PassphraseCost::FAST_FOR_TESTS, None)
        .expect("a mediator is added");
    drop(second);
    let data_dir = laptop.store(&added.id).expect("the added store");
    assert_eq!(session::mediator_name(&data_dir), "Karim Haddad", "the name given when adding the mediator");
    laptop.rename_mediator(FIRST_MEDIATOR_ID, "Samia").expect("the first store is named");
    assert_eq!(session::mediator_name(&laptop_folder), "Samia", "a renamed store reads its new name");
}
