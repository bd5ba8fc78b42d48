//! Figures for a period, as the national platform reports them and funders ask for them,
//! computed from the rows when they are asked for: a person's age band at the date of their
//! activity, whether they were new in the period from their first accompaniment as the rows
//! say today (see [`crate::activity::facts`]). Nothing here is stored, so a record entered late,
//! corrected or merged changes the figures of its own period the next time they are read.
//!
//! What is counted, and over what:
//! - an *accompaniment* is one person at one activity: each tracked person of an individual
//!   accompaniment or a workshop, and each anonymous participant counted in a workshop;
//! - *people* are the distinct tracked records accompanied in the period, plus the anonymous
//!   participants counted in workshops (who cannot be told apart, so each counts once);
//! - the activity breakdowns (themes, equipment, channels, durations, places) count activities,
//!   and their percentages are of the period's activities (an activity has several themes, so
//!   those percentages do not add up to 100);
//! - the people breakdowns (gender, age band, social status, commune) count people, and their
//!   percentages are of the period's people; a tracked person's age band is the one on the day
//!   of their latest activity of the period.

pub mod report;

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::activity::AnonymousParticipants;
use crate::activity::facts::age_band_on;
use crate::commune::Commune;
use crate::error::{CoreResult, ValidationError, ValidationErrors};
use crate::storage::Store;
use crate::vocabulary::{ActivityKind, AgeBand, DurationBand, Equipment, Gender, PlaceType, SocialStatus, Theme};

/// The period (inclusive days) and, optionally, the one place whose activities are counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StatisticsQuery {
    #[ts(type = "string")]
    pub from: NaiveDate,
    #[ts(type = "string")]
    pub to: NaiveDate,
    pub place_id: Option<String>,
}

/// The longest period asked at once: enough for several years of reports, short enough that a
/// typing mistake in a year ("2206") gives an error rather than a long wait.
pub const MAX_PERIOD_DAYS: u32 = 366 * 20;

impl StatisticsQuery {
    fn checked(&self) -> Result<(), ValidationErrors> {
        if self.to < self.from {
            return Err(ValidationError::PeriodEndsBeforeStart.into());
        }
        if (self.to - self.from).num_days() > i64::from(MAX_PERIOD_DAYS) {
            return Err(ValidationError::PeriodTooLong { max_days: MAX_PERIOD_DAYS }.into());
        }
        Ok(())
    }
}

/// One value of a breakdown: how many, and what share of the breakdown's whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Share<K> {
    pub key: K,
    #[ts(type = "number")]
    pub count: u64,
    /// From 0 to 100, unrounded: each screen and file rounds as it shows it.
    pub percent: f64,
}

/// A named place's share of the activities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaceShare {
    pub place_id: String,
    pub name: String,
    #[ts(type = "number")]
    pub count: u64,
    pub percent: f64,
}

/// A commune of residence's share of the people; `commune` is empty for people whose commune
/// is not known (anonymous workshop participants, people who did not give it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CommuneShare {
    pub commune: Commune,
    #[ts(type = "number")]
    pub count: u64,
    pub percent: f64,
}

/// The headline figures of a period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    #[ts(type = "number")]
    pub accompaniments: u64,
    #[ts(type = "number")]
    pub people: u64,
    /// People whose first accompaniment ever falls in the period.
    #[ts(type = "number")]
    pub new_people: u64,
    /// People with a named record (followed over time).
    #[ts(type = "number")]
    pub followed_people: u64,
    /// Anonymous records and anonymous workshop participants.
    #[ts(type = "number")]
    pub anonymous_people: u64,
    #[ts(type = "number")]
    pub activities: u64,
    #[ts(type = "number")]
    pub individual_activities: u64,
    #[ts(type = "number")]
    pub workshops: u64,
    /// Accompaniments in individual activities.
    #[ts(type = "number")]
    pub individual_accompaniments: u64,
    /// Accompaniments in workshops, tracked and anonymous.
    #[ts(type = "number")]
    pub workshop_participants: u64,
}

/// One month of the series shown beside the period's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MonthFigures {
    /// The month's first day.
    #[ts(type = "string")]
    pub month: NaiveDate,
    #[ts(type = "number")]
    pub accompaniments: u64,
    #[ts(type = "number")]
    pub people: u64,
}

/// Everything the statistics screen, the statistics export and the monthly report show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Statistics {
    pub query: StatisticsQuery,
    pub totals: Totals,
    pub digital_themes: Vec<Share<Theme>>,
    pub administrative_themes: Vec<Share<Theme>>,
    pub equipment: Vec<Share<Equipment>>,
    pub channels: Vec<Share<PlaceType>>,
    pub durations: Vec<Share<DurationBand>>,
    /// Most activities first.
    pub places: Vec<PlaceShare>,
    pub genders: Vec<Share<Gender>>,
    pub age_bands: Vec<Share<AgeBand>>,
    pub social_statuses: Vec<Share<SocialStatus>>,
    /// Most people first.
    pub communes: Vec<CommuneShare>,
    /// The twelve months ending with the period's last, oldest first, with the same place filter.
    pub months: Vec<MonthFigures>,
}

fn percent(count: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { count as f64 * 100.0 / whole as f64 }
}

/// Every value of a vocabulary in the national order, zeros included: a chart and an export
/// show the same rows from one period to the next.
fn shares<K: Copy + Ord>(all: &[K], counts: &BTreeMap<K, u64>, whole: u64) -> Vec<Share<K>> {
    all.iter()
        .map(|&key| {
            let count = counts.get(&key).copied().unwrap_or(0);
            Share { key, count, percent: percent(count, whole) }
        })
        .collect()
}

/// A tracked person's attributes, read once for the period.
struct TrackedPerson {
    latest_day: NaiveDate,
}

/// The period's anonymous workshop participants, added up (in `u64`: ten thousand workshops of
/// ten thousand each do not fit the `u32` of one workshop's counts).
#[derive(Default)]
struct AnonymousSum {
    total: u64,
    by_gender: BTreeMap<Gender, u64>,
    by_age_band: BTreeMap<AgeBand, u64>,
    by_social_status: BTreeMap<SocialStatus, u64>,
}

/// What one pass over the period's activities gathers.
#[derive(Default)]
struct ActivityTally {
    totals: Totals,
    by_theme: BTreeMap<Theme, u64>,
    by_equipment: BTreeMap<Equipment, u64>,
    by_channel: BTreeMap<PlaceType, u64>,
    by_duration: BTreeMap<DurationBand, u64>,
    by_place: HashMap<String, u64>,
    anonymous: AnonymousSum,
    anonymous_new: u64,
    people: HashMap<String, TrackedPerson>,
}

/// A count from SQL (an `i64`, never negative).
fn count(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<u64> {
    Ok(row.get::<_, i64>(column)?.max(0) as u64)
}

fn parse_day(text: &str, column: usize) -> rusqlite::Result<NaiveDate> {
    text.parse().map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(error))
    })
}

impl Store {
    /// The figures of a period (see the module's documentation for what each counts).
    pub fn statistics(&self, query: &StatisticsQuery) -> CoreResult<Statistics> {
        query.checked()?;
        let tally = self.tally_activities(query)?;
        let themes = self.count_by_code::<Theme>(query, "activity_theme", "theme")?;
        let equipment = self.count_by_code::<Equipment>(query, "activity_equipment", "equipment")?;
        let tally = ActivityTally { by_theme: themes, by_equipment: equipment, ..tally };
        let months = self.months_ending(query)?;
        self.finish(query, tally, months)
    }

    /// One pass over the period's activities and their tracked participants.
    fn tally_activities(&self, query: &StatisticsQuery) -> CoreResult<ActivityTally> {
        let mut tally = ActivityTally::default();
        let connection = self.reader();
        let mut statement = connection.prepare_cached(
            "SELECT a.id, a.date, a.kind, a.duration_minutes, a.place_type, a.place_id, a.anonymous_participants, \
               ac.beneficiary_id \
             FROM activity a LEFT JOIN accompaniment ac ON ac.activity_id = a.id AND ac.deleted_at IS NULL \
             WHERE a.deleted_at IS NULL AND a.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR a.place_id = ?3)",
        )?;
        let mut rows = statement.query(params![query.from.to_string(), query.to.to_string(), query.place_id])?;
        let mut previous_activity = String::new();
        while let Some(row) = rows.next()? {
            let activity_id: String = row.get(0)?;
            let day = parse_day(&row.get::<_, String>(1)?, 1)?;
            let kind: ActivityKind = row.get(2)?;
            if activity_id != previous_activity {
                tally.totals.activities += 1;
                match kind {
                    ActivityKind::Individual => tally.totals.individual_activities += 1,
                    ActivityKind::Workshop => tally.totals.workshops += 1,
                }
                *tally.by_duration.entry(DurationBand::of_minutes(row.get(3)?)).or_default() += 1;
                *tally.by_channel.entry(row.get(4)?).or_default() += 1;
                if let Some(place_id) = row.get::<_, Option<String>>(5)? {
                    *tally.by_place.entry(place_id).or_default() += 1;
                }
                if let Some(counts) = row
                    .get::<_, Option<String>>(6)?
                    .and_then(|json| serde_json::from_str::<AnonymousParticipants>(&json).ok())
                {
                    add_anonymous(&mut tally, &counts);
                }
                previous_activity = activity_id;
            }
            if let Some(beneficiary_id) = row.get::<_, Option<String>>(7)? {
                tally.totals.accompaniments += 1;
                match kind {
                    ActivityKind::Individual => tally.totals.individual_accompaniments += 1,
                    ActivityKind::Workshop => tally.totals.workshop_participants += 1,
                }
                tally
                    .people
                    .entry(beneficiary_id)
                    .and_modify(|person| person.latest_day = person.latest_day.max(day))
                    .or_insert(TrackedPerson { latest_day: day });
            }
        }
        Ok(tally)
    }

    /// How many of the period's activities carry each code of a list (themes, equipment).
    fn count_by_code<K>(&self, query: &StatisticsQuery, table: &str, column: &str) -> CoreResult<BTreeMap<K, u64>>
    where
        K: Ord + rusqlite::types::FromSql,
    {
        let mut statement = self.reader().prepare_cached(&format!(
            // CROSS JOIN keeps the period's activities as the outer loop: left to itself, the
            // planner walks the whole code table in code order (no sort for the GROUP BY) and
            // looks up every activity of the store, whatever the period.
            "SELECT x.{column}, count(*) FROM activity a CROSS JOIN {table} x ON x.activity_id = a.id \
             WHERE a.deleted_at IS NULL AND a.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR a.place_id = ?3) \
             GROUP BY x.{column}"
        ))?;
        let counts = statement
            .query_map(params![query.from.to_string(), query.to.to_string(), query.place_id], |row| {
                Ok((row.get::<_, K>(0)?, count(row, 1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(counts)
    }

    /// The twelve months ending with the query's last month: accompaniments and people.
    fn months_ending(&self, query: &StatisticsQuery) -> CoreResult<Vec<MonthFigures>> {
        let last_month = query.to.with_day(1).expect("every month has a first day");
        let first_month = last_month - Months::new(11);
        let end = last_month + Months::new(1);
        let connection = self.reader();
        let mut statement = connection.prepare_cached(
            "SELECT substr(a.date, 1, 7), count(ac.id), count(DISTINCT ac.beneficiary_id) \
             FROM activity a CROSS JOIN accompaniment ac ON ac.activity_id = a.id AND ac.deleted_at IS NULL \
             WHERE a.deleted_at IS NULL AND a.date >= ?1 AND a.date < ?2 AND (?3 IS NULL OR a.place_id = ?3) \
             GROUP BY 1",
        )?;
        let mut tracked: HashMap<String, (u64, u64)> = statement
            .query_map(params![first_month.to_string(), end.to_string(), query.place_id], |row| {
                Ok((row.get::<_, String>(0)?, (count(row, 1)?, count(row, 2)?)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        // Anonymous workshop participants: each one an accompaniment and a person of its month.
        let mut workshops = connection.prepare_cached(
            "SELECT substr(a.date, 1, 7), a.anonymous_participants FROM activity a \
             WHERE a.deleted_at IS NULL AND a.kind = 'collectif' AND a.anonymous_participants IS NOT NULL \
               AND a.date >= ?1 AND a.date < ?2 AND (?3 IS NULL OR a.place_id = ?3)",
        )?;
        let mut rows = workshops.query(params![first_month.to_string(), end.to_string(), query.place_id])?;
        while let Some(row) = rows.next()? {
            let month: String = row.get(0)?;
            let total = serde_json::from_str::<AnonymousParticipants>(&row.get::<_, String>(1)?)
                .map(|counts| u64::from(counts.total))
                .unwrap_or(0);
            let entry = tracked.entry(month).or_default();
            entry.0 += total;
            entry.1 += total;
        }
        Ok((0..12)
            .map(|offset| {
                let month = first_month + Months::new(offset);
                let (accompaniments, people) =
                    tracked.get(&month.format("%Y-%m").to_string()).copied().unwrap_or_default();
                MonthFigures { month, accompaniments, people }
            })
            .collect())
    }

    /// The people breakdowns, from the tracked people's records and the anonymous counts.
    fn finish(&self, query: &StatisticsQuery, tally: ActivityTally, months: Vec<MonthFigures>) -> CoreResult<Statistics> {
        let mut totals = tally.totals;
        let anonymous = &tally.anonymous;
        let anonymous_total = anonymous.total;
        totals.accompaniments += anonymous_total;
        totals.workshop_participants += anonymous_total;

        let mut genders: BTreeMap<Gender, u64> = BTreeMap::new();
        let mut age_bands: BTreeMap<AgeBand, u64> = BTreeMap::new();
        let mut statuses: BTreeMap<SocialStatus, u64> = BTreeMap::new();
        let mut communes: BTreeMap<(String, String, String), u64> = BTreeMap::new();
        let mut new_people = tally.anonymous_new;
        let mut followed = 0;
        let mut anonymous_records = 0;

        let connection = self.reader();
        let mut person = connection.prepare_cached(
            "SELECT b.anonymous, b.birth_year, b.gender, b.social_status, b.commune_name, b.commune_postal_code, \
               b.commune_insee_code, b.accompanied_before, s.first_activity_date \
             FROM beneficiary b LEFT JOIN beneficiary_activity_summary s ON s.beneficiary_id = b.id \
             WHERE b.id = ?1",
        )?;
        for (id, tracked) in &tally.people {
            let mut rows = person.query([id])?;
            let Some(row) = rows.next()? else { continue };
            if row.get::<_, bool>(0)? {
                anonymous_records += 1;
            } else {
                followed += 1;
            }
            let birth_year: Option<i32> = row.get(1)?;
            *age_bands.entry(age_band_on(birth_year, tracked.latest_day)).or_default() += 1;
            *genders.entry(row.get(2)?).or_default() += 1;
            *statuses.entry(row.get(3)?).or_default() += 1;
            *communes.entry((row.get(4)?, row.get(5)?, row.get(6)?)).or_default() += 1;
            let accompanied_before: bool = row.get(7)?;
            let first_day = row.get::<_, Option<String>>(8)?.map(|day| parse_day(&day, 8)).transpose()?;
            if !accompanied_before && first_day.is_some_and(|day| query.from <= day && day <= query.to) {
                new_people += 1;
            }
        }
        // Anonymous participants' breakdowns; what a breakdown leaves out is "not stated".
        add_counts(&mut genders, &anonymous.by_gender, anonymous_total, Gender::NotCommunicated);
        add_counts(&mut age_bands, &anonymous.by_age_band, anonymous_total, AgeBand::NotCommunicated);
        add_counts(&mut statuses, &anonymous.by_social_status, anonymous_total, SocialStatus::NotCommunicated);
        if anonymous_total > 0 {
            *communes.entry(Default::default()).or_default() += anonymous_total;
        }

        totals.followed_people = followed;
        totals.anonymous_people = anonymous_records + anonymous_total;
        totals.people = followed + totals.anonymous_people;
        totals.new_people = new_people;
        let people = totals.people;
        let activities = totals.activities;

        let (digital, administrative): (Vec<Theme>, Vec<Theme>) =
            Theme::ALL.iter().partition(|theme| !theme.is_administrative());
        let mut places = Vec::with_capacity(tally.by_place.len());
        let mut place_name = connection.prepare_cached("SELECT name FROM place WHERE id = ?1")?;
        for (place_id, count) in tally.by_place {
            let name: String = place_name.query_row([&place_id], |row| row.get(0))?;
            places.push(PlaceShare { place_id, name, count, percent: percent(count, activities) });
        }
        places.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        let mut communes: Vec<CommuneShare> = communes
            .into_iter()
            .map(|((name, postal_code, insee_code), count)| CommuneShare {
                commune: Commune { name, postal_code, insee_code },
                count,
                percent: percent(count, people),
            })
            .collect();
        communes.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.commune.name.cmp(&b.commune.name)));

        Ok(Statistics {
            query: query.clone(),
            digital_themes: shares(&digital, &tally.by_theme, activities),
            administrative_themes: shares(&administrative, &tally.by_theme, activities),
            equipment: shares(Equipment::ALL, &tally.by_equipment, activities),
            channels: shares(PlaceType::ALL, &tally.by_channel, activities),
            durations: shares(DurationBand::ALL, &tally.by_duration, activities),
            places,
            genders: shares(Gender::ALL, &genders, people),
            age_bands: shares(AgeBand::ALL, &age_bands, people),
            social_statuses: shares(SocialStatus::ALL, &statuses, people),
            communes,
            months,
            totals,
        })
    }
}

/// Adds a workshop's anonymous counts to the period's.
fn add_anonymous(tally: &mut ActivityTally, counts: &AnonymousParticipants) {
    fn add<K: Copy + Ord>(into: &mut BTreeMap<K, u64>, counts: &BTreeMap<K, u32>) {
        for (&key, &count) in counts {
            *into.entry(key).or_default() += u64::from(count);
        }
    }
    let sum = &mut tally.anonymous;
    sum.total += u64::from(counts.total);
    tally.anonymous_new += u64::from(counts.total.saturating_sub(counts.already_accompanied));
    add(&mut sum.by_gender, &counts.by_gender);
    add(&mut sum.by_age_band, &counts.by_age_band);
    add(&mut sum.by_social_status, &counts.by_social_status);
}

/// Adds the anonymous participants' breakdown to the tracked people's; the participants the
/// breakdown does not cover go to `not_stated`.
fn add_counts<K: Copy + Ord>(into: &mut BTreeMap<K, u64>, counts: &BTreeMap<K, u64>, total: u64, not_stated: K) {
    let mut covered = 0u64;
    for (&key, &count) in counts {
        *into.entry(key).or_default() += count;
        covered += count;
    }
    if total > covered {
        *into.entry(not_stated).or_default() += total - covered;
    }
}
