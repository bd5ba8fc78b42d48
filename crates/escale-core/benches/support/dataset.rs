//! The benchmark dataset: a passphrase-protected store of 100,000 demo beneficiaries and about
//! a million accompaniments, generated once and cached on disk.
//!
//! Shared by `benches/store.rs` and the `generate_dataset` and `latency` examples through
//! `#[path]`. The cache lives in `$ESCALE_BENCH_DATA` (by default `<repo>/bench-data/`, which git
//! ignores), one folder per size, with a `dataset.json` marker written last that records the
//! parameters: a folder whose marker does not match is generated again.
#![allow(dead_code, clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use escale_core::demo::{self, DemoOptions, DemoSummary};
use escale_core::storage::PassphraseCost;
use escale_core::{Credentials, DataDir, NewKey, Store};

/// A benchmark passphrase: the dataset is demo data, never real people.
pub const PASSPHRASE: &str = "benchmark-passphrase";
pub const DEFAULT_PEOPLE: u32 = 100_000;
/// `demo::generate` draws 1 + below(⌊2 × this − 1⌋) individual accompaniments per person:
/// 9.5 gives 9.5 on average (≈ 950,000 for 100,000 people) and the workshops add ≈ 25,000
/// named participations, so about a million accompaniments in all.
pub const ACTIVITIES_PER_PERSON: f64 = 9.5;
pub const SEED: u64 = 2026;
/// Raised whenever what a given set of parameters generates changes.
const FORMAT: u32 = 2;
const MARKER_FILE: &str = "dataset.json";

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Parameters {
    pub format: u32,
    pub people: u32,
    pub activities_per_person: f64,
    pub seed: u64,
}

impl Parameters {
    pub fn new(people: u32) -> Self {
        Parameters { format: FORMAT, people, activities_per_person: ACTIVITIES_PER_PERSON, seed: SEED }
    }
}

/// The marker: the parameters, then what was generated.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Marker {
    pub parameters: Parameters,
    pub summary: Counts,
    pub generated_on: String,
    pub generation_seconds: f64,
}

/// [`DemoSummary`], readable back from the marker.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub people: u32,
    pub activities: u32,
    pub workshops: u32,
    pub accompaniments: u32,
    pub procedures: u32,
}

impl From<DemoSummary> for Counts {
    fn from(s: DemoSummary) -> Self {
        Counts {
            people: s.people,
            activities: s.activities,
            workshops: s.workshops,
            accompaniments: s.accompaniments,
            procedures: s.procedures,
        }
    }
}

/// `$ESCALE_BENCH_DATA`, or `<repo>/bench-data`.
pub fn cache_root() -> PathBuf {
    match std::env::var_os("ESCALE_BENCH_DATA").filter(|path| !path.is_empty()) {
        Some(path) => PathBuf::from(path),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench-data"),
    }
}

/// The cached folder of a dataset of `people`.
pub fn cached_dir(people: u32) -> PathBuf {
    let root = cache_root();
    let root = root.canonicalize().unwrap_or(root);
    root.join(format!("people-{people}"))
}

/// The marker of `dir`, if it holds a complete dataset.
pub fn marker(dir: &Path) -> Option<Marker> {
    let text = std::fs::read_to_string(dir.join(MARKER_FILE)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Whether `dir` holds a complete dataset generated with `parameters`.
pub fn is_ready(dir: &Path, parameters: &Parameters) -> bool {
    marker(dir).is_some_and(|marker| marker.parameters == *parameters)
        && DataDir::new(dir).database_path().is_file()
}

/// What one generation did.
#[derive(Debug, Clone)]
pub struct Generated {
    pub summary: DemoSummary,
    pub elapsed: Duration,
    pub database_bytes: u64,
}

/// Generates a dataset into `dir`, replacing whatever was there.
pub fn generate(dir: &Path, parameters: &Parameters) -> Generated {
    if dir.exists() {
        std::fs::remove_dir_all(dir).unwrap_or_else(|error| panic!("cannot empty {}: {error}", dir.display()));
    }
    let data_dir = DataDir::new(dir);
    let started = Instant::now();
    let mut store = Store::create(
        &data_dir,
        NewKey::Passphrase { passphrase: PASSPHRASE, cost: PassphraseCost::FAST_FOR_TESTS },
    )
    .expect("the benchmark store is created");
    let summary = demo::generate(
        &mut store,
        DemoOptions {
            people: parameters.people,
            activities_per_person: parameters.activities_per_person,
            seed: parameters.seed,
        },
    )
    .expect("the demo data is generated");
    // Fold the write-ahead log into the database: the cache is then one file, as it is read.
    store.checkpoint().expect("the store checkpoints");
    drop(store);
    let elapsed = started.elapsed();
    let marker = Marker {
        parameters: *parameters,
        summary: summary.into(),
        generated_on: escale_core::clock::today().to_string(),
        generation_seconds: elapsed.as_secs_f64(),
    };
    let marker_json = serde_json::to_string_pretty(&marker).expect("the marker serializes");
    std::fs::write(dir.join(MARKER_FILE), marker_json).expect("the marker is written");
    Generated { summary, elapsed, database_bytes: database_bytes(dir) }
}

/// The cached dataset of `people`, generated first if missing or stale.
pub fn ensure(people: u32) -> PathBuf {
    let dir = cached_dir(people);
    let parameters = Parameters::new(people);
    if !is_ready(&dir, &parameters) {
        println!("generating the benchmark dataset of {people} people in {} (minutes at 100,000)…", dir.display());
        let generated = generate(&dir, &parameters);
        println!("generated {:?} in {:.1} s", generated.summary, generated.elapsed.as_secs_f64());
    }
    dir
}

/// Opens a dataset folder.
pub fn open(dir: &Path) -> Store {
    Store::unlock(&DataDir::new(dir), &Credentials { keyring: None, passphrase: Some(PASSPHRASE) })
        .expect("the benchmark store opens with its passphrase")
}

/// A throw-away copy of a dataset, for benchmarks that write: the cache stays as generated.
/// It sits next to the cache (same disk, so that saves are measured on it).
pub fn working_copy(dir: &Path) -> tempfile::TempDir {
    let root = cache_root();
    std::fs::create_dir_all(&root).expect("the cache folder exists");
    let copy = tempfile::Builder::new().prefix("work-").tempdir_in(&root).expect("a scratch folder");
    for entry in std::fs::read_dir(dir).expect("the dataset is readable") {
        let entry = entry.expect("a dataset file");
        let name = entry.file_name();
        // No -wal or -shm: the generator checkpointed, and readers leave none behind.
        if entry.path().is_file() && !name.to_string_lossy().ends_with("-shm") {
            std::fs::copy(entry.path(), copy.path().join(&name)).expect("the dataset is copied");
        }
    }
    copy
}

/// The database, its log and shared memory, in bytes.
pub fn database_bytes(dir: &Path) -> u64 {
    ["escale.db", "escale.db-wal", "escale.db-shm"]
        .iter()
        .filter_map(|name| std::fs::metadata(dir.join(name)).ok())
        .map(|metadata| metadata.len())
        .sum()
}

/// The search queries measured: (label, query).
pub const SEARCH_QUERIES: &[(&str, &str)] = &[
    ("french_prefix_3", "dup"),
    ("first_last_full", "Élodie Martin"),
    ("arabic_prefix", "محم"),
    ("cyrillic_prefix", "Шев"),
    ("one_letter", "m"),
    ("two_letters", "ma"),
    ("rare_one_letter", "q"),
    ("latin_for_arabic", "mohamed"),
    ("latin_for_cyrillic", "shevchenko"),
    ("joined_name", "legoff"),
    ("nobody", "zzz"),
    // Not a search: the list shown before anything is typed (everyone, alphabetically).
    ("empty_list", ""),
];

/// This process's peak resident memory, from `/proc/self/status` (Linux), in KiB.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Identifiers of a few thousand named people of the dataset, in a mixed order.
pub fn sample_beneficiary_ids(store: &Store) -> Vec<String> {
    let mut ids = Vec::new();
    for query in ["a", "b", "d", "m", "ш", "م", "ف", "ሳ"] {
        let found = store.search_beneficiaries(query, 500).expect("the search runs");
        ids.extend(found.into_iter().map(|person| person.id));
    }
    assert!(!ids.is_empty(), "the dataset holds named people");
    // Interleave, so consecutive saves go to unrelated people (and pages).
    let mut mixed = Vec::with_capacity(ids.len());
    let stride = 7919 % ids.len().max(1);
    let mut index = 0;
    for _ in 0..ids.len() {
        mixed.push(ids[index].clone());
        index = (index + stride.max(1)) % ids.len();
    }
    mixed
}

/// A valid individual accompaniment of today, as a mediator records it.
pub fn individual_accompaniment(beneficiary_id: &str, n: usize) -> escale_core::activity::ActivityInput {
    use escale_core::vocabulary::{Autonomy, Equipment, Theme};
    let mut input = escale_core::activity::ActivityInput::individual(beneficiary_id);
    input.duration_minutes = 30 + 15 * (n % 4) as u32;
    input.themes = vec![[Theme::Email, Theme::BrowsingTheInternet, Theme::DigitalSecurity][n % 3]];
    input.equipment = vec![Equipment::Phone];
    input.autonomy = Some(Autonomy::ALL[n % Autonomy::ALL.len()]);
    input.notes = "Création de l’adresse e-mail, mot de passe noté dans le carnet.".into();
    input
}

/// A valid new beneficiary, as a mediator types one.
pub fn new_beneficiary(n: usize) -> escale_core::beneficiary::BeneficiaryInput {
    const FIRST: &[&str] = &["Camille", "Yasmine", "Olena", "Mamadou", "Zahra", "Gérard"];
    const LAST: &[&str] = &["Bench-Mesure", "Lefèvre", "Коваленко", "Diallo", "احمدی", "N'Guessan"];
    escale_core::beneficiary::BeneficiaryInput {
        first_name: FIRST[n % FIRST.len()].into(),
        last_name: LAST[(n / FIRST.len()) % LAST.len()].into(),
        birth_year: Some(1950 + (n % 50) as i32),
        phone: "06 12 34 56 78".into(),
        languages: vec!["fr".into()],
        ..Default::default()
    }
}
