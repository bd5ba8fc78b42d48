//! The window's import of people: the same steps as `escale import people` (escale-cli's
//! imports.rs), through the same functions — the file read and its columns guessed by
//! escale-exchange, the preview and the all-or-nothing import by the core. What is here only
//! holds the file read between the screen's steps and shapes what the screen shows.
//!
//! Nothing is written before `import_people`: reading, previewing and changing the mapping only
//! read the store (the existing people's names are read without recording a view of their file).

use escale_core::folders::save_file_atomically;
use escale_core::i18n::Localizer;
use escale_core::people::import::{ImportOptions, ImportOutcome, ImportPreview, LineIssue, PersonLine};
use escale_core::{CoreError, Store};
use escale_exchange::error::column_letters;
use escale_exchange::mapping::{self, ColumnMapping, PeopleFile};
use escale_exchange::{ExchangeError, national_template, read, report};
use serde::Serialize;

use crate::error::ErrorDto;
use crate::state::AppState;

/// Issues and likely duplicates sent to the screen; the saved report has every one.
const SHOWN_ISSUES: usize = 200;
/// Columns offered in the mapping's choices (a file rarely has more than a few dozen).
const SHOWN_COLUMNS: usize = 100;
/// Existing people named beside a likely duplicate.
const SHOWN_EXISTING: usize = 3;

/// The file being imported, as read when chosen.
#[derive(Debug, Clone)]
pub struct HeldPeopleFile {
    pub file_name: String,
    pub file: PeopleFile,
}

/// A column of the file, as the mapping step shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FileColumn {
    /// 0-based: 0 is column A.
    pub index: u32,
    /// "A", "B", … "AA".
    pub letter: String,
    /// The header row's text for this column (empty when it has none).
    pub header: String,
    /// The first value below the headers, to recognise the column by its content.
    pub example: String,
}

/// Someone already here whom a line of the file looks like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExistingPerson {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: Option<i32>,
}

/// A line that looks like someone known: the name on the line, and whom it looks like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DuplicateLine {
    pub line: u32,
    pub first_name: String,
    pub last_name: String,
    /// The first people already here with the same name and birth year.
    pub existing: Vec<ExistingPerson>,
    /// How many people already here look like the line (more than `existing` may name).
    pub existing_count: u32,
    /// An earlier line of the same file with the same name and birth year.
    pub earlier_line: Option<u32>,
}

/// What importing would do, as the preview step shows it (the first issues only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PeopleImportPreview {
    pub lines: u32,
    /// Lines that would become people, likely duplicates included.
    pub accepted: u32,
    pub rejected_lines: u32,
    pub likely_duplicate_count: u32,
    /// The broken rules of the first refused lines (a line may break several).
    pub rejected: Vec<LineIssue>,
    /// Every broken rule of the refused lines, shown or not.
    pub rejected_issue_count: u32,
    /// Remarks on accepted lines (a commune left empty), the first ones.
    pub remarks: Vec<LineIssue>,
    pub remark_count: u32,
    pub duplicates: Vec<DuplicateLine>,
}

/// A file of people read: where its fields were found and what importing it would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PeopleFileRead {
    pub file_name: String,
    /// The national platform's import template, recognised: its columns are fixed.
    pub national_template: bool,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    /// Every sheet of a workbook (empty for a CSV file).
    pub sheets: Vec<String>,
    pub mapping: ColumnMapping,
    pub columns: Vec<FileColumn>,
    /// What importing would do; `None` while no column holds the names (the mapping step asks).
    pub preview: Option<PeopleImportPreview>,
}

/// The report of rejected lines saved where the mediator chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedImportReport {
    pub path: String,
    pub file_name: String,
}

impl From<ExchangeError> for ErrorDto {
    fn from(error: ExchangeError) -> Self {
        ErrorDto {
            code: error.code().to_string(),
            arguments: error.arguments().into_iter().map(|(name, value)| (name.to_string(), value)).collect(),
            field: None,
            also_invalid: Vec::new(),
        }
    }
}

/// The file's bytes, at most one byte over what a reader takes: a huge file chosen by mistake is
/// refused by the reader's size check without being read whole.
fn file_bytes(path: &str) -> Result<Vec<u8>, ErrorDto> {
    use std::io::Read;
    let io_error = |source| ErrorDto::from(CoreError::Io { path: path.to_string(), source });
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    file.take(read::MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(io_error)?;
    Ok(bytes)
}

/// Every column of the header row (and any wider row), with an example value.
fn columns_of(file: &PeopleFile) -> Vec<FileColumn> {
    let table = &file.table;
    // The template's names are on its second row; its third holds their explanations.
    let header_line = if file.national_template { national_template::HEADER_LINE } else { file.mapping.header_line };
    let header = table.row_at(header_line);
    let below: Vec<&read::TableRow> = table.rows.iter().filter(|row| row.line > file.mapping.header_line).take(50).collect();
    (0..table.width().min(SHOWN_COLUMNS))
        .map(|index| FileColumn {
            index: index as u32,
            letter: column_letters(index),
            header: header.map_or("", |row| row.cell(index)).trim().to_string(),
            example: below.iter().map(|row| row.cell(index).trim()).find(|text| !text.is_empty()).unwrap_or("").to_string(),
        })
        .collect()
}

/// The core's preview, with the names of the likely duplicates' lines and of the people already
/// here, for the screen.
fn screen_preview(store: &Store, lines: &[PersonLine], preview: &ImportPreview) -> Result<PeopleImportPreview, ErrorDto> {
    let mut duplicates = Vec::new();
    for duplicate in preview.likely_duplicates.iter().take(SHOWN_ISSUES) {
        let line = lines.iter().find(|line| line.line == duplicate.line);
        let mut existing = Vec::new();
        for id in duplicate.existing_ids.iter().take(SHOWN_EXISTING) {
            // A plain read: previewing an import opens no one's file.
            let person = store.beneficiary(id)?;
            existing.push(ExistingPerson {
                id: person.id,
                first_name: person.first_name,
                last_name: person.last_name,
                birth_year: person.birth_year,
            });
        }
        duplicates.push(DuplicateLine {
            line: duplicate.line,
            first_name: line.map(|line| line.first_name.trim().to_string()).unwrap_or_default(),
            last_name: line.map(|line| line.last_name.trim().to_string()).unwrap_or_default(),
            existing,
            existing_count: duplicate.existing_ids.len() as u32,
            earlier_line: duplicate.earlier_line,
        });
    }
    let count = |length: usize| u32::try_from(length).unwrap_or(u32::MAX);
    Ok(PeopleImportPreview {
        lines: preview.lines,
        accepted: preview.accepted,
        rejected_lines: preview.rejected_lines,
        likely_duplicate_count: count(preview.likely_duplicates.len()),
        rejected: preview.rejected.iter().take(SHOWN_ISSUES).cloned().collect(),
        rejected_issue_count: count(preview.rejected.len()),
        remarks: preview.remarks.iter().take(SHOWN_ISSUES).cloned().collect(),
        remark_count: count(preview.remarks.len()),
        duplicates,
    })
}

/// The lines of the file read, under `mapping`; `None` while no column holds the names.
fn lines_of(file: &PeopleFile, mapping: &ColumnMapping) -> Result<Option<Vec<PersonLine>>, ErrorDto> {
    match mapping::person_lines(&file.table, mapping) {
        Ok(lines) => Ok(Some(lines)),
        Err(ExchangeError::NameColumnMissing) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

/// The file read under `mapping`, with its preview when the names have a column.
fn file_read(state: &AppState, held: &HeldPeopleFile, mapping: ColumnMapping) -> Result<PeopleFileRead, ErrorDto> {
    let file = &held.file;
    let preview = match lines_of(file, &mapping)? {
        Some(lines) => {
            Some(state.with_store(|store| {
                let preview = store.preview_people_import(&lines)?;
                Ok(screen_preview(store, &lines, &preview))
            })??)
        }
        None => None,
    };
    Ok(PeopleFileRead {
        file_name: held.file_name.clone(),
        national_template: file.national_template,
        sheet: file.table.sheet.clone(),
        sheets: file.table.sheets.clone(),
        columns: columns_of(file),
        mapping,
        preview,
    })
}

/// A mapping of the file read: its header line, and columns that are columns of the file.
fn checked_mapping(file: &PeopleFile, mapping: ColumnMapping) -> Result<ColumnMapping, ErrorDto> {
    let width = file.table.width().max(1);
    if let Some(column) = mapping.columns.values().find(|column| **column as usize >= width) {
        return Err(ExchangeError::ColumnUnknown { column: column_letters(*column as usize) }.into());
    }
    if mapping.header_line != file.mapping.header_line {
        return Err(ExchangeError::HeaderRowMissing { line: mapping.header_line }.into());
    }
    Ok(mapping)
}

impl AppState {
    /// Reads the file chosen (a workbook's `sheet`, its first one otherwise), keeps it for the
    /// next steps, and says where its fields were found and what importing it would do.
    pub fn read_people_file(&self, path: &str, sheet: Option<&str>) -> Result<PeopleFileRead, ErrorDto> {
        let path = path.trim();
        let bytes = file_bytes(path)?;
        let file = mapping::read_people_file(&bytes, sheet, None)?;
        let file_name = std::path::Path::new(path).file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        let held = HeldPeopleFile { file_name, file };
        let read = file_read(self, &held, held.file.mapping.clone())?;
        *self.people_file() = Some(std::sync::Arc::new(held));
        Ok(read)
    }

    /// The file read, as the screen's steps use it; refused when none was read (or it was imported).
    fn held_people_file(&self) -> Result<std::sync::Arc<HeldPeopleFile>, ErrorDto> {
        self.people_file().clone().ok_or_else(|| ErrorDto::with_code("import-file-not-read"))
    }

    /// The file read with its column titles on `line` (the people on the lines below): the
    /// columns guessed again from that row's titles, kept for the next steps. Writes nothing.
    pub fn choose_people_file_header_line(&self, line: u32) -> Result<PeopleFileRead, ErrorDto> {
        let held = {
            let mut slot = self.people_file();
            let held = slot.as_mut().ok_or_else(|| ErrorDto::with_code("import-file-not-read"))?;
            // Copies the table only if another step is reading it at this very moment.
            std::sync::Arc::make_mut(held).file.choose_header_line(line)?;
            held.clone()
        };
        file_read(self, &held, held.file.mapping.clone())
    }

    /// The file read, under the mapping the mediator changed.
    pub fn preview_people_file(&self, mapping: ColumnMapping) -> Result<PeopleFileRead, ErrorDto> {
        let held = self.held_people_file()?;
        let mapping = checked_mapping(&held.file, mapping)?;
        file_read(self, &held, mapping)
    }

    /// Imports the people of the file read, under `mapping`, all or nothing, telling the progress
    /// bar how far it is; cancelled, nothing is written. The file is forgotten once imported.
    pub fn import_people_file(&self, mapping: ColumnMapping, options: ImportOptions) -> Result<ImportOutcome, ErrorDto> {
        let held = self.held_people_file()?;
        let file = &held.file;
        let mapping = checked_mapping(file, mapping)?;
        let lines = mapping::person_lines(&file.table, &mapping)?;
        let outcome = self.with_progress(|progress| self.with_store(|store| store.import_people(&lines, options, progress)))?;
        *self.people_file() = None;
        Ok(outcome)
    }

    /// Saves the report of the file's refused lines, remarks and likely duplicates (in
    /// `language`) into `folder`, under a name of its own that replaces no file.
    pub fn save_people_import_report(&self, folder: &str, language: &str, mapping: ColumnMapping) -> Result<SavedImportReport, ErrorDto> {
        let held = self.held_people_file()?;
        let file = &held.file;
        let mapping = checked_mapping(file, mapping)?;
        let lines = mapping::person_lines(&file.table, &mapping)?;
        let preview = self.with_store(|store| store.preview_people_import(&lines))?;
        let bytes = report::issues_csv(&preview, &Localizer::new(language));
        let folder_path = std::path::Path::new(folder.trim());
        if !folder_path.is_dir() {
            return Err(CoreError::SaveFolderNotWritable { folder: folder.trim().to_string() }.into());
        }
        // The date and time only: the report holds line numbers and reasons, no one's name.
        let stem = format!("escale-import-rapport-{}", chrono::Local::now().format("%Y-%m-%d-%H%M%S"));
        let file_name = (1..100)
            .map(|number| if number == 1 { format!("{stem}.csv") } else { format!("{stem}-{number}.csv") })
            .find(|name| !folder_path.join(name).exists())
            .ok_or_else(|| CoreError::SaveFileExists { folder: folder.trim().to_string(), file_name: format!("{stem}.csv") })?;
        let path = folder_path.join(&file_name);
        save_file_atomically(&path, &bytes)?;
        Ok(SavedImportReport { path: path.display().to_string(), file_name })
    }
}
