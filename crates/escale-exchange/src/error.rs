//! Why a file could not be read, each reason with a stable code.
//!
//! The code is the contract with the window and the command line, as for the core's errors:
//! they translate it through the Fluent message `error-<code>` (locales/<lang>/import.ftl) with
//! the error's arguments. Neither the code, the arguments nor the English `Display` text ever
//! hold what a cell contains: a file of people is personal data, and errors may reach logs.
//! Line numbers, column letters, sheet names and limits are all they carry.

use std::collections::BTreeMap;

/// Everything that can go wrong while reading a spreadsheet given by the person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExchangeError {
    /// No byte at all, or no cell with anything in it.
    #[error("the file is empty")]
    FileEmpty,

    /// Over the size Escale reads (the file itself, or an XLSX once unpacked).
    #[error("the file is over {max_megabytes} MB")]
    FileTooLarge { max_megabytes: u64 },

    /// Neither an XLSX workbook nor text: a PDF, an old .xls, a damaged or truncated file, or
    /// one that made the spreadsheet reader fail.
    #[error("not a readable spreadsheet")]
    NotASpreadsheet,

    /// The sheet asked for is not in the workbook; `sheets` lists those that are.
    #[error("no sheet named as asked; the workbook has {sheets:?}")]
    SheetMissing { asked: String, sheets: Vec<String> },

    /// More rows with something in them than an import takes.
    #[error("more than {max} rows")]
    TooManyRows { max: usize },

    /// A cell beyond the last column an import reads.
    #[error("more than {max} columns")]
    TooManyColumns { max: usize },

    /// One cell holds more text than any field of a person could.
    #[error("the cell at line {line}, column {column} is over {max} characters")]
    CellTooLong { line: u32, column: String, max: usize },

    /// The header row asked for is not a row of the file.
    #[error("there is no row {line} with headers")]
    HeaderRowMissing { line: u32 },

    /// A column mapping names a column that is neither a letter (A, B, …) of the file nor one
    /// of its headers.
    #[error("no column {column} in the file")]
    ColumnUnknown { column: String },

    /// A column mapping names a field an import does not know.
    #[error("no field {field} in an import of people")]
    FieldUnknown { field: String },

    /// The file has no column for the names, which every person needs.
    #[error("no column for the names")]
    NameColumnMissing,
}

impl ExchangeError {
    /// The stable code, used as the Fluent id `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            ExchangeError::FileEmpty => "import-file-empty",
            ExchangeError::FileTooLarge { .. } => "import-file-too-large",
            ExchangeError::NotASpreadsheet => "import-not-a-spreadsheet",
            ExchangeError::SheetMissing { .. } => "import-sheet-missing",
            ExchangeError::TooManyRows { .. } => "import-too-many-rows",
            ExchangeError::TooManyColumns { .. } => "import-too-many-columns",
            ExchangeError::CellTooLong { .. } => "import-cell-too-long",
            ExchangeError::HeaderRowMissing { .. } => "import-header-row-missing",
            ExchangeError::ColumnUnknown { .. } => "import-column-unknown",
            ExchangeError::FieldUnknown { .. } => "import-field-unknown",
            ExchangeError::NameColumnMissing => "import-name-column-missing",
        }
    }

    /// The Fluent id of the message explaining this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            ExchangeError::FileEmpty => "error-import-file-empty",
            ExchangeError::FileTooLarge { .. } => "error-import-file-too-large",
            ExchangeError::NotASpreadsheet => "error-import-not-a-spreadsheet",
            ExchangeError::SheetMissing { .. } => "error-import-sheet-missing",
            ExchangeError::TooManyRows { .. } => "error-import-too-many-rows",
            ExchangeError::TooManyColumns { .. } => "error-import-too-many-columns",
            ExchangeError::CellTooLong { .. } => "error-import-cell-too-long",
            ExchangeError::HeaderRowMissing { .. } => "error-import-header-row-missing",
            ExchangeError::ColumnUnknown { .. } => "error-import-column-unknown",
            ExchangeError::FieldUnknown { .. } => "error-import-field-unknown",
            ExchangeError::NameColumnMissing => "error-import-name-column-missing",
        }
    }

    /// Arguments for the translated message: limits, line numbers, column letters, sheet
    /// names and what the person typed on the command line; never a cell's content.
    pub fn arguments(&self) -> BTreeMap<&'static str, String> {
        let mut arguments = BTreeMap::new();
        match self {
            ExchangeError::FileTooLarge { max_megabytes } => {
                arguments.insert("max", max_megabytes.to_string());
            }
            ExchangeError::SheetMissing { asked, sheets } => {
                arguments.insert("sheet", asked.clone());
                arguments.insert("sheets", sheets.join(", "));
            }
            ExchangeError::TooManyRows { max } | ExchangeError::TooManyColumns { max } => {
                arguments.insert("max", max.to_string());
            }
            ExchangeError::CellTooLong { line, column, max } => {
                arguments.insert("line", line.to_string());
                arguments.insert("column", column.clone());
                arguments.insert("max", max.to_string());
            }
            ExchangeError::HeaderRowMissing { line } => {
                arguments.insert("line", line.to_string());
            }
            ExchangeError::ColumnUnknown { column } => {
                arguments.insert("column", column.clone());
            }
            ExchangeError::FieldUnknown { field } => {
                arguments.insert("field", field.clone());
                // The fields known, from their one list, so no translation has to keep it. (Only
                // the mapping, built with the core, names fields; the fuzzed readers do not.)
                #[cfg(feature = "core")]
                {
                    let known: Vec<&str> = crate::mapping::PersonField::ALL.iter().map(|field| field.code()).collect();
                    arguments.insert("fields", known.join(", "));
                }
            }
            ExchangeError::FileEmpty | ExchangeError::NotASpreadsheet | ExchangeError::NameColumnMissing => {}
        }
        arguments
    }

    /// Every variant, so that tests check each has a message in every language.
    pub fn examples() -> Vec<ExchangeError> {
        vec![
            ExchangeError::FileEmpty,
            ExchangeError::FileTooLarge { max_megabytes: 32 },
            ExchangeError::NotASpreadsheet,
            ExchangeError::SheetMissing { asked: "Feuil1".into(), sheets: vec!["Bénéficiaires".into(), "Communes".into()] },
            ExchangeError::TooManyRows { max: 200_000 },
            ExchangeError::TooManyColumns { max: 1_000 },
            ExchangeError::CellTooLong { line: 12, column: "C".into(), max: 10_000 },
            ExchangeError::HeaderRowMissing { line: 40 },
            ExchangeError::ColumnUnknown { column: "ZZ".into() },
            ExchangeError::FieldUnknown { field: "shoe-size".into() },
            ExchangeError::NameColumnMissing,
        ]
    }
}

/// The spreadsheet name of a column from its 0-based index: 0 → "A", 26 → "AA".
pub fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(b'A' + digit as u8);
        rest = (rest - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// The 0-based index of a column written as letters ("A", "ab"), if it is one.
pub fn column_index(letters: &str) -> Option<usize> {
    let letters = letters.trim();
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut index = 0usize;
    for byte in letters.bytes() {
        index = index * 26 + usize::from(byte.to_ascii_uppercase() - b'A') + 1;
    }
    Some(index - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_and_indexes_round_trip() {
        for (index, letters) in [(0, "A"), (9, "J"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")] {
            assert_eq!(column_letters(index), letters, "column {index} is written {letters}");
            assert_eq!(column_index(letters), Some(index), "{letters} is column {index}");
        }
        assert_eq!(column_index("b"), Some(1), "lower case letters name columns too");
        assert_eq!(column_index("A1"), None, "a cell reference is not a column");
        assert_eq!(column_index(""), None, "nothing is no column");
    }

    #[test]
    fn codes_are_distinct_and_messages_follow_them() {
        let examples = ExchangeError::examples();
        let mut codes: Vec<&str> = examples.iter().map(ExchangeError::code).collect();
        for error in &examples {
            assert_eq!(error.message_id(), format!("error-{}", error.code()), "the message id of {error:?} is error-<code>");
        }
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), examples.len(), "every variant has its own code");
    }
}
