//! `escale backup create|verify|restore`: a backup made on one laptop restores on another; a
//! damaged one is refused in one translated line without touching the data; existing data is
//! only replaced when asked, and then kept aside.

use std::path::{Path, PathBuf};

use crate::support::{Cli, array, contains_bytes, text};

const NEW_PASSPHRASE: &str = "une autre phrase secrète";

fn add_person(cli: &Cli, first_name: &str, last_name: &str) -> String {
    let added = cli.run(&["beneficiary", "add", "--first-name", first_name, "--last-name", last_name, "--json"]).json();
    text(&added, "/id").to_string()
}

/// A folder standing for the USB key, beside the runner's data folder.
fn usb_key(cli: &Cli) -> PathBuf {
    let folder = cli.data_dir().with_file_name("usb");
    std::fs::create_dir_all(&folder).expect("the USB folder can be made");
    folder
}

fn make_backup(cli: &Cli) -> PathBuf {
    let usb = usb_key(cli);
    let run = cli.run(&["backup", "create", "--to", path_text(&usb), "--json"]);
    let report = run.json();
    assert!(run.stderr.is_empty(), "no progress bar or noise when stderr is not a terminal; {}", run.describe());
    PathBuf::from(text(&report, "/path"))
}

fn path_text(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}

fn last_names(cli: &Cli, passphrase: Option<&str>) -> Vec<String> {
    let listed = cli.run_with_passphrase(passphrase, &["beneficiary", "list", "--json"]).json();
    array(&listed, "").iter().map(|person| person["lastName"].as_str().unwrap_or_default().to_string()).collect()
}

#[test]
fn a_backup_restores_on_another_laptop_with_the_passphrase_of_the_day() {
    let laptop = Cli::initialised();
    add_person(&laptop, "Awa", "Traoré");
    let file = make_backup(&laptop);
    let name = file.file_name().expect("a name").to_string_lossy().into_owned();
    assert!(name.starts_with("escale-sauvegarde-") && name.ends_with(".escale-backup"), "a dated name: {name}");
    let bytes = std::fs::read(&file).expect("the backup exists");
    assert!(!contains_bytes(&bytes, "Traoré".as_bytes()), "the backup is encrypted: no name in clear");

    let verified = laptop.run(&["backup", "verify", path_text(&file), "--json"]).json();
    assert_eq!(verified["contents"]["people"], 1, "with the passphrase, verify opens the backup and counts: {verified:#}");
    let structure = laptop.run_with_passphrase(None, &["backup", "verify", path_text(&file), "--without-secret", "--json"]).json();
    assert!(structure["contents"].is_null(), "without a secret only the structure is checked: {structure:#}");

    let new_laptop = Cli::new();
    let restored = new_laptop.run(&["backup", "restore", path_text(&file), "--passphrase"]);
    assert_eq!(restored.code, 0, "the backup's passphrase restores it into an empty data folder; {}", restored.describe());
    assert!(restored.stdout.contains("1 personne,"), "the restore says what came back; {}", restored.describe());
    assert_eq!(last_names(&new_laptop, Some(crate::support::PASSPHRASE)), ["Traoré"], "the person is on the new laptop, same passphrase");
}

#[test]
fn the_recovery_key_restores_a_backup_under_a_new_passphrase() {
    let laptop = Cli::new();
    let created = laptop.run(&["init", "--passphrase", "--json"]).json();
    let recovery_key = text(&created, "/recoveryKey").to_string();
    add_person(&laptop, "Oksana", "Kovalenko");
    let file = make_backup(&laptop);

    let new_laptop = Cli::new();
    let restored = new_laptop.run_with_env(
        &[("ESCALE_RECOVERY_KEY", recovery_key.as_str()), ("ESCALE_NEW_PASSPHRASE", NEW_PASSPHRASE)],
        &["backup", "restore", path_text(&file), "--passphrase", "--json"],
    );
    let report = restored.json();
    assert!(report["setAside"].is_null(), "nothing was there to set aside: {report:#}");
    assert_eq!(last_names(&new_laptop, Some(NEW_PASSPHRASE)), ["Kovalenko"], "the new passphrase opens the restored data");
}

#[test]
fn a_damaged_backup_is_refused_in_one_translated_line_and_changes_nothing() {
    let laptop = Cli::initialised();
    add_person(&laptop, "Mehdi", "Rahimi");
    let file = make_backup(&laptop);
    let bytes = std::fs::read(&file).expect("readable");
    let cut = file.with_file_name("cut.escale-backup");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).expect("written");
    let changed = file.with_file_name("changed.escale-backup");
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 1;
    std::fs::write(&changed, &flipped).expect("written");

    let before = laptop.snapshot();
    let message = laptop.run(&["backup", "restore", path_text(&cut), "--replace", "--passphrase"]).failure();
    assert!(message.contains("incomplète"), "a truncated backup is told in French; got {message:?}");
    let message = laptop.run(&["--lang", "en", "backup", "verify", path_text(&cut)]).failure();
    assert!(message.contains("incomplete"), "and in English when asked; got {message:?}");
    let message = laptop.run(&["backup", "restore", path_text(&changed), "--replace", "--passphrase"]).failure();
    assert!(message.contains("abîmée"), "a changed byte is damage; got {message:?}");
    let message = laptop.run(&["backup", "verify", path_text(&laptop.database())]).failure();
    assert!(message.contains("n’est pas une sauvegarde"), "a database is not a backup; got {message:?}");
    assert_eq!(laptop.snapshot(), before, "no refused command touched the data folder");
}

#[test]
fn restoring_over_data_needs_replace_and_then_keeps_the_old_data_aside() {
    let old_laptop = Cli::initialised();
    add_person(&old_laptop, "Hagos", "Tesfaye");
    let file = make_backup(&old_laptop);

    let laptop = Cli::initialised();
    add_person(&laptop, "Amina", "Benali");
    let before = laptop.snapshot();
    let message = laptop.run(&["backup", "restore", path_text(&file), "--passphrase"]).failure();
    assert!(message.contains("existe déjà"), "a restore never replaces data unasked; got {message:?}");
    assert_eq!(laptop.snapshot(), before, "the refused restore touched nothing");

    let replaced = laptop.run(&["backup", "restore", path_text(&file), "--replace", "--passphrase"]);
    assert_eq!(replaced.code, 0, "asked explicitly, the restore replaces the data; {}", replaced.describe());
    assert!(replaced.stdout.contains("mises de côté"), "the mediator is told where the old data went; {}", replaced.describe());
    assert_eq!(last_names(&laptop, Some(crate::support::PASSPHRASE)), ["Tesfaye"], "the backup's data is in place");
    let aside: Vec<PathBuf> = std::fs::read_dir(laptop.data_dir())
        .expect("readable")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.is_dir() && path.to_string_lossy().contains("escale-avant-restauration-"))
        .collect();
    assert_eq!(aside.len(), 1, "one dated folder holds the old data: {aside:?}");
    let kept = std::fs::read(aside[0].join("escale.db")).expect("the old database was set aside, not deleted");
    assert!(kept == before["escale.db"], "byte for byte");
}

#[test]
fn backup_help_is_translated() {
    let cli = Cli::new();
    let help = cli.run_bare(&["backup", "restore", "--help"]);
    assert_eq!(help.code, 0, "help succeeds; {}", help.describe());
    assert!(help.stdout.contains("jamais supprimée"), "the restore help says the old data is never deleted; {}", help.describe());
    let help = cli.run_bare(&["--lang", "en", "backup", "create", "--help"]);
    assert!(help.stdout.contains("USB key"), "and in English; {}", help.describe());
}

/// Ctrl-C while a backup is being written to the USB key: the half-written file is removed,
/// the mediator is told the backup was cancelled, and the data is untouched.
#[cfg(unix)]
#[test]
fn ctrl_c_during_a_backup_leaves_no_half_written_file() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    let cli = Cli::initialised();
    // Enough data that writing the backup takes a visible moment (about 10 MB).
    let demo = cli.run(&["demo", "--people", "2000"]);
    assert_eq!(demo.code, 0, "demo data is added; {}", demo.describe());
    let usb = usb_key(&cli);
    let before = cli.snapshot();

    let backup = Command::new(env!("CARGO_BIN_EXE_escale"))
        .args(["--data-dir", path_text(cli.data_dir()), "backup", "create", "--to", path_text(&usb)])
        .env("ESCALE_PASSPHRASE", crate::support::PASSPHRASE)
        .env_remove("ESCALE_LANG")
        .env("HOME", cli.home())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the escale binary starts");
    // Wait for the file being written (a hidden ".partial" name), then press Ctrl-C.
    let deadline = Instant::now() + Duration::from_secs(60);
    let partial_seen = loop {
        let names: Vec<String> = std::fs::read_dir(&usb)
            .expect("the USB folder is readable")
            .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
            .collect();
        if names.iter().any(|name| name.ends_with(".partial")) {
            break true;
        }
        if names.iter().any(|name| name.ends_with(".escale-backup")) || Instant::now() > deadline {
            break false;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    assert!(partial_seen, "the backup should still be writing when Ctrl-C is pressed");
    let signal = Command::new("kill").args(["-INT", &backup.id().to_string()]).status().expect("kill runs");
    assert!(signal.success(), "SIGINT is delivered to the running backup");
    let output = backup.wait_with_output().expect("the backup ends");

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "a cancelled backup is a failure, not a crash; stderr: {stderr}");
    assert!(stderr.contains("annulée"), "the mediator is told the backup was cancelled: {stderr}");
    let left: Vec<_> = std::fs::read_dir(&usb).expect("readable").collect();
    assert!(left.is_empty(), "nothing half-written is left on the USB key: {left:?}");
    assert_eq!(cli.snapshot(), before, "the data folder is as it was");
}
