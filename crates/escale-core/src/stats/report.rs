//! What the monthly activity report says, for the structure and its funders: the month's
//! statistics (the same [`Statistics`] the screen and the export show), the procedures worked
//! on most, and a short text the structure writes for the month. The PDF is laid out by
//! `escale-documents`; nothing here knows about pages.
//!
//! The structure's text is kept in the store (`report_note`, one per month): it is typed in the
//! statistics screen or given to `escale report`, saved at once, and printed again identical.

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::{OptionalExtension, params};

use super::{Statistics, StatisticsQuery, count, percent};
use crate::clock;
use crate::error::{CoreResult, ValidationError};
use crate::organisation::{Place, Structure};
use crate::privacy::audit::{self, AuditAction};
use crate::storage::Store;
use crate::text::{check_length, check_plain_text};

/// The longest text of the structure: a short paragraph or two on a printed page.
pub const REPORT_NOTE_MAX_CHARS: usize = 2_000;

/// How many procedures the report lists, most worked on first.
pub const TOP_PROCEDURES: usize = 10;

/// A procedure worked on in the month, named as the mediators know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProcedureNaming {
    /// A procedure followed over weeks, of this catalogue entry: a shipped entry's label is
    /// the Fluent message `procedure-kind-<id>`, the structure's own entry has `custom_label`.
    Catalogue { id: String, custom_label: Option<String> },
    /// The procedure name typed on accompaniments not linked to a followed procedure ("Demande
    /// de RSA"), as first typed; spellings that differ only by case or outer spaces count as one.
    Typed { name: String },
}

/// How many of the month's activities worked on one procedure.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcedureShare {
    pub naming: ProcedureNaming,
    pub activities: u64,
    /// Of the month's activities, from 0 to 100, unrounded.
    pub percent: f64,
}

/// Everything the monthly report prints.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyReport {
    /// The month's first day.
    pub month: NaiveDate,
    /// The place the report is restricted to, if any.
    pub place: Option<Place>,
    pub structure: Option<Structure>,
    pub statistics: Statistics,
    /// Most activities first, at most [`TOP_PROCEDURES`].
    pub procedures: Vec<ProcedureShare>,
    /// The structure's text for the month, empty when none was written.
    pub note: String,
}

/// The first day of the month `text` names ("2026-10"); an error of field `month` otherwise.
pub fn parse_month(text: &str) -> CoreResult<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .map_err(|_| ValidationError::MonthInvalid.into())
}

/// "2026-10", the form a month is given in and stored under.
pub fn month_key(month: NaiveDate) -> String {
    month.format("%Y-%m").to_string()
}

fn first_day(month: NaiveDate) -> NaiveDate {
    month.with_day(1).expect("every month has a first day")
}

impl Store {
    /// The structure's text for `month` (any day of it); empty when none was written.
    pub fn report_note(&self, month: NaiveDate) -> CoreResult<String> {
        Ok(self
            .reader()
            .query_row("SELECT text FROM report_note WHERE month = ?1", [first_day(month).to_string()], |row| row.get(0))
            .optional()?
            .unwrap_or_default())
    }

    /// Keeps `text` as the structure's text for `month`, replacing the previous one; an empty
    /// text removes it. Refused, with nothing changed, when too long or holding control
    /// characters. Audited by month, never by content.
    pub fn save_report_note(&mut self, month: NaiveDate, text: &str) -> CoreResult<String> {
        let text = text.trim().to_string();
        check_plain_text("reportNote", &text, true)?;
        check_length("reportNote", &text, REPORT_NOTE_MAX_CHARS)?;
        let month = first_day(month).to_string();
        self.write(|transaction| {
            let now = clock::now_timestamp();
            let action = if text.is_empty() {
                transaction.execute("DELETE FROM report_note WHERE month = ?1", [&month])?;
                AuditAction::Delete
            } else {
                transaction.execute(
                    "INSERT INTO report_note (month, text, created_at, updated_at) VALUES (?1, ?2, ?3, ?3) \
                     ON CONFLICT (month) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                    params![month, text, now],
                )?;
                AuditAction::Update
            };
            audit::record(transaction, action, "report-note", &month)?;
            Ok(())
        })?;
        Ok(text)
    }

    /// The report of `month` (any day of it), for one place or all.
    pub fn monthly_report(&self, month: NaiveDate, place_id: Option<&str>) -> CoreResult<MonthlyReport> {
        let month = first_day(month);
        let place = place_id.map(|id| self.place(id)).transpose()?;
        let last_day = month + Months::new(1) - chrono::Days::new(1);
        let query = StatisticsQuery { from: month, to: last_day, place_id: place_id.map(str::to_string) };
        let statistics = self.statistics(&query)?;
        let procedures = self.procedures_worked_on(&query, statistics.totals.activities)?;
        Ok(MonthlyReport {
            month,
            place,
            structure: self.structure()?,
            statistics,
            procedures,
            note: self.report_note(month)?,
        })
    }

    /// The procedures the period's activities worked on, most activities first: followed
    /// procedures by catalogue entry, then the names typed on activities linked to none.
    fn procedures_worked_on(&self, query: &StatisticsQuery, activities: u64) -> CoreResult<Vec<ProcedureShare>> {
        let connection = self.reader();
        let period = params![query.from.to_string(), query.to.to_string(), query.place_id];
        let mut shares = Vec::new();
        let mut followed = connection.prepare_cached(
            "SELECT p.kind, e.label, count(DISTINCT a.id) \
             FROM activity a CROSS JOIN procedure_activity pa ON pa.activity_id = a.id AND pa.deleted_at IS NULL \
             JOIN procedure p ON p.id = pa.procedure_id AND p.deleted_at IS NULL \
             LEFT JOIN procedure_catalogue_entry e ON e.id = p.kind \
             WHERE a.deleted_at IS NULL AND a.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR a.place_id = ?3) \
             GROUP BY p.kind",
        )?;
        let mut rows = followed.query(period)?;
        while let Some(row) = rows.next()? {
            let naming = ProcedureNaming::Catalogue { id: row.get(0)?, custom_label: row.get(1)? };
            let count = count(row, 2)?;
            shares.push(ProcedureShare { naming, activities: count, percent: percent(count, activities) });
        }
        let mut typed = connection.prepare_cached(
            "SELECT min(trim(a.procedure_name)), count(*) FROM activity a \
             WHERE a.deleted_at IS NULL AND a.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR a.place_id = ?3) \
               AND trim(a.procedure_name) <> '' \
               AND NOT EXISTS (SELECT 1 FROM procedure_activity pa JOIN procedure p ON p.id = pa.procedure_id \
                               WHERE pa.activity_id = a.id AND pa.deleted_at IS NULL AND p.deleted_at IS NULL) \
             GROUP BY lower(trim(a.procedure_name))",
        )?;
        let mut rows = typed.query(period)?;
        while let Some(row) = rows.next()? {
            let naming = ProcedureNaming::Typed { name: row.get(0)? };
            let count = count(row, 1)?;
            shares.push(ProcedureShare { naming, activities: count, percent: percent(count, activities) });
        }
        // Most worked on first; equal counts in a stable order (followed before typed, then
        // by name), so that printing twice gives the same page.
        shares.sort_by(|a, b| b.activities.cmp(&a.activities).then_with(|| sort_key(&a.naming).cmp(&sort_key(&b.naming))));
        shares.truncate(TOP_PROCEDURES);
        Ok(shares)
    }
}

fn sort_key(naming: &ProcedureNaming) -> (u8, &str) {
    match naming {
        ProcedureNaming::Catalogue { id, .. } => (0, id),
        ProcedureNaming::Typed { name } => (1, name),
    }
}
