//! The monthly activity report, for the structure and its funders: the month's key figures, the
//! structure's own words, the last twelve months, then what was done (themes, procedures,
//! equipment, channels, durations), where (places, communes of the people) and for whom
//! (gender, age, status). Each chart writes its figures beside its bars: the page is its own
//! table. In French only: funders read it in French, whatever the mediators' language.

use chrono::NaiveDate;
use escale_core::i18n::{FluentValue, Localizer};
use escale_core::procedure::catalogue::kind_fluent_id;
use escale_core::stats::Share;
use escale_core::stats::report::{MonthlyReport, ProcedureNaming};
use escale_core::{CoreResult, Store};

use super::Wording;
use crate::model::{Bar, Bilingual, Block, Document, KeyFigure};

/// At most this many values of a long list (themes, communes): the report stays a few pages.
const TOP_VALUES: usize = 10;

/// The report of `month` (any day of it), for one place or all, printed on `today`.
pub fn build(store: &Store, month: NaiveDate, place_id: Option<&str>, today: NaiveDate) -> CoreResult<Document> {
    let report = store.monthly_report(month, place_id)?;
    Ok(document(&report, today))
}

/// The document of a report already read from the store.
pub fn document(report: &MonthlyReport, today: NaiveDate) -> Document {
    let wording = Wording::new(None);
    let l = &wording.french;
    let statistics = &report.statistics;
    let totals = &statistics.totals;
    let mut blocks = Vec::new();

    if let Some(structure) = report.structure.as_ref().filter(|structure| !structure.name.trim().is_empty()) {
        blocks.push(Block::TwoLanguages(Bilingual::same(structure.name.trim())));
    }
    let period = match &report.place {
        Some(place) => wording.message("stats-subtitle-place", |l| {
            vec![("from", l.date(statistics.query.from).into()), ("to", l.date(statistics.query.to).into()), ("place", place.name.clone().into())]
        }),
        None => wording.message("report-period-all-places", |l| {
            vec![("from", l.date(statistics.query.from).into()), ("to", l.date(statistics.query.to).into())]
        }),
    };
    blocks.push(Block::TwoLanguages(period));
    blocks.push(Block::TwoLanguages(wording.message("report-printed-on", |l| vec![("date", l.date(today).into())])));

    blocks.push(wording.heading("stats-key-figures"));
    if totals.activities == 0 {
        blocks.push(wording.line("stats-empty"));
    }
    let figure = |value: u64, id: &str| KeyFigure { value: l.message("report-number", &[("value", value.into())]), label: wording.text(id) };
    blocks.push(Block::KeyFigures(vec![
        figure(totals.accompaniments, "stats-total-accompaniments"),
        figure(totals.people, "stats-total-people"),
        figure(totals.new_people, "stats-total-new-people"),
        figure(totals.followed_people, "stats-total-followed-people"),
        figure(totals.anonymous_people, "stats-total-anonymous-people"),
        figure(totals.individual_accompaniments, "stats-total-individual"),
        figure(totals.workshop_participants, "stats-total-workshop-participants"),
        figure(totals.workshops, "stats-total-workshops"),
    ]));

    if !report.note.trim().is_empty() {
        blocks.push(wording.heading("report-note-heading"));
        blocks.push(Block::Paragraph { text: report.note.clone(), language: Some("fr".into()) });
    }

    blocks.push(wording.heading("stats-months"));
    blocks.push(wording.line("report-months-caption"));
    blocks.push(Block::Columns(
        statistics
            .months
            .iter()
            .map(|month| Bar {
                label: Bilingual::same(l.short_month(month.month)),
                value: month.accompaniments,
                figure: l.message("report-number", &[("value", month.accompaniments.into())]),
            })
            .collect(),
    ));

    let vocabulary = |id: String| wording.text(&id);
    section(&mut blocks, &wording, "stats-digital-themes", Some("stats-activities-note"), top(l, &statistics.digital_themes, |key| vocabulary(key.fluent_id())));
    section(
        &mut blocks,
        &wording,
        "stats-administrative-themes",
        Some("stats-activities-note"),
        top(l, &statistics.administrative_themes, |key| vocabulary(key.fluent_id())),
    );
    let procedures = report
        .procedures
        .iter()
        .map(|share| {
            let label = match &share.naming {
                ProcedureNaming::Catalogue { custom_label: Some(label), .. } => Bilingual::same(label.clone()),
                ProcedureNaming::Catalogue { id, custom_label: None } => wording.text(&kind_fluent_id(id)),
                ProcedureNaming::Typed { name } => Bilingual::same(name.clone()),
            };
            bar(l, label, share.activities, share.percent)
        })
        .collect();
    section(&mut blocks, &wording, "report-procedures", Some("report-procedures-note"), procedures);
    section(&mut blocks, &wording, "stats-equipment", None, top(l, &statistics.equipment, |key| vocabulary(key.fluent_id())));
    section(&mut blocks, &wording, "stats-channels", None, every(l, &statistics.channels, |key| vocabulary(key.fluent_id())));
    section(&mut blocks, &wording, "stats-durations", None, every(l, &statistics.durations, |key| vocabulary(key.fluent_id())));
    let places = statistics
        .places
        .iter()
        .take(TOP_VALUES)
        .map(|place| bar(l, Bilingual::same(place.name.clone()), place.count, place.percent))
        .collect();
    section(&mut blocks, &wording, "stats-places", None, places);
    let communes = statistics
        .communes
        .iter()
        .take(TOP_VALUES)
        .map(|share| {
            let commune = &share.commune;
            let label = match (commune.name.is_empty(), commune.postal_code.is_empty()) {
                (true, _) => wording.text("stats-commune-unknown"),
                (false, true) => Bilingual::same(commune.name.clone()),
                (false, false) => Bilingual::same(format!("{} ({})", commune.name, commune.postal_code)),
            };
            bar(l, label, share.count, share.percent)
        })
        .collect();
    section(&mut blocks, &wording, "stats-communes", Some("stats-people-note"), communes);
    section(&mut blocks, &wording, "stats-genders", Some("stats-people-note"), every(l, &statistics.genders, |key| vocabulary(key.fluent_id())));
    section(&mut blocks, &wording, "stats-age-bands", None, every(l, &statistics.age_bands, |key| vocabulary(key.fluent_id())));
    section(&mut blocks, &wording, "stats-social-statuses", None, every(l, &statistics.social_statuses, |key| vocabulary(key.fluent_id())));

    Document {
        title: wording.message("report-title", |l| vec![("month", l.month(report.month).into())]),
        translated_language: None,
        blocks,
    }
}

/// A heading, the note saying what the percentages are of, and the bars; "nothing recorded"
/// instead of bars when every value is zero.
fn section(blocks: &mut Vec<Block>, wording: &Wording, heading: &str, note: Option<&str>, bars: Vec<Bar>) {
    blocks.push(wording.heading(heading));
    if bars.iter().all(|bar| bar.value == 0) {
        blocks.push(wording.line("report-nothing"));
        return;
    }
    if let Some(note) = note {
        blocks.push(wording.line(note));
    }
    blocks.push(Block::Bars(bars));
}

/// "42 (35 %)": the count, and the share rounded to a whole percent.
fn bar(l: &Localizer, label: Bilingual, count: u64, percent: f64) -> Bar {
    let rounded = FluentValue::from(percent.round() as i64);
    Bar { label, value: count, figure: l.message("report-share", &[("count", count.into()), ("percent", rounded)]) }
}

/// The values that are not zero, most first, at most [`TOP_VALUES`] (the order of the national
/// list between equal counts).
fn top<K: Copy>(l: &Localizer, shares: &[Share<K>], label: impl Fn(K) -> Bilingual) -> Vec<Bar> {
    let mut shown: Vec<&Share<K>> = shares.iter().filter(|share| share.count > 0).collect();
    shown.sort_by(|a, b| b.count.cmp(&a.count));
    shown.into_iter().take(TOP_VALUES).map(|share| bar(l, label(share.key), share.count, share.percent)).collect()
}

/// Every value of a short national list, zeros included, in the list's order: the same rows
/// from one month's report to the next.
fn every<K: Copy>(l: &Localizer, shares: &[Share<K>], label: impl Fn(K) -> Bilingual) -> Vec<Bar> {
    shares.iter().map(|share| bar(l, label(share.key), share.count, share.percent)).collect()
}
