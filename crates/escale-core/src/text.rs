//! Small rules for free text typed by mediators.

use crate::error::ValidationError;

/// Trims surrounding white space; inner text is kept as typed.
pub(crate) fn clean(text: &str) -> String {
    text.trim().to_string()
}

/// A name as stored: trimmed and in NFC, so that one name typed with precomposed or combining
/// accents ("é" or "e" + "◌́") is stored, compared and exported the same way.
pub(crate) fn clean_name(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.trim().nfc().collect()
}

/// Refuses what has no place in text typed by a mediator, whatever the field: control characters
/// (ESC starts the escape sequences that rewrite a terminal; NUL and the others break listings and
/// spreadsheets), and the bidirectional embeddings, overrides and isolates that reorder what
/// follows them, so that a name would show differently from what is stored. Line breaks and tabs
/// are kept where the field holds several lines (notes). The marks that writing Arabic or Persian
/// needs (LRM, RLM, ALM, zero-width joiner and non-joiner) are allowed.
pub(crate) fn check_plain_text(field: &'static str, text: &str, multiline: bool) -> Result<(), ValidationError> {
    let refused = |c: char| match c {
        '\n' | '\t' if multiline => false,
        '\r' if multiline => false,
        c if c.is_control() => true,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' => true,
        _ => false,
    };
    if text.chars().any(refused) {
        return Err(ValidationError::ControlCharacters { field });
    }
    Ok(())
}

pub(crate) fn check_length(field: &'static str, text: &str, max: usize) -> Result<(), ValidationError> {
    if text.chars().count() > max {
        return Err(ValidationError::TooLong { field, max });
    }
    Ok(())
}

/// A plausible e-mail address: one @, something on both sides, a dot in the domain, no spaces.
pub(crate) fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
}

/// A plausible phone number: digits with usual separators and an optional leading +,
/// between 6 and 15 digits (international numbers included).
pub(crate) fn is_plausible_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .chars()
        .enumerate()
        .all(|(index, c)| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')') || (c == '+' && index == 0));
    allowed && (6..=15).contains(&digits)
}

/// A BCP 47 primary language subtag: 2 or 3 lowercase ASCII letters ("fr", "ar", "snk").
pub(crate) fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_bidirectional_overrides_are_refused() {
        for text in ["a\u{1b}[31mb", "nul\0", "\u{202E}evil", "iso\u{2066}late", "bell\u{7}", "c1\u{85}"] {
            assert_eq!(
                check_plain_text("notes", text, true),
                Err(ValidationError::ControlCharacters { field: "notes" }),
                "{text:?} would rewrite a terminal or reorder a listing"
            );
        }
        assert!(check_plain_text("notes", "line one\nline two\tend\r\n", true).is_ok(), "notes keep their lines");
        assert!(check_plain_text("name", "one\ntwo", false).is_err(), "a name is one line");
        assert!(
            check_plain_text("name", "محمد\u{200F} 2024-123-B زهرا\u{200C}ی", false).is_ok(),
            "the marks Arabic and Persian writing needs are allowed"
        );
    }
}
