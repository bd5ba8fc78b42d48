//! Activities: the national platform's rules, and what is stored when they are met.

use std::collections::BTreeMap;

use chrono::Days;
use escale_core::activity::{ActivityFilter, ActivityInput, AnonymousParticipants};
use escale_core::clock;
use escale_core::commune::Commune;
use escale_core::organisation::PlaceInput;
use escale_core::vocabulary::{
    ActivityKind, AgeBand, Autonomy, Equipment, Gender, PlaceType, RedirectionStructure, Theme,
    WorkshopLevel,
};
use escale_core::{CoreError, Store, ValidationError};

use crate::support::{TestStore, add_person, validation_error};

/// A store with a named place and two people; returns it with (place id, person A, person B).
fn setup() -> (TestStore, String, String, String) {
    let mut store = TestStore::new();
    let place = store
        .create_place(&PlaceInput {
            name: "Bureau de poste de Saint-Denis".into(),
            address: "59 rue de la République".into(),
            commune: saint_denis(),
        })
        .expect("a valid place");
    let a = add_person(&mut store, "Élodie", "N'Diaye").id;
    let b = add_person(&mut store, "Gérard", "Lefèvre").id;
    (store, place.id, a, b)
}

fn saint_denis() -> Commune {
    Commune {
        name: "Saint-Denis".into(),
        postal_code: "93200".into(),
        insee_code: "93066".into(),
    }
}

/// A valid individual accompaniment at a place, with one theme.
fn individual(person: &str, place_id: &str) -> ActivityInput {
    ActivityInput {
        place_type: PlaceType::PlaceOfActivity,
        place_id: Some(place_id.to_string()),
        themes: vec![Theme::Email],
        ..ActivityInput::individual(person)
    }
}

/// A valid workshop at a place, with the given tracked participants and no anonymous count.
fn workshop(participants: &[&str], place_id: &str) -> ActivityInput {
    ActivityInput {
        kind: ActivityKind::Workshop,
        place_type: PlaceType::PlaceOfActivity,
        place_id: Some(place_id.to_string()),
        themes: vec![Theme::DigitalSecurity],
        workshop_title: "Éviter les arnaques".into(),
        workshop_level: Some(WorkshopLevel::Beginner),
        participants: participants.iter().map(|id| id.to_string()).collect(),
        ..ActivityInput::individual("")
    }
}

fn all_activities(store: &Store) -> Vec<escale_core::activity::Activity> {
    store
        .activities(&ActivityFilter {
            limit: Some(10_000),
            ..ActivityFilter::default()
        })
        .expect("activities are listable")
}

/// Recording `input` must fail with `expected` and write nothing at all.
#[track_caller]
fn check_refused(store: &mut TestStore, input: &ActivityInput, expected: ValidationError) {
    let result = check_nothing_written(store, |store| store.record_activity(input));
    assert_eq!(
        validation_error(result),
        expected,
        "the national platform's rule that this input breaks"
    );
}

/// Runs `operation`, which must fail, and checks that it wrote no row (no activity, theme,
/// accompaniment or audit event).
#[track_caller]
fn check_nothing_written<T: std::fmt::Debug>(
    store: &mut TestStore,
    operation: impl FnOnce(&mut Store) -> escale_core::CoreResult<T>,
) -> escale_core::CoreResult<T> {
    let listed = all_activities(store).len();
    let rows = store.row_counts();
    let unlocked: &mut Store = store;
    let result = operation(unlocked);
    assert!(
        result.is_err(),
        "the operation must be refused, got {result:?}"
    );
    assert_eq!(
        all_activities(store).len(),
        listed,
        "a refused activity is not listed"
    );
    assert_eq!(
        store.row_counts(),
        rows,
        "a refused activity leaves no row in any table"
    );
    result
}

#[test]
fn an_individual_accompaniment_round_trips() {
    let (mut store, place, person, _) = setup();
    let date = clock::today() - Days::new(3);
    let input = ActivityInput {
        date,
        duration_minutes: 45,
        themes: vec![
            Theme::SocialHealth,
            Theme::AdministrativeProcedureHelp,
            Theme::SocialHealth,
        ],
        equipment: vec![Equipment::Phone, Equipment::Computer],
        autonomy: Some(Autonomy::PartlyAutonomous),
        orientation: Some(RedirectionStructure::Administration),
        procedure_name: "  Demande de RSA ".into(),
        notes: "A besoin de son numéro allocataire.\n".into(),
        next_steps: "Apporter l’avis d’imposition.".into(),
        ..individual(&person, &place)
    };
    let recorded = store
        .record_activity(&input)
        .expect("a valid accompaniment");
    assert_eq!(recorded.kind, ActivityKind::Individual, "the kind is kept");
    assert_eq!(recorded.date, date, "the day is kept");
    assert_eq!(recorded.duration_minutes, 45, "the duration is kept");
    assert_eq!(
        recorded.place_type,
        PlaceType::PlaceOfActivity,
        "the channel is kept"
    );
    assert_eq!(
        recorded.place_id.as_deref(),
        Some(place.as_str()),
        "the place is linked"
    );
    assert_eq!(
        recorded.place_name.as_deref(),
        Some("Bureau de poste de Saint-Denis"),
        "the place's name is joined in"
    );
    assert_eq!(
        recorded.themes,
        [Theme::AdministrativeProcedureHelp, Theme::SocialHealth],
        "themes are deduplicated and in the national order"
    );
    assert_eq!(
        recorded.equipment,
        [Equipment::Computer, Equipment::Phone],
        "equipment in the national order"
    );
    assert_eq!(
        recorded.autonomy,
        Some(Autonomy::PartlyAutonomous),
        "the autonomy level is kept"
    );
    assert_eq!(
        recorded.orientation,
        Some(RedirectionStructure::Administration),
        "the orientation is kept"
    );
    assert_eq!(
        recorded.procedure_name, "Demande de RSA",
        "the procedure name is trimmed"
    );
    assert_eq!(
        recorded.notes, "A besoin de son numéro allocataire.",
        "trailing blank lines of notes are dropped"
    );
    assert_eq!(
        recorded.next_steps, "Apporter l’avis d’imposition.",
        "the next steps are kept"
    );
    assert_eq!(
        recorded.anonymous_participants, None,
        "an individual accompaniment has no anonymous count"
    );
    assert_eq!(recorded.participants.len(), 1, "exactly one participant");
    assert_eq!(
        recorded.participants[0].beneficiary_id, person,
        "the participant is the person chosen"
    );
    assert_eq!(
        recorded.participants[0].last_name, "N'Diaye",
        "the participant's name is joined in for display"
    );
    assert!(
        recorded.participants[0].first_accompaniment,
        "nothing was recorded for them before: a first accompaniment"
    );
    assert_eq!(
        store.activity(&recorded.id).expect("readable"),
        recorded,
        "reading returns what was stored"
    );

    let second = store
        .record_activity(&individual(&person, &place))
        .expect("a second accompaniment");
    assert!(
        !second.participants[0].first_accompaniment,
        "the second accompaniment of the same person is not a first"
    );
    assert_eq!(
        store
            .activities_of_beneficiary(&person)
            .expect("listable")
            .len(),
        2,
        "both accompaniments are in the person's history"
    );
    let summary = store
        .search_beneficiaries("ndiaye", 1)
        .expect("searchable")
        .remove(0);
    assert_eq!(
        summary.activity_count, 2,
        "the list counts the person's accompaniments"
    );
    assert_eq!(
        summary.last_activity_date,
        Some(clock::today().to_string()),
        "and shows the latest one's day"
    );
}

#[test]
fn the_location_kept_is_the_one_of_the_chosen_channel() {
    let (mut store, place, person, _) = setup();
    let at_home = store
        .record_activity(&ActivityInput {
            place_type: PlaceType::AtHome,
            place_id: Some(place.clone()),
            commune: saint_denis(),
            ..individual(&person, &place)
        })
        .expect("at home, with a commune");
    assert_eq!(
        at_home.place_id, None,
        "a place typed before switching to 'at home' is not kept"
    );
    assert_eq!(
        at_home.commune,
        saint_denis(),
        "the commune of the home is kept"
    );
    let remote = store
        .record_activity(&ActivityInput {
            place_type: PlaceType::Remote,
            commune: saint_denis(),
            ..individual(&person, &place)
        })
        .expect("remote needs no place");
    assert_eq!(
        (remote.place_id, remote.commune),
        (None, Commune::default()),
        "remote keeps neither place nor commune"
    );
}

#[test]
fn each_national_rule_is_enforced_and_nothing_is_written() {
    let (mut store, place, a, b) = setup();
    let valid = individual(&a, &place);
    let tomorrow = clock::today() + Days::new(1);

    check_refused(
        &mut store,
        &ActivityInput {
            themes: vec![],
            ..valid.clone()
        },
        ValidationError::ThemeRequired,
    );
    check_refused(
        &mut store,
        &ActivityInput {
            themes: vec![Theme::Email, Theme::Housing],
            ..valid.clone()
        },
        ValidationError::AdministrativeThemeWithoutProcedureHelp,
    );
    check_refused(
        &mut store,
        &ActivityInput {
            procedure_name: "Demande de RSA".into(),
            ..valid.clone()
        },
        ValidationError::ProcedureNameWithoutProcedureHelp,
    );
    check_refused(
        &mut store,
        &ActivityInput {
            place_id: None,
            ..valid.clone()
        },
        ValidationError::PlaceRequired,
    );
    check_refused(
        &mut store,
        &ActivityInput {
            place_id: Some("  ".into()),
            ..valid.clone()
        },
        ValidationError::PlaceRequired,
    );
    for place_type in [PlaceType::AtHome, PlaceType::OtherPlace] {
        check_refused(
            &mut store,
            &ActivityInput {
                place_type,
                place_id: None,
                commune: Commune::default(),
                ..valid.clone()
            },
            ValidationError::CommuneRequired,
        );
    }
    check_refused(
        &mut store,
        &ActivityInput {
            place_type: PlaceType::AtHome,
            commune: Commune {
                insee_code: "9306".into(),
                ..saint_denis()
            },
            ..valid.clone()
        },
        ValidationError::InseeCodeInvalid("9306".into()),
    );
    check_refused(
        &mut store,
        &ActivityInput {
            duration_minutes: 0,
            ..valid.clone()
        },
        ValidationError::DurationOutOfRange(0),
    );
    check_refused(
        &mut store,
        &ActivityInput {
            duration_minutes: 1441,
            ..valid.clone()
        },
        ValidationError::DurationOutOfRange(1441),
    );
    check_refused(
        &mut store,
        &ActivityInput {
            date: tomorrow,
            ..valid.clone()
        },
        ValidationError::DateInFuture(tomorrow.to_string()),
    );
    check_refused(
        &mut store,
        &ActivityInput {
            participants: vec![],
            ..valid.clone()
        },
        ValidationError::IndividualNeedsOneBeneficiary,
    );
    check_refused(
        &mut store,
        &ActivityInput {
            participants: vec![a.clone(), b.clone()],
            ..valid.clone()
        },
        ValidationError::IndividualNeedsOneBeneficiary,
    );
    check_refused(
        &mut store,
        &ActivityInput {
            participants: vec![a.clone(), a.clone()],
            ..workshop(&[], &place)
        },
        ValidationError::DuplicateParticipant,
    );
    check_refused(
        &mut store,
        &workshop(&[], &place),
        ValidationError::WorkshopNeedsParticipants,
    );
    check_refused(
        &mut store,
        &ActivityInput {
            anonymous_participants: Some(AnonymousParticipants::default()),
            ..workshop(&[], &place)
        },
        ValidationError::WorkshopNeedsParticipants,
    );
    let mut too_many_women = AnonymousParticipants {
        total: 3,
        ..AnonymousParticipants::default()
    };
    too_many_women.by_gender.insert(Gender::Female, 3);
    too_many_women.by_gender.insert(Gender::Male, 1);
    check_refused(
        &mut store,
        &ActivityInput {
            anonymous_participants: Some(too_many_women),
            ..workshop(&[], &place)
        },
        ValidationError::AnonymousCountExceedsTotal { group: "gender" },
    );
    check_refused(
        &mut store,
        &ActivityInput {
            anonymous_participants: Some(AnonymousParticipants {
                total: 2,
                already_accompanied: 3,
                ..AnonymousParticipants::default()
            }),
            ..workshop(&[], &place)
        },
        ValidationError::AnonymousCountExceedsTotal {
            group: "alreadyAccompanied",
        },
    );
    let mut too_old = AnonymousParticipants {
        total: 1,
        ..AnonymousParticipants::default()
    };
    too_old.by_age_band.insert(AgeBand::From70, 2);
    check_refused(
        &mut store,
        &ActivityInput {
            anonymous_participants: Some(too_old),
            ..workshop(&[], &place)
        },
        ValidationError::AnonymousCountExceedsTotal { group: "ageBand" },
    );
    check_refused(
        &mut store,
        &ActivityInput {
            anonymous_participants: Some(AnonymousParticipants {
                total: 10_001,
                ..AnonymousParticipants::default()
            }),
            ..workshop(&[], &place)
        },
        ValidationError::AnonymousTotalTooLarge { max: 10_000 },
    );
    check_refused(
        &mut store,
        &ActivityInput {
            autonomy: Some(Autonomy::Autonomous),
            ..workshop(&[&a], &place)
        },
        ValidationError::FieldNotApplicable {
            field: "autonomy",
            applies_to: "individuel",
        },
    );
    check_refused(
        &mut store,
        &ActivityInput {
            workshop_title: "Atelier".into(),
            ..valid.clone()
        },
        ValidationError::FieldNotApplicable {
            field: "workshopTitle",
            applies_to: "collectif",
        },
    );
    check_refused(
        &mut store,
        &ActivityInput {
            anonymous_participants: Some(AnonymousParticipants {
                total: 2,
                ..AnonymousParticipants::default()
            }),
            ..valid.clone()
        },
        ValidationError::FieldNotApplicable {
            field: "anonymousParticipants",
            applies_to: "collectif",
        },
    );

    assert!(
        all_activities(&store).is_empty(),
        "after all these refusals, no activity exists"
    );
}

#[test]
fn the_duration_bounds_are_inclusive() {
    let (mut store, place, person, _) = setup();
    for minutes in [1, 1440] {
        let recorded = store
            .record_activity(&ActivityInput {
                duration_minutes: minutes,
                ..individual(&person, &place)
            })
            .unwrap_or_else(|error| panic!("{minutes} minutes is within 1..=1440: {error:?}"));
        assert_eq!(
            recorded.duration_minutes, minutes,
            "the duration is stored as given"
        );
    }
    store
        .record_activity(&ActivityInput {
            date: clock::today(),
            ..individual(&person, &place)
        })
        .expect("today is not the future");
}

#[test]
fn an_unknown_place_is_not_found_and_nothing_is_written() {
    let (mut store, place, person, _) = setup();
    let input = ActivityInput {
        place_id: Some("0190aaaa-0000-7000-8000-000000000000".into()),
        ..individual(&person, &place)
    };
    let error = check_nothing_written(&mut store, |store| store.record_activity(&input))
        .expect_err("refused");
    assert!(
        matches!(
            error,
            CoreError::NotFound {
                entity: "place",
                ..
            }
        ),
        "an unknown place is NotFound(place), got {error:?}"
    );
}

#[test]
fn an_unknown_participant_is_not_found_and_nothing_is_written() {
    let (mut store, place, a, _) = setup();
    let unknown = "0190aaaa-0000-7000-8000-000000000000";
    let error = check_nothing_written(&mut store, |store| {
        store.record_activity(&individual(unknown, &place))
    })
    .expect_err("refused");
    assert!(
        matches!(
            error,
            CoreError::NotFound {
                entity: "beneficiary",
                ..
            }
        ),
        "an unknown person is NotFound(beneficiary), got {error:?}"
    );
    // A known person listed before an unknown one: the activity and the known person's
    // accompaniment are already inserted when the unknown one is met; all must be rolled back.
    let error = check_nothing_written(&mut store, |store| {
        store.record_activity(&workshop(&[&a, unknown], &place))
    })
    .expect_err("refused");
    assert!(
        matches!(
            error,
            CoreError::NotFound {
                entity: "beneficiary",
                ..
            }
        ),
        "NotFound(beneficiary), got {error:?}"
    );
    let recorded = store
        .record_activity(&individual(&a, &place))
        .expect("valid");
    assert!(
        recorded.participants[0].first_accompaniment,
        "the rolled-back workshop left no accompaniment behind: this one is still the person's first"
    );
}

#[test]
fn a_workshop_with_anonymous_counts_only_is_accepted() {
    let (mut store, place, _, _) = setup();
    let mut anonymous = AnonymousParticipants {
        total: 7,
        already_accompanied: 2,
        ..AnonymousParticipants::default()
    };
    anonymous.by_gender = BTreeMap::from([(Gender::Female, 4), (Gender::Male, 3)]);
    anonymous.by_age_band = BTreeMap::from([(AgeBand::From60To69, 5), (AgeBand::From70, 2)]);
    let recorded = store
        .record_activity(&ActivityInput {
            duration_minutes: 120,
            anonymous_participants: Some(anonymous.clone()),
            ..workshop(&[], &place)
        })
        .expect(
            "a workshop needs a tracked participant or an anonymous count: the count is enough",
        );
    assert_eq!(recorded.kind, ActivityKind::Workshop, "the kind is kept");
    assert!(recorded.participants.is_empty(), "no tracked participant");
    assert_eq!(
        recorded.anonymous_participants,
        Some(anonymous),
        "the counts and breakdowns round-trip"
    );
    assert_eq!(
        recorded.workshop_title, "Éviter les arnaques",
        "the title is kept"
    );
    assert_eq!(
        recorded.workshop_level,
        Some(WorkshopLevel::Beginner),
        "the level is kept"
    );
    assert_eq!(recorded.autonomy, None, "a workshop has no autonomy level");
}

#[test]
fn a_workshop_with_tracked_participants_counts_first_accompaniments_each() {
    let (mut store, place, a, b) = setup();
    store
        .record_activity(&individual(&a, &place))
        .expect("a's first accompaniment");
    let recorded = store
        .record_activity(&workshop(&[&a, &b], &place))
        .expect("a workshop with two tracked people");
    let first: BTreeMap<String, bool> = recorded
        .participants
        .iter()
        .map(|p| (p.beneficiary_id.clone(), p.first_accompaniment))
        .collect();
    assert_eq!(first.get(&a), Some(&false), "a had been accompanied before");
    assert_eq!(first.get(&b), Some(&true), "b comes for the first time");
    assert_eq!(
        recorded.anonymous_participants, None,
        "no anonymous count was given, none is stored"
    );
}

#[test]
fn activities_are_listed_newest_first_within_the_filter() {
    let (mut store, place, a, b) = setup();
    let today = clock::today();
    for (days_ago, person) in [(10, &a), (2, &b), (5, &a)] {
        store
            .record_activity(&ActivityInput {
                date: today - Days::new(days_ago),
                ..individual(person, &place)
            })
            .expect("valid");
    }
    let dates: Vec<_> = all_activities(&store)
        .into_iter()
        .map(|activity| activity.date)
        .collect();
    assert_eq!(
        dates,
        [
            today - Days::new(2),
            today - Days::new(5),
            today - Days::new(10)
        ],
        "newest first"
    );
    let of_a = store
        .activities(&ActivityFilter {
            beneficiary_id: Some(a.clone()),
            from: Some(today - Days::new(7)),
            ..ActivityFilter::default()
        })
        .expect("filterable");
    assert_eq!(of_a.len(), 1, "one activity of a within the last 7 days");
    assert_eq!(of_a[0].date, today - Days::new(5), "the one 5 days ago");
}
