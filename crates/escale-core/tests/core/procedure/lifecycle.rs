//! A person's procedure: statuses along the transition table, reopening, the checklist,
//! renewals from the catalogue, linked accompaniments, details edited along the way.

use chrono::{Days, Months};
use escale_core::activity::ActivityInput;
use escale_core::procedure::catalogue;
use escale_core::procedure::{ProcedureDetails, ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::{DocumentState, ProcedureEvent, ProcedureStatus, Theme};
use escale_core::{CoreError, ValidationError, clock};

use super::{days_ago, started, statuses, walk};
use crate::support::{TestStore, add_person, validation_error};

use ProcedureStatus::*;

fn residence_permit(beneficiary_id: &str) -> ProcedureInput {
    ProcedureInput {
        reference: " 9300012345 ".into(),
        deadline: Some(clock::today() + Days::new(30)),
        notes: "Photo d’identité à refaire.\n".into(),
        ..ProcedureInput::new(beneficiary_id, "anef_renouvellement_titre_sejour")
    }
}

#[test]
fn a_procedure_keeps_every_step_in_order_with_its_day() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Олена", "Шевченко");
    let created = store.create_procedure(&residence_permit(&person.id)).expect("a valid procedure");
    assert_eq!(created.status, ToDo, "the initial status is the one given");
    assert_eq!(created.reference, "9300012345", "the reference number is trimmed");
    assert_eq!(created.notes, "Photo d’identité à refaire.", "trailing blank lines of notes are dropped");
    assert_eq!(created.deadline, Some(clock::today() + Days::new(30)), "the deadline is kept");
    assert_eq!(created.theme, Some(Theme::ForeignersEurope), "the theme comes from the catalogue");
    assert_eq!(statuses(&created), [ToDo], "the creation is the first step of the history");
    assert_eq!(created.history[0].on, clock::today(), "without a start day, the procedure starts today");

    let steps = [
        (WaitingForDocuments, "Manque le justificatif de domicile"),
        (Submitted, ""),
        (WaitingForDocuments, "La préfecture redemande une photo"),
        (InReview, "Photo envoyée"),
        (Accepted, "Récépissé reçu"),
    ];
    let mut current = created.clone();
    for (status, note) in steps {
        current = store
            .set_procedure_status(&created.id, &StatusChangeInput::to(status).with_note(note))
            .expect("a change of status the table allows");
        assert_eq!(current.status, status, "the current status is the one just set");
    }
    assert_eq!(
        statuses(&current),
        [ToDo, WaitingForDocuments, Submitted, WaitingForDocuments, InReview, Accepted],
        "every status is kept, oldest first, the creation first, even a status seen twice"
    );
    assert!(
        current.history.iter().all(|step| step.event == ProcedureEvent::StatusChange),
        "these steps are all changes of status"
    );
    assert_eq!(current.history[1].note, "Manque le justificatif de domicile", "each step keeps its note");
    assert_eq!(current.history[5].note, "Récépissé reçu", "the last step keeps its note");
    assert!(
        current.history.windows(2).all(|pair| pair[0].changed_at <= pair[1].changed_at),
        "the history's times never go backwards"
    );
    assert_eq!(current.created_at, created.created_at, "status changes keep the creation time");
    assert_eq!(store.procedure(&created.id).expect("readable"), current, "reading returns the same history");
    assert_eq!(store.procedures(Some(&person.id)).expect("listable"), [current], "the person's procedures list holds it");
}

#[test]
fn setting_the_same_status_is_refused_and_changes_nothing() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Karim", "Benali");
    let created = store.create_procedure(&residence_permit(&person.id)).expect("valid");
    let rows = store.row_counts();
    let error = validation_error(
        store.set_procedure_status(&created.id, &StatusChangeInput::to(ToDo).with_note("encore")),
    );
    assert_eq!(
        error,
        ValidationError::StatusUnchanged("a_faire".into()),
        "a status equal to the current one would add a meaningless step"
    );
    assert_eq!(store.procedure(&created.id).expect("readable"), created, "the procedure and its history are unchanged");
    assert_eq!(store.row_counts(), rows, "no row was written, not even an audit event");
}

#[test]
fn a_status_outside_the_transition_table_is_a_typed_error_and_changes_nothing() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Moussa", "Traoré");
    let created = started(&mut store, &person.id, "caf_rsa", 10);
    let rows = store.row_counts();
    let error = validation_error(store.set_procedure_status(&created.id, &StatusChangeInput::to(Accepted)));
    assert_eq!(
        error,
        ValidationError::StatusTransitionNotAllowed { from: "a_faire".into(), to: "acceptee".into() },
        "nothing is accepted before it was submitted"
    );
    let error = validation_error(store.set_procedure_status(&created.id, &StatusChangeInput::to(InReview)));
    assert_eq!(
        error,
        ValidationError::StatusTransitionNotAllowed { from: "a_faire".into(), to: "en_instruction".into() },
        "nothing is in review before it was submitted"
    );
    assert_eq!(error.field(), Some("status"), "the form shows it beside the status");
    assert_eq!(store.row_counts(), rows, "a refused change writes nothing");

    let refused = walk(&mut store, &created, &[(Submitted, days_ago(5)), (Refused, days_ago(1))]);
    let rows = store.row_counts();
    let error = validation_error(store.set_procedure_status(&refused.id, &StatusChangeInput::to(Submitted)));
    assert_eq!(
        error,
        ValidationError::ProcedureClosed("refusee".into()),
        "a closed procedure only moves through an explicit reopening"
    );
    assert_eq!(store.row_counts(), rows, "a refused change writes nothing");
}

#[test]
fn reopening_a_closed_procedure_needs_a_note_and_stays_in_the_history() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Fatima", "Haddad");
    let created = started(&mut store, &person.id, "caf_aide_logement", 30);
    let rows = store.row_counts();
    let error = validation_error(
        store.reopen_procedure(&created.id, &StatusChangeInput::to(Submitted).with_note("recours")),
    );
    assert_eq!(error, ValidationError::ProcedureNotClosed("a_faire".into()), "an open procedure is moved, not reopened");

    let refused = walk(&mut store, &created, &[(Submitted, days_ago(20)), (Refused, days_ago(10))]);
    let error = validation_error(store.reopen_procedure(&refused.id, &StatusChangeInput::to(Submitted).with_note("  ")));
    assert_eq!(error, ValidationError::ReopenNoteRequired, "a reopening says why, or the history cannot be understood");
    assert_eq!(error.field(), Some("note"), "the form shows it beside the note");
    let error = validation_error(
        store.reopen_procedure(&refused.id, &StatusChangeInput::to(Dropped).with_note("abandon")),
    );
    assert_eq!(
        error,
        ValidationError::StatusTransitionNotAllowed { from: "refusee".into(), to: "abandonnee".into() },
        "a reopening goes to an open status"
    );
    let steps = |counts: &std::collections::BTreeMap<String, i64>| counts.get("procedure_status_change").copied();
    assert_eq!(
        steps(&store.row_counts()),
        steps(&rows).map(|count| count + 2),
        "only the two real steps were written, none of the refused reopenings"
    );

    let reopened = store
        .reopen_procedure(&refused.id, &StatusChangeInput::to(Submitted).with_note("Recours gracieux envoyé"))
        .expect("a closed procedure reopens with a note");
    assert_eq!(reopened.status, Submitted, "it is open again, in the status chosen");
    let last = reopened.history.last().expect("a history");
    assert_eq!(last.event, ProcedureEvent::Reopening, "the step says it was a reopening");
    assert_eq!(last.note, "Recours gracieux envoyé", "with its note");
    assert_eq!(statuses(&reopened), [ToDo, Submitted, Refused, Submitted], "the refusal stays in the history");
    let accepted = walk(&mut store, &reopened, &[(InReview, clock::today()), (Accepted, clock::today())]);
    assert_eq!(accepted.status, Accepted, "a reopened procedure follows the table again");
}

#[test]
fn a_step_is_dated_neither_in_the_future_nor_before_the_previous_one() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Gérard", "Lefèvre");
    let error = validation_error(store.create_procedure(&ProcedureInput {
        started_on: Some(clock::today() + Days::new(1)),
        ..ProcedureInput::new(&person.id, "caf_rsa")
    }));
    assert!(matches!(error, ValidationError::DateInFuture(_)), "a procedure cannot start tomorrow: {error:?}");

    let created = started(&mut store, &person.id, "caf_rsa", 10);
    let rows = store.row_counts();
    let error = validation_error(
        store.set_procedure_status(&created.id, &StatusChangeInput::to(Submitted).on(clock::today() + Days::new(2))),
    );
    assert!(matches!(error, ValidationError::DateInFuture(_)), "a step cannot be recorded ahead of time: {error:?}");
    let error = validation_error(store.set_procedure_status(&created.id, &StatusChangeInput::to(Submitted).on(days_ago(11))));
    assert_eq!(
        error,
        ValidationError::DateBeforePreviousStep(days_ago(10).to_string()),
        "the history's days never go backwards"
    );
    assert_eq!(store.row_counts(), rows, "nothing was written");
    let submitted = walk(&mut store, &created, &[(Submitted, days_ago(10))]);
    assert_eq!(submitted.history[1].on, days_ago(10), "a step may happen the same day as the previous one");
    assert_eq!(submitted.in_status_since(), Some(days_ago(10)), "the status counts from the day it happened");
}

#[test]
fn the_checklist_starts_from_the_catalogue_and_records_documents_brought() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Josiane", "Mercier");
    let created = store
        .create_procedure(&ProcedureInput::new(&person.id, "ameli_complementaire_sante_solidaire"))
        .expect("valid");
    let expected = &catalogue::shipped().entry("ameli_complementaire_sante_solidaire").expect("shipped").documents;
    let documents: Vec<&String> = created.checklist.iter().map(|document| &document.document).collect();
    assert_eq!(documents, expected.iter().collect::<Vec<_>>(), "the checklist is the catalogue's, in its order");
    assert!(created.checklist.iter().all(|document| document.brought_on.is_none()), "every document starts missing");

    let brought = store.set_procedure_document(&created.id, "rib", DocumentState::Brought).expect("a document brought");
    let rib = brought.checklist.iter().find(|document| document.document == "rib").expect("still listed");
    assert_eq!(rib.brought_on, Some(clock::today()), "a brought document records the day");
    assert!(!brought.missing_documents().any(|document| document == "rib"), "it is no longer missing");
    assert_eq!(brought.missing_documents().count(), expected.len() - 1, "the others still are");

    let missing = store.set_procedure_document(&created.id, "rib", DocumentState::Missing).expect("missing again");
    assert!(missing.missing_documents().any(|document| document == "rib"), "a document can be missing again");
    let trimmed = store
        .set_procedure_document(&created.id, "avis_imposition", DocumentState::NotNeeded)
        .expect("not needed for this person");
    assert!(
        !trimmed.checklist.iter().any(|document| document.document == "avis_imposition"),
        "a document this case does not need leaves the checklist"
    );
    let added = store.set_procedure_document(&created.id, "titre_sejour", DocumentState::Missing).expect("added");
    assert_eq!(
        added.checklist.last().map(|document| document.document.as_str()),
        Some("titre_sejour"),
        "a document of the catalogue's list not on the checklist is added at its end"
    );
    let error = validation_error(store.set_procedure_document(&created.id, "photocopie", DocumentState::Brought));
    assert_eq!(
        error,
        ValidationError::UnknownCode { field: "documents", code: "photocopie".into() },
        "documents come from the catalogue's list"
    );
}

#[test]
fn reaching_the_recurrence_status_sets_the_renewal_from_the_catalogue() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Monique", "Bonnet");

    let css = started(&mut store, &person.id, "ameli_complementaire_sante_solidaire", 100);
    assert_eq!(css.renewal_on, None, "nothing to renew before the right is granted");
    let accepted_on = days_ago(40);
    let css = walk(&mut store, &css, &[(Submitted, days_ago(90)), (InReview, days_ago(60)), (Accepted, accepted_on)]);
    assert_eq!(css.renewal_on, accepted_on.checked_add_months(Months::new(12)), "CSS is renewed a year after it was granted");

    let rsa = started(&mut store, &person.id, "caf_rsa", 100);
    let rsa = walk(&mut store, &rsa, &[(Submitted, days_ago(95)), (Accepted, days_ago(95))]);
    let first_due = days_ago(95).checked_add_months(Months::new(3)).expect("a date");
    assert_eq!(rsa.renewal_on, Some(first_due), "the first quarterly declaration is three months after the grant");
    let declared = store.record_recurrence_done(&rsa.id, Some(clock::today())).expect("the declaration was made");
    assert_eq!(
        declared.renewal_on,
        first_due.checked_add_months(Months::new(3)),
        "the next declaration is one quarter after the one just made, not after the day it was made"
    );
    assert_eq!(declared.history.last().map(|step| step.event), Some(ProcedureEvent::RecurrenceDone), "the declaration is in the history");
    assert_eq!(declared.status, Accepted, "declaring changes no status");
    assert_eq!(declared.in_status_since(), Some(days_ago(95)), "a declaration does not restart the time in status");

    let reopened = store
        .reopen_procedure(&rsa.id, &StatusChangeInput::to(WaitingForDocuments).with_note("RSA suspendu, pièces demandées"))
        .expect("reopened");
    assert_eq!(reopened.renewal_on, None, "a reopened right has no declaration due until it is granted again");

    let housing = started(&mut store, &person.id, "logement_social", 30);
    let housing = walk(&mut store, &housing, &[(Submitted, days_ago(20))]);
    assert_eq!(
        housing.renewal_on,
        days_ago(20).checked_add_months(Months::new(12)),
        "a social-housing request is renewed a year after its registration"
    );
    let housing = walk(&mut store, &housing, &[(InReview, days_ago(5))]);
    assert!(housing.renewal_on.is_some(), "it must still be renewed while it waits");
    let housed = walk(&mut store, &housing, &[(Accepted, clock::today())]);
    assert_eq!(housed.renewal_on, None, "once a home is offered the request needs no renewal");

    let tax = started(&mut store, &person.id, "impots_declaration_revenus", 10);
    let tax = walk(&mut store, &tax, &[(Submitted, days_ago(9))]);
    assert!(tax.renewal_on.is_some(), "the tax return is due again a year after it was filed");
    let dropped = walk(&mut store, &tax, &[(Dropped, days_ago(1))]);
    assert_eq!(dropped.renewal_on, None, "a dropped procedure has nothing left to renew");

    let vitale = started(&mut store, &person.id, "ameli_carte_vitale", 10);
    let error = validation_error(store.record_recurrence_done(&vitale.id, None));
    assert_eq!(error, ValidationError::NoRecurrenceDue, "a carte Vitale has no declaration or renewal");
}

#[test]
fn a_procedure_already_granted_can_be_followed_for_its_renewal() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Yvette", "Gautier");
    let granted_on = days_ago(300);
    let css = store
        .create_procedure(&ProcedureInput {
            status: Accepted,
            started_on: Some(granted_on),
            ..ProcedureInput::new(&person.id, "ameli_complementaire_sante_solidaire")
        })
        .expect("a right the person already has");
    assert_eq!(
        css.renewal_on,
        granted_on.checked_add_months(Months::new(12)),
        "recording it as accepted on its day schedules the renewal"
    );
}

#[test]
fn accompaniments_of_the_person_are_linked_to_the_procedure() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Chantal", "Perrin");
    let other = add_person(&mut store, "René", "Morel");
    let help = |id: &str| ActivityInput {
        themes: vec![Theme::AdministrativeProcedureHelp, Theme::SocialHealth],
        ..ActivityInput::individual(id)
    };
    let theirs = store.record_activity(&help(&person.id)).expect("an accompaniment");
    let not_theirs = store.record_activity(&help(&other.id)).expect("another person's accompaniment");
    let procedure = started(&mut store, &person.id, "caf_rsa", 0);

    let linked = store.link_procedure_activity(&procedure.id, &theirs.id).expect("the person's accompaniment links");
    assert_eq!(linked.activities.len(), 1, "the link is listed on the procedure");
    assert_eq!(linked.activities[0].activity_id, theirs.id, "with the accompaniment's id");
    assert_eq!(linked.activities[0].date, theirs.date, "and its day");
    let again = store.link_procedure_activity(&procedure.id, &theirs.id).expect("linking twice is harmless");
    assert_eq!(again.activities.len(), 1, "a link exists once");

    let rows = store.row_counts();
    let error = validation_error(store.link_procedure_activity(&procedure.id, &not_theirs.id));
    assert_eq!(error, ValidationError::ActivityNotOfThisPerson, "another person's accompaniment is not about this procedure");
    let error = store.link_procedure_activity(&procedure.id, "0190aaaa-0000-7000-8000-000000000000").expect_err("no such activity");
    assert!(matches!(error, CoreError::NotFound { entity: "activity", .. }), "NotFound(activity), got {error:?}");
    assert_eq!(store.row_counts(), rows, "refused links write nothing");

    let unlinked = store.unlink_procedure_activity(&procedure.id, &theirs.id).expect("unlinked");
    assert!(unlinked.activities.is_empty(), "an unlinked accompaniment leaves the procedure");
    assert!(store.activity(&theirs.id).is_ok(), "the accompaniment itself stays");
    let relinked = store.link_procedure_activity(&procedure.id, &theirs.id).expect("linked again");
    assert_eq!(relinked.activities.len(), 1, "a link can be made again after it was undone");
}

#[test]
fn details_are_edited_as_the_mediator_learns_them() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Inès", "Lacroix");
    let created = started(&mut store, &person.id, "caf_prime_activite", 3);
    let call_back = clock::today() + Days::new(4);
    let edited = store
        .update_procedure(
            &created.id,
            &ProcedureDetails {
                reference: " 1234567 A ".into(),
                deadline: Some(clock::today() + Days::new(10)),
                renewal_on: None,
                call_back_on: Some(call_back),
                notes: "Attestation employeur demandée\n".into(),
            },
        )
        .expect("valid details");
    assert_eq!(edited.reference, "1234567 A", "the reference is trimmed");
    assert_eq!(edited.call_back_on, Some(call_back), "the call-back day is kept");
    assert_eq!(edited.notes, "Attestation employeur demandée", "notes lose trailing blank lines");
    assert_eq!(edited.history, created.history, "editing details adds no step");
    let error = validation_error(store.update_procedure(
        &created.id,
        &ProcedureDetails { reference: "9".repeat(101), ..ProcedureDetails::default() },
    ));
    assert_eq!(error, ValidationError::TooLong { field: "reference", max: 100 }, "a reference is at most 100 characters");
}

#[test]
fn a_procedure_for_nobody_or_of_no_known_kind_is_refused() {
    let mut store = TestStore::new();
    let rows = store.row_counts();
    let error = store
        .create_procedure(&residence_permit("0190aaaa-0000-7000-8000-000000000000"))
        .expect_err("nobody has this id");
    assert!(
        matches!(error, CoreError::NotFound { entity: "beneficiary", .. }),
        "a procedure must belong to an existing person: NotFound(beneficiary), got {error:?}"
    );
    let person = add_person(&mut store, "Noël", "Benoît");
    let rows_with_person = store.row_counts();
    let error = validation_error(store.create_procedure(&ProcedureInput::new(&person.id, "caf_rsa_bis")));
    assert_eq!(
        error,
        ValidationError::UnknownCode { field: "kind", code: "caf_rsa_bis".into() },
        "a kind is an entry of the catalogue"
    );
    assert_eq!(store.row_counts(), rows_with_person, "no row was written");
    assert_ne!(rows, rows_with_person, "(the person was)");

    let error = store
        .set_procedure_status("0190aaaa-0000-7000-8000-000000000000", &StatusChangeInput::to(Submitted))
        .expect_err("no such procedure");
    assert!(matches!(error, CoreError::NotFound { entity: "procedure", .. }), "NotFound(procedure), got {error:?}");
    let error = store.procedures(Some("0190aaaa-0000-7000-8000-000000000000")).expect_err("no such person");
    assert!(matches!(error, CoreError::NotFound { entity: "beneficiary", .. }), "NotFound(beneficiary), got {error:?}");
}

#[test]
fn procedures_are_listed_soonest_deadline_first() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Fatima", "Haddad");
    let today = clock::today();
    for deadline in [Some(today + Days::new(20)), None, Some(today + Days::new(3))] {
        store.create_procedure(&ProcedureInput { deadline, ..residence_permit(&person.id) }).expect("valid");
    }
    let deadlines: Vec<_> = store.procedures(None).expect("listable").into_iter().map(|p| p.deadline).collect();
    assert_eq!(
        deadlines,
        [Some(today + Days::new(3)), Some(today + Days::new(20)), None],
        "the most urgent first, those without a deadline last"
    );
}

#[test]
fn a_damaged_stored_day_names_the_procedure_instead_of_reading_as_none() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Agnès", "Fontaine");
    let created = started(&mut store, &person.id, "caf_rsa", 1);
    store
        .raw()
        .execute("UPDATE procedure SET deadline = '2026-02-31' WHERE id = ?1", [&created.id])
        .expect("the test damages the row directly");
    let error = store.procedure(&created.id).expect_err("an impossible date cannot be read back");
    assert!(
        matches!(&error, CoreError::StoredValueUnreadable { entity: "procedure", id } if *id == created.id),
        "the error names the record, so a later save cannot silently drop the date: {error:?}"
    );
}

#[test]
fn procedures_stored_before_the_catalogue_read_back_unchanged() {
    use escale_core::storage::{MIGRATIONS, migrate_with};
    let mut connection = rusqlite::Connection::open_in_memory().expect("an in-memory database");
    let before = MIGRATIONS
        .iter()
        .position(|migration| migration.name == "procedures_over_weeks")
        .expect("the catalogue's migration is listed");
    migrate_with(&mut connection, &MIGRATIONS[..before]).expect("the schema before the catalogue");
    connection
        .execute_batch(
            "INSERT INTO beneficiary (id, created_at, updated_at) VALUES ('b', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
             INSERT INTO procedure (id, beneficiary_id, kind, status, created_at, updated_at)
               VALUES ('p', 'b', 'ants_carte_identite', 'deposee', '2026-01-05T09:00:00.000Z', '2026-01-06T09:00:00.000Z');
             INSERT INTO procedure_status_change (id, procedure_id, status, note, changed_at)
               VALUES ('s1', 'p', 'a_faire', '', '2026-01-05T09:00:00.000Z'),
                      ('s2', 'p', 'deposee', '', '2026-01-06T23:30:00.000Z');",
        )
        .expect("rows as the former schema stored them");
    migrate_with(&mut connection, MIGRATIONS).expect("the catalogue's migration applies over existing rows");
    let steps: Vec<(String, String)> = connection
        .prepare("SELECT event, happened_on FROM procedure_status_change ORDER BY changed_at")
        .and_then(|mut statement| statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect())
        .expect("the steps read back");
    assert_eq!(
        steps,
        [("status_change".to_string(), "2026-01-05".to_string()), ("status_change".to_string(), "2026-01-06".to_string())],
        "existing steps are status changes that happened the (UTC) day they were recorded"
    );
    let kind: String = connection.query_row("SELECT kind FROM procedure WHERE id = 'p'", [], |row| row.get(0)).expect("the procedure");
    assert_eq!(kind, "ants_carte_identite", "the stored kind is untouched");
    let entry = catalogue::shipped().entry(&kind).expect("a former kind is a catalogue id");
    assert!(entry.retired, "the former 'identity card or passport' is kept for old records but no longer offered");
}
