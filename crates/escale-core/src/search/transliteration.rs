//! Names in other scripts, made findable from a French keyboard.
//!
//! Two things are derived from a folded piece written in another script:
//! - its **transliteration** in Latin letters, by the `any_ascii` crate: "шевченко" →
//!   "shevchenko", "ገብረሂወት" → "gebrehiwet", "διονυσης" → "dionysis". `any_ascii` was chosen
//!   over `deunicode` because its tables follow the romanizations found on documents (modern
//!   Greek, Ge'ez as Eritrean and Ethiopian passports spell it: "gebrehiwet" where `deunicode`
//!   gives "gaberahiwate"; "ə" as "e" where `deunicode` gives "@"), it has no dependency, and it
//!   is maintained with Unicode's releases.
//! - its **consonant skeleton**, for scripts whose romanizations disagree mostly on vowels:
//!   Arabic and Hebrew write no short vowels ("محمد" transliterates to "mhmd", while French
//!   documents say "Mohamed", "Mohammed" or "Muhammad"), and the Ge'ez script's sixth order is
//!   read with or without a vowel ("ኣብርሃም" is "abrham", documents say "Abraham"). A typed
//!   Latin word is reduced to the same skeleton and compared with these skeletons only, never
//!   with the skeletons of Latin names: "martin" must not find "Morton".
//!
//! The skeleton ([`skeleton`]) keeps the consonants, with the few spelling habits of French and
//! English transliterations that differ brought together (see the comments in it). It is
//! principled rather than a list of known variants: any name written in these scripts gets one,
//! and the typed spellings of it that differ by vowels, doubled letters, a final silent "h", or
//! French against English habits ("ch"/"sh", "dj"/"j", "k"/"q"/"c", "ou"/"w") meet it.

use super::fold::is_latin;

/// The transliteration of a folded piece in another script, in lower-case ASCII letters and
/// digits; empty when the crate has nothing for it.
pub(crate) fn transliterate(piece: &str) -> String {
    any_ascii::any_ascii(piece)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether a folded piece holds letters of a script whose transliterations differ mostly by
/// their vowels: Arabic (with Persian and Pashto letters), Hebrew, Syriac, Ge'ez (Tigrinya,
/// Amharic).
pub(crate) fn needs_skeleton(piece: &str) -> bool {
    piece.chars().any(|c| {
        matches!(u32::from(c),
            0x0590..=0x05FF        // Hebrew
            | 0x0600..=0x06FF      // Arabic
            | 0x0700..=0x074F      // Syriac
            | 0x0750..=0x077F      // Arabic Supplement
            | 0x08A0..=0x08FF      // Arabic Extended-A
            | 0x1200..=0x139F      // Ethiopic and Ethiopic Supplement
            | 0x2D80..=0x2DDF      // Ethiopic Extended
            | 0xAB00..=0xAB2F      // Ethiopic Extended-A
            | 0xFB50..=0xFDFF      // Arabic Presentation Forms-A
            | 0xFE70..=0xFEFF) // Arabic Presentation Forms-B
    })
}

/// The consonant skeleton of a word in lower-case ASCII letters (a transliteration, or a word
/// typed in Latin letters); empty when it has no consonant.
pub(crate) fn skeleton(latin: &str) -> String {
    debug_assert!(is_latin(latin), "skeletons are made from Latin letters");
    let letters: Vec<u8> = latin.bytes().filter(u8::is_ascii_lowercase).collect();
    let mut consonants: Vec<u8> = Vec::with_capacity(letters.len());
    let mut index = 0;
    while index < letters.len() {
        let next = letters.get(index + 1).copied();
        let (sound, width) = match (letters[index], next) {
            // ش: French writes "ch" (Chérif, Aïcha), English "sh": one sound, one letter ("x"
            // is free: no transliteration of these scripts gives it).
            (b'c' | b's', Some(b'h')) => (b'x', 2),
            // ج: French writes "dj" (Djamel), English "j"; Egyptian names' "g" stays "g".
            (b'd', Some(b'j')) => (b'j', 2),
            // A soft "c" is an "s" (Youcef); a hard one, "q" and "k" are one sound (ق, ك: Kader,
            // Qader, Cader).
            (b'c', Some(b'e' | b'i' | b'y')) => (b's', 1),
            (b'q' | b'c', _) => (b'k', 1),
            // Vowels, and the letters that Arabic and Hebrew also use as long vowels (و, ي).
            (b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w', _) => (0, 1),
            (letter, _) => (letter, 1),
        };
        // A doubled letter is one consonant written twice (Mohammed, Hassan).
        if sound != 0 && consonants.last() != Some(&sound) {
            consonants.push(sound);
        }
        index += width;
    }
    // A final "h" after a plain consonant is the silent ending ة / ه (Fatimah, Abdallah,
    // Aïcha); it is kept in "kh", "gh", "th", "dh", where it makes the sound.
    if consonants.len() > 1
        && consonants.last() == Some(&b'h')
        && !matches!(consonants[consonants.len() - 2], b'k' | b'g' | b't' | b'd')
    {
        consonants.pop();
    }
    String::from_utf8(consonants).expect("ASCII letters")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold::folded_words;

    fn folded(text: &str) -> String {
        folded_words(text).concat().concat()
    }

    #[test]
    fn names_in_other_scripts_transliterate_to_their_usual_latin_spelling() {
        for (native, latin) in [("Шевченко", "shevchenko"), ("Олена", "olena"), ("ገብረሂወት", "gebrehiwet"), ("ዮናስ", "yonas")] {
            assert_eq!(transliterate(&folded(native)), latin, "{native} is written {latin} on documents");
        }
    }

    #[test]
    fn french_and_english_spellings_meet_the_skeleton_of_the_arabic_name() {
        for (arabic, spellings) in [
            ("محمد", &["mohamed", "mohammed", "muhammad", "mouhamed", "mohamad"][..]),
            ("عائشة", &["aicha", "aisha", "aichah"]),
            ("فاطمة", &["fatima", "fatma", "fatimah"]),
            ("يوسف", &["youssef", "yusuf", "youcef"]),
            ("خديجة", &["khadija", "khadidja", "khadidjah"]),
            ("عبد الله", &["abdallah", "abdellah", "abdullah"]),
            ("جمال", &["djamel", "jamal", "djamal"]),
            ("قادر", &["kader", "qader", "cader"]),
            ("شريف", &["cherif", "sharif", "chrif"]),
            ("الشيخ", &["elcheikh", "alshaykh"]),
            ("حسینی", &["hosseini", "hosseyni", "husaini"]),
            ("ኣብርሃም", &["abraham", "abrham"]),
        ] {
            let arabic_skeleton = skeleton(&transliterate(&folded(arabic)));
            for spelling in spellings {
                assert_eq!(skeleton(spelling), arabic_skeleton, "{spelling} is a usual spelling of {arabic}");
            }
        }
    }

    #[test]
    fn only_the_scripts_without_written_vowels_get_a_skeleton() {
        assert!(needs_skeleton("محمد") && needs_skeleton("דוד") && needs_skeleton("ሳባ"), "abjads and Ge'ez");
        assert!(!needs_skeleton("шевченко") && !needs_skeleton("martin"), "Cyrillic and Latin write their vowels");
    }
}
