//! Printed documents from the command line: `escale pdf summary|procedure|consent ID --out FILE`
//! writes a PDF in French and the person's language (or the one `--lang` asks for), all or
//! nothing; a bad id or folder is refused in one translated line and leaves no file.

use std::path::Path;
use std::process::Command;

use crate::support::{Cli, text};

/// `pdftotext`'s text of a file, spaces folded and invisible direction marks dropped.
fn pdf_text(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils: scripts/install-deps.sh --test)");
    assert!(output.status.success(), "pdftotext reads {}: {}", path.display(), String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .chars()
        // Isolates, and the embeddings pdftotext puts around right-to-left runs.
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{202a}'..='\u{202e}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn pdf_fonts(path: &Path) -> String {
    let output = Command::new("pdffonts").arg(path).output().expect("pdffonts runs");
    assert!(output.status.success(), "pdffonts reads {}", path.display());
    String::from_utf8(output.stdout).expect("UTF-8")
}

fn qpdf_check(path: &Path) {
    let output = Command::new("qpdf").arg("--check").arg(path).output().expect("qpdf runs");
    assert!(
        output.status.success(),
        "qpdf --check finds {} sound: {}{}",
        path.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Files of `folder`, by name.
fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("the folder lists")
        .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_three_documents_are_printed_in_french_and_the_persons_language() {
    let cli = Cli::initialised();
    let run = cli.run(&["structure", "set", "--name", "France Services Saint-Denis", "--phone", "01 49 33 12 34"]);
    assert_eq!(run.code, 0, "{}", run.describe());
    let person = cli
        .run(&["beneficiary", "add", "--first-name", "Amina", "--last-name", "Benali", "--document-language", "ar", "--json"])
        .json();
    let person_id = text(&person, "/id").to_string();
    let procedure = cli
        .run(&["procedure", "start", "--beneficiary", &person_id, "--kind", "caf_rsa", "--reference", "2024-123-B",
               "--deadline", "2031-03-12", "--json"])
        .json();
    let procedure_id = text(&procedure, "/id").to_string();
    let activity = cli
        .run(&["activity", "add", "--beneficiary", &person_id, "--place-type", "a_distance",
               "--theme", "aide_aux_demarches_administratives", "--theme", "social_sante",
               "--next-steps", "Apporter le RIB.", "--json"])
        .json();
    let activity_id = text(&activity, "/id").to_string();

    let out = cli.home().join("out");
    std::fs::create_dir_all(&out).expect("an output folder");
    let summary = out.join("resume.pdf");
    let run = cli.run(&["pdf", "summary", &activity_id, "--out", summary.to_str().expect("UTF-8 path")]);
    assert_eq!(run.code, 0, "the summary prints: {}", run.describe());
    assert!(run.stdout.contains("Document enregistré") && run.stdout.contains("resume.pdf"), "says where it saved: {}", run.stdout);
    let words = pdf_text(&summary);
    // Right-to-left runs come back in logical order; around them, pdftotext keeps the order of
    // the line (a page mostly in French reads left to right), so Arabic is checked run by run.
    for expected in ["Résumé de votre rendez-vous", "Pour : Amina Benali", "2024-123-B", "Relevé d’identité bancaire (RIB)",
                     "كشف الهوية البنكية", "المساعدة في الإجراءات الإدارية", "دخل التضامن النشط"] {
        assert!(words.contains(expected), "the summary says \"{expected}\" (French and Arabic, logical order):\n{words}");
    }
    let fonts = pdf_fonts(&summary);
    assert!(fonts.contains("NotoSansArabic"), "the Arabic column has its font:\n{fonts}");
    for line in fonts.lines().skip(2) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert!(
            fields.len() >= 5 && fields[fields.len() - 5] == "yes" && fields[fields.len() - 4] == "yes",
            "every font is embedded and subset: {line}"
        );
    }
    qpdf_check(&summary);

    let ukrainian = out.join("resume-uk.pdf");
    let run = cli.run(&["pdf", "summary", &activity_id, "--out", ukrainian.to_str().expect("UTF-8"), "--lang", "uk"]);
    assert_eq!(run.code, 0, "--lang overrides the person's language: {}", run.describe());
    let words = pdf_text(&ukrainian);
    assert!(words.contains("RIB (банківські реквізити)") && !words.contains("كشف"), "Ukrainian instead of Arabic:\n{words}");

    let sheet = out.join("demarche.pdf");
    let run = cli.run(&["pdf", "procedure", &procedure_id, "--out", sheet.to_str().expect("UTF-8"), "--lang", "fr"]);
    assert_eq!(run.code, 0, "the procedure sheet prints: {}", run.describe());
    let words = pdf_text(&sheet);
    assert!(words.contains("Suivi de votre démarche") && words.contains("Numéro de dossier : 2024-123-B"), "{words}");
    assert!(!words.contains("كشف"), "--lang fr gives French only:\n{words}");
    qpdf_check(&sheet);

    let consent = out.join("accord.pdf");
    let run = cli.run(&["pdf", "consent", &person_id, "--out", consent.to_str().expect("UTF-8")]);
    assert_eq!(run.code, 0, "the consent form prints: {}", run.describe());
    let words = pdf_text(&consent);
    assert!(words.contains("24 mois") && words.contains("Date et signature de la personne"), "{words}");
    qpdf_check(&consent);

    assert_eq!(names_in(&out), ["accord.pdf", "demarche.pdf", "resume-uk.pdf", "resume.pdf"], "exactly the files asked for, no temporary file left");
}

#[test]
fn a_bad_id_language_or_folder_is_refused_in_one_line_and_writes_nothing() {
    let cli = Cli::initialised();
    let person = cli.run(&["beneficiary", "add", "--first-name", "Moussa", "--last-name", "Traoré", "--json"]).json();
    let person_id = text(&person, "/id").to_string();
    let out = cli.home().join("out");
    std::fs::create_dir_all(&out).expect("an output folder");
    let target = out.join("accord.pdf");
    let target_text = target.to_str().expect("UTF-8").to_string();

    let unknown = cli.run(&["pdf", "summary", "0190aaaa-0000-7000-8000-000000000000", "--out", &target_text]).failure();
    assert!(unknown.contains("n’existe pas"), "an unknown accompaniment is told in French: {unknown}");
    let language = cli.run(&["pdf", "consent", &person_id, "--out", &target_text, "--lang", "xx"]).failure();
    assert!(language.contains("« xx »"), "an unknown language is named: {language}");
    assert!(names_in(&out).is_empty(), "refused commands write no file: {:?}", names_in(&out));

    let missing_folder = out.join("no-such-key").join("accord.pdf");
    let refused = cli.run(&["pdf", "consent", &person_id, "--out", missing_folder.to_str().expect("UTF-8")]).failure();
    assert!(
        refused.contains("Impossible d’enregistrer dans le dossier") && !refused.contains("accord.pdf"),
        "a folder that cannot be written is named, not the file (its name may be a person's): {refused}"
    );
    assert!(!missing_folder.exists(), "nothing was written");

    std::fs::write(&target, b"the previous document").expect("an older file");
    let english = cli.run(&["--lang", "en", "pdf", "consent", &person_id, "--out", "/proc/escale-cannot-write-here/accord.pdf"]).failure();
    assert!(english.contains("Cannot save into the folder"), "the message follows the interface language: {english}");
    assert_eq!(std::fs::read(&target).expect("readable"), b"the previous document", "a refused save touches no other file");
}
