//! The real desktop app, driven as a mediator would drive it: through WebDriver
//! (tauri-driver in front of WebKitWebDriver) in an X virtual framebuffer.
//!
//! Run by `scripts/test.sh`, which builds the app and starts the display, a D-Bus session and an
//! unlocked keyring first; that is why the test is ignored by a plain `cargo test`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use tokio::process::{Child, Command};

/// Long enough for an old laptop to start the window and load demo data.
const PATIENCE: Duration = Duration::from_secs(60);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("a loopback port is free").local_addr().expect("bound").port()
}

/// The desktop binary built by `scripts/test.sh` (`cargo build -p escale-desktop`).
fn application() -> PathBuf {
    if let Some(path) = std::env::var_os("ESCALE_E2E_APP") {
        return PathBuf::from(path);
    }
    // This test runs from <target>/debug/deps/; the app is <target>/debug/escale-desktop.
    let test_binary = std::env::current_exe().expect("the test knows where it runs from");
    test_binary
        .parent()
        .and_then(Path::parent)
        .map(|debug| debug.join("escale-desktop"))
        .expect("the test binary lives in <target>/<profile>/deps")
}

fn screenshot_folder() -> PathBuf {
    std::env::var_os("ESCALE_E2E_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots"))
}

struct Driver {
    /// Killed on drop, with the window it started.
    _process: Child,
    port: u16,
}

impl Driver {
    async fn start() -> Driver {
        let port = free_port();
        let native_port = free_port();
        let process = Command::new("tauri-driver")
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("tauri-driver is installed (scripts/install-deps.sh --test)");
        let deadline = tokio::time::Instant::now() + PATIENCE;
        while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
            assert!(tokio::time::Instant::now() < deadline, "tauri-driver did not listen on port {port} in time");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Driver { _process: process, port }
    }

    async fn open_app(&self, data_dir: &Path) -> Client {
        self.open_app_with(data_dir, &["--with-demo-data"]).await
    }

    async fn open_app_with(&self, data_dir: &Path, extra_arguments: &[&str]) -> Client {
        let mut arguments = vec![serde_json::json!("--data-dir"), serde_json::json!(data_dir)];
        arguments.extend(extra_arguments.iter().map(|argument| serde_json::json!(argument)));
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), "wry".into());
        capabilities.insert(
            "tauri:options".into(),
            serde_json::json!({
                "application": application(),
                "args": arguments,
            }),
        );
        ClientBuilder::native()
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a WebDriver session opens on the Escale window")
    }
}

fn by_test_id(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

async fn find(client: &Client, test_id: &str) -> Element {
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css(&by_test_id(test_id)))
        .await
        .unwrap_or_else(|error| panic!("the element {test_id} should appear: {error}"))
}

async fn click(client: &Client, test_id: &str) {
    find(client, test_id).await.click().await.unwrap_or_else(|error| panic!("{test_id} is clickable: {error}"));
}

async fn type_into(client: &Client, test_id: &str, text: &str) {
    let field = find(client, test_id).await;
    field.clear().await.unwrap_or_else(|error| panic!("{test_id} can be cleared: {error}"));
    field.send_keys(text).await.unwrap_or_else(|error| panic!("{test_id} accepts typing: {error}"));
}

/// Waits until the text of the element contains `expected`.
async fn wait_for_text(client: &Client, test_id: &str, expected: &str) -> String {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let texts = texts_of(client, test_id).await;
        if let Some(text) = texts.iter().find(|text| text.contains(expected)) {
            return text.clone();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "an element {test_id} should contain {expected:?}; found {texts:?}"
        );
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// Waits until the rendered text (`innerText`) of the element contains `expected`.
async fn wait_for_rendered_text(client: &Client, test_id: &str, expected: &str) -> String {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    let script = format!("const e = document.querySelector('{}'); return e ? e.innerText : '';", by_test_id(test_id));
    loop {
        let text = client.execute(&script, vec![]).await.ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        if text.contains(expected) {
            return text;
        }
        assert!(tokio::time::Instant::now() < deadline, "{test_id} should show {expected:?}; it shows {text:?}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

async fn texts_of(client: &Client, test_id: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for element in client.find_all(Locator::Css(&by_test_id(test_id))).await.unwrap_or_default() {
        texts.push(element.text().await.unwrap_or_default());
    }
    texts
}

async fn save_screenshot(client: &Client, name: &str) -> PathBuf {
    // A screenshot right after a DOM change can show old pixels: give the paint a moment.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let png = client.screenshot().await.expect("the window can be captured");
    let folder = screenshot_folder();
    std::fs::create_dir_all(&folder).expect("the screenshot folder can be created");
    let path = folder.join(name);
    std::fs::write(&path, png).expect("the screenshot can be written");
    path
}

/// Starts the app on a fresh data folder with demo data and waits for the list. WebKitWebDriver
/// sometimes drops a session while the window is still starting (seen on loaded machines); the
/// start alone is retried, never the scenario.
async fn start_with_demo_data() -> (tempfile::TempDir, Driver, Client) {
    let mut failures = Vec::new();
    for _attempt in 0..3 {
        let data = tempfile::tempdir().expect("a temporary data folder");
        let driver = Driver::start().await;
        let client = driver.open_app(data.path()).await;
        let list = client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(&by_test_id("beneficiary-row")))
            .await;
        match list {
            // The README's first start: the store is created with demo data, the list is shown.
            Ok(_) => return (data, driver, client),
            Err(error) => {
                failures.push(error.to_string());
                let _ = client.close().await;
            }
        }
    }
    panic!("the window never showed the demo list: {failures:?}");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn a_mediator_records_an_accompaniment_and_finds_it_again() {
    let (data, driver, client) = start_with_demo_data().await;

    // Create a person whose name has an accent, an apostrophe and a hyphen.
    click(&client, "new-beneficiary").await;
    type_into(&client, "first-name", "Noëlle").await;
    type_into(&client, "last-name", "D'Aubigné-Ferrand").await;
    type_into(&client, "birth-year", "1948").await;
    click(&client, "save-beneficiary").await;
    find(&client, "beneficiary-file").await;

    // Record an individual accompaniment with the national vocabulary.
    click(&client, "record-activity").await;
    click(&client, "theme-aide_aux_demarches_administratives").await;
    click(&client, "theme-social_sante").await;
    click(&client, "duration-45").await;
    click(&client, "place-type-a_distance").await;
    click(&client, "autonomy-partiellement_autonome").await;
    click(&client, "save-activity").await;
    find(&client, "toast").await;
    let recorded = wait_for_text(&client, "activity-item", "Social - Santé").await;
    assert!(
        recorded.contains("Aide aux démarches administratives"),
        "the recorded accompaniment shows its themes with their French labels: {recorded:?}"
    );

    // Back to the list: typing the name without accents, apostrophe or capitals finds her.
    click(&client, "home").await;
    type_into(&client, "beneficiary-search", "noelle daubigne").await;
    let row = wait_for_text(&client, "beneficiary-row", "Noëlle").await;
    assert!(row.contains("Ferrand"), "the search result is the person just created: {row:?}");
    let rows = texts_of(&client, "beneficiary-row").await;
    assert_eq!(rows.len(), 1, "only she matches 'noelle daubigne' among the demo people: {rows:?}");
    click(&client, "beneficiary-row").await;

    // Her file lists the accompaniment, with its duration.
    find(&client, "beneficiary-file").await;
    let item = wait_for_text(&client, "activity-item", "Social - Santé").await;
    assert!(item.contains("45"), "the accompaniment lasted 45 minutes: {item:?}");
    let screenshot = save_screenshot(&client, "beneficiary-file.png").await;
    assert!(std::fs::metadata(&screenshot).map(|m| m.len() > 10_000).unwrap_or(false), "a real screenshot was saved");

    client.close().await.expect("the window closes");
    drop(driver);

    // The same encrypted store, read by the core as the command line does: what the window
    // said was saved is on disk, with national codes.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let data_dir = escale_core::DataDir::new(data.path());
    let keyring = escale_core::storage::key::system_keyring().ok();
    let passphrase = std::env::var("ESCALE_PASSPHRASE").ok();
    let store = escale_core::Store::unlock(
        &data_dir,
        &escale_core::Credentials { keyring: keyring.as_ref(), passphrase: passphrase.as_deref() },
    )
    .expect("the store the window wrote can be unlocked outside the window");
    let found = store.search_beneficiaries("d'aubigne", 10).expect("search works");
    assert_eq!(found.len(), 1, "exactly one person was created by the test");
    let activities = store.activities_of_beneficiary(&found[0].id).expect("her activities are readable");
    assert_eq!(activities.len(), 1, "exactly one accompaniment was recorded");
    let codes: Vec<&str> = activities[0].themes.iter().map(|t| t.code()).collect();
    assert_eq!(
        codes,
        ["aide_aux_demarches_administratives", "social_sante"],
        "themes are stored as the national platform's codes"
    );
    assert_eq!(activities[0].duration_minutes, 45, "the chosen preset was saved");
    assert!(activities[0].participants[0].first_accompaniment, "her first accompaniment is flagged as such");
}

/// Starts the app on `data_dir` (no demo data) and waits for `test_id`; the start alone is
/// retried, as in [`start_with_demo_data`].
async fn start_showing(data_dir: &Path, test_id: &str) -> (Driver, Client) {
    let mut failures = Vec::new();
    for _attempt in 0..3 {
        let driver = Driver::start().await;
        let client = driver.open_app_with(data_dir, &[]).await;
        match client.wait().at_most(PATIENCE).for_element(Locator::Css(&by_test_id(test_id))).await {
            Ok(_) => return (driver, client),
            Err(error) => {
                failures.push(error.to_string());
                let _ = client.close().await;
            }
        }
    }
    panic!("the window never showed {test_id}: {failures:?}");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_recovery_key_shown_at_first_start_reopens_the_data_after_the_key_settings_are_lost() {
    let data = tempfile::tempdir().expect("a temporary data folder");

    // First start through the window: create the store, then the recovery sheet is shown.
    let (driver, client) = start_showing(data.path(), "setup-create").await;
    type_into(&client, "setup-pin", "2468").await;
    type_into(&client, "setup-pin-repeat", "2468").await;
    click(&client, "setup-create").await;
    find(&client, "recovery-sheet").await;
    let mut key_lines = Vec::new();
    for line in client.find_all(Locator::Css("[data-testid=\"recovery-key\"] li")).await.expect("the key's lines") {
        key_lines.push(line.text().await.expect("a line of the key"));
    }
    let key_lines = key_lines.join(" ");
    let groups: Vec<&str> = key_lines.split_whitespace().collect();
    assert_eq!(groups.len(), 14, "the sheet shows the recovery key in 14 groups: {key_lines:?}");
    let done = find(&client, "recovery-step-done").await;
    assert!(
        done.attr("disabled").await.expect("readable").is_some(),
        "the mediator must confirm the key is kept safe before going on"
    );
    save_screenshot(&client, "recovery-sheet.png").await;
    click(&client, "recovery-kept-safe").await;
    click(&client, "recovery-step-done").await;
    find(&client, "beneficiary-search").await;
    click(&client, "new-beneficiary").await;
    type_into(&client, "first-name", "Tigist").await;
    type_into(&client, "last-name", "Haile").await;
    click(&client, "save-beneficiary").await;
    find(&client, "beneficiary-file").await;

    // Locking hides everything; a wrong PIN is counted, the right one brings the file back.
    click(&client, "lock-now").await;
    find(&client, "lock-screen").await;
    // innerText is what is rendered: the hidden screens behind the lock do not count, and
    // must not show through.
    let page = client.execute("return document.body.innerText", vec![]).await.expect("the page answers");
    let page = page.as_str().expect("text").to_string();
    assert!(!page.contains("Tigist") && !page.contains("Haile"), "nothing personal is visible while locked: {page:?}");
    assert_eq!(client.title().await.expect("a title"), "Escale", "nor in the window title");
    save_screenshot(&client, "lock-screen.png").await;
    type_into(&client, "lock-secret", "1111").await;
    click(&client, "lock-unlock").await;
    let error = wait_for_text(&client, "lock-error", "4").await;
    assert!(!error.is_empty(), "a wrong PIN says how many tries are left: {error:?}");
    type_into(&client, "lock-secret", "2468").await;
    click(&client, "lock-unlock").await;
    // WebKitWebDriver cannot read the text of an element that was inside the locked (inert)
    // screens; the rendered text, read by the page itself, is what the mediator sees.
    let file = wait_for_rendered_text(&client, "beneficiary-file", "Haile").await;
    assert!(file.contains("Tigist"), "the same file is back after the PIN: {file:?}");
    save_screenshot(&client, "after-unlock.png").await;

    client.close().await.expect("the window closes");
    drop(driver);
    tokio::time::sleep(Duration::from_millis(500)).await;

    // The key settings are lost (a bad copy, a cleaning tool): the database must survive.
    let database = std::fs::read(data.path().join("escale.db")).expect("the database exists");
    for name in ["key-settings.json", "key-settings.mirror.json"] {
        std::fs::remove_file(data.path().join(name)).expect("the settings can be removed");
    }

    // The window offers recovery, never a fresh setup, and the recovery key opens the data.
    let (driver, client) = start_showing(data.path(), "recovery-key-input").await;
    let reason = find(&client, "recovery-reason").await;
    assert_eq!(
        reason.attr("data-error-code").await.expect("readable").as_deref(),
        Some("key-settings-missing"),
        "the screen says what is missing"
    );
    assert!(
        client.find(Locator::Css(&by_test_id("setup-create"))).await.is_err(),
        "no 'create a new store' over existing data"
    );
    assert_eq!(
        std::fs::read(data.path().join("escale.db")).expect("still there"),
        database,
        "starting the app did not touch the database"
    );
    save_screenshot(&client, "recovery-screen.png").await;
    type_into(&client, "recovery-key-input", &groups.join(" ").to_lowercase()).await;
    click(&client, "recovery-submit").await;
    type_into(&client, "beneficiary-search", "tigist").await;
    let row = wait_for_text(&client, "beneficiary-row", "Tigist").await;
    assert!(row.contains("Haile"), "the person recorded before the loss is back: {row:?}");
    client.close().await.expect("the window closes");
    drop(driver);

    // New key settings were written: the core opens the store the ordinary way again.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let keyring = escale_core::storage::key::system_keyring().ok();
    let store = escale_core::Store::unlock(
        &escale_core::DataDir::new(data.path()),
        &escale_core::Credentials { keyring: keyring.as_ref(), passphrase: None },
    )
    .expect("after recovery the store opens with the keyring as usual");
    assert_eq!(store.search_beneficiaries("haile", 10).expect("search").len(), 1, "with its data");
}

/// Chooses the interface language from the header's menu.
async fn choose_language(client: &Client, code: &str) {
    let menu = find(client, "language-select").await;
    menu.select_by_value(code).await.unwrap_or_else(|error| panic!("the language {code} can be chosen: {error}"));
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_security_and_privacy_screens_in_french_and_in_a_mirrored_layout() {
    let (_data, driver, client) = start_with_demo_data().await;
    for language in ["fr", "ar"] {
        choose_language(&client, language).await;
        let direction = client
            .execute("return document.documentElement.dir", vec![])
            .await
            .expect("the page answers");
        let expected = if language == "ar" { "rtl" } else { "ltr" };
        assert_eq!(direction.as_str(), Some(expected), "{language} sets the page direction");

        if language == "fr" {
            // The start screen reminds that no backup was ever made.
            wait_for_text(&client, "backup-reminder-banner", "Aucune sauvegarde").await;
        }
        click(&client, "open-security").await;
        find(&client, "security-settings").await;
        if language == "fr" {
            // A first backup: the reminder says none was made; the file lands in the folder.
            let reminder = wait_for_text(&client, "backup-reminder", "Aucune sauvegarde").await;
            assert!(!reminder.is_empty(), "a store never backed up says so");
            let usb_key = tempfile::tempdir().expect("a folder standing for a USB key");
            type_into(&client, "backup-folder", &usb_key.path().display().to_string()).await;
            click(&client, "backup-now").await;
            let done = wait_for_text(&client, "backup-done", ".escale-backup").await;
            let files: Vec<String> = std::fs::read_dir(usb_key.path())
                .expect("the folder is readable")
                .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
                .collect();
            assert_eq!(files.len(), 1, "exactly one backup file, no leftover: {files:?}");
            assert!(done.contains(&files[0]), "the window names the file it wrote: {done:?} vs {files:?}");
            assert!(files[0].starts_with("escale-sauvegarde-"), "a name with the date, no person: {files:?}");
        }
        save_screenshot(&client, &format!("security-{language}.png")).await;
        client
            .execute("document.querySelector('[data-testid=\"security-mediators\"]').scrollIntoView()", vec![])
            .await
            .expect("scrolls");
        save_screenshot(&client, &format!("security-mediators-{language}.png")).await;

        click(&client, "home").await;
        find(&client, "beneficiary-row").await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert!(
            texts_of(&client, "backup-reminder-banner").await.is_empty(),
            "after today's backup the start screen no longer reminds of it"
        );
        click(&client, "beneficiary-row").await;
        find(&client, "personal-data").await;
        client
            .execute("document.querySelector('[data-testid=\"personal-data\"]').scrollIntoView()", vec![])
            .await
            .expect("scrolls");
        save_screenshot(&client, &format!("personal-data-{language}.png")).await;

        click(&client, "lock-now").await;
        find(&client, "lock-screen").await;
        save_screenshot(&client, &format!("lock-screen-no-pin-{language}.png")).await;
        click(&client, "lock-unlock").await;
        find(&client, "beneficiary-file").await;
        click(&client, "home").await;
    }
    client.close().await.expect("the window closes");
    drop(driver);
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn mediators_sharing_a_laptop_each_open_only_their_own_data() {
    use escale_core::session::{self, Laptop};
    use escale_core::storage::PassphraseCost;
    const SAMIA: &str = "la phrase secrète de Samia";
    const KARIM: &str = "la phrase secrète de Karim";
    const LÉA: &str = "la phrase secrète de Léa";

    // Samia's store, with one person, and Karim's beside it (made by the core, as the CLI does).
    let data = tempfile::tempdir().expect("a temporary data folder");
    let laptop_folder = escale_core::DataDir::new(data.path());
    {
        let new_key = escale_core::NewKey::Passphrase { passphrase: SAMIA, cost: PassphraseCost::FAST_FOR_TESTS };
        let (mut store, _) = session::create_store(&laptop_folder, new_key, None, None).expect("Samia's store");
        let person: escale_core::beneficiary::BeneficiaryInput =
            serde_json::from_value(serde_json::json!({
                "anonymous": false, "firstName": "Tigist", "lastName": "Haile", "latinFirstName": "", "latinLastName": "", "birthYear": 1961,
                "gender": "feminin", "socialStatus": "retraite",
                "commune": { "name": "Guéret", "postalCode": "23000", "inseeCode": "23096" },
                "phone": "", "email": "", "languages": ["ti"], "documentLanguage": "ti", "notes": ""
            }))
            .expect("a valid person");
        store.create_beneficiary(&person).expect("Samia records a person");
    }
    let laptop = Laptop::new(&laptop_folder);
    laptop.rename_mediator(session::FIRST_MEDIATOR_ID, "Samia").expect("Samia names her store");
    laptop.add_mediator("Karim", KARIM, PassphraseCost::FAST_FOR_TESTS, None).expect("Karim's store");

    // Two mediators: the window asks who is there, and shows nothing else.
    let (driver, client) = start_showing(data.path(), "mediator-list").await;
    let names = texts_of(&client, "mediator-list").await.join(" ");
    assert!(names.contains("Samia") && names.contains("Karim"), "both mediators are offered: {names:?}");
    save_screenshot(&client, "mediators-fr.png").await;
    choose_language(&client, "ar").await;
    save_screenshot(&client, "mediators-ar.png").await;
    choose_language(&client, "fr").await;

    // Karim opens his store with his passphrase: nobody of Samia's is in it.
    let karim_id = laptop.stores().expect("listed")[1].id.clone();
    click(&client, &format!("mediator-{karim_id}")).await;
    wait_for_text(&client, "unlock-mediator", "Karim").await;
    type_into(&client, "unlock-passphrase", SAMIA).await;
    click(&client, "unlock-submit").await;
    let refused = find(&client, "unlock-error").await;
    assert_eq!(
        refused.attr("data-error-code").await.expect("readable").as_deref(),
        Some("wrong-passphrase"),
        "Samia's passphrase does not open Karim's data"
    );
    type_into(&client, "unlock-passphrase", KARIM).await;
    click(&client, "unlock-submit").await;
    find(&client, "beneficiary-search").await;
    type_into(&client, "beneficiary-search", "haile").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(texts_of(&client, "beneficiary-row").await.is_empty(), "Karim does not find Samia's person");
    wait_for_text(&client, "switch-mediator", "Karim").await;

    // Karim hands over: Samia chooses hers and finds her person.
    click(&client, "switch-mediator").await;
    click(&client, "mediator-first").await;
    type_into(&client, "unlock-passphrase", SAMIA).await;
    click(&client, "unlock-submit").await;
    type_into(&client, "beneficiary-search", "haile").await;
    let row = wait_for_text(&client, "beneficiary-row", "Haile").await;
    assert!(row.contains("Tigist"), "Samia finds her own person: {row:?}");

    // A third colleague adds herself from the list, gets her recovery sheet, and starts empty.
    click(&client, "switch-mediator").await;
    click(&client, "mediator-add-open").await;
    type_into(&client, "mediator-name", "Léa").await;
    type_into(&client, "mediator-passphrase", LÉA).await;
    type_into(&client, "mediator-passphrase-repeat", LÉA).await;
    type_into(&client, "mediator-pin", "1357").await;
    type_into(&client, "mediator-pin-repeat", "1357").await;
    save_screenshot(&client, "mediator-add-fr.png").await;
    click(&client, "mediator-add").await;
    find(&client, "recovery-sheet").await;
    click(&client, "recovery-kept-safe").await;
    click(&client, "recovery-step-done").await;
    wait_for_text(&client, "switch-mediator", "Léa").await;
    let typed = find(&client, "beneficiary-search").await.prop("value").await.expect("readable").unwrap_or_default();
    assert_eq!(typed, "", "what Samia typed in the search is gone for the next mediator");
    save_screenshot(&client, "mediator-lea-fr.png").await;
    client.close().await.expect("the window closes");
    drop(driver);

    let stores = laptop.stores().expect("listed");
    let names: Vec<&str> = stores.iter().map(|store| store.name.as_str()).collect();
    assert_eq!(names, ["Samia", "Karim", "Léa"], "three mediators, each with a store of their own");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn a_new_laptop_restores_the_backup_from_the_usb_key_at_first_start() {
    use escale_core::storage::PassphraseCost;
    const OLD_PASSPHRASE: &str = "la phrase secrète de l’ancien ordinateur";

    // The old laptop: a passphrase store with one person, backed up on the USB key.
    let old_laptop = tempfile::tempdir().expect("a temporary folder");
    let usb = tempfile::tempdir().expect("a folder standing for the USB key");
    let backup = {
        let new_key = escale_core::NewKey::Passphrase { passphrase: OLD_PASSPHRASE, cost: PassphraseCost::FAST_FOR_TESTS };
        let (mut store, _) =
            escale_core::session::create_store(&escale_core::DataDir::new(old_laptop.path()), new_key, None, None)
                .expect("the old laptop's store");
        let person: escale_core::beneficiary::BeneficiaryInput = serde_json::from_value(serde_json::json!({
            "anonymous": false, "firstName": "Oksana", "lastName": "Kovalenko", "latinFirstName": "", "latinLastName": "", "birthYear": 1979,
            "gender": "feminin", "socialStatus": "sans_emploi",
            "commune": { "name": "Guéret", "postalCode": "23000", "inseeCode": "23096" },
            "phone": "", "email": "", "languages": ["uk"], "documentLanguage": "uk", "notes": ""
        }))
        .expect("a valid person");
        store.create_beneficiary(&person).expect("a person to bring back");
        store.create_backup(usb.path(), &|_, _| true).expect("a backup on the USB key").path
    };

    // The new laptop: the welcome screen offers the restore.
    let data = tempfile::tempdir().expect("a temporary data folder");
    let (driver, client) = start_showing(data.path(), "setup-restore").await;
    click(&client, "setup-restore").await;
    type_into(&client, "restore-path", &backup).await;
    click(&client, "restore-inspect").await;
    wait_for_text(&client, "restore-summary", "intacte").await;
    type_into(&client, "restore-secret", "pas la bonne phrase").await;
    click(&client, "restore-submit").await;
    let refused = wait_for_text(&client, "field-error", "phrase").await;
    assert!(!refused.is_empty(), "a wrong passphrase is told beside its field");
    assert!(!escale_core::DataDir::new(data.path()).has_database(), "a refused restore installs nothing");
    save_screenshot(&client, "restore-fr.png").await;
    type_into(&client, "restore-secret", OLD_PASSPHRASE).await;
    click(&client, "restore-submit").await;
    type_into(&client, "beneficiary-search", "kovalenko").await;
    let row = wait_for_text(&client, "beneficiary-row", "Kovalenko").await;
    assert!(row.contains("Oksana"), "the person of the old laptop is back: {row:?}");
    client.close().await.expect("the window closes");
    drop(driver);
}

/// Waits for the element matching a CSS selector (for elements a test id alone does not single
/// out, such as the commune field of one form among several).
async fn find_css(client: &Client, css: &str) -> Element {
    client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|error| panic!("the element {css} should appear: {error}"))
}

/// Types in the commune field inside `form_test_id` and picks the commune with `insee_code`.
async fn choose_commune(client: &Client, form_test_id: &str, typed: &str, insee_code: &str) {
    let css = format!("{} [data-testid=\"commune-search\"]", by_test_id(form_test_id));
    scroll_to(client, &css).await;
    let field = find_css(client, &css).await;
    field.clear().await.expect("the commune field can be cleared");
    field.send_keys(typed).await.expect("the commune field accepts typing");
    let option = format!("{} [data-testid=\"commune-option\"][data-insee=\"{insee_code}\"]", by_test_id(form_test_id));
    find_css(client, &option).await.click().await.unwrap_or_else(|error| panic!("{insee_code} can be chosen: {error}"));
}

/// Brings the element into the middle of the window first: WebKitWebDriver does not scroll to an
/// element below the fold of a long screen before clicking it.
async fn click_in_view(client: &Client, test_id: &str) {
    scroll_to(client, &by_test_id(test_id)).await;
    click(client, test_id).await;
}

async fn type_in_view(client: &Client, test_id: &str, text: &str) {
    scroll_to(client, &by_test_id(test_id)).await;
    type_into(client, test_id, text).await;
}

async fn scroll_to(client: &Client, css: &str) {
    find_css(client, css).await;
    let script = format!("document.querySelector('{css}').scrollIntoView({{ block: 'center' }})");
    client.execute(&script, vec![]).await.expect("the page scrolls");
}

async fn value_of(client: &Client, test_id: &str) -> String {
    find(client, test_id).await.prop("value").await.expect("readable").unwrap_or_default()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_structure_its_places_and_partners_are_set_in_the_settings_screen() {
    let (data, driver, client) = start_with_demo_data().await;
    // The language chosen by an earlier test stays in the window's storage.
    choose_language(&client, "fr").await;
    click(&client, "open-settings").await;
    find(&client, "structure-form").await;

    // A mistyped SIRET is refused beside its field, and nothing says it was saved.
    type_into(&client, "structure-name", "France Services de Felletin").await;
    type_in_view(&client, "structure-siret", "732 829 320 00075").await;
    click_in_view(&client, "structure-save").await;
    let refused = find_css(&client, "#structure-siret-error").await;
    assert_eq!(
        refused.attr("data-error-code").await.expect("readable").as_deref(),
        Some("siret-mistyped"),
        "the SIRET's check fails and the message is beside the SIRET field"
    );
    assert!(refused.text().await.expect("readable").contains("SIRET"), "the message speaks of the SIRET");
    assert_eq!(find(&client, "structure-saved").await.text().await.expect("readable"), "", "nothing claims it was saved");
    save_screenshot(&client, "settings-siret-refused-fr.png").await;
    type_in_view(&client, "structure-siret", "732 829 320 00074").await;
    click_in_view(&client, "structure-save").await;
    wait_for_text(&client, "structure-saved", "Enregistré").await;
    assert_eq!(value_of(&client, "structure-siret").await, "73282932000074", "the form shows the SIRET as stored");

    // A place of activity with its commune from the official list.
    click_in_view(&client, "place-add-open").await;
    type_in_view(&client, "place-name", "Médiathèque de Felletin").await;
    choose_commune(&client, "place-form", "Felletin", "23079").await;
    click_in_view(&client, "place-save").await;
    let place = wait_for_text(&client, "place-item", "Médiathèque de Felletin").await;
    assert!(place.contains("23500"), "the place shows its commune with its postal code: {place:?}");
    scroll_to(&client, &by_test_id("settings-places")).await;
    save_screenshot(&client, "settings-places-fr.png").await;

    // Archiving a place asks first; the place then leaves the list.
    let first_name = find_css(&client, &format!("{} strong", by_test_id("place-item"))).await;
    let archived = first_name.text().await.expect("the first place's name").trim().to_string();
    click_in_view(&client, "place-archive").await;
    let question = wait_for_text(&client, "place-archive-dialog", &archived).await;
    assert!(question.contains("Archiver"), "the dialog names the place and the action: {question:?}");
    save_screenshot(&client, "settings-archive-fr.png").await;
    click(&client, "place-archive-dialog-confirm").await;
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while texts_of(&client, "place-item").await.iter().any(|item| item.starts_with(&archived)) {
        assert!(tokio::time::Instant::now() < deadline, "the archived place {archived:?} should leave the list");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }

    // A partner of the directory, with its kind from the national list and its opening hours.
    click_in_view(&client, "partner-add-open").await;
    type_in_view(&client, "partner-name", "CAF de la Creuse").await;
    scroll_to(&client, &by_test_id("partner-kind")).await;
    find(&client, "partner-kind")
        .await
        .select_by_value("operateur_ou_organisme_en_charge")
        .await
        .expect("the kind can be chosen");
    choose_commune(&client, "partner-form", "Guéret", "23096").await;
    type_in_view(&client, "partner-phone", "32 30").await;
    type_in_view(&client, "partner-hours", "Lundi au vendredi : 8 h 30 – 12 h").await;
    save_screenshot(&client, "settings-partner-form-fr.png").await;
    click_in_view(&client, "partner-save").await;
    let partner = wait_for_text(&client, "partner-item", "CAF de la Creuse").await;
    assert!(partner.contains("8 h 30"), "the partner shows its opening hours: {partner:?}");
    save_screenshot(&client, "settings-fr.png").await;

    // Leaving and reopening the screen shows what was saved, read back from the store.
    click(&client, "home").await;
    find(&client, "beneficiary-row").await;
    click(&client, "open-settings").await;
    find(&client, "structure-form").await;
    assert_eq!(value_of(&client, "structure-name").await, "France Services de Felletin", "the structure's name is back");
    assert_eq!(value_of(&client, "structure-siret").await, "73282932000074", "and its SIRET");
    wait_for_text(&client, "place-item", "Médiathèque de Felletin").await;
    wait_for_text(&client, "partner-item", "CAF de la Creuse").await;
    assert!(
        !texts_of(&client, "place-item").await.iter().any(|item| item.starts_with(&archived)),
        "the archived place is still not offered after reopening the screen"
    );

    // The same screen with the right-to-left layout.
    choose_language(&client, "ar").await;
    save_screenshot(&client, "settings-ar.png").await;
    client
        .execute("document.querySelector('[data-testid=\"settings-partners\"]').scrollIntoView()", vec![])
        .await
        .expect("scrolls");
    save_screenshot(&client, "settings-partners-ar.png").await;
    choose_language(&client, "fr").await;
    client
        .execute("document.querySelector('[data-testid=\"settings-partners\"]').scrollIntoView()", vec![])
        .await
        .expect("scrolls");
    save_screenshot(&client, "settings-partners-fr.png").await;
    client.close().await.expect("the window closes");
    drop(driver);

    // What the window said was saved is in the store, as the command line reads it.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let keyring = escale_core::storage::key::system_keyring().ok();
    let passphrase = std::env::var("ESCALE_PASSPHRASE").ok();
    let store = escale_core::Store::unlock(
        &escale_core::DataDir::new(data.path()),
        &escale_core::Credentials { keyring: keyring.as_ref(), passphrase: passphrase.as_deref() },
    )
    .expect("the store the window wrote can be unlocked outside the window");
    let structure = store.structure().expect("readable").expect("the structure is set");
    assert_eq!(structure.siret, "73282932000074", "the SIRET is stored as digits");
    let partners = store.partners(None).expect("readable");
    assert_eq!(partners.len(), 1, "one partner was added: {partners:?}");
    assert_eq!(partners[0].kind.code(), "operateur_ou_organisme_en_charge", "its kind is the national code");
    assert_eq!(partners[0].commune.insee_code, "23096", "its commune is Guéret, from the official list");
    assert!(
        store.places().expect("readable").iter().any(|place| place.name == "Médiathèque de Felletin"
            && place.commune.insee_code == "23079"),
        "the place is stored with its commune"
    );
    assert!(!store.places().expect("readable").iter().any(|place| place.name == archived), "the archived place is not offered");
    let activities = store
        .activities(&escale_core::activity::ActivityFilter { limit: Some(100_000), ..Default::default() })
        .expect("readable");
    assert!(
        activities.iter().any(|activity| activity.place_name.as_deref() == Some(archived.as_str())),
        "the demo accompaniments recorded at the archived place still show its name"
    );
}
