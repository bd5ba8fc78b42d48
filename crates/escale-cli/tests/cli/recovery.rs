//! The recovery key from the command line: shown at init, written on a printable sheet, and the
//! way back when the key settings are lost or the passphrase forgotten; changing the passphrase.

use crate::support::{Cli, PASSPHRASE, array, text};

const NEW_PASSPHRASE: &str = "une autre phrase secrète";

fn add_person(cli: &Cli) -> String {
    let added = cli.run(&["beneficiary", "add", "--first-name", "Awa", "--last-name", "Traoré", "--json"]).json();
    text(&added, "/id").to_string()
}

fn database_bytes(cli: &Cli) -> Vec<u8> {
    std::fs::read(cli.database()).expect("the database is readable")
}

#[test]
fn lost_key_settings_are_recovered_with_the_key_shown_at_init() {
    let cli = Cli::new();
    let created = cli.run(&["init", "--passphrase", "--json"]).json();
    let recovery_key = text(&created, "/recoveryKey").to_string();
    assert_eq!(recovery_key.split('-').count(), 14, "init shows the recovery key in 14 groups: {recovery_key}");
    let id = add_person(&cli);
    for name in ["key-settings.json", "key-settings.mirror.json"] {
        std::fs::remove_file(cli.data_dir().join(name)).expect("the settings can be removed");
    }
    let before = database_bytes(&cli);

    let message = cli.run(&["beneficiary", "list"]).failure();
    assert!(
        message.contains("clé de récupération") && message.contains("escale recover"),
        "the mediator is told the data is intact and how to get it back; got {message:?}"
    );
    let message = cli.run(&["init", "--passphrase"]).failure();
    assert!(message.contains("existe déjà"), "init never replaces a database without settings; got {message:?}");
    assert_eq!(database_bytes(&cli), before, "neither command touched the database");

    let recovered = cli.run_with_env(
        &[("ESCALE_RECOVERY_KEY", &recovery_key), ("ESCALE_NEW_PASSPHRASE", NEW_PASSPHRASE)],
        &["recover", "--passphrase"],
    );
    assert_eq!(recovered.code, 0, "recover with the key and a new passphrase works; {}", recovered.describe());
    let listed = cli.run_with_passphrase(Some(NEW_PASSPHRASE), &["beneficiary", "list", "--json"]).json();
    let ids: Vec<&str> = array(&listed, "").iter().map(|person| person["id"].as_str().unwrap_or("")).collect();
    assert_eq!(ids, vec![id.as_str()], "the same person is back, under the new passphrase");
}

#[test]
fn a_mistyped_recovery_key_is_told_and_changes_nothing() {
    let cli = Cli::initialised();
    let before = cli.snapshot();
    let run = cli.run_with_env(
        &[("ESCALE_RECOVERY_KEY", "AAAA-BBBB"), ("ESCALE_NEW_PASSPHRASE", NEW_PASSPHRASE)],
        &["recover", "--passphrase"],
    );
    let message = run.failure();
    assert!(message.contains("faute de frappe"), "a short key is a typing mistake; got {message:?}");
    assert_eq!(cli.snapshot(), before, "a failed recovery changes no file");
}

#[test]
fn the_passphrase_changes_without_re_encrypting_the_data() {
    let cli = Cli::initialised();
    add_person(&cli);
    let before = database_bytes(&cli);
    let changed = cli.run_with_env(&[("ESCALE_NEW_PASSPHRASE", NEW_PASSPHRASE)], &["key", "protect", "--passphrase"]);
    assert_eq!(changed.code, 0, "the current passphrase allows the change; {}", changed.describe());
    let message = cli.run_with_passphrase(Some(PASSPHRASE), &["beneficiary", "list"]).failure();
    assert!(message.contains("bonne phrase secrète"), "the old passphrase no longer opens the store; got {message:?}");
    let listed = cli.run_with_passphrase(Some(NEW_PASSPHRASE), &["beneficiary", "list", "--json"]).json();
    assert_eq!(array(&listed, "").len(), 1, "the new one does, with the data");
    assert_eq!(database_bytes(&cli), before, "re-wrapping the key rewrote no byte of the database");
}

#[test]
fn the_recovery_sheet_is_a_private_printable_page() {
    let cli = Cli::new();
    let created = cli.run(&["init", "--passphrase", "--json"]).json();
    let recovery_key = text(&created, "/recoveryKey").to_string();
    let sheet = cli.data_dir().with_file_name("fiche.html");
    let written = cli.run(&["recovery-sheet", "--out", sheet.to_str().expect("UTF-8 path")]);
    assert_eq!(written.code, 0, "the sheet is written; {}", written.describe());
    let page = std::fs::read_to_string(&sheet).expect("the sheet exists");
    assert!(page.contains("Fiche de récupération Escale"), "the sheet is in French by default");
    for group in recovery_key.split('-') {
        assert!(page.contains(group), "every group of the key is on the sheet ({group} missing)");
    }
    assert!(!page.contains("http"), "the page loads nothing from anywhere");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sheet).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the sheet opens the data: only its owner may read the file");
    }
}
