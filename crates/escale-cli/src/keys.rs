//! Creating, opening and recovering the store, and changing how its key is protected: glue
//! around `escale_core::session`, which holds the policy the window shares.
//!
//! Secrets come from the environment (`ESCALE_PASSPHRASE`, `ESCALE_NEW_PASSPHRASE`,
//! `ESCALE_RECOVERY_KEY`) for scripts and tests, or are asked on the terminal without echo.

use std::io::{IsTerminal, Write};
use std::path::Path;

use escale_core::i18n::Localizer;
use escale_core::session::{self, Access, recovery_sheet_html};
use escale_core::storage::key::{self, PassphraseCost};
use escale_core::storage::{Credentials, KeyProtection, NewKey};
use escale_core::{CoreError, DataDir, Store};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::{Failure, progress};
use crate::cli::{InitArgs, KeyCommand, RecoverArgs, RecoverySheetArgs};
use crate::run::{Outcome, Printer};

pub(crate) fn secret_from_environment(name: &str) -> Option<Zeroizing<String>> {
    std::env::var(name).ok().filter(|value| !value.is_empty()).map(Zeroizing::new)
}

pub(crate) fn prompt_secret(localizer: &Localizer, message: &str) -> Result<Zeroizing<String>, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(CoreError::PassphraseRequired.into());
    }
    rpassword::prompt_password(format!("{} ", localizer.text(message)))
        .map(Zeroizing::new)
        .map_err(|_| CoreError::PassphraseRequired.into())
}

/// The passphrase that opens the store now.
fn current_passphrase(localizer: &Localizer) -> Result<Zeroizing<String>, Failure> {
    match secret_from_environment("ESCALE_PASSPHRASE") {
        Some(passphrase) => Ok(passphrase),
        None => prompt_secret(localizer, "cli-prompt-passphrase"),
    }
}

/// A passphrase being chosen: from `variable`, or typed twice.
pub(crate) fn chosen_passphrase(localizer: &Localizer, variable: &str) -> Result<Zeroizing<String>, Failure> {
    if let Some(passphrase) = secret_from_environment(variable) {
        return Ok(passphrase);
    }
    let first = prompt_secret(localizer, "cli-prompt-new-passphrase")?;
    let again = prompt_secret(localizer, "cli-prompt-repeat-passphrase")?;
    if *first != *again {
        return Err(Failure::Message("cli-passphrases-differ", vec![]));
    }
    Ok(first)
}

/// The system keyring, if it really stores secrets here.
pub(crate) fn working_keyring() -> Option<std::sync::Arc<key::CredentialStore>> {
    key::system_keyring().ok().filter(key::keyring_answers)
}

/// What protects a new or recovered store: the keyring when it may and answers, otherwise a
/// passphrase chosen by the mediator (from `variable`, or typed twice).
fn keyring_or_passphrase(
    passphrase_wanted: bool,
    data_dir: &DataDir,
    localizer: &Localizer,
    variable: &str,
) -> Result<(Option<std::sync::Arc<key::CredentialStore>>, Option<Zeroizing<String>>), Failure> {
    let keyring = keyring_unless(passphrase_wanted, data_dir)?;
    let passphrase = match keyring {
        Some(_) => None,
        None => Some(chosen_passphrase(localizer, variable)?),
    };
    Ok((keyring, passphrase))
}

/// The keyring to protect the store of `data_dir` with: none when a passphrase was asked for,
/// or when other mediators share the laptop (the core allows only passphrases then).
pub(crate) fn keyring_unless(
    passphrase_wanted: bool,
    data_dir: &DataDir,
) -> Result<Option<std::sync::Arc<key::CredentialStore>>, Failure> {
    if passphrase_wanted || !session::keyring_may_protect(data_dir)? {
        return Ok(None);
    }
    Ok(working_keyring())
}

pub fn init(data_dir: &DataDir, args: &InitArgs, localizer: &Localizer, mut printer: Printer<'_>) -> Outcome {
    if data_dir.has_database() {
        return Err(CoreError::AlreadyInitialised(data_dir.path().display().to_string()).into());
    }
    let (keyring, passphrase) = keyring_or_passphrase(args.passphrase, data_dir, localizer, "ESCALE_PASSPHRASE")?;
    let new_key = session::protection_for_new_store(
        data_dir,
        keyring.as_ref(),
        passphrase.as_deref().map(|p| p.as_str()),
        PassphraseCost::STANDARD,
    )?;
    // Deriving the key from a passphrase takes a second or more on an old laptop.
    let spinner = passphrase.is_some().then(|| progress::spinner(localizer.text("cli-deriving-key")));
    let (store, created) = session::create_store(data_dir, new_key, None, None, &escale_core::progress::unobserved)?;
    drop(spinner);
    let recovery_key = store.recovery_key().formatted();
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Initialised<'a> {
        data_dir: String,
        protection: KeyProtection,
        schema_version: String,
        recovery_key: &'a str,
    }
    let report = Initialised {
        data_dir: data_dir.path().display().to_string(),
        protection: created.protection,
        schema_version: store.schema_version()?,
        recovery_key: &recovery_key,
    };
    if args.json {
        return printer.json(&report);
    }
    let message = match created.protection {
        KeyProtection::Keyring => "cli-initialised-keyring",
        KeyProtection::Passphrase => "cli-initialised-passphrase",
    };
    let done = localizer.message(message, &[("path", report.data_dir.as_str().into())]);
    printer.line(&done)?;
    let explained = localizer.message("cli-recovery-key-intro", &[]);
    printer.line(&explained)?;
    printer.line(&format!("\n    {}\n", recovery_key.as_str()))?;
    printer.line(&localizer.text("cli-recovery-key-sheet"))
}

/// Opens the store with what the session policy says it needs.
pub fn open(data_dir: &DataDir, localizer: &Localizer) -> Result<Store, Failure> {
    let keyring = key::system_keyring().ok();
    let passphrase = secret_from_environment("ESCALE_PASSPHRASE");
    // Deriving the key from a passphrase takes a second or more on an old laptop.
    let spinner = passphrase.is_some().then(|| progress::spinner(localizer.text("cli-deriving-key")));
    let access = session::open_at_start(data_dir, keyring.as_ref(), passphrase.as_deref().map(|p| p.as_str()));
    drop(spinner);
    match access {
        Access::Open(store) => Ok(store),
        Access::NeedsSetup => Err(CoreError::NotInitialised(data_dir.path().display().to_string()).into()),
        Access::NeedsPassphrase => {
            let typed = prompt_secret(localizer, "cli-prompt-passphrase")?;
            let _spinner = progress::spinner(localizer.text("cli-deriving-key"));
            Ok(Store::unlock(data_dir, &Credentials { keyring: None, passphrase: Some(&typed) })?)
        }
        Access::NeedsRecovery(error) => Err(Failure::NeedsRecovery(error)),
        Access::Failed(error) => Err(error.into()),
    }
}

pub fn recover(data_dir: &DataDir, args: &RecoverArgs, localizer: &Localizer, mut printer: Printer<'_>) -> Outcome {
    let recovery_key = match secret_from_environment("ESCALE_RECOVERY_KEY") {
        Some(key) => key,
        None => prompt_secret(localizer, "cli-prompt-recovery-key")?,
    };
    let (keyring, passphrase) = keyring_or_passphrase(args.passphrase, data_dir, localizer, "ESCALE_NEW_PASSPHRASE")?;
    let new_key = session::protection_for_new_store(
        data_dir,
        keyring.as_ref(),
        passphrase.as_deref().map(|p| p.as_str()),
        PassphraseCost::STANDARD,
    )?;
    let store = Store::recover(data_dir, &recovery_key, new_key)?;
    let message = match store.key_protection()? {
        KeyProtection::Keyring => "cli-recovered-keyring",
        KeyProtection::Passphrase => "cli-recovered-passphrase",
    };
    printer.line(&localizer.text(message))
}

pub fn recovery_sheet(store: &Store, args: &RecoverySheetArgs, localizer: &Localizer, mut printer: Printer<'_>) -> Outcome {
    let sheet = store.recovery_sheet()?;
    let page = recovery_sheet_html(&sheet, localizer);
    write_private_file(&args.out, page.as_bytes())?;
    let line = localizer.message("cli-recovery-sheet-written", &[("path", args.out.display().to_string().into())]);
    printer.line(&line)
}

pub fn key_command(
    command: KeyCommand,
    store: &mut Store,
    localizer: &Localizer,
    mut printer: Printer<'_>,
) -> Outcome {
    match command {
        KeyCommand::Protect { keyring: to_keyring, passphrase: _ } => {
            let keyring = working_keyring();
            let current = match store.key_protection()? {
                KeyProtection::Passphrase => Some(current_passphrase(localizer)?),
                KeyProtection::Keyring => None,
            };
            let credentials =
                Credentials { keyring: keyring.as_ref(), passphrase: current.as_deref().map(|p| p.as_str()) };
            let new_passphrase;
            let new_key = if to_keyring {
                NewKey::Keyring(keyring.as_ref().ok_or_else(|| {
                    Failure::Core(CoreError::KeyringUnavailable("no keyring answered".into()))
                })?)
            } else {
                new_passphrase = chosen_passphrase(localizer, "ESCALE_NEW_PASSPHRASE")?;
                NewKey::Passphrase { passphrase: &new_passphrase, cost: PassphraseCost::STANDARD }
            };
            store.change_key_protection(&credentials, new_key)?;
            let message = if to_keyring { "cli-key-moved-to-keyring" } else { "cli-key-moved-to-passphrase" };
            printer.line(&localizer.text(message))
        }
    }
}

/// Writes a file readable by its owner only, whole or not at all.
fn write_private_file(path: &Path, contents: &[u8]) -> Result<(), Failure> {
    let failure = || Failure::Message("cli-file-not-written", vec![("path", path.display().to_string())]);
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temporary = tempfile::NamedTempFile::new_in(folder).map_err(|_| failure())?;
    temporary.write_all(contents).map_err(|_| failure())?;
    temporary.as_file().sync_all().map_err(|_| failure())?;
    temporary.persist(path).map_err(|_| failure())?;
    Ok(())
}
