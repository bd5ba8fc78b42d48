//! The statistics export: the figures of `Store::statistics` (the one source of the statistics
//! screen, the CLI and the monthly report) as rows of three cells, section after section:
//! general figures, individual and collective accompaniments, the last twelve months, then each
//! breakdown as label | count | share.

use chrono::{Datelike, NaiveDate};
use escale_core::activity::export::ExportFilter;
use escale_core::stats::{Share, Statistics, StatisticsQuery};
use escale_core::vocabulary::ActivityKind;

use super::cells::{Cell, LabelTable, Labels};
use super::columns::*;

/// The period of a statistics export: the filter's days; without an end, up to today; without a
/// start, from the first of the end's month (as `escale stats`).
pub fn statistics_query(filter: &ExportFilter, today: NaiveDate) -> StatisticsQuery {
    let to = filter.to.unwrap_or(today);
    let from = filter.from.unwrap_or_else(|| to.with_day(1).unwrap_or(to));
    StatisticsQuery { from, to, place_id: filter.place_id.clone() }
}

fn fraction(count: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { count as f64 / whole as f64 }
}

fn count(count: u64) -> Cell {
    // Counts stay far below 2^53: exact as a spreadsheet number.
    Cell::Number(count as f64)
}

/// A heading and the names of the columns of its rows.
fn heading(title: &str, second: &str, third: &str) -> Vec<Cell> {
    vec![Cell::Title(title.to_string()), Cell::Title(second.to_string()), Cell::Title(third.to_string())]
}

fn blank() -> Vec<Cell> {
    vec![Cell::Empty, Cell::Empty, Cell::Empty]
}

fn breakdown<K: Copy + PartialEq>(rows: &mut Vec<Vec<Cell>>, title: &str, shares: &[Share<K>], labels: &LabelTable<K>) {
    rows.push(blank());
    rows.push(heading(title, COUNT, PERCENT));
    for share in shares {
        rows.push(vec![Cell::label(labels.of(share.key)), count(share.count), Cell::Percent(share.percent / 100.0)]);
    }
}

impl Labels {
    /// The rows of the statistics sheet, three cells each, in French.
    pub fn statistics_rows(&self, figures: &Statistics) -> Vec<Vec<Cell>> {
        let totals = &figures.totals;
        let mut rows = vec![
            vec![Cell::Title(GENERAL_TITLE.to_string()), Cell::Empty, Cell::Empty],
            vec![Cell::label(TOTAL_ACCOMPANIMENTS), count(totals.accompaniments), Cell::Empty],
            vec![Cell::label(PEOPLE_ACCOMPANIED), count(totals.people), Cell::Empty],
            vec![Cell::label(NEW_PEOPLE), count(totals.new_people), Cell::Empty],
            vec![Cell::label(FOLLOWED_PEOPLE), count(totals.followed_people), Cell::Empty],
            vec![Cell::label(ANONYMOUS_PEOPLE), count(totals.anonymous_people), Cell::Empty],
            blank(),
            // Accompaniments (one person at one activity), as the general figures count them.
            heading(KINDS_TITLE, COUNT, PERCENT),
        ];
        for (kind, accompaniments) in
            [(ActivityKind::Individual, totals.individual_accompaniments), (ActivityKind::Workshop, totals.workshop_participants)]
        {
            rows.push(vec![
                Cell::label(self.kinds.of(kind)),
                count(accompaniments),
                Cell::Percent(fraction(accompaniments, totals.accompaniments)),
            ]);
        }
        rows.push(blank());
        rows.push(heading(MONTHS_TITLE, ACCOMPANIMENTS, PEOPLE));
        for month in &figures.months {
            rows.push(vec![Cell::Month(month.month), count(month.accompaniments), count(month.people)]);
        }
        breakdown(&mut rows, DIGITAL_THEMES_TITLE, &figures.digital_themes, &self.themes);
        breakdown(&mut rows, ADMINISTRATIVE_THEMES_TITLE, &figures.administrative_themes, &self.themes);
        breakdown(&mut rows, EQUIPMENT_TITLE, &figures.equipment, &self.equipment);
        breakdown(&mut rows, CHANNELS_TITLE, &figures.channels, &self.place_types);
        breakdown(&mut rows, DURATIONS_TITLE, &figures.durations, &self.durations);
        rows.push(blank());
        rows.push(heading(PLACES_TITLE, COUNT, PERCENT));
        for place in &figures.places {
            // A place's name is typed by the mediator: guarded in CSV like any typed text.
            rows.push(vec![Cell::Typed(place.name.clone()), count(place.count), Cell::Percent(place.percent / 100.0)]);
        }
        breakdown(&mut rows, GENDERS_TITLE, &figures.genders, &self.genders);
        breakdown(&mut rows, AGE_BANDS_TITLE, &figures.age_bands, &self.age_bands);
        breakdown(&mut rows, STATUSES_TITLE, &figures.social_statuses, &self.statuses);
        rows.push(blank());
        rows.push(heading(COMMUNES_TITLE, COUNT, PERCENT));
        for share in &figures.communes {
            let commune = &share.commune;
            let label = if commune.name.is_empty() {
                self.commune_unknown.clone()
            } else if commune.postal_code.is_empty() {
                commune.name.clone()
            } else {
                format!("{} ({})", commune.name, commune.postal_code)
            };
            rows.push(vec![Cell::Label(label), count(share.count), Cell::Percent(share.percent / 100.0)]);
        }
        rows
    }
}
