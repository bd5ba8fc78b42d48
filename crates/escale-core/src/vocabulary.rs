//! The national reporting vocabulary (La Coop de la médiation numérique) and Escale's own
//! enumerations, as typed values.
//!
//! Every enumerated field is stored as its stable code, exactly as the national platform spells
//! it, and shown through the Fluent message `<prefix>-<code>` in every language. The codes are
//! the single source of truth: the database, the CLI, the UI (through generated TypeScript types)
//! and future exports all use them.

use crate::error::ValidationError;

/// Declares a vocabulary enum: variants with their stable codes, the Fluent prefix, and the
/// conversions every enum needs. Serde and ts-rs see exactly the codes.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, field = $field:literal, fluent = $prefix:literal {
            $( $(#[$variant_meta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(serde::Serialize, serde::Deserialize, ts_rs::TS)]
        pub enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            /// Every value, in the national platform's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The prefix of this enum's Fluent messages.
            pub const FLUENT_PREFIX: &'static str = $prefix;

            /// The stable code stored in the database and exchanged with the platform.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses a stored or typed code; an unknown code is a validation error naming the field.
            pub fn from_code(code: &str) -> Result<Self, ValidationError> {
                match code {
                    $($code => Ok($name::$variant),)+
                    _ => Err(ValidationError::UnknownCode { field: $field, code: code.to_string() }),
                }
            }

            /// The Fluent message id of this value's label.
            pub fn fluent_id(self) -> String {
                format!("{}-{}", $prefix, self.code())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $name {
            type Err = ValidationError;
            fn from_str(code: &str) -> Result<Self, Self::Err> { Self::from_code(code) }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::Borrowed(
                    rusqlite::types::ValueRef::Text(self.code().as_bytes()),
                ))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::from_code(text)
                    .map_err(|error| rusqlite::types::FromSqlError::Other(Box::new(error)))
            }
        }
    };
}

vocabulary! {
    /// TypeActivite.
    ActivityKind, field = "kind", fluent = "activity-kind" {
        Individual = "individuel",
        Workshop = "collectif",
    }
}

vocabulary! {
    /// TypeLieu, "Canaux d’accompagnement".
    PlaceType, field = "placeType", fluent = "place-type" {
        PlaceOfActivity = "lieu_activite",
        AtHome = "domicile",
        Remote = "a_distance",
        OtherPlace = "autre",
    }
}

vocabulary! {
    /// Materiel.
    Equipment, field = "equipment", fluent = "equipment" {
        Computer = "ordinateur",
        Phone = "telephone",
        Tablet = "tablette",
        Other = "autre",
        None = "aucun",
    }
}

vocabulary! {
    /// Thématiques: the digital-mediation list followed by the administrative list.
    Theme, field = "themes", fluent = "theme" {
        DigitalDiagnosis = "diagnostic_numerique",
        HandlingEquipment = "prendre_en_main_du_materiel",
        EquipmentMaintenance = "maintenance_de_materiel",
        ManagingDigitalContent = "gere_ses_contenus_numeriques",
        BrowsingTheInternet = "navigation_sur_internet",
        Email = "email",
        OfficeSoftware = "bureautique",
        SocialNetworks = "reseaux_sociaux",
        Health = "sante",
        BankingAndShopping = "banque_et_achats_en_ligne",
        Entrepreneurship = "entrepreneuriat",
        ProfessionalInsertion = "insertion_professionnelle",
        DigitalSecurity = "securite_numerique",
        Parenting = "parentalite",
        SchoolAndDigital = "scolarite_et_numerique",
        CreatingWithDigital = "creer_avec_le_numerique",
        DigitalCulture = "culture_numerique",
        ArtificialIntelligence = "intelligence_artificielle",
        AdministrativeProcedureHelp = "aide_aux_demarches_administratives",
        PapersElectionsCitizenship = "papiers_elections_citoyennete",
        FamilySchooling = "famille_scolarite",
        SocialHealth = "social_sante",
        WorkTraining = "travail_formation",
        Housing = "logement",
        TransportMobility = "transports_mobilite",
        MoneyTaxes = "argent_impots",
        Justice = "justice",
        ForeignersEurope = "etrangers_europe",
        LeisureSportsCulture = "loisirs_sports_culture",
        Associations = "associations",
    }
}

impl Theme {
    /// Administrative themes (thématiques démarches) may only accompany
    /// [`Theme::AdministrativeProcedureHelp`].
    pub fn is_administrative(self) -> bool {
        self >= Theme::PapersElectionsCitizenship
    }
}

vocabulary! {
    /// Autonomie; its level (1..=3) is what the national export prints as "n/3".
    Autonomy, field = "autonomy", fluent = "autonomy" {
        FullyAccompanied = "entierement_accompagne",
        PartlyAutonomous = "partiellement_autonome",
        Autonomous = "autonome",
    }
}

impl Autonomy {
    pub fn level(self) -> u8 {
        match self {
            Autonomy::FullyAccompanied => 1,
            Autonomy::PartlyAutonomous => 2,
            Autonomy::Autonomous => 3,
        }
    }
}

vocabulary! {
    /// NiveauAtelier.
    WorkshopLevel, field = "workshopLevel", fluent = "workshop-level" {
        Beginner = "debutant",
        Intermediate = "intermediaire",
        Advanced = "avance",
    }
}

impl WorkshopLevel {
    /// The national export prints a workshop's level as "n/3", like an autonomy.
    pub fn level(self) -> u8 {
        match self {
            WorkshopLevel::Beginner => 1,
            WorkshopLevel::Intermediate => 2,
            WorkshopLevel::Advanced => 3,
        }
    }
}

vocabulary! {
    /// StructureDeRedirection: where the person was oriented, if anywhere.
    RedirectionStructure, field = "orientation", fluent = "redirection" {
        Administration = "administration",
        DigitalMediation = "mediation_numerique",
        OperatorInCharge = "operateur_ou_organisme_en_charge",
        SocialAid = "aide_sociale",
        ProfessionalInsertion = "insertion_professionnelle",
        AdministrativeHelp = "aide_aux_demarches_administratives",
        Other = "autre",
    }
}

vocabulary! {
    /// Genre.
    Gender, field = "gender", fluent = "gender" {
        Male = "masculin",
        Female = "feminin",
        NotCommunicated = "non_communique",
    }
}

vocabulary! {
    /// TrancheAge, derived from the birth year with the national cut-offs.
    AgeBand, field = "ageBand", fluent = "age-band" {
        Under12 = "moins_de_douze",
        From12To17 = "douze_dix_huit",
        From18To24 = "dix_huit_vingt_quatre",
        From25To39 = "vingt_cinq_trente_neuf",
        From40To59 = "quarante_cinquante_neuf",
        From60To69 = "soixante_soixante_neuf",
        From70 = "soixante_dix_plus",
        NotCommunicated = "non_communique",
    }
}

impl AgeBand {
    /// The band of a person born in `birth_year` at the year `reference_year`, computed as the
    /// national platform does (age = difference of years; cut-offs <12, <18, <25, <40, <60, <70).
    pub fn from_birth_year(birth_year: Option<i32>, reference_year: i32) -> AgeBand {
        let Some(birth_year) = birth_year else { return AgeBand::NotCommunicated };
        match reference_year - birth_year {
            age if age < 12 => AgeBand::Under12,
            age if age < 18 => AgeBand::From12To17,
            age if age < 25 => AgeBand::From18To24,
            age if age < 40 => AgeBand::From25To39,
            age if age < 60 => AgeBand::From40To59,
            age if age < 70 => AgeBand::From60To69,
            _ => AgeBand::From70,
        }
    }
}

vocabulary! {
    /// The national statistics' duration bands ("Moins de 30 min", "30min à 1 h", "1 h à 2 h",
    /// "2 h et plus"); each band holds its lower bound, not its upper one.
    DurationBand, field = "durationBand", fluent = "duration-band" {
        Under30Minutes = "moins_de_30_min",
        From30MinutesTo1Hour = "de_30_min_a_1_h",
        From1HourTo2Hours = "de_1_h_a_2_h",
        From2Hours = "2_h_et_plus",
    }
}

impl DurationBand {
    pub fn of_minutes(minutes: u32) -> DurationBand {
        match minutes {
            0..30 => DurationBand::Under30Minutes,
            30..60 => DurationBand::From30MinutesTo1Hour,
            60..120 => DurationBand::From1HourTo2Hours,
            _ => DurationBand::From2Hours,
        }
    }
}

vocabulary! {
    /// StatutSocial.
    SocialStatus, field = "socialStatus", fluent = "social-status" {
        InSchool = "scolarise",
        Unemployed = "sans_emploi",
        Employed = "en_emploi",
        Retired = "retraite",
        NotCommunicated = "non_communique",
    }
}

vocabulary! {
    /// Where an administrative procedure stands. Escale's own list, after the statuses of social
    /// services' help requests (waiting for documents, in review, accepted, refused, dropped).
    /// Which status may follow which is the table of `procedure::status`.
    ProcedureStatus, field = "status", fluent = "procedure-status" {
        ToDo = "a_faire",
        WaitingForDocuments = "en_attente_de_pieces",
        Submitted = "deposee",
        InReview = "en_instruction",
        Accepted = "acceptee",
        Refused = "refusee",
        Dropped = "abandonnee",
    }
}

impl ProcedureStatus {
    /// A closed procedure needs no follow-up; moving it again is a reopening.
    pub fn is_closed(self) -> bool {
        matches!(self, ProcedureStatus::Accepted | ProcedureStatus::Refused | ProcedureStatus::Dropped)
    }
}

vocabulary! {
    /// What a step of a procedure's history records. Escale's own list.
    ProcedureEvent, field = "event", fluent = "procedure-event" {
        /// The procedure started, or moved to another status.
        StatusChange = "status_change",
        /// A closed procedure was opened again, with a note saying why.
        Reopening = "reopening",
        /// A recurring declaration or a renewal was done; the next one is due a period later.
        RecurrenceDone = "recurrence_done",
    }
}

vocabulary! {
    /// Where a document of a procedure's checklist stands. Escale's own list.
    DocumentState, field = "state", fluent = "document-state" {
        Brought = "brought",
        Missing = "missing",
        /// Off this procedure's checklist: this person's case does not need it.
        NotNeeded = "not_needed",
    }
}

vocabulary! {
    /// What comes back once a procedure reaches a status (from the catalogue). Escale's own list.
    RecurrenceKind, field = "recurrence", fluent = "recurrence-kind" {
        /// The right ends and must be asked for again (Complémentaire santé solidaire, a
        /// residence permit, a social-housing request).
        Renewal = "renewal",
        /// A declaration is due at each period while the right lasts (quarterly RSA and prime
        /// d'activité declarations, France Travail's monthly update).
        Declaration = "declaration",
    }
}

vocabulary! {
    /// Why something shows in the follow-up list. Escale's own list.
    FollowUpReason, field = "reason", fluent = "follow-up-reason" {
        /// The deadline of an open procedure.
        Deadline = "deadline",
        /// A right to renew.
        Renewal = "renewal",
        /// A recurring declaration to make.
        Declaration = "declaration",
        /// A procedure waiting too long in one status (threshold from the catalogue).
        Stuck = "stuck",
        /// The mediator planned to call the person back about a procedure.
        CallBack = "call_back",
    }
}

vocabulary! {
    /// How a person gave their consent. Escale's own list.
    ConsentMethod, field = "method", fluent = "consent-method" {
        Oral = "oral",
        SignedForm = "signed_form",
    }
}

vocabulary! {
    /// What a person agrees to. Escale's own list, one purpose per use of their data beyond the
    /// anonymous statistics every accompaniment feeds.
    ConsentPurpose, field = "purposes", fluent = "consent-purpose" {
        /// Keeping a named file to follow their accompaniments over time.
        FileFollowUp = "file_follow_up",
        /// Keeping the details of their administrative procedures (references, notes, deadlines).
        AdministrativeProcedures = "administrative_procedures",
        /// Being called or written to about a deadline or an appointment.
        ContactReminders = "contact_reminders",
        /// Passing their details to the structure they are referred to.
        PartnerReferral = "partner_referral",
    }
}

vocabulary! {
    /// The fields of a person that say who they are or how to reach them: what an erasure
    /// empties. Escale's own list.
    PersonalField, field = "personalField", fluent = "personal-field" {
        FirstName = "first_name",
        LastName = "last_name",
        LatinFirstName = "latin_first_name",
        LatinLastName = "latin_last_name",
        Phone = "phone",
        Email = "email",
        Languages = "languages",
        DocumentLanguage = "document_language",
        Notes = "notes",
    }
}

/// Standard durations offered as one-key presets; any other duration is typed.
pub const DURATION_PRESETS_MINUTES: [u32; 6] = [15, 30, 45, 60, 90, 120];

/// Languages in which Escale's interface and printed summaries exist (BCP 47 primary subtags).
/// French is the reference; right-to-left ones are listed in [`RIGHT_TO_LEFT_LANGUAGES`].
pub const DOCUMENT_LANGUAGES: [&str; 12] =
    ["fr", "en", "ar", "fa", "ps", "ti", "uk", "ru", "ro", "tr", "es", "pt"];

/// Scripts written right to left: the UI mirrors its layout, PDFs set the base direction.
pub const RIGHT_TO_LEFT_LANGUAGES: [&str; 3] = ["ar", "fa", "ps"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_rejected() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_code(theme.code()), Ok(*theme), "each code parses back to its value");
        }
        assert_eq!(
            Theme::from_code("informatique"),
            Err(ValidationError::UnknownCode { field: "themes", code: "informatique".into() }),
            "a code outside the national list is refused with the field named"
        );
    }

    #[test]
    fn administrative_themes_are_exactly_the_national_administrative_list() {
        let administrative: Vec<&str> =
            Theme::ALL.iter().filter(|t| t.is_administrative()).map(|t| t.code()).collect();
        assert_eq!(
            administrative,
            [
                "papiers_elections_citoyennete", "famille_scolarite", "social_sante",
                "travail_formation", "logement", "transports_mobilite", "argent_impots", "justice",
                "etrangers_europe", "loisirs_sports_culture", "associations"
            ],
            "the 11 thématiques administratives of coop-vocabulary.md, in order"
        );
        assert_eq!(Theme::ALL.len(), 30, "19 mediation themes + 11 administrative themes");
    }

    #[test]
    fn age_bands_follow_the_national_cut_offs() {
        let band = |age: i32| AgeBand::from_birth_year(Some(2026 - age), 2026);
        assert_eq!(band(11), AgeBand::Under12, "under 12 is < 12");
        assert_eq!(band(12), AgeBand::From12To17, "12 starts the 12-17 band");
        assert_eq!(band(17), AgeBand::From12To17);
        assert_eq!(band(18), AgeBand::From18To24, "18 starts the 18-24 band");
        assert_eq!(band(24), AgeBand::From18To24);
        assert_eq!(band(25), AgeBand::From25To39);
        assert_eq!(band(39), AgeBand::From25To39);
        assert_eq!(band(40), AgeBand::From40To59);
        assert_eq!(band(59), AgeBand::From40To59);
        assert_eq!(band(60), AgeBand::From60To69);
        assert_eq!(band(69), AgeBand::From60To69);
        assert_eq!(band(70), AgeBand::From70, "70 and more is the last band");
        assert_eq!(band(104), AgeBand::From70);
        assert_eq!(AgeBand::from_birth_year(None, 2026), AgeBand::NotCommunicated, "no birth year, no band");
    }
}
