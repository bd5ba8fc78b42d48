//! Every command the window can call, declared once.
//!
//! The `commands!` list below is the single source of truth: it produces the Tauri handlers,
//! the invoke handler that registers all of them, and the typed TypeScript client
//! (`ui/src/generated/commands.ts`), so a command cannot exist on one side only. Each command
//! converts its arguments and calls one core function.

use escale_core::activity::defaults::RecordDefaults;
use escale_core::activity::{Activity, ActivityInput, DeletedActivity};
use escale_core::people::{Merge, MergePreview, PersonTimeline, PersonView};
use escale_core::beneficiary::{Beneficiary, BeneficiaryInput, BeneficiarySummary};
use escale_core::commune::{OfficialCommune, search_official_communes};
use escale_core::organisation::{Partner, PartnerInput, Place, PlaceInput, Structure, StructureInput};
use escale_core::backup::{BackupReminder, BackupReport, BackupSummary};
use escale_core::folders::{FoundBackup, FoundSpreadsheet, SaveFolder};
use escale_core::people::import::{ImportOptions, ImportOutcome};
use escale_exchange::mapping::ColumnMapping;
use escale_core::privacy::access::AccessExportFiles;
use escale_core::privacy::audit::{AuditFilter, AuditLogPage, PageRequest};
use escale_core::privacy::consent::{Consent, ConsentInput};
use escale_core::privacy::erasure::{ErasureReport, ErasureScope};
use escale_core::privacy::retention::RetentionPreview;
use escale_core::procedure::catalogue::{CatalogueEntry, CustomEntryInput};
use escale_core::procedure::follow_up::{FollowUp, FollowUpCount};
use escale_core::stats::{Statistics, StatisticsQuery};
use escale_core::procedure::{Procedure, ProcedureDetails, ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::{ActivityKind, DocumentState, RedirectionStructure};
use escale_core::session::{PinCheck, RecoverySheet};
use escale_speech::{ReadingEnd, Voice};

use crate::error::ErrorDto;
use crate::import::{PeopleFileRead, SavedImportReport};
use crate::state::{AppState, AppStatus, NewMediatorRequest, RestoreRequest, SetupRequest, WorkProgress};

macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        fn $name:ident($state:ident $(, $argument:ident: $type:ty)*) -> $output:ty $body:block
    )*) => {
        $(
            $(#[doc = $doc])*
            #[tauri::command]
            pub async fn $name(
                $state: tauri::State<'_, AppState>,
                $($argument: $type),*
            ) -> Result<$output, ErrorDto> {
                // Core work blocks (key derivation, durable writes, demo data): it runs on a
                // blocking thread, never on the async runtime that serves the window. A panic
                // there becomes an error for this command only.
                crate::startup_probe::mark_first_command();
                let asked = std::time::SystemTime::now();
                let shared = AppState::clone(&$state);
                let answer = tauri::async_runtime::spawn_blocking(move || {
                    let $state: &AppState = &shared;
                    $state.wait_for_opening();
                    // While the screen is turned toward a person, only the view's own commands run.
                    $state.refuse_during_person_view(stringify!($name))?;
                    $body
                })
                .await
                .map_err(|_| ErrorDto::command_failed())?;
                crate::startup_probe::note_command(stringify!($name), asked);
                $state.note_activity();
                answer
            }
        )*

        /// Registers every command of the list.
        pub fn invoke_handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// The TypeScript client of every command of the list.
        pub fn typescript_client() -> String {
            use ts_rs::TS;
            let config = ts_rs::Config::new();
            let mut client = String::new();
            $(
                #[allow(unused_mut)]
                let mut parameters: Vec<String> = Vec::new();
                #[allow(unused_mut)]
                let mut names: Vec<String> = Vec::new();
                $(
                    let camel = crate::bindings::camel_case(stringify!($argument));
                    parameters.push(format!("{}: {}", camel, <$type as TS>::name(&config)));
                    names.push(camel);
                )*
                let docs: Vec<&str> = vec![$($doc.trim()),*];
                if !docs.is_empty() {
                    client.push_str(&format!("/** {} */\n", docs.join(" ")));
                }
                let arguments = if names.is_empty() { String::new() } else { format!(", {{ {} }}", names.join(", ")) };
                client.push_str(&format!(
                    "export function {}({}): Promise<{}> {{\n  return invoke(\"{}\"{});\n}}\n\n",
                    crate::bindings::camel_case(stringify!($name)),
                    parameters.join(", "),
                    <$output as TS>::name(&config),
                    stringify!($name),
                    arguments,
                ));
            )*
            client
        }
    };
}

/// A day typed as YYYY-MM-DD, or the core's `date-invalid` error.
fn parse_day(text: &str) -> Result<chrono::NaiveDate, ErrorDto> {
    text.parse().map_err(|_| ErrorDto::from(escale_core::CoreError::from(escale_core::ValidationError::DateInvalid)))
}

commands! {
    /// Where the app stands: setup needed, locked, or ready.
    fn app_status(state) -> AppStatus {
        Ok(state.status())
    }

    /// Creates the encrypted store at first start, optionally with demo data.
    fn set_up_store(state, request: SetupRequest) -> AppStatus {
        state.set_up(&request)
    }

    /// Chooses whose store to open when several mediators share the laptop.
    fn choose_mediator(state, id: String) -> AppStatus {
        state.choose_mediator(&id)
    }

    /// Closes the open store and shows the list of mediators (another mediator, or a new one).
    fn leave_store(state) -> AppStatus {
        Ok(state.leave_store())
    }

    /// Adds a mediator on this laptop: their own store, under their own passphrase.
    fn add_mediator(state, request: NewMediatorRequest) -> AppStatus {
        state.add_mediator(&request)
    }

    /// Names the open store's mediator in the list of mediators.
    fn rename_mediator(state, name: String) -> AppStatus {
        state.rename_mediator(&name)
    }

    /// Opens a passphrase-protected store (or, without a passphrase, asks the keyring again).
    fn unlock_store(state, passphrase: Option<String>) -> AppStatus {
        let passphrase = passphrase.map(zeroize::Zeroizing::new);
        state.unlock(passphrase.as_deref().map(String::as_str))
    }

    /// Opens the store with its recovery key, then protects the key anew: with the passphrase
    /// when one is given (or no keyring answers), with the system keyring otherwise.
    fn recover_store(state, recovery_key: String, passphrase: Option<String>) -> AppStatus {
        let recovery_key = zeroize::Zeroizing::new(recovery_key);
        let passphrase = passphrase.map(zeroize::Zeroizing::new);
        state.recover(&recovery_key, passphrase.as_deref().map(String::as_str))
    }

    /// The recovery key and what the recovery sheet shows with it.
    fn recovery_sheet(state) -> RecoverySheet {
        state.recovery_sheet()
    }

    /// Moves the key to the keyring (no new passphrase) or under a new passphrase; the current
    /// passphrase, when there is one, proves the mediator may do it.
    fn change_key_protection(state, current_passphrase: Option<String>, new_passphrase: Option<String>) -> AppStatus {
        let current = current_passphrase.map(zeroize::Zeroizing::new);
        let new = new_passphrase.map(zeroize::Zeroizing::new);
        state.change_key_protection(current.as_deref().map(String::as_str), new.as_deref().map(String::as_str))
    }

    /// Locks the window now (the shortcut, the button, or the idle timer).
    fn lock_screen(state) -> AppStatus {
        Ok(state.lock_screen())
    }

    /// Unlocks the window with the PIN; says how many tries are left when it is wrong.
    fn unlock_screen_with_pin(state, pin: String) -> PinCheck {
        let pin = zeroize::Zeroizing::new(pin);
        state.unlock_screen_with_pin(&pin)
    }

    /// Unlocks the window with the passphrase (or a keyring store's recovery key).
    fn unlock_screen_with_secret(state, secret: String) -> AppStatus {
        let secret = zeroize::Zeroizing::new(secret);
        state.unlock_screen_with_secret(&secret)
    }

    /// Turns the screen toward person `id`: only their own next steps, procedures with the
    /// documents missing and coming dates, in their language; every other command is refused
    /// until the mediator's PIN (or passphrase) brings the window back. Without `id`: what the
    /// screen turned toward the person shows now (after the page was loaded again).
    fn person_view(state, id: Option<String>) -> PersonView {
        state.person_view(id.as_deref())
    }

    /// The voices of the laptop's reading engine (espeak-ng) for a language; empty when it has none.
    fn reading_voices(state, language: String) -> Vec<Voice> {
        state.reading_voices(&language)
    }

    /// Reads a text aloud in a language with the laptop's engine; returns when it is read or stopped.
    fn read_aloud(state, language: String, text: String) -> ReadingEnd {
        state.read_aloud(&language, &text)
    }

    /// Stops the reading under way.
    fn stop_reading(state) -> () {
        state.stop_reading();
        Ok(())
    }

    /// Chooses the PIN that unlocks the window.
    fn set_unlock_pin(state, pin: String) -> AppStatus {
        let pin = zeroize::Zeroizing::new(pin);
        state.with_store(|store| store.set_unlock_pin(&pin))?;
        Ok(state.status())
    }

    /// Chooses the idle time after which the window locks itself.
    fn set_idle_minutes(state, minutes: u32) -> AppStatus {
        state.with_store(|store| store.set_idle_minutes(minutes))?;
        Ok(state.status())
    }

    /// People whose name starts with the typed words; everyone when the query is empty.
    fn search_beneficiaries(state, query: String, limit: u32) -> Vec<BeneficiarySummary> {
        state.with_store(|store| store.search_beneficiaries(&query, limit))
    }

    /// One beneficiary's file, as it is opened: the view is recorded in the audit log.
    fn get_beneficiary(state, id: String) -> Beneficiary {
        state.with_store(|store| store.view_beneficiary(&id))
    }

    /// The consents a person gave (and withdrew), newest first.
    fn consents_of_beneficiary(state, id: String) -> Vec<Consent> {
        state.with_store(|store| store.consents_of(&id))
    }

    /// Records a person's consent.
    fn record_consent(state, input: ConsentInput) -> Consent {
        state.with_store(|store| store.record_consent(&input))
    }

    /// Records that a person withdrew a consent, on the given day (YYYY-MM-DD).
    fn withdraw_consent(state, id: String, withdrawn_on: String) -> Consent {
        let day = parse_day(&withdrawn_on)?;
        state.with_store(|store| store.withdraw_consent(&id, day))
    }

    /// What erasing a person would empty and keep; changes nothing.
    fn erasure_preview(state, id: String) -> ErasureScope {
        state.with_store(|store| store.erasure_preview(&id))
    }

    /// Erases a person's identity, contact and notes for good, keeping anonymous counts.
    fn erase_beneficiary(state, id: String) -> ErasureReport {
        state.with_store(|store| store.erase_beneficiary(&id))
    }

    /// Writes everything Escale holds about a person into a folder: a readable text in their
    /// language and a JSON file.
    fn export_personal_data(state, id: String, folder: String) -> AccessExportFiles {
        state.with_store(|store| store.write_access_export(&id, std::path::Path::new(&folder)))
    }

    /// Folders offered for saving a file: the documents folder and the USB keys plugged in.
    fn save_folders(state) -> Vec<SaveFolder> {
        let _ = state;
        Ok(escale_core::folders::save_folders())
    }

    /// Writes an encrypted backup of the whole store into a folder (a USB key), checked after
    /// writing. The file's name holds the date only.
    fn create_backup(state, folder: String) -> BackupReport {
        state.with_progress(|progress| {
            state.with_store(|store| store.create_backup(std::path::Path::new(&folder), progress))
        })
    }

    /// Writes an export in the national platform's format (activities, people or statistics, XLSX or CSV)
    /// into a folder, under the platform's name with today's date; the rows written are shown by
    /// the progress bar, and stopping it leaves no file.
    fn export_to_folder(state, request: escale_exchange::export::ExportRequest) -> escale_exchange::export::SavedExport {
        state.with_progress(|progress| {
            state.with_store(|store| escale_exchange::export::export_to_folder(store, &request, progress))
        })
    }

    /// Prints a paper — an accompaniment's summary, a procedure sheet, a consent form, the
    /// monthly report — as a PDF saved in the folder and under the name chosen (all or nothing).
    fn print_to_folder(state, request: escale_documents::saving::PrintRequest) -> escale_documents::saving::SavedPaper {
        state.print_to_folder(&request)
    }

    /// Opens a paper saved this session in the laptop's PDF viewer, to print it.
    fn open_saved_paper(state, path: String) -> () {
        state.open_saved_paper(&path)
    }

    /// Every language shipped, with its review status and completeness (settings, Languages).
    fn locale_statuses(state) -> Vec<escale_core::i18n::LocaleStatus> {
        let _ = state;
        Ok(escale_core::i18n::locale_statuses())
    }

    /// The first screen is painted: the start-up benchmark's mark, with the page's own moments
    /// before it, written only when ESCALE_STARTUP_PROBE names a file.
    fn first_screen_painted(state, moments: Vec<crate::startup_probe::PageMoment>) -> () {
        let _ = state;
        crate::startup_probe::mark(crate::startup_probe::StartupMark::FirstScreen);
        crate::startup_probe::note_page_moments(&moments);
        Ok(())
    }

    /// How far the long work under way is (a backup, a restore, an import, an export; polled by the progress bar).
    fn work_progress(state) -> Option<WorkProgress> {
        Ok(state.work_progress())
    }

    /// Stops the long work under way; it removes what it had begun.
    fn cancel_work(state) -> () {
        state.cancel_work();
        Ok(())
    }

    /// Backups found on the USB keys plugged in and in the documents folder, newest first.
    fn backup_files(state) -> Vec<FoundBackup> {
        let _ = state;
        Ok(escale_core::folders::backups_in(&escale_core::folders::save_folders()))
    }

    /// Checks a backup file's structure and whole-file checksum (no secret needed): when it was
    /// made and how it opens.
    fn inspect_backup(state, path: String) -> BackupSummary {
        Ok(state.with_progress(|progress| {
            escale_core::backup::verify_backup_with_progress(std::path::Path::new(&path), None, progress)
        })?)
    }

    /// Restores a backup at first start, where there is no data yet.
    fn restore_backup_at_start(state, request: RestoreRequest) -> AppStatus {
        state.restore_at_start(&request)
    }

    /// Whether the mediator should make a backup now (never made, or more than a week old).
    fn backup_reminder(state) -> Option<BackupReminder> {
        state.with_store(|store| store.backup_reminder(chrono::Utc::now()))
    }

    /// The audit log, newest first, optionally of one person's file.
    fn audit_log(state, filter: AuditFilter, page: PageRequest) -> AuditLogPage {
        state.with_store(|store| store.audit_log(&filter, page))
    }

    /// The retention period of inactive files, in months.
    fn retention_months(state) -> u32 {
        state.with_store(|store| store.retention_months())
    }

    /// Sets the retention period of inactive files (1 to 120 months).
    fn set_retention_months(state, months: u32) -> u32 {
        state.with_store(|store| store.set_retention_months(months))
    }

    /// Who would be anonymised on the given day (YYYY-MM-DD) and when, the first `limit` of
    /// them, with how many in all; changes nothing.
    fn retention_preview(state, on: String, limit: u32) -> RetentionPreview {
        let day = parse_day(&on)?;
        state.with_store(|store| store.retention_preview_first(day, limit))
    }

    fn create_beneficiary(state, input: BeneficiaryInput) -> Beneficiary {
        state.with_store(|store| store.create_beneficiary(&input))
    }

    /// Records a person without a name met in an accompaniment, saying whether they had already
    /// been accompanied before.
    fn create_anonymous_beneficiary(state, accompanied_before: bool) -> Beneficiary {
        state.with_store(|store| store.create_anonymous_beneficiary(accompanied_before))
    }

    fn update_beneficiary(state, id: String, input: BeneficiaryInput) -> Beneficiary {
        state.with_store(|store| store.update_beneficiary(&id, &input))
    }

    /// A beneficiary's activities, newest first.
    fn activities_of_beneficiary(state, id: String) -> Vec<Activity> {
        state.with_store(|store| store.activities_of_beneficiary(&id))
    }

    /// A beneficiary's administrative procedures, soonest deadline first.
    fn procedures_of_beneficiary(state, id: String) -> Vec<Procedure> {
        state.with_store(|store| store.procedures(Some(&id)))
    }

    /// The catalogue of procedures: shipped entries, then the structure's own, hidden ones marked.
    fn procedure_catalogue(state) -> Vec<CatalogueEntry> {
        state.with_store(|store| store.catalogue())
    }

    /// Adds a procedure of the structure's own to the catalogue.
    fn add_catalogue_entry(state, input: CustomEntryInput) -> CatalogueEntry {
        state.with_store(|store| store.add_catalogue_entry(&input))
    }

    /// Hides a catalogue entry from the choices, or offers it again.
    fn set_catalogue_entry_hidden(state, id: String, hidden: bool) -> CatalogueEntry {
        state.with_store(|store| store.set_catalogue_entry_hidden(&id, hidden))
    }

    /// One procedure with its history, checklist and linked accompaniments.
    fn get_procedure(state, id: String) -> Procedure {
        state.with_store(|store| store.procedure(&id))
    }

    /// Starts following a procedure of the catalogue for a person.
    fn start_procedure(state, input: ProcedureInput) -> Procedure {
        state.with_store(|store| store.create_procedure(&input))
    }

    /// Moves a procedure to a status the transition table allows.
    fn set_procedure_status(state, id: String, change: StatusChangeInput) -> Procedure {
        state.with_store(|store| store.set_procedure_status(&id, &change))
    }

    /// Reopens a closed procedure, with a note saying why.
    fn reopen_procedure(state, id: String, change: StatusChangeInput) -> Procedure {
        state.with_store(|store| store.reopen_procedure(&id, &change))
    }

    /// Marks a document of the checklist brought, missing or not needed.
    fn set_procedure_document(state, id: String, document: String, document_state: DocumentState) -> Procedure {
        state.with_store(|store| store.set_procedure_document(&id, &document, document_state))
    }

    /// Records that the declaration or renewal due was done on a day (YYYY-MM-DD), today if none.
    fn record_recurrence_done(state, id: String, on: Option<String>) -> Procedure {
        let on = on.as_deref().map(parse_day).transpose()?;
        state.with_store(|store| store.record_recurrence_done(&id, on))
    }

    /// Changes a procedure's reference, dates and notes.
    fn update_procedure(state, id: String, details: ProcedureDetails) -> Procedure {
        state.with_store(|store| store.update_procedure(&id, &details))
    }

    /// Links one of the person's accompaniments to the procedure.
    fn link_procedure_activity(state, id: String, activity_id: String) -> Procedure {
        state.with_store(|store| store.link_procedure_activity(&id, &activity_id))
    }

    /// Unlinks an accompaniment from the procedure.
    fn unlink_procedure_activity(state, id: String, activity_id: String) -> Procedure {
        state.with_store(|store| store.unlink_procedure_activity(&id, &activity_id))
    }

    /// What to follow up today: overdue, due today, due in the next seven days; the first
    /// `per_group` items of each, with how many each has in all.
    fn follow_up(state, per_group: u32) -> FollowUp {
        state.with_store(|store| store.follow_up_first(escale_core::clock::today(), per_group))
    }

    /// How many follow-up items today's list has, for the start screen.
    fn follow_up_count(state) -> FollowUpCount {
        state.with_store(|store| store.follow_up_count(escale_core::clock::today()))
    }

    /// The figures of a period, optionally of one place.
    fn statistics(state, query: StatisticsQuery) -> Statistics {
        state.with_store(|store| store.statistics(&query))
    }

    /// The structure's text for the monthly report of `month` ("2026-10"), empty when none.
    fn report_note(state, month: String) -> String {
        state.with_store(|store| store.report_note(escale_core::stats::report::parse_month(&month)?))
    }

    /// Keeps the structure's text for `month` ("2026-10"); an empty text removes it. The text
    /// as kept (trimmed).
    fn save_report_note(state, month: String, text: String) -> String {
        state.with_store(|store| store.save_report_note(escale_core::stats::report::parse_month(&month)?, &text))
    }

    /// Records an accompaniment or a workshop.
    fn record_activity(state, input: ActivityInput) -> Activity {
        state.with_store(|store| store.record_activity(&input))
    }

    /// Checks an accompaniment or a workshop against every rule, without saving it: the form
    /// joins these errors to its own when it cannot send the record yet.
    fn check_activity(state, input: ActivityInput) -> () {
        let _ = state;
        input.check(escale_core::clock::today()).map_err(|errors| ErrorDto::from(escale_core::CoreError::from(errors)))
    }

    /// What a new record of this kind offers first: the place of the day, the themes and
    /// durations used most lately.
    fn record_defaults(state, kind: ActivityKind) -> RecordDefaults {
        state.with_store(|store| store.record_defaults(kind, escale_core::clock::today()))
    }

    /// One accompaniment or workshop, to correct it.
    fn get_activity(state, id: String) -> Activity {
        state.with_store(|store| store.activity(&id))
    }

    /// Replaces what was recorded for an accompaniment or a workshop.
    fn update_activity(state, id: String, input: ActivityInput) -> Activity {
        state.with_store(|store| store.update_activity(&id, &input))
    }

    /// Deletes an accompaniment or a workshop; `restore_activity` undoes it.
    fn delete_activity(state, id: String) -> DeletedActivity {
        state.with_store(|store| store.delete_activity(&id))
    }

    /// Brings back a deleted accompaniment or workshop.
    fn restore_activity(state, id: String) -> Activity {
        state.with_store(|store| store.restore_activity(&id))
    }

    /// The deleted activities of a person, to bring one back from their file.
    fn deleted_activities_of_beneficiary(state, id: String) -> Vec<DeletedActivity> {
        state.with_store(|store| store.deleted_activities_of_beneficiary(&id))
    }

    /// A page of everything that concerns a person, newest first.
    fn person_timeline(state, id: String, page: PageRequest) -> PersonTimeline {
        state.with_store(|store| store.person_timeline(&id, page))
    }

    /// People already here with the same name and birth year as the person being typed.
    fn likely_duplicates(state, input: BeneficiaryInput, excluding: Option<String>) -> Vec<BeneficiarySummary> {
        state.with_store(|store| store.likely_duplicates(&input, excluding.as_deref()))
    }

    /// What merging the file `merged_id` into `kept_id` would keep and move.
    fn merge_preview(state, kept_id: String, merged_id: String) -> MergePreview {
        state.with_store(|store| store.merge_preview(&kept_id, &merged_id))
    }

    /// Merges two files of the same person; `undo_merge` undoes it.
    fn merge_beneficiaries(state, kept_id: String, merged_id: String) -> Merge {
        state.with_store(|store| store.merge_beneficiaries(&kept_id, &merged_id))
    }

    /// Undoes a merge: both files as they were.
    fn undo_merge(state, id: String) -> Merge {
        state.with_store(|store| store.undo_merge(&id))
    }

    /// The merges into a person's file that can still be undone.
    fn merges_into(state, id: String) -> Vec<Merge> {
        state.with_store(|store| store.merges_into(&id))
    }

    /// The named places of activity.
    fn list_places(state) -> Vec<Place> {
        state.with_store(|store| store.places())
    }

    /// Adds a named place of activity (a post office, a stop of the bus).
    fn create_place(state, input: PlaceInput) -> Place {
        state.with_store(|store| store.create_place(&input))
    }

    /// Changes a place of activity's name, address or commune.
    fn update_place(state, id: String, input: PlaceInput) -> Place {
        state.with_store(|store| store.update_place(&id, &input))
    }

    /// Stops offering a place of activity; past accompaniments keep its name.
    fn archive_place(state, id: String) -> Place {
        state.with_store(|store| store.archive_place(&id))
    }

    /// The structure's name, SIRET and contact details, when set.
    fn get_structure(state) -> Option<Structure> {
        state.with_store(|store| store.structure())
    }

    /// Sets the structure's name, SIRET and contact details.
    fn set_structure(state, input: StructureInput) -> Structure {
        state.with_store(|store| store.set_structure(&input))
    }

    /// The directory of local partners, alphabetically; only one kind when given.
    fn list_partners(state, kind: Option<RedirectionStructure>) -> Vec<Partner> {
        state.with_store(|store| store.partners(kind))
    }

    /// Adds a partner to the directory.
    fn create_partner(state, input: PartnerInput) -> Partner {
        state.with_store(|store| store.create_partner(&input))
    }

    /// Changes a partner of the directory.
    fn update_partner(state, id: String, input: PartnerInput) -> Partner {
        state.with_store(|store| store.update_partner(&id, &input))
    }

    /// Takes a partner out of the directory.
    fn archive_partner(state, id: String) -> Partner {
        state.with_store(|store| store.archive_partner(&id))
    }

    /// CSV and XLSX files in the documents folder and on the USB keys plugged in, newest first:
    /// what an import of people offers to read.
    fn spreadsheet_files(state) -> Vec<FoundSpreadsheet> {
        let _ = state;
        Ok(escale_core::folders::spreadsheets_in(&escale_core::folders::save_folders()))
    }

    /// Reads a file of people (a workbook's `sheet`, else its first) and keeps it for the next
    /// steps: its columns, where each field was found, and what importing would do. Writes nothing.
    fn read_people_file(state, path: String, sheet: Option<String>) -> PeopleFileRead {
        state.read_people_file(&path, sheet.as_deref())
    }

    /// The file read with its column titles on `line`, its columns guessed again from them. Writes nothing.
    fn choose_people_file_header_line(state, line: u32) -> PeopleFileRead {
        state.choose_people_file_header_line(line)
    }

    /// What importing the file read would do with the columns the mediator chose. Writes nothing.
    fn preview_people_file(state, mapping: ColumnMapping) -> PeopleFileRead {
        state.preview_people_file(mapping)
    }

    /// Imports the people of the file read, all or nothing; its progress is read by
    /// `work_progress` and `cancel_work` stops it with nothing written.
    fn import_people_file(state, mapping: ColumnMapping, options: ImportOptions) -> ImportOutcome {
        state.import_people_file(mapping, options)
    }

    /// Saves the report of the file's refused lines and remarks (CSV, in `language`) in a folder.
    fn save_people_import_report(state, folder: String, language: String, mapping: ColumnMapping) -> SavedImportReport {
        state.save_people_import_report(&folder, &language, mapping)
    }

    /// Forgets the file read for an import (the mediator left the import screen).
    fn forget_people_file(state) -> () {
        *state.people_file() = None;
        Ok(())
    }

    /// Communes of the official list matching a typed name or postal code.
    fn search_communes(state, typed: String) -> Vec<OfficialCommune> {
        let _ = state;
        Ok(search_official_communes(&typed, 12).into_iter().cloned().collect())
    }
}
