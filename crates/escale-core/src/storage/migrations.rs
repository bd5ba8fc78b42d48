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
];

const BOOKKEEPING: &str = "CREATE TABLE IF NOT EXISTS schema_migration (
    version TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;";

pub(crate) fn migrate(connection: &mut Connection) -> CoreResult<()> {
    connection.execute_batch(BOOKKEEPING)?;
    let current = current_version(connection)?;
    let newest_known = MIGRATIONS.last().map(|m| m.version).unwrap_or_default();
    if current.as_str() > newest_known {
        return Err(CoreError::SchemaTooNew { found: current, known: newest_known.to_string() });
    }
    for migration in MIGRATIONS.iter().filter(|m| m.version > current.as_str()) {
        let transaction = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        transaction.execute_batch(migration.sql)?;
        transaction.execute(
            "INSERT INTO schema_migration (version, name, applied_at) VALUES (?1, ?2, ?3)",
            (migration.version, migration.name, crate::clock::now_timestamp()),
        )?;
        transaction.commit()?;
    }
    Ok(())
}

pub(crate) fn current_version(connection: &Connection) -> CoreResult<String> {
    Ok(connection.query_row(
        "SELECT coalesce(max(version), '') FROM schema_migration",
        [],
        |row| row.get(0),
    )?)
}
