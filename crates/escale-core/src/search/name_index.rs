//! The name index of the people, in three derived places that agree:
//! - `beneficiary.sort_key`: the alphabetical key of the list;
//! - `beneficiary_name_index`, an FTS5 table of terms and skeletons ([`super::index_entry`]);
//! - `beneficiary_name_list`: each named person's *place* in the index (the FTS5 rowid), their
//!   sort key and identifier.
//!
//! A person's place follows the alphabetical order of the list (sort key, then identifier): the
//! FTS5 table hands over its matches in the order of the list, so a search reads its first page
//! of matches and stops, whether the query matches three people or thirty thousand. A new
//! person takes a place between their neighbours in the list ([`place_between`]); when two
//! neighbours leave no room between them (after thousands of names typed in alphabetical order
//! at one spot), every place is given again, evenly spaced ([`rebuild`]).
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
/// skeletons and the Latin sort key; 3 the alphabetical list with terms; 4 places by the first
/// eight characters of the key (never released); 5 places in the exact order of the list.
const NAME_INDEX_VERSION: &str = "5";
/// Where the version is kept: a setting of this laptop, like the index it describes.
const VERSION_KEY: &str = "name_index_version";

/// Places run from `LOWEST` to `HIGHEST`, within the rowids of FTS5, so that the distance
/// between any two places fits in an `i64`.
const LOWEST: i64 = -(1 << 62);
const HIGHEST: i64 = (1 << 62) - 1;
/// How far after its neighbour a person is placed when the gap is wide: names typed in
/// alphabetical order (an import) then take small steps, and leave the rest of the gap to
/// later names.
const STEP: i64 = 1 << 32;

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

/// A place strictly between the places of a person's neighbours in the list, `None` when they
/// leave no room.
fn place_between(before: Option<i64>, after: Option<i64>) -> Option<i64> {
    match (before, after) {
        (None, None) => Some(0),
        (Some(before), None) => Some(before + STEP.min((HIGHEST - before) / 2)).filter(|place| *place > before),
        (None, Some(after)) => Some(after - STEP.min((after - LOWEST) / 2)).filter(|place| *place < after),
        (Some(before), Some(after)) => Some(before + STEP.min((after - before) / 2)).filter(|place| *place > before),
    }
}

/// The places of the person's neighbours in the list: the one just before the key
/// (`sort_key`, `id`) and the one just after.
fn neighbours(transaction: &Transaction<'_>, sort_key: &str, id: &str) -> CoreResult<(Option<i64>, Option<i64>)> {
    let before = transaction
        .prepare_cached(
            "SELECT place FROM beneficiary_name_list WHERE (sort_key, id) < (?1, ?2) \
             ORDER BY sort_key DESC, id DESC LIMIT 1",
        )?
        .query_row([sort_key, id], |row| row.get(0))
        .optional()?;
    let after = transaction
        .prepare_cached(
            "SELECT place FROM beneficiary_name_list WHERE (sort_key, id) > (?1, ?2) ORDER BY sort_key, id LIMIT 1",
        )?
        .query_row([sort_key, id], |row| row.get(0))
        .optional()?;
    Ok((before, after))
}

/// Writes a person's entry at `place`: their terms in the FTS5 table, their key in the list.
fn insert_entry(
    transaction: &Transaction<'_>,
    rowid: i64,
    place: i64,
    entry: &super::IndexEntry,
    sort_key: &str,
    id: &str,
) -> CoreResult<()> {
    transaction
        .prepare_cached("INSERT INTO beneficiary_name_index (rowid, terms, skeletons) VALUES (?1, ?2, ?3)")?
        .execute(params![place, entry.terms, entry.skeletons])?;
    transaction
        .prepare_cached("INSERT INTO beneficiary_name_list (person, place, sort_key, id) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![rowid, place, sort_key, id])?;
    Ok(())
}

/// Indexes a person (rowid `rowid` of `beneficiary`, whose row already holds `names`, their
/// identifier and their sort key). Call [`unindex_person`] first when the person was indexed.
pub(crate) fn index_person(transaction: &Transaction<'_>, rowid: i64, names: PersonNames<'_>) -> CoreResult<()> {
    let entry = super::index_entry([names.first, names.last, names.latin_first, names.latin_last]);
    if entry.is_empty() {
        return Ok(());
    }
    let (sort_key, id): (String, String) =
        transaction.query_row("SELECT sort_key, id FROM beneficiary WHERE rowid = ?1", [rowid], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
    let (before, after) = neighbours(transaction, &sort_key, &id)?;
    match place_between(before, after) {
        Some(place) => insert_entry(transaction, rowid, place, &entry, &sort_key, &id),
        // No room left here: everyone is placed again, this person among them.
        None => rebuild(transaction),
    }
}

/// Removes a person from the index (before their names change, or when they are erased).
pub(crate) fn unindex_person(transaction: &Transaction<'_>, rowid: i64) -> CoreResult<()> {
    transaction.execute(
        "DELETE FROM beneficiary_name_index WHERE rowid = (SELECT place FROM beneficiary_name_list WHERE person = ?1)",
        [rowid],
    )?;
    transaction.execute("DELETE FROM beneficiary_name_list WHERE person = ?1", [rowid])?;
    Ok(())
}

/// The rowids of the first `limit` people matching `query`, alphabetically: the matches come
/// in the order of their places, which is the order of the list. People deleted since they were
/// indexed are skipped.
pub(crate) fn first_matches(connection: &Connection, query: &NameQuery, limit: u32) -> CoreResult<Vec<i64>> {
    let mut matches = connection.prepare_cached(
        "SELECT rowid FROM beneficiary_name_index WHERE beneficiary_name_index MATCH ?1 ORDER BY rowid",
    )?;
    let mut person_at = connection.prepare_cached(
        "SELECT l.person FROM beneficiary_name_list l JOIN beneficiary b ON b.rowid = l.person \
         WHERE l.place = ?1 AND b.deleted_at IS NULL",
    )?;
    let mut rows = matches.query([query.match_expression()])?;
    let mut found = Vec::new();
    while found.len() < limit as usize
        && let Some(row) = rows.next()?
    {
        let place: i64 = row.get(0)?;
        if let Some(person) = person_at.query_row([place], |row| row.get(0)).optional()? {
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

/// Every person's sort key and index entries computed again, and their places given evenly
/// spaced in the order of the list, so that every gap leaves room for many names.
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
    let mut entries = Vec::with_capacity(people.len());
    for (rowid, first, last, latin_first, latin_last) in &people {
        let names = PersonNames { first, last, latin_first, latin_last };
        let sort_key = names.sort_key();
        transaction.execute("UPDATE beneficiary SET sort_key = ?2 WHERE rowid = ?1", params![rowid, sort_key])?;
        let entry = super::index_entry([first.as_str(), last, latin_first, latin_last]);
        if !entry.is_empty() {
            let id: String = transaction.query_row("SELECT id FROM beneficiary WHERE rowid = ?1", [rowid], |row| row.get(0))?;
            entries.push((sort_key, id, *rowid, entry));
        }
    }
    // Rust compares strings byte by byte, as SQLite's BINARY collation of the list does.
    entries.sort_unstable_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let spacing = (HIGHEST - LOWEST) / (entries.len() as i64 + 1);
    for (at, (sort_key, id, rowid, entry)) in entries.iter().enumerate() {
        insert_entry(transaction, *rowid, LOWEST + spacing * (at as i64 + 1), entry, sort_key, id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_found_between_neighbours_until_they_touch() {
        assert_eq!(place_between(None, None), Some(0), "the first person in the middle");
        assert_eq!(place_between(Some(10), None), Some(10 + STEP), "after the last one, a step further");
        assert_eq!(place_between(None, Some(10)), Some(10 - STEP), "before the first one, a step back");
        assert_eq!(place_between(Some(0), Some(10)), Some(5), "halfway in a narrow gap");
        assert_eq!(place_between(Some(0), Some(4 * STEP)), Some(STEP), "a step into a wide gap");
        assert_eq!(place_between(Some(7), Some(8)), None, "no room between touching places");
        assert_eq!(place_between(Some(HIGHEST), None), None, "nor after the highest place");
        assert_eq!(place_between(None, Some(LOWEST)), None, "nor before the lowest");
    }
}
