//! Importing people from another tool's file (`people::import`): the preview, duplicates, the
//! reasons a line is refused, and the import's all-or-nothing transaction and audit.

use std::cell::Cell;

use escale_core::CoreError;
use escale_core::people::import::{ImportOptions, PersonLine};
use escale_core::progress;

use crate::support::{TestStore, add_person, everyone};

fn line(number: u32, last: &str, first: &str, year: &str) -> PersonLine {
    PersonLine { line: number, last_name: last.into(), first_name: first.into(), birth_year: year.into(), ..PersonLine::default() }
}

#[test]
fn the_preview_flags_duplicates_and_gives_every_reason_a_line_is_refused() {
    let mut store = TestStore::new();
    let mut known = crate::support::person("Élodie", "Martin");
    known.birth_year = Some(1958);
    let known = store.create_beneficiary(&known).expect("a person already here");
    let before = store.row_counts();
    let lines = vec![
        line(4, "MARTIN", "elodie", "1958"),
        line(5, "Martin", "Élodie", "1959"),
        PersonLine { email: "pas une adresse".into(), gender: "X".into(), ..line(6, "Diallo", "Awa", "1850") },
        line(7, "", "", ""),
        PersonLine { commune: "Guéret".into(), insee_code: "75056".into(), ..line(8, "Nguyen", "Bao", "1990") },
        line(9, "Nguyen", "Bao", "1990"),
    ];
    let preview = store.preview_people_import(&lines).expect("a preview");
    assert_eq!(store.row_counts(), before, "a preview writes nothing");
    assert_eq!((preview.lines, preview.accepted, preview.rejected_lines), (6, 4, 2), "{preview:?}");
    let duplicates: Vec<(u32, Vec<String>, Option<u32>)> = preview
        .likely_duplicates
        .iter()
        .map(|duplicate| (duplicate.line, duplicate.existing_ids.clone(), duplicate.earlier_line))
        .collect();
    assert_eq!(
        duplicates,
        vec![(4, vec![known.id.clone()], None), (9, Vec::new(), Some(8))],
        "same folded name and birth year as someone here (line 4), or as an earlier line (9); another year is someone else"
    );
    let refused: Vec<(u32, &str, Option<&str>)> =
        preview.rejected.iter().map(|issue| (issue.line, issue.code.as_str(), issue.field.as_deref())).collect();
    assert_eq!(
        refused,
        vec![
            (6, "value-not-understood", Some("gender")),
            (6, "birth-year-out-of-range", Some("birthYear")),
            (6, "email-invalid", Some("email")),
            (7, "name-required", Some("name")),
        ],
        "every broken rule of each refused line, with its field, as the form's validation gives them"
    );
    assert_eq!(preview.sample.iter().find(|person| person.line == 8).map(|person| person.commune_name.as_str()), Some("Guéret"), "the commune by its name");
    let text = format!("{:?}", preview.rejected);
    assert!(!text.contains("pas une adresse"), "the reasons do not repeat what the lines hold: {text}");
}

#[test]
fn an_import_writes_everyone_at_once_or_no_one() {
    let mut store = TestStore::new();
    add_person(&mut store, "Awa", "Diallo");
    let lines: Vec<PersonLine> = (0..600).map(|index| line(index + 2, &format!("Nom{index}"), "Prénom", "1980")).collect();
    let before = store.row_counts();

    // Cancelled midway (after 512 people are written inside the transaction).
    let calls = Cell::new(0);
    let cancelled = store.import_people(&lines, ImportOptions::default(), &|done, total| {
        calls.set(calls.get() + 1);
        assert_eq!(total, 600, "the total is known from the start");
        done < 512
    });
    assert!(matches!(cancelled, Err(CoreError::WorkCancelled)), "cancelled: {cancelled:?}");
    assert!(calls.get() >= 3, "progress was told along the way ({} calls)", calls.get());
    assert_eq!(store.row_counts(), before, "a cancelled import leaves every table as it was (people, index, audit)");
    assert_eq!(everyone(&store).len(), 1, "only the person from before");

    let outcome = store.import_people(&lines, ImportOptions::default(), &progress::unobserved).expect("imported");
    assert_eq!(outcome.imported, 600, "{outcome:?}");
    assert_eq!(everyone(&store).len(), 601, "the 600 people are listed");

    // Imported again, the same lines are all likely duplicates, and can be left out.
    let again = store
        .import_people(&lines, ImportOptions { skip_likely_duplicates: true }, &progress::unobserved)
        .expect("a second import");
    assert_eq!((again.imported, again.skipped_duplicates), (0, 600), "nobody twice: {again:?}");
}

#[test]
fn imported_people_are_audited_by_identifier_only() {
    let mut store = TestStore::new();
    let lines = vec![PersonLine { notes: "Vient le mardi".into(), ..line(4, "Kourouma", "Sékou", "1975") }];
    store.import_people(&lines, ImportOptions::default(), &progress::unobserved).expect("imported");
    let imported = store.search_beneficiaries("kourouma", 5).expect("search").remove(0);
    let events = store.audit_events_of(&imported.id).expect("the audit log reads");
    assert_eq!(
        events.iter().map(|event| (event.action.as_str(), event.entity.as_str())).collect::<Vec<_>>(),
        vec![("create", "beneficiary")],
        "one creation event for the imported person"
    );
    let text = format!("{events:?}");
    assert!(!text.contains("Kourouma") && !text.contains("mardi"), "the audit holds identifiers, not names or notes: {text}");
}
