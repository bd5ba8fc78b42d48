//! Saving a file where the mediator chose: all or nothing, and a clear refusal.

use escale_core::folders::{SaveFolder, save_file_atomically, spreadsheets_in};

#[test]
fn a_saved_file_replaces_the_old_one_whole_and_leaves_no_temporary_file() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let target = folder.path().join("résumé.pdf");
    std::fs::write(&target, b"old").expect("an older file of that name");
    save_file_atomically(&target, b"%PDF-1.7 new").expect("the folder is writable");
    assert_eq!(std::fs::read(&target).expect("readable"), b"%PDF-1.7 new", "the new content replaces the old");
    let names: Vec<String> = std::fs::read_dir(folder.path())
        .expect("the folder lists")
        .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["résumé.pdf"], "only the saved file is in the folder, no temporary file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a document about a person is readable by the account's user only");
    }
}

#[test]
fn a_folder_that_does_not_exist_or_is_a_file_is_refused_and_nothing_is_written() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let missing = folder.path().join("no-such-key").join("summary.pdf");
    let error = save_file_atomically(&missing, b"%PDF").expect_err("a missing folder cannot take a file");
    assert_eq!(error.code(), "save-folder-not-writable", "told as a folder that cannot be written: {error:?}");
    assert!(!missing.exists(), "nothing was written");

    let file = folder.path().join("a-file");
    std::fs::write(&file, b"x").expect("a file");
    let inside_a_file = file.join("summary.pdf");
    let error = save_file_atomically(&inside_a_file, b"%PDF").expect_err("a file is no folder");
    assert_eq!(error.code(), "save-folder-not-writable", "a file given as the folder is refused the same way: {error:?}");
    assert_eq!(std::fs::read(&file).expect("readable"), b"x", "the file is untouched");
}

#[test]
fn spreadsheets_are_offered_for_an_import_newest_first_and_nothing_else() {
    let documents = tempfile::tempdir().expect("a folder standing for the documents");
    let usb_key = tempfile::tempdir().expect("a folder standing for a USB key");
    let older = documents.path().join("liste-2025.csv");
    std::fs::write(&older, "Nom;Prénom\n").expect("a CSV file");
    let old_time = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&older).expect("opened").set_modified(old_time).expect("dated an hour ago");
    std::fs::write(documents.path().join("Inscrits.XLSX"), b"PK").expect("a workbook");
    std::fs::write(documents.path().join(".cache.csv"), b"x").expect("a hidden file");
    std::fs::write(documents.path().join("notes.pdf"), b"%PDF").expect("another kind of file");
    std::fs::create_dir(documents.path().join("dossier.csv")).expect("a folder named like a file");
    std::fs::write(usb_key.path().join("coop.xlsx"), b"PK").expect("a workbook on the key");
    let folders = [
        SaveFolder { path: documents.path().display().to_string(), removable: false },
        SaveFolder { path: usb_key.path().display().to_string(), removable: true },
        SaveFolder { path: documents.path().join("missing").display().to_string(), removable: true },
    ];
    let found = spreadsheets_in(&folders);
    let names: Vec<&str> = found.iter().map(|file| file.file_name.as_str()).collect();
    assert_eq!(names.len(), 3, "the CSV and XLSX files only, whatever the case of the extension: {names:?}");
    assert_eq!(names.last(), Some(&"liste-2025.csv"), "the file changed an hour ago comes last: {names:?}");
    let on_key = found.iter().find(|file| file.file_name == "coop.xlsx").expect("the key's workbook is offered");
    assert!(on_key.removable, "a file of the USB key is said to be on it");
    assert_eq!(on_key.path, usb_key.path().join("coop.xlsx").display().to_string(), "its full path is given");
}
