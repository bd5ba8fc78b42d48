//! The structure (organisation) of this laptop's mediators: its name, SIRET and contact details,
//! as printed on the summaries given to people. There is one structure per laptop.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::commune::Commune;
use crate::error::{CoreResult, RuleChecks, ValidationError, ValidationErrors};
use crate::storage::Store;

use super::{ADDRESS_MAX, email, multi_line, phone, required_name};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Structure {
    pub id: String,
    pub name: String,
    /// 14 digits, or empty when not given.
    pub siret: String,
    pub address: String,
    pub commune: Commune,
    pub phone: String,
    pub email: String,
}

/// What the settings form or `escale structure set` sends: every field, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StructureInput {
    pub name: String,
    /// Spaces allowed ("732 829 320 00074"); stored as 14 digits.
    pub siret: String,
    pub address: String,
    pub commune: Commune,
    pub phone: String,
    pub email: String,
}

impl StructureInput {
    /// A cleaned copy, or every broken rule (in the form's order).
    pub(crate) fn validated(&self) -> Result<StructureInput, ValidationErrors> {
        let mut checks = RuleChecks::default();
        let clean = StructureInput {
            name: checks.keep(required_name("structure", &self.name)).unwrap_or_default(),
            siret: checks.keep(siret(&self.siret)).unwrap_or_default(),
            address: checks.keep(multi_line("address", &self.address, ADDRESS_MAX)).unwrap_or_default(),
            commune: checks.keep(self.commune.validated()).unwrap_or_default(),
            phone: checks.keep(phone(&self.phone)).unwrap_or_default(),
            email: checks.keep(email(&self.email)).unwrap_or_default(),
        };
        checks.finish(clean)
    }
}

/// The SIRET as stored: the digits without the spaces people type between groups; empty
/// stays empty (a structure may not have its number at hand).
fn siret(typed: &str) -> Result<String, ValidationError> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Ok(digits);
    }
    if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValidationError::SiretInvalid);
    }
    if !is_valid_siret(&digits) {
        return Err(ValidationError::SiretMistyped);
    }
    Ok(digits)
}

/// The SIREN of La Poste: its thousands of establishments share it, and their SIRETs follow
/// INSEE's own rule rather than Luhn's (the sum of the 14 digits is a multiple of 5). The head
/// office, 356 000 000 00048, passes Luhn's rule.
const LA_POSTE_SIREN: &str = "356000000";

/// Whether 14 digits are a possible SIRET: Luhn's check digit, or La Poste's rule.
pub fn is_valid_siret(digits: &str) -> bool {
    if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let values = digits.bytes().map(|b| u32::from(b - b'0'));
    let luhn: u32 = values
        .clone()
        .rev()
        .enumerate()
        .map(|(index, digit)| if index % 2 == 1 { if digit * 2 > 9 { digit * 2 - 9 } else { digit * 2 } } else { digit })
        .sum();
    if luhn.is_multiple_of(10) {
        return true;
    }
    digits.starts_with(LA_POSTE_SIREN) && values.sum::<u32>().is_multiple_of(5)
}

const COLUMNS: &str = "id, name, siret, address, commune_name, commune_postal_code, commune_insee_code, phone, email";

fn structure_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Structure> {
    Ok(Structure {
        id: row.get(0)?,
        name: row.get(1)?,
        siret: row.get(2)?,
        address: row.get(3)?,
        commune: Commune { name: row.get(4)?, postal_code: row.get(5)?, insee_code: row.get(6)? },
        phone: row.get(7)?,
        email: row.get(8)?,
    })
}

impl Store {
    /// Sets the structure's details: creates it the first time, updates it afterwards.
    pub fn set_structure(&mut self, input: &StructureInput) -> CoreResult<Structure> {
        let input = input.validated()?;
        self.write(|transaction| {
            let now = clock::now_timestamp();
            let existing: Option<String> = transaction
                .query_row("SELECT id FROM structure WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1", [], |row| row.get(0))
                .optional()?;
            let (id, action) = match existing {
                Some(id) => {
                    transaction.execute(
                        "UPDATE structure SET name = ?2, siret = ?3, address = ?4, commune_name = ?5, \
                           commune_postal_code = ?6, commune_insee_code = ?7, phone = ?8, email = ?9, updated_at = ?10 \
                         WHERE id = ?1",
                        params![
                            id, input.name, input.siret, input.address, input.commune.name, input.commune.postal_code,
                            input.commune.insee_code, input.phone, input.email, now
                        ],
                    )?;
                    (id, AuditAction::Update)
                }
                None => {
                    let id = clock::new_id();
                    transaction.execute(
                        "INSERT INTO structure (id, name, siret, address, commune_name, commune_postal_code, \
                           commune_insee_code, phone, email, created_at, updated_at) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                        params![
                            id, input.name, input.siret, input.address, input.commune.name, input.commune.postal_code,
                            input.commune.insee_code, input.phone, input.email, now
                        ],
                    )?;
                    (id, AuditAction::Create)
                }
            };
            audit::record(transaction, action, "structure", &id)?;
            Ok(Structure {
                id,
                name: input.name.clone(),
                siret: input.siret.clone(),
                address: input.address.clone(),
                commune: input.commune.clone(),
                phone: input.phone.clone(),
                email: input.email.clone(),
            })
        })
    }

    /// The structure, if one was set.
    pub fn structure(&self) -> CoreResult<Option<Structure>> {
        Ok(self
            .reader()
            .query_row(
                &format!("SELECT {COLUMNS} FROM structure WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"),
                [],
                structure_from_row,
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_and_la_poste_sirets() {
        assert!(is_valid_siret("73282932000074"), "INSEE's own example passes Luhn's check");
        assert!(!is_valid_siret("73282932000075"), "one digit changed fails it");
        assert!(is_valid_siret("35600000000048"), "La Poste's head office passes Luhn's check");
        assert!(is_valid_siret("35600000049837"), "a post office: its digits add up to 45, a multiple of 5");
        assert!(!is_valid_siret("35600000049838"), "digits adding up to 46 are no La Poste SIRET");
        assert!(is_valid_siret("35600000010014"), "digits adding up to 20: a La Poste SIRET");
        assert!(!is_valid_siret("35600000010003"), "digits adding up to 18, no multiple of 5: none");
        assert!(!is_valid_siret("73282932000072"), "La Poste's rule is La Poste's only: 45 is no excuse elsewhere");
        assert!(!is_valid_siret("7328293200007"), "13 digits are no SIRET");
    }
}
