//! The name index of the people, in three derived places that agree:
//! - `beneficiary.sort_key`: the alphabetical key of the list;
//! - `beneficiary_name_index`, an FTS5 table of terms and skeletons ([`super::index_entry`]);
//! - `beneficiary_name_list`: each named person's *place* in the index (the FTS5 rowid), their
//!   sort key and identifier.
//!
//! A person's place follows the alphabetical order ([`place_range`]): the FTS5 table hands over
//! its matches in the order of the list, so a search reads its first page of matches and stops,
//! whether the query matches three people or thirty thousand. Places only keep the order of the
//! first [`KEY_CHARACTERS`] characters of the sort key; people whose keys start alike share a
//! range and are put in exact order among themselves once read.
//!
//! All three are derived from the names, so they are rebuilt from the rows whenever what they
//! hold changes meaning: [`NAME_INDEX_VERSION`] says which folding built them; a store opened by
//! a program with another version rebuilds them once, in one transaction.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use super::NameQuery;
use crate::error::{CoreError, CoreResult};

/// Raised whenever folding, transliteration, the sort key or the derived tables change.
/// 1 was the folding of the first schema (never recorded); 2 added letters without a base
/// letter, joined names and names without particles, the Arabic article, transliterations,
/// skeletons and the Latin sort key; 3 the alphabetical list with terms; 4 places in
/// alphabetical order.
const NAME_INDEX_VERSION: &str = "4";
/// Where the version is kept: a setting of this laptop, like the index it describes.
const VERSION_KEY: &str = "name_index_version";

/// How many characters of the sort key a place keeps in order, 6 bits each.
const KEY_CHARACTERS: usize = 8;
/// The low bits of a place tell apart the people whose keys start with the same characters:
/// 32,768 of them, where a laptop holds 100,000 people in all.
const SLOT_BITS: u32 = 15;

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

/// The code of one byte of a sort key, in the order SQLite compares bytes, and whether the
/// bytes after it are still coded. Sort keys are folded: spaces, digits and small Latin letters
/// get a code each; any other byte shares a code with its neighbours, and the bytes after it
/// are left out, so that two keys never come out of order (they share a range instead).
fn byte_code(byte: u8) -> (i64, bool) {
    match byte {
        0x00..=0x1f => (1, false),
        b' ' => (2, true),
        0x21..=0x2f => (3, false),
        b'0'..=b'9' => (4 + i64::from(byte - b'0'), true),
        0x3a..=0x60 => (14, false),
        b'a'..=b'z' => (15 + i64::from(byte - b'a'), true),
        0x7b..=0x7f => (41, false),
        0x80..=0xff => (42 + i64::from(byte - 0x80) / 6, false),
    }
}

/// The places of the people whose sort key starts like `sort_key`: a range of rowids of the
/// FTS5 table, below the ranges of every key that sorts after it.
pub(crate) fn place_range(sort_key: &str) -> std::ops::RangeInclusive<i64> {
    let mut prefix = 0_i64;
    let mut bytes = sort_key.bytes();
    let mut coded = true;
    for _ in 0..KEY_CHARACTERS {
        let code = match bytes.next() {
            Some(byte) if coded => {
                let (code, more) = byte_code(byte);
                coded = more;
                code
            }
            // The end of the key sorts before any byte.
            _ => {
                coded = false;
                0
            }
        };
        prefix = prefix << 6 | code;
    }
    let first = prefix << SLOT_BITS;
    first..=first + (1 << SLOT_BITS) - 1
}

/// A free place for a person whose sort key is `sort_key`: after the people already in its
/// range, or in a gap left by someone renamed or erased.
fn free_place(transaction: &Transaction<'_>, sort_key: &str) -> CoreResult<i64> {
    let range = place_range(sort_key);
    let (first, last) = (*range.start(), *range.end());
    let highest: Option<i64> = transaction.query_row(
        "SELECT max(place) FROM beneficiary_name_list WHERE place BETWEEN ?1 AND ?2",
        [first, last],
        |row| row.get(0),
    )?;
    match highest {
        None => Ok(first),
        Some(highest) if highest < last => Ok(highest + 1),
        Some(_) => transaction
            .query_row(
                "SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM beneficiary_name_list WHERE place = ?1) \
                 UNION ALL \
                 SELECT place + 1 FROM beneficiary_name_list l WHERE place BETWEEN ?1 AND ?2 - 1 \
                   AND NOT EXISTS (SELECT 1 FROM beneficiary_name_list n WHERE n.place = l.place + 1) \
                 LIMIT 1",
                [first, last],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(CoreError::TooManyNamesAlike),
    }
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
    let place = free_place(transaction, &sort_key)?;
    transaction.execute(
        "INSERT INTO beneficiary_name_index (rowid, terms, skeletons) VALUES (?1, ?2, ?3)",
        params![place, entry.terms, entry.skeletons],
    )?;
    transaction.execute(
        "INSERT INTO beneficiary_name_list (person, place, sort_key, id) VALUES (?1, ?2, ?3, ?4)",
        params![rowid, place, sort_key, id],
    )?;
    Ok(())
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

/// The rowids of the first `limit` people matching `query`, alphabetically. The matches come in
/// the order of their places; once `limit` people are found, the rest of the last one's range
/// is read too, since people whose keys start alike are in exact order only once sorted. People
/// deleted since they were indexed are skipped.
pub(crate) fn first_matches(connection: &Connection, query: &NameQuery, limit: u32) -> CoreResult<Vec<i64>> {
    let limit = limit as usize;
    let mut matches = connection.prepare_cached(
        "SELECT rowid FROM beneficiary_name_index WHERE beneficiary_name_index MATCH ?1 ORDER BY rowid",
    )?;
    let mut person_at = connection.prepare_cached(
        "SELECT l.person, l.sort_key, l.id FROM beneficiary_name_list l JOIN beneficiary b ON b.rowid = l.person \
         WHERE l.place = ?1 AND b.deleted_at IS NULL",
    )?;
    let mut rows = matches.query([query.match_expression()])?;
    let mut found: Vec<(String, String, i64)> = Vec::new();
    let mut last_range = None;
    while let Some(row) = rows.next()? {
        let place: i64 = row.get(0)?;
        let range = place >> SLOT_BITS;
        if found.len() >= limit && last_range != Some(range) {
            break;
        }
        if let Some((person, sort_key, id)) = person_at
            .query_row([place], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?)))
            .optional()?
        {
            found.push((sort_key, id, person));
            last_range = Some(range);
        }
    }
    // Rust compares strings byte by byte, as SQLite's BINARY collation of the list does.
    found.sort_unstable();
    found.truncate(limit);
    Ok(found.into_iter().map(|(_, _, person)| person).collect())
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keys_starting_alike_share_a_range_and_the_others_are_in_order() {
        assert_eq!(place_range("martin elodie"), place_range("martin emma"), "the same first eight characters");
        assert!(place_range("martin e").end() < place_range("martin f").start(), "f after e");
        assert!(place_range("le goff").end() < place_range("legoff").start(), "a space sorts before a letter");
        assert!(place_range("diallo").end() < place_range("diallo a").start(), "a shorter key first");
        let highest = place_range("\u{10FFFF}");
        assert!(highest.start() > place_range("zzzzzzzz").end(), "other scripts after the Latin letters");
        assert!(*place_range("").start() >= 0, "places are positive rowids, from the empty key…");
        assert!(highest.end() > highest.start(), "…to the highest character, without overflow");
    }

    proptest! {
        /// What makes reading the index in the order of places safe: a key that sorts before
        /// another (byte by byte, as SQLite does) never gets a later range.
        #[test]
        fn ranges_never_invert_the_order_of_keys(a in "[ a-z0-9éШ\\-]{0,12}", b in "[ a-z0-9éШ\\-]{0,12}") {
            let (low, high) = if a.as_bytes() <= b.as_bytes() { (&a, &b) } else { (&b, &a) };
            prop_assert!(place_range(low).start() <= place_range(high).start(), "{low:?} before {high:?}");
        }
    }
}
