//! Procedures followed over weeks: the catalogue, a person's procedure through its statuses,
//! its checklist, renewals and links, and the follow-up list.

mod catalogue;
mod follow_up;
mod lifecycle;

use chrono::{Days, NaiveDate};
use escale_core::clock;
use escale_core::procedure::{Procedure, ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::ProcedureStatus;

use crate::support::TestStore;

/// `days` days before today.
pub fn days_ago(days: u64) -> NaiveDate {
    clock::today() - Days::new(days)
}

/// Starts a procedure of `kind` for `person`, `days` days ago.
#[track_caller]
pub fn started(store: &mut TestStore, person: &str, kind: &str, days: u64) -> Procedure {
    store
        .create_procedure(&ProcedureInput { started_on: Some(days_ago(days)), ..ProcedureInput::new(person, kind) })
        .unwrap_or_else(|error| panic!("a {kind} procedure can start {days} days ago: {error:?}"))
}

/// Moves a procedure along the given statuses, each on its day.
#[track_caller]
pub fn walk(store: &mut TestStore, procedure: &Procedure, steps: &[(ProcedureStatus, NaiveDate)]) -> Procedure {
    let mut current = procedure.clone();
    for (status, on) in steps {
        current = store
            .set_procedure_status(&procedure.id, &StatusChangeInput::to(*status).on(*on))
            .unwrap_or_else(|error| panic!("{} may move to {status} on {on}: {error:?}", current.status));
    }
    current
}

/// The statuses of a procedure's history, oldest first.
pub fn statuses(procedure: &Procedure) -> Vec<ProcedureStatus> {
    procedure.history.iter().map(|change| change.status).collect()
}
