//! Correcting what was recorded: an activity edited, deleted (a tombstone, so that the deletion
//! can be undone from the toast that announces it and from the person's file), restored. Each
//! change is audited in the transaction that makes it.

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use super::{ActivityInput, RowWrite, add_participant, check_place_exists, write_activity_row, write_themes_and_equipment};
use crate::activity::Activity;
use crate::audit::{self, AuditAction};
use crate::clock;
use crate::error::{CoreError, CoreResult};
use crate::storage::Store;
use crate::vocabulary::{ActivityKind, Theme};

/// An activity that was deleted and can be brought back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DeletedActivity {
    pub id: String,
    pub kind: ActivityKind,
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub themes: Vec<Theme>,
    pub workshop_title: String,
    /// When it was deleted (RFC 3339).
    pub deleted_at: String,
}

impl From<&Activity> for ActivityInput {
    /// What was recorded, as the form to correct it starts from.
    fn from(activity: &Activity) -> Self {
        ActivityInput {
            kind: activity.kind,
            date: activity.date,
            duration_minutes: activity.duration_minutes,
            place_type: activity.place_type,
            place_id: activity.place_id.clone(),
            commune: activity.commune.clone(),
            themes: activity.themes.clone(),
            equipment: activity.equipment.clone(),
            autonomy: activity.autonomy,
            workshop_title: activity.workshop_title.clone(),
            workshop_level: activity.workshop_level,
            orientation: activity.orientation,
            procedure_name: activity.procedure_name.clone(),
            notes: activity.notes.clone(),
            next_steps: activity.next_steps.clone(),
            participants: activity.participants.iter().map(|p| p.beneficiary_id.clone()).collect(),
            anonymous_participants: activity.anonymous_participants.clone(),
        }
    }
}

/// Whether the activity exists, and whether it is deleted; `NotFound` when it never existed.
fn deleted_state(transaction: &Transaction<'_>, id: &str) -> CoreResult<bool> {
    transaction
        .query_row("SELECT deleted_at IS NOT NULL FROM activity WHERE id = ?1", [id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| CoreError::NotFound { entity: "activity", id: id.to_string() })
}

impl Store {
    /// Replaces what was recorded for an activity (same rules as a new one); people taken off it
    /// keep a tombstoned row, so that putting them back restores their row.
    pub fn update_activity(&mut self, id: &str, input: &ActivityInput) -> CoreResult<Activity> {
        let input = input.validated(clock::today())?;
        self.write(|transaction| {
            if deleted_state(transaction, id)? {
                return Err(CoreError::NotFound { entity: "activity", id: id.to_string() });
            }
            check_place_exists(transaction, &input)?;
            let now = clock::now_timestamp();
            write_activity_row(transaction, RowWrite::Update, id, &input, &now)?;
            write_themes_and_equipment(transaction, id, &input)?;
            let staying: HashSet<&str> = input.participants.iter().map(String::as_str).collect();
            let current: Vec<String> = transaction
                .prepare("SELECT beneficiary_id FROM accompaniment WHERE activity_id = ?1 AND deleted_at IS NULL")?
                .query_map([id], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for gone in current.iter().filter(|person| !staying.contains(person.as_str())) {
                transaction.execute(
                    "UPDATE accompaniment SET deleted_at = ?3, updated_at = ?3 WHERE activity_id = ?1 AND beneficiary_id = ?2",
                    params![id, gone, now],
                )?;
            }
            for person in input.participants.iter().filter(|person| !current.contains(person)) {
                add_participant(transaction, id, person, &now)?;
            }
            audit::record(transaction, AuditAction::Update, "activity", id)
        })?;
        self.activity(id)
    }

    /// Deletes an activity: it leaves every list, count and file, and can be restored.
    pub fn delete_activity(&mut self, id: &str) -> CoreResult<DeletedActivity> {
        self.write(|transaction| {
            if deleted_state(transaction, id)? {
                return Err(CoreError::NotFound { entity: "activity", id: id.to_string() });
            }
            let now = clock::now_timestamp();
            transaction.execute("UPDATE activity SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", params![id, now])?;
            audit::record(transaction, AuditAction::Delete, "activity", id)
        })?;
        self.deleted_activity(id)
    }

    /// Brings back a deleted activity as it was.
    pub fn restore_activity(&mut self, id: &str) -> CoreResult<Activity> {
        self.write(|transaction| {
            if !deleted_state(transaction, id)? {
                // Restoring twice (a double click on "undo") changes nothing and is not an error.
                return Ok(());
            }
            transaction.execute(
                "UPDATE activity SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id, clock::now_timestamp()],
            )?;
            audit::record(transaction, AuditAction::Restore, "activity", id)
        })?;
        self.activity(id)
    }

    /// The deleted activities a person took part in, most recently deleted first.
    pub fn deleted_activities_of_beneficiary(&self, beneficiary_id: &str) -> CoreResult<Vec<DeletedActivity>> {
        self.beneficiary(beneficiary_id)?;
        let ids: Vec<String> = self
            .reader()
            .prepare_cached(
                "SELECT a.id FROM activity a JOIN accompaniment ac ON ac.activity_id = a.id \
                 WHERE ac.beneficiary_id = ?1 AND ac.deleted_at IS NULL AND a.deleted_at IS NOT NULL \
                 ORDER BY a.deleted_at DESC LIMIT 200",
            )?
            .query_map([beneficiary_id], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| self.deleted_activity(id)).collect()
    }

    fn deleted_activity(&self, id: &str) -> CoreResult<DeletedActivity> {
        let connection = self.reader();
        let (kind, date, workshop_title, deleted_at): (ActivityKind, String, String, String) = connection
            .query_row(
                "SELECT kind, date, workshop_title, deleted_at FROM activity WHERE id = ?1 AND deleted_at IS NOT NULL",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .optional()?
            .ok_or_else(|| CoreError::NotFound { entity: "activity", id: id.to_string() })?;
        let date = date
            .parse()
            .map_err(|_| CoreError::StoredValueUnreadable { entity: "activity", id: id.to_string() })?;
        let mut themes: Vec<Theme> = connection
            .prepare_cached("SELECT theme FROM activity_theme WHERE activity_id = ?1")?
            .query_map([id], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        themes.sort();
        Ok(DeletedActivity { id: id.to_string(), kind, date, themes, workshop_title, deleted_at })
    }
}
