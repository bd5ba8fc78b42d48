//! Clean records: a form gets every broken rule at once; no text field stores control
//! characters or bidirectional overrides; a commune is one of the official list.

use escale_core::activity::ActivityInput;
use escale_core::beneficiary::BeneficiaryInput;
use escale_core::clock;
use escale_core::commune::Commune;
use escale_core::organisation::PlaceInput;
use escale_core::procedure::catalogue::CustomEntryInput;
use escale_core::procedure::{ProcedureDetails, ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::{PlaceType, ProcedureStatus, Theme};
use escale_core::{CoreResult, Store, ValidationError};

use crate::support::{TestStore, add_person, person, validation_errors};

/// An escape sequence that clears a terminal, a bidirectional override and an isolate: what a
/// paste from a web page or a malicious file can carry into a field.
const HOSTILE: [&str; 3] = ["Dupont\u{1b}[2J", "\u{202E}tnopuD", "Du\u{2066}pont"];

/// Runs `operation`, which must be refused, and checks it wrote nothing; returns its errors.
#[track_caller]
fn refused<T: std::fmt::Debug>(store: &mut TestStore, operation: impl FnOnce(&mut Store) -> CoreResult<T>) -> Vec<ValidationError> {
    let rows = store.row_counts();
    let result = operation(store);
    assert_eq!(store.row_counts(), rows, "refused input leaves no row in any table");
    validation_errors(result)
}

fn saint_denis() -> Commune {
    Commune { name: "Saint-Denis".into(), postal_code: "93200".into(), insee_code: "93066".into() }
}

#[test]
fn a_person_form_gets_every_broken_rule_at_once() {
    let mut store = TestStore::new();
    let input = BeneficiaryInput {
        birth_year: Some(1850),
        phone: "12".into(),
        email: "not an address".into(),
        commune: Commune { insee_code: "93999".into(), ..Commune::default() },
        ..person("", "")
    };
    let errors = refused(&mut store, |store| store.create_beneficiary(&input));
    let codes: Vec<&str> = errors.iter().map(ValidationError::code).collect();
    assert_eq!(
        codes,
        ["name-required", "birth-year-out-of-range", "commune-unknown", "phone-invalid", "email-invalid"],
        "each of the five mistakes is reported in one answer, in the order of the form"
    );
}

#[test]
fn an_accompaniment_form_gets_every_broken_rule_at_once() {
    let mut store = TestStore::new();
    let someone = add_person(&mut store, "Élodie", "Martin");
    let input = ActivityInput {
        date: clock::today().succ_opt().expect("tomorrow"),
        duration_minutes: 0,
        place_type: PlaceType::PlaceOfActivity,
        place_id: None,
        themes: Vec::new(),
        ..ActivityInput::individual(&someone.id)
    };
    let errors = refused(&mut store, |store| store.record_activity(&input));
    let fields: Vec<Option<&str>> = errors.iter().map(ValidationError::field).collect();
    assert_eq!(
        fields,
        [Some("date"), Some("durationMinutes"), Some("placeId"), Some("themes")],
        "the date, the duration, the place and the themes are all marked at the first save"
    );
}

#[test]
fn every_text_field_of_a_person_refuses_control_characters() {
    let mut store = TestStore::new();
    let fields: [(&str, fn(&mut BeneficiaryInput, &str)); 5] = [
        ("firstName", |input, text| input.first_name = text.into()),
        ("lastName", |input, text| input.last_name = text.into()),
        ("latinFirstName", |input, text| input.latin_first_name = text.into()),
        ("latinLastName", |input, text| input.latin_last_name = text.into()),
        ("notes", |input, text| input.notes = text.into()),
    ];
    for (field, set) in fields {
        for hostile in HOSTILE {
            let mut input = person("Jeanne", "Martin");
            set(&mut input, hostile);
            let errors = refused(&mut store, |store| store.create_beneficiary(&input));
            assert_eq!(
                errors,
                [ValidationError::ControlCharacters { field }],
                "{hostile:?} in {field} would rewrite a terminal or reorder a listing"
            );
        }
    }
    let input = BeneficiaryInput { email: "jeanne\u{1b}@exemple.fr".into(), ..person("Jeanne", "Martin") };
    assert_eq!(
        refused(&mut store, |store| store.create_beneficiary(&input)),
        [ValidationError::EmailInvalid],
        "an escape character is not part of an e-mail address"
    );
    let mut arabic = person("زهرا\u{200C}ی", "محمد\u{200F}");
    arabic.notes = "Première ligne\nDeuxième ligne\tfin".into();
    store.create_beneficiary(&arabic).expect("line breaks in notes and the marks Arabic and Persian need are kept");
}

#[test]
fn every_text_field_of_an_accompaniment_and_a_procedure_refuses_control_characters() {
    let mut store = TestStore::new();
    let someone = add_person(&mut store, "Élodie", "Martin");
    let base = ActivityInput { themes: vec![Theme::AdministrativeProcedureHelp], ..ActivityInput::individual(&someone.id) };
    let fields: [(&str, fn(&mut ActivityInput, &str)); 3] = [
        ("procedureName", |input, text| input.procedure_name = text.into()),
        ("notes", |input, text| input.notes = text.into()),
        ("nextSteps", |input, text| input.next_steps = text.into()),
    ];
    for (field, set) in fields {
        let mut input = base.clone();
        set(&mut input, HOSTILE[0]);
        assert_eq!(
            refused(&mut store, |store| store.record_activity(&input)),
            [ValidationError::ControlCharacters { field }],
            "an escape sequence in {field} is refused"
        );
    }

    let hostile_procedure = ProcedureInput { reference: HOSTILE[1].into(), ..ProcedureInput::new(&someone.id, "caf_aide_logement") };
    assert_eq!(
        refused(&mut store, |store| store.create_procedure(&hostile_procedure)),
        [ValidationError::ControlCharacters { field: "reference" }],
        "a reference number with a bidirectional override is refused"
    );
    let procedure = store.create_procedure(&ProcedureInput::new(&someone.id, "caf_aide_logement")).expect("a valid procedure");
    let change = StatusChangeInput::to(ProcedureStatus::Submitted).with_note(HOSTILE[2]);
    assert_eq!(
        refused(&mut store, |store| store.set_procedure_status(&procedure.id, &change)),
        [ValidationError::ControlCharacters { field: "note" }],
        "a status note with an isolate is refused"
    );
    let details = ProcedureDetails {
        reference: String::new(),
        deadline: None,
        renewal_on: None,
        call_back_on: None,
        notes: HOSTILE[0].into(),
    };
    assert_eq!(
        refused(&mut store, |store| store.update_procedure(&procedure.id, &details)),
        [ValidationError::ControlCharacters { field: "notes" }],
        "a procedure's notes refuse escape sequences"
    );
    let entry = CustomEntryInput {
        label: HOSTILE[1].into(),
        theme: Theme::SocialHealth,
        organisation: None,
        documents: Vec::new(),
        typical_delay_days: None,
    };
    assert_eq!(
        refused(&mut store, |store| store.add_catalogue_entry(&entry)),
        [ValidationError::ControlCharacters { field: "label" }],
        "the structure's own catalogue entry refuses a bidirectional override"
    );
}

#[test]
fn a_commune_is_one_of_the_official_list_for_people_places_and_accompaniments() {
    let mut store = TestStore::new();
    let unknown = Commune { name: "Nulle part".into(), postal_code: "93200".into(), insee_code: "93999".into() };
    let input = BeneficiaryInput { commune: unknown.clone(), ..person("Jeanne", "Martin") };
    assert_eq!(
        refused(&mut store, |store| store.create_beneficiary(&input)),
        [ValidationError::CommuneUnknown("93999".into())],
        "a person's commune must exist"
    );
    let place = PlaceInput { name: "Mairie".into(), address: String::new(), commune: unknown };
    assert_eq!(
        refused(&mut store, |store| store.create_place(&place)),
        [ValidationError::CommuneUnknown("93999".into())],
        "a place's commune must exist"
    );
    let someone = add_person(&mut store, "Élodie", "Martin");
    let at_home = ActivityInput {
        place_type: PlaceType::AtHome,
        commune: Commune { postal_code: "75001".into(), ..saint_denis() },
        themes: vec![Theme::Email],
        ..ActivityInput::individual(&someone.id)
    };
    assert_eq!(
        refused(&mut store, |store| store.record_activity(&at_home)),
        [ValidationError::PostalCodeNotOfCommune { postal_code: "75001".into(), insee_code: "93066".into() }],
        "an accompaniment at home needs a postal code that belongs to the commune"
    );
    let typed = BeneficiaryInput {
        commune: Commune { name: "st denis".into(), postal_code: String::new(), insee_code: "93066".into() },
        ..person("Jeanne", "Martin")
    };
    let stored = store.create_beneficiary(&typed).expect("an existing INSEE code is enough");
    assert_eq!(stored.commune, saint_denis(), "the official name and main postal code are stored");
}
