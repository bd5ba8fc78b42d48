//! Likely duplicates: a person about to be created (or edited) who may already be here, with
//! the same name once folded (case, accents, letters without a base letter, word order) and the
//! same birth year. Pointed out before saving; the mediator decides.

use crate::beneficiary::{BeneficiaryInput, BeneficiarySummary};
use crate::error::CoreResult;
use crate::search;
use crate::storage::Store;

/// The pieces of a name, folded and sorted, so that "Élodie MARTIN" and "martin elodie" meet,
/// and "Kourouma-Sylla" and "kourouma sylla" (hyphens and apostrophes separate pieces).
pub(crate) fn folded_words(first: &str, last: &str) -> Vec<String> {
    let mut words = search::name_pieces(&format!("{first} {last}"));
    words.sort();
    words
}

impl Store {
    /// People already here with the same folded name and birth year as `input` (at most ten),
    /// other than `excluding` (the person being edited). An anonymous input has none.
    pub fn likely_duplicates(&self, input: &BeneficiaryInput, excluding: Option<&str>) -> CoreResult<Vec<BeneficiarySummary>> {
        if input.anonymous {
            return Ok(Vec::new());
        }
        let words = folded_words(&input.first_name, &input.last_name);
        let latin_words = folded_words(&input.latin_first_name, &input.latin_last_name);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        // The name search finds everyone whose names start with each word, in any order; the
        // exact comparison below keeps those whose whole name is the same.
        let candidates = self.search_beneficiaries(&words.join(" "), 200)?;
        let mut found = Vec::new();
        for candidate in candidates {
            if Some(candidate.id.as_str()) == excluding || candidate.birth_year != input.birth_year {
                continue;
            }
            let theirs = folded_words(&candidate.first_name, &candidate.last_name);
            let their_latin = folded_words(&candidate.latin_first_name, &candidate.latin_last_name);
            let same = theirs == words
                || (!latin_words.is_empty() && (their_latin == latin_words || theirs == latin_words))
                || (!their_latin.is_empty() && their_latin == words);
            if same {
                found.push(candidate);
            }
            if found.len() == 10 {
                break;
            }
        }
        Ok(found)
    }
}
