//! `escale`: the core's operations on the command line. The definition of the interface plus
//! glue; every rule lives in `escale-core`.
//!
//! Exit codes: 0 success, 1 failure (one translated line on stderr), 2 misuse.

mod backups;
mod cli;
mod imports;
mod exports;
mod interrupt;
mod keys;
mod mediators;
mod progress;
mod run;
mod stats;

use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;
use escale_core::CoreError;
use escale_core::i18n::Localizer;

/// A failure to report: a core error (translated from its code) or a CLI-level message id.
#[derive(Debug)]
pub enum Failure {
    Core(CoreError),
    /// A Fluent message id of the CLI with its arguments.
    Message(&'static str, Vec<(&'static str, String)>),
    /// An error of another crate known by its code (translated by `error-<code>`), with its
    /// arguments as text (numbers are read back as numbers for plurals).
    Coded(&'static str, Vec<(&'static str, String)>),
    /// The store cannot be opened without its recovery key: the error, then how to recover.
    NeedsRecovery(CoreError),
}

impl From<CoreError> for Failure {
    fn from(error: CoreError) -> Self {
        Failure::Core(error)
    }
}

impl From<escale_core::ValidationError> for Failure {
    fn from(error: escale_core::ValidationError) -> Self {
        Failure::Core(error.into())
    }
}

impl Failure {
    /// One line per thing to fix (refused input lists every broken rule at once).
    fn explain(&self, localizer: &Localizer) -> Vec<String> {
        match self {
            Failure::Core(error) => localizer.error_lines(error),
            Failure::NeedsRecovery(error) => {
                vec![format!("{} {}", localizer.error(error), localizer.text("cli-use-recover"))]
            }
            Failure::Coded(code, arguments) => {
                vec![localizer.coded(code, arguments.iter().map(|(name, value)| (*name, value.as_str())))]
            }
            Failure::Message(id, arguments) => {
                let values: Vec<(&str, escale_core::i18n::FluentValue<'_>)> =
                    arguments.iter().map(|(name, value)| (*name, value.as_str().into())).collect();
                vec![localizer.message(id, &values)]
            }
        }
    }
}

/// The language asked for before the arguments are parsed, so that even the help is translated.
fn requested_language(arguments: &[String]) -> String {
    let from_flag = arguments.iter().enumerate().find_map(|(index, argument)| {
        argument
            .strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (argument == "--lang").then(|| arguments.get(index + 1).cloned()).flatten())
    });
    from_flag
        .or_else(|| std::env::var("ESCALE_LANG").ok())
        .unwrap_or_else(|| escale_core::i18n::REFERENCE_LANGUAGE.to_string())
}

fn main() -> ExitCode {
    escale_core::process::forbid_core_dumps();
    interrupt::install();
    let arguments: Vec<String> = std::env::args().collect();
    let localizer = Localizer::new(&requested_language(&arguments));
    let matches = match cli::localized_command(&localizer).try_get_matches_from(&arguments) {
        Ok(matches) => matches,
        Err(error) => {
            // --help and --version are not misuse: clap prints them and we succeed.
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let mut parsed = match cli::Cli::from_arg_matches(&matches) {
        Ok(parsed) => parsed,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(2);
        }
    };
    // On `pdf` commands, a `--lang` typed on the command line is also the document's language
    // (beside French); the default and ESCALE_LANG are only the mediator's.
    if let cli::Command::Pdf(command) = &mut parsed.command {
        let typed = |matches: &clap::ArgMatches| matches.value_source("lang") == Some(clap::parser::ValueSource::CommandLine);
        let leaf = matches.subcommand_matches("pdf").and_then(|pdf| pdf.subcommand()).map(|(_, leaf)| leaf);
        if typed(&matches) || leaf.is_some_and(typed) {
            command.args_mut().lang = Some(parsed.lang.clone());
        }
    }
    let localizer = Localizer::new(&parsed.lang);
    let mut stdout = std::io::stdout().lock();
    match run::run(parsed, &localizer, &mut stdout) {
        Ok(()) => {
            let _ = stdout.flush();
            ExitCode::SUCCESS
        }
        Err(failure) => {
            let _ = stdout.flush();
            for line in failure.explain(&localizer) {
                let line = line.replace('\n', " ");
                let _ = writeln!(std::io::stderr(), "escale: {line}");
            }
            ExitCode::from(1)
        }
    }
}
