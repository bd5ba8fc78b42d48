//! The summary a person takes home after an accompaniment: who saw them, when and where, what
//! was done, where their procedures stand, what to do now, the documents to bring next time,
//! the next date, and whom to contact.
//!
//! The person's part (their procedures, documents, dates) is the screen turned toward them
//! (`person_view`, which records the view in the audit log): the same facts, printed. A workshop
//! with several tracked participants has no single person: its summary tells what was done and
//! whom to contact, in French or in the language asked for.

use escale_core::activity::Activity;
use escale_core::i18n::Localizer;
use escale_core::people::PersonView;
use escale_core::procedure::catalogue::document_fluent_id;
use escale_core::vocabulary::{ActivityKind, FollowUpReason};
use escale_core::{CoreResult, Store};

use super::{Wording, bullet, document_language, person_name};
use crate::model::{Bilingual, Block, Cell, ChecklistItem, Column, Document, Table};
use crate::pictograms::Pictogram;

/// The summary of accompaniment `activity_id`, in French and `language` (the person's document
/// language when `None`), as of `today`.
pub fn build(store: &mut Store, activity_id: &str, language: Option<&str>, today: chrono::NaiveDate) -> CoreResult<Document> {
    let activity = store.activity(activity_id)?;
    let tracked: Vec<_> = activity.participants.iter().filter(|participant| !participant.anonymous).collect();
    let person = match tracked.as_slice() {
        [only] => Some(store.beneficiary(&only.beneficiary_id)?),
        _ => None,
    };
    let language = document_language(person.as_ref().map(|person| person.document_language.as_str()), language)?;
    let wording = Wording::new(language.as_deref());
    // Reading the person's procedures and dates records a view of their file (audit log).
    let view = match &person {
        Some(person) => Some(store.person_view(&person.id, today)?),
        None => None,
    };
    let followed: Vec<_> = match &person {
        Some(person) => store
            .procedures(Some(&person.id))?
            .into_iter()
            .filter(|procedure| procedure.activities.iter().any(|linked| linked.activity_id == activity.id))
            .collect(),
        None => Vec::new(),
    };
    let structure = store.structure()?;
    let mediator = escale_core::session::mediator_name(store.data_dir());

    let mut blocks = Vec::new();
    if let Some(person) = person.as_ref().filter(|person| !person.anonymous) {
        let name = person_name(&person.first_name, &person.last_name);
        blocks.push(Block::TwoLanguages(wording.message("documents-for-person", |_| vec![("name", name.clone().into())])));
    }
    if let Some(structure) = &structure {
        let id = if mediator.is_empty() { "documents-summary-with-structure" } else { "documents-summary-with-mediator" };
        blocks.push(Block::TwoLanguages(wording.message(id, |_| {
            vec![("mediator", mediator.clone().into()), ("structure", structure.name.clone().into())]
        })));
    }
    blocks.push(Block::TwoLanguages(wording.message("documents-summary-when-where", |l| {
        vec![("date", l.date(activity.date).into()), ("place", place(&activity, l).into())]
    })));

    blocks.push(wording.heading("documents-summary-done"));
    if activity.kind == ActivityKind::Workshop && !activity.workshop_title.is_empty() {
        let title = activity.workshop_title.clone();
        blocks.push(Block::TwoLanguages(wording.message("documents-summary-workshop", |_| vec![("title", title.clone().into())])));
    }
    for theme in &activity.themes {
        blocks.push(Block::TwoLanguages(bullet(&wording.text(&theme.fluent_id()))));
    }
    if !activity.procedure_name.is_empty() {
        let typed = activity.procedure_name.clone();
        blocks.push(Block::TwoLanguages(
            wording.message("documents-summary-procedure-typed", |_| vec![("procedure", typed.clone().into())]),
        ));
    }
    for procedure in &followed {
        blocks.push(Block::TwoLanguages(wording.message("documents-summary-procedure-followed", |l| {
            vec![("procedure", procedure.kind_label(l).into())]
        })));
    }

    if let Some(view) = &view {
        blocks.extend(procedures(&wording, view));
    }

    blocks.push(wording.heading("documents-summary-next-steps"));
    if activity.next_steps.trim().is_empty() {
        blocks.push(wording.line("documents-summary-next-steps-none"));
    } else {
        blocks.push(wording.line("documents-summary-typed-by-mediator"));
        blocks.push(Block::Paragraph { text: activity.next_steps.clone(), language: None });
    }

    if let Some(view) = &view {
        blocks.extend(documents_to_bring(&wording, view));
        blocks.extend(dates(&wording, view));
    }

    blocks.extend(contacts(store, &wording, &activity, structure.as_ref())?);

    Ok(Document { title: wording.text("documents-summary-title"), translated_language: wording.language(), blocks })
}


/// Where it happened, as the language says it: the named place, the commune, or the channel.
fn place(activity: &Activity, localizer: &Localizer) -> String {
    if let Some(name) = activity.place_name.as_ref().filter(|name| !name.is_empty()) {
        return name.clone();
    }
    if !activity.commune.name.is_empty() {
        return activity.commune.name.clone();
    }
    localizer.text(&activity.place_type.fluent_id())
}

fn procedures(wording: &Wording, view: &PersonView) -> Vec<Block> {
    let mut blocks = vec![wording.heading("person-view-procedures")];
    if view.procedures.is_empty() {
        blocks.push(wording.line("person-view-procedures-none"));
        return blocks;
    }
    let columns = vec![
        Column { header: wording.text("documents-column-procedure"), share: 3.2 },
        Column { header: wording.text("documents-column-status"), share: 2.0 },
        Column { header: wording.text("documents-column-reference"), share: 1.6 },
        Column { header: wording.text("documents-column-deadline"), share: 1.6 },
    ];
    let rows = view
        .procedures
        .iter()
        .map(|procedure| {
            vec![
                Cell::Words(Bilingual {
                    french: procedure.kind_label(&wording.french),
                    translated: wording.translated.as_ref().map(|l| procedure.kind_label(l)),
                }),
                Cell::Words(wording.text(&procedure.status.fluent_id())),
                Cell::Code(Some(procedure.reference.clone())),
                match procedure.deadline {
                    Some(day) => Cell::Words(wording.date(day)),
                    None => Cell::Code(None),
                },
            ]
        })
        .collect();
    blocks.push(Block::Table(Table { columns, rows }));
    blocks
}

fn documents_to_bring(wording: &Wording, view: &PersonView) -> Vec<Block> {
    let mut blocks = vec![wording.heading("documents-summary-bring")];
    let mut missing: Vec<&str> = Vec::new();
    for procedure in &view.procedures {
        for document in &procedure.missing_documents {
            if !missing.contains(&document.as_str()) {
                missing.push(document);
            }
        }
    }
    if missing.is_empty() {
        blocks.push(wording.line("documents-summary-bring-none"));
        return blocks;
    }
    blocks.push(wording.line("documents-summary-bring-hint"));
    blocks.push(Block::Checklist(
        missing
            .iter()
            .map(|document| ChecklistItem {
                pictogram: Some(Pictogram::for_document(document)),
                label: wording.text(&document_fluent_id(document)),
                ticked: false,
            })
            .collect(),
    ));
    blocks
}

fn dates(wording: &Wording, view: &PersonView) -> Vec<Block> {
    let mut blocks = vec![wording.heading("documents-summary-next-date")];
    match view.dates.iter().find(|date| date.reason == FollowUpReason::CallBack) {
        Some(call_back) => blocks.push(Block::TwoLanguages(
            wording.message("documents-summary-call-back", |l| vec![("date", l.date(call_back.on).into())]),
        )),
        None => {
            blocks.push(wording.line("documents-summary-no-date"));
            blocks.push(wording.line("documents-summary-write-date"));
        }
    }
    let others: Vec<_> = view.dates.iter().filter(|date| date.reason != FollowUpReason::CallBack).collect();
    if !others.is_empty() {
        blocks.push(wording.heading("person-view-dates"));
        for date in others {
            let what_id = format!("person-view-date-{}", date.reason.code());
            blocks.push(Block::TwoLanguages(bullet(&wording.message("documents-date-line", |l| {
                let what = l.message(&what_id, &[("procedure", date.kind_label(l).into())]);
                vec![("date", l.date(date.on).into()), ("what", what.into())]
            }))));
        }
    }
    blocks
}

/// The structure's partners where the directory has them (those of the kind the person was
/// oriented to first, when there are), else the structure's own contact.
fn contacts(
    store: &Store,
    wording: &Wording,
    activity: &Activity,
    structure: Option<&escale_core::organisation::Structure>,
) -> CoreResult<Vec<Block>> {
    let mut partners = store.partners(None)?;
    if let Some(orientation) = activity.orientation {
        let oriented: Vec<_> = partners.iter().filter(|partner| partner.kind == orientation).cloned().collect();
        if !oriented.is_empty() {
            partners = oriented;
        }
    }
    let mut blocks = Vec::new();
    if partners.is_empty() {
        if let Some(structure) = structure {
            blocks.push(wording.heading("documents-contacts"));
            blocks.extend(super::structure_contact(structure));
        }
        return Ok(blocks);
    }
    blocks.push(wording.heading("documents-contacts"));
    for partner in &partners {
        blocks.push(Block::TwoLanguages(wording.message("documents-contact-partner", |l| {
            vec![("name", partner.name.clone().into()), ("kind", l.text(&partner.kind.fluent_id()).into())]
        })));
        blocks.extend(super::contact_lines(&partner.address, &partner.commune, &partner.phone, &partner.email));
        if !partner.opening_hours.trim().is_empty() {
            let hours = partner.opening_hours.trim().to_string();
            blocks.push(Block::TwoLanguages(wording.message("documents-contact-hours", |_| vec![("hours", hours.clone().into())])));
        }
        blocks.push(Block::Spacer(4.0));
    }
    Ok(blocks)
}
