//! Demo data: a living store for newcomers, the same every time for a given seed.

use std::collections::BTreeSet;

use chrono::Datelike;
use escale_core::activity::ActivityFilter;
use escale_core::demo::{self, DemoOptions, DemoSummary};
use escale_core::vocabulary::{ActivityKind, ProcedureStatus};

use crate::support::{TestStore, everyone};

/// A store filled with `options`, and what the generator says it made.
fn generated(options: DemoOptions) -> (TestStore, DemoSummary) {
    let mut store = TestStore::new();
    let summary = demo::generate(&mut store, options).expect("demo data is generated");
    (store, summary)
}

/// Whether some character of `text` lies in one of `ranges`.
fn uses_script(text: &str, ranges: &[std::ops::RangeInclusive<char>]) -> bool {
    text.chars()
        .any(|c| ranges.iter().any(|range| range.contains(&c)))
}

#[test]
fn sixty_people_with_a_year_of_varied_activity() {
    let (store, summary) = generated(DemoOptions::people(60));
    let people = everyone(&store);
    assert_eq!(
        summary.people, 60,
        "the generator reports the number asked for"
    );
    assert_eq!(people.len(), 60, "and that many people are in the list");

    let names: Vec<String> = people
        .iter()
        .map(|p| format!("{} {}", p.first_name, p.last_name))
        .collect();
    let scripts: [(&str, &[std::ops::RangeInclusive<char>]); 4] = [
        ("Latin", &['A'..='Z', 'a'..='z', '\u{00C0}'..='\u{024F}']),
        ("Arabic", &['\u{0600}'..='\u{06FF}']),
        ("Cyrillic", &['\u{0400}'..='\u{04FF}']),
        ("Ethiopic", &['\u{1200}'..='\u{137F}']),
    ];
    for (script, ranges) in scripts {
        assert!(
            names.iter().any(|name| uses_script(name, ranges)),
            "the demo shows names in {script} script, as mediators meet them: {names:?}"
        );
    }

    let procedures = store.procedures(None).expect("procedures are listable");
    assert_eq!(
        procedures.len() as u32,
        summary.procedures,
        "the generator reports the procedures it made"
    );
    let statuses: BTreeSet<ProcedureStatus> = procedures.iter().map(|p| p.status).collect();
    assert_eq!(
        statuses,
        ProcedureStatus::ALL.iter().copied().collect(),
        "procedures stand at every status, so every screen state has an example"
    );
    for procedure in &procedures {
        assert_eq!(
            procedure.history.first().map(|change| change.status),
            Some(ProcedureStatus::ToDo),
            "a demo procedure's history starts at its creation"
        );
        assert_eq!(
            procedure.history.last().map(|change| change.status),
            Some(procedure.status),
            "the last step of the history is the current status"
        );
    }

    let activities = store
        .activities(&ActivityFilter {
            limit: Some(10_000),
            ..ActivityFilter::default()
        })
        .expect("listable");
    assert_eq!(
        activities.len() as u32,
        summary.activities,
        "the generator reports the activities it made"
    );
    let workshops = activities
        .iter()
        .filter(|a| a.kind == ActivityKind::Workshop)
        .count();
    assert!(workshops >= 1, "there is at least one workshop");
    assert_eq!(
        workshops as u32, summary.workshops,
        "the generator reports the workshops it made"
    );
    let months: BTreeSet<(i32, u32)> = activities
        .iter()
        .map(|a| (a.date.year(), a.date.month()))
        .collect();
    assert!(
        months.len() > 6,
        "activities are spread over the year (for monthly reports), found months {months:?}"
    );
    let today = escale_core::clock::today();
    assert!(
        activities.iter().all(|a| a.date <= today),
        "no demo activity is in the future"
    );
}

#[test]
fn the_same_seed_gives_the_same_people() {
    let options = DemoOptions {
        people: 40,
        activities_per_person: 2.0,
        seed: 7,
    };
    let (first, first_summary) = generated(options);
    let (second, second_summary) = generated(options);
    let names = |store: &TestStore| -> Vec<(String, String, Option<i32>)> {
        everyone(store)
            .into_iter()
            .map(|p| (p.first_name, p.last_name, p.birth_year))
            .collect()
    };
    assert_eq!(
        names(&first),
        names(&second),
        "same seed, same people in the same order (benchmarks compare runs)"
    );
    assert_eq!(
        first_summary, second_summary,
        "same seed, same amounts of everything"
    );

    let (other, _) = generated(DemoOptions { seed: 8, ..options });
    assert_ne!(
        names(&first),
        names(&other),
        "another seed gives other people: the seed is really used"
    );
}

#[test]
fn generating_twice_reuses_the_places() {
    let (mut store, _) = generated(DemoOptions::people(10));
    let places = store.places().expect("listable");
    demo::generate(&mut store, DemoOptions::people(10)).expect("a second run works");
    assert_eq!(
        store.places().expect("listable"),
        places,
        "the demo places are created once, then reused"
    );
    assert_eq!(everyone(&store).len(), 20, "people are added at each run");
}

#[test]
fn demo_data_tells_its_progress_up_to_every_record_written() {
    let mut store = TestStore::new();
    let reports = std::cell::RefCell::new(Vec::new());
    let summary = demo::generate_with_progress(&mut store, DemoOptions::people(200), &|done, total| {
        reports.borrow_mut().push((done, total));
        true
    })
    .expect("demo data is generated");
    let reports = reports.into_inner();
    assert!(reports.len() > 3, "a bar has several steps to show for 200 people: {reports:?}");
    assert!(
        reports.windows(2).all(|pair| pair[1].0 >= pair[0].0),
        "what is done only grows: {reports:?}"
    );
    assert!(reports.iter().all(|(done, total)| done <= total), "never more done than in all: {reports:?}");
    let written = u64::from(summary.people + summary.activities + summary.procedures);
    assert_eq!(
        reports.last().copied(),
        Some((written, written)),
        "the last report is the whole: every person, activity and procedure written"
    );
}

#[test]
fn demo_data_cancelled_half_way_writes_no_person_and_the_store_works_on() {
    let mut store = TestStore::new();
    let before = store.row_counts();
    let asked = std::cell::Cell::new(0u32);
    let cancelled = demo::generate_with_progress(&mut store, DemoOptions::people(300), &|done, total| {
        asked.set(asked.get() + 1);
        // Stopped once about half is written: the people are in, the accompaniments are not.
        done * 2 < total
    });
    assert!(
        matches!(cancelled, Err(escale_core::CoreError::WorkCancelled)),
        "the generator says it was cancelled: {cancelled:?}"
    );
    assert!(asked.get() > 1, "it was asked more than once before stopping");
    let after = store.row_counts();
    for table in ["beneficiary", "activity", "procedure"] {
        assert_eq!(
            after.get(table),
            before.get(table),
            "the people, accompaniments and procedures are one transaction, rolled back: {table}"
        );
    }
    let again = demo::generate(&mut store, DemoOptions::people(10)).expect("a later demo works normally");
    assert_eq!(everyone(&store).len(), 10, "only the people of the later demo are there: {again:?}");
}
