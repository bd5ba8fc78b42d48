//! Consent: what a person agreed to Escale keeping about them, when, and how they said it.
//! A withdrawal keeps the record (it proves what was allowed until then) and dates its end.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::error::{CoreError, CoreResult, ValidationError};
use crate::storage::Store;
use crate::vocabulary::{ConsentMethod, ConsentPurpose};

/// What a mediator records when a person gives their consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentInput {
    pub beneficiary_id: String,
    #[ts(type = "string")]
    pub given_on: NaiveDate,
    pub method: ConsentMethod,
    pub purposes: Vec<ConsentPurpose>,
}

impl ConsentInput {
    /// Checks the rules and returns the value to store (purposes sorted, each once).
    pub(crate) fn validated(&self, today: NaiveDate) -> Result<ConsentInput, ValidationError> {
        if self.given_on > today {
            return Err(ValidationError::DateInFuture(self.given_on.to_string()));
        }
        let mut purposes = self.purposes.clone();
        purposes.sort();
        purposes.dedup();
        if purposes.is_empty() {
            return Err(ValidationError::ConsentPurposeRequired);
        }
        Ok(ConsentInput { purposes, ..self.clone() })
    }
}

/// A consent as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    pub id: String,
    pub beneficiary_id: String,
    #[ts(type = "string")]
    pub given_on: NaiveDate,
    pub method: ConsentMethod,
    pub purposes: Vec<ConsentPurpose>,
    /// The day the person withdrew it; `None` while it holds.
    #[ts(type = "string | null")]
    pub withdrawn_on: Option<NaiveDate>,
    pub created_at: String,
    pub updated_at: String,
}

const CONSENT_COLUMNS: &str =
    "id, beneficiary_id, given_on, method, purposes, withdrawn_on, created_at, updated_at";

fn day_at(row: &Row<'_>, index: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(index)?;
    text.parse().map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(error))
    })
}

fn consent_from_row(row: &Row<'_>) -> rusqlite::Result<Consent> {
    let purposes: String = row.get(4)?;
    let withdrawn_on: Option<String> = row.get(5)?;
    Ok(Consent {
        id: row.get(0)?,
        beneficiary_id: row.get(1)?,
        given_on: day_at(row, 2)?,
        method: row.get(3)?,
        purposes: serde_json::from_str(&purposes).map_err(|error| {
            rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(error))
        })?,
        withdrawn_on: match withdrawn_on {
            Some(_) => Some(day_at(row, 5)?),
            None => None,
        },
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
    })
}

fn not_found(id: &str) -> CoreError {
    CoreError::NotFound { entity: "consent", id: id.to_string() }
}

impl Store {
    /// Records a person's consent.
    pub fn record_consent(&mut self, input: &ConsentInput) -> CoreResult<Consent> {
        let input = input.validated(clock::today())?;
        let id = self.write(|transaction| {
            let exists: Option<i64> = transaction
                .query_row(
                    "SELECT 1 FROM beneficiary WHERE id = ?1 AND deleted_at IS NULL",
                    [&input.beneficiary_id],
                    |row| row.get(0),
                )
                .optional()?;
            if exists.is_none() {
                return Err(CoreError::NotFound { entity: "beneficiary", id: input.beneficiary_id.clone() });
            }
            let id = clock::new_id();
            transaction.execute(
                "INSERT INTO consent (id, beneficiary_id, given_on, method, purposes, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![
                    id,
                    input.beneficiary_id,
                    input.given_on.to_string(),
                    input.method,
                    serde_json::to_string(&input.purposes).expect("a list of codes serializes"),
                    clock::now_timestamp(),
                ],
            )?;
            audit::record(transaction, AuditAction::Create, "consent", &id)?;
            Ok(id)
        })?;
        self.consent(&id)
    }

    /// Records that the person withdrew a consent on `withdrawn_on`.
    pub fn withdraw_consent(&mut self, consent_id: &str, withdrawn_on: NaiveDate) -> CoreResult<Consent> {
        if withdrawn_on > clock::today() {
            return Err(ValidationError::DateInFuture(withdrawn_on.to_string()).into());
        }
        self.write(|transaction| {
            let (given_on, already): (String, Option<String>) = transaction
                .query_row(
                    "SELECT given_on, withdrawn_on FROM consent WHERE id = ?1 AND deleted_at IS NULL",
                    [consent_id],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?
                .ok_or_else(|| not_found(consent_id))?;
            if already.is_some() {
                return Err(ValidationError::ConsentAlreadyWithdrawn.into());
            }
            // Days are stored as 'YYYY-MM-DD', which compares as text in date order.
            if withdrawn_on.to_string() < given_on {
                return Err(ValidationError::WithdrawalBeforeConsent.into());
            }
            transaction.execute(
                "UPDATE consent SET withdrawn_on = ?2, updated_at = ?3 WHERE id = ?1",
                params![consent_id, withdrawn_on.to_string(), clock::now_timestamp()],
            )?;
            audit::record(transaction, AuditAction::Withdraw, "consent", consent_id)
        })?;
        self.consent(consent_id)
    }

    /// One consent by identifier.
    pub fn consent(&self, id: &str) -> CoreResult<Consent> {
        self.reader()
            .query_row(
                &format!("SELECT {CONSENT_COLUMNS} FROM consent WHERE id = ?1 AND deleted_at IS NULL"),
                [id],
                consent_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found(id))
    }

    /// A person's consents, the most recently given first.
    pub fn consents_of(&self, beneficiary_id: &str) -> CoreResult<Vec<Consent>> {
        self.beneficiary(beneficiary_id)?;
        let mut statement = self.reader().prepare_cached(&format!(
            "SELECT {CONSENT_COLUMNS} FROM consent WHERE beneficiary_id = ?1 AND deleted_at IS NULL \
             ORDER BY given_on DESC, created_at DESC"
        ))?;
        let consents = statement.query_map([beneficiary_id], consent_from_row)?.collect::<rusqlite::Result<_>>()?;
        Ok(consents)
    }
}
