//! Statistics of a period, and the facts they rest on computed at the activity's own date: a
//! record entered late, or a merge, changes who was new and when.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use escale_core::activity::{ActivityInput, AnonymousParticipants};
use escale_core::clock;
use escale_core::commune::Commune;
use escale_core::organisation::PlaceInput;
use escale_core::stats::{Share, Statistics, StatisticsQuery};
use escale_core::vocabulary::{
    ActivityKind, AgeBand, DurationBand, Equipment, Gender, PlaceType, SocialStatus, Theme,
};
use escale_core::{Store, ValidationError};

use crate::support::{TestStore, add_person, person, validation_error};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a day")
}

/// An individual accompaniment of `person` on `date`, 30 minutes, remote, e-mail.
fn accompany(store: &mut Store, person: &str, date: NaiveDate) -> String {
    store
        .record_activity(&ActivityInput {
            themes: vec![Theme::Email],
            date,
            ..ActivityInput::individual(person)
        })
        .expect("a valid accompaniment")
        .id
}

/// Whether `person`'s accompaniment in activity `id` is flagged as their first.
fn is_first(store: &Store, id: &str, person: &str) -> bool {
    store
        .activity(id)
        .expect("readable")
        .participants
        .iter()
        .find(|participant| participant.beneficiary_id == person)
        .expect("the person takes part")
        .first_accompaniment
}

fn statistics(store: &Store, from: NaiveDate, to: NaiveDate) -> Statistics {
    store
        .statistics(&StatisticsQuery { from, to, place_id: None })
        .expect("statistics of a valid period")
}

fn count_of<K: PartialEq + std::fmt::Debug>(shares: &[Share<K>], key: K) -> u64 {
    shares
        .iter()
        .find(|share| share.key == key)
        .unwrap_or_else(|| panic!("{key:?} is listed, zero or not"))
        .count
}

#[test]
fn a_record_entered_late_for_an_earlier_day_becomes_the_first_accompaniment() {
    let mut store = TestStore::new();
    let today = clock::today();
    let amina = add_person(&mut store, "Amina", "Benali").id;
    let later = accompany(&mut store, &amina, today);
    assert!(is_first(&store, &later, &amina), "alone, today's accompaniment is her first");

    let earlier = accompany(&mut store, &amina, today - Days::new(20));
    assert!(
        is_first(&store, &earlier, &amina),
        "the record typed late for 20 days ago is now her first: it happened first"
    );
    assert!(
        !is_first(&store, &later, &amina),
        "today's accompaniment is no longer her first once an earlier one is known"
    );

    let this_week = statistics(&store, today - Days::new(6), today);
    assert_eq!(this_week.totals.people, 1, "she was accompanied this week");
    assert_eq!(
        this_week.totals.new_people, 0,
        "she is not new this week: her first accompaniment was 20 days ago"
    );
    let that_day = statistics(&store, today - Days::new(20), today - Days::new(20));
    assert_eq!(that_day.totals.new_people, 1, "she was new on the day of her first accompaniment");

    store.delete_activity(&earlier).expect("the late record is deleted");
    assert!(
        is_first(&store, &later, &amina),
        "with the earlier record deleted, today's is her first again"
    );
    assert_eq!(
        statistics(&store, today - Days::new(6), today).totals.new_people,
        1,
        "and she counts as new this week again"
    );
}

#[test]
fn two_accompaniments_on_one_day_make_exactly_one_first() {
    let mut store = TestStore::new();
    let today = clock::today();
    let paul = add_person(&mut store, "Paul", "Martin").id;
    let morning = accompany(&mut store, &paul, today);
    let afternoon = accompany(&mut store, &paul, today);
    assert!(is_first(&store, &morning, &paul), "the one recorded first that day is the first");
    assert!(!is_first(&store, &afternoon, &paul), "the second of the same day is not: one first per person");
}

#[test]
fn a_merge_moves_the_first_accompaniment_to_the_earliest_of_both_records() {
    let mut store = TestStore::new();
    let today = clock::today();
    let kept = add_person(&mut store, "Fatou", "Diallo").id;
    let duplicate = add_person(&mut store, "Fatou", "Dialo").id;
    let recent = accompany(&mut store, &kept, today - Days::new(2));
    let old = accompany(&mut store, &duplicate, today - Days::new(40));
    assert!(is_first(&store, &recent, &kept), "before the merge, each record has its own first");
    assert!(is_first(&store, &old, &duplicate), "before the merge, each record has its own first");
    let week = statistics(&store, today - Days::new(6), today);
    assert_eq!(week.totals.new_people, 1, "before the merge, the kept record looks new this week");

    let merge = store.merge_beneficiaries(&kept, &duplicate).expect("the duplicate is merged");
    assert!(is_first(&store, &old, &kept), "the older accompaniment, now hers, is her first");
    assert!(!is_first(&store, &recent, &kept), "the recent one is no longer a first");
    assert_eq!(
        statistics(&store, today - Days::new(6), today).totals.new_people,
        0,
        "after the merge she is not new this week: she came 40 days ago"
    );
    let both = statistics(&store, today - Days::new(60), today);
    assert_eq!(both.totals.people, 1, "one person after the merge, not two");
    assert_eq!(both.totals.accompaniments, 2, "her two accompaniments both count");

    store.undo_merge(&merge.id).expect("the merge is undone");
    assert!(is_first(&store, &recent, &kept), "undoing the merge gives each record its first back");
    assert_eq!(
        statistics(&store, today - Days::new(60), today).totals.people,
        2,
        "two records again after the undo"
    );
}

#[test]
fn someone_accompanied_elsewhere_before_is_never_new_here() {
    let mut store = TestStore::new();
    let today = clock::today();
    let met_before = store
        .create_beneficiary_met_before(&person("Jean", "Moreau"), true)
        .expect("a person already accompanied elsewhere")
        .id;
    let id = accompany(&mut store, &met_before, today);
    assert!(!is_first(&store, &id, &met_before), "accompanied before: not a first accompaniment");
    assert_eq!(
        statistics(&store, today, today).totals.new_people,
        0,
        "and not a new person"
    );
}

#[test]
fn the_age_band_is_the_one_on_the_day_of_the_activity() {
    let mut store = TestStore::new();
    let this_year = clock::today().year();
    // 17 last year, 18 this year: the band changes on 1 January.
    let lina = store
        .create_beneficiary(&escale_core::beneficiary::BeneficiaryInput {
            birth_year: Some(this_year - 18),
            ..person("Lina", "Haddad")
        })
        .expect("a valid person")
        .id;
    let last_year = NaiveDate::from_ymd_opt(this_year - 1, 6, 15).expect("a day");
    let this_year_day = NaiveDate::from_ymd_opt(this_year, 1, 10).expect("a day");
    accompany(&mut store, &lina, last_year);
    accompany(&mut store, &lina, this_year_day);

    let then = statistics(&store, last_year, last_year);
    assert_eq!(count_of(&then.age_bands, AgeBand::From12To17), 1, "last year she was 17");
    assert_eq!(count_of(&then.age_bands, AgeBand::From18To24), 0, "not yet 18 last year");
    let now = statistics(&store, this_year_day, this_year_day);
    assert_eq!(count_of(&now.age_bands, AgeBand::From18To24), 1, "this year she is 18");
    let both = statistics(&store, last_year, this_year_day);
    assert_eq!(
        count_of(&both.age_bands, AgeBand::From18To24),
        1,
        "over both years she counts once, at her age on her latest activity of the period"
    );
    assert_eq!(count_of(&both.age_bands, AgeBand::From12To17), 0, "and not twice");
}

/// A small month: one place, three people, individual accompaniments and a workshop with
/// tracked and anonymous participants, plus one activity outside the month and one elsewhere.
#[test]
fn a_period_counts_activities_people_and_their_breakdowns() {
    let mut store = TestStore::new();
    let today = clock::today();
    let first = today.with_day(1).expect("a first day");
    let saint_denis = Commune { name: "Saint-Denis".into(), postal_code: "93200".into(), insee_code: "93066".into() };
    let post_office = store
        .create_place(&PlaceInput { name: "Bureau de poste".into(), address: String::new(), commune: saint_denis.clone() })
        .expect("a place")
        .id;
    let bus = store
        .create_place(&PlaceInput { name: "Bus de Belleville".into(), address: String::new(), commune: Commune::default() })
        .expect("a place")
        .id;
    let woman = store
        .create_beneficiary(&escale_core::beneficiary::BeneficiaryInput {
            gender: Gender::Female,
            social_status: SocialStatus::Retired,
            birth_year: Some(first.year() - 75),
            commune: saint_denis.clone(),
            ..person("Odette", "Lambert")
        })
        .expect("a person")
        .id;
    let man = store
        .create_beneficiary(&escale_core::beneficiary::BeneficiaryInput {
            gender: Gender::Male,
            social_status: SocialStatus::Unemployed,
            birth_year: Some(first.year() - 30),
            ..person("Karim", "Saïdi")
        })
        .expect("a person")
        .id;
    let anonymous = store.create_anonymous_beneficiary(false).expect("an anonymous person").id;

    let at_post_office = |person: &str, minutes: u32, themes: Vec<Theme>| ActivityInput {
        date: first,
        duration_minutes: minutes,
        place_type: PlaceType::PlaceOfActivity,
        place_id: Some(post_office.clone()),
        themes,
        equipment: vec![Equipment::Computer],
        ..ActivityInput::individual(person)
    };
    store
        .record_activity(&at_post_office(
            &woman,
            45,
            vec![Theme::AdministrativeProcedureHelp, Theme::Housing],
        ))
        .expect("recorded");
    store.record_activity(&at_post_office(&man, 20, vec![Theme::Email])).expect("recorded");
    store.record_activity(&at_post_office(&anonymous, 90, vec![Theme::Email])).expect("recorded");
    store
        .record_activity(&ActivityInput {
            kind: ActivityKind::Workshop,
            workshop_title: "Premiers pas sur la tablette".into(),
            date: first,
            duration_minutes: 120,
            place_type: PlaceType::PlaceOfActivity,
            place_id: Some(bus.clone()),
            themes: vec![Theme::HandlingEquipment],
            equipment: vec![Equipment::Tablet],
            participants: vec![woman.clone(), man.clone()],
            anonymous_participants: Some(AnonymousParticipants {
                total: 5,
                already_accompanied: 2,
                by_gender: BTreeMap::from([(Gender::Female, 3)]),
                ..AnonymousParticipants::default()
            }),
            ..ActivityInput::individual(&woman)
        })
        .expect("a workshop");
    // Outside the period: the day before it.
    accompany(&mut store, &man, first - Days::new(1));

    let month = statistics(&store, first, today);
    let totals = &month.totals;
    assert_eq!(totals.activities, 4, "three individual accompaniments and a workshop in the month");
    assert_eq!((totals.individual_activities, totals.workshops), (3, 1), "by kind");
    assert_eq!(
        totals.accompaniments, 10,
        "3 individual + 2 tracked workshop participants + 5 anonymous ones"
    );
    assert_eq!(totals.individual_accompaniments, 3, "one per individual accompaniment");
    assert_eq!(totals.workshop_participants, 7, "2 tracked and 5 anonymous participants");
    assert_eq!(totals.followed_people, 2, "Odette and Karim, counted once each");
    assert_eq!(totals.anonymous_people, 6, "the anonymous record and the 5 anonymous participants");
    assert_eq!(totals.people, 8, "followed and anonymous people");
    assert_eq!(
        totals.new_people, 5,
        "Odette and the anonymous record are new; Karim came the day before; 3 of the 5 participants are new"
    );

    assert_eq!(count_of(&month.digital_themes, Theme::Email), 2, "two activities about e-mail");
    assert_eq!(
        count_of(&month.administrative_themes, Theme::Housing),
        1,
        "housing is an administrative theme, listed with them"
    );
    assert!(
        month.digital_themes.iter().all(|share| !share.key.is_administrative())
            && month.administrative_themes.iter().all(|share| share.key.is_administrative()),
        "each list holds its own kind of theme"
    );
    let email = month.digital_themes.iter().find(|share| share.key == Theme::Email).expect("listed");
    assert!((email.percent - 50.0).abs() < 1e-9, "2 of 4 activities: 50 %, got {}", email.percent);
    assert_eq!(count_of(&month.equipment, Equipment::Computer), 3, "the three at the post office");
    assert_eq!(count_of(&month.channels, PlaceType::PlaceOfActivity), 4, "all at a place of activity");
    assert_eq!(count_of(&month.durations, DurationBand::Under30Minutes), 1, "20 minutes");
    assert_eq!(count_of(&month.durations, DurationBand::From30MinutesTo1Hour), 1, "45 minutes");
    assert_eq!(count_of(&month.durations, DurationBand::From1HourTo2Hours), 1, "90 minutes");
    assert_eq!(count_of(&month.durations, DurationBand::From2Hours), 1, "the 2-hour workshop");
    assert_eq!(
        month.places.iter().map(|place| (place.name.as_str(), place.count)).collect::<Vec<_>>(),
        vec![("Bureau de poste", 3), ("Bus de Belleville", 1)],
        "places by number of activities, most first"
    );

    assert_eq!(count_of(&month.genders, Gender::Female), 4, "Odette and 3 anonymous participants");
    assert_eq!(count_of(&month.genders, Gender::Male), 1, "Karim");
    assert_eq!(
        count_of(&month.genders, Gender::NotCommunicated),
        3,
        "the anonymous record and the 2 participants whose gender was not counted"
    );
    assert_eq!(
        month.genders.iter().map(|share| share.count).sum::<u64>(),
        totals.people,
        "every person is in exactly one gender"
    );
    assert_eq!(count_of(&month.age_bands, AgeBand::From70), 1, "Odette is 75");
    assert_eq!(count_of(&month.social_statuses, SocialStatus::Retired), 1, "Odette is retired");
    let commune = month.communes.iter().find(|share| share.commune.insee_code == "93066").expect("Saint-Denis");
    assert_eq!(commune.count, 1, "one person lives in Saint-Denis");

    let last = month.months.last().expect("twelve months");
    assert_eq!(month.months.len(), 12, "a year of months");
    assert_eq!(last.month, first, "the series ends with the period's month");
    assert_eq!(last.accompaniments, 10, "this month's accompaniments, as in the totals");
    assert_eq!(
        month.months[10].accompaniments, 1,
        "the month before holds Karim's accompaniment of the day before the period"
    );

    let bus_only = store
        .statistics(&StatisticsQuery { from: first, to: today, place_id: Some(bus) })
        .expect("statistics of one place");
    assert_eq!(bus_only.totals.activities, 1, "only the workshop happened in the bus");
    assert_eq!(bus_only.totals.accompaniments, 7, "its 2 tracked and 5 anonymous participants");
}

#[test]
fn an_empty_period_has_zeros_and_every_value_listed() {
    let store = TestStore::new();
    let today = clock::today();
    let empty = statistics(&store, today - Days::new(30), today);
    assert_eq!(empty.totals, Default::default(), "nothing recorded: every total is zero");
    assert_eq!(empty.genders.len(), Gender::ALL.len(), "every gender is listed, at zero");
    assert!(
        empty.genders.iter().all(|share| share.percent == 0.0),
        "no division by zero: percentages of nothing are zero"
    );
    assert_eq!(empty.months.len(), 12, "a year of empty months");
}

#[test]
fn a_period_that_ends_before_it_starts_or_is_too_long_is_refused() {
    let store = TestStore::new();
    let error = validation_error(store.statistics(&StatisticsQuery {
        from: day("2026-03-01"),
        to: day("2026-02-01"),
        place_id: None,
    }));
    assert_eq!(error, ValidationError::PeriodEndsBeforeStart, "the end comes before the start");
    assert_eq!(error.field(), Some("to"), "shown beside the period's end");
    let error = validation_error(store.statistics(&StatisticsQuery {
        from: day("0206-01-01"),
        to: day("2026-01-01"),
        place_id: None,
    }));
    assert!(
        matches!(error, ValidationError::PeriodTooLong { .. }),
        "a mistyped year gives an error, not a scan of 1,800 years: {error:?}"
    );
}

/// The questions the screen, the exports and the report ask: the year to today, each of the
/// last thirteen months, each place alone over the year, and a period across a new year.
fn usual_questions(store: &Store) -> Vec<StatisticsQuery> {
    let today = clock::today();
    let year = StatisticsQuery { from: today - Days::new(364), to: today, place_id: None };
    let mut questions = vec![year.clone()];
    let this_month = today.with_day(1).expect("a first day");
    for back in 0..13 {
        let first = this_month - chrono::Months::new(back);
        let last = (first + chrono::Months::new(1)).pred_opt().expect("a last day");
        questions.push(StatisticsQuery { from: first, to: last, place_id: None });
    }
    for place in store.places().expect("the places") {
        questions.push(StatisticsQuery { place_id: Some(place.id), ..year.clone() });
    }
    let new_year = NaiveDate::from_ymd_opt(today.year(), 1, 1).expect("a new year's day");
    questions.push(StatisticsQuery { from: new_year - Days::new(20), to: new_year + Days::new(20), place_id: None });
    questions
}

/// Every usual question answered from the days kept (`statistics`) and from every row
/// (`statistics_from_every_row`, the reference): the same figures, to the last percentage.
fn assert_days_agree_with_rows(store: &Store, after: &str) {
    for question in usual_questions(store) {
        let from_days = store.statistics(&question).expect("statistics from the days");
        let from_rows = store.statistics_from_every_row(&question).expect("statistics from every row");
        assert_eq!(from_days, from_rows, "after {after}: the days add up to what every row says, for {question:?}");
    }
}

fn stale_days(store: &TestStore) -> i64 {
    store
        .raw()
        .query_row("SELECT count(*) FROM statistics_stale_day", [], |row| row.get(0))
        .expect("the stale days are countable")
}

#[test]
fn the_figures_kept_by_day_are_those_of_every_row_whatever_changes() {
    let mut store = TestStore::new();
    escale_core::demo::generate(&mut store, escale_core::demo::DemoOptions::people(40)).expect("demo data");
    assert!(stale_days(&store) > 0, "the demo's days are waiting to be counted");
    assert_days_agree_with_rows(&store, "the demo");
    assert_eq!(stale_days(&store), 0, "a reading saved every day it counted: the next reads only the days");

    let today = clock::today();
    let activities = store
        .activities(&escale_core::activity::ActivityFilter { from: Some(today - Days::new(300)), ..Default::default() })
        .expect("the activities");
    let individual: Vec<_> = activities.iter().filter(|activity| activity.kind == ActivityKind::Individual).collect();
    let moved = individual[0];
    let deleted = *individual
        .iter()
        .find(|activity| activity.participants[0].beneficiary_id != moved.participants[0].beneficiary_id)
        .expect("an activity of someone else");

    // An activity moved to an earlier day, another place and other themes.
    let places = store.places().expect("the places");
    let mut input = escale_core::activity::ActivityInput::from(moved);
    input.date = moved.date - Days::new(45);
    input.place_type = PlaceType::PlaceOfActivity;
    input.place_id = places.iter().map(|place| place.id.clone()).find(|id| Some(id) != moved.place_id.as_ref());
    input.themes = vec![Theme::Email, Theme::OfficeSoftware];
    store.update_activity(&moved.id, &input).expect("the activity is corrected");
    assert!(stale_days(&store) >= 2, "its old day and its new day wait to be counted again");
    assert_days_agree_with_rows(&store, "an activity moved to another day and place");

    store.delete_activity(&deleted.id).expect("deleted");
    assert_days_agree_with_rows(&store, "a deletion");
    store.restore_activity(&deleted.id).expect("restored");
    assert_days_agree_with_rows(&store, "a restored deletion");

    // A person's facts: the people breakdowns read them as they are now.
    let someone = moved.participants[0].beneficiary_id.clone();
    let mut facts = escale_core::beneficiary::BeneficiaryInput::from(&store.beneficiary(&someone).expect("a person"));
    facts.gender = Gender::Female;
    facts.birth_year = Some(today.year() - 19);
    facts.commune = Commune { name: "Lavans-lès-Saint-Claude".into(), postal_code: "39170".into(), insee_code: "39286".into() };
    facts.social_status = SocialStatus::InSchool;
    store.update_beneficiary(&someone, &facts).expect("the person is corrected");
    assert_days_agree_with_rows(&store, "a person's gender, age, commune and status corrected");

    let other = deleted.participants[0].beneficiary_id.clone();
    let merge = store.merge_beneficiaries(&someone, &other).expect("two records of one person merged");
    assert_days_agree_with_rows(&store, "a merge");
    store.undo_merge(&merge.id).expect("the merge is undone");
    assert_days_agree_with_rows(&store, "an undone merge");
    store.erase_beneficiary(&other).expect("a person erased");
    assert_days_agree_with_rows(&store, "an erasure");

    store
        .record_activity(&escale_core::activity::ActivityInput {
            kind: ActivityKind::Workshop,
            date: today - Days::new(3),
            workshop_title: "Premiers pas sur la tablette".into(),
            themes: vec![Theme::Email],
            participants: vec![someone.clone()],
            anonymous_participants: Some(AnonymousParticipants {
                total: 7,
                already_accompanied: 2,
                by_gender: BTreeMap::from([(Gender::Female, 4)]),
                by_age_band: BTreeMap::from([(AgeBand::From60To69, 5)]),
                by_social_status: BTreeMap::new(),
            }),
            ..escale_core::activity::ActivityInput::individual(&someone)
        })
        .expect("a workshop");
    assert_days_agree_with_rows(&store, "a workshop with anonymous participants");

    // Read back after reopening: the saved days, not what this connection computed.
    store.reopen();
    assert_days_agree_with_rows(&store, "reopening the store");
}

#[test]
fn a_day_kept_unreadable_is_counted_again_from_the_rows() {
    let mut store = TestStore::new();
    escale_core::demo::generate(&mut store, escale_core::demo::DemoOptions::people(10)).expect("demo data");
    let today = clock::today();
    let year = StatisticsQuery { from: today - Days::new(364), to: today, place_id: None };
    let expected = store.statistics(&year).expect("statistics");
    let damaged = store
        .raw()
        .execute("UPDATE statistics_day SET figures = '{\"activities\": \"many\"}', people = x'00'", [])
        .expect("the kept days are damaged");
    assert!(damaged > 0, "there were days to damage");
    assert_eq!(
        store.statistics(&year).expect("statistics despite the damage"),
        expected,
        "days that cannot be read are counted again from the rows, which did not change"
    );
    assert!(stale_days(&store) > 0, "and marked so that a later reading saves them again");
    assert_eq!(store.statistics(&year).expect("statistics"), expected, "that later reading gives the same");
    assert_eq!(stale_days(&store), 0, "and saved them");
}
