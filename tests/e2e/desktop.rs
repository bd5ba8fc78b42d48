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

mod accessibility;
mod printing;

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
            // The app hands printed papers to this stand-in for the laptop's PDF viewer.
            .env("ESCALE_VIEWER", printing::viewer_stand_in())
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
    let element = find(client, test_id).await;
    // WebKit's driver does not always scroll a control below the fold into view before
    // clicking it (the click then fails with an empty error): bring it to the middle first.
    let script = format!("document.querySelector('{}')?.scrollIntoView({{ block: 'center' }})", by_test_id(test_id));
    client.execute(&script, vec![]).await.expect("the page scrolls");
    if let Err(error) = element.click().await {
        // Usually something covers it: the screenshot shows what.
        let shot = save_screenshot(client, &format!("failed-click-{test_id}.png")).await;
        panic!("{test_id} is clickable: {error} (window: {})", shot.display());
    }
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
        if tokio::time::Instant::now() >= deadline {
            // What the window showed says more than the empty list of texts.
            let shot = save_screenshot(client, &format!("failed-wait-{test_id}.png")).await;
            panic!("an element {test_id} should contain {expected:?}; found {texts:?} (window: {})", shot.display());
        }
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
    // The window's page is painted by the processor (src-tauri/src/rendering.rs). WebKitWebDriver
    // then captures it only after the page's next painting, which a still page (no field with a
    // blinking caret) never does: the capture waited forever. Invisible changes for a couple of
    // seconds of frames give it that painting.
    client
        .execute(
            "let frame = 0; const root = document.documentElement; \
             const next = () => { root.style.setProperty('--capture-frame', String(frame)); \
             root.style.outlineColor = frame % 2 ? 'transparent' : 'rgba(0, 0, 0, 0)'; \
             if (++frame < 120) requestAnimationFrame(next); else root.style.removeProperty('outline-color'); }; \
             requestAnimationFrame(next);",
            vec![],
        )
        .await
        .expect("the window runs a script");
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
            Ok(_) => {
                back_to_french(&client).await;
                return (data, driver, client);
            }
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
    click_theme(&client, "aide_aux_demarches_administratives").await;
    click_theme(&client, "social_sante").await;
    click(&client, "duration-45").await;
    find(&client, "place-select")
        .await
        .select_by_value("a_distance")
        .await
        .expect("the place list offers a remote accompaniment");
    click_in_view(&client, "autonomy-partiellement_autonome").await;
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

/// Clicks a theme's chip, showing every theme first when it is not among those shown first.
async fn click_theme(client: &Client, code: &str) {
    let chip = by_test_id(&format!("theme-{code}"));
    for more in ["more-themes", "more-administrativeThemes"] {
        if client.find(Locator::Css(&chip)).await.is_ok() {
            break;
        }
        if client.find(Locator::Css(&by_test_id(more))).await.is_ok() {
            click(client, more).await;
        }
    }
    click(client, &format!("theme-{code}")).await;
}

/// Keys sent to whatever has the focus, as a mediator types them, counted. A chord (Ctrl+Enter)
/// is one press; letters typed as text are not counted.
struct Keyboard<'a> {
    client: &'a Client,
    presses: u32,
}

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const ARROW_DOWN: &str = "\u{E015}";
const CONTROL: &str = "\u{E009}";
const SHIFT: &str = "\u{E008}";
/// Releases the modifiers held since the start of a `send_keys`.
const RELEASE: &str = "\u{E000}";

impl Keyboard<'_> {
    async fn send(&self, keys: &str) {
        let focused = self.client.active_element().await.expect("something has the focus");
        focused.send_keys(keys).await.unwrap_or_else(|error| panic!("the focused element takes keys {keys:?}: {error}"));
    }

    /// One key or chord, counted.
    async fn press(&mut self, keys: &str) {
        self.presses += 1;
        self.send(keys).await;
    }

    /// Text typed into a field: not counted (the target counts everything else).
    async fn type_text(&self, text: &str) {
        self.send(text).await;
    }

    /// The `data-testid` of the focused element, or of its nearest ancestor that has one.
    async fn focused(&self) -> String {
        self.client
            .execute("return document.activeElement?.closest('[data-testid]')?.dataset.testid ?? ''", vec![])
            .await
            .ok()
            .and_then(|value| value.as_str().map(String::from))
            .unwrap_or_default()
    }
}

/// Evaluates `script` (a `return` statement) in the window and gives back its value.
async fn evaluate(client: &Client, script: &str) -> serde_json::Value {
    client.execute(script, vec![]).await.unwrap_or_else(|error| panic!("the window evaluates {script:?}: {error}"))
}

/// Waits until `script` returns true.
async fn wait_until(client: &Client, script: &str, what: &str) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while evaluate(client, script).await != serde_json::Value::Bool(true) {
        assert!(tokio::time::Instant::now() < deadline, "{what} did not happen in time ({script})");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The names of named demo people written in plain Latin letters, as the list shows them, once
/// it shows one (the list paints its first rows, then the rest a frame later).
async fn plain_latin_names(client: &Client) -> Vec<String> {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let names = evaluate(
            client,
            "return [...document.querySelectorAll('[data-testid=\"beneficiary-row\"] .result-name:not(.anonymous) > bdi')]\
               .map(e => e.textContent.trim()).filter(n => /^[A-Za-z]+ [A-Za-z]{3,}$/.test(n))",
        )
        .await;
        let names: Vec<String> =
            names.as_array().expect("a list of names").iter().filter_map(|name| name.as_str().map(String::from)).collect();
        if !names.is_empty() || tokio::time::Instant::now() >= deadline {
            return names;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The text of the field error shown inside the element `container_test_id`, or "".
async fn error_beside(client: &Client, container_test_id: &str) -> String {
    let script = format!(
        "return document.querySelector('{} [data-testid=\"field-error\"]')?.innerText ?? ''",
        by_test_id(container_test_id)
    );
    evaluate(client, &script).await.as_str().unwrap_or_default().to_string()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn a_known_person_s_accompaniment_is_recorded_with_the_keyboard_alone() {
    let (data, driver, client) = start_with_demo_data().await;
    client.set_window_size(1366, 768).await.expect("the window takes the size of a small laptop screen");
    let names = plain_latin_names(&client).await;
    let name = names.first().expect("the demo list has a person with a plain Latin name").clone();
    let (first_name, last_name) = name.split_once(' ').expect("a first and a last name");
    let mut keys = Keyboard { client: &client, presses: 0 };

    // From the list, with the focus in its search field: the shortcut opens the form.
    find(&client, "beneficiary-search").await;
    keys.press(&format!("{CONTROL}{SHIFT}n{RELEASE}")).await;
    find(&client, "person-search").await;
    wait_until(&client, "return document.activeElement?.dataset.testid === 'person-search'", "the focus in the person search").await;

    // A few letters of the name, then Enter takes the first match.
    let typed = format!("{first_name} {}", &last_name[..3]);
    keys.type_text(&typed).await;
    find(&client, "person-option").await;
    wait_until(
        &client,
        &format!(
            "return [...document.querySelectorAll('[data-testid=\"person-option\"]')].some(o => o.textContent.includes({name:?}))"
        ),
        "the person among the matches",
    )
    .await;
    keys.press(ENTER).await;
    wait_for_text(&client, "chosen-person", first_name).await;
    let chosen = evaluate(&client, "return document.querySelector('[data-testid=\"chosen-person\"] .person-name').textContent")
        .await
        .as_str()
        .expect("the chosen person's name")
        .trim()
        .to_string();

    // The focus is on the first theme: the one this mediator uses most. Space ticks it.
    wait_until(&client, "return document.activeElement?.dataset.testid?.startsWith('theme-') === true", "the focus on the themes").await;
    let theme = keys.focused().await.trim_start_matches("theme-").to_string();
    keys.press(" ").await;
    save_screenshot(&client, "record-person-chosen-fr.png").await;
    keys.press(TAB).await;
    // Help with a procedure opens its domains, most used first: Space takes the first.
    let mut domain = None;
    if keys.focused().await.starts_with("theme-") {
        domain = Some(keys.focused().await.trim_start_matches("theme-").to_string());
        keys.press(" ").await;
        keys.press(TAB).await;
    }
    // Then the durations, most used first; Space takes the first.
    let duration = keys.focused().await;
    assert!(duration.starts_with("duration-"), "after the themes comes the duration, found {duration:?}");
    keys.press(" ").await;
    let minutes: u32 = duration.trim_start_matches("duration-").parse().expect("a duration chip names its minutes");
    // Tab: the place, already the place of the day (learned from the records).
    keys.press(TAB).await;
    assert_eq!(keys.focused().await, "place-select", "after the duration comes the place");
    let place = evaluate(&client, "return document.activeElement.value").await;
    assert!(place.as_str().is_some_and(|value| !value.is_empty()), "a place is offered before any key: {place}");
    // Tab to the autonomy (past the commune of a visit at home, when that is the place of the day).
    let mut passed = 0;
    while !keys.focused().await.starts_with("autonomy-") {
        passed += 1;
        assert!(passed <= 3, "the autonomy follows the place within a few Tab presses");
        keys.press(TAB).await;
    }
    // The arrow moves to and ticks "partly autonomous"; the focused choice stays in sight,
    // above the save bar, with a focus ring that is not the error colour.
    keys.press(ARROW_DOWN).await;
    assert_eq!(keys.focused().await, "autonomy-partiellement_autonome", "the arrow chose the second level");
    let in_sight = evaluate(
        &client,
        "const box = document.activeElement.closest('.radio').getBoundingClientRect(); \
         const bar = document.querySelector('[data-testid=\"record-save-bar\"]').getBoundingClientRect(); \
         return box.top >= 0 && box.bottom <= bar.top",
    )
    .await;
    assert_eq!(in_sight, serde_json::Value::Bool(true), "the focused choice is above the sticky save bar");
    let ring = evaluate(&client, "return getComputedStyle(document.activeElement.closest('.radio')).outlineColor").await;
    assert_ne!(ring.as_str(), Some("rgb(166, 27, 27)"), "the focus ring is not the colour of errors");
    // A typical record fits a 1366×768 screen. The chips are ranked by the demo records of the
    // day, and the tick of the chosen domain can push that row's last chip to a line of its own
    // (seen on 2026-11-24, also with the fonts and window of the commit before): the page then
    // moves by less than that line (10 px) to keep the focused choice above the save bar. More
    // than a line means the form itself grew.
    let scrolled = evaluate(&client, "return document.scrollingElement.scrollTop").await;
    let scrolled = scrolled.as_f64().expect("a scroll position");
    assert!(scrolled < 46.0, "a typical record fits a 1366×768 screen: at most part of a line of chips scrolls, not {scrolled} px");
    save_screenshot(&client, "record-keyboard-fr.png").await;

    keys.press(&format!("{CONTROL}{ENTER}{RELEASE}")).await;
    find(&client, "toast").await;
    find(&client, "beneficiary-file").await;
    // The newest entry of the file is this accompaniment, with the autonomy chosen by the arrow.
    wait_until(
        &client,
        "return document.querySelector('[data-testid=\"activity-item\"]')?.innerText.includes('Autonome avec guidage en cas de besoin') === true",
        "the accompaniment at the top of the person's file",
    )
    .await;
    let item = texts_of(&client, "activity-item").await.remove(0);
    println!("key presses: {} (chords counted once; letters typed: {})", keys.presses, typed.chars().count());
    assert!(keys.presses <= 12, "a typical record takes a handful of key presses, not 86: {}", keys.presses);
    assert!(!item.is_empty(), "the accompaniment shows in the person's file");

    // The same form in the mirrored layout.
    choose_language(&client, "ar").await;
    keys.press(&format!("{CONTROL}{SHIFT}n{RELEASE}")).await;
    find(&client, "person-search").await;
    save_screenshot(&client, "record-ar.png").await;
    choose_language(&client, "fr").await;

    client.close().await.expect("the window closes");
    drop(driver);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let store = unlock_written_store(data.path());
    let person_id = chosen_person_id(&store, &chosen);
    let activities = store.activities_of_beneficiary(&person_id).expect("the person's activities are readable");
    let latest = &activities[0];
    let mut expected_themes: Vec<&str> = [Some(theme.as_str()), domain.as_deref()].into_iter().flatten().collect();
    expected_themes.sort_by_key(|code| escale_core::vocabulary::Theme::from_code(code).expect("a theme code"));
    assert_eq!(
        latest.themes.iter().map(|t| t.code()).collect::<Vec<_>>(),
        expected_themes,
        "the first theme (and the first domain of a procedure) was saved"
    );
    assert_eq!(latest.duration_minutes, minutes, "the first duration was saved");
    assert_eq!(
        latest.autonomy.map(|a| a.code()),
        Some("partiellement_autonome"),
        "the autonomy chosen with the arrow was saved"
    );
    assert_eq!(latest.date, escale_core::clock::today(), "today, the date offered");
}

/// The store the window wrote, unlocked as the command line does.
fn unlock_written_store(data: &Path) -> escale_core::Store {
    let data_dir = escale_core::DataDir::new(data);
    let keyring = escale_core::storage::key::system_keyring().ok();
    let passphrase = std::env::var("ESCALE_PASSPHRASE").ok();
    escale_core::Store::unlock(
        &data_dir,
        &escale_core::Credentials { keyring: keyring.as_ref(), passphrase: passphrase.as_deref() },
    )
    .expect("the store the window wrote can be unlocked outside the window")
}

/// The id of the person whose name the form showed as chosen.
fn chosen_person_id(store: &escale_core::Store, name: &str) -> String {
    let found = store.search_beneficiaries(name, 5).expect("search works");
    found
        .iter()
        .find(|person| format!("{} {}", person.first_name, person.last_name) == name)
        .unwrap_or_else(|| panic!("the chosen person {name:?} is in the store: {found:?}"))
        .id
        .clone()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn a_workshop_with_anonymous_counts_shows_in_each_participant_s_file() {
    let (data, driver, client) = start_with_demo_data().await;
    client.set_window_size(1366, 768).await.expect("the window takes the size of a small laptop screen");
    let names = plain_latin_names(&client).await;
    assert!(names.len() >= 2, "two demo people with plain Latin names: {names:?}");
    let people = [names[0].clone(), names[1].clone()];

    click(&client, "new-workshop").await;
    type_into(&client, "workshop-title", "Éviter les arnaques en ligne").await;
    for person in &people {
        type_into(&client, "person-search", person).await;
        wait_until(
            &client,
            &format!(
                "return [...document.querySelectorAll('[data-testid=\"person-option\"]')].some(o => o.textContent.includes({person:?}))"
            ),
            "the participant among the matches",
        )
        .await;
        let options = client
            .find_all(Locator::Css(&by_test_id("person-option")))
            .await
            .expect("the matches are listed");
        for option in options {
            if option.text().await.unwrap_or_default().contains(person.as_str()) {
                option.click().await.expect("a match can be chosen");
                break;
            }
        }
        wait_for_text(&client, "participant", person).await;
    }
    assert_eq!(texts_of(&client, "participant").await.len(), 2, "two tracked participants");
    click_theme(&client, "securite_numerique").await;
    click(&client, "duration-60").await;
    find(&client, "place-select").await.select_by_value("a_distance").await.expect("a remote workshop can be chosen");
    type_into(&client, "anonymous-total", "5").await;
    type_into(&client, "anonymous-already", "2").await;
    type_into(&client, "anonymousGender-feminin", "4").await;
    type_into(&client, "anonymousGender-masculin", "3").await;
    click(&client, "save-activity").await;

    // Refused beside the gender breakdown, nothing saved; the other groups show no error.
    let refusal = wait_for_rendered_text(&client, "anonymousGender", "genre").await;
    assert!(refusal.contains("dépasse"), "the gender breakdown over the total is refused beside it: {refusal:?}");
    assert_eq!(error_beside(&client, "anonymousAgeBand").await, "", "the age bands are within the total");
    save_screenshot(&client, "workshop-refused-fr.png").await;
    type_into(&client, "anonymousGender-masculin", "1").await;
    assert_eq!(error_beside(&client, "anonymousGender").await, "", "an edit of the group clears its error");
    click(&client, "save-activity").await;
    find(&client, "toast").await;

    // The workshop is in each participant's file.
    for person in &people {
        click(&client, "home").await;
        type_into(&client, "beneficiary-search", person).await;
        wait_for_text(&client, "beneficiary-row", person).await;
        let rows = client.find_all(Locator::Css(&by_test_id("beneficiary-row"))).await.expect("rows");
        for row in rows {
            if row.text().await.unwrap_or_default().contains(person.as_str()) {
                row.click().await.expect("the row opens the file");
                break;
            }
        }
        find(&client, "beneficiary-file").await;
        let item = wait_for_text(&client, "activity-item", "Éviter les arnaques en ligne").await;
        assert!(item.contains("Atelier collectif") && item.contains("1h"), "{person}'s file shows the one-hour workshop: {item:?}");
    }

    choose_language(&client, "ar").await;
    click(&client, "home").await;
    click(&client, "new-workshop").await;
    find(&client, "anonymous-counts").await;
    save_screenshot(&client, "workshop-ar.png").await;
    choose_language(&client, "fr").await;

    client.close().await.expect("the window closes");
    drop(driver);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let store = unlock_written_store(data.path());
    for person in &people {
        let id = chosen_person_id(&store, person);
        let activities = store.activities_of_beneficiary(&id).expect("readable");
        let workshop = activities
            .iter()
            .find(|activity| activity.workshop_title == "Éviter les arnaques en ligne")
            .unwrap_or_else(|| panic!("{person} took part in the workshop"));
        let counts = workshop.anonymous_participants.as_ref().expect("the anonymous counts were saved");
        assert_eq!((counts.total, counts.already_accompanied), (5, 2), "the counts typed");
        assert_eq!(counts.by_gender.values().sum::<u32>(), 5, "4 women and 1 man after the correction");
        assert_eq!(workshop.participants.len(), 2, "both tracked participants");
    }
}

/// Starts the app on `data_dir` (no demo data) and waits for `test_id`; the start alone is
/// retried, as in [`start_with_demo_data`].
async fn start_showing(data_dir: &Path, test_id: &str) -> (Driver, Client) {
    let mut failures = Vec::new();
    for _attempt in 0..3 {
        let driver = Driver::start().await;
        let client = driver.open_app_with(data_dir, &[]).await;
        match client.wait().at_most(PATIENCE).for_element(Locator::Css(&by_test_id(test_id))).await {
            Ok(_) => {
                back_to_french(&client).await;
                return (driver, client);
            }
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

/// The webview keeps the interface language between runs (as it should for a mediator): a test
/// that ended in Arabic would start the next one in Arabic. Every start comes back to French,
/// the language the assertions read.
async fn back_to_french(client: &Client) {
    choose_language(client, "fr").await;
    wait_until(client, "return document.documentElement.lang === 'fr'", "the page is back in French").await;
}

/// Chooses the interface language from the header's menu, and waits until the window has
/// turned to it: a language's messages are loaded when first chosen, so the page changes a
/// moment after the choice.
async fn choose_language(client: &Client, code: &str) {
    let menu = find(client, "language-select").await;
    menu.select_by_value(code).await.unwrap_or_else(|error| panic!("the language {code} can be chosen: {error}"));
    let turned = format!("return document.documentElement.lang === '{code}'");
    wait_until(client, &turned, &format!("the page turns to {code}")).await;
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
        scroll_to_top_of(&client, "security-mediators").await;
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
        scroll_to_top_of(&client, "personal-data").await;
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
        let (mut store, _) = session::create_store(&laptop_folder, new_key, None, None, &escale_core::progress::unobserved).expect("Samia's store");
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
            escale_core::session::create_store(&escale_core::DataDir::new(old_laptop.path()), new_key, None, None, &escale_core::progress::unobserved)
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

/// Creates a person through the form and waits for their file.
async fn create_person(client: &Client, first: &str, last: &str, birth_year: &str) {
    click(client, "home").await;
    click(client, "new-beneficiary").await;
    type_into(client, "first-name", first).await;
    type_into(client, "last-name", last).await;
    type_into(client, "birth-year", birth_year).await;
}

/// Saves the person typed in the form, then records from their file a 30-minute remote
/// accompaniment about e-mail, and waits for it in the file.
async fn save_with_a_remote_email_accompaniment(client: &Client) {
    click(client, "save-beneficiary").await;
    find(client, "beneficiary-file").await;
    click(client, "record-activity").await;
    click(client, "theme-email").await;
    click(client, "duration-30").await;
    find(client, "place-select").await.select_by_value("a_distance").await.expect("a remote accompaniment can be chosen");
    click(client, "save-activity").await;
    wait_for_count(client, "activity-item", 1).await;
}

/// Clicks the element `test_id` whose text contains `text`.
async fn click_the_one_with(client: &Client, test_id: &str, text: &str) {
    wait_for_text(client, test_id, text).await;
    for element in client.find_all(Locator::Css(&by_test_id(test_id))).await.unwrap_or_default() {
        if element.text().await.unwrap_or_default().contains(text) {
            element.click().await.unwrap_or_else(|error| panic!("{test_id} {text:?} is clickable: {error}"));
            return;
        }
    }
    panic!("no {test_id} shows {text:?}");
}

/// Waits until exactly `count` elements `test_id` are shown.
async fn wait_for_count(client: &Client, test_id: &str, count: usize) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let found = client.find_all(Locator::Css(&by_test_id(test_id))).await.map(|all| all.len()).unwrap_or(0);
        if found == count {
            return;
        }
        if tokio::time::Instant::now() >= deadline {
            // What the window showed instead is the first thing to look at.
            let shot = save_screenshot(client, &format!("failed-count-{test_id}.png")).await;
            panic!("{count} elements {test_id} should show; {found} do (window: {})", shot.display());
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn an_accompaniment_deleted_by_mistake_comes_back_from_the_toast_and_from_the_file() {
    let (_data, driver, client) = start_with_demo_data().await;
    create_person(&client, "Ginette", "Vasseur-Lambrecht", "1941").await;
    save_with_a_remote_email_accompaniment(&client).await;

    // Deleted: gone from the timeline, announced by a toast that offers to undo.
    click_in_view(&client, "delete-activity").await;
    wait_for_count(&client, "activity-item", 0).await;
    let toast = wait_for_text(&client, "toast", "supprimé").await;
    assert!(toast.contains("Annuler"), "the toast announcing the deletion offers to undo it: {toast:?}");
    click(&client, "toast-undo").await;
    wait_for_count(&client, "activity-item", 1).await;

    // Deleted again, and the toast left unanswered: the file itself brings it back.
    click_in_view(&client, "delete-activity").await;
    wait_for_count(&client, "activity-item", 0).await;
    click(&client, "home").await;
    type_into(&client, "beneficiary-search", "vasseur").await;
    wait_for_text(&client, "beneficiary-row", "Ginette").await;
    click(&client, "beneficiary-row").await;
    click_in_view(&client, "deleted-activities").await;
    click_in_view(&client, "restore-activity").await;
    let item = wait_for_text(&client, "activity-item", "E-mail").await;
    assert!(item.contains("30"), "the accompaniment is back as it was (30 minutes): {item:?}");
    save_screenshot(&client, "file-after-restore.png").await;
    client.close().await.expect("the window closes");
    drop(driver);
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn two_files_of_one_person_are_merged_and_the_merge_undone() {
    let (_data, driver, client) = start_with_demo_data().await;
    create_person(&client, "Fatoumata", "Kourouma-Sylla", "1958").await;
    click(&client, "save-beneficiary").await;
    find(&client, "beneficiary-file").await;

    // The same person typed again: the form points at the first file before saving.
    create_person(&client, "FATOUMATA", "kourouma sylla", "1958").await;
    let warning = wait_for_text(&client, "duplicate-warning", "Kourouma").await;
    assert!(warning.contains("1958"), "the likely duplicate is shown with its birth year: {warning:?}");
    save_with_a_remote_email_accompaniment(&client).await;

    // Merged from the second file: the preview says what moves, then one file is left.
    click(&client, "merge-beneficiary").await;
    type_into(&client, "merge-search", "fatoumata kourouma").await;
    click_the_one_with(&client, "merge-candidate", "Kourouma").await;
    let preview = wait_for_text(&client, "merge-preview", "à déplacer").await;
    assert!(preview.contains("Aucun accompagnement"), "the file shown is kept; the other has no accompaniment to move: {preview:?}");
    save_screenshot(&client, "merge-preview-fr.png").await;
    click_in_view(&client, "merge-confirm").await;
    wait_for_text(&client, "toast", "fusionnées").await;
    click(&client, "toast-undo").await;
    wait_for_text(&client, "toast", "annulée").await;
    click(&client, "home").await;
    type_into(&client, "beneficiary-search", "fatoumata kourouma").await;
    wait_for_count(&client, "beneficiary-row", 2).await;

    // Merged again, and undone later from the file.
    click(&client, "beneficiary-row").await;
    find(&client, "beneficiary-file").await;
    click(&client, "merge-beneficiary").await;
    type_into(&client, "merge-search", "fatoumata kourouma").await;
    click_the_one_with(&client, "merge-candidate", "Kourouma").await;
    find(&client, "merge-preview").await;
    click_in_view(&client, "merge-confirm").await;
    wait_for_text(&client, "toast", "fusionnées").await;
    click(&client, "home").await;
    type_into(&client, "beneficiary-search", "fatoumata kourouma").await;
    wait_for_count(&client, "beneficiary-row", 1).await;
    click(&client, "beneficiary-row").await;
    wait_for_count(&client, "activity-item", 1).await;
    choose_language(&client, "ar").await;
    find(&client, "merge-history").await;
    save_screenshot(&client, "file-merged-ar.png").await;
    choose_language(&client, "fr").await;
    click(&client, "undo-merge").await;
    wait_for_text(&client, "toast", "annulée").await;
    click(&client, "home").await;
    type_into(&client, "beneficiary-search", "fatoumata kourouma").await;
    wait_for_count(&client, "beneficiary-row", 2).await;
    client.close().await.expect("the window closes");
    drop(driver);
}

/// Text without the invisible marks Fluent puts around each value it inserts (so that a name in
/// Arabic does not reorder the sentence around it): "Déposée depuis le 3 mars" as read.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Waits until an element's text, without Fluent's marks, contains `expected`.
async fn wait_for_plain_text(client: &Client, test_id: &str, expected: &str) -> String {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let texts: Vec<String> = texts_of(client, test_id).await.iter().map(|text| plain(text)).collect();
        if let Some(text) = texts.iter().find(|text| text.contains(expected)) {
            return text.clone();
        }
        assert!(tokio::time::Instant::now() < deadline, "an element {test_id} should read {expected:?}; found {texts:?}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// The rendered text of the first element matching a CSS selector, without Fluent's marks.
async fn rendered_text_of(client: &Client, selector: &str) -> String {
    let script = format!("const e = document.querySelector('{selector}'); return e ? e.innerText : '';");
    let text = client.execute(&script, vec![]).await.ok().and_then(|value| value.as_str().map(String::from));
    plain(&text.unwrap_or_default())
}

/// The values of the next statuses the procedure screen offers, in the screen's order.
async fn offered_next_statuses(client: &Client) -> Vec<String> {
    let values = client
        .execute("return Array.from(document.querySelectorAll('[name=\"next-status\"]')).map(e => e.value)", vec![])
        .await
        .expect("the page answers");
    values.as_array().map(|values| values.iter().filter_map(|v| v.as_str().map(String::from)).collect()).unwrap_or_default()
}

/// The data-testid of the element that has the keyboard focus.
async fn focused_test_id(client: &Client) -> String {
    let id = client.execute("return document.activeElement?.dataset?.testid ?? ''", vec![]).await.expect("the page answers");
    id.as_str().unwrap_or_default().to_string()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn a_procedure_goes_through_its_statuses_to_accepted_with_a_document_checked() {
    use fantoccini::key::Key;
    let (data, driver, client) = start_with_demo_data().await;

    // A new person; her file has no procedure yet.
    click(&client, "new-beneficiary").await;
    type_into(&client, "first-name", "Mariam").await;
    type_into(&client, "last-name", "Keïta").await;
    click(&client, "save-beneficiary").await;
    wait_for_plain_text(&client, "procedures-panel", "Aucune démarche en cours").await;

    // Start a procedure found by typing part of its name, without accents.
    click(&client, "start-procedure").await;
    type_into(&client, "catalogue-search", "complementaire sante").await;
    let chosen = wait_for_plain_text(&client, "chosen-entry", "Complémentaire santé solidaire").await;
    let options = texts_of(&client, "catalogue-option").await;
    assert_eq!(options.len(), 1, "two words typed leave only the matching entry of the catalogue: {options:?}");
    assert!(!chosen.is_empty(), "the entry under the arrows is the one described beside the list");
    find(&client, "catalogue-search").await.send_keys(&Key::Enter).await.expect("Enter can be typed in the search");
    assert_eq!(
        focused_test_id(&client).await,
        "start-procedure-confirm",
        "Enter in the search moves to the button that starts the procedure"
    );
    click(&client, "start-procedure-confirm").await;

    // The procedure's screen: its kind, its first status, its checklist from the catalogue.
    wait_for_plain_text(&client, "procedure-title", "Complémentaire santé solidaire").await;
    wait_for_plain_text(&client, "procedure-status", "À faire").await;
    wait_for_plain_text(&client, "procedure-documents", "Pièces apportées : 0 sur").await;

    // A document checked with the keyboard (space on the focused box), saved by the core.
    let checkbox = find(&client, "document-check-avis_imposition").await;
    checkbox.send_keys(" ").await.expect("the box takes a space from the keyboard");
    let selector = "[data-testid=\"checklist-document\"][data-document=\"avis_imposition\"]";
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let row = rendered_text_of(&client, selector).await;
        if row.contains("Apportée le") {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the tax notice should show as brought, with its day: {row:?}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    wait_for_plain_text(&client, "procedure-documents", "Pièces apportées : 1 sur").await;
    assert_eq!(
        checkbox.prop("checked").await.expect("readable").as_deref(),
        Some("true"),
        "the box stays checked once the core has saved it"
    );

    // Only the statuses the core allows after "to do" are offered; a decision is not.
    assert_eq!(
        offered_next_statuses(&client).await,
        ["en_attente_de_pieces", "deposee", "abandonnee"],
        "from 'to do' the table allows waiting for documents, submitted and dropped"
    );
    click_in_view(&client, "next-status-deposee").await;
    type_into(&client, "status-note", "Dossier envoyé en ligne").await;
    click_in_view(&client, "status-save").await;
    wait_for_plain_text(&client, "procedure-status", "Déposée").await;
    assert_eq!(
        offered_next_statuses(&client).await,
        ["en_attente_de_pieces", "en_instruction", "acceptee", "refusee", "abandonnee"],
        "once submitted, a decision may follow"
    );
    click_in_view(&client, "next-status-acceptee").await;
    click_in_view(&client, "status-save").await;
    wait_for_plain_text(&client, "procedure-status", "Acceptée").await;

    // Closed: no status to choose any more, only a reopening, an action of its own that needs a
    // note (the core says so).
    find(&client, "procedure-closed").await;
    assert!(offered_next_statuses(&client).await.is_empty(), "an accepted procedure offers no next status");
    click_in_view(&client, "reopen-open").await;
    find(&client, "reopen-form").await;
    click_in_view(&client, "reopen-save").await;
    let refused = wait_for_plain_text(&client, "field-error", "pourquoi").await;
    let code = find(&client, "field-error").await.attr("data-error-code").await.expect("readable");
    assert_eq!(code.as_deref(), Some("reopen-note-required"), "the core's refusal is shown beside the note: {refused:?}");
    wait_for_plain_text(&client, "procedure-status", "Acceptée").await;

    // The history: every step, oldest first, with its note.
    let steps: Vec<String> = texts_of(&client, "history-step").await.iter().map(|step| plain(step)).collect();
    assert_eq!(steps.len(), 3, "three steps were recorded: {steps:?}");
    assert!(steps[0].contains("À faire"), "the first step is the start: {steps:?}");
    assert!(steps[1].contains("Déposée") && steps[1].contains("Dossier envoyé en ligne"), "then submitted, with its note: {steps:?}");
    assert!(steps[2].contains("Acceptée"), "then accepted: {steps:?}");
    save_screenshot(&client, "procedure-fr.png").await;
    // The language menu is in the header, scrolled away with the focus on the note.
    client.execute("window.scrollTo(0, 0)", vec![]).await.expect("the page scrolls");
    choose_language(&client, "ar").await;
    let direction = client.execute("return document.documentElement.dir", vec![]).await.expect("the page answers");
    assert_eq!(direction.as_str(), Some("rtl"), "the Arabic layout mirrors the procedure screen");
    save_screenshot(&client, "procedure-ar.png").await;
    choose_language(&client, "fr").await;

    // Her file still lists it among the current ones: an accepted right has its yearly renewal to come.
    click(&client, "procedure-person").await;
    let current = wait_for_plain_text(&client, "followed-procedure", "Complémentaire santé solidaire").await;
    assert!(
        current.contains("Acceptée") && current.contains("Renouvellement :"),
        "the file shows the accepted procedure with the renewal the core computed: {current:?}"
    );
    save_screenshot(&client, "file-procedures-fr.png").await;
    client.close().await.expect("the window closes");
    drop(driver);

    // What the window showed is what the core wrote.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let keyring = escale_core::storage::key::system_keyring().ok();
    let store = escale_core::Store::unlock(
        &escale_core::DataDir::new(data.path()),
        &escale_core::Credentials { keyring: keyring.as_ref(), passphrase: None },
    )
    .expect("the store the window wrote can be unlocked outside the window");
    let found = store.search_beneficiaries("keita mariam", 10).expect("search works");
    assert_eq!(found.len(), 1, "exactly one person was created by the test");
    let procedures = store.procedures(Some(&found[0].id)).expect("her procedures are readable");
    assert_eq!(procedures.len(), 1, "one procedure was started");
    let procedure = &procedures[0];
    assert_eq!(procedure.kind, "ameli_complementaire_sante_solidaire", "the kind is stored as the catalogue's id");
    assert_eq!(procedure.status, escale_core::vocabulary::ProcedureStatus::Accepted, "it ended accepted");
    assert_eq!(procedure.history.len(), 3, "the refused reopening wrote nothing");
    let brought: Vec<&str> =
        procedure.checklist.iter().filter(|document| document.brought_on.is_some()).map(|d| d.document.as_str()).collect();
    assert_eq!(brought, ["avis_imposition"], "only the checked document is brought");
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_follow_up_list_shows_a_renewal_due_this_week_and_a_procedure_stuck_too_long() {
    use chrono::{Days, Months};
    use escale_core::procedure::ProcedureInput;
    use escale_core::vocabulary::{FollowUpReason, ProcedureStatus};
    use fantoccini::key::Key;

    // Before the window starts: two people, a domiciliation granted a year ago minus five days
    // (its yearly renewal falls due in five days) and a passport request still to do after six
    // weeks (the catalogue lets a passport wait 30 days in "to do").
    let data = tempfile::tempdir().expect("a temporary data folder");
    let today = escale_core::clock::today();
    let renewal_day = today.checked_add_days(Days::new(5)).expect("a day in five days");
    let (renewal_id, stuck_id, amina_id, bruno_id) = {
        let keyring = escale_core::storage::key::system_keyring().expect("the test keyring answers");
        let (mut store, _) = escale_core::session::create_store(
            &escale_core::DataDir::new(data.path()),
            escale_core::NewKey::Keyring(&keyring),
            None,
            None,
            &escale_core::progress::unobserved,
        )
        .expect("a store opened by the keyring, as the window makes it");
        let person = |first: &str, last: &str| -> escale_core::beneficiary::BeneficiaryInput {
            serde_json::from_value(serde_json::json!({
                "anonymous": false, "firstName": first, "lastName": last, "latinFirstName": "", "latinLastName": "",
                "birthYear": 1975, "gender": "non_communique", "socialStatus": "non_communique",
                "commune": { "name": "", "postalCode": "", "inseeCode": "" },
                "phone": "", "email": "", "languages": [], "documentLanguage": "fr", "notes": ""
            }))
            .expect("a valid person")
        };
        let amina = store.create_beneficiary(&person("Amina", "Diallo")).expect("Amina is recorded");
        let bruno = store.create_beneficiary(&person("Bruno", "Lefèvre")).expect("Bruno is recorded");
        let mut granted = ProcedureInput::new(&amina.id, "domiciliation");
        granted.status = ProcedureStatus::Accepted;
        granted.started_on = Some(renewal_day.checked_sub_months(Months::new(12)).expect("a day a year ago"));
        let renewal = store.create_procedure(&granted).expect("the domiciliation is recorded");
        assert_eq!(renewal.renewal_on, Some(renewal_day), "the catalogue renews a domiciliation yearly");
        let mut waiting = ProcedureInput::new(&bruno.id, "ants_passeport");
        waiting.started_on = Some(today.checked_sub_days(Days::new(42)).expect("six weeks ago"));
        let stuck = store.create_procedure(&waiting).expect("the passport request is recorded");
        let list = store.follow_up(today).expect("the core lists what to follow up");
        let reasons: Vec<FollowUpReason> =
            list.overdue.iter().chain(&list.due_today).chain(&list.this_week).map(|item| item.reason).collect();
        assert_eq!(reasons.len(), 2, "the core itself sees exactly the two prepared items: {reasons:?}");
        (renewal.id, stuck.id, amina.id, bruno.id)
    };

    // The start screen says two procedures need following up; the count leads to the list.
    let (driver, client) = start_showing(data.path(), "follow-up-count").await;
    let count = wait_for_plain_text(&client, "follow-up-count", "À suivre cette semaine : 2").await;
    assert_eq!(
        find(&client, "follow-up-count").await.attr("data-total").await.expect("readable").as_deref(),
        Some("2"),
        "the start screen counts the two items: {count:?}"
    );
    save_screenshot(&client, "start-follow-up-fr.png").await;
    click(&client, "follow-up-count").await;
    find(&client, "follow-up-screen").await;

    let renewal_line = "[data-testid=\"follow-up-item\"][data-reason=\"renewal\"]";
    let stuck_line = "[data-testid=\"follow-up-item\"][data-reason=\"stuck\"]";
    let items: Vec<String> = texts_of(&client, "follow-up-item").await.iter().map(|item| plain(item)).collect();
    assert_eq!(items.len(), 2, "the list shows the renewal and the waiting procedure, nothing else: {items:?}");
    let renewal = rendered_text_of(&client, renewal_line).await;
    assert!(
        renewal.contains("Amina Diallo") && renewal.contains("Domiciliation") && renewal.contains("Renouvellement le"),
        "the renewal line names the person, the procedure and why: {renewal:?}"
    );
    let stuck = rendered_text_of(&client, stuck_line).await;
    assert!(
        stuck.contains("Bruno Lefèvre") && stuck.contains("Passeport") && stuck.contains("À faire depuis le"),
        "the waiting line names the person, the procedure and since when it waits: {stuck:?}"
    );
    // As after every navigation the heading has the focus; the first line is the next Tab.
    wait_until(&client, "return document.activeElement?.id === 'follow-up-title'", "the focus on the list's heading").await;
    client.active_element().await.expect("the heading").send_keys(TAB).await.expect("Tab from the heading");
    wait_until(&client, "return document.activeElement?.dataset.testid === 'follow-up-open'", "Tab to reach the first line").await;
    save_screenshot(&client, "follow-up-fr.png").await;
    choose_language(&client, "ar").await;
    save_screenshot(&client, "follow-up-ar.png").await;
    choose_language(&client, "fr").await;

    // Enter on the waiting line opens that procedure, of that person.
    let open_stuck = client
        .find(Locator::Css(&format!("{stuck_line} [data-testid=\"follow-up-open\"]")))
        .await
        .expect("the waiting line has its button");
    open_stuck.send_keys(&Key::Enter).await.expect("Enter can be pressed on the line");
    wait_for_plain_text(&client, "procedure-title", "Passeport").await;
    wait_for_plain_text(&client, "procedure-person", "Bruno Lefèvre").await;
    let shown = rendered_text_of(&client, "[data-testid=\"procedure-screen\"]").await;
    assert!(!shown.contains("Amina"), "the screen is Bruno's procedure only: {shown:?}");
    assert_eq!(
        find(&client, "procedure-screen").await.attr("data-id").await.expect("readable"),
        Some(stuck_id.clone()),
        "the procedure opened is the one waiting too long"
    );
    assert_eq!(
        find(&client, "procedure-status").await.attr("data-status").await.expect("readable").as_deref(),
        Some("a_faire"),
        "it still waits in 'to do'"
    );

    // Back leads to the list again; the renewal line's second button opens Amina's file.
    click(&client, "back").await;
    find(&client, "follow-up-screen").await;
    let open_file = client
        .find(Locator::Css(&format!("{renewal_line} [data-testid=\"follow-up-open-file\"]")))
        .await
        .expect("the renewal line has a button to the file");
    open_file.send_keys(&Key::Enter).await.expect("Enter can be pressed on it");
    let file = wait_for_rendered_text(&client, "beneficiary-file", "Amina").await;
    assert!(!file.contains("Bruno"), "the file opened is Amina's ({amina_id}), not Bruno's ({bruno_id})");
    wait_for_plain_text(&client, "procedures-panel", "Renouvellement").await;
    save_screenshot(&client, "file-renewal-fr.png").await;

    // Ctrl+U opens the list from anywhere; Enter on the renewal line opens that procedure.
    find(&client, "record-activity").await.send_keys(&(Key::Control + "u")).await.expect("Ctrl+U can be pressed");
    find(&client, "follow-up-screen").await;
    let open_renewal = client
        .find(Locator::Css(&format!("{renewal_line} [data-testid=\"follow-up-open\"]")))
        .await
        .expect("the renewal line has its button");
    open_renewal.send_keys(&Key::Enter).await.expect("Enter can be pressed on the line");
    wait_for_plain_text(&client, "procedure-title", "Domiciliation").await;
    wait_for_plain_text(&client, "procedure-recurrence", "Renouvellement à faire le").await;
    assert_eq!(
        find(&client, "procedure-screen").await.attr("data-id").await.expect("readable"),
        Some(renewal_id.clone()),
        "the procedure opened is the domiciliation to renew"
    );
    save_screenshot(&client, "procedure-renewal-fr.png").await;
    client.close().await.expect("the window closes");
    drop(driver);
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_structure_adds_its_own_procedure_and_hides_one_it_never_uses() {
    let (_data, driver, client) = start_with_demo_data().await;

    // The catalogue is reached from the settings.
    click(&client, "open-security").await;
    click(&client, "open-catalogue-settings").await;
    find(&client, "catalogue-settings").await;
    save_screenshot(&client, "catalogue-fr.png").await;

    // Hiding an entry: the box is unticked once the core has saved it.
    let aah = "[data-testid=\"catalogue-entry\"][data-id=\"caf_aah\"]";
    click(&client, "catalogue-offered-caf_aah").await;
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while !rendered_text_of(&client, aah).await.contains("Masquée") {
        assert!(tokio::time::Instant::now() < deadline, "the AAH entry should read hidden: {:?}", rendered_text_of(&client, aah).await);
        tokio::time::sleep(Duration::from_millis(150)).await;
    }

    // The structure's own entry: without a theme the form says so beside the theme, then it is added.
    click(&client, "catalogue-add-open").await;
    type_into(&client, "catalogue-new-label", "Aide au permis de la Région").await;
    find(&client, "catalogue-new-organisation").await.select_by_value("departement").await.expect("an organisation");
    click(&client, "catalogue-new-document-piece_identite").await;
    type_into(&client, "catalogue-new-delay", "30").await;
    click(&client, "catalogue-add-save").await;
    let missing = find(&client, "field-error").await;
    assert_eq!(
        missing.attr("data-error-code").await.expect("readable").as_deref(),
        Some("ui-procedure-theme-required"),
        "an entry without its theme is refused beside the theme"
    );
    find(&client, "catalogue-new-theme").await.select_by_value("transports_mobilite").await.expect("a theme");
    save_screenshot(&client, "catalogue-add-fr.png").await;
    click(&client, "catalogue-add-save").await;
    let added = wait_for_plain_text(&client, "catalogue-entry", "Aide au permis de la Région").await;
    assert!(added.contains("Conseil départemental"), "the own entry shows who handles it: {added:?}");
    choose_language(&client, "ar").await;
    save_screenshot(&client, "catalogue-ar.png").await;
    choose_language(&client, "fr").await;

    // Starting a procedure for someone: the own entry is offered, the hidden one is not.
    click(&client, "home").await;
    click(&client, "beneficiary-row").await;
    click(&client, "start-procedure").await;
    type_into(&client, "catalogue-search", "permis region").await;
    let chosen = wait_for_plain_text(&client, "chosen-entry", "Aide au permis de la Région").await;
    assert!(!chosen.is_empty(), "the structure's own entry is found by typing");
    save_screenshot(&client, "start-procedure-fr.png").await;
    choose_language(&client, "ar").await;
    save_screenshot(&client, "start-procedure-ar.png").await;
    choose_language(&client, "fr").await;
    type_into(&client, "catalogue-search", "adultes handicapes").await;
    find(&client, "catalogue-no-match").await;
    assert!(texts_of(&client, "catalogue-option").await.is_empty(), "the hidden AAH entry is not offered");
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
/// element below the fold of a long screen before clicking it, and an element scrolled just into
/// sight at the bottom can lie under the toast announcing the previous save.
async fn click_in_view(client: &Client, test_id: &str) {
    scroll_to(client, &by_test_id(test_id)).await;
    click(client, test_id).await;
}

async fn type_in_view(client: &Client, test_id: &str, text: &str) {
    scroll_to(client, &by_test_id(test_id)).await;
    type_into(client, test_id, text).await;
}

/// Scrolls the page until the element `test_id` stands at the top of the window (a section to
/// look at in a screenshot).
async fn scroll_to_top_of(client: &Client, test_id: &str) {
    let script = format!("document.querySelector('{}').scrollIntoView()", by_test_id(test_id));
    client.execute(&script, vec![]).await.expect("the page scrolls");
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
    scroll_to_top_of(&client, "settings-partners").await;
    save_screenshot(&client, "settings-partners-ar.png").await;
    choose_language(&client, "fr").await;
    scroll_to_top_of(&client, "settings-partners").await;
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

/// Names typed into the search field one key at a time, each with a word its first line shows
/// once the name is typed whole (folded: small letters, no accents).
const TYPED_SEARCHES: &[(&str, &str)] =
    &[("dupont", "dupont"), ("le goff", "goff"), ("shevchenko", "shevchenko"), ("martin", "martin")];

/// Records, in the page, when each key is pressed in the search field and when the list is
/// painted after a change (a frame after the change, once the frame's work is done); also, to
/// tell the window's share apart, when the frame after each key press was painted, which shows
/// the typed letter and nothing else: the least any change on screen takes in this window.
/// (The search command itself is timed by the latency example; Tauri does not let a page wrap
/// its `invoke`.)
const SEARCH_PROBE: &str = r#"
    const input = document.querySelector('[data-testid="beneficiary-search"]');
    const region = document.getElementById('beneficiary-results').parentElement;
    const probe = { presses: [], paints: [], echoes: [] };
    window.searchProbe = probe;
    const painted = (record) => requestAnimationFrame(() => setTimeout(record, 0));
    input.addEventListener('keydown', () => {
      const pressed = performance.now();
      probe.presses.push(pressed);
      painted(() => probe.echoes.push(performance.now() - pressed));
    }, true);
    new MutationObserver(() => painted(() => probe.paints.push(performance.now())))
      .observe(region, { childList: true, subtree: true, characterData: true });
"#;

/// Milliseconds from each key press to the first painted change of the list before the next
/// press; presses that changed nothing on screen are left out.
fn press_to_paint(presses: &[f64], paints: &[f64]) -> Vec<f64> {
    presses
        .iter()
        .enumerate()
        .filter_map(|(at, pressed)| {
            let next = presses.get(at + 1).copied().unwrap_or(f64::INFINITY);
            paints.iter().find(|painted| **painted >= *pressed && **painted < next).map(|painted| painted - pressed)
        })
        .collect()
}

/// "p50 … ms, p95 … ms, max … ms over N".
fn percentiles(mut times: Vec<f64>) -> String {
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    format!("p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms over {}", at(0.5), at(0.95), at(1.0), times.len())
}

fn folded_for_comparison(text: &str) -> String {
    text.to_lowercase().replace(['é', 'è', 'ê'], "e").replace('ï', "i")
}

/// Search as you type, timed in the real window from the key press to the painted list. On the
/// demo data by default; `scripts/bench.sh` runs it on its 100,000 people by naming a copy of
/// that store in ESCALE_E2E_SEARCH_DATA (its passphrase in ESCALE_PASSPHRASE).
#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn search_as_you_type_follows_each_key_and_says_how_fast() {
    let (_data, driver, client) = match std::env::var_os("ESCALE_E2E_SEARCH_DATA") {
        None => start_with_demo_data().await,
        Some(folder) => {
            let driver = Driver::start().await;
            let client = driver.open_app_with(Path::new(&folder), &[]).await;
            find(&client, "beneficiary-row").await;
            (tempfile::tempdir().expect("a temporary folder"), driver, client)
        }
    };
    evaluate(&client, SEARCH_PROBE).await;
    let field = find(&client, "beneficiary-search").await;
    let (mut latencies, mut echoes) = (Vec::new(), Vec::new());
    for (typed, expected) in TYPED_SEARCHES {
        field.clear().await.expect("the search field can be cleared");
        tokio::time::sleep(Duration::from_millis(400)).await;
        evaluate(&client, "for (const list of Object.values(window.searchProbe)) list.length = 0;").await;
        for key in typed.chars() {
            field.send_keys(&key.to_string()).await.expect("the search field takes a key");
            // A brisk typist: about three keys a second, each one answered before the next.
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        let first = wait_for_text(&client, "beneficiary-row", "").await;
        assert!(
            folded_for_comparison(&first).contains(expected),
            "typed «{typed}», the first line shows the person searched for: {first:?}"
        );
        let probe = evaluate(&client, "return window.searchProbe;").await;
        let times = |name: &str| -> Vec<f64> {
            probe[name].as_array().map(|all| all.iter().filter_map(|t| t.as_f64()).collect()).unwrap_or_default()
        };
        let (presses, paints) = (times("presses"), times("paints"));
        assert_eq!(presses.len(), typed.chars().count(), "every key of «{typed}» reached the search field");
        let measured = press_to_paint(&presses, &paints);
        assert!(!measured.is_empty(), "the list changed on screen while «{typed}» was typed");
        latencies.extend(measured);
        echoes.extend(times("echoes"));
    }
    assert!(!echoes.is_empty(), "the frames after the key presses were timed too");
    println!(
        "search as you type, key press to painted list: {} (the frame after a key press, with only \
         the letter typed: {})",
        percentiles(latencies),
        percentiles(echoes)
    );
    client.close().await.expect("the window closes");
    drop(driver);
}

/// Where the centre of an element lies across the window, from 0 (left edge) to 1 (right edge).
async fn horizontal_position(client: &Client, test_id: &str) -> f64 {
    let script = format!(
        "const box = document.querySelector('{}').getBoundingClientRect(); \
         return (box.left + box.width / 2) / window.innerWidth;",
        by_test_id(test_id)
    );
    evaluate(client, &script).await.as_f64().unwrap_or_else(|| panic!("{test_id} is on screen"))
}

/// The heading of the start screen, as the page shows it.
async fn list_heading(client: &Client) -> String {
    evaluate(client, "return document.getElementById('list-title').textContent.trim();")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_interface_turns_arabic_then_ukrainian_without_restart_and_keeps_codes_whole() {
    let (_data, driver, client) = start_with_demo_data().await;
    // A mark in the page: a reload or a restart would lose it.
    evaluate(&client, "window.escaleStillTheSamePage = true;").await;
    let french_home = horizontal_position(&client, "home").await;
    assert!(french_home < 0.5, "in French the home button starts the header on the left: {french_home}");

    choose_language(&client, "ar").await;
    let arabic = escale_core::i18n::Localizer::new("ar");
    wait_until(&client, "return document.documentElement.dir === 'rtl'", "the page turns right to left").await;
    assert_eq!(
        evaluate(&client, "return document.documentElement.lang").await.as_str(),
        Some("ar"),
        "the page says it is in Arabic, so speech and fonts follow"
    );
    assert_eq!(list_heading(&client).await, arabic.text("list-title"), "the heading is translated into Arabic");
    let arabic_home = horizontal_position(&client, "home").await;
    assert!(arabic_home > 0.5, "the navigation is mirrored: the home button moves to the right: {arabic_home}");

    // A reference code inside an Arabic sentence: isolated, so it reads 2024-123-B, not B-123-2024.
    let code = "2024-123-B";
    type_into(&client, "beneficiary-search", code).await;
    let sentence = wait_for_text(&client, "beneficiary-empty", code).await;
    let shown = evaluate(&client, "return document.querySelector('[data-testid=\"beneficiary-empty\"]').textContent;").await;
    let shown = shown.as_str().unwrap_or_default();
    assert!(
        shown.contains(&format!("\u{2068}{code}\u{2069}")),
        "the code is wrapped in Unicode isolates inside the Arabic sentence: {shown:?} ({sentence:?})"
    );
    let field_direction =
        evaluate(&client, "return getComputedStyle(document.querySelector('[data-testid=\"beneficiary-search\"]')).direction;").await;
    assert_eq!(field_direction.as_str(), Some("ltr"), "the search field shows a Latin code left to right, even in Arabic");
    save_screenshot(&client, "code-in-arabic-sentence-ar.png").await;
    // Escape empties the search, as a mediator would (WebDriver's clear sends no input event).
    find(&client, "beneficiary-search").await.send_keys("\u{E00C}").await.expect("Escape reaches the search field");
    find(&client, "beneficiary-row").await;
    save_screenshot(&client, "list-ar.png").await;

    choose_language(&client, "ti").await;
    wait_until(&client, "return document.documentElement.dir === 'ltr'", "Tigrinya is written left to right").await;
    assert_eq!(list_heading(&client).await, escale_core::i18n::Localizer::new("ti").text("list-title"), "Tigrinya heading");
    save_screenshot(&client, "list-ti.png").await;

    choose_language(&client, "uk").await;
    let ukrainian = escale_core::i18n::Localizer::new("uk");
    wait_until(&client, "return document.documentElement.lang === 'uk'", "the page turns Ukrainian").await;
    assert_eq!(list_heading(&client).await, ukrainian.text("list-title"), "the heading is translated into Ukrainian");
    assert!(horizontal_position(&client, "home").await < 0.5, "back to a left-to-right header");
    assert_eq!(
        evaluate(&client, "return window.escaleStillTheSamePage === true").await,
        serde_json::Value::Bool(true),
        "the languages changed without a reload or a restart"
    );
    save_screenshot(&client, "list-uk.png").await;
    for (language, screen) in [("uk", "settings"), ("ar", "settings")] {
        choose_language(&client, language).await;
        click(&client, "open-settings").await;
        wait_for_count(&client, "language-status", escale_core::vocabulary::DOCUMENT_LANGUAGES.len()).await;
        // The places and partners above load too: scroll once everything is there.
        tokio::time::sleep(Duration::from_millis(500)).await;
        scroll_to_top_of(&client, "settings-languages").await;
        let review = find(&client, "settings-languages").await.text().await.unwrap_or_default();
        assert!(
            review.contains(&escale_core::i18n::Localizer::new(language).text("languages-review-reference")),
            "the settings say which language is the reference and how far the others were checked: {review:?}"
        );
        save_screenshot(&client, &format!("{screen}-languages-{language}.png")).await;
        click(&client, "home").await;
        find(&client, "beneficiary-row").await;
    }
    // The main screens in each script, to look at: a person's file, the record form, follow-up.
    for language in ["fr", "ar", "ti", "uk"] {
        choose_language(&client, language).await;
        click(&client, "beneficiary-row").await;
        find(&client, "beneficiary-file").await;
        save_screenshot(&client, &format!("file-{language}.png")).await;
        click(&client, "record-activity").await;
        find(&client, "activity-form").await;
        save_screenshot(&client, &format!("record-{language}.png")).await;
        click(&client, "home").await;
        click(&client, "follow-up-count").await;
        find(&client, "follow-up-open").await;
        save_screenshot(&client, &format!("follow-up-{language}.png")).await;
        click(&client, "home").await;
        find(&client, "beneficiary-row").await;
    }
    client.close().await.expect("the window closes");
    drop(driver);
}

const ESCAPE: &str = "\u{E00C}";
const BACKSPACE: &str = "\u{E003}";
const ALT: &str = "\u{E00A}";
const ARROW_LEFT: &str = "\u{E012}";

/// Records, through the core as the command line does (the window has the same store open), a
/// person whose document language is `language`, with next steps and an RSA procedure that waits
/// for documents (one brought) with a call-back day and a deadline. Returns their id.
fn add_person_with_steps(store: &mut escale_core::Store, first: &str, last: &str, language: &str) -> String {
    use escale_core::activity::ActivityInput;
    use escale_core::beneficiary::BeneficiaryInput;
    use escale_core::procedure::{ProcedureInput, StatusChangeInput};
    use escale_core::vocabulary::{DocumentState, ProcedureStatus, Theme};
    let today = escale_core::clock::today();
    let person = store
        .create_beneficiary(&BeneficiaryInput {
            first_name: first.into(),
            last_name: last.into(),
            document_language: language.into(),
            ..BeneficiaryInput::default()
        })
        .expect("a valid person");
    store
        .record_activity(&ActivityInput {
            date: today - chrono::Days::new(2),
            themes: vec![Theme::AdministrativeProcedureHelp],
            next_steps: "Apporter le dernier avis d’imposition et un RIB.".into(),
            ..ActivityInput::individual(&person.id)
        })
        .expect("a valid accompaniment");
    let rsa = store
        .create_procedure(&ProcedureInput {
            reference: "2027-123-B".into(),
            deadline: Some(today + chrono::Days::new(21)),
            call_back_on: Some(today + chrono::Days::new(6)),
            ..ProcedureInput::new(&person.id, "caf_rsa")
        })
        .expect("a valid procedure");
    store
        .set_procedure_status(&rsa.id, &StatusChangeInput::to(ProcedureStatus::WaitingForDocuments))
        .expect("waiting for documents may follow to do");
    store.set_procedure_document(&rsa.id, "piece_identite", DocumentState::Brought).expect("on the checklist");
    person.id
}

/// Opens the file of the person found by typing `typed` in the list's search.
async fn open_file_of(client: &Client, typed: &str, name: &str) {
    click(client, "home").await;
    type_into(client, "beneficiary-search", typed).await;
    wait_for_text(client, "beneficiary-row", name).await;
    click_the_one_with(client, "beneficiary-row", name).await;
    find(client, "beneficiary-file").await;
}

/// The page's rendered text, as a person in front of the screen reads it.
async fn page_text(client: &Client) -> String {
    evaluate(client, "return document.body.innerText").await.as_str().unwrap_or_default().to_string()
}

/// Gives the screen back with the mediator's PIN and waits for the person's file.
async fn give_back_with_pin(client: &Client, pin: &str) {
    click(client, "person-view-back").await;
    type_into(client, "person-view-secret", pin).await;
    click(client, "person-view-back-submit").await;
    find(client, "beneficiary-file").await;
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_screen_turned_toward_a_person_shows_only_her_own_steps_and_only_the_mediator_brings_it_back() {
    let (data, driver, client) = start_with_demo_data().await;
    choose_language(&client, "fr").await;

    // Three people recorded beside the window (the CLI and the window share a store): a
    // Tigrinya-speaking woman, an Arabic-speaking one, a French-speaking one.
    let mut store = unlock_written_store(data.path());
    let others: Vec<String> = store
        .search_beneficiaries("", 1000)
        .expect("the demo people")
        .into_iter()
        .filter(|person| !person.anonymous)
        .flat_map(|person| {
            let mut names = vec![format!("{} {}", person.first_name, person.last_name)];
            names.extend([person.last_name, person.latin_last_name].into_iter().filter(|name| name.chars().count() >= 4));
            names
        })
        .collect();
    assert!(others.len() > 100, "the demo data has many named people: {}", others.len());
    add_person_with_steps(&mut store, "Letay", "Gebremedhin", "ti");
    add_person_with_steps(&mut store, "Amina", "Haddad", "ar");
    add_person_with_steps(&mut store, "Jeanne", "Lambertin", "fr");
    drop(store);

    // The demo store is protected by the keyring and has no PIN: turning the screen asks for
    // one first, since nothing else would bring it back.
    open_file_of(&client, "letay", "Letay").await;
    let button = find(&client, "turn-screen").await;
    let title = button.attr("title").await.expect("readable").unwrap_or_default();
    assert!(title.contains("Ctrl+Maj+P"), "the button's title lists its shortcut: {title:?}");
    click(&client, "turn-screen").await;
    find(&client, "turn-screen-pin").await;
    type_into(&client, "turn-screen-new-pin", "2468").await;
    type_into(&client, "turn-screen-new-pin-repeat", "2468").await;
    click(&client, "turn-screen-pin-save").await;

    // Her view, in Tigrinya, with nothing of anyone else anywhere in the page.
    find(&client, "person-view").await;
    wait_until(&client, "return document.documentElement.lang === 'ti'", "the window in Tigrinya").await;
    wait_for_rendered_text(&client, "person-view-steps", "RIB").await;
    let page = page_text(&client).await;
    assert!(page.contains("Letay"), "she is greeted by her name: {page:?}");
    assert!(page.contains("ዝቕጽሉ ስጉምትታትኩም"), "the title is in Tigrinya: {page:?}");
    let leaked: Vec<&String> = others.iter().filter(|name| page.contains(name.as_str())).collect();
    assert!(leaked.is_empty(), "no other person's name is in the page: {leaked:?}\n{page}");
    for absent in ["home", "back", "beneficiary-search", "lock-now", "open-settings", "language-select"] {
        assert!(client.find(Locator::Css(&by_test_id(absent))).await.is_err(), "no {absent} leads away from her view");
    }
    let missing = wait_for_rendered_text(&client, "person-view-missing-documents", "").await;
    assert!(!missing.is_empty(), "the documents still missing are listed: {missing:?}");
    let voices = evaluate(&client, "return speechSynthesis.getVoices().map(v => `${v.lang} ${v.name}${v.localService ? '' : ' (remote)'}`)").await;
    println!("web view voices: {voices}");
    let no_voice = find(&client, "read-aloud-steps").await;
    wait_until(
        &client,
        "return document.querySelector('[data-testid=\"read-aloud-steps\"]').dataset.voice !== 'pending'",
        "the voice for Tigrinya looked for",
    )
    .await;
    let voice = no_voice.attr("data-voice").await.expect("readable").unwrap_or_default();
    let said = no_voice.text().await.expect("readable");
    println!("Tigrinya read-aloud: {voice} ({said})");
    if voice == "none" {
        assert!(said.contains("ትግርኛ"), "without a Tigrinya voice, the button says so plainly, naming the language: {said:?}");
    }
    save_screenshot(&client, "person-view-ti.png").await;

    // Nothing leaves the view: Escape, Backspace, Alt+Left, the app's shortcuts, history, a reload.
    let target = find(&client, "person-view-back").await;
    for keys in [
        ESCAPE.to_string(),
        BACKSPACE.to_string(),
        format!("{ALT}{ARROW_LEFT}{RELEASE}"),
        format!("{CONTROL}l{RELEASE}"),
        format!("{CONTROL}k{RELEASE}"),
        format!("{CONTROL}n{RELEASE}"),
        format!("{CONTROL}u{RELEASE}"),
        format!("{CONTROL}{SHIFT}n{RELEASE}"),
        "/".to_string(),
    ] {
        target.send_keys(&keys).await.expect("the page takes keys");
        tokio::time::sleep(Duration::from_millis(150)).await;
        assert!(client.find(Locator::Css(&by_test_id("person-view"))).await.is_ok(), "{keys:?} does not leave the view");
    }
    // The page may be gone before the script answers: only what follows counts.
    let _ = client.execute("history.back()", vec![]).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    find(&client, "person-view").await;
    let _ = client.execute("location.reload()", vec![]).await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    wait_for_rendered_text(&client, "person-view-title", "Letay").await;
    assert!(client.find(Locator::Css(&by_test_id("beneficiary-search"))).await.is_err(), "a reload shows her view again");

    // A script in the page cannot ask the Rust side for anyone else, nor leave the view.
    let refused = client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.__TAURI_INTERNALS__.invoke('search_beneficiaries', { query: '', limit: 5 }) \
               .then(() => done('answered'), (error) => done(error.code ?? String(error)));",
            vec![],
        )
        .await
        .expect("the script runs");
    assert_eq!(refused.as_str(), Some("store-locked"), "the Rust side refuses other commands during the view: {refused}");

    // The way back asks the mediator's PIN, in the mediator's language; a wrong one keeps the view.
    click(&client, "person-view-back").await;
    let form = wait_for_rendered_text(&client, "person-view-back-form", "médiateur").await;
    assert!(form.contains("Code PIN"), "the mediator reads the way back in French: {form:?}");
    type_into(&client, "person-view-secret", "1111").await;
    click(&client, "person-view-back-submit").await;
    let error = wait_for_text(&client, "person-view-back-error", "4").await;
    assert!(!error.is_empty(), "a wrong PIN says how many tries are left: {error:?}");
    find(&client, "person-view").await;
    assert!(client.find(Locator::Css(&by_test_id("beneficiary-file"))).await.is_err(), "a wrong PIN keeps the view");
    save_screenshot(&client, "person-view-ti-wrong-pin.png").await;
    type_into(&client, "person-view-secret", "2468").await;
    click(&client, "person-view-back-submit").await;
    // The page was loaded again during the view: the mediator's screens start from the list.
    find(&client, "beneficiary-search").await;
    find(&client, "home").await;
    wait_until(&client, "return document.documentElement.lang === 'fr'", "the window back in French").await;

    // An Arabic-speaking person's view: mirrored, read aloud by the local engine.
    open_file_of(&client, "amina haddad", "Amina").await;
    click(&client, "turn-screen").await;
    find(&client, "person-view").await;
    wait_until(&client, "return document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'", "the window in Arabic").await;
    wait_for_rendered_text(&client, "person-view-title", "Amina").await;
    wait_until(
        &client,
        "return document.querySelector('[data-testid=\"read-aloud-steps\"]').dataset.voice !== 'pending'",
        "the voice for Arabic looked for",
    )
    .await;
    let arabic_voice = find(&client, "read-aloud-steps").await.attr("data-voice").await.expect("readable").unwrap_or_default();
    println!("Arabic read-aloud: {arabic_voice}");
    assert_ne!(arabic_voice, "none", "espeak-ng has an Arabic voice: the button reads aloud");
    click(&client, "read-aloud-steps").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        client.find(Locator::Css(&by_test_id("reading-failed-steps"))).await.is_err(),
        "reading aloud in Arabic did not fail"
    );
    let page = page_text(&client).await;
    let leaked: Vec<&String> = others.iter().filter(|name| page.contains(name.as_str())).collect();
    assert!(leaked.is_empty(), "no other person's name in her view either: {leaked:?}");
    let dates = client
        .execute("return document.querySelector('[data-testid=\"person-view-dates\"]').textContent", vec![])
        .await
        .expect("the dates block is readable");
    let dates = dates.as_str().unwrap_or_default().to_owned();
    // "CAF — …" put in an Arabic sentence: the isolate Fluent puts around it takes the direction
    // of its first letter, so the label must start with a right-to-left mark or its Arabic and
    // Latin parts come out in reverse order.
    assert!(dates.contains("\u{2068}\u{200f}CAF"), "the procedure's Arabic label keeps its direction in the sentence: {dates:?}");
    assert!(
        dates.chars().any(|c| c.is_ascii_digit()) && !dates.chars().any(|c| ('\u{0660}'..='\u{0669}').contains(&c)),
        "Arabic dates in Latin digits, as the CLI and the papers write them, never mixed: {dates:?}"
    );
    save_screenshot(&client, "person-view-ar.png").await;
    give_back_with_pin(&client, "2468").await;
    wait_until(&client, "return document.documentElement.dir === 'ltr'", "the window back left to right").await;

    // A French-speaking person's view, turned with the keyboard shortcut the button lists.
    open_file_of(&client, "jeanne lambertin", "Jeanne").await;
    find(&client, "record-activity").await.send_keys(&format!("{CONTROL}{SHIFT}p{RELEASE}")).await.expect("the file takes keys");
    let title = wait_for_rendered_text(&client, "person-view-title", "voici vos prochaines étapes").await;
    assert!(title.contains("Jeanne"), "in French, greeted by her name: {title:?}");
    wait_for_rendered_text(&client, "person-view-procedures", "Il manque").await;
    save_screenshot(&client, "person-view-fr.png").await;
    give_back_with_pin(&client, "2468").await;

    client.close().await.expect("the window closes");
    drop(driver);
}

/// A key figure of the statistics screen, as its element states it (the number unformatted).
async fn shown_figure(client: &Client, name: &str) -> u64 {
    let script = format!("return document.querySelector('[data-testid=stats-total-{name}]').dataset.value");
    let value = client.execute(&script, vec![]).await.expect("the page answers");
    value.as_str().and_then(|text| text.parse::<u64>().ok()).unwrap_or_else(|| panic!("{name} is shown: {value}"))
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn the_statistics_of_this_year_show_the_core_s_figures_with_charts_and_tables() {
    let (data, driver, client) = start_with_demo_data().await;
    click(&client, "open-statistics").await;
    find(&client, "statistics-screen").await;
    // The screen opens on this month's figures; the year is asked for once they are shown, so
    // that the answer awaited below can only be the year's.
    wait_until(
        &client,
        "return (document.querySelector('[data-testid=stats-subtitle]')?.textContent.trim() ?? '') !== ''",
        "this month's figures are shown",
    )
    .await;
    click(&client, "stats-period-this-year").await;
    wait_until(
        &client,
        "return document.querySelector('[data-testid=stats-subtitle]')?.textContent.includes('janvier')",
        "the period turns to the year, from the first of January",
    )
    .await;
    let accompaniments = shown_figure(&client, "accompaniments").await;
    let people = shown_figure(&client, "people").await;
    assert!(accompaniments > 0, "the demo data has accompaniments this year");
    let rows_of = |test_id: &str| format!("return document.querySelectorAll('[data-testid={test_id}] tbody tr').length");
    let month_rows = evaluate(&client, &rows_of("stats-month-table")).await.as_u64().expect("a count");
    assert_eq!(month_rows, 12, "the months chart has its table beside it, one row per month");
    let theme_rows = evaluate(&client, &rows_of("stats-digital-themes")).await.as_u64().expect("a count");
    let digital_themes = escale_core::vocabulary::Theme::ALL.iter().filter(|theme| !theme.is_administrative()).count();
    assert_eq!(theme_rows, digital_themes as u64, "every digital theme has its row, zero or not");
    save_screenshot(&client, "statistics-fr.png").await;
    scroll_to(&client, "[data-testid=stats-age-bands]").await;
    save_screenshot(&client, "statistics-breakdowns-fr.png").await;

    choose_language(&client, "ar").await;
    find(&client, "statistics-screen").await;
    scroll_to_top_of(&client, "statistics-screen").await;
    save_screenshot(&client, "statistics-ar.png").await;
    client.close().await.expect("the window closes");
    drop(driver);

    // The window showed what the core computes on the same store for the same period.
    let store = unlock_written_store(data.path());
    let today = escale_core::clock::today();
    let year = escale_core::stats::StatisticsQuery {
        from: chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&today), 1, 1).expect("the first of January"),
        to: today,
        place_id: None,
    };
    let figures = store.statistics(&year).expect("the core's statistics");
    assert_eq!(accompaniments, figures.totals.accompaniments, "the window shows the core's total of accompaniments");
    assert_eq!(people, figures.totals.people, "the window shows the core's number of people");
}

/// A named demo person with a birth year and one-word Latin names, read from the window's own
/// list command: the line of the file that repeats them must be a likely duplicate.
async fn a_demo_person_with_a_birth_year(client: &Client) -> (String, String, i64) {
    let script = "const done = arguments[arguments.length - 1];
        window.__TAURI_INTERNALS__.invoke('search_beneficiaries', { query: '', limit: 200 })
          .then(done, () => done(null));";
    let people = client.execute_async(script, vec![]).await.expect("the window answers");
    let plain = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_alphabetic() && c.is_ascii());
    people
        .as_array()
        .expect("the list command gives people")
        .iter()
        .find_map(|person| {
            let first = person["firstName"].as_str()?;
            let last = person["lastName"].as_str()?;
            let year = person["birthYear"].as_i64()?;
            (person["anonymous"] == false && plain(first) && plain(last)).then(|| (first.to_string(), last.to_string(), year))
        })
        .expect("the demo data has a person with a birth year and plain Latin names")
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn people_are_imported_from_a_csv_file_after_a_preview_with_the_duplicate_left_out() {
    let (data, driver, client) = start_with_demo_data().await;
    let (demo_first, demo_last, demo_year) = a_demo_person_with_a_birth_year(&client).await;
    // A mediator's own spreadsheet, saved as CSV by a French spreadsheet: ';' and a title line.
    let folder = tempfile::tempdir().expect("a folder standing for a USB key");
    let file = folder.path().join("inscrits-atelier.csv");
    let csv = format!(
        "Liste des inscrits\n\
         Nom;Prénom;Année de naissance;Ville;Téléphone\n\
         Zorglub;Aminata;1985;Guéret;0612345678\n\
         Quenouille;Chidi;1990;;\n\
         Vantablack;Olena;1978;Limoges;\n\
         {demo_last};{demo_first};{demo_year};;\n\
         Mauvaiseligne;Basile;soixante-dix;;\n"
    );
    std::fs::write(&file, csv).expect("the CSV file is written");

    click(&client, "import-people").await;
    find(&client, "import-screen").await;
    type_into(&client, "import-path", &file.display().to_string()).await;
    click(&client, "import-read").await;
    find(&client, "import-preview").await;
    let count = |name: &'static str| {
        let client = &client;
        async move {
            let script = format!("return document.querySelector('[data-testid={name}]')?.dataset.value ?? null");
            evaluate(client, &script).await.as_str().and_then(|text| text.parse::<u64>().ok())
        }
    };
    assert_eq!(count("import-count-accepted").await, Some(4), "three new people and the likely duplicate are taken");
    assert_eq!(count("import-count-duplicates").await, Some(1), "the demo person's line is a likely duplicate");
    assert_eq!(count("import-count-rejected").await, Some(1), "the line with a birth year in words is refused");
    let guessed = value_of(&client, "import-column-commune").await;
    assert_eq!(guessed, "3", "the \"Ville\" header is guessed as the commune (column D)");
    assert_eq!(value_of(&client, "import-header-line").await, "2", "the title line is not taken for the column titles");
    // The mediator tries line 1 (the list's title): no field is recognised there, so the screen
    // asks for the names' column; line 9 is beyond the file and is refused beside the field;
    // back on line 2, the columns are guessed again.
    type_into(&client, "import-header-line", &format!("1{TAB}")).await;
    find(&client, "import-names-missing").await;
    type_into(&client, "import-header-line", &format!("9{TAB}")).await;
    wait_for_plain_text(&client, "field-error", "ligne 9").await;
    type_into(&client, "import-header-line", &format!("2{TAB}")).await;
    wait_for_count(&client, "field-error", 0).await;
    find(&client, "import-preview").await;
    assert_eq!(value_of(&client, "import-column-commune").await, "3", "line 2's \"Ville\" is the commune again");
    assert_eq!(count("import-count-accepted").await, Some(4), "the same four lines are taken again");
    wait_for_plain_text(&client, "import-duplicate", &demo_last).await;
    let rejected = wait_for_plain_text(&client, "import-rejected", "Année de naissance").await;
    assert!(rejected.contains('7'), "the refused line is shown with its line number (7): {rejected:?}");
    save_screenshot(&client, "import-preview-fr.png").await;
    scroll_to(&client, "[data-testid=import-preview]").await;
    save_screenshot(&client, "import-preview-lists-fr.png").await;

    // The report of refused lines, saved into the folder chosen, names no one.
    type_into(&client, "import-report-folder", &folder.path().display().to_string()).await;
    click(&client, "import-save-report").await;
    wait_for_plain_text(&client, "import-report-saved", "escale-import-rapport-").await;
    let report = std::fs::read_dir(folder.path())
        .expect("the folder lists")
        .map(|entry| entry.expect("an entry").path())
        .find(|path| path.file_name().is_some_and(|name| name.to_string_lossy().starts_with("escale-import-rapport-")))
        .expect("the report is in the folder chosen");
    let report = std::fs::read_to_string(report).expect("the report reads as text");
    assert!(
        report.lines().any(|row| row.starts_with("7;") && row.contains("Ligne refusée")),
        "line 7 is refused in the report: {report}"
    );
    assert!(!report.contains("Mauvaiseligne") && !report.contains(&demo_last), "the report holds no one's name: {report}");

    choose_language(&client, "ar").await;
    find(&client, "import-preview").await;
    scroll_to_top_of(&client, "import-screen").await;
    save_screenshot(&client, "import-preview-ar.png").await;
    scroll_to(&client, "[data-testid=import-preview]").await;
    save_screenshot(&client, "import-preview-lists-ar.png").await;
    choose_language(&client, "fr").await;

    let before_import = escale_core::clock::now_timestamp();
    click(&client, "import-skip-duplicates").await;
    wait_for_plain_text(&client, "import-run", "Importer 3 personnes").await;
    click(&client, "import-run").await;
    let done = wait_for_plain_text(&client, "import-done", "3 personnes importées").await;
    assert!(done.contains("1 doublon probable laissé de côté"), "the outcome says the duplicate was left out: {done:?}");
    save_screenshot(&client, "import-done-fr.png").await;
    click(&client, "import-back-to-list").await;
    find(&client, "beneficiary-search").await;
    client.close().await.expect("the window closes");
    drop(driver);

    // Exactly the three new people were written; the duplicate and the refused line were not.
    let store = unlock_written_store(data.path());
    let everyone = store.search_beneficiaries("", 1000).expect("everyone is listed");
    let mut imported: Vec<String> = everyone
        .iter()
        .map(|summary| store.beneficiary(&summary.id).expect("a listed person reads"))
        .filter(|person| person.created_at >= before_import)
        .map(|person| format!("{} {} {:?} {}", person.first_name, person.last_name, person.birth_year, person.commune.name))
        .collect();
    imported.sort();
    assert_eq!(
        imported,
        [
            "Aminata Zorglub Some(1985) Guéret",
            "Chidi Quenouille Some(1990) ",
            "Olena Vantablack Some(1978) Limoges",
        ],
        "the three good lines, with their communes found by name, and no one else"
    );
    let namesakes = everyone.iter().filter(|summary| summary.first_name == demo_first && summary.last_name == demo_last).count();
    assert_eq!(namesakes, 1, "the demo person was not imported a second time");
    assert!(store.search_beneficiaries("Mauvaiseligne", 5).expect("search").is_empty(), "the refused line wrote no one");
}

/// The first and last days of the month before the laptop's current one.
fn last_month() -> (chrono::NaiveDate, chrono::NaiveDate) {
    use chrono::Datelike;
    let today = escale_core::clock::today();
    let first_of_this_month = today.with_day(1).expect("the first of the month");
    let last = first_of_this_month.pred_opt().expect("a day before");
    (last.with_day(1).expect("the first of last month"), last)
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run scripts/test.sh"]
async fn last_month_s_accompaniments_are_exported_from_the_window_and_read_back() {
    use calamine::{Data, Reader, Xlsx, open_workbook};

    let (data, driver, client) = start_with_demo_data().await;
    click(&client, "open-exports").await;
    find(&client, "exports-screen").await;
    save_screenshot(&client, "exports-fr.png").await;
    // Last month and XLSX are what the screen offers first: the mediator's monthly report.
    let last_month_chosen = client
        .execute("return document.querySelector('[data-testid=\"export-period-last-month\"]').checked", vec![])
        .await
        .expect("the page answers");
    assert_eq!(last_month_chosen.as_bool(), Some(true), "last month is offered first");
    let usb_key = tempfile::tempdir().expect("a folder standing for a USB key");
    type_into(&client, "exports-folder", &usb_key.path().display().to_string()).await;
    click(&client, "export-now").await;
    let done = wait_for_rendered_text(&client, "export-done", "coop-numerique_accompagnements_").await;
    save_screenshot(&client, "exports-done-fr.png").await;
    let files: Vec<String> = std::fs::read_dir(usb_key.path())
        .expect("the folder is readable")
        .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), 1, "exactly one file, no temporary leftover: {files:?}");
    assert!(done.contains(&files[0]), "the window names the file it wrote: {done:?} vs {files:?}");
    assert!(
        files[0].starts_with("coop-numerique_accompagnements_") && files[0].ends_with(".xlsx"),
        "the platform's file name: {files:?}"
    );

    let mut workbook: Xlsx<_> = open_workbook(usb_key.path().join(&files[0])).expect("the file opens as XLSX");
    let sheet = workbook.worksheet_range("Activités").expect("the platform's sheet");
    assert_eq!(sheet.get_value((10, 0)), Some(&Data::String("Date".into())), "the national header under the blocks");
    assert_eq!(sheet.get_value((10, 28)), Some(&Data::String("ID CRA".into())), "the national header's last column");
    let rows = sheet.end().map_or(0, |(row, _)| row) - 10;
    let (first, last) = last_month();
    let days: Vec<chrono::NaiveDate> = (11..=10 + rows)
        .map(|row| match sheet.get_value((row, 0)) {
            Some(Data::DateTime(serial)) => {
                chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("a day") + chrono::Days::new(serial.as_f64() as u64)
            }
            other => panic!("row {row}: the day is a spreadsheet date, is {other:?}"),
        })
        .collect();
    assert!(!days.is_empty(), "the demo data has accompaniments last month");
    assert!(days.iter().all(|day| (first..=last).contains(day)), "every row is of last month ({first} to {last}): {days:?}");
    // "Fichier enregistré avec 1 234 lignes : coop-numerique_…": the count, digits only.
    let told: String = done.split(':').next().unwrap_or("").chars().filter(char::is_ascii_digit).collect();
    assert_eq!(told, rows.to_string(), "the window says how many lines: {done:?}");

    choose_language(&client, "ar").await;
    save_screenshot(&client, "exports-ar.png").await;
    scroll_to_top_of(&client, "export-done").await;
    save_screenshot(&client, "exports-done-ar.png").await;
    back_to_french(&client).await;
    client.close().await.expect("the window closes");
    drop(driver);

    let store = unlock_written_store(data.path());
    let filter = escale_core::activity::export::ExportFilter { from: Some(first), to: Some(last), place_id: None };
    let expected = store.activity_export_row_count(&filter).expect("the store counts the rows");
    assert_eq!(u64::from(rows), expected, "one row per accompaniment of last month in the store");
}
