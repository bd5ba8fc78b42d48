//! Places, accompaniments and workshops.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::support::{Cli, array, text};

/// The `id` of every entry of a JSON list.
fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("a list is a JSON array, got {list:#}"))
        .iter()
        .map(|entry| text(entry, "/id").to_string())
        .collect()
}

#[test]
fn accompaniments_and_workshops_follow_the_national_rules() {
    let cli = Cli::initialised();
    let person = cli
        .run(&["beneficiary", "add", "--first-name", "Josiane", "--last-name", "Mercier", "--birth-year", "1948", "--json"])
        .json();
    let person_id = text(&person, "/id").to_string();

    let place = cli.run(&["place", "add", "Bureau de poste", "--insee", "23096", "--json"]).json();
    let place_id = text(&place, "/id").to_string();
    assert_eq!(text(&place, "/name"), "Bureau de poste", "the place keeps its name");
    assert_eq!(text(&place, "/commune/name"), "Guéret", "23096 is Guéret in the official list");
    assert_eq!(text(&place, "/commune/postalCode"), "23000", "Guéret's postal code is filled in");

    let corsica = cli.run(&["place", "add", "Mairie", "--insee", "2a004", "--json"]).json();
    assert_eq!(text(&corsica, "/commune/inseeCode"), "2A004", "a Corsican INSEE code is stored in capitals");
    assert_eq!(
        text(&corsica, "/commune/name"),
        "Ajaccio",
        "a Corsican code typed in lower case (accepted by the core) is still completed from the official list"
    );

    let individual = |date: &str| {
        cli.run(&[
            "activity", "add", "--beneficiary", &person_id, "--place", &place_id, "--date", date,
            "--theme", "aide_aux_demarches_administratives", "--theme", "social_sante",
            "--procedure-name", "RSA", "--duration", "45", "--autonomy", "autonome", "--json",
        ])
    };
    let first = individual("2025-03-10").json();
    let themes: BTreeSet<&str> = array(&first, "/themes").iter().filter_map(Value::as_str).collect();
    assert_eq!(
        themes,
        BTreeSet::from(["aide_aux_demarches_administratives", "social_sante"]),
        "the activity keeps exactly the themes given"
    );
    assert_eq!(text(&first, "/kind"), "individuel", "the default kind is an individual accompaniment");
    assert_eq!(text(&first, "/date"), "2025-03-10", "the given date is kept");
    assert_eq!(first["durationMinutes"], 45, "the duration is kept in minutes");
    assert_eq!(text(&first, "/autonomy"), "autonome", "the autonomy code is kept");
    assert_eq!(text(&first, "/procedureName"), "RSA", "the procedure name is kept");
    assert_eq!(text(&first, "/placeType"), "lieu_activite", "the default channel is a place of activity");
    assert_eq!(text(&first, "/placeId"), place_id, "the activity points at its place");
    assert_eq!(text(&first, "/placeName"), "Bureau de poste", "the place's name comes with the activity");
    let participants = array(&first, "/participants");
    assert_eq!(participants.len(), 1, "an individual accompaniment has exactly one participant");
    assert_eq!(text(&first, "/participants/0/beneficiaryId"), person_id, "the participant is the person given");
    assert_eq!(
        first["participants"][0]["firstAccompaniment"],
        true,
        "the first activity recorded for a person is their first accompaniment"
    );

    let second = individual("2025-06-15").json();
    assert_eq!(
        second["participants"][0]["firstAccompaniment"],
        false,
        "a person accompanied before is no longer at their first accompaniment"
    );

    let without_help = cli.run(&[
        "activity", "add", "--beneficiary", &person_id, "--place", &place_id, "--date", "2025-06-16",
        "--theme", "social_sante",
    ]);
    let message = without_help.failure();
    assert!(
        message.starts_with("Les thématiques administratives vont avec « Aide aux démarches administratives »"),
        "an administrative theme without procedure help is refused with the French rule; got {message:?}"
    );

    let everything_wrong = cli.run(&[
        "activity", "add", "--beneficiary", &person_id, "--place-type", "domicile", "--date", "2999-01-01",
        "--duration", "0", "--theme", "social_sante",
    ]);
    let messages = everything_wrong.failures();
    assert_eq!(
        messages.len(),
        4,
        "the date, the duration, the missing commune and the theme rule are each one line, all at once; got {messages:?}"
    );

    let at_home = cli.run(&[
        "activity", "add", "--beneficiary", &person_id, "--place-type", "domicile", "--date", "2025-06-16",
        "--theme", "email",
    ]);
    let message = at_home.failure();
    assert!(
        message.contains("Indiquez la commune"),
        "an accompaniment at home needs the commune where it happened; got {message:?}"
    );

    let workshop = cli
        .run(&[
            "activity", "add", "--kind", "collectif", "--anonymous-total", "7", "--theme", "email", "--place",
            &place_id, "--workshop-title", "Atelier mail", "--date", "2025-09-01", "--json",
        ])
        .json();
    assert_eq!(text(&workshop, "/kind"), "collectif", "a workshop is recorded as collectif");
    assert_eq!(text(&workshop, "/workshopTitle"), "Atelier mail", "the workshop keeps its title");
    assert_eq!(workshop["anonymousParticipants"]["total"], 7, "the anonymous participants are counted");
    assert!(array(&workshop, "/participants").is_empty(), "an anonymous workshop has no tracked participant");

    let of_person = cli.run(&["activity", "list", "--beneficiary", &person_id, "--json"]).json();
    assert_eq!(
        ids(&of_person),
        [text(&second, "/id"), text(&first, "/id")],
        "the person's activities are exactly the two recorded (the refused ones wrote nothing), newest first"
    );

    let june = cli.run(&["activity", "list", "--from", "2025-06-01", "--to", "2025-06-30", "--json"]).json();
    assert_eq!(ids(&june), [text(&second, "/id")], "--from/--to keep only the activities of those days");

    let until_march = cli.run(&["activity", "list", "--to", "2025-03-10", "--json"]).json();
    assert_eq!(ids(&until_march), [text(&first, "/id")], "--to includes its own day and nothing later");

    let since_june = cli.run(&["activity", "list", "--from", "2025-06-15", "--json"]).json();
    assert_eq!(
        ids(&since_june),
        [text(&workshop, "/id"), text(&second, "/id")],
        "--from includes its own day; workshops are listed with accompaniments, newest first"
    );

    let bad_date = cli.run(&["activity", "list", "--from", "2025-13-01"]);
    let message = bad_date.failure();
    assert!(message.contains("date n’est pas valide"), "an impossible date is refused in French; got {message:?}");
}

#[test]
fn the_defaults_of_a_new_record_follow_the_latest_records() {
    let cli = Cli::initialised();
    let newcomer = cli.run(&["beneficiary", "add", "--anonymous", "--json"]).json();
    let returning = cli.run(&["beneficiary", "add", "--anonymous", "--accompanied-before", "--json"]).json();
    let place = cli.run(&["place", "add", "Arrêt de Felletin", "--insee", "23079", "--json"]).json();
    let place_id = text(&place, "/id").to_string();
    let empty = cli.run(&["activity", "defaults", "--json"]).json();
    assert!(empty["place"].is_null(), "no record yet, no place of the day: {empty:#}");

    let mut firsts = Vec::new();
    for (person, minutes, theme) in [(&newcomer, "45", "email"), (&returning, "30", "email"), (&newcomer, "30", "sante")] {
        let recorded = cli
            .run(&[
                "activity", "add", "--beneficiary", text(person, "/id"), "--place", &place_id, "--theme", theme,
                "--duration", minutes, "--json",
            ])
            .json();
        firsts.push(recorded["participants"][0]["firstAccompaniment"].as_bool());
    }
    assert_eq!(
        firsts,
        [Some(true), Some(false), Some(false)],
        "a newcomer's first visit is a first accompaniment; one already accompanied before never has one here"
    );

    let learned = cli.run(&["activity", "defaults", "--json"]).json();
    assert_eq!(text(&learned, "/place/placeId"), place_id, "today's latest place is offered: {learned:#}");
    let themes: Vec<&str> = array(&learned, "/themes").iter().filter_map(Value::as_str).collect();
    assert_eq!(themes, ["email", "sante"], "two e-mails, one health");
    assert_eq!(learned["durationsMinutes"], serde_json::json!([30, 45]), "two of 30 minutes, one of 45");
    let printed = cli.run(&["activity", "defaults"]);
    assert_eq!(printed.code, 0, "the plain output works too: {}", printed.describe());
    let printed = printed.stdout;
    assert!(printed.contains("Arrêt de Felletin"), "the place is named in the plain output: {printed}");
}
