//! Escale's printed documents: the papers a person takes home, as PDF files, in French and in
//! their own language, in every script Escale writes (Latin, Cyrillic, Arabic, Persian,
//! Pashto, Ethiopic).
//!
//! One function per document reads the store and returns the PDF's bytes:
//! [`session_summary`], [`procedure_sheet`], [`consent_form`], and for the structure the
//! [`monthly_report`]. The window and the command line
//! save them with [`escale_core::folders::save_file_atomically`] (all or nothing, never a
//! partial file under the name asked for).
//!
//! Inside, each document is a short list of blocks ([`model`]); [`layout`] places them on A4
//! pages (page breaks between lines, table headers repeated, page numbers); [`paragraph`] shapes
//! and orders the text (rustybuzz, unicode-bidi, unicode-linebreak, a font fallback chain);
//! [`pdf`] writes the pages with printpdf's low-level operations, fonts embedded as subsets.
//!
//! This crate reads the core; the core never reads it, and it knows nothing of the window.

pub mod documents;
pub mod fonts;
pub mod layout;
pub mod model;
pub mod paragraph;
pub mod pdf;
pub mod pictograms;
pub mod saving;

use chrono::{DateTime, NaiveDate, Utc};
use escale_core::i18n::Localizer;
use escale_core::{CoreError, CoreResult, Store};

use crate::documents::Wording;
use crate::model::Document;

/// Which document was printed: it names the file offered to the mediator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Summary,
    ProcedureSheet,
    ConsentForm,
    MonthlyReport,
}

/// A document ready to save or print.
#[derive(Debug, Clone)]
pub struct PrintedDocument {
    pub kind: DocumentKind,
    /// The PDF file.
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// "fr", or "fr" and the person's language.
    pub languages: Vec<String>,
    pub printed_on: NaiveDate,
    /// The month a monthly report is about (its first day); `None` for the other papers.
    pub month: Option<NaiveDate>,
}

impl PrintedDocument {
    /// The file name to offer, in the mediator's language: the kind of document and the day,
    /// never the person's name ("resume-rendez-vous-2026-11-22.pdf").
    pub fn file_name(&self, localizer: &Localizer) -> String {
        let id = match self.kind {
            DocumentKind::Summary => "documents-file-summary",
            DocumentKind::ProcedureSheet => "documents-file-procedure",
            DocumentKind::ConsentForm => "documents-file-consent",
            // Named by the month it reports on, not the day it was printed.
            DocumentKind::MonthlyReport => {
                let month = self.month.map_or_else(|| documents::file_day(self.printed_on), escale_core::stats::report::month_key);
                return localizer.message("documents-file-report", &[("month", month.into())]);
            }
        };
        localizer.message(id, &[("date", documents::file_day(self.printed_on).into())])
    }
}

/// The summary of accompaniment `activity_id` for the person it was with: what was done, their
/// procedures, next steps, documents to bring, next date, contacts. In French and `language`,
/// or the person's document language when `language` is `None` ("fr": French only).
/// Errors: the accompaniment or the language is unknown ([`CoreError::NotFound`],
/// an invalid `documentLanguage`).
pub fn session_summary(store: &mut Store, activity_id: &str, language: Option<&str>) -> CoreResult<PrintedDocument> {
    let today = escale_core::clock::today();
    let document = documents::summary::build(store, activity_id, language, today)?;
    print(DocumentKind::Summary, &document, Utc::now())
}

/// The sheet of procedure `procedure_id`: steps, documents brought and missing, file number,
/// dates. Languages as for [`session_summary`].
pub fn procedure_sheet(store: &mut Store, procedure_id: &str, language: Option<&str>) -> CoreResult<PrintedDocument> {
    let document = documents::procedure_sheet::build(store, procedure_id, language)?;
    print(DocumentKind::ProcedureSheet, &document, Utc::now())
}

/// The consent form of person `person_id`: what is kept, why, for how long, their rights, a
/// place to sign. Languages as for [`session_summary`].
pub fn consent_form(store: &mut Store, person_id: &str, language: Option<&str>) -> CoreResult<PrintedDocument> {
    let document = documents::consent_form::build(store, person_id, language)?;
    print(DocumentKind::ConsentForm, &document, Utc::now())
}

/// The activity report of `month` (any day of it) for the structure and its funders, of one
/// place or all: key figures, the structure's text for the month, the last twelve months, the
/// breakdowns as bar charts with their figures. In French. Errors: an unknown place
/// ([`CoreError::NotFound`]).
pub fn monthly_report(store: &Store, month: NaiveDate, place_id: Option<&str>) -> CoreResult<PrintedDocument> {
    let today = escale_core::clock::today();
    let document = documents::monthly_report::build(store, month, place_id, today)?;
    let mut printed = print(DocumentKind::MonthlyReport, &document, Utc::now())?;
    printed.month = chrono::Datelike::with_day(&month, 1);
    Ok(printed)
}

/// Renders any document of the model: its PDF and its number of pages.
pub fn render(document: &Document, created_at: DateTime<Utc>) -> CoreResult<(Vec<u8>, usize)> {
    let wording = Wording::new(document.translated_language.as_deref());
    let pages = layout::lay_out(document, &|page, count| wording.footer(page, count));
    let mut languages = vec![escale_core::i18n::REFERENCE_LANGUAGE.to_string()];
    languages.extend(document.translated_language.clone());
    let title = match &document.title.translated {
        Some(translated) => format!("{} / {}", document.title.french, translated),
        None => document.title.french.clone(),
    };
    let metadata = pdf::Metadata { title, subject: languages.join(", "), languages, created_at };
    let bytes = pdf::write(&pages, &metadata).map_err(|error| CoreError::DocumentNotRendered { reason: error.0 })?;
    Ok((bytes, pages.len()))
}

fn print(kind: DocumentKind, document: &Document, created_at: DateTime<Utc>) -> CoreResult<PrintedDocument> {
    let (bytes, pages) = render(document, created_at)?;
    let mut languages = vec![escale_core::i18n::REFERENCE_LANGUAGE.to_string()];
    languages.extend(document.translated_language.clone());
    Ok(PrintedDocument { kind, bytes, pages, languages, printed_on: created_at.with_timezone(&chrono::Local).date_naive(), month: None })
}
