//! Where the mediator may save a file (an export, a backup) without a file dialog: their
//! documents folder and the USB keys plugged in. Reads the file system only.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{CoreError, CoreResult};

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

/// A spreadsheet found where the mediator keeps files, offered for an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FoundSpreadsheet {
    pub path: String,
    pub file_name: String,
    /// On a removable disk (a USB key).
    pub removable: bool,
}

/// The CSV and XLSX files directly inside `folders`, the most recently changed first (the file
/// just saved from a spreadsheet comes first), so that an import finds it without a file
/// dialog. Only names and dates are read, never the files.
pub fn spreadsheets_in(folders: &[SaveFolder]) -> Vec<FoundSpreadsheet> {
    let mut found = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder.path) else { continue };
        for entry in entries.filter_map(Result::ok) {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let lower = file_name.to_lowercase();
            let is_spreadsheet = (lower.ends_with(".csv") || lower.ends_with(".xlsx")) && !file_name.starts_with('.');
            let Ok(metadata) = entry.metadata() else { continue };
            if is_spreadsheet && metadata.is_file() {
                let changed = metadata.modified().ok();
                found.push((changed, FoundSpreadsheet { path: entry.path().display().to_string(), file_name, removable: folder.removable }));
            }
        }
    }
    found.sort_by(|(a_changed, a), (b_changed, b)| b_changed.cmp(a_changed).then_with(|| a.file_name.cmp(&b.file_name)));
    found.into_iter().map(|(_, file)| file).collect()
}

/// Saves `contents` as the file `path` (a printed document, an export), all or nothing: the
/// bytes go to a temporary file in the same folder, reach the disk, and only then take the
/// file's name (replacing a file of that name). A failure — a folder that does not exist or
/// cannot be written, a full disk or USB key — leaves nothing under the name asked for, and the
/// temporary file is removed. Only the account's user may read the file (it holds personal data).
pub fn save_file_atomically(path: &Path, contents: &[u8]) -> CoreResult<()> {
    write_file_atomically(path, |file| file.write_all(contents).map_err(|error| save_error(&folder_of(path), error)))
}

/// The folder a file named `path` goes into ("." for a bare name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// [`save_file_atomically`] for contents written as they come (a long export): `write` fills
/// the temporary file, which takes the name `path` only once `write` succeeded and the bytes
/// reached the disk. An error of `write` (a cancellation included) leaves nothing behind.
pub fn write_file_atomically(path: &Path, write: impl FnOnce(&mut std::fs::File) -> CoreResult<()>) -> CoreResult<()> {
    let folder = folder_of(path);
    let failed = |error: std::io::Error| save_error(&folder, error);
    if !folder.is_dir() {
        return Err(CoreError::SaveFolderNotWritable { folder: folder.display().to_string() });
    }
    let mut temporary = tempfile::Builder::new()
        .prefix(".escale-")
        .suffix(".part")
        .tempfile_in(&folder)
        .map_err(failed)?;
    write(temporary.as_file_mut())?;
    temporary.as_file().sync_all().map_err(failed)?;
    temporary.persist(path).map_err(|error| failed(error.error))?;
    // The rename itself must reach the device (not possible on Windows).
    if let Ok(opened) = std::fs::File::open(&folder) {
        let _ = opened.sync_all();
    }
    Ok(())
}

/// A failure to save into `folder`, as the mediator can act on it.
pub fn save_error(folder: &Path, error: std::io::Error) -> CoreError {
    let folder_text = folder.display().to_string();
    match error.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
            CoreError::SaveDiskFull { folder: folder_text }
        }
        ErrorKind::ReadOnlyFilesystem
        | ErrorKind::PermissionDenied
        | ErrorKind::NotFound
        | ErrorKind::NotADirectory
        | ErrorKind::IsADirectory => CoreError::SaveFolderNotWritable { folder: folder_text },
        _ => CoreError::Io { path: folder_text, source: error },
    }
}
