//! The screen turned toward the person: what they can read about themselves, in their own
//! language, and nothing about anyone else.
//!
//! One value holds it all, read in one call: their next steps (from their own individual
//! accompaniments; a workshop's next steps were written for a group), their open procedures with
//! the documents still missing, and the dates coming up for them. The data model has no
//! appointments: the dated items that concern the person are their procedures' call-back days
//! (the mediator plans to call them), deadlines and renewals or recurring declarations.
//!
//! The value carries no identifier at all, not even the person's own: the window shows it as it
//! is, and nothing in it leads anywhere else. [`PersonView::text`] writes the same blocks as plain
//! text through Fluent, for the command line (and, later, a printed summary).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, Localizer};
use crate::procedure::catalogue;
use crate::storage::Store;
use crate::vocabulary::{DOCUMENT_LANGUAGES, FollowUpReason, ProcedureStatus, RecurrenceKind};

/// How many recent next steps the view shows: the latest matter; older ones were done or
/// replaced.
pub const NEXT_STEPS_SHOWN: u32 = 3;
/// How many dates coming up the view shows, soonest first.
pub const DATES_SHOWN: usize = 3;

/// Everything the screen turned toward the person shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonView {
    /// The language the view is shown and read aloud in: the person's document language
    /// (French when it is not one Escale speaks).
    pub language: String,
    pub right_to_left: bool,
    pub anonymous: bool,
    /// Their first name as they write it, to greet them; empty for an anonymous person.
    pub first_name: String,
    /// Newest first.
    pub next_steps: Vec<NextStep>,
    /// Open procedures, soonest deadline first.
    pub procedures: Vec<OpenProcedure>,
    /// Dates coming up (today included), soonest first.
    pub dates: Vec<DateComing>,
}

/// What an accompaniment said to do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NextStep {
    /// The day of the accompaniment that wrote it.
    #[ts(type = "string")]
    pub written_on: NaiveDate,
    pub text: String,
}

/// A procedure still under way, as the person needs to know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenProcedure {
    /// The catalogue entry's id (Fluent `procedure-kind-<id>`).
    pub kind: String,
    /// The label of a structure's own entry.
    pub custom_kind_label: Option<String>,
    pub status: ProcedureStatus,
    /// The administration's file number, to give when they call it.
    pub reference: String,
    #[ts(type = "string | null")]
    pub deadline: Option<NaiveDate>,
    /// Document ids of the catalogue (Fluent `procedure-document-<id>`), in the checklist's order.
    pub missing_documents: Vec<String>,
}

/// A day coming up for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DateComing {
    #[ts(type = "string")]
    pub on: NaiveDate,
    /// Deadline, renewal, declaration or call-back (never "stuck", which is the mediator's concern).
    pub reason: FollowUpReason,
    /// The procedure it is about.
    pub kind: String,
    pub custom_kind_label: Option<String>,
}

impl DateComing {
    /// The name of the procedure it is about, in the localizer's language.
    pub fn kind_label(&self, localizer: &Localizer) -> String {
        match &self.custom_kind_label {
            Some(label) => label.clone(),
            None => localizer.text(&catalogue::kind_fluent_id(&self.kind)),
        }
    }
}

impl OpenProcedure {
    pub fn kind_label(&self, localizer: &Localizer) -> String {
        match &self.custom_kind_label {
            Some(label) => label.clone(),
            None => localizer.text(&catalogue::kind_fluent_id(&self.kind)),
        }
    }
}

/// The language a person's view is in: their document language when Escale speaks it.
pub fn view_language(document_language: &str) -> &str {
    if DOCUMENT_LANGUAGES.contains(&document_language) { document_language } else { i18n::REFERENCE_LANGUAGE }
}

impl Store {
    /// What the screen turned toward person `id` shows on `today`. Recorded in the audit log as
    /// a view of their file. A deleted person is not found.
    pub fn person_view(&mut self, id: &str, today: NaiveDate) -> CoreResult<PersonView> {
        let person = self.beneficiary(id)?;
        let language = view_language(&person.document_language).to_string();

        let mut statement = self.reader().prepare_cached(
            "SELECT a.date, a.next_steps FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id \
             WHERE ac.beneficiary_id = ?1 AND ac.deleted_at IS NULL AND a.deleted_at IS NULL \
               AND a.kind = 'individuel' AND a.next_steps <> '' \
             ORDER BY a.date DESC, a.created_at DESC LIMIT ?2",
        )?;
        let rows = statement
            .query_map(rusqlite::params![id, NEXT_STEPS_SHOWN], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        drop(statement);
        let mut next_steps = Vec::new();
        for (day, text) in rows {
            let written_on = day
                .parse()
                .map_err(|_| CoreError::StoredValueUnreadable { entity: "activity", id: id.to_string() })?;
            next_steps.push(NextStep { written_on, text });
        }

        let custom = self.catalogue()?;
        let mut procedures = Vec::new();
        let mut dates = Vec::new();
        for procedure in self.procedures(Some(id))? {
            let open = !procedure.status.is_closed();
            let coming = |day: Option<NaiveDate>| day.filter(|day| *day >= today);
            let mut date = |on: NaiveDate, reason: FollowUpReason| {
                let (kind, custom_kind_label) = (procedure.kind.clone(), procedure.custom_kind_label.clone());
                dates.push(DateComing { on, reason, kind, custom_kind_label });
            };
            if let Some(on) = coming(procedure.call_back_on) {
                date(on, FollowUpReason::CallBack);
            }
            if let Some(on) = coming(procedure.deadline).filter(|_| open) {
                date(on, FollowUpReason::Deadline);
            }
            if let Some(on) = coming(procedure.renewal_on) {
                let recurrence = catalogue::shipped()
                    .entry(&procedure.kind)
                    .or_else(|| custom.iter().find(|entry| entry.id == procedure.kind))
                    .and_then(|entry| entry.recurrence);
                let reason = match recurrence.map(|recurrence| recurrence.kind) {
                    Some(RecurrenceKind::Declaration) => FollowUpReason::Declaration,
                    _ => FollowUpReason::Renewal,
                };
                date(on, reason);
            }
            if open {
                procedures.push(OpenProcedure {
                    missing_documents: procedure.missing_documents().map(str::to_string).collect(),
                    kind: procedure.kind,
                    custom_kind_label: procedure.custom_kind_label,
                    status: procedure.status,
                    reference: procedure.reference,
                    deadline: procedure.deadline,
                });
            }
        }
        dates.sort_by(|a, b| (a.on, a.reason).cmp(&(b.on, b.reason)));
        dates.truncate(DATES_SHOWN);

        self.write(|transaction| audit::record(transaction, AuditAction::View, "beneficiary", id))?;
        Ok(PersonView {
            right_to_left: i18n::is_right_to_left(&language),
            language,
            anonymous: person.anonymous,
            first_name: if person.anonymous { String::new() } else { person.first_name },
            next_steps,
            procedures,
            dates,
        })
    }
}

impl PersonView {
    /// The view's blocks as plain text, in the localizer's language (normally
    /// [`PersonView::language`]), days as that language writes them.
    pub fn text(&self, localizer: &Localizer) -> String {
        let l = localizer;
        let mut text = String::new();
        let line = |text: &mut String, content: String| {
            text.push_str(&content);
            text.push('\n');
        };
        let title = if self.first_name.is_empty() {
            l.text("person-view-title")
        } else {
            l.message("person-view-title-named", &[("name", self.first_name.as_str().into())])
        };
        line(&mut text, title);

        let heading = |text: &mut String, id: &str| {
            let heading = l.text(id);
            text.push('\n');
            text.push_str(&heading);
            text.push('\n');
            text.push_str(&"=".repeat(heading.chars().count()));
            text.push('\n');
        };

        heading(&mut text, "person-view-next-steps");
        if self.next_steps.is_empty() {
            line(&mut text, l.text("person-view-next-steps-none"));
        }
        for step in &self.next_steps {
            line(&mut text, l.message("person-view-written-on", &[("date", l.date(step.written_on).into())]));
            line(&mut text, step.text.clone());
        }

        heading(&mut text, "person-view-procedures");
        if self.procedures.is_empty() {
            line(&mut text, l.text("person-view-procedures-none"));
        }
        for procedure in &self.procedures {
            text.push('\n');
            line(&mut text, procedure.kind_label(l));
            line(&mut text, l.message("person-view-status", &[("status", l.text(&procedure.status.fluent_id()).into())]));
            if !procedure.reference.is_empty() {
                line(&mut text, l.message("person-view-reference", &[("reference", procedure.reference.as_str().into())]));
            }
            if let Some(deadline) = procedure.deadline {
                line(&mut text, l.message("person-view-deadline", &[("date", l.date(deadline).into())]));
            }
            if procedure.missing_documents.is_empty() {
                line(&mut text, l.text("person-view-documents-complete"));
            } else {
                let count = procedure.missing_documents.len();
                line(&mut text, l.message("person-view-documents-missing", &[("count", count.into())]));
                for document in &procedure.missing_documents {
                    line(&mut text, format!("- {}", l.text(&format!("procedure-document-{document}"))));
                }
            }
        }

        heading(&mut text, "person-view-dates");
        if self.dates.is_empty() {
            line(&mut text, l.text("person-view-dates-none"));
        }
        for date in &self.dates {
            let what = l.message(
                &format!("person-view-date-{}", date.reason.code()),
                &[("procedure", date.kind_label(l).into())],
            );
            line(&mut text, l.date(date.on));
            line(&mut text, format!("  {what}"));
        }
        text
    }
}
