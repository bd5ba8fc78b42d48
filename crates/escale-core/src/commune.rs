//! A French commune, identified by its INSEE code, with the postal code people write.

use serde::{Deserialize, Serialize};

use crate::error::ValidationError;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Commune {
    pub name: String,
    pub postal_code: String,
    pub insee_code: String,
}

impl Commune {
    pub fn is_empty(&self) -> bool {
        self.insee_code.is_empty() && self.postal_code.is_empty() && self.name.is_empty()
    }

    /// Trims the fields and checks that the commune is one of the official list: an INSEE code
    /// that exists, and a postal code that goes with it (the commune's main one when none is
    /// given). The name stored is the official one, so that exports and statistics group one
    /// commune under one spelling.
    pub(crate) fn validated(&self) -> Result<Commune, ValidationError> {
        let commune = Commune {
            name: self.name.trim().to_string(),
            postal_code: self.postal_code.trim().to_string(),
            insee_code: self.insee_code.trim().to_uppercase(),
        };
        if commune.is_empty() {
            return Ok(commune);
        }
        if !is_insee_code(&commune.insee_code) {
            return Err(ValidationError::InseeCodeInvalid(commune.insee_code));
        }
        if !commune.postal_code.is_empty()
            && !(commune.postal_code.len() == 5 && commune.postal_code.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(ValidationError::PostalCodeInvalid(commune.postal_code));
        }
        let Some(official) = official_commune(&commune.insee_code) else {
            return Err(ValidationError::CommuneUnknown(commune.insee_code));
        };
        let postal_code = if commune.postal_code.is_empty() {
            official.postal_codes.first().cloned().unwrap_or_default()
        } else if official.postal_codes.contains(&commune.postal_code) {
            commune.postal_code
        } else {
            return Err(ValidationError::PostalCodeNotOfCommune {
                postal_code: commune.postal_code,
                insee_code: commune.insee_code,
            });
        };
        Ok(Commune { name: official.name.clone(), postal_code, insee_code: commune.insee_code })
    }
}

/// Five digits, or Corsica's 2A/2B followed by three digits.
fn is_insee_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 5
        && (bytes[..2].iter().all(u8::is_ascii_digit) || matches!(&bytes[..2], b"2A" | b"2B"))
        && bytes[2..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commune(insee: &str, postal: &str) -> Commune {
        Commune { name: "X".into(), postal_code: postal.into(), insee_code: insee.into() }
    }

    #[test]
    fn insee_and_postal_codes_are_checked() {
        assert!(commune("93066", "93200").validated().is_ok(), "Saint-Denis is a valid commune");
        assert!(commune("2a004", "20000").validated().is_ok(), "Corsican codes are accepted in any case");
        assert_eq!(
            commune("9306", "93200").validated(),
            Err(ValidationError::InseeCodeInvalid("9306".into())),
            "four digits are not an INSEE code"
        );
        assert_eq!(
            commune("93066", "932").validated(),
            Err(ValidationError::PostalCodeInvalid("932".into())),
            "a postal code has five digits"
        );
        assert!(Commune::default().validated().is_ok(), "no commune at all is allowed");
        assert_eq!(
            commune("93999", "93200").validated(),
            Err(ValidationError::CommuneUnknown("93999".into())),
            "a well-formed code that no commune has is refused"
        );
        assert_eq!(
            commune("93066", "75001").validated(),
            Err(ValidationError::PostalCodeNotOfCommune { postal_code: "75001".into(), insee_code: "93066".into() }),
            "Saint-Denis does not have a Paris postal code"
        );
        let completed = commune("23096", "").validated().expect("Guéret by its INSEE code alone");
        assert_eq!(
            (completed.name.as_str(), completed.postal_code.as_str()),
            ("Guéret", "23000"),
            "the official name and main postal code are filled in"
        );
    }
}

/// A commune of the official list shipped with Escale (`assets/communes/communes.tsv`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OfficialCommune {
    pub insee_code: String,
    pub name: String,
    pub postal_codes: Vec<String>,
    pub population: u32,
}

impl OfficialCommune {
    /// As stored on a record, with its first (main) postal code.
    pub fn to_commune(&self) -> Commune {
        Commune {
            name: self.name.clone(),
            postal_code: self.postal_codes.first().cloned().unwrap_or_default(),
            insee_code: self.insee_code.clone(),
        }
    }
}

static OFFICIAL_LIST: &str = include_str!("../../../assets/communes/communes.tsv");

fn official_communes() -> &'static [OfficialCommune] {
    static PARSED: std::sync::LazyLock<Vec<OfficialCommune>> = std::sync::LazyLock::new(|| {
        OFFICIAL_LIST
            .lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .filter_map(|line| {
                let mut fields = line.split('\t');
                Some(OfficialCommune {
                    insee_code: fields.next()?.to_string(),
                    name: fields.next()?.to_string(),
                    postal_codes: fields.next()?.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect(),
                    population: fields.next()?.parse().unwrap_or(0),
                })
            })
            .collect()
    });
    &PARSED
}

/// The commune with this INSEE code in the official list.
pub fn official_commune(insee_code: &str) -> Option<&'static OfficialCommune> {
    let communes = official_communes();
    communes
        .binary_search_by(|commune| commune.insee_code.as_str().cmp(insee_code))
        .ok()
        .map(|index| &communes[index])
}

/// Communes whose name starts with the typed text (case and accents ignored) or whose postal
/// code starts with the typed digits; the most populated first.
pub fn search_official_communes(typed: &str, limit: usize) -> Vec<&'static OfficialCommune> {
    let typed_key = crate::search::sort_key(typed);
    if typed_key.is_empty() {
        return Vec::new();
    }
    let digits = typed.trim().chars().all(|c| c.is_ascii_digit());
    let mut found: Vec<&OfficialCommune> = official_communes()
        .iter()
        .filter(|commune| {
            if digits {
                commune.postal_codes.iter().any(|code| code.starts_with(typed.trim()))
                    || commune.insee_code.starts_with(typed.trim())
            } else {
                crate::search::sort_key(&commune.name).starts_with(&typed_key)
            }
        })
        .collect();
    found.sort_by(|a, b| b.population.cmp(&a.population).then_with(|| a.name.cmp(&b.name)));
    found.truncate(limit);
    found
}

#[cfg(test)]
mod official_list_tests {
    use super::*;

    #[test]
    fn the_official_list_finds_communes_by_code_name_and_postal_code() {
        let saint_denis = official_commune("93066").expect("Saint-Denis (93) is in the official list");
        assert_eq!(saint_denis.name, "Saint-Denis");
        assert!(saint_denis.postal_codes.contains(&"93200".to_string()), "its main postal code is listed");
        let by_name = search_official_communes("gueret", 5);
        assert_eq!(by_name.first().map(|c| c.insee_code.as_str()), Some("23096"), "accents ignored: Guéret");
        let by_postal = search_official_communes("23000", 5);
        assert!(by_postal.iter().any(|c| c.name == "Guéret"), "Guéret has the postal code 23000");
    }
}

/// A commune name as a key that ignores case, accents, spaces, hyphens and apostrophes, with
/// "St" and "Ste" read as "Saint" and "Sainte": "ST DENIS", "Saint Denis" and "Saint-Denis"
/// meet.
fn name_key(name: &str) -> String {
    let words: Vec<&str> = name
        .split([' ', '-', '\'', '’'])
        .filter(|word| !word.is_empty())
        .map(|word| match word.trim_end_matches('.').to_lowercase().as_str() {
            "st" => "saint",
            "ste" => "sainte",
            _ => word,
        })
        .collect();
    crate::search::sort_key(&words.join(" ")).replace(' ', "")
}

/// Every commune of the official list with this name (case, accents, spaces, hyphens and
/// apostrophes ignored): one, several namesakes (Saint-Denis), or none.
pub fn official_communes_named(name: &str) -> Vec<&'static OfficialCommune> {
    static BY_NAME: std::sync::LazyLock<std::collections::HashMap<String, Vec<usize>>> = std::sync::LazyLock::new(|| {
        let mut by_name: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
        for (index, commune) in official_communes().iter().enumerate() {
            by_name.entry(name_key(&commune.name)).or_default().push(index);
        }
        by_name
    });
    let key = name_key(name);
    if key.is_empty() {
        return Vec::new();
    }
    BY_NAME.get(&key).map_or_else(Vec::new, |indexes| indexes.iter().map(|&index| &official_communes()[index]).collect())
}

/// Communes of the official list that have this postal code.
pub fn official_communes_with_postal_code(postal_code: &str) -> Vec<&'static OfficialCommune> {
    let postal_code = postal_code.trim();
    if postal_code.is_empty() {
        return Vec::new();
    }
    official_communes().iter().filter(|commune| commune.postal_codes.iter().any(|code| code == postal_code)).collect()
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn communes_are_found_by_name_however_written() {
        let codes = |name: &str| -> Vec<&str> {
            let mut codes: Vec<&str> = official_communes_named(name).iter().map(|c| c.insee_code.as_str()).collect();
            codes.sort();
            codes
        };
        assert_eq!(codes("Guéret"), vec!["23096"], "the exact name");
        assert_eq!(codes("GUERET"), vec!["23096"], "upper case without accents");
        assert_eq!(codes("saint denis"), codes("Saint-Denis"), "a space for the hyphen");
        assert_eq!(codes("St-Denis"), codes("Saint-Denis"), "St for Saint");
        assert!(codes("Saint-Denis").contains(&"93066"), "Saint-Denis (93) is one of the namesakes");
        assert!(codes("Saint-Denis").len() > 1, "Saint-Denis has namesakes");
        assert!(codes("Nulle-Part-sur-Mer").is_empty(), "an unknown name finds nothing");
        assert!(codes("").is_empty(), "nothing finds nothing");
    }
}
