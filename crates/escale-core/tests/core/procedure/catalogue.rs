//! The catalogue: the shipped data file is valid and complete, the structure adds and hides
//! entries.

use std::collections::BTreeSet;

use escale_core::procedure::ProcedureInput;
use escale_core::procedure::catalogue::{self, Catalogue, CustomEntryInput};
use escale_core::vocabulary::{ProcedureStatus, RecurrenceKind, Theme};
use escale_core::ValidationError;

use crate::support::{TestStore, add_person, validation_error};

const SHIPPED_FILE: &str = include_str!("../../../../../assets/procedures/catalogue.toml");

#[test]
fn the_shipped_catalogue_is_valid_and_offers_at_least_forty_procedures() {
    let parsed = Catalogue::parse(SHIPPED_FILE);
    let parsed = parsed.unwrap_or_else(|problems| panic!("assets/procedures/catalogue.toml has problems: {problems:#?}"));
    let offered = parsed.entries.iter().filter(|entry| !entry.retired).count();
    assert!(offered >= 40, "issue 5 asks for at least 40 common procedures, the file offers {offered}");
    assert_eq!(&parsed, catalogue::shipped(), "the embedded catalogue is this file");
    for entry in &parsed.entries {
        assert!(entry.theme.is_administrative(), "{} is reported under a national administrative theme", entry.id);
        assert!(entry.custom_label.is_none(), "{}: shipped entries are named by Fluent, not by the file", entry.id);
    }
}

#[test]
fn every_administrative_theme_has_procedures_to_offer() {
    let covered: BTreeSet<Theme> =
        catalogue::shipped().entries.iter().filter(|entry| !entry.retired).map(|entry| entry.theme).collect();
    for theme in Theme::ALL.iter().filter(|theme| theme.is_administrative()) {
        assert!(covered.contains(theme), "the catalogue is grouped by the national themes: {theme} has no entry");
    }
}

#[test]
fn the_catalogue_has_the_procedures_mediators_follow_most_with_their_recurrences() {
    let shipped = catalogue::shipped();
    let required = [
        "caf_rsa", "caf_prime_activite", "caf_aide_logement", "ameli_carte_vitale",
        "ameli_complementaire_sante_solidaire", "ants_carte_nationale_identite", "ants_passeport",
        "ants_permis_conduire", "ants_carte_grise", "impots_declaration_revenus",
        "france_travail_inscription", "france_travail_actualisation", "anef_premier_titre_sejour",
        "anef_renouvellement_titre_sejour", "anef_naturalisation", "retraite_demande", "retraite_aspa",
        "mdph_dossier", "cheque_energie", "logement_social", "logement_social_renouvellement",
        "domiciliation", "banque_droit_au_compte", "education_bourse_college", "education_bourse_lycee",
    ];
    for id in required {
        let entry = shipped.entry(id).unwrap_or_else(|| panic!("issue 5 names {id}; the catalogue lacks it"));
        assert!(!entry.retired, "{id} is offered for new procedures");
        assert!(!entry.documents.is_empty(), "{id} has a checklist of documents");
        assert!(entry.typical_delay_days.is_some(), "{id} says how long the answer usually takes");
    }
    let recurrence = |id: &str| shipped.entry(id).and_then(|entry| entry.recurrence).map(|r| (r.kind, r.every_months, r.from));
    assert_eq!(
        recurrence("caf_rsa"),
        Some((RecurrenceKind::Declaration, 3, ProcedureStatus::Accepted)),
        "RSA is declared every quarter once granted"
    );
    assert_eq!(
        recurrence("caf_prime_activite"),
        Some((RecurrenceKind::Declaration, 3, ProcedureStatus::Accepted)),
        "prime d'activité is declared every quarter once granted"
    );
    assert_eq!(
        recurrence("ameli_complementaire_sante_solidaire"),
        Some((RecurrenceKind::Renewal, 12, ProcedureStatus::Accepted)),
        "CSS is renewed every year"
    );
    assert_eq!(
        recurrence("france_travail_inscription"),
        Some((RecurrenceKind::Declaration, 1, ProcedureStatus::Accepted)),
        "a registered job seeker updates their situation every month"
    );
    assert_eq!(
        recurrence("logement_social"),
        Some((RecurrenceKind::Renewal, 12, ProcedureStatus::Submitted)),
        "a social-housing request is renewed every year from its registration"
    );
    let housing = shipped.entry("logement_social").and_then(|entry| entry.recurrence).expect("checked above");
    assert!(housing.until_decision, "once a home is offered, the request needs no renewal");
    for entry in &shipped.entries {
        for status in entry.waiting_too_long.keys() {
            assert!(!status.is_closed(), "{}: a closed procedure never waits too long", entry.id);
        }
    }
}

#[test]
fn every_procedure_kind_stored_before_the_catalogue_is_still_a_catalogue_id() {
    // The fixed list of kinds that procedures were stored with before the catalogue existed.
    let former_codes = [
        "caf_rsa", "caf_prime_activite", "caf_aide_logement", "caf_declaration_trimestrielle",
        "ameli_complementaire_sante_solidaire", "ameli_carte_vitale", "ameli_compte", "anef_titre_sejour",
        "anef_naturalisation", "ants_carte_identite", "ants_permis_conduire", "ants_carte_grise",
        "impots_declaration_revenus", "france_travail_inscription", "france_travail_actualisation",
        "retraite_demande", "retraite_aspa", "logement_social", "cheque_energie", "france_connect", "autre",
    ];
    let former_themes = [
        ("caf_rsa", Theme::SocialHealth),
        ("caf_aide_logement", Theme::Housing),
        ("anef_titre_sejour", Theme::ForeignersEurope),
        ("ants_carte_identite", Theme::PapersElectionsCitizenship),
        ("ants_permis_conduire", Theme::TransportMobility),
        ("impots_declaration_revenus", Theme::MoneyTaxes),
        ("retraite_demande", Theme::WorkTraining),
        ("retraite_aspa", Theme::SocialHealth),
    ];
    for code in former_codes {
        assert!(
            catalogue::shipped().entry(code).is_some(),
            "{code} is stored in existing databases: it must stay a catalogue id to read back"
        );
    }
    for (code, theme) in former_themes {
        assert_eq!(
            catalogue::shipped().entry(code).map(|entry| entry.theme),
            Some(theme),
            "{code} keeps the theme it was reported under, so statistics do not move"
        );
    }
}

#[test]
fn a_broken_catalogue_is_refused_with_every_problem_named() {
    let broken = r#"
        [defaults.waiting_too_long]
        acceptee = 10
        [organisations]
        ids = ["caf"]
        [documents]
        ids = ["rib", "rib"]
        [[procedure]]
        id = "Caf RSA"
        theme = "email"
        organisation = "cpam"
        documents = ["photo"]
        recurrence = { kind = "yearly", every_months = 0, from = "acceptee" }
        waiting_too_long = { deposee = 0, perdue = 3 }
        [[procedure]]
        id = "autre"
        theme = "justice"
        documents = []
        [[procedure]]
        id = "autre"
        theme = "justice"
        documents = []
    "#;
    let problems = Catalogue::parse(broken).expect_err("every line of this catalogue breaks a rule");
    let expected = [
        "closed status (acceptee)",
        "document \"rib\": listed twice",
        "lowercase ASCII",
        "not an administrative theme",
        "unknown organisation \"cpam\"",
        "unknown document \"photo\"",
        "unknown recurrence kind",
        "every_months is outside",
        "waiting_too_long.deposee is outside",
        "unknown status \"perdue\"",
        "autre: defined twice",
    ];
    for fragment in expected {
        assert!(
            problems.iter().any(|problem| problem.contains(fragment)),
            "all problems are reported at once, including {fragment:?}: {problems:#?}"
        );
    }
    let unknown_field = Catalogue::parse("[defaults]\n[organisations]\nids=[]\n[documents]\nids=[]\n[[procedure]]\nid=\"a\"\ntheme=\"justice\"\ndocuments=[]\ncolour=\"red\"\n")
        .expect_err("a misspelt field is not silently ignored");
    assert!(unknown_field[0].contains("colour"), "the unknown field is named: {unknown_field:?}");
}

#[test]
fn the_structure_adds_its_own_procedures_and_hides_those_it_never_uses() {
    let mut store = TestStore::new();
    let own = store
        .add_catalogue_entry(&CustomEntryInput {
            label: "  Aide au permis de la Région  ".into(),
            theme: Theme::TransportMobility,
            organisation: Some(" departement ".into()),
            documents: vec!["piece_identite".into(), "rib".into(), "rib".into()],
            typical_delay_days: Some(30),
        })
        .expect("a valid entry of the structure's own");
    assert_eq!(own.custom_label.as_deref(), Some("Aide au permis de la Région"), "the label is kept, trimmed");
    assert_eq!(own.documents, ["piece_identite", "rib"], "documents are kept once each, in order");
    assert_eq!(own.organisation.as_deref(), Some("departement"), "who handles it is kept, as a catalogue organisation id");
    assert!(own.is_custom() && own.is_offered(), "an own entry is offered like the shipped ones");
    assert_eq!(
        own.waiting_too_long,
        catalogue::shipped().default_waiting_too_long,
        "an own entry waits too long after the catalogue's default thresholds"
    );

    let listed = store.catalogue().expect("the catalogue is readable");
    assert_eq!(listed.len(), catalogue::shipped().entries.len() + 1, "shipped entries, then the structure's own");
    assert_eq!(listed.last().map(|entry| entry.id.as_str()), Some(own.id.as_str()), "own entries come after shipped ones");
    assert_eq!(listed.last().and_then(|entry| entry.organisation.as_deref()), Some("departement"), "read back with its organisation");

    let person = add_person(&mut store, "Loïc", "Le Goff");
    let procedure = store.create_procedure(&ProcedureInput::new(&person.id, &own.id)).expect("an own entry starts procedures");
    assert_eq!(procedure.custom_kind_label.as_deref(), Some("Aide au permis de la Région"), "the procedure carries its label");
    assert_eq!(procedure.theme, Some(Theme::TransportMobility), "and its theme, for the national reporting");
    let checklist: Vec<&str> = procedure.checklist.iter().map(|document| document.document.as_str()).collect();
    assert_eq!(checklist, ["piece_identite", "rib"], "its checklist comes from the entry");

    let hidden = store.set_catalogue_entry_hidden("caf_aah", true).expect("a shipped entry can be hidden");
    assert!(hidden.hidden && !hidden.is_offered(), "a hidden entry is no longer offered");
    let listed = store.catalogue().expect("readable");
    let aah = listed.iter().find(|entry| entry.id == "caf_aah").expect("hidden entries are still listed");
    assert!(aah.hidden, "the catalogue marks it hidden, so a settings screen can show it again");
    let shown = store.set_catalogue_entry_hidden("caf_aah", false).expect("and shown again");
    assert!(shown.is_offered(), "showing it again offers it again");
}

#[test]
fn an_own_entry_without_a_name_or_outside_the_administrative_themes_is_refused() {
    let mut store = TestStore::new();
    let rows = store.row_counts();
    let valid = CustomEntryInput {
        label: "Aide de la commune".into(),
        theme: Theme::SocialHealth,
        organisation: None,
        documents: Vec::new(),
        typical_delay_days: None,
    };
    let error = validation_error(store.add_catalogue_entry(&CustomEntryInput { label: "   ".into(), ..valid.clone() }));
    assert_eq!(error, ValidationError::CatalogueLabelRequired, "an entry is picked by its name: it needs one");
    let error = validation_error(store.add_catalogue_entry(&CustomEntryInput { theme: Theme::Email, ..valid.clone() }));
    assert_eq!(
        error,
        ValidationError::ThemeNotAdministrative("email".into()),
        "procedures are reported under administrative themes only"
    );
    let error = validation_error(
        store.add_catalogue_entry(&CustomEntryInput { documents: vec!["photo".into()], ..valid.clone() }),
    );
    assert_eq!(
        error,
        ValidationError::UnknownCode { field: "documents", code: "photo".into() },
        "documents come from the catalogue's list, which every language can name"
    );
    let error = validation_error(
        store.add_catalogue_entry(&CustomEntryInput { organisation: Some("mairie_de_quartier".into()), ..valid.clone() }),
    );
    assert_eq!(
        error,
        ValidationError::UnknownCode { field: "organisation", code: "mairie_de_quartier".into() },
        "an organisation comes from the catalogue's list, which every language can name"
    );
    let error = validation_error(store.add_catalogue_entry(&CustomEntryInput { typical_delay_days: Some(0), ..valid }));
    assert_eq!(error, ValidationError::DelayOutOfRange { max: catalogue::MAX_DAYS }, "a delay is at least a day");
    let error = validation_error(store.set_catalogue_entry_hidden("rien_du_tout", true));
    assert_eq!(
        error,
        ValidationError::UnknownCode { field: "kind", code: "rien_du_tout".into() },
        "only an existing entry can be hidden"
    );
    assert_eq!(store.row_counts(), rows, "nothing refused was written, not even an audit event");
}
