//! Creating, unlocking and protecting the encrypted store.

use crate::support::{Cli, PASSPHRASE, text};

#[test]
fn init_creates_a_passphrase_store_once() {
    let cli = Cli::new();
    let created = cli.run(&["init", "--passphrase", "--json"]).json();
    assert_eq!(
        text(&created, "/protection"),
        "passphrase",
        "init --passphrase must protect the key with the passphrase, never the keyring"
    );
    let schema = text(&created, "/schemaVersion");
    assert!(
        !schema.is_empty() && schema.chars().all(|c| c.is_ascii_digit()),
        "the migrated schema version is reported (a timestamp of digits), got {schema:?}"
    );
    assert_eq!(
        text(&created, "/dataDir"),
        cli.data_dir().display().to_string(),
        "the report names the data folder that was asked for"
    );
    assert!(cli.database().is_file(), "init must leave the database file escale.db in the data folder");
    assert!(
        cli.data_dir().join("key-settings.json").is_file(),
        "init must leave the key settings next to the database"
    );

    let before = cli.snapshot();
    let again = cli.run(&["init", "--passphrase", "--json"]);
    let message = again.failure();
    assert!(
        message.starts_with("Une base Escale existe déjà") && message.contains("existe déjà"),
        "a second init is refused in French, saying a store already exists; got {message:?}"
    );
    assert_eq!(cli.snapshot(), before, "a refused init must not touch the existing store (\"Rien n’a été modifié\")");
}

#[test]
fn init_refuses_a_short_passphrase_and_creates_nothing() {
    let cli = Cli::new();
    let run = cli.run_with_passphrase(Some("court"), &["init", "--passphrase", "--json"]);
    let message = run.failure();
    assert!(
        message.contains("au moins 10 caractères"),
        "the refusal tells the minimum length of a passphrase; got {message:?}"
    );
    assert!(!cli.database().exists(), "a refused init must not create escale.db");
    assert!(
        !cli.data_dir().join("key-settings.json").exists(),
        "a refused init must not create key settings either, or the folder would look initialised"
    );
}

#[test]
fn a_wrong_or_missing_passphrase_is_refused_without_touching_the_store() {
    let cli = Cli::initialised();
    let added = cli.run(&["beneficiary", "add", "--first-name", "Brigitte", "--last-name", "Lemoine", "--json"]);
    assert_eq!(added.code, 0, "the correct passphrase opens the store for writing; {}", added.describe());
    let before = cli.snapshot();
    assert!(before.contains_key("escale.db"), "the store is on disk before the wrong attempts");

    let wrong = cli.run_with_passphrase(Some("not the right passphrase"), &["beneficiary", "list"]);
    let message = wrong.failure();
    assert!(
        message.contains("Ce n’est pas la bonne phrase secrète"),
        "a wrong passphrase is reported in French as such (it fails to unwrap the key); got {message:?}"
    );
    assert_eq!(
        cli.snapshot(),
        before,
        "a wrong key must leave escale.db (and every file of the folder) byte-identical"
    );

    let missing = cli.run_with_passphrase(None, &["beneficiary", "list"]);
    let message = missing.failure();
    assert!(
        message.contains("Une phrase secrète est nécessaire"),
        "without ESCALE_PASSPHRASE and without a terminal, the CLI says a passphrase is required \
         instead of waiting for input; got {message:?}"
    );
    assert_eq!(cli.snapshot(), before, "a missing passphrase must not touch the store either");

    let list = cli.run(&["beneficiary", "list", "--json"]).json();
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(1),
        "after the refused attempts the right passphrase ({PASSPHRASE:?}) still opens the same data"
    );
}

#[test]
fn an_uninitialised_folder_is_reported() {
    let cli = Cli::new();
    let message = cli.run(&["beneficiary", "list"]).failure();
    assert!(
        message.contains("Aucune base Escale") && message.contains("escale init"),
        "opening a folder without a store explains how to create one; got {message:?}"
    );
    assert!(!cli.data_dir().exists(), "reading must never create the data folder as a side effect");
}
