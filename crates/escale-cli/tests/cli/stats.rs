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
