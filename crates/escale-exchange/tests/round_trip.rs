//! Round trip: the beneficiaries exported (XLSX, then CSV) from a store of varied people are
//! imported into an empty store the way a mediator imports a file (read, columns guessed from
//! the export's own headers below its "Informations export" and "Filtres" blocks, preview,
//! import), and the same people come back, field by field.

use escale_core::activity::export::ExportFilter;
use escale_core::beneficiary::{Beneficiary, BeneficiaryInput};
use escale_core::commune::{Commune, official_commune};
use escale_core::people::import::ImportOptions;
use escale_core::storage::PassphraseCost;
use escale_core::vocabulary::{Gender, SocialStatus};
use escale_core::{DataDir, NewKey, Store};
use escale_exchange::export::{ExportFormat, ExportKind, export_to_path};
use escale_exchange::mapping::{self, PersonField};

fn store(folder: &std::path::Path) -> Store {
    let data_dir = DataDir::new(folder.join("data"));
    std::fs::create_dir_all(data_dir.path()).expect("the data folder");
    Store::create(
        &data_dir,
        NewKey::Passphrase { passphrase: "correct horse battery staple", cost: PassphraseCost::FAST_FOR_TESTS },
    )
    .expect("a store in an empty folder")
}

/// A commune of the official list, with one of its postal codes (a city has several).
fn commune(insee: &str, postal_code: &str) -> Commune {
    let mut commune = official_commune(insee).expect("a commune of the official list").to_commune();
    commune.postal_code = postal_code.into();
    commune
}

/// People whose every field the national file carries, in all the ways they can be awkward:
/// accents and apostrophes, another script, a namesake commune told apart by its codes, a city's
/// second postal code, an international phone and notes that a CSV guards against formulas, and
/// someone with nothing but a name.
fn people() -> Vec<BeneficiaryInput> {
    let person = |first: &str, last: &str| BeneficiaryInput {
        first_name: first.into(),
        last_name: last.into(),
        ..BeneficiaryInput::default()
    };
    vec![
        BeneficiaryInput {
            birth_year: Some(1987),
            gender: Gender::Female,
            social_status: SocialStatus::Employed,
            commune: commune("23096", "23000"),
            phone: "06 12 34 56 78".into(),
            email: "eloise.lefevre@example.org".into(),
            notes: "Préfère être appelée l’après-midi.\nParle aussi occitan ; « rappeler » en juin.".into(),
            ..person("Éloïse", "Lefèvre-Dupré")
        },
        BeneficiaryInput {
            birth_year: Some(1952),
            gender: Gender::Male,
            social_status: SocialStatus::Retired,
            // Saint-Denis has namesakes: the file's codes choose this one.
            commune: commune("93066", "93200"),
            // Starts with "+": a CSV cell gets a guarding apostrophe.
            phone: "+33 6 98 76 54 32".into(),
            email: "a.benali@example.fr".into(),
            notes: "=pas une formule, une note".into(),
            ..person("Ahmed", "Benali")
        },
        BeneficiaryInput {
            birth_year: Some(2004),
            gender: Gender::Female,
            // Lyon's 3rd arrondissement: not the city's main postal code.
            commune: commune("69123", "69003"),
            notes: "-2 rendez-vous manqués".into(),
            ..person("Олена", "Коваленко")
        },
        BeneficiaryInput { gender: Gender::NotCommunicated, ..person("Zoé", "N’Diaye") },
    ]
}

/// What the national file carries of a person, and so what must come back.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Carried {
    last_name: String,
    first_name: String,
    birth_year: Option<i32>,
    commune: (String, String, String),
    phone: String,
    email: String,
    gender: String,
    social_status: String,
    notes: String,
}

fn carried(person: &Beneficiary) -> Carried {
    Carried {
        last_name: person.last_name.clone(),
        first_name: person.first_name.clone(),
        birth_year: person.birth_year,
        commune: (person.commune.name.clone(), person.commune.insee_code.clone(), person.commune.postal_code.clone()),
        phone: person.phone.clone(),
        email: person.email.clone(),
        gender: format!("{:?}", person.gender),
        social_status: format!("{:?}", person.social_status),
        notes: person.notes.clone(),
    }
}

fn everyone(store: &Store) -> Vec<Carried> {
    let mut people: Vec<Carried> = store
        .search_beneficiaries("", 1000)
        .expect("the list reads")
        .iter()
        .filter(|summary| !summary.anonymous)
        .map(|summary| carried(&store.beneficiary(&summary.id).expect("a person listed reads")))
        .collect();
    people.sort();
    people
}

/// Exports the people of a new store as `format`, imports the file into another, empty store
/// as the window does (columns guessed from the headers), and returns both lists of people.
fn round_trip(format: ExportFormat) -> (Vec<Carried>, Vec<Carried>) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut source = store(&folder.path().join("source"));
    for person in people() {
        source.create_beneficiary(&person).expect("a valid person");
    }
    // Someone without a name has no line in the file, and none comes back.
    source.create_anonymous_beneficiary(false).expect("an anonymous person");
    let path = folder.path().join(format!("beneficiaires.{}", format.extension()));
    let rows = export_to_path(&source, ExportKind::People, format, &ExportFilter::default(), &path, &|_, _| true)
        .expect("the export is written");
    assert_eq!(rows, 4, "{format:?}: one row per person with a name");

    let bytes = std::fs::read(&path).expect("the export reads");
    // No sheet and no header row given: what the window does with a file it is handed.
    let file = mapping::read_people_file(&bytes, None, None).expect("the export reads as a file of people");
    assert!(!file.national_template, "{format:?}: an export is not the import template");
    let header_line = match format {
        ExportFormat::Xlsx => 11,
        ExportFormat::Csv => 1,
    };
    assert_eq!(file.mapping.header_line, header_line, "{format:?}: the header row is found below the blocks");
    for field in PersonField::ALL {
        assert!(
            file.mapping.columns.contains_key(&field),
            "{format:?}: the export's own header of {field:?} is recognised: {:?}",
            file.mapping.columns
        );
    }
    let lines = mapping::person_lines(&file.table, &file.mapping).expect("the names are mapped");
    assert_eq!(lines.len(), 4, "{format:?}: every person's line, nothing of the blocks above: {lines:?}");

    let mut target = store(&folder.path().join("target"));
    let preview = target.preview_people_import(&lines).expect("a preview");
    assert_eq!(preview.rejected, vec![], "{format:?}: no line of Escale's own export is refused");
    assert_eq!(preview.remarks, vec![], "{format:?}: every commune is found again");
    assert_eq!(preview.likely_duplicates, vec![], "{format:?}: an empty store has no duplicates");
    let outcome = target.import_people(&lines, ImportOptions::default(), &|_, _| true).expect("the import is written");
    assert_eq!(outcome.imported, 4, "{format:?}: every person is imported");
    (everyone(&source), everyone(&target))
}

#[test]
fn people_exported_as_xlsx_come_back_the_same_when_imported() {
    let (exported, imported) = round_trip(ExportFormat::Xlsx);
    assert_eq!(exported.len(), 4, "the anonymous person is not listed: {exported:?}");
    for (before, after) in exported.iter().zip(&imported) {
        assert_eq!(after, before, "XLSX: the same person, field by field");
    }
    assert_eq!(imported.len(), exported.len(), "XLSX: nobody more");
}

#[test]
fn people_exported_as_csv_come_back_the_same_when_imported() {
    let (exported, imported) = round_trip(ExportFormat::Csv);
    for (before, after) in exported.iter().zip(&imported) {
        assert_eq!(after, before, "CSV: the same person, field by field (formula guards taken off)");
    }
    assert_eq!(imported.len(), exported.len(), "CSV: nobody more");
}
