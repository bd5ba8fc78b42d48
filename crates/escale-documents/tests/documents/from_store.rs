//! The three documents printed from a real store: what each says, in which languages, and how a
//! long summary breaks its pages.

use escale_core::i18n::Localizer;
use escale_core::procedure::StatusChangeInput;
use escale_core::vocabulary::{ConsentPurpose, ProcedureStatus, Theme};
use escale_documents::layout::{self, BODY_BOTTOM, FOOTER_TOP, Item, MARGIN_TOP};
use escale_documents::model::Block;
use escale_documents::{consent_form, procedure_sheet, session_summary};

use crate::pdf_tools::{self, folded};
use crate::support::{self, TestStore, coming};

fn text_of(bytes: &[u8]) -> String {
    pdf_tools::keep("last-read", bytes);
    pdf_tools::columns_text(bytes)
}

#[track_caller]
fn assert_sound(bytes: &[u8], what: &str) {
    pdf_tools::keep(&what.replace(' ', "-"), bytes);
    if let Err(said) = pdf_tools::check(bytes) {
        panic!("{what}: qpdf --check finds the file sound:\n{said}");
    }
    for font in pdf_tools::fonts(bytes) {
        assert!(font.embedded && font.subset, "{what}: every font is embedded as a subset: {font:?}");
    }
}

#[test]
fn a_summary_is_in_french_alone_when_the_person_reads_french() {
    let mut test = TestStore::new();
    let fixture = support::summary_fixture(&mut test.store, "fr");
    let printed = session_summary(&mut test.store, &fixture.activity, None).expect("the summary prints");
    assert_eq!(printed.languages, ["fr"], "a person who reads French gets French only");
    let text = text_of(&printed.bytes);
    for expected in [
        "Résumé de votre rendez-vous",
        "Pour : Amina Benali",
        "Avec Karim Haddad, France Services Saint-Denis",
        "Aide aux démarches administratives",
        "Démarche : Demande de RSA",
        "Vos démarches en cours",
        "2024-123-B",
        "En attente de pièces",
        "12 mars 2031",
        "Apporter le RIB et le dernier avis d’impôt.",
        "Documents à apporter la prochaine fois",
        "Relevé d’identité bancaire (RIB)",
        "Votre médiateur vous appelle le 20 février 2031.",
        "CAF de Seine-Saint-Denis",
        "32 30",
        "Page 1 sur",
    ] {
        assert!(text.contains(expected), "the French summary says \"{expected}\":\n{text}");
    }
    assert!(!text.contains("Pièce d’identité"), "a document already brought is not asked for again:\n{text}");
    assert_sound(&printed.bytes, "French summary");

    let name = printed.file_name(&Localizer::new("fr"));
    assert!(name.starts_with("resume-rendez-vous-") && name.ends_with(".pdf"), "the file is named by kind and day: {name}");
    assert!(!name.contains("Amina") && !name.contains("Benali"), "no personal data in the file name: {name}");

    let events = test.store.audit_events_of(&fixture.person).expect("the audit log reads");
    assert!(events.iter().any(|event| event.action == "view"), "printing the summary is recorded as a view of the file");
}

#[test]
fn a_summary_beside_each_script_gives_both_languages_back() {
    for language in ["ar", "fa", "ps", "ti", "uk"] {
        let mut test = TestStore::new();
        let fixture = support::summary_fixture(&mut test.store, language);
        let printed = session_summary(&mut test.store, &fixture.activity, None).expect("the summary prints");
        assert_eq!(printed.languages, ["fr", language], "{language}: French beside the person's document language");
        let text = text_of(&printed.bytes);
        let l = Localizer::new(language);
        let right_to_left = escale_core::i18n::is_right_to_left(language);
        for expected in [
            l.text(&Theme::AdministrativeProcedureHelp.fluent_id()),
            l.text(&ProcedureStatus::WaitingForDocuments.fluent_id()),
            l.text("procedure-document-rib"),
            l.text("person-view-procedures"),
            l.date(coming(3, 12)),
        ] {
            pdf_tools::assert_extracted(&text, &expected, right_to_left, language);
        }
        for french in ["Aide aux démarches administratives", "Relevé d’identité bancaire (RIB)", "2024-123-B"] {
            assert!(text.contains(french), "{language}: the French column is there too (\"{french}\")");
        }
        assert_sound(&printed.bytes, language);
    }
}

#[test]
fn the_language_asked_for_replaces_the_persons_and_an_unknown_one_is_refused() {
    let mut test = TestStore::new();
    let fixture = support::summary_fixture(&mut test.store, "ar");
    let printed = session_summary(&mut test.store, &fixture.activity, Some("uk")).expect("prints in Ukrainian");
    assert_eq!(printed.languages, ["fr", "uk"], "the language asked for replaces the person's");
    let text = text_of(&printed.bytes);
    assert!(text.contains(&Localizer::new("uk").text("procedure-document-rib")), "the Ukrainian column is there");
    assert!(!text.contains(&Localizer::new("ar").text("procedure-document-rib")), "and no Arabic");

    let french = session_summary(&mut test.store, &fixture.activity, Some("fr")).expect("prints in French");
    assert_eq!(french.languages, ["fr"], "asking for French gives French only");

    let refused = session_summary(&mut test.store, &fixture.activity, Some("xx")).expect_err("no such language");
    assert_eq!(refused.code(), "unknown-code", "an unknown language is refused by its code: {refused:?}");
}

#[test]
fn unknown_ids_are_not_found() {
    let mut test = TestStore::new();
    let missing = "0190aaaa-0000-7000-8000-000000000000";
    for (what, result) in [
        ("summary", session_summary(&mut test.store, missing, None)),
        ("procedure", procedure_sheet(&mut test.store, missing, None)),
        ("consent", consent_form(&mut test.store, missing, None)),
    ] {
        let error = result.expect_err("nothing to print");
        assert_eq!(error.code(), "not-found", "{what}: an unknown id is not found: {error:?}");
    }
}

/// Ten procedures missing twenty documents between them, and long next steps in Arabic.
const KINDS: [&str; 10] = [
    "caf_rsa",
    "ameli_affiliation",
    "ants_carte_nationale_identite",
    "retraite_aspa",
    "mdph_dossier",
    "caf_prime_activite",
    "ameli_carte_vitale",
    "france_connect",
    "caf_naissance_paje",
    "education_bourse_college",
];

fn arabic_notes() -> String {
    let sentence = "يجب إحضار كشف الحساب البنكي وإثبات السكن قبل الموعد القادم، والاتصال بصندوق الإعانات العائلية على الرقم 32 30 \
                    لتأكيد الملف رقم 2024-123-B.";
    (0..14).map(|index| format!("{} {sentence}", index + 1)).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_long_summary_breaks_pages_between_lines_and_repeats_the_table_header() {
    let mut test = TestStore::new();
    let store = &mut test.store;
    support::set_structure(store);
    support::add_partner(store);
    let person = support::add_person(store, "Fatima", "Zahra", "ar");
    let references: Vec<String> = (0..KINDS.len()).map(|index| format!("REF-2031-{index:03}")).collect();
    for (index, kind) in KINDS.iter().enumerate() {
        support::add_procedure(store, &person, kind, &references[index], coming(1 + index as u32, 10));
    }
    let activity = support::add_accompaniment(store, &person, &arabic_notes());

    let document = escale_documents::documents::summary::build(store, &activity, None, escale_core::clock::today())
        .expect("the summary is built");
    let checklist = document
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Checklist(items) => Some(items.len()),
            _ => None,
        })
        .expect("a checklist of documents to bring");
    assert_eq!(checklist, 20, "the twenty documents missing across the ten procedures, each once");

    let pages = layout::lay_out(&document, &|page, count| escale_documents::model::Bilingual::same(format!("{page}/{count}")));
    assert!(pages.len() >= 3, "ten procedures, twenty documents and long notes take several pages: {}", pages.len());
    for (number, page) in pages.iter().enumerate() {
        for item in &page.items {
            let Item::Text { baseline, line, .. } = item else { continue };
            let (top, bottom) = (baseline - line.ascent, baseline + line.descent);
            let in_body = top >= MARGIN_TOP - 1.0 && bottom <= BODY_BOTTOM + 0.5;
            let in_footer = top >= FOOTER_TOP - 1.0 && bottom <= layout::PAGE_HEIGHT;
            assert!(
                in_body || in_footer,
                "page {}: a line from {top:.1} to {bottom:.1} pt is cut by the end of the page body ({BODY_BOTTOM:.1} pt)",
                number + 1
            );
        }
    }

    let printed = session_summary(store, &activity, None).expect("the long summary prints");
    assert_eq!(printed.pages, pages.len(), "the PDF has the pages the layout made");
    let mut table_pages = Vec::new();
    for page in 1..=printed.pages {
        let text = folded(&pdf_tools::text(&printed.bytes, Some((page, page))));
        if references.iter().any(|reference| text.contains(reference.as_str())) {
            table_pages.push(page);
            assert!(
                text.contains("Numéro de dossier") && text.contains("Où en est-elle"),
                "page {page} shows rows of the table, so it starts with the table's header row:\n{text}"
            );
        }
        assert!(text.contains(&format!("Page {page} sur {}", printed.pages)), "page {page} is numbered \"page {page} of N\":\n{text}");
    }
    assert!(table_pages.len() >= 2, "the table of ten procedures runs over two pages here: {table_pages:?}");
    let whole = folded(&pdf_tools::text(&printed.bytes, None));
    for reference in &references {
        assert_eq!(whole.matches(reference.as_str()).count(), 1, "{reference}: each procedure's row is printed once, none lost");
    }
    for word in ["كشف", "الحساب", "البنكي", "بصندوق", "الإعانات", "العائلية"] {
        assert!(whole.contains(word), "the Arabic notes come back whole (\"{word}\") from joined letters");
    }
    assert!(whole.contains("2024-123-B"), "a reference inside Arabic notes keeps its order");
    assert_sound(&printed.bytes, "long summary");
}

#[test]
fn a_procedure_sheet_tells_its_steps_documents_and_dates() {
    let mut test = TestStore::new();
    let store = &mut test.store;
    support::set_structure(store);
    let person = support::add_person(store, "Moussa", "Traoré", "fr");
    let id = support::add_procedure(store, &person, "caf_rsa", "2024-123-B", coming(3, 12));
    store.set_procedure_status(&id, &StatusChangeInput::to(ProcedureStatus::Submitted).with_note("Dépôt en ligne"))
        .expect("submitted");
    store.set_procedure_status(&id, &StatusChangeInput::to(ProcedureStatus::Accepted)).expect("accepted");
    let printed = procedure_sheet(store, &id, None).expect("the sheet prints");
    let text = text_of(&printed.bytes);
    for expected in [
        "Suivi de votre démarche",
        "Pour : Moussa Traoré",
        "Organisme :",
        "Numéro de dossier : 2024-123-B",
        "Prochaine déclaration le",
        "Les documents",
        "Il manque encore 6 documents.",
        "(apporté le",
        "Les étapes",
        "À faire",
        "En attente de pièces",
        "Déposée",
        "Dépôt en ligne",
        "Acceptée",
    ] {
        assert!(text.contains(expected), "the procedure sheet says \"{expected}\":\n{text}");
    }
    assert!(!text.contains("À faire avant le"), "a closed procedure shows no deadline to meet:\n{text}");
    assert_sound(&printed.bytes, "procedure sheet");
}

#[test]
fn a_consent_form_says_what_why_how_long_and_has_places_to_sign() {
    let mut test = TestStore::new();
    let store = &mut test.store;
    support::set_structure(store);
    store.set_retention_months(36).expect("a retention of three years");
    let person = support::add_person(store, "Олена", "Коваль", "uk");
    let printed = consent_form(store, &person, None).expect("the consent form prints");
    assert_eq!(printed.languages, ["fr", "uk"], "both languages");
    let text = text_of(&printed.bytes);
    let uk = Localizer::new("uk");
    for expected in [
        "Vos informations et votre accord".to_string(),
        "Pour : Олена Коваль".into(),
        "36 mois après votre dernier rendez-vous".into(),
        "Garder un dossier pour suivre les accompagnements".into(),
        "Vous pouvez demander d’effacer vos informations.".into(),
        "www.cnil.fr".into(),
        "01 49 33 12 34".into(),
        "Date et signature de la personne".into(),
        folded(&uk.text(&ConsentPurpose::FileFollowUp.fluent_id())),
    ] {
        assert!(text.contains(&expected), "the consent form says \"{expected}\":\n{text}");
    }
    assert_sound(&printed.bytes, "consent form");
}

#[test]
fn a_consent_form_printed_before_the_structure_is_set_has_no_hole_where_its_name_goes() {
    let mut test = TestStore::new();
    let store = &mut test.store;
    let person = support::add_person(store, "Jeanne", "Lambertin", "fr");
    let printed = consent_form(store, &person, None).expect("the consent form prints without a structure");
    let text = text_of(&printed.bytes);
    // The sentences that name the structure take their "none" wording: no sentence starts with
    // a blank, none ends with "contactez .".
    assert!(text.contains("Nous vous aidons dans vos démarches."), "the form speaks for the mediators:\n{text}");
    assert!(text.contains("Pour cela, parlez-en à votre médiateur."), "the way to use one's rights:\n{text}");
    assert!(!text.contains("contactez ."), "no empty name at the end of a sentence:\n{text}");
    assert!(!text.contains("none"), "the selector's key never shows:\n{text}");
    assert_sound(&printed.bytes, "consent form without a structure");
}
