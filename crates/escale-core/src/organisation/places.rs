//! Named places of activity: a post office, each stop of a bus, an association's room.
//!
//! An archived place is no longer offered for new accompaniments, but its row stays (a
//! tombstone): accompaniments recorded there keep showing its name.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::commune::Commune;
use crate::error::{CoreError, CoreResult, RuleChecks, ValidationErrors};
use crate::storage::Store;

use super::{ADDRESS_MAX, multi_line, required_name, sort_by_name};

/// A named place of activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    pub id: String,
    pub name: String,
    pub address: String,
    pub commune: Commune,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaceInput {
    pub name: String,
    pub address: String,
    /// From the official list, or empty (a place may be named before its commune is known).
    pub commune: Commune,
}

impl PlaceInput {
    /// A cleaned copy, or every broken rule (in the form's order).
    pub(crate) fn validated(&self) -> Result<PlaceInput, ValidationErrors> {
        let mut checks = RuleChecks::default();
        let clean = PlaceInput {
            name: checks.keep(required_name("place", &self.name)).unwrap_or_default(),
            address: checks.keep(multi_line("address", &self.address, ADDRESS_MAX)).unwrap_or_default(),
            commune: checks.keep(self.commune.validated()).unwrap_or_default(),
        };
        checks.finish(clean)
    }
}

const COLUMNS: &str = "id, name, address, commune_name, commune_postal_code, commune_insee_code";

fn place_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Place> {
    Ok(Place {
        id: row.get(0)?,
        name: row.get(1)?,
        address: row.get(2)?,
        commune: Commune { name: row.get(3)?, postal_code: row.get(4)?, insee_code: row.get(5)? },
    })
}

/// Fails with `NotFound` unless the place exists and is not archived.
fn check_offered(transaction: &rusqlite::Transaction<'_>, id: &str) -> CoreResult<()> {
    let found: Option<i64> = transaction
        .query_row("SELECT 1 FROM place WHERE id = ?1 AND deleted_at IS NULL", [id], |row| row.get(0))
        .optional()?;
    found.map(|_| ()).ok_or_else(|| CoreError::NotFound { entity: "place", id: id.to_string() })
}

impl Store {
    /// Adds a named place of activity.
    pub fn create_place(&mut self, input: &PlaceInput) -> CoreResult<Place> {
        let input = input.validated()?;
        let id = self.write(|transaction| {
            let id = clock::new_id();
            let now = clock::now_timestamp();
            let structure_id: Option<String> = transaction
                .query_row("SELECT id FROM structure WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1", [], |row| row.get(0))
                .optional()?;
            transaction.execute(
                "INSERT INTO place (id, structure_id, name, address, commune_name, commune_postal_code, \
                   commune_insee_code, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![
                    id, structure_id, input.name, input.address, input.commune.name, input.commune.postal_code,
                    input.commune.insee_code, now
                ],
            )?;
            audit::record(transaction, AuditAction::Create, "place", &id)?;
            Ok(id)
        })?;
        self.place(&id)
    }

    /// Changes a place's name, address or commune. Accompaniments recorded there show the new
    /// name: it is the same place, renamed.
    pub fn update_place(&mut self, id: &str, input: &PlaceInput) -> CoreResult<Place> {
        let input = input.validated()?;
        self.write(|transaction| {
            check_offered(transaction, id)?;
            transaction.execute(
                "UPDATE place SET name = ?2, address = ?3, commune_name = ?4, commune_postal_code = ?5, \
                   commune_insee_code = ?6, updated_at = ?7 WHERE id = ?1",
                params![
                    id, input.name, input.address, input.commune.name, input.commune.postal_code,
                    input.commune.insee_code, clock::now_timestamp()
                ],
            )?;
            audit::record(transaction, AuditAction::Update, "place", id)
        })?;
        self.place(id)
    }

    /// Stops offering a place for new accompaniments; returns it as it was. Its row stays, so
    /// the accompaniments recorded there keep its name.
    pub fn archive_place(&mut self, id: &str) -> CoreResult<Place> {
        let place = self.place(id)?;
        self.write(|transaction| {
            check_offered(transaction, id)?;
            let now = clock::now_timestamp();
            transaction.execute("UPDATE place SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", params![id, now])?;
            audit::record(transaction, AuditAction::Archive, "place", id)
        })?;
        Ok(place)
    }

    /// A place still offered (not archived).
    pub fn place(&self, id: &str) -> CoreResult<Place> {
        self.reader()
            .query_row(&format!("SELECT {COLUMNS} FROM place WHERE id = ?1 AND deleted_at IS NULL"), [id], place_from_row)
            .optional()?
            .ok_or_else(|| CoreError::NotFound { entity: "place", id: id.to_string() })
    }

    /// Every place still offered, alphabetically (case and accents ignored).
    pub fn places(&self) -> CoreResult<Vec<Place>> {
        let mut statement =
            self.reader().prepare_cached(&format!("SELECT {COLUMNS} FROM place WHERE deleted_at IS NULL"))?;
        let mut places = statement.query_map([], place_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        sort_by_name(&mut places, |place| &place.name);
        Ok(places)
    }
}
