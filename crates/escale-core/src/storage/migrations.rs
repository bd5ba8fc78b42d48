//! Schema migrations: timestamped SQL files under `crates/escale-core/migrations/`, embedded in
//! the binary, applied in order, each in its own transaction together with its bookkeeping row.
//! A released migration is never edited; a change of schema is a new file.

use rusqlite::Connection;

use crate::error::{CoreError, CoreResult};

/// One schema change.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The file name's timestamp (`YYYYMMDDHHMMSS`), which orders migrations.
    pub version: &'static str,
    pub name: &'static str,
    pub sql: &'static str,
}

macro_rules! migration {
    ($version:literal, $name:literal) => {
        Migration {
            version: $version,
            name: $name,
            sql: include_str!(concat!("../../migrations/", $version, "_", $name, ".sql")),
        }
    };
}

/// Every migration, oldest first. A test checks this list against the files of the folder.
pub const MIGRATIONS: &[Migration] = &[
    migration!("20261122090000", "initial_schema"),
    migration!("20261122140000", "privacy"),
    migration!("20261122150000", "local_settings"),
    migration!("20261123160000", "names_in_latin_letters"),
    migration!("20261123170000", "name_list"),
    migration!("20261123180000", "activity_summary"),
    migration!("20261201090000", "procedures_over_weeks"),
    migration!("20261202090000", "merges"),
    migration!("20261204090000", "structure_contact_and_partners"),
    migration!("20261210090000", "record_defaults"),
    migration!("20261211090000", "own_catalogue_entry_organisation"),
    migration!("20261220090000", "name_places_in_list_order"),
    migration!("20261220100000", "name_list_in_order"),
    migration!("20261221090000", "merge_kept_after"),
    migration!("20261222090000", "facts_at_activity_date"),
    migration!("20261223090000", "report_notes"),
    migration!("20261224090000", "statistics_by_day"),
    migration!("20261225090000", "live_accompaniments_by_activity"),
    migration!("20261226090000", "follow_up_from_indexes"),
];

const BOOKKEEPING: &str = "CREATE TABLE IF NOT EXISTS schema_migration (
    version TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;";

pub(crate) fn migrate(connection: &mut Connection) -> CoreResult<()> {
    migrate_with(connection, MIGRATIONS)
}

/// Applies the migrations of `list` that the database lacks, each in its own immediate
/// transaction. "Lacks" means not recorded, rather than older than the newest recorded: two
/// branches of work may add migrations with interleaved timestamps, and a database that has the
/// later one must still get the earlier one.
///
/// The record is read again inside each transaction, which holds the write lock: when the
/// window and the command line start an upgrade at the same moment, the second waits for the
/// first and then finds the work done, so no migration runs twice.
#[doc(hidden)]
pub fn migrate_with(connection: &mut Connection, list: &[Migration]) -> CoreResult<()> {
    connection.execute_batch(BOOKKEEPING)?;
    let newest_known = list.last().map(|m| m.version).unwrap_or_default();
    let current = current_version(connection)?;
    if current.as_str() > newest_known {
        return Err(CoreError::SchemaTooNew { found: current, known: newest_known.to_string() });
    }
    let applied = applied_versions(connection)?;
    // Most openings have nothing to do: they take no write lock at all.
    for migration in list.iter().filter(|m| !applied.contains(m.version)) {
        let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        if applied_versions(&transaction)?.contains(migration.version) {
            continue;
        }
        transaction.execute_batch(migration.sql)?;
        transaction.execute(
            "INSERT INTO schema_migration (version, name, applied_at) VALUES (?1, ?2, ?3)",
            (migration.version, migration.name, crate::clock::now_timestamp()),
        )?;
        transaction.commit()?;
    }
    Ok(())
}

fn applied_versions(connection: &Connection) -> CoreResult<std::collections::BTreeSet<String>> {
    let mut statement = connection.prepare("SELECT version FROM schema_migration")?;
    let versions = statement.query_map([], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(versions)
}

pub(crate) fn current_version(connection: &Connection) -> CoreResult<String> {
    Ok(connection.query_row(
        "SELECT coalesce(max(version), '') FROM schema_migration",
        [],
        |row| row.get(0),
    )?)
}
