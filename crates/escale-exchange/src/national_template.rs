//! The national platform's import template (La Coop de la médiation numérique,
//! `coop-numerique_import-beneficiaires.xlsx`): sheet "Bénéficiaires", instructions on row 1,
//! headers on rows 2 and 3, one person per row from row 4, columns A to J in a fixed order.
//!
//! Its columns E and F (INSEE code, postal code) are formulas looking the commune's name up in
//! its "Communes" sheet; their cached values may be stale or missing. They are read as they
//! are and the core finds the commune from its name (D), using the codes only to choose among
//! namesakes (see `escale_core::people::import`).

use std::collections::BTreeMap;

use crate::mapping::{ColumnMapping, PersonField};
use crate::read::Table;

/// The sheet the people are on.
pub const SHEET_NAME: &str = "Bénéficiaires";
/// The row of the column names ("Nom", "Prénom", …).
pub const HEADER_LINE: u32 = 2;
/// The first row of people (the template ships with one example person there).
pub const FIRST_DATA_LINE: u32 = 4;

/// Whether the table is the template's people sheet: its name, and "Nom", "Prénom" heading
/// columns A and B of row 2.
pub fn is_national_template(table: &Table) -> bool {
    let folded = |text: &str| escale_core::search::sort_key(text);
    let sheet_is_people = table.sheet.as_deref().is_some_and(|sheet| folded(sheet) == folded(SHEET_NAME));
    let headers = table.row_at(HEADER_LINE);
    sheet_is_people
        && headers.is_some_and(|row| folded(row.cell(0)) == "nom" && folded(row.cell(1)) == "prenom")
}

/// The template's fixed columns; people start on [`FIRST_DATA_LINE`].
pub fn mapping() -> ColumnMapping {
    let columns: BTreeMap<PersonField, u32> = PersonField::ALL
        .into_iter()
        .filter_map(|field| field.national_template_column().map(|column| (field, column)))
        .collect();
    ColumnMapping { header_line: FIRST_DATA_LINE - 1, columns }
}
