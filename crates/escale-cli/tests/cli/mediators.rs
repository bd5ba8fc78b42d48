//! Several mediators on one laptop from the command line: each adds their own store under their
//! own passphrase, chooses it with `--mediator`, and never reads the other's people.

use crate::support::{Cli, PASSPHRASE, array, text};

const KARIM_PASSPHRASE: &str = "la phrase secrète de Karim";

fn last_names(listed: &serde_json::Value) -> Vec<String> {
    array(listed, "")
        .iter()
        .map(|person| person["lastName"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn two_mediators_keep_apart_and_choose_with_mediator() {
    let cli = Cli::initialised();
    let added = cli.run(&[
        "beneficiary",
        "add",
        "--first-name",
        "Awa",
        "--last-name",
        "Traoré",
        "--json",
    ]);
    assert_eq!(
        added.code,
        0,
        "the first mediator records a person; {}",
        added.describe()
    );

    let karim = cli
        .run_with_env(
            &[("ESCALE_NEW_PASSPHRASE", KARIM_PASSPHRASE)],
            &["mediator", "add", "--name", "Karim", "--json"],
        )
        .json();
    let karim_id = text(&karim, "/mediator/id").to_string();
    assert_eq!(
        text(&karim, "/recoveryKey").split('-').count(),
        14,
        "the new mediator gets their own recovery key at once"
    );

    // Without a choice, nothing is opened: the mediator is told how to choose.
    let message = cli.run(&["beneficiary", "list"]).failure();
    assert!(
        message.contains("--mediator"),
        "the message says how to choose; got {message:?}"
    );

    let listed = cli.run(&["mediator", "list", "--json"]).json();
    let ids: Vec<&str> = array(&listed, "")
        .iter()
        .map(|store| store["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        ids,
        ["first", karim_id.as_str()],
        "the list shows the first store, then Karim's"
    );
    let lines = cli.run(&["mediator", "list"]);
    assert!(
        lines.stdout.contains("Karim") && lines.stdout.contains("phrase secrète"),
        "the readable list names Karim and how his store is protected; {}",
        lines.describe()
    );

    let first = cli
        .run(&["--mediator", "first", "beneficiary", "list", "--json"])
        .json();
    assert_eq!(
        last_names(&first),
        ["Traoré"],
        "the first store holds the first mediator's person"
    );
    let theirs = cli
        .run_with_passphrase(
            Some(KARIM_PASSPHRASE),
            &["--mediator", &karim_id, "beneficiary", "list", "--json"],
        )
        .json();
    assert_eq!(
        last_names(&theirs),
        Vec::<String>::new(),
        "Karim's store starts empty: he sees nobody of the first mediator"
    );

    let message = cli
        .run_with_passphrase(
            Some(PASSPHRASE),
            &["--mediator", &karim_id, "beneficiary", "list"],
        )
        .failure();
    assert!(
        message.contains("phrase secrète"),
        "the first mediator's passphrase does not open Karim's store; got {message:?}"
    );
    let message = cli
        .run(&["--mediator", "../data", "beneficiary", "list"])
        .failure();
    assert!(
        message.contains("Aucun médiateur"),
        "an unknown id is refused as no mediator of this laptop; got {message:?}"
    );
}

#[test]
fn no_mediator_is_added_without_a_name_or_with_a_short_passphrase() {
    let cli = Cli::initialised();
    let before = cli.snapshot();
    let message = cli
        .run_with_env(
            &[("ESCALE_NEW_PASSPHRASE", KARIM_PASSPHRASE)],
            &["mediator", "add", "--name", "   "],
        )
        .failure();
    assert!(
        message.contains("nom"),
        "a mediator needs a name; got {message:?}"
    );
    let message = cli
        .run_with_env(
            &[("ESCALE_NEW_PASSPHRASE", "court")],
            &["mediator", "add", "--name", "Karim"],
        )
        .failure();
    assert!(
        message.contains("au moins 10 caractères"),
        "a short passphrase is refused; got {message:?}"
    );
    assert_eq!(
        cli.snapshot(),
        before,
        "refused additions leave the laptop folder as it was"
    );
    assert!(
        !cli.data_dir().join("mediators").exists(),
        "no folder of mediators is left behind"
    );
}
