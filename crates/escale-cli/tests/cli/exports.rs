//! `escale export activities|people|statistics`: the national platform's files, written where asked, all or
//! nothing, read back as a spreadsheet program would.

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::support::{Cli, text};

#[test]
fn exports_are_written_in_the_national_format_and_read_back() {
    let cli = Cli::initialised();
    let person = cli
        .run(&["beneficiary", "add", "--first-name", "Josiane", "--last-name", "Mercier", "--birth-year", "1948", "--json"])
        .json();
    let person_id = text(&person, "/id").to_string();
    let place = cli.run(&["place", "add", "Bureau de poste", "--insee", "23096", "--json"]).json();
    let place_id = text(&place, "/id").to_string();
    for date in ["2025-03-10", "2025-04-02"] {
        let run = cli.run(&[
            "activity", "add", "--beneficiary", &person_id, "--place", &place_id, "--date", date, "--theme", "email",
            "--duration", "45", "--json",
        ]);
        assert_eq!(run.code, 0, "an accompaniment is recorded; {}", run.describe());
    }
    let out = tempfile::tempdir().expect("a temporary folder");
    let folder = out.path().display().to_string();

    let saved = cli
        .run(&[
            "export", "activities", "--from", "2025-03-01", "--to", "2025-03-31", "--place", &place_id, "--output", &folder,
            "--json",
        ])
        .json();
    assert_eq!(saved["rows"], 1, "March holds one accompaniment: {saved:#}");
    let file_name = text(&saved, "/fileName");
    assert!(
        file_name.starts_with("coop-numerique_accompagnements_") && file_name.ends_with(".xlsx"),
        "a folder given: the platform's file name, XLSX by default: {file_name}"
    );
    let mut workbook: Xlsx<_> = open_workbook(text(&saved, "/path")).expect("the file opens as XLSX");
    let sheet = workbook.worksheet_range("Activités").expect("the platform's sheet");
    assert_eq!(sheet.get_value((10, 0)), Some(&Data::String("Date".into())), "the header under the two blocks");
    assert_eq!(sheet.get_value((11, 5)), Some(&Data::String("Josiane Mercier".into())), "the person of the accompaniment");
    assert_eq!(sheet.get_value((11, 7)), Some(&Data::String("Bureau de poste".into())), "the place filtered on");
    assert_eq!(sheet.get_value((8, 1)), Some(&Data::String("Bureau de poste".into())), "the Filtres block names the place");
    assert!(matches!(sheet.get_value((11, 0)), Some(Data::DateTime(_))), "the day is a real date: {:?}", sheet.get_value((11, 0)));

    let csv_path = out.path().join("personnes.csv");
    let run = cli.run(&["export", "people", "--format", "csv", "--output", &csv_path.display().to_string()]);
    assert_eq!(run.code, 0, "the people export succeeds; {}", run.describe());
    assert!(
        run.stdout.starts_with("1 ligne exportée dans ") && run.stdout.contains("personnes.csv"),
        "the line says how many lines went where (not the message of a person's own data): {}",
        run.stdout
    );
    let bytes = std::fs::read(&csv_path).expect("the CSV was written under the name given");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte order mark");
    let content = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    assert!(content.starts_with("Nom;Prénom;Année de naissance;"), "the national header, `;`-separated: {content}");
    assert!(content.contains("\r\nMercier;Josiane;1948;"), "Josiane's line after a CRLF: {content}");
}

#[test]
fn a_wrong_date_or_folder_is_refused_in_one_line_and_a_wrong_format_is_misuse() {
    let cli = Cli::initialised();
    let out = tempfile::tempdir().expect("a temporary folder");
    let missing = out.path().join("absent").join("export.xlsx");
    let message = cli.run(&["export", "activities", "--output", &missing.display().to_string()]).failure();
    assert!(message.contains("absent"), "the folder that cannot be written is named: {message}");
    let message = cli.run(&["export", "activities", "--from", "2025-13-01", "--output", &out.path().display().to_string()]).failure();
    assert!(!message.is_empty(), "a day that does not exist is refused: {message}");
    let run = cli.run(&["export", "activities", "--format", "ods"]);
    assert_eq!(run.code, 2, "an unknown format is misuse; {}", run.describe());
    let left: Vec<_> = std::fs::read_dir(out.path()).expect("the folder lists").collect();
    assert!(left.is_empty(), "nothing was written by the refused exports: {left:?}");
}

#[test]
fn statistics_are_exported_with_the_figures_of_escale_stats() {
    let cli = Cli::initialised();
    let person = cli
        .run(&["beneficiary", "add", "--first-name", "Josiane", "--last-name", "Mercier", "--birth-year", "1948", "--json"])
        .json();
    let person_id = text(&person, "/id").to_string();
    for (date, theme) in [("2025-03-10", "email"), ("2025-03-24", "sante"), ("2025-04-02", "email")] {
        let run = cli.run(&[
            "activity", "add", "--beneficiary", &person_id, "--place-type", "a_distance", "--date", date, "--theme", theme, "--json",
        ]);
        assert_eq!(run.code, 0, "an accompaniment is recorded; {}", run.describe());
    }
    let figures = cli.run(&["stats", "--from", "2025-03-01", "--to", "2025-03-31", "--json"]).json();
    assert_eq!(figures["totals"]["accompaniments"], 2, "March holds two accompaniments: {figures:#}");
    let out = tempfile::tempdir().expect("a temporary folder");
    let path = out.path().join("statistiques-mars.xlsx");
    let run = cli.run(&["export", "statistics", "--from", "2025-03-01", "--to", "2025-03-31", "--output", &path.display().to_string()]);
    assert_eq!(run.code, 0, "the statistics export succeeds; {}", run.describe());
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("the file opens as XLSX");
    let sheet = workbook.worksheet_range("Statistiques").expect("the platform's sheet name");
    assert_eq!(sheet.get_value((7, 1)), Some(&Data::String("01/03/2025 - 31/03/2025".into())), "the period in the Filtres block");
    assert_eq!(sheet.get_value((10, 0)), Some(&Data::String("Statistiques générales".into())), "the first section under the blocks");
    assert_eq!(sheet.get_value((11, 0)), Some(&Data::String("Accompagnements au total".into())), "the first figure's label");
    assert_eq!(sheet.get_value((11, 1)), Some(&Data::Float(2.0)), "the figure `escale stats` gives");
    let end = sheet.end().map_or(0, |(row, _)| row);
    let email = (0..=end)
        .find(|row| sheet.get_value((*row, 0)) == Some(&Data::String("E-mail".into())))
        .expect("a row for the e-mail theme");
    assert_eq!(sheet.get_value((email, 1)), Some(&Data::Float(1.0)), "one accompaniment about e-mail in March");
    assert_eq!(sheet.get_value((email, 2)), Some(&Data::Float(0.5)), "half of March's activities, as a spreadsheet percentage");

    let saved = cli.run(&["export", "statistics", "--format", "csv", "--output", &out.path().display().to_string(), "--json"]).json();
    let file_name = text(&saved, "/fileName");
    assert!(
        file_name.starts_with("coop-numerique_statistiques_") && file_name.ends_with(".csv"),
        "a folder given: the platform's file name: {file_name}"
    );
    let bytes = std::fs::read(text(&saved, "/path")).expect("the CSV was written");
    let content = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8 after the byte order mark");
    assert!(content.starts_with("Statistiques générales;;\r\n"), "the sections, `;`-separated, from the first line: {content}");
}
