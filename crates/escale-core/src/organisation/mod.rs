//! The organisation a mediator works for: the structure itself (name, SIRET, contact details),
//! its named places of activity (a post office, each stop of a bus, an association's room), and
//! the directory of local partners people are oriented to (CAF office, CCAS, France Services,
//! mission locale…), whose details go on printed summaries.
//!
//! The mediators of the laptop are the `session` folder's `Laptop`: each keeps their own store.

mod partners;
mod places;
mod structure;

pub use partners::{Partner, PartnerInput};
pub use places::{Place, PlaceInput};
pub use structure::{Structure, StructureInput, is_valid_siret};

use crate::error::ValidationError;
use crate::text;

/// Longest name of a structure, place or partner.
const NAME_MAX: usize = 200;
/// Longest postal address (a few lines).
const ADDRESS_MAX: usize = 500;
const PHONE_MAX: usize = 40;
/// The longest e-mail address SMTP allows.
const EMAIL_MAX: usize = 254;

// Each function below checks one field and returns its cleaned value or its first broken rule;
// an input's `validated` collects them (`RuleChecks`), so a form learns every mistake at once.

/// A one-line text field as stored: trimmed, in NFC, without control characters or
/// bidirectional overrides, within `max`.
fn one_line(field: &'static str, typed: &str, max: usize) -> Result<String, ValidationError> {
    let cleaned = text::clean_name(typed);
    text::check_plain_text(field, &cleaned, false)?;
    text::check_length(field, &cleaned, max)?;
    Ok(cleaned)
}

/// A text of several lines (an address, opening hours, notes): as a one-line field, but line
/// breaks and tabs are kept, Windows line ends made plain.
fn multi_line(field: &'static str, typed: &str, max: usize) -> Result<String, ValidationError> {
    let cleaned = text::clean_name(&typed.replace("\r\n", "\n"));
    text::check_plain_text(field, &cleaned, true)?;
    text::check_length(field, &cleaned, max)?;
    Ok(cleaned)
}

/// A name, required: `entity` says whose, for the message.
fn required_name(entity: &'static str, typed: &str) -> Result<String, ValidationError> {
    let name = one_line("name", typed, NAME_MAX)?;
    if name.is_empty() {
        return Err(ValidationError::EntityNameRequired { entity });
    }
    Ok(name)
}

/// A phone number, empty or plausible. Organisations also answer on French short numbers
/// (the CAF's 3230, France Travail's 3949, Allô Service Public's 3939).
fn phone(typed: &str) -> Result<String, ValidationError> {
    let phone = one_line("phone", typed, PHONE_MAX)?;
    if !phone.is_empty() && !text::is_plausible_phone(&phone) && !is_short_number(&phone) {
        return Err(ValidationError::PhoneInvalid);
    }
    Ok(phone)
}

/// Four digits starting with 1 or 3 (the French short numbers), spaces allowed: "32 30".
fn is_short_number(phone: &str) -> bool {
    let digits: Vec<char> = phone.chars().filter(|c| *c != ' ').collect();
    digits.len() == 4 && matches!(digits[0], '1' | '3') && digits.iter().all(char::is_ascii_digit)
}

/// An e-mail address, empty or plausible.
fn email(typed: &str) -> Result<String, ValidationError> {
    let email = one_line("email", typed, EMAIL_MAX)?;
    if !email.is_empty() && !text::is_plausible_email(&email) {
        return Err(ValidationError::EmailInvalid);
    }
    Ok(email)
}

/// Sorts rows by their name as people read a list: case, accents and scripts folded.
fn sort_by_name<T>(rows: &mut [T], name: impl Fn(&T) -> &str) {
    rows.sort_by_cached_key(|row| (crate::search::sort_key(name(row)), name(row).to_string()));
}
