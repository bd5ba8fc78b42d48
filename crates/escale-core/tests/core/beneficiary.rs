//! Beneficiaries: creating, reading, changing, and the rules on what a mediator types.

use chrono::Datelike;
use escale_core::beneficiary::BeneficiaryInput;
use escale_core::clock;
use escale_core::commune::Commune;
use escale_core::vocabulary::{AgeBand, Gender, SocialStatus};
use escale_core::{CoreError, ValidationError};

use crate::support::{TestStore, add_person, everyone, person, validation_error};

fn full_input() -> BeneficiaryInput {
    BeneficiaryInput {
        anonymous: false,
        first_name: "  Élodie ".into(),
        last_name: "N'Diaye".into(),
        latin_first_name: String::new(),
        latin_last_name: String::new(),
        birth_year: Some(1961),
        gender: Gender::Female,
        social_status: SocialStatus::Retired,
        commune: Commune {
            name: "Saint-Denis".into(),
            postal_code: "93200".into(),
            insee_code: "93066".into(),
        },
        phone: "+33 6 12 34 56 78".into(),
        email: "elodie@example.org".into(),
        languages: vec!["WO".into(), "fr".into(), "wo".into()],
        document_language: "FR".into(),
        notes: "Vient le mardi.\n\n".into(),
    }
}

/// Creating `input` must fail with `expected` and leave the store exactly as it was.
#[track_caller]
fn check_create_refused(
    store: &mut TestStore,
    input: &BeneficiaryInput,
    expected: ValidationError,
) {
    let listed = everyone(store);
    let rows = store.row_counts();
    let error = validation_error(store.create_beneficiary(input));
    assert_eq!(
        error, expected,
        "the error names the broken rule so the form can show it beside the field"
    );
    assert_eq!(
        everyone(store),
        listed,
        "a refused creation adds nobody to the list"
    );
    assert_eq!(
        store.row_counts(),
        rows,
        "a refused creation writes no row anywhere (not even an audit event)"
    );
}

#[test]
fn a_beneficiary_round_trips_cleaned() {
    let mut store = TestStore::new();
    let created = store
        .create_beneficiary(&full_input())
        .expect("a complete, valid person");
    assert_eq!(
        created.first_name, "Élodie",
        "surrounding spaces are trimmed, accents kept"
    );
    assert_eq!(
        created.last_name, "N'Diaye",
        "the apostrophe is kept as typed"
    );
    assert_eq!(created.birth_year, Some(1961), "the birth year is kept");
    assert_eq!(created.gender, Gender::Female, "the gender code is kept");
    assert_eq!(
        created.social_status,
        SocialStatus::Retired,
        "the social status code is kept"
    );
    assert_eq!(created.commune.insee_code, "93066", "the commune is kept");
    assert_eq!(
        created.phone, "+33 6 12 34 56 78",
        "an international number is accepted as typed"
    );
    assert_eq!(created.email, "elodie@example.org", "the e-mail is kept");
    assert_eq!(
        created.languages,
        ["wo", "fr"],
        "language codes are lower-cased and deduplicated, order kept"
    );
    assert_eq!(
        created.document_language, "fr",
        "the document language is normalised to its code"
    );
    assert_eq!(
        created.notes, "Vient le mardi.",
        "trailing blank lines of notes are dropped"
    );
    assert!(!created.anonymous, "a named person is not anonymous");
    assert_eq!(
        created.created_at, created.updated_at,
        "a new record was never updated"
    );
    assert_eq!(
        store.beneficiary(&created.id).expect("readable by id"),
        created,
        "reading returns what was stored"
    );
}

#[test]
fn an_update_replaces_fields_and_keeps_identity() {
    let mut store = TestStore::new();
    let created = store.create_beneficiary(&full_input()).expect("valid");
    let other = add_person(&mut store, "Gérard", "Lefèvre");
    let mut input = full_input();
    input.last_name = "Diallo".into();
    input.birth_year = None;
    input.phone.clear();
    input.notes = "A déménagé.".into();
    let updated = store
        .update_beneficiary(&created.id, &input)
        .expect("a valid update");
    assert_eq!(
        updated.id, created.id,
        "an update keeps the identifier other records point to"
    );
    assert_eq!(updated.last_name, "Diallo", "the new name is stored");
    assert_eq!(updated.birth_year, None, "a cleared birth year is cleared");
    assert_eq!(
        updated.age_band,
        AgeBand::NotCommunicated,
        "no birth year, no age band"
    );
    assert_eq!(updated.phone, "", "a cleared phone is cleared");
    assert_eq!(updated.notes, "A déménagé.", "notes are replaced");
    assert_eq!(
        updated.created_at, created.created_at,
        "the creation time never changes"
    );
    assert!(
        updated.updated_at >= created.updated_at,
        "the update time moves forward"
    );
    assert_eq!(
        store.beneficiary(&updated.id).expect("readable"),
        updated,
        "the update is what reads back"
    );
    assert_eq!(
        store.beneficiary(&other.id).expect("readable"),
        other,
        "an update touches only its own record"
    );
}

#[test]
fn an_invalid_update_changes_nothing() {
    let mut store = TestStore::new();
    let created = store.create_beneficiary(&full_input()).expect("valid");
    let rows = store.row_counts();
    let error = validation_error(store.update_beneficiary(
        &created.id,
        &BeneficiaryInput {
            email: "nope".into(),
            ..full_input()
        },
    ));
    assert_eq!(
        error,
        ValidationError::EmailInvalid,
        "the broken rule is named"
    );
    assert_eq!(
        store.beneficiary(&created.id).expect("readable"),
        created,
        "a refused update leaves the record as it was"
    );
    assert_eq!(store.row_counts(), rows, "and writes no audit event");
}

#[test]
fn updating_someone_unknown_is_not_found() {
    let mut store = TestStore::new();
    let error = store
        .update_beneficiary("0190aaaa-0000-7000-8000-000000000000", &full_input())
        .expect_err("nobody has this id");
    assert!(
        matches!(
            error,
            CoreError::NotFound {
                entity: "beneficiary",
                ..
            }
        ),
        "an unknown id is NotFound naming the entity, got {error:?}"
    );
    assert!(
        everyone(&store).is_empty(),
        "an update of nobody creates nobody"
    );
}

#[test]
fn each_rule_is_enforced_and_a_refused_creation_writes_nothing() {
    let mut store = TestStore::new();
    add_person(&mut store, "Déjà", "Là");
    let year = clock::today().year();

    check_create_refused(&mut store, &person("", ""), ValidationError::NameRequired);
    check_create_refused(
        &mut store,
        &person("  ", "\t"),
        ValidationError::NameRequired,
    );
    check_create_refused(
        &mut store,
        &BeneficiaryInput {
            birth_year: Some(1899),
            ..person("Simone", "Perrin")
        },
        ValidationError::BirthYearOutOfRange {
            year: 1899,
            max: year,
        },
    );
    check_create_refused(
        &mut store,
        &BeneficiaryInput {
            birth_year: Some(year + 1),
            ..person("Simone", "Perrin")
        },
        ValidationError::BirthYearOutOfRange {
            year: year + 1,
            max: year,
        },
    );
    for email in [
        "simone",
        "simone@",
        "@example.org",
        "simone@example",
        "simone perrin@example.org",
        "a@b@example.org",
    ] {
        check_create_refused(
            &mut store,
            &BeneficiaryInput {
                email: email.into(),
                ..person("Simone", "Perrin")
            },
            ValidationError::EmailInvalid,
        );
    }
    for insee in ["9306", "930666", "ABCDE", "2C004"] {
        check_create_refused(
            &mut store,
            &BeneficiaryInput {
                commune: Commune {
                    name: "Saint-Denis".into(),
                    postal_code: "93200".into(),
                    insee_code: insee.into(),
                },
                ..person("Simone", "Perrin")
            },
            ValidationError::InseeCodeInvalid(insee.into()),
        );
    }
    check_create_refused(
        &mut store,
        &BeneficiaryInput {
            document_language: "de".into(),
            ..person("Simone", "Perrin")
        },
        ValidationError::UnknownCode {
            field: "documentLanguage",
            code: "de".into(),
        },
    );
    check_create_refused(
        &mut store,
        &BeneficiaryInput {
            phone: "appelle-moi".into(),
            ..person("Simone", "Perrin")
        },
        ValidationError::PhoneInvalid,
    );
    check_create_refused(
        &mut store,
        &BeneficiaryInput {
            languages: vec!["français".into()],
            ..person("Simone", "Perrin")
        },
        ValidationError::LanguageInvalid("français".into()),
    );
    check_create_refused(
        &mut store,
        &person(&"a".repeat(101), "Perrin"),
        ValidationError::TooLong {
            field: "firstName",
            max: 100,
        },
    );

    let accepted = store
        .create_beneficiary(&BeneficiaryInput {
            birth_year: Some(1900),
            commune: Commune {
                name: "Ajaccio".into(),
                postal_code: "20000".into(),
                insee_code: "2a004".into(),
            },
            ..person("Simone", "Perrin")
        })
        .expect("1900 and a Corsican INSEE code are at the edges of what is valid");
    assert_eq!(
        accepted.commune.insee_code, "2A004",
        "a Corsican INSEE code is stored upper-case"
    );
}

#[test]
fn an_anonymous_beneficiary_keeps_no_identifying_data() {
    let mut store = TestStore::new();
    let created = store
        .create_beneficiary(&BeneficiaryInput {
            anonymous: true,
            ..full_input()
        })
        .expect("an anonymous record needs no name");
    assert!(created.anonymous, "the record is anonymous");
    assert_eq!(
        (
            created.first_name.as_str(),
            created.last_name.as_str(),
            created.phone.as_str(),
            created.email.as_str()
        ),
        ("", "", "", ""),
        "names, phone and e-mail typed before ticking 'anonymous' are dropped, not stored"
    );
    assert_eq!(
        created.birth_year,
        Some(1961),
        "statistics fields are kept for reporting"
    );
    assert!(
        store
            .search_beneficiaries("elodie", 10)
            .expect("searchable")
            .is_empty(),
        "an anonymous person cannot be found by the name that was dropped"
    );
    store
        .create_beneficiary(&BeneficiaryInput {
            anonymous: true,
            ..BeneficiaryInput::default()
        })
        .expect("an anonymous record with nothing at all is valid");
}

#[test]
fn the_age_band_is_derived_from_the_birth_year() {
    let mut store = TestStore::new();
    let year = clock::today().year();
    for (age, band) in [
        (30, AgeBand::From25To39),
        (11, AgeBand::Under12),
        (70, AgeBand::From70),
        (17, AgeBand::From12To17),
    ] {
        let created = store
            .create_beneficiary(&BeneficiaryInput {
                birth_year: Some(year - age),
                ..person("Jeanne", "Âge")
            })
            .expect("valid");
        assert_eq!(
            created.age_band, band,
            "aged {age} this year, the national band is {band}"
        );
        let listed = everyone(&store)
            .into_iter()
            .find(|s| s.id == created.id)
            .expect("listed");
        assert_eq!(
            listed.age_band, band,
            "the list shows the same derived band as the record"
        );
    }
    let unknown = add_person(&mut store, "Sans", "Âge");
    assert_eq!(
        unknown.age_band,
        AgeBand::NotCommunicated,
        "without a birth year the band is not communicated"
    );
}
