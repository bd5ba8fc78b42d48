//! Papers the person takes home, printed from the window: the dialog that saves them as PDFs in
//! a folder (a USB key), in French beside the person's language, and the guard that keeps the
//! window from having Escale open any file it did not write.

use std::path::Path;
use std::process::Command;

use super::{
    add_person_with_steps, back_to_french, choose_language, click, evaluate, find, open_file_of, save_screenshot,
    start_with_demo_data, type_into, unlock_written_store, value_of, wait_for_text,
};

/// A stand-in for the laptop's PDF viewer (the app starts `$ESCALE_VIEWER FILE`): it writes the
/// file it was given to `<itself>.opened`, where a test reads what the window asked to open.
pub(crate) fn viewer_stand_in() -> std::path::PathBuf {
    let folder = std::env::temp_dir().join("escale-e2e-viewer");
    std::fs::create_dir_all(&folder).expect("a folder for the viewer stand-in");
    let script = folder.join("viewer.sh");
    std::fs::write(&script, "#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"$0.opened\"\n").expect("the stand-in is written");
    let mut permissions = std::fs::metadata(&script).expect("readable").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&script, permissions).expect("the stand-in can be run");
    script
}

/// The text of a PDF as `pdftotext` extracts it (logical order; installed by install-deps.sh).
fn text_of_pdf(path: &Path) -> String {
    let output = Command::new("pdftotext").arg(path).arg("-").output().expect("pdftotext runs (poppler-utils)");
    assert!(output.status.success(), "pdftotext reads {}: {}", path.display(), String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn a_summary_is_saved_in_french_and_arabic_on_a_usb_key_and_the_window_opens_no_other_file() {
    let (data, driver, client) = start_with_demo_data().await;
    let mut store = unlock_written_store(data.path());
    add_person_with_steps(&mut store, "Amina", "Haddad", "ar");
    drop(store);
    // A folder standing for the USB key.
    let usb = tempfile::tempdir().expect("a folder for the USB key");
    let usb_path = usb.path().display().to_string();

    open_file_of(&client, "amina haddad", "Amina").await;
    click(&client, "print-summary").await;
    find(&client, "print-dialog").await;
    assert_eq!(value_of(&client, "print-language").await, "ar", "the person's document language is offered first");
    let proposed = value_of(&client, "print-file-name").await;
    let today = escale_core::clock::today().format("%Y-%m-%d").to_string();
    assert!(
        proposed.ends_with(&format!("{today}.pdf")) && !proposed.to_lowercase().contains("amina") && !proposed.contains('\u{2068}'),
        "the proposed name holds the day, not the person's name, and no invisible mark: {proposed:?}"
    );
    type_into(&client, "print-folder", &usb_path).await;
    save_screenshot(&client, "print-dialog-fr.png").await;
    click(&client, "print-save").await;
    let saved = wait_for_text(&client, "print-saved", &usb_path).await;
    save_screenshot(&client, "print-saved-fr.png").await;

    let file = usb.path().join(&proposed);
    let bytes = std::fs::read(&file).unwrap_or_else(|error| panic!("the PDF is on the key as {proposed}: {error} ({saved})"));
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let text = text_of_pdf(&file);
    assert!(text.contains("Amina"), "the summary names the person it was made for: {text}");
    assert!(text.contains("RIB"), "it lists the next steps: {text}");
    assert!(text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)), "Arabic beside the French: {text}");
    let leftovers: Vec<_> = std::fs::read_dir(usb.path())
        .expect("the key is readable")
        .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name != &proposed)
        .collect();
    assert!(leftovers.is_empty(), "nothing but the paper is left on the key (no temporary file): {leftovers:?}");

    // "Open to print" hands the file, and only it, to the laptop's viewer.
    let opened_log = viewer_stand_in().with_extension("sh.opened");
    let _ = std::fs::remove_file(&opened_log);
    click(&client, "print-open").await;
    find(&client, "print-opened").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let opened = loop {
        let opened = std::fs::read_to_string(&opened_log).unwrap_or_default();
        if !opened.is_empty() || std::time::Instant::now() > deadline {
            break opened;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(opened.trim(), file.display().to_string(), "the viewer was given the saved paper");

    // The same name again: the mediator is asked before a file is replaced.
    click(&client, "print-close").await;
    click(&client, "print-summary").await;
    assert_eq!(value_of(&client, "print-folder").await, usb_path, "the folder used last is remembered");
    click(&client, "print-save").await;
    find(&client, "print-exists").await;
    save_screenshot(&client, "print-exists-fr.png").await;
    click(&client, "print-replace").await;
    wait_for_text(&client, "print-saved", &usb_path).await;
    click(&client, "print-close").await;

    // The consent form, French only when asked so.
    click(&client, "print-consent-form").await;
    find(&client, "print-dialog").await;
    let french_only = "var s = document.querySelector('[data-testid=\"print-language\"]'); s.value = 'fr'; \
                       s.dispatchEvent(new Event('change')); return s.value";
    assert_eq!(evaluate(&client, french_only).await.as_str(), Some("fr"), "French only is a choice of the list");
    click(&client, "print-save").await;
    wait_for_text(&client, "print-saved", &usb_path).await;
    click(&client, "print-close").await;
    let papers: Vec<_> = std::fs::read_dir(usb.path()).expect("readable").collect();
    assert_eq!(papers.len(), 2, "the summary and the consent form are on the key");

    // The window may ask Escale to open only a paper it saved: not any file of the laptop.
    let refused = client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.__TAURI_INTERNALS__.invoke('open_saved_paper', { path: '/etc/passwd' }) \
               .then(() => done('opened'), (error) => done(error.code ?? String(error)));",
            vec![],
        )
        .await
        .expect("the script runs");
    assert_eq!(refused.as_str(), Some("not-found"), "a path Escale did not write this session is refused: {refused}");

    // The dialog in a mirrored Arabic interface: its title translated, the folder path kept
    // left to right.
    choose_language(&client, "ar").await;
    click(&client, "print-summary").await;
    let title = wait_for_text(&client, "print-title", "ملخص").await;
    assert!(!title.contains("Résumé"), "the dialog speaks Arabic: {title:?}");
    let folder_direction = find(&client, "print-folder").await.attr("dir").await.expect("readable");
    assert_eq!(folder_direction.as_deref(), Some("ltr"), "a path reads left to right in an Arabic window");
    save_screenshot(&client, "print-dialog-ar.png").await;
    click(&client, "print-cancel").await;
    back_to_french(&client).await;

    client.close().await.expect("the window closes");
    drop(driver);
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn last_month_s_report_is_saved_from_the_statistics_screen_with_the_structure_s_text() {
    let (data, driver, client) = start_with_demo_data().await;
    let usb = tempfile::tempdir().expect("a folder for the USB key");
    let usb_path = usb.path().display().to_string();
    let today = escale_core::clock::today();
    let last_month = chrono::Datelike::with_day(&today, 1).expect("a first day") - chrono::Months::new(1);
    let month_key = last_month.format("%Y-%m").to_string();

    click(&client, "open-statistics").await;
    find(&client, "statistics-screen").await;
    click(&client, "report-open").await;
    assert_eq!(value_of(&client, "report-month").await, month_key, "last month is offered first: its report is due");
    let words = "Le bus passe à Lavans depuis le 3 ; merci à la mairie.";
    type_into(&client, "report-note", words).await;
    // Saved a moment after the last key, before anything else is done: a flat battery loses nothing.
    wait_for_text(&client, "report-note-saved", "").await;
    save_screenshot(&client, "monthly-report-panel-fr.png").await;

    click(&client, "report-print").await;
    find(&client, "print-dialog").await;
    let language_choice = evaluate(&client, "return document.querySelector('[data-testid=print-language]') !== null").await;
    assert_eq!(language_choice, false, "the report is for French funders: no second language is offered");
    let proposed = value_of(&client, "print-file-name").await;
    assert_eq!(proposed, format!("rapport-activite-{month_key}.pdf"), "the file is named by the month it reports on");
    type_into(&client, "print-folder", &usb_path).await;
    click(&client, "print-save").await;
    wait_for_text(&client, "print-saved", &usb_path).await;
    save_screenshot(&client, "monthly-report-saved-fr.png").await;
    click(&client, "print-close").await;
    // The panel in a right-to-left interface, for a look at its mirrored layout.
    choose_language(&client, "ar").await;
    find(&client, "report-panel").await;
    evaluate(&client, "const panel = document.querySelector('[data-testid=report-panel]'); panel.open = true; panel.scrollIntoView(); return true").await;
    save_screenshot(&client, "monthly-report-panel-ar.png").await;
    client.close().await.expect("the window closes");
    drop(driver);

    let text = text_of_pdf(&usb.path().join(&proposed));
    assert!(text.contains("Rapport d’activité"), "the file is the activity report: {text}");
    assert!(text.contains(words), "the structure's words typed in the window are printed: {text}");
    let store = unlock_written_store(data.path());
    assert_eq!(store.report_note(last_month).expect("the text reads"), words, "the words are kept in the store for the next printing");
}
