//! What the accompaniment form offers first (the place of the day, the themes and durations
//! used most lately), anonymous people already accompanied elsewhere, and workshop counts of any
//! size.

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use escale_core::activity::defaults::{RECENT_DAYS, RecordDefaults};
use escale_core::activity::{ActivityInput, AnonymousParticipants, MAX_ANONYMOUS_PARTICIPANTS};
use escale_core::clock;
use escale_core::commune::Commune;
use escale_core::organisation::PlaceInput;
use escale_core::vocabulary::{ActivityKind, AgeBand, Gender, PlaceType, SocialStatus, Theme, WorkshopLevel};
use escale_core::{Store, ValidationError};
use proptest::prelude::*;

use crate::support::{TestStore, add_person};

fn felletin() -> Commune {
    Commune { name: "Felletin".into(), postal_code: "23500".into(), insee_code: "23079".into() }
}

fn add_place(store: &mut Store, name: &str) -> String {
    store
        .create_place(&PlaceInput { name: name.into(), address: String::new(), commune: felletin() })
        .expect("a valid place")
        .id
}

/// An accompaniment of `person` on `date` at a named place, with the given themes and duration.
fn at_place(person: &str, place: &str, date: NaiveDate, themes: &[Theme], minutes: u32) -> ActivityInput {
    ActivityInput {
        date,
        duration_minutes: minutes,
        place_type: PlaceType::PlaceOfActivity,
        place_id: Some(place.into()),
        themes: themes.to_vec(),
        ..ActivityInput::individual(person)
    }
}

/// Records `input`; a pause after it gives the next record a later entry time (milliseconds).
#[track_caller]
fn record(store: &mut Store, input: &ActivityInput) {
    store.record_activity(input).unwrap_or_else(|error| panic!("a valid record: {error:?}"));
    std::thread::sleep(Duration::from_millis(3));
}

fn days_ago(days: u64) -> NaiveDate {
    clock::today().checked_sub_days(Days::new(days)).expect("a day in the past")
}

#[test]
fn a_new_store_offers_no_place_and_no_ordering() {
    let store = TestStore::new();
    let defaults = store.record_defaults(ActivityKind::Individual, clock::today()).expect("the defaults are readable");
    assert_eq!(defaults, RecordDefaults::default(), "nothing was recorded, so nothing is learned");
}

#[test]
fn the_place_of_the_day_is_the_latest_record_of_today_else_of_the_latest_day() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Jeanne", "Martin").id;
    let monday = add_place(&mut store, "Arrêt de la mairie de Felletin");
    let tuesday = add_place(&mut store, "Arrêt de l’église de Vallière");
    let today = add_place(&mut store, "Arrêt de la place de Crocq");

    record(&mut store, &at_place(&person, &monday, days_ago(2), &[Theme::Email], 30));
    record(&mut store, &at_place(&person, &tuesday, days_ago(1), &[Theme::Email], 30));
    // A record of an earlier day typed later does not move the bus back there.
    record(&mut store, &at_place(&person, &monday, days_ago(3), &[Theme::Email], 30));
    let before_today = store.record_defaults(ActivityKind::Individual, clock::today()).expect("readable");
    let place = before_today.place.expect("a place was used before");
    assert_eq!(place.place_id.as_deref(), Some(tuesday.as_str()), "with nothing today, the latest day's place");
    assert_eq!(place.date, days_ago(1), "the form can say the place is yesterday's");

    // Today: first at someone's home, then at today's stop; the latest of today wins.
    record(
        &mut store,
        &ActivityInput {
            place_type: PlaceType::AtHome,
            commune: felletin(),
            themes: vec![Theme::Email],
            ..ActivityInput::individual(&person)
        },
    );
    let at_home = store.record_defaults(ActivityKind::Individual, clock::today()).expect("readable").place;
    let at_home = at_home.expect("today's record gives the place");
    assert_eq!(at_home.place_type, PlaceType::AtHome, "today's only record was at home");
    assert_eq!(at_home.commune, felletin(), "with its commune");
    assert_eq!(at_home.place_id, None, "a visit at home names no place of activity");
    record(&mut store, &at_place(&person, &today, clock::today(), &[Theme::Email], 30));
    // Another earlier day typed after today's records changes nothing either.
    record(&mut store, &at_place(&person, &monday, days_ago(5), &[Theme::Email], 30));
    let place = store.record_defaults(ActivityKind::Individual, clock::today()).expect("readable").place;
    let place = place.expect("today's records give the place");
    assert_eq!(place.place_id.as_deref(), Some(today.as_str()), "the latest record of today is at today's stop");
    assert_eq!((place.place_type, place.date), (PlaceType::PlaceOfActivity, clock::today()), "a place of today");
}

#[test]
fn themes_and_durations_come_most_used_first_from_recent_records_of_the_same_kind() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Karim", "Benali").id;
    let other = add_person(&mut store, "Olena", "Shevchenko").id;
    let office = add_place(&mut store, "Bureau de poste");
    let procedure = [Theme::AdministrativeProcedureHelp, Theme::SocialHealth];
    for _ in 0..3 {
        record(&mut store, &at_place(&person, &office, days_ago(3), &procedure, 45));
    }
    record(&mut store, &at_place(&person, &office, days_ago(2), &[Theme::Email, Theme::AdministrativeProcedureHelp], 30));
    record(&mut store, &at_place(&person, &office, days_ago(1), &[Theme::Email], 30));
    record(&mut store, &at_place(&person, &office, days_ago(1), &[Theme::SocialNetworks], 20));
    // Last year's habits and workshops do not order today's individual form.
    for _ in 0..10 {
        record(&mut store, &at_place(&person, &office, days_ago(RECENT_DAYS + 10), &[Theme::Health], 90));
    }
    record(
        &mut store,
        &ActivityInput {
            kind: ActivityKind::Workshop,
            workshop_title: "Éviter les arnaques".into(),
            workshop_level: Some(WorkshopLevel::Beginner),
            participants: vec![person.clone(), other.clone()],
            ..at_place(&person, &office, days_ago(1), &[Theme::DigitalSecurity], 120)
        },
    );

    let individual = store.record_defaults(ActivityKind::Individual, clock::today()).expect("readable");
    assert_eq!(
        individual.themes,
        [Theme::AdministrativeProcedureHelp, Theme::SocialHealth, Theme::Email, Theme::SocialNetworks],
        "4 procedure helps, then 3 social-health and 2 e-mails, then 1 social network (no health: too old; \
         no security: a workshop's)"
    );
    assert_eq!(individual.durations_minutes, [45, 30, 20], "3 × 45 min, then 2 × 30 min, then 1 × 20 min: most used first");

    let workshops = store.record_defaults(ActivityKind::Workshop, clock::today()).expect("readable");
    assert_eq!(workshops.themes, [Theme::DigitalSecurity], "a workshop form learns from workshops only");
    assert_eq!(workshops.durations_minutes, [120], "the workshop's duration");
}

#[test]
fn the_duration_tie_is_broken_by_length() {
    let mut store = TestStore::new();
    let person = add_person(&mut store, "Jeanne", "Martin").id;
    let office = add_place(&mut store, "Bureau de poste");
    for minutes in [45, 45, 30, 30, 30, 60] {
        record(&mut store, &at_place(&person, &office, days_ago(1), &[Theme::Email], minutes));
    }
    let defaults = store.record_defaults(ActivityKind::Individual, clock::today()).expect("readable");
    assert_eq!(defaults.durations_minutes, [30, 45, 60], "three 30s, two 45s, one 60");
}

#[test]
fn an_anonymous_person_already_accompanied_before_has_no_first_accompaniment_here() {
    let mut store = TestStore::new();
    let office = add_place(&mut store, "Bureau de poste");
    let returning = store.create_anonymous_beneficiary(true).expect("an anonymous person is recorded");
    let newcomer = store.create_anonymous_beneficiary(false).expect("an anonymous person is recorded");
    assert!(returning.anonymous && newcomer.anonymous, "both are recorded without a name");
    for (person, first) in [(&returning, false), (&newcomer, true)] {
        let recorded = store
            .record_activity(&at_place(&person.id, &office, clock::today(), &[Theme::Email], 30))
            .expect("a valid record");
        assert_eq!(
            recorded.participants[0].first_accompaniment, first,
            "the national 'first accompaniment' follows what the mediator said of the person"
        );
    }
    let again = store
        .record_activity(&at_place(&newcomer.id, &office, clock::today(), &[Theme::Email], 30))
        .expect("a valid record");
    assert!(!again.participants[0].first_accompaniment, "the newcomer's second visit is not a first one");
}

fn workshop_with(counts: AnonymousParticipants) -> ActivityInput {
    ActivityInput {
        kind: ActivityKind::Workshop,
        place_type: PlaceType::Remote,
        themes: vec![Theme::DigitalSecurity],
        workshop_title: "Éviter les arnaques".into(),
        participants: Vec::new(),
        anonymous_participants: Some(counts),
        ..ActivityInput::individual("")
    }
}

fn refusals(input: &ActivityInput) -> Vec<ValidationError> {
    match input.validated(clock::today()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.as_slice().to_vec(),
    }
}

#[test]
fn counts_that_would_wrap_around_a_32_bit_sum_are_refused_and_every_group_is_named() {
    // Two halves of 2³² add up to 0 in 32-bit arithmetic: such a sum must not pass as "≤ total".
    let half = 1u32 << 31;
    let mut counts = AnonymousParticipants { total: 5, already_accompanied: u32::MAX, ..Default::default() };
    counts.by_gender = BTreeMap::from([(Gender::Female, half), (Gender::Male, half)]);
    counts.by_age_band = BTreeMap::from([(AgeBand::From70, u32::MAX), (AgeBand::NotCommunicated, 1)]);
    counts.by_social_status = BTreeMap::from([(SocialStatus::Retired, u32::MAX), (SocialStatus::Employed, u32::MAX)]);
    let broken = refusals(&workshop_with(counts));
    assert_eq!(
        broken,
        [
            ValidationError::AnonymousCountExceedsTotal { group: "alreadyAccompanied" },
            ValidationError::AnonymousCountExceedsTotal { group: "gender" },
            ValidationError::AnonymousCountExceedsTotal { group: "ageBand" },
            ValidationError::AnonymousCountExceedsTotal { group: "socialStatus" },
        ],
        "every group over the total is refused at once, however large its counts"
    );
    let fields: Vec<_> = broken.iter().map(ValidationError::field).collect();
    assert_eq!(
        fields,
        [Some("anonymousAlreadyAccompanied"), Some("anonymousGender"), Some("anonymousAgeBand"), Some("anonymousSocialStatus")],
        "each refusal is shown beside its own group"
    );

    let huge = AnonymousParticipants { total: u32::MAX, ..Default::default() };
    assert_eq!(
        refusals(&workshop_with(huge)),
        [ValidationError::AnonymousTotalTooLarge { max: MAX_ANONYMOUS_PARTICIPANTS }],
        "the total's ceiling holds at the largest count"
    );
    let at_ceiling = AnonymousParticipants {
        total: MAX_ANONYMOUS_PARTICIPANTS,
        already_accompanied: MAX_ANONYMOUS_PARTICIPANTS,
        ..Default::default()
    };
    assert_eq!(refusals(&workshop_with(at_ceiling)), [], "the ceiling itself is allowed, and a group equal to it");
}

fn any_counts<K: Ord + std::fmt::Debug + Clone + 'static>(
    keys: &'static [K],
) -> impl Strategy<Value = BTreeMap<K, u32>> {
    proptest::collection::vec((0..keys.len(), any::<u32>()), 0..6)
        .prop_map(move |pairs| pairs.into_iter().map(|(key, count)| (keys[key].clone(), count)).collect())
}

proptest! {
    #[test]
    fn any_counts_are_judged_by_their_true_sums(
        total in prop_oneof![0u32..20, any::<u32>()],
        already in prop_oneof![0u32..20, any::<u32>()],
        by_gender in any_counts(&[Gender::Female, Gender::Male, Gender::NotCommunicated]),
        by_age_band in any_counts(&[AgeBand::Under12, AgeBand::From70, AgeBand::NotCommunicated]),
        by_social_status in any_counts(&[SocialStatus::Retired, SocialStatus::Employed, SocialStatus::NotCommunicated]),
    ) {
        fn sum<K>(counts: &BTreeMap<K, u32>) -> u128 {
            counts.values().map(|&n| u128::from(n)).sum()
        }
        let over = |group_sum: u128| group_sum > u128::from(total);
        let expected_over = [over(u128::from(already)), over(sum(&by_gender)), over(sum(&by_age_band)), over(sum(&by_social_status))];
        let counts = AnonymousParticipants { total, already_accompanied: already, by_gender, by_age_band, by_social_status };
        let broken = refusals(&workshop_with(counts));
        let found = ["alreadyAccompanied", "gender", "ageBand", "socialStatus"]
            .map(|group| broken.contains(&ValidationError::AnonymousCountExceedsTotal { group }));
        prop_assert_eq!(found, expected_over, "each group is refused exactly when its true sum exceeds the total");
        prop_assert_eq!(
            broken.contains(&ValidationError::AnonymousTotalTooLarge { max: MAX_ANONYMOUS_PARTICIPANTS }),
            total > MAX_ANONYMOUS_PARTICIPANTS,
            "the ceiling is refused exactly above 10,000"
        );
    }
}
