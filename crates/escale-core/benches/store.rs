//! Store benchmarks on the cached dataset of 100,000 beneficiaries and about a million
//! accompaniments (see `support/dataset.rs`; generated on first run, minutes in release).
//!
//! ```sh
//! cargo bench -p escale-core --bench store            # everything
//! cargo bench -p escale-core --bench store -- search  # one group
//! ESCALE_BENCH_PEOPLE=10000 cargo bench -p escale-core --bench store   # a smaller dataset
//! ```
//!
//! Targets (not asserted): search ≤ 5 ms p95, durable save ≤ 3 ms p95, a new record's defaults
//! ≤ 5 ms. Criterion reports means
//! and confidence intervals; `examples/latency.rs` prints the percentiles.
#![allow(clippy::print_stdout)]

#[path = "support/dataset.rs"]
mod dataset;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};

fn people() -> u32 {
    std::env::var("ESCALE_BENCH_PEOPLE")
        .ok()
        .and_then(|n| n.replace('_', "").parse().ok())
        .unwrap_or(dataset::DEFAULT_PEOPLE)
}

fn search(c: &mut Criterion) {
    let people = people();
    let store = dataset::open(&dataset::ensure(people));
    let mut group = c.benchmark_group(format!("search_{people}"));
    // A search takes milliseconds, more when it misses its target: flat sampling with fewer
    // samples keeps the run short whatever the figure.
    group.sampling_mode(SamplingMode::Flat).sample_size(30).measurement_time(Duration::from_secs(5));
    for (label, query) in dataset::SEARCH_QUERIES {
        group.bench_with_input(BenchmarkId::new(*label, format!("«{query}»")), query, |b, query| {
            b.iter(|| store.search_beneficiaries(black_box(query), 50).expect("the search runs"))
        });
    }
    group.finish();
}

/// The accompaniment form's defaults on the full history: each is one indexed query reading a
/// bounded number of rows (target: well under a millisecond, whatever the history's size).
fn record_defaults(c: &mut Criterion) {
    let people = people();
    let store = dataset::open(&dataset::ensure(people));
    let mut group = c.benchmark_group(format!("record_defaults_{people}"));
    group.sampling_mode(SamplingMode::Flat).sample_size(30).measurement_time(Duration::from_secs(5));
    for kind in [escale_core::vocabulary::ActivityKind::Individual, escale_core::vocabulary::ActivityKind::Workshop] {
        group.bench_with_input(BenchmarkId::new("defaults", kind.code()), &kind, |b, &kind| {
            b.iter(|| store.record_defaults(black_box(kind), escale_core::clock::today()).expect("the defaults are read"))
        });
    }
    group.finish();
}

fn durable_saves(c: &mut Criterion) {
    let people = people();
    // Saves go to a copy, so the cached dataset stays as generated.
    let copy = dataset::working_copy(&dataset::ensure(people));
    let mut store = dataset::open(copy.path());
    let ids = dataset::sample_beneficiary_ids(&store);
    let mut group = c.benchmark_group(format!("save_{people}"));
    group.sample_size(40).measurement_time(Duration::from_secs(10));
    let mut next = 0usize;
    group.bench_function("record_individual_accompaniment", |b| {
        b.iter(|| {
            next += 1;
            let input = dataset::individual_accompaniment(&ids[next % ids.len()], next);
            store.record_activity(&input).expect("the accompaniment is saved")
        })
    });
    group.bench_function("create_beneficiary", |b| {
        b.iter(|| {
            next += 1;
            store.create_beneficiary(&dataset::new_beneficiary(next)).expect("the beneficiary is saved")
        })
    });
    group.finish();
    drop(store);
    drop(copy);
}

criterion_group!(benches, search, record_defaults, durable_saves);
criterion_main!(benches);
