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
