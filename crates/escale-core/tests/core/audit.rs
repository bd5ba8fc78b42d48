//! The audit log: what was done to which record, never who the person is.

use escale_core::beneficiary::BeneficiaryInput;
use escale_core::procedure::{ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::ProcedureStatus;

use crate::support::{TestStore, person};

#[test]
fn creating_and_changing_records_is_audited() {
    let mut store = TestStore::new();
    let created = store
        .create_beneficiary(&person("Élodie", "N'Diaye"))
        .expect("valid");
    let events = store
        .audit_events_of(&created.id)
        .expect("the audit log is readable");
    assert_eq!(events.len(), 1, "one creation, one event: {events:?}");
    assert_eq!(
        events[0].action, "create",
        "the creation is recorded with the action code 'create'"
    );
    assert_eq!(
        events[0].entity, "beneficiary",
        "the event names the kind of record"
    );
    assert_eq!(
        events[0].entity_id, created.id,
        "the event points to the record"
    );

    store
        .update_beneficiary(&created.id, &person("Élodie", "Diallo"))
        .expect("valid");
    let procedure = store
        .create_procedure(&ProcedureInput::new(&created.id, "caf_rsa"))
        .expect("valid");
    store
        .set_procedure_status(&procedure.id, &StatusChangeInput::to(ProcedureStatus::Submitted))
        .expect("valid");

    let actions = |id: &str| -> Vec<String> {
        store
            .audit_events_of(id)
            .expect("readable")
            .into_iter()
            .map(|event| event.action)
            .collect()
    };
    assert_eq!(
        actions(&created.id),
        ["create", "update"],
        "the update follows the creation"
    );
    assert_eq!(
        actions(&procedure.id),
        ["create", "status-change"],
        "a status change is its own action"
    );
}

#[test]
fn the_audit_table_holds_no_personal_data() {
    let mut store = TestStore::new();
    let names = ["Élodie", "N'Diaye", "فاطمة", "Шевченко"];
    let created = store
        .create_beneficiary(&BeneficiaryInput {
            phone: "06 12 34 56 78".into(),
            email: "elodie@example.org".into(),
            notes: "Dette de loyer".into(),
            ..person(names[0], names[1])
        })
        .expect("valid");
    store
        .update_beneficiary(&created.id, &person(names[2], names[3]))
        .expect("valid");

    let connection = store.raw();
    let mut statement = connection
        .prepare("SELECT * FROM audit_event")
        .expect("the audit table exists");
    let columns = statement.column_count();
    let mut cells: Vec<String> = Vec::new();
    let mut rows = statement.query([]).expect("readable");
    while let Some(row) = rows.next().expect("readable") {
        for index in 0..columns {
            let value: rusqlite::types::Value = row.get(index).expect("a cell");
            cells.push(format!("{value:?}"));
        }
    }
    assert!(
        cells.len() >= 2 * columns,
        "the creation and the update are both in the table"
    );
    for secret in names.iter().copied().chain([
        "06 12 34 56 78",
        "elodie@example.org",
        "Dette de loyer",
        "elodie",
        "ndiaye",
    ]) {
        assert!(
            !cells
                .iter()
                .any(|cell| cell.to_lowercase().contains(&secret.to_lowercase())),
            "the audit log may be shown or exported: it must not hold {secret:?}"
        );
    }
}
