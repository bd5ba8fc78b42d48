//! The follow-up list: overdue, today and the next seven days, each item one action away from
//! the person's file. The day is a parameter, so every case is set relative to it.

use chrono::{Days, Months};
use escale_core::demo::{self, DemoOptions};
use escale_core::procedure::follow_up::{FollowUp, FollowUpItem};
use escale_core::procedure::{ProcedureDetails, ProcedureInput};
use escale_core::vocabulary::{FollowUpReason, ProcedureStatus};
use escale_core::clock;

use super::{days_ago, started, walk};
use crate::support::{TestStore, add_person};

use FollowUpReason::*;
use ProcedureStatus::*;

/// (reason, last name) of each item, in the list's order.
fn summary(items: &[FollowUpItem]) -> Vec<(FollowUpReason, String)> {
    items.iter().map(|item| (item.reason, item.last_name.clone())).collect()
}

fn total(follow_up: &FollowUp) -> usize {
    follow_up.overdue.len() + follow_up.due_today.len() + follow_up.this_week.len()
}

#[test]
fn the_list_shows_deadlines_renewals_declarations_stuck_procedures_and_call_backs() {
    let mut store = TestStore::new();
    let today = clock::today();
    let with_deadline = |store: &mut TestStore, last_name: &str, days_from_today: i64| {
        let person = add_person(store, "Élodie", last_name);
        let deadline = if days_from_today < 0 {
            today - Days::new(days_from_today.unsigned_abs())
        } else {
            today + Days::new(days_from_today as u64)
        };
        store
            .create_procedure(&ProcedureInput { deadline: Some(deadline), ..ProcedureInput::new(&person.id, "caf_aide_logement") })
            .expect("a procedure with a deadline");
        person
    };
    let late = with_deadline(&mut store, "Avant", -2);
    with_deadline(&mut store, "Aujourdhui", 0);
    with_deadline(&mut store, "Semaine", 5);
    with_deadline(&mut store, "Plustard", 8);

    // A closed procedure's deadline no longer matters.
    let closed = add_person(&mut store, "René", "Close");
    let done = store
        .create_procedure(&ProcedureInput { deadline: Some(today), started_on: Some(days_ago(5)), ..ProcedureInput::new(&closed.id, "ameli_carte_vitale") })
        .expect("valid");
    walk(&mut store, &done, &[(Submitted, days_ago(4)), (Accepted, days_ago(1))]);

    // Submitted 50 days ago; the RSA waits too long after 45 days in that status.
    let stuck = add_person(&mut store, "Moussa", "Bloque");
    let rsa = started(&mut store, &stuck.id, "caf_rsa", 60);
    walk(&mut store, &rsa, &[(Submitted, days_ago(50))]);
    // Submitted 10 days ago; the prime d'activité waits too long only after 30.
    let waiting = add_person(&mut store, "Inès", "Patiente");
    let prime = started(&mut store, &waiting.id, "caf_prime_activite", 12);
    walk(&mut store, &prime, &[(Submitted, days_ago(10))]);

    // Granted 95 days ago: the first quarterly declaration is past, shown a week ahead.
    let declaring = add_person(&mut store, "Fatima", "Declare");
    let granted = started(&mut store, &declaring.id, "caf_prime_activite", 100);
    let granted = walk(&mut store, &granted, &[(Submitted, days_ago(97)), (Accepted, days_ago(95))]);
    let declaration_on = granted.renewal_on.expect("a declaration is scheduled");

    // CSS granted so that its renewal, shown 60 days ahead, is to start in three days.
    let renewing = add_person(&mut store, "Josiane", "Renouvelle");
    let granted_on = (today + Days::new(63)).checked_sub_months(Months::new(12)).expect("a date");
    let css = store
        .create_procedure(&ProcedureInput {
            status: Accepted,
            started_on: Some(granted_on),
            ..ProcedureInput::new(&renewing.id, "ameli_complementaire_sante_solidaire")
        })
        .expect("a right granted last year");
    let renewal_on = css.renewal_on.expect("a renewal is scheduled");

    // The mediator planned to call back today.
    let calling = add_person(&mut store, "Gérard", "Rappel");
    let call = started(&mut store, &calling.id, "retraite_demande", 2);
    store
        .update_procedure(&call.id, &ProcedureDetails { call_back_on: Some(today), ..ProcedureDetails::default() })
        .expect("a call-back day");

    // An erased file keeps its procedure for the statistics, but nobody can be called.
    let erased = with_deadline(&mut store, "Efface", 0);
    store.erase_beneficiary(&erased.id).expect("erased");

    let follow_up = store.follow_up(today).expect("the follow-up list");
    assert_eq!(follow_up.on, today, "the list says which day it is for");
    assert_eq!(
        summary(&follow_up.overdue),
        [(Declaration, "Declare".to_string()), (Stuck, "Bloque".to_string()), (Deadline, "Avant".to_string())],
        "overdue: the declaration (due a week before {declaration_on}), the RSA stuck since day -5, the deadline of day -2, oldest first"
    );
    assert_eq!(
        summary(&follow_up.due_today),
        [(Deadline, "Aujourdhui".to_string()), (CallBack, "Rappel".to_string())],
        "today: a deadline and a call-back; not the closed procedure nor the erased file"
    );
    assert_eq!(
        summary(&follow_up.this_week),
        [(Renewal, "Renouvelle".to_string()), (Deadline, "Semaine".to_string())],
        "this week: the CSS renewal to start in 3 days, the deadline in 5; not the one in 8 days"
    );

    let stuck_item = &follow_up.overdue[1];
    assert_eq!(stuck_item.in_status_since, Some(days_ago(50)), "a stuck item says since when it waits");
    assert_eq!(stuck_item.due_on, days_ago(5), "it has waited too long since day 45 of 'submitted'");
    assert_eq!(stuck_item.status, Submitted, "and in which status");
    let renewal_item = &follow_up.this_week[0];
    assert_eq!(renewal_item.renewal_on, Some(renewal_on), "a renewal item carries the renewal date");
    assert_eq!(renewal_item.due_on, renewal_on - Days::new(60), "and is due 60 days before it, as the catalogue says");
    assert_eq!(follow_up.overdue[2].beneficiary_id, late.id, "each item carries the person's id to open their file");
    assert!(
        follow_up.overdue.iter().chain(&follow_up.due_today).chain(&follow_up.this_week).all(|item| !item.procedure_id.is_empty()),
        "and its procedure's"
    );

    let count = store.follow_up_count(today).expect("the count for the start screen");
    assert_eq!(
        (count.overdue, count.due_today, count.this_week, count.total() as usize),
        (3, 2, 2, total(&follow_up)),
        "the start screen announces exactly what the list shows"
    );
}

#[test]
fn waiting_too_long_follows_each_entry_and_status_threshold() {
    let mut store = TestStore::new();
    let today = clock::today();
    let person = add_person(&mut store, "Chantal", "Perrin");
    let vitale = started(&mut store, &person.id, "ameli_carte_vitale", 10);
    walk(&mut store, &vitale, &[(Submitted, days_ago(10))]);
    assert_eq!(total(&store.follow_up(today).expect("list")), 0, "10 days after submitting, nothing waits too long");
    let before = store.follow_up(today + Days::new(34)).expect("list");
    assert_eq!(total(&before), 0, "day 44 in 'submitted': the carte Vitale's threshold (45) is not reached");
    let on_the_day = store.follow_up(today + Days::new(35)).expect("list");
    assert_eq!(
        summary(&on_the_day.due_today),
        [(Stuck, "Perrin".to_string())],
        "day 45 in 'submitted': it waits too long from that day"
    );
    let later = store.follow_up(today + Days::new(60)).expect("list");
    assert_eq!(summary(&later.overdue), [(Stuck, "Perrin".to_string())], "and stays overdue until it moves");

    // An entry that gives no threshold for 'to do' uses the catalogue's default (14 days).
    let other = add_person(&mut store, "René", "Morel");
    let aah = started(&mut store, &other.id, "caf_aah", 0);
    let fourteen = store.follow_up(today + Days::new(14)).expect("list");
    assert!(
        summary(&fourteen.due_today).contains(&(Stuck, "Morel".to_string())),
        "a procedure left 'to do' for 14 days needs a look: {:?}",
        summary(&fourteen.due_today)
    );
    let moved = walk(&mut store, &aah, &[(WaitingForDocuments, today)]);
    assert_eq!(moved.status, WaitingForDocuments, "moved on");
    let after_move = store.follow_up(today + Days::new(14)).expect("list");
    assert!(
        !summary(&after_move.due_today).contains(&(Stuck, "Morel".to_string())),
        "moving to another status restarts the count (21 days for waiting for documents)"
    );
}

#[test]
fn the_demo_always_has_something_to_follow_up() {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(90)).expect("demo data");
    let follow_up = store.follow_up(clock::today()).expect("the list");
    let reasons: Vec<FollowUpReason> =
        follow_up.overdue.iter().chain(&follow_up.due_today).chain(&follow_up.this_week).map(|item| item.reason).collect();
    assert!(reasons.contains(&Stuck), "the demo has procedures waiting too long: {reasons:?}");
    assert!(reasons.contains(&Deadline), "and deadlines coming: {reasons:?}");
    assert!(
        follow_up.this_week.iter().any(|item| item.reason == Renewal),
        "and a renewal to start this week: {:?}",
        summary(&follow_up.this_week)
    );
}

#[test]
fn the_window_gets_the_list_a_page_at_a_time_with_every_group_counted() {
    let mut store = TestStore::new();
    demo::generate(&mut store, DemoOptions::people(90)).expect("demo data");
    let today = clock::today();
    let whole = store.follow_up(today).expect("the list");
    let lengths = |list: &FollowUp| (list.overdue.len(), list.due_today.len(), list.this_week.len());
    let (overdue, due_today, this_week) = lengths(&whole);
    assert!(overdue >= 2 && this_week >= 2, "the demo has several items in two groups: {:?}", lengths(&whole));
    let totals = |list: &FollowUp| (list.totals.overdue as usize, list.totals.due_today as usize, list.totals.this_week as usize);
    assert_eq!(totals(&whole), (overdue, due_today, this_week), "the whole list counts what it holds");

    let page = store.follow_up_first(today, 1).expect("a page");
    assert_eq!(
        lengths(&page),
        (1, due_today.min(1), 1),
        "a page of one keeps at most the first item of each group"
    );
    assert_eq!(page.overdue[0], whole.overdue[0], "the page begins where the whole list begins");
    assert_eq!(page.this_week[0], whole.this_week[0], "in every group");
    assert_eq!(totals(&page), totals(&whole), "a page still says how many items each group has in all");
    assert_eq!(store.follow_up_count(today).expect("the count"), whole.totals, "the start screen's count is the same");
    assert_eq!(
        lengths(&store.follow_up_first(today, 10_000).expect("a long page")),
        lengths(&whole),
        "a page longer than the list is the whole list"
    );
}
