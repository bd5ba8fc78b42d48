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
