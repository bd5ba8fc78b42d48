//! Runs the real `escale` binary as a user or a script would, in a throw-away data folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

/// The passphrase every test store is created with (the minimum is 10 characters).
pub const PASSPHRASE: &str = "correct horse battery staple";

/// One finished invocation of `escale`.
#[derive(Debug)]
pub struct Run {
    pub args: Vec<String>,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// What was run and what came out, for assertion messages.
    pub fn describe(&self) -> String {
        format!(
            "`escale {}` exited {} with stdout:\n{}\nstderr:\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        )
    }

    /// Asserts exit 0 and returns stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> Value {
        assert_eq!(self.code, 0, "the command must succeed before its JSON is read; {}", self.describe());
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|error| panic!("--json must print valid JSON ({error}); {}", self.describe()))
    }

    /// Asserts a failure (exit 1) reported as the CLI promises: nothing on stdout and exactly
    /// one line on stderr, "escale: <translated message>". Returns the message.
    #[track_caller]
    pub fn failure(&self) -> String {
        assert_eq!(self.code, 1, "a refused operation exits with 1 (not 0, not misuse 2); {}", self.describe());
        assert!(
            self.stdout.is_empty(),
            "a failed command prints no result on stdout, so scripts never read half an answer; {}",
            self.describe()
        );
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(
            lines.len(),
            1,
            "a failure is exactly one line on stderr (no library log noise); {}",
            self.describe()
        );
        let message = lines[0].strip_prefix("escale: ").unwrap_or_else(|| {
            panic!("the error line starts with \"escale: \" so scripts can recognise it; {}", self.describe())
        });
        message.to_string()
    }

    /// Asserts a refusal of input that broke several rules: exit 1, nothing on stdout, one line
    /// "escale: <translated message>" per broken rule. Returns the messages.
    #[track_caller]
    pub fn failures(&self) -> Vec<String> {
        assert_eq!(self.code, 1, "refused input exits with 1; {}", self.describe());
        assert!(self.stdout.is_empty(), "a failed command prints no result on stdout; {}", self.describe());
        self.stderr
            .lines()
            .map(|line| match line.strip_prefix("escale: ") {
                Some(message) => message.to_string(),
                None => panic!("every error line starts with \"escale: \"; {}", self.describe()),
            })
            .collect()
    }
}

/// The `escale` binary bound to one data folder and one passphrase.
pub struct Cli {
    /// Keeps the temporary folder alive as long as the runner.
    _home: tempfile::TempDir,
    data_dir: PathBuf,
    passphrase: Option<String>,
}

impl Cli {
    /// A runner with a data folder that does not exist yet, and the test passphrase.
    pub fn new() -> Cli {
        let home = tempfile::tempdir().expect("a temporary folder can be created");
        let data_dir = home.path().join("data");
        Cli { _home: home, data_dir, passphrase: Some(PASSPHRASE.to_string()) }
    }

    /// A runner with an initialised store (passphrase protection).
    pub fn initialised() -> Cli {
        let cli = Cli::new();
        let run = cli.run(&["init", "--passphrase"]);
        assert_eq!(run.code, 0, "init must succeed on a fresh folder; {}", run.describe());
        cli
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn database(&self) -> PathBuf {
        self.data_dir.join("escale.db")
    }

    /// Runs `escale --data-dir <dir> ARGS` with the runner's passphrase.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(self.passphrase.as_deref(), true, args)
    }

    /// Runs with another passphrase (or none at all: the variable is then absent).
    pub fn run_with_passphrase(&self, passphrase: Option<&str>, args: &[&str]) -> Run {
        self.run_with(passphrase, true, args)
    }

    /// Runs without `--data-dir` (help, misuse).
    pub fn run_bare(&self, args: &[&str]) -> Run {
        self.run_with(self.passphrase.as_deref(), false, args)
    }

    /// Runs `WRAPPER… escale --data-dir <dir> ARGS` (e.g. under `unshare -n strace …`), with the
    /// runner's passphrase and environment.
    pub fn run_under(&self, wrapper: &[String], args: &[&str]) -> Run {
        self.run_command(wrapper, self.passphrase.as_deref(), true, args, &[])
    }

    /// Runs with extra environment variables (e.g. `RUST_BACKTRACE`).
    pub fn run_with_env(&self, env: &[(&str, &str)], args: &[&str]) -> Run {
        self.run_command(&[], self.passphrase.as_deref(), true, args, env)
    }

    /// The runner's own temporary folder (`TMPDIR` of every run), to look for leftovers.
    pub fn temporary_dir(&self) -> PathBuf {
        self._home.path().join("tmp")
    }

    /// The runner's home folder: data folder, temporary folder, XDG folders.
    pub fn home(&self) -> &Path {
        self._home.path()
    }

    fn run_with(&self, passphrase: Option<&str>, with_data_dir: bool, args: &[&str]) -> Run {
        self.run_command(&[], passphrase, with_data_dir, args, &[])
    }

    fn run_command(
        &self,
        wrapper: &[String],
        passphrase: Option<&str>,
        with_data_dir: bool,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Run {
        let mut all: Vec<String> = Vec::new();
        if with_data_dir {
            all.push("--data-dir".into());
            all.push(self.data_dir.display().to_string());
        }
        all.extend(args.iter().map(|a| a.to_string()));

        let mut command = match wrapper.split_first() {
            Some((program, wrapper_args)) => {
                let mut command = Command::new(program);
                command.args(wrapper_args).arg(env!("CARGO_BIN_EXE_escale"));
                command
            }
            None => Command::new(env!("CARGO_BIN_EXE_escale")),
        };
        let temporary_dir = self.temporary_dir();
        std::fs::create_dir_all(&temporary_dir).expect("the runner's temporary folder can be created");
        command
            .args(&all)
            // Nothing inherited may change the outcome: no data folder, language or passphrase
            // from the developer's shell, and never the developer's real data folder.
            .env_remove("ESCALE_DATA_DIR")
            .env_remove("ESCALE_LANG")
            .env_remove("ESCALE_PASSPHRASE")
            .env_remove("ESCALE_NEW_PASSPHRASE")
            .env_remove("ESCALE_RECOVERY_KEY")
            .env_remove("ESCALE_MEDIATOR")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env("HOME", self._home.path())
            .env("XDG_DATA_HOME", self._home.path().join("xdg-data"))
            // SQLite's temporary files (if any) land here, where the privacy test looks.
            .env("TMPDIR", &temporary_dir)
            // Not a terminal: the CLI must never wait for a typed passphrase.
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(passphrase) = passphrase {
            command.env("ESCALE_PASSPHRASE", passphrase);
        }
        command.envs(env.iter().copied());
        let output = command.output().expect("the escale binary runs");
        Run {
            args: all,
            // A process killed by a signal has no code; -1 fails every expectation below.
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }

    /// Every file of the data folder with its bytes, to prove that nothing was touched.
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(&self.data_dir)
            .expect("the data folder exists")
            .map(|entry| {
                let entry = entry.expect("a folder entry is readable");
                let bytes = std::fs::read(entry.path()).expect("a data file is readable");
                (entry.file_name().to_string_lossy().into_owned(), bytes)
            })
            .collect()
    }
}

/// The string at `pointer` (JSON Pointer), with a clear failure if absent.
#[track_caller]
pub fn text<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{pointer} must be a string in {value:#}"))
}

/// The array at `pointer`, with a clear failure if absent.
#[track_caller]
pub fn array<'a>(value: &'a Value, pointer: &str) -> &'a Vec<Value> {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{pointer} must be an array in {value:#}"))
}

/// Whether `needle` occurs anywhere in `haystack`.
pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|window| window == needle)
}
