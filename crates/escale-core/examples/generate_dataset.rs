//! Generates the benchmark dataset: demo beneficiaries and their accompaniments in a
//! passphrase-protected store, then prints what it made, how long it took and its size.
//!
//! ```sh
//! cargo run --release -p escale-core --example generate_dataset -- [--out DIR] [--people N] [--force]
//! ```
//!
//! Without `--out`, the dataset goes to the benchmarks' cache (`$ESCALE_BENCH_DATA`, by default
//! `<repo>/bench-data/people-N/`); an up-to-date dataset there is kept unless `--force`.
#![allow(clippy::print_stdout)]

#[path = "../benches/support/dataset.rs"]
mod dataset;

use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: generate_dataset [--out DIR] [--people N] [--force]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut out: Option<PathBuf> = None;
    let mut people = dataset::DEFAULT_PEOPLE;
    let mut force = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => match args.next() {
                Some(dir) => out = Some(PathBuf::from(dir)),
                None => return usage(),
            },
            "--people" => match args.next().and_then(|n| n.replace('_', "").parse().ok()) {
                Some(n) => people = n,
                None => return usage(),
            },
            "--force" => force = true,
            _ => return usage(),
        }
    }
    let dir = out.unwrap_or_else(|| dataset::cached_dir(people));
    let parameters = dataset::Parameters::new(people);

    if !force && dataset::is_ready(&dir, &parameters) {
        let marker = dataset::marker(&dir).expect("a ready dataset has a marker");
        println!("dataset already present in {} (use --force to regenerate)", dir.display());
        println!("counts: {:?}", marker.summary);
        println!("generation took {:.1} s on {}", marker.generation_seconds, marker.generated_on);
        println!("database size: {:.1} MiB", dataset::database_bytes(&dir) as f64 / 1_048_576.0);
        return ExitCode::SUCCESS;
    }

    println!(
        "generating {people} people, {} individual accompaniments per person on average (seed {}) into {}",
        parameters.activities_per_person,
        parameters.seed,
        dir.display()
    );
    let generated = dataset::generate(&dir, &parameters);
    let s = generated.summary;
    println!("people:                   {}", s.people);
    println!("activities:               {} ({} individual, {} workshops)", s.activities, s.activities - s.workshops, s.workshops);
    println!("accompaniments:           {}", s.accompaniments);
    println!("procedures:               {}", s.procedures);
    println!("elapsed:                  {:.1} s", generated.elapsed.as_secs_f64());
    println!("database size:            {:.1} MiB", generated.database_bytes as f64 / 1_048_576.0);
    if let Some(kib) = dataset::peak_rss_kib() {
        println!("peak RSS:                 {:.1} MiB", kib as f64 / 1024.0);
    }
    ExitCode::SUCCESS
}
