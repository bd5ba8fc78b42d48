//! The structure and its named places of activity.

use escale_core::ValidationError;
use escale_core::commune::Commune;
use escale_core::organisation::PlaceInput;

use crate::support::{TestStore, validation_error};

fn felletin() -> Commune {
    Commune {
        name: "Felletin".into(),
        postal_code: "23500".into(),
        insee_code: "23079".into(),
    }
}

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
    assert_eq!(
        store.place(&bus.id).expect("readable"),
        bus,
        "reading returns what was stored"
    );
    let office = store
        .create_place(&PlaceInput {
            name: "agence postale".into(),
            ..PlaceInput::default()
        })
        .expect("a place needs only a name");
    let names: Vec<String> = store
        .places()
        .expect("listable")
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(
        names,
        [office.name, bus.name],
        "places are listed alphabetically, ignoring case"
    );
}

#[test]
fn a_place_needs_a_name_and_a_valid_commune() {
    let mut store = TestStore::new();
    let rows = store.row_counts();
    assert_eq!(
        validation_error(store.create_place(&PlaceInput {
            name: "   ".into(),
            ..PlaceInput::default()
        })),
        ValidationError::NameRequired,
        "a place without a name could not be chosen in a list"
    );
    assert_eq!(
        validation_error(store.create_place(&PlaceInput {
            name: "Mairie".into(),
            commune: Commune {
                insee_code: "2300".into(),
                ..felletin()
            },
            ..PlaceInput::default()
        })),
        ValidationError::InseeCodeInvalid("2300".into()),
        "the commune's INSEE code is checked"
    );
    assert_eq!(store.row_counts(), rows, "refused places write nothing");
    assert!(
        store.places().expect("listable").is_empty(),
        "no place was created"
    );
}

#[test]
fn the_structure_is_created_then_updated() {
    let mut store = TestStore::new();
    assert_eq!(
        store.structure().expect("readable"),
        None,
        "a new store has no structure yet"
    );
    let created = store
        .set_structure("France Services Creuse", &felletin())
        .expect("valid");
    let updated = store
        .set_structure("France Services Creuse Sud", &felletin())
        .expect("valid");
    assert_eq!(
        updated.id, created.id,
        "there is one structure per laptop: setting it again updates it"
    );
    assert_eq!(
        store.structure().expect("readable"),
        Some(updated),
        "the new name is stored"
    );
    assert_eq!(
        validation_error(store.set_structure(" ", &felletin())),
        ValidationError::NameRequired,
        "a structure needs a name"
    );
}
