//! Several mediators on one laptop, under one account of the computer: each keeps their own
//! store, with its own key, and one never opens another's.
//!
//! The folders:
//! ```text
//! <laptop folder>/                 the first mediator's store (where a single store always was)
//!   escale.db, key-settings.json…
//!   mediator.json                  the name shown in the list of mediators (optional here)
//!   mediators/<id>/                each further mediator's store, with its own mediator.json
//! ```
//! The first store never moves: a laptop used by one mediator stays as it was, and adding a
//! colleague touches none of its files.
//!
//! Why passphrases: the system keyring belongs to the computer account, so every person using
//! that account can read what it holds. As soon as two mediators share a laptop, every store is
//! protected by its owner's passphrase: adding a mediator is refused while a store of the
//! laptop still relies on the keyring, and no store of a shared laptop may move to it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{CoreError, CoreResult, ValidationError};
use crate::storage::{
    DataDir, KeyProtection, NewKey, PassphraseCost, Store, restrict_to_owner, write_file_durably,
};
use crate::text;

use super::Created;

/// The folder, inside the laptop folder, that holds the stores of the mediators after the first.
const MEDIATORS_FOLDER: &str = "mediators";
/// The file that names a store's mediator in the list (plain text: a name the mediator chose
/// to show at the start of the app, never anything about the people they accompany).
const MEDIATOR_FILE: &str = "mediator.json";
/// The id of the first store, the one in the laptop folder itself.
pub const FIRST_MEDIATOR_ID: &str = "first";
/// The longest name shown in the list.
pub const MEDIATOR_NAME_MAX: usize = 80;

/// One mediator's store on this laptop, as the list at start shows it (nothing is opened).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MediatorStore {
    /// [`FIRST_MEDIATOR_ID`] for the first store, the folder's name for the others.
    pub id: String,
    /// The name the mediator chose; empty for a first store that was never named.
    pub name: String,
    /// How the store's key is protected; `None` when its key settings are lost or damaged
    /// (the store then opens with its recovery key).
    pub protection: Option<KeyProtection>,
}

#[derive(Serialize, Deserialize)]
struct MediatorFile {
    name: String,
}

/// The stores kept under one laptop folder.
#[derive(Debug, Clone)]
pub struct Laptop {
    folder: PathBuf,
}

impl Laptop {
    /// The laptop folder: the default data folder, or the one given to the CLI or the window.
    pub fn new(folder: &DataDir) -> Laptop {
        Laptop {
            folder: folder.path().to_path_buf(),
        }
    }

    /// The laptop a store belongs to.
    pub fn of_store(data_dir: &DataDir) -> Laptop {
        let path = data_dir.path();
        let inside_mediators = path
            .parent()
            .filter(|parent| parent.file_name() == Some(MEDIATORS_FOLDER.as_ref()));
        match inside_mediators.and_then(Path::parent) {
            Some(laptop) => Laptop {
                folder: laptop.to_path_buf(),
            },
            None => Laptop {
                folder: path.to_path_buf(),
            },
        }
    }

    /// Where the first store is (or goes): the laptop folder itself.
    pub fn first_store_folder(&self) -> DataDir {
        DataDir::new(&self.folder)
    }

    fn mediators_folder(&self) -> PathBuf {
        self.folder.join(MEDIATORS_FOLDER)
    }

    /// Every store of the laptop that holds a database, the first one first, then the others
    /// in the order they were added (their ids are UUID v7, which sort by time).
    pub fn stores(&self) -> CoreResult<Vec<MediatorStore>> {
        let mut stores = Vec::new();
        let first = self.first_store_folder();
        if first.has_database() {
            stores.push(describe(FIRST_MEDIATOR_ID, &first));
        }
        let folder = self.mediators_folder();
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(stores),
            Err(error) => return Err(CoreError::io(&folder, error)),
        };
        let mut others: Vec<(String, DataDir)> = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|error| CoreError::io(&folder, error))?;
            let Some(id) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if !is_store_id(&id) {
                continue;
            }
            let data_dir = DataDir::new(entry.path());
            if data_dir.has_database() {
                others.push((id, data_dir));
            }
        }
        others.sort_by(|a, b| a.0.cmp(&b.0));
        stores.extend(others.iter().map(|(id, data_dir)| describe(id, data_dir)));
        Ok(stores)
    }

    /// Whether more than one mediator keeps a store here.
    pub fn is_shared(&self) -> CoreResult<bool> {
        Ok(self.stores()?.len() > 1)
    }

    /// The data folder of one mediator's store.
    pub fn store(&self, id: &str) -> CoreResult<DataDir> {
        let not_found = || CoreError::NotFound {
            entity: "mediator",
            id: id.to_owned(),
        };
        let data_dir = if id == FIRST_MEDIATOR_ID {
            self.first_store_folder()
        } else if is_store_id(id) {
            DataDir::new(self.mediators_folder().join(id))
        } else {
            return Err(not_found());
        };
        if data_dir.has_database() {
            Ok(data_dir)
        } else {
            Err(not_found())
        }
    }

    /// The store to open when none was chosen: the only one (or the place of the first, when
    /// there is none yet); with several, the mediator must choose.
    pub fn single_store(&self) -> CoreResult<DataDir> {
        let stores = self.stores()?;
        match stores.as_slice() {
            [] => Ok(self.first_store_folder()),
            [only] => self.store(&only.id),
            _ => Err(CoreError::MediatorNotChosen),
        }
    }

    /// Adds a mediator: a new store under their own passphrase, with their PIN when one is
    /// given. Refused while a store of the laptop still relies on the keyring, which everyone
    /// using this computer account can read. Nothing is left behind when it fails.
    pub fn add_mediator(
        &self,
        name: &str,
        passphrase: &str,
        cost: PassphraseCost,
        unlock_pin: Option<&str>,
    ) -> CoreResult<(MediatorStore, Store, Created)> {
        let name = check_name(name)?;
        let existing = self.stores()?;
        if existing
            .iter()
            .any(|store| store.protection == Some(KeyProtection::Keyring))
        {
            return Err(CoreError::KeyringSharedByMediators);
        }
        let new_key = NewKey::Passphrase { passphrase, cost };
        new_key.check()?;
        let id = uuid::Uuid::now_v7().to_string();
        let parent = self.mediators_folder();
        std::fs::create_dir_all(&parent).map_err(|error| CoreError::io(&parent, error))?;
        restrict_to_owner(&self.folder);
        restrict_to_owner(&parent);
        let folder = parent.join(&id);
        std::fs::create_dir(&folder).map_err(|error| CoreError::io(&folder, error))?;
        let data_dir = DataDir::new(&folder);
        let created = write_name(&data_dir, &name)
            .and_then(|()| super::create_store(&data_dir, new_key, unlock_pin, None, &crate::progress::unobserved));
        match created {
            Ok((store, created)) => Ok((describe(&id, &data_dir), store, created)),
            Err(error) => {
                // The folder is new, named by a fresh UUID, and holds only what this call
                // wrote: removing it cannot touch anyone's data.
                let _ = std::fs::remove_dir_all(&folder);
                // Only removed when empty: then this call created it.
                let _ = std::fs::remove_dir(&parent);
                Err(error)
            }
        }
    }

    /// Names (or renames) a mediator's store in the list.
    pub fn rename_mediator(&self, id: &str, name: &str) -> CoreResult<MediatorStore> {
        let name = check_name(name)?;
        let data_dir = self.store(id)?;
        write_name(&data_dir, &name)?;
        Ok(describe(id, &data_dir))
    }
}

/// Whether the system keyring may protect the store of `data_dir`: only while no other
/// mediator keeps a store on the same laptop.
pub fn keyring_may_protect(data_dir: &DataDir) -> CoreResult<bool> {
    let laptop = Laptop::of_store(data_dir);
    for store in laptop.stores()? {
        if laptop.store(&store.id)?.path() != data_dir.path() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Refuses the keyring for a store of a shared laptop ([`CoreError::KeyringSharedByMediators`]).
pub fn check_protection_allowed(data_dir: &DataDir, new_key: &NewKey<'_>) -> CoreResult<()> {
    if matches!(new_key, NewKey::Keyring(_)) && !keyring_may_protect(data_dir)? {
        return Err(CoreError::KeyringSharedByMediators);
    }
    Ok(())
}

/// A store's ids are [`FIRST_MEDIATOR_ID`] or a UUID: nothing else in `mediators/` is a store,
/// and an id typed on the command line can never lead out of the folder.
fn is_store_id(id: &str) -> bool {
    uuid::Uuid::try_parse(id).is_ok_and(|uuid| uuid.hyphenated().to_string() == id)
}

fn check_name(name: &str) -> CoreResult<String> {
    let name = text::clean(name);
    if name.is_empty() {
        return Err(ValidationError::MediatorNameRequired.into());
    }
    text::check_plain_text("name", &name, false)?;
    text::check_length("name", &name, MEDIATOR_NAME_MAX)?;
    Ok(name)
}

fn write_name(data_dir: &DataDir, name: &str) -> CoreResult<()> {
    let json = serde_json::to_vec_pretty(&MediatorFile {
        name: name.to_owned(),
    })
    .map_err(|error| {
        CoreError::io(
            &data_dir.path().join(MEDIATOR_FILE),
            std::io::Error::other(error),
        )
    })?;
    write_file_durably(&data_dir.path().join(MEDIATOR_FILE), &json)
}

/// The name of the mediator whose store is in `data_dir`, as the list of mediators shows it
/// (and printed documents sign it); empty when the store was never named.
pub fn mediator_name(data_dir: &DataDir) -> String {
    // A missing or unreadable name file only loses the label, never the store.
    std::fs::read(data_dir.path().join(MEDIATOR_FILE))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<MediatorFile>(&bytes).ok())
        .map(|file| file.name)
        .unwrap_or_default()
}

fn describe(id: &str, data_dir: &DataDir) -> MediatorStore {
    let name = mediator_name(data_dir);
    let protection = data_dir
        .key_settings()
        .ok()
        .map(|settings| settings.protection);
    MediatorStore {
        id: id.to_owned(),
        name,
        protection,
    }
}
