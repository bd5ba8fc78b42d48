//! Which status may follow which.
//!
//! The table follows a file's life at an administration: prepared (to do), stalled for a
//! missing document, submitted, examined, then decided. A decision (accepted, refused) only
//! follows a submitted or examined file; the administration may ask for documents at any point
//! before its decision; the person may drop the procedure while it is open. A closed procedure
//! (accepted, refused, dropped) has no next status: moving it again is a reopening, an explicit
//! action with a note that says why (an appeal, a renewal, a decision withdrawn).

use crate::error::ValidationError;
use crate::vocabulary::ProcedureStatus;

use ProcedureStatus::*;

/// For each status, the statuses that may follow it.
pub const TRANSITIONS: &[(ProcedureStatus, &[ProcedureStatus])] = &[
    (ToDo, &[WaitingForDocuments, Submitted, Dropped]),
    // The documents came: back to preparing, or straight to submitting; documents asked by the
    // administration after a submission, once sent, put the file back in review.
    (WaitingForDocuments, &[ToDo, Submitted, InReview, Dropped]),
    (Submitted, &[WaitingForDocuments, InReview, Accepted, Refused, Dropped]),
    (InReview, &[WaitingForDocuments, Accepted, Refused, Dropped]),
    (Accepted, &[]),
    (Refused, &[]),
    (Dropped, &[]),
];

/// The statuses that may follow `from`.
pub fn next_statuses(from: ProcedureStatus) -> &'static [ProcedureStatus] {
    TRANSITIONS
        .iter()
        .find(|(status, _)| *status == from)
        .map(|(_, next)| *next)
        .expect("every status has a row in TRANSITIONS")
}

/// Whether a procedure in `from` may move to `to`, as a typed error when it may not.
pub fn check_transition(from: ProcedureStatus, to: ProcedureStatus) -> Result<(), ValidationError> {
    if from == to {
        return Err(ValidationError::StatusUnchanged(to.code().to_string()));
    }
    if from.is_closed() {
        return Err(ValidationError::ProcedureClosed(from.code().to_string()));
    }
    if !next_statuses(from).contains(&to) {
        return Err(ValidationError::StatusTransitionNotAllowed {
            from: from.code().to_string(),
            to: to.code().to_string(),
        });
    }
    Ok(())
}

/// The statuses a closed procedure may be reopened into: any open one.
pub fn reopening_statuses() -> impl Iterator<Item = ProcedureStatus> {
    ProcedureStatus::ALL.iter().copied().filter(|status| !status.is_closed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_one_row_per_status_in_order() {
        let rows: Vec<ProcedureStatus> = TRANSITIONS.iter().map(|(status, _)| *status).collect();
        assert_eq!(rows, ProcedureStatus::ALL, "every status has exactly one row, so next_statuses never panics");
    }

    #[test]
    fn closed_statuses_have_no_successor_and_open_ones_can_be_dropped() {
        for status in ProcedureStatus::ALL {
            if status.is_closed() {
                assert!(next_statuses(*status).is_empty(), "{status} is closed: only a reopening moves it");
            } else {
                assert!(next_statuses(*status).contains(&Dropped), "a person may drop a procedure in {status}");
            }
        }
    }

    #[test]
    fn a_decision_only_follows_a_file_the_administration_has() {
        for status in ProcedureStatus::ALL {
            let decides = next_statuses(*status).iter().any(|next| matches!(next, Accepted | Refused));
            assert_eq!(
                decides,
                matches!(status, Submitted | InReview),
                "{status}: accepted or refused only after submitted or in review"
            );
        }
    }

    #[test]
    fn every_open_status_can_be_reached_from_to_do() {
        let mut reached = vec![ToDo];
        let mut index = 0;
        while index < reached.len() {
            for next in next_statuses(reached[index]) {
                if !reached.contains(next) {
                    reached.push(*next);
                }
            }
            index += 1;
        }
        for status in ProcedureStatus::ALL {
            assert!(reached.contains(status), "{status} is reachable from a new procedure");
        }
    }
}
