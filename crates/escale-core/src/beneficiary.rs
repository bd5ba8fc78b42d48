//! Beneficiaries: the people accompanied, named or anonymous.

use chrono::Datelike;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::commune::Commune;
use crate::error::{CoreError, CoreResult, RuleChecks, ValidationError, ValidationErrors};
use crate::search::{self, NameQuery, name_index, name_index::PersonNames};
use crate::storage::Store;
use crate::text;
use crate::vocabulary::{AgeBand, DOCUMENT_LANGUAGES, Gender, SocialStatus};

/// What a mediator types to create or change a beneficiary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BeneficiaryInput {
    /// Recorded without a name (statistics only); names, phone and e-mail are then dropped.
    pub anonymous: bool,
    /// The names as the person writes them, in any script.
    pub first_name: String,
    pub last_name: String,
    /// The names in Latin letters as on French documents, when the person writes theirs in
    /// another script ("Olena" beside "Олена"); empty otherwise. Found and sorted by too.
    pub latin_first_name: String,
    pub latin_last_name: String,
    pub birth_year: Option<i32>,
    pub gender: Gender,
    pub social_status: SocialStatus,
    pub commune: Commune,
    pub phone: String,
    pub email: String,
    /// Languages spoken (BCP 47 primary subtags), most used first.
    pub languages: Vec<String>,
    /// The language of printed summaries, one of [`DOCUMENT_LANGUAGES`].
    pub document_language: String,
    pub notes: String,
}

impl Default for BeneficiaryInput {
    fn default() -> Self {
        BeneficiaryInput {
            anonymous: false,
            first_name: String::new(),
            last_name: String::new(),
            latin_first_name: String::new(),
            latin_last_name: String::new(),
            birth_year: None,
            gender: Gender::NotCommunicated,
            social_status: SocialStatus::NotCommunicated,
            commune: Commune::default(),
            phone: String::new(),
            email: String::new(),
            languages: Vec::new(),
            document_language: "fr".into(),
            notes: String::new(),
        }
    }
}

impl BeneficiaryInput {
    /// Checks every rule and returns the cleaned value to store, or every broken rule at once;
    /// nothing is written on error.
    pub(crate) fn validated(&self, current_year: i32) -> Result<BeneficiaryInput, ValidationErrors> {
        let mut checks = RuleChecks::default();
        let mut clean = self.clone();
        clean.first_name = text::clean_name(&self.first_name);
        clean.last_name = text::clean_name(&self.last_name);
        clean.latin_first_name = text::clean_name(&self.latin_first_name);
        clean.latin_last_name = text::clean_name(&self.latin_last_name);
        clean.phone = text::clean(&self.phone);
        clean.email = text::clean(&self.email);
        clean.notes = self.notes.trim_end().to_string();
        if clean.anonymous {
            clean.first_name.clear();
            clean.last_name.clear();
            clean.latin_first_name.clear();
            clean.latin_last_name.clear();
            clean.phone.clear();
            clean.email.clear();
        } else if clean.first_name.is_empty() && clean.last_name.is_empty() {
            checks.refuse(ValidationError::NameRequired);
        }
        for (field, name) in [
            ("firstName", &clean.first_name),
            ("lastName", &clean.last_name),
            ("latinFirstName", &clean.latin_first_name),
            ("latinLastName", &clean.latin_last_name),
        ] {
            if checks.check(text::check_plain_text(field, name, false))
                && checks.check(text::check_length(field, name, 100))
                && field.starts_with("latin")
                && !search::is_written_in_latin_letters(name)
            {
                checks.refuse(ValidationError::NotInLatinLetters { field });
            }
        }
        if let Some(year) = clean.birth_year
            && !(1900..=current_year).contains(&year)
        {
            checks.refuse(ValidationError::BirthYearOutOfRange { year, max: current_year });
        }
        if let Some(commune) = checks.keep(self.commune.validated()) {
            clean.commune = commune;
        }
        if !clean.phone.is_empty() && !text::is_plausible_phone(&clean.phone) {
            checks.refuse(ValidationError::PhoneInvalid);
        }
        if !clean.email.is_empty()
            && (!text::is_plausible_email(&clean.email) || text::check_plain_text("email", &clean.email, false).is_err())
        {
            checks.refuse(ValidationError::EmailInvalid);
        }
        clean.languages = Vec::new();
        for language in &self.languages {
            let language = language.trim().to_lowercase();
            if !text::is_language_code(&language) {
                checks.refuse(ValidationError::LanguageInvalid(language));
                break;
            }
            if !clean.languages.contains(&language) {
                clean.languages.push(language);
            }
        }
        clean.document_language = self.document_language.trim().to_lowercase();
        if !DOCUMENT_LANGUAGES.contains(&clean.document_language.as_str()) {
            checks.refuse(ValidationError::UnknownCode {
                field: "documentLanguage",
                code: clean.document_language.clone(),
            });
        }
        let _ = checks.check(text::check_plain_text("notes", &clean.notes, true))
            && checks.check(text::check_length("notes", &clean.notes, 10_000));
        checks.finish(clean)
    }
}

/// A beneficiary as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Beneficiary {
    pub id: String,
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    pub latin_first_name: String,
    pub latin_last_name: String,
    pub birth_year: Option<i32>,
    /// Derived from the birth year, for this year.
    pub age_band: AgeBand,
    pub gender: Gender,
    pub social_status: SocialStatus,
    pub commune: Commune,
    pub phone: String,
    pub email: String,
    pub languages: Vec<String>,
    pub document_language: String,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

/// One line of the beneficiaries list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BeneficiarySummary {
    pub id: String,
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    pub latin_first_name: String,
    pub latin_last_name: String,
    pub birth_year: Option<i32>,
    pub age_band: AgeBand,
    pub commune_name: String,
    /// The day of their latest accompaniment, if any.
    pub last_activity_date: Option<String>,
    pub activity_count: u32,
}

const BENEFICIARY_COLUMNS: &str = "id, anonymous, first_name, last_name, birth_year, gender, \
     social_status, commune_name, commune_postal_code, commune_insee_code, phone, email, \
     languages, document_language, notes, created_at, updated_at, latin_first_name, latin_last_name";

fn beneficiary_from_row(row: &Row<'_>) -> rusqlite::Result<Beneficiary> {
    beneficiary_from_row_at(row, 0)
}

/// A person from [`BENEFICIARY_COLUMNS`] starting at column `at` of the row.
fn beneficiary_from_row_at(row: &Row<'_>, at: usize) -> rusqlite::Result<Beneficiary> {
    let languages: String = row.get(at + 12)?;
    let birth_year: Option<i32> = row.get(at + 4)?;
    Ok(Beneficiary {
        id: row.get(at)?,
        anonymous: row.get(at + 1)?,
        first_name: row.get(at + 2)?,
        last_name: row.get(at + 3)?,
        birth_year,
        age_band: AgeBand::from_birth_year(birth_year, clock::today().year()),
        gender: row.get(at + 5)?,
        social_status: row.get(at + 6)?,
        commune: Commune { name: row.get(at + 7)?, postal_code: row.get(at + 8)?, insee_code: row.get(at + 9)? },
        phone: row.get(at + 10)?,
        email: row.get(at + 11)?,
        languages: serde_json::from_str(&languages).map_err(|error| {
            rusqlite::Error::FromSqlConversionFailure(at + 12, rusqlite::types::Type::Text, Box::new(error))
        })?,
        document_language: row.get(at + 13)?,
        notes: row.get(at + 14)?,
        created_at: row.get(at + 15)?,
        updated_at: row.get(at + 16)?,
        latin_first_name: row.get(at + 17)?,
        latin_last_name: row.get(at + 18)?,
    })
}

/// The lines of the list for a `page` of beneficiary rowids (column `r`), chosen beforehand.
/// The accompaniment statistics come from the summary that triggers keep (see the migration
/// `activity_summary`): one small row per person, rather than every accompaniment of each.
const SUMMARY_SELECT: &str = "SELECT b.id, b.anonymous, b.first_name, b.last_name, b.birth_year, \
     b.commune_name, s.last_activity_date, coalesce(s.activity_count, 0), \
     b.latin_first_name, b.latin_last_name \
     FROM page JOIN beneficiary b ON b.rowid = page.r \
     LEFT JOIN beneficiary_activity_summary s ON s.beneficiary_id = b.id";

fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<BeneficiarySummary> {
    let birth_year: Option<i32> = row.get(4)?;
    Ok(BeneficiarySummary {
        id: row.get(0)?,
        anonymous: row.get(1)?,
        first_name: row.get(2)?,
        last_name: row.get(3)?,
        latin_first_name: row.get(8)?,
        latin_last_name: row.get(9)?,
        birth_year,
        age_band: AgeBand::from_birth_year(birth_year, clock::today().year()),
        commune_name: row.get(5)?,
        last_activity_date: row.get(6)?,
        activity_count: row.get(7)?,
    })
}

fn names_of(input: &BeneficiaryInput) -> PersonNames<'_> {
    PersonNames {
        first: &input.first_name,
        last: &input.last_name,
        latin_first: &input.latin_first_name,
        latin_last: &input.latin_last_name,
    }
}

/// The columns of `beneficiary` that a [`BeneficiaryInput`] fills, in the order of
/// [`write_beneficiary_row`]'s parameters ?2 to ?18 (?1 the identifier, ?19 the time of the write).
const INPUT_COLUMNS: &str = "anonymous, first_name, last_name, sort_key, birth_year, gender, social_status, \
     commune_name, commune_postal_code, commune_insee_code, phone, email, languages, document_language, notes, \
     latin_first_name, latin_last_name";
const INPUT_PARAMETERS: &str = "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18";

/// How [`write_beneficiary_row`] writes the row: a new one, or over the fields of an existing one.
enum RowWrite {
    Insert,
    Update,
}

/// Writes the fields of `input` (and the sort key of its names) into the row of person `id`,
/// the same columns for a new person and for a correction or a merge.
fn write_beneficiary_row(
    transaction: &Transaction<'_>,
    write: RowWrite,
    id: &str,
    input: &BeneficiaryInput,
    now: &str,
) -> CoreResult<usize> {
    let sql = match write {
        RowWrite::Insert => format!(
            "INSERT INTO beneficiary (id, {INPUT_COLUMNS}, created_at, updated_at) VALUES (?1, {INPUT_PARAMETERS}, ?19, ?19)"
        ),
        RowWrite::Update => {
            format!("UPDATE beneficiary SET ({INPUT_COLUMNS}) = ({INPUT_PARAMETERS}), updated_at = ?19 WHERE id = ?1")
        }
    };
    Ok(transaction.execute(
        &sql,
        params![
            id,
            input.anonymous,
            input.first_name,
            input.last_name,
            names_of(input).sort_key(),
            input.birth_year,
            input.gender,
            input.social_status,
            input.commune.name,
            input.commune.postal_code,
            input.commune.insee_code,
            input.phone,
            input.email,
            serde_json::to_string(&input.languages).expect("a list of strings serializes"),
            input.document_language,
            input.notes,
            input.latin_first_name,
            input.latin_last_name,
            now,
        ],
    )?)
}

pub(crate) fn insert_beneficiary(
    transaction: &Transaction<'_>,
    input: &BeneficiaryInput,
) -> CoreResult<String> {
    let id = clock::new_id();
    let now = clock::now_timestamp();
    write_beneficiary_row(transaction, RowWrite::Insert, &id, input, &now)?;
    name_index::index_person(transaction, transaction.last_insert_rowid(), names_of(input))?;
    audit::record(transaction, AuditAction::Create, "beneficiary", &id)?;
    Ok(id)
}

/// Replaces the fields of a person (not deleted) with `input`, already validated, and
/// re-indexes their names; the caller records the audit event.
pub(crate) fn rewrite_beneficiary(transaction: &Transaction<'_>, id: &str, input: &BeneficiaryInput) -> CoreResult<()> {
    let rowid: i64 = transaction
        .query_row("SELECT rowid FROM beneficiary WHERE id = ?1 AND deleted_at IS NULL", [id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| not_found(id))?;
    name_index::unindex_person(transaction, rowid)?;
    write_beneficiary_row(transaction, RowWrite::Update, id, input, &clock::now_timestamp())?;
    name_index::index_person(transaction, rowid, names_of(input))
}

/// Takes a person out of every list and search (a tombstone: the row stays, so that a merge
/// can be undone).
pub(crate) fn tombstone_beneficiary(transaction: &Transaction<'_>, id: &str, now: &str) -> CoreResult<()> {
    let rowid: i64 = transaction
        .query_row("SELECT rowid FROM beneficiary WHERE id = ?1 AND deleted_at IS NULL", [id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| not_found(id))?;
    name_index::unindex_person(transaction, rowid)?;
    transaction.execute("UPDATE beneficiary SET deleted_at = ?2, updated_at = ?2 WHERE rowid = ?1", params![rowid, now])?;
    Ok(())
}

/// Brings a tombstoned person back into the lists and the search.
pub(crate) fn revive_beneficiary(transaction: &Transaction<'_>, id: &str, now: &str) -> CoreResult<()> {
    let (rowid, person): (i64, Beneficiary) = transaction
        .query_row(
            &format!("SELECT rowid, {BENEFICIARY_COLUMNS} FROM beneficiary WHERE id = ?1 AND deleted_at IS NOT NULL"),
            [id],
            |row| Ok((row.get(0)?, beneficiary_from_row_at(row, 1)?)),
        )
        .optional()?
        .ok_or_else(|| not_found(id))?;
    transaction.execute("UPDATE beneficiary SET deleted_at = NULL, updated_at = ?2 WHERE rowid = ?1", params![rowid, now])?;
    let input = BeneficiaryInput::from(&person);
    name_index::index_person(transaction, rowid, names_of(&input))
}

impl From<&Beneficiary> for BeneficiaryInput {
    fn from(person: &Beneficiary) -> Self {
        BeneficiaryInput {
            anonymous: person.anonymous,
            first_name: person.first_name.clone(),
            last_name: person.last_name.clone(),
            latin_first_name: person.latin_first_name.clone(),
            latin_last_name: person.latin_last_name.clone(),
            birth_year: person.birth_year,
            gender: person.gender,
            social_status: person.social_status,
            commune: person.commune.clone(),
            phone: person.phone.clone(),
            email: person.email.clone(),
            languages: person.languages.clone(),
            document_language: person.document_language.clone(),
            notes: person.notes.clone(),
        }
    }
}

impl Store {
    /// Creates a beneficiary; returns it as stored.
    pub fn create_beneficiary(&mut self, input: &BeneficiaryInput) -> CoreResult<Beneficiary> {
        self.create_beneficiary_met_before(input, false)
    }

    /// Creates a beneficiary who, when `accompanied_before`, had already been accompanied before
    /// (elsewhere, or before Escale): none of their accompaniments here then counts as their
    /// first in the national statistics.
    pub fn create_beneficiary_met_before(
        &mut self,
        input: &BeneficiaryInput,
        accompanied_before: bool,
    ) -> CoreResult<Beneficiary> {
        let input = input.validated(clock::today().year())?;
        let id = self.write(|transaction| {
            let id = insert_beneficiary(transaction, &input)?;
            if accompanied_before {
                transaction.execute("UPDATE beneficiary SET accompanied_before = 1 WHERE id = ?1", [&id])?;
            }
            Ok(id)
        })?;
        self.beneficiary(&id)
    }

    /// Records a person without a name (statistics only) met in an accompaniment.
    pub fn create_anonymous_beneficiary(&mut self, accompanied_before: bool) -> CoreResult<Beneficiary> {
        self.create_beneficiary_met_before(&BeneficiaryInput { anonymous: true, ..BeneficiaryInput::default() }, accompanied_before)
    }

    /// Replaces a beneficiary's fields; returns it as stored.
    pub fn update_beneficiary(&mut self, id: &str, input: &BeneficiaryInput) -> CoreResult<Beneficiary> {
        let input = input.validated(clock::today().year())?;
        self.write(|transaction| {
            rewrite_beneficiary(transaction, id, &input)?;
            audit::record(transaction, AuditAction::Update, "beneficiary", id)
        })?;
        self.beneficiary(id)
    }

    /// One beneficiary by identifier.
    pub fn beneficiary(&self, id: &str) -> CoreResult<Beneficiary> {
        self.reader()
            .query_row(
                &format!("SELECT {BENEFICIARY_COLUMNS} FROM beneficiary WHERE id = ?1 AND deleted_at IS NULL"),
                [id],
                beneficiary_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found(id))
    }

    /// People whose name starts with every typed word (folded: case, accents, apostrophes and
    /// hyphens ignored; see [`search`]), alphabetically. An empty query lists everyone
    /// alphabetically, anonymous people last. Reads one page, whatever the number of people.
    pub fn search_beneficiaries(&self, query: &str, limit: u32) -> CoreResult<Vec<BeneficiarySummary>> {
        let limit = limit.clamp(1, 1000);
        let Some(query) = NameQuery::parse(query) else {
            // The index in list order is walked to the end of the page.
            let mut statement = self.reader().prepare_cached(&format!(
                "WITH page AS (SELECT b.rowid AS r FROM beneficiary b INDEXED BY beneficiary_in_list_order \
                   WHERE b.deleted_at IS NULL ORDER BY b.anonymous, b.sort_key, b.id LIMIT ?1) \
                 {SUMMARY_SELECT} ORDER BY b.anonymous, b.sort_key, b.id"
            ))?;
            let rows = statement.query_map([limit], summary_from_row)?;
            return Ok(rows.collect::<rusqlite::Result<_>>()?);
        };
        let page = name_index::first_matches(self.reader(), &query, limit)?;
        self.summaries(&page)
    }

    /// The lines of the list for people already chosen and in order (rowids).
    fn summaries(&self, page: &[i64]) -> CoreResult<Vec<BeneficiarySummary>> {
        let rowids = serde_json::to_string(page).expect("a list of integers serializes");
        let mut statement = self.reader().prepare_cached(&format!(
            "WITH page AS (SELECT value AS r FROM json_each(?1)) {SUMMARY_SELECT} ORDER BY b.sort_key, b.id"
        ))?;
        let rows = statement.query_map([rowids], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn not_found(id: &str) -> CoreError {
    CoreError::NotFound { entity: "beneficiary", id: id.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{self, DemoOptions};
    use crate::storage::{DataDir, NewKey};

    /// The people whose name matches the full-text expression `?1`.
    const NAME_MATCHES: &str = "(SELECT person FROM beneficiary_name_list WHERE place IN \
        (SELECT rowid FROM beneficiary_name_index WHERE beneficiary_name_index MATCH ?1))";

    /// The list as one plain statement computes it (statistics from the accompaniments of every
    /// row, then sorted): the reference the faster queries and the summary must agree with.
    fn reference(store: &Store, expression: Option<&str>, limit: u32) -> Vec<BeneficiarySummary> {
        let stats = "SELECT b.id, b.anonymous, b.first_name, b.last_name, b.birth_year, b.commune_name, \
             (SELECT max(a.date) FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id \
                WHERE ac.beneficiary_id = b.id AND ac.deleted_at IS NULL AND a.deleted_at IS NULL), \
             (SELECT count(*) FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id \
                WHERE ac.beneficiary_id = b.id AND ac.deleted_at IS NULL AND a.deleted_at IS NULL), \
             b.latin_first_name, b.latin_last_name FROM beneficiary b";
        let (sql, parameters) = match expression {
            Some(expression) => (
                format!("{stats} WHERE b.rowid IN {NAME_MATCHES} AND b.deleted_at IS NULL ORDER BY b.sort_key, b.id LIMIT ?2"),
                vec![expression.to_string(), limit.to_string()],
            ),
            None => (
                format!("{stats} WHERE b.deleted_at IS NULL AND ?1 = ?1 ORDER BY b.anonymous, b.sort_key, b.id LIMIT ?2"),
                vec![String::new(), limit.to_string()],
            ),
        };
        let mut statement = store.reader().prepare(&sql).unwrap();
        statement
            .query_map(rusqlite::params_from_iter(parameters), summary_from_row)
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn searches_agree_with_the_plain_query() {
        let dir = tempfile::tempdir().unwrap();
        let keyring: std::sync::Arc<keyring_core::CredentialStore> = keyring_core::mock::Store::new().unwrap();
        let mut store = Store::create(&DataDir::new(dir.path()), NewKey::Keyring(&keyring)).unwrap();
        demo::generate(&mut store, DemoOptions { people: 400, activities_per_person: 2.0, seed: 11 }).unwrap();
        // Namesakes, so that the order between equal names (by identifier) is exercised; typed one
        // after the other, each goes between the previous one and the same next name, until no
        // room is left there and every place is given again (search/name_index.rs).
        for _ in 0..40 {
            store
                .create_beneficiary(&BeneficiaryInput {
                    first_name: "Élodie".into(),
                    last_name: "Martin".into(),
                    ..Default::default()
                })
                .unwrap();
        }
        // Accompaniments changed behind the list's back, as corrections, deletions and merges do:
        // the summary kept by triggers must still agree with the accompaniments themselves.
        store
            .reader()
            .execute_batch(
                "UPDATE accompaniment SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE rowid % 7 = 0; \
                 UPDATE activity SET date = '2020-02-02' WHERE rowid % 5 = 0; \
                 UPDATE activity SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE rowid % 11 = 0; \
                 UPDATE accompaniment SET beneficiary_id = (SELECT id FROM beneficiary WHERE rowid = 1) \
                   WHERE rowid % 13 = 0 AND activity_id IN (SELECT id FROM activity WHERE kind = 'individuel'); \
                 DELETE FROM accompaniment WHERE rowid % 17 = 0;",
            )
            .unwrap();
        let in_order = |order: &str| -> Vec<i64> {
            let sql = format!("SELECT person FROM beneficiary_name_list ORDER BY {order}");
            let mut statement = store.reader().prepare(&sql).unwrap();
            statement.query_map([], |row| row.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap()
        };
        assert_eq!(in_order("place"), in_order("sort_key, id"), "the places follow the order of the list");
        // Someone deleted after being indexed must be skipped.
        let deleted = store.search_beneficiaries("elodie martin", 1).unwrap().remove(0);
        store.reader().execute("UPDATE beneficiary SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?1", [&deleted.id]).unwrap();
        for query in ["m", "é", "elodie martin", "Martin", "n'diaye", "محم", "Шев", "ሳ", "mohamed", "shev", "zzz", "a", "ma"] {
            let expression = NameQuery::parse(query).unwrap().match_expression();
            for limit in [1, 2, 7, 50, 1000] {
                let expected = reference(&store, Some(&expression), limit);
                assert_eq!(store.search_beneficiaries(query, limit).unwrap(), expected, "{query}, limit {limit}");
                assert!(expected.iter().all(|person| person.id != deleted.id), "{query}: the deleted person is never listed");
            }
        }
        assert!(store.search_beneficiaries("elodie martin", 50).unwrap().len() >= 2, "two namesakes are left after one was deleted");
        assert!(store.search_beneficiaries("m", 1000).unwrap().iter().any(|b| b.activity_count > 0));
        for limit in [1, 50, 1000] {
            assert_eq!(store.search_beneficiaries(" ", limit).unwrap(), reference(&store, None, limit), "everyone, limit {limit}");
        }
    }
}

