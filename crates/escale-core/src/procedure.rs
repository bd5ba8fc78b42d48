//! Administrative procedures followed over weeks: what it is, where it stands (with every past
//! status), its reference number and its deadline.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::error::{CoreError, CoreResult, ValidationError};
use crate::storage::Store;
use crate::text;
use crate::vocabulary::{ProcedureKind, ProcedureStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProcedureInput {
    pub beneficiary_id: String,
    pub kind: ProcedureKind,
    pub status: ProcedureStatus,
    /// The administration's file or claim number.
    pub reference: String,
    #[ts(type = "string | null")]
    pub deadline: Option<NaiveDate>,
    pub notes: String,
}

/// One step of a procedure's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    pub status: ProcedureStatus,
    pub note: String,
    pub changed_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Procedure {
    pub id: String,
    pub beneficiary_id: String,
    pub kind: ProcedureKind,
    pub status: ProcedureStatus,
    pub reference: String,
    #[ts(type = "string | null")]
    pub deadline: Option<NaiveDate>,
    pub notes: String,
    /// Every status, oldest first; the last one is the current status.
    pub history: Vec<StatusChange>,
    pub created_at: String,
    pub updated_at: String,
}

fn append_status(
    transaction: &Transaction<'_>,
    procedure_id: &str,
    status: ProcedureStatus,
    note: &str,
    at: &str,
) -> CoreResult<()> {
    transaction.execute(
        "INSERT INTO procedure_status_change (id, procedure_id, status, note, changed_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![clock::new_id(), procedure_id, status, note, at],
    )?;
    Ok(())
}

pub(crate) fn insert_procedure(transaction: &Transaction<'_>, input: &ProcedureInput, at: &str) -> CoreResult<String> {
    let exists: Option<i64> = transaction
        .query_row("SELECT 1 FROM beneficiary WHERE id = ?1 AND deleted_at IS NULL", [&input.beneficiary_id], |row| {
            row.get(0)
        })
        .optional()?;
    if exists.is_none() {
        return Err(CoreError::NotFound { entity: "beneficiary", id: input.beneficiary_id.clone() });
    }
    let id = clock::new_id();
    transaction.execute(
        "INSERT INTO procedure (id, beneficiary_id, kind, status, reference, deadline, notes, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id,
            input.beneficiary_id,
            input.kind,
            input.status,
            input.reference,
            input.deadline.map(|d| d.to_string()),
            input.notes,
            at
        ],
    )?;
    append_status(transaction, &id, input.status, "", at)?;
    audit::record(transaction, AuditAction::Create, "procedure", &id)?;
    Ok(id)
}

impl ProcedureInput {
    fn validated(&self) -> Result<ProcedureInput, ValidationError> {
        let clean = ProcedureInput {
            reference: text::clean(&self.reference),
            notes: self.notes.trim_end().to_string(),
            ..self.clone()
        };
        text::check_length("reference", &clean.reference, 100)?;
        text::check_length("notes", &clean.notes, 10_000)?;
        Ok(clean)
    }
}

impl Store {
    /// Starts following a procedure for a beneficiary.
    pub fn create_procedure(&mut self, input: &ProcedureInput) -> CoreResult<Procedure> {
        let input = input.validated()?;
        let id = self.write(|transaction| insert_procedure(transaction, &input, &clock::now_timestamp()))?;
        self.procedure(&id)
    }

    /// Moves a procedure to a new status, keeping the old one in its history.
    pub fn set_procedure_status(&mut self, id: &str, status: ProcedureStatus, note: &str) -> CoreResult<Procedure> {
        let note = note.trim();
        text::check_length("note", note, 2_000)?;
        self.write(|transaction| {
            let current: ProcedureStatus = transaction
                .query_row("SELECT status FROM procedure WHERE id = ?1 AND deleted_at IS NULL", [id], |row| row.get(0))
                .optional()?
                .ok_or_else(|| not_found(id))?;
            if current == status {
                return Err(ValidationError::StatusUnchanged(status.code().to_string()).into());
            }
            let now = clock::now_timestamp();
            transaction.execute(
                "UPDATE procedure SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, status, now],
            )?;
            append_status(transaction, id, status, note, &now)?;
            audit::record(transaction, AuditAction::StatusChange, "procedure", id)?;
            Ok(())
        })?;
        self.procedure(id)
    }

    pub fn procedure(&self, id: &str) -> CoreResult<Procedure> {
        let connection = self.reader();
        let mut procedure = connection
            .query_row(
                "SELECT id, beneficiary_id, kind, status, reference, deadline, notes, created_at, updated_at \
                 FROM procedure WHERE id = ?1 AND deleted_at IS NULL",
                [id],
                |row| {
                    let deadline: Option<String> = row.get(5)?;
                    Ok(Procedure {
                        id: row.get(0)?,
                        beneficiary_id: row.get(1)?,
                        kind: row.get(2)?,
                        status: row.get(3)?,
                        reference: row.get(4)?,
                        deadline: deadline.and_then(|d| d.parse().ok()),
                        notes: row.get(6)?,
                        created_at: row.get(7)?,
                        updated_at: row.get(8)?,
                        history: Vec::new(),
                    })
                },
            )
            .optional()?
            .ok_or_else(|| not_found(id))?;
        let mut history = connection.prepare_cached(
            "SELECT status, note, changed_at FROM procedure_status_change WHERE procedure_id = ?1 \
             ORDER BY changed_at, id",
        )?;
        procedure.history = history
            .query_map([id], |row| Ok(StatusChange { status: row.get(0)?, note: row.get(1)?, changed_at: row.get(2)? }))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(procedure)
    }

    /// Procedures, soonest deadline first (those without one last); one beneficiary's if given.
    pub fn procedures(&self, beneficiary_id: Option<&str>) -> CoreResult<Vec<Procedure>> {
        if let Some(id) = beneficiary_id {
            self.beneficiary(id)?;
        }
        let mut statement = self.reader().prepare_cached(
            "SELECT id FROM procedure WHERE deleted_at IS NULL AND (?1 IS NULL OR beneficiary_id = ?1) \
             ORDER BY deadline IS NULL, deadline, created_at",
        )?;
        let ids = statement
            .query_map([beneficiary_id], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        ids.iter().map(|id| self.procedure(id)).collect()
    }
}

fn not_found(id: &str) -> CoreError {
    CoreError::NotFound { entity: "procedure", id: id.to_string() }
}
