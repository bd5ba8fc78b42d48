//! Time of the statistics of a year on the benchmark dataset (100,000 people, about a million
//! accompaniments, all within the year before it was generated): the target is ≤ 150 ms.
//!
//! ```sh
//! cargo run --release -p escale-core --example bench_statistics -- [--people N] [--runs N]
//! ```
//!
//! Read-only apart from the schema: the first run on a dataset made before a migration applies
//! it to the cached dataset (once).
#![allow(clippy::print_stdout)]

#[path = "../benches/support/dataset.rs"]
mod dataset;

use std::time::Instant;

use chrono::{Days, NaiveDate};
use escale_core::stats::StatisticsQuery;

fn main() {
    let mut people = dataset::DEFAULT_PEOPLE;
    let mut runs = 10usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next().and_then(|n| n.replace('_', "").parse::<usize>().ok())) {
            ("--people", Some(n)) => people = n as u32,
            ("--runs", Some(n)) => runs = n.max(1),
            _ => {
                eprintln!("usage: bench_statistics [--people N] [--runs N]");
                std::process::exit(2);
            }
        }
    }
    let dir = dataset::ensure(people);
    let generated_on: NaiveDate = dataset::marker(&dir)
        .and_then(|marker| marker.generated_on.parse().ok())
        .unwrap_or_else(escale_core::clock::today);
    let opened = Instant::now();
    let store = dataset::open(&dir);
    println!("opened in {:.1} s (migrations included)", opened.elapsed().as_secs_f64());

    let year = StatisticsQuery { from: generated_on - Days::new(364), to: generated_on, place_id: None };
    let month = StatisticsQuery { from: generated_on - Days::new(29), to: generated_on, place_id: None };
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
}
