//! The catalogue of common procedures: what a procedure is, who handles it, the documents
//! usually asked for, how long the answer takes, what comes back (renewals, declarations) and
//! how long a procedure may wait in one status before it needs a call.
//!
//! The shipped entries are data (`assets/procedures/catalogue.toml`), embedded at build time and
//! checked by tests; their labels are Fluent messages, so every language can name them. The
//! structure adds its own entries (with a label typed once, in its own language) and hides the
//! ones it never uses; both live in the database.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::error::{CoreResult, ValidationError};
use crate::storage::Store;
use crate::text;
use crate::vocabulary::{ProcedureStatus, RecurrenceKind, Theme};

static SHIPPED_FILE: &str = include_str!("../../../../assets/procedures/catalogue.toml");

/// The longest period of a recurrence, in months (five years).
pub const MAX_RECURRENCE_MONTHS: u32 = 60;
/// The longest typical delay or threshold, in days (ten years).
pub const MAX_DAYS: u32 = 3_650;

/// What comes back once a procedure reaches the status `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Recurrence {
    pub kind: RecurrenceKind,
    pub every_months: u32,
    /// The status whose day starts the count (usually accepted; submitted for a request that
    /// must be renewed while it waits).
    pub from: ProcedureStatus,
    /// How many days before the date the follow-up list shows it.
    pub notice_days: u32,
    /// Only while the request waits for an answer: an accepted, refused or dropped procedure
    /// has nothing left to renew.
    pub until_decision: bool,
}

/// One kind of procedure a person can follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CatalogueEntry {
    /// Stable id, stored with each procedure: a code for shipped entries (its label is the
    /// Fluent message `procedure-kind-<id>`), a UUID for the structure's own.
    pub id: String,
    pub theme: Theme,
    /// Who handles it: an organisation id (Fluent `procedure-organisation-<id>`).
    pub organisation: Option<String>,
    /// The label of an entry the structure added, as typed; `None` for shipped entries.
    pub custom_label: Option<String>,
    /// Document ids (Fluent `procedure-document-<id>`): a new procedure's checklist.
    pub documents: Vec<String>,
    pub typical_delay_days: Option<u32>,
    pub recurrence: Option<Recurrence>,
    /// Days in a status after which the procedure is waiting too long.
    pub waiting_too_long: BTreeMap<ProcedureStatus, u32>,
    /// Kept for procedures recorded with it, no longer offered for new ones.
    pub retired: bool,
    /// The structure chose not to see it when picking a procedure.
    pub hidden: bool,
}

impl CatalogueEntry {
    pub fn is_custom(&self) -> bool {
        self.custom_label.is_some()
    }

    /// Offered when a mediator picks a procedure to start.
    pub fn is_offered(&self) -> bool {
        !self.retired && !self.hidden
    }

    /// The Fluent id of a shipped entry's label.
    pub fn fluent_id(&self) -> String {
        kind_fluent_id(&self.id)
    }
}

/// The Fluent id of the label of a shipped catalogue entry.
pub fn kind_fluent_id(id: &str) -> String {
    format!("procedure-kind-{id}")
}

/// The Fluent id of a document's label.
pub fn document_fluent_id(id: &str) -> String {
    format!("procedure-document-{id}")
}

/// The Fluent id of an organisation's name.
pub fn organisation_fluent_id(id: &str) -> String {
    format!("procedure-organisation-{id}")
}

/// The catalogue shipped with Escale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    pub entries: Vec<CatalogueEntry>,
    pub documents: Vec<String>,
    pub organisations: Vec<String>,
    /// Thresholds that apply where an entry gives none.
    pub default_waiting_too_long: BTreeMap<ProcedureStatus, u32>,
}

impl Catalogue {
    pub fn entry(&self, id: &str) -> Option<&CatalogueEntry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    pub fn has_document(&self, id: &str) -> bool {
        self.documents.iter().any(|document| document == id)
    }

    /// Reads and checks a catalogue file. Returns every problem found, one line each.
    pub fn parse(source: &str) -> Result<Catalogue, Vec<String>> {
        let file: CatalogueFile = toml::from_str(source).map_err(|error| vec![error.to_string()])?;
        let mut problems = Vec::new();
        let documents = unique_ids("document", &file.documents.ids, &mut problems);
        let organisations = unique_ids("organisation", &file.organisations.ids, &mut problems);
        let default_waiting_too_long =
            thresholds("defaults", &file.defaults.waiting_too_long, &mut problems);
        let mut seen = BTreeSet::new();
        let mut entries = Vec::new();
        for entry in file.procedure {
            let id = entry.id.clone();
            if !is_code(&id) {
                problems.push(format!("{id:?}: an id is lowercase ASCII letters, digits and underscores"));
            }
            if !seen.insert(id.clone()) {
                problems.push(format!("{id}: defined twice"));
            }
            let theme = match Theme::from_code(&entry.theme) {
                Ok(theme) if theme.is_administrative() => theme,
                _ => {
                    problems.push(format!("{id}: {:?} is not an administrative theme", entry.theme));
                    Theme::PapersElectionsCitizenship
                }
            };
            if let Some(organisation) = &entry.organisation
                && !organisations.contains(organisation)
            {
                problems.push(format!("{id}: unknown organisation {organisation:?}"));
            }
            for document in &entry.documents {
                if !documents.contains(document) {
                    problems.push(format!("{id}: unknown document {document:?}"));
                }
            }
            if entry.documents.iter().collect::<BTreeSet<_>>().len() != entry.documents.len() {
                problems.push(format!("{id}: a document is listed twice"));
            }
            if entry.typical_delay_days.is_some_and(|days| !(1..=MAX_DAYS).contains(&days)) {
                problems.push(format!("{id}: typical_delay_days is outside 1..={MAX_DAYS}"));
            }
            let recurrence = entry.recurrence.as_ref().and_then(|recurrence| {
                let kind = RecurrenceKind::from_code(&recurrence.kind).ok();
                let from = ProcedureStatus::from_code(&recurrence.from).ok();
                if kind.is_none() {
                    problems.push(format!("{id}: unknown recurrence kind {:?}", recurrence.kind));
                }
                if from.is_none() {
                    problems.push(format!("{id}: unknown recurrence status {:?}", recurrence.from));
                }
                if !(1..=MAX_RECURRENCE_MONTHS).contains(&recurrence.every_months) {
                    problems.push(format!("{id}: every_months is outside 1..={MAX_RECURRENCE_MONTHS}"));
                }
                if recurrence.notice_days > MAX_DAYS {
                    problems.push(format!("{id}: notice_days is over {MAX_DAYS}"));
                }
                if recurrence.until_decision && from.is_some_and(ProcedureStatus::is_closed) {
                    problems.push(format!("{id}: until_decision needs a recurrence from an open status"));
                }
                Some(Recurrence {
                    kind: kind?,
                    every_months: recurrence.every_months,
                    from: from?,
                    notice_days: recurrence.notice_days,
                    until_decision: recurrence.until_decision,
                })
            });
            let mut waiting_too_long = default_waiting_too_long.clone();
            waiting_too_long.extend(thresholds(&id, &entry.waiting_too_long, &mut problems));
            entries.push(CatalogueEntry {
                id,
                theme,
                organisation: entry.organisation,
                custom_label: None,
                documents: entry.documents,
                typical_delay_days: entry.typical_delay_days,
                recurrence,
                waiting_too_long,
                retired: entry.retired,
                hidden: false,
            });
        }
        if problems.is_empty() {
            Ok(Catalogue { entries, documents, organisations, default_waiting_too_long })
        } else {
            Err(problems)
        }
    }
}

/// The catalogue shipped with this version of Escale.
pub fn shipped() -> &'static Catalogue {
    static PARSED: LazyLock<Catalogue> = LazyLock::new(|| {
        Catalogue::parse(SHIPPED_FILE)
            .unwrap_or_else(|problems| panic!("assets/procedures/catalogue.toml is checked by tests: {problems:#?}"))
    });
    &PARSED
}

fn is_code(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn unique_ids(what: &str, ids: &[String], problems: &mut Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !is_code(id) {
            problems.push(format!("{what} {id:?}: lowercase ASCII letters, digits and underscores"));
        }
        if !seen.insert(id) {
            problems.push(format!("{what} {id:?}: listed twice"));
        }
    }
    ids.to_vec()
}

fn thresholds(
    owner: &str,
    days_by_status: &BTreeMap<String, u32>,
    problems: &mut Vec<String>,
) -> BTreeMap<ProcedureStatus, u32> {
    let mut parsed = BTreeMap::new();
    for (code, &days) in days_by_status {
        match ProcedureStatus::from_code(code) {
            Ok(status) if !status.is_closed() => {
                if !(1..=MAX_DAYS).contains(&days) {
                    problems.push(format!("{owner}: waiting_too_long.{code} is outside 1..={MAX_DAYS}"));
                }
                parsed.insert(status, days);
            }
            Ok(_) => problems.push(format!("{owner}: a closed status ({code}) never waits too long")),
            Err(_) => problems.push(format!("{owner}: unknown status {code:?} in waiting_too_long")),
        }
    }
    parsed
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    defaults: DefaultsFile,
    organisations: IdsFile,
    documents: IdsFile,
    procedure: Vec<EntryFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DefaultsFile {
    #[serde(default)]
    waiting_too_long: BTreeMap<String, u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IdsFile {
    ids: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    id: String,
    #[serde(default)]
    retired: bool,
    theme: String,
    organisation: Option<String>,
    documents: Vec<String>,
    typical_delay_days: Option<u32>,
    recurrence: Option<RecurrenceFile>,
    #[serde(default)]
    waiting_too_long: BTreeMap<String, u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecurrenceFile {
    kind: String,
    every_months: u32,
    from: String,
    #[serde(default)]
    notice_days: u32,
    #[serde(default)]
    until_decision: bool,
}

/// A procedure the structure adds to its catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomEntryInput {
    /// Its name, in the structure's own language (it is not translated).
    pub label: String,
    /// An administrative theme, for the national reporting.
    pub theme: Theme,
    /// Who handles it: an organisation of the shipped list, so every language can name it.
    pub organisation: Option<String>,
    /// Documents of the shipped list, for the checklist of new procedures.
    pub documents: Vec<String>,
    pub typical_delay_days: Option<u32>,
}

impl CustomEntryInput {
    fn validated(&self) -> Result<CustomEntryInput, ValidationError> {
        let label = text::clean(&self.label);
        if label.is_empty() {
            return Err(ValidationError::CatalogueLabelRequired);
        }
        text::check_plain_text("label", &label, false)?;
        text::check_length("label", &label, 200)?;
        if !self.theme.is_administrative() {
            return Err(ValidationError::ThemeNotAdministrative(self.theme.code().to_string()));
        }
        let organisation = self.organisation.as_deref().map(str::trim).filter(|id| !id.is_empty());
        if let Some(id) = organisation
            && !shipped().organisations.iter().any(|known| known == id)
        {
            return Err(ValidationError::UnknownCode { field: "organisation", code: id.to_string() });
        }
        let mut documents = Vec::new();
        for document in &self.documents {
            if !shipped().has_document(document) {
                return Err(ValidationError::UnknownCode { field: "documents", code: document.clone() });
            }
            if !documents.contains(document) {
                documents.push(document.clone());
            }
        }
        if self.typical_delay_days.is_some_and(|days| !(1..=MAX_DAYS).contains(&days)) {
            return Err(ValidationError::DelayOutOfRange { max: MAX_DAYS });
        }
        Ok(CustomEntryInput { label, organisation: organisation.map(str::to_string), documents, ..self.clone() })
    }
}

impl Store {
    /// Every entry: the shipped ones in the file's order, then the structure's own by label,
    /// each marked hidden or not. Retired entries are included (old procedures name them).
    pub fn catalogue(&self) -> CoreResult<Vec<CatalogueEntry>> {
        let connection = self.reader();
        let mut hidden_statement =
            connection.prepare_cached("SELECT entry_id FROM procedure_catalogue_choice WHERE hidden = 1")?;
        let hidden: BTreeSet<String> =
            hidden_statement.query_map([], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut entries: Vec<CatalogueEntry> = shipped().entries.clone();
        entries.extend(custom_entries(connection)?);
        for entry in &mut entries {
            entry.hidden = hidden.contains(&entry.id);
        }
        Ok(entries)
    }

    /// One entry, shipped or the structure's own; an unknown id is a validation error of `kind`.
    pub fn catalogue_entry(&self, id: &str) -> CoreResult<CatalogueEntry> {
        entry_in(self.reader(), id)
    }

    /// Adds an entry of the structure's own; it is offered like the shipped ones.
    pub fn add_catalogue_entry(&mut self, input: &CustomEntryInput) -> CoreResult<CatalogueEntry> {
        let input = input.validated()?;
        let id = clock::new_id();
        self.write(|transaction| {
            let now = clock::now_timestamp();
            transaction.execute(
                "INSERT INTO procedure_catalogue_entry \
                   (id, label, theme, organisation, documents, typical_delay_days, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![
                    id,
                    input.label,
                    input.theme,
                    input.organisation,
                    serde_json::to_string(&input.documents).expect("a list of strings serializes"),
                    input.typical_delay_days,
                    now
                ],
            )?;
            audit::record(transaction, AuditAction::Create, "catalogue-entry", &id)?;
            Ok(())
        })?;
        self.catalogue_entry(&id)
    }

    /// Hides an entry from the choices when starting a procedure, or shows it again. Procedures
    /// already started with it are untouched.
    pub fn set_catalogue_entry_hidden(&mut self, id: &str, hidden: bool) -> CoreResult<CatalogueEntry> {
        self.catalogue_entry(id)?;
        self.write(|transaction| {
            transaction.execute(
                "INSERT INTO procedure_catalogue_choice (entry_id, hidden, updated_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (entry_id) DO UPDATE SET hidden = excluded.hidden, updated_at = excluded.updated_at",
                params![id, hidden, clock::now_timestamp()],
            )?;
            audit::record(transaction, AuditAction::Update, "catalogue-entry", id)?;
            Ok(())
        })?;
        self.catalogue_entry(id)
    }
}

fn is_hidden(connection: &Connection, id: &str) -> CoreResult<bool> {
        let hidden: Option<bool> = connection
            .query_row("SELECT hidden FROM procedure_catalogue_choice WHERE entry_id = ?1", [id], |row| row.get(0))
            .optional()?;
        Ok(hidden.unwrap_or(false))
    }

fn custom_entries(connection: &Connection) -> CoreResult<Vec<CatalogueEntry>> {
        let mut statement = connection.prepare_cached(
            "SELECT id, label, theme, documents, typical_delay_days, organisation FROM procedure_catalogue_entry \
             WHERE deleted_at IS NULL ORDER BY label COLLATE NOCASE, id",
        )?;
        let rows = statement.query_map([], |row| {
            let documents: String = row.get(3)?;
            let documents: Vec<String> = serde_json::from_str(&documents).map_err(|error| {
                rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(error))
            })?;
            Ok(CatalogueEntry {
                id: row.get(0)?,
                theme: row.get(2)?,
                organisation: row.get(5)?,
                custom_label: Some(row.get(1)?),
                documents,
                typical_delay_days: row.get(4)?,
                recurrence: None,
                waiting_too_long: shipped().default_waiting_too_long.clone(),
                retired: false,
                hidden: false,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

/// One entry, shipped or the structure's own, as `connection` sees it (a write transaction
/// included); an unknown id is a validation error of `kind`.
pub(crate) fn entry_in(connection: &Connection, id: &str) -> CoreResult<CatalogueEntry> {
    let mut entry = match shipped().entry(id) {
        Some(entry) => entry.clone(),
        None => custom_entries(connection)?
            .into_iter()
            .find(|entry| entry.id == id)
            .ok_or_else(|| ValidationError::UnknownCode { field: "kind", code: id.to_string() })?,
    };
    entry.hidden = is_hidden(connection, id)?;
    Ok(entry)
}
