//! A throw-away encrypted store with a structure, a mediator, a partner, a person, their
//! procedures and an accompaniment: what the documents are printed from.

use chrono::NaiveDate;
use escale_core::activity::ActivityInput;
use escale_core::beneficiary::BeneficiaryInput;
use escale_core::commune::official_commune;
use escale_core::organisation::{PartnerInput, StructureInput};
use escale_core::procedure::{ProcedureDetails, ProcedureInput, StatusChangeInput};
use escale_core::session::{FIRST_MEDIATOR_ID, Laptop};
use escale_core::storage::PassphraseCost;
use escale_core::vocabulary::{DocumentState, PlaceType, ProcedureStatus, RedirectionStructure, Theme};
use escale_core::{DataDir, NewKey, Store};

/// A store in a temporary folder (fast passphrase settings), dropped before its folder.
pub struct TestStore {
    pub store: Store,
    _folder: tempfile::TempDir,
}

impl TestStore {
    pub fn new() -> TestStore {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let data_dir = DataDir::new(folder.path());
        let store = Store::create(
            &data_dir,
            NewKey::Passphrase { passphrase: "correct horse battery staple", cost: PassphraseCost::FAST_FOR_TESTS },
        )
        .expect("a store is created in an empty folder");
        Laptop::new(&data_dir).rename_mediator(FIRST_MEDIATOR_ID, "Karim Haddad").expect("the mediator is named");
        TestStore { store, _folder: folder }
    }
}

/// A day far enough ahead that deadlines and call-backs stay "coming" whatever the clock.
pub fn coming(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2031, month, day).expect("a valid day")
}

pub fn saint_denis() -> escale_core::commune::Commune {
    official_commune("93066").expect("Saint-Denis is on the official list").to_commune()
}

/// The structure and one partner of its directory.
pub fn set_structure(store: &mut Store) {
    store
        .set_structure(&StructureInput {
            name: "France Services Saint-Denis".into(),
            siret: String::new(),
            address: "12 rue de la République".into(),
            commune: saint_denis(),
            phone: "01 49 33 12 34".into(),
            email: "contact@fs-saint-denis.fr".into(),
        })
        .expect("a valid structure");
}

pub fn add_partner(store: &mut Store) {
    store
        .create_partner(&PartnerInput {
            name: "CAF de Seine-Saint-Denis".into(),
            kind: RedirectionStructure::OperatorInCharge,
            address: "50 rue Hélène Boucher".into(),
            commune: saint_denis(),
            phone: "32 30".into(),
            email: String::new(),
            opening_hours: "Lundi au vendredi, 8 h 30 – 16 h 30".into(),
            notes: String::new(),
        })
        .expect("a valid partner");
}

/// A person whose document language is `language`.
pub fn add_person(store: &mut Store, first: &str, last: &str, language: &str) -> String {
    store
        .create_beneficiary(&BeneficiaryInput {
            first_name: first.into(),
            last_name: last.into(),
            document_language: language.into(),
            languages: vec![language.into()],
            ..BeneficiaryInput::default()
        })
        .expect("a valid person")
        .id
}

/// A procedure of `kind` under way, with a file number, a deadline and its first document
/// brought; returns its id.
pub fn add_procedure(store: &mut Store, person: &str, kind: &str, reference: &str, deadline: NaiveDate) -> String {
    let mut input = ProcedureInput::new(person, kind);
    input.reference = reference.into();
    input.deadline = Some(deadline);
    let procedure = store.create_procedure(&input).expect("a valid procedure");
    store
        .set_procedure_status(&procedure.id, &StatusChangeInput::to(ProcedureStatus::WaitingForDocuments))
        .expect("a procedure to do may wait for documents");
    if let Some(first) = procedure.checklist.first() {
        store.set_procedure_document(&procedure.id, &first.document, DocumentState::Brought).expect("a document is brought");
    }
    procedure.id
}

/// An accompaniment of `person` today, about administrative procedures, with `next_steps`.
pub fn add_accompaniment(store: &mut Store, person: &str, next_steps: &str) -> String {
    let mut input = ActivityInput::individual(person);
    input.place_type = PlaceType::Remote;
    input.themes = vec![Theme::AdministrativeProcedureHelp, Theme::SocialHealth, Theme::Email];
    input.procedure_name = "Demande de RSA".into();
    input.next_steps = next_steps.into();
    input.orientation = Some(RedirectionStructure::OperatorInCharge);
    store.record_activity(&input).expect("a valid accompaniment").id
}

/// Everything a summary shows: structure, partner, person, two procedures (one linked to the
/// accompaniment, one with a call-back day), the accompaniment. The ids of the person and the
/// accompaniment.
pub struct Summary {
    pub person: String,
    pub activity: String,
}

pub fn summary_fixture(store: &mut Store, language: &str) -> Summary {
    set_structure(store);
    add_partner(store);
    let person = add_person(store, "Amina", "Benali", language);
    let rsa = add_procedure(store, &person, "caf_rsa", "2024-123-B", coming(3, 12));
    let css = add_procedure(store, &person, "ameli_complementaire_sante_solidaire", "", coming(4, 2));
    store
        .update_procedure(
            &css,
            &ProcedureDetails { deadline: Some(coming(4, 2)), call_back_on: Some(coming(2, 20)), ..ProcedureDetails::default() },
        )
        .expect("a call-back day");
    let activity = add_accompaniment(store, &person, "Apporter le RIB et le dernier avis d’impôt.\nAppeler la CAF au 32 30.");
    store.link_procedure_activity(&rsa, &activity).expect("the accompaniment worked on the RSA");
    Summary { person, activity }
}
