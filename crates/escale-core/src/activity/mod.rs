//! Activities: individual accompaniments and workshops, recorded with the national vocabulary.
//! Each activity has one accompaniment row per tracked beneficiary.

mod corrections;
pub mod defaults;
pub mod facts;
pub mod export;

pub use corrections::DeletedActivity;

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::audit::{self, AuditAction};
use crate::clock;
use crate::commune::Commune;
use crate::error::{CoreError, CoreResult, RuleChecks, ValidationError, ValidationErrors};
use crate::storage::Store;
use crate::text;
use crate::vocabulary::{
    ActivityKind, AgeBand, Autonomy, Equipment, Gender, PlaceType, RedirectionStructure, SocialStatus,
    Theme, WorkshopLevel,
};

/// The national platform's ceiling for a workshop's anonymous participants.
pub const MAX_ANONYMOUS_PARTICIPANTS: u32 = 10_000;

/// Workshop participants who were not recorded by name: a total and optional breakdowns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AnonymousParticipants {
    pub total: u32,
    /// How many of them had already been accompanied before.
    pub already_accompanied: u32,
    pub by_gender: BTreeMap<Gender, u32>,
    pub by_age_band: BTreeMap<AgeBand, u32>,
    pub by_social_status: BTreeMap<SocialStatus, u32>,
}

impl AnonymousParticipants {
    /// Every broken rule of the counts: the total's ceiling, and each breakdown's sum against
    /// the total. Sums are taken in `u64` over at most a handful of `u32` values (one per code
    /// of a national list), so no count, however large, can wrap around and pass.
    fn broken_rules(&self) -> Vec<ValidationError> {
        fn sum<K>(counts: &BTreeMap<K, u32>) -> u64 {
            counts.values().map(|&count| u64::from(count)).sum()
        }
        let mut broken = Vec::new();
        if self.total > MAX_ANONYMOUS_PARTICIPANTS {
            broken.push(ValidationError::AnonymousTotalTooLarge { max: MAX_ANONYMOUS_PARTICIPANTS });
        }
        let groups: [(&'static str, u64); 4] = [
            ("alreadyAccompanied", u64::from(self.already_accompanied)),
            ("gender", sum(&self.by_gender)),
            ("ageBand", sum(&self.by_age_band)),
            ("socialStatus", sum(&self.by_social_status)),
        ];
        for (group, sum) in groups {
            if sum > u64::from(self.total) {
                broken.push(ValidationError::AnonymousCountExceedsTotal { group });
            }
        }
        broken
    }
}

/// What a mediator fills in to record an accompaniment or a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityInput {
    pub kind: ActivityKind,
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub duration_minutes: u32,
    pub place_type: PlaceType,
    /// The named place, required for [`PlaceType::PlaceOfActivity`].
    pub place_id: Option<String>,
    /// Where it happened, required for [`PlaceType::AtHome`] and [`PlaceType::OtherPlace`].
    pub commune: Commune,
    pub themes: Vec<Theme>,
    pub equipment: Vec<Equipment>,
    /// Individual accompaniments only.
    pub autonomy: Option<Autonomy>,
    /// Workshops only.
    pub workshop_title: String,
    /// Workshops only.
    pub workshop_level: Option<WorkshopLevel>,
    /// Where the person was sent on to, if anywhere.
    pub orientation: Option<RedirectionStructure>,
    /// Free-text name of the administrative procedure (with the procedure-help theme only).
    pub procedure_name: String,
    pub notes: String,
    pub next_steps: String,
    /// Tracked beneficiaries: exactly one for an individual accompaniment.
    pub participants: Vec<String>,
    /// Workshops only.
    pub anonymous_participants: Option<AnonymousParticipants>,
}

impl ActivityInput {
    /// A blank individual accompaniment of today, 30 minutes, for `beneficiary_id`.
    pub fn individual(beneficiary_id: &str) -> Self {
        ActivityInput {
            kind: ActivityKind::Individual,
            date: clock::today(),
            duration_minutes: 30,
            place_type: PlaceType::Remote,
            place_id: None,
            commune: Commune::default(),
            themes: Vec::new(),
            equipment: Vec::new(),
            autonomy: None,
            workshop_title: String::new(),
            workshop_level: None,
            orientation: None,
            procedure_name: String::new(),
            notes: String::new(),
            next_steps: String::new(),
            participants: vec![beneficiary_id.to_string()],
            anonymous_participants: None,
        }
    }

    /// Every rule that recording this input on `today` would apply, without recording it.
    pub fn check(&self, today: NaiveDate) -> Result<(), ValidationErrors> {
        self.validated(today).map(|_| ())
    }

    /// Applies the national platform's rules; returns the cleaned input to store, or every
    /// broken rule at once.
    pub fn validated(&self, today: NaiveDate) -> Result<ActivityInput, ValidationErrors> {
        let mut checks = RuleChecks::default();
        let mut clean = self.clone();
        if self.date > today {
            checks.refuse(ValidationError::DateInFuture(self.date.to_string()));
        }
        if !(1..=1440).contains(&self.duration_minutes) {
            checks.refuse(ValidationError::DurationOutOfRange(self.duration_minutes.into()));
        }

        let mut seen = HashSet::new();
        if !self.participants.iter().all(|id| seen.insert(id)) {
            checks.refuse(ValidationError::DuplicateParticipant);
        }
        clean.workshop_title = text::clean(&self.workshop_title);
        match self.kind {
            ActivityKind::Individual => {
                if self.participants.len() != 1 {
                    checks.refuse(ValidationError::IndividualNeedsOneBeneficiary);
                }
                let not_applicable =
                    |field| ValidationError::FieldNotApplicable { field, applies_to: "collectif" };
                if self.anonymous_participants.is_some() {
                    checks.refuse(not_applicable("anonymousParticipants"));
                }
                if !clean.workshop_title.is_empty() {
                    checks.refuse(not_applicable("workshopTitle"));
                }
                if self.workshop_level.is_some() {
                    checks.refuse(not_applicable("workshopLevel"));
                }
            }
            ActivityKind::Workshop => {
                let _ = checks.check(text::check_plain_text("workshopTitle", &clean.workshop_title, false))
                    && checks.check(text::check_length("workshopTitle", &clean.workshop_title, 200));
                if self.autonomy.is_some() {
                    checks.refuse(ValidationError::FieldNotApplicable {
                        field: "autonomy",
                        applies_to: "individuel",
                    });
                }
                let broken_counts = self.anonymous_participants.as_ref().map(AnonymousParticipants::broken_rules);
                let counts_hold = broken_counts.as_ref().is_none_or(Vec::is_empty);
                for broken in broken_counts.into_iter().flatten() {
                    checks.refuse(broken);
                }
                let anonymous_total = self.anonymous_participants.as_ref().map_or(0, |a| a.total);
                if counts_hold && self.participants.is_empty() && anonymous_total == 0 {
                    checks.refuse(ValidationError::WorkshopNeedsParticipants);
                }
                if anonymous_total == 0 {
                    clean.anonymous_participants = None;
                }
            }
        }

        // Only the location fields of the chosen channel are kept.
        match self.place_type {
            PlaceType::PlaceOfActivity => {
                clean.place_id = self.place_id.clone().filter(|id| !id.trim().is_empty());
                if clean.place_id.is_none() {
                    checks.refuse(ValidationError::PlaceRequired);
                }
                clean.commune = Commune::default();
            }
            PlaceType::AtHome | PlaceType::OtherPlace => {
                clean.place_id = None;
                if let Some(commune) = checks.keep(self.commune.validated()) {
                    if commune.insee_code.is_empty() {
                        checks.refuse(ValidationError::CommuneRequired);
                    }
                    clean.commune = commune;
                }
            }
            PlaceType::Remote => {
                clean.place_id = None;
                clean.commune = Commune::default();
            }
        }

        clean.themes = deduplicated(&self.themes);
        clean.equipment = deduplicated(&self.equipment);
        let helps_with_procedures = clean.themes.contains(&Theme::AdministrativeProcedureHelp);
        if clean.themes.is_empty() {
            checks.refuse(ValidationError::ThemeRequired);
        } else if !helps_with_procedures && clean.themes.iter().any(|theme| theme.is_administrative()) {
            checks.refuse(ValidationError::AdministrativeThemeWithoutProcedureHelp);
        }
        clean.procedure_name = text::clean(&self.procedure_name);
        if checks.check(text::check_plain_text("procedureName", &clean.procedure_name, false))
            && checks.check(text::check_length("procedureName", &clean.procedure_name, 200))
            && !helps_with_procedures
            && !clean.procedure_name.is_empty()
        {
            checks.refuse(ValidationError::ProcedureNameWithoutProcedureHelp);
        }
        clean.notes = self.notes.trim_end().to_string();
        clean.next_steps = self.next_steps.trim_end().to_string();
        let _ = checks.check(text::check_plain_text("notes", &clean.notes, true))
            && checks.check(text::check_length("notes", &clean.notes, 10_000));
        let _ = checks.check(text::check_plain_text("nextSteps", &clean.next_steps, true))
            && checks.check(text::check_length("nextSteps", &clean.next_steps, 10_000));
        checks.finish(clean)
    }
}

fn deduplicated<T: Copy + Ord>(values: &[T]) -> Vec<T> {
    let mut values = values.to_vec();
    values.sort();
    values.dedup();
    values
}

/// A beneficiary taking part in an activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    pub beneficiary_id: String,
    pub anonymous: bool,
    pub first_name: String,
    pub last_name: String,
    /// True when this is the person's first accompaniment, as the rows say today (see
    /// [`facts`]): a record entered later for an earlier day takes the flag over.
    pub first_accompaniment: bool,
}

/// An activity as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: String,
    pub kind: ActivityKind,
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub duration_minutes: u32,
    pub place_type: PlaceType,
    pub place_id: Option<String>,
    pub place_name: Option<String>,
    pub commune: Commune,
    pub themes: Vec<Theme>,
    pub equipment: Vec<Equipment>,
    pub autonomy: Option<Autonomy>,
    pub workshop_title: String,
    pub workshop_level: Option<WorkshopLevel>,
    pub orientation: Option<RedirectionStructure>,
    pub procedure_name: String,
    pub notes: String,
    pub next_steps: String,
    pub participants: Vec<Participant>,
    pub anonymous_participants: Option<AnonymousParticipants>,
    pub created_at: String,
    pub updated_at: String,
}

/// Which activities to list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityFilter {
    #[ts(type = "string | null")]
    pub from: Option<NaiveDate>,
    #[ts(type = "string | null")]
    pub to: Option<NaiveDate>,
    pub beneficiary_id: Option<String>,
    pub limit: Option<u32>,
}

/// The columns of `activity` that an [`ActivityInput`] fills, in the order of
/// [`write_activity_row`]'s parameters ?2 to ?17 (?1 the identifier, ?18 the time of the write).
const INPUT_COLUMNS: &str = "kind, date, duration_minutes, place_type, place_id, commune_name, commune_postal_code, \
     commune_insee_code, autonomy, workshop_title, workshop_level, orientation, procedure_name, notes, next_steps, \
     anonymous_participants";
const INPUT_PARAMETERS: &str = "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17";

/// How [`write_activity_row`] writes the row: a new one, or over the fields of an existing one.
pub(crate) enum RowWrite {
    Insert,
    Update,
}

/// Writes the fields of `input` into the row of activity `id`, the same columns for a new
/// activity and for a correction.
pub(crate) fn write_activity_row(
    transaction: &Transaction<'_>,
    write: RowWrite,
    id: &str,
    input: &ActivityInput,
    now: &str,
) -> CoreResult<usize> {
    let sql = match write {
        RowWrite::Insert => format!(
            "INSERT INTO activity (id, {INPUT_COLUMNS}, created_at, updated_at) VALUES (?1, {INPUT_PARAMETERS}, ?18, ?18)"
        ),
        RowWrite::Update => {
            format!("UPDATE activity SET ({INPUT_COLUMNS}) = ({INPUT_PARAMETERS}), updated_at = ?18 WHERE id = ?1")
        }
    };
    Ok(transaction.execute(
        &sql,
        params![
            id,
            input.kind,
            input.date.to_string(),
            input.duration_minutes,
            input.place_type,
            input.place_id,
            input.commune.name,
            input.commune.postal_code,
            input.commune.insee_code,
            input.autonomy,
            input.workshop_title,
            input.workshop_level,
            input.orientation,
            input.procedure_name,
            input.notes,
            input.next_steps,
            anonymous_counts_json(input),
            now,
        ],
    )?)
}

pub(crate) fn insert_activity(transaction: &Transaction<'_>, input: &ActivityInput) -> CoreResult<String> {
    check_place_exists(transaction, input)?;
    let id = clock::new_id();
    let now = clock::now_timestamp();
    write_activity_row(transaction, RowWrite::Insert, &id, input, &now)?;
    write_themes_and_equipment(transaction, &id, input)?;
    for beneficiary_id in &input.participants {
        add_participant(transaction, &id, beneficiary_id, &now)?;
    }
    audit::record(transaction, AuditAction::Create, "activity", &id)?;
    Ok(id)
}

/// A named place must exist and not be archived.
pub(crate) fn check_place_exists(transaction: &Transaction<'_>, input: &ActivityInput) -> CoreResult<()> {
    if let Some(place_id) = &input.place_id {
        let exists: Option<i64> = transaction
            .query_row("SELECT 1 FROM place WHERE id = ?1 AND deleted_at IS NULL", [place_id], |row| row.get(0))
            .optional()?;
        if exists.is_none() {
            return Err(CoreError::NotFound { entity: "place", id: place_id.clone() });
        }
    }
    Ok(())
}

pub(crate) fn anonymous_counts_json(input: &ActivityInput) -> Option<String> {
    input.anonymous_participants.as_ref().map(|counts| serde_json::to_string(counts).expect("counts serialize"))
}

/// Replaces the activity's themes and equipment with the input's.
pub(crate) fn write_themes_and_equipment(transaction: &Transaction<'_>, id: &str, input: &ActivityInput) -> CoreResult<()> {
    transaction.execute("DELETE FROM activity_theme WHERE activity_id = ?1", [id])?;
    transaction.execute("DELETE FROM activity_equipment WHERE activity_id = ?1", [id])?;
    for theme in &input.themes {
        transaction.execute("INSERT INTO activity_theme (activity_id, theme) VALUES (?1, ?2)", params![id, theme])?;
    }
    for equipment in &input.equipment {
        transaction.execute(
            "INSERT INTO activity_equipment (activity_id, equipment) VALUES (?1, ?2)",
            params![id, equipment],
        )?;
    }
    Ok(())
}

/// Adds a person to an activity: revives their row if they had been taken off it, else
/// inserts one.
pub(crate) fn add_participant(
    transaction: &Transaction<'_>,
    activity_id: &str,
    beneficiary_id: &str,
    now: &str,
) -> CoreResult<()> {
    let exists: Option<i64> = transaction
        .query_row("SELECT 1 FROM beneficiary WHERE id = ?1 AND deleted_at IS NULL", [beneficiary_id], |row| row.get(0))
        .optional()?;
    if exists.is_none() {
        return Err(CoreError::NotFound { entity: "beneficiary", id: beneficiary_id.to_string() });
    }
    let revived = transaction.execute(
        "UPDATE accompaniment SET deleted_at = NULL, updated_at = ?3 \
         WHERE activity_id = ?1 AND beneficiary_id = ?2 AND deleted_at IS NOT NULL",
        params![activity_id, beneficiary_id, now],
    )?;
    if revived > 0 {
        return Ok(());
    }
    transaction.execute(
        "INSERT INTO accompaniment (id, activity_id, beneficiary_id, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![clock::new_id(), activity_id, beneficiary_id, now],
    )?;
    Ok(())
}

impl Store {
    /// Records an activity and its accompaniments, in one durable transaction.
    pub fn record_activity(&mut self, input: &ActivityInput) -> CoreResult<Activity> {
        let input = input.validated(clock::today())?;
        let id = self.write(|transaction| insert_activity(transaction, &input))?;
        self.activity(&id)
    }

    /// One activity with its themes, equipment and participants.
    pub fn activity(&self, id: &str) -> CoreResult<Activity> {
        let connection = self.reader();
        let mut activity = connection
            .query_row(
                "SELECT a.id, a.kind, a.date, a.duration_minutes, a.place_type, a.place_id, p.name, \
                   a.commune_name, a.commune_postal_code, a.commune_insee_code, a.autonomy, a.workshop_title, \
                   a.workshop_level, a.orientation, a.procedure_name, a.notes, a.next_steps, \
                   a.anonymous_participants, a.created_at, a.updated_at \
                 FROM activity a LEFT JOIN place p ON p.id = a.place_id \
                 WHERE a.id = ?1 AND a.deleted_at IS NULL",
                [id],
                |row| {
                    let date: String = row.get(2)?;
                    let anonymous: Option<String> = row.get(17)?;
                    Ok(Activity {
                        id: row.get(0)?,
                        kind: row.get(1)?,
                        date: date.parse().map_err(|error| {
                            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(error))
                        })?,
                        duration_minutes: row.get(3)?,
                        place_type: row.get(4)?,
                        place_id: row.get(5)?,
                        place_name: row.get(6)?,
                        commune: Commune { name: row.get(7)?, postal_code: row.get(8)?, insee_code: row.get(9)? },
                        autonomy: row.get(10)?,
                        workshop_title: row.get(11)?,
                        workshop_level: row.get(12)?,
                        orientation: row.get(13)?,
                        procedure_name: row.get(14)?,
                        notes: row.get(15)?,
                        next_steps: row.get(16)?,
                        anonymous_participants: anonymous.and_then(|json| serde_json::from_str(&json).ok()),
                        created_at: row.get(18)?,
                        updated_at: row.get(19)?,
                        themes: Vec::new(),
                        equipment: Vec::new(),
                        participants: Vec::new(),
                    })
                },
            )
            .optional()?
            .ok_or_else(|| CoreError::NotFound { entity: "activity", id: id.to_string() })?;

        let mut themes = connection.prepare_cached("SELECT theme FROM activity_theme WHERE activity_id = ?1")?;
        activity.themes = themes.query_map([id], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
        activity.themes.sort();
        let mut equipment =
            connection.prepare_cached("SELECT equipment FROM activity_equipment WHERE activity_id = ?1")?;
        activity.equipment = equipment.query_map([id], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
        activity.equipment.sort();
        let mut participants = connection.prepare_cached(&format!(
            "SELECT b.id, b.anonymous, b.first_name, b.last_name, {} \
             FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id \
             JOIN beneficiary b ON b.id = ac.beneficiary_id \
             WHERE ac.activity_id = ?1 AND ac.deleted_at IS NULL ORDER BY b.sort_key",
            facts::IS_FIRST_ACCOMPANIMENT
        ))?;
        activity.participants = participants
            .query_map([id], |row| {
                Ok(Participant {
                    beneficiary_id: row.get(0)?,
                    anonymous: row.get(1)?,
                    first_name: row.get(2)?,
                    last_name: row.get(3)?,
                    first_accompaniment: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(activity)
    }

    /// Activities, newest first, within the filter.
    pub fn activities(&self, filter: &ActivityFilter) -> CoreResult<Vec<Activity>> {
        let limit = filter.limit.unwrap_or(200).clamp(1, 10_000);
        let mut statement = self.reader().prepare_cached(
            "SELECT a.id FROM activity a \
             WHERE a.deleted_at IS NULL \
               AND (?1 IS NULL OR a.date >= ?1) AND (?2 IS NULL OR a.date <= ?2) \
               AND (?3 IS NULL OR EXISTS (SELECT 1 FROM accompaniment ac WHERE ac.activity_id = a.id \
                                          AND ac.beneficiary_id = ?3 AND ac.deleted_at IS NULL)) \
             ORDER BY a.date DESC, a.created_at DESC LIMIT ?4",
        )?;
        let ids = statement
            .query_map(
                params![
                    filter.from.map(|d| d.to_string()),
                    filter.to.map(|d| d.to_string()),
                    filter.beneficiary_id,
                    limit
                ],
                |row| row.get::<_, String>(0),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        ids.iter().map(|id| self.activity(id)).collect()
    }

    /// A beneficiary's activities, newest first. Fails if the beneficiary does not exist.
    pub fn activities_of_beneficiary(&self, beneficiary_id: &str) -> CoreResult<Vec<Activity>> {
        self.beneficiary(beneficiary_id)?;
        self.activities(&ActivityFilter {
            beneficiary_id: Some(beneficiary_id.to_string()),
            limit: Some(10_000),
            ..ActivityFilter::default()
        })
    }
}
