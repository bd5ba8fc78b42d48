//! Finding a person however their name is typed: accents, case, apostrophes, other scripts.

use escale_core::Store;
use escale_core::beneficiary::BeneficiaryInput;

use crate::support::{TestStore, add_person, everyone, person};

/// The full names ("First Last") the query finds, in the order given.
fn found(store: &Store, query: &str) -> Vec<String> {
    store
        .search_beneficiaries(query, 100)
        .unwrap_or_else(|error| panic!("searching {query:?} must not fail: {error:?}"))
        .into_iter()
        .map(|summary| format!("{} {}", summary.first_name, summary.last_name))
        .collect()
}

/// `query` must find exactly `expected` (full names, in list order).
#[track_caller]
fn check(store: &Store, query: &str, expected: &[&str]) {
    assert_eq!(
        found(store, query),
        expected,
        "what the query {query:?} must find, alphabetically"
    );
}

/// A store with people whose names are written in several scripts and ways.
fn people() -> TestStore {
    let mut store = TestStore::new();
    for (first, last) in [
        ("Élodie", "N'Diaye"),
        ("Élodie", "Martin"),
        ("Jean-Édouard", "Lemaître"),
        ("Marie", "Diallo"),
        ("فاطمة", "العلوي"),
        ("أحمد", "حداد"),
        ("Олена", "Шевченко"),
        ("Андрій", "Коваленко"),
        ("ሳባ", "ገብረሂወት"),
        ("ዮናስ", "ሃይለ"),
    ] {
        add_person(&mut store, first, last);
    }
    store
}

#[test]
fn accents_case_and_apostrophes_do_not_matter() {
    let store = people();
    for query in [
        "elodie ndiaye",
        "ndiaye",
        "n'diaye",
        "N’DIAYE",
        "diaye",
        "N DIAYE",
        "ÉLODIE N-DIAYE",
        "ndi elo",
    ] {
        check(&store, query, &["Élodie N'Diaye"]);
    }
    check(&store, "elodie", &["Élodie Martin", "Élodie N'Diaye"]);
    check(&store, "edouard", &["Jean-Édouard Lemaître"]);
    check(&store, "jeanedouard lemaitre", &["Jean-Édouard Lemaître"]);
    check(&store, "di", &["Marie Diallo", "Élodie N'Diaye"]);
}

#[test]
fn other_scripts_are_found_by_prefix() {
    let store = people();
    check(&store, "فاط", &["فاطمة العلوي"]);
    check(&store, "فاطمه", &["فاطمة العلوي"]);
    check(&store, "احمد", &["أحمد حداد"]);
    check(&store, "олен", &["Олена Шевченко"]);
    check(&store, "шевч", &["Олена Шевченко"]);
    check(&store, "ШЕВЧЕНКО", &["Олена Шевченко"]);
    check(&store, "ገብረ", &["ሳባ ገብረሂወት"]);
    check(&store, "ዮና", &["ዮናስ ሃይለ"]);
}

#[test]
fn a_query_matching_nobody_finds_nobody() {
    let store = people();
    for query in [
        "zzz",
        "elodie diallo",
        "ndiayez",
        "шевченкоо",
        "ndiaye OR martin",
        "NEAR(ndiaye martin)",
    ] {
        check(&store, query, &[]);
    }
}

#[test]
fn renaming_someone_reindexes_their_name() {
    let mut store = people();
    let elodie = store
        .search_beneficiaries("ndiaye", 10)
        .expect("searchable")
        .remove(0);
    store
        .update_beneficiary(&elodie.id, &person("Élodie", "Traoré"))
        .expect("a valid rename");
    check(&store, "ndiaye", &[]);
    check(&store, "traore", &["Élodie Traoré"]);
    store
        .update_beneficiary(
            &elodie.id,
            &BeneficiaryInput {
                anonymous: true,
                ..person("Élodie", "Traoré")
            },
        )
        .expect("a person can become anonymous");
    check(&store, "traore", &[]);
}

#[test]
fn an_empty_query_lists_everyone_alphabetically() {
    let mut store = TestStore::new();
    store
        .create_beneficiary(&BeneficiaryInput {
            anonymous: true,
            ..BeneficiaryInput::default()
        })
        .expect("anonymous");
    for (first, last) in [
        ("Zoé", "Fabre"),
        ("Paul", "Éluard"),
        ("anne", "ebert"),
        ("Léa", "Martin"),
        ("Aïcha", "Martin"),
        ("Олена", "Шевченко"),
        ("Marc", "d'Arcy"),
    ] {
        add_person(&mut store, first, last);
    }
    let names: Vec<String> = everyone(&store)
        .into_iter()
        .map(|summary| {
            if summary.anonymous {
                "(anonymous)".into()
            } else {
                format!("{} {}", summary.first_name, summary.last_name)
            }
        })
        .collect();
    assert_eq!(
        names,
        [
            "Marc d'Arcy",
            "anne ebert",
            "Paul Éluard",
            "Zoé Fabre",
            "Aïcha Martin",
            "Léa Martin",
            "Олена Шевченко",
            "(anonymous)"
        ],
        "by last name then first name, ignoring case, accents and apostrophes; anonymous records last"
    );
    for query in ["", "   ", "'", " - "] {
        assert_eq!(
            store
                .search_beneficiaries(query, 1000)
                .expect("listable")
                .len(),
            8,
            "a query with nothing searchable ({query:?}) lists everyone"
        );
    }
    assert_eq!(
        store.search_beneficiaries("", 3).expect("listable").len(),
        3,
        "the limit is respected"
    );
}
