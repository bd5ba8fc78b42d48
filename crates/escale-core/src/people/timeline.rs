//! A person's timeline: everything that concerns them, newest first, one page at a time —
//! their accompaniments, the workshops they took part in, and each step of their procedures.
//! One query per page, whatever the number of entries (no query per row).

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::audit::PageRequest;
use crate::error::{CoreError, CoreResult};
use crate::storage::Store;
use crate::vocabulary::{ActivityKind, Autonomy, ProcedureEvent, ProcedureStatus, Theme};

/// An accompaniment or a workshop, as a line of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineActivity {
    pub id: String,
    pub kind: ActivityKind,
    pub duration_minutes: u32,
    pub place_name: Option<String>,
    pub commune_name: String,
    pub themes: Vec<Theme>,
    pub procedure_name: String,
    pub workshop_title: String,
    /// Everyone who took part: tracked people and anonymous participants.
    pub participant_count: u32,
    pub notes: String,
    pub next_steps: String,
    /// How autonomous the person was (individual accompaniments).
    pub autonomy: Option<Autonomy>,
}

/// A step of one of the person's procedures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineProcedureStep {
    pub procedure_id: String,
    /// The catalogue id of the procedure's kind.
    pub kind: String,
    /// The name of a structure's own catalogue entry (shipped kinds are translated by id).
    pub custom_kind_label: Option<String>,
    pub event: ProcedureEvent,
    pub status: ProcedureStatus,
    pub note: String,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum TimelineEvent {
    Activity(TimelineActivity),
    ProcedureStep(TimelineProcedureStep),
}

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    /// The day it happened.
    #[ts(type = "string")]
    pub on: NaiveDate,
    pub event: TimelineEvent,
}

/// One page of a person's timeline, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonTimeline {
    pub entries: Vec<TimelineEntry>,
    /// Whether older entries follow this page.
    pub has_more: bool,
}

/// Both kinds of entries in one ordered list: the columns an entry needs, with NULL where the
/// other kind has them. Themes come joined, participants counted, in the same statement.
const TIMELINE: &str = "
    SELECT 'activity' AS source, a.id, a.date AS day, a.created_at AS at, a.kind, a.duration_minutes,
           p.name, a.commune_name,
           (SELECT group_concat(t.theme, ' ') FROM activity_theme t WHERE t.activity_id = a.id),
           a.procedure_name, a.workshop_title,
           (SELECT count(*) FROM accompaniment other WHERE other.activity_id = a.id AND other.deleted_at IS NULL)
             + coalesce(json_extract(a.anonymous_participants, '$.total'), 0),
           a.notes, a.next_steps, NULL, NULL, NULL, a.autonomy
    FROM accompaniment ac
    JOIN activity a ON a.id = ac.activity_id
    LEFT JOIN place p ON p.id = a.place_id
    WHERE ac.beneficiary_id = ?1 AND ac.deleted_at IS NULL AND a.deleted_at IS NULL
  UNION ALL
    SELECT 'step', s.procedure_id, s.happened_on, s.changed_at, pr.kind, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL,
           s.note, NULL, c.label, s.event, s.status, NULL
    FROM procedure pr
    JOIN procedure_status_change s ON s.procedure_id = pr.id
    LEFT JOIN procedure_catalogue_entry c ON c.id = pr.kind
    WHERE pr.beneficiary_id = ?1 AND pr.deleted_at IS NULL
  ORDER BY day DESC, at DESC
  LIMIT ?2 OFFSET ?3";

impl Store {
    /// A page of everything that concerns a person, newest first.
    pub fn person_timeline(&self, beneficiary_id: &str, page: PageRequest) -> CoreResult<PersonTimeline> {
        self.beneficiary(beneficiary_id)?;
        let limit = page.limit.clamp(1, 500);
        let unreadable = |id: &str| CoreError::StoredValueUnreadable { entity: "timeline", id: id.to_string() };
        let mut statement = self.reader().prepare_cached(TIMELINE)?;
        let mut rows = statement.query(params![beneficiary_id, limit + 1, page.offset])?;
        let mut entries = Vec::new();
        while let Some(row) = rows.next()? {
            let source: String = row.get(0)?;
            let id: String = row.get(1)?;
            let day: String = row.get(2)?;
            let on: NaiveDate = day.parse().map_err(|_| unreadable(&id))?;
            let event = if source == "activity" {
                let themes: Option<String> = row.get(8)?;
                let themes = themes
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(|code| code.parse::<Theme>().map_err(|_| unreadable(&id)))
                    .collect::<CoreResult<Vec<_>>>()?;
                TimelineEvent::Activity(TimelineActivity {
                    kind: row.get(4)?,
                    duration_minutes: row.get(5)?,
                    place_name: row.get(6)?,
                    commune_name: row.get(7)?,
                    themes,
                    procedure_name: row.get(9)?,
                    workshop_title: row.get(10)?,
                    participant_count: row.get(11)?,
                    notes: row.get(12)?,
                    next_steps: row.get(13)?,
                    autonomy: row.get(17)?,
                    id,
                })
            } else {
                TimelineEvent::ProcedureStep(TimelineProcedureStep {
                    kind: row.get(4)?,
                    note: row.get(12)?,
                    custom_kind_label: row.get(14)?,
                    event: row.get(15)?,
                    status: row.get(16)?,
                    procedure_id: id,
                })
            };
            entries.push(TimelineEntry { on, event });
        }
        let has_more = entries.len() > limit as usize;
        entries.truncate(limit as usize);
        Ok(PersonTimeline { entries, has_more })
    }
}
