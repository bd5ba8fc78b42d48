//! Erasure: a person's identity, contact and notes removed for good, their accompaniments kept
//! as an anonymous person's so that the statistics do not change.
//!
//! What goes: first and last names (and the sort key and name-index terms made from them), phone,
//! e-mail, languages spoken, the language of documents (back to French), the file's notes, the
//! notes and next steps of their individual accompaniments, the reference numbers and notes of
//! their procedures and the notes of their status changes.
//!
//! What stays, because statistics need it and none of it names the person alone: birth year (the
//! age band at each activity's date is computed from it), gender, social status, commune, the
//! accompaniments with their dates, themes, durations, places and orientations, the procedures'
//! kinds, statuses and deadlines, consent records (proof of what was allowed) and the audit log
//! (identifiers only). Workshop notes stay: they describe the workshop, not one person.
//!
//! "For good" means no copy left in the database file or its write-ahead log: the connection
//! runs with `secure_delete` (freed bytes are zeroed), the name index is merged so that no old
//! segment keeps the terms, and the log is checkpointed and truncated after the commit.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::error::{CoreError, CoreResult};
use crate::storage::Store;
use crate::vocabulary::PersonalField;

/// What an erasure of one person empties, and what it keeps for the statistics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ErasureScope {
    pub beneficiary_id: String,
    /// The person's fields that hold something and will be emptied.
    pub personal_fields: Vec<PersonalField>,
    /// Individual accompaniments whose notes or next steps will be emptied.
    pub accompaniment_notes: u32,
    /// Procedures whose reference number or notes will be emptied.
    pub procedure_texts: u32,
    /// Notes of procedure status changes that will be emptied.
    pub status_change_notes: u32,
    /// Accompaniments kept (anonymous) for the statistics.
    pub accompaniments_kept: u32,
    /// Procedures kept with their kind, status and deadline.
    pub procedures_kept: u32,
    /// Consent records kept, as proof of what was allowed.
    pub consents_kept: u32,
}

/// What an erasure did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ErasureReport {
    pub erased: ErasureScope,
    /// Whether the write-ahead log was emptied. `false` when another program (the app and the
    /// command line at once) was reading: old copies then stay in the log until it is next
    /// checkpointed, at the latest when the last connection closes.
    pub log_truncated: bool,
}

/// The row of a person, whether or not it was soft-deleted: a deleted file still holds data.
struct PersonRow {
    rowid: i64,
    erased: bool,
}

fn person_row(connection: &Connection, beneficiary_id: &str) -> CoreResult<PersonRow> {
    connection
        .query_row(
            "SELECT rowid, erased_at IS NOT NULL FROM beneficiary WHERE id = ?1",
            [beneficiary_id],
            |row| Ok(PersonRow { rowid: row.get(0)?, erased: row.get(1)? }),
        )
        .optional()?
        .ok_or_else(|| CoreError::NotFound { entity: "beneficiary", id: beneficiary_id.to_string() })
}

fn count(connection: &Connection, sql: &str, beneficiary_id: &str) -> CoreResult<u32> {
    Ok(connection.prepare_cached(sql)?.query_row([beneficiary_id], |row| row.get(0))?)
}

/// Individual activities the person took part in (workshops are shared with others).
const INDIVIDUAL_ACTIVITIES_OF: &str = "SELECT ac.activity_id FROM accompaniment ac \
     JOIN activity a ON a.id = ac.activity_id WHERE ac.beneficiary_id = ?1 AND a.kind = 'individuel'";

fn scope_of(connection: &Connection, beneficiary_id: &str) -> CoreResult<ErasureScope> {
    let (first_name, last_name, latin_first_name, latin_last_name, phone, email, languages, document_language, notes): (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    ) = connection.query_row(
        "SELECT first_name, last_name, latin_first_name, latin_last_name, phone, email, languages, \
           document_language, notes \
         FROM beneficiary WHERE id = ?1",
        [beneficiary_id],
        |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
                row.get(7)?,
                row.get(8)?,
            ))
        },
    )?;
    let filled = [
        (PersonalField::FirstName, !first_name.is_empty()),
        (PersonalField::LastName, !last_name.is_empty()),
        (PersonalField::LatinFirstName, !latin_first_name.is_empty()),
        (PersonalField::LatinLastName, !latin_last_name.is_empty()),
        (PersonalField::Phone, !phone.is_empty()),
        (PersonalField::Email, !email.is_empty()),
        (PersonalField::Languages, languages != "[]"),
        (PersonalField::DocumentLanguage, document_language != crate::i18n::REFERENCE_LANGUAGE),
        (PersonalField::Notes, !notes.is_empty()),
    ];
    Ok(ErasureScope {
        beneficiary_id: beneficiary_id.to_string(),
        personal_fields: filled.into_iter().filter(|(_, filled)| *filled).map(|(field, _)| field).collect(),
        accompaniment_notes: count(
            connection,
            &format!(
                "SELECT count(*) FROM activity WHERE id IN ({INDIVIDUAL_ACTIVITIES_OF}) \
                 AND (notes <> '' OR next_steps <> '')"
            ),
            beneficiary_id,
        )?,
        procedure_texts: count(
            connection,
            "SELECT count(*) FROM procedure WHERE beneficiary_id = ?1 AND (reference <> '' OR notes <> '')",
            beneficiary_id,
        )?,
        status_change_notes: count(
            connection,
            "SELECT count(*) FROM procedure_status_change WHERE note <> '' \
             AND procedure_id IN (SELECT id FROM procedure WHERE beneficiary_id = ?1)",
            beneficiary_id,
        )?,
        accompaniments_kept: count(
            connection,
            "SELECT count(*) FROM accompaniment WHERE beneficiary_id = ?1 AND deleted_at IS NULL",
            beneficiary_id,
        )?,
        procedures_kept: count(
            connection,
            "SELECT count(*) FROM procedure WHERE beneficiary_id = ?1 AND deleted_at IS NULL",
            beneficiary_id,
        )?,
        consents_kept: count(
            connection,
            "SELECT count(*) FROM consent WHERE beneficiary_id = ?1 AND deleted_at IS NULL",
            beneficiary_id,
        )?,
    })
}

/// Empties one person's identity, contact and notes inside the caller's transaction and
/// records `action` (an erasure on request or an anonymisation by retention).
/// The caller then merges the name index ([`purge_name_index`]) and truncates the log.
pub(crate) fn erase_in(
    transaction: &Transaction<'_>,
    beneficiary_id: &str,
    action: AuditAction,
) -> CoreResult<ErasureScope> {
    let person = person_row(transaction, beneficiary_id)?;
    if person.erased {
        return Err(CoreError::AlreadyErased(beneficiary_id.to_string()));
    }
    let scope = scope_of(transaction, beneficiary_id)?;
    let now = clock::now_timestamp();
    crate::search::name_index::unindex_person(transaction, person.rowid)?;
    transaction.execute(
        "UPDATE beneficiary SET anonymous = 1, first_name = '', last_name = '', sort_key = '', \
           latin_first_name = '', latin_last_name = '', \
           phone = '', email = '', languages = '[]', document_language = ?2, notes = '', \
           erased_at = ?3, updated_at = ?3 \
         WHERE rowid = ?1",
        params![person.rowid, crate::i18n::REFERENCE_LANGUAGE, now],
    )?;
    transaction.execute(
        &format!(
            "UPDATE activity SET notes = '', next_steps = '', updated_at = ?2 \
             WHERE id IN ({INDIVIDUAL_ACTIVITIES_OF}) AND (notes <> '' OR next_steps <> '')"
        ),
        params![beneficiary_id, now],
    )?;
    transaction.execute(
        "UPDATE procedure_status_change SET note = '' WHERE note <> '' \
         AND procedure_id IN (SELECT id FROM procedure WHERE beneficiary_id = ?1)",
        [beneficiary_id],
    )?;
    transaction.execute(
        "UPDATE procedure SET reference = '', notes = '', updated_at = ?2 \
         WHERE beneficiary_id = ?1 AND (reference <> '' OR notes <> '')",
        params![beneficiary_id, now],
    )?;
    // Records merged into this one are the same person: they are emptied too, and the merges'
    // memory of the record before them (its names, its contact) is dropped, so no undo can
    // bring back what was erased.
    transaction.execute(
        "UPDATE beneficiary SET anonymous = 1, first_name = '', last_name = '', sort_key = '', \
           latin_first_name = '', latin_last_name = '', \
           phone = '', email = '', languages = '[]', document_language = ?2, notes = '', \
           erased_at = ?3, updated_at = ?3 \
         WHERE id IN (SELECT merged_id FROM beneficiary_merge WHERE kept_id = ?1)",
        params![beneficiary_id, crate::i18n::REFERENCE_LANGUAGE, now],
    )?;
    transaction.execute(
        "DELETE FROM beneficiary_merge WHERE kept_id = ?1 OR merged_id = ?1",
        [beneficiary_id],
    )?;
    audit::record(transaction, action, "beneficiary", beneficiary_id)?;
    Ok(scope)
}

/// Rewrites the name index as one merged segment. A deletion from the index only marks the
/// row deleted; its terms stay in the old segments until they are merged, and merging frees
/// those segments' pages (zeroed by `secure_delete`).
pub(crate) fn purge_name_index(transaction: &Transaction<'_>) -> CoreResult<()> {
    transaction.execute("INSERT INTO beneficiary_name_index (beneficiary_name_index) VALUES ('optimize')", [])?;
    Ok(())
}

impl Store {
    /// What erasing this person would empty and what it would keep. Changes nothing.
    pub fn erasure_preview(&self, beneficiary_id: &str) -> CoreResult<ErasureScope> {
        let person = person_row(self.reader(), beneficiary_id)?;
        if person.erased {
            return Err(CoreError::AlreadyErased(beneficiary_id.to_string()));
        }
        scope_of(self.reader(), beneficiary_id)
    }

    /// Erases a person's identity, contact and notes for good, at their request; their
    /// accompaniments stay as an anonymous person's. Show [`Store::erasure_preview`] and ask for
    /// confirmation first: this cannot be undone.
    pub fn erase_beneficiary(&mut self, beneficiary_id: &str) -> CoreResult<ErasureReport> {
        let erased = self.write(|transaction| {
            let scope = erase_in(transaction, beneficiary_id, AuditAction::Erase)?;
            purge_name_index(transaction)?;
            Ok(scope)
        })?;
        let log_truncated = self.truncate_log()?;
        Ok(ErasureReport { erased, log_truncated })
    }

    /// Copies the write-ahead log into the database and empties it, so that no page written
    /// before an erasure survives in the log. Returns `false` if a reader kept it from finishing.
    pub(crate) fn truncate_log(&self) -> CoreResult<bool> {
        let busy: i64 = self.reader().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        Ok(busy == 0)
    }
}
