//! What needs following up: overdue, today, and in the next seven days.
//!
//! Five reasons, all read from the procedures themselves so the list can never drift from them:
//! the deadline of an open procedure; a renewal or a recurring declaration coming due (shown
//! `notice_days` ahead, from the catalogue); a procedure waiting too long in one status
//! (threshold per catalogue entry and status); and a call-back day the mediator set on a
//! procedure. Each item carries the person's id, so a screen opens their file in one action.
//!
//! The day is a parameter: the window and the CLI pass today, tests pass the day they need.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::catalogue::{self, CatalogueEntry};
use super::stored_day;
use crate::error::CoreResult;
use crate::storage::Store;
use crate::vocabulary::{FollowUpReason, ProcedureStatus, RecurrenceKind};

/// How far ahead "this week" looks, in days after today.
pub const WEEK_AHEAD_DAYS: u64 = 7;

/// One thing to do about one person's procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpItem {
    pub reason: FollowUpReason,
    /// The day to act: the deadline, the call-back day, the day a renewal or declaration should
    /// be started, the day the procedure started waiting too long.
    #[ts(type = "string")]
    pub due_on: NaiveDate,
    /// The renewal or declaration date itself, for those reasons.
    #[ts(type = "string | null")]
    pub renewal_on: Option<NaiveDate>,
    /// For a procedure waiting too long: since when it is in its status.
    #[ts(type = "string | null")]
    pub in_status_since: Option<NaiveDate>,
    pub beneficiary_id: String,
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    pub procedure_id: String,
    pub kind: String,
    pub custom_kind_label: Option<String>,
    pub status: ProcedureStatus,
    pub reference: String,
}

/// The follow-up list of a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUp {
    #[ts(type = "string")]
    pub on: NaiveDate,
    /// Due before `on`, oldest first.
    pub overdue: Vec<FollowUpItem>,
    pub due_today: Vec<FollowUpItem>,
    /// Due in the seven days after `on`, soonest first.
    pub this_week: Vec<FollowUpItem>,
    /// How many items each group has in all; a page of the list may hold fewer
    /// ([`Store::follow_up_first`]).
    pub totals: FollowUpCount,
}

/// How many items the start screen announces.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpCount {
    pub overdue: u32,
    pub due_today: u32,
    pub this_week: u32,
}

impl FollowUpCount {
    pub fn total(&self) -> u32 {
        self.overdue + self.due_today + self.this_week
    }
}

/// A procedure as the follow-up reads it.
struct Candidate {
    item: FollowUpItem,
    deadline: Option<NaiveDate>,
    renewal_on: Option<NaiveDate>,
    call_back_on: Option<NaiveDate>,
    in_status_since: Option<NaiveDate>,
}

/// The items of one procedure due on or before `horizon`.
fn items_of(candidate: &Candidate, entry: Option<&CatalogueEntry>, today: NaiveDate, horizon: NaiveDate) -> Vec<FollowUpItem> {
    let mut items = Vec::new();
    let mut push = |reason, due_on: NaiveDate, renewal_on, in_status_since| {
        items.push(FollowUpItem { reason, due_on, renewal_on, in_status_since, ..candidate.item.clone() });
    };
    let open = !candidate.item.status.is_closed();
    if let Some(deadline) = candidate.deadline.filter(|day| open && *day <= horizon) {
        push(FollowUpReason::Deadline, deadline, None, None);
    }
    if let Some(renewal_on) = candidate.renewal_on {
        let recurrence = entry.and_then(|entry| entry.recurrence);
        let notice = recurrence.map_or(0, |recurrence| u64::from(recurrence.notice_days));
        let reason = match recurrence.map(|recurrence| recurrence.kind) {
            Some(RecurrenceKind::Declaration) => FollowUpReason::Declaration,
            _ => FollowUpReason::Renewal,
        };
        let due_on = renewal_on.checked_sub_days(Days::new(notice)).unwrap_or(renewal_on);
        if due_on <= horizon {
            push(reason, due_on, Some(renewal_on), None);
        }
    }
    if let (true, Some(since), Some(entry)) = (open, candidate.in_status_since, entry)
        && let Some(&days) = entry.waiting_too_long.get(&candidate.item.status)
    {
        let stuck_on = since.checked_add_days(Days::new(days.into())).unwrap_or(NaiveDate::MAX);
        // Waiting too long is a fact, not a forecast: it shows once the threshold is reached.
        if stuck_on <= today {
            push(FollowUpReason::Stuck, stuck_on, None, Some(since));
        }
    }
    if let Some(call_back_on) = candidate.call_back_on.filter(|day| *day <= horizon) {
        push(FollowUpReason::CallBack, call_back_on, None, None);
    }
    items
}

impl Store {
    /// What to follow up on `on`: overdue, due that day, due in the seven days after.
    pub fn follow_up(&self, on: NaiveDate) -> CoreResult<FollowUp> {
        let horizon = on.checked_add_days(Days::new(WEEK_AHEAD_DAYS)).unwrap_or(NaiveDate::MAX);
        let connection = self.reader();
        let entries = self.catalogue()?;
        // Only procedures that can have an item by `horizon` are read (and their person joined):
        // with 33,000 procedures, reading them all took a second. The bounds are loose, so the
        // exact rules stay in `items_of`: a renewal is due up to the longest notice ahead, and a
        // procedure is stuck no sooner than the shortest waiting threshold.
        let longest_notice = entries.iter().filter_map(|entry| entry.recurrence).map(|r| r.notice_days).max().unwrap_or(0);
        let shortest_wait = entries.iter().flat_map(|entry| entry.waiting_too_long.values().copied()).min();
        let renewal_horizon = horizon.checked_add_days(Days::new(longest_notice.into()));
        let stuck_since = shortest_wait.and_then(|days| on.checked_sub_days(Days::new(days.into())));
        // Days are stored as YYYY-MM-DD text and compared as text: a bound past the calendar
        // is the last day of 9999, and no threshold at all is NULL, which nothing is below.
        let stored = |day: Option<NaiveDate>| day.map_or_else(|| "9999-12-31".to_owned(), |day| day.to_string());
        // Erased files keep their procedures for the statistics, but nobody can be called back.
        let mut statement = connection.prepare_cached(
            "SELECT p.id, p.beneficiary_id, b.anonymous, b.first_name, b.last_name, p.kind, c.label, p.status, \
               p.reference, p.deadline, p.renewal_on, p.call_back_on, \
               (SELECT max(happened_on) FROM procedure_status_change s \
                 WHERE s.procedure_id = p.id AND s.event <> 'recurrence_done') \
             FROM procedure p JOIN beneficiary b ON b.id = p.beneficiary_id \
             LEFT JOIN procedure_catalogue_entry c ON c.id = p.kind \
             WHERE p.deleted_at IS NULL AND b.deleted_at IS NULL AND b.erased_at IS NULL \
               AND (p.call_back_on <= ?1 OR p.renewal_on <= ?2 \
                    OR (p.status NOT IN ('acceptee', 'refusee', 'abandonnee') \
                        AND (p.deadline <= ?1 \
                             OR (SELECT max(happened_on) FROM procedure_status_change s \
                                  WHERE s.procedure_id = p.id AND s.event <> 'recurrence_done') <= ?3)))",
        )?;
        let stuck_since = stuck_since.map(|day| day.to_string());
        let rows = statement
            .query_map(rusqlite::params![stored(Some(horizon)), stored(renewal_horizon), stuck_since], |row| {
                Ok((
                    FollowUpItem {
                        reason: FollowUpReason::Deadline,
                        due_on: on,
                        renewal_on: None,
                        in_status_since: None,
                        procedure_id: row.get(0)?,
                        beneficiary_id: row.get(1)?,
                        anonymous: row.get(2)?,
                        first_name: row.get(3)?,
                        last_name: row.get(4)?,
                        kind: row.get(5)?,
                        custom_kind_label: row.get(6)?,
                        status: row.get(7)?,
                        reference: row.get(8)?,
                    },
                    [
                        row.get::<_, Option<String>>(9)?,
                        row.get::<_, Option<String>>(10)?,
                        row.get::<_, Option<String>>(11)?,
                        row.get::<_, Option<String>>(12)?,
                    ],
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut items = Vec::new();
        for (item, [deadline, renewal_on, call_back_on, since]) in rows {
            let id = item.procedure_id.clone();
            let candidate = Candidate {
                deadline: stored_day(deadline.as_deref(), "procedure", &id)?,
                renewal_on: stored_day(renewal_on.as_deref(), "procedure", &id)?,
                call_back_on: stored_day(call_back_on.as_deref(), "procedure", &id)?,
                in_status_since: stored_day(since.as_deref(), "procedure", &id)?,
                item,
            };
            let entry = catalogue::shipped()
                .entry(&candidate.item.kind)
                .or_else(|| entries.iter().find(|entry| entry.id == candidate.item.kind));
            items.extend(items_of(&candidate, entry, on, horizon));
        }
        items.sort_by(|a, b| {
            (a.due_on, a.reason, &a.last_name, &a.first_name, &a.procedure_id)
                .cmp(&(b.due_on, b.reason, &b.last_name, &b.first_name, &b.procedure_id))
        });
        let mut follow_up = FollowUp {
            on,
            overdue: Vec::new(),
            due_today: Vec::new(),
            this_week: Vec::new(),
            totals: FollowUpCount::default(),
        };
        for item in items {
            match item.due_on.cmp(&on) {
                std::cmp::Ordering::Less => follow_up.overdue.push(item),
                std::cmp::Ordering::Equal => follow_up.due_today.push(item),
                std::cmp::Ordering::Greater => follow_up.this_week.push(item),
            }
        }
        let count = |items: &[FollowUpItem]| u32::try_from(items.len()).unwrap_or(u32::MAX);
        follow_up.totals = FollowUpCount {
            overdue: count(&follow_up.overdue),
            due_today: count(&follow_up.due_today),
            this_week: count(&follow_up.this_week),
        };
        Ok(follow_up)
    }

    /// As [`Store::follow_up`], each group cut to its first `per_group` items: the window's page
    /// of the list, which never sends or draws thousands of lines at once. `totals` still counts
    /// every item.
    pub fn follow_up_first(&self, on: NaiveDate, per_group: u32) -> CoreResult<FollowUp> {
        let mut follow_up = self.follow_up(on)?;
        let keep = usize::try_from(per_group).unwrap_or(usize::MAX);
        for group in [&mut follow_up.overdue, &mut follow_up.due_today, &mut follow_up.this_week] {
            group.truncate(keep);
        }
        Ok(follow_up)
    }

    /// How many items the follow-up list of `on` has, for the start screen.
    pub fn follow_up_count(&self, on: NaiveDate) -> CoreResult<FollowUpCount> {
        Ok(self.follow_up(on)?.totals)
    }
}
