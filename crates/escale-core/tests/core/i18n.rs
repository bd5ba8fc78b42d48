//! Translations: every Fluent file is valid, every code the core emits has a message in the
//! reference language and in English, and the localizer falls back to French.

use std::collections::{BTreeMap, BTreeSet};

use escale_core::i18n::{self, Localizer, REFERENCE_LANGUAGE};
use escale_core::vocabulary::{
    DOCUMENT_LANGUAGES,
    ActivityKind, AgeBand, Autonomy, DurationBand, ConsentMethod, ConsentPurpose, DocumentState, Equipment,
    FollowUpReason, Gender, PersonalField, PlaceType, ProcedureEvent, ProcedureStatus,
    RecurrenceKind, RedirectionStructure, SocialStatus, Theme, WorkshopLevel,
};
use escale_core::{CoreError, ValidationError};
use fluent_syntax::ast;

/// The languages that must always be complete: the reference and English.
const COMPLETE_LANGUAGES: [&str; 2] = ["fr", "en"];

/// The messages of one language, parsed from all its files, with the problems found.
struct Catalogue {
    messages: BTreeMap<String, ast::Message<&'static str>>,
    /// Message and term ids defined more than once, with the files defining them.
    duplicates: Vec<String>,
    /// Parser errors, one line each, naming the file.
    syntax_errors: Vec<String>,
}

fn catalogue(language: &str) -> Catalogue {
    let mut messages = BTreeMap::new();
    let mut defined_in: BTreeMap<String, &str> = BTreeMap::new();
    let mut duplicates = Vec::new();
    let mut syntax_errors = Vec::new();
    for (file, source) in i18n::fluent_sources(language) {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                syntax_errors.extend(
                    errors
                        .iter()
                        .map(|error| format!("{language}/{file}: {error:?}")),
                );
                resource
            }
        };
        for entry in resource.body {
            let id = match &entry {
                ast::Entry::Message(message) => message.id.name.to_string(),
                ast::Entry::Term(term) => format!("-{}", term.id.name),
                ast::Entry::Junk { content } => {
                    syntax_errors.push(format!("{language}/{file}: unparsable text {content:?}"));
                    continue;
                }
                _ => continue,
            };
            if let Some(first) = defined_in.insert(id.clone(), file) {
                duplicates.push(format!("{id} (in {first} and {file})"));
            }
            if let ast::Entry::Message(message) = entry {
                messages.entry(id).or_insert(message);
            }
        }
    }
    Catalogue {
        messages,
        duplicates,
        syntax_errors,
    }
}

/// Ids of the messages of `language` that have a value (a message with attributes only
/// cannot be shown as a label).
fn message_ids(language: &str) -> BTreeSet<String> {
    catalogue(language)
        .messages
        .into_iter()
        .filter(|(_, message)| message.value.is_some())
        .map(|(id, _)| id)
        .collect()
}

/// Asserts that `language` has a message for every id, listing all those missing at once.
#[track_caller]
fn check_has_messages(language: &str, ids: &[String], what: &str) {
    let present = message_ids(language);
    let missing: Vec<&String> = ids.iter().filter(|id| !present.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "{what}: locales/{language}/ lacks {} message(s), the screen would show the raw id: {missing:?}",
        missing.len()
    );
}

/// Every vocabulary enum's Fluent ids. An enum added to the vocabulary goes here.
fn vocabulary_ids() -> Vec<String> {
    macro_rules! ids_of {
        ($($vocabulary:ty),+ $(,)?) => {{
            let mut ids = Vec::new();
            $( ids.extend(<$vocabulary>::ALL.iter().map(|value| value.fluent_id())); )+
            ids
        }};
    }
    ids_of!(
        ActivityKind,
        PlaceType,
        Equipment,
        Theme,
        Autonomy,
        WorkshopLevel,
        RedirectionStructure,
        Gender,
        AgeBand,
        DurationBand,
        SocialStatus,
        ProcedureStatus,
        ProcedureEvent,
        RecurrenceKind,
        DocumentState,
        FollowUpReason,
        ConsentMethod,
        ConsentPurpose,
        PersonalField,
    )
}

/// One value of every variant of [`ValidationError`].
fn every_validation_error() -> Vec<ValidationError> {
    use ValidationError::*;
    let all = vec![
        NameRequired,
        BirthYearOutOfRange {
            year: 1899,
            max: 2026,
        },
        InseeCodeInvalid("9306".into()),
        PostalCodeInvalid("932".into()),
        EmailInvalid,
        PhoneInvalid,
        LanguageInvalid("français".into()),
        UnknownCode {
            field: "themes",
            code: "informatique".into(),
        },
        TooLong {
            field: "notes",
            max: 10_000,
        },
        ThemeRequired,
        AdministrativeThemeWithoutProcedureHelp,
        ProcedureNameWithoutProcedureHelp,
        PlaceRequired,
        CommuneRequired,
        DurationOutOfRange(1441),
        DateInFuture("2999-01-01".into()),
        IndividualNeedsOneBeneficiary,
        WorkshopNeedsParticipants,
        AnonymousCountExceedsTotal { group: "gender" },
        AnonymousTotalTooLarge { max: 10_000 },
        FieldNotApplicable {
            field: "autonomy",
            applies_to: "individuel",
        },
        DuplicateParticipant,
        StatusUnchanged("a_faire".into()),
        DateInvalid,
        PinInvalid,
        IdleMinutesOutOfRange { max: 120 },
        ConsentPurposeRequired,
        WithdrawalBeforeConsent,
        ConsentAlreadyWithdrawn,
        RetentionOutOfRange {
            months: 121,
            min: 1,
            max: 120,
        },
        MediatorNameRequired,
        ControlCharacters { field: "name" },
        StatusTransitionNotAllowed {
            from: "a_faire".into(),
            to: "acceptee".into(),
        },
        ProcedureClosed("acceptee".into()),
        ProcedureNotClosed("deposee".into()),
        ReopenNoteRequired,
        DateBeforePreviousStep("2026-03-02".into()),
        NoRecurrenceDue,
        ActivityNotOfThisPerson,
        CatalogueLabelRequired,
        ThemeNotAdministrative("email".into()),
        DelayOutOfRange { max: 3650 },
        NotInLatinLetters {
            field: "latinLastName",
        },
        MergeWithItself,
        CommuneUnknown("93999".into()),
        PostalCodeNotOfCommune {
            postal_code: "75001".into(),
            insee_code: "93066".into(),
        },
        EntityNameRequired { entity: "partner" },
        SiretInvalid,
        SiretMistyped,
        FileNameInvalid,
        PeriodEndsBeforeStart,
        PeriodTooLong { max_days: 7320 },
        ValueNotUnderstood { field: "gender" },
        MonthInvalid,
    ];
    // A new variant breaks this match (no wildcard): give it the next number and an example above.
    let variant_number = |error: &ValidationError| match error {
        NameRequired => 0,
        BirthYearOutOfRange { .. } => 1,
        InseeCodeInvalid(_) => 2,
        PostalCodeInvalid(_) => 3,
        EmailInvalid => 4,
        PhoneInvalid => 5,
        LanguageInvalid(_) => 6,
        UnknownCode { .. } => 7,
        TooLong { .. } => 8,
        ThemeRequired => 9,
        AdministrativeThemeWithoutProcedureHelp => 10,
        ProcedureNameWithoutProcedureHelp => 11,
        PlaceRequired => 12,
        CommuneRequired => 13,
        DurationOutOfRange(_) => 14,
        DateInFuture(_) => 15,
        IndividualNeedsOneBeneficiary => 16,
        WorkshopNeedsParticipants => 17,
        AnonymousCountExceedsTotal { .. } => 18,
        AnonymousTotalTooLarge { .. } => 19,
        FieldNotApplicable { .. } => 20,
        DuplicateParticipant => 21,
        StatusUnchanged(_) => 22,
        DateInvalid => 23,
        PinInvalid => 24,
        IdleMinutesOutOfRange { .. } => 25,
        ConsentPurposeRequired => 26,
        WithdrawalBeforeConsent => 27,
        ConsentAlreadyWithdrawn => 28,
        RetentionOutOfRange { .. } => 29,
        MediatorNameRequired => 30,
        ControlCharacters { .. } => 31,
        StatusTransitionNotAllowed { .. } => 32,
        ProcedureClosed(_) => 33,
        ProcedureNotClosed(_) => 34,
        ReopenNoteRequired => 35,
        DateBeforePreviousStep(_) => 36,
        NoRecurrenceDue => 37,
        ActivityNotOfThisPerson => 38,
        CatalogueLabelRequired => 39,
        ThemeNotAdministrative(_) => 40,
        DelayOutOfRange { .. } => 41,
        NotInLatinLetters { .. } => 42,
        CommuneUnknown(_) => 43,
        PostalCodeNotOfCommune { .. } => 44,
        MergeWithItself => 45,
        EntityNameRequired { .. } => 46,
        SiretInvalid => 47,
        SiretMistyped => 48,
        FileNameInvalid => 49,
        PeriodEndsBeforeStart => 50,
        PeriodTooLong { .. } => 51,
        ValueNotUnderstood { .. } => 52,
        MonthInvalid => 53,
    };
    let numbers: BTreeSet<usize> = all.iter().map(variant_number).collect();
    assert_eq!(
        numbers,
        (0..54).collect(),
        "every ValidationError variant has exactly one example here"
    );
    all
}

/// One value of every variant of [`CoreError`] (one validation error stands for all of them).
fn every_core_error() -> Vec<CoreError> {
    use CoreError::*;
    let all = vec![
        Invalid(ValidationError::NameRequired.into()),
        NotFound {
            entity: "beneficiary",
            id: "0190aaaa-0000-7000-8000-000000000000".into(),
        },
        WrongKey,
        NotInitialised("/home/samia/.local/share/fr.escale.app".into()),
        AlreadyInitialised("/home/samia/.local/share/fr.escale.app".into()),
        PassphraseRequired,
        PassphraseTooShort { min: 10 },
        KeyringUnavailable("no session bus".into()),
        KeyMissingFromKeyring,
        StoreLocked,
        SchemaTooNew {
            found: "20990101000000".into(),
            known: "20261122090000".into(),
        },
        Busy,
        DiskFull,
        DatabaseCorrupt,
        ReadOnly,
        Io {
            path: "/home/samia/escale.db".into(),
            source: std::io::Error::other("disk full"),
        },
        Storage(rusqlite::Error::QueryReturnedNoRows),
        KeySettingsDamaged("expected value at line 1".into()),
        KeySettingsMissing,
        KeySettingsTooNew { found: 3 },
        WrongPassphrase,
        RecoveryKeyMistyped,
        NoRandomness,
        PinNotSet,
        PinSettingsDamaged,
        AlreadyErased("0190aaaa-0000-7000-8000-000000000000".into()),
        NotABackup,
        BackupTruncated,
        BackupDamaged { reason: "checksum" },
        BackupTooNew,
        BackupWrongSecret,
        BackupNeedsRecoveryKey,
        BackupCancelled,
        WorkCancelled,
        RestoreOverExistingData("/home/samia/.local/share/fr.escale.app".into()),
        RestoreInterrupted {
            set_aside: "/home/samia/.local/share/fr.escale.app/escale-avant-restauration-2026-11-22-143207".into(),
        },
        MediatorNotChosen,
        KeyringSharedByMediators,
        StoredValueUnreadable {
            entity: "procedure",
            id: "0190aaaa-0000-7000-8000-000000000000".into(),
        },
        SaveFolderNotWritable { folder: "/media/karim/CLE-USB".into() },
        SaveDiskFull { folder: "/media/karim/CLE-USB".into() },
        DocumentNotRendered { reason: "subsetting NotoSans-Regular".into() },
        SaveFileExists { folder: "/media/karim/CLE-USB".into(), file_name: "resume-2026-11-23.pdf".into() },
        ExportNotWritten { reason: "xlsx: worksheet row out of range".into() },
    ];
    // A new variant breaks this match (no wildcard): give it the next number and an example above.
    let variant_number = |error: &CoreError| match error {
        Invalid(_) => 0,
        NotFound { .. } => 1,
        WrongKey => 2,
        NotInitialised(_) => 3,
        AlreadyInitialised(_) => 4,
        PassphraseRequired => 5,
        PassphraseTooShort { .. } => 6,
        KeyringUnavailable(_) => 7,
        KeyMissingFromKeyring => 8,
        StoreLocked => 9,
        SchemaTooNew { .. } => 10,
        Busy => 11,
        Io { .. } => 12,
        Storage(_) => 13,
        KeySettingsDamaged(_) => 14,
        KeySettingsMissing => 15,
        KeySettingsTooNew { .. } => 16,
        WrongPassphrase => 17,
        RecoveryKeyMistyped => 18,
        NoRandomness => 19,
        PinNotSet => 20,
        PinSettingsDamaged => 21,
        AlreadyErased(_) => 22,
        DiskFull => 23,
        DatabaseCorrupt => 24,
        ReadOnly => 25,
        NotABackup => 26,
        BackupTruncated => 27,
        BackupDamaged { .. } => 28,
        BackupTooNew => 29,
        BackupWrongSecret => 30,
        BackupNeedsRecoveryKey => 31,
        BackupCancelled => 32,
        RestoreOverExistingData(_) => 33,
        RestoreInterrupted { .. } => 34,
        MediatorNotChosen => 35,
        KeyringSharedByMediators => 36,
        StoredValueUnreadable { .. } => 37,
        SaveFolderNotWritable { .. } => 38,
        SaveDiskFull { .. } => 39,
        DocumentNotRendered { .. } => 40,
        SaveFileExists { .. } => 41,
        WorkCancelled => 42,
        ExportNotWritten { .. } => 43,
    };
    let numbers: BTreeSet<usize> = all.iter().map(variant_number).collect();
    assert_eq!(
        numbers,
        (0..44).collect(),
        "every CoreError variant has exactly one example here"
    );
    all
}

/// Every error the core can return, validation errors included.
fn every_error() -> Vec<CoreError> {
    let mut errors: Vec<CoreError> = every_core_error()
        .into_iter()
        .filter(|error| !matches!(error, CoreError::Invalid(_)))
        .collect();
    errors.extend(every_validation_error().into_iter().map(CoreError::from));
    errors
}

fn error_message_ids() -> Vec<String> {
    every_error()
        .iter()
        .map(|error| format!("error-{}", error.code()))
        .collect()
}

/// The variables (`$name`) a pattern uses, wherever they are nested.
fn variables_of(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    fn inline(expression: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                arguments
                    .positional
                    .iter()
                    .for_each(|argument| inline(argument, found));
                arguments
                    .named
                    .iter()
                    .for_each(|argument| inline(&argument.value, found));
            }
            ast::InlineExpression::Placeable { expression } => placeable(expression, found),
            _ => {}
        }
    }
    fn placeable(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(expression) => inline(expression, found),
            ast::Expression::Select { selector, variants } => {
                inline(selector, found);
                variants
                    .iter()
                    .for_each(|variant| variables_of(&variant.value, found));
            }
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            placeable(expression, found);
        }
    }
}

/// The text of a message made of plain text only, white space normalised.
fn plain_text(language: &str, id: &str) -> Option<String> {
    let catalogue = catalogue(language);
    let pattern = catalogue.messages.get(id)?.value.as_ref()?;
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(normalised(&text))
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_fluent_file_parses_cleanly() {
    let languages = i18n::available_languages();
    assert!(
        languages.contains(&REFERENCE_LANGUAGE),
        "the reference language's files are embedded: {languages:?}"
    );
    for language in languages {
        assert!(
            i18n::fluent_sources(language).next().is_some(),
            "{language} is listed because it has files"
        );
        let errors = catalogue(language).syntax_errors;
        assert!(
            errors.is_empty(),
            "a syntax error silently drops messages at run time: {errors:#?}"
        );
    }
}

#[test]
fn every_fluent_file_on_disk_is_embedded() {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut on_disk = BTreeSet::new();
    for language in std::fs::read_dir(&locales).expect("locales/ is readable") {
        let language = language.expect("a directory entry");
        if !language.path().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(language.path()).expect("a language folder is readable") {
            let name = file
                .expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if name.ends_with(".ftl") {
                on_disk.insert((language.file_name().to_string_lossy().into_owned(), name));
            }
        }
    }
    let embedded: BTreeSet<(String, String)> = i18n::available_languages()
        .into_iter()
        .flat_map(|language| {
            i18n::fluent_sources(language)
                .map(move |(file, _)| (language.to_string(), file.to_string()))
        })
        .collect();
    assert_eq!(
        embedded, on_disk,
        "the core embeds exactly the .ftl files of locales/<language>/ (build.rs)"
    );
}

#[test]
fn no_message_is_defined_twice_in_a_language() {
    for language in i18n::available_languages() {
        let duplicates = catalogue(language).duplicates;
        assert!(
            duplicates.is_empty(),
            "in {language}, the first definition silently wins over the others: {duplicates:#?}"
        );
    }
}

#[test]
fn every_vocabulary_code_has_a_label_in_french() {
    check_has_messages("fr", &vocabulary_ids(), "vocabulary labels");
}

#[test]
fn every_vocabulary_code_has_a_label_in_english() {
    check_has_messages("en", &vocabulary_ids(), "vocabulary labels");
}

#[test]
fn every_error_code_has_a_message_in_french() {
    check_has_messages("fr", &error_message_ids(), "error messages");
}

#[test]
fn every_error_code_has_a_message_in_english() {
    check_has_messages("en", &error_message_ids(), "error messages");
}

#[test]
fn error_codes_are_distinct() {
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    for error in every_error() {
        if let Some(other) = seen.insert(error.code(), format!("{error:?}")) {
            panic!(
                "{other} and {error:?} share the code {:?}: the UI could not tell them apart",
                error.code()
            );
        }
    }
}

#[test]
fn error_messages_only_use_the_arguments_errors_give() {
    for language in i18n::available_languages() {
        let catalogue = catalogue(language);
        for error in every_error() {
            let id = format!("error-{}", error.code());
            let Some(pattern) = catalogue
                .messages
                .get(&id)
                .and_then(|message| message.value.as_ref())
            else {
                continue;
            };
            let mut used = BTreeSet::new();
            variables_of(pattern, &mut used);
            let given: BTreeSet<String> = error
                .arguments()
                .keys()
                .map(|name| name.to_string())
                .collect();
            let unknown: Vec<&String> = used.difference(&given).collect();
            assert!(
                unknown.is_empty(),
                "{language}: {id} uses {unknown:?}, which {error:?} does not give (it gives {given:?}): \
                 the person would read a raw placeholder"
            );
        }
    }
}

#[test]
fn every_language_has_exactly_the_messages_of_french() {
    let french = message_ids("fr");
    let mut problems = Vec::new();
    for language in i18n::available_languages() {
        let translated = message_ids(language);
        let missing: Vec<&String> = french.difference(&translated).collect();
        let extra: Vec<&String> = translated.difference(&french).collect();
        if !missing.is_empty() {
            problems.push(format!("{language} lacks {} message(s) of French: {missing:?}", missing.len()));
        }
        if !extra.is_empty() {
            problems.push(format!("{language} has message(s) French does not, stale or misspelt: {extra:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "every shipped language is complete, or a person reads French in the middle of their language:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_language_has_messages_the_reference_lacks() {
    let french = message_ids("fr");
    for language in i18n::available_languages() {
        let extra: Vec<String> = message_ids(language).difference(&french).cloned().collect();
        assert!(
            extra.is_empty(),
            "{language} has message(s) unknown to French, the reference: stale or misspelt ids {extra:?}"
        );
    }
}

#[test]
fn errors_are_explained_in_french_with_their_arguments() {
    let french = Localizer::new("fr");
    assert_eq!(french.language(), "fr", "French is available");
    let expected =
        plain_text("fr", "error-wrong-key").expect("error-wrong-key is plain text in locales/fr");
    assert_eq!(
        normalised(&french.error(&CoreError::WrongKey)),
        expected,
        "the wrong-key error is shown with the French message of locales/fr"
    );
    let too_short = french.error(&CoreError::PassphraseTooShort { min: 10 });
    assert!(
        too_short.contains("10"),
        "the minimum length argument is put in the message: {too_short:?}"
    );
    assert!(
        !too_short.contains('{'),
        "no placeholder is left unfilled: {too_short:?}"
    );
    for error in every_error() {
        let text = french.error(&error);
        assert_ne!(
            text,
            format!("error-{}", error.code()),
            "{error:?} has a French explanation, not its raw id"
        );
    }
}

#[test]
fn an_unknown_language_falls_back_to_french() {
    let expected =
        plain_text("fr", "error-wrong-key").expect("error-wrong-key is plain text in locales/fr");
    for language in ["xx", "", "fr-FR", "zz-Latn-ZZ"] {
        let localizer = Localizer::new(language);
        assert_eq!(
            localizer.language(),
            "fr",
            "{language:?} has no files: French is used"
        );
        assert_eq!(
            normalised(&localizer.error(&CoreError::WrongKey)),
            expected,
            "{language:?} shows the French text rather than the raw id"
        );
        assert!(
            !localizer.is_right_to_left(),
            "French is written left to right"
        );
    }
}

#[test]
fn english_is_used_when_asked_for() {
    let english = Localizer::new("en-GB");
    assert_eq!(
        english.language(),
        "en",
        "a regional English tag uses the English files"
    );
    let expected =
        plain_text("en", "error-wrong-key").expect("error-wrong-key is plain text in locales/en");
    assert_eq!(
        normalised(&english.error(&CoreError::WrongKey)),
        expected,
        "the English message is used"
    );
    assert_ne!(
        expected,
        plain_text("fr", "error-wrong-key").expect("in French too"),
        "the English text is a translation, not a copy of the French"
    );
}

#[test]
fn right_to_left_languages_are_known() {
    for language in ["ar", "fa", "ps"] {
        assert!(
            i18n::is_right_to_left(language),
            "{language} is written right to left: the UI mirrors for it"
        );
    }
    for language in COMPLETE_LANGUAGES.iter().chain(&["ti", "uk"]) {
        assert!(
            !i18n::is_right_to_left(language),
            "{language} is written left to right"
        );
    }
}

/// The Fluent ids of the shipped catalogue: each procedure, document and organisation.
fn catalogue_ids() -> Vec<String> {
    use escale_core::procedure::catalogue::{self, document_fluent_id, organisation_fluent_id};
    let shipped = catalogue::shipped();
    let mut ids: Vec<String> = shipped.entries.iter().map(|entry| entry.fluent_id()).collect();
    ids.extend(shipped.documents.iter().map(|id| document_fluent_id(id)));
    ids.extend(shipped.organisations.iter().map(|id| organisation_fluent_id(id)));
    ids
}

#[test]
fn every_catalogue_procedure_document_and_organisation_has_a_label_in_french_and_english() {
    for language in COMPLETE_LANGUAGES {
        check_has_messages(language, &catalogue_ids(), "procedure catalogue labels");
    }
}

#[test]
fn no_catalogue_label_is_left_without_its_entry() {
    let expected: BTreeSet<String> = catalogue_ids().into_iter().collect();
    let prefixes = ["procedure-kind-", "procedure-document-", "procedure-organisation-"];
    let stale: Vec<String> = message_ids("fr")
        .into_iter()
        .filter(|id| prefixes.iter().any(|prefix| id.starts_with(prefix)) && !expected.contains(id))
        .collect();
    assert!(
        stale.is_empty(),
        "labels of ids the catalogue file does not have (misspelt, or the entry was renamed): {stale:?}"
    );
}

/// The variables a message uses, by message id.
fn variables_by_message(language: &str) -> BTreeMap<String, BTreeSet<String>> {
    catalogue(language)
        .messages
        .iter()
        .map(|(id, message)| {
            let mut used = BTreeSet::new();
            if let Some(pattern) = &message.value {
                variables_of(pattern, &mut used);
            }
            for attribute in &message.attributes {
                variables_of(&attribute.value, &mut used);
            }
            (id.clone(), used)
        })
        .collect()
}

#[test]
fn translations_only_use_the_variables_of_french() {
    let french = variables_by_message("fr");
    let mut problems = Vec::new();
    for language in i18n::available_languages() {
        for (id, used) in variables_by_message(language) {
            let Some(given) = french.get(&id) else { continue };
            let unknown: Vec<&String> = used.difference(given).collect();
            if !unknown.is_empty() {
                problems.push(format!("{language}: {id} uses {unknown:?}, French gives only {given:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the code passes the variables of the French message; any other one shows as a raw placeholder:\n{}",
        problems.join("\n")
    );
}

/// The plural categories (CLDR cardinal rules, as Fluent applies them at run time) that whole
/// numbers take in `language`: sampled over 0–1,000 and large round numbers, which reach every
/// category a count of people, minutes or rows can fall into.
fn plural_categories(language: &str) -> BTreeSet<String> {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let identifier: unic_langid::LanguageIdentifier = language.parse().expect("a shipped language is a valid tag");
    let rules = PluralRules::create(identifier, PluralRuleType::CARDINAL)
        .unwrap_or_else(|error| panic!("{language} has CLDR plural rules: {error}"));
    (0..=1000u64)
        .chain([10_000, 100_000, 1_000_000, 10_000_000])
        .map(|n| format!("{:?}", rules.select(n).expect("a whole number has a category")).to_lowercase())
        .collect()
}

/// Every selector of a pattern whose variant keys name plural categories, as its set of keys.
fn plural_selectors(pattern: &ast::Pattern<&str>, found: &mut Vec<BTreeSet<String>>) {
    const CATEGORIES: [&str; 5] = ["zero", "one", "two", "few", "many"];
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else { continue };
        if let ast::Expression::Select { variants, .. } = expression {
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|variant| match &variant.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys.iter().any(|key| CATEGORIES.contains(&key.as_str())) {
                found.push(keys);
            }
            for variant in variants {
                plural_selectors(&variant.value, found);
            }
        }
    }
}

#[test]
fn plural_selectors_have_every_category_their_language_needs() {
    let mut problems = Vec::new();
    for language in i18n::available_languages() {
        let needed = plural_categories(language);
        for (id, message) in catalogue(language).messages {
            let mut selectors = Vec::new();
            if let Some(pattern) = &message.value {
                plural_selectors(pattern, &mut selectors);
            }
            for keys in selectors {
                let lacking: Vec<&String> = needed.iter().filter(|category| !keys.contains(*category)).collect();
                if !lacking.is_empty() {
                    problems.push(format!("{language}: {id} lacks {lacking:?} (it has {keys:?})"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "a count in a missing category falls back to the default variant, wrong grammar for that number:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_plural_check_knows_the_categories_of_hard_languages() {
    // If the sampling missed categories, the check above would pass on incomplete selectors.
    let arabic = plural_categories("ar");
    for category in ["zero", "one", "two", "few", "many", "other"] {
        assert!(arabic.contains(category), "Arabic needs {category}: {arabic:?}");
    }
    let ukrainian = plural_categories("uk");
    for category in ["one", "few", "many"] {
        assert!(ukrainian.contains(category), "Ukrainian needs {category}: {ukrainian:?}");
    }
}

/// The message ids written literally in a source text after one of `calls` (e.g. `t("`).
fn literal_ids(source: &str, calls: &[&str]) -> Vec<String> {
    let mut ids = Vec::new();
    for call in calls {
        let mut rest = source;
        while let Some(at) = rest.find(call) {
            let before = rest[..at].chars().next_back();
            let after = &rest[at + call.len()..];
            rest = after;
            // `t(` must be the function itself, not the end of another name (`list(`, `.at(`).
            if call.starts_with(|c: char| c.is_ascii_alphabetic())
                && before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.')
            {
                continue;
            }
            let id: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
            let closed = after[id.len()..].starts_with('"');
            if closed && id.contains('-') && id.starts_with(|c: char| c.is_ascii_lowercase()) {
                ids.push(id);
            }
        }
    }
    ids
}

/// Files under `folder` (recursively) whose name ends with one of `extensions`.
fn source_files(folder: &std::path::Path, extensions: &[&str], found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap_or_else(|error| panic!("{} is readable: {error}", folder.display())) {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if path.is_dir() {
            if !["node_modules", "generated", "target", "dist"].contains(&name.as_str()) {
                source_files(&path, extensions, found);
            }
        } else if extensions.iter().any(|extension| name.ends_with(extension)) {
            found.push(path);
        }
    }
}

#[test]
fn every_message_id_written_in_the_code_is_defined() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let french = message_ids("fr");
    let mut checked = 0;
    let mut problems = Vec::new();
    let mut scan = |folder: &str, extensions: &[&str], calls: &[&str]| {
        let mut files = Vec::new();
        source_files(&root.join(folder), extensions, &mut files);
        for file in files {
            let source = std::fs::read_to_string(&file).expect("a source file is UTF-8");
            for id in literal_ids(&source, calls) {
                checked += 1;
                if !french.contains(&id) {
                    problems.push(format!("{}: {id}", file.strip_prefix(&root).unwrap_or(&file).display()));
                }
            }
        }
    };
    // The UI's calls; ids built at run time (`label(prefix, code)`) are covered by the
    // vocabulary and error tests above.
    scan("ui/src", &[".svelte", ".ts"], &["t(\"", "hasMessage(\"", "labelId: \"", "id: \""]);
    // The Rust side's: the localizer and the document builders that take a message id.
    let rust_calls = [".text(\"", ".message(\"", ".heading(\"", ".field(\"", ".label(\""];
    for folder in ["crates", "src-tauri/src"] {
        scan(folder, &[".rs"], &rust_calls);
    }
    assert!(checked > 300, "the scan finds the ids the code writes ({checked}): the patterns still match the code");
    assert!(problems.is_empty(), "the screen would show these raw ids, no .ftl defines them:\n{}", problems.join("\n"));
}

#[test]
fn the_document_languages_are_the_shipped_locales() {
    let shipped: BTreeSet<&str> = i18n::available_languages().into_iter().collect();
    let listed: BTreeSet<&str> = DOCUMENT_LANGUAGES.into_iter().collect();
    assert_eq!(
        listed, shipped,
        "vocabulary::DOCUMENT_LANGUAGES (offered for a person and on paper) and the folders of locales/ must agree"
    );
}

#[test]
fn every_locale_states_its_review_status() {
    for language in i18n::available_languages() {
        let review = i18n::review_of(language).unwrap_or_else(|problem| panic!("{problem}"));
        assert_eq!(
            review.status == i18n::ReviewStatus::Reference,
            language == REFERENCE_LANGUAGE,
            "only French is the reference ({language})"
        );
    }
    let statuses = i18n::locale_statuses();
    assert_eq!(statuses[0].language, REFERENCE_LANGUAGE, "French comes first in the settings");
    for status in &statuses {
        assert_eq!(
            status.translated_messages, status.reference_messages,
            "{} is complete (a test above says which messages lack)",
            status.language
        );
        assert!(status.reference_messages > 1000, "the count is of real messages: {}", status.reference_messages);
    }
}

#[test]
fn error_arguments_that_are_counts_choose_the_plural_variant() {
    // Error arguments travel as text; a count must still select "символи" (few) for 3 and
    // "символів" (many) for 10 in Ukrainian, or the person reads broken grammar.
    let ukrainian = Localizer::new("uk");
    let three = ukrainian.error(&CoreError::PassphraseTooShort { min: 3 });
    let ten = ukrainian.error(&CoreError::PassphraseTooShort { min: 10 });
    assert!(three.contains("3 символи"), "3 takes the few form: {three:?}");
    assert!(ten.contains("10 символів"), "10 takes the many form: {ten:?}");
}

#[test]
fn codes_inside_right_to_left_sentences_are_isolated() {
    use escale_core::i18n::FluentValue;
    let arguments = [
        ("reference", FluentValue::from("2024-123-B")),
        ("deadline", FluentValue::from("2026-12-01")),
        ("renewal", FluentValue::from("—")),
        ("callBack", FluentValue::from("—")),
    ];
    // Without isolation the bidirectional algorithm reorders "2024-123-B" in Arabic text.
    for language in ["ar", "fa", "ps"] {
        let line = Localizer::new(language).message("cli-procedure-dates", &arguments);
        assert!(
            line.contains("\u{2068}2024-123-B\u{2069}") && line.contains("\u{2068}2026-12-01\u{2069}"),
            "{language}: codes and dates are wrapped in first-strong isolates: {line:?}"
        );
    }
    // In left-to-right languages the marks would only be noise in terminals and files.
    let french = Localizer::new("fr").message("cli-procedure-dates", &arguments);
    assert!(!french.contains('\u{2068}'), "no isolates in French: {french:?}");
}

/// The text a pattern shows (its text elements and string literals, in every variant).
fn shown_text(pattern: &ast::Pattern<&str>, text: &mut String) {
    fn text_of(expression: &ast::Expression<&str>, text: &mut String) {
        match expression {
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => text.push_str(value),
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression: inner }) => text_of(inner, text),
            ast::Expression::Select { variants, .. } => variants.iter().for_each(|variant| shown_text(&variant.value, text)),
            ast::Expression::Inline(_) => {}
        }
    }
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression: inner } => text_of(inner, text),
        }
    }
}

#[test]
fn every_character_of_every_language_has_a_bundled_font() {
    // The window uses only the fonts of assets/fonts (app.css): a laptop without Arabic or
    // Ethiopic fonts must show the same text, never empty boxes.
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts");
    let fonts: Vec<Vec<u8>> = std::fs::read_dir(&folder)
        .expect("assets/fonts is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "ttf"))
        .map(|path| std::fs::read(&path).expect("a font file is readable"))
        .collect();
    let faces: Vec<ttf_parser::Face<'_>> =
        fonts.iter().map(|data| ttf_parser::Face::parse(data, 0).expect("a bundled font parses")).collect();
    assert!(faces.len() >= 6, "the bundled fonts are found ({})", faces.len());
    let mut problems = Vec::new();
    for language in i18n::available_languages() {
        let mut text = String::new();
        for message in catalogue(language).messages.values() {
            if let Some(pattern) = &message.value {
                shown_text(pattern, &mut text);
            }
            for attribute in &message.attributes {
                shown_text(&attribute.value, &mut text);
            }
        }
        let uncovered: BTreeSet<char> = text
            .chars()
            // White space and invisible joiners or direction marks need no glyph.
            .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{2066}'..='\u{2069}' | '\u{061c}'))
            .filter(|c| !faces.iter().any(|face| face.glyph_index(*c).is_some()))
            .collect();
        if !uncovered.is_empty() {
            problems.push(format!("{language}: {uncovered:?}"));
        }
    }
    assert!(problems.is_empty(), "characters no bundled font draws (the system would pick any font, or none):\n{}", problems.join("\n"));
}

#[test]
fn dates_are_written_as_each_language_writes_them_in_the_gregorian_calendar() {
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 14).expect("a real day");
    let french = Localizer::new("fr").date(day);
    assert_eq!(french, "14 mars 2025", "French writes the day, the month in words, the year");
    let ukrainian = Localizer::new("uk").date(day);
    assert!(ukrainian.contains("березня"), "Ukrainian names the month in the genitive: {ukrainian:?}");
    // Every language, whether its tag names the calendar (Persian, Pashto) or has the Gregorian
    // one by default (the others): the Solar Hijri date of that day is 24 Esfand 1403, the
    // Ethiopian one 5 Megabit 2017; a person could not match either with the French letter that
    // gave the deadline.
    for language in i18n::available_languages() {
        let written = Localizer::new(language).date(day);
        let western: String = written
            .chars()
            .map(|c| match c {
                '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
                '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
                _ => c,
            })
            .collect();
        assert!(western.contains("2025") && western.contains("14"), "{language}: Gregorian day and year: {written:?}");
        assert!(!western.contains("1403") && !western.contains("2017"), "{language}: no other calendar's year: {written:?}");
    }
    for language in i18n::available_languages() {
        let written = Localizer::new(language).date(day);
        assert_ne!(written, "2025-03-14", "{language} has its own way to write a day, not the ISO fallback");
    }
}

#[test]
fn numbers_in_messages_follow_the_language() {
    use escale_core::i18n::FluentValue;
    // cli-demo-done puts counts in a sentence: French groups thousands with a narrow space,
    // Persian writes its own digits.
    let arguments = [
        ("people", FluentValue::from(12345)),
        ("activities", FluentValue::from(7)),
        ("workshops", FluentValue::from(2)),
        ("procedures", FluentValue::from(3)),
    ];
    let french = Localizer::new("fr").message("cli-demo-done", &arguments);
    assert!(french.contains("12\u{202f}345"), "French groups thousands with a narrow no-break space: {french:?}");
    let persian = Localizer::new("fa").message("cli-demo-done", &arguments);
    assert!(persian.contains("۱۲٬۳۴۵"), "Persian digits and separator: {persian:?}");
    let english = Localizer::new("en").message("cli-demo-done", &arguments);
    assert!(english.contains("12,345"), "English groups with a comma: {english:?}");
}

#[test]
fn each_right_to_left_language_writes_one_kind_of_digits() {
    use escale_core::i18n::FluentValue;
    let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 14).expect("a real day");
    let arabic_indic = |c: char| matches!(c, '\u{0660}'..='\u{0669}' | '\u{06f0}'..='\u{06f9}');
    // Arabic: Latin digits, as CLDR 48 and the Maghreb write them; the window's older WebKit
    // would write Arabic-Indic ones unless the tag pins them, so the tag must say so.
    assert!(i18n::intl_locale_tag("ar").ends_with("-nu-latn"), "Arabic digits are pinned: {}", i18n::intl_locale_tag("ar"));
    let arabic = Localizer::new("ar");
    let written = format!("{} {}", arabic.date(day), arabic.message("cli-follow-up-week", &[("count", FluentValue::from(12))]));
    assert!(written.contains("2025") && written.contains("12"), "Arabic dates and counts in Latin digits: {written:?}");
    assert!(!written.chars().any(arabic_indic), "no Arabic-Indic digit beside the Latin ones: {written:?}");
    // Persian and Pashto: their own digits, in dates, counts and the digits written in the text.
    for language in ["fa", "ps"] {
        assert!(i18n::intl_locale_tag(language).ends_with("-nu-arabext"), "{language} digits are pinned");
        let localizer = Localizer::new(language);
        let written = format!("{} {}", localizer.date(day), localizer.message("cli-follow-up-week", &[("count", FluentValue::from(12))]));
        assert!(written.contains("۲۰۲۵") && written.contains("۱۲"), "{language}: its own digits: {written:?}");
        assert!(!written.chars().any(|c| c.is_ascii_digit()), "{language}: no Latin digit beside them: {written:?}");
    }
}

#[test]
fn digits_written_in_the_messages_are_the_digits_of_their_language() {
    // A number typed into a translation ("7 days", "from 4 to 12 digits") must look like the
    // numbers the formatter inserts beside it. Codes mixing letters and digits (7K2M, SIRET
    // examples) and examples of what the mediator types stay in Latin digits.
    // Examples of what the mediator types on a keyboard (a phone number, opening hours, a month
    // given to `escale report`): in the digits the keyboard and the parser take.
    let typed_examples = ["cli-arg-escale-partner-add-phone", "settings-partner-hours-help", "error-month-invalid"];
    let mut problems = Vec::new();
    for (language, foreign) in [("ar", "Persian or Arabic-Indic"), ("fa", "Latin"), ("ps", "Latin")] {
        for (id, message) in catalogue(language).messages {
            if typed_examples.contains(&id.as_str()) {
                continue;
            }
            let mut text = String::new();
            if let Some(pattern) = &message.value {
                shown_text(pattern, &mut text);
            }
            let wrong = if language == "ar" {
                text.chars().any(|c| matches!(c, '\u{0660}'..='\u{0669}' | '\u{06f0}'..='\u{06f9}'))
            } else {
                // A run of Latin digits that is not part of a code (no Latin letter glued to it).
                text.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
            };
            if wrong {
                problems.push(format!("{language} {id} has {foreign} digits: {text:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "digits not of their language:\n{}", problems.join("\n"));
}

#[test]
fn a_localizer_tells_its_own_messages_from_the_french_fallback() {
    for language in i18n::available_languages() {
        let localizer = Localizer::new(language);
        let own = message_ids(language);
        for id in message_ids("fr") {
            assert_eq!(
                localizer.translates(&id),
                own.contains(&id),
                "{language}: {id} is its own message exactly when one of its files defines it (else French stands in)"
            );
            assert!(localizer.has_message(&id), "{language}: {id} is there, translated or in French");
        }
        assert!(!localizer.translates("no-such-message"), "{language}: an undefined id is translated nowhere");
    }
}

#[test]
fn a_label_starting_with_a_latin_acronym_keeps_its_right_to_left_order_in_a_sentence() {
    use escale_core::i18n::FluentValue;
    let arabic = Localizer::new("ar");
    let label = arabic.text("procedure-kind-caf_rsa");
    assert!(label.starts_with("CAF"), "the Arabic label starts with the French acronym: {label:?}");
    let sentence = arabic.message("person-view-date-deadline", &[("procedure", FluentValue::from(label.clone()))]);
    // The isolate around the label starts with a right-to-left mark: its first strong
    // character, so the label is laid out right to left, "CAF" first on the right.
    assert!(sentence.contains(&format!("\u{2068}\u{200f}{label}\u{2069}")), "the label keeps its direction: {sentence:?}");
    // A code or a Latin name has no right-to-left letter: it stays left to right, unmarked.
    let code = arabic.message("person-view-reference", &[("reference", FluentValue::from("2024-123-B"))]);
    assert!(code.contains("\u{2068}2024-123-B\u{2069}"), "a code is isolated as it is: {code:?}");
    // French sentences are never marked.
    let french = Localizer::new("fr").message("person-view-date-deadline", &[("procedure", FluentValue::from(label))]);
    assert!(!french.contains('\u{200f}'), "no mark in a left-to-right language: {french:?}");
}
