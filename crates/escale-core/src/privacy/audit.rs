//! The audit log: which record was created or changed, when. It holds identifiers and action
//! codes only, never personal data, so that it can be shown or exported without risk.

use rusqlite::Transaction;
use serde::{Deserialize, Serialize};

use crate::clock;
use crate::error::CoreResult;
use crate::storage::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum AuditAction {
    Create,
    Update,
    StatusChange,
    Delete,
}

impl AuditAction {
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::Create => "create",
            AuditAction::Update => "update",
            AuditAction::StatusChange => "status-change",
            AuditAction::Delete => "delete",
        }
    }
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditEvent {
    pub at: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
}

/// Records an event inside the caller's transaction, so it exists exactly when the change does.
pub(crate) fn record(
    transaction: &Transaction<'_>,
    action: AuditAction,
    entity: &'static str,
    entity_id: &str,
) -> CoreResult<()> {
    transaction.execute(
        "INSERT INTO audit_event (id, at, action, entity, entity_id) VALUES (?1, ?2, ?3, ?4, ?5)",
        (clock::new_id(), clock::now_timestamp(), action.code(), entity, entity_id),
    )?;
    Ok(())
}

impl Store {
    /// The events about one record, oldest first.
    pub fn audit_events_of(&self, entity_id: &str) -> CoreResult<Vec<AuditEvent>> {
        let mut statement = self.reader().prepare_cached(
            "SELECT at, action, entity, entity_id FROM audit_event WHERE entity_id = ?1 ORDER BY at, id",
        )?;
        let events = statement
            .query_map([entity_id], |row| {
                Ok(AuditEvent { at: row.get(0)?, action: row.get(1)?, entity: row.get(2)?, entity_id: row.get(3)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(events)
    }
}
