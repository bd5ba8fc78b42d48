//! The desktop commands as the window calls them (through Tauri's IPC), on Tauri's mock
//! runtime: no display needed. Checks the shapes the UI relies on: results, and errors as codes.

use escale_core::DataDir;
use escale_desktop::state::AppState;
use serde_json::{Value, json};
use tauri::test::{INVOKE_KEY, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;

struct Window {
    webview: tauri::WebviewWindow<tauri::test::MockRuntime>,
    _app: tauri::App<tauri::test::MockRuntime>,
}

impl Window {
    fn open(state: AppState) -> Window {
        let app = escale_desktop::configure(mock_builder(), state)
            .build(mock_context(noop_assets()))
            .expect("the app builds on the mock runtime");
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("a mock window opens");
        Window { webview, _app: app }
    }

    /// Calls a command; Ok(result) or Err(the error object the UI receives).
    fn call(&self, command: &str, arguments: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: command.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            url: "tauri://localhost".parse().expect("a valid URL"),
            body: tauri::ipc::InvokeBody::Json(arguments),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.webview, request)
            .map(|body| body.deserialize::<Value>().expect("command results are JSON"))
    }
}

const PASSPHRASE: &str = "une phrase secrète de test";

fn beneficiary_input(first_name: &str, birth_year: Option<i32>) -> Value {
    json!({
        "anonymous": false, "firstName": first_name, "lastName": "Benali", "latinFirstName": "", "latinLastName": "",
        "birthYear": birth_year,
        "gender": "feminin", "socialStatus": "retraite",
        "commune": { "name": "Guéret", "postalCode": "23000", "inseeCode": "23096" },
        "phone": "", "email": "", "languages": ["ar", "fr"], "documentLanguage": "ar", "notes": ""
    })
}

#[test]
fn first_start_creates_the_store_then_records_and_finds() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));

    let status = window.call("app_status", json!({})).expect("status never fails");
    assert_eq!(status["phase"], "needs-setup", "an empty folder asks for setup: {status}");
    assert_eq!(status["keyringAvailable"], false, "no keyring was given to this state");

    let refused = window
        .call("set_up_store", json!({ "request": { "passphrase": null, "withDemoData": false } }))
        .expect_err("without a keyring, a passphrase is required");
    assert_eq!(refused["code"], "passphrase-required", "errors reach the UI as codes: {refused}");

    let status = window
        .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "withDemoData": false } }))
        .expect("setup with a passphrase works");
    assert_eq!(status["phase"], "ready", "the store is open after setup: {status}");
    assert_eq!(status["protection"], "passphrase");

    let invalid = window
        .call("create_beneficiary", json!({ "input": beneficiary_input("Fatima", Some(1850)) }))
        .expect_err("a birth year before 1900 is refused");
    assert_eq!(invalid["code"], "birth-year-out-of-range", "the stable code: {invalid}");
    assert_eq!(invalid["field"], "birthYear", "the UI can show the message beside the field: {invalid}");
    assert_eq!(invalid["arguments"]["year"], "1850", "arguments for the translated message: {invalid}");

    let created = window
        .call("create_beneficiary", json!({ "input": beneficiary_input("Fatima", Some(1950)) }))
        .expect("a valid person is created");
    let id = created["id"].as_str().expect("an id comes back").to_string();
    assert_eq!(created["ageBand"], "soixante_dix_plus", "the age band is derived by the core");

    let activity = json!({
        "kind": "individuel", "date": "2026-01-15", "durationMinutes": 45, "placeType": "a_distance",
        "placeId": null, "commune": { "name": "", "postalCode": "", "inseeCode": "" },
        "themes": ["aide_aux_demarches_administratives", "social_sante"], "equipment": ["telephone"],
        "autonomy": "partiellement_autonome", "workshopTitle": "", "workshopLevel": null,
        "orientation": null, "procedureName": "Complémentaire santé solidaire", "notes": "",
        "nextSteps": "Apporter l’avis d’imposition", "participants": [id], "anonymousParticipants": null
    });
    let recorded = window.call("record_activity", json!({ "input": activity })).expect("a valid accompaniment is saved");
    assert_eq!(recorded["participants"][0]["firstAccompaniment"], true, "her first accompaniment: {recorded}");

    let found = window.call("search_beneficiaries", json!({ "query": "fatima", "limit": 10 })).expect("search works");
    assert_eq!(found.as_array().map(Vec::len), Some(1), "the person is found by her first name: {found}");
    assert_eq!(found[0]["activityCount"], 1, "the list shows how many accompaniments she had");

    let activities = window.call("activities_of_beneficiary", json!({ "id": id })).expect("her file loads");
    assert_eq!(activities[0]["durationMinutes"], 45, "the file lists the saved accompaniment: {activities}");

    let communes = window.call("search_communes", json!({ "typed": "gueret" })).expect("commune search works");
    assert_eq!(communes[0]["inseeCode"], "23096", "Guéret is found without its accent: {communes}");
}

#[test]
fn a_passphrase_store_starts_locked_and_unlocks_with_the_right_passphrase_only() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    {
        let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));
        window
            .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "withDemoData": true } }))
            .expect("setup with demo data works");
    }
    let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));
    let status = window.call("app_status", json!({})).expect("status never fails");
    assert_eq!(status["phase"], "locked", "a passphrase store waits for its passphrase: {status}");

    let locked = window.call("search_beneficiaries", json!({ "query": "", "limit": 5 })).expect_err("locked");
    assert_eq!(locked["code"], "store-locked", "no data is served before unlocking: {locked}");

    let wrong = window.call("unlock_store", json!({ "passphrase": "pas la bonne phrase" })).expect_err("wrong passphrase");
    assert_eq!(wrong["code"], "wrong-passphrase", "a wrong passphrase is told apart: {wrong}");

    let status = window.call("unlock_store", json!({ "passphrase": PASSPHRASE })).expect("the right passphrase opens it");
    assert_eq!(status["phase"], "ready");
    let people = window.call("search_beneficiaries", json!({ "query": "", "limit": 500 })).expect("unlocked");
    assert!(
        people.as_array().map(Vec::len).unwrap_or(0) >= 100,
        "the demo data loaded at setup is there after unlocking: {} people",
        people.as_array().map(Vec::len).unwrap_or(0)
    );
}

#[test]
fn the_window_locks_refuses_data_and_unlocks_with_the_pin() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));
    let status = window
        .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "pin": "2468", "withDemoData": false } }))
        .expect("setup with a PIN");
    assert_eq!(status["lock"]["pinSet"], true, "the PIN chosen at setup is kept: {status}");

    let locked = window.call("lock_screen", json!({})).expect("locking never fails");
    assert_eq!(locked["phase"], "screen-locked", "the window says it is locked: {locked}");
    let refused = window.call("search_beneficiaries", json!({ "query": "", "limit": 5 })).expect_err("locked");
    assert_eq!(refused["code"], "store-locked", "no data is served while locked: {refused}");

    let wrong = window.call("unlock_screen_with_pin", json!({ "pin": "1111" })).expect("a wrong PIN is an answer");
    assert_eq!(wrong["outcome"], "wrong", "{wrong}");
    assert_eq!(wrong["attemptsLeft"], 4, "the lock screen can say how many tries are left: {wrong}");
    let right = window.call("unlock_screen_with_pin", json!({ "pin": "2468" })).expect("checked");
    assert_eq!(right["outcome"], "accepted", "{right}");
    let status = window.call("app_status", json!({})).expect("status");
    assert_eq!(status["phase"], "ready", "the right PIN unlocks: {status}");
    window.call("search_beneficiaries", json!({ "query": "", "limit": 5 })).expect("data is served again");
}

#[test]
fn lost_key_settings_lead_the_window_to_recovery_never_to_setup() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let recovery_key = {
        let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));
        window
            .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "pin": null, "withDemoData": false } }))
            .expect("setup");
        let sheet = window.call("recovery_sheet", json!({})).expect("the sheet of the new store");
        let groups: Vec<String> = sheet["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .map(|group| group.as_str().expect("text").to_string())
            .collect();
        assert_eq!(groups.len(), 14, "the recovery key in 14 groups: {sheet}");
        groups.join(" ")
    };
    for name in ["key-settings.json", "key-settings.mirror.json"] {
        std::fs::remove_file(folder.path().join(name)).expect("removable");
    }
    let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));
    let status = window.call("app_status", json!({})).expect("status");
    assert_eq!(status["phase"], "needs-recovery", "a database without settings needs its recovery key: {status}");
    assert_eq!(status["unlockError"]["code"], "key-settings-missing", "and the window says why: {status}");
    let refused = window
        .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "pin": null, "withDemoData": false } }))
        .expect_err("no new store over existing data");
    assert_eq!(refused["code"], "already-initialised", "{refused}");
    let status = window
        .call("recover_store", json!({ "recoveryKey": recovery_key, "passphrase": "une nouvelle phrase secrète" }))
        .expect("the recovery key opens the data");
    assert_eq!(status["phase"], "ready", "{status}");
    assert_eq!(status["protection"], "passphrase", "protected anew by the passphrase given: {status}");
}
