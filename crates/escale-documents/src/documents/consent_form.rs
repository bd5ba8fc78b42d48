//! The form a person reads (or is read) and signs: what Escale keeps about them, why, for how
//! long (the structure's retention setting), their rights and how to use them, with the
//! purposes to tick and boxes to sign. Both languages, like every document.

use escale_core::vocabulary::ConsentPurpose;
use escale_core::{CoreResult, Store};

use super::{Wording, bullet, document_language, person_name};
use crate::model::{Block, ChecklistItem, Document};

/// The consent form of person `person_id`, in French and `language` (their document language
/// when `None`). Recorded in the audit log as a view of their file.
pub fn build(store: &mut Store, person_id: &str, language: Option<&str>) -> CoreResult<Document> {
    let person = store.beneficiary(person_id)?;
    let language = document_language(Some(&person.document_language), language)?;
    let wording = Wording::new(language.as_deref());
    store.record_file_view(&person.id)?;
    let structure = store.structure()?;
    let months = store.retention_months()?;
    // Without a structure set (or named), the sentences that name it take their "none" variant.
    let structure_name = structure
        .as_ref()
        .map(|structure| structure.name.trim().to_string())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "none".to_string());

    let mut blocks = Vec::new();
    if !person.anonymous {
        let name = person_name(&person.first_name, &person.last_name);
        blocks.push(Block::TwoLanguages(wording.message("documents-for-person", |_| vec![("name", name.clone().into())])));
    }
    blocks.push(Block::TwoLanguages(
        wording.message("documents-consent-intro", |_| vec![("structure", structure_name.clone().into())]),
    ));

    blocks.push(wording.heading("documents-consent-what"));
    for id in ["documents-consent-what-identity", "documents-consent-what-visits", "documents-consent-what-procedures"] {
        blocks.push(Block::TwoLanguages(bullet(&wording.text(id))));
    }

    blocks.push(wording.heading("documents-consent-why"));
    blocks.push(wording.line("documents-consent-tick"));
    blocks.push(Block::Checklist(
        ConsentPurpose::ALL
            .iter()
            .map(|purpose| ChecklistItem { pictogram: None, label: wording.text(&purpose.fluent_id()), ticked: false })
            .collect(),
    ));
    blocks.push(wording.line("documents-consent-statistics"));

    blocks.push(wording.heading("documents-consent-how-long"));
    blocks.push(Block::TwoLanguages(wording.message("documents-consent-retention", |_| vec![("months", months.into())])));

    blocks.push(wording.heading("documents-consent-rights"));
    for id in [
        "documents-consent-right-access",
        "documents-consent-right-correct",
        "documents-consent-right-erase",
        "documents-consent-right-withdraw",
    ] {
        blocks.push(Block::TwoLanguages(bullet(&wording.text(id))));
    }
    blocks.push(Block::TwoLanguages(wording.message("documents-consent-how", |_| vec![("structure", structure_name.clone().into())])));
    if let Some(structure) = &structure {
        blocks.extend(super::contact_lines(&structure.address, &structure.commune, &structure.phone, &structure.email));
    }
    blocks.push(wording.line("documents-consent-complaint"));

    blocks.push(wording.heading("documents-consent-sign"));
    blocks.push(wording.line("documents-consent-sign-text"));
    blocks.push(Block::SignatureBoxes(vec![wording.text("documents-signature-person"), wording.text("documents-signature-mediator")]));

    Ok(Document { title: wording.text("documents-consent-title"), translated_language: wording.language(), blocks })
}
