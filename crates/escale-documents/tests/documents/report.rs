//! The monthly activity report: printed from a store, read back as text, and its charts drawn
//! in proportion to their figures.

use chrono::{Datelike, Months, NaiveDate, TimeZone, Utc};
use escale_core::activity::ActivityInput;
use escale_core::i18n::Localizer;
use escale_core::procedure::ProcedureInput;
use escale_core::vocabulary::{PlaceType, Theme};
use escale_documents::layout::{self, Item};
use escale_documents::model::{Bar, Bilingual, Block, Document};
use escale_documents::monthly_report;

use crate::pdf_tools::{self, folded};
use crate::support::{self, TestStore};

/// The month two months before this one: whole, and in the past whatever the clock says.
fn past_month() -> NaiveDate {
    escale_core::clock::today().with_day(1).expect("a first day") - Months::new(2)
}

/// Three accompaniments in `month` (two people, one of them twice; one linked to a followed
/// RSA procedure) and one the month before.
fn record_month(store: &mut escale_core::Store, month: NaiveDate) {
    let amina = support::add_person(store, "Amina", "Benali", "fr");
    let karim = support::add_person(store, "Karim", "Haddad", "fr");
    let mut record = |person: &str, day: u64, themes: Vec<Theme>, procedure: &str| {
        let input = ActivityInput {
            date: month + chrono::Days::new(day),
            place_type: PlaceType::Remote,
            themes,
            procedure_name: procedure.into(),
            ..ActivityInput::individual(person)
        };
        store.record_activity(&input).expect("a valid accompaniment").id
    };
    record(&amina, 1, vec![Theme::Email], "");
    record(&amina, 8, vec![Theme::AdministrativeProcedureHelp, Theme::Housing], "Demande d’APL");
    let linked = record(&karim, 12, vec![Theme::AdministrativeProcedureHelp, Theme::SocialHealth], "");
    let before = month - chrono::Days::new(3);
    let input = ActivityInput { date: before, themes: vec![Theme::Email], place_type: PlaceType::Remote, ..ActivityInput::individual(&karim) };
    store.record_activity(&input).expect("an accompaniment of the month before");
    let rsa = store.create_procedure(&ProcedureInput::new(&karim, "caf_rsa")).expect("a followed procedure");
    store.link_procedure_activity(&rsa.id, &linked).expect("Karim's accompaniment worked on his RSA");
}

#[test]
fn a_monthly_report_gives_the_month_s_figures_charts_procedures_and_the_structure_s_words() {
    let mut test = TestStore::new();
    support::set_structure(&mut test.store);
    let month = past_month();
    record_month(&mut test.store, month);
    test.store.save_report_note(month, "Le bus s’arrête désormais à Lavans-lès-Saint-Claude.").expect("the structure's text");

    let printed = monthly_report(&test.store, month + chrono::Days::new(20), None).expect("the report prints");
    pdf_tools::keep("monthly-report", &printed.bytes);
    assert_eq!(printed.languages, ["fr"], "the report is for French funders: French alone");
    let text = pdf_tools::columns_text(&printed.bytes);
    let french = Localizer::new("fr");
    let expected = [
        format!("Rapport d’activité — {}", french.month(month)),
        "France Services Saint-Denis".into(),
        "tous lieux d’activité".into(),
        "Chiffres clés".into(),
        "Accompagnements".into(),
        "Nouvelles personnes".into(),
        "Le mot de la structure".into(),
        "Le bus s’arrête désormais à Lavans-lès-Saint-Claude.".into(),
        "Les 12 derniers mois".into(),
        french.short_month(month),
        // Two of the month's three activities were about administrative procedures.
        "Aide aux démarches administratives 2 (67 %)".into(),
        "E-mail 1 (33 %)".into(),
        "Démarches les plus accompagnées".into(),
        format!("{} 1 (33 %)", french.text("procedure-kind-caf_rsa")),
        "Demande d’APL 1 (33 %)".into(),
        "Commune de résidence".into(),
        "Page 1 sur".into(),
    ];
    for sentence in expected {
        assert!(text.contains(&folded(&sentence)), "the report says \"{sentence}\":\n{text}");
    }
    // The tiles hold each figure above its label (pdftotext reads them row by row): read them
    // from the document the PDF was made from.
    let report = test.store.monthly_report(month, None).expect("the month's report");
    let document = escale_documents::documents::monthly_report::document(&report, escale_core::clock::today());
    let figures: Vec<(String, String)> = document
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::KeyFigures(figures) => Some(figures.iter().map(|figure| (figure.label.french.clone(), figure.value.clone())).collect()),
            _ => None,
        })
        .expect("the report has key figures");
    let figure = |label: &str| figures.iter().find(|(shown, _)| shown == label).map(|(_, value)| value.as_str());
    assert_eq!(figure("Accompagnements"), Some("3"), "the month's three accompaniments, not the one before: {figures:?}");
    assert_eq!(figure("Personnes accompagnées"), Some("2"), "of two people: {figures:?}");
    assert_eq!(figure("Nouvelles personnes"), Some("1"), "Karim was accompanied the month before: only Amina is new: {figures:?}");
    if let Err(said) = pdf_tools::check(&printed.bytes) {
        panic!("qpdf --check finds the report sound:\n{said}");
    }
    for font in pdf_tools::fonts(&printed.bytes) {
        assert!(font.embedded && font.subset, "every font of the report is embedded as a subset: {font:?}");
    }
    assert_eq!(
        printed.file_name(&french),
        format!("rapport-activite-{}.pdf", month.format("%Y-%m")),
        "the file is named by the month it reports on"
    );
}

/// The report of a fixed month, printed on a fixed day: the page looks as reviewed.
#[test]
fn the_first_page_of_a_monthly_report_looks_as_reviewed() {
    let mut test = TestStore::new();
    support::set_structure(&mut test.store);
    let month = NaiveDate::from_ymd_opt(2025, 3, 1).expect("a month");
    record_month(&mut test.store, month);
    test.store.save_report_note(month, "Deux permanences de plus à la mairie de Lavans.").expect("the structure's text");
    let report = test.store.monthly_report(month, None).expect("the month's report");
    let printed_on = NaiveDate::from_ymd_opt(2025, 4, 2).expect("a day");
    let document = escale_documents::documents::monthly_report::document(&report, printed_on);
    let created = Utc.with_ymd_and_hms(2025, 4, 2, 9, 0, 0).single().expect("a valid time");
    let (bytes, _) = escale_documents::render(&document, created).expect("the report renders");
    pdf_tools::keep("monthly-report-2025-03", &bytes);
    let page = pdf_tools::render_page(&bytes, 1, 60);
    pdf_tools::compare_with_reference("monthly-report-fr", &page);
}

/// The filled rectangles of a laid-out document darker than the table headers' fill: the bars.
fn dark_rectangles(pages: &[layout::Page]) -> Vec<(usize, f32, f32, f32)> {
    let mut found = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        for item in &page.items {
            if let Item::Rectangle { y, width, height, fill: Some(grey), .. } = item
                && *grey < 0.8
            {
                found.push((index, *y, *width, *height));
            }
        }
    }
    found
}

#[test]
fn bars_and_columns_are_as_long_as_their_values_and_a_zero_draws_none() {
    let bar = |label: &str, value: u64| Bar { label: Bilingual::same(label), value, figure: value.to_string() };
    let document = Document {
        title: Bilingual::same("Graphiques"),
        translated_language: None,
        blocks: vec![
            Block::Bars(vec![bar("Dix", 10), bar("Cinq", 5), bar("Zéro", 0)]),
            Block::Columns(vec![bar("jan.", 4), bar("fév.", 0), bar("mars", 8)]),
        ],
    };
    let pages = layout::lay_out(&document, &|_, _| Bilingual::same(""));
    let dark = dark_rectangles(&pages);
    assert_eq!(dark.len(), 4, "two bars and two columns: the zeros draw nothing: {dark:?}");
    let (ten, five) = (dark[0].2, dark[1].2);
    assert!((ten / five - 2.0).abs() < 1e-3, "a bar of 10 is twice as long as a bar of 5: {ten} and {five}");
    let (four, eight) = (dark[2].3, dark[3].3);
    assert!((eight / four - 2.0).abs() < 1e-3, "a column of 8 is twice as tall as a column of 4: {four} and {eight}");
    assert!(
        (dark[2].1 + dark[2].3 - (dark[3].1 + dark[3].3)).abs() < 1e-3,
        "columns stand on the same base line"
    );
}

#[test]
fn a_column_chart_is_never_cut_by_a_page_break() {
    let bar = |value: u64| Bar { label: Bilingual::same("mois"), value, figure: value.to_string() };
    for filler in 30..48 {
        let mut blocks: Vec<Block> = (0..filler).map(|line| Block::TwoLanguages(Bilingual::same(format!("Ligne {line}")))).collect();
        blocks.push(Block::Columns((1..=12).map(bar).collect()));
        let document = Document { title: Bilingual::same("Rapport"), translated_language: None, blocks };
        let pages = layout::lay_out(&document, &|_, _| Bilingual::same(""));
        let columns = dark_rectangles(&pages);
        assert_eq!(columns.len(), 12, "{filler} lines before: every column is drawn");
        assert!(
            columns.iter().all(|column| column.0 == columns[0].0),
            "{filler} lines before: the twelve columns are on one page: {columns:?}"
        );
        assert!(
            columns.iter().all(|column| column.1 >= layout::MARGIN_TOP && column.1 + column.3 <= layout::BODY_BOTTOM),
            "{filler} lines before: the chart stays between the margins"
        );
    }
}
