//! Reading text aloud in a person's language with the voices installed on the laptop.
//!
//! The engine is espeak-ng, started as a process: the program and its arguments are given one by
//! one (never through a shell), the text goes on its standard input, and nothing it prints is
//! kept (what it reads is personal). It never uses the network. Only espeak-ng's own voices are
//! offered: the MBROLA voices it also lists need a separate synthesiser and data that Escale does
//! not install.
//!
//! The window tries its web view's own speech synthesis first; this crate is the way for the
//! languages the web view has no voice for. It knows nothing of the window.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde::Serialize;

/// The engine's program, found on the `PATH`.
pub const ENGINE: &str = "espeak-ng";
/// Longer text is cut: a block of the screen is a few sentences, never a book.
pub const MAX_TEXT_CHARS: usize = 8_000;
/// Words per minute: slower than espeak-ng's 175, for people who hear the language of the
/// administration as a second language, or read little.
const WORDS_PER_MINUTE: &str = "150";

/// A voice the engine can speak with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Voice {
    /// The engine's language tag of the voice ("fr-fr", "ar").
    pub language: String,
    /// Its name as the engine lists it ("French_(France)").
    pub name: String,
    /// What selects it when speaking (its file in the engine's data: "roa/fr").
    pub identifier: String,
}

/// Why text could not be read aloud. Each has a stable code; the window shows `error-<code>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeechError {
    /// espeak-ng is not installed (or cannot be started).
    EngineMissing,
    /// The engine has no voice for this language.
    NoVoice,
    /// The engine started but did not read (it answered with an error).
    Failed,
}

impl SpeechError {
    pub fn code(&self) -> &'static str {
        match self {
            SpeechError::EngineMissing => "reading-unavailable",
            SpeechError::NoVoice => "reading-no-voice",
            SpeechError::Failed => "reading-failed",
        }
    }
}

impl std::fmt::Display for SpeechError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::error::Error for SpeechError {}

/// A language as the engine is asked about it: two or three small Latin letters, so that it can
/// never be read as an option of the engine.
fn is_language_code(language: &str) -> bool {
    (2..=3).contains(&language.len()) && language.bytes().all(|byte| byte.is_ascii_lowercase())
}

/// The voices of `language` (an ISO 639 code: "fr", "ti") that the engine can speak with, best
/// first; empty when it has none. Runs `espeak-ng --voices=<language>`.
pub fn voices(language: &str) -> Result<Vec<Voice>, SpeechError> {
    if !is_language_code(language) {
        return Ok(Vec::new());
    }
    let output = Command::new(ENGINE)
        .arg(format!("--voices={language}"))
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|_| SpeechError::EngineMissing)?;
    if !output.status.success() {
        return Err(SpeechError::Failed);
    }
    Ok(parse_voice_list(&String::from_utf8_lossy(&output.stdout), language))
}

/// The voices of `language` in a listing of `espeak-ng --voices=<language>`:
///
/// ```text
/// Pty Language       Age/Gender VoiceName          File                 Other Languages
///  5  fr-fr           --/M      French_(France)    roa/fr               (fr 5)
///  7  fr-fr           --/M      french-mbrola-1    mb/mb-fr1            (fr 7)
/// ```
///
/// MBROLA voices (`mb/`) and variants (`!v/`) are left out. The voice of the language itself
/// ("ru") comes first, then those of its regions ("ru-lv", "fr-be"), each by the engine's
/// priority, then those that only speak it as another language.
pub fn parse_voice_list(listing: &str, language: &str) -> Vec<Voice> {
    let mut found: Vec<(u8, u32, Voice)> = Vec::new();
    for line in listing.lines().skip(1) {
        let columns: Vec<&str> = line.split_whitespace().collect();
        let [priority, tag, _age_gender, name, file, ..] = columns.as_slice() else { continue };
        if file.starts_with("mb/") || file.starts_with("!v/") {
            continue;
        }
        let Ok(priority) = priority.parse::<u32>() else { continue };
        let rank = if *tag == language {
            0
        } else if tag.strip_prefix(language).is_some_and(|rest| rest.starts_with('-')) {
            1
        } else {
            2
        };
        let voice = Voice { language: tag.to_string(), name: name.to_string(), identifier: file.to_string() };
        found.push((rank, priority, voice));
    }
    // A stable sort keeps the engine's order between equals.
    found.sort_by_key(|(rank, priority, _)| (*rank, *priority));
    found.into_iter().map(|(_, _, voice)| voice).collect()
}

/// Where the voice goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// The laptop's speakers.
    Speakers,
    /// A WAV file (for tests: a machine without a sound card still proves the voice speaks).
    WaveFile(PathBuf),
}

/// Text being read aloud by the engine.
#[derive(Debug)]
pub struct Reading {
    child: Child,
}

impl Reading {
    /// Starts reading `text` in `language` with its best voice. Fails with [`SpeechError::NoVoice`]
    /// when the engine has none.
    pub fn start(language: &str, text: &str, output: &Output) -> Result<Reading, SpeechError> {
        let voice = voices(language)?.into_iter().next().ok_or(SpeechError::NoVoice)?;
        let mut command = Command::new(ENGINE);
        // -b 1: the text is UTF-8; -l: each line (a heading, a document) ends a clause, with
        // its pause; --stdin: the text comes on standard input, never as an argument another
        // program could read in the process list.
        command.args(["-v", &voice.identifier, "-s", WORDS_PER_MINUTE, "-b", "1", "-l", "1000", "--stdin"]);
        if let Output::WaveFile(path) = output {
            command.arg("-w").arg(path);
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|_| SpeechError::EngineMissing)?;
        let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
        let mut stdin = child.stdin.take().expect("standard input was piped");
        // At most 32 KB: less than a pipe holds, so the write never waits for the engine. A
        // failure means the engine already stopped; `is_finished` then tells.
        let _ = stdin.write_all(text.as_bytes());
        drop(stdin);
        Ok(Reading { child })
    }

    /// Whether the engine is done (it read everything, or it stopped).
    pub fn is_finished(&mut self) -> bool {
        !matches!(self.child.try_wait(), Ok(None))
    }

    /// Whether the engine read to the end without an error; waits for it.
    pub fn wait(mut self) -> Result<(), SpeechError> {
        match self.child.wait() {
            Ok(status) if status.success() => Ok(()),
            _ => Err(SpeechError::Failed),
        }
    }

    /// Stops reading now.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        if !self.is_finished() {
            self.stop();
        }
    }
}

/// How a reading ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ReadingEnd {
    /// Read to the end.
    Finished,
    /// Stopped by [`Reader::stop`] or by a newer reading.
    Stopped,
}

/// One reading at a time, for a program where one thread reads (and waits) while another may
/// stop it: a second press of the button, or another block read instead.
#[derive(Debug, Default)]
pub struct Reader {
    current: Mutex<Option<(u64, Reading)>>,
    started: AtomicU64,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Reader {
    /// Reads `text` aloud in `language`, stopping any reading under way first, and returns when
    /// it is read or stopped.
    pub fn read(&self, language: &str, text: &str, output: &Output) -> Result<ReadingEnd, SpeechError> {
        self.stop();
        let reading = Reading::start(language, text, output)?;
        let serial = self.started.fetch_add(1, Ordering::SeqCst) + 1;
        *lock(&self.current) = Some((serial, reading));
        loop {
            std::thread::sleep(Duration::from_millis(40));
            let mut current = lock(&self.current);
            match current.as_mut() {
                Some((running, reading)) if *running == serial => {
                    if reading.is_finished() {
                        let (_, reading) = current.take().expect("checked above");
                        return reading.wait().map(|()| ReadingEnd::Finished);
                    }
                }
                // Stopped, or replaced by a newer reading.
                _ => return Ok(ReadingEnd::Stopped),
            }
        }
    }

    /// Stops the reading under way, if any.
    pub fn stop(&self) {
        if let Some((_, mut reading)) = lock(&self.current).take() {
            reading.stop();
        }
    }

    /// Whether something is being read now.
    pub fn is_reading(&self) -> bool {
        lock(&self.current).is_some()
    }
}

/// Whether the engine is installed here (it answers `--version`).
pub fn engine_installed() -> bool {
    Command::new(ENGINE)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

