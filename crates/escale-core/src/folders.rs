//! Where the mediator may save a file (an export, a backup) without a file dialog: their
//! documents folder and the USB keys plugged in. Reads the file system only.

use std::path::PathBuf;

use serde::Serialize;

/// A folder offered for saving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveFolder {
    pub path: String,
    /// A removable disk (a USB key), rather than a folder of this laptop.
    pub removable: bool,
}

/// The documents folder (`XDG_DOCUMENTS_DIR`, else `~/Documents`, else the home folder), then
/// every disk mounted under `/media/<user>` or `/run/media/<user>` (where Linux desktops mount
/// USB keys), in name order.
pub fn save_folders() -> Vec<SaveFolder> {
    let mut folders = Vec::new();
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let documents = std::env::var_os("XDG_DOCUMENTS_DIR")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|home| home.join("Documents")))
        .filter(|path| path.is_dir())
        .or_else(|| home.clone().filter(|path| path.is_dir()));
    if let Some(documents) = documents {
        folders.push(SaveFolder { path: documents.display().to_string(), removable: false });
    }
    let user = std::env::var("USER").unwrap_or_default();
    for base in [PathBuf::from("/media").join(&user), PathBuf::from("/run/media").join(&user)] {
        let Ok(entries) = std::fs::read_dir(&base) else { continue };
        let mut disks: Vec<PathBuf> = entries.filter_map(Result::ok).map(|entry| entry.path()).filter(|p| p.is_dir()).collect();
        disks.sort();
        folders.extend(disks.into_iter().map(|path| SaveFolder { path: path.display().to_string(), removable: true }));
    }
    folders
}

/// A backup file found where backups are usually kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FoundBackup {
    pub path: String,
    /// The file's name alone (it holds the date of the backup).
    pub file_name: String,
    /// On a removable disk (a USB key).
    pub removable: bool,
}

/// The Escale backups (`*.escale-backup`) directly inside `folders`, newest name first (names
/// hold the date and time), so that a restore on a new laptop finds the USB key's backup
/// without a file dialog. Only names are read, never the files.
pub fn backups_in(folders: &[SaveFolder]) -> Vec<FoundBackup> {
    let mut found = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder.path) else { continue };
        for entry in entries.filter_map(Result::ok) {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let is_backup = file_name.strip_suffix(crate::backup::BACKUP_EXTENSION).is_some_and(|stem| stem.ends_with(".")) && !file_name.starts_with(".");
            if is_backup && entry.path().is_file() {
                found.push(FoundBackup {
                    path: entry.path().display().to_string(),
                    file_name,
                    removable: folder.removable,
                });
            }
        }
    }
    found.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    found
}
