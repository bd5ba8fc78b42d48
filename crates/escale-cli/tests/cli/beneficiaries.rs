//! Adding, finding and showing people; validation messages; encryption at rest.

use serde_json::Value;

use crate::support::{Cli, array, contains_bytes, text};

/// The `firstName` of every person in a JSON list.
fn first_names(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("a beneficiary list is a JSON array, got {list:#}"))
        .iter()
        .map(|person| text(person, "/firstName").to_string())
        .collect()
}

#[test]
fn people_are_added_found_in_any_script_shown_and_encrypted_at_rest() {
    let cli = Cli::initialised();

    let elodie = cli
        .run(&[
            "beneficiary", "add", "--first-name", "Élodie", "--last-name", "N'Diaye", "--birth-year", "1990",
            "--gender", "feminin", "--insee", "93066", "--json",
        ])
        .json();
    let elodie_id = text(&elodie, "/id").to_string();
    assert!(!elodie_id.is_empty(), "a created person has an identifier");
    assert_eq!(text(&elodie, "/firstName"), "Élodie", "the first name is stored as typed, accents kept");
    assert_eq!(text(&elodie, "/lastName"), "N'Diaye", "the last name is stored as typed, apostrophe kept");
    assert_eq!(elodie["birthYear"], 1990, "the birth year is stored");
    assert_ne!(
        text(&elodie, "/ageBand"),
        "non_communique",
        "the age band is derived from the birth year, so it is known"
    );
    assert!(
        ["vingt_cinq_trente_neuf", "quarante_cinquante_neuf"].contains(&text(&elodie, "/ageBand")),
        "born in 1990, Élodie is in the 25-39 band (or 40-59 from 2030 on), got {:?}",
        text(&elodie, "/ageBand")
    );
    assert_eq!(text(&elodie, "/gender"), "feminin", "the gender code is stored");
    assert_eq!(text(&elodie, "/commune/inseeCode"), "93066", "the typed INSEE code is kept");
    assert_eq!(
        text(&elodie, "/commune/name"),
        "Saint-Denis",
        "the commune name is filled from the official list when only --insee is given"
    );
    assert_eq!(
        text(&elodie, "/commune/postalCode"),
        "93200",
        "the postal code is filled with the commune's first official postal code"
    );

    // Arabic: أحمد written with hamza; Cyrillic: Алёна with ё.
    let ahmed = cli
        .run(&["beneficiary", "add", "--first-name", "أحمد", "--last-name", "الحسيني", "--language", "ar", "--json"])
        .json();
    let alena = cli
        .run(&["beneficiary", "add", "--first-name", "Алёна", "--last-name", "Шевченко", "--json"])
        .json();
    assert_eq!(text(&ahmed, "/firstName"), "أحمد", "Arabic names are stored as typed");
    assert_eq!(text(&alena, "/firstName"), "Алёна", "Cyrillic names are stored as typed");

    let found = cli.run(&["beneficiary", "search", "elodie ndiaye", "--json"]).json();
    assert_eq!(
        first_names(&found),
        ["Élodie"],
        "\"elodie ndiaye\" finds exactly Élodie N'Diaye: accents, capitals and the apostrophe are ignored"
    );
    assert_eq!(text(&found, "/0/id"), elodie_id, "search returns the person's identifier");
    assert_eq!(text(&found, "/0/communeName"), "Saint-Denis", "search lines carry the commune name");

    let arabic = cli.run(&["beneficiary", "search", "احم", "--json"]).json();
    assert_eq!(
        first_names(&arabic),
        ["أحمد"],
        "an Arabic prefix typed without hamza finds أحمد, and nobody else"
    );

    let cyrillic = cli.run(&["beneficiary", "search", "але", "--json"]).json();
    assert_eq!(
        first_names(&cyrillic),
        ["Алёна"],
        "a lower-case Cyrillic prefix typed with е finds Алёна (ё folded), and nobody else"
    );

    let human = cli.run(&["beneficiary", "search", "N’DIAYE"]);
    assert_eq!(human.code, 0, "a human search succeeds; {}", human.describe());
    assert!(
        human.stdout.contains(&elodie_id) && human.stdout.contains("N'DIAYE Élodie"),
        "the human list shows the id and LAST NAME First name, even for a typographic-apostrophe query; {}",
        human.describe()
    );

    let shown = cli.run(&["beneficiary", "show", &elodie_id, "--json"]).json();
    assert_eq!(text(&shown, "/beneficiary/id"), elodie_id, "show --json holds the person under \"beneficiary\"");
    assert_eq!(
        text(&shown, "/beneficiary/commune/name"),
        "Saint-Denis",
        "show returns the stored record, commune included"
    );
    assert!(array(&shown, "/activities").is_empty(), "show --json holds the (still empty) activities");
    assert!(array(&shown, "/procedures").is_empty(), "show --json holds the (still empty) procedures");

    let unknown = cli.run(&["beneficiary", "show", "00000000-0000-0000-0000-000000000000", "--json"]);
    let message = unknown.failure();
    assert!(message.contains("n’existe pas"), "an unknown id is reported in French as missing; got {message:?}");

    // Encryption at rest: every file the CLI left in the folder is opaque.
    let files = cli.snapshot();
    let database = files.get("escale.db").expect("the store is escale.db");
    assert!(
        !database.starts_with(b"SQLite format 3"),
        "an SQLCipher database has no plain SQLite header: the file must be encrypted"
    );
    for secret in [
        "Élodie", "N'Diaye", "elodie", "ndiaye", "أحمد", "احمد", "الحسيني", "Алёна", "алена", "Шевченко", "Saint-Denis",
    ] {
        for (name, bytes) in &files {
            assert!(
                !contains_bytes(bytes, secret.as_bytes()),
                "{name} must not contain {secret:?} in clear: names, search terms and communes are encrypted"
            );
        }
    }
}

#[test]
fn invalid_people_are_refused_in_the_chosen_language() {
    let cli = Cli::initialised();
    let added =
        cli.run(&["beneficiary", "add", "--first-name", "Karim", "--last-name", "Benali", "--birth-year", "1975"]);
    assert_eq!(added.code, 0, "a valid person is accepted; {}", added.describe());
    assert!(
        added.stdout.contains("BENALI Karim") && added.stdout.contains("1975"),
        "the human output shows the new person's name and birth year; {}",
        added.describe()
    );
    let before = cli.run(&["beneficiary", "list", "--json"]).json();

    let too_old = cli.run(&["beneficiary", "add", "--first-name", "Victor", "--last-name", "Hugo", "--birth-year", "1800"]);
    let message = too_old.failure();
    let max = message
        .strip_prefix("L’année de naissance doit être comprise entre 1900 et ")
        .unwrap_or_else(|| panic!("birth year 1800 is refused with the French birth-year message; got {message:?}"));
    let max: i32 = max
        .trim_end_matches('.')
        .parse()
        .unwrap_or_else(|_| panic!("the upper bound is the current year, a plain number; got {message:?}"));
    assert!(max >= 2025, "the upper bound of birth years is this year, got {max}");

    let english = cli.run(&[
        "--lang", "en", "beneficiary", "add", "--first-name", "Victor", "--last-name", "Hugo", "--birth-year", "1800",
    ]);
    let message = english.failure();
    assert_eq!(
        message,
        format!("The year of birth must be between 1900 and {max}."),
        "--lang en gives the English text of the same error"
    );

    let gender = cli.run(&["beneficiary", "add", "--first-name", "Sam", "--gender", "extraterrestre"]);
    let message = gender.failure();
    assert!(
        message.contains("extraterrestre") && message.contains("Valeur inconnue"),
        "an unknown gender code is refused, naming the code that was typed; got {message:?}"
    );

    let after = cli.run(&["beneficiary", "list", "--json"]).json();
    assert_eq!(after, before, "refused additions must leave the list of people unchanged");
    assert_eq!(first_names(&after), ["Karim"], "only the valid person is stored");
}

#[test]
fn a_name_in_another_script_is_added_with_its_latin_spelling_and_found_by_either() {
    let cli = Cli::initialised();
    let added = cli
        .run(&[
            "beneficiary", "add", "--first-name", "Олена", "--last-name", "Шевченко", "--latin-first-name", "Olena",
            "--latin-last-name", "Shevchenko", "--json",
        ])
        .json();
    assert_eq!(text(&added, "/latinLastName"), "Shevchenko", "the Latin spelling is stored beside the name");
    for query in ["shevchenko", "шевченко", "olena shev"] {
        let found = cli.run(&["beneficiary", "search", query, "--json"]).json();
        assert_eq!(first_names(&found), ["Олена"], "{query:?} finds the person by either spelling");
    }
    let human = cli.run(&["beneficiary", "search", "shevchenko"]);
    assert!(
        human.stdout.contains("ШЕВЧЕНКО Олена (SHEVCHENKO Olena)"),
        "the human list shows the name as written, then as on French documents; {}",
        human.describe()
    );
    let refused = cli.run(&["beneficiary", "add", "--first-name", "Олена", "--latin-last-name", "Шевченко"]);
    assert_eq!(refused.code, 1, "a Latin name in another script is refused; {}", refused.describe());
    assert!(
        refused.stderr.contains("lettres latines"),
        "the refusal says why, in French by default; {}",
        refused.describe()
    );
}
