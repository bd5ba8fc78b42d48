//! Finding a person however their name is typed, and the name index that makes it fast.
//!
//! Names are folded in Rust, once, both when they are indexed and when a query is typed
//! (`fold.rs`: case, accents, letters without a base letter, apostrophes and hyphens, Arabic and
//! Persian letter variants); the FTS5 table then only matches plain prefixes. What a person is
//! indexed under ([`index_entry`]), for each of their names:
//! - every piece of every word: "N'Diaye" → "n", "diaye";
//! - the name written without its spaces, hyphens and apostrophes, and without its first words
//!   one by one: "Saint-Just-Lefèvre" → "saintjustlefevre", "justlefevre"; "Le Goff" → "legoff";
//!   "de La Fontaine" → "delafontaine", "lafontaine";
//! - the name without its particles ("de", "da", "van", "ben", "ould"…), joined:
//!   "Jean de La Fontaine" → "jeanfontaine";
//! - Arabic words without their article: "العلوي" → "علوي";
//! - names in other scripts also in Latin letters, and for Arabic, Hebrew and Ge'ez names their
//!   consonant skeleton, kept in a column of its own (`transliteration.rs`).

mod fold;
pub(crate) mod name_index;
mod transliteration;

pub(crate) use fold::is_written_in_latin_letters;

use fold::{folded_words, is_latin};
use transliteration::{needs_skeleton, skeleton, transliterate};

/// Words that introduce a family name, folded; a name is also indexed without them.
const PARTICLES: &[&str] = &[
    // French, Spanish, Portuguese, Italian
    "de", "d", "du", "des", "la", "le", "les", "l", "da", "das", "do", "dos", "di", "del", "della", "dei", "y", "e",
    // Dutch, German
    "van", "von", "der", "den", "ter", "ten", "zu",
    // Arabic and Berber names written in Latin letters
    "al", "el", "ben", "bin", "ibn", "bint", "ould", "ait", "abu", "abou", "bou",
    // The same in Arabic script (folded)
    "ال", "بن", "ابن", "بنت", "ابو", "ولد",
];

/// The Arabic definite article, written attached to the word it defines.
const ARABIC_ARTICLE: &str = "ال";

/// What the name index holds for one person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexEntry {
    /// Folded terms, separated by spaces: what any typed word is matched against.
    pub terms: String,
    /// Consonant skeletons of names in scripts without written vowels: what a word typed in
    /// Latin letters is also matched against.
    pub skeletons: String,
}

impl IndexEntry {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.skeletons.is_empty()
    }
}

/// Collects terms once each, in the order found.
#[derive(Default)]
struct TermList(Vec<String>);

impl TermList {
    fn add(&mut self, term: String) {
        if !term.is_empty() && !self.0.contains(&term) {
            self.0.push(term);
        }
    }
}

/// The index entry for a person known under `names` (each a first or last name, in any script).
pub fn index_entry<'a>(names: impl IntoIterator<Item = &'a str>) -> IndexEntry {
    // Every form a name can be typed in, before transliteration.
    let mut forms = TermList::default();
    for name in names {
        let pieces: Vec<String> = folded_words(name).concat();
        for piece in &pieces {
            forms.add(piece.clone());
            if let Some(rest) = piece.strip_prefix(ARABIC_ARTICLE)
                && rest.chars().count() >= 2
            {
                forms.add(rest.to_string());
            }
        }
        for start in 0..pieces.len().saturating_sub(1) {
            forms.add(pieces[start..].concat());
        }
        let without_particles: Vec<&String> =
            pieces.iter().filter(|piece| !PARTICLES.contains(&piece.as_str())).collect();
        if without_particles.len() > 1 && without_particles.len() < pieces.len() {
            forms.add(without_particles.into_iter().map(String::as_str).collect());
        }
    }
    let mut terms = TermList::default();
    let mut skeletons = TermList::default();
    for form in forms.0 {
        if !is_latin(&form) {
            let latin = transliterate(&form);
            if needs_skeleton(&form) {
                skeletons.add(skeleton(&latin));
            }
            terms.add(latin);
        }
        terms.add(form);
    }
    IndexEntry { terms: terms.0.join(" "), skeletons: skeletons.0.join(" ") }
}

/// One typed word, folded: it must start a term of the name, or, typed in Latin letters, start
/// the consonant skeleton of a name in a script without written vowels.
#[derive(Debug, Clone, PartialEq, Eq)]
struct QueryWord {
    word: String,
    /// Empty when the word is not in Latin letters or has no consonant.
    skeleton: String,
}

/// A search typed by a mediator, folded once and matched by the FTS5 table
/// ([`NameQuery::match_expression`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameQuery {
    words: Vec<QueryWord>,
}

impl NameQuery {
    /// `None` when the query holds nothing searchable (only spaces or punctuation).
    pub fn parse(query: &str) -> Option<NameQuery> {
        let words: Vec<QueryWord> = folded_words(query)
            .into_iter()
            .map(|pieces| {
                // Each word is joined: "n'diaye" → "ndiaye".
                let word = pieces.concat();
                // A word typed without vowels ("mhmd", "zzz") is already a skeleton, matched by
                // the transliterations among the terms: its own would only add chance matches.
                let has_vowel = word.bytes().any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w'));
                let skeleton = if is_latin(&word) && has_vowel { skeleton(&word) } else { String::new() };
                QueryWord { word, skeleton }
            })
            .collect();
        (!words.is_empty()).then_some(NameQuery { words })
    }

    /// An FTS5 MATCH expression over the name index: every word a prefix query, so that
    /// results appear while the name is being typed, quoted so that FTS5 syntax never leaks in
    /// (folded words hold letters and digits only; quotes are doubled all the same).
    pub fn match_expression(&self) -> String {
        let quoted = |text: &str| format!("\"{}\"*", text.replace('"', "\"\""));
        self.words
            .iter()
            .map(|QueryWord { word, skeleton }| {
                if skeleton.is_empty() {
                    format!("terms : {}", quoted(word))
                } else {
                    format!("(terms : {} OR skeletons : {})", quoted(word), quoted(skeleton))
                }
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    }
}

/// The FTS5 MATCH expression of a typed query (see [`NameQuery`]); `None` when the query holds
/// nothing searchable.
pub fn match_expression(query: &str) -> Option<String> {
    NameQuery::parse(query).map(|query| query.match_expression())
}

/// A key to sort names alphabetically, regardless of case and accents, names in other scripts
/// by their transliteration: "Шевченко" sorts as "shevchenko", among the S.
pub fn sort_key(text: &str) -> String {
    folded_words(text)
        .into_iter()
        .map(|pieces| {
            pieces
                .iter()
                .map(|piece| if is_latin(piece) { piece.clone() } else { latin_or_native(piece) })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every piece of a name (words, and the parts of hyphenated or apostrophed words), folded, in
/// Latin letters where a transliteration exists: "Kourouma-Sylla" and "kourouma sylla" give the
/// same pieces.
pub(crate) fn name_pieces(text: &str) -> Vec<String> {
    folded_words(text)
        .concat()
        .into_iter()
        .map(|piece| if is_latin(&piece) { piece } else { latin_or_native(&piece) })
        .collect()
}

/// The transliteration of a piece, or the piece itself when its script has no transliteration.
fn latin_or_native(piece: &str) -> String {
    let latin = transliterate(piece);
    if latin.is_empty() { piece.to_string() } else { latin }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(names: &[&str]) -> String {
        index_entry(names.iter().copied()).terms
    }

    #[test]
    fn compound_names_are_indexed_whole_joined_and_without_particles() {
        assert_eq!(terms(&["Élodie", "N'Diaye"]), "elodie n diaye ndiaye", "pieces, then the name joined");
        assert_eq!(terms(&["Jean-Édouard"]), "jean edouard jeanedouard");
        assert_eq!(
            terms(&["Saint-Just-Lefèvre"]),
            "saint just lefevre saintjustlefevre justlefevre",
            "the name joined, and without its first pieces one by one"
        );
        assert_eq!(terms(&["Le Goff"]), "le goff legoff", "spaces joined like hyphens");
        assert_eq!(
            terms(&["Jean de La Fontaine"]),
            "jean de la fontaine jeandelafontaine delafontaine lafontaine jeanfontaine",
            "and without its particles"
        );
    }

    #[test]
    fn arabic_names_are_also_indexed_without_their_article() {
        let entry = index_entry(["العلوي"]);
        assert!(entry.terms.split(' ').any(|t| t == "علوي"), "the word without ال is a term: {entry:?}");
        assert_eq!(index_entry(["ال"]).terms, "l ال", "an article alone is not stripped to nothing");
    }

    #[test]
    fn names_in_other_scripts_are_indexed_in_latin_letters_too() {
        let entry = index_entry(["Шевченко"]);
        assert_eq!(entry.terms, "shevchenko шевченко", "the transliteration beside the name");
        assert_eq!(entry.skeletons, "", "Cyrillic writes its vowels: no skeleton");
        let entry = index_entry(["محمد"]);
        assert_eq!(entry.skeletons, "mhmd", "the consonants of an Arabic name");
    }

    #[test]
    fn queries_match_terms_and_latin_words_match_skeletons_too() {
        assert_eq!(
            match_expression("elodie  n'diaye").as_deref(),
            Some("(terms : \"elodie\"* OR skeletons : \"ld\"*) AND (terms : \"ndiaye\"* OR skeletons : \"nd\"*)")
        );
        assert_eq!(
            match_expression("N’DIAYE"),
            match_expression("ndiaye"),
            "a typographic apostrophe and capitals give the same query as plain letters"
        );
        assert_eq!(match_expression("шев").as_deref(), Some("terms : \"шев\"*"), "no skeleton for other scripts");
        assert_eq!(match_expression("a").as_deref(), Some("terms : \"a\"*"), "no skeleton without a consonant");
        assert_eq!(match_expression("zzz").as_deref(), Some("terms : \"zzz\"*"), "nor without a vowel");
    }

    #[test]
    fn queries_of_punctuation_only_are_not_searched() {
        assert_eq!(match_expression("  ' - "), None, "nothing searchable, no MATCH expression");
        assert_eq!(
            match_expression("a\"b").as_deref(),
            Some("terms : \"a\"* AND terms : \"b\"*"),
            "a double quote separates words and never reaches FTS5 syntax"
        );
    }

    #[test]
    fn names_sort_by_their_latin_form() {
        assert_eq!(sort_key("Шевченко Олена"), "shevchenko olena", "Cyrillic sorts among the S");
        assert_eq!(sort_key("Le Goff  d'Arcy"), "le goff darcy", "words stay apart, pieces join");
    }
}
