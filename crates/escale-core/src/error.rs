//! Errors of the core, each with a stable code.
//!
//! The code is the contract with every consumer: the UI and the CLI translate it through the
//! Fluent message `error-<code>` (with the error's arguments), and never look at the English
//! `Display` text, which exists for logs and developers only. A code, once released, never
//! changes meaning; new situations get new codes.

use std::collections::BTreeMap;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// Input broke rules of the domain (every broken rule of the form, not only the first);
    /// nothing was written.
    #[error("invalid input: {0:?}")]
    Invalid(ValidationErrors),

    /// The record asked for does not exist (or was deleted).
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },

    /// The key (from the keyring or the passphrase) does not open this database.
    #[error("the key does not open this database")]
    WrongKey,

    /// The data directory has no database yet.
    #[error("no database in {0}")]
    NotInitialised(String),

    /// `init` was asked where a database already exists.
    #[error("a database already exists in {0}")]
    AlreadyInitialised(String),

    /// The database is in passphrase mode and no passphrase was given.
    #[error("a passphrase is required to open this database")]
    PassphraseRequired,

    /// The passphrase chosen at creation is too weak to protect the data.
    #[error("the passphrase is too short (minimum {min} characters)")]
    PassphraseTooShort { min: usize },

    /// No OS keyring answered (headless machine, locked or absent secret service).
    #[error("the system keyring is unavailable: {0}")]
    KeyringUnavailable(String),

    /// The keyring answered but holds no key for this database (deleted, other user, new machine).
    #[error("the system keyring holds no key for this database")]
    KeyMissingFromKeyring,

    /// The store exists but has not been unlocked in this session.
    #[error("the store is locked")]
    StoreLocked,

    /// The database was written by a newer version of Escale.
    #[error("database schema {found} is newer than this program knows ({known})")]
    SchemaTooNew { found: String, known: String },

    /// Another program holds the database for too long.
    #[error("the database is busy")]
    Busy,

    /// The disk (or the user's quota) is full; the write that hit it was rolled back.
    #[error("the disk is full")]
    DiskFull,

    /// The database file is damaged: a page failed SQLCipher's authentication or SQLite's checks.
    #[error("the database file is damaged")]
    DatabaseCorrupt,

    /// The data folder or the database file cannot be written (read-only mount, permissions).
    #[error("the data folder or database is read-only")]
    ReadOnly,

    /// A file of the data directory could not be read or written.
    #[error("file error on {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },

    /// SQLite or SQLCipher failed in a way not covered above.
    #[error("storage error: {0}")]
    Storage(rusqlite::Error),

    /// The key settings file of the data directory is unreadable.
    #[error("the key settings file is damaged: {0}")]
    KeySettingsDamaged(String),

    /// A database is here but its key settings (file and mirror) are gone: the recovery key
    /// opens it again. Never a reason to create a new store over it.
    #[error("the database has no key settings")]
    KeySettingsMissing,

    /// The key settings were written by a newer Escale.
    #[error("the key settings have format {found}, newer than this program knows")]
    KeySettingsTooNew { found: u32 },

    /// The passphrase does not unwrap the key.
    #[error("wrong passphrase")]
    WrongPassphrase,

    /// A recovery key that does not read back (a character changed, one missing).
    #[error("the recovery key is mistyped")]
    RecoveryKeyMistyped,

    /// The operating system gave no random bytes for a new key.
    #[error("no randomness available")]
    NoRandomness,

    /// The lock screen was asked for a PIN before one was chosen.
    #[error("no PIN is set")]
    PinNotSet,

    /// The stored PIN cannot be read back (written by another version, or damaged).
    #[error("the stored PIN is unreadable")]
    PinSettingsDamaged,
    /// The person's identity, contact and notes were already erased; nothing is left to erase.
    #[error("the file of {0} was already erased")]
    AlreadyErased(String),

    /// The file is not an Escale backup (its first bytes are not the backup's magic).
    #[error("not an Escale backup")]
    NotABackup,

    /// The backup file is shorter than its header says: a copy cut short, a key pulled out.
    #[error("the backup file is truncated")]
    BackupTruncated,

    /// The backup file was changed after it was written (a checksum or the integrity check
    /// fails, a part is unreadable). `reason` is for developers only, never shown.
    #[error("the backup file is damaged: {reason}")]
    BackupDamaged { reason: &'static str },

    /// The backup was made by a newer Escale (a newer file format or database schema).
    #[error("the backup was made by a newer version of Escale")]
    BackupTooNew,

    /// The recovery key or passphrase does not open this backup.
    #[error("the recovery key or passphrase does not open this backup")]
    BackupWrongSecret,

    /// A passphrase was given for the backup of a keyring store, which has none.
    #[error("this backup opens with its recovery key only")]
    BackupNeedsRecoveryKey,

    /// The person stopped the backup; no backup file was left behind.
    #[error("the backup was cancelled")]
    BackupCancelled,

    /// The person stopped long work (see `progress`); the store is as it was before it began.
    #[error("the work was cancelled")]
    WorkCancelled,

    /// A restore was asked where a database exists, without asking to set it aside.
    #[error("a database already exists in {0}; restoring over it needs an explicit replace")]
    RestoreOverExistingData(String),

    /// A value stored in a record cannot be read back (a damaged date, a code written by a newer
    /// version): the record is named rather than read with a silent default that a later save
    /// would write back.
    #[error("a stored value of {entity} {id} cannot be read")]
    StoredValueUnreadable { entity: &'static str, id: String },

    /// A restore stopped after the current data was set aside and could not be put back:
    /// the current data is whole, in `set_aside`.
    #[error("the restore stopped; the previous data is intact in {set_aside}")]
    RestoreInterrupted { set_aside: String },

    /// Several mediators keep their data on this laptop and none was chosen.
    #[error("several mediators keep their data here; one must be chosen")]
    MediatorNotChosen,

    /// The system keyring was asked to protect a store on a laptop that several mediators
    /// share: everyone using the computer account could open it.
    #[error("several mediators share this laptop: each store needs its own passphrase")]
    KeyringSharedByMediators,

    /// A file the mediator saves (a printed document) cannot be written in the folder chosen:
    /// it does not exist, is read-only or is not theirs. Nothing was written there.
    #[error("cannot save into {folder}")]
    SaveFolderNotWritable { folder: String },

    /// The disk or USB key chosen to save a file is full. Nothing was left there.
    #[error("no room left to save into {folder}")]
    SaveDiskFull { folder: String },

    /// A printed document could not be made (a fault of the PDF writer, not of the data).
    /// `reason` is for developers only, never shown.
    #[error("the document could not be rendered: {reason}")]
    DocumentNotRendered { reason: String },

    /// A file of the name chosen is already in the folder: the mediator says whether to
    /// replace it (nothing was written).
    #[error("a file of that name is already in {folder}")]
    SaveFileExists { folder: String, file_name: String },

    /// An export could not be written (a fault of the spreadsheet or CSV writer, not of the
    /// data nor of the folder). `reason` is for developers only, never shown. Nothing was left
    /// under the file's name.
    #[error("the export could not be written: {reason}")]
    ExportNotWritten { reason: String },
}

impl CoreError {
    /// The stable code, used as the Fluent id `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            CoreError::Invalid(validation) => validation.first().code(),
            CoreError::NotFound { .. } => "not-found",
            CoreError::WrongKey => "wrong-key",
            CoreError::NotInitialised(_) => "not-initialised",
            CoreError::AlreadyInitialised(_) => "already-initialised",
            CoreError::PassphraseRequired => "passphrase-required",
            CoreError::PassphraseTooShort { .. } => "passphrase-too-short",
            CoreError::KeyringUnavailable(_) => "keyring-unavailable",
            CoreError::KeyMissingFromKeyring => "key-missing-from-keyring",
            CoreError::StoreLocked => "store-locked",
            CoreError::SchemaTooNew { .. } => "schema-too-new",
            CoreError::Busy => "database-busy",
            CoreError::DiskFull => "disk-full",
            CoreError::DatabaseCorrupt => "database-corrupt",
            CoreError::ReadOnly => "read-only",
            CoreError::Io { .. } => "file-error",
            CoreError::Storage(_) => "storage-error",
            CoreError::KeySettingsDamaged(_) => "key-settings-damaged",
            CoreError::KeySettingsMissing => "key-settings-missing",
            CoreError::KeySettingsTooNew { .. } => "key-settings-too-new",
            CoreError::WrongPassphrase => "wrong-passphrase",
            CoreError::RecoveryKeyMistyped => "recovery-key-mistyped",
            CoreError::NoRandomness => "no-randomness",
            CoreError::PinNotSet => "pin-not-set",
            CoreError::PinSettingsDamaged => "pin-settings-damaged",
            CoreError::AlreadyErased(_) => "already-erased",
            CoreError::NotABackup => "not-a-backup",
            CoreError::BackupTruncated => "backup-truncated",
            CoreError::BackupDamaged { .. } => "backup-damaged",
            CoreError::BackupTooNew => "backup-too-new",
            CoreError::BackupWrongSecret => "backup-wrong-secret",
            CoreError::BackupNeedsRecoveryKey => "backup-needs-recovery-key",
            CoreError::BackupCancelled => "backup-cancelled",
            CoreError::WorkCancelled => "work-cancelled",
            CoreError::RestoreOverExistingData(_) => "restore-over-existing-data",
            CoreError::RestoreInterrupted { .. } => "restore-interrupted",
            CoreError::MediatorNotChosen => "mediator-not-chosen",
            CoreError::KeyringSharedByMediators => "keyring-shared-by-mediators",
            CoreError::StoredValueUnreadable { .. } => "stored-value-unreadable",
            CoreError::SaveFolderNotWritable { .. } => "save-folder-not-writable",
            CoreError::SaveDiskFull { .. } => "save-disk-full",
            CoreError::DocumentNotRendered { .. } => "document-not-rendered",
            CoreError::SaveFileExists { .. } => "save-file-exists",
            CoreError::ExportNotWritten { .. } => "export-not-written",
        }
    }

    /// Arguments for the translated message. Never personal data: only codes, numbers,
    /// field names and paths of the mediator's own data directory.
    pub fn arguments(&self) -> BTreeMap<&'static str, String> {
        let mut arguments = BTreeMap::new();
        match self {
            CoreError::Invalid(validation) => return validation.first().arguments(),
            CoreError::NotFound { entity, .. } => {
                arguments.insert("entity", (*entity).to_string());
            }
            CoreError::NotInitialised(path)
            | CoreError::AlreadyInitialised(path)
            | CoreError::RestoreOverExistingData(path)
            | CoreError::RestoreInterrupted { set_aside: path } => {
                arguments.insert("path", path.clone());
            }
            CoreError::StoredValueUnreadable { entity, id } => {
                arguments.insert("entity", (*entity).to_string());
                arguments.insert("id", id.clone());
            }
            CoreError::PassphraseTooShort { min } => {
                arguments.insert("min", min.to_string());
            }
            CoreError::Io { path, .. } => {
                arguments.insert("path", path.clone());
            }
            // The folder only: the file's name may be a person's, typed by the mediator.
            CoreError::SaveFolderNotWritable { folder } | CoreError::SaveDiskFull { folder } => {
                arguments.insert("path", folder.clone());
            }
            CoreError::KeySettingsTooNew { found } => {
                arguments.insert("format", found.to_string());
            }
            // Shown to the mediator who typed the name; never logged (errors are not logged).
            CoreError::SaveFileExists { folder, file_name } => {
                arguments.insert("path", folder.clone());
                arguments.insert("name", file_name.clone());
            }
            _ => {}
        }
        arguments
    }

    /// A file-system failure on `path`, classified (disk full, read-only) when it can be.
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        crate::storage::failure::classify_io(path, source)
    }
}

impl From<ValidationError> for CoreError {
    fn from(error: ValidationError) -> Self {
        CoreError::Invalid(ValidationErrors::from(error))
    }
}

impl From<ValidationErrors> for CoreError {
    fn from(errors: ValidationErrors) -> Self {
        CoreError::Invalid(errors)
    }
}

impl CoreError {
    /// Every broken rule when the input was refused, in the order of the form's fields.
    pub fn validation_errors(&self) -> &[ValidationError] {
        match self {
            CoreError::Invalid(errors) => errors.as_slice(),
            _ => &[],
        }
    }
}

/// Every rule an input broke, at least one, in the order its fields are checked: a form shows
/// them all at once, beside their fields, instead of one per attempt to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationErrors(Vec<ValidationError>);

impl ValidationErrors {
    /// The first broken rule: the one a single-line consumer (a log, a code) reports.
    pub fn first(&self) -> &ValidationError {
        &self.0[0]
    }

    pub fn as_slice(&self) -> &[ValidationError] {
        &self.0
    }
}

impl From<ValidationError> for ValidationErrors {
    fn from(error: ValidationError) -> Self {
        ValidationErrors(vec![error])
    }
}

/// Collects the broken rules of one input while its checks go on, so that one answer lists them
/// all. A rule that depends on a field already refused is skipped by the caller (it would only
/// repeat the same mistake).
#[derive(Debug, Default)]
pub(crate) struct RuleChecks {
    broken: Vec<ValidationError>,
}

impl RuleChecks {
    /// Notes a rule's outcome and says whether it held.
    pub(crate) fn check(&mut self, outcome: Result<(), ValidationError>) -> bool {
        match outcome {
            Ok(()) => true,
            Err(error) => {
                self.broken.push(error);
                false
            }
        }
    }

    /// Notes a broken rule.
    pub(crate) fn refuse(&mut self, error: ValidationError) {
        self.broken.push(error);
    }

    /// A cleaned value when its check held, `None` (and the rule noted) otherwise.
    pub(crate) fn keep<T>(&mut self, outcome: Result<T, ValidationError>) -> Option<T> {
        outcome.map_err(|error| self.broken.push(error)).ok()
    }

    /// The cleaned input when every rule held, every broken rule otherwise.
    pub(crate) fn finish<T>(self, clean: T) -> Result<T, ValidationErrors> {
        if self.broken.is_empty() { Ok(clean) } else { Err(ValidationErrors(self.broken)) }
    }
}

/// Every SQLite failure is classified (disk full, corrupt, busy, read-only) on its way into a
/// `CoreError`, so each `?` on a SQLite call gets the precise kind without thinking of it.
impl From<rusqlite::Error> for CoreError {
    fn from(error: rusqlite::Error) -> Self {
        crate::storage::failure::classify_sqlite(error)
    }
}

/// A broken domain rule. Each variant names the field so the UI can put the message beside it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error("a named beneficiary needs a first or last name")]
    NameRequired,
    #[error("birth year {year} is outside 1900..={max}")]
    BirthYearOutOfRange { year: i32, max: i32 },
    #[error("INSEE code {0:?} is not 5 characters (digits, or 2A/2B for Corsica)")]
    InseeCodeInvalid(String),
    #[error("postal code {0:?} is not 5 digits")]
    PostalCodeInvalid(String),
    /// A well-formed INSEE code that is not in the official list of communes.
    #[error("no commune has the INSEE code {0:?}")]
    CommuneUnknown(String),
    #[error("postal code {postal_code:?} is not one of commune {insee_code:?}")]
    PostalCodeNotOfCommune { postal_code: String, insee_code: String },
    #[error("e-mail address is not valid")]
    EmailInvalid,
    #[error("phone number is not valid")]
    PhoneInvalid,
    #[error("language code {0:?} is not valid")]
    LanguageInvalid(String),
    #[error("unknown code {code:?} for {field}")]
    UnknownCode { field: &'static str, code: String },
    #[error("a text field is too long: {field} (max {max})")]
    TooLong { field: &'static str, max: usize },
    /// The name as on French documents holds letters of another script.
    #[error("{field} is not written in Latin letters")]
    NotInLatinLetters { field: &'static str },
    #[error("at least one theme is required")]
    ThemeRequired,
    #[error("administrative themes need the theme aide_aux_demarches_administratives")]
    AdministrativeThemeWithoutProcedureHelp,
    #[error("a procedure name needs the theme aide_aux_demarches_administratives")]
    ProcedureNameWithoutProcedureHelp,
    #[error("a place of activity is required for lieu_activite")]
    PlaceRequired,
    #[error("a commune is required for domicile and autre")]
    CommuneRequired,
    #[error("duration {0} minutes is outside 1..=1440")]
    DurationOutOfRange(i64),
    #[error("date {0} is in the future")]
    DateInFuture(String),
    #[error("an individual accompaniment has exactly one beneficiary")]
    IndividualNeedsOneBeneficiary,
    #[error("a workshop needs a tracked participant or an anonymous count")]
    WorkshopNeedsParticipants,
    #[error("anonymous {group} counts add up to more than the total")]
    AnonymousCountExceedsTotal { group: &'static str },
    #[error("anonymous total is over {max}")]
    AnonymousTotalTooLarge { max: u32 },
    #[error("{field} only applies to {applies_to}")]
    FieldNotApplicable { field: &'static str, applies_to: &'static str },
    #[error("the same beneficiary is listed twice")]
    DuplicateParticipant,
    #[error("the procedure already has status {0}")]
    StatusUnchanged(String),
    #[error("the deadline is not a valid date")]
    DateInvalid,
    #[error("a PIN is 4 to 12 digits")]
    PinInvalid,
    #[error("the idle time is outside 1..={max} minutes")]
    IdleMinutesOutOfRange { max: u32 },
    #[error("a consent needs at least one purpose")]
    ConsentPurposeRequired,
    #[error("a consent cannot be withdrawn before it was given")]
    WithdrawalBeforeConsent,
    #[error("the consent was already withdrawn")]
    ConsentAlreadyWithdrawn,
    #[error("retention of {months} months is outside {min}..={max}")]
    RetentionOutOfRange { months: i64, min: u32, max: u32 },
    #[error("a mediator needs a name")]
    MediatorNameRequired,
    #[error("{field} holds control characters")]
    ControlCharacters { field: &'static str },
    #[error("a procedure cannot go from {from} to {to}")]
    StatusTransitionNotAllowed { from: String, to: String },
    #[error("the procedure is closed ({0}); reopen it to change its status")]
    ProcedureClosed(String),
    #[error("the procedure is not closed ({0}); only a closed procedure is reopened")]
    ProcedureNotClosed(String),
    #[error("reopening a procedure needs a note saying why")]
    ReopenNoteRequired,
    #[error("a step cannot happen before the previous one ({0})")]
    DateBeforePreviousStep(String),
    #[error("the procedure has no renewal or declaration due")]
    NoRecurrenceDue,
    #[error("the accompaniment is not one of this person's")]
    ActivityNotOfThisPerson,
    #[error("a procedure of the catalogue needs a name")]
    CatalogueLabelRequired,
    #[error("theme {0} is not an administrative theme")]
    ThemeNotAdministrative(String),
    #[error("the typical delay is outside 1..={max} days")]
    DelayOutOfRange { max: u32 },
    /// A record cannot be merged into itself.
    #[error("a record cannot be merged into itself")]
    MergeWithItself,
    /// A structure, place of activity or partner without a name could not be told apart in a list.
    #[error("a {entity} needs a name")]
    EntityNameRequired { entity: &'static str },
    /// Not 14 digits once spaces are taken out.
    #[error("a SIRET number is 14 digits")]
    SiretInvalid,
    /// 14 digits that fail the SIRET's check (Luhn, or La Poste's own rule): a digit mistyped.
    #[error("the SIRET number fails its check")]
    SiretMistyped,
    /// A file name that is empty, starts with a dot (hidden), or holds a folder separator or a
    /// character no disk accepts: a file is saved in the folder chosen, nowhere else.
    #[error("not a file name")]
    FileNameInvalid,
    /// A period (of statistics, of an export) whose last day comes before its first.
    #[error("the period ends before it starts")]
    PeriodEndsBeforeStart,
    #[error("the period is longer than {max_days} days")]
    PeriodTooLong { max_days: u32 },
    /// A value read from another tool's file that is none of the forms the field takes (a
    /// gender that is not F, M or N, a birth year that is not a year).
    #[error("the value of {field} is not understood")]
    ValueNotUnderstood { field: &'static str },
    /// A month that is not of the form "2026-10" (a report's month).
    #[error("the month is not of the form YYYY-MM")]
    MonthInvalid,
}

impl ValidationError {
    pub fn code(&self) -> &'static str {
        match self {
            ValidationError::NameRequired => "name-required",
            ValidationError::BirthYearOutOfRange { .. } => "birth-year-out-of-range",
            ValidationError::InseeCodeInvalid(_) => "insee-code-invalid",
            ValidationError::PostalCodeInvalid(_) => "postal-code-invalid",
            ValidationError::CommuneUnknown(_) => "commune-unknown",
            ValidationError::PostalCodeNotOfCommune { .. } => "postal-code-not-of-commune",
            ValidationError::EmailInvalid => "email-invalid",
            ValidationError::PhoneInvalid => "phone-invalid",
            ValidationError::LanguageInvalid(_) => "language-invalid",
            ValidationError::UnknownCode { .. } => "unknown-code",
            ValidationError::TooLong { .. } => "too-long",
            ValidationError::NotInLatinLetters { .. } => "not-in-latin-letters",
            ValidationError::ThemeRequired => "theme-required",
            ValidationError::AdministrativeThemeWithoutProcedureHelp => {
                "administrative-theme-without-procedure-help"
            }
            ValidationError::ProcedureNameWithoutProcedureHelp => {
                "procedure-name-without-procedure-help"
            }
            ValidationError::PlaceRequired => "place-required",
            ValidationError::CommuneRequired => "commune-required",
            ValidationError::DurationOutOfRange(_) => "duration-out-of-range",
            ValidationError::DateInFuture(_) => "date-in-future",
            ValidationError::IndividualNeedsOneBeneficiary => "individual-needs-one-beneficiary",
            ValidationError::WorkshopNeedsParticipants => "workshop-needs-participants",
            ValidationError::AnonymousCountExceedsTotal { .. } => "anonymous-count-exceeds-total",
            ValidationError::AnonymousTotalTooLarge { .. } => "anonymous-total-too-large",
            ValidationError::FieldNotApplicable { .. } => "field-not-applicable",
            ValidationError::DuplicateParticipant => "duplicate-participant",
            ValidationError::StatusUnchanged(_) => "status-unchanged",
            ValidationError::DateInvalid => "date-invalid",
            ValidationError::PinInvalid => "pin-invalid",
            ValidationError::IdleMinutesOutOfRange { .. } => "idle-minutes-out-of-range",
            ValidationError::ConsentPurposeRequired => "consent-purpose-required",
            ValidationError::WithdrawalBeforeConsent => "withdrawal-before-consent",
            ValidationError::ConsentAlreadyWithdrawn => "consent-already-withdrawn",
            ValidationError::RetentionOutOfRange { .. } => "retention-out-of-range",
            ValidationError::MediatorNameRequired => "mediator-name-required",
            ValidationError::ControlCharacters { .. } => "control-characters",
            ValidationError::StatusTransitionNotAllowed { .. } => "status-transition-not-allowed",
            ValidationError::ProcedureClosed(_) => "procedure-closed",
            ValidationError::ProcedureNotClosed(_) => "procedure-not-closed",
            ValidationError::ReopenNoteRequired => "reopen-note-required",
            ValidationError::DateBeforePreviousStep(_) => "date-before-previous-step",
            ValidationError::NoRecurrenceDue => "no-recurrence-due",
            ValidationError::ActivityNotOfThisPerson => "activity-not-of-this-person",
            ValidationError::CatalogueLabelRequired => "catalogue-label-required",
            ValidationError::ThemeNotAdministrative(_) => "theme-not-administrative",
            ValidationError::DelayOutOfRange { .. } => "delay-out-of-range",
            ValidationError::MergeWithItself => "merge-with-itself",
            ValidationError::EntityNameRequired { .. } => "entity-name-required",
            ValidationError::SiretInvalid => "siret-invalid",
            ValidationError::SiretMistyped => "siret-mistyped",
            ValidationError::FileNameInvalid => "file-name-invalid",
            ValidationError::PeriodEndsBeforeStart => "period-ends-before-start",
            ValidationError::PeriodTooLong { .. } => "period-too-long",
            ValidationError::MonthInvalid => "month-invalid",
            ValidationError::ValueNotUnderstood { .. } => "value-not-understood",
        }
    }

    /// The form field the error belongs to, so a screen can show it in place.
    pub fn field(&self) -> Option<&'static str> {
        Some(match self {
            ValidationError::NameRequired => "name",
            ValidationError::BirthYearOutOfRange { .. } => "birthYear",
            ValidationError::InseeCodeInvalid(_) => "communeInseeCode",
            ValidationError::PostalCodeInvalid(_) | ValidationError::PostalCodeNotOfCommune { .. } => {
                "communePostalCode"
            }
            ValidationError::CommuneUnknown(_) => "communeInseeCode",
            ValidationError::EmailInvalid => "email",
            ValidationError::PhoneInvalid => "phone",
            ValidationError::LanguageInvalid(_) => "languages",
            ValidationError::UnknownCode { field, .. }
            | ValidationError::TooLong { field, .. }
            | ValidationError::NotInLatinLetters { field } => field,
            ValidationError::ThemeRequired
            | ValidationError::AdministrativeThemeWithoutProcedureHelp => "themes",
            ValidationError::ProcedureNameWithoutProcedureHelp => "procedureName",
            ValidationError::PlaceRequired => "placeId",
            ValidationError::CommuneRequired => "communeInseeCode",
            ValidationError::DurationOutOfRange(_) => "durationMinutes",
            ValidationError::DateInFuture(_) | ValidationError::DateInvalid => "date",
            ValidationError::IndividualNeedsOneBeneficiary
            | ValidationError::WorkshopNeedsParticipants
            | ValidationError::DuplicateParticipant => "participants",
            // Each count beside its own group of the form.
            ValidationError::AnonymousCountExceedsTotal { group } => match *group {
                "alreadyAccompanied" => "anonymousAlreadyAccompanied",
                "gender" => "anonymousGender",
                "ageBand" => "anonymousAgeBand",
                "socialStatus" => "anonymousSocialStatus",
                _ => "anonymousParticipants",
            },
            ValidationError::AnonymousTotalTooLarge { .. } => "anonymousTotal",
            ValidationError::FieldNotApplicable { field, .. } => field,
            ValidationError::StatusUnchanged(_) => "status",
            ValidationError::PinInvalid => "pin",
            ValidationError::IdleMinutesOutOfRange { .. } => "idleMinutes",
            ValidationError::ConsentPurposeRequired => "purposes",
            ValidationError::WithdrawalBeforeConsent | ValidationError::ConsentAlreadyWithdrawn => "withdrawnOn",
            ValidationError::RetentionOutOfRange { .. } => "retentionMonths",
            ValidationError::MediatorNameRequired => "name",
            ValidationError::ControlCharacters { field } => field,
            ValidationError::StatusTransitionNotAllowed { .. }
            | ValidationError::ProcedureClosed(_)
            | ValidationError::ProcedureNotClosed(_) => "status",
            ValidationError::ReopenNoteRequired => "note",
            ValidationError::DateBeforePreviousStep(_) => "on",
            ValidationError::NoRecurrenceDue => "renewalOn",
            ValidationError::ActivityNotOfThisPerson => "activityId",
            ValidationError::CatalogueLabelRequired => "label",
            ValidationError::ThemeNotAdministrative(_) => "theme",
            ValidationError::DelayOutOfRange { .. } => "typicalDelayDays",
            ValidationError::MergeWithItself => "mergedId",
            ValidationError::EntityNameRequired { .. } => "name",
            ValidationError::SiretInvalid | ValidationError::SiretMistyped => "siret",
            ValidationError::FileNameInvalid => "fileName",
            ValidationError::PeriodEndsBeforeStart | ValidationError::PeriodTooLong { .. } => "to",
            ValidationError::ValueNotUnderstood { field } => field,
            ValidationError::MonthInvalid => "month",
        })
    }

    /// Arguments for the translated message (codes and numbers, never personal data).
    pub fn arguments(&self) -> BTreeMap<&'static str, String> {
        let mut arguments = BTreeMap::new();
        match self {
            ValidationError::BirthYearOutOfRange { year, max } => {
                arguments.insert("year", year.to_string());
                arguments.insert("max", max.to_string());
            }
            ValidationError::UnknownCode { field, code } => {
                arguments.insert("field", (*field).to_string());
                arguments.insert("code", code.clone());
            }
            ValidationError::ControlCharacters { field } => {
                arguments.insert("field", (*field).to_string());
            }
            ValidationError::TooLong { field, max } => {
                arguments.insert("field", (*field).to_string());
                arguments.insert("max", max.to_string());
            }
            ValidationError::DurationOutOfRange(minutes) => {
                arguments.insert("minutes", minutes.to_string());
            }
            ValidationError::AnonymousCountExceedsTotal { group } => {
                arguments.insert("group", (*group).to_string());
            }
            ValidationError::AnonymousTotalTooLarge { max } => {
                arguments.insert("max", max.to_string());
            }
            ValidationError::FieldNotApplicable { field, applies_to } => {
                arguments.insert("field", (*field).to_string());
                arguments.insert("appliesTo", (*applies_to).to_string());
            }
            ValidationError::StatusUnchanged(status) => {
                arguments.insert("status", status.clone());
            }
            ValidationError::CommuneUnknown(code) => {
                arguments.insert("code", code.clone());
            }
            ValidationError::PostalCodeNotOfCommune { postal_code, insee_code } => {
                arguments.insert("postalCode", postal_code.clone());
                arguments.insert("code", insee_code.clone());
            }
            ValidationError::LanguageInvalid(code) => {
                arguments.insert("code", code.clone());
            }
            ValidationError::IdleMinutesOutOfRange { max } => {
                arguments.insert("max", max.to_string());
            }
            ValidationError::StatusTransitionNotAllowed { from, to } => {
                arguments.insert("from", from.clone());
                arguments.insert("to", to.clone());
            }
            ValidationError::ProcedureClosed(status) | ValidationError::ProcedureNotClosed(status) => {
                arguments.insert("status", status.clone());
            }
            ValidationError::DateBeforePreviousStep(day) => {
                arguments.insert("date", day.clone());
            }
            ValidationError::ThemeNotAdministrative(code) => {
                arguments.insert("code", code.clone());
            }
            ValidationError::DelayOutOfRange { max } => {
                arguments.insert("max", max.to_string());
            }
            ValidationError::PeriodTooLong { max_days } => {
                arguments.insert("max", max_days.to_string());
            }
            ValidationError::EntityNameRequired { entity } => {
                arguments.insert("entity", (*entity).to_string());
            }
            ValidationError::RetentionOutOfRange { months, min, max } => {
                arguments.insert("months", months.to_string());
                arguments.insert("min", min.to_string());
                arguments.insert("max", max.to_string());
            }
            _ => {}
        }
        if let Some(field) = self.field() {
            arguments.insert("fieldId", field.to_string());
        }
        arguments
    }
}

pub type CoreResult<T> = Result<T, CoreError>;
