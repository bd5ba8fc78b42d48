//! The readable copy of a person's data, as plain text in their language.
//!
//! Plain text because the printed-documents layer (PDF, every script shaped) does not exist yet;
//! this function only reads a [`PersonalDataExport`] and a [`Localizer`], so it can move to the
//! documents crate as it is and gain a PDF twin there. Every word comes from Fluent
//! (`access-*`, `audit-*` and the vocabulary's labels); values are the stored ones.

use crate::i18n::{FluentValue, Localizer};
use crate::privacy::access::{ExportedAccompaniment, PersonalDataExport};
use crate::privacy::consent::Consent;
use crate::procedure::Procedure;
use crate::vocabulary::PersonalField;

/// The document, in the language of `localizer` (normally the person's document language).
pub fn access_document_text(export: &PersonalDataExport, localizer: &Localizer) -> String {
    let mut document = Document { localizer, text: String::new() };
    document.title(&export.exported_at);
    document.identity(export);
    document.consents(&export.consents);
    document.accompaniments(&export.accompaniments);
    document.procedures(&export.procedures);
    document.audit_events(export);
    document.text
}

struct Document<'a> {
    localizer: &'a Localizer,
    text: String,
}

/// "2026-11-22T14:05:09.123Z" as "2026-11-22 14:05 UTC".
fn readable_timestamp(timestamp: &str) -> String {
    match (timestamp.get(..10), timestamp.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => timestamp.to_string(),
    }
}

impl Document<'_> {
    fn line(&mut self, text: &str) {
        self.text.push_str(text);
        self.text.push('\n');
    }

    fn heading(&mut self, id: &str) {
        let heading = self.localizer.text(id);
        self.text.push('\n');
        self.line(&heading);
        self.line(&"=".repeat(heading.chars().count()));
    }

    /// "Label: value", with the language's own punctuation; an empty value says so.
    fn field(&mut self, label_id: &str, value: &str) {
        let l = self.localizer;
        let value = if value.trim().is_empty() { l.text("access-value-missing") } else { value.to_string() };
        let line = l.message("access-line", &[("label", l.text(label_id).into()), ("value", value.into())]);
        self.line(&line);
    }

    fn list(&self, labels: Vec<String>) -> String {
        labels.join(&self.localizer.text("access-list-separator"))
    }

    fn label(&self, fluent_id: &str) -> String {
        self.localizer.text(fluent_id)
    }

    /// A language's name when Escale has one, its code otherwise ("snk").
    fn language(&self, code: &str) -> String {
        let id = format!("language-{code}");
        if self.localizer.has_message(&id) { self.localizer.text(&id) } else { code.to_string() }
    }

    fn title(&mut self, exported_at: &str) {
        let l = self.localizer;
        self.line(&l.text("access-document-title"));
        let intro =
            l.message("access-document-intro", &[("date", readable_timestamp(exported_at).into())]);
        self.line(&intro);
    }

    fn identity(&mut self, export: &PersonalDataExport) {
        let person = &export.beneficiary;
        self.heading("access-section-identity");
        if let Some(erased_at) = &export.erased_at {
            let line = self.localizer.message("access-erased", &[("date", readable_timestamp(erased_at).into())]);
            self.line(&line);
        }
        self.field("access-label-id", &person.id);
        self.field(&PersonalField::FirstName.fluent_id(), &person.first_name);
        self.field(&PersonalField::LastName.fluent_id(), &person.last_name);
        self.field(&PersonalField::LatinFirstName.fluent_id(), &person.latin_first_name);
        self.field(&PersonalField::LatinLastName.fluent_id(), &person.latin_last_name);
        let birth_year = person.birth_year.map(|year| year.to_string()).unwrap_or_default();
        self.field("access-label-birth-year", &birth_year);
        let gender = self.label(&person.gender.fluent_id());
        self.field("access-label-gender", &gender);
        let status = self.label(&person.social_status.fluent_id());
        self.field("access-label-social-status", &status);
        let commune = if person.commune.is_empty() {
            String::new()
        } else {
            self.localizer.message(
                "access-commune",
                &[
                    ("name", person.commune.name.as_str().into()),
                    ("postalCode", person.commune.postal_code.as_str().into()),
                    ("inseeCode", person.commune.insee_code.as_str().into()),
                ],
            )
        };
        self.field("access-label-commune", &commune);
        self.field(&PersonalField::Phone.fluent_id(), &person.phone);
        self.field(&PersonalField::Email.fluent_id(), &person.email);
        let languages = self.list(person.languages.iter().map(|code| self.language(code)).collect());
        self.field(&PersonalField::Languages.fluent_id(), &languages);
        let document_language = self.language(&person.document_language);
        self.field(&PersonalField::DocumentLanguage.fluent_id(), &document_language);
        self.field(&PersonalField::Notes.fluent_id(), &person.notes);
    }

    fn consents(&mut self, consents: &[Consent]) {
        self.heading("access-section-consents");
        if consents.is_empty() {
            self.line(&self.label("access-none"));
        }
        for consent in consents {
            let l = self.localizer;
            let purposes = self.list(consent.purposes.iter().map(|p| self.label(&p.fluent_id())).collect());
            let line = l.message(
                "access-consent",
                &[
                    ("date", consent.given_on.to_string().into()),
                    ("method", l.text(&consent.method.fluent_id()).into()),
                    ("purposes", purposes.into()),
                ],
            );
            self.line(&line);
            if let Some(withdrawn_on) = consent.withdrawn_on {
                let line = l.message("access-consent-withdrawn", &[("date", withdrawn_on.to_string().into())]);
                self.line(&line);
            }
        }
    }

    fn accompaniments(&mut self, accompaniments: &[ExportedAccompaniment]) {
        self.heading("access-section-accompaniments");
        if accompaniments.is_empty() {
            self.line(&self.label("access-none"));
        }
        for accompaniment in accompaniments {
            let l = self.localizer;
            let place = accompaniment.place_name.clone().unwrap_or_else(|| l.text(&accompaniment.place_type.fluent_id()));
            let duration: FluentValue<'_> = accompaniment.duration_minutes.into();
            let line = l.message(
                "access-accompaniment",
                &[
                    ("date", accompaniment.date.to_string().into()),
                    ("kind", l.text(&accompaniment.kind.fluent_id()).into()),
                    ("duration", l.message("duration-minutes", &[("minutes", duration)]).into()),
                    ("place", place.into()),
                ],
            );
            self.text.push('\n');
            self.line(&line);
            let themes = self.list(accompaniment.themes.iter().map(|t| self.label(&t.fluent_id())).collect());
            self.field("access-label-themes", &themes);
            if !accompaniment.workshop_title.is_empty() {
                self.field("access-label-workshop", &accompaniment.workshop_title);
            }
            if let Some(autonomy) = accompaniment.autonomy {
                let autonomy = self.label(&autonomy.fluent_id());
                self.field("access-label-autonomy", &autonomy);
            }
            if let Some(orientation) = accompaniment.orientation {
                let orientation = self.label(&orientation.fluent_id());
                self.field("access-label-orientation", &orientation);
            }
            if !accompaniment.procedure_name.is_empty() {
                self.field("access-label-procedure-name", &accompaniment.procedure_name);
            }
            if !accompaniment.notes.is_empty() {
                self.field(&PersonalField::Notes.fluent_id(), &accompaniment.notes);
            }
            if !accompaniment.next_steps.is_empty() {
                self.field("access-label-next-steps", &accompaniment.next_steps);
            }
        }
    }

    fn procedures(&mut self, procedures: &[Procedure]) {
        self.heading("access-section-procedures");
        if procedures.is_empty() {
            self.line(&self.label("access-none"));
        }
        for procedure in procedures {
            let l = self.localizer;
            let line = l.message(
                "access-procedure",
                &[
                    ("kind", procedure.kind_label(l).into()),
                    ("status", l.text(&procedure.status.fluent_id()).into()),
                ],
            );
            self.text.push('\n');
            self.line(&line);
            self.field("access-label-reference", &procedure.reference);
            let deadline = procedure.deadline.map(|day| day.to_string()).unwrap_or_default();
            self.field("access-label-deadline", &deadline);
            if !procedure.notes.is_empty() {
                self.field(&PersonalField::Notes.fluent_id(), &procedure.notes);
            }
            for change in &procedure.history {
                let line = l.message(
                    "access-status-change",
                    &[
                        ("date", readable_timestamp(&change.changed_at).into()),
                        ("status", l.text(&change.status.fluent_id()).into()),
                    ],
                );
                self.line(&line);
                if !change.note.is_empty() {
                    self.field(&PersonalField::Notes.fluent_id(), &change.note);
                }
            }
        }
    }

    fn audit_events(&mut self, export: &PersonalDataExport) {
        self.heading("access-section-audit");
        for event in &export.audit_events {
            let l = self.localizer;
            let line = l.message(
                "access-audit-event",
                &[
                    ("date", readable_timestamp(&event.at).into()),
                    ("action", l.text(&format!("audit-action-{}", event.action)).into()),
                    ("entity", l.text(&format!("audit-entity-{}", event.entity)).into()),
                ],
            );
            self.line(&line);
        }
    }
}
