//! No loss: a writer process is killed with SIGKILL at random moments of a stream of saves,
//! hundreds of times; after each kill the store must open, pass `PRAGMA integrity_check`, and
//! hold every save the writer had reported.
//!
//! The writer is this same test binary started again on one ignored test,
//! [`writer_process`], with `ESCALE_NO_LOSS_WRITER_DIR` naming the data folder: no extra binary
//! to build or find. It saves people and accompaniments through the public API and prints
//! `saved <kind> <id>` on stdout only after `Ok` came back, so a printed id is a promise
//! "this is on disk". The key is a passphrase with the fast test cost (the mock keyring lives in
//! one process only).
//!
//! What this proves: SQLite's commit is atomic and durable against the death of the process at
//! any instruction. It does not simulate a power cut (the kernel's page cache survives a
//! killed process); `synchronous=FULL` is what covers that, and a test elsewhere checks it is set.
//!
//! `ESCALE_NO_LOSS_RUNS` sets the number of kills (default 300), `ESCALE_NO_LOSS_SEED` replays
//! the delays of an earlier run (the seed is printed at the start).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use escale_core::DataDir;
use escale_core::activity::ActivityInput;
use escale_core::beneficiary::BeneficiaryInput;
use escale_core::vocabulary::Theme;

use crate::support::{PASSPHRASE, create_with_passphrase, open_with_passphrase};

const WRITER_DIR_VARIABLE: &str = "ESCALE_NO_LOSS_WRITER_DIR";
const RUNS_VARIABLE: &str = "ESCALE_NO_LOSS_RUNS";
const SEED_VARIABLE: &str = "ESCALE_NO_LOSS_SEED";
const DEFAULT_RUNS: u32 = 300;
/// Runs sharing one store before a fresh one is made: later kills must not undo earlier saves,
/// and the store stays small enough for the check after each kill to stay quick.
const RUNS_PER_STORE: u32 = 25;
/// The longest wait between the writer's first save and the kill: a few dozen saves at most,
/// so each run is short and the kills fall at different points of the stream.
const LONGEST_DELAY_MICROS: u64 = 40_000;
/// One run in this many is killed during start-up (opening, unlocking), not during saves.
const KILL_DURING_START_ONE_IN: u64 = 8;

/// xorshift64*: a few lines, deterministic for a seed, good enough to spread kill times.
struct Dice(u64);

impl Dice {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % bound
    }
}

/// The writer: saves until killed. Runs only as the child of the no-loss test.
#[test]
#[ignore = "the writer process of killing_the_writer_at_random_loses_no_reported_save"]
fn writer_process() {
    let Some(folder) = std::env::var_os(WRITER_DIR_VARIABLE) else {
        return;
    };
    let data_dir = DataDir::new(folder);
    // Written straight to the process's stdout: the test harness's capture must not hold
    // back a promise.
    let mut out = std::io::stdout();
    let mut tell = |line: String| {
        out.write_all(line.as_bytes())
            .and_then(|()| out.flush())
            .expect("the parent reads stdout");
    };
    let mut store =
        open_with_passphrase(&data_dir, PASSPHRASE).expect("the writer opens the store");
    // The harness has printed "test no_loss::writer_process ... " without an end of line:
    // start on a line of our own.
    tell("\nready\n".to_string());
    let mut person_id: Option<String> = None;
    for number in 0..100_000u32 {
        match &person_id {
            Some(id) if number % 2 == 1 => {
                let activity = store
                    .record_activity(&ActivityInput {
                        themes: vec![Theme::Email],
                        notes: format!("Accompagnement {number}"),
                        ..ActivityInput::individual(id)
                    })
                    .expect("a valid accompaniment is saved");
                tell(format!("saved activity {}\n", activity.id));
            }
            _ => {
                let created = store
                    .create_beneficiary(&BeneficiaryInput {
                        first_name: format!("Personne{number}"),
                        last_name: "Flux".into(),
                        notes: "Écrit par le flux de saisies".into(),
                        ..BeneficiaryInput::default()
                    })
                    .expect("a valid person is saved");
                tell(format!("saved beneficiary {}\n", created.id));
                person_id = Some(created.id);
            }
        }
    }
}

/// A save the writer reported.
#[derive(Debug)]
struct Confirmed {
    kind: String,
    id: String,
}

/// The saves reported in the writer's stdout (complete lines only: a line is one write
/// smaller than a pipe's atomic size, so it is never torn).
fn confirmed_in(stdout: &str) -> Vec<Confirmed> {
    stdout
        .lines()
        .filter_map(|line| {
            let mut words = line.strip_prefix("saved ")?.split(' ');
            Some(Confirmed {
                kind: words.next()?.to_string(),
                id: words.next()?.to_string(),
            })
        })
        .collect()
}

/// Whether a reported save is in the store.
fn is_present(store: &escale_core::Store, save: &Confirmed) -> bool {
    match save.kind.as_str() {
        "beneficiary" => store.beneficiary(&save.id).is_ok(),
        "activity" => store.activity(&save.id).is_ok(),
        other => panic!("the writer reports only beneficiaries and activities, got {other}"),
    }
}

/// Starts the writer on `data_dir`, kills it with SIGKILL after `delay` (counted from its
/// first save, or from its start when `during_start`), and returns the saves it reported.
fn run_and_kill_writer(
    test_binary: &std::path::Path,
    data_dir: &DataDir,
    during_start: bool,
    delay: Duration,
    run: u32,
) -> Vec<Confirmed> {
    let mut writer = Command::new(test_binary)
        .args([
            "--exact",
            "no_loss::writer_process",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(WRITER_DIR_VARIABLE, data_dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the writer process starts");
    let mut stdout = BufReader::new(writer.stdout.take().expect("stdout is piped"));
    let mut seen = String::new();
    if !during_start {
        // Wait until the store is open, so that the kill falls among the saves.
        loop {
            let mut line = String::new();
            let read = stdout
                .read_line(&mut line)
                .expect("the writer's stdout is readable");
            seen.push_str(&line);
            if read == 0 || line == "ready\n" {
                break;
            }
        }
    }
    std::thread::sleep(delay);
    // Child::kill is SIGKILL on Unix: no destructor, no rollback, no flush runs.
    writer.kill().expect("the writer can be killed");
    let status = writer.wait().expect("the killed writer is reaped");
    stdout
        .read_to_string(&mut seen)
        .expect("the rest of stdout is readable");
    let mut stderr = String::new();
    if let Some(mut pipe) = writer.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&status),
        Some(9),
        "run {run}: the writer must die by the kill, not end on its own (status {status}), or the run proves nothing; stderr:\n{stderr}"
    );
    confirmed_in(&seen)
}

#[test]
fn killing_the_writer_at_random_loses_no_reported_save() {
    let runs: u32 = std::env::var(RUNS_VARIABLE)
        .ok()
        .map(|text| text.parse().expect("ESCALE_NO_LOSS_RUNS is a whole number"))
        .unwrap_or(DEFAULT_RUNS);
    let seed: u64 = std::env::var(SEED_VARIABLE)
        .ok()
        .map(|text| text.parse().expect("ESCALE_NO_LOSS_SEED is a whole number"))
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|elapsed| elapsed.as_nanos() as u64)
                .unwrap_or(1)
        })
        | 1;
    eprintln!("no-loss: seed {seed} ({SEED_VARIABLE}={seed} replays these kill delays)");
    let mut dice = Dice(seed);

    let test_binary = std::env::current_exe().expect("the test binary knows its path");
    let started = Instant::now();
    let mut confirmed_count = 0;
    let mut losses: Vec<String> = Vec::new();
    let mut kills_during_start = 0;
    let mut lost_later = 0;
    let mut run = 0;
    while run < runs {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let data_dir = DataDir::new(folder.path());
        drop(create_with_passphrase(&data_dir, PASSPHRASE).expect("the store is created"));
        let mut confirmed_in_store: Vec<Confirmed> = Vec::new();
        for _ in 0..RUNS_PER_STORE.min(runs - run) {
            let kill_during_start = dice.below(KILL_DURING_START_ONE_IN) == 0;
            kills_during_start += u32::from(kill_during_start);
            let delay = Duration::from_micros(dice.below(LONGEST_DELAY_MICROS));
            let confirmed =
                run_and_kill_writer(&test_binary, &data_dir, kill_during_start, delay, run);

            let store = open_with_passphrase(&data_dir, PASSPHRASE).unwrap_or_else(|error| {
                panic!("run {run} (seed {seed}): the store must open after a kill: {error:?}")
            });
            store.check_integrity().unwrap_or_else(|error| {
                panic!("run {run} (seed {seed}): PRAGMA integrity_check must be ok after a kill: {error:?}")
            });
            for save in &confirmed {
                if !is_present(&store, save) {
                    losses.push(format!("run {run}: {} {}", save.kind, save.id));
                }
            }
            confirmed_count += confirmed.len();
            confirmed_in_store.extend(confirmed);
            run += 1;
        }
        // Later kills must not have undone the saves of earlier runs on the same store.
        let store = open_with_passphrase(&data_dir, PASSPHRASE)
            .expect("the store opens after its last run");
        for save in &confirmed_in_store {
            if !is_present(&store, save) {
                lost_later += 1;
                losses.push(format!("after run {run}: {} {}", save.kind, save.id));
            }
        }
        eprintln!(
            "no-loss: {run}/{runs} kills, {} losses, {confirmed_count} writes confirmed, {:.1} s",
            losses.len(),
            started.elapsed().as_secs_f64()
        );
    }

    eprintln!(
        "no-loss: {runs} kills ({kills_during_start} during start-up), {} losses, {confirmed_count} writes confirmed, {:.1} s, seed {seed}",
        losses.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        losses.is_empty(),
        "every save reported as done must survive a kill ({} lost, {lost_later} of them at the final check of their store; seed {seed}): {:?}",
        losses.len(),
        &losses[..losses.len().min(20)]
    );
    assert!(
        confirmed_count >= runs as usize,
        "the kills must fall among saves, not only before them, or the test proves nothing ({confirmed_count} saves over {runs} runs)"
    );
}
