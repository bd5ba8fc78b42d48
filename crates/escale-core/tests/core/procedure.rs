//! Procedures followed over weeks: statuses and their history.

use chrono::Days;
use escale_core::procedure::{Procedure, ProcedureInput};
use escale_core::vocabulary::{ProcedureKind, ProcedureStatus};
use escale_core::{CoreError, ValidationError, clock};

use crate::support::{TestStore, add_person, validation_error};

fn residence_permit(beneficiary_id: &str) -> ProcedureInput {
    ProcedureInput {
        beneficiary_id: beneficiary_id.to_string(),
        kind: ProcedureKind::AnefResidencePermit,
        status: ProcedureStatus::ToDo,
        reference: " 9300012345 ".into(),
        deadline: Some(clock::today() + Days::new(30)),
        notes: "Photo d’identité à refaire.\n".into(),
    }
}

/// The statuses of a procedure's history, oldest first.
fn statuses(procedure: &Procedure) -> Vec<ProcedureStatus> {
    procedure
        .history
        .iter()
        .map(|change| change.status)
        .collect()
}

#[test]
fn a_procedure_keeps_every_status_in_order() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Олена", "Шевченко");
    let created = store
        .create_procedure(&residence_permit(&person.id))
        .expect("a valid procedure");
    assert_eq!(
        created.status,
        ProcedureStatus::ToDo,
        "the initial status is the one given"
    );
    assert_eq!(
        created.reference, "9300012345",
        "the reference number is trimmed"
    );
    assert_eq!(
        created.notes, "Photo d’identité à refaire.",
        "trailing blank lines of notes are dropped"
    );
    assert_eq!(
        created.deadline,
        Some(clock::today() + Days::new(30)),
        "the deadline is kept"
    );
    assert_eq!(
        statuses(&created),
        [ProcedureStatus::ToDo],
        "the creation is the first step of the history"
    );

    let steps = [
        (
            ProcedureStatus::WaitingForDocuments,
            "Manque le justificatif de domicile",
        ),
        (ProcedureStatus::Submitted, ""),
        (
            ProcedureStatus::WaitingForDocuments,
            "La préfecture redemande une photo",
        ),
        (ProcedureStatus::Accepted, "Récépissé reçu"),
    ];
    let mut current = created.clone();
    for (status, note) in steps {
        current = store
            .set_procedure_status(&created.id, status, note)
            .expect("a change of status");
        assert_eq!(
            current.status, status,
            "the current status is the one just set"
        );
    }
    assert_eq!(
        statuses(&current),
        [
            ProcedureStatus::ToDo,
            ProcedureStatus::WaitingForDocuments,
            ProcedureStatus::Submitted,
            ProcedureStatus::WaitingForDocuments,
            ProcedureStatus::Accepted
        ],
        "every status is kept, oldest first, the creation first, even a status seen twice"
    );
    assert_eq!(
        current.history[1].note, "Manque le justificatif de domicile",
        "each step keeps its note"
    );
    assert_eq!(
        current.history[4].note, "Récépissé reçu",
        "the last step keeps its note"
    );
    assert!(
        current
            .history
            .windows(2)
            .all(|pair| pair[0].changed_at <= pair[1].changed_at),
        "the history's times never go backwards"
    );
    assert_eq!(
        current.created_at, created.created_at,
        "status changes keep the creation time"
    );
    assert_eq!(
        store.procedure(&created.id).expect("readable"),
        current,
        "reading returns the same history"
    );
    assert_eq!(
        store.procedures(Some(&person.id)).expect("listable"),
        [current],
        "the person's procedures list holds it"
    );
}

#[test]
fn setting_the_same_status_is_refused_and_changes_nothing() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Karim", "Benali");
    let created = store
        .create_procedure(&residence_permit(&person.id))
        .expect("valid");
    let rows = store.row_counts();
    let error =
        validation_error(store.set_procedure_status(&created.id, ProcedureStatus::ToDo, "encore"));
    assert_eq!(
        error,
        ValidationError::StatusUnchanged("a_faire".into()),
        "a status equal to the current one would add a meaningless step"
    );
    assert_eq!(
        store.procedure(&created.id).expect("readable"),
        created,
        "the procedure and its history are unchanged"
    );
    assert_eq!(
        store.row_counts(),
        rows,
        "no row was written, not even an audit event"
    );
}

#[test]
fn a_procedure_for_nobody_is_not_found() {
    let mut store = TestStore::new();
    let rows = store.row_counts();
    let error = store
        .create_procedure(&residence_permit("0190aaaa-0000-7000-8000-000000000000"))
        .expect_err("nobody has this id");
    assert!(
        matches!(
            error,
            CoreError::NotFound {
                entity: "beneficiary",
                ..
            }
        ),
        "a procedure must belong to an existing person: NotFound(beneficiary), got {error:?}"
    );
    assert!(
        store.procedures(None).expect("listable").is_empty(),
        "no procedure was created"
    );
    assert_eq!(store.row_counts(), rows, "no row was written");

    let error = store
        .set_procedure_status(
            "0190aaaa-0000-7000-8000-000000000000",
            ProcedureStatus::Submitted,
            "",
        )
        .expect_err("no such procedure");
    assert!(
        matches!(
            error,
            CoreError::NotFound {
                entity: "procedure",
                ..
            }
        ),
        "NotFound(procedure), got {error:?}"
    );
    let error = store
        .procedures(Some("0190aaaa-0000-7000-8000-000000000000"))
        .expect_err("no such person");
    assert!(
        matches!(
            error,
            CoreError::NotFound {
                entity: "beneficiary",
                ..
            }
        ),
        "NotFound(beneficiary), got {error:?}"
    );
}

#[test]
fn procedures_are_listed_soonest_deadline_first() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Fatima", "Haddad");
    let today = clock::today();
    for deadline in [
        Some(today + Days::new(20)),
        None,
        Some(today + Days::new(3)),
    ] {
        store
            .create_procedure(&ProcedureInput {
                deadline,
                ..residence_permit(&person.id)
            })
            .expect("valid");
    }
    let deadlines: Vec<_> = store
        .procedures(None)
        .expect("listable")
        .into_iter()
        .map(|p| p.deadline)
        .collect();
    assert_eq!(
        deadlines,
        [
            Some(today + Days::new(3)),
            Some(today + Days::new(20)),
            None
        ],
        "the most urgent first, those without a deadline last"
    );
}
