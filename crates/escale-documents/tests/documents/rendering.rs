//! The renderer on a sample of every kind of block, in French alone and beside each script:
//! Arabic, Persian and Pashto (right to left, joined letters), Tigrinya (Ethiopic), Ukrainian
//! (Cyrillic). The sample's words are the person view's and the vocabulary's, which are
//! translated in every language, so each column really is in its script.

use chrono::{NaiveDate, TimeZone, Utc};
use escale_core::i18n::Localizer;
use escale_documents::documents::Wording;
use escale_documents::model::{Bilingual, Block, Cell, ChecklistItem, Column, Document, Table};
use escale_documents::pictograms::Pictogram;

use crate::pdf_tools::{self, folded};

/// French alone, then French beside each script Escale writes.
pub const PAIRS: [Option<&str>; 6] = [None, Some("ar"), Some("fa"), Some("ps"), Some("ti"), Some("uk")];

pub fn pair_name(language: Option<&str>) -> String {
    match language {
        None => "fr".into(),
        Some(language) => format!("fr-{language}"),
    }
}

fn deadline() -> NaiveDate {
    NaiveDate::from_ymd_opt(2031, 3, 12).expect("a valid day")
}

/// One page with every kind of block.
pub fn sample(language: Option<&str>) -> Document {
    let wording = Wording::new(language);
    let kind = |id: &str| wording.text(&format!("procedure-kind-{id}"));
    let table = Table {
        columns: vec![
            Column { header: wording.text("person-view-procedures"), share: 3.0 },
            Column { header: wording.text("follow-up-reason-deadline"), share: 1.6 },
            Column { header: Bilingual::same("N°"), share: 1.4 },
        ],
        rows: vec![
            vec![Cell::Words(kind("caf_rsa")), Cell::Words(wording.date(deadline())), Cell::Code(Some("2024-123-B".into()))],
            vec![Cell::Words(kind("ameli_complementaire_sante_solidaire")), Cell::Code(None), Cell::Code(None)],
        ],
    };
    let checklist = ["piece_identite", "justificatif_domicile", "rib", "telephone_portable"]
        .iter()
        .map(|document| ChecklistItem {
            pictogram: Some(Pictogram::for_document(document)),
            label: wording.text(&format!("procedure-document-{document}")),
            ticked: *document == "rib",
        })
        .collect();
    Document {
        title: wording.text("person-view-title"),
        translated_language: wording.language(),
        blocks: vec![
            Block::TwoLanguages(wording.message("person-view-reference", |_| vec![("reference", "2024-123-B".into())])),
            Block::TwoLanguages(wording.message("person-view-deadline", |l: &Localizer| vec![("date", l.date(deadline()).into())])),
            Block::Heading(wording.text("person-view-procedures")),
            Block::Table(table),
            Block::Heading(wording.text("person-view-next-steps")),
            Block::Checklist(checklist),
            Block::Pictogram { pictogram: Pictogram::Phone, text: Bilingual::same("06 12 34 56 78") },
            Block::Paragraph { text: "Appeler la CAF au 32 30 avant le 12/03/2031.".into(), language: None },
            Block::TwoLanguages(wording.text("person-view-documents-complete")),
            Block::SignatureBoxes(vec![Bilingual::same("Signature")]),
        ],
    }
}

pub fn render_sample(language: Option<&str>) -> (Vec<u8>, usize) {
    let created = Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).single().expect("a valid time");
    let rendered = escale_documents::render(&sample(language), created).expect("the sample renders");
    pdf_tools::keep(&format!("sample-{}", pair_name(language)), &rendered.0);
    rendered
}

/// What the translated column must give back, in logical order, for each language.
fn translated_sentences(language: &str) -> Vec<String> {
    let l = Localizer::new(language);
    vec![
        l.text("person-view-title"),
        l.message("person-view-reference", &[("reference", "2024-123-B".into())]),
        l.text("person-view-documents-complete"),
        l.text("procedure-document-piece_identite"),
        l.date(deadline()),
    ]
}

#[test]
fn every_language_pair_gives_its_text_back_in_logical_order() {
    for language in PAIRS {
        let (bytes, pages) = render_sample(language);
        assert_eq!(pages, 1, "{}: the sample fits on one page", pair_name(language));
        let text = folded(&pdf_tools::text(&bytes, None));
        for french in ["Vos prochaines étapes", "Numéro de dossier : 2024-123-B", "Tous les documents sont là.", "Pièce d’identité", "06 12 34 56 78", "Appeler la CAF au 32 30 avant le 12/03/2031."] {
            assert!(text.contains(french), "{}: the French \"{french}\" is extracted whole, in order:\n{text}", pair_name(language));
        }
        if let Some(language) = language {
            let right_to_left = escale_core::i18n::is_right_to_left(language);
            for sentence in translated_sentences(language) {
                pdf_tools::assert_extracted(&text, &sentence, right_to_left, &format!("fr-{language}"));
            }
            if right_to_left {
                assert!(text.contains("2024-123-B") && !text.contains("123-2024"), "fr-{language}: the file number keeps its order");
            }
        } else {
            assert!(!text.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)), "French alone: no other script");
        }
    }
}

#[test]
fn every_font_is_embedded_as_a_subset_with_its_unicode_map() {
    for language in PAIRS {
        let (bytes, _) = render_sample(language);
        let fonts = pdf_tools::fonts(&bytes);
        assert!(!fonts.is_empty(), "{}: fonts are listed", pair_name(language));
        for font in &fonts {
            assert!(
                font.embedded && font.subset && font.unicode,
                "{}: {} is embedded, subset (tagged ABCDEF+) and maps back to Unicode: {font:?}",
                pair_name(language),
                font.name
            );
        }
        let expected = match language {
            Some("ar" | "fa" | "ps") => Some("NotoSansArabic"),
            Some("ti") => Some("NotoSansEthiopic"),
            _ => None,
        };
        if let Some(family) = expected {
            assert!(fonts.iter().any(|font| font.name.contains(family)), "{}: {family} writes the translated column: {fonts:?}", pair_name(language));
        }
        // Whole Noto fonts weigh 250–515 KB each: subsets keep a page far below that.
        assert!(bytes.len() < 120_000, "{}: the one-page PDF weighs {} bytes, fonts subset", pair_name(language), bytes.len());
    }
}

#[test]
fn qpdf_finds_every_file_sound_and_metadata_is_set() {
    for language in PAIRS {
        let (bytes, _) = render_sample(language);
        if let Err(said) = pdf_tools::check(&bytes) {
            panic!("{}: qpdf --check finds the file sound:\n{said}", pair_name(language));
        }
        let info = pdf_tools::info(&bytes);
        assert!(info.contains("Title:") && info.contains("Vos prochaines étapes"), "{}: the title is in the metadata:\n{info}", pair_name(language));
        assert!(info.contains("CreationDate:") && info.contains("2026"), "{}: the creation date is set:\n{info}", pair_name(language));
        assert_eq!(
            pdf_tools::catalog_language(&bytes).as_deref(),
            Some("fr"),
            "{}: the document's language is declared (French, the frame of every document)",
            pair_name(language)
        );
    }
}

#[test]
fn pages_look_as_reviewed() {
    for language in PAIRS {
        let (bytes, _) = render_sample(language);
        let page = pdf_tools::render_page(&bytes, 1, 60);
        pdf_tools::compare_with_reference(&format!("sample-{}", pair_name(language)), &page);
    }
}
