//! Time of the statistics of a year on the benchmark dataset (100,000 people, about a million
//! accompaniments, all within the year before it was generated): the target is ≤ 150 ms.
//!
//! ```sh
//! cargo run --release -p escale-core --example bench_statistics -- [--people N] [--runs N]
//! ```
//!
//! Statistics are added up from the figures kept for each day (stats/days.rs). Also timed: the
//! first reading on a dataset whose days were never counted (once per dataset: it counts and
//! saves every day), a reading after one activity was deleted (its day counted again; the
//! activity is restored afterwards), and, once, the same year read from every row as before
//! days were kept (`--no-baseline` skips it: about half a minute).
//!
//! Writes to the cached dataset: the schema's migrations (once), the days' figures (once), and
//! one activity deleted and restored (its audit events stay).
#![allow(clippy::print_stdout)]

#[path = "../benches/support/dataset.rs"]
mod dataset;

use std::time::Instant;

use chrono::{Days, NaiveDate};
use escale_core::stats::StatisticsQuery;

fn main() {
    let mut people = dataset::DEFAULT_PEOPLE;
    let mut runs = 10usize;
    let mut baseline = true;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--no-baseline" {
            baseline = false;
            continue;
        }
        match (arg.as_str(), args.next().and_then(|n| n.replace('_', "").parse::<usize>().ok())) {
            ("--people", Some(n)) => people = n as u32,
            ("--runs", Some(n)) => runs = n.max(1),
            _ => {
                eprintln!("usage: bench_statistics [--people N] [--runs N] [--no-baseline]");
                std::process::exit(2);
            }
        }
    }
    let dir = dataset::ensure(people);
    let generated_on: NaiveDate = dataset::marker(&dir)
        .and_then(|marker| marker.generated_on.parse().ok())
        .unwrap_or_else(escale_core::clock::today);
    let opened = Instant::now();
    let mut store = dataset::open(&dir);
    println!("opened in {:.1} s (migrations included)", opened.elapsed().as_secs_f64());

    let year = StatisticsQuery { from: generated_on - Days::new(364), to: generated_on, place_id: None };
    let month = StatisticsQuery { from: generated_on - Days::new(29), to: generated_on, place_id: None };
    let first = Instant::now();
    let figures = store.statistics(&year).expect("statistics of the dataset");
    println!(
        "first reading of a year: {:.1} s (counts and saves the days never counted: once per dataset)",
        first.elapsed().as_secs_f64()
    );
    for (name, query) in [("a year", &year), ("a month", &month)] {
        // One run first, untimed: the page cache then holds what every later run reads.
        let figures = store.statistics(query).expect("statistics of the dataset");
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let started = Instant::now();
                let again = store.statistics(query).expect("statistics of the dataset");
                let elapsed = started.elapsed().as_secs_f64() * 1000.0;
                assert_eq!(again.totals, figures.totals, "the same question gives the same answer");
                elapsed
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let verdict = |ms: f64| if ms <= 150.0 { "ok" } else { "MISSED" };
        println!(
            "statistics of {name:<8} {:>9} accompaniments, {:>7} people, {:>8} activities: \
             median {:>8.1} ms, min {:>8.1} ms, max {:>8.1} ms  (target ≤ 150 ms for a year: {})",
            figures.totals.accompaniments,
            figures.totals.people,
            figures.totals.activities,
            times[times.len() / 2],
            times[0],
            times[times.len() - 1],
            verdict(times[times.len() / 2]),
        );
    }
    // After a change: the changed day is counted again from the rows, the others are read.
    let recent = store
        .activities(&escale_core::activity::ActivityFilter {
            from: Some(generated_on - Days::new(7)),
            limit: Some(1),
            ..Default::default()
        })
        .expect("the dataset's activities");
    if let Some(activity) = recent.first() {
        let mut times = Vec::new();
        for change in 0..2 {
            if change == 0 {
                store.delete_activity(&activity.id).expect("an activity deleted");
            } else {
                store.restore_activity(&activity.id).expect("and restored");
            }
            let started = Instant::now();
            store.statistics(&year).expect("statistics of the dataset");
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        println!(
            "statistics of a year just after an activity of {} was deleted: {:.1} ms, and restored: {:.1} ms",
            activity.date, times[0], times[1]
        );
        assert_eq!(store.statistics(&year).expect("statistics").totals, figures.totals, "restored as it was");
    }
    if baseline {
        let started = Instant::now();
        let rows = store.statistics_from_every_row(&year).expect("statistics from every row");
        println!(
            "statistics of a year read from every row (before days were kept): {:.1} s",
            started.elapsed().as_secs_f64()
        );
        assert_eq!(rows, store.statistics(&year).expect("statistics"), "the days add up to what every row says");
    }
}
