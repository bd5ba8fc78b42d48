//! The organisation a mediator works for, and its named places of activity (a post office, each
//! stop of a bus, an association's room).

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::commune::Commune;
use crate::error::{CoreError, CoreResult, ValidationError};
use crate::storage::Store;
use crate::text;

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
    pub commune: Commune,
}

/// The structure (organisation) of this laptop's mediators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Structure {
    pub id: String,
    pub name: String,
    pub commune: Commune,
}

impl Store {
    /// Adds a named place of activity.
    pub fn create_place(&mut self, input: &PlaceInput) -> CoreResult<Place> {
        let name = text::clean(&input.name);
        if name.is_empty() {
            return Err(ValidationError::NameRequired.into());
        }
        text::check_length("name", &name, 200)?;
        let address = text::clean(&input.address);
        text::check_length("address", &address, 500)?;
        let commune = input.commune.validated()?;
        let id = self.write(|transaction| {
            let id = clock::new_id();
            let now = clock::now_timestamp();
            let structure_id: Option<String> = transaction
                .query_row("SELECT id FROM structure WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1", [], |row| row.get(0))
                .optional()?;
            transaction.execute(
                "INSERT INTO place (id, structure_id, name, address, commune_name, commune_postal_code, \
                   commune_insee_code, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![id, structure_id, name, address, commune.name, commune.postal_code, commune.insee_code, now],
            )?;
            audit::record(transaction, AuditAction::Create, "place", &id)?;
            Ok(id)
        })?;
        self.place(&id)
    }

    pub fn place(&self, id: &str) -> CoreResult<Place> {
        self.reader()
            .query_row(
                "SELECT id, name, address, commune_name, commune_postal_code, commune_insee_code \
                 FROM place WHERE id = ?1 AND deleted_at IS NULL",
                [id],
                place_from_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::NotFound { entity: "place", id: id.to_string() })
    }

    /// Every place, alphabetically.
    pub fn places(&self) -> CoreResult<Vec<Place>> {
        let mut statement = self.reader().prepare_cached(
            "SELECT id, name, address, commune_name, commune_postal_code, commune_insee_code \
             FROM place WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE",
        )?;
        let places = statement.query_map([], place_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(places)
    }

    /// Sets the structure's name and commune (there is one structure per laptop for now).
    pub fn set_structure(&mut self, name: &str, commune: &Commune) -> CoreResult<Structure> {
        let name = text::clean(name);
        if name.is_empty() {
            return Err(ValidationError::NameRequired.into());
        }
        let commune = commune.validated()?;
        self.write(|transaction| {
            let now = clock::now_timestamp();
            let existing: Option<String> = transaction
                .query_row("SELECT id FROM structure WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1", [], |row| row.get(0))
                .optional()?;
            let (id, action) = match existing {
                Some(id) => {
                    transaction.execute(
                        "UPDATE structure SET name = ?2, commune_name = ?3, commune_postal_code = ?4, \
                           commune_insee_code = ?5, updated_at = ?6 WHERE id = ?1",
                        params![id, name, commune.name, commune.postal_code, commune.insee_code, now],
                    )?;
                    (id, AuditAction::Update)
                }
                None => {
                    let id = clock::new_id();
                    transaction.execute(
                        "INSERT INTO structure (id, name, commune_name, commune_postal_code, commune_insee_code, \
                           created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                        params![id, name, commune.name, commune.postal_code, commune.insee_code, now],
                    )?;
                    (id, AuditAction::Create)
                }
            };
            audit::record(transaction, action, "structure", &id)?;
            Ok(Structure { id, name: name.clone(), commune: commune.clone() })
        })
    }

    /// The structure, if one was set.
    pub fn structure(&self) -> CoreResult<Option<Structure>> {
        Ok(self
            .reader()
            .query_row(
                "SELECT id, name, commune_name, commune_postal_code, commune_insee_code FROM structure \
                 WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1",
                [],
                |row| {
                    Ok(Structure {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        commune: Commune { name: row.get(2)?, postal_code: row.get(3)?, insee_code: row.get(4)? },
                    })
                },
            )
            .optional()?)
    }
}

fn place_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Place> {
    Ok(Place {
        id: row.get(0)?,
        name: row.get(1)?,
        address: row.get(2)?,
        commune: Commune { name: row.get(3)?, postal_code: row.get(4)?, insee_code: row.get(5)? },
    })
}
