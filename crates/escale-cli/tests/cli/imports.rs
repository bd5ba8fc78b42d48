//! `escale import people`: the preview, the report of refused lines, the import itself, the
//! national template as shipped, and an unreadable file.

use crate::support::Cli;

const TEMPLATE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../escale-exchange/tests/data/coop-numerique_import-beneficiaires.xlsx");

fn people(cli: &Cli) -> Vec<String> {
    let list = cli.run(&["beneficiary", "list", "--limit", "50", "--json"]).json();
    list.as_array().into_iter().flatten().map(|person| person["lastName"].as_str().unwrap_or_default().to_string()).collect()
}

#[test]
fn a_csv_file_is_previewed_then_imported_and_its_refused_lines_reported() {
    let cli = Cli::initialised();
    let folder = cli.temporary_dir();
    let file = folder.join("liste.csv");
    std::fs::write(&file, "Nom;Prénom;Année de naissance;Ville;Genre\nMartin;Léa;1980;Guéret;F\nDiallo;Awa;1850;Guéret;X\nNguyen;Bao;;Saint-Denis;M\n")
        .expect("the file is written");
    let file = file.to_str().expect("UTF-8");
    let report = folder.join("refus.csv");

    let dry = cli.run(&["import", "people", file, "--dry-run", "--rejects", report.to_str().expect("UTF-8")]);
    assert_eq!(dry.code, 0, "a dry run succeeds; {}", dry.describe());
    assert!(dry.stdout.contains("3 lignes lues : 2 personnes à importer, 1 ligne refusée."), "the summary; {}", dry.describe());
    assert!(dry.stdout.contains("Ligne 3 (Genre) : Genre non reconnu"), "each reason with its line and field; {}", dry.describe());
    assert!(dry.stdout.contains("Ligne 4 (Commune) : Plusieurs communes"), "the remark on Saint-Denis; {}", dry.describe());
    assert!(people(&cli).is_empty(), "a dry run writes nobody");
    let csv = std::fs::read(&report).expect("the report was saved");
    assert!(csv.starts_with(b"\xEF\xBB\xBFLigne;Champ;Motif;"), "UTF-8 with its mark and ';': {}", String::from_utf8_lossy(&csv));
    assert_eq!(
        String::from_utf8_lossy(&csv).lines().filter(|line| line.starts_with("3;")).count(),
        2,
        "line 3's two reasons (gender and year): {}",
        String::from_utf8_lossy(&csv)
    );

    let done = cli.run(&["import", "people", file]);
    assert_eq!(done.code, 0, "the import succeeds; {}", done.describe());
    assert!(done.stdout.contains("2 personnes importées."), "the outcome; {}", done.describe());
    let mut names = people(&cli);
    names.sort();
    assert_eq!(names, vec!["Martin", "Nguyen"], "the two accepted lines are people now");

    let again = cli.run(&["import", "people", file, "--skip-duplicates", "--json"]).json();
    assert_eq!(again["outcome"]["imported"], 0, "nobody twice: {again:#}");
    assert_eq!(again["outcome"]["skippedDuplicates"], 2, "both are likely duplicates: {again:#}");
}

#[test]
fn the_national_template_is_recognised_without_options() {
    let cli = Cli::initialised();
    let run = cli.run(&["import", "people", TEMPLATE]);
    assert_eq!(run.code, 0, "the template as shipped imports; {}", run.describe());
    assert!(run.stdout.contains("Modèle d’import de La Coop de la médiation numérique reconnu"), "recognised; {}", run.describe());
    assert_eq!(people(&cli), vec!["Exemple"], "its one example person");
}

#[test]
fn an_unreadable_file_is_one_translated_line() {
    let cli = Cli::initialised();
    let empty = cli.temporary_dir().join("vide.csv");
    std::fs::write(&empty, b"").expect("written");
    let message = cli.run(&["import", "people", empty.to_str().expect("UTF-8")]).failure();
    assert_eq!(message, "Le fichier est vide : aucune cellule remplie.", "the empty file's own message");
    let message = cli.run(&["--lang", "en", "import", "people", TEMPLATE, "--sheet", "Feuil1"]).failure();
    assert_eq!(message, "The workbook has no sheet “Feuil1”. Its sheets: Bénéficiaires, Communes.", "the sheets are listed");
}
