//! Latency percentiles of the operations the targets are about, on the benchmark dataset:
//! name search (≤ 5 ms p95 at 100,000 people) and durable saves (≤ 3 ms p95).
//! Criterion (`cargo bench`) gives means and confidence intervals; this gives p50/p95/p99.
//!
//! ```sh
//! cargo run --release -p escale-core --example latency -- [--people N] [--iterations N]
//! ```
//!
//! The dataset is taken from the benchmarks' cache, generated first if missing. Saves go to a
//! throw-away copy of it.
#![allow(clippy::print_stdout)]

#[path = "../benches/support/dataset.rs"]
mod dataset;

use std::process::ExitCode;
use std::time::{Duration, Instant};

const SEARCH_TARGET_MS: f64 = 5.0;
const SAVE_TARGET_MS: f64 = 3.0;
/// A person's file with 200 accompaniments: their record, procedures and whole timeline.
const FILE_TARGET_MS: f64 = 20.0;
const WARM_UP: usize = 20;

struct Percentiles {
    p50: f64,
    p95: f64,
    p99: f64,
    max: f64,
    mean: f64,
}

fn percentiles(mut samples: Vec<Duration>) -> Percentiles {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    // Nearest rank: the smallest sample with at least q of the samples at or below it.
    let at = |q: f64| ms(samples[((q * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1]);
    Percentiles {
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
        max: ms(*samples.last().expect("samples")),
        mean: samples.iter().map(|d| ms(*d)).sum::<f64>() / samples.len() as f64,
    }
}

fn measure(iterations: usize, mut operation: impl FnMut(usize)) -> Percentiles {
    for i in 0..WARM_UP {
        operation(i);
    }
    let samples = (0..iterations)
        .map(|i| {
            let started = Instant::now();
            operation(WARM_UP + i);
            started.elapsed()
        })
        .collect();
    percentiles(samples)
}

fn print_row(name: &str, extra: &str, p: &Percentiles, target_ms: f64, note: &str) {
    let verdict = if p.p95 <= target_ms { "ok" } else { "MISSED" };
    println!(
        "{name:<34} {extra:>5} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3}  p95 ≤ {target_ms} ms: {verdict:<6} {note}",
        p.p50, p.p95, p.p99, p.max, p.mean
    );
}

fn main() -> ExitCode {
    let mut people = dataset::DEFAULT_PEOPLE;
    let mut iterations = 500usize;
    let mut only: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value.as_deref().map(|v| v.replace('_', ""))) {
            ("--people", Some(v)) if v.parse::<u32>().is_ok() => people = v.parse().expect("checked"),
            ("--iterations", Some(v)) if v.parse::<usize>().is_ok_and(|n| n > 0) => {
                iterations = v.parse().expect("checked")
            }
            ("--only", Some(v)) => only = Some(v),
            _ => {
                eprintln!("usage: latency [--people N] [--iterations N] [--only search|save|file]");
                return ExitCode::from(2);
            }
        }
    }
    let dir = dataset::ensure(people);
    let marker = dataset::marker(&dir).expect("a ready dataset has a marker");
    println!(
        "dataset: {} people, {} accompaniments, {:.1} MiB in {}",
        marker.summary.people,
        marker.summary.accompaniments,
        dataset::database_bytes(&dir) as f64 / 1_048_576.0,
        dir.display()
    );
    println!("{iterations} timed iterations each, after {WARM_UP} warm-up ones; times in ms\n");
    println!("{:<34} {:>5} {:>8} {:>8} {:>8} {:>8} {:>8}", "operation", "rows", "p50", "p95", "p99", "max", "mean");

    if only.as_deref().is_none_or(|o| o == "search") {
        let store = dataset::open(&dir);
        for (label, query) in dataset::SEARCH_QUERIES {
            let rows = store.search_beneficiaries(query, 50).expect("the search runs").len();
            let p = measure(iterations, |_| {
                std::hint::black_box(store.search_beneficiaries(query, 50).expect("the search runs"));
            });
            print_row(&format!("search {label}"), &rows.to_string(), &p, SEARCH_TARGET_MS, &format!("«{query}»"));
        }
    }

    if only.as_deref().is_none_or(|o| o == "save") {
        let copy = dataset::working_copy(&dir);
        let mut store = dataset::open(copy.path());
        let ids = dataset::sample_beneficiary_ids(&store);
        let p = measure(iterations, |i| {
            let input = dataset::individual_accompaniment(&ids[i % ids.len()], i);
            store.record_activity(&input).expect("the accompaniment is saved");
        });
        print_row("save record_activity (individual)", "1", &p, SAVE_TARGET_MS, "");
        let p = measure(iterations, |i| {
            store.create_beneficiary(&dataset::new_beneficiary(i)).expect("the beneficiary is saved");
        });
        print_row("save create_beneficiary", "1", &p, SAVE_TARGET_MS, "");
    }
    if only.as_deref().is_none_or(|o| o == "file") {
        // Someone accompanied every week for four years: 200 accompaniments, added to a copy.
        let copy = dataset::working_copy(&dir);
        let mut store = dataset::open(copy.path());
        let person = dataset::sample_beneficiary_ids(&store)[0].clone();
        for n in 0..200 {
            let mut input = dataset::individual_accompaniment(&person, n);
            input.date = escale_core::clock::today() - chrono::Days::new(7 * n as u64);
            store.record_activity(&input).expect("the accompaniment is saved");
        }
        let page = escale_core::audit::PageRequest { offset: 0, limit: 500 };
        let entries = store.person_timeline(&person, page).expect("the timeline reads").entries.len();
        let p = measure(iterations, |_| {
            std::hint::black_box(store.beneficiary(&person).expect("the person reads"));
            std::hint::black_box(store.procedures(Some(&person)).expect("the procedures read"));
            std::hint::black_box(store.person_timeline(&person, page).expect("the timeline reads"));
        });
        print_row("file with its whole timeline", &entries.to_string(), &p, FILE_TARGET_MS, "record, procedures, timeline");
        let p = measure(iterations, |_| {
            std::hint::black_box(store.person_timeline(&person, page).expect("the timeline reads"));
        });
        print_row("  of which the timeline", &entries.to_string(), &p, FILE_TARGET_MS, "");
        let p = measure(iterations, |_| {
            std::hint::black_box(store.procedures(Some(&person)).expect("the procedures read"));
        });
        print_row("  of which the procedures", "", &p, FILE_TARGET_MS, "");
    }
    if let Some(kib) = dataset::peak_rss_kib() {
        println!("\npeak RSS: {:.1} MiB", kib as f64 / 1024.0);
    }
    ExitCode::SUCCESS
}
