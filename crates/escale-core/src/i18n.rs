//! Translation through Fluent. The `.ftl` files of `locales/<language>/` are shared with the UI
//! and embedded here at build time; French is the reference and the fallback of every language.

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
pub use fluent_bundle::FluentValue;
use unic_langid::LanguageIdentifier;

use crate::error::CoreError;
use crate::vocabulary::RIGHT_TO_LEFT_LANGUAGES;

include!(concat!(env!("OUT_DIR"), "/fluent_files.rs"));

/// The reference language: complete by rule, and the fallback of every other.
pub const REFERENCE_LANGUAGE: &str = "fr";

/// Languages that have at least one Fluent file.
pub fn available_languages() -> Vec<&'static str> {
    FLUENT_FILES.iter().map(|(language, _, _)| *language).collect::<BTreeSet<_>>().into_iter().collect()
}

/// The Fluent source files of one language, for tools and tests.
pub fn fluent_sources(language: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    FLUENT_FILES.iter().filter(move |(l, _, _)| *l == language).map(|(_, name, source)| (*name, *source))
}

pub fn is_right_to_left(language: &str) -> bool {
    RIGHT_TO_LEFT_LANGUAGES.contains(&language)
}

/// Messages of one language, falling back to French for any message not yet translated.
pub struct Localizer {
    language: String,
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Made at the first date written, kept for the others.
    long_dates: std::sync::OnceLock<Option<icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YMD>>>,
    /// The same for months ("octobre 2026"), made at the first month written.
    long_months: std::sync::OnceLock<Option<icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YM>>>,
    /// Short months ("oct. 2026"), for the labels of a chart.
    short_months: std::sync::OnceLock<Option<icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YM>>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("language", &self.language).finish_non_exhaustive()
    }
}

/// The digits each right-to-left language writes, pinned rather than left to the CLDR version of
/// each engine: CLDR 48 (ICU4X here, recent browsers) writes Arabic with Latin digits, as the
/// Maghreb does, while the CLDR 42 of Debian's WebKit writes Arabic-Indic ones, and one screen
/// must not mix them. Persian and Pashto write their own (extended Arabic-Indic) digits.
const NUMBERING_SYSTEMS: [(&str, &str); 3] = [("ar", "latn"), ("fa", "arabext"), ("ps", "arabext")];

/// A text inserted in a right-to-left sentence, such as the label "CAF — دخل التضامن النشط (RSA)":
/// Fluent isolates it (FSI), and an isolate takes the direction of its first letter, here Latin,
/// which would lay the Arabic label out left to right and reverse its parts. A text that holds
/// right-to-left letters gets an invisible right-to-left mark in front, so that it keeps the
/// direction of its language wherever it is inserted. Codes, numbers and Latin names (no
/// right-to-left letter) are left as they are: their isolate keeps them left to right.
fn keeps_its_direction(text: &str) -> String {
    let right_to_left = |c: char| matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}');
    let first_letter = text.chars().find(|c| c.is_alphabetic());
    match first_letter {
        Some(first) if !right_to_left(first) && text.chars().any(right_to_left) => format!("\u{200f}{text}"),
        _ => text.to_string(),
    }
}

/// Languages whose own calendar is not the Gregorian one (the Solar Hijri calendar for Persian
/// and Pashto, in CLDR): their tag asks for the Gregorian calendar. Every other shipped language
/// has it by default, and its tag says nothing of it: a Unicode extension (`-u-…`) in a tag
/// costs the window's WebKit a first read of ICU's keyword tables, about 8 ms of a two-core
/// laptop on the way to the first screen (perf: `uloc_toLegacyKey`).
const GREGORIAN_NOT_BY_DEFAULT: [&str; 2] = ["fa", "ps"];

/// The BCP 47 tag for dates and numbers in a language, shared with the window (generated into
/// the UI's vocabulary): British English for a French context; the Gregorian calendar
/// everywhere, because every date Escale keeps is one of a French paper, deadline or appointment
/// ([`GREGORIAN_NOT_BY_DEFAULT`]); the digits of [`NUMBERING_SYSTEMS`].
pub fn intl_locale_tag(language: &str) -> String {
    let region = if language == "en" { "-GB" } else { "" };
    let calendar = if GREGORIAN_NOT_BY_DEFAULT.contains(&language) { "-ca-gregory" } else { "" };
    let digits = NUMBERING_SYSTEMS
        .iter()
        .find(|(code, _)| *code == language)
        .map(|(_, system)| format!("-nu-{system}"))
        .unwrap_or_default();
    let keywords = format!("{calendar}{digits}");
    let extension = if keywords.is_empty() { String::new() } else { format!("-u{keywords}") };
    format!("{language}{region}{extension}")
}

fn intl_locale(language: &str) -> icu_locale_core::Locale {
    intl_locale_tag(language).parse().unwrap_or_else(|_| icu_locale_core::locale!("fr"))
}

/// Whole numbers written as the language writes them (grouping, digits), kept per bundle by
/// Fluent's memoizer.
struct WholeNumbers(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for WholeNumbers {
    type Args = ();
    type Error = ();

    fn construct(language: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale = intl_locale(&language.to_string());
        icu_decimal::DecimalFormatter::try_new(locale.into(), Default::default()).map(WholeNumbers).map_err(|_| ())
    }
}

/// Fluent's number formatting, localised for whole numbers ("1 234" in French, "۱٬۲۳۴" in
/// Persian); other numbers keep Fluent's own formatting.
fn localised_number<M: fluent_bundle::memoizer::MemoizerKind>(value: &FluentValue<'_>, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    // Numbers asked without grouping (years, bounds in error messages) keep Fluent's plain form.
    let whole = number.value.fract() == 0.0
        && number.value.abs() < 1e15
        && number.options.minimum_fraction_digits.is_none()
        && number.options.use_grouping;
    if !whole {
        return None;
    }
    let decimal = icu_decimal::input::Decimal::from(number.value as i64);
    memoizer.with_try_get_threadsafe::<WholeNumbers, _, _>((), |numbers| numbers.0.format(&decimal).to_string()).ok()
}

fn bundle_for(language: &str) -> Option<FluentBundle<FluentResource>> {
    let identifier: LanguageIdentifier = language.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![identifier]);
    bundle.set_formatter(Some(localised_number));
    // Isolation marks keep numbers and names in place inside right-to-left sentences; in
    // left-to-right text they would only be invisible noise in terminals and files.
    bundle.set_use_isolating(is_right_to_left(language));
    let mut found = false;
    for (_, source) in fluent_sources(language) {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(resource) => resource,
            // A syntax error drops only the broken entries; a test keeps the files clean.
            Err((resource, _errors)) => resource,
        };
        // Duplicate ids are reported by a test; the first definition wins here.
        let _ = bundle.add_resource(resource);
        found = true;
    }
    found.then_some(bundle)
}

impl Localizer {
    /// The localizer of `language` ("fr", "ar", "pt-BR"…). An unknown language gives French.
    pub fn new(language: &str) -> Localizer {
        let primary = language.split(['-', '_']).next().unwrap_or("").to_lowercase();
        let mut bundles = Vec::new();
        let mut chosen = REFERENCE_LANGUAGE.to_string();
        if primary != REFERENCE_LANGUAGE
            && let Some(bundle) = bundle_for(&primary)
        {
            bundles.push(bundle);
            chosen = primary;
        }
        bundles.push(bundle_for(REFERENCE_LANGUAGE).expect("the reference language is always embedded"));
        Localizer { language: chosen, bundles, long_dates: std::sync::OnceLock::new(), long_months: std::sync::OnceLock::new(), short_months: std::sync::OnceLock::new() }
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    pub fn is_right_to_left(&self) -> bool {
        is_right_to_left(&self.language)
    }

    /// Whether any bundle of the chain has this message.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundles.iter().any(|bundle| bundle.has_message(id))
    }

    /// Whether the localizer's own language has this message, rather than only French, its
    /// fallback: a printed document does not write a French fallback in the column of the
    /// person's language (a right-to-left column would even scramble it).
    pub fn translates(&self, id: &str) -> bool {
        self.bundles.first().is_some_and(|bundle| bundle.has_message(id))
    }

    /// A day as this language writes it in a sentence ("14 mars 2025", "14 березня 2025 р.").
    pub fn date(&self, day: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let formatter = self.long_dates.get_or_init(|| {
            icu_datetime::DateTimeFormatter::try_new(intl_locale(&self.language).into(), icu_datetime::fieldsets::YMD::long()).ok()
        });
        let date = u8::try_from(day.month())
            .ok()
            .zip(u8::try_from(day.day()).ok())
            .and_then(|(month, day_of_month)| icu_calendar::Date::try_new_iso(day.year(), month, day_of_month).ok());
        match (formatter, date) {
            (Some(formatter), Some(date)) => formatter.format(&date).to_string(),
            // No data for the language (never for a shipped one): the ISO day, unambiguous.
            _ => day.to_string(),
        }
    }

    /// A month as this language names it in a title ("octobre 2026", "жовтень 2026 р.").
    pub fn month(&self, day: chrono::NaiveDate) -> String {
        self.month_as(day, &self.long_months, icu_datetime::fieldsets::YM::long())
    }

    /// A month in few letters, for the labels of a chart ("oct. 2026").
    pub fn short_month(&self, day: chrono::NaiveDate) -> String {
        self.month_as(day, &self.short_months, icu_datetime::fieldsets::YM::medium())
    }

    fn month_as(
        &self,
        day: chrono::NaiveDate,
        formatter: &std::sync::OnceLock<Option<icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YM>>>,
        fields: icu_datetime::fieldsets::YM,
    ) -> String {
        use chrono::Datelike;
        let formatter = formatter
            .get_or_init(|| icu_datetime::DateTimeFormatter::try_new(intl_locale(&self.language).into(), fields).ok());
        let date = u8::try_from(day.month()).ok().and_then(|month| icu_calendar::Date::try_new_iso(day.year(), month, 1).ok());
        match (formatter, date) {
            (Some(formatter), Some(date)) => formatter.format(&date).to_string(),
            _ => day.format("%Y-%m").to_string(),
        }
    }

    /// The message `id` with its arguments. A missing message yields its id, which tests forbid.
    pub fn message(&self, id: &str, arguments: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_arguments = FluentArgs::new();
        for (name, value) in arguments {
            match value {
                FluentValue::String(text) if self.is_right_to_left() => {
                    fluent_arguments.set(*name, FluentValue::from(keeps_its_direction(text)));
                }
                _ => fluent_arguments.set(*name, value.clone()),
            }
        }
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_arguments), &mut errors);
            return text.into_owned();
        }
        id.to_string()
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.message(id, &[])
    }

    /// The translated explanation of an error, from its stable code and arguments. For refused
    /// input, the first broken rule; [`Localizer::error_lines`] gives them all.
    pub fn error(&self, error: &CoreError) -> String {
        self.coded_message(error.code(), &error.arguments())
    }

    /// One translated line per thing to fix: every broken rule of refused input, or the error.
    pub fn error_lines(&self, error: &CoreError) -> Vec<String> {
        match error.validation_errors() {
            [] => vec![self.error(error)],
            broken => broken.iter().map(|rule| self.coded_message(rule.code(), &rule.arguments())).collect(),
        }
    }

    fn coded_message(&self, code: &str, arguments: &std::collections::BTreeMap<&'static str, String>) -> String {
        self.coded(code, arguments.iter().map(|(name, value)| (*name, value.as_str())))
    }

    /// The message `error-<code>` with arguments given as text, for codes that travel as data
    /// (an import's line issues, the errors of other crates): numbers are read back as numbers
    /// for plural selectors, as for the core's own errors.
    pub fn coded<'a>(&self, code: &str, arguments: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
        let values: Vec<(&str, FluentValue<'_>)> =
            arguments.into_iter().map(|(name, value)| (name, argument_value(value))).collect();
        self.message(&format!("error-{code}"), &values)
    }
}

/// An error argument as Fluent should see it: a whole number written canonically ("3", "120")
/// becomes an ungrouped number, so that plural selectors choose their variant ("3 символи", not
/// the default); anything else, codes with leading zeros ("01053") included, stays text.
fn argument_value(value: &str) -> FluentValue<'_> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let canonical = !digits.is_empty()
        && digits.len() <= 15
        && digits.bytes().all(|byte| byte.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    match canonical.then(|| value.parse::<f64>().ok()).flatten() {
        // Ungrouped: error arguments are bounds and years ("between 1900 and 2026").
        Some(number) => FluentValue::Number(fluent_bundle::types::FluentNumber::new(
            number,
            fluent_bundle::types::FluentNumberOptions { use_grouping: false, ..Default::default() },
        )),
        None => FluentValue::String(Cow::Borrowed(value)),
    }
}

/// How far the translation of one language has been checked, as its `locales/<language>/review.toml`
/// says: a structure sees in the settings which translations to have read by a native speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ReviewStatus {
    /// French: every other language is translated from it.
    Reference,
    /// Written (by developers or a machine), not yet read by a native speaker.
    Drafted,
    /// Read by a native speaker, on the date given.
    Reviewed,
}

/// One language shipped with Escale: its review status and how complete it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LocaleStatus {
    pub language: String,
    pub right_to_left: bool,
    pub review: ReviewStatus,
    #[ts(type = "string | null")]
    pub drafted_on: Option<chrono::NaiveDate>,
    #[ts(type = "string | null")]
    pub reviewed_on: Option<chrono::NaiveDate>,
    /// Who reviewed it (a name or a role), as the review file says.
    pub reviewer: Option<String>,
    /// Messages of the reference this language translates, and how many the reference has.
    pub translated_messages: u32,
    pub reference_messages: u32,
}

/// The review file of one language (`locales/<language>/review.toml`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    pub status: ReviewStatus,
    pub drafted: Option<chrono::NaiveDate>,
    pub reviewed: Option<chrono::NaiveDate>,
    pub reviewer: Option<String>,
}

/// The review of `language` read from its embedded `review.toml`, or what is wrong with it (a
/// test keeps every shipped file readable and consistent).
pub fn review_of(language: &str) -> Result<ReviewFile, String> {
    let (_, source) = REVIEW_FILES
        .iter()
        .find(|(l, _)| *l == language)
        .ok_or_else(|| format!("locales/{language}/review.toml is missing"))?;
    let file: ReviewFile = toml::from_str(source).map_err(|error| format!("locales/{language}/review.toml: {error}"))?;
    let consistent = match file.status {
        ReviewStatus::Reference => language == REFERENCE_LANGUAGE,
        ReviewStatus::Drafted => language != REFERENCE_LANGUAGE && file.drafted.is_some() && file.reviewed.is_none(),
        ReviewStatus::Reviewed => {
            language != REFERENCE_LANGUAGE && file.reviewed.is_some() && file.reviewer.as_deref().is_some_and(|r| !r.trim().is_empty())
        }
    };
    if !consistent {
        return Err(format!(
            "locales/{language}/review.toml: status {:?} needs: reference = French only; drafted = a `drafted` date and no \
             `reviewed`; reviewed = a `reviewed` date and a `reviewer`",
            file.status
        ));
    }
    Ok(file)
}

/// Ids of the messages with a value in `language` (a message with attributes only is no label).
fn message_ids_of(language: &str) -> BTreeSet<&'static str> {
    let mut ids = BTreeSet::new();
    for (_, source) in fluent_sources(language) {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry
                && message.value.is_some()
            {
                ids.insert(message.id.name);
            }
        }
    }
    ids
}

/// Every shipped language with its review status and completeness, in the order of
/// [`crate::vocabulary::DOCUMENT_LANGUAGES`] (French first).
pub fn locale_statuses() -> Vec<LocaleStatus> {
    let reference = message_ids_of(REFERENCE_LANGUAGE);
    let mut languages = available_languages();
    let listed = crate::vocabulary::DOCUMENT_LANGUAGES;
    languages.sort_by_key(|language| (listed.iter().position(|l| l == language).unwrap_or(listed.len()), *language));
    languages
        .into_iter()
        .map(|language| {
            let translated = message_ids_of(language).intersection(&reference).count();
            // An unreadable review file is a packaging mistake a test catches; shown as a draft
            // without dates rather than hiding the language.
            let review = review_of(language).unwrap_or(ReviewFile {
                status: ReviewStatus::Drafted,
                drafted: None,
                reviewed: None,
                reviewer: None,
            });
            LocaleStatus {
                language: language.to_string(),
                right_to_left: is_right_to_left(language),
                review: review.status,
                drafted_on: review.drafted,
                reviewed_on: review.reviewed,
                reviewer: review.reviewer,
                translated_messages: u32::try_from(translated).unwrap_or(u32::MAX),
                reference_messages: u32::try_from(reference.len()).unwrap_or(u32::MAX),
            }
        })
        .collect()
}
