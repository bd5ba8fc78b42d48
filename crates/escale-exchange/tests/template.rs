//! Reading files of people: the national template as shipped and filled in, other spreadsheets,
//! and malformed files, each refused with its own code and never a panic. The last test reads,
//! previews and imports 100,000 lines and prints how long each step took.

use std::time::Instant;

use escale_core::people::import::{ImportOptions, PersonLine};
use escale_core::{DataDir, NewKey, Store};
use escale_exchange::ExchangeError;
use escale_exchange::mapping::{self, PersonField};
use escale_exchange::read::{self, MAX_CELL_CHARS, MAX_ROWS};
use rust_xlsxwriter::{Formula, Workbook};

const TEMPLATE: &[u8] = include_bytes!("data/coop-numerique_import-beneficiaires.xlsx");

fn store() -> (Store, tempfile::TempDir) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let keyring: std::sync::Arc<keyring_core::CredentialStore> = keyring_core::mock::Store::new().expect("the mock keyring builds");
    let store = Store::create(&DataDir::new(folder.path()), NewKey::Keyring(&keyring)).expect("a store is created");
    (store, folder)
}

fn people_count(store: &Store) -> usize {
    store.search_beneficiaries("", 1000).expect("the list reads").len()
}

#[test]
fn the_template_as_shipped_gives_its_example_person() {
    let file = mapping::read_people_file(TEMPLATE, None, None).expect("the national template reads");
    assert!(file.national_template, "the template is recognised by its sheet and headers");
    assert_eq!(file.table.sheet.as_deref(), Some("Bénéficiaires"), "its first sheet is the people's");
    assert_eq!(file.table.sheets, vec!["Bénéficiaires", "Communes"], "both sheets are listed");
    let lines = mapping::person_lines(&file.table, &file.mapping).expect("the template maps its names");
    assert_eq!(
        lines,
        vec![PersonLine {
            line: 4,
            last_name: "Exemple".into(),
            first_name: "Léa".into(),
            birth_year: "1970".into(),
            commune: "Blaziert".into(),
            insee_code: "32057".into(),
            postal_code: "32100".into(),
            phone: "0102030405".into(),
            email: String::new(),
            gender: "Féminin".into(),
            // The template has no column for it.
            social_status: String::new(),
            notes: String::new(),
        }],
        "row 4 is the one example person; the empty rows below with their formulas are no one"
    );
    let (store, _folder) = store();
    let preview = store.preview_people_import(&lines).expect("a preview");
    assert_eq!((preview.accepted, preview.rejected_lines), (1, 0), "the example is a valid person: {preview:?}");
    assert_eq!(preview.sample[0].commune_name, "Blaziert", "the commune is found by its name");
}

/// A copy of the template filled in as a mediator would, written by the test: the formulas'
/// cached values are wrong, missing or errors, numbers are typed as numbers.
fn filled_template() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Bénéficiaires").expect("a valid sheet name");
    sheet.write_string(0, 0, "Instructions d'utilisation : …").expect("a cell");
    for (column, header) in ["Nom", "Prénom", "Année de naissance", "Commune", "", "", "N° de téléphone", "E-mail", "Genre", "Notes supplémentaires"]
        .into_iter()
        .enumerate()
    {
        if !header.is_empty() {
            sheet.write_string(1, column as u16, header).expect("a header");
        }
    }
    for (column, header) in [(3, "Nom"), (4, "Code INSEE"), (5, "Code postal")] {
        sheet.write_string(2, column, header).expect("a sub-header");
    }
    // (last, first, year, commune, cached INSEE, cached postal, phone, email, gender, notes)
    type Person = (&'static str, &'static str, Option<f64>, &'static str, &'static str, &'static str, &'static str, &'static str, &'static str, &'static str);
    let people: [Person; 5] = [
        ("Martin", "Élodie", Some(1958.0), "Guéret", "75056", "99999", "", "elodie@example.org", "F", "Vient le mardi"),
        ("Diallo", "Awa", Some(1990.0), "Saint-Denis", "", "", "612345678", "", "Féminin", ""),
        ("Nguyen", "Bao", None, "Paris 15e Arrondissement", "#N/A", "#N/A", "", "", "M", ""),
        ("Faux", "Courriel", Some(1850.0), "Nulle-Part", "", "", "", "pas une adresse", "X", ""),
        ("MARTIN", "elodie", Some(1958.0), "Gueret", "23096", "23000", "", "", "", ""),
    ];
    for (index, (last, first, year, commune, insee, postal, phone, email, gender, notes)) in people.into_iter().enumerate() {
        let row = 3 + index as u32;
        sheet.write_string(row, 0, last).expect("a name");
        sheet.write_string(row, 1, first).expect("a first name");
        if let Some(year) = year {
            sheet.write_number(row, 2, year).expect("a year typed as a number");
        }
        sheet.write_string(row, 3, commune).expect("a commune");
        let lookup = |column: &str| format!("IF(D{0}=\"\",\"\",IFERROR(VLOOKUP(D{0},Communes!A:{column},2,0),\"Nom de commune invalide\"))", row + 1);
        sheet.write_formula(row, 4, Formula::new(lookup("B")).set_result(insee)).expect("the INSEE formula");
        sheet.write_formula(row, 5, Formula::new(lookup("C")).set_result(postal)).expect("the postal code formula");
        if let Ok(number) = phone.parse::<f64>() {
            sheet.write_number(row, 6, number).expect("a phone typed as a number");
        }
        for (column, text) in [(7, email), (8, gender), (9, notes)] {
            if !text.is_empty() {
                sheet.write_string(row, column, text).expect("a cell");
            }
        }
    }
    let communes = workbook.add_worksheet();
    communes.set_name("Communes").expect("a valid sheet name");
    communes.write_string(0, 0, "Commune").expect("a header");
    workbook.save_to_buffer().expect("the workbook is written")
}

#[test]
fn a_filled_template_is_read_without_trusting_its_cached_codes() {
    let bytes = filled_template();
    let file = mapping::read_people_file(&bytes, None, None).expect("the filled template reads");
    assert!(file.national_template, "a filled template is still the template");
    let lines = mapping::person_lines(&file.table, &file.mapping).expect("lines");
    assert_eq!(lines.iter().map(|line| line.line).collect::<Vec<_>>(), vec![4, 5, 6, 7, 8], "one line per person, numbered as shown");
    assert_eq!(lines[0].birth_year, "1958", "a year typed as a number is read without decimals");
    assert_eq!(lines[1].phone, "612345678", "the reader gives the number as the file has it");
    assert_eq!(lines[2].insee_code, "", "an error cached for a formula (#N/A) is no value");

    let (mut store, _folder) = store();
    let preview = store.preview_people_import(&lines).expect("a preview");
    assert_eq!((preview.lines, preview.accepted, preview.rejected_lines), (5, 4, 1), "one line refused: {preview:?}");
    let martin = &preview.sample[0];
    assert_eq!(martin.commune_name, "Guéret", "the name decides, not the wrong cached codes 75056/99999");
    let refused: Vec<(u32, &str, Option<&str>)> =
        preview.rejected.iter().map(|issue| (issue.line, issue.code.as_str(), issue.field.as_deref())).collect();
    assert_eq!(
        refused,
        vec![
            (7, "value-not-understood", Some("gender")),
            (7, "birth-year-out-of-range", Some("birthYear")),
            (7, "email-invalid", Some("email")),
        ],
        "every broken rule of line 7 at once, each with its field"
    );
    assert_eq!(
        preview.remarks.iter().map(|issue| (issue.line, issue.code.as_str())).collect::<Vec<_>>(),
        vec![(5, "import-commune-ambiguous")],
        "Saint-Denis without a code has namesakes: taken without a commune, with a remark"
    );
    assert_eq!(preview.sample[2].commune_name, "Paris", "an arrondissement is its city");
    assert_eq!(preview.likely_duplicates.len(), 1, "MARTIN elodie 1958 is Martin Élodie 1958: {preview:?}");
    assert_eq!(preview.likely_duplicates[0].earlier_line, Some(4), "the duplicate points at line 4");

    let report = String::from_utf8(escale_exchange::report::issues_csv(&preview, &escale_core::i18n::Localizer::new("fr")))
        .expect("the report is UTF-8");
    assert!(report.starts_with("\u{feff}Ligne;Champ;Motif;"), "UTF-8 with its mark, `;`, French headers: {report}");
    assert_eq!(report.lines().filter(|line| line.starts_with("7;")).count(), 3, "line 7's three reasons: {report}");
    assert!(report.lines().any(|line| line.starts_with("5;")), "the remark on line 5: {report}");
    assert!(report.lines().any(|line| line.starts_with("8;")), "the duplicate on line 8: {report}");
    assert!(!report.contains("pas une adresse") && !report.contains("Nulle-Part"), "no cell contents in the report: {report}");

    let outcome = store
        .import_people(&lines, ImportOptions { skip_likely_duplicates: true }, &escale_core::progress::unobserved)
        .expect("the import succeeds");
    assert_eq!((outcome.imported, outcome.skipped_duplicates, outcome.rejected_lines), (3, 1, 1), "counts: {outcome:?}");
    let diallo = store.search_beneficiaries("diallo", 5).expect("search");
    let awa = store.beneficiary(&diallo[0].id).expect("Awa is recorded");
    assert_eq!(awa.phone, "0612345678", "a phone kept as a number gets its leading zero back");
    assert!(awa.commune.is_empty(), "an ambiguous commune is left empty");
}

#[test]
fn other_spreadsheets_are_read_with_their_own_headers() {
    // Windows-1252, as French Excel saves "CSV (séparateur : point-virgule)".
    let csv = b"NOM;Pr\xe9nom;Ann\xe9e de naissance;Ville;Code postal\r\nL\xe9v\xeaque;Fran\xe7oise;1947;Gu\xe9ret;23000\r\n";
    let file = mapping::read_people_file(csv, None, None).expect("a Windows-1252 CSV reads");
    assert!(!file.national_template, "a CSV is not the template");
    assert_eq!(file.mapping.columns.get(&PersonField::BirthYear), Some(&2), "the year column is found from its accented header");
    let lines = mapping::person_lines(&file.table, &file.mapping).expect("lines");
    assert_eq!((lines[0].last_name.as_str(), lines[0].first_name.as_str()), ("Lévêque", "Françoise"), "accents decoded right");

    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Nom\tPrénom\nÇelik\tAyşe\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let table = read::read_table(&utf16, None).expect("UTF-16 with its byte order mark reads");
    assert_eq!(table.rows[1].cells, vec!["Çelik", "Ayşe"], "tab-separated UTF-16");

    let with_bom = "\u{feff}Nom,Prénom\nMartin,Léa\n".as_bytes();
    let table = read::read_table(with_bom, None).expect("UTF-8 with a byte order mark reads");
    assert_eq!(table.rows[0].cells[0], "Nom", "the byte order mark is not part of the first header");
}

#[test]
fn malformed_files_are_refused_with_their_own_code() {
    let code = |result: Result<read::Table, ExchangeError>| result.map(|_| ()).map_err(|error| error.code());
    assert_eq!(code(read::read_table(b"", None)), Err("import-file-empty"), "an empty file");
    assert_eq!(code(read::read_table(b" ;;\r\n\r\n;\n", None)), Err("import-file-empty"), "separators and blank lines only");
    assert_eq!(
        read::read_table(TEMPLATE, Some("Feuil1")).map(|_| ()),
        Err(ExchangeError::SheetMissing { asked: "Feuil1".into(), sheets: vec!["Bénéficiaires".into(), "Communes".into()] }),
        "a missing sheet lists those that exist"
    );
    assert!(read::read_table(TEMPLATE, Some("beneficiaires")).is_ok(), "a sheet asked without its accents is found");
    let truncated = &TEMPLATE[..TEMPLATE.len() / 2];
    assert_eq!(code(read::read_table(truncated, None)), Err("import-not-a-spreadsheet"), "a truncated workbook");
    let mut broken = TEMPLATE.to_vec();
    for byte in &mut broken[2000..60_000] {
        *byte ^= 0x5A;
    }
    assert_eq!(code(read::read_table(&broken, None)), Err("import-not-a-spreadsheet"), "a workbook with damaged bytes");
    assert_eq!(code(read::read_table(b"PK\x03\x04 not really a zip", None)), Err("import-not-a-spreadsheet"), "a broken zip");
    assert_eq!(code(read::read_table(b"%PDF-1.7\n\0\0\x01binary", None)), Err("import-not-a-spreadsheet"), "a PDF");
    assert_eq!(code(read::read_table(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], None)), Err("import-not-a-spreadsheet"), "an old .xls");

    let huge = format!("Nom;Notes\nMartin;{}\n", "a".repeat(MAX_CELL_CHARS + 1));
    assert_eq!(
        read::read_table(huge.as_bytes(), None).map(|_| ()),
        Err(ExchangeError::CellTooLong { line: 2, column: "B".into(), max: MAX_CELL_CHARS }),
        "a huge CSV cell is refused, named by line and column"
    );
    let mut workbook = Workbook::new();
    workbook.add_worksheet().write_string(6, 2, "é".repeat(MAX_CELL_CHARS + 1)).expect("a long cell");
    let huge_xlsx = workbook.save_to_buffer().expect("written");
    assert_eq!(
        read::read_table(&huge_xlsx, None).map(|_| ()),
        Err(ExchangeError::CellTooLong { line: 7, column: "C".into(), max: MAX_CELL_CHARS }),
        "a huge workbook cell is refused too"
    );
    let too_many: String = std::iter::once("Nom\n".to_string()).chain((0..MAX_ROWS).map(|i| format!("P{i}\n"))).collect();
    assert_eq!(
        read::read_table(too_many.as_bytes(), None).map(|_| ()),
        Err(ExchangeError::TooManyRows { max: MAX_ROWS }),
        "one row over the limit"
    );
    let too_large = vec![b'a'; read::MAX_FILE_BYTES + 1];
    assert_eq!(code(read::read_table(&too_large, None)), Err("import-file-too-large"), "a file over the size cap");
    for error in ExchangeError::examples() {
        let text = format!("{error} {:?}", error.arguments());
        assert!(!text.contains("Martin") && !text.contains("aaaa"), "errors never carry cell contents: {text}");
    }
}

#[test]
fn formulas_give_their_cached_value_and_are_never_evaluated() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "Nom").expect("a header");
    sheet.write_formula(1, 0, Formula::new("=UPPER(\"martin\")").set_result("MARTIN")).expect("a formula");
    sheet.write_formula(2, 0, Formula::new("=1+1").set_result("5")).expect("a formula whose cached value is wrong");
    sheet.write_formula(3, 0, Formula::new("=WEBSERVICE(\"http://example.org\")").set_result("#VALUE!")).expect("an error");
    let table = read::read_table(&workbook.save_to_buffer().expect("written"), None).expect("formulas read");
    let cells: Vec<(u32, &str)> = table.rows.iter().map(|row| (row.line, row.cell(0))).collect();
    assert_eq!(
        cells,
        vec![(1, "Nom"), (2, "MARTIN"), (3, "5")],
        "the cached value as it is (5, not the 2 of =1+1: nothing is computed); an error is no value"
    );
}

#[test]
fn a_hundred_thousand_lines_are_read_previewed_and_imported() {
    const LINES: usize = 100_000;
    let communes = ["Guéret", "Blaziert", "Aubervilliers", "Limoges", "Montreuil"];
    let mut csv = String::from("Nom;Prénom;Année de naissance;Commune;Code postal;Téléphone;E-mail\n");
    for index in 0..LINES {
        let commune = communes[index % communes.len()];
        let year = 1930 + index % 80;
        csv.push_str(&format!("Nom{index};Prénom{};{year};{commune};;06{:08};p{index}@example.org\n", index % 997, index));
    }
    let started = Instant::now();
    let file = mapping::read_people_file(csv.as_bytes(), None, None).expect("a large CSV reads");
    let lines = mapping::person_lines(&file.table, &file.mapping).expect("lines");
    let read_time = started.elapsed();
    assert_eq!(lines.len(), LINES, "every line read");

    let (mut store, _folder) = store();
    let started = Instant::now();
    let preview = store.preview_people_import(&lines).expect("a preview");
    let preview_time = started.elapsed();
    assert_eq!(preview.accepted as usize, LINES, "every line is a valid person: {:?}", preview.rejected.first());

    // Cancelled near the end: nothing is written.
    let cancel_at = (LINES as u64) - 1000;
    let cancelled = store.import_people(&lines, ImportOptions::default(), &|done, _| done < cancel_at);
    assert!(matches!(cancelled, Err(escale_core::CoreError::WorkCancelled)), "the import stops when asked: {cancelled:?}");
    assert_eq!(people_count(&store), 0, "a cancelled import leaves the store as it was");

    let started = Instant::now();
    let outcome = store.import_people(&lines, ImportOptions::default(), &escale_core::progress::unobserved).expect("imported");
    let import_time = started.elapsed();
    assert_eq!(outcome.imported as usize, LINES, "every person imported");
    assert_eq!(people_count(&store), 1000, "the list's first page is full");
    eprintln!(
        "100,000 lines (debug build): read and mapped {:.2} s, preview {:.2} s, import {:.2} s",
        read_time.as_secs_f64(),
        preview_time.as_secs_f64(),
        import_time.as_secs_f64()
    );
}
