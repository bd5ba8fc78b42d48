//! The words of the national platform's export files (La Coop de la médiation numérique),
//! verbatim, typographic apostrophe (U+2019) included.
//!
//! These are a FILE FORMAT, not interface text: the platform, its users' spreadsheets and the
//! tools that read its exports look for these exact strings, in this order, whatever the
//! language of Escale's window. They must never be translated nor put in Fluent files. The labels
//! of the values (themes, genders…) are Escale's French Fluent messages, read with the locale
//! fixed to French.

/// The activities export's sheet, as the platform names it.
pub const ACTIVITIES_SHEET: &str = "Activités";
/// The beneficiaries export's sheet.
pub const PEOPLE_SHEET: &str = "Bénéficiaires";

/// The activities export's columns, in the platform's order (one row per accompaniment).
pub const ACTIVITY_COLUMNS: [&str; 29] = [
    "Date",
    "Enregistré le",
    "Dernière modification le",
    "Type",
    "Participants",
    "Bénéficiaire",
    "Canaux d’accompagnement",
    "Nom du lieu",
    "Adresse",
    "Commune",
    "Code postal",
    "Code Insee",
    "Durée (min)",
    "Nom de l’atelier",
    "Matériel numérique utilisé",
    "Thématique(s) d’accompagnement",
    "Tags",
    "Nom de la démarche administrative",
    "Niveau d’autonomie (ou de l’atelier)",
    "Bénéficiaire réorienté",
    "Structure de redirection",
    "Commune du bénéficiaire",
    "Code postal du bénéficiaire",
    "Code Insee du bénéficiaire",
    "Genre du bénéficiaire",
    "Tranche d’âge du bénéficiaire",
    "Statut du bénéficiaire",
    "Notes supplémentaires",
    "ID CRA",
];

/// The beneficiaries export's columns, in the platform's order.
pub const PEOPLE_COLUMNS: [&str; 13] = [
    "Nom",
    "Prénom",
    "Année de naissance",
    "Nom de la commune",
    "Code INSEE",
    "Code postal",
    "N° de téléphone",
    "E-mail",
    "Genre",
    "Tranche d’âge",
    "Statut",
    "Nombre d’accompagnements",
    "Notes supplémentaires",
];

/// The statistics export's sheet, and the headings of its sections, in the order they come
/// (coop-vocabulary.md, "Exports"). Escale has no tags: their section is left out.
pub const STATISTICS_SHEET: &str = "Statistiques";
pub const GENERAL_TITLE: &str = "Statistiques générales";
pub const TOTAL_ACCOMPANIMENTS: &str = "Accompagnements au total";
pub const PEOPLE_ACCOMPANIED: &str = "Bénéficiaires accompagnés";
pub const NEW_PEOPLE: &str = "Nouveaux bénéficiaires";
pub const FOLLOWED_PEOPLE: &str = "Bénéficiaires suivis";
pub const ANONYMOUS_PEOPLE: &str = "Bénéficiaires anonymes";
pub const KINDS_TITLE: &str = "Accompagnements individuels et collectifs";
pub const MONTHS_TITLE: &str = "Les 12 derniers mois";
pub const ACCOMPANIMENTS: &str = "Accompagnements";
pub const PEOPLE: &str = "Bénéficiaires";
/// The columns of every breakdown, after its heading.
pub const COUNT: &str = "Nombre";
pub const PERCENT: &str = "%";
pub const DIGITAL_THEMES_TITLE: &str = "Thématiques médiation numérique";
pub const ADMINISTRATIVE_THEMES_TITLE: &str = "Thématiques démarches administratives";
pub const EQUIPMENT_TITLE: &str = "Matériel utilisé";
pub const CHANNELS_TITLE: &str = "Canaux d’accompagnement";
pub const DURATIONS_TITLE: &str = "Durées des accompagnements";
pub const PLACES_TITLE: &str = "Lieux d’activité";
pub const GENDERS_TITLE: &str = "Genre des bénéficiaires";
pub const AGE_BANDS_TITLE: &str = "Tranches d’âge des bénéficiaires";
pub const STATUSES_TITLE: &str = "Statut des bénéficiaires";
pub const COMMUNES_TITLE: &str = "Commune de résidence des bénéficiaires";

/// The blocks above the table, as the platform writes them.
pub const INFORMATION_TITLE: &str = "Informations export";
pub const INFORMATION_STRUCTURE: &str = "Structure";
pub const INFORMATION_MEDIATOR: &str = "Médiateur";
pub const INFORMATION_TOTAL: &str = "Total";
pub const INFORMATION_DATE: &str = "Date d’export";
pub const FILTERS_TITLE: &str = "Filtres";
pub const FILTER_PERIOD: &str = "Période";
pub const FILTER_PLACES: &str = "Lieux d’accompagnement";
/// The platform's mark of a filter not set, or of a value not known.
pub const NOTHING: &str = "-";

/// The platform's name of a person without a name (an anonymous participant).
pub const ANONYMOUS_PERSON: &str = "Anonyme";

/// How the files' dates are shown in the cells (French order, as the platform does).
pub const DATE_FORMAT: &str = "dd/mm/yyyy";
pub const DATE_TIME_FORMAT: &str = "dd/mm/yyyy hh:mm";
pub const MONTH_FORMAT: &str = "mm/yyyy";
/// A share, one decimal.
pub const PERCENT_FORMAT: &str = "0.0%";
