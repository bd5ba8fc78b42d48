//! Administrative procedures followed over weeks: what it is (an entry of the catalogue), where
//! it stands (with every past step), the documents brought and missing, its reference number,
//! its deadline and next renewal, the accompaniments that worked on it, and what needs following
//! up this week.
//!
//! - `catalogue`: the shipped catalogue (data) and the structure's own entries.
//! - `status`: which status may follow which.
//! - `follow_up`: what is overdue, due today and due this week.

pub mod catalogue;
pub mod follow_up;
pub mod status;

use chrono::{Months, NaiveDate};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::error::{CoreError, CoreResult, ValidationError};
use crate::i18n::Localizer;
use crate::storage::Store;
use crate::text;
use crate::vocabulary::{DocumentState, ProcedureEvent, ProcedureStatus, Theme};

use catalogue::CatalogueEntry;

/// What a mediator fills in to start following a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProcedureInput {
    pub beneficiary_id: String,
    /// A catalogue entry's id.
    pub kind: String,
    /// The starting status: usually to do; accepted to follow the renewal of a right the person
    /// already has.
    pub status: ProcedureStatus,
    /// The day of the starting status, today if not given (records are often entered late).
    #[ts(type = "string | null")]
    pub started_on: Option<NaiveDate>,
    /// The administration's file or claim number.
    pub reference: String,
    #[ts(type = "string | null")]
    pub deadline: Option<NaiveDate>,
    /// The day the mediator plans to call the person back about it.
    #[ts(type = "string | null")]
    pub call_back_on: Option<NaiveDate>,
    pub notes: String,
}

impl ProcedureInput {
    /// A procedure of `kind` to do for `beneficiary_id`, from today, nothing else filled in.
    pub fn new(beneficiary_id: &str, kind: &str) -> Self {
        ProcedureInput {
            beneficiary_id: beneficiary_id.to_string(),
            kind: kind.to_string(),
            status: ProcedureStatus::ToDo,
            started_on: None,
            reference: String::new(),
            deadline: None,
            call_back_on: None,
            notes: String::new(),
        }
    }

    fn validated(&self, today: NaiveDate) -> Result<ProcedureInput, ValidationError> {
        let clean = ProcedureInput {
            reference: text::clean(&self.reference),
            notes: self.notes.trim_end().to_string(),
            kind: self.kind.trim().to_string(),
            ..self.clone()
        };
        if let Some(day) = clean.started_on.filter(|day| *day > today) {
            return Err(ValidationError::DateInFuture(day.to_string()));
        }
        text::check_plain_text("reference", &clean.reference, false)?;
        text::check_length("reference", &clean.reference, 100)?;
        text::check_plain_text("notes", &clean.notes, true)?;
        text::check_length("notes", &clean.notes, 10_000)?;
        Ok(clean)
    }
}

/// A move to another status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusChangeInput {
    pub status: ProcedureStatus,
    pub note: String,
    /// The day it happened (a decision letter read a week later), today if not given.
    #[ts(type = "string | null")]
    pub on: Option<NaiveDate>,
}

impl StatusChangeInput {
    /// A change to `status` today, without a note.
    pub fn to(status: ProcedureStatus) -> Self {
        StatusChangeInput { status, note: String::new(), on: None }
    }

    pub fn with_note(mut self, note: &str) -> Self {
        self.note = note.to_string();
        self
    }

    pub fn on(mut self, day: NaiveDate) -> Self {
        self.on = Some(day);
        self
    }
}

/// The fields of a procedure a mediator edits as they learn them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProcedureDetails {
    pub reference: String,
    #[ts(type = "string | null")]
    pub deadline: Option<NaiveDate>,
    /// The next renewal or recurring declaration (computed from the catalogue, corrected here
    /// when the real date differs: a residence permit of two years).
    #[ts(type = "string | null")]
    pub renewal_on: Option<NaiveDate>,
    #[ts(type = "string | null")]
    pub call_back_on: Option<NaiveDate>,
    pub notes: String,
}

/// One step of a procedure's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    pub event: ProcedureEvent,
    /// The status after this step.
    pub status: ProcedureStatus,
    pub note: String,
    /// The day it happened.
    #[ts(type = "string")]
    pub on: NaiveDate,
    /// When it was recorded.
    pub changed_at: String,
}

/// A document of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistDocument {
    /// A document id of the catalogue (Fluent `procedure-document-<id>`).
    pub document: String,
    /// The day it was brought; `None` while it is missing.
    #[ts(type = "string | null")]
    pub brought_on: Option<NaiveDate>,
}

/// An accompaniment that worked on the procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LinkedActivity {
    pub activity_id: String,
    #[ts(type = "string")]
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Procedure {
    pub id: String,
    pub beneficiary_id: String,
    /// The catalogue entry's id.
    pub kind: String,
    /// The label of a structure's own entry; shipped entries are named by Fluent.
    pub custom_kind_label: Option<String>,
    /// The administrative theme of its kind; `None` for a kind this version does not know
    /// (written by a newer Escale).
    pub theme: Option<Theme>,
    pub status: ProcedureStatus,
    pub reference: String,
    #[ts(type = "string | null")]
    pub deadline: Option<NaiveDate>,
    /// The next renewal or recurring declaration.
    #[ts(type = "string | null")]
    pub renewal_on: Option<NaiveDate>,
    #[ts(type = "string | null")]
    pub call_back_on: Option<NaiveDate>,
    pub notes: String,
    /// Every step, oldest first; the last status change or reopening gives the current status.
    pub history: Vec<StatusChange>,
    /// Documents in the catalogue's order, then those added later.
    pub checklist: Vec<ChecklistDocument>,
    /// Linked accompaniments, newest first.
    pub activities: Vec<LinkedActivity>,
    pub created_at: String,
    pub updated_at: String,
}

impl Procedure {
    /// The day the current status began (reopenings count; recurring declarations do not).
    pub fn in_status_since(&self) -> Option<NaiveDate> {
        self.history.iter().rev().find(|step| step.event != ProcedureEvent::RecurrenceDone).map(|step| step.on)
    }

    /// The name of its kind in the localizer's language (a structure's own entry keeps the
    /// label it was given).
    pub fn kind_label(&self, localizer: &Localizer) -> String {
        match &self.custom_kind_label {
            Some(label) => label.clone(),
            None => localizer.text(&catalogue::kind_fluent_id(&self.kind)),
        }
    }

    /// The documents still missing.
    pub fn missing_documents(&self) -> impl Iterator<Item = &str> {
        self.checklist.iter().filter(|document| document.brought_on.is_none()).map(|d| d.document.as_str())
    }
}

/// The next renewal after a procedure reaches `status` on `day`, by the catalogue's rule:
/// reaching the recurrence's starting status sets it a period later; a refusal or a drop ends
/// it, and so does a decision for a request renewed only while it waits. Otherwise it stays as
/// it was (possibly set by hand).
fn renewal_after(
    entry: &CatalogueEntry,
    status: ProcedureStatus,
    day: NaiveDate,
    current: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let Some(recurrence) = entry.recurrence else { return current };
    if status == recurrence.from {
        return day.checked_add_months(Months::new(recurrence.every_months));
    }
    match status {
        ProcedureStatus::Refused | ProcedureStatus::Dropped => None,
        ProcedureStatus::Accepted if recurrence.until_decision => None,
        _ => current,
    }
}

fn append_step(
    transaction: &Transaction<'_>,
    procedure_id: &str,
    event: ProcedureEvent,
    status: ProcedureStatus,
    note: &str,
    on: NaiveDate,
    at: &str,
) -> CoreResult<()> {
    transaction.execute(
        "INSERT INTO procedure_status_change (id, procedure_id, event, status, note, happened_on, changed_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![clock::new_id(), procedure_id, event, status, note, on.to_string(), at],
    )?;
    Ok(())
}

/// Inserts a validated procedure with its first step and its checklist from the catalogue.
/// `at` is the recording time (the demo backdates it).
pub(crate) fn insert_procedure(
    transaction: &Transaction<'_>,
    input: &ProcedureInput,
    entry: &CatalogueEntry,
    today: NaiveDate,
    at: &str,
) -> CoreResult<String> {
    let exists: Option<i64> = transaction
        .query_row("SELECT 1 FROM beneficiary WHERE id = ?1 AND deleted_at IS NULL", [&input.beneficiary_id], |row| {
            row.get(0)
        })
        .optional()?;
    if exists.is_none() {
        return Err(CoreError::NotFound { entity: "beneficiary", id: input.beneficiary_id.clone() });
    }
    let started_on = input.started_on.unwrap_or(today);
    let renewal_on = renewal_after(entry, input.status, started_on, None);
    let id = clock::new_id();
    transaction.execute(
        "INSERT INTO procedure (id, beneficiary_id, kind, status, reference, deadline, renewal_on, call_back_on, \
           notes, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id,
            input.beneficiary_id,
            entry.id,
            input.status,
            input.reference,
            input.deadline.map(|d| d.to_string()),
            renewal_on.map(|d| d.to_string()),
            input.call_back_on.map(|d| d.to_string()),
            input.notes,
            at
        ],
    )?;
    append_step(transaction, &id, ProcedureEvent::StatusChange, input.status, "", started_on, at)?;
    for document in &entry.documents {
        transaction.execute(
            "INSERT INTO procedure_document (procedure_id, document, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![id, document, at],
        )?;
    }
    audit::record(transaction, AuditAction::Create, "procedure", &id)?;
    Ok(id)
}

/// Moves procedure `id` to `status` on `on` (today if `None`), recorded at `at`: the transition
/// must be in the table, the day neither in the future nor before the last step.
pub(crate) fn change_status(
    transaction: &Transaction<'_>,
    id: &str,
    status: ProcedureStatus,
    note: &str,
    on: Option<NaiveDate>,
    today: NaiveDate,
    at: &str,
) -> CoreResult<()> {
    let current = current(transaction, id)?;
    status::check_transition(current.status, status)?;
    let day = step_day(on, today, current.last_step_on)?;
    let renewal_on = match catalogue::entry_in(transaction, &current.kind) {
        Ok(entry) => renewal_after(&entry, status, day, current.renewal_on),
        Err(_) => current.renewal_on,
    };
    transaction.execute(
        "UPDATE procedure SET status = ?2, renewal_on = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, status, renewal_on.map(|d| d.to_string()), at],
    )?;
    append_step(transaction, id, ProcedureEvent::StatusChange, status, note, day, at)?;
    audit::record(transaction, AuditAction::StatusChange, "procedure", id)?;
    Ok(())
}

/// What a write needs to know of a procedure as it stands.
struct Current {
    kind: String,
    status: ProcedureStatus,
    renewal_on: Option<NaiveDate>,
    last_step_on: NaiveDate,
    beneficiary_id: String,
}

fn current(transaction: &Transaction<'_>, id: &str) -> CoreResult<Current> {
    let found = transaction
        .query_row(
            "SELECT p.kind, p.status, p.renewal_on, p.beneficiary_id, \
               (SELECT max(happened_on) FROM procedure_status_change WHERE procedure_id = p.id) \
             FROM procedure p WHERE p.id = ?1 AND p.deleted_at IS NULL",
            [id],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, ProcedureStatus>(1)?,
                    row.get::<_, Option<String>>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, Option<String>>(4)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| not_found(id))?;
    let (kind, status, renewal_on, beneficiary_id, last_step_on) = found;
    Ok(Current {
        kind,
        status,
        renewal_on: stored_day(renewal_on.as_deref(), "procedure", id)?,
        last_step_on: stored_day(last_step_on.as_deref(), "procedure", id)?.unwrap_or(NaiveDate::MIN),
        beneficiary_id,
    })
}

/// A stored day, read back; a damaged one is an error naming the record, never a silent `None`
/// that a later save would write back.
fn stored_day(text: Option<&str>, entity: &'static str, id: &str) -> CoreResult<Option<NaiveDate>> {
    text.map(|text| {
        text.parse().map_err(|_| CoreError::StoredValueUnreadable { entity, id: id.to_string() })
    })
    .transpose()
}

/// The day of a new step: today if not given, never in the future nor before the last step.
fn step_day(on: Option<NaiveDate>, today: NaiveDate, last_step_on: NaiveDate) -> Result<NaiveDate, ValidationError> {
    let day = on.unwrap_or(today);
    if day > today {
        return Err(ValidationError::DateInFuture(day.to_string()));
    }
    if day < last_step_on {
        return Err(ValidationError::DateBeforePreviousStep(last_step_on.to_string()));
    }
    Ok(day)
}

impl Store {
    /// Starts following a procedure for a person, with the catalogue's documents as its
    /// checklist (all missing) and, when it starts at the recurrence's status, its renewal.
    pub fn create_procedure(&mut self, input: &ProcedureInput) -> CoreResult<Procedure> {
        let today = clock::today();
        let input = input.validated(today)?;
        let entry = self.catalogue_entry(&input.kind)?;
        let id = self.write(|transaction| insert_procedure(transaction, &input, &entry, today, &clock::now_timestamp()))?;
        self.procedure(&id)
    }

    /// Moves a procedure to a status the transition table allows, keeping the old one in its
    /// history and computing the next renewal from the catalogue.
    pub fn set_procedure_status(&mut self, id: &str, change: &StatusChangeInput) -> CoreResult<Procedure> {
        let note = change.note.trim();
        text::check_plain_text("note", note, true)?;
        text::check_length("note", note, 2_000)?;
        let today = clock::today();
        self.write(|transaction| {
            change_status(transaction, id, change.status, note, change.on, today, &clock::now_timestamp())
        })?;
        self.procedure(id)
    }

    /// Opens a closed procedure (accepted, refused, dropped) again, in an open status, with a
    /// note saying why: an appeal, a renewal, a decision withdrawn. The reopening is a step of
    /// the history; the renewal date starts over.
    pub fn reopen_procedure(&mut self, id: &str, change: &StatusChangeInput) -> CoreResult<Procedure> {
        let note = change.note.trim();
        if note.is_empty() {
            return Err(ValidationError::ReopenNoteRequired.into());
        }
        text::check_plain_text("note", note, true)?;
        text::check_length("note", note, 2_000)?;
        let today = clock::today();
        self.write(|transaction| {
            let current = current(transaction, id)?;
            if !current.status.is_closed() {
                return Err(ValidationError::ProcedureNotClosed(current.status.code().to_string()).into());
            }
            if change.status.is_closed() {
                return Err(ValidationError::StatusTransitionNotAllowed {
                    from: current.status.code().to_string(),
                    to: change.status.code().to_string(),
                }
                .into());
            }
            let day = step_day(change.on, today, current.last_step_on)?;
            let renewal_on = match catalogue::entry_in(transaction, &current.kind) {
                Ok(entry) => renewal_after(&entry, change.status, day, None),
                Err(_) => None,
            };
            let now = clock::now_timestamp();
            transaction.execute(
                "UPDATE procedure SET status = ?2, renewal_on = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, change.status, renewal_on.map(|d| d.to_string()), now],
            )?;
            append_step(transaction, id, ProcedureEvent::Reopening, change.status, note, day, &now)?;
            audit::record(transaction, AuditAction::StatusChange, "procedure", id)?;
            Ok(())
        })?;
        self.procedure(id)
    }

    /// Records that the recurring declaration or renewal due was done on `on` (today if not
    /// given): the next one is due one period after the one just done, and later periods are
    /// skipped until it is after `on`. Without a recurrence in the catalogue, the date set by
    /// hand is simply cleared.
    pub fn record_recurrence_done(&mut self, id: &str, on: Option<NaiveDate>) -> CoreResult<Procedure> {
        let today = clock::today();
        self.write(|transaction| {
            let current = current(transaction, id)?;
            let Some(due) = current.renewal_on else {
                return Err(ValidationError::NoRecurrenceDue.into());
            };
            let day = step_day(on, today, current.last_step_on)?;
            let period = catalogue::entry_in(transaction, &current.kind).ok().and_then(|entry| entry.recurrence);
            let next = period.and_then(|recurrence| {
                let months = Months::new(recurrence.every_months);
                let mut next = due.checked_add_months(months)?;
                while next <= day {
                    next = next.checked_add_months(months)?;
                }
                Some(next)
            });
            let now = clock::now_timestamp();
            transaction.execute(
                "UPDATE procedure SET renewal_on = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, next.map(|d| d.to_string()), now],
            )?;
            append_step(transaction, id, ProcedureEvent::RecurrenceDone, current.status, "", day, &now)?;
            audit::record(transaction, AuditAction::Update, "procedure", id)?;
            Ok(())
        })?;
        self.procedure(id)
    }

    /// Changes what a mediator learns along the way: reference, deadline, renewal, call-back, notes.
    pub fn update_procedure(&mut self, id: &str, details: &ProcedureDetails) -> CoreResult<Procedure> {
        let reference = text::clean(&details.reference);
        let notes = details.notes.trim_end().to_string();
        text::check_plain_text("reference", &reference, false)?;
        text::check_length("reference", &reference, 100)?;
        text::check_plain_text("notes", &notes, true)?;
        text::check_length("notes", &notes, 10_000)?;
        self.write(|transaction| {
            current(transaction, id)?;
            transaction.execute(
                "UPDATE procedure SET reference = ?2, deadline = ?3, renewal_on = ?4, call_back_on = ?5, notes = ?6, \
                   updated_at = ?7 WHERE id = ?1",
                params![
                    id,
                    reference,
                    details.deadline.map(|d| d.to_string()),
                    details.renewal_on.map(|d| d.to_string()),
                    details.call_back_on.map(|d| d.to_string()),
                    notes,
                    clock::now_timestamp()
                ],
            )?;
            audit::record(transaction, AuditAction::Update, "procedure", id)?;
            Ok(())
        })?;
        self.procedure(id)
    }

    /// Marks a document of the checklist brought (today) or missing, or takes it off the list
    /// when this procedure does not need it. A document of the catalogue's list that is not on
    /// the checklist yet is added.
    pub fn set_procedure_document(&mut self, id: &str, document: &str, state: DocumentState) -> CoreResult<Procedure> {
        if !catalogue::shipped().has_document(document) {
            return Err(ValidationError::UnknownCode { field: "documents", code: document.to_string() }.into());
        }
        let today = clock::today().to_string();
        self.write(|transaction| {
            current(transaction, id)?;
            let now = clock::now_timestamp();
            let (brought_on, deleted_at) = match state {
                DocumentState::Brought => (Some(today.as_str()), None),
                DocumentState::Missing => (None, None),
                DocumentState::NotNeeded => (None, Some(now.as_str())),
            };
            transaction.execute(
                "INSERT INTO procedure_document (procedure_id, document, brought_on, created_at, updated_at, deleted_at) \
                 VALUES (?1, ?2, ?3, ?4, ?4, ?5) \
                 ON CONFLICT (procedure_id, document) DO UPDATE SET \
                   brought_on = excluded.brought_on, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at",
                params![id, document, brought_on, now, deleted_at],
            )?;
            audit::record(transaction, AuditAction::Update, "procedure", id)?;
            Ok(())
        })?;
        self.procedure(id)
    }

    /// Links an accompaniment of the procedure's person to it (again, if it was unlinked).
    pub fn link_procedure_activity(&mut self, id: &str, activity_id: &str) -> CoreResult<Procedure> {
        self.write(|transaction| {
            let current = current(transaction, id)?;
            let activity_exists: Option<i64> = transaction
                .query_row("SELECT 1 FROM activity WHERE id = ?1 AND deleted_at IS NULL", [activity_id], |row| row.get(0))
                .optional()?;
            if activity_exists.is_none() {
                return Err(CoreError::NotFound { entity: "activity", id: activity_id.to_string() });
            }
            let took_part: bool = transaction.query_row(
                "SELECT EXISTS (SELECT 1 FROM accompaniment WHERE activity_id = ?1 AND beneficiary_id = ?2 \
                   AND deleted_at IS NULL)",
                params![activity_id, current.beneficiary_id],
                |row| row.get(0),
            )?;
            if !took_part {
                return Err(ValidationError::ActivityNotOfThisPerson.into());
            }
            transaction.execute(
                "INSERT INTO procedure_activity (procedure_id, activity_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?3) \
                 ON CONFLICT (procedure_id, activity_id) DO UPDATE SET deleted_at = NULL, updated_at = excluded.updated_at",
                params![id, activity_id, clock::now_timestamp()],
            )?;
            audit::record(transaction, AuditAction::Update, "procedure", id)?;
            Ok(())
        })?;
        self.procedure(id)
    }

    /// Unlinks an accompaniment from the procedure (the accompaniment itself stays).
    pub fn unlink_procedure_activity(&mut self, id: &str, activity_id: &str) -> CoreResult<Procedure> {
        self.write(|transaction| {
            current(transaction, id)?;
            let now = clock::now_timestamp();
            transaction.execute(
                "UPDATE procedure_activity SET deleted_at = ?3, updated_at = ?3 \
                 WHERE procedure_id = ?1 AND activity_id = ?2 AND deleted_at IS NULL",
                params![id, activity_id, now],
            )?;
            audit::record(transaction, AuditAction::Update, "procedure", id)?;
            Ok(())
        })?;
        self.procedure(id)
    }

    pub fn procedure(&self, id: &str) -> CoreResult<Procedure> {
        let connection = self.reader();
        let row = connection
            .query_row(
                "SELECT p.id, p.beneficiary_id, p.kind, p.status, p.reference, p.deadline, p.renewal_on, \
                   p.call_back_on, p.notes, p.created_at, p.updated_at, c.label \
                 FROM procedure p LEFT JOIN procedure_catalogue_entry c ON c.id = p.kind \
                 WHERE p.id = ?1 AND p.deleted_at IS NULL",
                [id],
                |row| {
                    Ok((
                        Procedure {
                            id: row.get(0)?,
                            beneficiary_id: row.get(1)?,
                            kind: row.get(2)?,
                            status: row.get(3)?,
                            reference: row.get(4)?,
                            notes: row.get(8)?,
                            created_at: row.get(9)?,
                            updated_at: row.get(10)?,
                            custom_kind_label: row.get(11)?,
                            theme: None,
                            deadline: None,
                            renewal_on: None,
                            call_back_on: None,
                            history: Vec::new(),
                            checklist: Vec::new(),
                            activities: Vec::new(),
                        },
                        [row.get::<_, Option<String>>(5)?, row.get::<_, Option<String>>(6)?, row.get::<_, Option<String>>(7)?],
                    ))
                },
            )
            .optional()?;
        let (mut procedure, [deadline, renewal_on, call_back_on]) = row.ok_or_else(|| not_found(id))?;
        procedure.deadline = stored_day(deadline.as_deref(), "procedure", id)?;
        procedure.renewal_on = stored_day(renewal_on.as_deref(), "procedure", id)?;
        procedure.call_back_on = stored_day(call_back_on.as_deref(), "procedure", id)?;
        procedure.theme = match catalogue::shipped().entry(&procedure.kind) {
            Some(entry) => Some(entry.theme),
            None => connection
                .query_row("SELECT theme FROM procedure_catalogue_entry WHERE id = ?1", [&procedure.kind], |row| row.get(0))
                .optional()?,
        };

        let mut history = connection.prepare_cached(
            "SELECT event, status, note, happened_on, changed_at FROM procedure_status_change \
             WHERE procedure_id = ?1 ORDER BY changed_at, id",
        )?;
        let steps = history
            .query_map([id], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get::<_, String>(3)?, row.get(4)?))
            })?
            .collect::<rusqlite::Result<Vec<(ProcedureEvent, ProcedureStatus, String, String, String)>>>()?;
        for (event, status, note, on, changed_at) in steps {
            let on = stored_day(Some(&on), "procedure", id)?.expect("a present day reads back or fails");
            procedure.history.push(StatusChange { event, status, note, on, changed_at });
        }

        let mut checklist = connection.prepare_cached(
            "SELECT document, brought_on FROM procedure_document WHERE procedure_id = ?1 AND deleted_at IS NULL \
             ORDER BY created_at, rowid",
        )?;
        let documents = checklist
            .query_map([id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, Option<String>>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (document, brought_on) in documents {
            let brought_on = stored_day(brought_on.as_deref(), "procedure", id)?;
            procedure.checklist.push(ChecklistDocument { document, brought_on });
        }

        let mut activities = connection.prepare_cached(
            "SELECT a.id, a.date FROM procedure_activity pa JOIN activity a ON a.id = pa.activity_id \
             WHERE pa.procedure_id = ?1 AND pa.deleted_at IS NULL AND a.deleted_at IS NULL \
             ORDER BY a.date DESC, a.created_at DESC",
        )?;
        let linked = activities
            .query_map([id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (activity_id, date) in linked {
            let date = stored_day(Some(&date), "activity", &activity_id)?.expect("a present day reads back or fails");
            procedure.activities.push(LinkedActivity { activity_id, date });
        }
        Ok(procedure)
    }

    /// Procedures, soonest deadline first (those without one last); one beneficiary's if given.
    pub fn procedures(&self, beneficiary_id: Option<&str>) -> CoreResult<Vec<Procedure>> {
        if let Some(id) = beneficiary_id {
            self.beneficiary(id)?;
        }
        // Two statements rather than "?1 IS NULL OR beneficiary_id = ?1", which SQLite cannot
        // answer from the index by person: one person's file would read every procedure.
        let mut statement = self.reader().prepare_cached(match beneficiary_id {
            Some(_) => {
                "SELECT id FROM procedure WHERE beneficiary_id = ?1 AND deleted_at IS NULL \
                 ORDER BY deadline IS NULL, deadline, created_at"
            }
            None => "SELECT id FROM procedure WHERE deleted_at IS NULL ORDER BY deadline IS NULL, deadline, created_at",
        })?;
        let parameters: Vec<&str> = beneficiary_id.into_iter().collect();
        let ids = statement
            .query_map(rusqlite::params_from_iter(parameters), |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        ids.iter().map(|id| self.procedure(id)).collect()
    }
}

fn not_found(id: &str) -> CoreError {
    CoreError::NotFound { entity: "procedure", id: id.to_string() }
}
