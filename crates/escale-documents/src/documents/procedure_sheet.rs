//! The sheet of one procedure: who handles it, where it stands and since when, its file
//! number, the dates to remember (deadline, renewal or declaration, call-back), the documents
//! brought and missing, and every step of its history.

use escale_core::procedure::catalogue::{document_fluent_id, organisation_fluent_id};
use escale_core::vocabulary::{ProcedureEvent, RecurrenceKind};
use escale_core::{CoreResult, Store};

use super::{Wording, document_language, person_name};
use crate::model::{Bilingual, Block, Cell, ChecklistItem, Column, Document, Table};
use crate::pictograms::Pictogram;

/// The sheet of procedure `procedure_id`, in French and `language` (the person's document
/// language when `None`). Recorded in the audit log as a view of the person's file.
pub fn build(store: &mut Store, procedure_id: &str, language: Option<&str>) -> CoreResult<Document> {
    let procedure = store.procedure(procedure_id)?;
    let person = store.beneficiary(&procedure.beneficiary_id)?;
    let language = document_language(Some(&person.document_language), language)?;
    let wording = Wording::new(language.as_deref());
    store.record_file_view(&person.id)?;
    let entry = store.catalogue_entry(&procedure.kind).ok();
    let structure = store.structure()?;

    let mut blocks = Vec::new();
    blocks.push(Block::Heading(Bilingual {
        french: procedure.kind_label(&wording.french),
        translated: wording.translated.as_ref().map(|l| procedure.kind_label(l)),
    }));
    if !person.anonymous {
        let name = person_name(&person.first_name, &person.last_name);
        blocks.push(Block::TwoLanguages(wording.message("documents-for-person", |_| vec![("name", name.clone().into())])));
    }
    if let Some(organisation) = entry.as_ref().and_then(|entry| entry.organisation.as_deref()) {
        let organisation = organisation_fluent_id(organisation);
        blocks.push(Block::TwoLanguages(wording.message("documents-procedure-organisation", |l| {
            vec![("organisation", l.text(&organisation).into())]
        })));
    }
    blocks.push(Block::TwoLanguages(
        wording.message("person-view-status", |l| vec![("status", l.text(&procedure.status.fluent_id()).into())]),
    ));
    if let Some(since) = procedure.in_status_since() {
        blocks.push(Block::TwoLanguages(wording.message("documents-procedure-since", |l| vec![("date", l.date(since).into())])));
    }
    if procedure.reference.is_empty() {
        blocks.push(wording.line("documents-procedure-no-reference"));
    } else {
        let reference = procedure.reference.clone();
        blocks.push(Block::TwoLanguages(
            wording.message("person-view-reference", |_| vec![("reference", reference.clone().into())]),
        ));
    }

    blocks.push(wording.heading("documents-procedure-dates"));
    let mut any_date = false;
    if let Some(deadline) = procedure.deadline.filter(|_| !procedure.status.is_closed()) {
        blocks.push(Block::TwoLanguages(wording.message("person-view-deadline", |l| vec![("date", l.date(deadline).into())])));
        any_date = true;
    }
    if let Some(renewal) = procedure.renewal_on {
        let declaration =
            entry.as_ref().and_then(|entry| entry.recurrence).is_some_and(|recurrence| recurrence.kind == RecurrenceKind::Declaration);
        let id = if declaration { "documents-procedure-declaration" } else { "documents-procedure-renewal" };
        blocks.push(Block::TwoLanguages(wording.message(id, |l| vec![("date", l.date(renewal).into())])));
        any_date = true;
    }
    if let Some(call_back) = procedure.call_back_on {
        blocks.push(Block::TwoLanguages(
            wording.message("documents-procedure-call-back", |l| vec![("date", l.date(call_back).into())]),
        ));
        any_date = true;
    }
    if !any_date {
        blocks.push(wording.line("documents-procedure-no-dates"));
    }

    blocks.push(wording.heading("documents-procedure-documents"));
    if procedure.checklist.is_empty() {
        blocks.push(wording.line("documents-procedure-no-documents"));
    } else {
        let missing = procedure.missing_documents().count();
        blocks.push(Block::TwoLanguages(wording.message("documents-procedure-documents-count", |_| vec![("missing", missing.into())])));
        let items = procedure
            .checklist
            .iter()
            .map(|document| {
                let label_id = document_fluent_id(&document.document);
                let label = match document.brought_on {
                    Some(day) => wording.message("documents-procedure-brought", |l| {
                        vec![("document", l.text(&label_id).into()), ("date", l.date(day).into())]
                    }),
                    None => wording.text(&label_id),
                };
                ChecklistItem { pictogram: Some(Pictogram::for_document(&document.document)), label, ticked: document.brought_on.is_some() }
            })
            .collect();
        blocks.push(Block::Checklist(items));
    }

    blocks.push(wording.heading("documents-procedure-history"));
    let columns = vec![
        Column { header: wording.text("documents-column-date"), share: 1.5 },
        Column { header: wording.text("documents-column-step"), share: 2.2 },
        Column { header: wording.text("documents-column-note"), share: 3.0 },
    ];
    let rows = procedure
        .history
        .iter()
        .map(|step| {
            let label = match step.event {
                ProcedureEvent::StatusChange => wording.text(&step.status.fluent_id()),
                ProcedureEvent::Reopening => wording.message("documents-step-reopened", |l| {
                    vec![("status", l.text(&step.status.fluent_id()).into())]
                }),
                ProcedureEvent::RecurrenceDone => wording.text(&step.event.fluent_id()),
            };
            let note = if step.note.trim().is_empty() { Cell::Code(None) } else { Cell::Typed(step.note.clone()) };
            vec![Cell::Words(wording.date(step.on)), Cell::Words(label), note]
        })
        .collect();
    blocks.push(Block::Table(Table { columns, rows }));

    if let Some(structure) = &structure {
        blocks.push(wording.heading("documents-contacts"));
        blocks.extend(super::structure_contact(structure));
    }

    Ok(Document { title: wording.text("documents-procedure-title"), translated_language: wording.language(), blocks })
}
