//! A row of the core as the cells of a file: typed (text, number, day, instant) so that each
//! writer gives spreadsheets real numbers and dates, with French labels.

use chrono::{Local, NaiveDate, NaiveDateTime};
use escale_core::activity::export::{ActivityExportRow, PersonExportRow};
use escale_core::i18n::Localizer;
use escale_core::vocabulary::{
    ActivityKind, AgeBand, DurationBand, Equipment, Gender, PlaceType, RedirectionStructure, SocialStatus, Theme,
};

use super::columns::ANONYMOUS_PERSON;

/// One cell of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    /// Escale's own words (labels, codes, identifiers): never starts like a formula.
    Label(String),
    /// What a mediator or a person typed: written as text only, guarded against formulas.
    Typed(String),
    /// Several values, one per line of the cell.
    Lines(String),
    Number(f64),
    Day(NaiveDate),
    /// Local time of the laptop.
    Instant(NaiveDateTime),
    /// A heading of the statistics sheet (bold in XLSX).
    Title(String),
    /// A share, as a fraction (0.125 for 12.5 %): a real percentage in XLSX.
    Percent(f64),
    /// A month, given by its first day: a real date shown as the month in XLSX.
    Month(NaiveDate),
}

impl Cell {
    fn typed(text: &str) -> Cell {
        if text.is_empty() { Cell::Empty } else { Cell::Typed(text.to_string()) }
    }

    pub(super) fn label(text: &str) -> Cell {
        if text.is_empty() { Cell::Empty } else { Cell::Label(text.to_string()) }
    }
}

/// The French label of every value of one national list, read once from Fluent (a label looked
/// up per cell would cost a Fluent formatting per cell).
pub(super) struct LabelTable<T> {
    labels: Vec<(T, String)>,
}

impl<T: Copy + PartialEq> LabelTable<T> {
    fn new(all: &[T], fluent_id: impl Fn(T) -> String, french: &Localizer) -> Self {
        LabelTable { labels: all.iter().map(|&value| (value, french.text(&fluent_id(value)))).collect() }
    }

    pub(super) fn of(&self, value: T) -> &str {
        self.labels.iter().find(|(known, _)| *known == value).map_or("", |(_, label)| label.as_str())
    }

    fn joined(&self, values: &[T]) -> Cell {
        let lines: Vec<&str> = values.iter().map(|&value| self.of(value)).collect();
        if lines.is_empty() { Cell::Empty } else { Cell::Lines(lines.join("\n")) }
    }
}

/// Every label the exports write, in French whatever the window's language: the national
/// platform's files are French.
pub struct Labels {
    pub(super) kinds: LabelTable<ActivityKind>,
    pub(super) place_types: LabelTable<PlaceType>,
    pub(super) equipment: LabelTable<Equipment>,
    pub(super) themes: LabelTable<Theme>,
    redirections: LabelTable<RedirectionStructure>,
    pub(super) genders: LabelTable<Gender>,
    pub(super) age_bands: LabelTable<AgeBand>,
    pub(super) statuses: LabelTable<SocialStatus>,
    pub(super) durations: LabelTable<DurationBand>,
    /// The statistics' row of the people whose commune is not known.
    pub(super) commune_unknown: String,
    yes: String,
    no: String,
}

impl Labels {
    pub fn french() -> Labels {
        let french = Localizer::new("fr");
        Labels {
            kinds: LabelTable::new(ActivityKind::ALL, ActivityKind::fluent_id, &french),
            place_types: LabelTable::new(PlaceType::ALL, PlaceType::fluent_id, &french),
            equipment: LabelTable::new(Equipment::ALL, Equipment::fluent_id, &french),
            themes: LabelTable::new(Theme::ALL, Theme::fluent_id, &french),
            redirections: LabelTable::new(RedirectionStructure::ALL, RedirectionStructure::fluent_id, &french),
            genders: LabelTable::new(Gender::ALL, Gender::fluent_id, &french),
            age_bands: LabelTable::new(AgeBand::ALL, AgeBand::fluent_id, &french),
            statuses: LabelTable::new(SocialStatus::ALL, SocialStatus::fluent_id, &french),
            durations: LabelTable::new(DurationBand::ALL, DurationBand::fluent_id, &french),
            commune_unknown: french.text("stats-commune-unknown"),
            yes: french.text("yes"),
            no: french.text("no"),
        }
    }

    /// The cells of one accompaniment, in the order of [`super::columns::ACTIVITY_COLUMNS`].
    pub fn activity_cells(&self, row: &ActivityExportRow, cells: &mut Vec<Cell>) {
        cells.clear();
        let participants = if row.participant_count <= 1 {
            Cell::Number(1.0)
        } else {
            Cell::Label(format!("{}/{}", row.participant_rank, row.participant_count))
        };
        let person = row.participant.as_ref();
        let name = match person {
            None => Cell::Empty,
            Some(person) if person.anonymous => Cell::Label(ANONYMOUS_PERSON.to_string()),
            Some(person) => Cell::typed(format!("{} {}", person.first_name, person.last_name).trim()),
        };
        // The level out of 3, of the person's autonomy or of the workshop, as the platform writes it.
        let level = row
            .autonomy
            .map(|autonomy| autonomy.level())
            .or(row.workshop_level.map(|level| level.level()))
            .map_or(Cell::Empty, |level| Cell::Label(format!("{level}/3")));
        let modified = if row.modified_at == row.recorded_at { Cell::Empty } else { instant(row.modified_at) };
        cells.extend([
            Cell::Day(row.date),
            instant(row.recorded_at),
            modified,
            Cell::label(self.kinds.of(row.kind)),
            participants,
            name,
            Cell::label(self.place_types.of(row.place_type)),
            Cell::typed(&row.place_name),
            Cell::typed(&row.place_address),
            Cell::label(&row.commune.name),
            Cell::label(&row.commune.postal_code),
            Cell::label(&row.commune.insee_code),
            Cell::Number(f64::from(row.duration_minutes)),
            Cell::typed(&row.workshop_title),
            self.equipment.joined(&row.equipment),
            self.themes.joined(&row.themes),
            // Escale has no tags.
            Cell::Empty,
            Cell::typed(&row.procedure_name),
            level,
            Cell::Label(if row.orientation.is_some() { self.yes.clone() } else { self.no.clone() }),
            row.orientation.map_or(Cell::Empty, |structure| Cell::label(self.redirections.of(structure))),
            person.map_or(Cell::Empty, |person| Cell::label(&person.commune.name)),
            person.map_or(Cell::Empty, |person| Cell::label(&person.commune.postal_code)),
            person.map_or(Cell::Empty, |person| Cell::label(&person.commune.insee_code)),
            person.map_or(Cell::Empty, |person| Cell::label(self.genders.of(person.gender))),
            person.map_or(Cell::Empty, |person| Cell::label(self.age_bands.of(person.age_band))),
            person.map_or(Cell::Empty, |person| Cell::label(self.statuses.of(person.social_status))),
            Cell::typed(&row.notes),
            Cell::Label(row.activity_id.clone()),
        ]);
    }

    /// The cells of one person, in the order of [`super::columns::PEOPLE_COLUMNS`].
    pub fn person_cells(&self, row: &PersonExportRow, cells: &mut Vec<Cell>) {
        cells.clear();
        cells.extend([
            Cell::typed(&row.last_name),
            Cell::typed(&row.first_name),
            row.birth_year.map_or(Cell::Empty, |year| Cell::Number(f64::from(year))),
            Cell::label(&row.commune.name),
            Cell::label(&row.commune.insee_code),
            Cell::label(&row.commune.postal_code),
            Cell::typed(&row.phone),
            Cell::typed(&row.email),
            Cell::label(self.genders.of(row.gender)),
            Cell::label(self.age_bands.of(row.age_band)),
            Cell::label(self.statuses.of(row.social_status)),
            // Counts stay far below 2^53: exact as a spreadsheet number.
            Cell::Number(row.accompaniments as f64),
            Cell::typed(&row.notes),
        ]);
    }
}

/// An instant of the store (UTC) as the laptop's local time, as the mediator lived it.
fn instant(at: chrono::DateTime<chrono::Utc>) -> Cell {
    Cell::Instant(at.with_timezone(&Local).naive_local())
}
