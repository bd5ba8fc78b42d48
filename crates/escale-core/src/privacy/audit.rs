//! The audit log: who opened or changed which record, when. It holds identifiers and action
//! codes only, never personal data, so that it can be shown or exported without risk.
//!
//! "Who" is the laptop's mediator account: Escale has one mediator per laptop today. When
//! several mediators share a store, events will gain the mediator's identifier.

use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::clock;
use crate::error::{CoreError, CoreResult};
use crate::storage::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum AuditAction {
    Create,
    Update,
    StatusChange,
    Delete,
    /// A person's file was opened on screen or printed on the command line.
    View,
    /// A person's data was exported at their request (right of access).
    Export,
    /// A person's identity, contact and notes were erased at their request.
    Erase,
    /// A person's file was anonymised because the retention period had passed.
    Anonymise,
    /// A person withdrew a consent.
    Withdraw,
    /// A deleted record was brought back (an undone deletion or merge).
    Restore,
    /// Two records of the same person were merged into this one.
    Merge,
    /// A place of activity or a partner is no longer offered; the row stays for what refers to it.
    Archive,
}

impl AuditAction {
    /// Every action, so that tests can check each has a label.
    pub const ALL: &'static [AuditAction] = &[
        AuditAction::Create,
        AuditAction::Update,
        AuditAction::StatusChange,
        AuditAction::Delete,
        AuditAction::View,
        AuditAction::Export,
        AuditAction::Erase,
        AuditAction::Anonymise,
        AuditAction::Withdraw,
        AuditAction::Restore,
        AuditAction::Merge,
        AuditAction::Archive,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AuditAction::Create => "create",
            AuditAction::Update => "update",
            AuditAction::StatusChange => "status-change",
            AuditAction::Delete => "delete",
            AuditAction::View => "view",
            AuditAction::Export => "export",
            AuditAction::Erase => "erase",
            AuditAction::Anonymise => "anonymise",
            AuditAction::Withdraw => "withdraw",
            AuditAction::Restore => "restore",
            AuditAction::Merge => "merge",
            AuditAction::Archive => "archive",
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
    /// The person whose file the record belongs to, when there is exactly one: the person
    /// themself, the owner of a procedure or consent, the one person of an individual
    /// accompaniment. Workshops and settings belong to nobody's file.
    pub beneficiary_id: Option<String>,
}

/// Which events to list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditFilter {
    /// Only the events about this person's file: the person, their procedures, their consents
    /// and the activities they took part in.
    pub beneficiary_id: Option<String>,
}

/// Which slice of a long list to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PageRequest {
    pub offset: u32,
    pub limit: u32,
}

impl Default for PageRequest {
    fn default() -> Self {
        PageRequest { offset: 0, limit: 100 }
    }
}

/// One page of the audit log, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditLogPage {
    pub events: Vec<AuditEvent>,
    /// Whether older events follow this page.
    pub has_more: bool,
}

/// The columns of [`AuditEvent`] for an `audit_event` row aliased `e`.
const EVENT_COLUMNS: &str = "e.at, e.action, e.entity, e.entity_id, \
     CASE e.entity \
       WHEN 'beneficiary' THEN e.entity_id \
       WHEN 'procedure' THEN (SELECT p.beneficiary_id FROM procedure p WHERE p.id = e.entity_id) \
       WHEN 'consent' THEN (SELECT c.beneficiary_id FROM consent c WHERE c.id = e.entity_id) \
       WHEN 'activity' THEN (SELECT ac.beneficiary_id FROM accompaniment ac \
                              JOIN activity a ON a.id = ac.activity_id \
                              WHERE ac.activity_id = e.entity_id AND a.kind = 'individuel' LIMIT 1) \
     END";

fn event_from_row(row: &Row<'_>) -> rusqlite::Result<AuditEvent> {
    Ok(AuditEvent {
        at: row.get(0)?,
        action: row.get(1)?,
        entity: row.get(2)?,
        entity_id: row.get(3)?,
        beneficiary_id: row.get(4)?,
    })
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

/// Deletes the events recorded before `cutoff` (an RFC 3339 timestamp); returns how many.
/// The log is personal data about the people it points to: it is kept no longer than the files.
pub(crate) fn prune_before(transaction: &Transaction<'_>, cutoff: &str) -> CoreResult<u64> {
    let deleted = transaction.execute("DELETE FROM audit_event WHERE at < ?1", [cutoff])?;
    Ok(deleted as u64)
}

impl Store {
    /// The events about one record, oldest first.
    pub fn audit_events_of(&self, entity_id: &str) -> CoreResult<Vec<AuditEvent>> {
        let mut statement = self.reader().prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM audit_event e WHERE e.entity_id = ?1 ORDER BY e.at, e.id"
        ))?;
        let events = statement.query_map([entity_id], event_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(events)
    }

    /// The audit log as the mediator reads it: newest first, one page at a time.
    pub fn audit_log(&self, filter: &AuditFilter, page: PageRequest) -> CoreResult<AuditLogPage> {
        let limit = page.limit.clamp(1, 1000);
        // One more row than asked tells whether another page follows.
        let fetch = i64::from(limit) + 1;
        let mut events = match &filter.beneficiary_id {
            None => {
                let mut statement = self.reader().prepare_cached(&format!(
                    "SELECT {EVENT_COLUMNS} FROM audit_event e ORDER BY e.at DESC, e.id DESC LIMIT ?1 OFFSET ?2"
                ))?;
                statement
                    .query_map(params![fetch, page.offset], event_from_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()?
            }
            Some(beneficiary_id) => {
                // The records of one file, each looked up by the (entity, entity_id) index.
                let mut statement = self.reader().prepare_cached(&format!(
                    "WITH file(entity, entity_id) AS ( \
                       SELECT 'beneficiary', ?1 \
                       UNION ALL SELECT 'procedure', id FROM procedure WHERE beneficiary_id = ?1 \
                       UNION ALL SELECT 'consent', id FROM consent WHERE beneficiary_id = ?1 \
                       UNION ALL SELECT 'activity', activity_id FROM accompaniment WHERE beneficiary_id = ?1) \
                     SELECT {EVENT_COLUMNS} FROM file \
                     JOIN audit_event e ON e.entity = file.entity AND e.entity_id = file.entity_id \
                     ORDER BY e.at DESC, e.id DESC LIMIT ?2 OFFSET ?3"
                ))?;
                statement
                    .query_map(params![beneficiary_id, fetch, page.offset], event_from_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()?
            }
        };
        let has_more = events.len() > limit as usize;
        events.truncate(limit as usize);
        Ok(AuditLogPage { events, has_more })
    }

    /// A person's file as the window opens it: the view is recorded in the audit log first.
    pub fn view_beneficiary(&mut self, beneficiary_id: &str) -> CoreResult<crate::beneficiary::Beneficiary> {
        self.record_file_view(beneficiary_id)?;
        self.beneficiary(beneficiary_id)
    }

    /// Records that the mediator opened a person's file. The window calls it when it shows the
    /// file; the command line when it prints it.
    pub fn record_file_view(&mut self, beneficiary_id: &str) -> CoreResult<()> {
        self.write(|transaction| {
            let exists: Option<i64> = transaction
                .query_row(
                    "SELECT 1 FROM beneficiary WHERE id = ?1 AND deleted_at IS NULL",
                    [beneficiary_id],
                    |row| row.get(0),
                )
                .optional()?;
            if exists.is_none() {
                return Err(CoreError::NotFound { entity: "beneficiary", id: beneficiary_id.to_string() });
            }
            record(transaction, AuditAction::View, "beneficiary", beneficiary_id)
        })
    }
}
