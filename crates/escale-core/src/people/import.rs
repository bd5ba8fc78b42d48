//! Importing people from another tool's file (the national platform's template, a mediator's
//! own spreadsheet): what a line means, which lines are taken, and writing them all or nothing.
//!
//! The core knows no file format: a reader (`escale-exchange`) turns a file into
//! [`PersonLine`]s, the text found in the columns of each field. Here each line becomes a
//! [`BeneficiaryInput`] checked by the same rules as a form, every broken rule at once.
//!
//! The policy:
//! - A line that breaks a rule is refused, with every reason (code and field); the others are
//!   taken. Nothing is written before the mediator has seen the preview.
//! - The commune is found from its **name** in the official list. Codes only choose among
//!   namesakes (Saint-Denis): the national template's INSEE and postal codes are formulas whose
//!   cached values may be stale or missing, so they never override the name. Without a name,
//!   an INSEE code, else a postal code that belongs to one commune only, is used. A commune
//!   that cannot be found, or stays ambiguous, does not refuse the person: the line is taken
//!   without a commune, with a remark saying so (the person matters more than their commune,
//!   which can be added to their file later).
//! - Likely duplicates (same folded name and birth year, as `duplicates.rs` decides) are
//!   pointed out, against the people already here and against earlier lines of the file. They
//!   are imported unless the mediator asks to leave them out.
//! - The import is one write transaction: cancelled (its progress answers `false`) or failed,
//!   nothing is written. Each person created is in the audit log by identifier only.

use std::collections::{BTreeMap, HashMap};

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use crate::beneficiary::{self, BeneficiaryInput};
use crate::clock;
use crate::commune::{self, Commune};
use crate::error::{CoreError, CoreResult, ValidationError};
use crate::people::duplicates::folded_words;
use crate::progress::Progress;
use crate::storage::Store;
use crate::vocabulary::{Gender, SocialStatus};

/// One line of a file of people, as text, before any rule is applied.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonLine {
    /// The line number the file shows (a spreadsheet's row number).
    pub line: u32,
    pub last_name: String,
    pub first_name: String,
    /// A year ("1970"), or a date whose year is taken ("12/03/1970", "1970-03-12").
    pub birth_year: String,
    pub commune: String,
    pub insee_code: String,
    pub postal_code: String,
    pub phone: String,
    pub email: String,
    /// F, M or N by its first letter ("Féminin", "Masculin", "Non communiqué"), H for homme.
    pub gender: String,
    /// The national labels ("Scolarisé", "Sans emploi", "En emploi", "Retraité", "Non
    /// communiqué ou hétérogène"), their codes, or the usual words for them ("retraitée",
    /// "demandeur d'emploi", "salarié", "étudiant").
    pub social_status: String,
    pub notes: String,
}

/// Something said of one line: a broken rule (the line is refused) or a remark (the line is
/// taken). Translated by the Fluent message `error-<code>` with `arguments`; `field` names the
/// field, as the form's errors do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LineIssue {
    pub line: u32,
    pub code: String,
    pub field: Option<String>,
    pub arguments: BTreeMap<String, String>,
}

impl LineIssue {
    fn of_rule(line: u32, rule: &ValidationError) -> LineIssue {
        LineIssue {
            line,
            code: rule.code().to_string(),
            field: rule.field().map(str::to_string),
            arguments: rule.arguments().into_iter().map(|(name, value)| (name.to_string(), value)).collect(),
        }
    }

    fn remark(line: u32, code: &str, field: &str) -> LineIssue {
        let mut arguments = BTreeMap::new();
        arguments.insert("fieldId".to_string(), field.to_string());
        LineIssue { line, code: code.to_string(), field: Some(field.to_string()), arguments }
    }
}

/// A line that looks like a person already known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LikelyDuplicate {
    pub line: u32,
    /// People already here with the same folded name and birth year (at most ten).
    pub existing_ids: Vec<String>,
    /// The first earlier line of the same file with the same folded name and birth year.
    pub earlier_line: Option<u32>,
}

/// A person as they would be recorded, for the first lines of the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewPerson {
    pub line: u32,
    pub first_name: String,
    pub last_name: String,
    pub birth_year: Option<i32>,
    pub commune_name: String,
}

/// What an import would do, before anything is written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    /// Lines read.
    pub lines: u32,
    /// Lines that would become people (likely duplicates included).
    pub accepted: u32,
    /// Lines refused.
    pub rejected_lines: u32,
    /// Every broken rule of the refused lines, in line order (several per line possible).
    pub rejected: Vec<LineIssue>,
    /// Remarks on accepted lines (a commune not found or ambiguous, left empty).
    pub remarks: Vec<LineIssue>,
    /// Accepted lines that look like someone already known.
    pub likely_duplicates: Vec<LikelyDuplicate>,
    /// The first accepted lines as they would be recorded.
    pub sample: Vec<PreviewPerson>,
}

/// How many lines of the preview show what will be recorded.
const SAMPLE_LINES: usize = 20;

/// Choices made after the preview.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOptions {
    /// Leave out the lines pointed out as likely duplicates.
    pub skip_likely_duplicates: bool,
}

/// What an import wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    pub imported: u32,
    pub skipped_duplicates: u32,
    pub rejected_lines: u32,
}

/// A line examined: the person to record, whether they look like a duplicate.
struct Examined {
    preview: ImportPreview,
    people: Vec<(BeneficiaryInput, bool)>,
}

/// A birth year from a year or a date (its year); `Err` when the text is neither.
fn birth_year(text: &str) -> Result<Option<i32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // A year typed in a number cell may come as "1970.0".
    let text = text.strip_suffix(".0").unwrap_or(text);
    let digits: Vec<&str> = text.split(['/', '-', '.', ' ']).filter(|part| !part.is_empty()).collect();
    let year = match digits.as_slice() {
        [year] => year,
        // 12/03/1970 or 1970-03-12 (the ISO day of a date cell).
        [_, _, last] if last.len() == 4 => last,
        [first, _, _] if first.len() == 4 => first,
        _ => return Err(()),
    };
    if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
        year.parse().map(Some).map_err(|_| ())
    } else {
        Err(())
    }
}

/// The gender from its first letter, as the national template reads it; `None` when unknown.
fn gender(text: &str) -> Option<Gender> {
    let folded = crate::search::sort_key(text);
    match folded.chars().next() {
        None => Some(Gender::NotCommunicated),
        Some('f') => Some(Gender::Female),
        Some('m' | 'h') => Some(Gender::Male),
        Some('n') => Some(Gender::NotCommunicated),
        _ => None,
    }
}

/// The social status a mediator's or the platform's file writes; `None` when not understood.
/// Compared folded (an apostrophe joins its pieces: "d'emploi" is "demploi"), by whole words:
/// "non communiqué" is tried first, and "sans emploi" before "en emploi".
fn social_status(text: &str) -> Option<SocialStatus> {
    let folded = crate::search::sort_key(text);
    let words: Vec<&str> = folded.split(' ').filter(|word| !word.is_empty()).collect();
    let phrase = words.join(" ");
    if phrase.is_empty() {
        return Some(SocialStatus::NotCommunicated);
    }
    if let Ok(status) = SocialStatus::from_code(&phrase.replace(' ', "_")) {
        return Some(status);
    }
    let has = |wanted: &str| {
        let wanted: Vec<&str> = wanted.split(' ').collect();
        words.windows(wanted.len()).any(|window| window == wanted.as_slice())
    };
    let starts = |stems: &[&str]| words.iter().any(|word| stems.iter().any(|stem| word.starts_with(stem)));
    if has("non communique") || has("non communiquee") || has("heterogene") || has("inconnu") {
        Some(SocialStatus::NotCommunicated)
    } else if has("sans emploi") || starts(&["chom"]) || (starts(&["demandeu"]) && words.iter().any(|word| word.ends_with("emploi"))) {
        Some(SocialStatus::Unemployed)
    } else if starts(&["retraite"]) {
        Some(SocialStatus::Retired)
    } else if starts(&["scolaris", "etudiant", "eleve", "lyceen", "collegien", "apprenti"]) {
        Some(SocialStatus::InSchool)
    } else if has("en emploi") || starts(&["salarie", "employe", "actif", "active", "independant", "interimaire"]) {
        Some(SocialStatus::Employed)
    } else {
        None
    }
}

/// Codes that a spreadsheet kept as numbers lose their leading zeros ("1053" for "01053"):
/// four digits get theirs back.
fn five_digits(code: &str) -> String {
    let code = code.trim();
    if code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) { format!("0{code}") } else { code.to_uppercase() }
}

/// A French phone number kept as a number loses its leading zero ("612345678"): nine digits
/// starting with 1 to 9 get it back.
fn phone(text: &str) -> String {
    let text = text.trim();
    if text.len() == 9 && text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0') {
        format!("0{text}")
    } else {
        text.to_string()
    }
}

/// "Paris 15e Arrondissement", "Marseille 2e", "Lyon 3ème arrondissement": the national list
/// of the template names arrondissements; the official list has their city, whose postal code
/// tells the arrondissement.
fn arrondissement(name: &str) -> Option<(&'static str, String)> {
    let folded = crate::search::sort_key(name).replace(' ', "");
    let rest = folded.strip_suffix("arrondissement").unwrap_or(&folded);
    for (city, insee_code) in [("paris", "75056"), ("marseille", "13055"), ("lyon", "69123")] {
        let Some(number) = rest.strip_prefix(city) else { continue };
        let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
        let suffix = &number[digits.len()..];
        if digits.is_empty() || !matches!(suffix, "" | "e" | "er" | "eme" | "ieme") {
            continue;
        }
        let number: u32 = digits.parse().ok()?;
        let postal_code = match city {
            "paris" if (1..=20).contains(&number) => format!("750{number:02}"),
            "marseille" if (1..=16).contains(&number) => format!("130{number:02}"),
            "lyon" if (1..=9).contains(&number) => format!("6900{number}"),
            _ => return None,
        };
        return Some((insee_code, postal_code));
    }
    None
}

/// The commune of a line (see the module's policy), or the code of a remark.
fn resolve_commune(name: &str, insee_code: &str, postal_code: &str) -> Result<Commune, &'static str> {
    let name = name.trim();
    let insee_code = five_digits(insee_code);
    let postal_code = five_digits(postal_code);
    let chosen = if !name.is_empty() {
        let (candidates, postal_code) = match arrondissement(name) {
            Some((city, arrondissement_postal_code)) => {
                (commune::official_commune(city).into_iter().collect(), arrondissement_postal_code)
            }
            None => (commune::official_communes_named(name), postal_code),
        };
        let mut narrowed = candidates.clone();
        if narrowed.len() > 1 && narrowed.iter().any(|c| c.insee_code == insee_code) {
            narrowed.retain(|c| c.insee_code == insee_code);
        }
        if narrowed.len() > 1 && narrowed.iter().any(|c| c.postal_codes.contains(&postal_code)) {
            narrowed.retain(|c| c.postal_codes.contains(&postal_code));
        }
        match narrowed.as_slice() {
            [] => return Err("import-commune-not-found"),
            [one] => (*one, postal_code),
            _ => return Err("import-commune-ambiguous"),
        }
    } else if !insee_code.is_empty() {
        let Some(official) = commune::official_commune(&insee_code) else { return Err("import-commune-not-found") };
        (official, postal_code)
    } else if !postal_code.is_empty() {
        match commune::official_communes_with_postal_code(&postal_code).as_slice() {
            [] => return Err("import-commune-not-found"),
            [one] => (*one, postal_code),
            _ => return Err("import-commune-ambiguous"),
        }
    } else {
        return Ok(Commune::default());
    };
    let (official, postal_code) = chosen;
    let mut commune = official.to_commune();
    // The postal code written, when it is one of the commune's (a city has several); else
    // the commune's main one.
    if official.postal_codes.contains(&postal_code) {
        commune.postal_code = postal_code;
    }
    Ok(commune)
}

/// A line as the person to record, or every rule it breaks; remarks go to `remarks`.
fn person(line: &PersonLine, current_year: i32, remarks: &mut Vec<LineIssue>) -> Result<BeneficiaryInput, Vec<ValidationError>> {
    let mut broken = Vec::new();
    let birth_year = birth_year(&line.birth_year).unwrap_or_else(|()| {
        broken.push(ValidationError::ValueNotUnderstood { field: "birthYear" });
        None
    });
    let gender = gender(&line.gender).unwrap_or_else(|| {
        broken.push(ValidationError::ValueNotUnderstood { field: "gender" });
        Gender::NotCommunicated
    });
    let social_status = social_status(&line.social_status).unwrap_or_else(|| {
        broken.push(ValidationError::ValueNotUnderstood { field: "socialStatus" });
        SocialStatus::NotCommunicated
    });
    let commune = resolve_commune(&line.commune, &line.insee_code, &line.postal_code).unwrap_or_else(|code| {
        remarks.push(LineIssue::remark(line.line, code, "commune"));
        Commune::default()
    });
    let input = BeneficiaryInput {
        first_name: line.first_name.clone(),
        last_name: line.last_name.clone(),
        birth_year,
        gender,
        social_status,
        commune,
        phone: phone(&line.phone),
        email: line.email.clone(),
        notes: line.notes.clone(),
        ..BeneficiaryInput::default()
    };
    match input.validated(current_year) {
        Ok(clean) if broken.is_empty() => Ok(clean),
        Ok(_) => Err(broken),
        Err(errors) => {
            broken.extend(errors.as_slice().iter().cloned());
            Err(broken)
        }
    }
}

/// The key two records of one person share: their folded name pieces and birth year.
type PersonKey = (Vec<String>, Option<i32>);

impl Store {
    /// People already here, by the keys `duplicates.rs` compares (their name, and their name in
    /// Latin letters when they have one), read once for the whole file.
    fn people_by_key(&self) -> CoreResult<HashMap<PersonKey, Vec<String>>> {
        let mut statement = self.reader().prepare(
            "SELECT id, first_name, last_name, latin_first_name, latin_last_name, birth_year \
             FROM beneficiary WHERE deleted_at IS NULL AND anonymous = 0",
        )?;
        let mut rows = statement.query([])?;
        let mut people: HashMap<PersonKey, Vec<String>> = HashMap::new();
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let birth_year: Option<i32> = row.get(5)?;
            let names = folded_words(&row.get::<_, String>(1)?, &row.get::<_, String>(2)?);
            let latin = folded_words(&row.get::<_, String>(3)?, &row.get::<_, String>(4)?);
            if !latin.is_empty() && latin != names {
                let ids = people.entry((latin, birth_year)).or_default();
                if ids.len() < 10 {
                    ids.push(id.clone());
                }
            }
            if !names.is_empty() {
                let ids = people.entry((names, birth_year)).or_default();
                if ids.len() < 10 {
                    ids.push(id);
                }
            }
        }
        Ok(people)
    }

    fn examine_people_import(&self, lines: &[PersonLine]) -> CoreResult<Examined> {
        let current_year = clock::today().year();
        let known = self.people_by_key()?;
        let mut earlier: HashMap<PersonKey, u32> = HashMap::new();
        let mut preview = ImportPreview { lines: u32::try_from(lines.len()).unwrap_or(u32::MAX), ..ImportPreview::default() };
        let mut people = Vec::with_capacity(lines.len());
        for line in lines {
            let mut remarks = Vec::new();
            match person(line, current_year, &mut remarks) {
                Ok(input) => {
                    let key = (folded_words(&input.first_name, &input.last_name), input.birth_year);
                    let existing_ids = known.get(&key).cloned().unwrap_or_default();
                    let earlier_line = earlier.get(&key).copied();
                    earlier.entry(key).or_insert(line.line);
                    let duplicate = !existing_ids.is_empty() || earlier_line.is_some();
                    if duplicate {
                        preview.likely_duplicates.push(LikelyDuplicate { line: line.line, existing_ids, earlier_line });
                    }
                    if preview.sample.len() < SAMPLE_LINES {
                        preview.sample.push(PreviewPerson {
                            line: line.line,
                            first_name: input.first_name.clone(),
                            last_name: input.last_name.clone(),
                            birth_year: input.birth_year,
                            commune_name: input.commune.name.clone(),
                        });
                    }
                    preview.remarks.append(&mut remarks);
                    preview.accepted += 1;
                    people.push((input, duplicate));
                }
                Err(broken) => {
                    preview.rejected_lines += 1;
                    preview.rejected.extend(broken.iter().map(|rule| LineIssue::of_rule(line.line, rule)));
                }
            }
        }
        Ok(Examined { preview, people })
    }

    /// What importing `lines` would do: the people taken, the lines refused with every
    /// reason, remarks, and likely duplicates. Writes nothing.
    pub fn preview_people_import(&self, lines: &[PersonLine]) -> CoreResult<ImportPreview> {
        Ok(self.examine_people_import(lines)?.preview)
    }

    /// Records the people of the accepted lines (see [`Store::preview_people_import`]), all in
    /// one transaction, telling `progress` how many are written out of how many. When it
    /// answers `false`, nothing is written and [`CoreError::WorkCancelled`] is returned.
    pub fn import_people(&mut self, lines: &[PersonLine], options: ImportOptions, progress: Progress<'_>) -> CoreResult<ImportOutcome> {
        let examined = self.examine_people_import(lines)?;
        let to_write: Vec<&BeneficiaryInput> = examined
            .people
            .iter()
            .filter(|(_, duplicate)| !(options.skip_likely_duplicates && *duplicate))
            .map(|(input, _)| input)
            .collect();
        let outcome = ImportOutcome {
            imported: u32::try_from(to_write.len()).unwrap_or(u32::MAX),
            skipped_duplicates: u32::try_from(examined.people.len() - to_write.len()).unwrap_or(u32::MAX),
            rejected_lines: examined.preview.rejected_lines,
        };
        let total = to_write.len() as u64;
        if !progress(0, total) {
            return Err(CoreError::WorkCancelled);
        }
        self.write(|transaction| {
            for (done, input) in to_write.iter().enumerate() {
                beneficiary::insert_beneficiary(transaction, input)?;
                let done = done as u64 + 1;
                // Told every 256 people: a large file is not slowed by its own bar.
                if (done.is_multiple_of(256) || done == total) && !progress(done, total) {
                    return Err(CoreError::WorkCancelled);
                }
            }
            Ok(())
        })?;
        Ok(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birth_years_are_read_from_years_and_dates() {
        for (text, expected) in [
            ("1970", Ok(Some(1970))),
            (" 1970 ", Ok(Some(1970))),
            ("1970.0", Ok(Some(1970))),
            ("12/03/1970", Ok(Some(1970))),
            ("1970-03-12", Ok(Some(1970))),
            ("", Ok(None)),
            ("soixante-dix", Err(())),
            ("70", Err(())),
            ("12/03/70", Err(())),
        ] {
            assert_eq!(birth_year(text), expected, "birth year of {text:?}");
        }
    }

    #[test]
    fn genders_are_read_by_their_first_letter() {
        for (text, expected) in [
            ("Féminin", Some(Gender::Female)),
            ("F", Some(Gender::Female)),
            ("femme", Some(Gender::Female)),
            ("Masculin", Some(Gender::Male)),
            ("Homme", Some(Gender::Male)),
            ("Non communiqué", Some(Gender::NotCommunicated)),
            ("", Some(Gender::NotCommunicated)),
            ("X", None),
        ] {
            assert_eq!(gender(text), expected, "gender of {text:?}");
        }
    }

    #[test]
    fn social_statuses_are_read_from_labels_codes_and_usual_words() {
        for (text, expected) in [
            ("Scolarisé", Some(SocialStatus::InSchool)),
            ("étudiante", Some(SocialStatus::InSchool)),
            ("Sans emploi", Some(SocialStatus::Unemployed)),
            ("sans_emploi", Some(SocialStatus::Unemployed)),
            ("Demandeur d'emploi", Some(SocialStatus::Unemployed)),
            ("au chômage", Some(SocialStatus::Unemployed)),
            ("En emploi", Some(SocialStatus::Employed)),
            ("Salariée", Some(SocialStatus::Employed)),
            ("Retraité", Some(SocialStatus::Retired)),
            ("RETRAITEE", Some(SocialStatus::Retired)),
            ("Non communiqué ou hétérogène", Some(SocialStatus::NotCommunicated)),
            ("", Some(SocialStatus::NotCommunicated)),
            ("Astronaute", None),
        ] {
            assert_eq!(social_status(text), expected, "social status of {text:?}");
        }
    }

    #[test]
    fn communes_are_found_by_name_and_codes_only_choose_among_namesakes() {
        let found = |name: &str, insee: &str, postal: &str| {
            resolve_commune(name, insee, postal).map(|commune| (commune.insee_code, commune.postal_code))
        };
        assert_eq!(found("Guéret", "", ""), Ok(("23096".into(), "23000".into())), "by name alone");
        assert_eq!(
            found("Guéret", "75056", "99999"),
            Ok(("23096".into(), "23000".into())),
            "wrong cached codes never override the name"
        );
        assert_eq!(found("Saint-Denis", "", ""), Err("import-commune-ambiguous"), "namesakes without a code");
        assert_eq!(found("Saint-Denis", "", "93200"), Ok(("93066".into(), "93200".into())), "the postal code chooses");
        assert_eq!(found("Saint-Denis", "97411", ""), Ok(("97411".into(), "97400".into())), "the INSEE code chooses");
        assert_eq!(found("Nulle-Part", "", ""), Err("import-commune-not-found"), "an unknown name");
        assert_eq!(found("", "1053", ""), Ok(("01053".into(), "01000".into())), "an INSEE code kept as a number");
        assert_eq!(found("Paris 15e Arrondissement", "", ""), Ok(("75056".into(), "75015".into())), "an arrondissement");
        assert_eq!(found("", "", ""), Ok((String::new(), String::new())), "no commune at all");
    }
}
