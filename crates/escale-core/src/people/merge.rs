//! Merging two records of the same person (entered twice, once with a typo, once by another
//! mediator), with a preview of what the merged record keeps, and its undo.
//!
//! The kept record keeps its own values and takes the other's where it has none; every
//! accompaniment, procedure and consent of the other record moves to it. The other record is
//! tombstoned, never deleted, and the merge remembers what it changed, so that an undo puts
//! everything back as it was.

use chrono::Datelike;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::beneficiary::{self, Beneficiary, BeneficiaryInput};
use crate::clock;
use crate::error::{CoreError, CoreResult, ValidationError};
use crate::storage::Store;
use crate::vocabulary::{Gender, SocialStatus};

/// What merging `merged_id` into `kept_id` would do. Changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MergePreview {
    pub kept_id: String,
    pub merged_id: String,
    /// The kept record as it will be after the merge.
    pub result: BeneficiaryInput,
    /// The fields the merge fills in from the other record (form field names).
    pub fields_taken: Vec<String>,
    pub accompaniments_moved: u32,
    pub procedures_moved: u32,
    pub consents_moved: u32,
}

/// A merge that was made, and can be undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Merge {
    pub id: String,
    pub kept_id: String,
    pub merged_id: String,
    pub merged_at: String,
    pub undone_at: Option<String>,
}

/// The rows a merge moved, kept as JSON on the merge so that its undo moves them back.
#[derive(Debug, Default, Serialize, Deserialize)]
struct MovedRows {
    accompaniments: Vec<String>,
    /// The other record's accompaniments in activities where the kept record was too (one
    /// workshop with both records as participants): tombstoned, revived by the undo.
    set_aside: Vec<String>,
    procedures: Vec<String>,
    consents: Vec<String>,
}

/// The kept record with the other's values where it has none; the fields so taken.
fn merged_values(kept: &Beneficiary, other: &Beneficiary) -> (BeneficiaryInput, Vec<String>) {
    let mut result = BeneficiaryInput::from(kept);
    let mut taken = Vec::new();
    fn fill(taken: &mut Vec<String>, field: &str, value: &mut String, from: &str) {
        if value.is_empty() && !from.is_empty() {
            *value = from.to_string();
            taken.push(field.to_string());
        }
    }
    if kept.anonymous && !other.anonymous {
        // A record with a name and one without: the person has a name.
        result.anonymous = false;
        taken.push("anonymous".to_string());
    }
    if !result.anonymous {
        fill(&mut taken, "firstName", &mut result.first_name, &other.first_name);
        fill(&mut taken, "lastName", &mut result.last_name, &other.last_name);
        fill(&mut taken, "latinFirstName", &mut result.latin_first_name, &other.latin_first_name);
        fill(&mut taken, "latinLastName", &mut result.latin_last_name, &other.latin_last_name);
        fill(&mut taken, "phone", &mut result.phone, &other.phone);
        fill(&mut taken, "email", &mut result.email, &other.email);
    }
    if result.birth_year.is_none() && other.birth_year.is_some() {
        result.birth_year = other.birth_year;
        taken.push("birthYear".to_string());
    }
    if result.gender == Gender::NotCommunicated && other.gender != Gender::NotCommunicated {
        result.gender = other.gender;
        taken.push("gender".to_string());
    }
    if result.social_status == SocialStatus::NotCommunicated && other.social_status != SocialStatus::NotCommunicated {
        result.social_status = other.social_status;
        taken.push("socialStatus".to_string());
    }
    if result.commune.is_empty() && !other.commune.is_empty() {
        result.commune = other.commune.clone();
        taken.push("commune".to_string());
    }
    let before = result.languages.len();
    for language in &other.languages {
        if !result.languages.contains(language) {
            result.languages.push(language.clone());
        }
    }
    if result.languages.len() > before {
        taken.push("languages".to_string());
    }
    let other_notes = other.notes.trim();
    if !other_notes.is_empty() && !result.notes.contains(other_notes) {
        result.notes = if result.notes.trim().is_empty() {
            other_notes.to_string()
        } else {
            format!("{}\n\n{other_notes}", result.notes.trim_end())
        };
        taken.push("notes".to_string());
    }
    (result, taken)
}

/// The kept record's fields after an undo: each field the merge wrote and nobody changed since
/// gets back its value from before the merge; a field corrected since keeps its correction.
/// Without the fields the merge wrote (merges recorded before they were kept), every field gets
/// back its value from before. When the mix breaks a rule between fields (the old first name
/// with a new anonymity), the record stays as it is now. `None` when a stored value is unreadable.
fn restored_fields(
    before: &serde_json::Value,
    after: Option<&serde_json::Value>,
    now: &serde_json::Value,
) -> Option<BeneficiaryInput> {
    let Some(after) = after else {
        return serde_json::from_value(before.clone()).ok();
    };
    let mut restored = now.as_object()?.clone();
    for (field, old) in before.as_object()? {
        if after.get(field) == now.get(field) {
            restored.insert(field.clone(), old.clone());
        }
    }
    let current: BeneficiaryInput = serde_json::from_value(now.clone()).ok()?;
    let mixed: BeneficiaryInput = serde_json::from_value(serde_json::Value::Object(restored)).ok()?;
    Some(mixed.validated(clock::today().year()).unwrap_or(current))
}

fn ids(transaction: &Transaction<'_>, sql: &str, person: &str) -> CoreResult<Vec<String>> {
    Ok(transaction.prepare(sql)?.query_map([person], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?)
}

fn count(store: &Store, sql: &str, person: &str) -> CoreResult<u32> {
    Ok(store.reader().query_row(sql, [person], |row| row.get(0))?)
}

impl Store {
    /// What merging the record `merged_id` into `kept_id` would keep and move. Changes nothing.
    pub fn merge_preview(&self, kept_id: &str, merged_id: &str) -> CoreResult<MergePreview> {
        if kept_id == merged_id {
            return Err(ValidationError::MergeWithItself.into());
        }
        let kept = self.beneficiary(kept_id)?;
        let other = self.beneficiary(merged_id)?;
        let (result, fields_taken) = merged_values(&kept, &other);
        Ok(MergePreview {
            kept_id: kept_id.to_string(),
            merged_id: merged_id.to_string(),
            result,
            fields_taken,
            accompaniments_moved: count(
                self,
                "SELECT count(*) FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id \
                 WHERE ac.beneficiary_id = ?1 AND ac.deleted_at IS NULL AND a.deleted_at IS NULL",
                merged_id,
            )?,
            procedures_moved: count(
                self,
                "SELECT count(*) FROM procedure WHERE beneficiary_id = ?1 AND deleted_at IS NULL",
                merged_id,
            )?,
            consents_moved: count(
                self,
                "SELECT count(*) FROM consent WHERE beneficiary_id = ?1 AND deleted_at IS NULL",
                merged_id,
            )?,
        })
    }

    /// Merges the record `merged_id` into `kept_id`, as [`Store::merge_preview`] shows, in one
    /// transaction. The merged record leaves every list; [`Store::undo_merge`] brings it back.
    pub fn merge_beneficiaries(&mut self, kept_id: &str, merged_id: &str) -> CoreResult<Merge> {
        if kept_id == merged_id {
            return Err(ValidationError::MergeWithItself.into());
        }
        let kept = self.beneficiary(kept_id)?;
        let other = self.beneficiary(merged_id)?;
        let (result, _) = merged_values(&kept, &other);
        let result = result.validated(clock::today().year())?;
        let kept_before = serde_json::to_string(&BeneficiaryInput::from(&kept)).expect("a person serializes");
        let kept_after = serde_json::to_string(&result).expect("a person serializes");
        let id = clock::new_id();
        self.write(|transaction| {
            let now = clock::now_timestamp();
            // Both records must still be there: rewriting the one and tombstoning the other below
            // fail with `NotFound` otherwise, and the whole transaction rolls back.
            let mut moved = MovedRows::default();
            let accompaniments: Vec<(String, bool)> = transaction
                .prepare(
                    "SELECT ac.id, EXISTS (SELECT 1 FROM accompaniment mine \
                                           WHERE mine.activity_id = ac.activity_id AND mine.beneficiary_id = ?2) \
                     FROM accompaniment ac WHERE ac.beneficiary_id = ?1 AND ac.deleted_at IS NULL",
                )?
                .query_map(params![merged_id, kept_id], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (accompaniment, shared) in accompaniments {
                if shared {
                    transaction.execute(
                        "UPDATE accompaniment SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
                        params![accompaniment, now],
                    )?;
                    moved.set_aside.push(accompaniment);
                } else {
                    transaction.execute(
                        "UPDATE accompaniment SET beneficiary_id = ?2, updated_at = ?3 WHERE id = ?1",
                        params![accompaniment, kept_id, now],
                    )?;
                    moved.accompaniments.push(accompaniment);
                }
            }
            moved.procedures =
                ids(transaction, "SELECT id FROM procedure WHERE beneficiary_id = ?1 AND deleted_at IS NULL", merged_id)?;
            moved.consents =
                ids(transaction, "SELECT id FROM consent WHERE beneficiary_id = ?1 AND deleted_at IS NULL", merged_id)?;
            for (table, rows) in [("procedure", &moved.procedures), ("consent", &moved.consents)] {
                for row in rows {
                    transaction.execute(
                        &format!("UPDATE {table} SET beneficiary_id = ?2, updated_at = ?3 WHERE id = ?1"),
                        params![row, kept_id, now],
                    )?;
                }
            }
            beneficiary::rewrite_beneficiary(transaction, kept_id, &result)?;
            beneficiary::tombstone_beneficiary(transaction, merged_id, &now)?;
            transaction.execute(
                "INSERT INTO beneficiary_merge (id, kept_id, merged_id, kept_before, kept_after, moved, merged_at, \
                   created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)",
                params![
                    id,
                    kept_id,
                    merged_id,
                    kept_before,
                    kept_after,
                    serde_json::to_string(&moved).expect("ids serialize"),
                    now
                ],
            )?;
            audit::record(transaction, AuditAction::Merge, "beneficiary", kept_id)?;
            audit::record(transaction, AuditAction::Delete, "beneficiary", merged_id)
        })?;
        self.merge(&id)
    }

    /// Undoes a merge: the merged record comes back with its accompaniments, procedures and
    /// consents, and the kept record gets back the values it had before, field by field: a field
    /// corrected since the merge keeps its correction ([`restored_fields`]). Undoing twice
    /// changes nothing.
    pub fn undo_merge(&mut self, merge_id: &str) -> CoreResult<Merge> {
        let merge = self.merge(merge_id)?;
        if merge.undone_at.is_some() {
            return Ok(merge);
        }
        let (kept_before, kept_after, moved): (String, Option<String>, String) = self.reader().query_row(
            "SELECT kept_before, kept_after, moved FROM beneficiary_merge WHERE id = ?1",
            [merge_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        let unreadable = || CoreError::StoredValueUnreadable { entity: "merge", id: merge_id.to_string() };
        let kept_before: serde_json::Value = serde_json::from_str(&kept_before).map_err(|_| unreadable())?;
        let kept_after: Option<serde_json::Value> =
            kept_after.map(|after| serde_json::from_str(&after)).transpose().map_err(|_| unreadable())?;
        let moved: MovedRows = serde_json::from_str(&moved).map_err(|_| unreadable())?;
        let now_kept = serde_json::to_value(BeneficiaryInput::from(&self.beneficiary(&merge.kept_id)?))
            .expect("a person serializes");
        let kept_restored = restored_fields(&kept_before, kept_after.as_ref(), &now_kept).ok_or_else(unreadable)?;
        self.write(|transaction| {
            let now = clock::now_timestamp();
            beneficiary::revive_beneficiary(transaction, &merge.merged_id, &now)?;
            for accompaniment in &moved.accompaniments {
                transaction.execute(
                    "UPDATE accompaniment SET beneficiary_id = ?2, updated_at = ?4 WHERE id = ?1 AND beneficiary_id = ?3",
                    params![accompaniment, merge.merged_id, merge.kept_id, now],
                )?;
            }
            for accompaniment in &moved.set_aside {
                transaction.execute(
                    "UPDATE accompaniment SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
                    params![accompaniment, now],
                )?;
            }
            for (table, rows) in [("procedure", &moved.procedures), ("consent", &moved.consents)] {
                for row in rows {
                    transaction.execute(
                        &format!("UPDATE {table} SET beneficiary_id = ?2, updated_at = ?4 WHERE id = ?1 AND beneficiary_id = ?3"),
                        params![row, merge.merged_id, merge.kept_id, now],
                    )?;
                }
            }
            beneficiary::rewrite_beneficiary(transaction, &merge.kept_id, &kept_restored)?;
            transaction.execute(
                "UPDATE beneficiary_merge SET undone_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![merge_id, now],
            )?;
            audit::record(transaction, AuditAction::Update, "beneficiary", &merge.kept_id)?;
            audit::record(transaction, AuditAction::Restore, "beneficiary", &merge.merged_id)
        })?;
        self.merge(merge_id)
    }

    /// One merge by identifier.
    pub fn merge(&self, merge_id: &str) -> CoreResult<Merge> {
        self.reader()
            .query_row(
                "SELECT id, kept_id, merged_id, merged_at, undone_at FROM beneficiary_merge \
                 WHERE id = ?1 AND deleted_at IS NULL",
                [merge_id],
                |row| {
                    Ok(Merge {
                        id: row.get(0)?,
                        kept_id: row.get(1)?,
                        merged_id: row.get(2)?,
                        merged_at: row.get(3)?,
                        undone_at: row.get(4)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| CoreError::NotFound { entity: "merge", id: merge_id.to_string() })
    }

    /// The merges into a person's record that can still be undone, newest first.
    pub fn merges_into(&self, kept_id: &str) -> CoreResult<Vec<Merge>> {
        let merges = self
            .reader()
            .prepare_cached(
                "SELECT id FROM beneficiary_merge WHERE kept_id = ?1 AND undone_at IS NULL AND deleted_at IS NULL \
                 ORDER BY merged_at DESC",
            )?
            .query_map([kept_id], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        merges.iter().map(|id| self.merge(id)).collect()
    }
}
