//! The name index of the people: the FTS5 table `beneficiary_name_index` (terms and skeletons,
//! see [`super::index_entry`]) and the alphabetical key `beneficiary.sort_key`.
//!
//! Both are derived from the names, so they are rebuilt from the rows whenever what they hold
//! changes meaning: [`NAME_INDEX_VERSION`] says which folding built them; a store opened by a
//! program with another version rebuilds them once, in one transaction.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use crate::error::CoreResult;

/// Raised whenever folding, transliteration or the sort key change what they produce.
/// 1 was the folding of the first schema (never recorded); 2 added letters without a base
/// letter, joined names and names without particles, the Arabic article, transliterations,
/// skeletons and the Latin sort key.
const NAME_INDEX_VERSION: &str = "2";
/// Where the version is kept: a setting of this laptop, like the index it describes.
const VERSION_KEY: &str = "name_index_version";

/// A person's names, as the index sees them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PersonNames<'a> {
    pub first: &'a str,
    pub last: &'a str,
    /// The name in Latin letters as on French documents, empty when it is the name itself.
    pub latin_first: &'a str,
    pub latin_last: &'a str,
}

impl PersonNames<'_> {
    /// The alphabetical key: last name, then first name, each in Latin letters (as on French
    /// documents when recorded, else transliterated), so that people are listed by the name a
    /// mediator reads on their papers whatever script they write it in.
    pub(crate) fn sort_key(&self) -> String {
        let latin = |latin: &str, name: &str| if latin.is_empty() { name.to_string() } else { latin.to_string() };
        super::sort_key(&format!("{} {}", latin(self.latin_last, self.last), latin(self.latin_first, self.first)))
    }
}

/// Writes the index row of a person (rowid `rowid` of `beneficiary`); the caller writes the
/// sort key ([`PersonNames::sort_key`]) with the row.
pub(crate) fn index_person(transaction: &Transaction<'_>, rowid: i64, names: PersonNames<'_>) -> CoreResult<()> {
    transaction.execute("DELETE FROM beneficiary_name_index WHERE rowid = ?1", [rowid])?;
    let entry = super::index_entry([names.first, names.last, names.latin_first, names.latin_last]);
    if !entry.is_empty() {
        transaction.execute(
            "INSERT INTO beneficiary_name_index (rowid, terms, skeletons) VALUES (?1, ?2, ?3)",
            params![rowid, entry.terms, entry.skeletons],
        )?;
    }
    Ok(())
}

/// Rebuilds the index and the sort keys from the rows if another folding built them.
/// The version is read again under the write lock: when two programs open the store at once,
/// the second finds the work done.
pub(crate) fn rebuild_if_stale(connection: &mut Connection) -> CoreResult<()> {
    if built_version(connection)?.as_deref() == Some(NAME_INDEX_VERSION) {
        return Ok(());
    }
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if built_version(&transaction)?.as_deref() == Some(NAME_INDEX_VERSION) {
        return Ok(());
    }
    rebuild(&transaction)?;
    transaction.execute(
        "INSERT INTO local_setting (key, value, updated_at) VALUES (?1, ?2, ?3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        params![VERSION_KEY, NAME_INDEX_VERSION, crate::clock::now_timestamp()],
    )?;
    transaction.commit()?;
    Ok(())
}

fn built_version(connection: &Connection) -> CoreResult<Option<String>> {
    Ok(connection
        .query_row("SELECT value FROM local_setting WHERE key = ?1", [VERSION_KEY], |row| row.get(0))
        .optional()?)
}

/// Every person's index row and sort key, computed again.
fn rebuild(transaction: &Transaction<'_>) -> CoreResult<()> {
    transaction.execute("INSERT INTO beneficiary_name_index (beneficiary_name_index) VALUES ('delete-all')", [])?;
    // Read first, then written: the rows are not changed under a running statement.
    let people: Vec<(i64, String, String, String, String)> = transaction
        .prepare(
            "SELECT rowid, first_name, last_name, latin_first_name, latin_last_name FROM beneficiary \
             WHERE deleted_at IS NULL",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (rowid, first, last, latin_first, latin_last) in &people {
        let names = PersonNames { first, last, latin_first, latin_last };
        transaction.execute("UPDATE beneficiary SET sort_key = ?2 WHERE rowid = ?1", params![rowid, names.sort_key()])?;
        index_person(transaction, *rowid, names)?;
    }
    Ok(())
}
