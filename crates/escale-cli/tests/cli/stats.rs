//! `escale stats`: the figures of a period, as JSON for scripts and as translated lines.

use crate::support::Cli;

#[test]
fn stats_of_a_month_count_what_was_recorded_and_say_it_in_the_mediator_s_language() {
    let cli = Cli::initialised();
    let person = cli.run(&["beneficiary", "add", "--first-name", "Aïcha", "--last-name", "Benali", "--json"]).json();
    let id = person["id"].as_str().expect("the new person's id").to_string();
    let today = escale_core::clock::today();
    let month = today.format("%Y-%m").to_string();
    for _ in 0..2 {
        let recorded = cli.run(&[
            "activity", "add", "--beneficiary", &id, "--place-type", "a_distance", "--theme", "email", "--duration", "45", "--json",
        ]);
        recorded.json();
    }

    let figures = cli.run(&["stats", "--month", &month, "--json"]).json();
    assert_eq!(figures["totals"]["accompaniments"], 2, "two accompaniments this month: {figures:#}");
    assert_eq!(figures["totals"]["people"], 1, "of one person");
    assert_eq!(figures["totals"]["newPeople"], 1, "who is new this month");
    let email = figures["digitalThemes"]
        .as_array()
        .expect("the digital themes")
        .iter()
        .find(|share| share["key"] == "email")
        .expect("e-mail is listed");
    assert_eq!(email["count"], 2, "both were about e-mail");
    assert_eq!(email["percent"], 100.0, "every activity of the month was about e-mail");

    let text = cli.run_with_env(&[("ESCALE_LANG", "fr")], &["stats", "--month", &month]);
    assert_eq!(text.code, 0, "{}", text.describe());
    let localizer = escale_core::i18n::Localizer::new("fr");
    assert!(
        text.stdout.contains(&localizer.text("stats-digital-themes")),
        "the breakdowns have their translated headings: {}",
        text.describe()
    );
    assert!(text.stdout.contains("E-mail : 2 (100 %)"), "a value's line: label, count, share: {}", text.describe());
    assert!(!text.stdout.contains("stats-"), "no raw message id: {}", text.describe());
}

#[test]
fn a_period_ending_before_it_starts_is_one_translated_error_line() {
    let cli = Cli::initialised();
    let refused = cli.run_with_env(&[("ESCALE_LANG", "fr")], &["stats", "--from", "2026-03-01", "--to", "2026-02-01"]);
    let message = refused.failure();
    assert!(message.contains("La fin de la période est avant son début"), "the French message: {message}");
}

/// `pdftotext`'s text of a PDF as laid out (a bar's label and figures on one line), spaces folded.
fn pdf_text(path: &std::path::Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils: scripts/install-deps.sh --test)");
    assert!(output.status.success(), "pdftotext reads {}", path.display());
    String::from_utf8(output.stdout).expect("UTF-8").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_monthly_report_is_written_with_the_structure_s_text_kept_for_the_next_printing() {
    use chrono::{Datelike, Months};
    let cli = Cli::initialised();
    let person = cli.run(&["beneficiary", "add", "--first-name", "Aïcha", "--last-name", "Benali", "--json"]).json();
    let id = person["id"].as_str().expect("the new person's id").to_string();
    let month = escale_core::clock::today().with_day(1).expect("a first day") - Months::new(1);
    let day = (month + chrono::Days::new(3)).to_string();
    for _ in 0..2 {
        let recorded = cli.run(&[
            "activity", "add", "--beneficiary", &id, "--place-type", "a_distance", "--theme", "email", "--duration", "45",
            "--date", &day, "--json",
        ]);
        recorded.json();
    }
    let key = month.format("%Y-%m").to_string();
    let out = cli.home().join("rapport.pdf");
    let out_arg = out.display().to_string();

    let written = cli.run(&["report", "--month", &key, "--text", "Le bus passe maintenant à Lavans.", "--out", &out_arg]);
    assert_eq!(written.code, 0, "{}", written.describe());
    assert!(written.stdout.contains(&out_arg), "the line says where the report is: {}", written.describe());
    let text = pdf_text(&out);
    let french = escale_core::i18n::Localizer::new("fr");
    assert!(text.contains(&format!("Rapport d’activité — {}", french.month(month))), "the report is titled by its month: {text}");
    assert!(text.contains("Le bus passe maintenant à Lavans."), "the structure's text is printed: {text}");
    assert!(text.contains("E-mail 2 (100 %)"), "both accompaniments of the month were about e-mail: {text}");

    let bad_month = cli.run(&["report", "--month", "2026-13", "--text", "Autre texte", "--out", &out_arg]);
    assert_eq!(
        bad_month.failure(),
        french.text("error-month-invalid"),
        "a month that does not exist is refused in one translated line"
    );
    let unknown_place = cli.run(&["report", "--month", &key, "--place", "no-such-place", "--text", "Autre texte", "--out", &out_arg]);
    unknown_place.failure();
    std::fs::remove_file(&out).expect("the first report is removed");

    let again = cli.run(&["report", "--month", &key, "--out", &out_arg]);
    assert_eq!(again.code, 0, "{}", again.describe());
    let text = pdf_text(&out);
    assert!(
        text.contains("Le bus passe maintenant à Lavans.") && !text.contains("Autre texte"),
        "printed again without --text, the report keeps the text saved, and refused runs saved none: {text}"
    );
}
