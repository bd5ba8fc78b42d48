//! The settings of the structure: the structure itself (name, SIRET, contact details), its
//! places of activity, and the directory of local partners.

use escale_core::activity::{ActivityFilter, ActivityInput};
use escale_core::commune::Commune;
use escale_core::organisation::{PartnerInput, PlaceInput, StructureInput};
use escale_core::vocabulary::{PlaceType, RedirectionStructure, Theme};
use escale_core::{CoreError, ValidationError};

use crate::support::{TestStore, add_person, validation_error, validation_errors};

fn felletin() -> Commune {
    Commune {
        name: "Felletin".into(),
        postal_code: "23500".into(),
        insee_code: "23079".into(),
    }
}

fn gueret() -> Commune {
    Commune {
        name: "Guéret".into(),
        postal_code: "23000".into(),
        insee_code: "23096".into(),
    }
}

fn structure(name: &str, siret: &str) -> StructureInput {
    StructureInput {
        name: name.into(),
        siret: siret.into(),
        address: "2 avenue de la République".into(),
        commune: gueret(),
        phone: "05 55 41 00 00".into(),
        email: "contact@fs-creuse.example".into(),
    }
}

fn caf_office() -> PartnerInput {
    PartnerInput {
        name: "CAF de la Creuse".into(),
        kind: RedirectionStructure::OperatorInCharge,
        address: "2 rue de la Gare".into(),
        commune: gueret(),
        phone: "32 30".into(),
        email: String::new(),
        opening_hours: "Lundi au vendredi : 8 h 30 – 12 h\nMercredi : 13 h 30 – 16 h".into(),
        notes: "Accueil sur rendez-vous l’après-midi.".into(),
    }
}

/// `action` must fail with `expected` and write nothing at all.
#[track_caller]
fn check_refused<T: std::fmt::Debug>(
    store: &mut TestStore,
    action: impl FnOnce(&mut TestStore) -> escale_core::CoreResult<T>,
    expected: ValidationError,
    why: &str,
) {
    let rows = store.row_counts();
    assert_eq!(validation_error(action(store)), expected, "{why}");
    assert_eq!(store.row_counts(), rows, "a refused change writes nothing: {why}");
}

/// The actions of the audit log about one record, oldest first.
fn audit_actions(store: &TestStore, id: &str) -> Vec<String> {
    store
        .audit_events_of(id)
        .expect("the audit log is readable")
        .into_iter()
        .map(|event| format!("{} {}", event.entity, event.action))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The structure

#[test]
fn the_structure_is_created_then_updated_with_every_field() {
    let mut store = TestStore::new();
    assert_eq!(store.structure().expect("readable"), None, "a new store has no structure yet");
    let created = store
        .set_structure(&structure(" France Services Creuse ", "732 829 320 00074"))
        .expect("a valid structure");
    assert_eq!(created.name, "France Services Creuse", "the name is trimmed");
    assert_eq!(created.siret, "73282932000074", "the SIRET is stored as 14 digits, spaces taken out");
    assert_eq!(created.commune, gueret(), "the commune is kept");
    assert_eq!(created.phone, "05 55 41 00 00", "the phone is kept as typed");
    assert_eq!(created.email, "contact@fs-creuse.example", "the e-mail is kept");

    let updated = store
        .set_structure(&StructureInput {
            name: "France Services Creuse Sud".into(),
            commune: felletin(),
            ..structure("", "")
        })
        .expect("a structure without a SIRET is valid: it may not be at hand");
    assert_eq!(updated.id, created.id, "one structure per laptop: setting it again updates it");
    assert_eq!(updated.siret, "", "the SIRET was emptied");
    assert_eq!(store.structure().expect("readable"), Some(updated.clone()), "what was set reads back");
    store.reopen();
    assert_eq!(store.structure().expect("readable"), Some(updated), "and is still there after reopening");
    assert_eq!(
        audit_actions(&store, &created.id),
        ["structure create", "structure update"],
        "each change is in the audit log, by id"
    );
}

#[test]
fn a_siret_has_14_digits_and_passes_luhns_check() {
    let mut store = TestStore::new();
    for typed in ["7328293200007", "732829320000745", "7328293200007A", "732-829-320-00074"] {
        check_refused(
            &mut store,
            |store| store.set_structure(&structure("France Services", typed)),
            ValidationError::SiretInvalid,
            &format!("{typed:?} is not 14 digits"),
        );
    }
    check_refused(
        &mut store,
        |store| store.set_structure(&structure("France Services", "73282932000075")),
        ValidationError::SiretMistyped,
        "one digit changed in a valid SIRET fails Luhn's check",
    );
    check_refused(
        &mut store,
        |store| store.set_structure(&structure("France Services", "73282932000072")),
        ValidationError::SiretMistyped,
        "digits adding up to a multiple of 5 are La Poste's rule only, not an excuse for other SIRETs",
    );
    assert_eq!(
        ValidationError::SiretMistyped.field(),
        Some("siret"),
        "the message goes beside the SIRET field"
    );
    assert_eq!(ValidationError::SiretInvalid.field(), Some("siret"), "so does this one");
    assert!(store.structure().expect("readable").is_none(), "no refused SIRET created a structure");
    let set = store
        .set_structure(&structure("France Services", "\u{a0}443 061 841 00047 "))
        .expect("a valid SIRET typed with spaces, even non-breaking ones");
    assert_eq!(set.siret, "44306184100047", "stored as digits");
}

#[test]
fn la_postes_sirets_follow_their_own_rule() {
    let mut store = TestStore::new();
    let post_office = store
        .set_structure(&structure("Agence postale communale", "356 000 000 49837"))
        .expect("a post office: its 14 digits add up to 45, a multiple of 5, though Luhn's check fails");
    assert_eq!(post_office.siret, "35600000049837", "stored as digits");
    let head_office = store
        .set_structure(&structure("La Poste", "35600000000048"))
        .expect("La Poste's head office passes Luhn's check, though its digits add up to 26");
    assert_eq!(head_office.siret, "35600000000048", "stored");
    for (siret, sum) in [("35600000049838", 46), ("35600000010003", 18)] {
        check_refused(
            &mut store,
            |store| store.set_structure(&structure("Agence postale communale", siret)),
            ValidationError::SiretMistyped,
            &format!("a La Poste SIRET whose digits add up to {sum}, no multiple of 5, fails both rules"),
        );
    }
    store
        .set_structure(&structure("Bureau de poste", "35600000010014"))
        .expect("digits adding up to 20, a multiple of 5: a La Poste SIRET");
}

#[test]
fn the_structure_needs_a_name_and_plausible_contact_details() {
    let mut store = TestStore::new();
    let cases = [
        (
            StructureInput { name: "  ".into(), ..structure("", "") },
            ValidationError::EntityNameRequired { entity: "structure" },
            "a structure needs a name",
        ),
        (
            StructureInput { phone: "appeler la mairie".into(), ..structure("France Services", "") },
            ValidationError::PhoneInvalid,
            "a phone number has digits",
        ),
        (
            StructureInput { email: "contact@".into(), ..structure("France Services", "") },
            ValidationError::EmailInvalid,
            "an e-mail address has a domain",
        ),
        (
            StructureInput {
                commune: Commune { insee_code: "2300".into(), ..gueret() },
                ..structure("France Services", "")
            },
            ValidationError::InseeCodeInvalid("2300".into()),
            "the commune's INSEE code is checked",
        ),
        (
            StructureInput { name: "F".repeat(201), ..structure("", "") },
            ValidationError::TooLong { field: "name", max: 200 },
            "a name is at most 200 characters",
        ),
        (
            StructureInput { address: "a".repeat(501), ..structure("France Services", "") },
            ValidationError::TooLong { field: "address", max: 500 },
            "an address is at most 500 characters",
        ),
    ];
    for (input, expected, why) in cases {
        check_refused(&mut store, |store| store.set_structure(&input), expected, why);
    }
    assert_eq!(
        ValidationError::EntityNameRequired { entity: "structure" }.field(),
        Some("name"),
        "the missing name is shown beside the name field"
    );
}

// ---------------------------------------------------------------------------------------------
// Places of activity

#[test]
fn places_round_trip_and_are_listed_alphabetically() {
    let mut store = TestStore::new();
    let bus = store
        .create_place(&PlaceInput {
            name: " Bus — arrêt de Felletin ".into(),
            address: "Place Quinault".into(),
            commune: felletin(),
        })
        .expect("a valid place");
    assert_eq!(bus.name, "Bus — arrêt de Felletin", "the name is trimmed");
    assert_eq!(bus.commune, felletin(), "the commune is kept");
    assert_eq!(store.place(&bus.id).expect("readable"), bus, "reading returns what was stored");
    let office = store
        .create_place(&PlaceInput { name: "agence postale".into(), ..PlaceInput::default() })
        .expect("a place needs only a name");
    let school = store
        .create_place(&PlaceInput { name: "École Jules-Ferry".into(), ..PlaceInput::default() })
        .expect("valid");
    let names: Vec<String> = store.places().expect("listable").into_iter().map(|p| p.name).collect();
    assert_eq!(
        names,
        [office.name, bus.name, school.name],
        "places are listed alphabetically, ignoring case and accents (É among the E)"
    );
}

#[test]
fn a_place_needs_a_name_and_a_valid_commune() {
    let mut store = TestStore::new();
    check_refused(
        &mut store,
        |store| store.create_place(&PlaceInput { name: "   ".into(), ..PlaceInput::default() }),
        ValidationError::EntityNameRequired { entity: "place" },
        "a place without a name could not be chosen in a list",
    );
    check_refused(
        &mut store,
        |store| {
            store.create_place(&PlaceInput {
                name: "Mairie".into(),
                commune: Commune { insee_code: "2300".into(), ..felletin() },
                ..PlaceInput::default()
            })
        },
        ValidationError::InseeCodeInvalid("2300".into()),
        "the commune's INSEE code is checked",
    );
    assert!(store.places().expect("listable").is_empty(), "no place was created");
}

#[test]
fn a_commune_outside_the_official_list_is_refused() {
    let mut store = TestStore::new();
    let unknown = Commune { name: "Nulle-Part".into(), postal_code: "23999".into(), insee_code: "23999".into() };
    check_refused(
        &mut store,
        |store| store.create_place(&PlaceInput { name: "Mairie".into(), commune: unknown.clone(), ..PlaceInput::default() }),
        ValidationError::CommuneUnknown("23999".into()),
        "23999 is no commune of the official list: a place there would never be counted in a commune",
    );
    check_refused(
        &mut store,
        |store| store.create_partner(&PartnerInput { commune: unknown.clone(), ..caf_office() }),
        ValidationError::CommuneUnknown("23999".into()),
        "nor a partner's",
    );
    check_refused(
        &mut store,
        |store| store.set_structure(&StructureInput { commune: unknown.clone(), ..structure("France Services", "") }),
        ValidationError::CommuneUnknown("23999".into()),
        "nor the structure's",
    );
}

#[test]
fn each_form_gets_every_broken_rule_at_once() {
    let mut store = TestStore::new();
    let rows = store.row_counts();
    let codes = |errors: Vec<ValidationError>| -> Vec<&'static str> { errors.iter().map(ValidationError::code).collect() };
    let structure_errors = validation_errors(store.set_structure(&StructureInput {
        name: String::new(),
        siret: "123".into(),
        address: "ok".into(),
        commune: Commune { insee_code: "23999".into(), ..Commune::default() },
        phone: "abc".into(),
        email: "@".into(),
    }));
    assert_eq!(
        codes(structure_errors),
        ["entity-name-required", "siret-invalid", "commune-unknown", "phone-invalid", "email-invalid"],
        "the structure form learns its five mistakes at once, in the form's order"
    );
    let partner_errors = validation_errors(store.create_partner(&PartnerInput {
        name: " ".into(),
        phone: "12".into(),
        opening_hours: "\u{1b}[2J".into(),
        notes: "n".repeat(4001),
        ..caf_office()
    }));
    assert_eq!(
        codes(partner_errors),
        ["entity-name-required", "phone-invalid", "control-characters", "too-long"],
        "so does the partner form"
    );
    let place_errors = validation_errors(store.create_place(&PlaceInput {
        name: String::new(),
        address: "a\u{202E}b".into(),
        commune: Commune::default(),
    }));
    assert_eq!(codes(place_errors), ["entity-name-required", "control-characters"], "and the place form");
    assert_eq!(store.row_counts(), rows, "refused forms write nothing");
}

#[test]
fn a_place_is_edited() {
    let mut store = TestStore::new();
    let place = store
        .create_place(&PlaceInput { name: "Mairie".into(), commune: felletin(), ..PlaceInput::default() })
        .expect("valid");
    let edited = store
        .update_place(
            &place.id,
            &PlaceInput { name: "Mairie de Guéret".into(), address: "Esplanade\nFrançois-Mitterrand".into(), commune: gueret() },
        )
        .expect("a valid edit");
    assert_eq!(edited.id, place.id, "the same place");
    assert_eq!(edited.name, "Mairie de Guéret", "renamed");
    assert_eq!(edited.address, "Esplanade\nFrançois-Mitterrand", "an address may span several lines");
    assert_eq!(edited.commune, gueret(), "moved to another commune");
    assert_eq!(store.place(&place.id).expect("readable"), edited, "the edit is stored");
    check_refused(
        &mut store,
        |store| store.update_place(&place.id, &PlaceInput { name: String::new(), ..PlaceInput::default() }),
        ValidationError::EntityNameRequired { entity: "place" },
        "an edit follows the same rules",
    );
    assert!(
        matches!(store.update_place("no-such-place", &PlaceInput { name: "X".into(), ..PlaceInput::default() }),
            Err(CoreError::NotFound { entity: "place", .. })),
        "editing an unknown place is refused"
    );
    assert_eq!(audit_actions(&store, &place.id), ["place create", "place update"], "both changes are logged");
}

#[test]
fn an_archived_place_is_no_longer_offered_but_old_accompaniments_keep_its_name() {
    let mut store = TestStore::new();
    let bus = store
        .create_place(&PlaceInput { name: "Bus — arrêt de Felletin".into(), commune: felletin(), ..PlaceInput::default() })
        .expect("valid");
    let office = store
        .create_place(&PlaceInput { name: "Agence postale".into(), ..PlaceInput::default() })
        .expect("valid");
    let person = add_person(&mut store, "Élodie", "N'Diaye").id;
    let at_the_bus = ActivityInput {
        place_type: PlaceType::PlaceOfActivity,
        place_id: Some(bus.id.clone()),
        themes: vec![Theme::Email],
        ..ActivityInput::individual(&person)
    };
    store.record_activity(&at_the_bus).expect("an accompaniment at the bus");

    let archived = store.archive_place(&bus.id).expect("a place is archived");
    assert_eq!(archived, bus, "archiving returns the place as it was");
    let offered: Vec<String> = store.places().expect("listable").into_iter().map(|p| p.id).collect();
    assert_eq!(offered, std::slice::from_ref(&office.id), "an archived place is no longer offered");
    assert!(
        matches!(store.place(&bus.id), Err(CoreError::NotFound { entity: "place", .. })),
        "nor readable as a place to choose"
    );
    let activities = store
        .activities(&ActivityFilter { limit: Some(10), ..ActivityFilter::default() })
        .expect("listable");
    assert_eq!(
        activities.first().and_then(|a| a.place_name.clone()).as_deref(),
        Some("Bus — arrêt de Felletin"),
        "the accompaniment recorded there still shows the place's name"
    );
    assert!(
        matches!(store.record_activity(&at_the_bus), Err(CoreError::NotFound { entity: "place", .. })),
        "no new accompaniment is recorded at an archived place"
    );
    assert!(
        matches!(store.archive_place(&bus.id), Err(CoreError::NotFound { entity: "place", .. })),
        "archiving twice is refused"
    );
    assert!(
        matches!(store.update_place(&bus.id, &PlaceInput { name: "Bus".into(), ..PlaceInput::default() }),
            Err(CoreError::NotFound { entity: "place", .. })),
        "an archived place is no longer edited"
    );
    assert_eq!(
        audit_actions(&store, &bus.id),
        ["place create", "place archive"],
        "the archiving is logged by id, with the action's code"
    );
}

// ---------------------------------------------------------------------------------------------
// Partners

#[test]
fn partners_round_trip_sorted_by_name_and_filtered_by_kind() {
    let mut store = TestStore::new();
    let caf = store.create_partner(&caf_office()).expect("a valid partner");
    assert_eq!(caf.kind, RedirectionStructure::OperatorInCharge, "the kind is a national code");
    assert_eq!(caf.opening_hours, caf_office().opening_hours, "opening hours keep their lines");
    assert_eq!(caf.phone, "32 30", "a French short number (the CAF's 3230) is a phone number");
    assert_eq!(store.partner(&caf.id).expect("readable"), caf, "reading returns what was stored");
    let ccas = store
        .create_partner(&PartnerInput {
            name: "CCAS de Guéret".into(),
            kind: RedirectionStructure::SocialAid,
            ..caf_office()
        })
        .expect("valid");
    let epicerie = store
        .create_partner(&PartnerInput {
            name: "épicerie solidaire".into(),
            kind: RedirectionStructure::Other,
            ..PartnerInput::default()
        })
        .expect("a partner needs only a name and a kind");
    let france_services = store
        .create_partner(&PartnerInput {
            name: "France Services Bourganeuf".into(),
            kind: RedirectionStructure::AdministrativeHelp,
            ..PartnerInput::default()
        })
        .expect("valid");
    let names = |partners: Vec<escale_core::organisation::Partner>| -> Vec<String> {
        partners.into_iter().map(|p| p.name).collect()
    };
    assert_eq!(
        names(store.partners(None).expect("listable")),
        [caf.name.as_str(), ccas.name.as_str(), epicerie.name.as_str(), france_services.name.as_str()],
        "the directory is sorted by name, case and accents ignored"
    );
    assert_eq!(
        names(store.partners(Some(RedirectionStructure::SocialAid)).expect("listable")),
        [ccas.name.as_str()],
        "filtered by kind, only that kind"
    );
    assert_eq!(
        names(store.partners(Some(RedirectionStructure::Other)).expect("listable")),
        [epicerie.name.as_str()],
        "'autre' is a kind like the others"
    );
    assert!(
        store.partners(Some(RedirectionStructure::DigitalMediation)).expect("listable").is_empty(),
        "a kind without partners lists nothing"
    );
}

#[test]
fn a_partner_is_edited_then_archived() {
    let mut store = TestStore::new();
    let caf = store.create_partner(&caf_office()).expect("valid");
    let edited = store
        .update_partner(
            &caf.id,
            &PartnerInput {
                phone: "05 55 00 00 00".into(),
                email: "accueil@caf.example".into(),
                opening_hours: "Fermé le jeudi".into(),
                ..caf_office()
            },
        )
        .expect("a valid edit");
    assert_eq!(edited.id, caf.id, "the same partner");
    assert_eq!(edited.phone, "05 55 00 00 00", "new phone");
    assert_eq!(edited.opening_hours, "Fermé le jeudi", "new hours");
    assert_eq!(store.partner(&caf.id).expect("readable"), edited, "the edit is stored");

    let archived = store.archive_partner(&caf.id).expect("archived");
    assert_eq!(archived, edited, "archiving returns the partner as it was");
    assert!(store.partners(None).expect("listable").is_empty(), "an archived partner is no longer listed");
    assert!(
        matches!(store.partner(&caf.id), Err(CoreError::NotFound { entity: "partner", .. })),
        "nor readable"
    );
    assert!(
        matches!(store.update_partner(&caf.id, &caf_office()), Err(CoreError::NotFound { entity: "partner", .. })),
        "nor edited"
    );
    assert!(
        matches!(store.archive_partner(&caf.id), Err(CoreError::NotFound { entity: "partner", .. })),
        "nor archived twice"
    );
    let kept: i64 = store
        .raw()
        .query_row("SELECT count(*) FROM partner WHERE id = ?1 AND deleted_at IS NOT NULL", [&caf.id], |row| row.get(0))
        .expect("countable");
    assert_eq!(kept, 1, "the row stays as a tombstone, for merging laptops later");
    assert_eq!(
        audit_actions(&store, &caf.id),
        ["partner create", "partner update", "partner archive"],
        "every change is logged, by id"
    );
}

#[test]
fn the_audit_log_of_settings_holds_ids_and_codes_only() {
    let mut store = TestStore::new();
    store.set_structure(&structure("France Services Creuse", "73282932000074")).expect("valid");
    store.create_place(&PlaceInput { name: "Bus — arrêt de Felletin".into(), ..PlaceInput::default() }).expect("valid");
    let caf = store.create_partner(&caf_office()).expect("valid");
    store.archive_partner(&caf.id).expect("archived");
    let log: Vec<String> = store
        .raw()
        .prepare("SELECT * FROM audit_event")
        .and_then(|mut statement| {
            let columns = statement.column_count();
            statement
                .query_map([], |row| {
                    (0..columns)
                        .map(|index| row.get::<_, Option<String>>(index).map(Option::unwrap_or_default))
                        .collect::<rusqlite::Result<Vec<_>>>()
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .expect("the audit log is readable")
        .concat();
    for typed in ["France Services", "73282932000074", "Felletin", "CAF", "8 h 30", "05 55"] {
        assert!(
            !log.iter().any(|value| value.contains(typed)),
            "the audit log holds no typed text such as {typed:?}: {log:?}"
        );
    }
}

#[test]
fn a_partner_needs_a_name_and_plausible_contact_details_within_limits() {
    let mut store = TestStore::new();
    let cases = [
        (PartnerInput { name: " ".into(), ..caf_office() }, ValidationError::EntityNameRequired { entity: "partner" }, "a name"),
        (PartnerInput { phone: "32 30 puis 1".into(), ..caf_office() }, ValidationError::PhoneInvalid, "a plausible phone"),
        (PartnerInput { phone: "5555".into(), ..caf_office() }, ValidationError::PhoneInvalid, "short numbers start with 1 or 3"),
        (PartnerInput { phone: "323".into(), ..caf_office() }, ValidationError::PhoneInvalid, "short numbers have 4 digits"),
        (PartnerInput { email: "caf.fr".into(), ..caf_office() }, ValidationError::EmailInvalid, "a plausible e-mail"),
        (
            PartnerInput { commune: Commune { postal_code: "230".into(), ..gueret() }, ..caf_office() },
            ValidationError::PostalCodeInvalid("230".into()),
            "a valid commune",
        ),
        (
            PartnerInput { opening_hours: "9 h – 12 h\n".repeat(100), ..caf_office() },
            ValidationError::TooLong { field: "openingHours", max: 1000 },
            "opening hours within 1000 characters",
        ),
        (
            PartnerInput { notes: "n".repeat(4001), ..caf_office() },
            ValidationError::TooLong { field: "notes", max: 4000 },
            "notes within 4000 characters",
        ),
        (
            PartnerInput { phone: "0".repeat(41), ..caf_office() },
            ValidationError::TooLong { field: "phone", max: 40 },
            "a phone within 40 characters",
        ),
    ];
    for (input, expected, why) in cases {
        check_refused(&mut store, |store| store.create_partner(&input), expected, why);
    }
}

#[test]
fn control_characters_are_refused_in_every_text_field_and_line_breaks_only_where_lines_belong() {
    let mut store = TestStore::new();
    let partner = store.create_partner(&caf_office()).expect("valid");
    let place = store.create_place(&PlaceInput { name: "Mairie".into(), ..PlaceInput::default() }).expect("valid");
    let refused = |field: &'static str| ValidationError::ControlCharacters { field };
    // A NUL byte, an escape sequence, a bell, a C1 control, a bidirectional override, a line break
    // in one-line fields.
    let one_line_bad = ["CAF\u{0}", "CAF \u{1b}[31m", "CAF\u{7}", "CAF\u{85}x", "\u{202E}FAC", "CAF\nde la Creuse"];
    let several_lines_bad = ["2 rue\u{0}", "lundi\u{1b}[2J", "mardi\u{8}", "x\u{9b}y", "iso\u{2066}late"];
    for bad in one_line_bad {
        let why = format!("{bad:?} in a one-line field");
        check_refused(&mut store, |s| s.set_structure(&StructureInput { name: bad.into(), ..structure("", "") }), refused("name"), &why);
        check_refused(&mut store, |s| s.set_structure(&StructureInput { phone: format!("05{bad}"), ..structure("FS", "") }), refused("phone"), &why);
        check_refused(&mut store, |s| s.set_structure(&StructureInput { email: format!("a@b.fr{bad}"), ..structure("FS", "") }), refused("email"), &why);
        check_refused(&mut store, |s| s.create_place(&PlaceInput { name: bad.into(), ..PlaceInput::default() }), refused("name"), &why);
        check_refused(&mut store, |s| s.update_place(&place.id, &PlaceInput { name: bad.into(), ..PlaceInput::default() }), refused("name"), &why);
        check_refused(&mut store, |s| s.create_partner(&PartnerInput { name: bad.into(), ..caf_office() }), refused("name"), &why);
        check_refused(&mut store, |s| s.update_partner(&partner.id, &PartnerInput { name: bad.into(), ..caf_office() }), refused("name"), &why);
        check_refused(&mut store, |s| s.create_partner(&PartnerInput { phone: format!("05{bad}"), ..caf_office() }), refused("phone"), &why);
        check_refused(&mut store, |s| s.create_partner(&PartnerInput { email: format!("a@b.fr{bad}"), ..caf_office() }), refused("email"), &why);
    }
    for bad in several_lines_bad {
        let why = format!("{bad:?} in a field of several lines");
        check_refused(&mut store, |s| s.set_structure(&StructureInput { address: bad.into(), ..structure("FS", "") }), refused("address"), &why);
        check_refused(&mut store, |s| s.create_place(&PlaceInput { name: "Mairie".into(), address: bad.into(), ..PlaceInput::default() }), refused("address"), &why);
        check_refused(&mut store, |s| s.create_partner(&PartnerInput { address: bad.into(), ..caf_office() }), refused("address"), &why);
        check_refused(&mut store, |s| s.create_partner(&PartnerInput { opening_hours: bad.into(), ..caf_office() }), refused("openingHours"), &why);
        check_refused(&mut store, |s| s.create_partner(&PartnerInput { notes: bad.into(), ..caf_office() }), refused("notes"), &why);
    }
    let several_lines = store
        .create_partner(&PartnerInput {
            address: "Cité administrative\r\n2 rue de la Gare".into(),
            opening_hours: "Lundi\nMardi".into(),
            notes: "Demander Mme X.\nApporter l’avis d’imposition.".into(),
            ..caf_office()
        })
        .expect("line breaks belong in addresses, opening hours and notes");
    assert_eq!(
        several_lines.address, "Cité administrative\n2 rue de la Gare",
        "Windows line ends (pasted text) are stored as plain line breaks"
    );
}
