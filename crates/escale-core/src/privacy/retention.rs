//! Retention: a person's file is anonymised a set number of months after their last
//! accompaniment (24 by default, a setting of the whole structure), with the same erasure as a
//! request. The window runs it when it opens the store; the mediator can see beforehand who will
//! be anonymised and when.
//!
//! The last accompaniment is the later of the day of their last accompaniment and the last change
//! of status of one of their procedures (a procedure being followed is ongoing work for them).
//! A file with neither counts from the day it was created: it is kept no longer than the period.
//!
//! Finding who is due reads every file once (0.5 s at 100,000 people), so the window runs it at
//! its first opening of the day only ([`Store::apply_retention_once_on`]).

use chrono::{Months, NaiveDate};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::error::{CoreResult, ValidationError};
use crate::privacy::erasure;
use crate::storage::Store;

/// The key of the retention period in the `setting` table.
const RETENTION_MONTHS_KEY: &str = "retention_months";
/// The key, in the `setting` table, of the last day retention ran (`YYYY-MM-DD`).
const RETENTION_APPLIED_ON_KEY: &str = "retention_applied_on";
/// The period when none was chosen: two years after the last accompaniment.
pub const DEFAULT_RETENTION_MONTHS: u32 = 24;
pub const MIN_RETENTION_MONTHS: u32 = 1;
/// Ten years: beyond it, a file is no longer "the time needed for the accompaniment".
pub const MAX_RETENTION_MONTHS: u32 = 120;

/// A person whose file retention will anonymise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionCandidate {
    pub beneficiary_id: String,
    /// Names for the mediator's screen (empty for a person recorded anonymously).
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    /// The last accompaniment or procedure status change; the file's creation if neither.
    #[ts(type = "string")]
    pub last_activity_on: NaiveDate,
    /// The day retention anonymises the file.
    #[ts(type = "string")]
    pub anonymise_on: NaiveDate,
}

/// The first files retention would anonymise, and how many it would in all: the window shows a
/// page, never thousands of lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionPreview {
    pub candidates: Vec<RetentionCandidate>,
    pub total: u32,
}

/// What a retention run did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionReport {
    pub retention_months: u32,
    /// Files anonymised by this run.
    pub anonymised: u32,
    /// Audit events older than the period, deleted.
    pub audit_events_pruned: u64,
    /// Whether the write-ahead log was emptied (see [`erasure::ErasureReport`]).
    pub log_truncated: bool,
}

fn retention_months_in(connection: &Connection) -> CoreResult<u32> {
    let value: Option<String> = connection
        .query_row("SELECT value FROM setting WHERE key = ?1", [RETENTION_MONTHS_KEY], |row| row.get(0))
        .optional()?;
    // A value outside the range (written by hand, or by a future version) falls back to the
    // default rather than anonymising everyone or no one.
    Ok(value
        .and_then(|value| value.parse::<u32>().ok())
        .filter(|months| (MIN_RETENTION_MONTHS..=MAX_RETENTION_MONTHS).contains(months))
        .unwrap_or(DEFAULT_RETENTION_MONTHS))
}

/// Everyone not yet erased whose anonymisation day is on or before `on`, earliest first.
fn candidates(connection: &Connection, months: u32, on: NaiveDate) -> CoreResult<Vec<RetentionCandidate>> {
    // A few days of margin absorb month-end rounding (31 August + 6 months is 28 February);
    // the exact test is made below on each row the query lets through.
    let latest_possible = on
        .checked_sub_months(Months::new(months))
        .and_then(|day| day.checked_add_days(chrono::Days::new(4)))
        .unwrap_or(on);
    // Runs at every opening of the window, before its first screen: each person's latest
    // accompaniment day is read from `beneficiary_activity_summary` (kept by triggers, with the
    // same definition) rather than from their accompaniments, which with a million of them
    // took 12 s. Procedures are few per person and reached through their indexes.
    let mut statement = connection.prepare_cached(
        "SELECT id, anonymous, first_name, last_name, \
           CASE WHEN last_work = '' THEN substr(created_at, 1, 10) ELSE last_work END AS last_on \
         FROM ( \
           SELECT b.id, b.anonymous, b.first_name, b.last_name, b.sort_key, b.created_at, max( \
             coalesce(summary.last_activity_date, ''), \
             coalesce((SELECT max(substr(sc.changed_at, 1, 10)) FROM procedure p \
                       JOIN procedure_status_change sc ON sc.procedure_id = p.id \
                       WHERE p.beneficiary_id = b.id AND p.deleted_at IS NULL), '') \
           ) AS last_work \
           FROM beneficiary b \
           LEFT JOIN beneficiary_activity_summary summary ON summary.beneficiary_id = b.id \
           WHERE b.erased_at IS NULL) \
         WHERE last_on <= ?1 ORDER BY last_on, sort_key, id",
    )?;
    let rows = statement.query_map([latest_possible.to_string()], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, bool>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    let mut due = Vec::new();
    for row in rows {
        let (beneficiary_id, anonymous, first_name, last_name, last_on) = row?;
        let Ok(last_activity_on) = last_on.parse::<NaiveDate>() else { continue };
        let Some(anonymise_on) = last_activity_on.checked_add_months(Months::new(months)) else { continue };
        if anonymise_on <= on {
            due.push(RetentionCandidate {
                beneficiary_id,
                anonymous,
                first_name,
                last_name,
                last_activity_on,
                anonymise_on,
            });
        }
    }
    Ok(due)
}

impl Store {
    /// The structure's retention period, in months.
    pub fn retention_months(&self) -> CoreResult<u32> {
        retention_months_in(self.reader())
    }

    /// Changes the structure's retention period (1 to 120 months).
    pub fn set_retention_months(&mut self, months: u32) -> CoreResult<u32> {
        if !(MIN_RETENTION_MONTHS..=MAX_RETENTION_MONTHS).contains(&months) {
            return Err(ValidationError::RetentionOutOfRange {
                months: months.into(),
                min: MIN_RETENTION_MONTHS,
                max: MAX_RETENTION_MONTHS,
            }
            .into());
        }
        self.write(|transaction| {
            set_setting(transaction, RETENTION_MONTHS_KEY, &months.to_string())?;
            // A new period is applied at the next opening, even on a day retention already ran.
            transaction.execute("DELETE FROM setting WHERE key = ?1", [RETENTION_APPLIED_ON_KEY])?;
            audit::record(transaction, AuditAction::Update, "setting", RETENTION_MONTHS_KEY)
        })?;
        self.retention_months()
    }

    /// Who retention would anonymise if it ran on `on`, with the day each file became due,
    /// earliest first. A day after today shows what is coming. Changes nothing.
    pub fn retention_preview(&self, on: NaiveDate) -> CoreResult<Vec<RetentionCandidate>> {
        candidates(self.reader(), self.retention_months()?, on)
    }

    /// As [`Store::retention_preview`], the first `limit` files only, with how many there are.
    pub fn retention_preview_first(&self, on: NaiveDate, limit: u32) -> CoreResult<RetentionPreview> {
        let mut candidates = self.retention_preview(on)?;
        let total = u32::try_from(candidates.len()).unwrap_or(u32::MAX);
        candidates.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok(RetentionPreview { candidates, total })
    }

    /// Anonymises every file due on `today`, with the erasure of [`Store::erase_beneficiary`],
    /// and deletes audit events older than the period: one transaction, each file audited.
    /// Statistics do not change: accompaniments stay, as an anonymous person's.
    pub fn apply_retention(&mut self, today: NaiveDate) -> CoreResult<RetentionReport> {
        let report = self.write(|transaction| {
            set_setting(transaction, RETENTION_APPLIED_ON_KEY, &today.to_string())?;
            let months = retention_months_in(transaction)?;
            let due = candidates(transaction, months, today)?;
            for candidate in &due {
                erasure::erase_in(transaction, &candidate.beneficiary_id, AuditAction::Anonymise)?;
            }
            if !due.is_empty() {
                erasure::purge_name_index(transaction)?;
            }
            let cutoff = today.checked_sub_months(Months::new(months)).unwrap_or(today);
            let audit_events_pruned = audit::prune_before(transaction, &format!("{cutoff}T00:00:00.000Z"))?;
            Ok(RetentionReport {
                retention_months: months,
                anonymised: due.len() as u32,
                audit_events_pruned,
                log_truncated: true,
            })
        })?;
        let log_truncated = if report.anonymised > 0 || report.audit_events_pruned > 0 {
            self.truncate_log()?
        } else {
            true
        };
        Ok(RetentionReport { log_truncated, ..report })
    }

    /// As [`Store::apply_retention`], unless it already ran on `today` (the window's opening,
    /// several times a day). Who is due depends on the day, the period and the files; a change
    /// of period clears the mark, and a day's new work only makes files more recent. So a
    /// second run the same day would find no one, and skipping it spares every start the scan
    /// of every file (0.5 s at 100,000 people). `None`: skipped.
    pub fn apply_retention_once_on(&mut self, today: NaiveDate) -> CoreResult<Option<RetentionReport>> {
        let applied_on: Option<String> = self
            .reader()
            .query_row("SELECT value FROM setting WHERE key = ?1", [RETENTION_APPLIED_ON_KEY], |row| row.get(0))
            .optional()?;
        if applied_on.is_some_and(|day| day == today.to_string()) {
            return Ok(None);
        }
        self.apply_retention(today).map(Some)
    }
}

fn set_setting(connection: &Connection, key: &str, value: &str) -> CoreResult<()> {
    connection.execute(
        "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        params![key, value, clock::now_timestamp()],
    )?;
    Ok(())
}
