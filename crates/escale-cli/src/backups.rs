//! `escale backup create|verify|restore`: glue around `escale_core::backup`.
//!
//! Secrets come from the environment or a prompt, as in `keys.rs`: `ESCALE_RECOVERY_KEY` (any
//! backup), `ESCALE_PASSPHRASE` (the passphrase a passphrase store had when the backup was
//! made), `ESCALE_NEW_PASSPHRASE` (to protect a restored store with a passphrase).
//!
//! Progress is drawn on stderr by `progress`, hidden when stderr is not a terminal.

use std::path::Path;

use escale_core::CoreError;
use escale_core::backup::{self, BackupSecret, BackupSummary, ExistingData};
use escale_core::i18n::Localizer;
use escale_core::session;
use escale_core::storage::{DataDir, KeyProtection, PassphraseCost, Store};
use indicatif::HumanBytes;
use serde::Serialize;
use zeroize::Zeroizing;

use crate::{Failure, interrupt, progress};
use crate::cli::BackupCommand;
use crate::keys::{chosen_passphrase, keyring_unless, prompt_secret, secret_from_environment};
use crate::run::{Outcome, Printer};

pub fn create(store: &mut Store, folder: &Path, json: bool, mut printer: Printer<'_>) -> Outcome {
    let localizer = printer.localizer;
    let bar = progress::bar(localizer.text("cli-backup-progress"));
    let progress = |done: u64, total: u64| {
        bar.set_length(total);
        bar.set_position(done);
        interrupt::should_go_on()
    };
    let written = interrupt::cancellable(|| store.create_backup(folder, &progress));
    bar.finish_and_clear();
    let report = written?;
    if json {
        return printer.json(&report);
    }
    let line = localizer.message(
        "cli-backup-written",
        &[("path", report.path.as_str().into()), ("size", HumanBytes(report.bytes).to_string().into())],
    );
    printer.line(&line)
}

pub fn without_store(command: BackupCommand, data_dir: &DataDir, printer: Printer<'_>) -> Outcome {
    match command {
        BackupCommand::Verify { file, without_secret, json } => verify(&file, without_secret, json, printer),
        BackupCommand::Restore { file, replace, passphrase, json } => {
            restore(&file, data_dir, replace, passphrase, json, printer)
        }
        BackupCommand::Create { .. } => unreachable!("a backup is made from an open store"),
    }
}

/// A secret that opens a backup, as found or typed.
enum TypedSecret {
    RecoveryKey(Zeroizing<String>),
    Passphrase(Zeroizing<String>),
}

impl TypedSecret {
    fn as_backup_secret(&self) -> BackupSecret<'_> {
        match self {
            TypedSecret::RecoveryKey(key) => BackupSecret::RecoveryKey(key),
            TypedSecret::Passphrase(passphrase) => BackupSecret::Passphrase(passphrase),
        }
    }
}

/// The recovery key if given; else, for a passphrase backup, its passphrase if given; else
/// what the person types (the recovery key for a keyring backup, which has no passphrase).
/// `None` when there is nothing and nobody to ask.
fn backup_secret(localizer: &Localizer, protection: KeyProtection) -> Result<Option<TypedSecret>, Failure> {
    if let Some(key) = secret_from_environment("ESCALE_RECOVERY_KEY") {
        return Ok(Some(TypedSecret::RecoveryKey(key)));
    }
    if protection == KeyProtection::Passphrase
        && let Some(passphrase) = secret_from_environment("ESCALE_PASSPHRASE")
    {
        return Ok(Some(TypedSecret::Passphrase(passphrase)));
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return Ok(None);
    }
    Ok(Some(match protection {
        KeyProtection::Keyring => TypedSecret::RecoveryKey(prompt_secret(localizer, "cli-prompt-recovery-key")?),
        KeyProtection::Passphrase => TypedSecret::Passphrase(prompt_secret(localizer, "cli-prompt-backup-passphrase")?),
    }))
}

fn verify(file: &Path, without_secret: bool, json: bool, mut printer: Printer<'_>) -> Outcome {
    let localizer = printer.localizer;
    // The checks that need no secret come first: a damaged file is told before anyone types.
    let structure = backup::verify_backup(file, None)?;
    let secret = if without_secret { None } else { backup_secret(localizer, structure.protection)? };
    let summary = match &secret {
        Some(secret) => backup::verify_backup(file, Some(secret.as_backup_secret()))?,
        None => structure,
    };
    if json {
        return printer.json(&summary);
    }
    let made = made_on(&summary);
    let line = match summary.contents {
        Some(contents) => localizer.message(
            "cli-backup-verified",
            &[
                ("made", made.into()),
                ("people", contents.people.into()),
                ("activities", contents.activities.into()),
                ("procedures", contents.procedures.into()),
            ],
        ),
        None => localizer.message("cli-backup-structure-verified", &[("made", made.into())]),
    };
    printer.line(&line)
}

fn restore(
    file: &Path,
    data_dir: &DataDir,
    replace: bool,
    passphrase_wanted: bool,
    json: bool,
    mut printer: Printer<'_>,
) -> Outcome {
    let localizer = printer.localizer;
    let existing = if replace { ExistingData::SetAside } else { ExistingData::Refuse };
    if existing == ExistingData::Refuse && data_dir.has_database() {
        // Said before any secret is asked for.
        return Err(CoreError::RestoreOverExistingData(data_dir.path().display().to_string()).into());
    }
    let structure = backup::verify_backup(file, None)?;
    let secret = backup_secret(localizer, structure.protection)?
        .ok_or(Failure::Message("cli-backup-secret-needed", vec![]))?;

    let keyring = keyring_unless(passphrase_wanted, data_dir)?;
    // A new passphrase when one is given; typed when nothing else can protect the key (the
    // recovery key opened the backup and no keyring may be used). The core decides the rest.
    let new_passphrase = match (&keyring, &secret, secret_from_environment("ESCALE_NEW_PASSPHRASE")) {
        (_, _, Some(given)) => Some(given),
        (None, TypedSecret::RecoveryKey(_), None) => Some(chosen_passphrase(localizer, "ESCALE_NEW_PASSPHRASE")?),
        _ => None,
    };
    let new_key = session::protection_for_restore(
        data_dir,
        keyring.as_ref(),
        secret.as_backup_secret(),
        new_passphrase.as_deref().map(|p| p.as_str()),
        PassphraseCost::STANDARD,
    )?;
    let bar = progress::bar(localizer.text("cli-restore-progress"));
    let progress = |done: u64, total: u64| {
        bar.set_length(total);
        bar.set_position(done);
        interrupt::should_go_on()
    };
    let restored = interrupt::cancellable(|| {
        backup::restore_backup_with_progress(file, secret.as_backup_secret(), data_dir, new_key, existing, &progress)
    });
    bar.finish_and_clear();
    let restored = restored?;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Report<'a> {
        data_dir: String,
        summary: &'a BackupSummary,
        set_aside: Option<String>,
    }
    let report = Report {
        data_dir: data_dir.path().display().to_string(),
        summary: &restored.summary,
        set_aside: restored.set_aside.as_ref().map(|path| path.display().to_string()),
    };
    if json {
        return printer.json(&report);
    }
    let contents = restored.summary.contents.unwrap_or(backup::BackupContents { people: 0, activities: 0, procedures: 0 });
    let line = localizer.message(
        "cli-backup-restored",
        &[
            ("made", made_on(&restored.summary).into()),
            ("people", contents.people.into()),
            ("activities", contents.activities.into()),
            ("procedures", contents.procedures.into()),
        ],
    );
    printer.line(&line)?;
    if let Some(folder) = &report.set_aside {
        let line = localizer.message("cli-backup-set-aside", &[("path", folder.as_str().into())]);
        printer.line(&line)?;
    }
    Ok(())
}

/// When a backup was made, in the laptop's time, as people read dates.
fn made_on(summary: &BackupSummary) -> String {
    chrono::DateTime::parse_from_rfc3339(&summary.created_at)
        .map(|time| time.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| summary.created_at.clone())
}
