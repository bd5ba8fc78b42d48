//! Exports written from a store of known records, then read back as a spreadsheet program and a
//! CSV tool would read them (calamine, csv): headers exactly the national platform's, in order;
//! every value against what was recorded; dates as real dates; facts at the activity's date;
//! user text never a formula; a cancelled export leaves nothing; the statistics export's
//! figures are the store's statistics.

use std::collections::BTreeMap;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use chrono::{Datelike, Local, NaiveDate};
use escale_core::activity::export::ExportFilter;
use escale_core::activity::{ActivityInput, AnonymousParticipants};
use escale_core::beneficiary::BeneficiaryInput;
use escale_core::commune::{Commune, official_commune};
use escale_core::organisation::{PlaceInput, StructureInput};
use escale_core::session::{FIRST_MEDIATOR_ID, Laptop};
use escale_core::stats::StatisticsQuery;
use escale_core::storage::PassphraseCost;
use escale_core::vocabulary::*;
use escale_core::{CoreError, DataDir, NewKey, Store};
use escale_exchange::export::{ExportFormat, ExportKind, ExportRequest, export_to_folder, export_to_path, file_name};

/// The national platform's activities columns, typed here again from coop-vocabulary.md rather
/// than read from the crate: a typo in the crate's constants fails this test.
const NATIONAL_ACTIVITY_HEADERS: [&str; 29] = [
    "Date", "Enregistré le", "Dernière modification le", "Type", "Participants", "Bénéficiaire",
    "Canaux d’accompagnement", "Nom du lieu", "Adresse", "Commune", "Code postal", "Code Insee", "Durée (min)",
    "Nom de l’atelier", "Matériel numérique utilisé", "Thématique(s) d’accompagnement", "Tags",
    "Nom de la démarche administrative", "Niveau d’autonomie (ou de l’atelier)", "Bénéficiaire réorienté",
    "Structure de redirection", "Commune du bénéficiaire", "Code postal du bénéficiaire", "Code Insee du bénéficiaire",
    "Genre du bénéficiaire", "Tranche d’âge du bénéficiaire", "Statut du bénéficiaire", "Notes supplémentaires", "ID CRA",
];

const NATIONAL_PEOPLE_HEADERS: [&str; 13] = [
    "Nom", "Prénom", "Année de naissance", "Nom de la commune", "Code INSEE", "Code postal", "N° de téléphone", "E-mail",
    "Genre", "Tranche d’âge", "Statut", "Nombre d’accompagnements", "Notes supplémentaires",
];

/// The table starts below the "Informations export" and "Filtres" blocks.
const HEADER_ROW: u32 = 10;

struct Fixture {
    store: Store,
    _folder: tempfile::TempDir,
    samia: String,
    olena: String,
    /// The backdated accompaniment of Samia, when she was 15.
    backdated: String,
    workshop: String,
    at_home: String,
    deleted: String,
    backdated_day: NaiveDate,
    workshop_day: NaiveDate,
}

fn commune(insee: &str) -> Commune {
    official_commune(insee).expect("a commune of the official list").to_commune()
}

fn this_year() -> i32 {
    Local::now().year()
}

/// A structure, a place, Samia (born 20 years ago: 18-24 today, 12-17 five years ago), Olena (no
/// birth year), an anonymous person; a backdated accompaniment, a workshop with two named and
/// three anonymous participants, an accompaniment at home, a deleted one.
fn fixture() -> Fixture {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let data_dir = DataDir::new(folder.path().join("data"));
    std::fs::create_dir_all(data_dir.path()).expect("the data folder");
    let mut store = Store::create(
        &data_dir,
        NewKey::Passphrase { passphrase: "correct horse battery staple", cost: PassphraseCost::FAST_FOR_TESTS },
    )
    .expect("a store in an empty folder");
    Laptop::new(&data_dir).rename_mediator(FIRST_MEDIATOR_ID, "Karim Haddad").expect("the mediator is named");
    store
        .set_structure(&StructureInput {
            name: "France Services Saint-Denis".into(),
            commune: commune("93066"),
            ..StructureInput::default()
        })
        .expect("a valid structure");
    let place = store
        .create_place(&PlaceInput {
            name: "Médiathèque Ulysse".into(),
            address: "4 place de la Résistance".into(),
            commune: commune("93066"),
        })
        .expect("a valid place")
        .id;
    let samia = store
        .create_beneficiary(&BeneficiaryInput {
            first_name: "Samia".into(),
            last_name: "Benali".into(),
            birth_year: Some(this_year() - 20),
            gender: Gender::Female,
            social_status: SocialStatus::Unemployed,
            commune: commune("93066"),
            phone: "+33 6 12 34 56 78".into(),
            email: "samia@example.org".into(),
            notes: "=HYPERLINK(\"http://example.org\";\"clic\")".into(),
            ..BeneficiaryInput::default()
        })
        .expect("a valid person")
        .id;
    let olena = store
        .create_beneficiary(&BeneficiaryInput {
            first_name: "Олена".into(),
            last_name: "Коваленко".into(),
            ..BeneficiaryInput::default()
        })
        .expect("a valid person")
        .id;
    let nobody = store.create_anonymous_beneficiary(false).expect("an anonymous person").id;

    let backdated_day = NaiveDate::from_ymd_opt(this_year() - 5, 3, 10).expect("a day");
    let mut backdated = ActivityInput::individual(&samia);
    backdated.date = backdated_day;
    backdated.duration_minutes = 45;
    backdated.place_type = PlaceType::PlaceOfActivity;
    backdated.place_id = Some(place.clone());
    backdated.themes = vec![Theme::Housing, Theme::AdministrativeProcedureHelp, Theme::Email];
    backdated.equipment = vec![Equipment::Phone, Equipment::Computer];
    backdated.autonomy = Some(Autonomy::PartlyAutonomous);
    backdated.orientation = Some(RedirectionStructure::SocialAid);
    backdated.procedure_name = "-1+1 demande d’APL".into();
    backdated.notes = "@SUM(A1)\nDeuxième ligne".into();
    let backdated = store.record_activity(&backdated).expect("a valid accompaniment").id;

    let workshop_day = Local::now().date_naive() - chrono::Days::new(2);
    let mut workshop = ActivityInput::individual(&samia);
    workshop.kind = ActivityKind::Workshop;
    workshop.date = workshop_day;
    workshop.duration_minutes = 120;
    workshop.participants = vec![samia.clone(), olena.clone()];
    workshop.workshop_title = "Prendre en main son smartphone".into();
    workshop.workshop_level = Some(WorkshopLevel::Beginner);
    workshop.themes = vec![Theme::HandlingEquipment];
    workshop.equipment = vec![Equipment::Phone];
    workshop.anonymous_participants = Some(AnonymousParticipants {
        total: 3,
        already_accompanied: 0,
        by_gender: BTreeMap::from([(Gender::Female, 2)]),
        by_age_band: BTreeMap::from([(AgeBand::From60To69, 1)]),
        by_social_status: BTreeMap::new(),
    });
    let workshop = store.record_activity(&workshop).expect("a valid workshop").id;

    let mut at_home = ActivityInput::individual(&nobody);
    at_home.date = workshop_day;
    at_home.place_type = PlaceType::AtHome;
    at_home.commune = commune("93048");
    at_home.themes = vec![Theme::BrowsingTheInternet];
    let at_home = store.record_activity(&at_home).expect("a valid accompaniment").id;

    let mut deleted = ActivityInput::individual(&samia);
    deleted.date = workshop_day;
    deleted.themes = vec![Theme::Email];
    let deleted = store.record_activity(&deleted).expect("a valid accompaniment").id;
    store.delete_activity(&deleted).expect("the accompaniment is deleted");

    Fixture { store, _folder: folder, samia, olena, backdated, workshop, at_home, deleted, backdated_day, workshop_day }
}

fn text(range: &calamine::Range<Data>, row: u32, column: u32) -> String {
    match range.get_value((row, column)) {
        Some(Data::String(text)) => text.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => panic!("cell ({row}, {column}) should be text, is {other:?}"),
    }
}

fn number(range: &calamine::Range<Data>, row: u32, column: u32) -> f64 {
    match range.get_value((row, column)) {
        Some(Data::Float(number)) => *number,
        Some(Data::Int(number)) => *number as f64,
        other => panic!("cell ({row}, {column}) should be a number, is {other:?}"),
    }
}

/// A cell that a spreadsheet shows as a date: calamine reads a date format as a date.
fn day(range: &calamine::Range<Data>, row: u32, column: u32) -> NaiveDate {
    match range.get_value((row, column)) {
        Some(Data::DateTime(serial)) => {
            let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).expect("a day");
            epoch + chrono::Days::new(serial.as_f64().floor() as u64)
        }
        other => panic!("cell ({row}, {column}) should be a spreadsheet date, is {other:?}"),
    }
}

/// The data rows of the activities sheet, keyed by (activity id, "Participants").
fn rows_by_activity(range: &calamine::Range<Data>) -> BTreeMap<(String, String), u32> {
    let id_column = 28;
    let mut rows = BTreeMap::new();
    for row in HEADER_ROW + 1..range.end().map_or(0, |(row, _)| row + 1) {
        let participants = match range.get_value((row, 4)) {
            Some(Data::Float(number)) => number.to_string(),
            Some(Data::String(text)) => text.clone(),
            other => panic!("Participants of row {row} should be 1 or i/n, is {other:?}"),
        };
        rows.insert((text(range, row, id_column), participants), row);
    }
    rows
}

fn activities_xlsx(fixture: &Fixture, folder: &Path, filter: &ExportFilter) -> (calamine::Range<Data>, calamine::Range<String>) {
    let path = folder.join("activites.xlsx");
    let rows = export_to_path(&fixture.store, ExportKind::Activities, ExportFormat::Xlsx, filter, &path, &|_, _| true)
        .expect("the export is written");
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("the file opens as XLSX");
    assert_eq!(workbook.sheet_names(), vec!["Activités".to_string()], "one sheet, named as the platform names it");
    let range = workbook.worksheet_range("Activités").expect("the sheet reads");
    let formulas = workbook.worksheet_formula("Activités").expect("the sheet's formulas read");
    assert_eq!(
        range.end().map(|(row, _)| u64::from(row - HEADER_ROW)),
        Some(rows),
        "as many data rows below the header as the export says it wrote"
    );
    (range, formulas)
}

#[test]
fn activities_xlsx_has_the_national_headers_and_the_recorded_values() {
    let fixture = fixture();
    let out = tempfile::tempdir().expect("a temporary folder");
    let (sheet, formulas) = activities_xlsx(&fixture, out.path(), &ExportFilter::default());

    assert_eq!(text(&sheet, 0, 0), "Informations export", "the platform's first block, above the table");
    assert_eq!(text(&sheet, 1, 1), "France Services Saint-Denis", "the structure's name");
    assert_eq!(text(&sheet, 2, 1), "Karim Haddad", "the mediator's name");
    assert_eq!(number(&sheet, 3, 1), 7.0, "1 backdated + 5 workshop participants (2 named, 3 anonymous) + 1 at home; the deleted one is not counted");
    assert_eq!(text(&sheet, 6, 0), "Filtres", "the platform's second block");
    assert_eq!(text(&sheet, 7, 1), "-", "no period asked");
    let headers: Vec<String> = (0..29).map(|column| text(&sheet, HEADER_ROW, column)).collect();
    assert_eq!(headers, NATIONAL_ACTIVITY_HEADERS, "the national columns, in order, with their exact headers");

    let rows = rows_by_activity(&sheet);
    assert!(
        !rows.keys().any(|(id, _)| *id == fixture.deleted),
        "a deleted accompaniment is not exported: {rows:?}"
    );
    assert_eq!(rows.len(), 7, "one row per accompaniment: {rows:?}");

    let backdated = rows[&(fixture.backdated.clone(), "1".to_string())];
    assert_eq!(day(&sheet, backdated, 0), fixture.backdated_day, "Date: a real spreadsheet date, the activity's day");
    assert_eq!(day(&sheet, backdated, 1), Local::now().date_naive(), "Enregistré le: the day it was typed (today)");
    assert_eq!(text(&sheet, backdated, 3), "Accompagnement individuel", "Type: the French label");
    assert_eq!(text(&sheet, backdated, 5), "Samia Benali", "Bénéficiaire: first name and name");
    assert_eq!(text(&sheet, backdated, 6), "Lieu d’activité", "Canaux d’accompagnement");
    assert_eq!(text(&sheet, backdated, 7), "Médiathèque Ulysse", "Nom du lieu");
    assert_eq!(text(&sheet, backdated, 8), "4 place de la Résistance", "Adresse of the place");
    assert_eq!(text(&sheet, backdated, 9), "Saint-Denis", "Commune of the place");
    assert_eq!(text(&sheet, backdated, 11), "93066", "Code Insee of the place, as text (leading zeros kept elsewhere)");
    assert_eq!(number(&sheet, backdated, 12), 45.0, "Durée (min): a number");
    assert_eq!(text(&sheet, backdated, 14), "Ordinateur\nTéléphone", "Matériel: labels one per line, in the national order");
    assert_eq!(
        text(&sheet, backdated, 15),
        "E-mail\nAide aux démarches administratives\nLogement",
        "Thématiques: mediation themes then administrative ones, one per line"
    );
    assert_eq!(text(&sheet, backdated, 17), "-1+1 demande d’APL", "Nom de la démarche, as typed, as text");
    assert_eq!(text(&sheet, backdated, 18), "2/3", "Niveau d’autonomie: partly autonomous is 2/3");
    assert_eq!(text(&sheet, backdated, 19), "Oui", "Bénéficiaire réorienté");
    assert_eq!(
        text(&sheet, backdated, 20),
        "Structure d’aide sociale (maison des solidarités, centre social…)",
        "Structure de redirection: the national label"
    );
    assert_eq!(text(&sheet, backdated, 24), "Féminin", "Genre du bénéficiaire");
    assert_eq!(
        text(&sheet, backdated, 25),
        "12 - 17 ans",
        "Tranche d’âge at the activity's date: 15 then, though 20 (18 - 24) today"
    );
    assert_eq!(text(&sheet, backdated, 26), "Sans emploi", "Statut du bénéficiaire");
    assert_eq!(text(&sheet, backdated, 27), "@SUM(A1)\nDeuxième ligne", "Notes: as typed, on their lines");

    // The workshop: named participants in list order, then the anonymous ones.
    let first = rows[&(fixture.workshop.clone(), "1/5".to_string())];
    assert_eq!(day(&sheet, first, 0), fixture.workshop_day, "the workshop's day");
    assert_eq!(text(&sheet, first, 3), "Atelier collectif", "Type");
    assert_eq!(text(&sheet, first, 6), "À distance", "a remote workshop");
    assert_eq!(text(&sheet, first, 9), "Saint-Denis", "remote: the structure's commune, as the platform does");
    assert_eq!(text(&sheet, first, 13), "Prendre en main son smartphone", "Nom de l’atelier");
    assert_eq!(text(&sheet, first, 18), "1/3", "a beginners' workshop is level 1/3");
    assert_eq!(text(&sheet, first, 19), "Non", "not oriented");
    let named: Vec<String> = (1..=2).map(|rank| text(&sheet, rows[&(fixture.workshop.clone(), format!("{rank}/5"))], 5)).collect();
    assert_eq!(named, ["Samia Benali", "Олена Коваленко"], "named participants first, in the list's order, names as written");
    let anonymous: Vec<(String, String, String, String)> = (3..=5)
        .map(|rank| {
            let row = rows[&(fixture.workshop.clone(), format!("{rank}/5"))];
            (text(&sheet, row, 5), text(&sheet, row, 24), text(&sheet, row, 25), text(&sheet, row, 26))
        })
        .collect();
    assert_eq!(
        anonymous.iter().filter(|(name, ..)| name == "Anonyme").count(),
        3,
        "three anonymous participants, one row each: {anonymous:?}"
    );
    assert_eq!(
        anonymous.iter().filter(|(_, gender, ..)| gender == "Féminin").count(),
        2,
        "the gender breakdown (2 women) adds up in its column: {anonymous:?}"
    );
    assert_eq!(
        anonymous.iter().filter(|(_, _, band, _)| band == "60 - 69 ans").count(),
        1,
        "the age breakdown adds up, the rest not communicated: {anonymous:?}"
    );
    assert!(
        anonymous.iter().all(|(_, _, _, status)| status == "Non communiqué ou hétérogène"),
        "no status breakdown given: not communicated: {anonymous:?}"
    );
    assert!(
        (2..=5).all(|rank| text(&sheet, rows[&(fixture.workshop.clone(), format!("{rank}/5"))], 27).is_empty()),
        "the activity's notes are written on its first row only"
    );
    let olena_row = rows[&(fixture.workshop.clone(), "2/5".to_string())];
    assert_eq!(text(&sheet, olena_row, 25), "Non communiqué", "no birth year, no age band");

    let home = rows[&(fixture.at_home.clone(), "1".to_string())];
    assert_eq!(text(&sheet, home, 5), "Anonyme", "an anonymous person is named as the platform does");
    assert_eq!(text(&sheet, home, 6), "À domicile", "at home");
    assert_eq!(text(&sheet, home, 9), "Montreuil", "the commune typed for a home accompaniment");

    let formula_cells: Vec<&String> = formulas.cells().map(|(_, _, formula)| formula).filter(|f| !f.is_empty()).collect();
    assert!(formula_cells.is_empty(), "no cell of an export is a formula, whatever was typed: {formula_cells:?}");
}

#[test]
fn a_period_keeps_its_days_and_the_filter_block_says_so() {
    let fixture = fixture();
    let out = tempfile::tempdir().expect("a temporary folder");
    let filter = ExportFilter { from: Some(fixture.workshop_day), to: Some(fixture.workshop_day), place_id: None };
    let (sheet, _) = activities_xlsx(&fixture, out.path(), &filter);
    let rows = rows_by_activity(&sheet);
    assert_eq!(rows.len(), 6, "the workshop's 5 rows and the home accompaniment, both of that day: {rows:?}");
    assert!(!rows.keys().any(|(id, _)| *id == fixture.backdated), "the backdated accompaniment is outside the period");
    let expected = format!("{} - {}", fixture.workshop_day.format("%d/%m/%Y"), fixture.workshop_day.format("%d/%m/%Y"));
    assert_eq!(text(&sheet, 7, 1), expected, "Période: both ends, French order");
    assert_eq!(number(&sheet, 3, 1), 6.0, "Total: the rows of the period");
}

#[test]
fn people_xlsx_lists_the_named_people_with_their_accompaniments() {
    let fixture = fixture();
    let out = tempfile::tempdir().expect("a temporary folder");
    let request = ExportRequest {
        kind: ExportKind::People,
        format: ExportFormat::Xlsx,
        filter: ExportFilter::default(),
        folder: out.path().display().to_string(),
    };
    let saved = export_to_folder(&fixture.store, &request, &|_, _| true).expect("the export is written");
    assert_eq!(
        saved.file_name,
        format!("coop-numerique_beneficiaires_{}.xlsx", Local::now().date_naive().format("%Y-%m-%d")),
        "the platform's file name, with today's date"
    );
    assert_eq!(saved.rows, 2, "Samia and Olena; the anonymous person has no line");
    let mut workbook: Xlsx<_> = open_workbook(&saved.path).expect("the file opens as XLSX");
    let sheet = workbook.worksheet_range("Bénéficiaires").expect("the sheet named as the platform names it");
    let headers: Vec<String> = (0..13).map(|column| text(&sheet, HEADER_ROW, column)).collect();
    assert_eq!(headers, NATIONAL_PEOPLE_HEADERS, "the national columns, in order");
    let mut by_name = BTreeMap::new();
    for row in HEADER_ROW + 1..=HEADER_ROW + 2 {
        by_name.insert(text(&sheet, row, 1), row);
    }
    let samia = by_name["Samia"];
    assert_eq!(text(&sheet, samia, 0), "Benali", "Nom");
    assert_eq!(number(&sheet, samia, 2), f64::from(this_year() - 20), "Année de naissance: a number");
    assert_eq!(text(&sheet, samia, 3), "Saint-Denis", "Nom de la commune");
    assert_eq!(text(&sheet, samia, 4), "93066", "Code INSEE");
    assert_eq!(text(&sheet, samia, 5), "93200", "Code postal");
    assert_eq!(text(&sheet, samia, 6), "+33 6 12 34 56 78", "N° de téléphone: text, never a number or a formula");
    assert_eq!(text(&sheet, samia, 8), "Féminin", "Genre");
    assert_eq!(text(&sheet, samia, 9), "18 - 24 ans", "Tranche d’âge today");
    assert_eq!(number(&sheet, samia, 11), 2.0, "the backdated accompaniment and the workshop; not the deleted one");
    assert_eq!(
        text(&sheet, samia, 12),
        "=HYPERLINK(\"http://example.org\";\"clic\")",
        "notes that look like a formula stay the text typed"
    );
    let olena = by_name["Олена"];
    assert_eq!(number(&sheet, olena, 11), 1.0, "the workshop");
    assert_eq!(sheet.get_value((olena, 2)), Some(&Data::Empty), "no birth year: an empty cell");
    let _ = (&fixture.samia, &fixture.olena);
}

#[test]
fn csv_is_utf8_with_a_bom_semicolons_crlf_and_guards_formulas() {
    let fixture = fixture();
    let out = tempfile::tempdir().expect("a temporary folder");
    let path = out.path().join("activites.csv");
    let rows = export_to_path(&fixture.store, ExportKind::Activities, ExportFormat::Csv, &ExportFilter::default(), &path, &|_, _| true)
        .expect("the export is written");
    let bytes = std::fs::read(&path).expect("the file reads");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a UTF-8 byte order mark, for French spreadsheets");
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    assert!(text.starts_with("Date;Enregistré le;"), "`;` between fields: {}", &text[..40.min(text.len())]);
    assert!(text.split("\r\n").count() > 8, "records end with CRLF");
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(&bytes[3..]);
    let headers: Vec<String> = reader.headers().expect("a header").iter().map(str::to_string).collect();
    assert_eq!(headers, NATIONAL_ACTIVITY_HEADERS, "the national columns, in order");
    let records: Vec<csv::StringRecord> = reader.records().map(|record| record.expect("a record")).collect();
    assert_eq!(records.len() as u64, rows, "one record per accompaniment");
    let backdated = records
        .iter()
        .find(|record| record.get(28) == Some(fixture.backdated.as_str()))
        .expect("the backdated accompaniment's record");
    assert_eq!(backdated.get(0), Some(fixture.backdated_day.format("%d/%m/%Y").to_string().as_str()), "a French day");
    assert_eq!(backdated.get(12), Some("45"), "a plain number");
    assert_eq!(backdated.get(15), Some("E-mail\nAide aux démarches administratives\nLogement"), "several values on several lines of one field");
    assert_eq!(backdated.get(17), Some("'-1+1 demande d’APL"), "text starting like a formula gets an apostrophe (OWASP)");
    assert_eq!(backdated.get(27), Some("'@SUM(A1)\nDeuxième ligne"), "notes starting with @ too");
    assert_eq!(backdated.get(25), Some("12 - 17 ans"), "the age band at the activity's date");

    let people = out.path().join("personnes.csv");
    export_to_path(&fixture.store, ExportKind::People, ExportFormat::Csv, &ExportFilter::default(), &people, &|_, _| true)
        .expect("the export is written");
    let bytes = std::fs::read(&people).expect("the file reads");
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(&bytes[3..]);
    let records: Vec<csv::StringRecord> = reader.records().map(|record| record.expect("a record")).collect();
    let samia = records.iter().find(|record| record.get(1) == Some("Samia")).expect("Samia's record");
    assert_eq!(samia.get(12), Some("'=HYPERLINK(\"http://example.org\";\"clic\")"), "a formula typed in notes is guarded");
    assert_eq!(samia.get(6), Some("'+33 6 12 34 56 78"), "a phone starting with + is guarded too (OWASP's rule)");
}

#[test]
fn a_cancelled_export_leaves_no_file_at_all() {
    let fixture = fixture();
    let kinds_and_formats = [ExportKind::Activities, ExportKind::Statistics]
        .into_iter()
        .flat_map(|kind| [(kind, ExportFormat::Xlsx), (kind, ExportFormat::Csv)]);
    for (kind, format) in kinds_and_formats {
        let out = tempfile::tempdir().expect("a temporary folder");
        let path = out.path().join(file_name(kind, format, Local::now().date_naive()));
        // Stops at the first report after the start.
        let calls = std::cell::Cell::new(0);
        let stop = |_: u64, _: u64| {
            calls.set(calls.get() + 1);
            calls.get() < 2
        };
        // Rows are few: the last report (after the rows) is the one that stops.
        let result = export_to_path(&fixture.store, kind, format, &ExportFilter::default(), &path, &stop);
        assert!(matches!(result, Err(CoreError::WorkCancelled)), "{kind:?} {format:?}: cancelled, got {result:?}");
        let left: Vec<_> = std::fs::read_dir(out.path()).expect("the folder reads").map(|entry| entry.expect("an entry").file_name()).collect();
        assert!(left.is_empty(), "{kind:?} {format:?}: nothing left in the folder, not even a temporary file: {left:?}");
    }
}

#[test]
fn an_export_into_a_missing_folder_is_refused_and_writes_nothing() {
    let fixture = fixture();
    let out = tempfile::tempdir().expect("a temporary folder");
    let request = ExportRequest {
        kind: ExportKind::Activities,
        format: ExportFormat::Xlsx,
        filter: ExportFilter::default(),
        folder: out.path().join("missing").display().to_string(),
    };
    let result = export_to_folder(&fixture.store, &request, &|_, _| true);
    assert!(matches!(result, Err(CoreError::SaveFolderNotWritable { .. })), "a folder that is not there: {result:?}");
}

/// The period of the fixture's accompaniments, backdated one included.
fn whole_period(fixture: &Fixture) -> (ExportFilter, StatisticsQuery) {
    let today = Local::now().date_naive();
    let filter = ExportFilter { from: Some(fixture.backdated_day), to: Some(today), place_id: None };
    (filter, StatisticsQuery { from: fixture.backdated_day, to: today, place_id: None })
}

/// The rows of the section headed `title` in column A (up to the next empty row): label →
/// (count, share).
fn section(sheet: &calamine::Range<Data>, title: &str) -> (u32, BTreeMap<String, (f64, Option<f64>)>) {
    let end = sheet.end().map_or(0, |(row, _)| row);
    let heading = (0..=end).find(|row| text_or_month(sheet, *row) == title).unwrap_or_else(|| panic!("a section {title:?}"));
    let mut rows = BTreeMap::new();
    for row in heading + 1..=end {
        match sheet.get_value((row, 0)) {
            None | Some(Data::Empty) => break,
            _ => {}
        }
        let share = match sheet.get_value((row, 2)) {
            Some(Data::Float(fraction)) => Some(*fraction),
            None | Some(Data::Empty) => None,
            other => panic!("{title:?} row {row}: a share is a number, is {other:?}"),
        };
        rows.insert(text_or_month(sheet, row), (number(sheet, row, 1), share));
    }
    (heading, rows)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn statistics_xlsx_has_the_sections_and_the_figures_of_the_store() {
    let fixture = fixture();
    let out = tempfile::tempdir().expect("a temporary folder");
    let (filter, query) = whole_period(&fixture);
    let figures = fixture.store.statistics(&query).expect("the figures of the period");
    assert!(figures.totals.accompaniments >= 7, "the fixture has accompaniments to count: {:?}", figures.totals);
    let request = ExportRequest { kind: ExportKind::Statistics, format: ExportFormat::Xlsx, filter, folder: out.path().display().to_string() };
    let saved = export_to_folder(&fixture.store, &request, &|_, _| true).expect("the export is written");
    assert_eq!(
        saved.file_name,
        format!("coop-numerique_statistiques_{}.xlsx", Local::now().date_naive().format("%Y-%m-%d")),
        "named as the platform names its exports"
    );
    let mut workbook: Xlsx<_> = open_workbook(&saved.path).expect("the file opens as XLSX");
    assert_eq!(workbook.sheet_names(), vec!["Statistiques".to_string()], "one sheet, \"Statistiques\"");
    let sheet = workbook.worksheet_range("Statistiques").expect("the sheet reads");
    assert_eq!(text(&sheet, 0, 0), "Informations export", "the platform's first block");
    assert_eq!(text(&sheet, 6, 0), "Filtres", "the filter block");
    assert_eq!(number(&sheet, 3, 1), figures.totals.accompaniments as f64, "Total: the accompaniments of the period");
    let period = format!("{} - {}", query.from.format("%d/%m/%Y"), query.to.format("%d/%m/%Y"));
    assert_eq!(text(&sheet, 7, 1), period, "Période");
    assert_eq!(text(&sheet, 10, 0), "Statistiques générales", "the general figures first, below the blocks");
    assert_eq!(
        u64::from(sheet.end().map_or(0, |(row, _)| row) - 9),
        saved.rows,
        "the rows below the blocks are the rows the export says it wrote"
    );

    let (_, general) = section(&sheet, "Statistiques générales");
    let totals = &figures.totals;
    for (label, expected) in [
        ("Accompagnements au total", totals.accompaniments),
        ("Bénéficiaires accompagnés", totals.people),
        ("Nouveaux bénéficiaires", totals.new_people),
        ("Bénéficiaires suivis", totals.followed_people),
        ("Bénéficiaires anonymes", totals.anonymous_people),
    ] {
        assert_eq!(general.get(label).map(|(count, _)| *count), Some(expected as f64), "{label}: the store's figure");
    }

    let (heading, kinds) = section(&sheet, "Accompagnements individuels et collectifs");
    assert_eq!((text(&sheet, heading, 1), text(&sheet, heading, 2)), ("Nombre".into(), "%".into()), "the columns' names");
    let (count, share) = kinds["Atelier collectif"];
    assert_eq!(count, totals.workshop_participants as f64, "workshop participants, tracked and anonymous");
    let expected = totals.workshop_participants as f64 / totals.accompaniments as f64;
    assert!(share.is_some_and(|share| close(share, expected)), "a share of the accompaniments, as a fraction: {share:?}");
    assert_eq!(kinds["Accompagnement individuel"].0, totals.individual_accompaniments as f64, "individual accompaniments");

    let (heading, _) = section(&sheet, "Les 12 derniers mois");
    assert_eq!(
        (text(&sheet, heading, 1), text(&sheet, heading, 2)),
        ("Accompagnements".into(), "Bénéficiaires".into()),
        "the months' columns"
    );
    for (offset, month) in figures.months.iter().enumerate() {
        let row = heading + 1 + offset as u32;
        assert_eq!(day(&sheet, row, 0), month.month, "month {offset}: a real date, the month's first day");
        assert_eq!(number(&sheet, row, 1), month.accompaniments as f64, "month {offset}: accompaniments");
        assert_eq!(number(&sheet, row, 2), month.people as f64, "month {offset}: people");
    }
    assert_eq!(figures.months.len(), 12, "twelve months");

    let (_, themes) = section(&sheet, "Thématiques médiation numérique");
    let handling = figures.digital_themes.iter().find(|share| share.key == Theme::HandlingEquipment).expect("a share");
    let (count, share) = themes["Prendre en main du matériel"];
    assert_eq!(count, handling.count as f64, "a theme's count, under its French label");
    assert!(share.is_some_and(|share| close(share * 100.0, handling.percent)), "its share: {share:?} vs {}", handling.percent);
    assert_eq!(themes.len(), figures.digital_themes.len(), "every digital theme, zeros included");
    let (_, administrative) = section(&sheet, "Thématiques démarches administratives");
    assert_eq!(administrative["Logement"].0, 1.0, "the backdated accompaniment's administrative theme");
    let (_, channels) = section(&sheet, "Canaux d’accompagnement");
    assert_eq!(channels["À domicile"].0, 1.0, "one accompaniment at home");
    let (_, durations) = section(&sheet, "Durées des accompagnements");
    assert_eq!(durations.len(), 4, "the four duration bands");
    let (_, places) = section(&sheet, "Lieux d’activité");
    assert!(figures.places.iter().any(|place| place.name == "Médiathèque Ulysse"), "the fixture's place has activities");
    for place in &figures.places {
        assert_eq!(places.get(&place.name).map(|(count, _)| *count), Some(place.count as f64), "{}: by its name: {places:?}", place.name);
    }
    let (_, genders) = section(&sheet, "Genre des bénéficiaires");
    let women = figures.genders.iter().find(|share| share.key == Gender::Female).expect("a share");
    assert_eq!(genders["Féminin"].0, women.count as f64, "women: Samia, Olena's not known, two anonymous");
    let (_, ages) = section(&sheet, "Tranches d’âge des bénéficiaires");
    assert_eq!(ages.len(), AgeBand::ALL.len(), "every age band");
    let (_, statuses) = section(&sheet, "Statut des bénéficiaires");
    assert_eq!(statuses["Sans emploi"].0, 1.0, "Samia is unemployed");
    let (_, communes) = section(&sheet, "Commune de résidence des bénéficiaires");
    assert_eq!(communes.get("Saint-Denis (93200)").map(|(count, _)| *count), Some(1.0), "Samia's commune, with its postal code");
    let unknown = figures.communes.iter().find(|share| share.commune.name.is_empty()).expect("people without a commune");
    assert_eq!(communes["Commune non renseignée"].0, unknown.count as f64, "the people whose commune is not known");

    // The shares are spreadsheet percentages: the sheet's number format for them is "0.0%".
    let archive = std::fs::File::open(&saved.path).expect("the file opens");
    let mut archive = zip::ZipArchive::new(archive).expect("an XLSX is a zip");
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("xl/styles.xml").expect("the styles part"), &mut styles)
        .expect("the styles read");
    assert!(styles.contains("formatCode=\"0.0%\""), "a percentage format: {styles}");
}

#[test]
fn statistics_csv_has_the_same_rows_with_french_percentages() {
    let fixture = fixture();
    let out = tempfile::tempdir().expect("a temporary folder");
    let (filter, query) = whole_period(&fixture);
    let figures = fixture.store.statistics(&query).expect("the figures of the period");
    let xlsx = out.path().join("statistiques.xlsx");
    let csv_path = out.path().join("statistiques.csv");
    let xlsx_rows = export_to_path(&fixture.store, ExportKind::Statistics, ExportFormat::Xlsx, &filter, &xlsx, &|_, _| true)
        .expect("the XLSX is written");
    let csv_rows = export_to_path(&fixture.store, ExportKind::Statistics, ExportFormat::Csv, &filter, &csv_path, &|_, _| true)
        .expect("the CSV is written");
    assert_eq!(csv_rows, xlsx_rows, "as many rows in both formats");
    let bytes = std::fs::read(&csv_path).expect("the file reads");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte order mark");
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').has_headers(false).from_reader(&bytes[3..]);
    let records: Vec<csv::StringRecord> = reader.records().map(|record| record.expect("a record of three fields")).collect();
    assert_eq!(records.len() as u64, csv_rows, "one record per row, no header line of its own");
    let mut workbook: Xlsx<_> = open_workbook(&xlsx).expect("the file opens as XLSX");
    let sheet = workbook.worksheet_range("Statistiques").expect("the sheet reads");
    for (index, record) in records.iter().enumerate() {
        assert_eq!(record.get(0).unwrap_or(""), text_or_month(&sheet, 10 + index as u32), "row {index}: the same first cell");
    }
    assert_eq!(&records[0][0], "Statistiques générales", "the sections start the file");
    let total = records.iter().find(|record| &record[0] == "Accompagnements au total").expect("the total's row");
    assert_eq!(&total[1], figures.totals.accompaniments.to_string().as_str(), "a plain count");
    let workshops = records.iter().find(|record| &record[0] == "Atelier collectif").expect("the workshops' row");
    let expected = figures.totals.workshop_participants as f64 * 100.0 / figures.totals.accompaniments as f64;
    assert_eq!(&workshops[2], format!("{expected:.1} %").replace('.', ",").as_str(), "a French percentage, one decimal");
    let last_month = figures.months.last().expect("twelve months");
    assert!(
        records.iter().any(|record| record[0] == last_month.month.format("%m/%Y").to_string()),
        "months as mm/yyyy"
    );
}

/// The first cell of a row as the CSV writes it: text, or a month as mm/yyyy.
fn text_or_month(sheet: &calamine::Range<Data>, row: u32) -> String {
    match sheet.get_value((row, 0)) {
        Some(Data::DateTime(_)) => day(sheet, row, 0).format("%m/%Y").to_string(),
        _ => text(sheet, row, 0),
    }
}

#[test]
fn a_statistics_export_without_dates_is_this_month_s() {
    let fixture = fixture();
    let out = tempfile::tempdir().expect("a temporary folder");
    let path = out.path().join("statistiques.xlsx");
    export_to_path(&fixture.store, ExportKind::Statistics, ExportFormat::Xlsx, &ExportFilter::default(), &path, &|_, _| true)
        .expect("the export is written");
    let today = Local::now().date_naive();
    let first = today.with_day(1).expect("the first of the month");
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("the file opens as XLSX");
    let sheet = workbook.worksheet_range("Statistiques").expect("the sheet reads");
    let period = format!("{} - {}", first.format("%d/%m/%Y"), today.format("%d/%m/%Y"));
    assert_eq!(text(&sheet, 7, 1), period, "from the first of the month to today, as `escale stats`");
    let figures = fixture.store.statistics(&StatisticsQuery { from: first, to: today, place_id: None }).expect("figures");
    assert_eq!(number(&sheet, 11, 1), figures.totals.accompaniments as f64, "this month's accompaniments");
}
