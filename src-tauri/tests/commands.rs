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
fn the_screen_turned_toward_a_person_refuses_everything_else_until_the_mediator_s_pin() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));
    window
        .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "pin": "2468", "withDemoData": false } }))
        .expect("setup with a PIN");
    let fatima = window.call("create_beneficiary", json!({ "input": beneficiary_input("Fatima", None) })).expect("created");
    let other = window.call("create_beneficiary", json!({ "input": beneficiary_input("Samira", None) })).expect("created");

    let view = window.call("person_view", json!({ "id": fatima["id"] })).expect("the screen turns toward Fatima");
    assert_eq!(view["language"], "ar", "the view is in her document language: {view}");
    assert_eq!(view["rightToLeft"], true, "Arabic is written right to left: {view}");
    assert_eq!(view["firstName"], "Fatima", "she is greeted by her name: {view}");
    assert!(!view.to_string().contains(other["id"].as_str().expect("an id")), "nothing of anyone else: {view}");
    let status = window.call("app_status", json!({})).expect("status");
    assert_eq!(status["phase"], "person-view", "the window knows the screen is turned (a reloaded page shows the view again): {status}");

    // Nothing else runs: no search, no other file, no other person's view, no lock, no leaving.
    for (command, arguments) in [
        ("search_beneficiaries", json!({ "query": "", "limit": 5 })),
        ("get_beneficiary", json!({ "id": other["id"] })),
        ("person_view", json!({ "id": other["id"] })),
        ("follow_up", json!({ "perGroup": 100 })),
        ("lock_screen", json!({})),
        ("leave_store", json!({})),
        ("set_unlock_pin", json!({ "pin": "0000" })),
    ] {
        let refused = window.call(command, arguments).expect_err("refused while the screen is turned");
        assert_eq!(refused["code"], "store-locked", "{command} is refused during the person's view: {refused}");
    }
    let again = window.call("person_view", json!({ "id": null })).expect("the view's own command still answers");
    assert_eq!(again["firstName"], "Fatima", "without an id, the person shown now: {again}");

    let wrong = window.call("unlock_screen_with_pin", json!({ "pin": "1111" })).expect("a wrong PIN is an answer");
    assert_eq!(wrong["outcome"], "wrong", "{wrong}");
    let status = window.call("app_status", json!({})).expect("status");
    assert_eq!(status["phase"], "person-view", "a wrong PIN keeps the view: {status}");
    let refused = window.call("unlock_screen_with_secret", json!({ "secret": "pas la bonne phrase" })).expect_err("wrong passphrase");
    assert_eq!(refused["code"], "wrong-passphrase", "nor does a wrong passphrase leave it: {refused}");

    let right = window.call("unlock_screen_with_pin", json!({ "pin": "2468" })).expect("checked");
    assert_eq!(right["outcome"], "accepted", "{right}");
    let status = window.call("app_status", json!({})).expect("status");
    assert_eq!(status["phase"], "ready", "the mediator's PIN brings the window back: {status}");
    window.call("search_beneficiaries", json!({ "query": "", "limit": 5 })).expect("the mediator's screens work again");
    let refused = window.call("person_view", json!({ "id": null })).expect_err("nothing is shown any more");
    assert_eq!(refused["code"], "not-found", "the view ended with the unlock: {refused}");
}

#[test]
fn the_screen_is_not_turned_when_nothing_would_bring_it_back() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let keyring: std::sync::Arc<keyring_core::CredentialStore> = keyring_core::mock::Store::new().expect("a mock keyring");
    let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), Some(keyring), None));
    let status = window
        .call("set_up_store", json!({ "request": { "passphrase": null, "pin": null, "withDemoData": false } }))
        .expect("a keyring store without a PIN");
    assert_eq!(status["lock"]["unlocksWith"], "nothing", "its lock only hides the screen: {status}");
    let person = window.call("create_beneficiary", json!({ "input": beneficiary_input("Fatima", None) })).expect("created");
    let refused = window.call("person_view", json!({ "id": person["id"] })).expect_err("no PIN, no turned screen");
    assert_eq!(refused["code"], "pin-not-set", "the window asks for a PIN first: {refused}");
    let status = window.call("app_status", json!({})).expect("status");
    assert_eq!(status["phase"], "ready", "the mediator's screens stay: {status}");

    window.call("set_unlock_pin", json!({ "pin": "1357" })).expect("a PIN is chosen");
    window.call("person_view", json!({ "id": person["id"] })).expect("with a PIN, the screen turns");
    let refused = window.call("unlock_screen_with_secret", json!({ "secret": "" })).expect_err("nothing is not a secret");
    assert_ne!(refused["code"], Value::Null, "an empty secret does not leave the view: {refused}");
    assert_eq!(window.call("app_status", json!({})).expect("status")["phase"], "person-view", "still turned");
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

#[test]
fn a_second_mediator_gets_their_own_store_and_the_window_asks_who_is_there() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    {
        let window = Window::open(AppState::with_keyring(
            DataDir::new(folder.path()),
            None,
            None,
        ));
        window
            .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "pin": null, "withDemoData": false } }))
            .expect("the first mediator sets up");
        window
            .call(
                "create_beneficiary",
                json!({ "input": beneficiary_input("Fatima", Some(1950)) }),
            )
            .expect("the first mediator records a person");
        let status = window
            .call("leave_store", json!({}))
            .expect("leaving never fails");
        assert_eq!(
            status["phase"], "choose-mediator",
            "leaving the store shows the list of mediators: {status}"
        );
        let refused = window
            .call("search_beneficiaries", json!({ "query": "", "limit": 5 }))
            .expect_err("no store is open in the list of mediators");
        assert_eq!(
            refused["code"], "store-locked",
            "nothing personal is served from the list: {refused}"
        );

        let weak = window
            .call(
                "add_mediator",
                json!({ "request": { "name": "Karim", "passphrase": "court", "pin": null } }),
            )
            .expect_err("a short passphrase is refused");
        assert_eq!(weak["code"], "passphrase-too-short", "{weak}");
        let status = window
            .call("add_mediator", json!({ "request": { "name": "Karim", "passphrase": "la phrase de Karim au bureau", "pin": "1357" } }))
            .expect("a second mediator is added");
        assert_eq!(
            status["phase"], "ready",
            "the new mediator's store is open at once: {status}"
        );
        assert_eq!(
            status["mediators"].as_array().map(Vec::len),
            Some(2),
            "two stores now: {status}"
        );
        assert_eq!(
            status["keyringMayProtect"], false,
            "a shared laptop keeps every store under a passphrase: {status}"
        );
        let people = window
            .call("search_beneficiaries", json!({ "query": "", "limit": 5 }))
            .expect("Karim's store is open");
        assert_eq!(
            people,
            json!([]),
            "Karim sees nobody of the first mediator: {people}"
        );
    }

    let window = Window::open(AppState::with_keyring(
        DataDir::new(folder.path()),
        None,
        None,
    ));
    let status = window
        .call("app_status", json!({}))
        .expect("status never fails");
    assert_eq!(
        status["phase"], "choose-mediator",
        "with two mediators the window asks who is there: {status}"
    );
    assert_eq!(
        status["mediators"][1]["name"], "Karim",
        "the list names the added mediator: {status}"
    );
    let unknown = window
        .call("choose_mediator", json!({ "id": "../.." }))
        .expect_err("an id that is no store");
    assert_eq!(unknown["code"], "not-found", "{unknown}");
    let status = window
        .call("choose_mediator", json!({ "id": "first" }))
        .expect("the first mediator chooses theirs");
    assert_eq!(
        status["phase"], "locked",
        "a passphrase store asks for its passphrase: {status}"
    );
    let wrong = window
        .call(
            "unlock_store",
            json!({ "passphrase": "la phrase de Karim au bureau" }),
        )
        .expect_err("Karim's passphrase does not open the first store");
    assert_eq!(wrong["code"], "wrong-passphrase", "{wrong}");
    window
        .call("unlock_store", json!({ "passphrase": PASSPHRASE }))
        .expect("the first passphrase opens it");
    let people = window
        .call("search_beneficiaries", json!({ "query": "", "limit": 5 }))
        .expect("open");
    assert_eq!(
        people[0]["firstName"], "Fatima",
        "the first mediator finds their own person: {people}"
    );
}

#[test]
fn a_backup_is_restored_at_first_start_and_its_progress_is_readable() {
    let old_laptop = tempfile::tempdir().expect("a temporary folder");
    let usb = tempfile::tempdir().expect("a folder standing for the USB key");
    let backup_path = {
        let window = Window::open(AppState::with_keyring(DataDir::new(old_laptop.path()), None, None));
        window
            .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "pin": null, "withDemoData": false } }))
            .expect("setup on the old laptop");
        window
            .call("create_beneficiary", json!({ "input": beneficiary_input("Fatima", Some(1950)) }))
            .expect("a person to bring back");
        let report = window.call("create_backup", json!({ "folder": usb.path() })).expect("a backup on the USB key");
        assert_eq!(window.call("work_progress", json!({})).expect("readable"), json!(null), "no work under way after it");
        report["path"].as_str().expect("the backup's path").to_string()
    };

    let new_laptop = tempfile::tempdir().expect("a temporary folder");
    let window = Window::open(AppState::with_keyring(DataDir::new(new_laptop.path()), None, None));
    let summary = window.call("inspect_backup", json!({ "path": backup_path })).expect("the structure checks");
    assert_eq!(summary["protection"], "passphrase", "the window learns the backup opens with a passphrase: {summary}");
    let restore = |secret: &str| {
        window.call(
            "restore_backup_at_start",
            json!({ "request": { "path": backup_path, "secret": secret, "secretIsRecoveryKey": false, "newPassphrase": null } }),
        )
    };
    let wrong = restore("pas la bonne phrase secrète").expect_err("a wrong passphrase");
    assert_eq!(wrong["code"], "backup-wrong-secret", "{wrong}");
    assert!(!DataDir::new(new_laptop.path()).has_database(), "a refused restore leaves the new laptop empty");
    let status = restore(PASSPHRASE).expect("the passphrase of the time restores it");
    assert_eq!(status["phase"], "ready", "the restored store is open: {status}");
    assert_eq!(status["protection"], "passphrase", "without a keyring it keeps its passphrase: {status}");
    let people = window.call("search_beneficiaries", json!({ "query": "", "limit": 5 })).expect("open");
    assert_eq!(people[0]["firstName"], "Fatima", "the person came back: {people}");
    let again = restore(PASSPHRASE).expect_err("never over existing data");
    assert_eq!(again["code"], "restore-over-existing-data", "{again}");
}

#[test]
fn the_settings_commands_set_the_structure_and_keep_places_and_partners() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));
    window
        .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "pin": null, "withDemoData": false } }))
        .expect("setup");
    assert_eq!(window.call("get_structure", json!({})).expect("readable"), Value::Null, "no structure yet: null");

    let structure = |siret: &str| {
        json!({ "input": {
            "name": "France Services Creuse", "siret": siret, "address": "",
            "commune": { "name": "", "postalCode": "", "inseeCode": "23096" }, "phone": "", "email": ""
        } })
    };
    let refused = window.call("set_structure", structure("732 829 320 00075")).expect_err("a mistyped SIRET");
    assert_eq!(refused["code"], "siret-mistyped", "the error is a code: {refused}");
    assert_eq!(refused["field"], "siret", "named after the form field, for the message beside it: {refused}");
    let set = window.call("set_structure", structure("732 829 320 00074")).expect("a valid structure");
    assert_eq!(set["siret"], "73282932000074", "stored as digits: {set}");
    assert_eq!(set["commune"]["name"], "Guéret", "the commune completed from the official list: {set}");
    assert_eq!(window.call("get_structure", json!({})).expect("readable"), set, "read back as set");

    let place = window
        .call("create_place", json!({ "input": { "name": "Mairie", "address": "", "commune": { "name": "", "postalCode": "", "inseeCode": "23079" } } }))
        .expect("a place");
    let id = place["id"].as_str().expect("an id").to_string();
    let renamed = window
        .call("update_place", json!({ "id": id, "input": { "name": "Mairie de Felletin", "address": "", "commune": place["commune"] } }))
        .expect("renamed");
    assert_eq!(renamed["name"], "Mairie de Felletin", "the edit is returned: {renamed}");
    window.call("archive_place", json!({ "id": id })).expect("archived");
    assert_eq!(window.call("list_places", json!({})).expect("listed"), json!([]), "an archived place is not offered");

    let partner = |name: &str, kind: &str, phone: &str| {
        json!({ "input": {
            "name": name, "kind": kind, "address": "", "commune": { "name": "", "postalCode": "", "inseeCode": "" },
            "phone": phone, "email": "", "openingHours": "Lundi\nMardi", "notes": ""
        } })
    };
    let refused = window.call("create_partner", partner("", "aide_sociale", "12")).expect_err("two mistakes");
    let fields: Vec<&Value> = std::iter::once(&refused["field"])
        .chain(refused["alsoInvalid"].as_array().expect("a list").iter().map(|other| &other["field"]))
        .collect();
    assert_eq!(fields, [&json!("name"), &json!("phone")], "both mistakes come in one answer: {refused}");
    window.call("create_partner", partner("CCAS de Guéret", "aide_sociale", "05 55 00 00 00")).expect("a partner");
    window.call("create_partner", partner("CAF de la Creuse", "operateur_ou_organisme_en_charge", "3230")).expect("another");
    let all = window.call("list_partners", json!({ "kind": null })).expect("listed");
    let names: Vec<&Value> = all.as_array().expect("a list").iter().map(|p| &p["name"]).collect();
    assert_eq!(names, [&json!("CAF de la Creuse"), &json!("CCAS de Guéret")], "alphabetically: {all}");
    assert_eq!(all[0]["openingHours"], "Lundi\nMardi", "opening hours keep their lines: {all}");
    let social = window.call("list_partners", json!({ "kind": "aide_sociale" })).expect("filtered");
    assert_eq!(social.as_array().map(Vec::len), Some(1), "one partner of that kind: {social}");
    let unknown = window.call("list_partners", json!({ "kind": "pole_emploi" }));
    assert!(unknown.is_err(), "a kind outside the national list is refused at the boundary: {unknown:?}");
}

#[test]
fn a_file_of_people_is_read_previewed_remapped_and_imported_only_when_asked() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let window = Window::open(AppState::with_keyring(DataDir::new(folder.path()), None, None));
    window
        .call("set_up_store", json!({ "request": { "passphrase": PASSPHRASE, "pin": null, "withDemoData": false } }))
        .expect("setup");
    window.call("create_beneficiary", json!({ "input": beneficiary_input("Fatima", Some(1950)) })).expect("a person already here");
    let count = || window.call("search_beneficiaries", json!({ "query": "", "limit": 100 })).expect("search").as_array().map_or(0, Vec::len);

    let not_read = window.call("preview_people_file", json!({ "mapping": { "headerLine": 1, "columns": {} } }));
    assert_eq!(not_read.expect_err("no file read yet")["code"], "import-file-not-read", "the window is told to read it first");

    let missing = window.call("read_people_file", json!({ "path": folder.path().join("absent.csv"), "sheet": null }));
    assert_eq!(missing.expect_err("no such file")["code"], "file-error", "a missing file is a file error");
    let pdf = folder.path().join("notes.csv");
    std::fs::write(&pdf, b"").expect("an empty file");
    let empty = window.call("read_people_file", json!({ "path": pdf, "sheet": null })).expect_err("an empty file");
    assert_eq!(empty["code"], "import-file-empty", "the reader's errors reach the window with their code: {empty}");

    // "Remarque" is not a header Escale knows; "Famille" neither: the names have no column yet.
    let file = folder.path().join("liste.csv");
    std::fs::write(&file, "Famille;Prénom;Naissance;Remarque\nBenali;Fatima;1950;déjà venue\nKaya;Elif;1988;\nDurand;Paul;vers 1960;\n")
        .expect("a CSV file");
    let read = window.call("read_people_file", json!({ "path": file, "sheet": null })).expect("the file reads");
    assert_eq!(read["fileName"], "liste.csv", "{read}");
    assert_eq!(read["nationalTemplate"], false, "a mediator's own file: {read}");
    assert_eq!(read["mapping"]["columns"]["first-name"], 1, "Prénom is guessed in column B: {read}");
    assert_eq!(read["columns"][0]["header"], "Famille", "each column comes with its header: {read}");
    assert_eq!(read["columns"][0]["example"], "Benali", "and an example value: {read}");
    assert_eq!(read["columns"][3]["letter"], "D", "{read}");

    // The mediator says the family name is in A and the notes in D.
    let mut mapping = read["mapping"].clone();
    mapping["columns"]["last-name"] = json!(0);
    mapping["columns"]["notes"] = json!(3);
    let remapped = window.call("preview_people_file", json!({ "mapping": mapping })).expect("a new preview");
    let preview = &remapped["preview"];
    assert_eq!(preview["accepted"], 2, "two people would be taken: {preview}");
    assert_eq!(preview["rejectedLines"], 1, "the birth year in words is refused: {preview}");
    assert_eq!(preview["rejected"][0]["line"], 4, "with its line number: {preview}");
    assert_eq!(preview["rejected"][0]["field"], "birthYear", "and its field: {preview}");
    assert_eq!(preview["likelyDuplicateCount"], 1, "Fatima Benali 1950 is already here: {preview}");
    assert_eq!(preview["duplicates"][0]["existing"][0]["firstName"], "Fatima", "named for the screen: {preview}");
    assert_eq!(count(), 1, "previewing wrote no one");

    let mut beyond = mapping.clone();
    beyond["columns"]["phone"] = json!(40);
    let refused = window.call("preview_people_file", json!({ "mapping": beyond })).expect_err("no column AO in the file");
    assert_eq!(refused["code"], "import-column-unknown", "{refused}");

    // The mediator says the titles are on line 2: that row names no field, so nothing is guessed
    // and there is nothing to preview until a column holds the names.
    let moved = window.call("choose_people_file_header_line", json!({ "line": 2 })).expect("line 2 exists");
    assert_eq!(moved["mapping"], json!({ "headerLine": 2, "columns": {} }), "no title of line 2 names a field: {moved}");
    assert_eq!(moved["columns"][0]["header"], "Benali", "the columns are titled by line 2: {moved}");
    assert_eq!(moved["preview"], json!(null), "no preview without a column for the names: {moved}");
    let stale = window.call("preview_people_file", json!({ "mapping": mapping })).expect_err("line 1 is no longer the titles'");
    assert_eq!(stale["code"], "import-header-row-missing", "a mapping of the old titles is refused: {stale}");
    let beyond_the_file = window.call("choose_people_file_header_line", json!({ "line": 99 })).expect_err("no line 99");
    assert_eq!(beyond_the_file["code"], "import-header-row-missing", "{beyond_the_file}");
    assert_eq!(beyond_the_file["arguments"]["line"], "99", "the line is named in the message: {beyond_the_file}");
    let back = window.call("choose_people_file_header_line", json!({ "line": 1 })).expect("line 1 exists");
    assert_eq!(back["mapping"]["columns"]["first-name"], 1, "line 1's titles are guessed again: {back}");
    assert_eq!(back["preview"]["lines"], 3, "the three lines below line 1: {back}");

    let report = window
        .call("save_people_import_report", json!({ "folder": folder.path(), "language": "en", "mapping": mapping }))
        .expect("the report is saved");
    let text = std::fs::read_to_string(report["path"].as_str().expect("its path")).expect("the report reads");
    assert!(text.contains("Line;Field;Reason"), "in the language asked for: {text}");
    assert!(!text.contains("Durand") && !text.contains("Benali"), "no one's name in the report: {text}");
    assert_eq!(count(), 1, "saving the report wrote no one");

    let outcome = window
        .call("import_people_file", json!({ "mapping": mapping, "options": { "skipLikelyDuplicates": true } }))
        .expect("the import runs");
    assert_eq!(outcome, json!({ "imported": 1, "skippedDuplicates": 1, "rejectedLines": 1 }), "Elif only: {outcome}");
    assert_eq!(count(), 2, "one person more in the store");
    assert_eq!(window.call("work_progress", json!({})).expect("readable"), json!(null), "no work under way after it");
    let again = window.call("import_people_file", json!({ "mapping": mapping, "options": { "skipLikelyDuplicates": false } }));
    assert_eq!(again.expect_err("the file is forgotten once imported")["code"], "import-file-not-read", "never imported twice by mistake");
}
