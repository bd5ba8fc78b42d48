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

mod days;
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

/// The period's anonymous workshop participants, added up (in `u64`: ten thousand workshops of
/// ten thousand each do not fit the `u32` of one workshop's counts).
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct AnonymousSum {
    total: u64,
    /// How many of them had not been accompanied before.
    new: u64,
    by_gender: BTreeMap<Gender, u64>,
    by_age_band: BTreeMap<AgeBand, u64>,
    by_social_status: BTreeMap<SocialStatus, u64>,
}

/// What a set of activities adds up to. Every field is a sum, so the figures of days add up to
/// the figures of their period: [`days`] keeps one per day and place.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ActivityFigures {
    activities: u64,
    individual_activities: u64,
    workshops: u64,
    /// Tracked people in individual activities, and in workshops.
    individual_accompaniments: u64,
    workshop_participants: u64,
    by_theme: BTreeMap<Theme, u64>,
    by_equipment: BTreeMap<Equipment, u64>,
    by_channel: BTreeMap<PlaceType, u64>,
    by_duration: BTreeMap<DurationBand, u64>,
    anonymous: AnonymousSum,
}

fn add_each<K: Copy + Ord, N: Copy + Into<u64>>(into: &mut BTreeMap<K, u64>, counts: &BTreeMap<K, N>) {
    for (&key, &count) in counts {
        *into.entry(key).or_default() += count.into();
    }
}

impl ActivityFigures {
    /// One activity (its tracked participants are counted by [`Self::count_accompaniment`]).
    fn count_activity(
        &mut self,
        kind: ActivityKind,
        duration_minutes: u32,
        channel: PlaceType,
        anonymous: Option<&AnonymousParticipants>,
    ) {
        self.activities += 1;
        match kind {
            ActivityKind::Individual => self.individual_activities += 1,
            ActivityKind::Workshop => self.workshops += 1,
        }
        *self.by_duration.entry(DurationBand::of_minutes(duration_minutes)).or_default() += 1;
        *self.by_channel.entry(channel).or_default() += 1;
        if let Some(counts) = anonymous {
            let sum = &mut self.anonymous;
            sum.total += u64::from(counts.total);
            sum.new += u64::from(counts.total.saturating_sub(counts.already_accompanied));
            add_each(&mut sum.by_gender, &counts.by_gender);
            add_each(&mut sum.by_age_band, &counts.by_age_band);
            add_each(&mut sum.by_social_status, &counts.by_social_status);
        }
    }

    /// One tracked person at an activity of `kind`.
    fn count_accompaniment(&mut self, kind: ActivityKind) {
        match kind {
            ActivityKind::Individual => self.individual_accompaniments += 1,
            ActivityKind::Workshop => self.workshop_participants += 1,
        }
    }

    fn add(&mut self, other: &ActivityFigures) {
        self.activities += other.activities;
        self.individual_activities += other.individual_activities;
        self.workshops += other.workshops;
        self.individual_accompaniments += other.individual_accompaniments;
        self.workshop_participants += other.workshop_participants;
        add_each(&mut self.by_theme, &other.by_theme);
        add_each(&mut self.by_equipment, &other.by_equipment);
        add_each(&mut self.by_channel, &other.by_channel);
        add_each(&mut self.by_duration, &other.by_duration);
        let (sum, more) = (&mut self.anonymous, &other.anonymous);
        sum.total += more.total;
        sum.new += more.new;
        add_each(&mut sum.by_gender, &more.by_gender);
        add_each(&mut sum.by_age_band, &more.by_age_band);
        add_each(&mut sum.by_social_status, &more.by_social_status);
    }

    /// Tracked and anonymous: each person at each activity.
    fn accompaniments(&self) -> u64 {
        self.individual_accompaniments + self.workshop_participants + self.anonymous.total
    }
}

/// A workshop's anonymous counts, from their JSON column (a count that cannot be read counts
/// nothing, as a form that lost them would).
fn anonymous_counts(json: Option<String>) -> Option<AnonymousParticipants> {
    json.and_then(|json| serde_json::from_str(&json).ok())
}

/// The columns of a person's facts that the people breakdowns count, in the order
/// [`PeopleTally::count`] reads them: from `statistics_person`, or from `beneficiary` `b` and
/// its summary `s`, which it copies.
const PERSON_FACTS: &str = "anonymous, birth_year, gender, social_status, commune_name, \
     commune_postal_code, commune_insee_code, accompanied_before, first_activity_date";

/// The people breakdowns, one tracked person at a time.
#[derive(Default)]
struct PeopleTally {
    followed: u64,
    anonymous_records: u64,
    new_people: u64,
    genders: BTreeMap<Gender, u64>,
    age_bands: BTreeMap<AgeBand, u64>,
    statuses: BTreeMap<SocialStatus, u64>,
    /// By the commune's three texts, each prefixed by its length (so that no two communes share
    /// a key): a hundred thousand people from a few hundred communes are counted without a
    /// new string each.
    communes: HashMap<String, (Commune, u64)>,
    key: String,
}

impl PeopleTally {
    /// The person whose [`PERSON_FACTS`] start at column `first` of `row`, accompanied in the
    /// period `query` for the last time on `latest_day`.
    fn count(
        &mut self,
        row: &rusqlite::Row<'_>,
        first: usize,
        latest_day: NaiveDate,
        query: &StatisticsQuery,
    ) -> CoreResult<()> {
        use std::fmt::Write as _;
        if row.get::<_, bool>(first)? {
            self.anonymous_records += 1;
        } else {
            self.followed += 1;
        }
        let birth_year: Option<i32> = row.get(first + 1)?;
        *self.age_bands.entry(age_band_on(birth_year, latest_day)).or_default() += 1;
        *self.genders.entry(row.get(first + 2)?).or_default() += 1;
        *self.statuses.entry(row.get(first + 3)?).or_default() += 1;
        let name = text(row, first + 4)?;
        let postal_code = text(row, first + 5)?;
        let insee_code = text(row, first + 6)?;
        self.key.clear();
        for part in [name, postal_code, insee_code] {
            let _ = write!(self.key, "{}:{part}", part.len());
        }
        match self.communes.get_mut(self.key.as_str()) {
            Some((_, count)) => *count += 1,
            None => {
                let commune = Commune {
                    name: name.to_owned(),
                    postal_code: postal_code.to_owned(),
                    insee_code: insee_code.to_owned(),
                };
                self.communes.insert(self.key.clone(), (commune, 1));
            }
        }
        let accompanied_before: bool = row.get(first + 7)?;
        let first_day = text_or_null(row, first + 8)?.map(|day| parse_day(day, first + 8)).transpose()?;
        if !accompanied_before && first_day.is_some_and(|day| query.from <= day && day <= query.to) {
            self.new_people += 1;
        }
        Ok(())
    }
}

/// A count from SQL (an `i64`, never negative).
fn count(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<u64> {
    Ok(row.get::<_, i64>(column)?.max(0) as u64)
}

/// Column `column` of `row`, borrowed from the row rather than copied (a year has thousands of
/// rows to read).
fn text<'r>(row: &'r rusqlite::Row<'_>, column: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(column)?.as_str().map_err(|error| unreadable(column, error))
}

fn text_or_null<'r>(row: &'r rusqlite::Row<'_>, column: usize) -> rusqlite::Result<Option<&'r str>> {
    row.get_ref(column)?.as_str_or_null().map_err(|error| unreadable(column, error))
}

fn blob<'r>(row: &'r rusqlite::Row<'_>, column: usize) -> rusqlite::Result<&'r [u8]> {
    row.get_ref(column)?.as_blob().map_err(|error| unreadable(column, error))
}

fn unreadable(column: usize, error: rusqlite::types::FromSqlError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Null, Box::new(error))
}

fn parse_day(text: &str, column: usize) -> rusqlite::Result<NaiveDate> {
    text.parse().map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(error))
    })
}

/// The twelve months ending with the query's last month: the first day of the first, and the
/// first day after the last.
fn months_window(query: &StatisticsQuery) -> (NaiveDate, NaiveDate) {
    let last_month = query.to.with_day(1).expect("every month has a first day");
    (last_month - Months::new(11), last_month + Months::new(1))
}

impl Store {
    /// The figures of a period (see the module's documentation for what each counts), added up
    /// from each day's figures ([`days`]), after the days changed since their last reading are
    /// counted again from the rows.
    pub fn statistics(&self, query: &StatisticsQuery) -> CoreResult<Statistics> {
        query.checked()?;
        days::statistics(self, query)
    }

    /// The same figures read from every row of the period, as they were before days were kept:
    /// the reference that the days' figures are tested against, and the benchmark's baseline.
    /// Slow on a large store (every accompaniment of the period, each person looked up).
    #[doc(hidden)]
    pub fn statistics_from_every_row(&self, query: &StatisticsQuery) -> CoreResult<Statistics> {
        query.checked()?;
        let connection = self.reader();
        let mut figures = ActivityFigures::default();
        let mut by_place: HashMap<String, u64> = HashMap::new();
        let mut latest: HashMap<String, NaiveDate> = HashMap::new();
        let mut statement = connection.prepare_cached(
            "SELECT a.id, a.date, a.kind, a.duration_minutes, a.place_type, a.place_id, a.anonymous_participants, \
               ac.beneficiary_id \
             FROM activity a LEFT JOIN accompaniment ac ON ac.activity_id = a.id AND ac.deleted_at IS NULL \
             WHERE a.deleted_at IS NULL AND a.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR a.place_id = ?3) \
             ORDER BY a.id",
        )?;
        let mut rows = statement.query(params![query.from.to_string(), query.to.to_string(), query.place_id])?;
        let mut previous_activity = String::new();
        while let Some(row) = rows.next()? {
            let activity_id: String = row.get(0)?;
            let day = parse_day(&row.get::<_, String>(1)?, 1)?;
            let kind: ActivityKind = row.get(2)?;
            if activity_id != previous_activity {
                let anonymous = anonymous_counts(row.get(6)?);
                figures.count_activity(kind, row.get(3)?, row.get(4)?, anonymous.as_ref());
                if let Some(place_id) = row.get::<_, Option<String>>(5)? {
                    *by_place.entry(place_id).or_default() += 1;
                }
                previous_activity = activity_id;
            }
            if let Some(beneficiary_id) = row.get::<_, Option<String>>(7)? {
                figures.count_accompaniment(kind);
                latest.entry(beneficiary_id).and_modify(|latest| *latest = (*latest).max(day)).or_insert(day);
            }
        }
        figures.by_theme = self.count_by_code(query, "activity_theme", "theme")?;
        figures.by_equipment = self.count_by_code(query, "activity_equipment", "equipment")?;

        let mut people = PeopleTally::default();
        let mut person = connection.prepare_cached(&format!(
            "SELECT {PERSON_FACTS} FROM beneficiary b \
             LEFT JOIN beneficiary_activity_summary s ON s.beneficiary_id = b.id WHERE b.id = ?1"
        ))?;
        for (id, latest_day) in &latest {
            let mut rows = person.query([id])?;
            if let Some(row) = rows.next()? {
                people.count(row, 0, *latest_day, query)?;
            }
        }
        let months = self.months_from_every_row(query)?;
        self.assemble(query, figures, by_place, people, months)
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

    /// The twelve months ending with the query's last month, from every row: accompaniments and
    /// people.
    fn months_from_every_row(&self, query: &StatisticsQuery) -> CoreResult<Vec<MonthFigures>> {
        let (first_month, end) = months_window(query);
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
             WHERE a.deleted_at IS NULL AND a.anonymous_participants IS NOT NULL \
               AND a.date >= ?1 AND a.date < ?2 AND (?3 IS NULL OR a.place_id = ?3)",
        )?;
        let mut rows = workshops.query(params![first_month.to_string(), end.to_string(), query.place_id])?;
        while let Some(row) = rows.next()? {
            let month: String = row.get(0)?;
            let total = anonymous_counts(row.get(1)?).map_or(0, |counts| u64::from(counts.total));
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

    /// The period's [`Statistics`] from what its activities add up to, the count of activities
    /// of each named place, its tracked people's breakdowns and its months.
    fn assemble(
        &self,
        query: &StatisticsQuery,
        figures: ActivityFigures,
        by_place: HashMap<String, u64>,
        tracked: PeopleTally,
        months: Vec<MonthFigures>,
    ) -> CoreResult<Statistics> {
        let anonymous = &figures.anonymous;
        let mut genders = tracked.genders;
        let mut age_bands = tracked.age_bands;
        let mut statuses = tracked.statuses;
        let mut communes: Vec<(Commune, u64)> = tracked.communes.into_values().collect();
        // Anonymous participants' breakdowns; what a breakdown leaves out is "not stated".
        add_counts(&mut genders, &anonymous.by_gender, anonymous.total, Gender::NotCommunicated);
        add_counts(&mut age_bands, &anonymous.by_age_band, anonymous.total, AgeBand::NotCommunicated);
        add_counts(&mut statuses, &anonymous.by_social_status, anonymous.total, SocialStatus::NotCommunicated);
        if anonymous.total > 0 {
            match communes.iter_mut().find(|(commune, _)| *commune == Commune::default()) {
                Some((_, count)) => *count += anonymous.total,
                None => communes.push((Commune::default(), anonymous.total)),
            }
        }

        let anonymous_people = tracked.anonymous_records + anonymous.total;
        let totals = Totals {
            accompaniments: figures.accompaniments(),
            people: tracked.followed + anonymous_people,
            new_people: tracked.new_people + anonymous.new,
            followed_people: tracked.followed,
            anonymous_people,
            activities: figures.activities,
            individual_activities: figures.individual_activities,
            workshops: figures.workshops,
            individual_accompaniments: figures.individual_accompaniments,
            workshop_participants: figures.workshop_participants + anonymous.total,
        };
        let people = totals.people;
        let activities = totals.activities;

        let (digital, administrative): (Vec<Theme>, Vec<Theme>) =
            Theme::ALL.iter().partition(|theme| !theme.is_administrative());
        let mut places = Vec::with_capacity(by_place.len());
        let mut place_name = self.reader().prepare_cached("SELECT name FROM place WHERE id = ?1")?;
        for (place_id, count) in by_place {
            let name: String = place_name.query_row([&place_id], |row| row.get(0))?;
            places.push(PlaceShare { place_id, name, count, percent: percent(count, activities) });
        }
        places.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        let mut communes: Vec<CommuneShare> = communes
            .into_iter()
            .map(|(commune, count)| CommuneShare { commune, count, percent: percent(count, people) })
            .collect();
        // The same order whatever the order of the people read: most people first, then by the
        // commune's texts.
        fn texts(commune: &Commune) -> (&str, &str, &str) {
            (&commune.name, &commune.postal_code, &commune.insee_code)
        }
        communes.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| texts(&a.commune).cmp(&texts(&b.commune))));

        Ok(Statistics {
            query: query.clone(),
            digital_themes: shares(&digital, &figures.by_theme, activities),
            administrative_themes: shares(&administrative, &figures.by_theme, activities),
            equipment: shares(Equipment::ALL, &figures.by_equipment, activities),
            channels: shares(PlaceType::ALL, &figures.by_channel, activities),
            durations: shares(DurationBand::ALL, &figures.by_duration, activities),
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
