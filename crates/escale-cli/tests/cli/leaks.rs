//! Where a person's data may appear when the command line handles it: on stdout when the
//! mediator asked for it, and nowhere else.
//!
//! Scanned, after writing a known name, phone, e-mail and note and after failing commands that
//! carry them in their arguments:
//! - stderr of every failing command (validation errors, wrong passphrase, a damaged database),
//!   run with `RUST_BACKTRACE=full` so that a panic's message and backtrace would be scanned
//!   too (none of these commands panics; a deliberate crash has no trigger in the CLI);
//! - every file under the runner's home, recursively: the data folder (database, `-wal`, `-shm`,
//!   key settings, any leftover), the `TMPDIR` given to every run (SQLite's temporary files),
//!   and the XDG folders. Escale writes no log file; a log would be found here.
//!
//! Not covered: core dumps (the kernel writes them from memory, which holds decrypted pages —
//! disable them at the system level), the terminal's scrollback, backups (none exist yet: when
//! they do, add their folder to [`places_where_data_rests`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::{Cli, contains_bytes, text};

const FIRST_NAME: &str = "Zénobie";
const LAST_NAME: &str = "Karamanlis-Okafor";
const PHONE: &str = "07 61 42 93 58";
const EMAIL: &str = "zenobie.k@example.net";
const NOTES: &str = "Dossier MDPH refusé ; dette EDF de 1 240 euros";

/// Every form in which the person's data could leak: as typed, folded for search, digits only.
fn secrets() -> Vec<&'static str> {
    vec![
        FIRST_NAME,
        LAST_NAME,
        PHONE,
        EMAIL,
        NOTES,
        "zenobie",
        "karamanlis",
        "0761429358",
        "MDPH refus",
    ]
}

/// The folders where the runner's data may rest. Backups, once they exist, belong here too.
fn places_where_data_rests(cli: &Cli) -> Vec<PathBuf> {
    vec![cli.home().to_path_buf()]
}

/// Every file under `folder`, recursively, by path.
fn files_under(folder: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("a folder of the runner is readable") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("a file of the runner is readable");
                files.insert(path, bytes);
            }
        }
    }
    files
}

#[track_caller]
fn check_no_secret_in(what: &str, bytes: &[u8]) {
    for secret in secrets() {
        assert!(
            !contains_bytes(bytes, secret.as_bytes()),
            "{what} holds {secret:?} in clear: personal data may only be shown on stdout when asked for"
        );
    }
}

#[test]
fn personal_data_stays_out_of_errors_files_and_leftovers() {
    let cli = Cli::initialised();
    let added = cli
        .run(&[
            "beneficiary",
            "add",
            "--first-name",
            FIRST_NAME,
            "--last-name",
            LAST_NAME,
            "--phone",
            PHONE,
            "--email",
            EMAIL,
            "--notes",
            NOTES,
            "--insee",
            "93066",
            "--json",
        ])
        .json();
    let id = text(&added, "/id").to_string();
    let found = cli.run(&["beneficiary", "search", "zenobie karamanlis", "--json"]);
    assert!(
        found.code == 0 && found.stdout.contains(&id),
        "the person is found (so the data was really written before the scans); {}",
        found.describe()
    );

    let too_long_notes = format!("{NOTES} ").repeat(300);
    let failing: Vec<Vec<&str>> = vec![
        vec![
            "beneficiary",
            "add",
            "--first-name",
            FIRST_NAME,
            "--last-name",
            LAST_NAME,
            "--birth-year",
            "1850",
        ],
        vec![
            "beneficiary",
            "add",
            "--first-name",
            FIRST_NAME,
            "--email",
            "zenobie chez example",
        ],
        vec![
            "beneficiary",
            "add",
            "--last-name",
            LAST_NAME,
            "--phone",
            "appeler Zénobie le soir",
        ],
        vec![
            "beneficiary",
            "add",
            "--first-name",
            FIRST_NAME,
            "--notes",
            too_long_notes.as_str(),
        ],
        vec![
            "beneficiary",
            "add",
            "--first-name",
            FIRST_NAME,
            "--insee",
            "Karamanlis",
        ],
        vec![
            "activity",
            "add",
            "--beneficiary",
            id.as_str(),
            "--theme",
            "pas_un_theme",
            "--notes",
            NOTES,
        ],
        vec!["beneficiary", "show", "Zénobie-Karamanlis"],
    ];
    for args in &failing {
        let run = cli.run_with_env(&[("RUST_BACKTRACE", "full")], args);
        run.failure();
        check_no_secret_in(
            &format!("stderr of `escale {}`", args.join(" ")),
            run.stderr.as_bytes(),
        );
    }
    let wrong_key = cli.run_with_passphrase(
        Some("pas la bonne phrase secrète"),
        &["beneficiary", "search", FIRST_NAME],
    );
    wrong_key.failure();
    check_no_secret_in(
        "stderr of a search with the wrong passphrase",
        wrong_key.stderr.as_bytes(),
    );

    let mut scanned = 0;
    for place in places_where_data_rests(&cli) {
        for (path, bytes) in files_under(&place) {
            check_no_secret_in(&path.display().to_string(), &bytes);
            scanned += 1;
        }
    }
    assert!(
        scanned >= 2,
        "the scan saw the database and its key settings at least ({scanned} files)"
    );

    // A damaged database: an error line must not quote what could still be read. (Whether a
    // command fails depends on the page it reads; the damage tests of the core check the codes.)
    let database = cli.database();
    let mut bytes = std::fs::read(&database).expect("the database is readable");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x10;
    std::fs::write(&database, bytes).expect("the database is writable");
    for args in [
        vec!["beneficiary", "search", FIRST_NAME],
        vec!["beneficiary", "show", id.as_str()],
    ] {
        let run = cli.run_with_env(&[("RUST_BACKTRACE", "full")], &args);
        check_no_secret_in(
            "stderr of a command on a damaged database",
            run.stderr.as_bytes(),
        );
    }
}
