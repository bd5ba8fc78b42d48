//! Times the activities export (XLSX and CSV) at 10,000 and 100,000 rows on the benchmark
//! dataset, and shows its peak memory, to see that memory stays flat in the number of rows.
//! Measures; asserts nothing (targets: 100,000 rows in ≤ 3 s, memory flat).
//!
//! ```sh
//! cargo run --release -p escale-exchange --example bench_exports            # both sizes
//! cargo run --release -p escale-exchange --example bench_exports -- --rows 10000 --format xlsx
//! ```
//!
//! Each size runs in a process of its own, so that its peak resident memory (`VmHWM` of
//! `/proc/self/status`) is its own. The dataset is the benchmarks' (`scripts/bench.sh` makes it:
//! `$ESCALE_BENCH_DATA/people-$ESCALE_BENCH_PEOPLE`, 100,000 people by default); it is only read.
#![allow(clippy::print_stdout)]

#[path = "../../escale-core/benches/support/dataset.rs"]
mod dataset;

use std::process::{Command, ExitCode};
use std::time::Instant;

use chrono::{Days, NaiveDate};
use escale_core::activity::export::ExportFilter;
use escale_core::{DataDir, Store};
use escale_exchange::export::{ExportFormat, ExportKind, export_to_path};

/// Peak resident memory of this process so far, in MiB (Linux).
fn peak_memory_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

/// The shortest period ending on the dataset's last day that holds at least `rows` rows.
fn period_of(store: &Store, rows: u64, last: NaiveDate) -> ExportFilter {
    let count = |days_back: u64| {
        let filter = ExportFilter { from: last.checked_sub_days(Days::new(days_back)), to: Some(last), place_id: None };
        store.activity_export_row_count(&filter).expect("the rows count")
    };
    // A year at most: the dataset's accompaniments span one.
    let (mut low, mut high) = (0u64, 400u64);
    while low < high {
        let middle = (low + high) / 2;
        if count(middle) >= rows { high = middle } else { low = middle + 1 }
    }
    ExportFilter { from: last.checked_sub_days(Days::new(low)), to: Some(last), place_id: None }
}

/// Reading the rows from the store alone, without a file: the part of the time that is the store's.
fn read_only(store: &Store, filter: &ExportFilter) -> u64 {
    store.for_each_activity_export_row(filter, &|_, _| true, |_| Ok(())).expect("the rows read")
}

fn measure(rows: u64, format: Option<ExportFormat>) -> ExitCode {
    let people: u32 = std::env::var("ESCALE_BENCH_PEOPLE").ok().and_then(|n| n.parse().ok()).unwrap_or(dataset::DEFAULT_PEOPLE);
    let dir = dataset::cached_dir(people);
    if !DataDir::new(&dir).database_path().is_file() {
        println!("no dataset in {} (scripts/bench.sh generates it)", dir.display());
        return ExitCode::FAILURE;
    }
    let store = dataset::open(&dir);
    let last = escale_core::clock::today();
    let filter = period_of(&store, rows, last);
    let counting = Instant::now();
    store.activity_export_row_count(&filter).expect("the rows count");
    let counted = counting.elapsed();
    let before = peak_memory_mib();
    let out = tempfile::tempdir().expect("a scratch folder");
    let path = out.path().join(format!("export.{}", format.map_or("none", ExportFormat::extension)));
    let started = Instant::now();
    let written = match format {
        Some(format) => export_to_path(&store, ExportKind::Activities, format, &filter, &path, &|_, _| true)
            .expect("the export is written"),
        None => read_only(&store, &filter),
    };
    let elapsed = started.elapsed();
    let size = std::fs::metadata(&path).map_or(0, |metadata| metadata.len());
    println!(
        "activities {:4} {:>7} rows ({} to {}): {:6.2} s (counting alone {:4.2} s), {:7.1} MiB file; peak memory {:6.1} MiB (before the export {:6.1} MiB)",
        format.map_or("rows", ExportFormat::extension),
        written,
        filter.from.map_or(String::new(), |day| day.to_string()),
        last,
        elapsed.as_secs_f64(),
        counted.as_secs_f64(),
        size as f64 / 1_048_576.0,
        peak_memory_mib(),
        before,
    );
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut rows: Option<u64> = None;
    let mut format = None;
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--rows", Some(n)) => rows = n.replace('_', "").parse().ok(),
            ("--format", Some(f)) if f == "xlsx" => format = Some(Some(ExportFormat::Xlsx)),
            ("--format", Some(f)) if f == "csv" => format = Some(Some(ExportFormat::Csv)),
            // The store's part alone: rows read, no file.
            ("--format", Some(f)) if f == "rows" => format = Some(None),
            _ => {
                println!("usage: bench_exports [--rows N --format xlsx|csv|rows]");
                return ExitCode::from(2);
            }
        }
    }
    if let (Some(rows), Some(format)) = (rows, format) {
        return measure(rows, format);
    }
    let program = std::env::current_exe().expect("this program's path");
    for format in ["rows", "xlsx", "csv"] {
        for rows in ["10000", "100000"] {
            let status = Command::new(&program).args(["--rows", rows, "--format", format]).status().expect("a measure runs");
            if !status.success() {
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
