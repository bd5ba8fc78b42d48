//! `escale stats`: the figures of a period, as the statistics screen shows them.

use chrono::{Datelike, Months};
use escale_core::Store;
use escale_core::i18n::Localizer;
use escale_core::stats::{Share, Statistics, StatisticsQuery};
use escale_core::i18n::FluentValue;

use crate::Failure;
use crate::cli::{ReportArgs, StatsArgs};
use crate::run::{Outcome, Printer, date_from};

pub fn command(args: StatsArgs, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let today = escale_core::clock::today();
    let (from, to) = match (&args.month, &args.from, &args.to) {
        (Some(month), _, _) => {
            let first = escale_core::stats::report::parse_month(month)?;
            (first, first + Months::new(1) - chrono::Days::new(1))
        }
        (None, from, to) => {
            let to = to.as_deref().map(date_from).transpose()?.unwrap_or(today);
            let from = from.as_deref().map(date_from).transpose()?.unwrap_or_else(|| to.with_day(1).unwrap_or(to));
            (from, to)
        }
    };
    let figures = store.statistics(&StatisticsQuery { from, to, place_id: args.place })?;
    if args.json {
        return printer.json(&figures);
    }
    let lines = describe(&figures, printer.localizer);
    for line in lines {
        printer.line(&line)?;
    }
    Ok(())
}

/// `escale report`: keeps the structure's text when one is given, then writes the month's PDF
/// all or nothing (an unknown place or a bad month writes no file and keeps no text).
pub fn report(args: ReportArgs, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    use escale_core::stats::report::parse_month;
    let month = match &args.month {
        Some(month) => parse_month(month)?,
        None => escale_core::clock::today().with_day(1).expect("every month has a first day") - Months::new(1),
    };
    if let Some(place) = &args.place {
        store.place(place)?;
    }
    let text = match (&args.text, &args.text_file) {
        (Some(text), _) => Some(text.clone()),
        (None, Some(file)) => Some(std::fs::read_to_string(file).map_err(|_| {
            Failure::Message("cli-report-text-not-read", vec![("path", file.display().to_string())])
        })?),
        (None, None) => None,
    };
    if let Some(text) = text {
        store.save_report_note(month, &text)?;
    }
    let printed = escale_documents::monthly_report(store, month, args.place.as_deref())?;
    let out = args.out.unwrap_or_else(|| printed.file_name(printer.localizer).into());
    escale_core::folders::save_file_atomically(&out, &printed.bytes)?;
    let line = printer.localizer.message(
        "cli-pdf-written",
        &[("path", out.display().to_string().into()), ("pages", printed.pages.into())],
    );
    printer.line(&line)
}

/// The figures as lines of text: the headline totals, then each breakdown with its values that
/// are not zero.
fn describe(figures: &Statistics, l: &Localizer) -> Vec<String> {
    let totals = &figures.totals;
    let mut lines = vec![
        l.message(
            "cli-stats-period",
            &[("from", l.date(figures.query.from).into()), ("to", l.date(figures.query.to).into())],
        ),
        l.message(
            "cli-stats-accompaniments",
            &[
                ("count", totals.accompaniments.into()),
                ("individual", totals.individual_accompaniments.into()),
                ("workshop", totals.workshop_participants.into()),
            ],
        ),
        l.message(
            "cli-stats-people",
            &[
                ("count", totals.people.into()),
                ("new", totals.new_people.into()),
                ("followed", totals.followed_people.into()),
                ("anonymous", totals.anonymous_people.into()),
            ],
        ),
        l.message(
            "cli-stats-activities",
            &[
                ("count", totals.activities.into()),
                ("individual", totals.individual_activities.into()),
                ("workshops", totals.workshops.into()),
            ],
        ),
    ];
    fn section<K: Copy>(lines: &mut Vec<String>, l: &Localizer, heading: &str, shares: &[Share<K>], label: impl Fn(K) -> String) {
        let shown: Vec<&Share<K>> = shares.iter().filter(|share| share.count > 0).collect();
        if shown.is_empty() {
            return;
        }
        lines.push(String::new());
        lines.push(l.text(heading));
        for share in shown {
            lines.push(share_line(l, &label(share.key), share.count, share.percent));
        }
    }
    let vocabulary = |id: String| l.text(&id);
    section(&mut lines, l, "stats-digital-themes", &figures.digital_themes, |k| vocabulary(k.fluent_id()));
    section(&mut lines, l, "stats-administrative-themes", &figures.administrative_themes, |k| vocabulary(k.fluent_id()));
    section(&mut lines, l, "stats-equipment", &figures.equipment, |k| vocabulary(k.fluent_id()));
    section(&mut lines, l, "stats-channels", &figures.channels, |k| vocabulary(k.fluent_id()));
    section(&mut lines, l, "stats-durations", &figures.durations, |k| vocabulary(k.fluent_id()));
    if !figures.places.is_empty() {
        lines.push(String::new());
        lines.push(l.text("stats-places"));
        for place in &figures.places {
            lines.push(share_line(l, &place.name, place.count, place.percent));
        }
    }
    section(&mut lines, l, "stats-genders", &figures.genders, |k| vocabulary(k.fluent_id()));
    section(&mut lines, l, "stats-age-bands", &figures.age_bands, |k| vocabulary(k.fluent_id()));
    section(&mut lines, l, "stats-social-statuses", &figures.social_statuses, |k| vocabulary(k.fluent_id()));
    if !figures.communes.is_empty() {
        lines.push(String::new());
        lines.push(l.text("stats-communes"));
        for share in &figures.communes {
            let name = if share.commune.name.is_empty() { l.text("stats-commune-unknown") } else { share.commune.name.clone() };
            lines.push(share_line(l, &name, share.count, share.percent));
        }
    }
    lines.push(String::new());
    lines.push(l.text("stats-months"));
    for month in &figures.months {
        lines.push(l.message(
            "cli-stats-month",
            &[
                ("month", month.month.format("%Y-%m").to_string().into()),
                ("accompaniments", month.accompaniments.into()),
                ("people", month.people.into()),
            ],
        ));
    }
    lines
}

/// "  E-mail : 12 (9 %)": the percentage rounded to a whole number, as a terminal reads best.
fn share_line(l: &Localizer, label: &str, count: u64, percent: f64) -> String {
    let rounded = percent.round() as i64;
    l.message(
        "cli-stats-share",
        &[("label", label.to_string().into()), ("count", count.into()), ("percent", FluentValue::from(rounded))],
    )
}
