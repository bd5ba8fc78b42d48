//! Folding names into search terms, so that a person is found however their name is typed.
//!
//! Names are folded in Rust, once, both when they are indexed and when a query is typed; the
//! FTS5 table then only matches plain prefixes. Folding:
//! - compatibility-decomposes (NFKD) and drops combining marks: "É" → "e", "ё" → "е",
//!   Arabic short vowels and hamza marks disappear;
//! - lower-cases;
//! - unifies letters typed differently on Arabic and Persian keyboards (ي/ی/ى, ك/ک, ة/ه),
//!   and drops tatweel and zero-width joiners;
//! - treats apostrophes and hyphens as joiners: "N'Diaye" is indexed as "ndiaye" and also as
//!   "n" and "diaye", so "ndiaye", "n'diaye", "n diaye" and "diaye" all find it.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Characters that join parts of one name: apostrophes and hyphens of every kind.
fn is_joiner(character: char) -> bool {
    matches!(
        character,
        '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '-' | '‐' | '‑' | '‒' | '–' | '—' | '\u{00AD}'
    )
}

/// Folds one character after decomposition; `None` drops it.
fn fold_character(character: char) -> Option<char> {
    if is_combining_mark(character) {
        return None;
    }
    Some(match character {
        // Arabic script: letters that keyboards and habits spell differently.
        'ى' | 'ی' | 'ې' | 'ۍ' => 'ي',
        'ک' => 'ك',
        'ة' => 'ه',
        'ٱ' => 'ا',
        // Tatweel (elongation) and zero-width (non-)joiners carry no meaning for matching.
        'ـ' | '\u{200C}' | '\u{200D}' => return None,
        other => other,
    })
}

/// Splits text into words, each word being a list of its parts (separated by joiners),
/// every part folded.
fn folded_words(text: &str) -> Vec<Vec<String>> {
    let mut words = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    let mut part = String::new();
    let finish_word = |parts: &mut Vec<String>, part: &mut String, words: &mut Vec<Vec<String>>| {
        if !part.is_empty() {
            parts.push(std::mem::take(part));
        }
        if !parts.is_empty() {
            words.push(std::mem::take(parts));
        }
    };
    for character in text.nfkd() {
        if is_joiner(character) {
            if !part.is_empty() {
                parts.push(std::mem::take(&mut part));
            }
            continue;
        }
        let Some(folded) = fold_character(character) else { continue };
        if folded.is_alphanumeric() {
            part.extend(folded.to_lowercase());
        } else {
            finish_word(&mut parts, &mut part, &mut words);
        }
    }
    finish_word(&mut parts, &mut part, &mut words);
    words
}

/// The text to index for a person: every word folded, compound words both joined and split.
pub fn index_terms<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let mut terms: Vec<String> = Vec::new();
    for name in names {
        for parts in folded_words(name) {
            if parts.len() > 1 {
                terms.push(parts.concat());
            }
            terms.extend(parts);
        }
    }
    terms.join(" ")
}

/// An FTS5 MATCH expression: every typed word must start a term of the name.
/// Returns `None` when the query holds nothing searchable (only spaces or punctuation).
pub fn match_expression(query: &str) -> Option<String> {
    let words = folded_words(query);
    if words.is_empty() {
        return None;
    }
    // Each word is joined ("n'diaye" → "ndiaye"), quoted so FTS5 syntax never leaks in, and
    // made a prefix query so that results appear while the name is being typed.
    let expression = words
        .iter()
        .map(|parts| format!("\"{}\"*", parts.concat().replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" AND ");
    Some(expression)
}

/// A key to sort names alphabetically, regardless of case and accents.
pub fn sort_key(text: &str) -> String {
    folded_words(text).into_iter().map(|parts| parts.concat()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_apostrophes_and_hyphens_fold_away() {
        assert_eq!(
            index_terms(["Élodie", "N'Diaye"]),
            "elodie ndiaye n diaye",
            "the compound last name is indexed joined and as its parts"
        );
        assert_eq!(index_terms(["Jean-Édouard"]), "jeanedouard jean edouard");
        assert_eq!(match_expression("elodie  ndiaye").as_deref(), Some("\"elodie\"* AND \"ndiaye\"*"));
        assert_eq!(
            match_expression("N’DIAYE").as_deref(),
            Some("\"ndiaye\"*"),
            "a typographic apostrophe and capitals give the same query as plain letters"
        );
    }

    #[test]
    fn arabic_and_cyrillic_fold_to_one_spelling() {
        // أحمد with hamza, and احمد typed without it, must meet.
        assert_eq!(index_terms(["أحمد"]), index_terms(["احمد"]), "hamza on alef is dropped");
        assert_eq!(index_terms(["فاطمة"]), index_terms(["فاطمه"]), "teh marbuta folds to heh");
        assert_eq!(index_terms(["علی"]), index_terms(["علي"]), "Persian yeh folds to Arabic yeh");
        assert_eq!(index_terms(["Алёна"]), "алена", "ё folds to е and capitals are lowered");
    }

    #[test]
    fn queries_of_punctuation_only_are_not_searched() {
        assert_eq!(match_expression("  ' - "), None, "nothing searchable, no MATCH expression");
        assert_eq!(
            match_expression("a\"b").as_deref(),
            Some("\"a\"* AND \"b\"*"),
            "a double quote separates words and never reaches FTS5 syntax"
        );
    }
}
