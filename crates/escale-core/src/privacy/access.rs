//! The right of access: everything Escale holds about one person, in one value, for a JSON file
//! and a readable document in their language (see [`super::access_document`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::activity::Activity;
use crate::audit::{self, AuditAction, AuditEvent, AuditFilter, PageRequest};
use crate::beneficiary::Beneficiary;
use crate::clock;
use crate::commune::Commune;
use crate::error::CoreResult;
use crate::privacy::consent::Consent;
use crate::procedure::Procedure;
use crate::storage::Store;
use crate::vocabulary::{
    ActivityKind, Autonomy, Equipment, PlaceType, RedirectionStructure, Theme, WorkshopLevel,
};

/// Everything about one person: identity, contact, languages, consents, accompaniments,
/// procedures with their history, and the audit events about their file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonalDataExport {
    /// When the export was made (RFC 3339, UTC).
    pub exported_at: String,
    pub beneficiary: Beneficiary,
    /// When the file's identity, contact and notes were erased, if they were.
    pub erased_at: Option<String>,
    pub consents: Vec<Consent>,
    /// Newest first.
    pub accompaniments: Vec<ExportedAccompaniment>,
    pub procedures: Vec<Procedure>,
    /// Newest first; this export is the first of them.
    pub audit_events: Vec<AuditEvent>,
}

/// An activity as the person took part in it. Other participants of a workshop are left out
/// (they are other people's data), and so are a workshop's notes and next steps, which are the
/// mediator's notes about the whole group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedAccompaniment {
    pub activity_id: String,
    pub kind: ActivityKind,
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub duration_minutes: u32,
    pub place_type: PlaceType,
    pub place_name: Option<String>,
    pub commune: Commune,
    pub themes: Vec<Theme>,
    pub equipment: Vec<Equipment>,
    pub autonomy: Option<Autonomy>,
    pub workshop_title: String,
    pub workshop_level: Option<WorkshopLevel>,
    pub orientation: Option<RedirectionStructure>,
    pub procedure_name: String,
    pub notes: String,
    pub next_steps: String,
    /// Whether it was the person's first accompaniment recorded here.
    pub first_accompaniment: bool,
}

impl ExportedAccompaniment {
    fn of(activity: Activity, beneficiary_id: &str) -> ExportedAccompaniment {
        let first_accompaniment = activity
            .participants
            .iter()
            .any(|participant| participant.beneficiary_id == beneficiary_id && participant.first_accompaniment);
        let individual = activity.kind == ActivityKind::Individual;
        ExportedAccompaniment {
            activity_id: activity.id,
            kind: activity.kind,
            date: activity.date,
            duration_minutes: activity.duration_minutes,
            place_type: activity.place_type,
            place_name: activity.place_name,
            commune: activity.commune,
            themes: activity.themes,
            equipment: activity.equipment,
            autonomy: activity.autonomy,
            workshop_title: activity.workshop_title,
            workshop_level: activity.workshop_level,
            orientation: activity.orientation,
            procedure_name: activity.procedure_name,
            notes: if individual { activity.notes } else { String::new() },
            next_steps: if individual { activity.next_steps } else { String::new() },
            first_accompaniment,
        }
    }
}

impl Store {
    /// Everything Escale holds about one person, for their right of access. The export itself
    /// is audited ('export'), before the data is read, so that the log shows every export.
    pub fn access_export(&mut self, beneficiary_id: &str) -> CoreResult<PersonalDataExport> {
        self.beneficiary(beneficiary_id)?;
        self.write(|transaction| audit::record(transaction, AuditAction::Export, "beneficiary", beneficiary_id))?;

        let beneficiary = self.beneficiary(beneficiary_id)?;
        let erased_at: Option<String> = self.reader().query_row(
            "SELECT erased_at FROM beneficiary WHERE id = ?1",
            [beneficiary_id],
            |row| row.get(0),
        )?;
        let accompaniments = self
            .activities_of_beneficiary(beneficiary_id)?
            .into_iter()
            .map(|activity| ExportedAccompaniment::of(activity, beneficiary_id))
            .collect();
        let filter = AuditFilter { beneficiary_id: Some(beneficiary_id.to_string()) };
        let mut audit_events = Vec::new();
        let mut page = PageRequest { offset: 0, limit: 1000 };
        loop {
            let read = self.audit_log(&filter, page)?;
            audit_events.extend(read.events);
            if !read.has_more {
                break;
            }
            page.offset += page.limit;
        }
        Ok(PersonalDataExport {
            exported_at: clock::now_timestamp(),
            beneficiary,
            erased_at,
            consents: self.consents_of(beneficiary_id)?,
            accompaniments,
            procedures: self.procedures(Some(beneficiary_id))?,
            audit_events,
        })
    }
}

/// The two files of an access export written for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AccessExportFiles {
    /// The readable document, in the person's document language.
    pub document: String,
    /// Everything, as JSON.
    pub data: String,
}

impl Store {
    /// Writes a person's access export into `folder`: a readable text in their language and a
    /// JSON file. The names carry the date and a short piece of the file's identifier, never a
    /// name. Each file is written whole or not at all, readable by its owner only.
    pub fn write_access_export(
        &mut self,
        beneficiary_id: &str,
        folder: &std::path::Path,
    ) -> CoreResult<AccessExportFiles> {
        let export = self.access_export(beneficiary_id)?;
        let localizer = crate::i18n::Localizer::new(&export.beneficiary.document_language);
        let document = super::access_document::access_document_text(&export, &localizer);
        let data = serde_json::to_string_pretty(&export).expect("an export always serializes");
        let short_id: String = beneficiary_id.chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
        let stem = format!("escale-acces-{}-{short_id}", clock::today());
        let document_path = folder.join(format!("{stem}.txt"));
        let data_path = folder.join(format!("{stem}.json"));
        crate::storage::write_file_durably(&document_path, document.as_bytes())?;
        crate::storage::write_file_durably(&data_path, data.as_bytes())?;
        Ok(AccessExportFiles {
            document: document_path.display().to_string(),
            data: data_path.display().to_string(),
        })
    }
}
