//! The figures of each day, kept so that a year at a million accompaniments reads a few hundred
//! small rows rather than every row of the year (`statistics_day`, migration
//! `statistics_by_day`).
//!
//! For each day and place of activity (place `''` for none), a row holds what the day's
//! activities there add up to ([`ActivityFigures`], which only sums) and the set of people
//! accompanied there that day, as a Roaring bitmap of their numbers in `statistics_person`.
//! Distinct people are what cannot be summed: a period's people are the union of its days'
//! sets, and each person's latest day in the period (for the age band) is the last day whose set
//! holds them. Their facts (gender, birth year, commune…) are read from `statistics_person`, a
//! narrow copy of the people that triggers keep.
//!
//! Triggers mark a day stale whenever a row its figures come from changes, whatever code changes
//! it; a reading of statistics first counts the stale days again from the rows and saves them in
//! one transaction. When they cannot be saved (a read-only or full disk, another program
//! writing), they are counted for this answer only, and saved by a later reading. A reading
//! therefore always answers from the rows as they are, as [`Store::statistics_from_every_row`]
//! does; tests compare the two.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Months, NaiveDate};
use roaring::RoaringBitmap;
use rusqlite::{Connection, Transaction, TransactionBehavior, params};

use super::{
    ActivityFigures, MonthFigures, PERSON_FACTS, PeopleTally, Statistics, StatisticsQuery, anonymous_counts, blob,
    months_window, parse_day, text,
};
use crate::error::CoreResult;
use crate::storage::Store;
use crate::vocabulary::ActivityKind;

/// What one day's activities at one place add up to, and who was there.
#[derive(Debug, Default)]
struct DayRow {
    day: NaiveDate,
    place_id: String,
    figures: ActivityFigures,
    people: RoaringBitmap,
}

/// The figures of `query`'s period, from the days' rows.
pub(super) fn statistics(store: &Store, query: &StatisticsQuery) -> CoreResult<Statistics> {
    let connection = store.reader();
    let mut recounted = recount_stale_days(connection)?;
    // Days whose kept rows could not be read.
    let mut unreadable = Vec::new();
    let (first_month, end) = months_window(query);
    let mut sum = PeriodSum::new(query, first_month);
    let mut statement = connection.prepare_cached(
        "SELECT day, place_id, figures, people FROM statistics_day \
         WHERE day BETWEEN ?1 AND ?2 AND (?3 IS NULL OR place_id = ?3)",
    )?;
    let last = end.pred_opt().expect("a month's first day has a day before it");
    let mut rows = statement.query(params![query.from.min(first_month).to_string(), last.to_string(), query.place_id])?;
    while let Some(row) = rows.next()? {
        let day = parse_day(text(row, 0)?, 0)?;
        if recounted.days.contains(&day) {
            continue;
        }
        let figures = serde_json::from_str(text(row, 2)?);
        let people = RoaringBitmap::deserialize_from(blob(row, 3)?);
        match (figures, people) {
            (Ok(figures), Ok(people)) => sum.add(DayRow { day, place_id: row.get(1)?, figures, people }),
            // Written by another version of Escale, or damaged: counted again from the rows.
            _ => unreadable.push(day),
        }
    }
    for day in unreadable {
        mark_stale(connection, day);
        recounted.days.insert(day);
        recounted.rows.extend(count_day(connection, day)?);
    }
    for row in recounted.rows {
        let in_range = query.from.min(first_month) <= row.day && row.day <= last;
        let at_place = query.place_id.as_ref().is_none_or(|place_id| *place_id == row.place_id);
        if in_range && at_place {
            sum.add(row);
        }
    }

    let mut people = PeopleTally::default();
    if !sum.latest.is_empty() {
        let mut statement =
            connection.prepare_cached(&format!("SELECT number, {PERSON_FACTS} FROM statistics_person WHERE number < ?1"))?;
        let mut rows = statement.query([sum.latest.len() as i64])?;
        while let Some(row) = rows.next()? {
            let number: i64 = row.get(0)?;
            if let Some(Some(latest_day)) = usize::try_from(number).ok().and_then(|number| sum.latest.get(number)) {
                people.count(row, 1, *latest_day, query)?;
            }
        }
    }
    let months = sum
        .months
        .iter()
        .zip(0..)
        .map(|(month, offset)| MonthFigures {
            month: first_month + Months::new(offset),
            accompaniments: month.accompaniments,
            people: month.people.len() + month.anonymous,
        })
        .collect();
    store.assemble(query, sum.figures, sum.by_place, people, months)
}

/// One of the twelve months of the series.
#[derive(Default)]
struct MonthSum {
    accompaniments: u64,
    anonymous: u64,
    people: RoaringBitmap,
}

/// The days of a period added up, one row at a time, in any order.
struct PeriodSum<'q> {
    query: &'q StatisticsQuery,
    first_month: NaiveDate,
    figures: ActivityFigures,
    by_place: HashMap<String, u64>,
    /// By person number: their latest day in the period, if they were accompanied in it
    /// (empty when nobody was).
    latest: Vec<Option<NaiveDate>>,
    months: [MonthSum; 12],
}

impl<'q> PeriodSum<'q> {
    fn new(query: &'q StatisticsQuery, first_month: NaiveDate) -> Self {
        PeriodSum {
            query,
            first_month,
            figures: ActivityFigures::default(),
            by_place: HashMap::new(),
            latest: Vec::new(),
            months: Default::default(),
        }
    }

    fn add(&mut self, row: DayRow) {
        if self.query.from <= row.day && row.day <= self.query.to {
            self.figures.add(&row.figures);
            if !row.place_id.is_empty() {
                *self.by_place.entry(row.place_id).or_default() += row.figures.activities;
            }
            if let Some(highest) = row.people.max() {
                let needed = highest as usize + 1;
                if self.latest.len() < needed {
                    self.latest.resize(needed, None);
                }
            }
            for number in &row.people {
                let latest = &mut self.latest[number as usize];
                if latest.is_none_or(|day| day < row.day) {
                    *latest = Some(row.day);
                }
            }
        }
        let months_since = |day: NaiveDate| day.year() * 12 + day.month0() as i32;
        let index = months_since(row.day) - months_since(self.first_month);
        if let Some(month) = usize::try_from(index).ok().and_then(|index| self.months.get_mut(index)) {
            month.accompaniments += row.figures.accompaniments();
            month.anonymous += row.figures.anonymous.total;
            month.people |= &row.people;
        }
    }
}

/// The days counted again for this reading.
#[derive(Default)]
struct Recounted {
    /// The days whose stored rows, if any, are not to be read.
    days: HashSet<NaiveDate>,
    /// Their rows as counted now, when they could not be saved.
    rows: Vec<DayRow>,
}

/// Counts the stale days again and saves them; when they cannot be saved, counts them for this
/// answer only.
fn recount_stale_days(connection: &Connection) -> CoreResult<Recounted> {
    let stale = stale_days(connection)?;
    if stale.is_empty() {
        return Ok(Recounted::default());
    }
    if save_recounted_days(connection).is_ok() {
        return Ok(Recounted::default());
    }
    let mut recounted = Recounted::default();
    for day in stale {
        recounted.rows.extend(count_day(connection, day)?);
        recounted.days.insert(day);
    }
    Ok(recounted)
}

fn stale_days(connection: &Connection) -> CoreResult<Vec<NaiveDate>> {
    let mut statement = connection.prepare_cached("SELECT day FROM statistics_stale_day ORDER BY day")?;
    let days = statement
        .query_map([], |row| parse_day(text(row, 0)?, 0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(days)
}

/// Marks `day` to be counted again and saved by a later reading. Best effort: on a disk that
/// takes no writes, every reading counts it again, which gives the same figures.
fn mark_stale(connection: &Connection, day: NaiveDate) {
    let _ = connection.execute("INSERT OR IGNORE INTO statistics_stale_day (day) VALUES (?1)", [day.to_string()]);
}

/// In one transaction: each stale day counted again from the rows, its rows replaced, and its
/// mark removed. Read again inside the transaction: another program may have saved some.
fn save_recounted_days(connection: &Connection) -> CoreResult<()> {
    let transaction = Transaction::new_unchecked(connection, TransactionBehavior::Immediate)?;
    for day in stale_days(&transaction)? {
        let rows = count_day(&transaction, day)?;
        let day_text = day.to_string();
        transaction.execute("DELETE FROM statistics_day WHERE day = ?1", [&day_text])?;
        let mut insert = transaction.prepare_cached(
            "INSERT INTO statistics_day (day, place_id, figures, people) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for row in rows {
            let figures = serde_json::to_string(&row.figures).expect("figures are plain numbers and codes");
            let mut people = Vec::with_capacity(row.people.serialized_size());
            row.people.serialize_into(&mut people).expect("a bitmap writes into memory");
            insert.execute(params![day_text, row.place_id, figures, people])?;
        }
        transaction.execute("DELETE FROM statistics_stale_day WHERE day = ?1", [&day_text])?;
    }
    transaction.commit()?;
    Ok(())
}

/// What `day`'s live activities add up to at each place, from the rows.
fn count_day(connection: &Connection, day: NaiveDate) -> CoreResult<Vec<DayRow>> {
    let day_text = day.to_string();
    let mut places: HashMap<String, DayRow> = HashMap::new();
    let mut statement = connection.prepare_cached(
        "SELECT a.id, coalesce(a.place_id, ''), a.kind, a.duration_minutes, a.place_type, a.anonymous_participants, \
           ac.id IS NOT NULL, p.number \
         FROM activity a \
         LEFT JOIN accompaniment ac ON ac.activity_id = a.id AND ac.deleted_at IS NULL \
         LEFT JOIN statistics_person p ON p.beneficiary_id = ac.beneficiary_id \
         WHERE a.deleted_at IS NULL AND a.date = ?1 \
         ORDER BY a.id",
    )?;
    let mut rows = statement.query([&day_text])?;
    let mut previous_activity = String::new();
    while let Some(row) = rows.next()? {
        let place_id = text(row, 1)?;
        let place = match places.get_mut(place_id) {
            Some(place) => place,
            None => places
                .entry(place_id.to_owned())
                .or_insert_with(|| DayRow { day, place_id: place_id.to_owned(), ..DayRow::default() }),
        };
        let kind: ActivityKind = row.get(2)?;
        let activity_id = text(row, 0)?;
        if activity_id != previous_activity {
            let anonymous = anonymous_counts(row.get(5)?);
            place.figures.count_activity(kind, row.get(3)?, row.get(4)?, anonymous.as_ref());
            previous_activity = activity_id.to_owned();
        }
        if row.get::<_, bool>(6)? {
            place.figures.count_accompaniment(kind);
            if let Some(number) = row.get::<_, Option<u32>>(7)? {
                place.people.insert(number);
            }
        }
    }
    for (table, column) in [("activity_theme", "theme"), ("activity_equipment", "equipment")] {
        let mut statement = connection.prepare_cached(&format!(
            "SELECT coalesce(a.place_id, ''), x.{column}, count(*) \
             FROM activity a CROSS JOIN {table} x ON x.activity_id = a.id \
             WHERE a.deleted_at IS NULL AND a.date = ?1 GROUP BY 1, 2"
        ))?;
        let mut rows = statement.query([&day_text])?;
        while let Some(row) = rows.next()? {
            let Some(place) = places.get_mut(text(row, 0)?) else { continue };
            let count = super::count(row, 2)?;
            match column {
                "theme" => *place.figures.by_theme.entry(row.get(1)?).or_default() += count,
                _ => *place.figures.by_equipment.entry(row.get(1)?).or_default() += count,
            }
        }
    }
    Ok(places.into_values().collect())
}
