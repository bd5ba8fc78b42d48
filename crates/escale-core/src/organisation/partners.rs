//! The directory of local partners people are oriented to: the CAF office, the CCAS, France
//! Services, the mission locale… with the address, phone and opening hours a printed summary
//! gives the person. A partner's kind is a code of the national vocabulary's orientation list
//! (`RedirectionStructure`, "autre" for any other), the list an accompaniment's orientation uses.
//!
//! An archived partner is no longer listed; its row stays (a tombstone) for later merges.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::commune::Commune;
use crate::error::{CoreError, CoreResult, RuleChecks, ValidationErrors};
use crate::storage::Store;
use crate::vocabulary::RedirectionStructure;

use super::{ADDRESS_MAX, email, multi_line, phone, required_name, sort_by_name};

/// Opening hours are a few lines ("lundi au vendredi 9 h – 12 h, mercredi après-midi…").
const OPENING_HOURS_MAX: usize = 1000;
const NOTES_MAX: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Partner {
    pub id: String,
    pub name: String,
    pub kind: RedirectionStructure,
    pub address: String,
    pub commune: Commune,
    pub phone: String,
    pub email: String,
    /// Free text, several lines.
    pub opening_hours: String,
    /// The mediator's own notes (whom to ask for, documents to bring); several lines.
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PartnerInput {
    pub name: String,
    pub kind: RedirectionStructure,
    pub address: String,
    pub commune: Commune,
    pub phone: String,
    pub email: String,
    pub opening_hours: String,
    pub notes: String,
}

impl Default for PartnerInput {
    fn default() -> Self {
        PartnerInput {
            name: String::new(),
            kind: RedirectionStructure::Other,
            address: String::new(),
            commune: Commune::default(),
            phone: String::new(),
            email: String::new(),
            opening_hours: String::new(),
            notes: String::new(),
        }
    }
}

impl PartnerInput {
    /// A cleaned copy, or every broken rule (in the form's order).
    pub(crate) fn validated(&self) -> Result<PartnerInput, ValidationErrors> {
        let mut checks = RuleChecks::default();
        let clean = PartnerInput {
            name: checks.keep(required_name("partner", &self.name)).unwrap_or_default(),
            kind: self.kind,
            address: checks.keep(multi_line("address", &self.address, ADDRESS_MAX)).unwrap_or_default(),
            commune: checks.keep(self.commune.validated()).unwrap_or_default(),
            phone: checks.keep(phone(&self.phone)).unwrap_or_default(),
            email: checks.keep(email(&self.email)).unwrap_or_default(),
            opening_hours: checks
                .keep(multi_line("openingHours", &self.opening_hours, OPENING_HOURS_MAX))
                .unwrap_or_default(),
            notes: checks.keep(multi_line("notes", &self.notes, NOTES_MAX)).unwrap_or_default(),
        };
        checks.finish(clean)
    }
}

const COLUMNS: &str = "id, name, kind, address, commune_name, commune_postal_code, commune_insee_code, phone, email, \
                       opening_hours, notes";

fn partner_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: row.get(0)?,
        name: row.get(1)?,
        kind: row.get(2)?,
        address: row.get(3)?,
        commune: Commune { name: row.get(4)?, postal_code: row.get(5)?, insee_code: row.get(6)? },
        phone: row.get(7)?,
        email: row.get(8)?,
        opening_hours: row.get(9)?,
        notes: row.get(10)?,
    })
}

/// Fails with `NotFound` unless the partner exists and is not archived.
fn check_listed(transaction: &rusqlite::Transaction<'_>, id: &str) -> CoreResult<()> {
    let found: Option<i64> = transaction
        .query_row("SELECT 1 FROM partner WHERE id = ?1 AND deleted_at IS NULL", [id], |row| row.get(0))
        .optional()?;
    found.map(|_| ()).ok_or_else(|| CoreError::NotFound { entity: "partner", id: id.to_string() })
}

impl Store {
    /// Adds a partner to the directory.
    pub fn create_partner(&mut self, input: &PartnerInput) -> CoreResult<Partner> {
        let input = input.validated()?;
        let id = self.write(|transaction| {
            let id = clock::new_id();
            transaction.execute(
                "INSERT INTO partner (id, name, kind, address, commune_name, commune_postal_code, commune_insee_code, \
                   phone, email, opening_hours, notes, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
                params![
                    id, input.name, input.kind, input.address, input.commune.name, input.commune.postal_code,
                    input.commune.insee_code, input.phone, input.email, input.opening_hours, input.notes,
                    clock::now_timestamp()
                ],
            )?;
            audit::record(transaction, AuditAction::Create, "partner", &id)?;
            Ok(id)
        })?;
        self.partner(&id)
    }

    /// Changes every field of a partner.
    pub fn update_partner(&mut self, id: &str, input: &PartnerInput) -> CoreResult<Partner> {
        let input = input.validated()?;
        self.write(|transaction| {
            check_listed(transaction, id)?;
            transaction.execute(
                "UPDATE partner SET name = ?2, kind = ?3, address = ?4, commune_name = ?5, commune_postal_code = ?6, \
                   commune_insee_code = ?7, phone = ?8, email = ?9, opening_hours = ?10, notes = ?11, updated_at = ?12 \
                 WHERE id = ?1",
                params![
                    id, input.name, input.kind, input.address, input.commune.name, input.commune.postal_code,
                    input.commune.insee_code, input.phone, input.email, input.opening_hours, input.notes,
                    clock::now_timestamp()
                ],
            )?;
            audit::record(transaction, AuditAction::Update, "partner", id)
        })?;
        self.partner(id)
    }

    /// Takes a partner out of the directory; returns it as it was.
    pub fn archive_partner(&mut self, id: &str) -> CoreResult<Partner> {
        let partner = self.partner(id)?;
        self.write(|transaction| {
            check_listed(transaction, id)?;
            let now = clock::now_timestamp();
            transaction.execute("UPDATE partner SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", params![id, now])?;
            audit::record(transaction, AuditAction::Archive, "partner", id)
        })?;
        Ok(partner)
    }

    /// A partner of the directory (not archived).
    pub fn partner(&self, id: &str) -> CoreResult<Partner> {
        self.reader()
            .query_row(&format!("SELECT {COLUMNS} FROM partner WHERE id = ?1 AND deleted_at IS NULL"), [id], partner_from_row)
            .optional()?
            .ok_or_else(|| CoreError::NotFound { entity: "partner", id: id.to_string() })
    }

    /// The directory, alphabetically (case and accents ignored); only partners of `kind` when given.
    pub fn partners(&self, kind: Option<RedirectionStructure>) -> CoreResult<Vec<Partner>> {
        let mut statement = self.reader().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM partner WHERE deleted_at IS NULL AND (?1 IS NULL OR kind = ?1)"
        ))?;
        let mut partners = statement.query_map([kind], partner_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        sort_by_name(&mut partners, |partner| &partner.name);
        Ok(partners)
    }
}
