//! The command-line interface's shape. Help texts are not written here: they are the Fluent
//! messages `cli-about-<path>` and `cli-arg-<path>-<argument>`, applied by [`localized_command`].

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use escale_core::i18n::Localizer;

#[derive(Debug, Parser)]
#[command(name = "escale", version, disable_help_subcommand = true)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DIR", env = "ESCALE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    #[arg(long, global = true, value_name = "ID", env = "ESCALE_MEDIATOR")]
    pub mediator: Option<String>,
    #[arg(long, global = true, value_name = "LANG", env = "ESCALE_LANG", default_value = "fr")]
    pub lang: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(InitArgs),
    Recover(RecoverArgs),
    RecoverySheet(RecoverySheetArgs),
    #[command(subcommand)]
    Key(KeyCommand),
    #[command(subcommand)]
    Backup(BackupCommand),
    Demo(DemoArgs),
    #[command(subcommand)]
    Beneficiary(BeneficiaryCommand),
    #[command(subcommand)]
    Activity(ActivityCommand),
    #[command(subcommand)]
    Procedure(ProcedureCommand),
    #[command(subcommand)]
    Catalogue(CatalogueCommand),
    FollowUp(FollowUpArgs),
    #[command(subcommand)]
    Structure(StructureCommand),
    #[command(subcommand)]
    Place(PlaceCommand),
    #[command(subcommand)]
    Partner(PartnerCommand),
    #[command(subcommand)]
    Consent(ConsentCommand),
    #[command(subcommand)]
    Person(PersonCommand),
    #[command(subcommand)]
    Retention(RetentionCommand),
    #[command(subcommand)]
    Audit(AuditCommand),
    #[command(subcommand)]
    Mediator(MediatorCommand),
    #[command(subcommand)]
    Pdf(PdfCommand),
    Stats(StatsArgs),
    Report(ReportArgs),
    #[command(subcommand)]
    Import(ImportCommand),
    #[command(subcommand)]
    Export(ExportCommand),
}

/// The figures of a period: this month unless a month or days are given.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "month")]
    pub from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "month")]
    pub to: Option<String>,
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
    #[arg(long, value_name = "ID")]
    pub place: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// The monthly activity report for the structure and its funders, as a PDF.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Last month when not given.
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
    #[arg(long, value_name = "ID")]
    pub place: Option<String>,
    /// The structure's text for the month, kept in the store for the next printing ("" removes it).
    #[arg(long, value_name = "TEXT", conflicts_with = "text_file")]
    pub text: Option<String>,
    /// The same, read from a UTF-8 text file.
    #[arg(long, value_name = "FILE")]
    pub text_file: Option<PathBuf>,
    /// The PDF to write; the report's own name in the current folder when not given.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Data from another tool's file.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    People(ImportPeopleArgs),
}

#[derive(Debug, Args)]
pub struct ImportPeopleArgs {
    pub file: PathBuf,
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub header_row: Option<u32>,
    /// FIELD=COLUMN, as many times as needed.
    #[arg(long, value_name = "FIELD=COLUMN")]
    pub column: Vec<String>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub skip_duplicates: bool,
    #[arg(long, value_name = "OUT.csv")]
    pub rejects: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

/// Exports in the national platform's formats (La Coop de la médiation numérique).
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    Activities(ExportArgs),
    People(ExportArgs),
    /// The figures of a period (this month without dates, as `escale stats`).
    Statistics(ExportArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    #[arg(long, value_name = "ID")]
    pub place: Option<String>,
    #[arg(long, value_name = "FORMAT", default_value = "xlsx", value_parser = ["xlsx", "csv"])]
    pub format: String,
    /// A file, or a folder where the file takes the platform's name (the current folder without it).
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

/// Printed documents for the person, as PDF files.
#[derive(Debug, Subcommand)]
pub enum PdfCommand {
    Summary(PdfArgs),
    Procedure(PdfArgs),
    Consent(PdfArgs),
}

#[derive(Debug, Args)]
pub struct PdfArgs {
    /// The accompaniment, procedure or person.
    pub id: String,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// The document's language beside French: the global `--lang` when it is typed on the
    /// command line (set by `main`), else the person's document language. `ESCALE_LANG` sets
    /// only the mediator's language, never a person's document.
    #[arg(skip)]
    pub lang: Option<String>,
}

impl PdfCommand {
    pub fn args_mut(&mut self) -> &mut PdfArgs {
        match self {
            PdfCommand::Summary(args) | PdfCommand::Procedure(args) | PdfCommand::Consent(args) => args,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum MediatorCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        json: bool,
    },
    Rename {
        id: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(long)]
    pub passphrase: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RecoverArgs {
    /// Protect the key with a new passphrase rather than the system keyring.
    #[arg(long)]
    pub passphrase: bool,
}

#[derive(Debug, Args)]
pub struct RecoverySheetArgs {
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Moves the key to the keyring or to a (new) passphrase, without re-encrypting the data.
    Protect {
        #[arg(long, conflicts_with = "passphrase", required_unless_present = "passphrase")]
        keyring: bool,
        #[arg(long)]
        passphrase: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Writes an encrypted backup of the whole store into a folder (a USB key).
    Create {
        #[arg(long, value_name = "FOLDER")]
        to: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Checks a backup: its structure, and with the recovery key or passphrase its contents.
    Verify {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Only the checks that need no secret (structure and checksum).
        #[arg(long)]
        without_secret: bool,
        #[arg(long)]
        json: bool,
    },
    /// Restores a backup into the data folder (a new laptop), after checking it.
    Restore {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Set the current data aside (never deleted) and put the backup in its place.
        #[arg(long)]
        replace: bool,
        /// Protect the restored key with a passphrase rather than the system keyring.
        #[arg(long)]
        passphrase: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long, default_value_t = 120, value_parser = clap::value_parser!(u32).range(1..=200_000))]
    pub people: u32,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CommuneArgs {
    #[arg(long, value_name = "CODE")]
    pub insee: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub postal_code: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub commune: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum BeneficiaryCommand {
    Add(BeneficiaryAddArgs),
    List {
        #[arg(long, default_value_t = 100)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    Search {
        query: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Timeline {
        id: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    Merge {
        kept: String,
        other: String,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    Unmerge {
        merge: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct BeneficiaryAddArgs {
    #[arg(long)]
    pub first_name: Option<String>,
    #[arg(long)]
    pub last_name: Option<String>,
    #[arg(long)]
    pub latin_first_name: Option<String>,
    #[arg(long)]
    pub latin_last_name: Option<String>,
    #[arg(long)]
    pub anonymous: bool,
    #[arg(long)]
    pub accompanied_before: bool,
    #[arg(long)]
    pub birth_year: Option<i32>,
    #[arg(long, value_name = "CODE")]
    pub gender: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub social_status: Option<String>,
    #[command(flatten)]
    pub commune: CommuneArgs,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long = "language", value_name = "CODE")]
    pub languages: Vec<String>,
    #[arg(long, value_name = "CODE", default_value = "fr")]
    pub document_language: String,
    #[arg(long)]
    pub notes: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    Add(ActivityAddArgs),
    Defaults {
        #[arg(long, value_name = "CODE", default_value = "individuel")]
        kind: String,
        #[arg(long)]
        json: bool,
    },
    Edit {
        id: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long, value_name = "MINUTES")]
        duration: Option<u32>,
        #[arg(long = "theme", value_name = "CODE")]
        themes: Vec<String>,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long)]
        next_steps: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Delete {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Restore {
        id: String,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
        #[arg(long, value_name = "ID")]
        beneficiary: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct ActivityAddArgs {
    #[arg(long = "beneficiary", value_name = "ID")]
    pub beneficiaries: Vec<String>,
    #[arg(long, value_name = "CODE", default_value = "individuel")]
    pub kind: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    #[arg(long, value_name = "MINUTES", default_value_t = 30)]
    pub duration: u32,
    #[arg(long, value_name = "CODE", default_value = "lieu_activite")]
    pub place_type: String,
    #[arg(long = "place", value_name = "ID")]
    pub place: Option<String>,
    #[command(flatten)]
    pub commune: CommuneArgs,
    #[arg(long = "theme", value_name = "CODE")]
    pub themes: Vec<String>,
    #[arg(long = "equipment", value_name = "CODE")]
    pub equipment: Vec<String>,
    #[arg(long, value_name = "CODE")]
    pub autonomy: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub orientation: Option<String>,
    #[arg(long)]
    pub procedure_name: Option<String>,
    #[arg(long)]
    pub workshop_title: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub workshop_level: Option<String>,
    #[arg(long, value_name = "N")]
    pub anonymous_total: Option<u32>,
    #[arg(long)]
    pub notes: Option<String>,
    #[arg(long)]
    pub next_steps: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProcedureCommand {
    Start {
        #[arg(long, value_name = "ID")]
        beneficiary: String,
        #[arg(long, value_name = "CODE")]
        kind: String,
        #[arg(long, value_name = "CODE", default_value = "a_faire")]
        status: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long)]
        reference: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        deadline: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        call_back: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Status {
        id: String,
        status: String,
        #[arg(long)]
        note: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Reopen {
        id: String,
        #[arg(long)]
        note: String,
        #[arg(long, value_name = "CODE", default_value = "a_faire")]
        status: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Check {
        id: String,
        document: String,
        #[arg(long, value_name = "CODE", default_value = "brought")]
        state: String,
        #[arg(long)]
        json: bool,
    },
    RecurrenceDone {
        id: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Edit {
        id: String,
        #[arg(long)]
        reference: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        deadline: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        renewal: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        call_back: Option<String>,
        #[arg(long = "clear", value_name = "FIELD", value_parser = ["deadline", "renewal", "call-back"])]
        clear: Vec<String>,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Link {
        id: String,
        activity: String,
        #[arg(long)]
        unlink: bool,
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long, value_name = "ID")]
        beneficiary: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogueCommand {
    List {
        /// Hidden and retired entries too.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    Add {
        #[arg(long)]
        label: String,
        #[arg(long, value_name = "CODE")]
        theme: String,
        #[arg(long, value_name = "CODE")]
        organisation: Option<String>,
        #[arg(long = "document", value_name = "CODE")]
        documents: Vec<String>,
        #[arg(long, value_name = "DAYS")]
        delay: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    Hide {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct FollowUpArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<String>,
    #[arg(long)]
    pub count: bool,
    #[arg(long)]
    pub json: bool,
}

/// The structure's settings. `set` changes only the options given; the others keep their value.
#[derive(Debug, Subcommand)]
pub enum StructureCommand {
    Show {
        #[arg(long)]
        json: bool,
    },
    Set {
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        siret: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[command(flatten)]
        commune: CommuneArgs,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

/// Places of activity. `edit` changes only the options given.
#[derive(Debug, Subcommand)]
pub enum PlaceCommand {
    Add {
        name: String,
        #[arg(long)]
        address: Option<String>,
        #[command(flatten)]
        commune: CommuneArgs,
        #[arg(long)]
        json: bool,
    },
    Edit {
        id: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[command(flatten)]
        commune: CommuneArgs,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Archive {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

/// The directory of local partners. `edit` changes only the options given.
#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    Add {
        name: String,
        #[arg(long, value_name = "CODE", default_value = "autre")]
        kind: String,
        #[command(flatten)]
        details: PartnerDetailsArgs,
        #[arg(long)]
        json: bool,
    },
    Edit {
        id: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_name = "CODE")]
        kind: Option<String>,
        #[command(flatten)]
        details: PartnerDetailsArgs,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long, value_name = "CODE")]
        kind: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Archive {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct PartnerDetailsArgs {
    #[arg(long)]
    pub address: Option<String>,
    #[command(flatten)]
    pub commune: CommuneArgs,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// Several lines in one argument: $'Lundi 9 h – 12 h\nMardi…' in bash.
    #[arg(long, value_name = "TEXT")]
    pub hours: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ConsentCommand {
    Record {
        #[arg(long, value_name = "ID")]
        beneficiary: String,
        #[arg(long, value_name = "CODE")]
        method: String,
        #[arg(long = "purpose", value_name = "CODE")]
        purposes: Vec<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Withdraw {
        id: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long, value_name = "ID")]
        beneficiary: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    Export {
        id: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// What the screen turned toward the person shows, in their language.
    View {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Erase {
        id: String,
        #[arg(long, conflicts_with = "preview")]
        yes: bool,
        #[arg(long)]
        preview: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    Show {
        #[arg(long)]
        json: bool,
    },
    Set {
        months: u32,
        #[arg(long)]
        json: bool,
    },
    Preview {
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Apply {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    List {
        #[arg(long, value_name = "ID")]
        person: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: u32,
        #[arg(long, default_value_t = 0)]
        offset: u32,
        #[arg(long)]
        json: bool,
    },
}

/// The clap command with every help text taken from Fluent in the chosen language.
pub fn localized_command(localizer: &Localizer) -> clap::Command {
    localize(Cli::command(), "escale", localizer)
}

fn localize(mut command: clap::Command, path: &str, localizer: &Localizer) -> clap::Command {
    let about_id = format!("cli-about-{path}");
    if localizer.has_message(&about_id) {
        command = command.about(localizer.text(&about_id));
    }
    let argument_ids: Vec<String> = command.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in argument_ids {
        // Global options are documented once, under the root.
        let message = [format!("cli-arg-{path}-{id}"), format!("cli-arg-escale-{id}")]
            .into_iter()
            .find(|message| localizer.has_message(message));
        if let Some(message) = message {
            let help = localizer.text(&message);
            command = command.mut_arg(id, |argument| argument.help(help));
        }
    }
    let subcommands: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in subcommands {
        let sub_path = format!("{path}-{name}");
        command = command.mut_subcommand(&name, |sub| localize(sub, &sub_path, localizer));
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help id the command tree asks for, with the global options documented once.
    fn help_ids(command: &clap::Command, path: &str, ids: &mut Vec<String>) {
        ids.push(format!("cli-about-{path}"));
        for argument in command.get_arguments() {
            let id = argument.get_id().as_str();
            if matches!(id, "help" | "version") || (path != "escale" && argument.is_global_set()) {
                continue;
            }
            ids.push(format!("cli-arg-{path}-{id}"));
        }
        for sub in command.get_subcommands() {
            help_ids(sub, &format!("{path}-{}", sub.get_name()), ids);
        }
    }

    #[test]
    fn every_command_and_option_has_a_help_text_in_french_and_english() {
        let mut ids = Vec::new();
        help_ids(&Cli::command(), "escale", &mut ids);
        assert!(ids.len() > 50, "the walk covers the whole tree: {ids:?}");
        for language in ["fr", "en"] {
            let sources: String =
                escale_core::i18n::fluent_sources(language).map(|(_, source)| source).collect::<Vec<_>>().join("\n");
            let missing: Vec<&String> =
                ids.iter().filter(|id| !sources.lines().any(|line| line.starts_with(&format!("{id} =")))).collect();
            assert!(missing.is_empty(), "{language}: help shown as clap's default or empty for {missing:?}");
        }
    }
}
