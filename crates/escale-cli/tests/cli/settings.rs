//! Settings of the structure from the command line: `escale structure`, `escale place` and
//! `escale partner`.

use serde_json::Value;

use crate::support::{Cli, array, text};

/// The names of a JSON list of places or partners, in order.
fn names(list: &Value) -> Vec<String> {
    array(list, "").iter().map(|entry| text(entry, "/name").to_string()).collect()
}

#[test]
fn the_structure_is_set_in_steps_and_a_mistyped_siret_is_refused() {
    let cli = Cli::initialised();
    let none = cli.run(&["structure", "show"]);
    assert!(
        none.code == 0 && none.stdout.contains("Aucune structure"),
        "a new store says no structure is set yet, and how to set it; {}",
        none.describe()
    );

    let refused = cli
        .run(&["structure", "set", "--name", "France Services Creuse", "--siret", "732 829 320 00075"])
        .failure();
    assert!(
        refused.contains("SIRET") && refused.contains("mal recopié"),
        "a SIRET failing its check is refused with a message saying a digit was mistyped; got {refused:?}"
    );

    let set = cli
        .run(&[
            "structure", "set", "--name", "France Services Creuse", "--siret", "732 829 320 00074", "--insee", "23096",
            "--phone", "05 55 41 00 00", "--json",
        ])
        .json();
    assert_eq!(text(&set, "/siret"), "73282932000074", "the SIRET is stored as 14 digits");
    assert_eq!(text(&set, "/commune/name"), "Guéret", "the commune is completed from the official list");

    let completed = cli.run(&["structure", "set", "--email", "contact@fs-creuse.example", "--json"]).json();
    assert_eq!(text(&completed, "/id"), text(&set, "/id"), "setting again updates the one structure");
    assert_eq!(text(&completed, "/name"), "France Services Creuse", "options not given keep their value");
    assert_eq!(text(&completed, "/siret"), "73282932000074", "the SIRET too");
    assert_eq!(text(&completed, "/email"), "contact@fs-creuse.example", "the new e-mail is stored");

    let shown = cli.run(&["structure", "show"]);
    for expected in ["France Services Creuse", "SIRET : 73282932000074", "Guéret (23000)", "05 55 41 00 00"] {
        assert!(shown.stdout.contains(expected), "the structure shows {expected:?}; {}", shown.describe());
    }
}

#[test]
fn places_are_added_edited_archived_and_no_longer_listed() {
    let cli = Cli::initialised();
    let town_hall = cli
        .run(&["place", "add", "Mairie", "--address", "Place Quinault", "--insee", "23079", "--json"])
        .json();
    let town_hall_id = text(&town_hall, "/id").to_string();
    assert_eq!(text(&town_hall, "/commune/name"), "Felletin", "23079 is Felletin in the official list");
    let bus = cli.run(&["place", "add", "Bus — arrêt du marché", "--json"]).json();

    let edited = cli.run(&["place", "edit", &town_hall_id, "--name", "Mairie de Felletin", "--json"]).json();
    assert_eq!(text(&edited, "/name"), "Mairie de Felletin", "renamed");
    assert_eq!(text(&edited, "/address"), "Place Quinault", "the address not given is kept");
    assert_eq!(text(&edited, "/commune/name"), "Felletin", "the commune not given is kept");

    let archived = cli.run(&["place", "archive", &town_hall_id]);
    assert!(
        archived.code == 0 && archived.stdout.contains("Mairie de Felletin"),
        "archiving names the place archived; {}",
        archived.describe()
    );
    let listed = cli.run(&["place", "list", "--json"]).json();
    assert_eq!(names(&listed), [text(&bus, "/name")], "an archived place is no longer listed");

    let again = cli.run(&["place", "edit", &town_hall_id, "--name", "Mairie"]).failure();
    assert!(again.contains("archivé"), "an archived place is not edited, and the message says why; got {again:?}");
}

#[test]
fn the_partner_directory_is_filled_filtered_edited_and_pruned() {
    let cli = Cli::initialised();
    let caf = cli
        .run(&[
            "partner", "add", "CAF de la Creuse", "--kind", "operateur_ou_organisme_en_charge", "--insee", "23096",
            "--phone", "32 30", "--hours", "Lundi au vendredi : 8 h 30 – 12 h\nMercredi : 13 h 30 – 16 h", "--json",
        ])
        .json();
    let caf_id = text(&caf, "/id").to_string();
    assert_eq!(text(&caf, "/kind"), "operateur_ou_organisme_en_charge", "the kind is the national code");
    assert_eq!(text(&caf, "/phone"), "32 30", "a short number is a phone number");
    let ccas = cli.run(&["partner", "add", "CCAS de Guéret", "--kind", "aide_sociale", "--json"]).json();

    let unknown = cli.run(&["partner", "add", "Pôle emploi", "--kind", "pole_emploi"]).failure();
    assert!(
        unknown.contains("pole_emploi") && unknown.contains("kind"),
        "an unknown kind is refused, naming the code and the option; got {unknown:?}"
    );
    let email = cli.run(&["partner", "add", "Mission locale", "--email", "mission-locale"]).failure();
    assert!(email.contains("e-mail"), "an implausible e-mail is refused; got {email:?}");

    let social = cli.run(&["partner", "list", "--kind", "aide_sociale", "--json"]).json();
    assert_eq!(names(&social), ["CCAS de Guéret"], "the filter keeps the partners of that kind only");
    let readable = cli.run(&["partner", "list"]);
    for expected in ["CAF de la Creuse", "Opérateur ou organisme en charge", "    Mercredi : 13 h 30 – 16 h"] {
        assert!(
            readable.stdout.contains(expected),
            "the list shows names, kinds in words and opening hours indented, {expected:?}; {}",
            readable.describe()
        );
    }

    let edited = cli.run(&["partner", "edit", &caf_id, "--phone", "05 55 00 00 00", "--json"]).json();
    assert_eq!(text(&edited, "/phone"), "05 55 00 00 00", "the new phone is stored");
    assert_eq!(text(&edited, "/openingHours"), text(&caf, "/openingHours"), "the hours not given are kept");

    let archived = cli.run(&["partner", "archive", text(&ccas, "/id"), "--json"]).json();
    assert_eq!(text(&archived, "/name"), "CCAS de Guéret", "archiving returns the partner as it was");
    let left = cli.run(&["partner", "list", "--json"]).json();
    assert_eq!(names(&left), ["CAF de la Creuse"], "the archived partner left the directory");
}
