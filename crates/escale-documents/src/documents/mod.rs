//! The documents Escale prints, each built from the core's data as a short list of blocks.
//!
//! - `summary`: after an accompaniment, what was done and what comes next;
//! - `procedure_sheet`: one procedure, its steps, documents and dates;
//! - `consent_form`: what Escale keeps about the person and their rights, to sign;
//! - `monthly_report`: a month's figures and charts for the structure and its funders.
//!
//! Every word is a Fluent message (`documents-*` in `locales/<lang>/documents.ftl`, the
//! vocabulary's labels, the person view's sentences); the same message is asked of French and
//! of the person's language, each with its own dates and labels as arguments.

pub mod consent_form;
pub mod monthly_report;
pub mod procedure_sheet;
pub mod summary;

use chrono::NaiveDate;
use escale_core::i18n::{FluentValue, Localizer, REFERENCE_LANGUAGE};
use escale_core::organisation::Structure;
use escale_core::vocabulary::DOCUMENT_LANGUAGES;
use escale_core::{CoreResult, ValidationError};

use crate::model::{Bilingual, Block};
use crate::pictograms::Pictogram;

/// The Fluent arguments of one message in one language.
pub type Arguments<'a> = Vec<(&'static str, FluentValue<'a>)>;

/// Messages in French and, for a bilingual document, in the person's language.
pub struct Wording {
    pub french: Localizer,
    pub translated: Option<Localizer>,
}

impl Wording {
    /// French alone when `language` is French (or `None`).
    pub fn new(language: Option<&str>) -> Wording {
        Wording {
            french: Localizer::new(REFERENCE_LANGUAGE),
            translated: language.filter(|language| *language != REFERENCE_LANGUAGE).map(Localizer::new),
        }
    }

    /// The person's language, when the document is bilingual.
    pub fn language(&self) -> Option<String> {
        self.translated.as_ref().map(|localizer| localizer.language().to_string())
    }

    pub fn bilingual(&self) -> bool {
        self.translated.is_some()
    }

    /// A message in both languages, its arguments made for each language (dates and labels
    /// are written as each language writes them). A message the person's language does not
    /// have yet is written once, in French (never French laid out as the other language).
    pub fn message(&self, id: &str, arguments: impl for<'l> Fn(&'l Localizer) -> Arguments<'l>) -> Bilingual {
        Bilingual {
            french: self.french.message(id, &arguments(&self.french)),
            translated: self
                .translated
                .as_ref()
                .filter(|localizer| localizer.translates(id))
                .map(|localizer| localizer.message(id, &arguments(localizer))),
        }
    }

    /// A message without arguments, in both languages.
    pub fn text(&self, id: &str) -> Bilingual {
        self.message(id, |_| Vec::new())
    }

    /// A day in both languages (every language writes its days).
    pub fn date(&self, day: NaiveDate) -> Bilingual {
        Bilingual {
            french: self.french.date(day),
            translated: self.translated.as_ref().map(|localizer| localizer.date(day)),
        }
    }

    pub fn heading(&self, id: &str) -> Block {
        Block::Heading(self.text(id))
    }

    pub fn line(&self, id: &str) -> Block {
        Block::TwoLanguages(self.text(id))
    }

    /// The page footer: "Page 2 of 3" in both languages.
    pub fn footer(&self, page: usize, pages: usize) -> Bilingual {
        self.message("documents-page", |_| vec![("page", page.into()), ("pages", pages.into())])
    }
}

/// The language of the document beside French: the one asked for, else the person's document
/// language (French when Escale does not write theirs). `None` means French only.
pub fn document_language(person_language: Option<&str>, asked: Option<&str>) -> CoreResult<Option<String>> {
    let language = match asked {
        Some(asked) => {
            let asked = asked.trim().to_lowercase();
            if !DOCUMENT_LANGUAGES.contains(&asked.as_str()) {
                return Err(ValidationError::UnknownCode { field: "documentLanguage", code: asked }.into());
            }
            asked
        }
        None => escale_core::people::person_view::view_language(person_language.unwrap_or(REFERENCE_LANGUAGE)).to_string(),
    };
    Ok((language != REFERENCE_LANGUAGE).then_some(language))
}

/// A person's name as they write it ("Amina Benali", "Олена Коваль").
pub fn person_name(first: &str, last: &str) -> String {
    format!("{first} {last}").trim().to_string()
}

/// The structure's contact details, each beside its pictogram; nothing for what is not given.
pub fn structure_contact(structure: &Structure) -> Vec<Block> {
    let mut blocks = vec![Block::TwoLanguages(Bilingual::same(structure.name.clone()))];
    blocks.extend(contact_lines(&structure.address, &structure.commune, &structure.phone, &structure.email));
    blocks
}

/// Address, phone and e-mail lines with their pictograms.
pub fn contact_lines(
    address: &str,
    commune: &escale_core::commune::Commune,
    phone: &str,
    email: &str,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    let town = format!("{} {}", commune.postal_code, commune.name).trim().to_string();
    let full_address = [address.trim(), town.as_str()].iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join("\n");
    if !full_address.is_empty() {
        blocks.push(Block::Pictogram { pictogram: Pictogram::Address, text: Bilingual::same(full_address) });
    }
    if !phone.trim().is_empty() {
        blocks.push(Block::Pictogram { pictogram: Pictogram::Phone, text: Bilingual::same(phone.trim()) });
    }
    if !email.trim().is_empty() {
        blocks.push(Block::Pictogram { pictogram: Pictogram::Email, text: Bilingual::same(email.trim()) });
    }
    blocks
}

/// "2026-11-22", for file names (the same in every language, sorts by date).
pub fn file_day(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// "• text" in each language (the bullet is no word: it goes before the text, on the side its
/// direction starts from).
pub fn bullet(text: &Bilingual) -> Bilingual {
    Bilingual {
        french: format!("• {}", text.french),
        translated: text.translated.as_ref().map(|translated| format!("• {translated}")),
    }
}
