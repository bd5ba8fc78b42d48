//! Printing from the window: a document made and saved under the name and in the folder the
//! mediator chose (a USB key, their documents folder), all or nothing. The command line writes
//! where `--out` says instead; both end in [`escale_core::folders::save_file_atomically`].

use std::path::Path;

use escale_core::{CoreError, CoreResult, Store, ValidationError};
use serde::{Deserialize, Serialize};

use crate::PrintedDocument;

/// Which paper to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum PaperKind {
    /// After an accompaniment: `id` is the accompaniment's.
    Summary,
    /// One procedure: `id` is the procedure's.
    ProcedureSheet,
    /// What Escale keeps about a person: `id` is the person's.
    ConsentForm,
    /// The structure's activity report of a month: `id` is the month ("2026-10"), `place_id`
    /// the one place reported on (all when `None`). In French, whatever `language` says.
    MonthlyReport,
}

/// A paper to save: what, for whom, in which language, where.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PrintRequest {
    pub kind: PaperKind,
    pub id: String,
    /// The language beside French; `None`: the person's document language.
    pub language: Option<String>,
    pub folder: String,
    /// As typed; ".pdf" is added when missing.
    pub file_name: String,
    /// Replace a file of that name (the mediator said so after being asked).
    pub replace: bool,
    /// The monthly report's place; ignored by the other papers.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub place_id: Option<String>,
}

/// Where the paper was saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedPaper {
    pub path: String,
    pub file_name: String,
    pub pages: u32,
    pub bytes: u32,
}

/// Makes the paper and saves it. Checks everything before writing: a bad name or an existing
/// file (unless `replace`) writes nothing; a folder that cannot be written or a full disk
/// leaves nothing under the name.
pub fn print_to_folder(store: &mut Store, request: &PrintRequest) -> CoreResult<SavedPaper> {
    let file_name = pdf_file_name(&request.file_name)?;
    let folder = Path::new(&request.folder);
    if !folder.is_dir() {
        return Err(CoreError::SaveFolderNotWritable { folder: request.folder.clone() });
    }
    let path = folder.join(&file_name);
    if path.exists() && !request.replace {
        return Err(CoreError::SaveFileExists { folder: request.folder.clone(), file_name });
    }
    let language = request.language.as_deref();
    let printed: PrintedDocument = match request.kind {
        PaperKind::Summary => crate::session_summary(store, &request.id, language)?,
        PaperKind::ProcedureSheet => crate::procedure_sheet(store, &request.id, language)?,
        PaperKind::ConsentForm => crate::consent_form(store, &request.id, language)?,
        PaperKind::MonthlyReport => {
            let month = escale_core::stats::report::parse_month(&request.id)?;
            crate::monthly_report(store, month, request.place_id.as_deref())?
        }
    };
    escale_core::folders::save_file_atomically(&path, &printed.bytes)?;
    Ok(SavedPaper {
        path: path.display().to_string(),
        file_name,
        pages: u32::try_from(printed.pages).unwrap_or(u32::MAX),
        bytes: u32::try_from(printed.bytes.len()).unwrap_or(u32::MAX),
    })
}

/// The name as it will be on disk: trimmed, without the invisible direction marks an Arabic or
/// Persian interface puts around a date, ending in ".pdf". Refused when empty, hidden (a leading
/// dot), or holding a folder separator or a character FAT-formatted USB keys refuse.
pub fn pdf_file_name(typed: &str) -> CoreResult<String> {
    let visible: String = typed
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let name = visible.trim();
    let refused = name.is_empty()
        || name.starts_with('.')
        || name.chars().any(|c| c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        || name.len() > 200;
    if refused {
        return Err(ValidationError::FileNameInvalid.into());
    }
    Ok(if name.to_lowercase().ends_with(".pdf") { name.to_string() } else { format!("{name}.pdf") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_name_becomes_a_pdf_file_name_of_this_folder_only() {
        let name = |typed: &str| pdf_file_name(typed).map_err(|error| error.code());
        assert_eq!(name(" resume-2026-11-23 "), Ok("resume-2026-11-23.pdf".into()), "trimmed, .pdf added");
        assert_eq!(name("Papier.PDF"), Ok("Papier.PDF".into()), "an extension in capitals is kept");
        assert_eq!(
            name("ملخص-\u{2068}2026-11-23\u{2069}"),
            Ok("ملخص-2026-11-23.pdf".into()),
            "the direction marks of a right-to-left interface do not end up in the file's name"
        );
        for refused in ["", "   ", ".cache", "../resume", "a/b", "a\\b", "c:x", "why?", "x\ny", &"a".repeat(201)] {
            assert_eq!(
                name(refused),
                Err("file-name-invalid"),
                "{refused:?} is not a name for a file saved in the folder chosen"
            );
        }
    }
}
