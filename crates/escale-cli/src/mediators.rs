//! `escale mediator`: the mediators who keep their data on this laptop, each in their own
//! store under their own passphrase.

use escale_core::i18n::Localizer;
use escale_core::session::{Laptop, MediatorStore};
use escale_core::storage::{KeyProtection, PassphraseCost};
use serde::Serialize;

use crate::cli::MediatorCommand;
use crate::keys::chosen_passphrase;
use crate::run::{Outcome, Printer};

pub fn command(
    command: MediatorCommand,
    laptop: &Laptop,
    localizer: &Localizer,
    mut printer: Printer<'_>,
) -> Outcome {
    match command {
        MediatorCommand::List { json } => {
            let stores = laptop.stores()?;
            if json {
                return printer.json(&stores);
            }
            if stores.is_empty() {
                return printer.line(&localizer.text("cli-mediator-none"));
            }
            for store in &stores {
                printer.line(&describe(store, localizer))?;
            }
            Ok(())
        }
        MediatorCommand::Add { name, json } => {
            let passphrase = chosen_passphrase(localizer, "ESCALE_NEW_PASSPHRASE")?;
            let (added, store, _) =
                laptop.add_mediator(&name, &passphrase, PassphraseCost::STANDARD, None)?;
            let recovery_key = store.recovery_key().formatted();
            #[derive(Serialize)]
            #[serde(rename_all = "camelCase")]
            struct Added<'a> {
                mediator: &'a MediatorStore,
                recovery_key: &'a str,
            }
            if json {
                return printer.json(&Added {
                    mediator: &added,
                    recovery_key: &recovery_key,
                });
            }
            let done = localizer.message("cli-mediator-added", &[("id", added.id.as_str().into())]);
            printer.line(&done)?;
            printer.line(&localizer.text("cli-recovery-key-intro"))?;
            printer.line(&format!("\n    {}\n", recovery_key.as_str()))?;
            printer.line(&localizer.text("cli-recovery-key-sheet"))
        }
        MediatorCommand::Rename { id, name, json } => {
            let renamed = laptop.rename_mediator(&id, &name)?;
            if json {
                return printer.json(&renamed);
            }
            printer.line(&describe(&renamed, localizer))
        }
    }
}

/// One line of the list: the id to give `--mediator`, the name and how the store is protected.
fn describe(store: &MediatorStore, localizer: &Localizer) -> String {
    let protection = match store.protection {
        Some(KeyProtection::Keyring) => "keyring",
        Some(KeyProtection::Passphrase) => "passphrase",
        None => "unknown",
    };
    let name = if store.name.is_empty() {
        localizer.text("cli-mediator-unnamed")
    } else {
        store.name.clone()
    };
    localizer.message(
        "cli-mediator-line",
        &[
            ("id", store.id.as_str().into()),
            ("name", name.into()),
            ("protection", protection.into()),
        ],
    )
}
