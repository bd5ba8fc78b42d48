//! The default protection: the database key in the system keyring (Secret Service).
//! These tests need a running, unlocked keyring; `scripts/test.sh` runs them inside
//! `scripts/with-test-keyring.sh` (a private D-Bus session with GNOME Keyring).

use crate::support::Cli;

#[test]
#[ignore = "needs an unlocked Secret Service: run scripts/test.sh (scripts/with-test-keyring.sh)"]
fn without_a_passphrase_the_key_goes_to_the_system_keyring() {
    let cli = Cli::new();
    let created = cli.run_with_passphrase(None, &["init", "--json"]).json();
    assert_eq!(
        created["protection"], "keyring",
        "with a keyring answering and no --passphrase, the key is kept by the keyring: {created}"
    );
    let settings = std::fs::read_to_string(cli.data_dir().join("key-settings.json")).expect("settings are written");
    assert!(
        !settings.contains("salt") && settings.len() < 200,
        "in keyring mode the settings file holds no key material, only the mode and an id: {settings}"
    );

    let added = cli
        .run_with_passphrase(None, &["beneficiary", "add", "--first-name", "Oksana", "--last-name", "Melnyk", "--json"])
        .json();
    let found = cli.run_with_passphrase(None, &["beneficiary", "search", "oksana", "--json"]).json();
    assert_eq!(
        found[0]["id"], added["id"],
        "a second process finds the key in the keyring and reads what the first one wrote: {found}"
    );
}
