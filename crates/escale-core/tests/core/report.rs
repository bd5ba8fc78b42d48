//! The monthly report's content: the structure's text for a month, kept like every write, and
//! the month's procedures named as the mediators know them.

use chrono::{Datelike, Months, NaiveDate};
use escale_core::activity::ActivityInput;
use escale_core::procedure::ProcedureInput;
use escale_core::stats::report::{ProcedureNaming, REPORT_NOTE_MAX_CHARS, parse_month};
use escale_core::vocabulary::Theme;
use escale_core::{CoreError, Store, ValidationError};

use crate::support::{TestStore, add_person, validation_error, validation_errors};

/// The first day of the month two months before this one: always a past, whole month.
fn past_month() -> NaiveDate {
    escale_core::clock::today().with_day(1).expect("a first day") - Months::new(2)
}

fn accompany(store: &mut Store, person: &str, date: NaiveDate, procedure_name: &str) -> String {
    store
        .record_activity(&ActivityInput {
            themes: vec![Theme::AdministrativeProcedureHelp],
            procedure_name: procedure_name.to_string(),
            date,
            ..ActivityInput::individual(person)
        })
        .expect("a valid accompaniment")
        .id
}

#[test]
fn the_structure_s_text_for_a_month_is_kept_replaced_and_removed() {
    let mut store = TestStore::new();
    let october = past_month();
    let november = october + Months::new(1);
    assert_eq!(store.report_note(october).expect("readable"), "", "no text before one is written");

    store.save_report_note(october, "  Le bus s’arrête désormais à Lavans.\n").expect("a short text is kept");
    assert_eq!(
        store.report_note(october + chrono::Days::new(10)).expect("readable"),
        "Le bus s’arrête désormais à Lavans.",
        "any day of the month reads the month's text, trimmed as saved"
    );
    assert_eq!(store.report_note(november).expect("readable"), "", "each month has its own text");

    store.save_report_note(october, "Deux nouveaux lieux.").expect("a new text replaces the old one");
    assert_eq!(store.report_note(october).expect("readable"), "Deux nouveaux lieux.", "the latest text is the month's");

    let too_long = "a".repeat(REPORT_NOTE_MAX_CHARS + 1);
    assert_eq!(
        validation_error(store.save_report_note(october, &too_long)),
        ValidationError::TooLong { field: "reportNote", max: REPORT_NOTE_MAX_CHARS },
        "a text longer than a printed paragraph or two is refused"
    );
    assert_eq!(
        validation_error(store.save_report_note(october, "escape \u{1b}[31m")),
        ValidationError::ControlCharacters { field: "reportNote" },
        "control characters are refused as in every typed field"
    );
    assert_eq!(store.report_note(october).expect("readable"), "Deux nouveaux lieux.", "a refused text changes nothing");

    store.reopen();
    assert_eq!(store.report_note(october).expect("readable"), "Deux nouveaux lieux.", "the text is on disk once saved");

    store.save_report_note(october, "   ").expect("an empty text removes the month's");
    assert_eq!(store.report_note(october).expect("readable"), "", "nothing is printed once the text is removed");

    let events = store.audit_events_of(&october.to_string()).expect("the audit log reads");
    assert_eq!(
        events.iter().map(|event| event.action.as_str()).collect::<Vec<_>>(),
        ["update", "update", "delete"],
        "every change of the text is audited, by month: {events:?}"
    );
    let audit_rows: String = store
        .raw()
        .query_row("SELECT group_concat(action || entity || entity_id) FROM audit_event", [], |row| row.get(0))
        .expect("the audit table reads");
    assert!(!audit_rows.contains("Lavans"), "the audit log names the month, never the text: {audit_rows}");
}

#[test]
fn the_monthly_report_counts_its_month_and_names_the_procedures_worked_on() {
    let mut store = TestStore::new();
    let month = past_month();
    let amina = add_person(&mut store, "Amina", "Benali").id;
    let karim = add_person(&mut store, "Karim", "Haddad").id;
    accompany(&mut store, &amina, month + chrono::Days::new(2), "Demande de RSA");
    accompany(&mut store, &karim, month + chrono::Days::new(5), " demande de RSA ");
    let linked = accompany(&mut store, &karim, month + chrono::Days::new(9), "Demande de RSA");
    accompany(&mut store, &amina, month - chrono::Days::new(1), "Carte grise");
    let procedure = store.create_procedure(&ProcedureInput::new(&karim, "caf_rsa")).expect("a procedure of the catalogue");
    store.link_procedure_activity(&procedure.id, &linked).expect("Karim's accompaniment worked on his procedure");

    let report = store.monthly_report(month + chrono::Days::new(15), None).expect("the month's report");
    assert_eq!(report.month, month, "any day names its month");
    assert_eq!(report.statistics.query.from, month, "the report starts on the month's first day");
    assert_eq!(
        report.statistics.query.to,
        month + Months::new(1) - chrono::Days::new(1),
        "and ends on its last day"
    );
    assert_eq!(
        report.statistics.totals.accompaniments, 3,
        "the accompaniment of the last day of the month before is not the month's"
    );
    let procedures: Vec<(ProcedureNaming, u64)> =
        report.procedures.iter().map(|share| (share.naming.clone(), share.activities)).collect();
    assert_eq!(
        procedures,
        [
            (ProcedureNaming::Typed { name: "Demande de RSA".into() }, 2),
            (ProcedureNaming::Catalogue { id: "caf_rsa".into(), custom_label: None }, 1),
        ],
        "names differing by case and spaces count once; an accompaniment linked to a followed \
         procedure counts for that procedure only; the month before's procedure is not listed"
    );
    let share = &report.procedures[0];
    assert!((share.percent - 200.0 / 3.0).abs() < 1e-9, "two of the month's three activities: {}", share.percent);
    assert_eq!(report.note, "", "no text was written for the month");
}

#[test]
fn a_month_not_written_as_year_and_month_or_an_unknown_place_is_refused() {
    let store = TestStore::new();
    for typed in ["2026-13", "2026", "octobre", "", "2026-10-01"] {
        assert_eq!(
            validation_errors(parse_month(typed)),
            [ValidationError::MonthInvalid],
            "{typed:?} is no month of the form YYYY-MM"
        );
    }
    assert_eq!(parse_month(" 2026-10 ").ok(), NaiveDate::from_ymd_opt(2026, 10, 1), "a month is its first day");
    assert!(
        matches!(store.monthly_report(past_month(), Some("no-such-place")), Err(CoreError::NotFound { entity: "place", .. })),
        "a report of a place that does not exist is an error, not an empty report"
    );
}
