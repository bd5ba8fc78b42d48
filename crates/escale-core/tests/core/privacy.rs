//! What a thief of the laptop finds on disk: encrypted bytes only, in the database file and in
//! its write-ahead log alike.

use escale_core::beneficiary::BeneficiaryInput;
use escale_core::demo::{self, DemoOptions};

use crate::support::{TestStore, contains_bytes, everyone, files_starting_with};

const NOTES: &str = "Titre de séjour expire en mars ; dette de loyer chez Habitat 93";
const PHONE: &str = "06 12 34 56 78";
const EMAIL: &str = "elodie.ndiaye@example.org";

/// Asserts that no file of the data folder (the database, its `-wal` and `-shm`, the key
/// settings, any temporary or leftover file) holds any of `secrets` in clear, nor SQLite's
/// plain header.
#[track_caller]
fn check_nothing_readable(store: &TestStore, secrets: &[String], moment: &str) {
    let files = files_starting_with(store.folder.path(), "");
    assert!(
        files.contains_key("escale.db"),
        "the database file exists ({moment})"
    );
    for (name, bytes) in &files {
        assert!(
            !contains_bytes(bytes, b"SQLite format 3"),
            "{name} shows SQLite's plain header: it is not encrypted ({moment})"
        );
        for secret in secrets {
            assert!(
                !contains_bytes(bytes, secret.as_bytes()),
                "{name} holds {secret:?} in clear ({moment}): a stolen laptop would reveal it"
            );
        }
    }
}

#[test]
fn names_and_notes_are_never_on_disk_in_clear() {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(50)).expect("demo data is generated");
    store
        .create_beneficiary(&BeneficiaryInput {
            first_name: "Élodie".into(),
            last_name: "N'Diaye".into(),
            phone: PHONE.into(),
            email: EMAIL.into(),
            notes: NOTES.into(),
            ..BeneficiaryInput::default()
        })
        .expect("a valid person");

    let mut secrets: Vec<String> = vec![
        "Élodie".into(),
        "N'Diaye".into(),
        NOTES.into(),
        PHONE.into(),
        EMAIL.into(),
        "Habitat 93".into(),
    ];
    // The folded forms written to the name index, too.
    secrets.extend(["elodie", "ndiaye"].map(String::from));
    for person in everyone(&store) {
        for name in [person.first_name, person.last_name] {
            if name.chars().count() >= 3 {
                secrets.push(name);
            }
        }
    }
    assert!(
        secrets.len() > 50,
        "the check covers the demo people's names, not only one person"
    );

    let log = store.folder.path().join("escale.db-wal");
    let log_size = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
    assert!(
        log_size > 0,
        "without a checkpoint the new data sits in the write-ahead log, which must be checked too"
    );
    check_nothing_readable(&store, &secrets, "data in the write-ahead log");

    store
        .checkpoint()
        .expect("the log folds into the database file");
    check_nothing_readable(&store, &secrets, "after a checkpoint");

    store.close();
    check_nothing_readable(&store, &secrets, "after closing");
    let settings = std::fs::read(store.folder.path().join("key-settings.json"))
        .expect("the key settings exist");
    for secret in &secrets {
        assert!(
            !contains_bytes(&settings, secret.as_bytes()),
            "the plain-text key settings hold no personal data"
        );
    }
}
