//! Realistic demo data, so a newcomer sees a living app and benchmarks have volume.
//!
//! Deterministic for a given seed. People carry French names and names in Arabic, Persian,
//! Cyrillic and Ethiopic scripts; communes come from the official list; a year of individual
//! accompaniments and workshops; procedures at every status. Everything goes through the same
//! validation and insert functions as real input, inside one transaction.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::activity::{self, ActivityInput, AnonymousParticipants};
use crate::beneficiary::{self, BeneficiaryInput};
use crate::clock;
use crate::commune::{Commune, official_commune};
use crate::error::{CoreError, CoreResult};
use crate::organisation::{PlaceInput, StructureInput};
use crate::procedure::catalogue::{self, CatalogueEntry};
use crate::procedure::{self, ProcedureInput};
use crate::progress::{self, Progress};
use crate::storage::Store;
use crate::vocabulary::*;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct DemoOptions {
    pub people: u32,
    /// Individual accompaniments per person, on average.
    pub activities_per_person: f64,
    pub seed: u64,
}

impl DemoOptions {
    pub fn people(people: u32) -> Self {
        DemoOptions { people, activities_per_person: 3.0, seed: 2026 }
    }
}

/// What was generated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoSummary {
    pub people: u32,
    pub activities: u32,
    pub workshops: u32,
    pub accompaniments: u32,
    pub procedures: u32,
}

/// SplitMix64: tiny, fast and reproducible; demo data needs no cryptographic randomness.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// A family of names with the languages its bearers usually speak and read. Names in another
/// script come with their Latin spelling, as on French documents (recorded for most people).
struct NamePool {
    first_names: &'static [(&'static str, &'static str)],
    last_names: &'static [(&'static str, &'static str)],
    languages: &'static [&'static str],
    document_language: &'static str,
    /// Relative weight among the pools.
    weight: u64,
}

const NAME_POOLS: &[NamePool] = &[
    NamePool {
        first_names: &[
            ("Élodie", ""), ("Jean-Pierre", ""), ("Françoise", ""), ("Hélène", ""), ("Gérard", ""),
            ("Josiane", ""), ("Michel", ""), ("Monique", ""), ("Bernard", ""), ("Chantal", ""),
            ("René", ""), ("Yvette", ""), ("Lucien", ""), ("Simone", ""), ("Thérèse", ""),
            ("Noël", ""), ("Gaëlle", ""), ("Loïc", ""), ("Agnès", ""), ("Mathéo", ""),
            ("Inès", ""), ("Chloé", ""), ("Léa", ""), ("Marie-Claude", ""), ("Jérôme", ""),
            ("Aïcha", ""),
        ],
        last_names: &[
            ("Martin", ""), ("Bernard", ""), ("Dubois", ""), ("Lefèvre", ""), ("N'Diaye", ""),
            ("Da Silva", ""), ("Lemaître", ""), ("Bonnet", ""), ("Girard", ""), ("Mercier", ""),
            ("Fontaine", ""), ("Rousseau", ""), ("Chevalier", ""), ("Perrin", ""), ("Morel", ""),
            ("Benoît", ""), ("Lacroix", ""), ("Gautier", ""), ("Leroy", ""), ("Dupont", ""),
            ("Traoré", ""), ("Diallo", ""), ("Nguyen", ""), ("Le Goff", ""), ("Saint-Just", ""),
        ],
        languages: &["fr"],
        document_language: "fr",
        weight: 55,
    },
    NamePool {
        first_names: &[
            ("محمد", "Mohamed"), ("أحمد", "Ahmed"), ("فاطمة", "Fatima"), ("عائشة", "Aïcha"),
            ("يوسف", "Youssef"), ("خديجة", "Khadija"), ("مريم", "Meriem"), ("عمر", "Omar"),
            ("سعاد", "Souad"), ("كريم", "Karim"),
        ],
        last_names: &[
            ("بن علي", "Ben Ali"), ("العلوي", "El Alaoui"), ("حداد", "Haddad"), ("منصور", "Mansour"),
            ("الشامي", "Chami"), ("بوزيد", "Bouzid"), ("الإدريسي", "El Idrissi"),
        ],
        languages: &["ar", "fr"],
        document_language: "ar",
        weight: 15,
    },
    NamePool {
        first_names: &[
            ("فرشته", "Fereshteh"), ("زهرا", "Zahra"), ("محمود", "Mahmoud"), ("مریم", "Maryam"),
            ("نجیب", "Najib"), ("شکیبا", "Shakiba"), ("حمید", "Hamid"),
        ],
        last_names: &[
            ("احمدی", "Ahmadi"), ("رحیمی", "Rahimi"), ("حسینی", "Hosseini"), ("کریمی", "Karimi"),
            ("نوری", "Nouri"), ("صدیقی", "Sediqi"),
        ],
        languages: &["fa", "ps"],
        document_language: "fa",
        weight: 8,
    },
    NamePool {
        first_names: &[
            ("Олена", "Olena"), ("Андрій", "Andrii"), ("Тетяна", "Tetiana"), ("Олександр", "Oleksandr"),
            ("Наталія", "Nataliia"), ("Ірина", "Iryna"), ("Дмитро", "Dmytro"), ("Алёна", "Alena"),
        ],
        last_names: &[
            ("Шевченко", "Shevchenko"), ("Коваленко", "Kovalenko"), ("Бондаренко", "Bondarenko"), ("Ткаченко", "Tkachenko"),
            ("Іваненко", "Ivanenko"), ("Мельник", "Melnyk"), ("Смирнова", "Smirnova"),
        ],
        languages: &["uk", "ru"],
        document_language: "uk",
        weight: 12,
    },
    NamePool {
        first_names: &[
            ("ኣብርሃም", "Abraham"), ("ሳባ", "Saba"), ("ዮናስ", "Yonas"), ("ሄለን", "Helen"),
            ("ፍሬወይኒ", "Freweini"), ("ተስፋይ", "Tesfay"), ("ሚኪኤል", "Mikiel"),
        ],
        last_names: &[
            ("ገብረሂወት", "Gebrehiwet"), ("ተኽለ", "Tekle"), ("ሃይለ", "Haile"), ("ብርሃነ", "Berhane"),
            ("ገብረመድህን", "Gebremedhin"),
        ],
        languages: &["ti"],
        document_language: "ti",
        weight: 10,
    },
];

/// Where the demo mediators work: a France Services post office in Seine-Saint-Denis and the
/// stops of a rural bus in the Creuse (INSEE codes of the official list).
const PLACES: &[(&str, &str)] = &[
    ("Bureau de poste France Services Saint-Denis Basilique", "93066"),
    ("Bus France Services — arrêt de Bourganeuf", "23030"),
    ("Bus France Services — arrêt de Felletin", "23079"),
    ("Bus France Services — arrêt d’Ahun", "23001"),
    ("Bus France Services — arrêt de Boussac", "23031"),
];

/// Communes where the demo people live.
const HOME_COMMUNES: &[&str] = &[
    "93066", "93066", "93066", "93001", "93048", "93008", "93055", "93070", "93027", "93031", "23096",
    "23030", "23079", "23001", "23031", "23008", "23176",
];

const DIGITAL_THEMES: &[Theme] = &[
    Theme::DigitalDiagnosis, Theme::HandlingEquipment, Theme::ManagingDigitalContent,
    Theme::BrowsingTheInternet, Theme::Email, Theme::OfficeSoftware, Theme::SocialNetworks,
    Theme::Health, Theme::BankingAndShopping, Theme::ProfessionalInsertion, Theme::DigitalSecurity,
    Theme::Parenting, Theme::SchoolAndDigital,
];

const WORKSHOPS: &[(&str, Theme)] = &[
    ("Premiers pas sur la tablette", Theme::HandlingEquipment),
    ("Créer et utiliser sa boîte mail", Theme::Email),
    ("Éviter les arnaques en ligne", Theme::DigitalSecurity),
    ("Prendre rendez-vous chez le médecin en ligne", Theme::Health),
    ("Suivre la scolarité de son enfant (ENT, Pronote)", Theme::SchoolAndDigital),
];

fn commune(insee_code: &str) -> Commune {
    official_commune(insee_code).map(|c| c.to_commune()).unwrap_or_default()
}

/// Fills the store with demo data. Returns what was created.
pub fn generate(store: &mut Store, options: DemoOptions) -> CoreResult<DemoSummary> {
    generate_with_progress(store, options, &progress::unobserved)
}

/// [`generate`], telling `progress` how many records are written out of how many. When it
/// answers `false`, the people, accompaniments, workshops and procedures (one transaction) are
/// not written and [`CoreError::WorkCancelled`] is returned; the structure and the demo places,
/// written first, are kept (a later demo finds and reuses them).
pub fn generate_with_progress(store: &mut Store, options: DemoOptions, progress: Progress<'_>) -> CoreResult<DemoSummary> {
    let today = clock::today();
    if store.structure()?.is_none() {
        store.set_structure(&StructureInput {
            name: "Escale — structure de démonstration".into(),
            commune: commune("93066"),
            ..StructureInput::default()
        })?;
    }
    let mut place_ids = Vec::new();
    for (name, insee_code) in PLACES {
        let existing = store.places()?.into_iter().find(|place| place.name == *name);
        let place = match existing {
            Some(place) => place,
            None => store.create_place(&PlaceInput {
                name: name.to_string(),
                address: String::new(),
                commune: commune(insee_code),
            })?,
        };
        place_ids.push(place.id);
    }

    let mut dice = Dice(options.seed);
    let mut summary = DemoSummary::default();
    let total_weight: u64 = NAME_POOLS.iter().map(|pool| pool.weight).sum();
    let workshops = (options.people / 10).max(4);
    let procedures = u64::from(options.people).div_ceil(3) + 1;
    // Records to write: known exactly once the accompaniments are planned, estimated until then.
    let mut total = u64::from(options.people)
        + (f64::from(options.people) * options.activities_per_person) as u64
        + u64::from(workshops)
        + procedures;
    let mut done = 0u64;
    let mut one_more = |total: u64| -> CoreResult<()> {
        done += 1;
        // Told every 64 records: a million-record benchmark is not slowed by its own bar.
        if (done % 64 == 0 || done == total) && !progress(done, total) {
            return Err(CoreError::WorkCancelled);
        }
        Ok(())
    };
    if !progress(0, total) {
        return Err(CoreError::WorkCancelled);
    }
    store.write(|transaction| {
        let mut people = Vec::with_capacity(options.people as usize);
        for _ in 0..options.people {
            let mut roll = dice.below(total_weight);
            let pool = NAME_POOLS
                .iter()
                .find(|pool| {
                    let inside = roll < pool.weight;
                    roll = roll.saturating_sub(pool.weight);
                    inside
                })
                .expect("the roll is below the total weight");
            let anonymous = dice.chance(4);
            let birth_year = dice.chance(90).then(|| today.year() - 16 - dice.below(75) as i32);
            let (first_name, latin_first_name) = *dice.pick(pool.first_names);
            let (last_name, latin_last_name) = *dice.pick(pool.last_names);
            // Most people written in another script have their Latin name recorded; the others
            // are found by the transliteration of their name.
            let latin_recorded = !latin_last_name.is_empty() && dice.chance(70);
            let latin = |name: &str| if latin_recorded { name.to_string() } else { String::new() };
            let input = BeneficiaryInput {
                anonymous,
                first_name: first_name.to_string(),
                last_name: last_name.to_string(),
                latin_first_name: latin(latin_first_name),
                latin_last_name: latin(latin_last_name),
                birth_year,
                gender: *dice.pick(&[Gender::Female, Gender::Female, Gender::Male, Gender::NotCommunicated]),
                social_status: match birth_year.map(|year| today.year() - year) {
                    Some(age) if age >= 64 => SocialStatus::Retired,
                    Some(age) if age < 20 => SocialStatus::InSchool,
                    _ => *dice.pick(&[SocialStatus::Unemployed, SocialStatus::Employed, SocialStatus::NotCommunicated]),
                },
                commune: commune(*dice.pick(HOME_COMMUNES)),
                phone: if dice.chance(70) { format!("06 {:02} {:02} {:02} {:02}", dice.below(100), dice.below(100), dice.below(100), dice.below(100)) } else { String::new() },
                email: String::new(),
                languages: pool.languages.iter().map(|l| l.to_string()).collect(),
                document_language: pool.document_language.to_string(),
                notes: String::new(),
            }
            .validated(today.year())?;
            let id = beneficiary::insert_beneficiary(transaction, &input)?;
            people.push(id);
            summary.people += 1;
            one_more(total)?;
        }

        // Individual accompaniments spread over the past year, drawn person by person and
        // recorded day by day. A benchmark asks for a million of them: rather than holding every
        // input until the sort, keep the day, the person and the dice's state before the draw
        // (16 bytes), and draw the input again from that state when inserting it.
        struct Planned {
            date: NaiveDate,
            person: u32,
            dice: u64,
        }
        let mut planned: Vec<Planned> = Vec::new();
        for (person, id) in people.iter().enumerate() {
            let count = 1 + dice.below((options.activities_per_person * 2.0 - 1.0).max(1.0) as u64);
            for _ in 0..count {
                let date = today - Days::new(dice.below(365));
                planned.push(Planned { date, person: person as u32, dice: dice.0 });
                // Advance the dice exactly as the draw does.
                demo_individual(&mut dice, id, date, &place_ids);
            }
        }
        // Stable: same-day accompaniments keep the order they were drawn in.
        planned.sort_by_key(|planned| planned.date);
        total = u64::from(options.people) + planned.len() as u64 + u64::from(workshops) + procedures;
        for Planned { date, person, dice: state } in planned {
            let input = demo_individual(&mut Dice(state), &people[person as usize], date, &place_ids);
            activity::insert_activity(transaction, &input.validated(today)?)?;
            summary.activities += 1;
            summary.accompaniments += 1;
            one_more(total)?;
        }

        // About one workshop a week (more with more people), with named and anonymous participants.
        for _ in 0..workshops {
            let date = today - Days::new(dice.below(365));
            let (title, theme) = *dice.pick(WORKSHOPS);
            let mut participants: Vec<String> = Vec::new();
            for _ in 0..dice.below(6) {
                let person = dice.pick(&people).clone();
                if !participants.contains(&person) {
                    participants.push(person);
                }
            }
            let anonymous_total = if participants.is_empty() { 2 + dice.below(8) as u32 } else { dice.below(4) as u32 };
            let mut anonymous = AnonymousParticipants { total: anonymous_total, ..Default::default() };
            let women = anonymous_total.div_ceil(2);
            anonymous.by_gender.insert(Gender::Female, women);
            anonymous.by_gender.insert(Gender::Male, anonymous_total - women);
            anonymous.already_accompanied = anonymous_total / 3;
            let input = ActivityInput {
                kind: ActivityKind::Workshop,
                workshop_title: title.to_string(),
                workshop_level: Some(*dice.pick(WorkshopLevel::ALL)),
                themes: vec![theme],
                equipment: vec![Equipment::Tablet],
                duration_minutes: *dice.pick(&[60, 90, 120]),
                place_type: PlaceType::PlaceOfActivity,
                place_id: Some(dice.pick(&place_ids).clone()),
                participants: participants.clone(),
                anonymous_participants: Some(anonymous),
                autonomy: None,
                ..ActivityInput::individual("")
            }
            .with_date(date);
            activity::insert_activity(transaction, &input.validated(today)?)?;
            summary.activities += 1;
            summary.workshops += 1;
            summary.accompaniments += participants.len() as u32;
            one_more(total)?;
        }

        // Procedures at every status, for a third of the people, walked along the transition
        // table with a step every one to three weeks: some deadlines fall this week, some
        // procedures wait too long, some rights come up for renewal or declaration.
        let offered: Vec<&CatalogueEntry> = catalogue::shipped().entries.iter().filter(|entry| !entry.retired).collect();
        let at = |date: NaiveDate| format!("{date}T10:00:00.000Z");
        for (index, person) in people.iter().enumerate().filter(|(index, _)| index % 3 == 0) {
            let status = ProcedureStatus::ALL[(index / 3) % ProcedureStatus::ALL.len()];
            let entry = *dice.pick(&offered);
            let path: &[ProcedureStatus] = match status {
                ProcedureStatus::ToDo => &[],
                ProcedureStatus::WaitingForDocuments => &[ProcedureStatus::WaitingForDocuments],
                ProcedureStatus::Submitted => &[ProcedureStatus::Submitted],
                ProcedureStatus::InReview => &[ProcedureStatus::Submitted, ProcedureStatus::InReview],
                ProcedureStatus::Accepted => {
                    &[ProcedureStatus::Submitted, ProcedureStatus::InReview, ProcedureStatus::Accepted]
                }
                ProcedureStatus::Refused => &[ProcedureStatus::Submitted, ProcedureStatus::Refused],
                ProcedureStatus::Dropped => &[ProcedureStatus::Dropped],
            };
            let started = today - Days::new(20 + dice.below(120));
            let input = ProcedureInput {
                status: ProcedureStatus::ToDo,
                started_on: Some(started),
                reference: if dice.chance(60) { format!("{}-{:06}", today.year(), dice.below(1_000_000)) } else { String::new() },
                deadline: (!status.is_closed()).then(|| today + Days::new(dice.below(60))),
                call_back_on: (!status.is_closed() && dice.chance(20)).then(|| today + Days::new(dice.below(10)) - Days::new(3)),
                ..ProcedureInput::new(person, &entry.id)
            };
            let id = procedure::insert_procedure(transaction, &input, entry, today, &at(started))?;
            let mut day = started;
            for status in path {
                day = (day + Days::new(7 + dice.below(15))).min(today);
                procedure::change_status(transaction, &id, *status, "", Some(day), today, &at(day))?;
            }
            summary.procedures += 1;
            one_more(total)?;
        }
        // A Complémentaire santé solidaire accepted almost a year ago: its renewal is to start
        // this week, so the follow-up list always shows one.
        if let Some(person) = people.first() {
            let entry = catalogue::shipped().entry("ameli_complementaire_sante_solidaire").expect("a shipped entry");
            let accepted = today - Months::new(12) + Days::new(63);
            let input = ProcedureInput { started_on: Some(accepted - Days::new(40)), ..ProcedureInput::new(person, &entry.id) };
            let id = procedure::insert_procedure(transaction, &input, entry, today, &at(accepted - Days::new(40)))?;
            for (status, day) in [
                (ProcedureStatus::Submitted, accepted - Days::new(30)),
                (ProcedureStatus::InReview, accepted - Days::new(20)),
                (ProcedureStatus::Accepted, accepted),
            ] {
                procedure::change_status(transaction, &id, status, "", Some(day), today, &at(day))?;
            }
            summary.procedures += 1;
        }
        one_more(total)?;
        Ok(())
    })?;
    Ok(summary)
}

impl ActivityInput {
    fn with_date(mut self, date: NaiveDate) -> Self {
        self.date = date;
        self
    }
}

fn demo_individual(dice: &mut Dice, person: &str, date: NaiveDate, place_ids: &[String]) -> ActivityInput {
    let mut input = ActivityInput::individual(person).with_date(date);
    input.duration_minutes = *dice.pick(&DURATION_PRESETS_MINUTES);
    input.autonomy = Some(*dice.pick(Autonomy::ALL));
    input.equipment = vec![*dice.pick(&[Equipment::Computer, Equipment::Phone, Equipment::Tablet])];
    if dice.chance(55) {
        let entry = dice.pick(&catalogue::shipped().entries);
        input.themes = vec![Theme::AdministrativeProcedureHelp, entry.theme];
        input.procedure_name = match entry.id.as_str() {
            "caf_rsa" => "Demande de RSA",
            "anef_renouvellement_titre_sejour" => "Renouvellement du titre de séjour",
            "impots_declaration_revenus" => "Déclaration de revenus",
            "ameli_complementaire_sante_solidaire" => "Complémentaire santé solidaire",
            _ => "",
        }
        .to_string();
        input.next_steps = "Apporter le dernier avis d’imposition et un justificatif de domicile.".into();
    } else {
        input.themes = vec![*dice.pick(DIGITAL_THEMES)];
        if dice.chance(30) {
            input.themes.push(*dice.pick(DIGITAL_THEMES));
        }
    }
    match dice.below(10) {
        0 => {
            input.place_type = PlaceType::AtHome;
            input.commune = commune(*dice.pick(HOME_COMMUNES));
        }
        1 => input.place_type = PlaceType::Remote,
        _ => {
            input.place_type = PlaceType::PlaceOfActivity;
            input.place_id = Some(dice.pick(place_ids).clone());
        }
    }
    if dice.chance(15) {
        input.orientation = Some(*dice.pick(RedirectionStructure::ALL));
    }
    input
}

#[cfg(test)]
mod tests {
    use std::hash::{DefaultHasher, Hash, Hasher};

    use super::*;
    use crate::storage::{DataDir, NewKey};

    /// Everything generated that does not depend on the clock's instant or on random
    /// identifiers, row by row in insertion order (people and places by their order too).
    fn content(store: &Store) -> Vec<String> {
        let queries = [
            "SELECT anonymous, first_name, last_name, latin_first_name, latin_last_name, sort_key, birth_year, gender, social_status, \
               commune_insee_code, phone, languages, document_language FROM beneficiary ORDER BY rowid",
            "SELECT a.kind, a.date, a.duration_minutes, a.place_type, p.name, a.commune_insee_code, \
               a.autonomy, a.workshop_title, a.workshop_level, a.orientation, a.procedure_name, a.next_steps, \
               a.anonymous_participants, \
               (SELECT group_concat(theme, ',') FROM (SELECT theme FROM activity_theme WHERE activity_id = a.id ORDER BY theme)), \
               (SELECT group_concat(equipment, ',') FROM (SELECT equipment FROM activity_equipment WHERE activity_id = a.id ORDER BY equipment)), \
               (SELECT group_concat(b.rowid, ',') FROM \
                  (SELECT * FROM accompaniment WHERE activity_id = a.id ORDER BY rowid) ac \
                  JOIN beneficiary b ON b.id = ac.beneficiary_id) \
             FROM activity a LEFT JOIN place p ON p.id = a.place_id ORDER BY a.rowid",
            "SELECT b.rowid, pr.kind, pr.status, pr.reference, pr.deadline, pr.created_at, pr.updated_at, \
               (SELECT group_concat(status || '@' || changed_at, ',') FROM \
                  (SELECT * FROM procedure_status_change WHERE procedure_id = pr.id ORDER BY rowid)) \
             FROM procedure pr JOIN beneficiary b ON b.id = pr.beneficiary_id ORDER BY pr.rowid",
        ];
        let mut rows = Vec::new();
        for sql in queries {
            let mut statement = store.reader().prepare(sql).unwrap();
            let columns = statement.column_count();
            let mut query = statement.query([]).unwrap();
            while let Some(row) = query.next().unwrap() {
                let values: Vec<String> = (0..columns)
                    .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                    .collect();
                rows.push(values.join("|"));
            }
        }
        rows
    }

    fn generated(options: DemoOptions) -> (DemoSummary, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        let keyring: std::sync::Arc<keyring_core::CredentialStore> = keyring_core::mock::Store::new().unwrap();
        let mut store = Store::create(&DataDir::new(dir.path()), NewKey::Keyring(&keyring)).unwrap();
        let summary = generate(&mut store, options).unwrap();
        (summary, content(&store))
    }

    #[test]
    fn the_same_seed_generates_the_same_data() {
        let options = DemoOptions { people: 150, activities_per_person: 3.0, seed: 7 };
        let (summary, first) = generated(options);
        let (again, second) = generated(options);
        assert_eq!(summary, again);
        assert_eq!(first, second, "demo data is deterministic for a seed");
        assert_eq!(summary.people, 150);
        assert_eq!(summary.activities - summary.workshops, first.len() as u32 - 150 - summary.workshops - summary.procedures);
        let mut hasher = DefaultHasher::new();
        first.hash(&mut hasher);
        eprintln!("demo content fingerprint: {summary:?} {:016x}", hasher.finish());
    }
}
