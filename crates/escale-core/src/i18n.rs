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
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("language", &self.language).finish_non_exhaustive()
    }
}

fn bundle_for(language: &str) -> Option<FluentBundle<FluentResource>> {
    let identifier: LanguageIdentifier = language.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![identifier]);
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
        Localizer { language: chosen, bundles }
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

    /// The message `id` with its arguments. A missing message yields its id, which tests forbid.
    pub fn message(&self, id: &str, arguments: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_arguments = FluentArgs::new();
        for (name, value) in arguments {
            fluent_arguments.set(*name, value.clone());
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
        let values: Vec<(&str, FluentValue<'_>)> = arguments
            .iter()
            .map(|(name, value)| (*name, FluentValue::String(Cow::Borrowed(value.as_str()))))
            .collect();
        self.message(&format!("error-{code}"), &values)
    }
}
