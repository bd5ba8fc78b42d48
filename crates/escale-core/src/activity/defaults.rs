//! What the accompaniment form offers first, learned from this store's own records (a store is
//! one mediator's): the place of the day, and the themes and durations used most lately.
//!
//! Each answer is one query that reads a bounded number of rows through an index, whatever the
//! size of the history: the place reads one row, the themes and durations read at most
//! [`RECENT_RECORDS`] activities of the last [`RECENT_DAYS`] days.

use std::cmp::Reverse;
use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::commune::Commune;
use crate::error::CoreResult;
use crate::storage::Store;
use crate::vocabulary::{ActivityKind, PlaceType, Theme};

/// How far back "lately" goes: about six months, so a season's habits count and last year's do not.
pub const RECENT_DAYS: u64 = 183;
/// At most this many of the latest records are counted: enough to rank the themes of a busy
/// mediator's last weeks, and a bound on the work whatever the size of the history.
pub const RECENT_RECORDS: u32 = 1_000;

/// Where the mediator worked last: the latest record of today, or of the latest day before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaceOfTheDay {
    pub place_type: PlaceType,
    /// The named place, when it still exists.
    pub place_id: Option<String>,
    /// The commune, for a record at home or at another place.
    pub commune: Commune,
    /// The day of that record: today, or an earlier day (the form may say so).
    #[ts(type = "string")]
    pub date: NaiveDate,
}

/// The form's defaults and orderings for one kind of activity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordDefaults {
    /// None before the first record.
    pub place: Option<PlaceOfTheDay>,
    /// The themes used lately, most used first (ties in the national order); unused ones are left out.
    pub themes: Vec<Theme>,
    /// The durations used lately, in minutes, most used first (ties shortest first).
    pub durations_minutes: Vec<u32>,
}

/// The latest record of the latest day up to today (today's when there is one). Reads one entry
/// of `activity_by_day_and_entry` from its end.
const PLACE_OF_THE_DAY: &str = "SELECT a.place_type, p.id, a.commune_name, a.commune_postal_code, \
       a.commune_insee_code, a.date \
     FROM activity a LEFT JOIN place p ON p.id = a.place_id AND p.deleted_at IS NULL \
     WHERE a.deleted_at IS NULL AND a.date <= ?1 \
     ORDER BY a.date DESC, a.created_at DESC LIMIT 1";

/// The latest records of one kind since a day, newest first, at most a bound: a range of
/// `activity_by_kind_and_day` read from its end.
const RECENT: &str = "SELECT a.id, a.duration_minutes FROM activity a \
     WHERE a.kind = ?1 AND a.deleted_at IS NULL AND a.date BETWEEN ?2 AND ?3 \
     ORDER BY a.date DESC, a.created_at DESC LIMIT ?4";

fn themes_query() -> String {
    format!(
        "SELECT t.theme, count(*) FROM activity_theme t \
         WHERE t.activity_id IN (SELECT id FROM ({RECENT})) GROUP BY t.theme"
    )
}

fn durations_query() -> String {
    format!("SELECT duration_minutes, count(*) FROM ({RECENT}) GROUP BY duration_minutes")
}

/// The keys most counted first; equal counts in the keys' own order.
fn most_used_first<K: Ord + Copy>(counts: HashMap<K, i64>) -> Vec<K> {
    let mut ranked: Vec<(K, i64)> = counts.into_iter().collect();
    ranked.sort_by_key(|&(key, count)| (Reverse(count), key));
    ranked.into_iter().map(|(key, _)| key).collect()
}

impl Store {
    /// The defaults of a new record of `kind` made on `today`, from this store's history.
    pub fn record_defaults(&self, kind: ActivityKind, today: NaiveDate) -> CoreResult<RecordDefaults> {
        let connection = self.reader();
        let place = connection
            .prepare_cached(PLACE_OF_THE_DAY)?
            .query_row([today.to_string()], |row| {
                let date: String = row.get(5)?;
                Ok(PlaceOfTheDay {
                    place_type: row.get(0)?,
                    place_id: row.get(1)?,
                    commune: Commune { name: row.get(2)?, postal_code: row.get(3)?, insee_code: row.get(4)? },
                    date: date.parse().map_err(|error| {
                        rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, Box::new(error))
                    })?,
                })
            })
            .optional()?;

        let since = today.checked_sub_days(Days::new(RECENT_DAYS)).unwrap_or(NaiveDate::MIN);
        let window = params![kind, since.to_string(), today.to_string(), RECENT_RECORDS];
        let themes: HashMap<Theme, i64> = connection
            .prepare_cached(&themes_query())?
            .query_map(window, |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let durations: HashMap<u32, i64> = connection
            .prepare_cached(&durations_query())?
            .query_map(window, |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(RecordDefaults { place, themes: most_used_first(themes), durations_minutes: most_used_first(durations) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{self, DemoOptions};
    use crate::storage::{DataDir, NewKey};

    fn plan(store: &Store, sql: &str) -> Vec<String> {
        // Each query takes the first of these parameters that it names.
        let values: [&dyn rusqlite::ToSql; 4] = [&"individuel", &"2026-01-01", &"2026-06-30", &1000];
        let mut statement = store.reader().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let count = statement.parameter_count();
        statement
            .query_map(&values[..count], |row| row.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn each_default_reads_an_index_range_never_the_whole_history() {
        let dir = tempfile::tempdir().unwrap();
        let keyring: std::sync::Arc<keyring_core::CredentialStore> = keyring_core::mock::Store::new().unwrap();
        let mut store = Store::create(&DataDir::new(dir.path()), NewKey::Keyring(&keyring)).unwrap();
        demo::generate(&mut store, DemoOptions { people: 50, activities_per_person: 2.0, seed: 3 }).unwrap();
        // The planner's choices depend on statistics: give it those of a large history.
        store.reader().execute_batch("ANALYZE").unwrap();

        let place = plan(&store, &PLACE_OF_THE_DAY.replace("?1", "'2026-06-30'"));
        assert!(
            place.iter().any(|step| step.contains("USING INDEX activity_by_day_and_entry")),
            "the place of the day is read from the end of the index by day and entry: {place:?}"
        );
        assert!(
            !place.iter().any(|step| step.contains("TEMP B-TREE")),
            "the latest record is found without sorting every record: {place:?}"
        );
        for (what, sql) in [("themes", themes_query()), ("durations", durations_query())] {
            let steps = plan(&store, &sql);
            assert!(
                steps.iter().any(|step| step.contains("USING INDEX activity_by_kind_and_day")),
                "the {what} read the latest records of one kind through the index: {steps:?}"
            );
            assert!(
                !steps.iter().any(|step| step.starts_with("SCAN a") || step.starts_with("SCAN t")),
                "the {what} never read the whole activity or theme table: {steps:?}"
            );
        }
    }

    #[test]
    fn equal_counts_keep_the_keys_order() {
        let counts = HashMap::from([(45, 2), (30, 5), (15, 2), (60, 1)]);
        assert_eq!(most_used_first(counts), vec![30, 15, 45, 60], "most used first, ties shortest first");
    }
}
