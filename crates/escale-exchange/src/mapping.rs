//! Which column of a file holds which field of a person: guessed from the header row's names,
//! changed by the mediator where the guess is wrong, then applied to every row below the
//! headers to give the core its [`PersonLine`]s.

use std::collections::BTreeMap;

use escale_core::people::import::PersonLine;
use serde::{Deserialize, Serialize};

use crate::error::{ExchangeError, column_index};
use crate::national_template;
use crate::read::{self, Table};

/// A field of a person that a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum PersonField {
    LastName,
    FirstName,
    BirthYear,
    Commune,
    InseeCode,
    PostalCode,
    Phone,
    Email,
    Gender,
    SocialStatus,
    Notes,
}

impl PersonField {
    pub const ALL: [PersonField; 11] = [
        PersonField::LastName,
        PersonField::FirstName,
        PersonField::BirthYear,
        PersonField::Commune,
        PersonField::InseeCode,
        PersonField::PostalCode,
        PersonField::Phone,
        PersonField::Email,
        PersonField::Gender,
        PersonField::SocialStatus,
        PersonField::Notes,
    ];

    /// The field's column in the national platform's import template (0 is A), which has
    /// columns A to J in a fixed order and none for the social status.
    pub fn national_template_column(self) -> Option<u32> {
        match self {
            PersonField::LastName => Some(0),
            PersonField::FirstName => Some(1),
            PersonField::BirthYear => Some(2),
            PersonField::Commune => Some(3),
            PersonField::InseeCode => Some(4),
            PersonField::PostalCode => Some(5),
            PersonField::Phone => Some(6),
            PersonField::Email => Some(7),
            PersonField::Gender => Some(8),
            PersonField::SocialStatus => None,
            PersonField::Notes => Some(9),
        }
    }

    /// The code typed on the command line (`--column phone=G`) and sent by the window.
    pub fn code(self) -> &'static str {
        match self {
            PersonField::LastName => "last-name",
            PersonField::FirstName => "first-name",
            PersonField::BirthYear => "birth-year",
            PersonField::Commune => "commune",
            PersonField::InseeCode => "insee-code",
            PersonField::PostalCode => "postal-code",
            PersonField::Phone => "phone",
            PersonField::Email => "email",
            PersonField::Gender => "gender",
            PersonField::SocialStatus => "social-status",
            PersonField::Notes => "notes",
        }
    }

    /// The id of the form's field it fills (`lastName`…), which names it in messages.
    pub fn field_id(self) -> &'static str {
        match self {
            PersonField::LastName => "lastName",
            PersonField::FirstName => "firstName",
            PersonField::BirthYear => "birthYear",
            PersonField::Commune => "commune",
            PersonField::InseeCode => "communeInseeCode",
            PersonField::PostalCode => "communePostalCode",
            PersonField::Phone => "phone",
            PersonField::Email => "email",
            PersonField::Gender => "gender",
            PersonField::SocialStatus => "socialStatus",
            PersonField::Notes => "notes",
        }
    }

    pub fn from_code(code: &str) -> Result<PersonField, ExchangeError> {
        PersonField::ALL
            .into_iter()
            .find(|field| field.code() == code.trim())
            .ok_or_else(|| ExchangeError::FieldUnknown { field: code.to_string() })
    }

    /// Header names that mean this field, folded (case, accents and punctuation ignored).
    fn exact_names(self) -> &'static [&'static str] {
        match self {
            PersonField::LastName => &["nom", "noms", "nom de famille", "nom de naissance", "nom dusage", "last name", "surname", "family name"],
            PersonField::FirstName => &["prenom", "prenoms", "first name", "given name"],
            PersonField::BirthYear => &["annee de naissance", "annee naissance", "naissance", "date de naissance", "birth year", "year of birth", "date of birth"],
            PersonField::Commune => &["commune", "nom de la commune", "commune de residence", "ville", "localite", "city", "town"],
            PersonField::InseeCode => &["code insee", "insee", "code commune"],
            PersonField::PostalCode => &["code postal", "cp", "postal code", "zip code"],
            PersonField::Phone => &["telephone", "n de telephone", "numero de telephone", "tel", "portable", "mobile", "phone"],
            PersonField::Email => &["email", "mail", "courriel", "adresse email", "adresse mail", "adresse electronique"],
            PersonField::Gender => &["genre", "sexe", "gender"],
            PersonField::SocialStatus => &[
                "statut",
                "statut social",
                "statutsocial",
                "statut du beneficiaire",
                "situation professionnelle",
                "situation sociale",
                "social status",
            ],
            PersonField::Notes => &["notes", "note", "notes supplementaires", "commentaire", "commentaires", "remarques", "observations"],
        }
    }

    /// Words that, inside a longer header, mean this field; tried in [`LOOSE_ORDER`].
    fn words(self) -> &'static [&'static str] {
        match self {
            PersonField::LastName => &["nom"],
            PersonField::FirstName => &["prenom", "prenoms"],
            PersonField::BirthYear => &["naissance"],
            PersonField::Commune => &["commune", "ville"],
            PersonField::InseeCode => &["insee"],
            PersonField::PostalCode => &["postal"],
            PersonField::Phone => &["telephone", "tel", "portable"],
            PersonField::Email => &["email", "mail", "courriel"],
            PersonField::Gender => &["genre", "sexe"],
            PersonField::SocialStatus => &["statut"],
            PersonField::Notes => &["notes", "note", "commentaire", "commentaires"],
        }
    }
}

/// The order in which words are tried: the most specific first ("code postal de la commune"
/// is the postal code, "nom de la commune" the commune, "prénom" not the name).
const LOOSE_ORDER: [PersonField; 11] = [
    PersonField::InseeCode,
    PersonField::PostalCode,
    PersonField::BirthYear,
    PersonField::Email,
    PersonField::Phone,
    PersonField::FirstName,
    PersonField::Commune,
    PersonField::Gender,
    PersonField::SocialStatus,
    PersonField::Notes,
    PersonField::LastName,
];

/// Where each field is, and where the data starts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ColumnMapping {
    /// The line of the header row; the people are on the lines after it.
    pub header_line: u32,
    /// The column of each field mapped (0-based: 0 is column A).
    pub columns: BTreeMap<PersonField, u32>,
}

fn fold(header: &str) -> String {
    escale_core::search::sort_key(header)
}

/// The field a header names, if any.
pub fn field_of_header(header: &str) -> Option<PersonField> {
    let folded = fold(header);
    if folded.is_empty() {
        return None;
    }
    if let Some(field) = PersonField::ALL.into_iter().find(|field| field.exact_names().contains(&folded.as_str())) {
        return Some(field);
    }
    let words: Vec<&str> = folded.split(' ').collect();
    LOOSE_ORDER.into_iter().find(|field| field.words().iter().any(|word| words.contains(word)))
}

/// The mapping the headers of `header_line` suggest; without a line given, the first of the
/// first ten rows in which at least two headers are recognised (else the first row).
pub fn guess_mapping(table: &Table, header_line: Option<u32>) -> Result<ColumnMapping, ExchangeError> {
    let header = match header_line {
        Some(line) => table.row_at(line).ok_or(ExchangeError::HeaderRowMissing { line })?,
        None => {
            let recognised = |row: &read::TableRow| row.cells.iter().filter(|cell| field_of_header(cell).is_some()).count();
            match table.rows.iter().take(10).find(|row| recognised(row) >= 2) {
                Some(row) => row,
                None => table.rows.first().ok_or(ExchangeError::FileEmpty)?,
            }
        }
    };
    let mut columns = BTreeMap::new();
    for (column, cell) in header.cells.iter().enumerate() {
        if let Some(field) = field_of_header(cell) {
            columns.entry(field).or_insert(column as u32);
        }
    }
    Ok(ColumnMapping { header_line: header.line, columns })
}

/// Puts `field` in `column`: a column letter ("G"), or a header of the header row ("Tél.
/// portable", compared folded); an empty column takes the field out of the mapping.
pub fn set_column(mapping: &mut ColumnMapping, table: &Table, field: &str, column: &str) -> Result<(), ExchangeError> {
    let field = PersonField::from_code(field)?;
    let column = column.trim();
    if column.is_empty() || column == "-" {
        mapping.columns.remove(&field);
        return Ok(());
    }
    let by_header = table
        .row_at(mapping.header_line)
        .and_then(|header| header.cells.iter().position(|cell| !fold(cell).is_empty() && fold(cell) == fold(column)));
    let index = by_header
        .or_else(|| column_index(column).filter(|index| *index < read::MAX_COLUMNS))
        .ok_or_else(|| ExchangeError::ColumnUnknown { column: column.to_string() })?;
    mapping.columns.insert(field, index as u32);
    Ok(())
}

/// The people of the rows below the header row, as the core takes them.
pub fn person_lines(table: &Table, mapping: &ColumnMapping) -> Result<Vec<PersonLine>, ExchangeError> {
    if !mapping.columns.contains_key(&PersonField::LastName) && !mapping.columns.contains_key(&PersonField::FirstName) {
        return Err(ExchangeError::NameColumnMissing);
    }
    let lines = table
        .rows
        .iter()
        .filter(|row| row.line > mapping.header_line)
        .map(|row| {
            let cell = |field: PersonField| {
                mapping.columns.get(&field).map_or_else(String::new, |column| row.cell(*column as usize).to_string())
            };
            PersonLine {
                line: row.line,
                last_name: cell(PersonField::LastName),
                first_name: cell(PersonField::FirstName),
                birth_year: cell(PersonField::BirthYear),
                commune: cell(PersonField::Commune),
                insee_code: cell(PersonField::InseeCode),
                postal_code: cell(PersonField::PostalCode),
                phone: cell(PersonField::Phone),
                email: cell(PersonField::Email),
                gender: cell(PersonField::Gender),
                social_status: cell(PersonField::SocialStatus),
                notes: cell(PersonField::Notes),
            }
        })
        // Rows with only formulas' leftovers or stray cells in unmapped columns are no one.
        .filter(|line| {
            [&line.last_name, &line.first_name, &line.birth_year, &line.phone, &line.email, &line.notes, &line.commune]
                .iter()
                .any(|text| !text.trim().is_empty())
        })
        .collect();
    Ok(lines)
}

/// A file of people read and its columns found: the national template recognised by its sheet
/// and headers, any other file by its header names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeopleFile {
    pub table: Table,
    pub mapping: ColumnMapping,
    /// The national platform's import template, read with its fixed columns.
    pub national_template: bool,
}

impl PeopleFile {
    /// Takes the column titles from `line`: the columns are guessed again from that line's titles
    /// (the template's fixed columns no longer apply). A line the file does not have changes nothing.
    pub fn choose_header_line(&mut self, line: u32) -> Result<(), ExchangeError> {
        self.mapping = guess_mapping(&self.table, Some(line))?;
        self.national_template = false;
        Ok(())
    }
}

/// Reads a file of people: `sheet` chooses a workbook's sheet (its first one otherwise);
/// `header_line` says where the headers are (found otherwise).
pub fn read_people_file(bytes: &[u8], sheet: Option<&str>, header_line: Option<u32>) -> Result<PeopleFile, ExchangeError> {
    let table = read::read_table(bytes, sheet)?;
    if header_line.is_none() && national_template::is_national_template(&table) {
        return Ok(PeopleFile { table, mapping: national_template::mapping(), national_template: true });
    }
    let mapping = guess_mapping(&table, header_line)?;
    Ok(PeopleFile { table, mapping, national_template: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_however_written() {
        for (header, field) in [
            ("Nom", Some(PersonField::LastName)),
            ("NOM DE FAMILLE", Some(PersonField::LastName)),
            ("Prénom", Some(PersonField::FirstName)),
            ("Année de naissance", Some(PersonField::BirthYear)),
            ("Date de naissance", Some(PersonField::BirthYear)),
            ("Nom de la commune", Some(PersonField::Commune)),
            ("Ville", Some(PersonField::Commune)),
            ("Code postal", Some(PersonField::PostalCode)),
            ("Code INSEE", Some(PersonField::InseeCode)),
            ("N° de téléphone", Some(PersonField::Phone)),
            ("Tél. portable", Some(PersonField::Phone)),
            ("E-mail", Some(PersonField::Email)),
            ("Courriel", Some(PersonField::Email)),
            ("Sexe", Some(PersonField::Gender)),
            ("Statut", Some(PersonField::SocialStatus)),
            ("Statut du bénéficiaire", Some(PersonField::SocialStatus)),
            ("Notes supplémentaires", Some(PersonField::Notes)),
            ("Pointure", None),
            ("", None),
        ] {
            assert_eq!(field_of_header(header), field, "header {header:?}");
        }
    }

    #[test]
    fn the_header_row_is_found_and_columns_can_be_changed() {
        let table = read::read_table_unguarded(
            "Liste du centre social\n\nPrénom;NOM;Tél.;Ville;Remarque\nLéa;Martin;0612345678;Guéret;x\n".as_bytes(),
            None,
        )
        .expect("the CSV reads");
        let mut mapping = guess_mapping(&table, None).expect("a header row is found");
        assert_eq!(mapping.header_line, 3, "the title line is not the header row");
        assert_eq!(mapping.columns.get(&PersonField::FirstName), Some(&0), "prénom in A");
        assert_eq!(mapping.columns.get(&PersonField::LastName), Some(&1), "nom in B");
        assert_eq!(mapping.columns.get(&PersonField::Notes), None, "\"Remarque\" is not guessed");
        set_column(&mut mapping, &table, "notes", "remarque").expect("a header names a column");
        set_column(&mut mapping, &table, "phone", "-").expect("a field can be taken out");
        assert_eq!(mapping.columns.get(&PersonField::Notes), Some(&4), "notes in E, by its header");
        assert_eq!(mapping.columns.get(&PersonField::Phone), None, "the phone is no longer read");
        assert_eq!(
            set_column(&mut mapping, &table, "shoe-size", "A"),
            Err(ExchangeError::FieldUnknown { field: "shoe-size".into() }),
            "an unknown field is refused"
        );
        let lines = person_lines(&table, &mapping).expect("names are mapped");
        assert_eq!(lines.len(), 1, "one person below the headers: {lines:?}");
        assert_eq!((lines[0].line, lines[0].last_name.as_str(), lines[0].notes.as_str()), (4, "Martin", "x"), "the line as mapped");
        assert_eq!(lines[0].phone, "", "the phone column was taken out");
    }
}
