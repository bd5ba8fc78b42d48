//! The rows of the national platform's exports (La Coop de la médiation numérique), streamed:
//! activities, one row per accompaniment, and the people accompanied. The file formats (XLSX,
//! CSV) are `escale-exchange`'s; this module only says what each row holds, as typed values.
//!
//! Rows are read in the order they are written, one statement each, with the rows of one
//! activity at most held at a time: memory does not grow with the number of rows. Statements
//! follow an index's order (`activity_by_day_and_entry`, `beneficiary_in_list_order`) so that
//! SQLite never sorts the whole result in memory either (the store keeps its temporary tables in
//! memory); a test reads their query plans.
//!
//! Facts are those of the activity's own date, computed now: a person's age band is the one of
//! the year of the activity, not of the day of the export nor of the day the record was typed.
//!
//! A workshop's anonymous participants (a total and breakdowns, never one record each) become
//! one row each, after the tracked participants, as the national platform has one anonymous
//! beneficiary per participant: the number of rows is the number of accompaniments, and each
//! column's values add up to the workshop's breakdown (gender, age band, status; the rest of
//! the total "Non communiqué"). The combination across columns within one such row means
//! nothing: counts were given per breakdown, not per person.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::activity::AnonymousParticipants;
use crate::commune::Commune;
use crate::error::{CoreError, CoreResult};
use crate::progress::Progress;
use crate::storage::Store;
use crate::vocabulary::{
    ActivityKind, AgeBand, Autonomy, Equipment, Gender, PlaceType, RedirectionStructure, SocialStatus, Theme,
    WorkshopLevel,
};

/// How often (in rows) long exports tell their progress and may be stopped.
const PROGRESS_EVERY: u64 = 512;

/// Which records an export holds: a period of days (both ends included; open when absent) and
/// optionally one named place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportFilter {
    #[ts(type = "string | null")]
    pub from: Option<NaiveDate>,
    #[ts(type = "string | null")]
    pub to: Option<NaiveDate>,
    pub place_id: Option<String>,
}

impl ExportFilter {
    /// The period's ends as the store writes days, an open end as the earliest or latest day
    /// there can be: `a.date BETWEEN ?1 AND ?2` then reads only the period in the date index.
    fn days(&self) -> (String, String) {
        (
            self.from.map_or_else(|| "0000-01-01".to_string(), |day| day.to_string()),
            self.to.map_or_else(|| "9999-12-31".to_string(), |day| day.to_string()),
        )
    }

    /// Whether the filter keeps every record (the people export then reads its counts from the
    /// summary kept by triggers rather than counting).
    pub fn is_everything(&self) -> bool {
        self.from.is_none() && self.to.is_none() && self.place_id.is_none()
    }
}

/// The person of one accompaniment, as the export describes them at the activity's date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedParticipant {
    /// `None` for an anonymous participant of a workshop's counts.
    pub beneficiary_id: Option<String>,
    /// Recorded without a name (or erased): the export says so rather than an empty name.
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    pub commune: Commune,
    pub gender: Gender,
    /// At the year of the activity.
    pub age_band: AgeBand,
    pub social_status: SocialStatus,
}

/// One row of the activities export: one accompaniment (a person at an activity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityExportRow {
    pub activity_id: String,
    pub date: NaiveDate,
    pub recorded_at: DateTime<Utc>,
    pub modified_at: DateTime<Utc>,
    pub kind: ActivityKind,
    /// This row's rank among the activity's participants (1-based) and their number: the
    /// national "Participants" column ("1", or "2/5").
    pub participant_rank: u32,
    pub participant_count: u32,
    pub participant: Option<ExportedParticipant>,
    pub place_type: PlaceType,
    /// The named place (kept for an archived one).
    pub place_name: String,
    pub place_address: String,
    /// Where it happened: the named place's commune, the commune typed for a home or another
    /// place, the structure's for a remote accompaniment (as the national platform does).
    pub commune: Commune,
    pub duration_minutes: u32,
    pub workshop_title: String,
    /// In the national lists' order.
    pub equipment: Vec<Equipment>,
    pub themes: Vec<Theme>,
    pub procedure_name: String,
    pub autonomy: Option<Autonomy>,
    pub workshop_level: Option<WorkshopLevel>,
    pub orientation: Option<RedirectionStructure>,
    /// On the activity's first row only, as the national platform does (not repeated per person).
    pub notes: String,
}

/// One row of the beneficiaries export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonExportRow {
    pub beneficiary_id: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: Option<i32>,
    pub commune: Commune,
    pub phone: String,
    pub email: String,
    pub gender: Gender,
    /// At the year of the export's end (today without one).
    pub age_band: AgeBand,
    pub social_status: SocialStatus,
    /// Accompaniments within the filter (all of them without one).
    pub accompaniments: u64,
    pub notes: String,
}

/// The activities the filter keeps (not deleted, in the period, at the place).
const ACTIVITY_FILTER: &str = "a.deleted_at IS NULL AND a.date BETWEEN ?1 AND ?2 \
     AND (?3 IS NULL OR a.place_id = ?3)";

/// A participant's row of [`ACTIVITY_ROWS`], read before the activity's rows are made.
struct TrackedParticipant {
    id: String,
    anonymous: bool,
    first_name: String,
    last_name: String,
    birth_year: Option<i32>,
    commune: Commune,
    gender: Gender,
    social_status: SocialStatus,
}

/// The fields of an activity shared by all its rows.
struct ActivityFields {
    id: String,
    date: NaiveDate,
    recorded_at: DateTime<Utc>,
    modified_at: DateTime<Utc>,
    kind: ActivityKind,
    place_type: PlaceType,
    place_name: String,
    place_address: String,
    commune: Commune,
    duration_minutes: u32,
    workshop_title: String,
    equipment: Vec<Equipment>,
    themes: Vec<Theme>,
    procedure_name: String,
    autonomy: Option<Autonomy>,
    workshop_level: Option<WorkshopLevel>,
    orientation: Option<RedirectionStructure>,
    notes: String,
    anonymous: Option<AnonymousParticipants>,
}

/// Every kept activity joined to its tracked participants, in the order of the index of days
/// (`activity_by_day_and_entry`: day, time of entry): SQLite sorts only the participants of one
/// activity at a time by name, never the whole result (a test reads the query plan).
const ACTIVITY_ROWS: &str = "SELECT a.id, a.date, a.created_at, a.updated_at, a.kind, a.place_type, \
       coalesce(p.name, ''), coalesce(p.address, ''), coalesce(p.commune_name, ''), coalesce(p.commune_postal_code, ''), \
       coalesce(p.commune_insee_code, ''), a.commune_name, a.commune_postal_code, a.commune_insee_code, a.duration_minutes, \
       a.workshop_title, a.procedure_name, a.autonomy, a.workshop_level, a.orientation, a.notes, a.anonymous_participants, \
       (SELECT group_concat(equipment) FROM activity_equipment WHERE activity_id = a.id), \
       (SELECT group_concat(theme) FROM activity_theme WHERE activity_id = a.id), \
       b.id, b.anonymous, b.first_name, b.last_name, b.birth_year, b.commune_name, b.commune_postal_code, \
       b.commune_insee_code, b.gender, b.social_status \
     FROM activity a \
     LEFT JOIN place p ON p.id = a.place_id \
     LEFT JOIN accompaniment ac ON ac.activity_id = a.id AND ac.deleted_at IS NULL \
     LEFT JOIN beneficiary b ON b.id = ac.beneficiary_id \
     WHERE a.deleted_at IS NULL AND a.date BETWEEN ?1 AND ?2 \
       AND (?3 IS NULL OR a.place_id = ?3) \
     ORDER BY a.date, a.created_at, a.rowid, b.sort_key, b.id";

/// Codes joined by commas (SQLite's `group_concat`) as values, in the national list's order.
fn codes<T: Ord>(joined: Option<String>, parse: impl Fn(&str) -> Option<T>) -> Vec<T> {
    let mut values: Vec<T> = joined.as_deref().unwrap_or("").split(',').filter(|code| !code.is_empty()).filter_map(parse).collect();
    values.sort();
    values
}

fn parse_day(text: &str, id: &str) -> CoreResult<NaiveDate> {
    text.parse().map_err(|_| CoreError::StoredValueUnreadable { entity: "activity", id: id.to_string() })
}

fn parse_instant(text: &str, id: &str) -> CoreResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|instant| instant.with_timezone(&Utc))
        .map_err(|_| CoreError::StoredValueUnreadable { entity: "activity", id: id.to_string() })
}

/// `count` values spread over a breakdown's codes in the list's order, the rest of `total` as
/// "not communicated": the values of the anonymous rows of one column.
fn spread<K: Copy + Ord>(breakdown: &std::collections::BTreeMap<K, u32>, total: u32, not_communicated: K) -> Vec<K> {
    let mut values = Vec::with_capacity(total as usize);
    for (&code, &count) in breakdown {
        values.extend(std::iter::repeat_n(code, count as usize));
    }
    values.truncate(total as usize);
    values.resize(total as usize, not_communicated);
    values
}

impl Store {
    /// How many rows the activities export of `filter` has: its accompaniments, tracked and
    /// anonymous, and one row for an activity left without any (a damaged record, never hidden).
    pub fn activity_export_row_count(&self, filter: &ExportFilter) -> CoreResult<u64> {
        let (from, to) = filter.days();
        let count: i64 = self.reader().query_row(
            &format!(
                "SELECT coalesce(sum(max(1, \
                   (SELECT count(*) FROM accompaniment ac WHERE ac.activity_id = a.id AND ac.deleted_at IS NULL) \
                   + coalesce(json_extract(a.anonymous_participants, '$.total'), 0))), 0) \
                 FROM activity a WHERE {ACTIVITY_FILTER}"
            ),
            params![from, to, filter.place_id],
            |row| row.get(0),
        )?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// Calls `visit` with each row of the activities export of `filter`, in date order, and
    /// returns how many rows there were. See [`CountedExport::for_each_activity_row`].
    pub fn for_each_activity_export_row(
        &self,
        filter: &ExportFilter,
        progress: Progress<'_>,
        visit: impl FnMut(&ActivityExportRow) -> CoreResult<()>,
    ) -> CoreResult<u64> {
        self.counted_activity_export(filter)?.for_each_activity_row(progress, visit)
    }

    /// The activities export of `filter`, counted, ready to be read: a file that says its number
    /// of rows above them (the XLSX "Informations export" block) counts once, and its count and
    /// rows see the same data.
    pub fn counted_activity_export<'s>(&'s self, filter: &'s ExportFilter) -> CoreResult<CountedExport<'s>> {
        // One read transaction, held until the rows are read: the count and the rows see the
        // same data.
        let read = self.reader().unchecked_transaction()?;
        let total = self.activity_export_row_count(filter)?;
        Ok(CountedExport { store: self, filter, total, read })
    }

    /// The people export of `filter`, counted, ready to be read (see
    /// [`Store::counted_activity_export`]).
    pub fn counted_people_export<'s>(&'s self, filter: &'s ExportFilter) -> CoreResult<CountedExport<'s>> {
        let read = self.reader().unchecked_transaction()?;
        let total = self.people_export_row_count(filter)?;
        Ok(CountedExport { store: self, filter, total, read })
    }
}

/// An export counted and not read yet, inside its own read transaction (see
/// [`Store::counted_activity_export`]): reading its rows is one of its methods, and only the one
/// it was counted for.
pub struct CountedExport<'s> {
    store: &'s Store,
    filter: &'s ExportFilter,
    total: u64,
    /// Ends (a read: nothing to keep) when the rows are read.
    read: rusqlite::Transaction<'s>,
}

impl CountedExport<'_> {
    /// How many rows the export has.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// Calls `visit` with each row of the activities export, in date order, and returns how many
    /// rows there were. Rows are read as they are visited (memory does not grow with their
    /// number). `progress` hears `(rows, total)` every few hundred rows; `false` stops the
    /// export with [`CoreError::WorkCancelled`]; an error of `visit` stops it too.
    pub fn for_each_activity_row(
        self,
        progress: Progress<'_>,
        mut visit: impl FnMut(&ActivityExportRow) -> CoreResult<()>,
    ) -> CoreResult<u64> {
        let CountedExport { store, filter, total, read } = self;
        if !progress(0, total) {
            return Err(CoreError::WorkCancelled);
        }
        let structure_commune = store.structure()?.map(|structure| structure.commune).unwrap_or_default();
        let (from, to) = filter.days();
        let mut statement = read.prepare(ACTIVITY_ROWS)?;
        let mut rows = statement.query(params![from, to, filter.place_id])?;
        let mut done = 0u64;
        let mut current: Option<ActivityFields> = None;
        let mut participants: Vec<TrackedParticipant> = Vec::new();
        let mut emit = |activity: ActivityFields, participants: &mut Vec<TrackedParticipant>, done: &mut u64| -> CoreResult<()> {
            emit_activity(activity, participants, &mut |row| {
                visit(row)?;
                *done += 1;
                if (*done).is_multiple_of(PROGRESS_EVERY) && !progress(*done, total.max(*done)) {
                    return Err(CoreError::WorkCancelled);
                }
                Ok(())
            })
        };
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            if current.as_ref().is_none_or(|activity| activity.id != id) {
                if let Some(activity) = current.take() {
                    emit(activity, &mut participants, &mut done)?;
                }
                let date: String = row.get(1)?;
                let recorded_at: String = row.get(2)?;
                let modified_at: String = row.get(3)?;
                let place_type: PlaceType = row.get(5)?;
                let place_commune = Commune { name: row.get(8)?, postal_code: row.get(9)?, insee_code: row.get(10)? };
                let typed_commune = Commune { name: row.get(11)?, postal_code: row.get(12)?, insee_code: row.get(13)? };
                let anonymous: Option<String> = row.get(21)?;
                current = Some(ActivityFields {
                    date: parse_day(&date, &id)?,
                    recorded_at: parse_instant(&recorded_at, &id)?,
                    modified_at: parse_instant(&modified_at, &id)?,
                    kind: row.get(4)?,
                    place_type,
                    place_name: row.get(6)?,
                    place_address: row.get(7)?,
                    commune: match place_type {
                        PlaceType::PlaceOfActivity => place_commune,
                        PlaceType::AtHome | PlaceType::OtherPlace => typed_commune,
                        PlaceType::Remote => structure_commune.clone(),
                    },
                    duration_minutes: row.get(14)?,
                    workshop_title: row.get(15)?,
                    procedure_name: row.get(16)?,
                    autonomy: row.get(17)?,
                    workshop_level: row.get(18)?,
                    orientation: row.get(19)?,
                    notes: row.get(20)?,
                    anonymous: match anonymous {
                        Some(json) => Some(serde_json::from_str(&json).map_err(|_| CoreError::StoredValueUnreadable {
                            entity: "activity",
                            id: id.clone(),
                        })?),
                        None => None,
                    },
                    equipment: codes(row.get(22)?, |code| Equipment::from_code(code).ok()),
                    themes: codes(row.get(23)?, |code| Theme::from_code(code).ok()),
                    id,
                });
            }
            if let Some(beneficiary_id) = row.get::<_, Option<String>>(24)? {
                participants.push(TrackedParticipant {
                    id: beneficiary_id,
                    anonymous: row.get(25)?,
                    first_name: row.get(26)?,
                    last_name: row.get(27)?,
                    birth_year: row.get(28)?,
                    commune: Commune { name: row.get(29)?, postal_code: row.get(30)?, insee_code: row.get(31)? },
                    gender: row.get(32)?,
                    social_status: row.get(33)?,
                });
            }
        }
        if let Some(activity) = current.take() {
            emit(activity, &mut participants, &mut done)?;
        }
        if !progress(done, done) {
            return Err(CoreError::WorkCancelled);
        }
        Ok(done)
    }
}

impl Store {
    /// How many rows the people export of `filter` has: people with a name (not anonymous, not
    /// erased, not deleted), and with a filter only those accompanied within it.
    pub fn people_export_row_count(&self, filter: &ExportFilter) -> CoreResult<u64> {
        let (from, to) = filter.days();
        let count: i64 = self.reader().query_row(
            &format!("SELECT count(*) FROM beneficiary b WHERE {PEOPLE_FILTER}"),
            params![from, to, filter.place_id, filter.is_everything()],
            |row| row.get(0),
        )?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// Calls `visit` with each row of the beneficiaries export, in the order of the list of
    /// people, and returns how many rows there were. See [`CountedExport::for_each_person_row`].
    pub fn for_each_people_export_row(
        &self,
        filter: &ExportFilter,
        progress: Progress<'_>,
        visit: impl FnMut(&PersonExportRow) -> CoreResult<()>,
    ) -> CoreResult<u64> {
        self.counted_people_export(filter)?.for_each_person_row(progress, visit)
    }
}

impl CountedExport<'_> {
    /// Calls `visit` with each row of the beneficiaries export, in the order of the list of
    /// people, and returns how many rows there were; streamed and cancelled as
    /// [`CountedExport::for_each_activity_row`]. With a period or a place, only the people
    /// accompanied within it, with the number of those accompaniments; the age band is the one
    /// of the period's last year (the current year without an end).
    pub fn for_each_person_row(
        self,
        progress: Progress<'_>,
        mut visit: impl FnMut(&PersonExportRow) -> CoreResult<()>,
    ) -> CoreResult<u64> {
        let CountedExport { filter, total, read, .. } = self;
        if !progress(0, total) {
            return Err(CoreError::WorkCancelled);
        }
        let reference_year = filter.to.unwrap_or_else(crate::clock::today).year();
        let (from, to) = filter.days();
        let mut statement = read.prepare(&people_rows_sql())?;
        let mut rows = statement.query(params![from, to, filter.place_id, filter.is_everything()])?;
        let mut done = 0u64;
        while let Some(row) = rows.next()? {
            let birth_year: Option<i32> = row.get(3)?;
            let accompaniments: i64 = row.get(12)?;
            visit(&PersonExportRow {
                beneficiary_id: row.get(0)?,
                first_name: row.get(1)?,
                last_name: row.get(2)?,
                birth_year,
                commune: Commune { name: row.get(4)?, postal_code: row.get(5)?, insee_code: row.get(6)? },
                phone: row.get(7)?,
                email: row.get(8)?,
                gender: row.get(9)?,
                age_band: AgeBand::from_birth_year(birth_year, reference_year),
                social_status: row.get(10)?,
                notes: row.get(11)?,
                accompaniments: u64::try_from(accompaniments).unwrap_or(0),
            })?;
            done += 1;
            if done.is_multiple_of(PROGRESS_EVERY) && !progress(done, total.max(done)) {
                return Err(CoreError::WorkCancelled);
            }
        }
        if !progress(done, done) {
            return Err(CoreError::WorkCancelled);
        }
        Ok(done)
    }
}

/// The people of the filter in the order of the list (`beneficiary_in_list_order`), with their
/// accompaniments: from the summary kept by triggers without a filter (?4 true), counted within
/// it otherwise.
fn people_rows_sql() -> String {
    format!(
        "SELECT b.id, b.first_name, b.last_name, b.birth_year, b.commune_name, b.commune_postal_code, \
           b.commune_insee_code, b.phone, b.email, b.gender, b.social_status, b.notes, \
           CASE WHEN ?4 THEN coalesce((SELECT activity_count FROM beneficiary_activity_summary s \
                                       WHERE s.beneficiary_id = b.id), 0) \
                ELSE {ACCOMPANIMENTS_IN_FILTER} END \
         FROM beneficiary b \
         WHERE {PEOPLE_FILTER} ORDER BY b.sort_key, b.id"
    )
}

/// A person's accompaniments within the filter (?1 from, ?2 to, ?3 place).
const ACCOMPANIMENTS_IN_FILTER: &str = "(SELECT count(*) FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id \
     WHERE ac.beneficiary_id = b.id AND ac.deleted_at IS NULL AND a.deleted_at IS NULL \
       AND a.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR a.place_id = ?3))";

/// People with a name, and when the filter keeps only some records (?4 false), accompanied
/// within it.
const PEOPLE_FILTER: &str = "b.deleted_at IS NULL AND b.anonymous = 0 AND b.erased_at IS NULL \
     AND (?4 OR EXISTS (SELECT 1 FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id \
       WHERE ac.beneficiary_id = b.id AND ac.deleted_at IS NULL AND a.deleted_at IS NULL \
         AND a.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR a.place_id = ?3)))";

/// The rows of one activity: its tracked participants (in the order of the list of people),
/// then its anonymous ones; one row without a person when it has neither. The activity and its
/// participants are moved into the rows, not copied: an export makes a hundred thousand of them.
fn emit_activity(
    activity: ActivityFields,
    tracked: &mut Vec<TrackedParticipant>,
    visit: &mut dyn FnMut(&ActivityExportRow) -> CoreResult<()>,
) -> CoreResult<()> {
    let year = activity.date.year();
    let anonymous = activity.anonymous.as_ref().filter(|counts| counts.total > 0);
    let anonymous_total = anonymous.map_or(0, |counts| counts.total);
    let count = u32::try_from(tracked.len()).unwrap_or(u32::MAX).saturating_add(anonymous_total);
    let mut row = ActivityExportRow {
        activity_id: activity.id,
        date: activity.date,
        recorded_at: activity.recorded_at,
        modified_at: activity.modified_at,
        kind: activity.kind,
        participant_rank: 1,
        participant_count: count.max(1),
        participant: None,
        place_type: activity.place_type,
        place_name: activity.place_name,
        place_address: activity.place_address,
        commune: activity.commune,
        duration_minutes: activity.duration_minutes,
        workshop_title: activity.workshop_title,
        equipment: activity.equipment,
        themes: activity.themes,
        procedure_name: activity.procedure_name,
        autonomy: activity.autonomy,
        workshop_level: activity.workshop_level,
        orientation: activity.orientation,
        notes: activity.notes,
    };
    if count == 0 {
        return visit(&row);
    }
    let mut rank = 0u32;
    let mut next = |participant: ExportedParticipant, row: &mut ActivityExportRow| -> CoreResult<()> {
        rank += 1;
        row.participant_rank = rank;
        row.participant = Some(participant);
        visit(row)?;
        // The notes are the activity's, written once.
        row.notes.clear();
        Ok(())
    };
    for person in tracked.drain(..) {
        next(
            ExportedParticipant {
                beneficiary_id: Some(person.id),
                anonymous: person.anonymous,
                first_name: person.first_name,
                last_name: person.last_name,
                commune: person.commune,
                gender: person.gender,
                age_band: AgeBand::from_birth_year(person.birth_year, year),
                social_status: person.social_status,
            },
            &mut row,
        )?;
    }
    if let Some(counts) = anonymous {
        let genders = spread(&counts.by_gender, counts.total, Gender::NotCommunicated);
        let age_bands = spread(&counts.by_age_band, counts.total, AgeBand::NotCommunicated);
        let statuses = spread(&counts.by_social_status, counts.total, SocialStatus::NotCommunicated);
        for ((gender, age_band), social_status) in genders.into_iter().zip(age_bands).zip(statuses) {
            next(
                ExportedParticipant {
                    beneficiary_id: None,
                    anonymous: true,
                    first_name: String::new(),
                    last_name: String::new(),
                    commune: Commune::default(),
                    gender,
                    age_band,
                    social_status,
                },
                &mut row,
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{DataDir, NewKey, PassphraseCost};

    fn plan(store: &Store, sql: &str, everything: Option<bool>) -> Vec<String> {
        let mut statement = store.reader().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("the query plans");
        let detail = |row: &rusqlite::Row<'_>| row.get::<_, String>(3);
        let steps = match everything {
            Some(everything) => statement.query_map(params!["2026-01-01", "2026-12-31", None::<String>, everything], detail),
            None => statement.query_map(params!["2026-01-01", "2026-12-31", None::<String>], detail),
        };
        steps.expect("the plan reads").collect::<rusqlite::Result<_>>().expect("every step reads")
    }

    /// The store keeps SQLite's temporary tables in memory: a query that sorted all its rows
    /// would make an export's memory grow with them.
    #[test]
    fn exports_read_in_index_order_and_never_sort_all_their_rows() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let store = Store::create(
            &DataDir::new(folder.path()),
            NewKey::Passphrase { passphrase: "correct horse battery staple", cost: PassphraseCost::FAST_FOR_TESTS },
        )
        .expect("a store");
        let activities = plan(&store, ACTIVITY_ROWS, None);
        assert!(
            activities.iter().any(|step| step.contains("activity_by_day_and_entry")),
            "activities are read along the index of days: {activities:?}"
        );
        assert!(
            !activities.iter().any(|step| step.contains("TEMP B-TREE FOR ORDER BY")),
            "only the participants of one activity are sorted at a time: {activities:?}"
        );
        for everything in [true, false] {
            let people = plan(&store, &people_rows_sql(), Some(everything));
            assert!(
                people.iter().any(|step| step.contains("beneficiary_in_list_order")),
                "people are read along the list's index: {people:?}"
            );
            assert!(!people.iter().any(|step| step.contains("TEMP B-TREE")), "people are never sorted: {people:?}");
        }
    }
}
