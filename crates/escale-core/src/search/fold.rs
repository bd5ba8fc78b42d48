//! Folding text into the pieces that the name index and queries compare.
//!
//! A piece is a run of letters and digits, folded:
//! - compatibility-decomposed (NFKD) with combining marks dropped: "É" → "e", "ş" → "s",
//!   "ё" → "е", Arabic short vowels and hamza marks disappear;
//! - lower-cased;
//! - Latin letters that do not decompose into a base letter and a mark are spelled with the
//!   letters a French keyboard types for them: "œ" → "oe", "æ" → "ae", "ß" → "ss", "ø" → "o",
//!   "đ" → "d", "ł" → "l", "ı" → "i", "þ" → "th", "ŋ" → "ng", "ɛ" → "e", "ɔ" → "o", "ɓ" → "b"…
//!   (Nordic, Polish, Turkish, German, Icelandic, Vietnamese, Croatian, and the Latin alphabets of
//!   West African languages such as Fula, Bambara and Wolof);
//! - letters typed differently on Arabic and Persian keyboards are unified (ي/ی/ى, ك/ک, ة/ه),
//!   tatweel and zero-width joiners dropped.
//!
//! Letters of other scripts stay as they are (Cyrillic, Arabic, Ethiopic…): the index also
//! holds their transliteration (see `transliteration.rs`), never in place of the original.
//!
//! Apostrophes and hyphens join the pieces of one word ("N'Diaye", "Saint-Just-Lefèvre"); any
//! other character that is not a letter or a digit separates words.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Characters that join parts of one name: apostrophes and hyphens of every kind.
fn is_joiner(character: char) -> bool {
    matches!(
        character,
        '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´' | '-' | '‐' | '‑' | '‒' | '–' | '—' | '\u{00AD}'
    )
}

/// The Unicode blocks of Latin letters beyond ASCII: Latin-1 Supplement, Extended-A and -B,
/// IPA Extensions (ɛ, ɔ, ŋ of African alphabets), Extended Additional, -C, -D and -E.
fn is_extended_latin(character: char) -> bool {
    matches!(
        u32::from(character),
        0x00C0..=0x02AF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xAB30..=0xAB6F
    )
}

/// Appends one character, already decomposed and lower-cased, to `piece` in its folded form.
fn push_folded(character: char, piece: &mut String) {
    match character {
        // Arabic script: letters that keyboards and habits spell differently.
        'ى' | 'ی' | 'ې' | 'ۍ' => piece.push('ي'),
        'ک' => piece.push('ك'),
        'ة' => piece.push('ه'),
        'ٱ' => piece.push('ا'),
        // Tatweel (elongation) and zero-width (non-)joiners carry no meaning for matching.
        'ـ' | '\u{200C}' | '\u{200D}' => {}
        // A Latin letter left after decomposition has no base letter of its own ("ø", "ß",
        // "ł"): the transliteration table gives the ASCII letters people type for it.
        latin if is_extended_latin(latin) && latin.is_alphabetic() => piece.extend(
            any_ascii::any_ascii_char(latin)
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase()),
        ),
        other => piece.push(other),
    }
}

/// Splits text into words, each word being the list of its pieces (separated by joiners).
pub(crate) fn folded_words(text: &str) -> Vec<Vec<String>> {
    let mut words = Vec::new();
    let mut pieces: Vec<String> = Vec::new();
    let mut piece = String::new();
    let end_piece = |pieces: &mut Vec<String>, piece: &mut String| {
        if !piece.is_empty() {
            pieces.push(std::mem::take(piece));
        }
    };
    for character in text.nfkd() {
        if is_joiner(character) {
            end_piece(&mut pieces, &mut piece);
            continue;
        }
        if is_combining_mark(character) {
            continue;
        }
        if character.is_alphanumeric() || matches!(character, '\u{200C}' | '\u{200D}' | 'ـ') {
            for lower in character.to_lowercase() {
                // Lower-casing can yield a combining mark ("İ" → "i̇"): it is dropped too.
                if !is_combining_mark(lower) {
                    push_folded(lower, &mut piece);
                }
            }
        } else {
            end_piece(&mut pieces, &mut piece);
            if !pieces.is_empty() {
                words.push(std::mem::take(&mut pieces));
            }
        }
    }
    end_piece(&mut pieces, &mut piece);
    if !pieces.is_empty() {
        words.push(pieces);
    }
    words
}

/// Whether a folded piece is written in Latin letters and digits only (folding leaves no other
/// Latin letter than ASCII).
pub(crate) fn is_latin(piece: &str) -> bool {
    piece.bytes().all(|byte| byte.is_ascii_alphanumeric())
}

/// Whether every letter of `text` is a Latin letter, accented or not (digits and punctuation
/// may appear): the rule of a name as written on French documents.
pub(crate) fn is_written_in_latin_letters(text: &str) -> bool {
    text.nfkd()
        .filter(|c| c.is_alphabetic() && !is_combining_mark(*c))
        .all(|c| c.is_ascii_alphabetic() || is_extended_latin(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<String> {
        folded_words(text).concat()
    }

    #[test]
    fn latin_letters_without_a_base_letter_are_spelled_in_ascii() {
        for (typed, folded) in [
            ("Œuvre", "oeuvre"),
            ("Lætitia", "laetitia"),
            ("Strauß", "strauss"),
            ("STRAUẞ", "strauss"),
            ("Søren", "soren"),
            ("Đặng", "dang"),
            ("Łukasz", "lukasz"),
            ("Işık", "isik"),
            ("İlknur", "ilknur"),
            ("Þórður", "thordur"),
            ("Ştefănescu", "stefanescu"),
            ("Nguyễn", "nguyen"),
            ("Ðorđević", "dordevic"),
            ("Kɔnɛ", "kone"),
            ("Ɓah", "bah"),
            ("Əliyev", "eliyev"),
        ] {
            assert_eq!(pieces(typed), [folded], "{typed} is typed {folded} on a French keyboard");
        }
    }

    #[test]
    fn joiners_split_pieces_and_other_punctuation_splits_words() {
        assert_eq!(folded_words("N'Diaye"), [vec!["n", "diaye"]], "an apostrophe joins two pieces of one word");
        assert_eq!(
            folded_words("Saint-Just-Lefèvre  Da Silva"),
            [vec!["saint", "just", "lefevre"], vec!["da"], vec!["silva"]],
            "hyphens join, spaces separate"
        );
        assert_eq!(folded_words(" ' - "), Vec::<Vec<String>>::new(), "punctuation alone folds to nothing");
    }

    #[test]
    fn names_as_on_french_documents_are_in_latin_letters() {
        for name in ["Olena", "Øster-Ağaoğlu", "N'Guessan", "Đặng", "Kɔnɛ", ""] {
            assert!(is_written_in_latin_letters(name), "{name} is written in Latin letters");
        }
        for name in ["Олена", "محمد", "Olena Шевченко", "ሳባ"] {
            assert!(!is_written_in_latin_letters(name), "{name} holds letters of another script");
        }
    }

    #[test]
    fn arabic_letter_variants_fold_to_one_spelling() {
        assert_eq!(pieces("أحمد"), pieces("احمد"), "hamza on alef is dropped");
        assert_eq!(pieces("فاطمة"), pieces("فاطمه"), "teh marbuta folds to heh");
        assert_eq!(pieces("علی"), pieces("علي"), "Persian yeh folds to Arabic yeh");
        assert_eq!(pieces("محـــمد"), pieces("محمد"), "tatweel is dropped");
        assert_eq!(pieces("Алёна"), ["алена"], "ё folds to е and capitals are lowered");
    }
}
