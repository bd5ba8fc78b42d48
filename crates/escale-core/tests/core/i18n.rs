//! Translations: every Fluent file is valid, every code the core emits has a message in the
//! reference language and in English, and the localizer falls back to French.

use std::collections::{BTreeMap, BTreeSet};

use escale_core::i18n::{self, Localizer, REFERENCE_LANGUAGE};
use escale_core::vocabulary::{
    ActivityKind, AgeBand, Autonomy, ConsentMethod, ConsentPurpose, DocumentState, Equipment,
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
    };
    let numbers: BTreeSet<usize> = all.iter().map(variant_number).collect();
    assert_eq!(
        numbers,
        (0..49).collect(),
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
    };
    let numbers: BTreeSet<usize> = all.iter().map(variant_number).collect();
    assert_eq!(
        numbers,
        (0..38).collect(),
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
fn english_has_exactly_the_messages_of_french() {
    let french = message_ids("fr");
    let english = message_ids("en");
    let missing: Vec<&String> = french.difference(&english).collect();
    let extra: Vec<&String> = english.difference(&french).collect();
    assert!(
        missing.is_empty(),
        "English must be complete; it lacks {} message(s): {missing:?}",
        missing.len()
    );
    assert!(
        extra.is_empty(),
        "English has message(s) French does not, stale or misspelt: {extra:?}"
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
