//! A person's rights on the command line: consent, a copy of their data, erasure, retention,
//! and the audit log.

use chrono::{Months, NaiveDate};
use serde_json::Value;

use crate::support::{Cli, array, contains_bytes, text};

/// Adds a person with contact details and notes; returns their identifier.
fn add_person(cli: &Cli, first_name: &str, last_name: &str) -> String {
    let person = cli
        .run(&[
            "beneficiary", "add", "--first-name", first_name, "--last-name", last_name, "--birth-year", "1957",
            "--gender", "feminin", "--phone", "06 11 22 33 44", "--notes", "Dette de loyer chez Habitat 93",
            "--document-language", "en", "--json",
        ])
        .json();
    text(&person, "/id").to_string()
}

/// Records an individual accompaniment of `person` on `date` with notes.
fn accompany(cli: &Cli, person: &str, date: &str) -> Value {
    cli.run(&[
        "activity", "add", "--beneficiary", person, "--place-type", "a_distance", "--date", date, "--theme", "email",
        "--notes", "Adresse e-mail créée", "--json",
    ])
    .json()
}

#[test]
fn consents_are_recorded_listed_and_withdrawn() {
    let cli = Cli::initialised();
    let person = add_person(&cli, "Josiane", "Mercier");

    let refused = cli.run(&["consent", "record", "--beneficiary", &person, "--method", "oral"]);
    assert_eq!(
        refused.failure(),
        "Choisissez au moins une finalité à laquelle la personne consent.",
        "a consent without purpose is refused with the French message of error-consent-purpose-required"
    );

    let consent = cli
        .run(&[
            "consent", "record", "--beneficiary", &person, "--method", "signed_form", "--date", "2026-01-15",
            "--purpose", "file_follow_up", "--purpose", "contact_reminders", "--json",
        ])
        .json();
    assert_eq!(text(&consent, "/method"), "signed_form", "the method code is stored");
    assert_eq!(text(&consent, "/givenOn"), "2026-01-15", "the given date is kept");
    assert_eq!(array(&consent, "/purposes").len(), 2, "both purposes are kept");
    let consent_id = text(&consent, "/id").to_string();

    let withdrawn = cli.run(&["consent", "withdraw", &consent_id, "--date", "2026-02-01", "--json"]).json();
    assert_eq!(text(&withdrawn, "/withdrawnOn"), "2026-02-01", "the withdrawal is dated");

    let listed = cli.run(&["--lang", "en", "consent", "list", "--beneficiary", &person]);
    assert_eq!(listed.code, 0, "the list is readable; {}", listed.describe());
    assert!(
        listed.stdout.contains("Signed form") && listed.stdout.contains("withdrawn on 1 February 2026"),
        "the list shows the method's English label and the withdrawal; {}",
        listed.describe()
    );
}

#[test]
fn a_person_gets_a_copy_of_their_data_in_their_language_and_as_json() {
    let cli = Cli::initialised();
    let person = add_person(&cli, "Josiane", "Mercier");
    accompany(&cli, &person, "2026-03-10");
    cli.run(&["consent", "record", "--beneficiary", &person, "--method", "oral", "--purpose", "file_follow_up", "--json"])
        .json();

    let folder = tempfile::tempdir().expect("a temporary folder");
    let readable = folder.path().join("josiane.txt");
    let run = cli.run(&["person", "export", &person, "--out", readable.to_str().expect("a UTF-8 path")]);
    assert_eq!(run.code, 0, "the export succeeds; {}", run.describe());
    let document = std::fs::read_to_string(&readable).expect("the document was written");
    for expected in ["Your personal data in Escale", "Mercier", "Phone: 06 11 22 33 44", "Adresse e-mail créée", "Oral"] {
        assert!(
            document.contains(expected),
            "the document is in the person's language (English) and holds {expected:?}:\n{document}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&readable).expect("the file exists").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "an export holds a whole file: only the account's owner may read it");
    }

    let json_path = folder.path().join("josiane.json");
    let run = cli.run(&["person", "export", &person, "--out", json_path.to_str().expect("a UTF-8 path"), "--json"]);
    assert_eq!(run.code, 0, "the JSON export succeeds; {}", run.describe());
    let export: Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).expect("written")).expect("the file is JSON");
    assert_eq!(text(&export, "/beneficiary/lastName"), "Mercier", "identity is in the JSON export");
    assert_eq!(array(&export, "/consents").len(), 1, "consents are in the JSON export");
    assert_eq!(array(&export, "/accompaniments").len(), 1, "accompaniments are in the JSON export");
    let actions: Vec<&str> =
        array(&export, "/auditEvents").iter().filter_map(|event| event["action"].as_str()).collect();
    assert_eq!(
        actions.iter().filter(|action| **action == "export").count(),
        2,
        "both exports are logged, and the log travels with the data: {actions:?}"
    );
}

#[test]
fn erasure_asks_for_confirmation_then_removes_the_identity_for_good() {
    let cli = Cli::initialised();
    let person = add_person(&cli, "Josiane", "Mercier");
    accompany(&cli, &person, "2026-03-10");

    let preview = cli.run(&["--lang", "en", "person", "erase", &person, "--preview"]);
    assert_eq!(preview.code, 0, "a preview succeeds; {}", preview.describe());
    for expected in ["First name", "Last name", "Phone", "Notes", "the notes of one support session", "statistics: one support session"] {
        assert!(preview.stdout.contains(expected), "the preview says what goes and stays ({expected:?}); {}", preview.describe());
    }

    let refused = cli.run(&["person", "erase", &person]);
    assert!(
        refused.failure().contains("--yes"),
        "without a terminal nobody can confirm: the erasure is refused and says how to confirm"
    );
    let still_there = cli.run(&["beneficiary", "search", "mercier", "--json"]).json();
    assert_eq!(still_there.as_array().map(Vec::len), Some(1), "a refused erasure erased nothing");

    let erased = cli.run(&["person", "erase", &person, "--yes", "--json"]).json();
    assert_eq!(erased["logTruncated"], true, "no other program reads: the write-ahead log is emptied");
    assert_eq!(erased["erased"]["accompanimentsKept"], 1, "the accompaniment is kept for the statistics");

    let gone = cli.run(&["beneficiary", "search", "mercier", "--json"]).json();
    assert_eq!(gone.as_array().map(Vec::len), Some(0), "the name no longer finds anyone");
    let shown = cli.run(&["beneficiary", "show", &person, "--json"]).json();
    assert_eq!(shown["beneficiary"]["anonymous"], true, "the person stays as an anonymous person");
    assert_eq!(text(&shown, "/beneficiary/phone"), "", "the phone is gone");
    assert_eq!(shown["beneficiary"]["birthYear"], 1957, "the birth year stays for the age bands");
    assert_eq!(array(&shown, "/activities").len(), 1, "the accompaniment stays");
    assert_eq!(text(&shown, "/activities/0/notes"), "", "its notes are gone");

    let again = cli.run(&["person", "erase", &person, "--yes"]);
    assert!(again.failure().contains("déjà été effacées"), "erasing twice says it was already done");

    let files: Vec<(String, Vec<u8>)> = cli.snapshot().into_iter().collect();
    for (name, bytes) in files {
        assert!(!contains_bytes(&bytes, b"Mercier"), "{name} holds no readable trace of the name");
    }

    let log = cli.run(&["audit", "list", "--person", &person, "--json"]).json();
    let actions: Vec<&str> = array(&log, "/events").iter().filter_map(|event| event["action"].as_str()).collect();
    assert_eq!(
        actions,
        ["view", "erase", "create", "create"],
        "the person's log shows the view, the erasure, the accompaniment and the file's creation, newest first"
    );
}

#[test]
fn retention_is_set_previewed_and_applied() {
    let cli = Cli::initialised();
    let shown = cli.run(&["retention", "show", "--json"]).json();
    assert_eq!(shown["retentionMonths"], 24, "the default period is 24 months");
    let refused = cli.run(&["retention", "set", "0"]);
    assert_eq!(
        refused.failure(),
        "La durée de conservation doit être comprise entre 1 et 120 mois.",
        "a period outside 1..=120 is refused with its French message"
    );
    let set = cli.run(&["--lang", "en", "retention", "set", "12"]);
    assert_eq!(set.stdout.trim(), "Retention period: 12 months after the last support session.", "{}", set.describe());

    let today = chrono::Local::now().date_naive();
    let day = |date: NaiveDate| date.format("%Y-%m-%d").to_string();
    let old = add_person(&cli, "Josiane", "Mercier");
    accompany(&cli, &old, &day(today.checked_sub_months(Months::new(14)).expect("a past day")));
    let recent = add_person(&cli, "Gérard", "Lefèvre");
    accompany(&cli, &recent, &day(today.checked_sub_months(Months::new(2)).expect("a past day")));

    let due = cli.run(&["retention", "preview", "--json"]).json();
    let due_ids: Vec<&str> = due.as_array().expect("a list").iter().map(|c| text(c, "/beneficiaryId")).collect();
    assert_eq!(due_ids, [old.as_str()], "only the file untouched for 14 months is due with 12 months of retention");
    let later = cli.run(&["retention", "preview", "--on", &day(today + chrono::Days::new(400)), "--json"]).json();
    assert_eq!(later.as_array().map(Vec::len), Some(2), "in 400 days both files will be due");

    let applied = cli.run(&["retention", "apply", "--json"]).json();
    assert_eq!(applied["anonymised"], 1, "the due file is anonymised");
    let old_file = cli.run(&["beneficiary", "show", &old, "--json"]).json();
    assert_eq!(old_file["beneficiary"]["anonymous"], true, "the anonymised person has no name any more");
    let recent_file = cli.run(&["beneficiary", "show", &recent, "--json"]).json();
    assert_eq!(text(&recent_file, "/beneficiary/lastName"), "Lefèvre", "a recent file is kept whole");

    let log = cli.run(&["--lang", "en", "audit", "list", "--limit", "3"]);
    assert_eq!(log.code, 0, "the audit log is listed; {}", log.describe());
    assert!(log.stdout.contains("viewed"), "views are in the log, labelled in English; {}", log.describe());
    assert!(log.stdout.contains("--offset 3"), "the log says how to read the next page; {}", log.describe());
}
