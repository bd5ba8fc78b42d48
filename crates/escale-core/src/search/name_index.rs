//! The name index of the people, in three derived places that agree:
//! - `beneficiary.sort_key`: the alphabetical key of the list;
//! - `beneficiary_name_index`, an FTS5 table of terms and skeletons ([`super::index_entry`]):
//!   finds the few people matching a precise query among 100,000 at once;
//! - `beneficiary_name_list`: named people's sort keys and the same terms, in small rows: a
//!   precise query sorts its FTS5 matches by reading their keys there, and a broad query (one
//!   letter) walks it in alphabetical order and stops when its page is full, where the FTS5
//!   table would hand over tens of thousands of matches to sort.
//!
//! All three are derived from the names, so they are rebuilt from the rows whenever what they
//! hold changes meaning: [`NAME_INDEX_VERSION`] says which folding built them; a store opened by
//! a program with another version rebuilds them once, in one transaction.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use super::NameQuery;
use crate::error::CoreResult;

/// Raised whenever folding, transliteration, the sort key or the derived tables change.
/// 1 was the folding of the first schema (never recorded); 2 added letters without a base
/// letter, joined names and names without particles, the Arabic article, transliterations,
/// skeletons and the Latin sort key; 3 the alphabetical list with terms.
const NAME_INDEX_VERSION: &str = "3";
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

/// Indexes a person (rowid `rowid` of `beneficiary`, whose row already holds `names`, their
/// identifier and their sort key). Call [`unindex_person`] first when the person was indexed.
pub(crate) fn index_person(transaction: &Transaction<'_>, rowid: i64, names: PersonNames<'_>) -> CoreResult<()> {
    let entry = super::index_entry([names.first, names.last, names.latin_first, names.latin_last]);
    if entry.is_empty() {
        return Ok(());
    }
    transaction.execute(
        "INSERT INTO beneficiary_name_index (rowid, terms, skeletons) VALUES (?1, ?2, ?3)",
        params![rowid, entry.terms, entry.skeletons],
    )?;
    transaction.execute(
        "INSERT INTO beneficiary_name_list (person, sort_key, id, terms, skeletons) \
         SELECT rowid, sort_key, id, ?2, ?3 FROM beneficiary WHERE rowid = ?1",
        params![rowid, format!(" {}", entry.terms), format!(" {}", entry.skeletons)],
    )?;
    Ok(())
}

/// Removes a person from the index (before their names change, or when they are erased).
pub(crate) fn unindex_person(transaction: &Transaction<'_>, rowid: i64) -> CoreResult<()> {
    transaction.execute("DELETE FROM beneficiary_name_index WHERE rowid = ?1", [rowid])?;
    transaction.execute("DELETE FROM beneficiary_name_list WHERE person = ?1", [rowid])?;
    Ok(())
}

/// The rowids of the first `limit` people matching `query` among the first `budget` entries
/// of the alphabetical list, in order. When fewer than `limit` are found, the query is rare
/// enough for the FTS5 table to be faster (or the list is shorter than the budget, and both
/// ways are fast). People deleted since they were indexed are skipped. The terms are tested by
/// SQLite as it reads the list's index, in order.
pub(crate) fn walk_matches(
    connection: &Connection,
    query: &NameQuery,
    limit: u32,
    budget: u32,
) -> CoreResult<Vec<i64>> {
    let (condition, values) = query.list_condition(3);
    let mut statement = connection.prepare_cached(&format!(
        "SELECT person FROM (SELECT person, terms, skeletons FROM beneficiary_name_list \
           INDEXED BY beneficiary_name_list_in_order ORDER BY sort_key, id LIMIT ?1) \
         WHERE {condition} \
           AND (SELECT deleted_at FROM beneficiary WHERE rowid = person) IS NULL \
         LIMIT ?2"
    ))?;
    let mut parameters: Vec<Box<dyn rusqlite::ToSql>> = vec![Box::new(budget), Box::new(limit)];
    parameters.extend(values.into_iter().map(|value| Box::new(value) as Box<dyn rusqlite::ToSql>));
    let found = statement
        .query_map(rusqlite::params_from_iter(parameters.iter()), |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// The rowids of the first `limit` people matching `query`, alphabetically, from the matches
/// of the FTS5 table sorted by their keys. People deleted since they were indexed are skipped.
pub(crate) fn sorted_matches(connection: &Connection, query: &NameQuery, limit: u32) -> CoreResult<Vec<i64>> {
    let mut matches = connection.prepare_cached(
        "SELECT person FROM beneficiary_name_list WHERE person IN \
           (SELECT rowid FROM beneficiary_name_index WHERE beneficiary_name_index MATCH ?1) \
         ORDER BY sort_key, id",
    )?;
    let mut is_deleted = connection.prepare_cached("SELECT deleted_at IS NOT NULL FROM beneficiary WHERE rowid = ?1")?;
    let mut rows = matches.query([query.match_expression()])?;
    let mut found = Vec::new();
    while found.len() < limit as usize
        && let Some(row) = rows.next()?
    {
        let person: i64 = row.get(0)?;
        if !is_deleted.query_row([person], |row| row.get::<_, bool>(0)).optional()?.unwrap_or(true) {
            found.push(person);
        }
    }
    Ok(found)
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

/// Every person's sort key and index entries, computed again.
fn rebuild(transaction: &Transaction<'_>) -> CoreResult<()> {
    transaction.execute("INSERT INTO beneficiary_name_index (beneficiary_name_index) VALUES ('delete-all')", [])?;
    transaction.execute("DELETE FROM beneficiary_name_list", [])?;
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
